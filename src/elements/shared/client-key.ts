import type { Context } from '@lit/context';
import type { BadgeClient } from '../../core/client.js';

/**
 * The page's badge client (fetcher + caches + options), shared by every element through `@lit/context`
 * (`<badge-provider>` provides one). Re-exported by `client-context.ts`, which the elements use; the wall's
 * entry takes it from here, without the badge reader that module brings.
 * (What `createContext()` returns, without importing `@lit/context` for it: the key, typed. The card's entry
 * asks for a provider with it before anything else of the library has loaded.)
 */
export const badgeClientContext = Symbol.for('badge-elements:client') as Context<symbol, BadgeClient | undefined>;

/** Whether a provider of the client (a `<badge-provider>` above) answers for `el` now: the context protocol's one-shot request. */
export function hasClientProvider(el: HTMLElement): boolean {
  let provided = false;
  const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: badgeClientContext,
    contextTarget: el,
    callback: () => (provided = true),
    subscribe: false,
  });
  el.dispatchEvent(request);
  return provided;
}
