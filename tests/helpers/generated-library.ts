import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { IssueSchema } from '../../shared/catalog';
import { openLibrary } from '../../electron/core/library';
import type { Library } from '../../electron/core/library';
import { textsFile } from '../../electron/core/library/layout';
import { generateCorpus } from '../bench/corpus';

/**
 * A real library folder holding `articles` generated articles (the benchmark's corpus: six an
 * issue, about 3,000 characters each), written through the catalogue's own commit path with
 * their texts files beside it, so that building its search index takes a while. Used where a
 * test or a measurement needs an index build in progress.
 */
export async function writeGeneratedLibrary(dir: string, articles: number, seed?: number): Promise<Library> {
  const corpus = generateCorpus(articles, seed);
  const library = await openLibrary(dir, { create: true });
  await library.writeCatalog(async (catalog) => {
    for (const generated of corpus.issues) {
      const texts = corpus.texts.get(generated.id);
      if (!texts) throw new Error(`no texts for ${generated.id}`);
      const file = path.join(dir, textsFile(generated.id));
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, JSON.stringify(texts));
      const sha256 = createHash('sha256').update(generated.id).digest('hex');
      catalog.issues.push(
        IssueSchema.parse({
          ...generated,
          original: { ...generated.original, sha256 },
          totalNumber: null,
          reviewer: null,
          phone: null,
          warnings: [],
          needsReview: false,
        }),
      );
    }
  });
  return library;
}
