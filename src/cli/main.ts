// The `kubedeck` command line: tools for trainers, sharing the app's own deck code.
import { runCheck } from './check';
import { runExport } from './export';
import { runGenerate } from './generate';
import { runImport } from './import';
import { runLint } from './lint';

export type Print = (line: string) => void;

const USAGE = `Usage: kubedeck <command> [options]

Commands:
  check [FILE|DIR...]        Check deck files (default: decks/). Prints FILE:LINE:COL error|warning MESSAGE.
                             Exit 0 when there is no error, 1 otherwise.
  lint FILE...               Check Kubernetes manifests like the API server would.
                             Prints FILE:LINE:COL error|warning RULE MESSAGE; --format json for tools.
                             Exit 0 when there is no error, 1 when any, 2 when a file cannot be read.
  generate COURSE.md|FOLDER [-o FILE|FOLDER] [--single] [--answers CORRECTION.md] [--force] [--deck-lang fr|en]
                             Draft a deck from a course chapter in Markdown (stdout without -o).
  export DECK... --format yaml|bundle|apkg|tsv|html|pdf [-o FILE] [--title T] [--now DATE]
                             Export decks (deck files, bundles, or ids of decks in decks/). Text formats go
                             to stdout without -o; apkg and pdf need -o. Exit 1 if a deck has errors.
                             apkg: images included; times from --now, else SOURCE_DATE_EPOCH, else now.
  import FILE... [-o DIR] [--replace] [--deck-lang fr|en]
                             Import KubeDeck decks and bundles, Anki .apkg, .tsv/.csv into DIR (default: the
                             current folder), media into DIR/media/. A taken id gets a new one unless --replace.

Options:
  --lang fr|en               Language of the messages (default: from LANG, else English)
  -h, --help                 Show this help`;

const COMMANDS: Record<string, (args: string[], out: Print, err: Print) => Promise<number>> = {
  check: runCheck,
  lint: runLint,
  generate: runGenerate,
  export: runExport,
  import: runImport,
};

export async function main(argv: string[], out: Print = console.log, err: Print = console.error): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    out(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    err(`kubedeck: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  return run(rest, out, err);
}
