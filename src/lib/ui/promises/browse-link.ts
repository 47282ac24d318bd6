/**
 * Links from the promises view into the browse view (a bar segment's filters, a row's project), as
 * an address (a new tab, a copied link) and as a click that stays in the app.
 */
import { serializeUrlState, type UrlState } from '../../domain/url-state.ts';
import type { Filters } from '../../domain/filters.ts';
import type { AppState } from '../../state/app-state.svelte.ts';

/**
 * The state a link opens: the list and map with these filters and this project open (none by
 * default); language and large text kept.
 */
export function browseState(url: UrlState, filters: Filters, project: string | null = null): UrlState {
  return { ...url, mode: 'browse', filters, project, reader: null, promisesPhase: null };
}

export function browseHref(url: UrlState, filters: Filters, project: string | null = null): string {
  return serializeUrlState(browseState(url, filters, project)) || '?';
}

/** Follows the link inside the app (one history entry, Back returns), unless a new tab was asked for. */
export function followInApp(
  event: MouseEvent,
  app: AppState,
  filters: Filters,
  project: string | null = null,
): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  app.update(browseState(app.url, filters, project));
}
