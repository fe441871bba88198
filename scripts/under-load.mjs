#!/usr/bin/env node
// `npm run test:under-load`: runs `npm test` while busy-loop processes keep CPU cores busy, the way
// a newcomer's laptop or a shared CI runner is busy. Every wait in the suite must hold up under it.
//   npm run test:under-load                       two busy loops, one run
//   npm run test:under-load -- --runs 3 --busy 2  three runs in a row; stops at the first failure
//   npm run test:under-load -- -- <command…>      another command instead of `npm test`
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const split = args.indexOf('--');
const command = split >= 0 ? args.slice(split + 1) : ['npm', 'test'];
const flags = split >= 0 ? args.slice(0, split) : args;
const read = (name, fallback) => {
  const at = flags.indexOf(name);
  const value = at >= 0 ? Number(flags[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} needs a whole number`);
    process.exit(2);
  }
  return value;
};
const runs = read('--runs', 1);
const busy = read('--busy', 2);

// Each busy loop is its own process (one core each), stopped by its pid when the runs end.
const loops = Array.from({ length: busy }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopLoops = () => loops.forEach((loop) => loop.kill('SIGKILL'));
process.on('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopLoops();
    process.exit(130);
  });
}
console.log(`${busy} busy-loop process(es) running (pids ${loops.map((l) => l.pid).join(', ')})`);

let status = 0;
for (let run = 1; run <= runs && status === 0; run++) {
  console.log(`\n=== run ${run} of ${runs} beside CPU load: ${command.join(' ')} ===\n`);
  const started = Date.now();
  // TURBO_FORCE: every run executes every task; a replay of turbo's cache would test nothing.
  status =
    spawnSync(command[0], command.slice(1), {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TURBO_FORCE: 'true' },
    }).status ?? 1;
  console.log(
    `\n=== run ${run}: ${status === 0 ? 'passed' : `failed (exit ${status})`} in ${Math.round((Date.now() - started) / 1000)} s ===`,
  );
}
stopLoops();
process.exit(status);
