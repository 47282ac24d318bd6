/**
 * Connects an embedded map to the page around it (docs/embed.md): tells the host when it is
 * ready, how tall it is, what is selected and what the filters are; takes `setFilter`, `select`
 * and `setLang` from an allowlisted host. Does nothing when the map is not in a frame.
 * Call during component initialisation (it creates effects).
 */
import { envelope, isAllowedOrigin, parseInbound, publicState, type OutboundMessage } from './protocol.ts';
import type { AppState } from '../state/app-state.svelte.ts';

/** The embedding page's origin, as the browser reports it. */
function hostOrigin(): string | null {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors?.length) return ancestors[0] ?? null;
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

export function connectEmbedBridge(
  app: AppState,
  allowedOrigins: () => readonly string[],
  ready: () => boolean,
) {
  if (window.parent === window) return;
  const host = hostOrigin();

  function post(message: OutboundMessage) {
    // Only to a known, allowlisted host: the map never broadcasts to whoever frames it.
    if (host && isAllowedOrigin(host, allowedOrigins())) window.parent.postMessage(envelope(message), host);
  }

  function onMessage(event: MessageEvent) {
    if (event.source !== window.parent || !isAllowedOrigin(event.origin, allowedOrigins())) return;
    const message = parseInbound(event.data);
    if (!message) return;
    // Host-driven changes replace the history entry: a flood of messages must not flood history.
    if (message.type === 'setFilter') app.setFilters(message.filters, 'replace');
    else if (message.type === 'select') app.update({ project: message.id }, 'replace');
    else app.update({ lang: message.lang }, 'replace');
  }
  window.addEventListener('message', onMessage);

  let lastHeight = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: 'height', height });
    }
  });

  $effect(() => {
    if (!ready()) return;
    post({ type: 'ready' });
    observer.observe(document.body);
    return () => observer.disconnect();
  });

  $effect(() => {
    const state = publicState(app.lang, app.url.filters, app.url.project, app.url.mode);
    if (ready()) post({ type: 'state', state });
  });

  let lastSelected: string | null | undefined;
  $effect(() => {
    const id = app.url.project;
    if (!ready() || id === lastSelected) return;
    lastSelected = id;
    post({ type: 'select', id });
  });

  $effect(() => () => window.removeEventListener('message', onMessage));
}
