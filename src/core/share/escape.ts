/** Escaping for the snippets this module writes (DOM-free). Credential strings are untrusted text. */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/** Control and bidi-override characters are dropped from one-line texts (names, issuer names). */
export function oneLine(value: string, max = 200): string {
  const s = value.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Escapes text for Markdown (CommonMark inline): punctuation that could start markup, and HTML. */
export function escapeMarkdown(value: string): string {
  return oneLine(value)
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A URL inside Markdown `(...)`: characters that would end or break the destination are percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[()<> \\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
