/** The share menu's non-link actions: copy, the system share sheet, baked download. */
import type { BadgeClient } from '../../core/client.js';
import { toBadgeError } from '../../core/errors.js';
import { bakeBadge } from '../../core/share/index.js';
import type { Badge } from '../../core/types.js';
import { saveBlob } from './download.js';

/** Copies text: the async Clipboard API, else the legacy copy command. Resolves true when copied. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // not allowed (no focus, permissions): try the legacy way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.setProperty('position', 'fixed');
  area.style.setProperty('inset-block-start', '-100vh');
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** True when the browser offers a system share sheet for this URL. */
export function canShareNatively(url: string): boolean {
  if (typeof navigator.share !== 'function') return false;
  try {
    return typeof navigator.canShare !== 'function' || navigator.canShare({ url });
  } catch {
    return false;
  }
}

/** Opens the system share sheet; false when cancelled or refused. */
export async function shareNatively(data: { title: string; text: string; url: string }): Promise<boolean> {
  try {
    await navigator.share(data);
    return true;
  } catch {
    return false;
  }
}

/** Fetches the image through the client's fetcher, bakes the credential in, saves the file. */
export async function downloadBaked(badge: Badge, client: BadgeClient, root?: Node): Promise<{ ok: true; filename: string } | { ok: false; message: string }> {
  try {
    const file = await bakeBadge(badge, client.fetcher);
    saveBlob(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType }), file.filename, root);
    return { ok: true, filename: file.filename };
  } catch (e) {
    return { ok: false, message: toBadgeError(e, 'malformed').message };
  }
}
