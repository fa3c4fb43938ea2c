#!/usr/bin/env node
// CommonJS (bin/package.json), as is dist/cli.cjs: Node.js starts it without setting up its ES module loader, which only the commands need.
require('../dist/cli.cjs')
  .main(process.argv)
  .then((code) => (process.exitCode = code));
