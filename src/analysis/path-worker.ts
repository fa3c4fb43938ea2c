// A worker thread that searches chunks of sources for parallel-paths.ts. It
// receives the network once, then one chunk at a time.
import { parentPort } from 'node:worker_threads';
import { type SearchCsr, type SearchMode, searchChunk } from './shortest-paths.js';

interface Network {
  out: SearchCsr;
  mask: Uint8Array;
  mode: SearchMode;
}

let network: Network | undefined;

parentPort?.on('message', (message: { network: Network } | { chunk: number; sources: Int32Array }) => {
  if ('network' in message) {
    network = message.network;
    return;
  }
  const part = searchChunk(network!.out, message.sources, network!.mask, network!.mode);
  parentPort!.postMessage({ chunk: message.chunk, part }, [
    part.betweenness.buffer as ArrayBuffer,
    part.squares.buffer as ArrayBuffer,
    part.distanceSum.buffer as ArrayBuffer,
    part.reachedBy.buffer as ArrayBuffer,
  ]);
});
