/**
 * Reading one file of the data folder, turning a missing or unreadable file into a problem (with the
 * fix the caller gives) instead of an exception.
 */
import { existsSync, readFileSync } from 'node:fs';
import { absolute, type DataPaths } from './paths.ts';
import { errorMessage, fileProblem, type SourceProblem } from './source-problem.ts';

export type FileRead<T> = { ok: true; value: T } | { ok: false; problem: SourceProblem };

export function readBytes(paths: DataPaths, file: string, fix: string): FileRead<Buffer> {
  const path = absolute(paths, file);
  if (!existsSync(path)) return { ok: false, problem: fileProblem(file, 'the file is missing', fix) };
  try {
    return { ok: true, value: readFileSync(path) };
  } catch (error) {
    return {
      ok: false,
      problem: fileProblem(file, `the file could not be read: ${errorMessage(error)}`, fix),
    };
  }
}

export function readText(paths: DataPaths, file: string, fix: string): FileRead<string> {
  const bytes = readBytes(paths, file, fix);
  return bytes.ok ? { ok: true, value: bytes.value.toString('utf8') } : bytes;
}

export function readJson(paths: DataPaths, file: string, fix: string): FileRead<unknown> {
  const text = readText(paths, file, fix);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch (error) {
    return {
      ok: false,
      problem: fileProblem(file, `the file is not valid JSON: ${errorMessage(error)}`, fix),
    };
  }
}
