#!/usr/bin/env node
// Writes a synthetic ecosystem (seeded, so the same arguments give the same
// files): actors across sectors and layers with valid business ids, and links
// that mostly stay within a sector cluster, with a few hubs, like real inventories.
//   node bench/generate-ecosystem.mjs --actors 10000 --links 50000 --seed 1 --out /tmp/eco-10k
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom as random } from '../dist/analysis/random.js';

const SECTORS = ['company', 'company', 'company', 'company', 'research', 'education', 'public', 'financier', 'association', 'community'];
const LAYERS = ['orchestrator', 'partner', 'active', 'active', 'passive', 'passive', 'passive', 'potential'];
const TYPES = ['collaboration', 'funding', 'membership', 'knowledge', 'supply', 'communication'];
const CITIES = ['Tampere', 'Iisalmi', 'Raahe', 'Savonlinna', 'Rauma', 'Kuusamo', 'Kauhajoki', 'Keuruu', 'Heinola', 'Kristiinankaupunki'];

function businessId(n) {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  for (let k = n; ; k++) {
    const digits = String(1000000 + (k % 9000000)).padStart(7, '0');
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
    const r = sum % 11;
    if (r !== 1) return `${digits}-${r === 0 ? 0 : 11 - r}`;
  }
}

export function generate({ actors, links, seed }) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const actorRows = ['id,name,sector,layer,city,businessId'];
  const sectorOf = [];
  for (let i = 0; i < actors; i++) {
    const sector = i === 0 ? 'public' : pick(SECTORS);
    const layer = i === 0 ? 'orchestrator' : pick(LAYERS.slice(1));
    sectorOf.push(sector);
    actorRows.push(
      `a${i},Toimija ${i} ${sector === 'company' ? 'Oy' : sector === 'association' ? 'ry' : ''},${sector},${layer},${pick(CITIES)},${businessId(i * 7919)}`,
    );
  }
  // Hubs: a few actors attract many links (preferential-attachment-like).
  const hubs = Array.from({ length: Math.max(1, Math.floor(actors / 200)) }, () => Math.floor(rnd() * actors));
  const linkRows = ['source,target,type,weight'];
  const seen = new Set();
  let made = 0;
  while (made < links) {
    const s = rnd() < 0.15 ? pick(hubs) : Math.floor(rnd() * actors);
    // Mostly near neighbours (a ring of clusters), sometimes anywhere.
    const t = rnd() < 0.7 ? (s + 1 + Math.floor(rnd() * 50)) % actors : Math.floor(rnd() * actors);
    if (s === t) continue;
    const key = s < t ? `${s}:${t}` : `${t}:${s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    linkRows.push(`a${s},a${t},${pick(TYPES)},${1 + Math.floor(rnd() * 3)}`);
    made++;
  }
  return { actors: `${actorRows.join('\n')}\n`, links: `${linkRows.join('\n')}\n` };
}

export function writeEcosystem(out, options) {
  const { actors, links } = generate(options);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'actors.csv'), actors);
  writeFileSync(path.join(out, 'links.csv'), links);
  writeFileSync(
    path.join(out, 'ecosystem.yaml'),
    `schema: eco/v1\necosystem:\n  id: synthetic-${options.actors}\n  name: Synthetic ecosystem (${options.actors} actors, ${options.links} links, seed ${options.seed})\n  kind: network\n  orchestrators: [a0]\nactors: actors.csv\nlinks: links.csv\n`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const { values } = parseArgs({
    options: { actors: { type: 'string' }, links: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  if (!values.actors || !values.links || !values.out) {
    console.error('usage: generate-ecosystem.mjs --actors N --links M [--seed S] --out DIR');
    process.exit(2);
  }
  writeEcosystem(values.out, { actors: Number(values.actors), links: Number(values.links), seed: Number(values.seed) });
}
