import { annotationsEn } from '../annotations/i18n';
import { batchEn } from '../batch/i18n';
import { reviewEn } from '../review/i18n';
import { scanEn } from '../scan/i18n';
import { catalogueEn } from '../catalogue/i18n';
import { searchEn } from '../search/i18n';
import type { Resource } from './resource';
import { printEn } from '../print/i18n';
import { holdingsEn } from '../series/i18n';
import { recycleEn } from '../recycle/i18n';
import { packageEn } from '../package/i18n';
import { layoutEn } from '../layout/i18n';
import { peopleEn } from '../people/i18n';
import { routesEn } from '../routes/i18n';

export const en: Resource = {
  app: { title: 'Bulletin Archive', subtitle: 'Internal bulletins', skip: 'Skip to content' },
  nav: {
    main: 'Main navigation',
    breadcrumb: 'Location',
    library: 'Library',
    import: 'Import',
    series: 'Series',
    allSeries: 'All series',
    issueCount_one: '{{count}} issue',
    issueCount_other: '{{count}} issues',
  },
  toolbar: {
    back: 'Back',
    filter: 'Filter issues',
    filterPlaceholder: 'Filter by series, year or number…',
    zoomIn: 'Larger text',
    zoomOut: 'Smaller text',
    zoomReset: 'Default text size (now {{percent}}%)',
    print: 'Print',
    switchLanguage: '切换到中文',
    languageButton: '中文',
  },
  library: {
    heading: 'Library',
    summary: '$t(library.seriesCount, {"count": {{series}} }) · $t(library.yearCount, {"count": {{issues}} })',
    seriesCount_one: '{{count}} series',
    seriesCount_other: '{{count}} series',
    year: '{{year}}',
    yearUnknown: 'Year unknown',
    yearCount_one: '{{count}} issue',
    yearCount_other: '{{count}} issues',
    articles_one: '{{count}} article',
    articles_other: '{{count}} articles',
    noDate: 'no date printed',
    noMatch: 'No issues match “{{filter}}”.',
    needsReview: 'to check',
    listLabel: 'Issues of {{series}}',
  },
  empty: {
    title: 'The library is empty',
    body: 'Import internal bulletins and briefings to browse and read them here by series, year and number.',
    sampleHint: 'You can start with the sample issue that comes with the app.',
    sample: 'Import the sample issue',
    sampleName: '科技情报参考 2024 年第 3 期',
    import: 'Choose files to import…',
  },
  issue: {
    toc: 'Contents',
    tocLabel: 'Contents of this issue',
    page: '{{page}}',
    pageLabel: 'page {{page}}',
    articleCount_one: '{{count}} article in this issue',
    articleCount_other: '{{count}} articles in this issue',
    publisher: 'Edited by {{publisher}}',
    editor: 'Editor: {{name}}',
    reviewer: 'Reviewer: {{name}}',
    phone: 'Tel.: {{phone}}',
    date: '{{date}}',
    warnings: 'Cataloguing notes',
    original: 'Original file: {{name}}',
    importedAt: 'Imported: {{date}}',
  },
  article: {
    position: 'Article {{index}} of {{total}}',
    column: 'Column',
    region: 'Region',
    source: 'Source',
    page: 'Page',
    pageValue: 'p. {{page}}',
    previous: 'Previous',
    next: 'Next',
    first: 'This is the first article',
    last: 'This is the last article',
    keys: '← → or J K to turn articles, Ctrl + / − to change text size',
    backToIssue: 'Back to contents',
    articleNav: 'Article navigation',
    meta: 'About this article',
  },
  import: {
    heading: 'Import bulletins',
    intro:
      'Each file becomes one issue. The original file is kept unchanged in the library; importing the same file twice does not create a second issue.',
    drop: 'Drop bulletin files here',
    or: 'or',
    choose: 'Choose files…',
    chooseLabel: 'Choose bulletin files to import',
    sample: 'Import the sample issue',
    progress: 'Importing: {{done}} of {{total}} done',
    summary: '{{imported}} imported, {{duplicate}} already in the library, {{failed}} failed',
    results: 'Import results',
    open: 'Open',
    importedAs_one: 'Added to the library: {{issue}}, {{count}} article',
    importedAs_other: 'Added to the library: {{issue}}, {{count}} articles',
    duplicateOf: 'Already in the library: {{issue}}',
    sampleFailed: 'The sample issue could not be imported: {{reason}}',
    clear: 'Clear list',
    tooLarge: 'The file is larger than {{limit}} MB and cannot be imported. Split it or save it as a smaller text file.',
    unreadable: 'Could not read this file: {{reason}}',
    reason: {
      'not-a-bulletin': 'This does not look like a bulletin: no series title or issue number was found. It can still be kept as a document: choose “Review and keep as a document” and fill in the series.',
      'empty-file': 'The file is empty: there is nothing to import.',
      'binary-file': 'This is not a text file (perhaps an image or an archive). Choose the text, PDF or Word file of the bulletin.',
      'unreadable-file':
        'The file could not be read: its encoding is unknown or it is damaged. Try saving it as UTF-8 text and import it again.',
      'bad-input': 'The file did not arrive intact. Import it again.',
      'io-error': 'Writing to the library failed; the library was not changed. Check the free disk space and try again.',
      unavailable: 'The archive could not be reached; the file was not imported.',
    },
    status: {
      waiting: 'Waiting',
      reading: 'Reading',
      importing: 'Importing',
      imported: 'Imported',
      duplicate: 'Already there',
      failed: 'Failed',
    },
  },
  errors: {
    title: 'Something went wrong',
    retry: 'Try again',
    reload: 'Reload',
    details: 'Details',
    code: {
      unavailable: 'Cannot reach the archive',
      'bad-token': 'The access token has expired',
      'not-found': 'Not found',
      internal: 'The archive ran into an error',
      'bad-input': 'Invalid request',
      'library-locked': 'Another window is using this library',
      'library-damaged': 'The library files are damaged',
      forbidden: 'Not allowed',
      'not-signed-in': 'Please sign in',
    },
    serverDown:
      'The archive server is not answering. Check that the window that started it is still running (or run npm start again), then choose “Try again”.',
    badAnswer: 'The archive server sent an answer that could not be read (HTTP {{status}}). Reload the page.',
    noBridge:
      'This page is not connected to an archive. Open it from the Bulletin Archive app, or use the address printed when browser mode starts.',
    crash:
      'The window ran into an unexpected error. Nothing in the library was changed. Reload; if it happens again, give the details below to your administrator.',
    hint: {
      'bad-token': 'This page’s access token is no longer valid (the server may have restarted). Reload the page.',
      'not-found': 'It may have been removed from the library. Go back to the library and choose again.',
      internal: 'Try again; if it keeps happening, give the details to your administrator.',
      'library-locked':
        'A library can be open in one program at a time. Close the other Bulletin Archive window or browser mode and try again.',
      'library-damaged': 'Some library files cannot be read. Run bulletin-archive verify, or restore from a backup.',
    },
  },
  about: {
    title: 'About Bulletin Archive',
    body: 'Bulletin Archive keeps, browses and reads internal bulletins. It works entirely offline and never uses the network.',
    close: 'Close',
  },
  annotations: annotationsEn,
  review: reviewEn,
  scan: scanEn,
  catalogue: catalogueEn,
  search: searchEn,
  print: printEn,
  holdings: holdingsEn,
  recycle: recycleEn,
  package: packageEn,
  people: peopleEn,
  batch: batchEn,
  layout: layoutEn,
  routes: routesEn,
  loading: 'Loading…',
  dates: {
    placeholder: 'e.g. 2024-03-15',
    hint: 'A date such as 2024-03-15, 2024/3/15 or 2024年3月15日',
  },
};
