/**
 * The floor of any stdio proxy: a process that copies bytes between its stdio and a child's, parsing
 * nothing. Used by proxy-overhead.ts to show what the extra process hop itself costs.
 *
 * Run: node byte-relay.ts <command> [args...]
 */
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (command === undefined) throw new Error('usage: byte-relay.ts <command> [args...]');
const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
process.stdin.pipe(child.stdin);
child.stdout.pipe(process.stdout);
process.stdin.on('end', () => child.kill());
