import { markKind } from '../ui/shared/card-id';
import type { Mark } from './marks';
import type { TextMap } from './text-map';
import './highlights.css';

const FLASH_MS = 1600;
const NAMES = { source: 'backstory-source', claim: 'backstory-claim', correction: 'backstory-correction' } as const;
const FLASH = 'backstory-flash';

interface Placed {
  id: string;
  range: Range;
}

export interface Highlights {
  /** Scrolls to the first mention of a card and flashes it; false when it is not in the page. */
  reveal(id: string): boolean;
  /** The card of the highlighted mention under a viewport point (the smallest one), or null. */
  idAt(x: number, y: number): string | null;
  stop(): void;
}

/** The CSS Custom Highlight API where the browser has it (Chromium 105+, Firefox 140+); else null. */
function registry(): HighlightRegistry | null {
  try {
    return typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function' ? CSS.highlights : null;
  } catch {
    return null;
  }
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const pos = doc.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/**
 * Highlights the marks in the article. Without the Highlight API nothing is painted, but reveal still
 * scrolls to the mention and selects it briefly, so card-to-article navigation keeps working.
 */
export function showHighlights(map: TextMap, marks: Mark[]): Highlights {
  const placed: Placed[] = [];
  for (const m of marks) {
    const range = map.rangeOf(m.start, m.end);
    if (range) placed.push({ id: m.id, range });
  }
  const reg = registry();
  if (reg) {
    try {
      for (const [kind, name] of Object.entries(NAMES)) {
        reg.set(name, new Highlight(...placed.filter((p) => markKind(p.id) === kind).map((p) => p.range)));
      }
    } catch (e) {
      console.warn('Backstory: highlights unavailable:', e);
    }
  }
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    reveal(id) {
      const first = placed.find((p) => p.id === id);
      if (!first) return false;
      const target = first.range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      clearTimeout(flashTimer);
      try {
        if (reg) reg.set(FLASH, new Highlight(first.range));
        else {
          window.getSelection()?.removeAllRanges();
          window.getSelection()?.addRange(first.range.cloneRange());
        }
      } catch {
        // Flashing is a nicety; the scroll already happened.
      }
      flashTimer = setTimeout(() => (reg ? reg.delete(FLASH) : window.getSelection()?.removeAllRanges()), FLASH_MS);
      return true;
    },
    idAt(x, y) {
      const caret = caretAt(x, y);
      if (!caret) return null;
      let best: Placed | null = null;
      for (const p of placed) {
        try {
          if (p.range.isPointInRange(caret.node, caret.offset) && (!best || p.range.toString().length < best.range.toString().length)) best = p;
        } catch {
          // A point in another document or a detached node is simply not in this range.
        }
      }
      return best?.id ?? null;
    },
    stop() {
      clearTimeout(flashTimer);
      if (reg) for (const name of [...Object.values(NAMES), FLASH]) reg.delete(name);
    },
  };
}
