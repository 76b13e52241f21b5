import { mock } from 'node:test';

/**
 * Runs `work` with `console.warn` captured, for tests that damage a cache on purpose: the warning they expect is
 * asserted, not printed among the test results.
 */
export async function withWarnings<T>(work: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = mock.method(console, 'warn', (...args: unknown[]) => void warnings.push(args.join(' ')));
  try {
    return { result: await work(), warnings };
  } finally {
    warn.mock.restore();
  }
}
