import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bagFileAt, isPayloadPath, unsafeBagPath } from '../../../electron/core/package/bag/bag-path';
import { containerOf } from '../../../electron/core/package/bag/bag-sink';

describe('paths inside a bag', () => {
  it('accepts the plain relative ASCII paths a package uses', () => {
    expect(unsafeBagPath('data/issues/63438105a53b/files/' + 'a'.repeat(64) + '.pdf')).toBeNull();
    expect(unsafeBagPath('bagit.txt')).toBeNull();
    expect(isPayloadPath('data/package.json')).toBe(true);
    expect(isPayloadPath('bag-info.txt')).toBe(false);
    expect(isPayloadPath('data/')).toBe(false);
  });

  it.each([
    ['data/../../etc/passwd', /\.\./],
    ['../data/x', /\.\./],
    ['/etc/passwd', /absolute/],
    ['C:/Windows/win.ini', /absolute/],
    ['c:evil', /absolute/],
    ['data\\..\\..\\evil', /backslash/],
    ['data//x', /empty/],
    ['data/./x', /empty/],
    ['data/x\0y', /NUL/],
    ['data/名字.txt', /characters/],
    ['data/a b', /characters/],
    ['', /empty/],
  ])('refuses %j', (given, reason) => {
    expect(unsafeBagPath(given)).toMatch(reason);
  });

  it('builds the file of a bag path on Windows and on Unix, segment by segment', () => {
    // A `/` in a bag path is only ever a separator: never a drive, a root or a backslash.
    expect(bagFileAt('C:\\Users\\李涛\\包', 'data/issues/abc1/issue.json', path.win32)).toBe('C:\\Users\\李涛\\包\\data\\issues\\abc1\\issue.json');
    expect(bagFileAt('/media/usb/bag', 'data/issues/abc1/issue.json', path.posix)).toBe('/media/usb/bag/data/issues/abc1/issue.json');
  });

  it('chooses the container by the extension asked for, in any case', () => {
    expect(containerOf('E:\\备份\\2024.ZIP')).toBe('zip');
    expect(containerOf('/media/usb/2024.tar')).toBe('tar');
    expect(containerOf('/media/usb/2024-package')).toBe('folder');
  });
});
