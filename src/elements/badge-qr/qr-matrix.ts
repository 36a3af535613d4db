/**
 * QR codes from our own data: the module matrix of the `qrcode` package (loaded lazily) turned into
 * one SVG path (`d` attribute) and into canvas rectangles. No markup strings are parsed anywhere,
 * so strict CSP + Trusted Types pages work.
 */
export interface QrMatrix {
  /** Modules per side. */
  size: number;
  /** Row-major, 1 = dark. */
  dark: (x: number, y: number) => boolean;
}

/** Quiet zone around the symbol, in modules (the QR specification asks for 4). */
export const QUIET = 4;

type QrModule = { create(text: string, opts?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): { modules: { size: number; get(row: number, col: number): number | boolean } } };

let loading: Promise<QrModule> | undefined;

/** Loads the encoder on first use (a separate chunk). */
export function loadEncoder(): Promise<QrModule> {
  loading ??= import('qrcode').then((m) => ((m as unknown as { default?: QrModule }).default ?? (m as unknown as QrModule)));
  return loading;
}

/** Encodes `text` (error correction M: survives print wear, stays small). */
export async function encode(text: string): Promise<QrMatrix> {
  const qr = (await loadEncoder()).create(text, { errorCorrectionLevel: 'M' });
  const m = qr.modules;
  return { size: m.size, dark: (x, y) => Boolean(m.get(y, x)) };
}

/** One path for all dark modules (horizontal runs merged), in module units, origin at the symbol. */
export function matrixPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < matrix.size; y++) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < matrix.size && matrix.dark(x, y)) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}

/** A standalone SVG file (for download), written from the matrix; the label is XML-escaped. */
export function svgFile(matrix: QrMatrix, label: string, pixels = 512): string {
  const n = matrix.size + QUIET * 2;
  const esc = label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-QUIET} ${-QUIET} ${n} ${n}" width="${pixels}" height="${pixels}" shape-rendering="crispEdges" role="img" aria-label="${esc}">` +
    `<title>${esc}</title><rect x="${-QUIET}" y="${-QUIET}" width="${n}" height="${n}" fill="#fff"/><path fill="#000" d="${matrixPath(matrix)}"/></svg>\n`
  );
}

/** Draws the symbol (with its quiet zone) on a new canvas, `scale` pixels per module. */
export function drawCanvas(matrix: QrMatrix, scale = 10): HTMLCanvasElement {
  const n = matrix.size + QUIET * 2;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = n * scale;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000';
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) if (matrix.dark(x, y)) g.fillRect((x + QUIET) * scale, (y + QUIET) * scale, scale, scale);
  }
  return canvas;
}

/** The symbol as a PNG Blob. */
export function pngBlob(matrix: QrMatrix, scale = 10): Promise<Blob> {
  const canvas = drawCanvas(matrix, scale);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
