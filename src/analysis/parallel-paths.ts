// Betweenness and closeness on every core: the chunks of sources of
// shortest-paths.ts searched by a pool of worker threads and summed in chunk
// order, so the figures are byte-for-byte those of the single-threaded run.
// Small networks are searched in this thread: starting workers would cost
// more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Csr } from './csr.js';
import {
  allSources,
  PathTotals,
  searchCsr,
  searchMode,
  shortestPathFigures,
  sourceChunks,
  type PathFigures,
  type PathOptions,
  type PathPartial,
} from './shortest-paths.js';

/** Below about this many search steps (under a second), one thread is quicker. */
const PARALLEL_STEPS = 3e8;

/** @param threads how many threads may search (default: one per core, at most 8). */
export async function parallelPathFigures(out: Csr, options: PathOptions, threads = Math.min(availableParallelism(), 8)): Promise<PathFigures> {
  const n = out.nodes.length;
  const sources = allSources(n, options.pivots);
  const arcs = Number(out.starts[n] ?? 0);
  if (threads < 2 || sources.length * (n + 2 * arcs) < PARALLEL_STEPS) return shortestPathFigures(out, options);

  const chunks = sourceChunks(sources);
  const network = { out: searchCsr(out), mask: options.pathMask, mode: searchMode(n, sources, options.directed) };
  const totals = new PathTotals(n, sources.length < n);
  const arrived = new Map<number, PathPartial>();
  let nextToAdd = 0;
  let nextToSend = 0;
  let settled = false;
  const workers = Array.from({ length: Math.min(threads, chunks.length) }, () => new Worker(new URL('./path-worker.js', import.meta.url)));
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker): void => {
        if (nextToSend >= chunks.length) return;
        const chunk = nextToSend++;
        worker.postMessage({ chunk, sources: chunks[chunk] });
      };
      for (const worker of workers) {
        worker.on('error', reject);
        worker.on('message', (message: { chunk: number; part: PathPartial }) => {
          if (settled) return;
          arrived.set(message.chunk, message.part);
          // Add in chunk order only: the same sums, in the same order, and the same place to stop, as one thread.
          while (!settled && arrived.has(nextToAdd)) {
            totals.add(arrived.get(nextToAdd)!);
            arrived.delete(nextToAdd);
            nextToAdd++;
            options.onProgress?.(totals.sources, sources.length);
            if (options.adaptive && totals.settled()) settled = true;
          }
          if (settled || nextToAdd === chunks.length) resolve();
          else send(worker);
        });
        worker.postMessage({ network });
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return totals.figures();
}
