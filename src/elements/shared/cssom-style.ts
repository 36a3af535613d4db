/**
 * `cssomStyle({ inlineSize: '40%' })`: sets inline styles through the CSSOM (`el.style.setProperty`),
 * also on the first render. Lit's `styleMap` writes a `style="…"` attribute on first render, which a
 * strict CSP (`style-src 'self'` without `'unsafe-inline'`) refuses; CSSOM writes are allowed.
 * Use it in element position: `<span ${cssomStyle({ inlineSize: `${pct}%` })}></span>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssomStyleInfo = Record<string, string | number | undefined | null>;

const toProp = (name: string): string => (name.startsWith('--') || name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes in element position: <div ${cssomStyle({...})}>');
  }

  render(_styles: CssomStyleInfo) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [CssomStyleInfo]) {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      const prop = toProp(name);
      if (value === undefined || value === null || value === '') continue;
      style.setProperty(prop, String(value));
      next.add(prop);
    }
    for (const prop of this.previous) if (!next.has(prop)) style.removeProperty(prop);
    this.previous = next;
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
