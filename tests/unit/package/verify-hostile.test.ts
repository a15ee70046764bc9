import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import type { BagProblem } from '../../../shared/package';
import { exportPackage, openPackage, verifyPackage } from '../../../electron/core/package';
import { bagFiles, bagLibrary, sha256 } from './bag-library';
import type { BagLibrary } from './bag-library';

/**
 * Hostile and damaged bags: each is refused with the problem a person needs to see, naming the
 * bad file, and verifyPackage lists it rather than throwing. openPackage refuses to open them.
 */
let fixture: BagLibrary;
let good: string;
beforeAll(async () => {
  fixture = await bagLibrary();
  good = path.join(fixture.root, 'good');
  await exportPackage(fixture.library, { out: good });
}, 120_000);
afterAll(() => fixture.cleanup());

let copies = 0;
async function copyOfGood(): Promise<string> {
  const copy = path.join(fixture.root, `copy-${(copies += 1)}`);
  await fs.cp(good, copy, { recursive: true });
  return copy;
}

/** A zip bag with the files given, written by yazl as it stands (names and modes as asked). */
async function zipOf(name: string, files: ReadonlyMap<string, Buffer>, modes: Record<string, number> = {}): Promise<string> {
  const file = path.join(fixture.root, name);
  const zip = new ZipFile();
  for (const [p, bytes] of files) zip.addBuffer(bytes, p, modes[p] !== undefined ? { mode: modes[p] } : {});
  zip.end();
  const output = createWriteStream(file);
  zip.outputStream.pipe(output);
  await finished(output);
  return file;
}

async function expectRefused(bag: string, expected: Partial<BagProblem>[]): Promise<void> {
  const report = await verifyPackage(bag);
  expect(report.valid).toBe(false);
  expect(report.problems).toEqual(expect.arrayContaining(expected.map((p) => expect.objectContaining(p))));
  await expect(openPackage(bag)).rejects.toMatchObject({ said: { code: 'package-damaged', count: report.problems.length } });
}

const issueJson = (): string => `data/issues/${fixture.issueId}/issue.json`;

