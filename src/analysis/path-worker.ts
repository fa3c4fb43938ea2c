// A worker thread that searches chunks of sources for parallel-paths.ts. It
// receives the network once, then one chunk at a time.
import { parentPort } from 'node:worker_threads';
import { type SearchCsr, searchChunk } from './shortest-paths.js';

interface Network {
  out: SearchCsr;
  mask: Uint8Array;
  /** Whether the sources are a sample, whose spread is measured. */
  sampled: boolean;
  /** Whether the sample's dependencies are scaled by distance (shortest-paths.ts). */
  linear: boolean;
}

let network: Network | undefined;

parentPort?.on('message', (message: { network: Network } | { chunk: number; sources: Int32Array }) => {
  if ('network' in message) {
    network = message.network;
    return;
  }
  const part = searchChunk(network!.out, message.sources, network!.mask, network!.sampled, network!.linear);
  parentPort!.postMessage({ chunk: message.chunk, part }, [
    part.betweenness.buffer as ArrayBuffer,
    part.squares.buffer as ArrayBuffer,
    part.distanceSum.buffer as ArrayBuffer,
    part.reachedBy.buffer as ArrayBuffer,
  ]);
});
