import { parentPort } from 'node:worker_threads';
import { scoreRange, type EmitOptions, type SimilarityIndex } from './similarity.js';

/** Worker entry: scores one range of rows and sends the pairs back (transferring the buffers). */
parentPort?.once('message', (message: { index: SimilarityIndex; from: number; to: number; emit: EmitOptions }) => {
  const pairs = scoreRange(message.index, message.from, message.to, message.emit);
  parentPort?.postMessage(pairs, [pairs.i.buffer, pairs.j.buffer, pairs.score.buffer] as ArrayBuffer[]);
});
