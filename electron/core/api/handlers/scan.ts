import { promises as fs } from 'node:fs';
import path from 'node:path';
import { issueFiles } from '../../../../shared/catalog';
import type { scanMethods } from '../../../../shared/contract/scan';
import type { ScanReading } from '../../../../shared/scan';
import { ArchiveError } from '../../errors';
import { originalFile } from '../../library/layout';
import { readScanFile } from '../../library/scan-file';
import { ScanPageImages } from '../../scan/page-images';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

type ScanOf = { draftId: string } | { issueId: string };

interface ScanSource {
  reading: ScanReading;
  original: () => Promise<Uint8Array>;
}

/**
 * Scanned issues (issue 16): the reading of a draft (held in memory with its file) or of an issue
 * (scans/<id>.json, its pages drawn again from the original under files/).
 */
export function scanHandlers(context: ApiContext): AreaHandlers<keyof typeof scanMethods> {
  const images = new ScanPageImages();

  async function sourceOf(of: ScanOf): Promise<ScanSource | null> {
    if ('draftId' in of) {
      const held = context.drafts.scanOf(of.draftId);
      return held && { reading: held.reading, original: async () => held.bytes };
    }
    const issue = context.library.getIssue(of.issueId);
    const reading = await readScanFile(context.library.dir, issue.id);
    if (!reading) return null;
    const file = issueFiles(issue).find((f) => f.sha256 === reading.sha256) ?? issue.original;
    const relative = originalFile(file.sha256, file.ext);
    return {
      reading,
      original: () =>
        fs.readFile(path.join(context.library.dir, relative)).catch(() => {
          throw ArchiveError.of('library-damaged', { code: 'original-missing', name: file.name, file: relative });
        }),
    };
  }

  return {
    'scan.get': async ({ of }) => (await sourceOf(of))?.reading ?? null,
    'scan.pageImage': async ({ of, page, maxWidth }) => {
      const source = await sourceOf(of);
      if (!source) throw ArchiveError.of('not-found', { code: 'scan-none' });
      const image = await images.pageImage(source.reading, source.original, page, maxWidth);
      return { page, mime: 'image/png', width: image.width, height: image.height, dataBase64: Buffer.from(image.png).toString('base64') };
    },
  };
}
