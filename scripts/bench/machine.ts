/** The machine a benchmark ran on, for the report: figures mean little without it. */
import { cpus, totalmem } from 'node:os';
import type { Browser } from 'playwright-core';

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  chromium: string;
  node: string;
  date: string;
}

export function describeMachine(browser: Browser): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GB`,
    chromium: browser.version(),
    node: process.version,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}
