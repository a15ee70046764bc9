/**
 * Browser mode as `npm start` falls back to it: `node --import tsx electron/server/main.ts
 * [--library DIR] [--port N] [--no-open]`. The same entry as `bulletin-archive serve`, so the
 * two can never start browser mode differently.
 */
import { main } from '../cli/main';

process.exitCode = await main(['serve', ...process.argv.slice(2)]);
