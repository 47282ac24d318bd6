/**
 * MapLibre compiles one WebGL program for every mix of constant and per-feature paint properties
 * a layer type is drawn with, the first time a layer with that mix is drawn. On the software
 * renderer of the benchmark a compile costs about 60 ms of blocked main thread (the app's first
 * view compiled 14 programs, 0.85 s of a 2.2 s load), and a phone's GPU driver is not much kinder.
 * So layers of one type are written to share one mix: a constant that would stand alone is written
 * as a per-feature expression of the same value, which MapLibre cannot fold into a constant.
 *
 * The mixes the map uses (docs/performance.md, "Shader programs"):
 *  - every circle (project clusters, halos, points, status marks; township badges, their areas and
 *    merged rings): colour, radius, stroke colour and stroke width per feature. The badges' values
 *    are constants, written per feature so that they share the projects' program (one link fewer
 *    at the first look: 0.1–0.15 s in SwiftShader);
 *  - dashed lines (schematic township lines, approximate project lines): colour and width per feature;
 *  - solid base lines: all constant; fills: constant, without the antialiasing outline pass (a
 *    line layer draws every fill's edge), which is a program of its own.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * `value` for every feature, as a per-feature expression: it reads the feature's `selected`
 * state (which MapLibre cannot know in advance) and gives `value` either way.
 */
export function perFeature<T extends string | number>(value: T): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'selected'], false], value, value];
}
