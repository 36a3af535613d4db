import type { Badge } from '../../core/types.js';
import type { BadgeStrings } from '../shared/strings.js';
import type { DetailStrings } from '../shared/details-strings.js';
import type { CardLayout, CardSize } from '../shared/sizes.js';

/** What the render helpers need from the element (no element instance, no logic). */
export interface RenderContext {
  strings: BadgeStrings;
  /** The details panel's and `load="on-click"` strings (passed in, so the lazily loaded panel shares the card's copy). */
  details: DetailStrings;
  lang: string | undefined;
  now: Date;
  size: CardSize;
  layout: CardLayout;
  headingLevel: number;
  imageFailed: boolean;
  onImageError: (e: Event) => void;
  onRetry: () => void;
  /** `images="none"`: no image is requested (placeholder instead; Markdown images become their alt text). */
  images: boolean;
  /** The details panel (Markdown fields) is open. */
  detailsOpen: boolean;
  onToggleDetails: () => void;
  /** The open details panel (its module is loaded when first opened). */
  detailsPanel?: (badge: Badge) => unknown;
  onDetailsKeydown: (e: KeyboardEvent) => void;
  /** `load="on-click"`: the user pressed "Show badge". */
  onActivate: () => void;
  /** `verify` attribute: the status mark + Verify button for the actions area (compact or full). */
  verifyControls?: (compact: boolean) => unknown;
  /** `share` / `show-qr` attributes: the share menu and QR code for the actions area. */
  shareControls?: (badge: Badge, compact: boolean) => unknown;
  /** Printed only: the verification URL (and QR code). */
  printInfo?: (badge: Badge) => unknown;
}
