import { Worker } from 'node:worker_threads';
import type { EmitOptions, ScoredPairs, SimilarityIndex } from './similarity.js';

const workerUrl = new URL('./worker.js', import.meta.url);

/** Workers run the compiled file; from TypeScript sources (tests) there is none, so score in-thread. */
export function workerAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

/** Scores rows [from, to) in a worker thread. */
export function scoreInWorker(index: SimilarityIndex, from: number, to: number, emit: EmitOptions): Promise<ScoredPairs> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl);
    worker.once('message', (pairs: ScoredPairs) => {
      resolve(pairs);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage({ index, from, to, emit });
  });
}
