// The `kubedeck` command line: tools for trainers, sharing the app's own deck code.
import { runCheck } from './check';

const USAGE = `Usage: kubedeck <command> [options]

Commands:
  check [FILE|DIR...]   Check deck files (default: decks/). Prints FILE:LINE:COL error|warning MESSAGE.
                        Exit 0 when there is no error, 1 otherwise.

Options:
  --lang fr|en          Language of the messages (default: from LANG, else English)
  -h, --help            Show this help`;

export async function main(argv: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    out(USAGE);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'check':
      return runCheck(rest, out, err);
    default:
      err(`kubedeck: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
