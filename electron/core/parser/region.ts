import { MAX_PLACE_NAME_LENGTH, placesByName } from './gazetteer';
import type { Place } from './gazetteer';

/**
 * The place a title opens with, as written: `内蒙古`, `安徽省六安市`, `湖北武汉`, `南京市`,
 * `准格尔旗`. Longest match wins, and a chain continues only into a division of the
 * place before it (湖北 → 武汉, not 湖北 → any 武汉-like name elsewhere).
 */
export function findRegion(title: string): string | null {
  const end = longestChain(title, 0, null);
  return end > 0 ? title.slice(0, end) : null;
}

function longestChain(title: string, from: number, parent: Place | null): number {
  let best = parent === null ? 0 : from;
  for (const { place, length } of placesAt(title, from)) {
    if (!canFollow(place, parent)) continue;
    const end = longestChain(title, from + length, place);
    if (end > best) best = end;
  }
  return best;
}

function placesAt(title: string, from: number): { place: Place; length: number }[] {
  const found: { place: Place; length: number }[] = [];
  const names = placesByName();
  for (let length = Math.min(MAX_PLACE_NAME_LENGTH, title.length - from); length >= 2; length -= 1) {
    for (const place of names.get(title.slice(from, from + length)) ?? []) found.push({ place, length });
  }
  return found;
}

// County short forms (`鼓楼` for 鼓楼区) collide with ordinary words, so they count only
// after their city or province has been named.
function canFollow(place: Place, parent: Place | null): boolean {
  if (parent === null) return !(place.short && place.level === 'county');
  const prefix = parent.level === 'province' ? parent.code.slice(0, 2) : parent.code.slice(0, 4);
  return parent.level !== 'county' && place.level !== parent.level && place.code.startsWith(prefix) && place.code !== parent.code;
}
