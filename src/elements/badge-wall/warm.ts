/**
 * Template warm-up: Lit parses each `html` template the first time it renders (innerHTML of a `<template>`,
 * a tree walk). For the wall that is ≈ 20 templates, all needed in the one render that shows the first card.
 * While the feed is still on the wire the main thread is idle, so the wall renders a placeholder of each
 * kind once into a detached element then: the first real render only clones them. Nothing is fetched
 * (the image is a data: URL) and nothing is attached to the document.
 */
import { render, type TemplateResult } from 'lit';
import type { Badge } from '../../core/types.js';
import { computeView, emptyBrowse, type WallItem } from './model.js';
import { renderControls } from './render-controls.js';
import { renderStacks } from './render-stacks.js';
import { renderStatus } from './render-status.js';
import { renderTile, type TileContext } from './render-tile.js';
import type { StackProgress } from './stacks.js';
import type { WallText } from './text.js';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
let warmed = false;

function sample(index: number, status: WallItem['status'], revoked = false): WallItem {
  const badge = {
    format: 'ob2-hosted', name: 'x', issuer: { name: 'x', id: 'https://x.example/' }, image: { url: GIF, alt: '' }, issued: '2020-01-01T00:00:00Z',
    alignments: [], tags: [], evidence: [], results: [], endorsements: [], document: {}, ...(revoked ? { revoked: {} } : {}),
  } as unknown as Badge;
  return { index, entry: { input: '', kind: 'earned' }, status, ...(status === 'loaded' ? { badge } : { error: { code: 'x', message: 'x' } }) };
}

/** Once per page, when the browser is idle: every template the first full render of a wall needs. */
export function warmTemplates(text: WallText): void {
  if (warmed) return;
  warmed = true;
  const run = (): void => {
    const items = [sample(0, 'pending'), sample(1, 'loaded'), sample(2, 'loaded', true), sample(3, 'error')];
    const tile: TileContext = { now: Date.now(), lang: text.lang, t: text.t, active: 0, pos: 1, size: 4 };
    const view = computeView(items, emptyBrowse(), Date.now(), text.t, new Map());
    const step = { id: 'x', name: 'x', image: { url: GIF, alt: '' }, count: 1, capstone: true };
    const stack: StackProgress = { def: { id: 'x', name: 'x', badges: [] }, steps: [step, { ...step, count: 0, capstone: false }], earned: 1, total: 2, capstoneEarned: true };
    const noop = (): void => undefined;
    const parts: TemplateResult[] = [
      ...items.map((it) => renderTile(it, tile)),
      renderStatus({ title: 'x', loadingSources: false, total: 4, shown: 4, settled: 1, errors: [], loadDone: false, text }),
      renderControls({ id: 'warm', browse: emptyBrowse(), view, layout: 'grid', hasGroups: true, onChange: noop, onReset: noop, text }),
    ];
    const stacks = renderStacks([stack], noop, text);
    const box = document.createElement('div');
    for (const p of [...parts, stacks]) render(p, box);
    render(null, box);
  };
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(run, { timeout: 500 });
  else setTimeout(run, 0);
}
