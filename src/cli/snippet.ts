/**
 * `badge-verify snippet <url|file|-> [--html|--email|--markdown|--embed] [--verify-url TEMPLATE]`:
 * prints static HTML for one badge (no-JS fallback, e-mail signature/body, Markdown, or the
 * script + element embed snippet), for mailers and static site generators. Node only.
 * The badge is read (and its issuer fetched), not verified: verification happens where the link points.
 */
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { safeText } from './format.js';
import { InputError, readInput } from './input.js';

export const SNIPPET_USAGE = `Usage: badge-verify snippet [options] <url | file | ->

Print a static snippet for one badge (same output as the embed builder).

Formats (one; default --html):
  --html              no-JS fallback: image + name + issuer + link, inline styles only
  --email             e-mail signature / body: a layout table with inline styles, no script, no CSS
  --markdown          Markdown for READMEs
  --embed             <script type="module"> + <badge-card> (with the no-JS fallback inside)

Options:
  --verify-url TPL    verification page template, {url} = the encoded badge URL
                      (e.g. https://example.org/verify.html?src={url}); default: link to the badge URL
  --lang TAG          language of dates (default en)
  --script-url URL    module URL for --embed
  --timeout MS        network timeout per request in milliseconds (default 10000)
  -h, --help          show this help
`;

interface Io {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

type Format = 'html' | 'email' | 'markdown' | 'embed';

/** Runs the sub-command; returns the exit status (0 printed, 1 the badge could not be read, 2 usage). */
export async function snippetMain(argv: string[], io: Io): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        html: { type: 'boolean' },
        email: { type: 'boolean' },
        markdown: { type: 'boolean' },
        embed: { type: 'boolean' },
        'verify-url': { type: 'string' },
        lang: { type: 'string' },
        'script-url': { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    await write(io.stderr, `badge-verify snippet: ${e instanceof Error ? e.message.split(/\n|\. To specify/)[0]! : String(e)}\n`);
    return 2;
  }
  if (values.help) {
    await write(io.stdout, SNIPPET_USAGE);
    return 0;
  }
  const formats = (['html', 'email', 'markdown', 'embed'] as const).filter((f) => values[f] === true);
  const usage = async (message: string): Promise<number> => {
    await write(io.stderr, `badge-verify snippet: ${message}\nRun "badge-verify snippet --help" for usage.\n`);
    return 2;
  };
  if (formats.length > 1) return usage('Choose one of --html, --email, --markdown, --embed.');
  const format: Format = formats[0] ?? 'html';
  if (positionals.length !== 1) return usage('Expected one badge: a URL, a file or - for standard input.');
  const template = typeof values['verify-url'] === 'string' ? values['verify-url'] : undefined;
  if (template !== undefined && !/^https?:\/\//i.test(template.trim())) return usage('--verify-url must be an absolute http(s) URL template, e.g. https://example.org/verify.html?src={url}');
  let timeoutMs: number | undefined;
  if (typeof values.timeout === 'string') {
    timeoutMs = Number(values.timeout);
    if (!/^\d+$/.test(values.timeout) || timeoutMs <= 0) return usage(`--timeout must be a positive number of milliseconds, not "${values.timeout}".`);
  }

  let read;
  try {
    read = await readInput(positionals[0]!, io.stdin);
  } catch (e) {
    if (e instanceof InputError) return usage(e.message);
    throw e;
  }
  const [{ createFetcher }, { loadBadge }, share] = await Promise.all([
    import('../core/fetch.js'),
    import('../core/load.js'),
    import('../core/share/index.js'),
  ]);
  let badge;
  try {
    badge = await loadBadge(read.input, { fetcher: createFetcher(timeoutMs ? { timeoutMs } : {}) });
  } catch (e) {
    await write(io.stderr, `badge-verify snippet: the badge could not be read: ${safeText(e instanceof Error ? e.message : e)}\n`);
    return 1;
  }
  const opts = { ...(template ? { verifyUrl: template } : {}), ...(typeof values.lang === 'string' ? { lang: values.lang } : {}) };
  let out: string;
  if (format === 'email') out = `${share.renderEmailHtml(badge, opts)}\n`;
  else if (format === 'markdown') out = share.renderMarkdown(badge, opts);
  else if (format === 'embed') {
    const src = share.badgeUrl(badge);
    out = share.renderEmbedSnippet({
      ...(src ? { src } : { credential: typeof badge.document === 'string' ? badge.document : JSON.stringify(badge.document) }),
      ...(typeof values['script-url'] === 'string' ? { scriptUrl: values['script-url'] } : {}),
      fallbackHtml: share.renderStaticHtml(badge, opts),
    });
  } else out = `${share.renderStaticHtml(badge, opts)}\n`;
  await write(io.stdout, out);
  return 0;
}
