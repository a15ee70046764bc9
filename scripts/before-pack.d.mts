export function canvasPackageFor(platform: string, arch: string): string;
export default function beforePack(context: unknown): Promise<void>;
