/**
 * Measures how far the committed district outline lies from a more detailed reference outline
 * (a maintainer's check; the reference is not part of the project): for each reference vertex,
 * the distance to our outline; prints the median, 90th percentile and maximum in metres.
 * Usage: tsx scripts/geodata/compare-reference.ts <reference.geojson> [--max-median-m 100]
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const [referencePath] = process.argv.slice(2);
if (!referencePath) {
  console.error('usage: compare-reference.ts <reference.geojson> [--max-median-m 100]');
  process.exit(2);
}
const limitArg = process.argv.indexOf('--max-median-m');
const maxMedian = limitArg > 0 ? Number(process.argv[limitArg + 1]) : 100;

const outerRings = (fc: FeatureCollection<Polygon | MultiPolygon>): Position[][] =>
  fc.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0]!] : f.geometry.coordinates.map((p) => p[0]!)));

const ours = outerRings(JSON.parse(readFileSync('geodata/xifeng-boundary.geojson', 'utf8')));
const reference = outerRings(JSON.parse(readFileSync(referencePath, 'utf8')));

/** Distance in metres from p to the segment a–b, on a local equirectangular plane (fine at this scale). */
function segmentDistance(p: Position, a: Position, b: Position): number {
  const kx = 111_320 * Math.cos((p[1]! * Math.PI) / 180);
  const ky = 110_574;
  const [ax, ay] = [(a[0]! - p[0]!) * kx, (a[1]! - p[1]!) * ky];
  const [bx, by] = [(b[0]! - p[0]!) * kx, (b[1]! - p[1]!) * ky];
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

const distances = reference
  .flat()
  .map((p) => {
    let best = Infinity;
    for (const ring of ours) for (let i = 0; i < ring.length - 1; i++) best = Math.min(best, segmentDistance(p, ring[i]!, ring[i + 1]!));
    return best;
  })
  .sort((a, b) => a - b);
const at = (q: number) => distances[Math.min(distances.length - 1, Math.floor(q * distances.length))]!;
console.log(
  `reference vertices: ${distances.length}; distance to our outline: median ${at(0.5).toFixed(1)} m, ` +
    `p90 ${at(0.9).toFixed(1)} m, max ${at(1).toFixed(1)} m`,
);
if (at(0.5) > maxMedian) {
  console.error(`median offset exceeds ${maxMedian} m`);
  process.exit(1);
}
