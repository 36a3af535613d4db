/**
 * What the badge proxy lets through: allow-listed hosts, https (http only when asked),
 * no private/loopback/link-local addresses, GET/HEAD only, Accept as the only client header.
 * Runtime-neutral (no node: imports), shared by the Node and the fetch-style handlers.
 */

/** One resolved address, as `dns.lookup(host, { all: true })` gives them. */
export interface LookupAddress {
  address: string;
  family: number;
}
/** Resolves a host name to every address it has (default in Node: `dns.promises.lookup(…, { all: true })`). */
export type BadgeProxyLookup = (hostname: string) => Promise<LookupAddress[]>;

export interface BadgeProxyOptions {
  /**
   * Hosts the proxy may fetch from: `issuer.example` (that host only) or `*.example.org` (any subdomain,
   * not the apex). A port may be given (`issuer.example:8443`); an entry without one matches the
   * scheme's default port only.
   */
  allowHosts: readonly string[];
  /** Whole-request deadline, redirects included. Default 10_000 ms. */
  timeoutMs?: number;
  /** Largest body passed on. Default 2 MiB. */
  maxBytes?: number;
  /** Redirects followed (each re-checked against the allow-list). Default 5. */
  maxRedirects?: number;
  /** Allow `http:` targets (default false: https only). Meant for loopback testing. */
  allowHttp?: boolean;
  /** Tests only: let allow-listed hosts resolve to private/loopback addresses (127.0.0.1). */
  allowPrivateForTests?: boolean;
  /** Custom resolver (tests map a name to 127.0.0.1). Node default: `node:dns`. Fetch handler: none unless given. */
  lookup?: BadgeProxyLookup;
  /** Upstream fetch for the fetch-style handler (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Value of the User-Agent header sent upstream. Default `badge-elements-proxy`. */
  userAgent?: string;
}

export type ProxyErrorCode =
  | 'bad-request'
  | 'method-not-allowed'
  | 'host-not-allowed'
  | 'scheme-not-allowed'
  | 'private-address'
  | 'too-many-redirects'
  | 'timeout'
  | 'too-large'
  | 'upstream-failed';

const STATUS: Record<ProxyErrorCode, number> = {
  'bad-request': 400,
  'method-not-allowed': 405,
  'host-not-allowed': 403,
  'scheme-not-allowed': 403,
  'private-address': 403,
  'too-many-redirects': 502,
  timeout: 504,
  'too-large': 502,
  'upstream-failed': 502,
};

/** A refusal or failure the proxy answers itself (status + `Badge-Proxy-Error: code`). */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  readonly code: ProxyErrorCode;
  readonly status: number;
  constructor(code: ProxyErrorCode, message: string) {
    super(message);
    this.code = code;
    this.status = STATUS[code];
  }
}

export interface ResolvedOptions {
  allow: { host: string; wildcard: boolean; port: string }[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowHttp: boolean;
  allowPrivate: boolean;
  userAgent: string;
}

function positive(n: number | undefined, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function resolveOptions(opts: BadgeProxyOptions): ResolvedOptions {
  if (!opts || !Array.isArray(opts.allowHosts) || opts.allowHosts.length === 0) {
    throw new TypeError('badge proxy: `allowHosts` must list at least one host');
  }
  const allow = opts.allowHosts.map((entry) => {
    const m = /^(\*\.)?([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i.exec(String(entry).trim());
    if (!m) throw new TypeError(`badge proxy: bad allowHosts entry "${String(entry)}"`);
    return { wildcard: m[1] !== undefined, host: m[2]!.toLowerCase().replace(/\.$/, ''), port: m[3] ?? '' };
  });
  return {
    allow,
    timeoutMs: positive(opts.timeoutMs, 10_000),
    maxBytes: positive(opts.maxBytes, 2 * 1024 * 1024),
    maxRedirects: typeof opts.maxRedirects === 'number' && opts.maxRedirects >= 0 ? Math.floor(opts.maxRedirects) : 5,
    allowHttp: opts.allowHttp === true,
    allowPrivate: opts.allowPrivateForTests === true,
    userAgent: opts.userAgent ?? 'badge-elements-proxy',
  };
}

/** Host name without IPv6 brackets or a trailing dot, lower case. */
export function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

function hostAllowed(url: URL, o: ResolvedOptions): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const port = url.port; // '' for the scheme's default port
  return o.allow.some((a) => (a.wildcard ? host.endsWith(`.${a.host}`) : host === a.host) && a.port === port);
}

/** Parses and checks one target URL (the requested one and every redirect). Throws ProxyError. */
export function checkTarget(raw: string, o: ResolvedOptions, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    throw new ProxyError('bad-request', 'The url parameter is not a valid absolute URL.');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && o.allowHttp)) {
    throw new ProxyError('scheme-not-allowed', `Only https URLs are proxied (got ${url.protocol}).`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new ProxyError('bad-request', 'URLs with a user name or password are not proxied.');
  }
  if (!hostAllowed(url, o)) {
    throw new ProxyError('host-not-allowed', `${url.host} is not on this proxy's allow-list.`);
  }
  const host = bareHost(url.hostname);
  if (!o.allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host))) {
    throw new ProxyError('private-address', `${url.host} is a private or loopback address.`);
  }
  url.hash = '';
  return url;
}

