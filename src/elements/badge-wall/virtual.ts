/**
 * The virtualizer with the wall's layouts (part of the body; its modules are imported by the element at
 * connect: `virtual-load.ts`). Layouts with a smaller overhang than the default (1000 px each way) keep the DOM small.
 */
import type { VirtualizerModules } from './virtual-load.js';

/** A layout spec for the `virtualize` directive (typed loosely: the package does not export its type). */
export type LayoutConfigValue = Parameters<typeof import('@lit-labs/virtualizer/virtualize.js').virtualize>[0] extends infer C ? C extends { layout?: infer L } ? L : never : never;

export interface Virtual {
  virtualize: typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;
  virtualizerRef: typeof import('@lit-labs/virtualizer/virtualize.js').virtualizerRef;
  /** `rtl`: the first tile of each row on the right (the virtualizer itself only lays out left to right). */
  grid(width: number, height: number, gap: number, rtl?: boolean): LayoutConfigValue;
  list(): LayoutConfigValue;
}

/** Pixels rendered beyond the viewport, each way. */
const OVERHANG = 400;

let made: Virtual | undefined;

/** The same object for every wall of the page. */
export function makeVirtual([v, g, f]: VirtualizerModules): Virtual {
  made ??= (() => {
    const shrink = (layout: object) => {
      (layout as { _overhang: number })._overhang = OVERHANG;
    };
    class WallGrid extends g.GridLayout {
      constructor(...args: ConstructorParameters<typeof g.GridLayout>) {
        super(...args);
        shrink(this);
      }
    }
    /** Right to left: each tile's position mirrored within the list's width (tiles are placed from `left: 0`, see the styles). */
    class WallGridRtl extends WallGrid {
      override _getItemPosition(idx: number): ReturnType<InstanceType<typeof g.GridLayout>['_getItemPosition']> {
        const pos = super._getItemPosition(idx);
        if (pos.left !== undefined) pos.left = Math.max(0, this._viewDim2 - pos.left - (pos.width ?? 0));
        return pos;
      }
    }
    class WallList extends f.FlowLayout {
      constructor(...args: ConstructorParameters<typeof f.FlowLayout>) {
        super(...args);
        shrink(this);
      }
    }
    return {
      virtualize: v.virtualize,
      virtualizerRef: v.virtualizerRef,
      grid: (width, height, gap, rtl) => ({ type: rtl ? WallGridRtl : WallGrid, itemSize: { width: `${width}px`, height: `${height}px` }, gap: `${gap}px`, flex: { preserve: 'height' }, justify: 'start', padding: '0' }) as unknown as LayoutConfigValue,
      list: () => ({ type: WallList }) as unknown as LayoutConfigValue,
    };
  })();
  return made;
}
