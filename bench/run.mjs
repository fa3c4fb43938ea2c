#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

for (const script of [
  'startup.mjs',
  'validate.mjs',
  'map.mjs',
  'report.mjs',
  'explorer.mjs',
  'scale.mjs',
  'workbook.mjs',
  'suggest.mjs',
  'phases.mjs',
  'outputs.mjs',
  'sampling.mjs',
  'targets.mjs',
]) {
  console.log(`\n## ${script}\n`);
  const result = spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
