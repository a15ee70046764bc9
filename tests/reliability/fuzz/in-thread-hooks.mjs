/**
 * Module hooks for the fuzz children: the importer's "run the extraction in a fresh worker"
 * module is swapped for one that runs the same extraction code in the child's own thread.
 * A fresh worker costs seconds on a loaded machine; the child process around it gives the
 * isolation (the pool kills it past its deadline or its memory limit). Everything else of
 * readBulletin runs as shipped. The worker path itself is fuzzed apart, with fewer inputs.
 */
export async function resolve(specifier, context, next) {
  if (specifier === './run-worker' && context.parentURL?.includes('/importers/extract/')) {
    // Resolved through the next hook (tsx), which then also compiles the TypeScript it resolved.
    return next(new URL('./in-thread-extract.ts', import.meta.url).href, context);
  }
  return next(specifier, context);
}
