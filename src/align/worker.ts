import { parentPort } from 'node:worker_threads';
import { scoreRange, type SimilarityIndex } from './similarity.js';

/** Worker entry: scores one range of rows and sends the pairs back (transferring the buffers). */
parentPort?.once('message', (message: { index: SimilarityIndex; from: number; to: number }) => {
  const pairs = scoreRange(message.index, message.from, message.to);
  parentPort?.postMessage(pairs, [pairs.i.buffer, pairs.j.buffer, pairs.score.buffer] as ArrayBuffer[]);
});
