/**
 * The embed builder: paste a badge URL / JSON / JWT or drop a baked image, pick options, get copy-ready
 * snippets. The snippets come from the DOM-free core (`src/core/share/`), the same functions the CLI
 * (`badge-verify snippet`) and a static site generator use.
 */
import { defineBadgeCard, defineBadgeVerify } from '../src/define.js';
import { defineBadgeWall } from '../src/badge-wall.js';
import { getDefaultClient } from '../src/core/client.js';
import { unbake } from '../src/core/baked/index.js';
import {
  DEFAULT_SCRIPT_URL, badgeUrl, renderEmailHtml, renderEmbedSnippet, renderMarkdown, renderStaticHtml, type SnippetOptions,
} from '../src/core/share/index.js';
import type { Badge } from '../src/core/types.js';

defineBadgeCard();
defineBadgeVerify();
defineBadgeWall();

type Element = 'badge-card' | 'badge-verify' | 'badge-wall';
interface Source { src?: string; credential?: string }

const $ = <T extends HTMLElement>(sel: string): T => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('#form');
const input = $<HTMLTextAreaElement>('#input');
const message = $<HTMLElement>('#message');
const stage = $<HTMLElement>('#stage');
const verifyUrl = $<HTMLInputElement>('#verify-url');
const scriptUrl = $<HTMLInputElement>('#script-url');

verifyUrl.value = new URL('verify.html?src={url}', location.href).href.replace('%7Burl%7D', '{url}');
scriptUrl.value = DEFAULT_SCRIPT_URL;

let source: Source = {};
let badge: Badge | undefined;
let loadSeq = 0;

function say(text: string, error = false): void {
  message.textContent = text;
  message.classList.toggle('error', error);
}

/** What the textarea holds: an http(s) URL (relative ones resolved against this page) or a credential. */
function readText(text: string): Source {
  const t = text.trim();
  if (!t) return {};
  if (t.startsWith('{') || /^[\w-]+\.[\w-]*\.[\w-]*$/.test(t)) return { credential: t };
  try {
    return { src: new URL(t, location.href).href };
  } catch {
    return { credential: t };
  }
}

function options() {
  const data = new FormData(form);
  const share = data.getAll('share').map(String);
  return {
    element: (data.get('element') ?? 'badge-card') as Element,
    size: String(data.get('size') ?? 'medium'),
    layout: String(data.get('layout') ?? 'full'),
    theme: String(data.get('theme') ?? 'auto'),
    verify: String(data.get('verify') ?? ''),
    qr: String(data.get('qr') ?? ''),
    share: share.length ? share.join(' ') : undefined,
    verifyUrl: verifyUrl.value.trim(),
    scriptUrl: scriptUrl.value.trim(),
  };
}

/** Element attributes for the preview and the snippet (only what differs from the defaults). */
function attributes(o: ReturnType<typeof options>): Record<string, string | boolean | undefined> {
  if (o.element === 'badge-verify') return { theme: o.theme !== 'auto' ? o.theme : undefined };
  if (o.element === 'badge-wall') return { theme: o.theme !== 'auto' ? o.theme : undefined, 'verify-all': o.verify === 'auto' || undefined };
  return {
    size: o.size !== 'medium' ? o.size : undefined,
    layout: o.layout !== 'full' ? o.layout : undefined,
    theme: o.theme !== 'auto' ? o.theme : undefined,
    verify: o.verify === 'auto' ? 'auto' : o.verify === 'button' ? true : undefined,
    share: o.share,
    'show-qr': o.qr === 'print' ? 'print' : o.qr === 'screen' ? true : undefined,
    'qr-target': (o.share || o.qr) && o.verifyUrl ? o.verifyUrl : undefined,
  };
}

function renderPreview(o: ReturnType<typeof options>): void {
  stage.replaceChildren();
  if (!source.src && !source.credential) {
    stage.textContent = 'Paste a badge above to see it here.';
    return;
  }
  const el = document.createElement(o.element);
  for (const [name, value] of Object.entries(attributes(o))) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  if (source.src) el.setAttribute('src', source.src);
  else if (o.element === 'badge-wall') (el as HTMLElement & { credentials?: unknown[] }).credentials = [source.credential];
  else el.setAttribute('credential', source.credential!);
  stage.append(el);
}

function setSnippet(kind: string, text: string): void {
  const box = document.querySelector<HTMLElement>(`.snippet[data-kind="${kind}"]`)!;
  box.querySelector('textarea')!.value = text;
  if (kind === 'email') box.querySelector('iframe')!.srcdoc = `<!doctype html><body style="margin:12px;font-family:Arial,sans-serif">${text}</body>`;
}

