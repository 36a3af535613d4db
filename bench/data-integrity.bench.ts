// Data Integrity verification: ours (src/core/verify/data-integrity) vs @digitalbazaar/vc
// on the same credentials in the same run, both with in-memory document loaders.
//   warm: median of N verifications after warm-up (contexts already processed);
//   cold: the first verification in a fresh Node process (module import not counted).
// Also: min + gzip size of our lazily loaded chunk. Figures to read, not pass/fail.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { base58 } from '@scure/base';

type Json = Record<string, unknown>;
type Mod = Record<string, unknown>;
/** The digitalbazaar libs ship no types: load them untyped. */
const importUntyped = (spec: string): Promise<Mod> => import(spec) as Promise<Mod>;

const HERE = fileURLToPath(new URL('.', import.meta.url));
const VECTORS = new URL('../test/fixtures/vectors/dcc-verifier-core/', import.meta.url);
const NAMES = ['v2EddsaWithValidStatus', 'v2NoStatus', 'v1NoStatus', 'v2DoubleSigWithValidStatus'];
const NOW = new Date('2027-06-01T00:00:00Z');
const WARM_RUNS = 40;
const ROUNDS = 3;

const loadVector = (name: string): Json => JSON.parse(readFileSync(new URL(`${name}.json`, VECTORS), 'utf8')) as Json;

/** did:key Ed25519 → raw key, as the production resolver does (offline). */
async function resolveDidKey(vm: string) {
  const did = vm.split('#')[0];
  const bytes = base58.decode(did.slice('did:key:z'.length));
  return { id: vm, controller: did, publicKey: bytes.slice(2) };
}

async function ours(): Promise<(doc: Json) => Promise<boolean>> {
  const { verifyDataIntegrity } = await import('../src/core/verify/data-integrity/index.js');
  return async (doc) => (await verifyDataIntegrity(doc, resolveDidKey, { now: NOW })).outcome === 'pass';
}

interface Reference { verify(doc: Json): Promise<boolean>; issue(doc: Json): Promise<Json> }

/** @digitalbazaar/vc with eddsa-rdfc-2022 and Ed25519Signature2020 suites and a local loader (contexts + did:key documents). */
export async function reference(): Promise<Reference> {
  const [vc, di, eddsa, ed2020, multikey, ctx] = await Promise.all([
    importUntyped('@digitalbazaar/vc'), importUntyped('@digitalbazaar/data-integrity'),
    importUntyped('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'), importUntyped('@digitalbazaar/ed25519-signature-2020'),
    importUntyped('@digitalbazaar/ed25519-multikey'), import('../src/core/verify/data-integrity/contexts.js'),
  ]);
  const didDoc = (did: string): Json => {
    const fp = did.slice('did:key:'.length);
    const vm = { id: `${did}#${fp}`, type: 'Multikey', controller: did, publicKeyMultibase: fp };
    return { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: did, verificationMethod: [vm], assertionMethod: [vm.id], authentication: [vm.id] };
  };
  const documentLoader = async (url: string) => {
    if (url.startsWith('did:key:')) {
      const [did, frag] = url.split('#');
      const doc = didDoc(did);
      const document = frag ? { '@context': 'https://w3id.org/security/multikey/v1', ...(doc.verificationMethod as Json[])[0] } : doc;
      return { contextUrl: null, documentUrl: url, document };
    }
    return ctx.documentLoader(url);
  };
  const DataIntegrityProof = di.DataIntegrityProof as new (o: Json) => unknown;
  const Ed25519Signature2020 = ed2020.Ed25519Signature2020 as new (o?: Json) => unknown;
  const suite = [new DataIntegrityProof({ cryptosuite: eddsa.cryptosuite }), new Ed25519Signature2020()];
  const verifyCredential = vc.verifyCredential as (o: Json) => Promise<{ verified: boolean; error?: unknown }>;
  const issue = vc.issue as (o: Json) => Promise<Json>;
  const key = await (multikey.generate as (o?: Json) => Promise<Json & { publicKeyMultibase: string; signer(): unknown }>)();
  const did = `did:key:${key.publicKeyMultibase}`;
  key.id = `${did}#${key.publicKeyMultibase}`;
  key.controller = did;
  return {
    async verify(credential) {
      const r = await verifyCredential({ credential, suite, documentLoader, now: NOW, checkStatus: async () => ({ verified: true }) });
      return r.verified;
    },
    async issue(credential) {
      const signing = new DataIntegrityProof({ signer: key.signer(), cryptosuite: eddsa.cryptosuite });
      return issue({ credential: { ...credential, issuer: { ...(credential.issuer as Json), id: did } }, suite: signing, documentLoader });
    },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function timeOnce(fn: () => Promise<boolean>): Promise<{ ms: number; ok: boolean }> {
  const t = performance.now();
  const ok = await fn();
  return { ms: performance.now() - t, ok };
}

/** A credential signed by the reference issuer (eddsa-rdfc-2022, fresh did:key), OB 3.0 shaped. */
export function unsignedBadge(): Json {
  const doc = loadVector('v2EddsaWithValidStatus');
  delete doc.proof;
  delete doc.credentialStatus;
  doc.id = 'urn:uuid:7d1f0a52-6a43-4b0c-9a1e-6c2f1c0d8e11';
  return doc;
}

// ---- one fresh process per (implementation, credential): cold first call, then warm runs ----
// Separate processes keep the two from sharing jsonld's module-level context caches.
interface Timing { cold: number; warm: number; ok: boolean }

async function child(which: string, name: string): Promise<void> {
  const doc = name === 'signed-here' ? (JSON.parse(process.env.DI_BENCH_DOC ?? '{}') as Json) : loadVector(name);
  const verify = which === 'ours' ? await ours() : (await reference()).verify;
  const first = await timeOnce(() => verify(doc));
  let ok = first.ok;
  for (let i = 0; i < 10; i++) ok = (await verify(doc)) && ok;
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const r = await timeOnce(() => verify(doc));
    warm.push(r.ms);
    ok &&= r.ok;
  }
  process.stdout.write(JSON.stringify({ cold: first.ms, warm: median(warm), ok } satisfies Timing));
}

function run(which: string, name: string, signed: Json): Timing {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--di-child', which, name], {
    cwd: `${HERE}..`, env: { ...process.env, DI_BENCH_DOC: JSON.stringify(signed) }, encoding: 'utf8',
  });
  return JSON.parse(out) as Timing;
}

