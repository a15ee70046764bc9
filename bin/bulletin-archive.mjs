#!/usr/bin/env node
// The command runs the TypeScript sources directly through tsx, so `npx bulletin-archive`
// works right after `npm install` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
