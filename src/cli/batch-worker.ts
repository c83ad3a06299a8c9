import { parentPort, workerData } from 'node:worker_threads';
import { answerRaw, type BatchSettings, type RawLine } from './batch.js';

/** Worker entry for `storydiff batch --jobs N`: answers the lines it is sent, tagged with their place. */
const settings = (workerData as { settings: BatchSettings }).settings;

parentPort?.on('message', (msg: { seq: number; line: RawLine }) => {
  parentPort?.postMessage({ seq: msg.seq, out: answerRaw(msg.line, settings) });
});
