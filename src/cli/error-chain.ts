/**
 * What went wrong, for a failed build: Eleventy wraps a template's own error ("Having trouble rendering…") in
 * `originalError`, and the standard `cause` chains others, so the outermost message alone hides the reason.
 */
export function describeError(error: unknown): string {
  const chain: unknown[] = [];
  for (let current: unknown = error; current !== undefined && chain.length < 10; current = causeOf(current)) chain.push(current);
  const messages = chain.map((link) => (link instanceof Error ? `${link.name}: ${link.message}` : String(link)));
  const innermost = chain.at(-1);
  // The innermost stack points at the code (or template) that failed; the wrappers' stacks only at Eleventy.
  const frames = innermost instanceof Error ? (innermost.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  const stack = frames.length ? `\n${frames.join('\n')}` : '';
  return messages.join('\n  caused by ') + stack;
}

function causeOf(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return undefined;
  const { originalError, cause } = error as { originalError?: unknown; cause?: unknown };
  return originalError ?? cause;
}
