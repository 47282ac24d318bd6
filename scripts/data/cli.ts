/** What the two CLIs share: where the repository is, and how a failure is reported (one line, no stack). */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from './source-problem.ts';

/** The repository root, or the folder after `--root` (tests run the CLIs on a copy of the fixtures). */
export function rootFromArgs(argv: readonly string[]): string {
  const at = argv.indexOf('--root');
  const given = at >= 0 ? argv[at + 1] : undefined;
  return given === undefined ? fileURLToPath(new URL('../..', import.meta.url)) : resolve(given);
}

/** Runs a CLI body that returns its exit code; an exception is a bug in the pipeline, not in the data. */
export function runCli(name: string, body: () => number): void {
  try {
    process.exitCode = body();
  } catch (error) {
    console.error(`${name} failed: ${errorMessage(error)} (DEBUG=1 shows the stack)`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 1;
  }
}

/** runCli for a body that awaits (the workbook commands). */
export function runCliAsync(name: string, body: () => Promise<number>): void {
  body().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`${name} failed: ${errorMessage(error)} (DEBUG=1 shows the stack)`);
      if (process.env.DEBUG) console.error(error);
      process.exitCode = 1;
    },
  );
}
