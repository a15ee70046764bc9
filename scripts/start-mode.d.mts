export declare const EARLY_EXIT_MS: number;
export declare function electronBlocker(facts: {
  electronPath: string | null;
  missingReason: string | null;
  platform: string;
  env: Record<string, string | undefined>;
  uid: number | null;
  args: readonly string[];
}): string | null;
export declare function fallbackAfterExit(exit: { code: number | null; signal: string | null; uptimeMs: number; stderr: string }): string | null;
export declare function splitStartArgs(args: readonly string[]): { electron: string[]; browser: string[] };
