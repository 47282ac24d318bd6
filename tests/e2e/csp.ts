/**
 * The strictest Content-Security-Policy the built app works under (stated in docs/embed.md):
 * everything from the serving origin only, no inline script or style, no eval, no plugins.
 * `frameAncestors` lists the sites allowed to embed the map.
 */
export function strictCsp(frameAncestors: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self'",
    "font-src 'self'",
    "frame-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors 'self'${frameAncestors.map((o) => ` ${o}`).join('')}`,
  ].join('; ');
}
