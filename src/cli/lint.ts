// `kubedeck lint FILE...`: the app's manifest checker on files, for trainers' CI jobs and editors.
// Text: one `FILE:LINE:COL error|warning RULE MESSAGE` line per finding, then a summary.
// `--format json`: one JSON object for tools. Exit 0 without errors, 1 with errors, 2 when a
// file cannot be read (or on a usage error).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../shared/i18n';
import { checkManifestBytes } from '../shared/manifest/bytes';
import { formatFinding, type ManifestFinding } from '../shared/manifest/check';
import { findingCounts } from '../shared/manifest/findings';
import { SCHEMA_SOURCES } from '../shared/manifest/registry';
import { command, UsageError } from './command';
import { cliSay, fileReason } from './messages';

interface FileReport {
  file: string;
  findings: ManifestFinding[];
}

export const lintCommand = command({
  name: 'lint',
  synopsis: { fr: '[--format text|json] FICHIER|DOSSIER|-...', en: '[--format text|json] FILE|DIR|-...' },
  summary: {
    fr: 'Vérifie des manifestes Kubernetes comme le ferait le serveur d’API.',
    en: 'Check Kubernetes manifests as the API server would.',
  },
  description: {
    fr: 'Vérifie des manifestes Kubernetes comme le ferait le serveur d’API (schémas des kinds du cours, et ce\nque la validation refuse au-delà). Un dossier vaut pour ses fichiers .yaml et .yml, - pour l’entrée\nstandard. Affiche FICHIER:LIGNE:COL error|warning RÈGLE MESSAGE par problème, puis un résumé ;\n--format json affiche un objet JSON.',
    en: 'Checks Kubernetes manifests as the API server would (schemas of the course’s kinds, and what\nvalidation refuses beyond them). A directory stands for its .yaml and .yml files, - for stdin.\nPrints FILE:LINE:COL error|warning RULE MESSAGE per finding, then a summary; --format json prints\none JSON object.',
  },
  options: {
    format: { type: 'string', value: { fr: 'text|json', en: 'text|json' }, description: { fr: 'Texte (par défaut) ou un objet JSON pour les outils', en: 'Text (default), or one JSON object for tools' } },
    version: { type: 'boolean', description: { fr: 'Affiche les versions des schémas embarqués', en: 'Print the versions of the bundled schemas' } },
  },
  exit: {
    fr: 'Code de sortie : 0 sans erreur (avertissements permis), 1 avec des erreurs, 2 si un fichier est illisible\nou sur une erreur d’usage.',
    en: 'Exit status: 0 without errors (warnings allowed), 1 with errors, 2 when a file cannot be read or on\na usage error.',
  },
  async run({ values, positionals, locale, out, err }) {
    if (values.version) {
      for (const source of SCHEMA_SOURCES) out(source);
      return 0;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError('usage.badFormat', { formats: 'text, json', value: format });
    if (positionals.length === 0) throw new UsageError('usage.lintNeedsFile');

    const reports: FileReport[] = [];
    const unreadable: { file: string; error: string }[] = [];
    for (const target of positionals) {
      for (const file of await expandTarget(target)) {
        try {
          const bytes = file === '-' ? await readStdin() : new Uint8Array(await readFile(file));
          reports.push({ file, findings: checkManifestBytes(bytes) });
        } catch (error) {
          const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          unreadable.push({ file, error: reason });
          err(cliSay('cli.failed', locale, { command: 'lint', message: cliSay('file.cannotRead', locale, { file, reason: fileReason(error, locale) }) }));
        }
      }
    }

    const all = reports.flatMap((report) => report.findings);
    const { errors, warnings } = findingCounts(all);
    if (format === 'json') out(JSON.stringify(jsonReport(reports, unreadable, locale, errors, warnings), null, 2));
    else {
      for (const { file, findings } of reports)
        for (const finding of findings) out(`${file}:${finding.line}:${finding.col} ${finding.severity} ${finding.rule} ${formatFinding(finding, locale)}`);
      out(cliSay('lint.summary', locale, { files: reports.length, errors, warnings }));
    }
    return unreadable.length > 0 ? 2 : errors > 0 ? 1 : 0;
  },
});

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
