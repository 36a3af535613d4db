/**
 * The virtualizer's modules, imported by the wall at connect (in parallel with its body and its first source:
 * the tiles need them as soon as both are in). The body turns them into the wall's layouts (`virtual.ts`).
 */
import { lazy } from '../../core/lazy.js';

export type VirtualizerModules = readonly [
  typeof import('@lit-labs/virtualizer/virtualize.js'),
  typeof import('@lit-labs/virtualizer/layouts/grid.js'),
  typeof import('@lit-labs/virtualizer/layouts/flow.js'),
];

// (once per page; a failed fetch is asked for again by the next wall that connects)
const modules = lazy<VirtualizerModules>(() =>
  Promise.all([
    import('@lit-labs/virtualizer/virtualize.js'),
    import('@lit-labs/virtualizer/layouts/grid.js'),
    import('@lit-labs/virtualizer/layouts/flow.js'),
  ]),
);

export const importVirtualizer = (): Promise<VirtualizerModules> => modules.load();
