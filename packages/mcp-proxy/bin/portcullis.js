#!/usr/bin/env node
// Thin launcher so the bin exists before the first build; the CLI itself is compiled to dist/.
// Node's on-disk compile cache (Node >= 22.1) spares later runs most of the parsing of the bundle.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');

process.exitCode = await main(process.argv.slice(2));
