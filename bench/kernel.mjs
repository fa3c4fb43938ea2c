#!/usr/bin/env node
// The Brandes kernel (searchChunk in src/analysis/shortest-paths.ts) against
// the one it replaced (push-style accumulation over incoming arcs, kept
// below), timed alternately over the same sources in one process, so that
// other load on the machine weighs on both alike. Prints the time per source
// of each, their ratio, and how far the figures differ.
//
//   npm run build && node bench/kernel.mjs [--network DIR] [--sources 256] [--rounds 6]
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { components } from '../dist/analysis/components.js';
import { outCsr } from '../dist/analysis/csr.js';
import { searchChunk, searchCsr } from '../dist/analysis/shortest-paths.js';
import { buildGraph } from '../dist/model/build-graph.js';
import { checkEcosystem } from '../dist/pipeline/check-ecosystem.js';
import { writeEcosystem } from './generate-ecosystem.mjs';

const { values: args } = parseArgs({
  options: { network: { type: 'string' }, sources: { type: 'string', default: '256' }, rounds: { type: 'string', default: '6' } },
});

let dir = args.network;
if (!dir) {
  dir = path.join(tmpdir(), 'eco-bench-10000-50000');
  if (!existsSync(path.join(dir, 'ecosystem.yaml'))) writeEcosystem(dir, { actors: 10_000, links: 50_000, seed: 1 });
}
const checked = await checkEcosystem(dir, {});
if (!checked.valid) throw new Error(`${dir} is not valid`);
const graph = buildGraph(checked.valid.ecosystem, { directed: false, links: 'all' });
const out = outCsr(graph);
const n = out.nodes.length;
const mask = components(graph, out.nodes, out).pathMask;
// The worker threads' arrays, as parallel-paths.ts sends them.
const previousCsr = { starts: Float64Array.from(out.starts), neighbors: Int32Array.from(out.neighbors) };
const csr = searchCsr(out);
const count = Math.min(n, Number(args.sources));
const step = Math.max(1, Math.floor(n / count));
const sources = Int32Array.from({ length: count }, (_, i) => (i * step) % n);

const time = (f) => {
  const started = process.hrtime.bigint();
  const result = f();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
};
const previous = [];
const current = [];
let a;
let b;
for (let round = 0; round < Number(args.rounds); round++) {
  const x = time(() => previousSearchChunk(previousCsr, previousCsr, sources, mask, false));
  const y = time(() => searchChunk(csr, sources, mask, { sampled: false, directed: false, linear: false, symmetric: true }));
  previous.push(x.ms / count);
  current.push(y.ms / count);
  a = x.result;
  b = y.result;
}
let worst = 0;
let differing = 0;
for (let u = 0; u < n; u++) {
  const scale = Math.max(Math.abs(a.betweenness[u]), 1e-300);
  const diff = Math.abs(a.betweenness[u] - b.betweenness[u]) / scale;
  if (a.betweenness[u] !== b.betweenness[u]) differing++;
  worst = Math.max(worst, diff);
}
// An exact run's mode: each source takes its own distances, so only the totals compare.
const total = (xs) => xs.reduce((s, x) => s + x, 0);
if (total(a.distanceSum) !== total(b.distanceSum) || total(a.reachedBy) !== total(b.reachedBy)) throw new Error('distances differ');
if (a.pathSum !== b.pathSum || a.pathPairs !== b.pathPairs || a.diameter !== b.diameter) throw new Error('path lengths differ');
const median = (xs) => [...xs].sort((p, q) => p - q)[xs.length >> 1];
console.log(`${dir}: ${n} nodes, ${Number(out.starts[n]) / 2} ties, ${count} sources × ${args.rounds} rounds`);
console.log(`previous kernel: ${previous.map((x) => x.toFixed(3)).join(' ')} ms/source (median ${median(previous).toFixed(3)})`);
console.log(`current kernel:  ${current.map((x) => x.toFixed(3)).join(' ')} ms/source (median ${median(current).toFixed(3)})`);
console.log(`speed-up (median of per-round ratios): ${median(previous.map((x, i) => x / current[i])).toFixed(2)}×`);
console.log(`betweenness sums: ${differing} of ${n} differ in the last bits, largest relative difference ${worst.toExponential(2)}`);

// The kernel before pull-style accumulation, for comparison.
function previousSearchChunk(out, incoming, sources, mask, sampled) {
  const n = mask.length;
  const { starts, neighbors } = out;
  const inStarts = incoming.starts;
  const inNeighbors = incoming.neighbors;

  const betweenness = new Float64Array(n);
  // Only a sample has a spread to measure: an exact run keeps its inner loop as it was.
  const squares = new Float64Array(sampled ? n : 0);
  const distanceSum = new Float64Array(n);
  const reachedBy = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);

  let pathSum = 0;
  let pathPairs = 0;
  let diameter = 0;

  for (let si = 0; si < sources.length; si++) {
    const s = sources[si];
    // Breadth-first search from s; `order` is the queue and, read backwards, the stack.
    let head = 0;
    let tail = 0;
    dist[s] = 0;
    sigma[s] = 1;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++];
      const dv = dist[v] + 1;
      const sv = sigma[v];
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = neighbors[j];
        if (dist[w] === -1) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w] = sigma[w] + sv;
      }
    }
    const inPaths = mask[s] === 1;
    for (let i = 1; i < tail; i++) {
      const t = order[i];
      const d = dist[t];
      distanceSum[t] = distanceSum[t] + d;
      reachedBy[t] = reachedBy[t] + 1;
      if (inPaths && mask[t] === 1) {
        pathSum += d;
        pathPairs += 1;
        if (d > diameter) diameter = d;
      }
    }
    reachedBy[s] = reachedBy[s] + 1;
    // Dependency accumulation, farthest first; predecessors are in-neighbours one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const dw = dist[w] - 1;
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let j = inStarts[w], end = inStarts[w + 1]; j < end; j++) {
        const v = inNeighbors[j];
        if (dist[v] === dw) delta[v] = delta[v] + sigma[v] * coefficient;
      }
      betweenness[w] = betweenness[w] + delta[w];
    }
    if (sampled) {
      for (let i = tail - 1; i > 0; i--) {
        const w = order[i];
        squares[w] = squares[w] + delta[w] * delta[w];
      }
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return { betweenness, squares, distanceSum, reachedBy, pathSum, pathPairs, diameter, sources: sources.length };
}
