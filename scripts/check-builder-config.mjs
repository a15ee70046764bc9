/**
 * Validates electron-builder.yml against electron-builder's own schema, offline (a real build
 * needs Electron's runtime, which cannot be downloaded here). `npm run check:dist`.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util/out/DebugLogger');

const root = fileURLToPath(new URL('..', import.meta.url));
const config = await getConfig(root, 'electron-builder.yml', null);
await validateConfiguration(config, new DebugLogger(false));

const problems = [];
const fuses = config.electronFuses ?? {};
if (fuses.runAsNode !== false) problems.push('electronFuses.runAsNode must be false');
if (fuses.enableNodeOptionsEnvironmentVariable !== false) problems.push('NODE_OPTIONS must be disabled');
if (fuses.enableNodeCliInspectArguments !== false) problems.push('--inspect must be disabled');
if (fuses.enableEmbeddedAsarIntegrityValidation !== true) problems.push('asar integrity must be on');
if (fuses.onlyLoadAppFromAsar !== true) problems.push('onlyLoadAppFromAsar must be on');
if (config.publish !== null) problems.push('publish must be null: the app never updates itself over the network');
if (problems.length > 0) {
  console.error(`electron-builder.yml:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('electron-builder.yml is valid; fuses and publish settings are as required.');
