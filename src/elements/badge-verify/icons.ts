import { svg, type SVGTemplateResult } from 'lit';
import type { CheckOutcome } from '../../core/types.js';
import type { VerdictTone } from './verdict-text.js';

/** Decorative icons (aria-hidden); their meaning is always also given as text. */
const frame = (body: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

const check = svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`;
const cross = svg`<path d="M6.5 6.5l11 11M17.5 6.5l-11 11"/>`;
const bang = svg`<path d="M12 5v9"/><circle cx="12" cy="18.6" r="0.7" fill="currentColor"/>`;
const question = svg`<path d="M8.4 8.6a3.7 3.7 0 1 1 5.4 3.3c-1.1.6-1.8 1.4-1.8 2.6v.6"/><circle cx="12" cy="19" r="0.7" fill="currentColor"/>`;
const ban = svg`<circle cx="12" cy="12" r="7.5"/><path d="M6.8 17.2L17.2 6.8"/>`;
const dash = svg`<path d="M7 12h10"/>`;

export const toneIcon: Record<VerdictTone, SVGTemplateResult> = {
  verified: frame(check),
  caution: frame(bang),
  revoked: frame(ban),
  invalid: frame(cross),
  unknown: frame(question),
};

export const outcomeIcon: Record<CheckOutcome, SVGTemplateResult> = {
  pass: frame(check),
  fail: frame(cross),
  warn: frame(bang),
  skip: frame(dash),
  unknown: frame(question),
};
