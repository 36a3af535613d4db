/** Keyboard model of the menu (WAI-ARIA APG "menu button"), as a pure function. */
export type MenuMove = { focus: number } | { close: 'button' | 'away' } | undefined;

/**
 * What a key does in an open menu of `count` items with item `current` focused:
 * arrows move (wrapping), Home/End jump, Escape closes and returns to the button, Tab closes and
 * lets focus move on, a letter moves to the next item starting with it.
 */
export function menuKey(key: string, current: number, labels: readonly string[]): MenuMove {
  const count = labels.length;
  if (count === 0) return key === 'Escape' ? { close: 'button' } : undefined;
  switch (key) {
    case 'ArrowDown':
      return { focus: (current + 1) % count };
    case 'ArrowUp':
      return { focus: (current - 1 + count) % count };
    case 'Home':
    case 'PageUp':
      return { focus: 0 };
    case 'End':
    case 'PageDown':
      return { focus: count - 1 };
    case 'Escape':
      return { close: 'button' };
    case 'Tab':
      return { close: 'away' };
    default: {
      if (key.length !== 1 || !/\S/.test(key)) return undefined;
      const k = key.toLowerCase();
      for (let i = 1; i <= count; i++) {
        const j = (current + i) % count;
        if (labels[j]!.trim().toLowerCase().startsWith(k)) return { focus: j };
      }
      return undefined;
    }
  }
}
