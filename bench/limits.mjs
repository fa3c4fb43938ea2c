#!/usr/bin/env node
// The limits of one run (README, "How far one machine goes"): inventories at
// the stated limits validate and map within Node's default heap (exit 0), and
// one past the CSV allowance or the rows one run holds is refused at once
// (exit 1, one located error). Short rows test the rows: 128 MB of them would
// be millions more than a run holds.
// One run each (they take minutes); synthetic inputs are generated into the
// system's temp folder and removed.
//   node bench/limits.mjs            all cases
//   node bench/limits.mjs actors     only the cases whose name contains "actors"
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEcosystem } from './generate-ecosystem.mjs';
import { measure, row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const only = process.argv[2];

/** Widens every actor row with five text columns, as inventories with notes and addresses have. */
function widen(dir) {
  const file = path.join(dir, 'actors.csv');
  const note = 'Kehitysyhtiön yhteyshenkilö, puhelin ja osoite kirjattu erikseen';
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const wide = lines.map((l, i) => (i === 0 ? `${l},note1,note2,note3,note4,note5` : `${l}${`,"${note} ${i}"`.repeat(5)}`));
  writeFileSync(file, `${wide.join('\n')}\n`);
}

/** Rows as short as rows get: `a1,N1,company`, and links between random actors. */
function shortRows(dir, actors, links) {
  mkdirSync(dir, { recursive: true });
  let seed = 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const a = ['id,name,sector'];
  for (let i = 0; i < actors; i++) a.push(`a${i},N${i},company`);
  writeFileSync(path.join(dir, 'actors.csv'), `${a.join('\n')}\n`);
  const l = ['source,target'];
  for (let i = 0; i < links; i++) l.push(`a${Math.floor(random() * actors)},a${Math.floor(random() * actors)}`);
  writeFileSync(path.join(dir, 'links.csv'), `${l.join('\n')}\n`);
}

const cases = [
  { name: 'actors at the map limit: 1,000,000 actors, 1,000,000 links', actors: 1_000_000, links: 1_000_000 },
  { name: 'links at the map limit: 100,000 actors, 3,000,000 links', actors: 100_000, links: 3_000_000 },
  { name: 'wide actors CSV: 250,000 actors of ~400 bytes', actors: 250_000, links: 250_000, wide: true },
  { name: 'beyond the CSV allowance: 2,000,000 actors, 2,000,000 links (refused at once)', actors: 2_000_000, links: 2_000_000 },
  { name: 'rows at the validate limit: 2,000,000 short actors, 2,999,999 short links', actors: 2_000_000, links: 2_999_999, short: true },
  { name: 'beyond the rows one run holds: 2,000,001 short actors (refused at once)', actors: 2_000_001, links: 0, short: true },
].filter((c) => only === undefined || c.name.includes(only));

console.log(row(['inventory', 'CSV MB', 'command', 'wall', 'peak memory', 'exit']));
console.log(row(['---', '---:', '---', '---:', '---:', '---:']));
for (const c of cases) {
  const dir = path.join(tmpdir(), `eco-limits-${c.actors}-${c.links}${c.wide ? '-wide' : ''}${c.short ? '-short' : ''}`);
  if (c.short) shortRows(dir, c.actors, c.links);
  else writeEcosystem(dir, { actors: c.actors, links: c.links, seed: 1 });
  if (c.wide) widen(dir);
  const mb = ['actors.csv', 'links.csv'].reduce((n, f) => n + readFileSync(path.join(dir, f)).length, 0) / 1e6;
  for (const command of [
    ['validate', dir, '--quiet', '--format', 'json', '-o', '/dev/null'],
    ['map', dir, '--quiet', '--format', 'json', '-o', '/dev/null'],
  ]) {
    const r = measure(process.execPath, [eco, ...command], { runs: 1 });
    console.log(row([c.name, mb.toFixed(0), `eco ${command[0]}`, `${r.seconds.toFixed(0)} s`, `${(r.mb / 1024).toFixed(2)} GB`, String(r.status)]));
  }
  rmSync(dir, { recursive: true, force: true });
}
