// `labourwatch <command> --help` prints its usage without loading the command's machinery: a module-resolution
// hook in the child process refuses every package from node_modules except the small config parsers (zod, yaml),
// so a command module that imports Crawlee, BullMQ, Elasticsearch, Fastify or the NLP at its top fails here.
// Nothing is timed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fromRoot } from '../../lib/paths.js';

const ALLOWED = ['zod', 'yaml'];
const HOOK = `
const allowed = ${JSON.stringify(ALLOWED)};
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  const m = /[\\\\/]node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(r.url);
  if (m && !allowed.includes(m[1])) throw new Error('--help loaded a package: ' + m[1]);
  return r;
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;
const importHook = `data:text/javascript,${encodeURIComponent(REGISTER)}`;

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', importHook, fromRoot('bin', 'labourwatch.js'), ...args], {
    encoding: 'utf8',
    // a guard against a hung child, not a time budget: a loaded 2-core machine may take minutes to load the packs
    timeout: 900_000,
    env: { ...process.env, ELASTICSEARCH_URL: 'http://127.0.0.1:1', REDIS_URL: 'redis://127.0.0.1:1' },
  });
}

const COMMANDS = [
  'extract',
  'crawl',
  'worker',
  'schedule',
  'incidents',
  'search',
  'digest',
  'serve',
  'services',
  'demo',
];

describe('--help loads no package beyond the config parsers', () => {
  it('the hook does refuse a package (the check can fail)', () => {
    const r = cli(['crawl', '--sources', fromRoot('config', 'sources.yaml'), '--once']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /--help loaded a package: /);
  });

  it('labourwatch --help lists every command', () => {
    const r = cli(['--help']);
    assert.equal(r.status, 0, r.stderr);
    for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
  });

  for (const c of COMMANDS) {
    it(`labourwatch ${c} --help`, () => {
      const r = cli([c, '--help']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, new RegExp(`labourwatch ${c}\\b`));
    });
  }
});
