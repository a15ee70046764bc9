// electron-builder's beforePack hook (electron-builder.yml): a package must carry the native
// canvas binary of the platform and architecture it is built for, which npm installed only if
// that is the build machine's own. Stops the build with what to run instead of shipping an
// import worker that cannot load pdf.js's canvas on the target.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// builder-util's Arch enum, by number.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** The @napi-rs/canvas package holding the binary for an Electron platform name and arch. */
export function canvasPackageFor(platform, arch) {
  switch (platform) {
    case 'linux':
      return `@napi-rs/canvas-linux-${arch === 'armv7l' ? 'arm' : arch}-${arch === 'armv7l' ? 'gnueabihf' : 'gnu'}`;
    case 'win32':
      return `@napi-rs/canvas-win32-${arch}-msvc`;
    case 'darwin':
    case 'mas':
      return `@napi-rs/canvas-darwin-${arch}`;
    default:
      throw new Error(`No canvas binary is known for ${platform}`);
  }
}

export default async function beforePack(context) {
  const arch = typeof context.arch === 'number' ? ARCH_NAMES[context.arch] : String(context.arch);
  if (arch === 'universal') return; // merged from the per-arch builds, each checked on its own
  const root = context.packager.projectDir ?? process.cwd();
  const wanted = canvasPackageFor(context.electronPlatformName, arch);
  if (existsSync(path.join(root, 'node_modules', wanted, 'package.json'))) return;
  const canvas = JSON.parse(readFileSync(createRequire(path.join(root, 'package.json')).resolve('@napi-rs/canvas/package.json'), 'utf8'));
  const [os, cpu] = [context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName, arch === 'armv7l' ? 'arm' : arch];
  throw new Error(
    `${wanted} is not installed, so this ${os}-${arch} package would have no working PDF import. ` +
      `Run: npm install --no-save --os=${os} --cpu=${cpu} ${wanted}@${canvas.version}  (then build again).`,
  );
}
