// Lint for what the compiler does not see: the arrows between environments (DESIGN.md,
// Conventions), `any`, and type-only imports.
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ run in the browser too: no Node built-ins.' };
const electronPackage = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'screenshots/**', 'test-results/**', 'tests/fixtures/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronPackage], patterns: [nodeBuiltins, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing environment-specific.' }] },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronPackage], patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/server/**'], message: 'electron/core runs under plain Node and knows no transport or UI.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronPackage], patterns: [nodeBuiltins, { group: ['**/electron/**'], message: 'The renderer talks to window.archive only; it imports types from shared/.' }] },
      ],
    },
  },
  {
    // A file URL or a pdf.js folder "URL" built from path.sep breaks on Windows (`\`): every PDF
    // import failed there once. URLs come from pathToFileURL, pdf.js folders from pdfjsFolderUrl.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    ignores: ['electron/server/static-files.ts'], // a path-prefix containment check, not a URL
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "BinaryExpression[operator='+'] > Identifier[name='sep']",
          "BinaryExpression[operator='+'] > MemberExpression[property.name='sep']",
          "TemplateLiteral > Identifier[name='sep']",
          "TemplateLiteral > MemberExpression[property.name='sep']",
        ].map((selector) => ({ selector, message: 'Do not build paths or URLs by gluing path.sep: use path.join, pathToFileURL or pdfjsFolderUrl.' })),
      ],
    },
  },
  {
    // Files reach the person through the bridge's FileDelivery: a page-made download link is
    // cancelled by Electron (it once "exported" annotations that way and saved nothing).
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/transport/download.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'URL', property: 'createObjectURL', message: 'Deliver files with saveExport/openOriginal (store/api.ts), not a download link.' },
      ],
    },
  },
);
