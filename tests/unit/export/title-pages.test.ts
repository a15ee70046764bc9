import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumPdfEngine } from '../../../electron/core/export';
import { printsTitle } from '../../../electron/core/export/pdf/title-pages';
import { libraryWithSample } from '../../helpers/temp-library';
import { exportOne, servicesWith } from './helpers';

describe('which outline entry is an article title', () => {
  it('takes the heading as printed, with note references after it', () => {
    expect(printsTitle('武汉出台促进科技成果转化20条新政', '武汉出台促进科技成果转化20条新政')).toBe(true);
    expect(printsTitle('武汉出台促进科技成果转化20条新政[1]', '武汉出台促进科技成果转化20条新政')).toBe(true);
  });
  it("takes Chromium's name for a heading that wraps: its first line, then its whole text", () => {
    expect(printsTitle('南京市厚植科创沃土推动南京市厚植科创沃土推动创新型民营经济高质量发展', '南京市厚植科创沃土推动创新型民营经济高质量发展')).toBe(true);
  });
  it('does not take another heading', () => {
    expect(printsTitle('目录', '武汉出台促进科技成果转化20条新政')).toBe(false);
    expect(printsTitle('南京持续强化四链融合', '南京市厚植科创沃土推动创新型民营经济高质量发展')).toBe(false);
  });
});

describe.skipIf(!ChromiumPdfEngine.available())('printing an issue to PDF', () => {
  const engine = new ChromiumPdfEngine();
  afterAll(() => engine.close());

  it('prints it twice the first time (to learn its pages, then with them), once when the same issue is exported again', async () => {
    const { library, issueId } = await libraryWithSample();
    const services = servicesWith(library, engine);
    const first = await exportOne(library, { target: { kind: 'issue', issueId }, format: 'pdf' }, services);
    expect(engine.prints).toBe(2);
    const again = await exportOne(library, { target: { kind: 'issue', issueId }, format: 'pdf' }, services);
    expect(engine.prints).toBe(3);
    expect(again.bytes.length).toBeGreaterThan(0);
    expect(first.bytes.length).toBeGreaterThan(0);
    await library.close();
  });
});
