/** Deliberately broken OB 3.0 credentials: one per failure code the proof, key and claim checks must catch. */
import { SignJWT } from 'jose';
import { GUILD, learner } from './data.js';
import { BuildCtx, fail, secs } from './ctx.js';
import { signRdfc, signRdfcUnsafe } from './di.js';
import { didKeyOf, didKeyVm, ed25519Multibase, ed25519Raw, loadKeys } from './keys.js';
import { OB3_303, VC_V2, didWebOf, ob3Credential, ob3Paths, signVcJwt, signerOf, type CredDef } from './ob3.js';
import { diSigner } from './ob3-di.js';

type Json = Record<string, unknown>;
const b64 = (x: unknown) => Buffer.from(JSON.stringify(x)).toString('base64url');
const EXTRA_CONTEXT = 'https://contexts.opendataguild.example/guild-extensions/v1';

export async function buildBrokenOb3(c: BuildCtx): Promise<void> {
  const k = loadKeys();
  const base = (key: string, kind: CredDef['kind'], vcdm: 1 | 2 = 2, slug = 'sql-querying'): Json =>
    ob3Credential(c, { key, slug, learner: 'mei', kind, vcdm, validFrom: '2025-09-09T00:00:00Z' });
  const addJson = async (key: string, title: string, doc: Json, expect: ReturnType<typeof fail>) => {
    const path = ob3Paths.credential(key);
    c.json(path, doc);
    c.add({ key, title, format: 'ob3-json', path, expect, recipient: { identity: learner('mei').email }, body: 'json', tags: ['broken', 'data-integrity'] });
  };
  const addJwt = (key: string, title: string, jwt: string, expect: ReturnType<typeof fail>) => {
    const path = ob3Paths.jwt(key);
    c.text(path, jwt, 'application/vc+jwt');
    c.add({ key, title, format: 'ob3-jwt', path, expect, recipient: { identity: learner('mei').email }, body: 'jwt', tags: ['broken'] });
  };
  const created = '2025-09-09T00:00:00Z';

  // invalid-signature: edited after signing
  {
    const signed = await signRdfc(base('broken-di-tampered', 'did:key', 2, 'data-practitioner-capstone'), diSigner(c, 'did:key', created));
    ((signed.credentialSubject as Json).achievement as Json).name = 'Data Practitioner Capstone (with Distinction)';
    await addJson('broken-di-tampered', 'OB 3.0 eddsa-rdfc-2022 credential whose achievement name was edited after signing', signed, fail('invalid-signature'));
    const s = signerOf(c, 'did:key');
    const jwt = await signVcJwt(base('broken-jwt-tampered', 'did:key', 2, 'applied-statistics'), { key: s.key, alg: s.alg, kid: s.kid });
    const [h, p, sig] = jwt.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Json;
    payload.name = 'Applied Statistics (Honours)';
    addJwt('broken-jwt-tampered', 'OB 3.0 VC-JWT whose payload was edited after signing', `${h}.${b64(payload)}.${sig}`, fail('invalid-signature'));
  }
  // malformed: validUntil before validFrom (validly signed)
  {
    const cred = base('broken-di-dates', 'did:key');
    cred.validFrom = '2025-06-01T00:00:00Z';
    cred.validUntil = '2024-06-01T00:00:00Z';
    await addJson('broken-di-dates', 'OB 3.0 eddsa-rdfc-2022 credential whose validUntil (2024) is before its validFrom (2025)', await signRdfc(cred, diSigner(c, 'did:key', created)), fail('malformed'));
  }
  // unsupported-proof: a cryptosuite this verifier does not implement
  {
    const cred = base('broken-di-bbs', 'did:key');
    cred.proof = {
      type: 'DataIntegrityProof', cryptosuite: 'bbs-2023', created, verificationMethod: didKeyVm(k.didKey), proofPurpose: 'assertionMethod',
      proofValue: 'u2V0ChVhAl7SKaUdfCPcEfyCh-dmjdLA9S3KmCJNKyKtLNUW6xvE2YRd0aVPDcQKuMCcQm1tySc-ArGm7CvOe04vV9jmXSHBDeAOxl5d4xUdC',
    };
    await addJson('broken-di-bbs', 'OB 3.0 credential with a bbs-2023 Data Integrity proof (cryptosuite not supported)', cred, fail('unsupported-proof'));
  }
  // unsupported-alg: HS256 keyed with the issuer's public key; alg none
  {
    const cred = base('broken-jwt-hs256', 'did:key', 1);
    const claims = { iss: didKeyOf(k.didKey), jti: String(cred.id), nbf: secs(created), vc: cred };
    const hs = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: didKeyVm(k.didKey) }).sign(ed25519Raw(k.didKey));
    addJwt('broken-jwt-hs256', 'OB 3.0 VC-JWT "signed" with HS256 using the issuer\'s public did:key bytes as HMAC secret', hs, fail('unsupported-alg'));
    const noneCred = base('broken-jwt-alg-none', 'did:key', 1);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, jti: String(noneCred.id), vc: noneCred })}.`;
    addJwt('broken-jwt-alg-none', 'OB 3.0 VC-JWT with alg "none" and no signature', none, fail('unsupported-alg'));
  }
  // key-not-bound-to-issuer: (a) rogue did:key signs for the guild's did:key issuer
  {
    const rogue = { key: k.rogueEd25519, vm: didKeyVm(k.rogueEd25519), controller: didKeyOf(k.rogueEd25519), created };
    await addJson('broken-di-rogue-key', 'OB 3.0 eddsa-rdfc-2022 credential naming the guild\'s did:key as issuer but signed by another did:key', await signRdfc(base('broken-di-rogue-key', 'did:key'), rogue), fail('key-not-bound-to-issuer'));
  }
  // (b) a JWT carrying the attacker's own key in its header
  {
    const cred = base('broken-jwt-header-jwk', 'did:web', 2, 'data-practitioner-capstone');
    const jwt = await signVcJwt(cred, { key: k.rogueEd25519, alg: 'EdDSA', header: { jwk: { kty: 'OKP', crv: 'Ed25519', x: k.rogueEd25519.publicJwk.x } } });
    addJwt('broken-jwt-header-jwk', 'OB 3.0 VC-JWT for the did:web issuer, signed by a key carried in its own jwk header (not published by the issuer)', jwt, fail('key-not-bound-to-issuer'));
  }
  // (c) did:web document that lists the key only for authentication, not under assertionMethod
  {
    const did = `${didWebOf(c)}:unbound`;
    c.json('/issuer/unbound/did.json', {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: did,
      verificationMethod: [{ id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: ed25519Multibase(k.rogueEd25519) }],
      authentication: [`${did}#key-1`],
    }, { contentType: 'application/did+json' });
    const cred = base('broken-didweb-not-assertion', 'did:web');
    (cred.issuer as Json).id = did;
    const signed = await signRdfc(cred, { key: k.rogueEd25519, vm: `${did}#key-1`, controller: did, created });
    await addJson('broken-didweb-not-assertion', 'OB 3.0 eddsa-rdfc-2022 credential from a did:web whose document lists the key for authentication only (not assertionMethod)', signed, fail('key-not-bound-to-issuer'));
  }
  // key-resolution-failed: did:web with no did.json
  {
    const did = `${didWebOf(c)}:retired`;
    const cred = base('broken-didweb-missing', 'did:web');
    (cred.issuer as Json).id = did;
    const signed = await signRdfc(cred, { key: k.rogueEd25519, vm: `${did}#key-1`, controller: did, created });
    await addJson('broken-didweb-missing', 'OB 3.0 eddsa-rdfc-2022 credential from a did:web whose did.json does not exist (404)', signed, fail('key-resolution-failed'));
  }
  // context-not-allowed: an extra context this verifier does not bundle (validly signed with it)
  {
    const cred = base('broken-di-unknown-context', 'did:key');
    cred['@context'] = [VC_V2, OB3_303, EXTRA_CONTEXT];
    cred.guildChapter = 'Kestrel Bay North';
    const extra = { [EXTRA_CONTEXT]: { '@context': { guildChapter: 'https://opendataguild.example/vocab#guildChapter' } } };
    await addJson('broken-di-unknown-context', `OB 3.0 eddsa-rdfc-2022 credential using a context that is not bundled (${EXTRA_CONTEXT})`, await signRdfc(cred, { ...diSigner(c, 'did:key', created), extraContexts: extra }), fail('context-not-allowed'));
  }
  // data-loss: an undefined term, silently dropped when canonicalized without safe mode (signature covers the rest)
  {
    const cred = base('broken-di-data-loss', 'did:key', 2, 'data-visualization');
    cred.guildMembershipLevel = 'Fellow';
    await addJson('broken-di-data-loss', 'OB 3.0 eddsa-rdfc-2022 credential with a term no context defines (guildMembershipLevel): dropped by JSON-LD, so unsigned', await signRdfcUnsafe(cred, diSigner(c, 'did:key', created)), fail('data-loss'));
  }
  // claim-mismatch: JWT iss names the did:key, the credential names the did:web issuer (which signed it)
  {
    const cred = base('broken-jwt-iss-mismatch', 'did:web', 1, 'python-for-data');
    const s = signerOf(c, 'did:web');
    const jwt = await signVcJwt(cred, { key: s.key, alg: s.alg, kid: s.kid, claims: { iss: didKeyOf(k.didKey) } });
    addJwt('broken-jwt-iss-mismatch', 'OB 3.0 VC-JWT (VCDM 1.1) whose iss claim names another issuer than vc.issuer', jwt, fail('claim-mismatch'));
  }
  // unknown-format: a JSON document that is not a badge at all
  {
    const path = '/issuer/misc/opening-hours.json';
    c.json(path, {
      '@context': 'https://schema.org', '@type': 'Library', name: `${GUILD.shortName} reading room`,
      openingHours: ['Tu-Th 18:00-21:00', 'Sa 10:00-14:00'], address: { '@type': 'PostalAddress', addressLocality: 'Kestrel Bay' },
    }, { contentType: 'application/json' });
    c.add({ key: 'broken-unknown-format', title: 'A JSON-LD document that is not a badge (a schema.org Library)', format: 'unknown', path, expect: fail('unknown-format'), body: 'json', tags: ['broken'] });
  }
}
