/**
 * Runs inside `/test/csp/page.html`, served with a strict CSP + Trusted Types header (csp-plugin.mjs).
 * Mounts every element the library has, drives it through its states (loading, loaded, error, details
 * with Markdown, verification, dialog), and records every `securitypolicyviolation`.
 * `csp.test.ts` opens the page in an iframe and calls `window.cspApp.run()`.
 */
import '../../src/badge-card.js';
import '../../src/badge-verify.js';
import { createBadgeClient } from '../../src/core/client.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import type { BadgeVerify } from '../../src/elements/badge-verify/badge-verify.js';
import { markdownEngineLoaded } from '../../src/elements/shared/markdown-directive.js';
import { xssCredential } from '../hostile/payloads.js';

export interface CspViolation { phase: string; directive: string; blocked: string; sample: string; source: string }
export interface CspRunResult { violations: CspViolation[]; steps: string[]; optional: Record<string, string> }
export type CspPhase = 'cards' | 'verify' | 'card-verify' | 'wall' | 'share' | 'qr' | 'certificate';
let phase = 'start';

const violations: CspViolation[] = [];
const record = (e: SecurityPolicyViolationEvent): void => {
  violations.push({ phase, directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
};
document.addEventListener('securitypolicyviolation', record, true);
window.addEventListener('securitypolicyviolation', record, true);

const root = document.getElementById('root')!;
const steps: string[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, test: () => boolean | Promise<boolean>, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(20);
  }
}

function card(setup: (c: BadgeCard) => void): { el: BadgeCard; done: Promise<string> } {
  const el = document.createElement('badge-card');
  const done = new Promise<string>((resolve) => {
    el.addEventListener('badge-load', () => resolve('load'), { once: true });
    el.addEventListener('badge-error', () => resolve('error'), { once: true });
  });
  setup(el);
  root.append(el);
  return { el, done };
}

const sr = (el: Element) => el.shadowRoot!;

async function catalogPath(key: string): Promise<string> {
  const list = (await (await fetch('/issuer/catalog.json')).json()) as { key: string; path: string }[];
  const e = list.find((x) => x.key === key);
  if (!e) throw new Error(`catalog: ${key}`);
  return new URL(e.path, location.origin).href;
}

async function cards(): Promise<void> {
  // loading state (a client that never answers), full and compact
  const never = createBadgeClient({ fetch: () => new Promise<Response>(() => {}) });
  for (const layout of ['full', 'compact'] as const) {
    const { el } = card((c) => { c.client = never; c.layout = layout; c.src = '/issuer/never.json'; });
    await el.updateComplete;
    steps.push(`skeleton ${layout}: ${Boolean(sr(el).querySelector('[part~="skeleton"]'))}`);
  }
  // loaded (image, chips, evidence), compact, error, deferred, images none
  const evidence = await catalogPath('ob2-hosted-evidence');
  const full = card((c) => { c.src = evidence; });
  steps.push(`full: ${await full.done}`);
  const compact = card((c) => { c.src = evidence; c.layout = 'compact'; });
  steps.push(`compact: ${await compact.done}`);
  const broken = card((c) => { c.src = '/__test/status/404'; });
  steps.push(`error: ${await broken.done}`);
  const noImages = card((c) => { c.src = evidence; c.images = 'none'; });
  steps.push(`images none: ${await noImages.done}`);
  const deferred = card((c) => { c.src = evidence; c.load = 'on-click'; });
  await deferred.el.updateComplete;
  sr(deferred.el).querySelector<HTMLButtonElement>('[part~="show-button"]')!.click();
  steps.push(`deferred then shown: ${await deferred.done}`);

  // the details panel renders Markdown with marked + DOMPurify (Trusted Types: dompurify policy)
  const xss = card((c) => { c.credential = xssCredential(); });
  steps.push(`xss credential: ${await xss.done}`);
  await xss.el.updateComplete;
  sr(xss.el).querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
  await until('markdown rendered', () => markdownEngineLoaded() && Boolean(sr(xss.el).querySelector('.md strong, .md em, .md li')));
  steps.push(`markdown: ${sr(xss.el).querySelectorAll('.md *').length} elements`);
  const withEvidence = full.el;
  sr(withEvidence).querySelector<HTMLButtonElement>('[part~="details-button"]')?.click();
  await withEvidence.updateComplete;
}

async function verifyElements(): Promise<void> {
  for (const key of ['ob3-di-rdfc-didweb-v2', 'ob3-jwt-didkey-v2', 'ob2-hosted-valid', 'ob3-di-status-revoked', 'broken-jwt-alg-none']) {
    const el = document.createElement('badge-verify') as BadgeVerify;
    el.src = await catalogPath(key);
    root.append(el);
    await el.updateComplete;
    await until(`verdict ${key}`, () => Boolean(sr(el).querySelector('[part~="verdict"]')), 15000);
    const report = await el.verificationComplete();
    steps.push(`verify ${key}: ${report?.authentic}/${report?.state}`);
  }
  const empty = document.createElement('badge-verify');
  root.append(empty);
  await empty.updateComplete;
  steps.push(`dropzone: ${Boolean(sr(empty).querySelector('[part~="dropzone"]'))}`);
}

async function cardVerify(): Promise<void> {
  const src = await catalogPath('ob3-di-jcs-didkey');
  const auto = card((c) => { c.src = src; c.setAttribute('verify', 'auto'); });
  const verified = new Promise<string>((resolve) => auto.el.addEventListener('badge-verified', (e) => resolve(String((e as CustomEvent).detail?.report?.state)), { once: true }));
  await auto.done;
  steps.push(`card verify=auto: ${await verified}`);
  const button = card((c) => { c.src = src; c.setAttribute('verify', 'on-click'); });
  await button.done;
  await button.el.updateComplete;
  const b = sr(button.el).querySelector<HTMLButtonElement>('[part~="verify-button"]');
  if (b) {
    b.click();
    await until('dialog', () => Boolean(sr(button.el).querySelector('badge-verify-dialog')));
    const dialog = sr(button.el).querySelector('badge-verify-dialog')!;
    await until('dialog verify', () => {
      const inner = dialog.shadowRoot?.querySelector('badge-verify');
      return Boolean(inner?.shadowRoot?.querySelector('[part~="verdict"]'));
    });
    steps.push('card dialog: shown');
  } else steps.push('card verify button: absent');
}

/** Elements other helpers are building: exercised when their entry module exists. */
async function optional(which: 'wall' | 'share' | 'qr' | 'certificate'): Promise<Record<string, string>> {
  const path = `/src/badge-${which}.ts`;
  try {
    await import(/* @vite-ignore */ path);
  } catch {
    return { [which]: 'absent' };
  }
  const src = await catalogPath('ob2-hosted-valid');
  const el = document.createElement(`badge-${which}`);
  if (which === 'wall') el.setAttribute('src', '/issuer/feed.json');
  else for (const a of ['src', 'url', 'value']) el.setAttribute(a, src);
  root.append(el);
  await sleep(which === 'wall' ? 1500 : 800);
  if (which !== 'wall') {
    for (const b of Array.from(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? []).slice(0, 2)) b.click();
    await sleep(500);
  }
  return { [which]: `rendered ${el.shadowRoot?.querySelectorAll('*').length ?? 0} nodes` };
}

/** Runs one phase; its violations carry the phase name (they are reported asynchronously: a short settle). */
async function run(which: CspPhase): Promise<CspRunResult> {
  phase = which;
  let opt: Record<string, string> = {};
  if (which === 'cards') await cards();
  else if (which === 'verify') await verifyElements();
  else if (which === 'card-verify') await cardVerify();
  else opt = await optional(which);
  await sleep(300);
  return { violations: violations.filter((v) => v.phase === which), steps: [...steps], optional: opt };
}

declare global {
  interface Window { cspApp?: { run: (phase: CspPhase) => Promise<CspRunResult>; violations: CspViolation[] } }
}
window.cspApp = { run, violations };
