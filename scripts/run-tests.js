#!/usr/bin/env node
// Runs the compiled tests with node's test runner. `node scripts/run-tests.js [unit|integration|e2e]`.
// Test files are dist/tests/<kind>/**/*.test.js; integration and e2e files need Redis and Elasticsearch
// (`labourwatch services up`).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const kinds = process.argv[2] ? [process.argv[2]] : ['unit', 'integration', 'e2e'];
const files = [];
function walk(dir) {
  let entries = [];
  try { entries = readdirSync(dir); } catch { return; }
  for (const e of entries.sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (e.endsWith('.test.js')) files.push(p);
  }
}
for (const k of kinds) walk(join(root, 'dist', 'tests', k));
if (!files.length) {
  console.error('no test files found under dist/tests — run `npm run build` first');
  process.exit(1);
}
// Integration tests share one Elasticsearch on 2 cores: run files one at a time, tests inside in order.
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
