// The one shape of a `kubedeck` command: its options (parsed by Node's util.parseArgs), its help
// in French and English, and its run function. main.ts handles --help, --lang, --version, usage
// errors and unknown commands once for all of them.
import { parseArgs } from 'node:util';
import { isLocale, type Locale, type MessageParams, type Text } from '../shared/i18n';
import { cliSay, type CliMessageKey } from './messages';

export type Print = (line: string) => void;

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** For a string option: the value's name in the help (`FILE`, `fr|en`). */
  value?: Text;
  description: Text;
}

type Options = Record<string, OptionSpec>;

/** What `util.parseArgs` gives for a table of options: strings and booleans, all optional. */
export type OptionValues<O extends Options> = { [K in keyof O]?: ValueOf<O[K]['type']> };
type ValueOf<T> = T extends 'string' ? string : boolean;

export interface CommandInput<O extends Options> {
  values: OptionValues<O>;
  positionals: string[];
  locale: Locale;
  out: Print;
  err: Print;
}

export interface Command<O extends Options = Options> {
  name: string;
  /** The arguments after the name and options, as the usage line shows them. */
  synopsis: Text;
  /** One line for `kubedeck --help`. */
  summary: Text;
  /** Paragraphs of `kubedeck NAME --help` before the options. */
  description: Text;
  options: O;
  /** Paragraph after the options: what the exit codes mean. */
  exit: Text;
  run(input: CommandInput<O>): Promise<number>;
}

/** Declares a command with its options typed from the table. */
export const command = <O extends Options>(spec: Command<O>): Command => spec as unknown as Command;

/** A usage error (exit 2): wrong option, missing value, missing argument; a message of the CLI catalog, shown in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly code: CliMessageKey,
    readonly params: MessageParams = {},
  ) {
    super(cliSay(code, 'en', params));
  }

  localized(locale: Locale): string {
    return cliSay(this.code, locale, this.params);
  }
}

/** Options every command takes; main reads them. */
export const COMMON_OPTIONS = {
  lang: {
    type: 'string',
    value: { fr: 'fr|en', en: 'fr|en' },
    description: { fr: 'Langue des messages (par défaut : selon LANG, sinon anglais)', en: 'Language of the messages (default: from LANG, else English)' },
  },
  help: { type: 'boolean', short: 'h', description: { fr: 'Affiche cette aide', en: 'Show this help' } },
} satisfies Options;

/** The language asked with `--lang` (even among wrong options, so that their error is in it), else LANG's, else English. */
export function localeOf(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  for (let i = 0; i < args.length; i++) {
    const value = args[i] === '--lang' ? args[i + 1] : args[i].startsWith('--lang=') ? args[i].slice('--lang='.length) : undefined;
    if (isLocale(value)) return value;
  }
  return env.LANG?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** The command's arguments through util.parseArgs; its errors become usage errors in both languages. */
export function parseCommandArgs(spec: Command, args: string[]): Parsed {
  const options: Options = { ...spec.options, ...COMMON_OPTIONS };
  try {
    const { values, positionals } = parseArgs({ args, options: Object.fromEntries(Object.entries(options).map(([name, { type, short }]) => [name, short ? { type, short } : { type }])), allowPositionals: true, strict: true });
    if (values.lang !== undefined && !isLocale(values.lang)) {
      throw new UsageError('usage.badLang', { value: String(values.lang) });
    }
    return { values, positionals };
  } catch (error) {
    throw usageErrorOf(error);
  }
}

function usageErrorOf(error: unknown): unknown {
  const { code, message = '' } = error as { code?: string; message?: string };
  // Node's messages name the option as '-o, --output <value>' or '--x': the long name if any.
  const option = /--[\w-]+/.exec(message)?.[0] ?? /'(-[^'\s,]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('usage.unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing|ambiguous/.test(message)
      ? new UsageError('usage.needsValue', { option })
      : new UsageError('usage.takesNoValue', { option });
  }
  return error;
}

/** `kubedeck NAME --help`, in one language, from the command's table. */
export function commandHelp(spec: Command, locale: Locale): string {
  const options: Options = { ...spec.options, ...COMMON_OPTIONS };
  const rows = Object.entries(options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.value ? ` ${option.value[locale]}` : ''}`;
    return [flag, option.description[locale]] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const lines = rows.map(([flag, description]) => `  ${flag.padEnd(width)}${description.replace(/\n/g, `\n  ${' '.repeat(width)}`)}`);
  const usage = cliSay('cli.usage', locale, { command: spec.name, synopsis: spec.synopsis[locale] });
  return [usage, '', spec.description[locale], '', cliSay('cli.options', locale), ...lines, '', spec.exit[locale]].join('\n');
}
