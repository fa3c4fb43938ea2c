#!/usr/bin/env node
// Benchmark of `eco suggest` (whom to invite), by hold-out on real networks:
// take one country's organisations (eu-h2020, every country with 150–700)
// or one city's (no-h2020) with the ties among them as the ecosystem, remove
// a seeded fifth of them and every one of one sector, and use the whole
// network as the pool. A good ranking puts the removed organisations first:
//   precision@50 — the share of the top 50 that are removed organisations
//                  (at most removed/50 when fewer than 50 were removed);
//   sector@20    — whether the removed sector is among the top 20.
// eco's ranking is set beside ranking by degree in the pool and by plain
// count of ties to members. Then the whole command is timed against the
// eu-h2020 pool. Prints Markdown tables.
//
//   node bench/suggest.mjs [--data DIR] [--only NAME] [--json]
// --data DIR: a folder holding networks as ../shared/data does (the tests
// run the protocol on a small slice); --json prints the rows as JSON.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mapEcosystemParallel } from '../dist/analysis/map-analysis.js';
import { seededRandom } from '../dist/analysis/random.js';
import { buildPool } from '../dist/analysis/suggest/pool.js';
import { suggest } from '../dist/analysis/suggest/suggest.js';
import { checkEcosystem } from '../dist/pipeline/check-ecosystem.js';
import { measure, row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: { data: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const data = path.resolve(args.data ?? process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data'));
const SEED = 7;
const TOP = 50;

async function loadPool(folder) {
  const checked = await checkEcosystem(folder, { asOf: null });
  if (!checked.valid) throw new Error(`${folder} is not valid`);
  return checked.valid.ecosystem;
}

/** The hold-out ecosystem: the group's organisations less a seeded fifth and one whole sector, with the ties among the rest. */
function holdOut(pool, name, inGroup, seed) {
  const random = seededRandom(seed);
  const group = pool.actors.filter(inGroup);
  const counts = new Map();
  for (const a of group) if (a.sector && a.sector !== 'company' && a.sector !== 'other') counts.set(a.sector, (counts.get(a.sector) ?? 0) + 1);
  const sectors = [...counts]
    .filter(([, n]) => n >= 3)
    .map(([s]) => s)
    .sort();
  const sector = sectors[Math.floor(random() * sectors.length)] ?? null;
  const removed = new Set();
  for (const a of group) if (a.sector === sector || random() < 0.2) removed.add(a.id);
  const actors = group.filter((a) => !removed.has(a.id));
  const kept = new Set(actors.map((a) => a.id));
  const links = (pool.links ?? []).filter((l) => kept.has(l.source) && kept.has(l.target));
  return { ecosystem: { schema: 'eco/v1', ecosystem: { id: 'holdout', name }, actors, links }, removed, sector, size: group.length };
}

function precision(ids, removed) {
  const top = ids.slice(0, TOP);
  return top.filter((id) => removed.has(id)).length / TOP;
}

/** The pool's candidates ranked by a figure, best first, ties by id. */
function rankedBy(pool, figure) {
  const order = [];
  for (let c = 0; c < pool.actors.length; c++) if (pool.member[c] < 0) order.push(c);
  const value = order.map((c) => figure(pool, c));
  const byIndex = new Map(order.map((c, i) => [c, value[i]]));
  order.sort((a, b) => byIndex.get(b) - byIndex.get(a) || (pool.actors[a].id < pool.actors[b].id ? -1 : 1));
  return order.map((c) => pool.actors[c].id);
}
const degree = (pool, c) => pool.offset[c + 1] - pool.offset[c];
const tiesToMembers = (pool, c) => {
  let n = 0;
  for (let k = pool.offset[c]; k < pool.offset[c + 1]; k++) if (pool.member[pool.neighbour[k]] >= 0) n++;
  return n;
};

async function evaluate(network, pool, groups) {
  const rows = [];
  for (const [i, { name, inGroup }] of groups.entries()) {
    if (args.only && args.only !== name) continue;
    // Each ecosystem its own seed, so the removed sector varies from one to the next.
    const held = holdOut(pool, name, inGroup, SEED + i);
    const map = (await mapEcosystemParallel(held.ecosystem, { directed: false, links: 'all', exact: false, seed: 42, asOf: null })).result;
    const source = [{ label: network, ecosystem: pool }];
    const result = suggest(held.ecosystem, map, source, { top: TOP });
    const ids = result.candidates.map((c) => c.id);
    const built = buildPool(source, held.ecosystem.actors);
    const inTop20 = result.candidates.slice(0, 20).some((c) => c.sector === held.sector);
    rows.push({
      network,
      name,
      organisations: held.size,
      removed: held.removed.size,
      sector: held.sector,
      eco: precision(ids, held.removed),
      sectorInTop20: held.sector === null ? null : inTop20,
      degree: precision(rankedBy(built, degree), held.removed),
      tieCount: precision(rankedBy(built, tiesToMembers), held.removed),
      best: Math.min(1, held.removed.size / TOP),
    });
  }
  return rows;
}

const rows = [];
const networks = [];
if (existsSync(path.join(data, 'eu-h2020'))) {
  const pool = await loadPool(path.join(data, 'eu-h2020'));
  const counts = new Map();
  for (const a of pool.actors) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  const countries = [...counts].filter(([, n]) => n >= 150 && n <= 700).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  rows.push(
    ...(await evaluate(
      'eu-h2020',
      pool,
      countries.map(([country]) => ({ name: country, inGroup: (a) => a.country === country })),
    )),
  );
  networks.push('eu-h2020');
}
if (existsSync(path.join(data, 'no-h2020'))) {
  const pool = await loadPool(path.join(data, 'no-h2020'));
  const counts = new Map();
  for (const a of pool.actors) if (a.city) counts.set(a.city, (counts.get(a.city) ?? 0) + 1);
  const cities = [...counts].filter(([, n]) => n >= 40).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  rows.push(
    ...(await evaluate(
      'no-h2020',
      pool,
      cities.map(([city]) => ({ name: city, inGroup: (a) => a.city === city })),
    )),
  );
  networks.push('no-h2020');
}
if (rows.length === 0) throw new Error(`no networks in ${data}`);

if (args.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const f = (x) => x.toFixed(2);
  console.log(
    row(['network', 'ecosystem', 'organisations', 'removed (sector)', 'eco p@50', 'sector in top 20', 'degree p@50', 'tie count p@50', 'best possible']),
  );
  console.log(row(['---', '---', '---:', '---', '---:', '---', '---:', '---:', '---:']));
  for (const r of rows) {
    console.log(
      row([
        r.network,
        r.name,
        r.organisations,
        `${r.removed} (${r.sector ?? '–'})`,
        f(r.eco),
        r.sectorInTop20 === null ? '–' : r.sectorInTop20 ? 'yes' : 'no',
        f(r.degree),
        f(r.tieCount),
        f(r.best),
      ]),
    );
  }
  if (networks.includes('eu-h2020')) {
    // The whole command against the whole Horizon 2020 network: a Finnish ecosystem of its Finnish organisations less a fifth.
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-bench-suggest-'));
    try {
      const pool = await loadPool(path.join(data, 'eu-h2020'));
      const held = holdOut(pool, 'FI', (a) => a.country === 'FI', SEED);
      const csv = (rows) => rows.map((r) => r.map((c) => `"${String(c ?? '').replaceAll('"', '""')}"`).join(',')).join('\n');
      writeFileSync(
        path.join(dir, 'actors.csv'),
        `${csv([['id', 'name', 'sector', 'country', 'city'], ...held.ecosystem.actors.map((a) => [a.id, a.name, a.sector, a.country, a.city])])}\n`,
      );
      writeFileSync(
        path.join(dir, 'links.csv'),
        `${csv([['source', 'target', 'weight'], ...held.ecosystem.links.map((l) => [l.source, l.target, l.weight])])}\n`,
      );
      const m = measure(process.execPath, [path.join(root, 'bin', 'eco.js'), 'suggest', dir, '--pool', path.join(data, 'eu-h2020'), '--format', 'json', '-q'], {
        runs: 3,
      });
      if (m.status !== 0) throw new Error(m.stderr);
      console.log(`\n${row(['command', 'seconds', 'peak MB'])}\n${row(['---', '---:', '---:'])}`);
      console.log(row([`eco suggest (FI, ${held.ecosystem.actors.length} actors) --pool eu-h2020`, m.seconds.toFixed(1), Math.round(m.mb)]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
