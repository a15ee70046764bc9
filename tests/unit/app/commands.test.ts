import { describe, expect, it } from 'vitest';
import { commandForKey, keyName } from '../../../renderer/src/commands/keys';

const key = (name: string, modifiers: { ctrl?: boolean; alt?: boolean } = {}) => ({
  key: name,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: false,
  altKey: modifiers.alt ?? false,
});

describe('keyboard commands', () => {
  it('turns articles with ←/→ and j/k', () => {
    expect(commandForKey(key('ArrowRight'), false)).toBe('next-article');
    expect(commandForKey(key('j'), false)).toBe('next-article');
    expect(commandForKey(key('J'), false)).toBe('next-article');
    expect(commandForKey(key('ArrowLeft'), false)).toBe('previous-article');
    expect(commandForKey(key('k'), false)).toBe('previous-article');
  });

  it('maps Ctrl shortcuts in the browser, and leaves them to the native menu in Electron', () => {
    expect(commandForKey(key('o', { ctrl: true }), false)).toBe('import');
    expect(commandForKey(key('=', { ctrl: true }), false)).toBe('zoom-in');
    expect(commandForKey(key('o', { ctrl: true }), true)).toBeNull();
    expect(commandForKey(key('j'), true)).toBe('next-article');
  });

  it('names keys the way the registry does', () => {
    expect(keyName(key('ArrowLeft', { alt: true }))).toBe('Alt+ArrowLeft');
    expect(commandForKey(key('x'), false)).toBeNull();
  });
});
