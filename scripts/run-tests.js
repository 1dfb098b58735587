#!/usr/bin/env node
// Runs the compiled tests with node's test runner: `node scripts/run-tests.js [unit|integration|e2e ...] [--only SUBSTR]`.
// Test files are dist/tests/<kind>/**/*.test.js; integration and e2e files need Redis, Elasticsearch and CoreNLP
// (`labourwatch services up`).
//
// Two lanes run side by side:
// - unit files touch no service and are CPU-bound: they run LABOURWATCH_TEST_JOBS at a time (default: the number
//   of cores), each in its own process, and their output is printed whole when the file ends;
// - integration and e2e files share one Elasticsearch, one Redis and one CoreNLP, each under its own random
//   prefix (tests/helpers.ts usePrefix), its own ports (listen(0)) and its own proxies for outages, so they do not
//   see each other: they run LABOURWATCH_TEST_SERVICE_JOBS at a time (default 2: much of their time is spent
//   waiting on sleeps, backoffs and the services, not on our cores). A file whose source has a line
//   `// run-tests: alone` runs with no other service file beside it (timing-sensitive, or not isolated).
// While service files run, the unit lane keeps only the cores they leave (at least one slot).
// Unit files share processes: most take a second or two, and most of that is starting node and loading the
// extractors (gazetteer, patterns), so they run in groups — one `node` process imports several test files, whose
// tests then run one after another in it (about a quarter of the CPU of one process per file). A file marked
// `// run-tests: own-process` (it changes process-wide state), or one that took 8 s or more last time, runs in
// its own process. When a group fails, its files are run again one by one to name the file that fails.
// LABOURWATCH_TEST_GROUPS=off runs every unit file in its own process.
// Files start slowest first, by their last measured duration (.cache/test-history.json; in a fresh checkout, files
// with a line `// run-tests: slow` first), so that the longest file does not start last. At the end a table of per-file durations (slowest first) is printed and written to
// .cache/test-times.json.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const kinds = args.length ? args : ['unit', 'integration', 'e2e'];
const cores = availableParallelism();
const jobs = Math.max(1, Number(process.env.LABOURWATCH_TEST_JOBS) || cores);
const serviceJobs = Math.max(1, Number(process.env.LABOURWATCH_TEST_SERVICE_JOBS) || 2);

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
const historyPath = join(root, '.cache', 'test-history.json');
/** file → seconds it took last time it ran (any run, whole or partial). */
let history = {};
try {
  history = JSON.parse(readFileSync(historyPath, 'utf8'));
} catch {
  /* first run: files start in name order */
}
/** `// run-tests: <mark>` lines of a test file's source. */
const marks = new Map();
const marked = (f, mark) => {
  if (!marks.has(f)) marks.set(f, readFileSync(sourceOf(f), 'utf8').match(/^\/\/ run-tests: \w+$/gm) ?? []);
  return marks.get(f).includes(`// run-tests: ${mark}`);
};
const alone = (f) => marked(f, 'alone');
/** Last duration; with none (a fresh checkout), a file marked `// run-tests: slow` counts as a minute. */
const expected = (f) => history[name(f)] ?? (marked(f, 'slow') ? 60 : 0);
const slowestFirst = (list) => list.sort((a, b) => expected(b) - expected(a));

/** A group of unit files: one entry module that imports each in turn (their tests register and run in order). */
let groupDir;
/**
 * A second test reporter for groups: it sums each file's top-level test durations and writes them as JSON, so a
 * file's own time is known inside its group (a file that grew slow gets its own process next time).
 */
