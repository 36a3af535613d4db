/**
 * Loads the sample issuer's fixed keys (`demo/issuer/keys/*.json`, made once by generate-keys.ts)
 * and derives the public forms the documents need: JWK, PEM, did:key, Multikey.
 * Node-only (the issuer is built by Node servers: Vite, wtr, node:test).
 */
import { createPrivateKey, createPublicKey, type KeyObject, type JsonWebKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { base58 } from '@scure/base';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'keys');

export interface IssuerKey {
  name: string;
  privateJwk: JsonWebKey;
  publicJwk: JsonWebKey;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function load(name: string): IssuerKey {
  const { jwk } = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { jwk: JsonWebKey };
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const publicKey = createPublicKey(privateKey);
  return { name, privateJwk: jwk, publicJwk: publicKey.export({ format: 'jwk' }), privateKey, publicKey };
}

let cache: Keys | undefined;
export interface Keys {
  rsa: IssuerKey;
  didKey: IssuerKey;
  didWeb: IssuerKey;
  es256: IssuerKey;
  rogueEd25519: IssuerKey;
  rogueRsa1024: IssuerKey;
}

export function loadKeys(): Keys {
  cache ??= {
    rsa: load('rsa-2048'),
    didKey: load('ed25519-did-key'),
    didWeb: load('ed25519-did-web'),
    es256: load('es256'),
    rogueEd25519: load('rogue-ed25519'),
    rogueRsa1024: load('rogue-rsa-1024'),
  };
  return cache;
}

export function publicKeyPem(key: IssuerKey): string {
  return key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** Raw 32-byte Ed25519 public key. */
export function ed25519Raw(key: IssuerKey): Uint8Array {
  return new Uint8Array(Buffer.from(String(key.publicJwk.x), 'base64url'));
}

/** Raw 32-byte Ed25519 seed (private). */
export function ed25519Seed(key: IssuerKey): Uint8Array {
  return new Uint8Array(Buffer.from(String(key.privateJwk.d), 'base64url'));
}

/** Multikey `publicKeyMultibase`: 'z' + base58btc(0xed 0x01 + raw key). */
export function ed25519Multibase(key: IssuerKey): string {
  const raw = ed25519Raw(key);
  const bytes = new Uint8Array(2 + raw.length);
  bytes.set([0xed, 0x01]);
  bytes.set(raw, 2);
  return 'z' + base58.encode(bytes);
}

/** Multikey `secretKeyMultibase`: 'z' + base58btc(0x80 0x26 + seed + public key). */
export function ed25519SecretMultibase(key: IssuerKey): string {
  const seed = ed25519Seed(key);
  const raw = ed25519Raw(key);
  const bytes = new Uint8Array(2 + 64);
  bytes.set([0x80, 0x26]);
  bytes.set(seed, 2);
  bytes.set(raw, 34);
  return 'z' + base58.encode(bytes);
}

/** `did:key:z6Mk…` of an Ed25519 key. */
export function didKeyOf(key: IssuerKey): string {
  return `did:key:${ed25519Multibase(key)}`;
}

/** The did:key verification method id: `did:key:z6Mk…#z6Mk…`. */
export function didKeyVm(key: IssuerKey): string {
  const mb = ed25519Multibase(key);
  return `did:key:${mb}#${mb}`;
}
