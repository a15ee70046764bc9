import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { catalogueFieldsOf } from '../../../electron/core/library/catalogue-from-parse';
import { draftReference } from '../../../shared/reference-code';
import { defaultCatalogueSettings } from '../../../shared/catalogue-fields';
import { libraryWithSample, sampleBytes, snapshot } from '../../helpers/temp-library';
import { archiveCaller } from '../../helpers/archive-call';

/** The sample issue again as another number of the same series (a second, different issue). */
function sampleAsNumber(n: number): Buffer {
  return Buffer.from(sampleBytes().toString('utf8').replace('2024 年第 3 期', `2024 年第 ${n} 期`));
}

describe('catalogue fields and 档号', () => {
  it('fills what the bulletin prints (密级, 准印证, closing block) into the record', () => {
    const fields = catalogueFieldsOf({
      marks: { notices: ['内部资料'], security: '秘密★1年', permit: '蒙内准字第123号' },
      closing: { distribution: [{ role: '报', recipients: ['市委办公室', '市政府办公室'] }], printedBy: '市科技局办公室', printedOn: '2024-06-18', printRun: 120 },
    });
    expect(fields).toMatchObject({ security: '秘密', securityTerm: '1年', permit: '蒙内准字第123号', printRun: 120, printedBy: '市科技局办公室', printedOn: '2024-06-18' });
    expect(fields.distribution).toEqual([{ role: '报', recipients: ['市委办公室', '市政府办公室'] }]);
  });

  it('saves every field, and generates a unique 档号 once the fonds and retention are known', async () => {
    const { library, issueId } = await libraryWithSample();
    const second = await library.importBulletin({ name: 'n4.txt', bytes: sampleAsNumber(4) });
    if (second.status !== 'imported') throw new Error(second.message);
    const { call, close } = archiveCaller(library);
    try {
      const patch = {
        pages: 24,
        location: { room: '档案室 2', cabinet: 'B', box: '12' },
        accessionNumber: 'DJ-2024-0031',
        retention: { code: 'D30' as const, label: '长期30年' },
        security: '内部',
        securityTerm: '长期',
        remarks: '纸本缺封底',
      };
      const updated = await call('issues.update', { issueId, patch });
      expect(updated).toMatchObject(patch);
      // No 全宗号 yet: no 档号, rather than a half-made one.
      expect(updated.reference).toBeNull();
      await call('catalogue.setSettings', { patch: { fonds: 'J012' } });
      const first = await call('issues.update', { issueId, patch: { remarks: '纸本缺封底。' } });
      expect(first.reference).toBe('J012-WS·2024-D30-0001');
      const other = await call('issues.update', { issueId: second.issueId, patch: { retention: { code: 'D30', label: '长期30年' } } });
      expect(other.reference).toBe('J012-WS·2024-D30-0002');
      // A 档号 set by hand that another issue holds is refused, naming that issue; nothing changes.
      const before = await snapshot(library.dir);
      await expect(call('issues.update', { issueId: second.issueId, patch: { reference: 'J012-WS·2024-D30-0001' } })).rejects.toThrow(
        /J012-WS·2024-D30-0001 is already used by 科技情报参考:2024:3/,
      );
      expect(await snapshot(library.dir)).toEqual(before);
      // It survives reopening the library.
      const reopened = await openLibrary(library.dir);
      expect(reopened.getIssue(issueId)).toMatchObject({ ...patch, remarks: '纸本缺封底。', reference: 'J012-WS·2024-D30-0001' });
    } finally {
      await close();
    }
  });

  it('refuses a pattern with fields it does not know', async () => {
    const { library } = await libraryWithSample();
    const { call, close } = archiveCaller(library);
    try {
      await expect(call('catalogue.setSettings', { patch: { referencePattern: '{fonds}-{shelf}-{item:3}' } })).rejects.toThrow(/shelf/);
      expect((await call('catalogue.settings', {})).referencePattern).toBe('{fonds}-{category}·{year}-{retention}-{item:4}');
    } finally {
      await close();
    }
  });

  it('draws a 档号 from a pattern, padding the item number', () => {
    const draft = draftReference({ ...defaultCatalogueSettings(), fonds: 'Z1', referencePattern: '{fonds}·{year}-{series}-{number:2}-{item:3}' }, { series: '简报', year: 2023, number: 7, retention: null });
    expect(draft.kind === 'ready' && draft.render(5)).toBe('Z1·2023-简报-07-005');
    expect(draftReference(defaultCatalogueSettings(), { series: '简报', year: null, number: 7, retention: 'Y' })).toEqual({ kind: 'missing', missing: ['fonds', 'year'] });
  });

  it('sets a field on several issues at once, or none when one of them cannot take it', async () => {
    const { library, issueId } = await libraryWithSample();
    const second = await library.importBulletin({ name: 'n4.txt', bytes: sampleAsNumber(4) });
    if (second.status !== 'imported') throw new Error(second.message);
    const { call, close } = archiveCaller(library);
    try {
      expect(await call('issues.updateMany', { issueIds: [issueId, second.issueId], patch: { location: { room: '201', cabinet: '3', box: '7' } } })).toEqual({ updated: 2 });
      expect(library.getIssue(second.issueId).location).toEqual({ room: '201', cabinet: '3', box: '7' });
      // Moving both to another series that already holds No. 3 of 2024 would make two of it: refused whole.
      const third = await library.importBulletin({ name: 'other.txt', bytes: Buffer.from(sampleBytes().toString('utf8').replace(/科技情报参考/g, '工作动态')) });
      if (third.status !== 'imported') throw new Error(third.message);
      const catalog = await fs.readFile(path.join(library.dir, 'catalog.json'), 'utf8');
      await expect(call('issues.updateMany', { issueIds: [second.issueId, issueId], patch: { series: '工作动态' } })).rejects.toThrow(/already in the library/);
      expect(await fs.readFile(path.join(library.dir, 'catalog.json'), 'utf8')).toBe(catalog);
      expect(await call('issues.updateMany', { issueIds: [second.issueId], patch: { series: '工作动态' } })).toEqual({ updated: 1 });
      expect(library.getIssue(second.issueId).series).toBe('工作动态');
    } finally {
      await close();
    }
  });
});
