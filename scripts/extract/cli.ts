/**
 * `npm run extract`: drafts project records from a government work report (docs/extract.md).
 * Reads the report, the township list and the gazetteer; writes only to the drafts file, and
 * refuses to write into geodata/src/ (the published sources).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPaths } from '../data/paths.ts';
import { readReportRegistry, type RegisteredReport } from '../data/reports.ts';
import { parseArgs, USAGE, type Args } from './args.ts';
import { extract, type Extraction } from './extract.ts';
import { layoutSummary, whyNothing } from './diagnosis.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer.ts';
import { pairDrafts } from './match.ts';
import { publishedRecords } from './published.ts';
import { compareText, scoreText } from './report-text.ts';
import { findRegistered, registryEntry, reportText, suggestedId, type ReportText } from './registry.ts';
import { score } from './score.ts';
import { scoreUnseen, unseenText } from './unseen.ts';
import { everyOffset, intlWords } from './words.ts';
import { draftsYaml } from './yaml-writer.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The report the published data was made from: --score uses it when no report is given. */
const DEFAULT_REPORT = 'geodata/sources/xifeng-2022-government-work-report.txt';
/**
 * Passages it has not seen, with hand-made answer keys (docs/extract.md): --unseen scores each set
 * (six layouts in the first set, four in the second).
 */
const UNSEEN_SETS = ['tests/fixtures/extract/unseen', 'tests/fixtures/extract/unseen-2'];
/** The registry of reports (docs/data-model.md): drafts name the report they come from. */
const REGISTRY = 'geodata/reports.yaml';
/** The published sources: drafts never go there. */
const PROTECTED = resolve(ROOT, 'geodata/src');

/** Paths on the command line are relative to where npm was started, as the user typed them. */
const fromUser = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
/** Default paths are relative to the repository. */
const fromRoot = (path: string) => (isAbsolute(path) ? path : resolve(ROOT, path));

function run(args: Args): number {
  if (args.mode === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (args.mode === 'unseen') {
    const dirs = args.report ? [fromUser(args.report)] : UNSEEN_SETS.map(fromRoot);
    const texts = dirs.map(
      (dir) => `== ${relative(ROOT, dir)}\n${unseenText(scoreUnseen(dir, gazetteerOf(args)))}`,
    );
    console.log(texts.join('\n\n'));
    return 0;
  }
  const reportPath = args.report ? fromUser(args.report) : fromRoot(DEFAULT_REPORT);
  const report = reportText(repositoryPath(reportPath), readFileSync(reportPath));
  const registered = registeredReport(report);
  if (registered && args.year !== null && args.year !== registered.year) {
    console.error(
      `--year ${args.year} differs from year ${registered.year} of ${registered.id} in ${REGISTRY}.`,
    );
    return 1;
  }
  const extraction = runExtraction(args, report.text, registered);
  console.log(layoutSummary(extraction.layout));
  const reasons = whyNothing(extraction);
  if (reasons.length > 0) {
    console.error(['Nothing drafted.', ...reasons].join('\n'));
    return 1;
  }
  if (args.mode === 'write') return writeDrafts(args, report, registered, extraction);
  const published = JSON.parse(readFileSync(userOrRoot(args.published, 'geodata/projects.geojson'), 'utf8'));
  const records = publishedRecords(published, report.text, registered?.id);
  const pairing = pairDrafts(extraction.drafts, records);
  console.log(args.mode === 'score' ? scoreText(score(pairing)) : compareText(pairing));
  return 0;
}

function gazetteerOf(args: Args): Gazetteer {
  const townships: unknown = JSON.parse(
    readFileSync(userOrRoot(args.townships, 'geodata/townships.json'), 'utf8'),
  );
  const placesPath = userOrRoot(args.places, 'geodata/src/places.yaml');
  const places = existsSync(placesPath) ? readFileSync(placesPath, 'utf8') : null;
  return buildGazetteer(townships, places);
}

/** The registry entry of the report being read; null when it is not registered (or unreadable). */
function registeredReport(report: ReportText): RegisteredReport | null {
  const { registry, problems } = readReportRegistry(dataPaths(ROOT));
  if (problems.length > 0) console.error(`${REGISTRY} has problems (npm run data:check shows them).`);
  return registry ? findRegistered(registry.reports.values(), report) : null;
}

function runExtraction(args: Args, text: string, registered: RegisteredReport | null): Extraction {
  return extract(text, gazetteerOf(args), {
    year: args.year ?? registered?.year,
    yearFrom: args.year === null && registered ? 'registry' : 'option',
    boundaries: args.segmenter === 'none' ? everyOffset : intlWords,
  });
}

function writeDrafts(
  args: Args,
  report: ReportText,
  registered: RegisteredReport | null,
  extraction: Extraction,
): number {
  const name = basename(report.file, extname(report.file));
  const out = args.out ? fromUser(args.out) : resolve(ROOT, 'geodata/drafts', `${name}.yaml`);
  if (out === PROTECTED || out.startsWith(`${PROTECTED}/`)) {
    console.error(
      `Refusing to write drafts into ${relative(ROOT, out)}: drafts go to geodata/drafts/ for review.`,
    );
    return 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  const id = registered?.id ?? suggestedId(report.file, extraction.year);
  writeFileSync(out, draftsYaml(extraction.drafts, report.file, extraction.year, id));
  console.log(`${extraction.drafts.length} drafts written to ${relative(process.cwd(), out)}`);
  if (!registered) {
    console.log(
      `\nThe report is not in ${REGISTRY} yet; the drafts name it ${id}. Before moving records into ` +
        `geodata/src/projects.yaml, add this entry there (write title_en, and check the rest):\n\n` +
        registryEntry(report, extraction.year),
    );
  }
  return 0;
}

/** A path inside the repository as the registry writes it (relative); one outside it, absolute. */
function repositoryPath(path: string): string {
  const inside = relative(ROOT, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/** An option left at its default is a repository path; one the user gave is relative to them. */
function userOrRoot(value: string, fallback: string): string {
  return value === fallback ? fromRoot(value) : fromUser(value);
}

try {
  process.exitCode = run(parseArgs(process.argv.slice(2)));
} catch (error) {
  console.error(`extract: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exitCode = 1;
}