describe('hostile and damaged bags are refused, each bad file named', () => {
  it('a manifest lying about a checksum', async () => {
    const bag = await copyOfGood();
    const manifest = await fs.readFile(path.join(bag, 'manifest-sha256.txt'), 'utf8');
    const line = manifest.split('\n').find((l) => l.endsWith(issueJson()))!;
    await fs.writeFile(path.join(bag, 'manifest-sha256.txt'), manifest.replace(line, `${'0'.repeat(64)}  ${issueJson()}`));
    await expectRefused(bag, [{ problem: 'checksum-mismatch', path: issueJson() }]);
  });

  it('a payload file changed after bagging', async () => {
    const bag = await copyOfGood();
    const target = path.join(bag, ...issueJson().split('/'));
    await fs.writeFile(target, (await fs.readFile(target, 'utf8')).replace('科技情报参考', '科技情报参老'));
    await expectRefused(bag, [{ problem: 'checksum-mismatch', path: issueJson() }]);
  });

  it('a file under data/ that the manifest does not list', async () => {
    const bag = await copyOfGood();
    await fs.writeFile(path.join(bag, 'data', 'extra.txt'), 'slipped in');
    await expectRefused(bag, [{ problem: 'not-in-manifest', path: 'data/extra.txt' }, { problem: 'oxum-mismatch' }]);
  });

  it('a manifest line with ../ and one with an absolute path', async () => {
    const bag = await copyOfGood();
    const extra = `${sha256(Buffer.from('x'))}  data/../../../etc/passwd\n${sha256(Buffer.from('x'))}  /etc/passwd\n`;
    await fs.appendFile(path.join(bag, 'manifest-sha256.txt'), extra);
    await expectRefused(bag, [
      { problem: 'outside-data', path: 'data/../../../etc/passwd' },
      { problem: 'outside-data', path: '/etc/passwd' },
    ]);
  });

  it('a symbolic link in a folder bag, listed as one and never followed', async () => {
    const bag = await copyOfGood();
    const link = path.join(bag, 'data', 'issues', fixture.issueId, 'files', 'elsewhere.txt');
    await fs.symlink('/etc/hostname', link);
    await expectRefused(bag, [{ problem: 'symlink', path: `data/issues/${fixture.issueId}/files/elsewhere.txt` }]);
  });

  it('a zip entry named ../ and a zip entry that is a link', async () => {
    const files = await bagFiles(good);
    // yazl refuses to write a `..` name, so the name is written under a placeholder of the same length and patched.
    files.set('data/zz/evil.txt', Buffer.from('escape'));
    const zipped = await zipOf('slip.zip', files);
    const bytes = await fs.readFile(zipped);
    const patched = Buffer.from(bytes.toString('latin1').split('data/zz/evil.txt').join('../../etc/passwd'), 'latin1');
    await fs.writeFile(zipped, patched);
    await expectRefused(zipped, [{ problem: 'outside-data', path: '../../etc/passwd' }]);

    const withLink = await bagFiles(good);
    withLink.set('data/link', Buffer.from('/etc/passwd'));
    const linked = await zipOf('link.zip', withLink, { 'data/link': 0o120777 });
    await expectRefused(linked, [{ problem: 'symlink', path: 'data/link' }]);
  });

  it('a bag claiming 1 TB is refused before any payload file is read', async () => {
    const bag = await copyOfGood();
    const info = await fs.readFile(path.join(bag, 'bag-info.txt'), 'utf8');
    await fs.writeFile(path.join(bag, 'bag-info.txt'), info.replace(/Payload-Oxum: .*/, 'Payload-Oxum: 1099511627776.8'));
    // A payload file damaged too: were it read, a checksum problem would be listed beside.
    await fs.appendFile(path.join(bag, ...issueJson().split('/')), ' ');
    const report = await verifyPackage(bag);
    expect(report.problems).toEqual([expect.objectContaining({ problem: 'too-large', path: 'bag-info.txt' })]);
  });

  it('more files or bytes than the limits allow', async () => {
    const report = await verifyPackage(good, { limits: { maxFiles: 3, maxBytes: 1024 ** 3 } });
    expect(report.problems).toEqual([expect.objectContaining({ problem: 'too-large' })]);
  });

  it('a truncated zip and a truncated tar', async () => {
    for (const name of ['cut.zip', 'cut.tar']) {
      const whole = path.join(fixture.root, `whole-${name}`);
      await exportPackage(fixture.library, { out: whole });
      const bytes = await fs.readFile(whole);
      const cut = path.join(fixture.root, name);
      await fs.writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const report = await verifyPackage(cut);
      expect(report).toMatchObject({ valid: false, problems: [expect.objectContaining({ problem: 'truncated' })] });
      await expect(openPackage(cut)).rejects.toMatchObject({ said: { code: 'package-damaged' } });
    }
  });

  it('a zip entry that inflates past its declared size (a zip bomb)', async () => {
    const files = await bagFiles(good);
    const zipped = await zipOf('bomb.zip', files);
    const bytes = await fs.readFile(zipped);
    // Declare issue.json smaller than it is, in the central directory (where readers take sizes from).
    const name = Buffer.from(issueJson());
    const central = bytes.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]), 0);
    let at = central;
    while (at !== -1 && !bytes.subarray(at + 46, at + 46 + name.length).equals(name)) at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
    expect(at).toBeGreaterThan(-1);
    bytes.writeUInt32LE(10, at + 24);
    await fs.writeFile(zipped, bytes);
    const report = await verifyPackage(zipped);
    expect(report.problems).toEqual(expect.arrayContaining([expect.objectContaining({ problem: 'too-large', path: issueJson(), detail: expect.stringMatching(/too many bytes/) })]));
    expect(report.valid).toBe(false);
  });

  it('not a bag at all, and a bag that is not a package', async () => {
    const plain = path.join(fixture.root, 'plain');
    await fs.mkdir(plain);
    expect((await verifyPackage(plain)).problems).toEqual([expect.objectContaining({ problem: 'not-a-bag', path: 'bagit.txt' })]);
    expect((await verifyPackage(path.join(fixture.root, 'absent.zip'))).problems).toEqual([expect.objectContaining({ problem: 'not-a-bag' })]);
  });
});
