// Article text is untrusted: everything that goes into HTML or Markdown passes through here.

export function escapeHtml(s: string | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only http(s) links are kept; anything else (javascript:, data:) yields null and is shown as text. */
export function safeUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Markdown text: backslash-escapes the characters that would start markup or inline HTML. */
export function escapeMd(s: string | null | undefined): string {
  return String(s ?? '').replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+\-!|<>~])/g, '\\$1');
}

/** A URL inside Markdown's (...): no spaces or parentheses that would end it early. */
export function mdUrl(u: string): string {
  return u.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}
