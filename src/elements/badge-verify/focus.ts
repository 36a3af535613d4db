/** Focus helpers that see through shadow roots (for the dialog's focus trap). */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { visibilityProperty: true });
  return (el as HTMLElement).offsetParent !== null;
}

/** Tabbable elements under `root` in tree order, descending into open shadow roots and slots. */
export function tabbables(root: Element | ShadowRoot): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (node: Element | ShadowRoot) => {
    const children = node instanceof HTMLSlotElement ? node.assignedElements({ flatten: true }) : Array.from(node.children);
    for (const child of children) {
      if (child instanceof HTMLElement && child.matches(FOCUSABLE) && !child.hidden && child.tabIndex >= 0 && isVisible(child)) {
        // a <summary> only counts as the first summary of its <details>
        if (child.localName !== 'summary' || child.parentElement?.localName === 'details') out.push(child);
      }
      if (child.shadowRoot) walk(child.shadowRoot);
      else walk(child);
    }
  };
  walk(root);
  return out;
}

/** The focused element, following shadow roots down. */
export function deepActiveElement(doc: Document | ShadowRoot = document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
