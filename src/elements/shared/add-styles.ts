/**
 * `addStyles(root, [sheet])`: adds style sheets to a shadow root after the element's own
 * (`static styles`), once each. Lazily loaded parts of an element (the card's verify mark, its
 * details panel) bring their CSS with them instead of weighing on every page. Same mechanism as
 * Lit: adopted style sheets (no `<style>` elements, so a strict CSP allows them), `<style>`
 * elements (with `litNonce`) where adopting is not supported.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const added = new WeakMap<Node, Set<CSSResult>>();

export function addStyles(root: HTMLElement | DocumentFragment, sheets: CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  let done = added.get(root);
  if (!done) added.set(root, (done = new Set()));
  const fresh = sheets.filter((s) => !done.has(s));
  if (!fresh.length) return;
  for (const s of fresh) done.add(s);
  if (supportsAdoptingStyleSheets) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...fresh.map((s) => s.styleSheet!)];
  } else {
    adoptStyles(root, fresh); // appends <style> elements in this mode
  }
}
