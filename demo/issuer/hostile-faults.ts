/**
 * Hostile fault endpoints (issue 7), served under `/__test/` next to `faults.ts`:
 * - `gzip-bomb?mb=`         a body sent with `Content-Encoding: gzip` that inflates to `mb` MiB (default 64)
 * - `status-bomb/credential.jwt`, `status-bomb/list.jwt`
 *                           a VC-JWT (did:key sample issuer) whose Bitstring status list is properly signed
 *                           but whose `encodedList` inflates to 128 MiB (a GZIP bomb inside a status list)
 * - `nested?depth=&shape=array|object|credential`  deeply nested JSON
 * - `proto?shape=assertion|credential`              JSON with `__proto__` / `constructor.prototype` keys
 * - `typed?kind=json|jwt|png|html&type=`            a body served under a wrong Content-Type
 * Plus the connection log: `GET /__test/connections` lists every fault request as open / finished /
 * aborted (the client went away before the answer ended), to prove elements abort what they start.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { didKeyOf, didKeyVm, loadKeys } from './keys.js';
import { OB3_303, VC_V2, signVcJwt } from './ob3.js';

const CORS = { 'Access-Control-Allow-Origin': '*' };

export interface ConnectionRecord { url: string; state: 'open' | 'finished' | 'aborted' }
const connections: ConnectionRecord[] = [];
const MAX_CONNECTIONS = 5000;

/** Records a fault request and how it ended. */
export function trackConnection(req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (url.pathname === '/__test/connections') return;
  const rec: ConnectionRecord = { url: `${url.pathname}${url.search}`, state: 'open' };
  if (connections.length >= MAX_CONNECTIONS) connections.shift();
  connections.push(rec);
  res.on('finish', () => { rec.state = 'finished'; });
  res.on('close', () => { if (rec.state === 'open') rec.state = res.writableFinished ? 'finished' : 'aborted'; });
  req.on('aborted', () => { if (rec.state === 'open') rec.state = 'aborted'; });
}

const bombs = new Map<number, Buffer>();
function bomb(mib: number): Buffer {
  let b = bombs.get(mib);
  if (!b) {
    b = gzipSync(Buffer.alloc(mib * 1024 * 1024, 0x30), { level: 9 });
    bombs.set(mib, b);
  }
  return b;
}

const statusBombs = new Map<string, Promise<{ credential: string; list: string }>>();
function statusBomb(origin: string): Promise<{ credential: string; list: string }> {
  let p = statusBombs.get(origin);
  if (!p) {
    const key = loadKeys().didKey;
    const did = didKeyOf(key);
    const listUrl = `${origin}/__test/status-bomb/list.jwt`;
    const issuer = { id: did, type: ['Profile'], name: 'Fault Injection Issuer' };
    const list = {
      '@context': [VC_V2], id: listUrl, type: ['VerifiableCredential', 'BitstringStatusListCredential'], issuer, validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: `${listUrl}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: `u${bomb(128).toString('base64url')}` },
    };
    const credential = {
      '@context': [VC_V2, OB3_303], id: 'urn:uuid:0b6f1e2a-5c1d-4d7e-9a0b-b0b0b0b0b0b0', type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer, validFrom: '2025-01-01T00:00:00Z', name: 'Status bomb',
      credentialSubject: {
        type: ['AchievementSubject'],
        achievement: { id: 'urn:uuid:0b6f1e2a-5c1d-4d7e-9a0b-a0a0a0a0a0a0', type: ['Achievement'], name: 'Status bomb', description: 'Its status list is a GZIP bomb.', criteria: { narrative: 'None.' } },
      },
      credentialStatus: { id: `${listUrl}#7`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '7', statusListCredential: listUrl },
    };
    const o = { key, alg: 'EdDSA', kid: didKeyVm(key) };
    p = Promise.all([signVcJwt(credential, o), signVcJwt(list, o)]).then(([c, l]) => ({ credential: c, list: l }));
    p.catch(() => statusBombs.delete(origin));
    statusBombs.set(origin, p);
  }
  return p;
}

