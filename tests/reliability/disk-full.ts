import type { CheckResult } from './report';
export async function runDiskFull(_options: unknown): Promise<CheckResult[]> {
  return [];
}
