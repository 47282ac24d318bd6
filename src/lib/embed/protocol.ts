/**
 * The postMessage protocol between the embedded map and the page that embeds it (docs/embed.md).
 * Pure: builds outbound messages and checks inbound ones. An inbound message is accepted only
 * from an allowlisted origin and only when it matches the schema exactly; anything else is ignored.
 */
import { CATEGORIES, AREAS, LATEST_STATUSES } from '../domain/vocabulary.ts';
import { inPhaseOrder, PHASE_PATTERN } from '../domain/phases.ts';
import { inCodeOrder, inVocabularyOrder, type Filters } from '../domain/filters.ts';
import type { Lang } from '../domain/url-state.ts';

export const PROTOCOL = 'xifeng-report-map';
export const PROTOCOL_VERSION = 1;

/** What the host may learn of the map's state: the filters, the language and the selection. */
export interface PublicState {
  lang: Lang;
  areas: string[];
  phases: string[];
  categories: string[];
  townships: string[];
  /** Latest statuses from public reports (`none`: no follow-up found); added in protocol 1, additively. */
  statuses: string[];
  q: string;
  precise: boolean;
  project: string | null;
  /** The view shown: `browse`, `gaps` (the planner's) or `promises`; added in protocol 1, additively. */
  view: 'browse' | 'gaps' | 'promises';
}

export type OutboundMessage =
  | { type: 'ready' }
  | { type: 'height'; height: number }
  | { type: 'select'; id: string | null }
  | { type: 'state'; state: PublicState };

export type InboundMessage =
  | { type: 'setFilter'; filters: Partial<Filters> }
  | { type: 'select'; id: string | null }
  | { type: 'setLang'; lang: Lang };

export function envelope(message: OutboundMessage) {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...message };
}

/** True when `origin` is exactly one of the configured origins (scheme, host and port). */
export function isAllowedOrigin(origin: string, allowlist: readonly string[]): boolean {
  return origin !== 'null' && allowlist.includes(origin);
}

const MAX_LIST = 30;
const MAX_QUERY = 200;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOWNSHIP = /^\d{9}$/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const hasOnly = (v: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(v).every((k) => keys.includes(k));
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_LIST && v.every((x) => typeof x === 'string' && x.length <= 40);

/** Keys in a list must all be known: a message naming an unknown key is wrong, not half right. */
function knownList<K extends string>(v: unknown, vocabulary: Readonly<Record<K, unknown>>): K[] | null {
  if (!isStringList(v)) return null;
  const kept = inVocabularyOrder(v, vocabulary);
  return kept.length === new Set(v).size ? kept : null;
}

function parseFilters(v: unknown): Partial<Filters> | null {
  const keys = ['areas', 'phases', 'categories', 'townships', 'statuses', 'q', 'precise'];
  if (!isRecord(v) || !hasOnly(v, keys)) return null;
  const out: Partial<Filters> = {};
  if ('areas' in v) {
    const areas = knownList(v.areas, AREAS);
    if (!areas) return null;
    out.areas = areas;
  }
  if ('phases' in v) {
    // Any report's years: a phase the data does not have matches nothing, as in the URL.
    if (!isStringList(v.phases) || !v.phases.every((p) => PHASE_PATTERN.test(p))) return null;
    out.phases = inPhaseOrder(v.phases);
  }
  if ('categories' in v) {
    const categories = knownList(v.categories, CATEGORIES);
    if (!categories) return null;
    out.categories = categories;
  }
  if ('statuses' in v) {
    const statuses = knownList(v.statuses, LATEST_STATUSES);
    if (!statuses) return null;
    out.statuses = statuses;
  }
  if ('townships' in v) {
    if (!isStringList(v.townships) || !v.townships.every((c) => TOWNSHIP.test(c))) return null;
    out.townships = inCodeOrder(v.townships);
  }
  if ('q' in v) {
    if (typeof v.q !== 'string' || v.q.length > MAX_QUERY) return null;
    out.query = v.q.trim();
  }
  if ('precise' in v) {
    if (typeof v.precise !== 'boolean') return null;
    out.preciseOnly = v.precise;
  }
  return out;
}

/** The message, when `data` is a well-formed inbound message of this protocol version; else null. */
export function parseInbound(data: unknown): InboundMessage | null {
  if (!isRecord(data) || data.protocol !== PROTOCOL || data.version !== PROTOCOL_VERSION) return null;
  switch (data.type) {
    case 'setFilter': {
      if (!hasOnly(data, ['protocol', 'version', 'type', 'filters'])) return null;
      const filters = parseFilters(data.filters);
      return filters ? { type: 'setFilter', filters } : null;
    }
    case 'select':
      if (!hasOnly(data, ['protocol', 'version', 'type', 'id'])) return null;
      if (data.id !== null && !(typeof data.id === 'string' && data.id.length <= 100 && ID.test(data.id)))
        return null;
      return { type: 'select', id: data.id };
    case 'setLang':
      if (!hasOnly(data, ['protocol', 'version', 'type', 'lang'])) return null;
      return data.lang === 'zh' || data.lang === 'en' ? { type: 'setLang', lang: data.lang } : null;
    default:
      return null;
  }
}

export function publicState(
  lang: Lang,
  filters: Filters,
  project: string | null,
  view: PublicState['view'] = 'browse',
): PublicState {
  return {
    lang,
    areas: [...filters.areas],
    phases: [...filters.phases],
    categories: [...filters.categories],
    townships: [...filters.townships],
    statuses: [...filters.statuses],
    q: filters.query,
    precise: filters.preciseOnly,
    project,
    view,
  };
}
