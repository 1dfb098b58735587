// The reference for the speed goal: Mozilla Readability on linkedom, run as its own process over the same
// files so that the bench compares whole-process times. Prints one JSON line per page ({id, text}).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { basename } from 'node:path';

const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);

for (const file of process.argv.slice(2)) {
  const raw = readFileSync(file);
  const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  process.stdout.write(
    JSON.stringify({ id: basename(file).replace(/\.html(\.gz)?$/, ''), text: parsed?.textContent ?? '' }) + '\n',
  );
}
