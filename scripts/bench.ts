// `npm run bench [-- NAME...]`: runs every module in scripts/bench/ that exports `run(): Promise<void>`,
// in name order (or only the named ones). Each runs in a process of its own, so that its time and
// memory figures (peak RSS above all) do not depend on what ran before it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const nameOf = (file: string) => basename(file).replace(/\.[^.]+$/, '');

async function runOne(file: string): Promise<void> {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') {
    process.stderr.write(`bench: ${file} exports no run(); skipped\n`);
    return;
  }
  const t0 = performance.now();
  await mod.run();
  process.stdout.write(`(${nameOf(file)}: ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}

const args = process.argv.slice(2);
const child = args.indexOf('--child');
if (child !== -1) {
  await runOne(args[child + 1]!);
} else {
  const wanted = args.filter((a) => !a.startsWith('-'));
  const modules = readdirSync(dir)
    .filter((f) => /\.(ts|mjs|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort()
    .filter((f) => wanted.length === 0 || wanted.includes(nameOf(f)));
  if (modules.length === 0) {
    process.stderr.write(`bench: nothing to run in ${dir}${wanted.length ? ` matching ${wanted.join(', ')}` : ''}\n`);
    process.exitCode = 2;
  }
  for (const file of modules) {
    process.stdout.write(`\n== ${nameOf(file)}\n`);
    // The same node and loader (tsx) as this process.
    const result = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', file], { stdio: 'inherit' });
    if (result.status !== 0) {
      process.stderr.write(`bench ${nameOf(file)} failed (exit ${result.status ?? result.signal})\n`);
      process.exitCode = 1;
    }
  }
}
