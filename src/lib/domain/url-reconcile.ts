/**
 * The URL state once the data is in. Before the data, a URL is read with nothing to check it
 * against; when the data comes, the address is read again so that an id, a code, a report or a
 * phase the data does not have is read as not given (and the address rewritten without it).
 */
import { parseUrlState, type KnownIds, type UrlState } from './url-state.ts';

/** What the loaded data holds, as lists; all empty before the data comes. */
export interface LoadedIds {
  projectIds: readonly string[];
  townshipCodes: readonly string[];
  /** The registered reports, in registry order. */
  reportIds: readonly string[];
  /** The phases the records have. */
  phases: readonly string[];
  /** The years of the reports some record quotes. */
  quotedReportYears: readonly number[];
}

/** The ids a URL is checked against: a kind of id not loaded yet checks nothing. */
export function knownIds(loaded: LoadedIds): KnownIds {
  const projectsIn = loaded.projectIds.length > 0;
  return {
    projectIds: projectsIn ? new Set(loaded.projectIds) : undefined,
    townshipCodes: loaded.townshipCodes.length ? new Set(loaded.townshipCodes) : undefined,
    reportIds: loaded.reportIds.length ? loaded.reportIds : undefined,
    phases: projectsIn ? new Set(loaded.phases) : undefined,
    onlyReportYear: loaded.quotedReportYears.length === 1 ? loaded.quotedReportYears[0] : undefined,
  };
}

/**
 * The state to show once the data is in: the address (`search`) read against `known`, but
 * - the camera stays where the map is (`current`): it may have moved since the page opened, and
 *   the map is not moved back;
 * - the planner's phase is read from the opening link (`openingSearch`): a year there
 *   (`gphase=2021`) can only be read with the reports, and a write before they came (a language
 *   switch) has dropped it from the address. The phase cannot have changed since: the planner's
 *   panel waits for the data.
 */
export function reconcileUrlState(
  current: UrlState,
  search: string,
  openingSearch: string,
  known: KnownIds,
): UrlState {
  const read = parseUrlState(search, known);
  const phase = parseUrlState(openingSearch, known).planner.phase;
  return { ...read, view: current.view, planner: { ...read.planner, phase } };
}
