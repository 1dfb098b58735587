// Turns page bytes into a string, once, where pages enter the system (the crawler and `extract` share it).
// Order, as browsers do it: BOM, then the HTTP charset, then <meta charset> / http-equiv in the first bytes,
// then valid UTF-8, then statistical detection (chardet) — and refuses what is not a page at all.
import { createRequire } from 'node:module';
import { isUtf8 } from 'node:buffer';
import { NotAnArticleError } from '../../lib/errors.js';

export interface Decoded {
  html: string;
  encoding: string;
}

// Lazily required: most pages are UTF-8 and need neither module, and `extract` should start fast.
const require = createRequire(import.meta.url);
let iconvModule: typeof import('iconv-lite') | undefined;
const iconv = () => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));

/** WHATWG-style label aliases that iconv-lite spells differently, or that browsers widen. */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'iso8859-1': 'windows-1252',
  l1: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  ms_kanji: 'shift_jis',
  'windows-31j': 'shift_jis',
  'tis-620': 'windows-874',
  'iso-8859-11': 'windows-874',
  'x-cp1251': 'windows-1251',
  cp1251: 'windows-1251',
  koi8r: 'koi8-r',
  'ks_c_5601-1987': 'euc-kr',
};

/** Magic numbers of formats that are sometimes served as text/html. */
const BINARY_MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['OLE document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

export function normaliseCharset(label: string | undefined | null): string | undefined {
  if (!label) return undefined;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const name = ALIASES[l] ?? l;
  if (name === 'utf-8') return name;
  return iconv().encodingExists(name) ? name : undefined;
}

function bomCharset(b: Uint8Array): { enc: string; skip: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { enc: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { enc: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { enc: 'utf-16be', skip: 2 };
  return undefined;
}

/** Throws NotAnArticleError for empty bodies, known binary formats and bytes that are mostly control codes. */
function refuseNonText(b: Uint8Array): void {
  let start = 0;
  while (start < b.length && start < 4096 && (b[start] === 0x20 || (b[start]! >= 0x09 && b[start]! <= 0x0d))) start++;
  if (start >= b.length) throw new NotAnArticleError('empty page: nothing to extract');
  for (const [name, magic] of BINARY_MAGIC)
    if (magic.every((m, i) => b[start + i] === m))
      throw new NotAnArticleError(`not an HTML page: the body is a ${name} file`);
  const n = Math.min(b.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) control++;
  }
  if (control > n * 0.02) throw new NotAnArticleError('not an HTML page: the body looks binary');
}

function declaredInMarkup(b: Uint8Array): string | undefined {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 16384)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

/** The text if the bytes are valid UTF-8 (a native check, then a native decode), else undefined. */
function strictUtf8(b: Uint8Array): string | undefined {
  return isUtf8(b) ? Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8') : undefined;
}

function detect(b: Uint8Array): string {
  const chardet = require('chardet') as typeof import('chardet');
  const sample = b.subarray(0, 65536);
  for (const m of chardet.analyse(sample)) {
    const enc = normaliseCharset(m.name);
    if (enc && enc !== 'utf-8' && !/^utf-(16|32)/.test(enc)) return enc;
  }
  return 'windows-1252';
}

function decodeWith(b: Uint8Array, enc: string): string {
  if (enc === 'utf-8') return new TextDecoder('utf-8').decode(b);
  return iconv().decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), enc);
}

/** Decodes a page body. headers: lower-cased HTTP headers (content-type may carry the charset). */
export function decodePage(body: Uint8Array, headers: Record<string, string> = {}): Decoded {
  const bom = bomCharset(body);
  if (bom) return { html: decodeWith(body.subarray(bom.skip), bom.enc), encoding: bom.enc };
  refuseNonText(body);
  const http = normaliseCharset(/charset\s*=\s*["']?([\w.:-]+)/i.exec(headers['content-type'] ?? '')?.[1]);
  if (http) return { html: decodeWith(body, http), encoding: http };
  const declared = normaliseCharset(declaredInMarkup(body));
  // Declared encodings are trusted as browsers trust them (a few invalid UTF-8 bytes become U+FFFD).
  if (declared) return { html: decodeWith(body, declared), encoding: declared };
  const utf8 = strictUtf8(body);
  if (utf8 !== undefined) return { html: utf8, encoding: 'utf-8' };
  const enc = detect(body);
  return { html: decodeWith(body, enc), encoding: enc };
}
