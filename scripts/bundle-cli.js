// Bundles the command line's entry (src/cli.ts) with what it imports at the top
// (commander, the format lists) into dist/cli.cjs, which bin/eco.js requires:
// Node.js then reads one file instead of some twenty before it can print
// --help, and, as both are CommonJS, it never sets up its ES module loader for
// --help or --version, so `eco --help` starts within 1.2× a bare `node -e 0`
// (bench/startup.mjs). The commands stay the ES modules of dist/ that tsc
// wrote, imported when run, as they find their templates, assets and worker
// threads beside them; so do the error classes, which cli.ts tells apart with
// instanceof: there must be one copy of each, the commands'.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');

/** Leaves what is imported when needed (the commands, the error classes) as imports of the dist/ modules tsc wrote. */
const keepDistModules = {
  name: 'keep-dist-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.resolveDir.startsWith(src)) return undefined;
      // The module's place in dist/, where tsc wrote it: from dist/cli.cjs, the same path as from src/cli.ts.
      const module = path.relative(src, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      if (args.kind === 'dynamic-import') return { path: `./${module}`, external: true };
      return undefined;
    });
  },
};

/**
 * package-info.ts reads package.json by its own place (import.meta.url, which
 * CommonJS has not): in the bundle its name and version are written in when
 * built (as dist/ is, by `npm run build` and `npm pack`), which spares reading
 * and parsing a file to print --version.
 */
const packageInfo = {
  name: 'package-info',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]commands[\\/]package-info\.ts$/ }, () => {
      const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
      return { contents: `export const PACKAGE_NAME = ${JSON.stringify(name)};\nexport const VERSION = ${JSON.stringify(version)};\n`, loader: 'js' };
    });
  },
};

/** commander loads node:child_process (and with it net, dgram, streams) for executable subcommands, which eco has none of. */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`bundle-cli: ${args.path} no longer holds ${eager}`);
      const lazy = "const childProcess = { spawn: (...spawn) => require('node:child_process').spawn(...spawn) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

const { metafile } = await build({
  entryPoints: [path.join(src, 'cli.ts')],
  outfile: path.join(root, 'dist', 'cli.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  plugins: [keepDistModules, packageInfo, lazyChildProcess],
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
});

// cli.ts imports the error classes when something went wrong; a module it imports at the top may name them too
// (io/fs-errors.ts does), which is fine only while the bundle holds no copy of them.
const copied = Object.entries(metafile.outputs['dist/cli.cjs'].inputs)
  .filter(([input, { bytesInOutput }]) => input.endsWith('src/diagnostics/errors.ts') && bytesInOutput > 0)
  .map(([input]) => input);
if (copied.length > 0) throw new Error(`bundle-cli: dist/cli.cjs holds its own copy of ${copied.join(', ')}: instanceof would fail`);

// What tsc wrote for cli.ts is not what runs: bin/eco.js requires the bundle.
rmSync(path.join(root, 'dist', 'cli.js'), { force: true });