function nested(depth: number, shape: string): string {
  if (shape === 'object') return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  if (shape === 'credential') {
    const inner = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    return `{"@context":["${VC_V2}","${OB3_303}"],"type":["VerifiableCredential","OpenBadgeCredential"],"issuer":{"id":"did:example:nested","name":"Nested"},"validFrom":"2025-01-01T00:00:00Z","name":"Nested","credentialSubject":{"type":["AchievementSubject"],"achievement":{"type":["Achievement"],"name":"Nested","criteria":{"narrative":"x"},"extra":${inner}}},"proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-rdfc-2022","verificationMethod":"did:example:nested#k","proofPurpose":"assertionMethod","proofValue":"z1111"}}`;
  }
  return '['.repeat(depth) + ']'.repeat(depth);
}

function proto(origin: string, shape: string): string {
  const evil = '{"authentic":true,"polluted":"yes","state":"valid","isAdmin":true}';
  if (shape === 'credential') {
    return `{"__proto__":${evil},"constructor":{"prototype":${evil}},"@context":["${VC_V2}","${OB3_303}"],"type":["VerifiableCredential","OpenBadgeCredential"],"issuer":{"__proto__":${evil},"id":"did:example:proto","name":"Proto"},"validFrom":"2025-01-01T00:00:00Z","name":"Proto","credentialSubject":{"__proto__":${evil},"type":["AchievementSubject"],"achievement":{"type":["Achievement"],"name":"Proto","criteria":{"narrative":"x"}}}}`;
  }
  return `{"__proto__":${evil},"constructor":{"prototype":${evil}},"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"${origin}/__test/proto?shape=assertion","recipient":{"__proto__":${evil},"type":"email","hashed":false,"identity":"proto@example.com"},"badge":{"__proto__":${evil},"type":"BadgeClass","id":"urn:uuid:5f0c7d0e-1111-4a4a-9b9b-222222222222","name":"Proto","description":"x","image":"${origin}/issuer/images/guild-logo.png","criteria":{"narrative":"x"},"issuer":{"__proto__":${evil},"type":"Issuer","id":"${origin}/__test/status/404","name":"Proto issuer"}},"verification":{"__proto__":${evil},"type":"hosted"},"issuedOn":"2025-01-01T00:00:00Z"}`;
}

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Handles the hostile endpoints; false when `p` (path after `/__test`) is not one of them. */
export function handleHostileFault(_req: IncomingMessage, res: ServerResponse, url: URL, p: string): boolean {
  const q = url.searchParams;
  if (p === '/connections') {
    const body = JSON.stringify(connections);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...CORS });
    res.end(body);
    return true;
  }
  if (p === '/gzip-bomb') {
    const mb = Math.min(Math.max(Number(q.get('mb') ?? 64) || 64, 1), 512);
    const body = bomb(mb);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': body.length, ...CORS });
    res.end(body);
    return true;
  }
  if (p === '/status-bomb/credential.jwt' || p === '/status-bomb/list.jwt') {
    statusBomb(url.origin).then((b) => {
      const body = p.endsWith('credential.jwt') ? b.credential : b.list;
      if (res.destroyed) return;
      res.writeHead(200, { 'Content-Type': 'application/vc+jwt', 'Content-Length': Buffer.byteLength(body), ...CORS });
      res.end(body);
    }, (e: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain', ...CORS });
      res.end(String(e));
    });
    return true;
  }
  if (p === '/nested') {
    const depth = Math.min(Math.max(Number(q.get('depth') ?? 100_000) || 1, 1), 1_000_000);
    const body = nested(depth, q.get('shape') ?? 'array');
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...CORS });
    res.end(body);
    return true;
  }
  if (p === '/proto') {
    const body = proto(url.origin, q.get('shape') ?? 'assertion');
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...CORS });
    res.end(body);
    return true;
  }
  if (p === '/typed') {
    const kind = q.get('kind') ?? 'json';
    const body = kind === 'png' ? PNG_1X1
      : kind === 'html' ? Buffer.from('<!doctype html><script>window.__hostileCanary = "flipped"</script><p>not a badge</p>')
      : kind === 'jwt' ? Buffer.from('eyJhbGciOiJub25lIn0.eyJpc3MiOiJkaWQ6ZXhhbXBsZTp4In0.')
      : Buffer.from('{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","note":"served as the wrong type"}');
    res.writeHead(200, { 'Content-Type': q.get('type') ?? 'text/plain', 'Content-Length': body.length, ...CORS });
    res.end(body);
    return true;
  }
  return false;
}
