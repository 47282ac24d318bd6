/**
 * The district's extent ([west, south, east, north], WGS84): the map's first view, known before
 * the outline arrives so the map can start at once, and the benchmark's camera. A unit test checks
 * it against geodata/xifeng-boundary.geojson.
 */
export const DISTRICT_BOUNDS: [number, number, number, number] = [107.4656, 35.4263, 107.889, 35.8676];
