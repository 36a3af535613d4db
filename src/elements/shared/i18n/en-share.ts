/**
 * English `share` section (share menu, QR code, certificate, the card's share button and printed
 * "verify at"), in its own module so it travels with the code that uses it (bundlers split chunks
 * by module): a page with only `<badge-verify>` does not carry it. Re-exported by `en.ts`.
 */
import type { ShareTarget } from '../../../core/share/index.js';

/** `<badge-share>`, `<badge-qr>`, `<badge-certificate>` and the card's share button and printed "verify at". */
export const share = {
  share: 'Share',
  shareLabel: (name: string) => `Share “${name}”`,
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
  } satisfies Record<ShareTarget, string>,
  opensInNewTab: '(opens in a new tab)',
  copied: 'Link copied to the clipboard',
  copyFailed: (url: string) => `Could not copy. The link is ${url}`,
  downloading: 'Preparing the baked badge…',
  downloaded: (filename: string) => `Downloaded ${filename}`,
  downloadFailed: (message: string) => `The baked badge could not be made: ${message}`,
  qrLabel: (target: string) => `QR code linking to ${target}`,
  qrLabelNamed: (name: string, host: string) => `QR code: verify “${name}” at ${host}`,
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadQrLabel: (kind: string) => `Download the QR code as ${kind}`,
  qrLoading: 'Making the QR code…',
  qrFailed: 'The QR code could not be made.',
  verifyAt: 'Verify at',
  certificateTitle: 'Certificate',
  certifies: 'This certifies the achievement',
  awardedBy: 'Awarded by',
  print: 'Print',
};
