/** The card's `verify` attribute, read without loading the verification UI (`verify-controller.ts`). */

/** `off`: no verification UI; `button`: a Verify button; `auto`: verify on load, mark + button. */
export type CardVerifyMode = 'off' | 'button' | 'auto';

/**
 * Reads the `verify` attribute. Absent → `off`; `auto` → `auto`; present with any other value
 * (`""`, `button`, or a value this version does not know) → `button`, so a newer page never loses
 * the button on an older copy of the library. Values that mean "no request before the user acts"
 * are never `auto` here.
 */
export function verifyMode(value: string | null | undefined): CardVerifyMode {
  if (value === undefined || value === null) return 'off';
  return value.trim().toLowerCase() === 'auto' ? 'auto' : 'button';
}