/** esbuild with code splitting, as an app bundler would: the entry chunk, and the lazy legacy-context chunk apart. */
async function chunkSize(shared = false): Promise<{ entry: number; entryMin: number; lazy: number }> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../src/core/verify/data-integrity/index.ts', import.meta.url))],
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', splitting: true, outdir: '/tmp/di-size', write: false, logLevel: 'silent',
    // shared: leave out what the eagerly loaded core already bundles (@scure/base, VerifyError), as an app build would
    ...(shared ? { external: ['@scure/base'], plugins: [{ name: 'core-shared', setup(b) { b.onResolve({ filter: /verify-error\.js$/ }, (a) => ({ path: a.path, external: true })); } }] } : {}),
  });
  const gz = (b: Uint8Array) => gzipSync(b, { level: 9 }).length;
  const entryFile = out.outputFiles.find((f) => /index\.js$/.test(f.path));
  const entryText = entryFile?.text ?? '';
  // chunks the entry imports statically load with it; dynamically imported ones only on demand
  const staticDeps = out.outputFiles.filter((f) => f !== entryFile && new RegExp(`from\\s*"\\./${f.path.split('/').pop()}"`).test(entryText));
  const lazy = out.outputFiles.filter((f) => f !== entryFile && !staticDeps.includes(f));
  const eager = [entryFile, ...staticDeps].filter((f): f is NonNullable<typeof f> => f !== undefined);
  return {
    entry: eager.reduce((n, f) => n + gz(f.contents), 0),
    entryMin: eager.reduce((n, f) => n + f.contents.length, 0),
    lazy: lazy.reduce((n, f) => n + gz(f.contents), 0),
  };
}

export default async function bench(): Promise<void> {
  const signed = await (await reference()).issue(unsignedBadge());
  const creds: [string, Json][] = [...NAMES.map((n): [string, Json] => [n, loadVector(n)]), ['signed-here', signed]];
  const f = (n: number) => n.toFixed(2).padStart(8);
  console.log('credential (proofs)             | ours cold | vc cold  | ours warm | vc warm  | warm ratio (vc/ours)');
  console.log('--------------------------------|-----------|----------|-----------|----------|---------------------');
  const ratios: number[] = [];
  for (const [name, doc] of creds) {
    // alternate the two ROUNDS times and keep each one's best run: the machine is shared, load comes and goes
    const os: Timing[] = [];
    const rs: Timing[] = [];
    for (let i = 0; i < ROUNDS; i++) { os.push(run('ours', name, signed)); rs.push(run('vc', name, signed)); }
    const best = (ts: Timing[]): Timing => ({ cold: Math.min(...ts.map((t) => t.cold)), warm: Math.min(...ts.map((t) => t.warm)), ok: ts.every((t) => t.ok) });
    const o = best(os);
    const r = best(rs);
    const ratio = r.warm / o.warm;
    ratios.push(ratio);
    const proofs = ([] as unknown[]).concat(doc.proof).map((p) => (p as Json).cryptosuite ?? (p as Json).type).join('+');
    console.log(`${`${name} (${proofs})`.slice(0, 31).padEnd(31)} | ${f(o.cold)}  | ${f(r.cold)} | ${f(o.warm)}  | ${f(r.warm)} | ${ratio.toFixed(2)}×${o.ok && r.ok ? '' : '  (!) a verification did not pass'}`);
  }
  console.log(`\nms per verification, each implementation in its own fresh Node process; cold = first call after import, warm = median of ${WARM_RUNS} after 11 warm-up calls; best of ${ROUNDS} alternating runs each.`);
  console.log(`Warm speed-up over @digitalbazaar/vc, median over credentials: ${median(ratios).toFixed(2)}× (goal ≥ 2×).`);
  const size = await chunkSize();
  const inApp = await chunkSize(true);
  console.log(`chunk src/core/verify/data-integrity/index.ts (jsonld + rdf-canonize + contexts): ${(size.entryMin / 1024).toFixed(1)} KB min, ${(size.entry / 1024).toFixed(1)} KB min+gzip = ${size.entry} bytes (goal ≤ 45 KB = 46080 bytes); pre-final OB 3.0 context, loaded only on demand: ${(size.lazy / 1024).toFixed(1)} KB min+gzip.`);
  console.log(`  without @scure/base and VerifyError, which the eagerly loaded core already bundles (what the lazy chunk adds in an app build): ${(inApp.entry / 1024).toFixed(1)} KB min+gzip.`);
}

if (process.argv[2] === '--di-child') await child(process.argv[3], process.argv[4]);
