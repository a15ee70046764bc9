import type { CheckResult } from './report';
export async function runConcurrency(_options: unknown): Promise<CheckResult[]> {
  return [];
}
