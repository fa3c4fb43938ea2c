// The package as a user gets it: `npm pack`, a global install of the tarball
// into a temporary prefix, `eco init`/`validate`/`map` from a folder outside
// this repository, and every step of examples/ci/github-actions.yml run as
// GitHub would run it in a user's repository holding the tarball.
//
//   node scripts/check-package.mjs   (after `npm run build`)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'eco-package-'));
const prefix = join(work, 'prefix');
const env = { ...process.env, npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}:${process.env.PATH}` };

function run(command, args, cwd, extra = {}) {
  const result = spawnSync(command, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`check-package: ${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
}

try {
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  process.stdout.write(`packed ${tarball}\n`);

  // A user's own repository: eco's tarball in tools/, their ecosystem in ecosystem/.
  const repository = join(work, 'repository');
  mkdirSync(join(repository, 'tools'), { recursive: true });
  cpSync(join(work, tarball), join(repository, 'tools', tarball));
  cpSync(join(root, 'examples', 'seutukaupungit'), join(repository, 'ecosystem'), { recursive: true });

  const workflow = parse(readFileSync(join(root, 'examples', 'ci', 'github-actions.yml'), 'utf8'));
  if (workflow.env.ECO_PACKAGE !== `./tools/${tarball}`) throw new Error(`the workflow installs ${workflow.env.ECO_PACKAGE}, not ./tools/${tarball}`);
  const runnerTemp = join(work, 'runner');
  mkdirSync(runnerTemp);
  const stepEnv = { ...workflow.env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: repository, SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 30) / 1000) };
  const summaries = [];
  for (const [i, step] of workflow.jobs.status.steps.entries()) {
    // Pushing a commit needs GitHub; the rest runs here as it would there, each step with its own job summary file.
    if (!step.run || step.name === 'Commit the report') continue;
    const summary = join(runnerTemp, `step-summary-${i}.md`);
    writeFileSync(summary, '');
    run('bash', ['-eo', 'pipefail', '-c', step.run], repository, { ...stepEnv, GITHUB_STEP_SUMMARY: summary });
    summaries.push(readFileSync(summary, 'utf8'));
    process.stdout.write(`workflow step: ${step.name}\n`);
  }
  if (!summaries.some((text) => text.includes('## Tavoitteet yhdellä silmäyksellä'))) throw new Error('no step put the goals dashboard in the job summary');
  if (summaries.filter((text) => text !== '').length !== 1) throw new Error('the goals dashboard should be in the job summary once, by the last step');
  for (const report of ['status.md', 'status.html']) {
    if (!existsSync(join(repository, 'reports', report))) throw new Error(`the workflow wrote no reports/${report}`);
  }

  // A new user's first steps, from a folder that is not this repository.
  const elsewhere = join(work, 'elsewhere');
  mkdirSync(elsewhere);
  const version = run('eco', ['--version'], elsewhere).trim();
  if (version !== JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) throw new Error(`eco --version says ${version}`);
  run('eco', ['init', 'oma'], elsewhere);
  run('eco', ['validate', 'oma'], elsewhere);
  run('eco', ['map', 'oma', '--format', 'html', '-o', 'tilannekuva.html'], elsewhere);
  run('eco', ['map', 'oma', '--format', 'md', '-o', 'tilannekuva.md'], elsewhere);
  if (!readFileSync(join(elsewhere, 'tilannekuva.html'), 'utf8').includes('<svg'))
    throw new Error('the installed eco wrote an HTML report without its picture');
  process.stdout.write('installed eco: --version, init, validate, map (html, md)\n');
} catch (e) {
  process.stderr.write(`check-package: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
