// The `kubedeck` command line: tools for trainers, sharing the app's own deck code. Every command
// is a table (command.ts); help, languages, the version, usage errors and unknown commands are
// handled here, once.
import { readFileSync } from 'node:fs';
import type { Locale } from '../shared/i18n';
import { cliSay } from './messages';
import { commandHelp, COMMON_OPTIONS, localeOf, parseCommandArgs, UsageError, type Command, type Print } from './command';

export type { Print } from './command';

// Each command's module is loaded when it runs: `kubedeck lint` does not pay for the exporters'
// SQLite or the generator's Markdown (start-up time is what a CI job or an editor feels).
const COMMAND_MODULES: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check')).checkCommand,
  lint: async () => (await import('./lint')).lintCommand,
  generate: async () => (await import('./generate')).generateCommand,
  export: async () => (await import('./export')).exportCommand,
  import: async () => (await import('./import')).importCommand,
};

/** Every command, for the list in `kubedeck --help`. */
export const loadCommands = (): Promise<Command[]> => Promise.all(Object.values(COMMAND_MODULES).map((load) => load()));

/** The version in package.json, two folders up from this module (src/cli or a built out/cli alike). */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export async function usage(locale: Locale): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...commands.map((spec) => spec.name.length)) + 2;
  return [
    cliSay('cli.usage.main', locale),
    '',
    cliSay('cli.commands', locale),
    ...commands.map((spec) => `  ${spec.name.padEnd(width)}${spec.summary[locale]}`),
    '',
    cliSay('cli.options', locale),
    `  --lang ${COMMON_OPTIONS.lang.value[locale]}   ${COMMON_OPTIONS.lang.description[locale]}`,
    `  -h, --help     ${COMMON_OPTIONS.help.description[locale]}`,
    `  --version      ${cliSay('cli.version', locale)}`,
    '',
    cliSay('cli.commandHelp', locale),
  ].join('\n');
}

export async function main(argv: string[], out: Print = console.log, err: Print = console.error): Promise<number> {
  const locale = localeOf(argv);
  // Options before the command name are kubedeck's own: --lang, --help, --version.
  let at = 0;
  while (at < argv.length && argv[at].startsWith('-')) at += argv[at] === '--lang' ? 2 : 1;
  const before = argv.slice(0, at);
  const [name, ...rest] = argv.slice(at);
  if (before.includes('--version')) {
    out(`kubedeck ${version()}`);
    return 0;
  }
  if (!name) {
    const asked = before.includes('-h') || before.includes('--help');
    (asked ? out : err)(await usage(locale));
    return asked ? 0 : 2;
  }
  const load = Object.hasOwn(COMMAND_MODULES, name) ? COMMAND_MODULES[name] : undefined;
  if (!load) {
    err(`${cliSay('cli.unknownCommand', locale, { name })}\n\n${await usage(locale)}`);
    return 2;
  }
  const spec = await load();
  const args = [...before, ...rest];
  if (args.includes('-h') || args.includes('--help')) {
    out(commandHelp(spec, locale));
    return 0;
  }
  try {
    const { values, positionals } = parseCommandArgs(spec, args);
    return await spec.run({ values, positionals, locale, out, err });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(cliSay('cli.failed', locale, { command: spec.name, message: error.localized(locale) }));
    return 2;
  }
}
