#!/usr/bin/env node
// Thin launcher so the bin exists before the first build; the CLI itself is compiled to dist/.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