const FILE_TIMES_REPORTER = `export default async function* fileTimes(source) {
  const ms = {};
  for await (const e of source)
    if ((e.type === 'test:pass' || e.type === 'test:fail') && e.data.nesting === 0 && e.data.file)
      ms[e.data.file] = (ms[e.data.file] ?? 0) + (e.data.details?.duration_ms ?? 0);
  yield JSON.stringify(ms);
}
`;
function groupDirectory() {
  if (!groupDir) {
    groupDir = mkdtempSync(join(tmpdir(), 'labourwatch-test-groups-'));
    writeFileSync(join(groupDir, 'file-times.mjs'), FILE_TIMES_REPORTER);
  }
  return groupDir;
}
function groupEntry(group) {
  const entry = join(groupDirectory(), `group-${group.id}.mjs`);
  writeFileSync(entry, group.files.map((f) => `await import(${JSON.stringify(pathToFileURL(f).href)});\n`).join(''));
  return entry;
}
const groupTimesFile = (group) => join(groupDirectory(), `group-${group.id}-times.json`);
/**
 * Each file's seconds in a group that took `secs`: its own tests' time plus an even share of what no test
 * accounts for (starting node, loading modules); an even share of all when the reporter wrote nothing.
 */
function groupShares(group, secs) {
  let ms = {};
  try {
    ms = JSON.parse(readFileSync(groupTimesFile(group), 'utf8'));
  } catch {
    /* no per-file times: even shares */
  }
  const own = group.files.map((f) => (ms[f] ?? 0) / 1000);
  const rest = Math.max(0, secs - own.reduce((a, b) => a + b, 0)) / group.files.length;
  return group.files.map((f, i) => ({ file: f, secs: own[i] + rest }));
}
const isGroup = (f) => typeof f === 'object';
const label = (f) =>
  isGroup(f) ? `unit group ${f.id} (${f.files.length} files: ${f.files.map(name).join(', ')})` : name(f);

/** One file (or group) in its own `node` process; `stream` prints its output as it comes, else when it ends. */
function runFile(file, stream) {
  if (isGroup(file)) return runGroup(file);
  return runOne(file, stream);
}
/** A group; when it fails, each of its files again on its own, so the failure names a file. */
async function runGroup(group) {
  const started = Date.now();
  const ok = await runOne(group, false, false);
  const secs = (Date.now() - started) / 1000;
  if (ok) {
    for (const g of groupShares(group, secs)) results.push({ file: name(g.file), secs: g.secs, ok, grouped: true });
    return true;
  }
  process.stdout.write(`  unit group ${group.id} failed: running its files one by one\n`);
  let any = false;
  for (const f of group.files) any = !(await runOne(f, false)) || any;
  if (!any) results.push({ file: label(group), secs, ok: false });
  return false;
}
function runOne(file, stream, record = true) {
  const started = Date.now();
  const args = isGroup(file)
    ? [
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        `--test-reporter=${pathToFileURL(join(groupDirectory(), 'file-times.mjs')).href}`,
        `--test-reporter-destination=${groupTimesFile(file)}`,
        groupEntry(file),
      ]
    : ['--test', '--test-reporter=spec', file];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    const take = (d) => {
      if (stream) process.stdout.write(d);
      else chunks.push(d);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    if (stream) process.stdout.write(`\n▶ ${label(file)}\n`);
    child.on('close', (code, signal) => {
      const secs = (Date.now() - started) / 1000;
      const ok = code === 0;
      if (!stream) process.stdout.write(`\n▶ ${label(file)}\n${Buffer.concat(chunks).toString()}`);
      process.stdout.write(
        `${ok ? '✔' : '✖'} ${label(file)} — ${secs.toFixed(1)} s${ok ? '' : ` (exit ${code ?? signal})`}\n`,
      );
      if (record) results.push({ file: name(file), secs, ok });
      resolve(ok);
    });
  });
}

