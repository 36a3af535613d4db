/** DOM helpers for the action buttons (no verification logic). */
import type { BadgeInput, VerificationReport } from '../../core/types.js';

/** Copies text; resolves false when the Clipboard API is missing or refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!globalThis.navigator?.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The original document as a file: JSON object → .json, compact JWS/JWT → .jwt. */
export function credentialFile(document: unknown, name = 'badge'): { blob: Blob; filename: string } | undefined {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'badge';
  if (typeof document === 'string') {
    const t = document.trim();
    if (/^[\w-]+\.[\w-]*\.[\w-]*$/.test(t)) return { blob: new Blob([t], { type: 'application/jwt' }), filename: `${base}.jwt` };
    return { blob: new Blob([t], { type: 'application/json' }), filename: `${base}.json` };
  }
  if (document && typeof document === 'object' && !(document instanceof Uint8Array) && !(document instanceof ArrayBuffer)) {
    return { blob: new Blob([JSON.stringify(document, null, 2)], { type: 'application/ld+json' }), filename: `${base}.json` };
  }
  return undefined;
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const reportJson = (report: VerificationReport) => JSON.stringify(report, null, 2);

/** The credential as issued: the report's document, else the input itself when it is the credential (not a URL or bytes). */
export function originalDocument(report: VerificationReport, input: BadgeInput | undefined): unknown {
  if (report.badge?.document !== undefined) return report.badge.document;
  if (typeof input === 'string') return /^https?:/i.test(input.trim()) ? undefined : input;
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return undefined;
  return input;
}
