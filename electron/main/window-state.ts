import { z } from 'zod';

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: Bounds = { width: 1280, height: 800 };

/**
 * Restores the saved window bounds when they are sane and still visible on some display (a
 * laptop unplugged from its second screen must not open the window off-screen).
 */
export function restoreBounds(saved: unknown, workAreas: readonly Rect[]): Bounds {
  if (!isRect(saved)) return DEFAULT_BOUNDS;
  const width = Math.max(760, Math.min(saved.width, 10_000));
  const height = Math.max(520, Math.min(saved.height, 10_000));
  const visible = workAreas.some(
    (area) =>
      saved.x + 100 <= area.x + area.width &&
      saved.x + width - 100 >= area.x &&
      saved.y >= area.y - 10 &&
      saved.y + 50 <= area.y + area.height,
  );
  return visible ? { x: saved.x, y: saved.y, width, height } : { width, height };
}

const RectSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

function isRect(value: unknown): value is Rect {
  return RectSchema.safeParse(value).success;
}
