import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, restoreBounds } from '../../../electron/main/window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('restoreBounds', () => {
  it('restores a window that is on a screen', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 1200, height: 760 }, [screen])).toEqual({ x: 100, y: 80, width: 1200, height: 760 });
  });

  it('keeps the size but not the position of a window on a display that is gone', () => {
    expect(restoreBounds({ x: 2500, y: 100, width: 1200, height: 760 }, [screen])).toEqual({ width: 1200, height: 760 });
  });

  it('falls back to the default for missing or damaged state', () => {
    expect(restoreBounds(null, [screen])).toEqual(DEFAULT_BOUNDS);
    expect(restoreBounds({ x: 'a', y: 0, width: 10, height: 10 }, [screen])).toEqual(DEFAULT_BOUNDS);
    expect(restoreBounds({ x: 0, y: 0, width: Number.NaN, height: 10 }, [screen])).toEqual(DEFAULT_BOUNDS);
  });

  it('never restores a window too small to use', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 10, height: 10 }, [screen])).toMatchObject({ width: 760, height: 520 });
  });
});
