/** Where the promises view's statuses come from: the last search of public sources, and who reported. */
import { isOfficeEntry } from '../progress.ts';
import type { ProjectFeature } from '../project.ts';

export interface EvidenceSummary {
  /** The latest day public sources were searched for any record of the phase; null: never. */
  lastSearched: string | null;
  /** Records of the phase not searched yet (their status reads "no follow-up found" too). */
  notSearched: number;
  /** Progress entries of the phase's records from public pages, and from district offices. */
  publicEntries: number;
  officeEntries: number;
}

export function evidenceSummary(features: readonly ProjectFeature[], phase: string): EvidenceSummary {
  const summary: EvidenceSummary = { lastSearched: null, notSearched: 0, publicEntries: 0, officeEntries: 0 };
  for (const { properties: p } of features) {
    if (p.phase !== phase) continue;
    const searched = p.progress_searched;
    if (searched === null) summary.notSearched++;
    else if (summary.lastSearched === null || searched > summary.lastSearched)
      summary.lastSearched = searched;
    for (const entry of p.progress) {
      if (isOfficeEntry(entry)) summary.officeEntries++;
      else summary.publicEntries++;
    }
  }
  return summary;
}
