/**
 * `markdown(text, opts)`: a Lit directive for narrative fields. Shows the text as plain text at
 * once, loads the renderer (`markdown.ts`: marked + DOMPurify) with `import()` on first use, then
 * swaps in the sanitized fragment. If the renderer cannot load (offline, blocked chunk), the plain
 * text stays. Never uses `unsafeHTML`: the value is a DOM fragment made by the sanitizer.
 */
import { html, noChange, nothing } from 'lit';
import { AsyncDirective, directive, type PartInfo, PartType } from 'lit/async-directive.js';
import type { MarkdownOptions } from './markdown.js';

type Engine = typeof import('./markdown.js');
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

/** Loads the Markdown renderer once per page (a lazy chunk). */
export function loadMarkdownEngine(): Promise<Engine> {
  loading ??= import('./markdown.js').then((m) => (engine = m));
  loading.catch(() => {
    loading = undefined; // a later render may try again
  });
  return loading;
}

/** True once the renderer chunk is loaded (tests, and to skip the plain-text flash). */
export function markdownEngineLoaded(): boolean {
  return engine !== undefined;
}

class MarkdownDirective extends AsyncDirective {
  private key?: string;
  /** The key whose rendered fragment is on screen. */
  private shown?: string;
  private args?: [string, MarkdownOptions];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('markdown() only works in child position');
  }

  render(text: string | undefined, opts: MarkdownOptions = {}) {
    if (!text) {
      this.key = this.shown = undefined;
      return nothing;
    }
    const key = `${opts.headingLevel ?? ''}|${opts.images ? 1 : 0}|${opts.maxLength ?? ''}|${text}`;
    if (key === this.key) return noChange;
    this.key = key;
    this.args = [text, opts];
    if (engine) {
      this.shown = key;
      return engine.renderMarkdown(text, opts);
    }
    this.upgrade();
    return html`<p class="md-plain">${text}</p>`;
  }

  private upgrade(): void {
    const key = this.key;
    const args = this.args;
    if (!key || !args) return;
    loadMarkdownEngine().then(
      (m) => {
        if (this.key === key && this.shown !== key && this.isConnected) {
          this.shown = key;
          this.setValue(m.renderMarkdown(...args));
        }
      },
      () => undefined,
    );
  }

  protected override reconnected(): void {
    if (this.key !== this.shown) this.upgrade();
  }
}

export const markdown = directive(MarkdownDirective);
