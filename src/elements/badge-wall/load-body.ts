/** Loads the wall's body (`body.ts`) once per page; a failed load is tried again by the next wall that asks. */
export type WallBody = typeof import('./body.js');

let loading: Promise<WallBody> | undefined;

export function loadBody(): Promise<WallBody> {
  loading ??= import('./body.js').catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
