/**
 * Strings of the share menu, the QR code and the certificate view (English; other languages through
 * `registerShareStrings()`, chosen by the element's closest `lang`).
 */
import type { ShareTarget } from '../../core/share/index.js';

export interface ShareStrings {
  share: string;
  shareLabel: (name: string) => string;
  menuLabel: string;
  targets: Record<ShareTarget, string>;
  opensInNewTab: string;
  copied: string;
  copyFailed: (url: string) => string;
  downloading: string;
  downloaded: (filename: string) => string;
  downloadFailed: (message: string) => string;
  qrLabel: (target: string) => string;
  qrLabelNamed: (name: string, host: string) => string;
  downloadPng: string;
  downloadSvg: string;
  downloadQrLabel: (kind: string) => string;
  qrLoading: string;
  qrFailed: string;
  verifyAt: string;
  certificateTitle: string;
  certifies: string;
  awardedBy: string;
  print: string;
}

export const shareEn: ShareStrings = {
  share: 'Share',
  shareLabel: (name) => `Share “${name}”`,
  menuLabel: 'Share options',
  targets: {
    'linkedin-profile': 'Add to LinkedIn profile',
    'linkedin-post': 'Post on LinkedIn',
    x: 'Post on X',
    facebook: 'Share on Facebook',
    email: 'Send by e-mail',
    copy: 'Copy link',
    native: 'More options…',
    download: 'Download baked badge',
  },
  opensInNewTab: '(opens in a new tab)',
  copied: 'Link copied to the clipboard',
  copyFailed: (url) => `Could not copy. The link is ${url}`,
  downloading: 'Preparing the baked badge…',
  downloaded: (filename) => `Downloaded ${filename}`,
  downloadFailed: (message) => `The baked badge could not be made: ${message}`,
  qrLabel: (target) => `QR code linking to ${target}`,
  qrLabelNamed: (name, host) => `QR code: verify “${name}” at ${host}`,
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadQrLabel: (kind) => `Download the QR code as ${kind}`,
  qrLoading: 'Making the QR code…',
  qrFailed: 'The QR code could not be made.',
  verifyAt: 'Verify at',
  certificateTitle: 'Certificate',
  certifies: 'This certifies the achievement',
  awardedBy: 'Awarded by',
  print: 'Print',
};

const catalogues = new Map<string, ShareStrings>([['en', shareEn]]);

export function registerShareStrings(lang: string, strings: ShareStrings): void {
  catalogues.set(lang.toLowerCase(), strings);
}

export function getShareStrings(lang?: string): ShareStrings {
  if (lang) {
    const tag = lang.toLowerCase();
    const hit = catalogues.get(tag) ?? catalogues.get(tag.split('-')[0]!);
    if (hit) return hit;
  }
  return shareEn;
}
