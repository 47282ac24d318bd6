/**
 * A Web Worker that runs the coverage analysis off the main thread. Thin on purpose: the work is
 * `analyseCoverage`, pure and DOM-free, so the same call runs here or on the main thread.
 *
 * Protocol: post a CoverageRequest; get back one CoverageReply with the same `requestId` (so the
 * caller can drop replies to requests it has since replaced). Errors come back as messages too,
 * never as an uncaught exception the page cannot tie to a request. Everything in both messages is
 * structured-cloneable (the SearchIndex in `options.current` holds a Map and a Uint32Array: fine).
 *
 * Wiring (the UI's side, src/lib/state/planner-state.svelte.ts):
 * new Worker(new URL('../domain/planner/coverage.worker.ts', import.meta.url), { type: 'module' })
 */
import type { ProjectFeature } from '../project.ts';
import {
  analyseCoverage,
  type CoverageAnalysis,
  type CoverageKind,
  type CoverageOptions,
  type DistrictBoundary,
} from './grid.ts';

export interface CoverageRequest {
  requestId: number;
  boundary: DistrictBoundary;
  projects: ProjectFeature[];
  kind: CoverageKind;
  options?: CoverageOptions;
}

export type CoverageReply =
  { requestId: number; ok: true; result: CoverageAnalysis } | { requestId: number; ok: false; error: string };

/** The part of the worker global scope used here (the project's tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CoverageRequest>) => void) | null;
  postMessage(message: CoverageReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  const { requestId, boundary, projects, kind, options } = data;
  try {
    scope.postMessage({ requestId, ok: true, result: analyseCoverage(projects, boundary, kind, options) });
  } catch (error) {
    scope.postMessage({
      requestId,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
