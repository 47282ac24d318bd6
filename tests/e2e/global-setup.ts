/**
 * Serves the built app (dist/) on a free localhost port for the end-to-end tests,
 * and fails at once, with instructions, when there is no build or no Chromium.
 */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  findChromium(); // throws with install instructions when missing: the e2e step never skips silently
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  server = await preview({ preview: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
