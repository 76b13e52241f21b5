/**
 * Command-line options shared by every command: `--help` prints the usage and the options; a mistyped option prints
 * one line naming it (with the closest known option), then the usage, and exits with 2 — never a stack trace.
 *
 * Built on `node:util` `parseArgs`, which already knows strict parsing, short flags and `--opt=value`: what it lacks
 * (help text, "did you mean", exit codes) is the few lines below, less than a library such as `commander` would
 * need to be configured for the same result, and without one more dependency in every command's start-up.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestNames } from '../content/suggest.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** One sentence for `--help`. */
  description: string;
  /** A string option's value as `--help` shows it, e.g. `DIR`. */
  value?: string;
  default?: string | boolean;
  short?: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** `npm run <name>`. */
  name: string;
  /** What comes after `npm run <name> --`, e.g. `FILE... [options]`. */
  usage: string;
  /** One line saying what the command does. */
  summary: string;
  options: O;
  /** How many positional arguments are accepted (none by default). */
  positionals?: { min: number; max: number };
}

type Values<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K]['type'] extends 'boolean' ? boolean : O[K] extends { default: string } ? string : string | undefined;
};

/** Thrown for a usage mistake; `parseOptions` turns it into one line, the usage and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help and exit' };

/** The usage and option list printed by `--help` and after a usage error. */
export function helpText<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): string {
  const rows = Object.entries({ ...spec.options, help: HELP }).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`;
    const fallback = option.type === 'string' && option.default !== undefined ? ` (default: ${String(option.default)})` : '';
    return [flag, `${option.description}${fallback}`] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `usage: npm run ${spec.name} -- ${spec.usage}`,
    '',
    spec.summary,
    '',
    'options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
  ].join('\n');
}

/**
 * Parses `argv` against `spec`, or ends the process: with the help on `--help` (exit 0), with one line and the
 * usage on a usage mistake (exit 2).
 */
export function parseOptions<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  argv: string[] = process.argv.slice(2),
): { values: Values<O>; positionals: string[] } {
  try {
    const parsed = parseCommandLine(spec, argv);
    if (parsed.help) {
      console.log(helpText(spec));
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${spec.name}: ${error.message}`);
    console.error(helpText(spec));
    process.exit(2);
  }
}

/** `parseOptions` without ending the process: throws UsageError. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  argv: string[],
): { values: Values<O>; positionals: string[]; help: boolean } {
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, help: HELP }).map(([name, option]) => [
      name,
      { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.default !== undefined ? { default: option.default } : {}) },
    ]),
  ) as NonNullable<ParseArgsConfig['options']>;
  let result: { values: Record<string, unknown>; positionals: string[] };
  try {
    result = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(describeParseError(error, argv, Object.keys(options)));
  }
  const help = result.values.help === true;
  const { min, max } = spec.positionals ?? { min: 0, max: 0 };
  if (!help && result.positionals.length > max) {
    throw new UsageError(`unexpected argument "${result.positionals[max]}"${max === 0 ? ' (this command takes only options)' : ''}`);
  }
  if (!help && result.positionals.length < min) throw new UsageError('missing argument');
  delete result.values.help;
  return { values: { ...result.values } as Values<O>, positionals: result.positionals, help };
}

function describeParseError(error: unknown, argv: string[], known: string[]): string {
  const { code, message } = error as { code?: string; message: string };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /'([^']+)'/.exec(message)?.[1] ?? argv.find((arg) => arg.startsWith('-')) ?? '';
    const name = given.replace(/^-+/, '').split('=')[0]!;
    const close = closestNames(name, known, 1);
    return `unknown option "${given.split('=')[0]}"${close.length > 0 ? `; did you mean "--${close[0]}"?` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
    return message.includes('argument missing') ? `${name} needs a value` : `${name} takes no value`;
  }
  return message.split('\n')[0]!;
}
