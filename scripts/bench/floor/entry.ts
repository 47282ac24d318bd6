/**
 * The one page of the benchmark's floor (index.html) runs one of two variants, chosen in the URL:
 * `?page=map-only` is the app's own map with no UI (map-only.ts), anything else MapLibre alone
 * (main.ts). Each variant is loaded the same way (one dynamic import), so neither pays for the
 * other's code and their load times compare fairly.
 */
const variant = new URLSearchParams(location.search).get('page');
if (variant === 'map-only') {
  document.title = "Benchmark: the app's map alone";
  await import('./map-only.ts');
} else {
  await import('./main.ts');
}

// A module, so that the top-level awaits above are allowed.
export {};