const service = slowestFirst([...(files.integration ?? []), ...(files.e2e ?? [])]);
const ownProcess = (f) => marked(f, 'own-process') || expected(f) >= 8;
/** Unit files: the slow or marked ones alone, the rest dealt round-robin (slowest first) into jobs × 4 groups. */
function unitWork(list) {
  const single = list.filter(ownProcess);
  const rest = list.filter((f) => !ownProcess(f));
  if (rest.length < 2) return slowestFirst(list);
  if (process.env.LABOURWATCH_TEST_GROUPS === 'off') return slowestFirst(list);
  const count = Math.max(jobs, Math.min(jobs * 4, Math.ceil(rest.length / 6)));
  const groups = Array.from({ length: count }, (_, i) => ({ id: i + 1, files: [] }));
  slowestFirst(rest).forEach((f, i) => groups[i % count].files.push(f));
  // a group costs about the sum of its files' recorded times (each measured inside a group)
  const weight = (w) => (isGroup(w) ? w.files.reduce((t, f) => t + Math.max(0.5, expected(f)), 0) : expected(w));
  return [...single, ...groups].sort((a, b) => weight(b) - weight(a));
}
const unit = unitWork([...(files.unit ?? [])]);
// with two or more service files at once, their output is printed whole when each ends (else it interleaves)
const stream = serviceJobs === 1 || service.length === 1;
let serviceActive = 0;
let aloneActive = false;

/** A pool: `pick()` returns the next file that may start now (or undefined), `slots()` how many may run. */
function pool(pick, slots, onStart, onEnd, stream) {
  let active = 0;
  return new Promise((done) => {
    const next = () => {
      while (active < slots()) {
        const f = pick(active);
        if (!f) break;
        active++;
        onStart(f);
        runFile(f, stream).then(() => {
          active--;
          onEnd(f);
          next();
          wake();
        });
      }
      if (!active && !pick(0, true)) done();
    };
    waiters.push(next);
    next();
  });
}
/** Each pool re-checks when the other's files end (the unit lane's slots depend on the service lane). */
const waiters = [];
const wake = () => {
  for (const w of waiters) w();
};

const serviceLane = pool(
  (active, peek) => {
    if (peek) return service[0];
    if (aloneActive || !service.length) return undefined;
    const i = active ? service.findIndex((f) => !alone(f)) : 0;
    return i < 0 ? undefined : service.splice(i, 1)[0];
  },
  () => serviceJobs,
  (f) => {
    serviceActive++;
    if (alone(f)) aloneActive = true;
  },
  (f) => {
    serviceActive--;
    if (alone(f)) aloneActive = false;
  },
  stream,
);
const unitLane = pool(
  (_active, peek) => (peek ? unit[0] : unit.shift()),
  () => Math.max(1, jobs - serviceActive),
  () => undefined,
  () => undefined,
  false,
);

const started = Date.now();
await Promise.all([serviceLane, unitLane]);
const total = (Date.now() - started) / 1000;
if (groupDir) rmSync(groupDir, { recursive: true, force: true });

results.sort((a, b) => b.secs - a.secs);
const failed = results.filter((r) => !r.ok);
process.stdout.write(
  `\nper-file durations (${results.length} files, ${jobs} unit jobs, ${serviceJobs} service jobs, wall ${total.toFixed(1)} s):\n`,
);
for (const r of results)
  process.stdout.write(
    `  ${r.secs.toFixed(1).padStart(7)} s  ${r.ok ? ' ' : '✖'} ${r.file}${r.grouped ? ' (in a group: its tests + a share of the start)' : ''}\n`,
  );
try {
  mkdirSync(join(root, '.cache'), { recursive: true });
  writeFileSync(
    join(root, '.cache', 'test-times.json'),
    JSON.stringify({ at: new Date().toISOString(), wallSecs: total, jobs, serviceJobs, files: results }, null, 2),
  );
  // re-read: another run may have written it meanwhile
  let now = {};
  try {
    now = JSON.parse(readFileSync(historyPath, 'utf8'));
  } catch {}
  for (const r of results) now[r.file] = Math.round(r.secs * 10) / 10;
  writeFileSync(historyPath, `${JSON.stringify(now, null, 2)}\n`);
} catch {
  /* a read-only checkout still gets the table above */
}
if (failed.length)
  process.stdout.write(`\n${failed.length} file(s) failed:\n${failed.map((r) => `  ✖ ${r.file}`).join('\n')}\n`);
else process.stdout.write(`\nall ${results.length} files passed in ${total.toFixed(1)} s\n`);
process.exit(failed.length ? 1 : 0);
