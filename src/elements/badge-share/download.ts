/** Saves a Blob as a file (a temporary `<a download>`; works under strict CSP: blob: URLs, no script). */
export function saveBlob(blob: Blob, filename: string, root: Node = document.body): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  (root instanceof ShadowRoot || root instanceof HTMLElement ? root : document.body).append(a);
  a.click();
  a.remove();
  // give the download a moment to start before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
