import type { FileKind, MessageLanguage, SystemRefusal } from './messages';

/** A file's role on an issue (`role` of file-attached), in words rather than its code. */
const FILE_ROLE: Readonly<Record<string, string>> = { original: 'original', representation: 'another format', variant: 'variant', 'better-scan': 'better scan' };
const KIND: Record<FileKind, string> = { txt: 'text file', pdf: 'PDF', docx: 'Word document', json: 'JSON file', image: 'scanned image' };

// Advice for a file that is not a bulletin depends on what it is: a PDF or Word file is checked
// as such, never sent to look for a .txt file.
const NOT_A_BULLETIN_ADVICE: Record<FileKind, string> = {
  txt: 'Check that it is the text of a bulletin issue (series title, year and issue number, articles).',
  pdf: 'Check that this PDF is a bulletin issue (series title, year and issue number, articles); "bulletin-archive parse FILE --text" shows the text that was read.',
  docx: 'Check that this Word document is a bulletin issue (series title, year and issue number, articles); "bulletin-archive parse FILE --text" shows the text that was read.',
  json: 'Check that it is an issue exported by Bulletin Archive.',
  image: 'Check that this scan shows a bulletin issue\'s pages; "bulletin-archive parse FILE --text" shows the text that OCR read.',
};

const REFUSAL: Record<SystemRefusal, string> = {
  'disk-full': 'the disk is full',
  'read-only': 'the disk or folder is read-only',
  'no-permission': 'there is no permission to write there',
  busy: 'a file is in use by another program',
};

const DOCX_DAMAGE: Record<'broken-xml' | 'corrupt-zip' | 'incomplete', string> = {
  'broken-xml': 'the text inside it is broken (its XML is not well-formed)',
  'corrupt-zip': 'part of it is corrupted or cut short',
  incomplete: 'parts of the document are missing',
};

const JOURNAL_PROBLEM: Record<'emptied' | 'missing' | 'unreadable-start', string> = {
  emptied: 'was emptied',
  missing: 'is missing',
  'unreadable-start': 'is damaged at its start (overwritten or filled with zero bytes)',
};

