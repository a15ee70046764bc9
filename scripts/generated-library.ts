/**
 * `node --import tsx scripts/generated-library.ts DIR ARTICLES`: writes a library of generated
 * articles (the benchmark's corpus) with no search index, for tests and measurements that need
 * an index build to take a while. A script, so that Playwright tests can run it (their loader
 * cannot import the core).
 */
import { writeGeneratedLibrary } from '../tests/helpers/generated-library';

const [dir, articles] = process.argv.slice(2);
if (!dir || !articles || !Number.isInteger(Number(articles))) {
  console.error('usage: generated-library.ts DIR ARTICLES');
  process.exit(2);
}
await writeGeneratedLibrary(dir, Number(articles));
