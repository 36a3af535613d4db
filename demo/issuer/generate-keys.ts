/**
 * Generates the sample issuer's keys ONCE and writes them as JWK JSON into `demo/issuer/keys/`.
 * The keys are committed so every build of the sample issuer is reproducible.
 * Run: `node --import tsx demo/issuer/generate-keys.ts [--force]` (refuses to overwrite without --force).
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'keys');
const force = process.argv.includes('--force');

interface Spec { file: string; purpose: string; make: () => { privateKey: KeyObject } }
const specs: Spec[] = [
  { file: 'rsa-2048.json', purpose: 'OB 2.0 signed assertions (RS256), CryptographicKey /issuer/ob2/keys/rsa.json', make: () => generateKeyPairSync('rsa', { modulusLength: 2048 }) },
  { file: 'ed25519-did-key.json', purpose: 'OB 3.0 issuer did:key (VC-JWT EdDSA and Data Integrity)', make: () => generateKeyPairSync('ed25519') },
  { file: 'ed25519-did-web.json', purpose: 'OB 3.0 issuer did:web:<host>:issuer (VC-JWT EdDSA and Data Integrity)', make: () => generateKeyPairSync('ed25519') },
  { file: 'es256.json', purpose: 'VC-JWT ES256 (P-256) key listed in the did:web document', make: () => generateKeyPairSync('ec', { namedCurve: 'P-256' }) },
  { file: 'rogue-ed25519.json', purpose: 'ROGUE: Ed25519 key bound to no issuer (key-not-bound-to-issuer cases)', make: () => generateKeyPairSync('ed25519') },
  { file: 'rogue-rsa-1024.json', purpose: 'ROGUE: weak RSA-1024 key (weak-key cases)', make: () => generateKeyPairSync('rsa', { modulusLength: 1024 }) },
];

mkdirSync(dir, { recursive: true });
for (const s of specs) {
  const path = join(dir, s.file);
  if (existsSync(path) && !force) { console.log(`keep ${s.file}`); continue; }
  const jwk = s.make().privateKey.export({ format: 'jwk' });
  writeFileSync(path, JSON.stringify({ purpose: s.purpose, jwk }, null, 2) + '\n');
  console.log(`wrote ${s.file}`);
}
