/**
 * Proves the base geodata build is deterministic and the committed files are what it produces:
 * builds twice into fresh temporary folders, then compares the two builds with each other and
 * with geodata/, byte for byte. Needs the pipeline's packages (npm --prefix scripts/geodata ci).
 * Usage: npm run geodata:verify
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES = ['xifeng-boundary.geojson', 'qingyang-counties.geojson', 'townships.json', 'sources.json'];

function build(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xifeng-geodata-'));
  execFileSync('npx', ['tsx', 'scripts/geodata/build-geodata.ts', '--out', dir], { stdio: 'ignore' });
  return dir;
}

const [first, second] = [build(), build()];
let passed = 0;
let failed = 0;
for (const file of FILES) {
  const bytes = [first, second, 'geodata'].map((dir) => readFileSync(join(dir, file)));
  const check = (ok: boolean, what: string) => {
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${what}`);
  };
  check(bytes[0]!.equals(bytes[1]!), 'two builds are byte-identical');
  check(bytes[0]!.equals(bytes[2]!), 'the committed file is what the build produces');
}
rmSync(first, { recursive: true });
rmSync(second, { recursive: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
