export declare function electronPackageDir(fromDir: string): string | null;
export declare function hasElectronRuntime(electronDir: string): boolean;
export declare function installElectronRuntime(
  electronDir: string,
  env?: NodeJS.ProcessEnv,
): Promise<{ status: 'present' | 'skipped' | 'installed' | 'failed'; detail: string }>;
