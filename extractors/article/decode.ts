// Turns page bytes into a string: HTTP charset, BOM, <meta charset>, else detection. (Thin; deepened by issue 3.)
import iconv from 'iconv-lite';

export interface Decoded { html: string; encoding: string }

export function decodePage(body: Uint8Array, headers: Record<string, string> = {}): Decoded {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const http = /charset=["']?([\w-]+)/i.exec(headers['content-type'] ?? '')?.[1];
  const head = buf.subarray(0, 4096).toString('latin1');
  const meta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  const enc = [http, meta, 'utf-8'].find((e) => e && iconv.encodingExists(e))!;
  return { html: iconv.decode(buf, enc), encoding: enc.toLowerCase() };
}
