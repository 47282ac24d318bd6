/**
 * Whether the browser has WebGL at all; without it the app shows the list only. A cheap check, on
 * purpose: making a throwaway context to test it cost 0.5–1 s on every load under software
 * rendering. A browser that has the API but cannot give a context (blocked, lost, out of memory)
 * makes MapLibre fail, and MapView reports that through `onfail`, which shows the same message.
 */
export function hasWebGL(win: object = window): boolean {
  return 'WebGL2RenderingContext' in win || 'WebGLRenderingContext' in win;
}
