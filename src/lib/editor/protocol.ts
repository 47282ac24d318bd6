/**
 * The editor's write API on the wire, shared by its server (scripts/editor/api.ts, which lists the
 * routes) and the browser's clients (editor-api.ts, workbook-api.ts): the path every route starts
 * with, and the shapes both sides read. docs/editor-api.md describes the whole conversation.
 */
import type { SourceProblem } from '../domain/source-problem.ts';

/** Every route of the API starts with this path on the editor's server. */
export const API_PREFIX = '/__editor/';

/** A place of the gazetteer (geodata/src/places.yaml), as `GET state` lists it for the picker. */
export interface GazetteerPlace {
  key: string;
  name_zh: string;
  name_en: string;
  kind: string;
  township: string;
  precision: string;
}

/** The answer to `GET state`: the sources' hash (a write names it as its base) and the gazetteer. */
export interface EditorState {
  hash: string;
  places: GazetteerPlace[];
}

/** A problem as a refused write (422) lists it: the data build's own (domain/source-problem.ts). */
export type ApiProblem = SourceProblem;
