// A worker thread that searches chunks of sources for parallel-paths.ts. It
// receives the network once, then one chunk at a time.
import { parentPort } from 'node:worker_threads';
import { searchChunk } from './shortest-paths.js';

interface Network {
  out: { starts: Float64Array; neighbors: Int32Array };
  incoming: { starts: Float64Array; neighbors: Int32Array };
  mask: Uint8Array;
  /** Whether the sources are a sample, whose spread is measured. */
  sampled: boolean;
}

let network: Network | undefined;

parentPort?.on('message', (message: { network: Network } | { chunk: number; sources: Int32Array }) => {
  if ('network' in message) {
    network = message.network;
    return;
  }
  const part = searchChunk(network!.out, network!.incoming, message.sources, network!.mask, network!.sampled);
  parentPort!.postMessage({ chunk: message.chunk, part }, [
    part.betweenness.buffer as ArrayBuffer,
    part.squares.buffer as ArrayBuffer,
    part.distanceSum.buffer as ArrayBuffer,
    part.reachedBy.buffer as ArrayBuffer,
  ]);
});
