/** The command line of `npm run extract` (docs/extract.md). */

export const USAGE = `usage:
  npm run extract -- <report.txt> [--out FILE]      write draft records (default geodata/drafts/<name>.yaml)
  npm run extract -- <report.txt> --compare         list drafts the published data lacks, and the reverse
  npm run extract -- --score [<report.txt>]         score the drafts against the published data
  npm run extract -- --unseen [<folder>]            score passages it has not seen against their keys
                                                    (default: tests/fixtures/extract/unseen and unseen-2)
options:
  --published FILE   published records (default geodata/projects.geojson)
  --townships FILE   townships and villages with NBS codes (default geodata/townships.json)
  --places FILE      the gazetteer, for place keys (default geodata/src/places.yaml)
  --year YYYY        the year of the tasks, when the report does not name it
  --segmenter NAME   word boundaries for the whole-word verb rule: intl (default) or none`;

export interface Args {
  mode: 'write' | 'compare' | 'score' | 'unseen' | 'help';
  report: string | null;
  out: string | null;
  published: string;
  townships: string;
  places: string;
  year: number | null;
  segmenter: 'intl' | 'none';
}

const WITH_VALUE = new Set(['--out', '--published', '--townships', '--places', '--year', '--segmenter']);

/** Parses argv (without node and the script); throws an Error with a readable message. */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    mode: 'write',
    report: null,
    out: null,
    published: 'geodata/projects.geojson',
    townships: 'geodata/townships.json',
    places: 'geodata/src/places.yaml',
    year: null,
    segmenter: 'intl',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') args.mode = 'help';
    else if (arg === '--compare') args.mode = 'compare';
    else if (arg === '--score') args.mode = 'score';
    else if (arg === '--unseen') args.mode = 'unseen';
    else if (WITH_VALUE.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
      setOption(args, arg, value);
      i += 1;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else if (args.report === null) args.report = arg;
    else throw new Error(`one report at a time (got ${args.report} and ${arg})`);
  }
  if ((args.mode === 'write' || args.mode === 'compare') && args.report === null) {
    throw new Error('give the report file (plain text)');
  }
  return args;
}

function setOption(args: Args, option: string, value: string): void {
  if (option === '--out') args.out = value;
  if (option === '--published') args.published = value;
  if (option === '--townships') args.townships = value;
  if (option === '--places') args.places = value;
  if (option === '--year') {
    if (!/^\d{4}$/.test(value)) throw new Error(`--year takes a year such as 2023, not ${value}`);
    args.year = Number(value);
  }
  if (option === '--segmenter') {
    if (value !== 'intl' && value !== 'none') throw new Error(`--segmenter is intl or none, not ${value}`);
    args.segmenter = value;
  }
}
