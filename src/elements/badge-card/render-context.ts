import type { BadgeStrings } from '../shared/strings.js';
import type { CardLayout, CardSize } from '../shared/sizes.js';

/** What the render helpers need from the element (no element instance, no logic). */
export interface RenderContext {
  strings: BadgeStrings;
  lang: string | undefined;
  now: Date;
  size: CardSize;
  layout: CardLayout;
  headingLevel: number;
  imageFailed: boolean;
  onImageError: (e: Event) => void;
  onRetry: () => void;
}