/** Checks the addresses a host resolved to; throws ProxyError 'private-address'. */
export function checkAddresses(hostname: string, addresses: readonly LookupAddress[], o: ResolvedOptions): void {
  if (addresses.length === 0) throw new ProxyError('upstream-failed', `${hostname} has no address.`);
  if (o.allowPrivate) return;
  if (addresses.some((a) => isPrivateAddress(a.address) !== false)) {
    throw new ProxyError('private-address', `${hostname} resolves to a private or loopback address.`);
  }
}

function ipv4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

function ipv6(s: string): number[] | undefined {
  if (!/^[0-9a-f:.]+$/i.test(s) || !s.includes(':')) return undefined;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    // ::ffff:127.0.0.1 -> ::ffff:7f00:1
    const b = ipv4(v4[1]!);
    if (!b) return undefined;
    s = `${s.slice(0, -v4[1]!.length)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  if (![...head, ...rest].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  return [...head, ...new Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest].map((g) => parseInt(g, 16));
}

function privateV4([a, b]: number[]): boolean {
  return (
    a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) || (a === 100 && b! >= 64 && b! <= 127) || a! >= 224
  );
}

/**
 * True for private, loopback, link-local, unspecified, CGNAT, multicast and reserved addresses
 * (IPv4 0/8 10/8 100.64/10 127/8 169.254/16 172.16/12 192.168/16 224/3; IPv6 ::, ::1, fc00::/7,
 * fe80::/10, ff00::/8, and IPv4-mapped/NAT64 forms of the IPv4 ranges); false for a public
 * address; undefined when `s` is not an IP address (a host name).
 */
export function isPrivateAddress(s: string): boolean | undefined {
  const v4 = ipv4(s);
  if (v4) return privateV4(v4);
  const g = ipv6(bareHost(s));
  if (!g) return undefined;
  const zeroHead = g.slice(0, 5).every((x) => x === 0);
  if (zeroHead && (g[5] === 0 || g[5] === 0xffff)) {
    // ::, ::1, ::a.b.c.d (deprecated compatible) and ::ffff:a.b.c.d (mapped)
    if (g[5] === 0 && g[6] === 0) return true;
    return privateV4([g[6]! >> 8, g[6]! & 255]);
  }
  if (g[0] === 0x64 && g[1] === 0xff9b) return privateV4([g[6]! >> 8, g[6]! & 255]); // NAT64
  const first = g[0]!;
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00 || first === 0x2001 && g[1] === 0xdb8;
}

/** The Accept header passed upstream: the client's if it is a plain media-type list, else JSON(-LD). */
export function acceptHeader(value: string | null | undefined): string {
  const v = (value ?? '').trim();
  return v !== '' && v.length <= 256 && /^[\w.+\-/*;=, ]+$/.test(v) ? v : 'application/ld+json, application/json';
}

/** Response headers passed on from upstream (never Set-Cookie or anything about credentials). */
export const PASSED_HEADERS = ['content-type', 'cache-control', 'etag', 'last-modified', 'expires'] as const;

/** Headers on every answer: CORS for any origin without credentials, and a sandbox for the proxied bytes. */
export function baseHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'Badge-Proxy-Url, Badge-Proxy-Error',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    Vary: 'Origin',
  };
}
