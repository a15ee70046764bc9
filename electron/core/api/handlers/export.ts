import type { exportMethods } from '../../../../shared/contract/export';
import { ArchiveError } from '../../errors';
import { exportFiles, plannedStems, safeFileName } from '../../export';
import { printAnnotations } from '../../export/export-files';
import { layOutPrintDocument } from '../../export/print/print-document';
import { loadPrintSource } from '../../export/print/print-source';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

export function exportHandlers({ library, exports, spool }: ApiContext): AreaHandlers<keyof typeof exportMethods> {
  return {
    'print.document': async ({ target, options }) => {
      const source = await loadPrintSource(library, target);
      const annotations = await printAnnotations(source, options, exports);
      try {
        return (await layOutPrintDocument(source, options, annotations, exports.pdf(), { pdf: false }, exports.measured)).view;
      } catch (error) {
        // No browser to measure pages with: the print view still works, without page numbers.
        const { view } = await layOutPrintDocument(source, options, annotations, null, { pdf: false });
        const notice = error instanceof ArchiveError ? error.message : 'The page numbers could not be measured.';
        if (!(error instanceof ArchiveError)) console.error('print layout failed', error);
        return { ...view, notice };
      }
    },
    'export.prepare': async ({ target, format, encoding, options }) => {
      const planned = plannedStems(library, { target, format });
      const perIssue = target.kind === 'all' && format !== 'csv' && format !== 'xlsx';
      if (perIssue || planned.length !== 1 || !planned[0]) {
        throw new ArchiveError(
          'bad-input',
          `Exporting everything as ${format} makes one file per issue: use the command line (bulletin-archive export --all --format ${format} --out FOLDER), or export issue by issue.`,
        );
      }
      for await (const file of exportFiles(library, { target, format, encoding, options }, exports)) {
        const fileName = safeFileName(planned[0].stem, file.ext);
        const { token } = await spool.put(fileName, file.mime, file.bytes);
        return { token, fileName, mime: file.mime, bytes: file.bytes.byteLength };
      }
      throw new Error('the export made no file');
    },
    'export.take': async ({ token }) => {
      const file = await spool.take(token);
      return {
        fileName: file.fileName,
        mime: file.mime,
        dataBase64: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('base64'),
      };
    },
  };
}