/** English: said in full, with what to do. Also the `message` of an error, for logs. */
export const english: MessageLanguage = {
  messages: {
    'no-series': () => 'No series title found: the masthead names no bulletin series; enter the series title by hand.',
    'no-year': () => 'No year found (neither a year-and-number line nor a date line in the masthead); enter the year by hand.',
    'no-number': () => 'No issue number found in the masthead; enter the number by hand.',
    'toc-missing': () => 'No table of contents was found; articles were split by layout (short title lines). Check the article titles.',
    'toc-titles-not-in-text': () =>
      'No title in the table of contents is printed in the text; articles were split by layout (short title lines). Check the article titles.',
    'toc-entry-unmatched': (m) => `Table of contents entry “${m.title}”${m.page === null ? '' : ` (page ${m.page})`} has no matching title in the text.`,
    'toc-entries-unmatched-more': (m) => `${m.count} more table of contents entries have no matching title in the text.`,
    'toc-count-mismatch': (m) => `The table of contents lists ${m.listed} articles but ${m.found} were found in the text.`,
    'no-articles': () => 'No articles were found in the text.',
    'pages-out-of-order': () => 'Page numbers in the table of contents do not rise in order.',
    'article-empty': (m) => `Article “${m.title}” has no text.`,
    'articles-empty-more': (m) => `${m.count} more articles have no text.`,
    'unrecognised-lines': (m) => `${m.count} line(s) before the first article were not recognised and were kept as unplaced text: ${m.preview}`,
    'pdf-rotated-text': (m) => `Page ${m.page}: ${m.count} piece(s) of rotated text (stamps or watermarks) were left out.`,
    'docx-no-text': (m) => `${m.file} contains no text.`,
    'docx-reader-note': (m) => `The Word reader noted: ${m.note}`,
    'file-empty': (m) => `${m.file} is empty: there is nothing to import.`,
    'file-blank': (m) => `${m.file}: the file is empty (it holds only blank space).`,
    'file-binary': (m) => `${m.file} looks like a binary file (it is full of control characters), not bulletin text. Choose the bulletin's own file (.txt, .pdf or .docx).`,
    'unknown-encoding': (m) =>
      `${m.file}: the text encoding could not be recognised (it is not UTF-8, UTF-16, GB18030 or Big5 Chinese). Re-save it as UTF-8 and import it again.`,
    'not-a-bulletin': (m) =>
      `${m.file} does not look like a bulletin: ${m.missing === 'series' ? 'no series title or masthead' : 'no articles'} was found. ${NOT_A_BULLETIN_ADVICE[m.kind]}`,
    'old-word-format': (m) =>
      `${m.file} is an old-format Word document (.doc) or a password-protected Word file. Open it in Word or WPS, save it as .docx without a password, and import that.`,
    'unsupported-kind': (m) => `${m.file} is neither a PDF nor a Word (.docx) document, so it cannot be imported as one. Check that it is the bulletin file.`,
    'too-slow': (m) =>
      `${m.file} took more than ${m.seconds} s to read and was stopped: it is very large or damaged. Try saving it again as a new PDF or .docx and import that.`,
    'file-too-large': (m) => `${m.file} is larger than ${m.megabytes} MB, far more than a bulletin; not imported.`,
    'out-of-memory': (m) =>
      `${m.file} needed more than ${m.megabytes} MB of memory to read and was stopped: it is too large or built to exhaust memory; not imported.`,
    'reader-crashed': (m) =>
      `${m.file} could not be read: the ${KIND[m.kind]} reader stopped with an error (${m.detail}). Try saving it again as a new file and import that.`,
    'damaged-docx': (m) =>
      `${m.file} is damaged and cannot be read as a Word document (${m.detail}). Open it in Word or WPS, save it again as .docx, and import that.`,
    'docx-too-large': (m) => `${m.file} expands to over ${m.megabytes} MB when unpacked, far more than a bulletin: it may be a zip bomb; not imported.`,
    'encrypted-pdf': (m) => `${m.file} is password-protected. Open it, save a copy without the password, and import that.`,
    'damaged-pdf': (m) =>
      `${m.file} is damaged and cannot be read (${m.detail}). Open it in a PDF reader; if it opens, print or save it again as a new PDF and import that.`,
    'pdf-without-text': (m) => `${m.file} has no text and no images: there is nothing to import. Check that it is the bulletin's PDF.`,
    'scanned-pdf': (m) =>
      `${m.file} is a scanned PDF with no text layer: it needs OCR before it can be imported (scanned: needs OCR). Run it through OCR, or import the bulletin's Word or text version.`,
    'ocr-vertical-text': (m) => `Page ${m.page} looks like vertical text, which OCR here does not read: its text may be missing or wrong. Check it against the scan.`,
    'ocr-page-too-slow': (m) =>
      `Reading page ${m.page} of ${m.file} took more than ${m.seconds} seconds and was stopped: the image is too large or damaged; not imported. Scan that page again at a lower resolution (300 dpi is enough).`,
    'ocr-out-of-memory': (m) =>
      `Reading ${m.file} needed more than ${m.megabytes} MB of memory and was stopped: the image is too large; not imported. Scan it again at a lower resolution (300 dpi is enough).`,
    'ocr-cancelled': (m) => `Reading ${m.file} was cancelled; the library was not changed.`,
    'ocr-failed': (m) => `${m.file} could not be read: the OCR engine failed (${m.detail}). The library was not changed.`,
    'damaged-image': (m) => `${m.file} is a damaged image and cannot be read (${m.detail}). Scan it again, or save it as PNG, JPEG or TIFF, and import that.`,
    'too-many-pages': (m) =>
      `${m.file} says it has ${m.pages.toLocaleString('en-US')} pages, far more than a bulletin (at most ${m.max.toLocaleString('en-US')}): it is damaged or not a bulletin; not imported.`,
    'no-such-file': (m) => `${m.file}: no such file. Check the name and the folder you are in.`,
    'is-a-folder': (m) => `${m.file} is a folder, not a bulletin file.`,
    'not-a-regular-file': (m) => `${m.file} is not a regular file.`,
    'permission-denied': (m) => `${m.file} cannot be read${m.denied ? ': permission denied' : ''}.`,
    'duplicate-file': () => 'This file is already in the library.',
    'already-imported-file': (m) => `Already in the library: this file is ${m.ref} (imported ${m.date} from ${m.from}). Nothing was changed.`,
    'already-imported-issue': (m) =>
      `Already in the library: ${m.ref} was imported ${m.date} from ${m.from}; this file is another copy of the same issue. Nothing was changed.`,
    'issue-ref-not-found': (m) =>
      `No issue "${m.ref}" in this library. Give an issue id or series:year:number (for example SERIES:2024:3); "bulletin-archive list" shows what is there.`,
    'already-imported-id': (m) => `Already in the library: this issue is ${m.ref} (imported ${m.date} from ${m.from}). Nothing was changed.`,
    'duplicate-issue': (m) => `${m.issue} is already in the library (from ${m.from}); the change was not saved.`,
    'issue-not-found': (m) => `No issue with id ${m.issueId} in this library.`,
    'article-not-found': (m) => `No article with id ${m.articleId} in this library.`,
    'library-locked': (m) =>
      m.program === null
        ? `The library ${m.dir} is busy: another program is writing to it. Waited ${m.seconds} s; try again when it has finished.`
        : `The library ${m.dir} is busy: ${m.program} (process ${m.pid ?? '?'} on ${m.host ?? '?'}) has been writing to it since ${m.since ?? '?'}. Waited ${m.seconds} s; try again when it has finished.`,
    'texts-missing': (m) => `The article texts of issue ${m.issueId} are missing (${m.file}). Run "bulletin-archive verify" and import the issue again.`,
    'texts-damaged': (m) => `The article texts of issue ${m.issueId} are damaged (${m.reason}). Run "bulletin-archive verify" and import the issue again.`,
    'scan-damaged': (m) => `The scan record of issue ${m.issueId} is damaged (${m.file}). The original and the texts are unaffected; run "bulletin-archive verify".`,
    'scan-none': () => 'This issue was not scanned: it has no page images.',
    'scan-page-missing': (m) => `There is no page ${m.page}: the scan has ${m.pages} page${m.pages === 1 ? '' : 's'}.`,
    'scan-progress': (m) => `${m.file}: page ${m.done}/${m.pages}${m.secondsLeft === null ? '' : `, about ${m.secondsLeft} s left`}`,
    'scan-queue-resumed': (m) => `Resuming the unfinished scan batch: ${m.waiting} file${m.waiting === 1 ? '' : 's'} left.`,
    'scan-queue-summary': (m) => `Scan batch: ${m.imported} imported, ${m.failed} failed, ${m.waiting} waiting.`,
    'article-text-missing': (m) => `The text of article ${m.articleId} is missing from ${m.file}.`,
    'original-missing': (m) =>
      `The original file of this issue (${m.name}) is missing from the library (${m.file}). Run "bulletin-archive verify", then import the file again.`,
    'library-too-new': (m) =>
      `${m.file} was written by a newer version of Bulletin Archive (format ${m.found}, this version reads up to ${m.readable}). Update the app to open this library.`,
    'library-is-a-file': (m) => `${m.dir} is a file, not a library folder. Give the folder that holds catalog.json.`,
    'no-library': (m) => `There is no library at ${m.dir}. Import a bulletin with --library ${m.dir} to start one, or give the folder of an existing library.`,
    'library-folder-empty': (m) => `${m.dir} is empty: there is no library there yet. Import a bulletin into it to start one.`,
    'store-damaged': (m) =>
      `${m.file} was damaged (${m.reason}); it was moved, untouched, to ${m.movedTo}. ` +
      (m.backup === null
        ? `No good backup was found, so the library starts from an empty ${m.file}; the original files in files/ can be imported again.`
        : `The backup ${m.backup} was restored; changes made after it may be missing.`),
    'store-restored': (m) => `${m.file} was missing; the backup ${m.backup} was restored.`,
    'journal-line-skipped': (m) =>
      `A change in ${m.file} (at byte ${m.at}) is not readable and was skipped; the journal will be kept in ${m.damagedDir}/ when it is folded into annotations.json.`,
    'journal-set-aside': (m) => `${m.file} had ${m.count} unreadable change(s); it was copied, untouched, to ${m.movedTo}.`,
    'review-expired': () => 'This import review has expired or was already saved. Open the file again to review it.',
    'bad-port': (m) => `--port must be a number from 0 to 65535, not "${m.given}".`,
    'interface-not-built': () => 'The interface has not been built yet: run "npm run build" once (npm start does it for you), then try again.',
    'account-exists': (m) => `There is already an account named "${m.name}". Choose another name, or change that account with "users passwd" or "users role".`,
    'no-such-account': (m) => `There is no account named "${m.name}". "bulletin-archive users list" shows the accounts.`,
    'last-admin': (m) => `"${m.name}" is the last administrator: the reading room would have nobody to manage it. Make another account an administrator first.`,
    'bad-role': (m) => `"${m.given}" is not a role: use reader, cataloguer or admin.`,
    'bad-account-name': (m) => `"${m.given}" cannot be an account name: use 1 to 64 letters, digits, dots, underscores or hyphens.`,
    'password-too-short': (m) => `The password is too short: use at least ${m.min} characters.`,
    'passwords-differ': () => 'The two passwords typed differ. Nothing was changed; try again.',
    'no-password-given': () => 'No password was given: type it when asked, or pass it on standard input (one line).',
    'accounts-file-damaged': (m) => `${m.file} cannot be read (${m.detail}); nobody can sign in until it is repaired or restored from a backup.`,
    'no-admin-account': () => 'The reading room has no accounts yet. Create an administrator first: bulletin-archive users add NAME --role admin',
    'lan-needs-host': () => 'The reading room is served with --lan and at least one --host ADDRESS (an address of this computer, 0.0.0.0 for all, or 127.0.0.1 for this computer only); it is never on the network by default.',
    'bad-host': (m) => `--host ${m.given} is not an address of this computer. Use one of its IP addresses, 0.0.0.0 for all of them, or 127.0.0.1 for this computer only.`,
    'plain-http-off-loopback': (m) => `Plain HTTP is only allowed on this computer (127.0.0.1); ${m.host} is on the network. Leave out --http to serve with HTTPS.`,
    'cert-needs-key': () => '--cert and --key go together: give the certificate file and its private key file.',
    'cert-unreadable': (m) => `${m.file} cannot be used as the certificate or key (${m.detail}). Give PEM files, or leave out --cert and --key to use the generated one.`,
    'not-an-issue-export': (m) => `${m.file} is not an issue exported by Bulletin Archive (${m.detail}).`,
    'issue-export-changed': (m) => `${m.file}: the articles do not match the issue's catalogue entry; the file was changed after export.`,
    'issue-export-damaged': (m) => `${m.file}: the original file inside does not match its checksum; the export is damaged.`,
    'upload-missing': (m) => `${m.file} did not arrive in full (its upload was already used, expired or was cut off). Import the file again.`,
    'upload-too-large': (m) => `The file is larger than the ${m.megabytes} MB the archive accepts; nothing was kept.`,
    'interrupted-import-cleared': (m) =>
      `An import was interrupted before it finished (the program stopped); the ${m.count} file(s) it had written, which no issue names, were removed: ${m.files}. Import that file again if it is missing.`,
    'pdf-stream-too-large': (m) =>
      `${m.file}: a compressed part of this PDF expands to more than ${m.megabytes} MB, far more than any bulletin page; it is damaged or built to exhaust memory. Not imported.`,
    'backup-keep-bad': (m) => `--keep must be a whole number from 1 to 1000, not "${m.given}".`,
    'backup-folder-inside-library': (m) =>
      `${m.folder} is inside the library: a backup there is lost with the library. Choose a folder outside it (another disk or a USB stick is best).`,
    'backup-unsound': (m) => `The backup ${m.file} did not pass its check after writing (${m.problems} problem(s), first: ${m.first}); it was removed and older backups were kept. Check the disk and try again.`,
    'job-not-found': () => 'This task is no longer known (it finished a while ago, or the archive was restarted).',
    'job-busy': () => 'Another package task is still running for this library; wait for it to finish (or cancel it) and try again.',
    'job-cancelled': () => 'Cancelled; nothing was left half-written.',
    'package-file-unknown': (m) => `${m.file} is no longer available to open. Choose the package again.`,
    'package-upload-too-large': (m) => `The package is larger than the ${m.gigabytes} GB the archive accepts by upload; nothing was kept. Import it on the workstation itself, or with the command line.`,
    'disk-full': (m) => `The disk is full: ${m.path} could not be written. Free some space (or move the library to a larger disk) and try again; nothing was half-written.`,
    'read-only': (m) => `${m.path} is on a read-only disk or folder, so it cannot be changed. Copy the library to a writable folder to make changes; it can still be read here.`,
    'no-permission': (m) => `No permission to write ${m.path}. Ask for write access to the library folder (or copy the library somewhere you may write), then try again.`,
    'file-busy': (m) => `${m.path} is in use by another program. Close that program (or wait a moment) and try again.`,
    'library-opened-read-only': (m) =>
      `The library ${m.dir} was opened for reading only: ${REFUSAL[m.reason]}. Everything can be read and searched; changes will fail until that is fixed.`,
    'annotations-not-folded': (m) =>
      `Recent highlights and notes could not be folded into annotations.json (${REFUSAL[m.reason]}). They are safe in annotations.journal and will be folded in automatically later.`,
    'journal-damaged': (m) =>
      `${m.file} ${JOURNAL_PROBLEM[m.problem]}: highlights or notes saved since annotations.json was last written may be lost.` +
      (m.movedTo === null ? '' : ` What was there is kept, untouched, in ${m.movedTo}.`) +
      ' Every change that could still be read was recovered.',
    'journal-torn': (m) =>
      `The last ${m.bytes} bytes of ${m.file} were an unfinished change (a save interrupted, or the file was cut short); it was not applied.` +
      (m.movedTo === null ? '' : ` They are kept, untouched, in ${m.movedTo}.`),
    'catalogue-journal-damaged': (m) =>
      `${m.file} ${JOURNAL_PROBLEM[m.problem]}: issues imported, edited or deleted since catalog.json was last written may be missing from the catalogue.` +
      (m.movedTo === null ? '' : ` What was there is kept, untouched, in ${m.movedTo}.`) +
      ' Every change that could still be read was recovered; run "bulletin-archive verify" and import again any file whose issue is missing.',
    'catalogue-journal-line-skipped': (m) =>
      `A change in ${m.file} (at byte ${m.at}) is not readable and was skipped; the journal will be kept in ${m.damagedDir}/ when it is folded into catalog.json.`,
    'undecodable-bytes': (m) =>
      `${m.count} byte(s) could not be decoded as ${m.encoding} (line ${m.lines}); they are shown as � (a damaged character). Check those lines against the paper copy.`,
    'damaged-docx-content': (m) =>
      `${m.file} is damaged and cannot be read as a Word document: ${DOCX_DAMAGE[m.damage]}. Open it in Word or WPS (they can often repair it), save it again as .docx, and import that; or import the bulletin's PDF instead.`,
    'zip-archive': (m) => `${m.file} is a ZIP archive, not a bulletin. Unpack it and import the bulletins inside (Word, PDF or text files).`,
    'ofd-document': (m) => `${m.file} is an OFD document. OFD import is not supported yet: open it in an OFD reader, export or print it to PDF, and import the PDF.`,
    'issue-repaired': (m) =>
      `${m.ref} was repaired from this file: ${[m.texts ? 'its article texts were rebuilt' : '', m.original ? 'its missing original was restored' : ''].filter((s) => s !== '').join(' and ') || 'nothing needed repair'}.`,
    'search-segment-rebuilt': (m) => `The search index file ${m.file} was damaged; it was rebuilt from the library.`,
    'search-index-not-saved': (m) => `The search index could not be saved (${REFUSAL[m.reason]}); searching works from memory for now and the index is saved once the disk takes writes again.`,
    'search-index-rebuilt': () => 'The search index was damaged or of another version; it is rebuilt from the library.',
    'search-issue-left-out': (m) => `Issue ${m.issueId} is not searchable: its article texts are damaged or missing. Run verify --repair to rebuild them from the original.`,
    // Building the search index in the background (issue 19).
    'search-index-build-failed': (m) => `Building the search index in the background failed (${m.reason}); what is built can be searched, and the rest is built at the next search.`,
    // Files kept as documents although they are not bulletins; text no rule placed (issue 13).
    'kept-as-document': (m) =>
      `${m.missing === null ? 'As asked, this file' : `This file does not look like a bulletin (${m.missing === 'series' ? 'no series title or masthead' : 'no articles'} found), so it`} was read as one document with all its text kept. Fill in the series and the rest of the masthead, then save.`,
    'document-needs-review': (m) =>
      `${m.file} does not look like a bulletin (${m.missing === 'series' ? 'no series title or masthead' : 'no articles'} found) and was not imported on its own. It can be kept as a document: choose "Review and keep as a document" on the import page and fill in the series, or run bulletin-archive import --as-document FILE.${m.kind} --series NAME.`,
    'document-needs-series': (m) =>
      `Importing ${m.file} as a document needs a series: add --series NAME (and, if you know them, --year, --number, --date, --publisher, --title).`,
    'document-option-invalid': (m) =>
      `${m.option} "${m.given}" is not valid: a year is a whole number from 1900 to 2200, a number a whole number, a date YYYY-MM-DD, and a series is not empty. Nothing was imported.`,
    'unplaced-line-not-found': (m) => `Issue ${m.issueId} has no unplaced text at line ${m.line + 1}; it may have been dealt with already. Reload and try again.`,
    'series-not-found': (m) => `There is no series “${m.series}” in this library.`,
    'series-exists': (m) => `The library already has a series “${m.series}”: to make the two one series, merge them instead.`,
    'series-same': (m) => `“${m.series}” cannot be merged into itself; choose another series.`,
    'series-merge-clash': (m) =>
      `“${m.from}” cannot be merged into “${m.into}”: ${m.count} issue(s) have the same year and number in both (${m.issues}). Correct the number on one side first; the library was not changed.`,
    'holdings-number-held': (m) => `${m.series} ${m.year} No. ${m.number} is held, not missing: a missing-issue note is not needed.`,
    'reference-taken': (m) => `The reference code ${m.reference} is already used by ${m.ref}; reference codes are unique. Nothing was changed.`,
    'reference-pattern-bad': (m) => `The reference pattern "${m.pattern}" has fields it does not know: ${m.unknown}. Known fields: {fonds} {category} {year} {retention} {series} {number} {item:4}.`,
    'same-issue-other-file': (m) =>
      `${m.ref} is already in the library (imported ${m.date} from ${m.from}); ${m.file} is another file of the same issue with different content. Attach it as another file, replace the text from it, or keep it as a variant. Nothing was changed.`,
    'attach-no-issue': (m) => `${m.file}: the library holds no issue of the same series, year and number to attach it to. Import that issue first, or import this file on its own.`,
    'file-attached': (m) => `Attached ${m.file} to ${m.ref} (${FILE_ROLE[m.role] ?? m.role}).`,
    'text-replaced': (m) => `Replaced the text of ${m.ref} from ${m.file}.`,
    'issue-file-not-found': (m) => `Issue ${m.issueId} has no file with checksum ${m.sha256.slice(0, 12)}….`,
    'history-nothing-to-undo': () => 'There is no change to undo.',
    'history-entry-not-found': (m) => `The history has no entry ${m.entryId}.`,
    'history-changed-since': (m) => `${m.ref} has been changed again since; undo the later changes first.`,
    'history-not-undoable': (m) => `A change of this kind (${m.action}) cannot be undone.`,
    'recycled-not-found': (m) => `The recycle area holds no issue ${m.issueId}.`,
    'edit-nothing-to-change': () => 'No field to change was given.',
    'edit-value-bad': (m) => `The value "${m.value}" is not valid for ${m.field}: ${m.detail}. The library was not changed.`,
    'articles-edit-bad': (m) => `The article changes are not valid: ${m.detail}. The library was not changed.`,
    // Packages (issue 15), writing and checking bags.
    'package-damaged': (m) => `${m.file} is not a sound package: ${m.count} problem(s): ${m.problems}. Nothing was read from it; ask for the package again or copy it again from its source.`,
    'package-exists': (m) => `${m.file} already exists. Choose a new name for the package, or remove the old one first.`,
    'package-selection-empty': () => 'No issue matches the selection (series, years, issue ids): nothing to package.',
    'package-option-bad': (m) => `${m.option} "${m.given}" is not valid (years: 2019 or 2019-2021; --issue: an issue id or series:year:number).`,
    'package-cancelled': (m) => `Packaging was cancelled; nothing was left at ${m.file}.`,
    'package-written': (m) => `Package written: ${m.file} (${m.issues} issues, ${m.files} files, ${m.megabytes} MB).`,
    'package-valid': (m) => `${m.file} is a sound package: ${m.issues} issues, ${m.files} files, every checksum verified.`,
    'package-invalid': (m) => `${m.file} is damaged: ${m.count} problem(s). Do not import it; ask for the package again or copy it again from its source.`,
    'package-issue-damaged': (m) => `The package's issue ${m.issueId} cannot be read (${m.file}: ${m.detail}); it was not merged.`,
    'package-merge-failed': (m) => `${m.ref} could not be merged: ${m.detail}. Run the import again to finish it.`,
    'package-merge-cancelled': (m) => `Merge cancelled after ${m.done} of ${m.total} issues; those merged stay. Run the import again to finish it.`,
    'restore-not-empty': (m) => `${m.dir} already holds a library. Restore into an empty or new folder, or add --into-existing to merge the backup into it.`,
    'restore-no-packages': () => 'Name at least one backup to restore (a full backup, then its incremental ones).',
    'restore-not-in-order': (m) => `${m.file} cannot be restored here: ${m.detail}.`,
    'annotation-not-yours': (m) => `This annotation belongs to ${m.author}: you can read it but not change or delete it.`,
    'annotation-import-not-yours': (m) => `${m.count} annotation(s) belong to someone else and were not imported.`,
    'role-needed': (m) => `Your account is a ${m.held}, which cannot do this (${m.method} needs the ${m.needed} role). Ask an administrator if you need it.`,
    legacy: (m) => m.text,
  },
  errors: {
    'not-found': 'Not found.',
    'not-a-library': 'This is not a library folder.',
    'library-too-new': 'This library was written by a newer version of Bulletin Archive.',
    'library-locked': 'The library is busy: another program is writing to it.',
    'library-damaged': 'Part of the library is damaged. Run "bulletin-archive verify".',
    'bad-input': 'The request was not valid.',
    'empty-file': 'The file is empty.',
    'binary-file': 'The file is not text.',
    'not-a-bulletin': 'The file does not look like a bulletin.',
    'unreadable-file': 'The file cannot be read.',
    duplicate: 'This is already in the library.',
    'io-error': 'The library could not be read or written.',
    'scanned-pdf': 'The PDF is scanned and needs OCR.',
    'encrypted-pdf': 'The PDF is password-protected.',
    'damaged-pdf': 'The PDF is damaged.',
    'damaged-docx': 'The Word document is damaged.',
    'docx-too-large': 'The Word document is too large.',
    'too-slow': 'Reading the file took too long.',
    'too-large': 'The file is too large.',
    unsupported: 'This kind of file cannot be imported.',
    cancelled: 'Cancelled; the library was not changed.',
    'unknown-method': 'The program asked the archive for something it does not know; update or restart Bulletin Archive.',
    internal: 'Something went wrong inside the archive. The details are in the log; please try again.',
    unavailable: 'The archive cannot be reached just now: the program may have closed. Start it again and retry.',
    forbidden: 'This page may not use the archive.',
    'no-viewer': 'No program on this computer opens this original file. Install a viewer for it (a PDF reader or Word) and try again.',
  },
};