function renderSnippets(o: ReturnType<typeof options>): void {
  const snippetOpts: SnippetOptions = { ...(o.verifyUrl ? { verifyUrl: o.verifyUrl, base: location.href } : {}) };
  const fallback = badge && o.element === 'badge-card' ? renderStaticHtml(badge, snippetOpts) : undefined;
  const src = source.src ?? (badge ? badgeUrl(badge) : undefined);
  setSnippet(
    'embed',
    source.src || source.credential
      ? renderEmbedSnippet({
          element: o.element,
          ...(src ? { src } : { credential: source.credential! }),
          attributes: attributes(o),
          scriptUrl: o.scriptUrl,
          ...(fallback ? { fallbackHtml: fallback } : {}),
        })
      : '',
  );
  setSnippet('html', badge ? renderStaticHtml(badge, snippetOpts) : '');
  setSnippet('email', badge ? renderEmailHtml(badge, snippetOpts) : '');
  setSnippet('markdown', badge ? renderMarkdown(badge, snippetOpts) : '');
}

/** Size, layout, QR and share apply to cards only. */
function syncControls(): void {
  const card = (new FormData(form).get('element') ?? 'badge-card') === 'badge-card';
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name="size"], [name="layout"], [name="qr"], [name="share"]')) el.disabled = !card;
}

function update(): void {
  syncControls();
  const o = options();
  renderPreview(o);
  renderSnippets(o);
}

/** Loads the badge for the static snippets (a list URL has none: only the embed snippet applies). */
async function setSource(next: Source, element?: Element): Promise<void> {
  source = next;
  badge = undefined;
  if (element) form.querySelector<HTMLInputElement>(`input[name="element"][value="${element}"]`)!.checked = true;
  const seq = ++loadSeq;
  update();
  if (!next.src && !next.credential) return say('');
  if (options().element === 'badge-wall') return say('A wall shows a list: the static snippets need one badge.');
  say('Reading the badge…');
  try {
    const b = await getDefaultClient().loadBadge(next.src ?? next.credential!);
    if (seq !== loadSeq) return;
    badge = b;
    say(`“${b.name}” from ${b.issuer.name}.${badgeUrl(b) ? '' : ' This credential has no public URL: links point to nothing until it is hosted.'}`);
  } catch (e) {
    if (seq !== loadSeq) return;
    say(e instanceof Error ? e.message : String(e), true);
  }
  update();
}

async function readFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const found = unbake(bytes);
    if (!found) return say(`${file.name} has no badge baked in.`, true);
    input.value = found.value;
    await setSource(readText(found.value));
  } catch (e) {
    say(e instanceof Error ? e.message : String(e), true);
  }
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void setSource(readText(input.value)), 400);
});
form.addEventListener('change', (e) => {
  if (e.target === input || (e.target as HTMLElement).id === 'file') return;
  if ((e.target as HTMLInputElement).name === 'element') void setSource(source);
  else update();
});
for (const field of [verifyUrl, scriptUrl]) field.addEventListener('input', () => update());
$<HTMLInputElement>('#file').addEventListener('change', (e) => {
  const f = (e.target as HTMLInputElement).files?.[0];
  if (f) void readFile(f);
});
const drop = $<HTMLElement>('#drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const f = e.dataTransfer?.files[0];
  if (f) void readFile(f);
});
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-sample]')) {
  b.addEventListener('click', () => {
    input.value = new URL(b.dataset.sample!, location.href).href;
    void setSource(readText(input.value), (b.dataset.element as Element | undefined) ?? 'badge-card');
  });
}
for (const b of document.querySelectorAll<HTMLButtonElement>('.snippet .copy')) {
  b.addEventListener('click', async () => {
    const text = b.closest('.snippet')!.querySelector('textarea')!.value;
    const title = b.closest('.snippet')!.querySelector('h3')!.textContent;
    try {
      await navigator.clipboard.writeText(text);
      $<HTMLElement>('#copied').textContent = `Copied: ${title}`;
    } catch {
      $<HTMLElement>('#copied').textContent = 'Could not copy: select the text and copy it yourself.';
    }
  });
}

const initial = new URLSearchParams(location.search).get('src') ?? '/issuer/ob2/assertions/sql-querying-amina.json';
input.value = new URL(initial, location.href).href;
void setSource(readText(input.value));
