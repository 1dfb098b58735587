#!/usr/bin/env node
// Runs the compiled tests with node's test runner: `node scripts/run-tests.js [unit|integration|e2e ...] [--only SUBSTR]`.
// Test files are dist/tests/<kind>/**/*.test.js; integration and e2e files need Redis, Elasticsearch and CoreNLP
// (`labourwatch services up`).
//
// Two lanes run side by side:
// - unit files touch no service and are CPU-bound: they run LABOURWATCH_TEST_JOBS at a time (default: the number
//   of cores), each in its own process, and their output is printed whole when the file ends;
// - integration and e2e files share one Elasticsearch and one Redis: they run one file at a time, in order,
//   their output streamed as it comes.
// While the serial lane runs, the unit lane keeps one slot fewer, so the two never ask for more than the cores.
// At the end a table of per-file durations (slowest first) is printed and written to .cache/test-times.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const kinds = args.length ? args : ['unit', 'integration', 'e2e'];
const cores = availableParallelism();
const jobs = Math.max(1, Number(process.env.LABOURWATCH_TEST_JOBS) || cores);

const sourceOf = (file) => join(root, relative(join(root, 'dist'), file)).replace(/\.js$/, '.ts');
function walk(dir, out = []) {
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries.sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    // a compiled test whose source was deleted stays in dist/ (tsc removes nothing): skip it
    else if (e.endsWith('.test.js') && (!only || p.includes(only)) && existsSync(sourceOf(p))) out.push(p);
  }
  return out;
}
const files = Object.fromEntries(kinds.map((k) => [k, walk(join(root, 'dist', 'tests', k))]));
if (!Object.values(files).flat().length) {
  console.error('no test files found under dist/tests — run `npm run build` first');
  process.exit(1);
}

const results = [];
const name = (f) => relative(join(root, 'dist', 'tests'), f);

/** One file in its own `node --test` process; `stream` prints its output as it comes, else when it ends. */
function runFile(file, stream) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    const take = (d) => {
      if (stream) process.stdout.write(d);
      else chunks.push(d);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    if (stream) process.stdout.write(`\n▶ ${name(file)}\n`);
    child.on('close', (code, signal) => {
      const secs = (Date.now() - started) / 1000;
      const ok = code === 0;
      if (!stream) process.stdout.write(`\n▶ ${name(file)}\n${Buffer.concat(chunks).toString()}`);
      process.stdout.write(
        `${ok ? '✔' : '✖'} ${name(file)} — ${secs.toFixed(1)} s${ok ? '' : ` (exit ${code ?? signal})`}\n`,
      );
      results.push({ file: name(file), secs, ok });
      resolve(ok);
    });
  });
}

const serial = [...(files.integration ?? []), ...(files.e2e ?? [])];
const parallel = [...(files.unit ?? [])];
let serialRunning = serial.length > 0;

async function serialLane() {
  for (const f of serial) await runFile(f, true);
  serialRunning = false;
}

async function unitLane() {
  const slots = () => Math.max(1, serialRunning ? jobs - 1 : jobs);
  let active = 0;
  await new Promise((done) => {
    const next = () => {
      if (!parallel.length && !active) return done();
      while (parallel.length && active < slots()) {
        active++;
        runFile(parallel.shift(), false).then(() => {
          active--;
          next();
        });
      }
    };
    next();
  });
}

const started = Date.now();
await Promise.all([serialLane(), unitLane()]);
const total = (Date.now() - started) / 1000;

results.sort((a, b) => b.secs - a.secs);
const failed = results.filter((r) => !r.ok);
process.stdout.write(
  `\nper-file durations (${results.length} files, ${jobs} unit jobs, wall ${total.toFixed(1)} s):\n`,
);
for (const r of results) process.stdout.write(`  ${r.secs.toFixed(1).padStart(7)} s  ${r.ok ? ' ' : '✖'} ${r.file}\n`);
try {
  mkdirSync(join(root, '.cache'), { recursive: true });
  writeFileSync(
    join(root, '.cache', 'test-times.json'),
    JSON.stringify({ at: new Date().toISOString(), wallSecs: total, jobs, files: results }, null, 2),
  );
} catch {
  /* a read-only checkout still gets the table above */
}
if (failed.length)
  process.stdout.write(`\n${failed.length} file(s) failed:\n${failed.map((r) => `  ✖ ${r.file}`).join('\n')}\n`);
else process.stdout.write(`\nall ${results.length} files passed in ${total.toFixed(1)} s\n`);
process.exit(failed.length ? 1 : 0);
