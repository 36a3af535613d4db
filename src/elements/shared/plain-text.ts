/**
 * Markdown narrative → one line of plain text, for clamped previews until the
 * Markdown renderer is loaded. Output is text (rendered escaped), never HTML.
 * Headings become "Heading:", list items and paragraphs become sentences.
 */
export function markdownToPlainText(md: string): string {
  const parts: string[] = [];
  let inFence = false;
  for (const raw of md.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    let line = (heading ? heading[1]! : raw)
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
      .trim();
    if (!line || /^([-*_])(\s*\1){2,}$/.test(line)) continue;
    if (heading) line = /[:.!?]$/.test(line) ? line : `${line}:`;
    else if (!/[.!?:;,]$/.test(line)) line = `${line}.`;
    parts.push(line);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
