// `kubedeck lint FILE...`: the app's manifest checker on files, for trainers' CI jobs and editors.
// Text: one `FILE:LINE:COL error|warning RULE MESSAGE` line per finding, then a summary.
// `--format json`: one JSON object for tools. Exit 0 without errors, 1 with errors, 2 when a
// file cannot be read (or on a usage error).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../shared/i18n';
import { checkManifestBytes } from '../shared/manifest/bytes';
import { formatFinding, type ManifestFinding } from '../shared/manifest/check';
import { SCHEMA_SOURCES } from '../shared/manifest/registry';
import type { Print } from './main';
import { parseCommonOptions, UsageError } from './options';

type Format = 'text' | 'json';

interface FileReport {
  file: string;
  findings: ManifestFinding[];
}

const USAGE = `Usage: kubedeck lint [--format text|json] [--lang fr|en] FILE|DIR|-...
       kubedeck lint --version

Checks Kubernetes manifests as the API server would (schemas of the course's kinds, and what
validation refuses beyond them). A directory stands for its .yaml and .yml files, - for stdin.
Prints FILE:LINE:COL error|warning RULE MESSAGE per finding, then a summary; --format json prints
one JSON object. Exit 0 without errors (warnings allowed), 1 with errors, 2 when a file cannot be read.
--version prints the versions of the bundled schemas.`;

export async function runLint(args: string[], out: Print, err: Print): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    out(USAGE);
    return 0;
  }
  if (args.includes('--version')) {
    for (const source of SCHEMA_SOURCES) out(source);
    return 0;
  }
  let options;
  let format: Format;
  try {
    const split = takeFormat(args);
    format = split.format;
    options = parseCommonOptions(split.rest);
    if (options.positional.length === 0) throw new UsageError('give at least one manifest file (or - for standard input)');
  } catch (error) {
    if (error instanceof UsageError) {
      err(`kubedeck lint: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const reports: FileReport[] = [];
  const unreadable: { file: string; error: string }[] = [];
  for (const target of options.positional) {
    for (const file of await expandTarget(target)) {
      try {
        const bytes = file === '-' ? await readStdin() : new Uint8Array(await readFile(file));
        reports.push({ file, findings: checkManifestBytes(bytes) });
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        unreadable.push({ file, error: reason });
        err(options.locale === 'fr' ? `kubedeck lint : impossible de lire ${file} (${reason})` : `kubedeck lint: cannot read ${file} (${reason})`);
      }
    }
  }

  const all = reports.flatMap((report) => report.findings);
  const errors = all.filter((finding) => finding.severity === 'error').length;
  const warnings = all.length - errors;
  if (format === 'json') out(JSON.stringify(jsonReport(reports, unreadable, options.locale, errors, warnings), null, 2));
  else {
    for (const { file, findings } of reports)
      for (const finding of findings) out(`${file}:${finding.line}:${finding.col} ${finding.severity} ${finding.rule} ${formatFinding(finding, options.locale)}`);
    out(
      options.locale === 'fr'
        ? `${reports.length} fichier(s) : ${errors} erreur(s), ${warnings} avertissement(s)`
        : `${reports.length} file(s): ${errors} error(s), ${warnings} warning(s)`,
    );
  }
  return unreadable.length > 0 ? 2 : errors > 0 ? 1 : 0;
}

/** Removes `--format text|json` (or `--format=…`) from the arguments; the rest are the common options. */
function takeFormat(args: string[]): { format: Format; rest: string[] } {
  const rest: string[] = [];
  let format: Format = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : args[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be text or json, not "${value ?? ''}"`);
      format = value;
    } else {
      rest.push(arg);
    }
  }
  return { format, rest };
}

/** A directory stands for the .yaml and .yml files under it; anything else is read as given. */
async function expandTarget(target: string): Promise<string[]> {
  const info = target === '-' ? undefined : await stat(target).catch(() => undefined);
  if (!info?.isDirectory()) return [target];
  const entries = await readdir(target, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(target, entry.name);
    if (entry.isDirectory()) files.push(...(await expandTarget(path)));
    else if (/\.ya?ml$/.test(entry.name)) files.push(path);
  }
  return files;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function jsonReport(reports: FileReport[], unreadable: { file: string; error: string }[], locale: Locale, errors: number, warnings: number) {
  return {
    files: reports.length,
    errors,
    warnings,
    findings: reports.flatMap(({ file, findings }) =>
      findings.map((finding) => ({
        file,
        line: finding.line,
        col: finding.col,
        endLine: finding.endLine,
        endCol: finding.endCol,
        severity: finding.severity,
        rule: finding.rule,
        message: formatFinding(finding, locale),
        document: finding.document,
        params: finding.params,
      })),
    ),
    unreadable,
  };
}
