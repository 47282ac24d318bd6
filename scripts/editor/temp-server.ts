/**
 * `npm run edit` over a throw-away copy of geodata/, on a free port: for the end-to-end tests and the
 * editing screenshots, which must never write the repository's own data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The files a save may write, relative to the data root. */
export const WRITTEN = [
  'geodata/src/places.yaml',
  'geodata/src/projects.yaml',
  'geodata/projects.geojson',
  'geodata/townships.geojson',
];

export interface EditorServer {
  url: string;
  root: string;
  read(file: string): string;
  snapshot(): string[];
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startEditor(): Promise<EditorServer> {
  const root = mkdtempSync(join(tmpdir(), 'xifeng-edit-e2e-'));
  cpSync('geodata', join(root, 'geodata'), { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/editor/server.ts', '--port', String(port), '--data', root],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the editor did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the editor exited (${code}):\n${output}`)));
  });
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  return {
    url: `http://127.0.0.1:${port}/`,
    root,
    read,
    snapshot: () => WRITTEN.map(read),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      rmSync(root, { recursive: true, force: true });
    },
  };
}
