/**
 * React wrappers (`badge-elements/react.js`), made with `@lit/react`: properties are set as
 * properties (objects, clients, dates), events are typed `on…` props.
 *
 * ```tsx
 * import { BadgeCard, BadgeVerify } from 'badge-elements/react.js';
 * <BadgeCard src={url} size="small" onBadgeLoad={(e) => console.log(e.detail.badge.name)} />
 * <BadgeVerify src={url} onBadgeVerified={(e) => setReport(e.detail.report)} />
 * ```
 *
 * Importing this module registers the elements (tags already defined are skipped).
 * Needs `react` ≥ 17 (a peer dependency); works with React 19's own custom-element
 * support too (the wrappers keep the typed event props).
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { BadgeCard as BadgeCardElement } from './badge-card.js';
import { BadgeVerify as BadgeVerifyElement, BadgeVerifyDialog as BadgeVerifyDialogElement } from './badge-verify.js';
import type { BadgeErrorEvent, BadgeLoadEvent } from './elements/shared/events.js';
import type { BadgeVerifiedEvent, BadgeVerifyStepEvent } from './elements/badge-verify/events.js';
import type { BadgeVerifyDialogCloseEvent } from './elements/badge-verify/badge-verify-dialog.js';
import { BadgeWall as BadgeWallElement, type BadgeSelectEvent, type BadgeWallLoadEvent, type BadgeWallVerifiedEvent } from './badge-wall.js';
import { BadgeShare as BadgeShareElement, type BadgeShareEvent } from './badge-share.js';
import { BadgeQr as BadgeQrElement } from './badge-qr.js';
import { BadgeCertificate as BadgeCertificateElement } from './badge-certificate.js';
import { BadgeProvider as BadgeProviderElement } from './badge-provider.js';

/** `<badge-card>`: `onBadgeLoad`, `onBadgeError`, plus `onBadgeVerified` when `verify` is set. */
export const BadgeCard = createComponent({
  react: React,
  tagName: 'badge-card',
  elementClass: BadgeCardElement,
  displayName: 'BadgeCard',
  events: {
    onBadgeLoad: 'badge-load' as EventName<BadgeLoadEvent>,
    onBadgeError: 'badge-error' as EventName<BadgeErrorEvent>,
    onBadgeVerified: 'badge-verified' as EventName<BadgeVerifiedEvent>,
  },
});

/** `<badge-verify>`: `onBadgeVerified` (the report), `onBadgeVerifyStep` (one per check). */
export const BadgeVerify = createComponent({
  react: React,
  tagName: 'badge-verify',
  elementClass: BadgeVerifyElement,
  displayName: 'BadgeVerify',
  events: {
    onBadgeVerified: 'badge-verified' as EventName<BadgeVerifiedEvent>,
    onBadgeVerifyStep: 'badge-verify-step' as EventName<BadgeVerifyStepEvent>,
  },
});

/** `<badge-verify-dialog>`: open it with `open` or a ref's `show()`; `onClose` when it closes. */
export const BadgeVerifyDialog = createComponent({
  react: React,
  tagName: 'badge-verify-dialog',
  elementClass: BadgeVerifyDialogElement,
  displayName: 'BadgeVerifyDialog',
  events: {
    onBadgeVerified: 'badge-verified' as EventName<BadgeVerifiedEvent>,
    onBadgeVerifyStep: 'badge-verify-step' as EventName<BadgeVerifyStepEvent>,
    onClose: 'badge-verify-dialog-close' as EventName<BadgeVerifyDialogCloseEvent>,
  },
});

/** `<badge-wall>`: `onBadgeWallLoad` (progress and totals), `onBadgeWallVerified` (verify-all summary), `onBadgeSelect`. */
export const BadgeWall = createComponent({
  react: React,
  tagName: 'badge-wall',
  elementClass: BadgeWallElement,
  displayName: 'BadgeWall',
  events: {
    onBadgeWallLoad: 'badge-wall-load' as EventName<BadgeWallLoadEvent>,
    onBadgeWallVerified: 'badge-wall-verified' as EventName<BadgeWallVerifiedEvent>,
    onBadgeSelect: 'badge-select' as EventName<BadgeSelectEvent>,
  },
});

/** `<badge-share>`: `onBadgeShare` when a share target is used. */
export const BadgeShare = createComponent({
  react: React,
  tagName: 'badge-share',
  elementClass: BadgeShareElement,
  displayName: 'BadgeShare',
  events: { onBadgeShare: 'badge-share' as EventName<BadgeShareEvent> },
});

/** `<badge-qr>`: a QR code of a badge's verification URL. */
export const BadgeQr = createComponent({ react: React, tagName: 'badge-qr', elementClass: BadgeQrElement, displayName: 'BadgeQr' });

/** `<badge-certificate>`: a printable certificate. */
export const BadgeCertificate = createComponent({
  react: React,
  tagName: 'badge-certificate',
  elementClass: BadgeCertificateElement,
  displayName: 'BadgeCertificate',
});

/**
 * `<badge-provider>`: gives its subtree a client: `proxy`, `timeout`, `trustedIssuers` (space-separated
 * DIDs, issuer URLs or origins), or `fetch` / `options` / a ready `client`. `onBadgeError`: an unusable
 * trusted-issuers list (code `invalid-option`; the list is then left out).
 */
export const BadgeProvider = createComponent({
  react: React,
  tagName: 'badge-provider',
  elementClass: BadgeProviderElement,
  displayName: 'BadgeProvider',
  events: { onBadgeError: 'badge-error' as EventName<BadgeErrorEvent> },
});

export type { BadgeLoadEvent, BadgeErrorEvent, BadgeVerifiedEvent, BadgeVerifyStepEvent, BadgeVerifyDialogCloseEvent };
export type { BadgeWallLoadEvent, BadgeWallVerifiedEvent, BadgeSelectEvent, BadgeShareEvent };
export { registerLocale } from './elements/shared/i18n/index.js';
