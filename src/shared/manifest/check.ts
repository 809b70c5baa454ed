// The manifest checker: one YAML text (one or several documents) in, positioned findings out.
// Pure and synchronous, so the app can run it on every keystroke and the CLI on files.
import type { Document } from 'yaml';
import { checkExpectations, type YamlFixExpectation } from './expectations';
import { Findings, sortFindings, type ManifestFinding } from './findings';
import { resolveKind } from './registry';
import { checkAcrossDocuments, type FileDocument } from './rules/cross-document';
import { KIND_RULES } from './rules/index';
import { checkMetadata } from './rules/metadata';
import { checkPlaceholders, dropShadowedPlaceholders } from './rules/placeholders';
import { reportSyntaxErrors } from './syntax';
import { validateSchema } from './validate-schema';
import { aliasesOf, badMergeSources, EXPANSION_BUDGET, ExpansionBudgetError, Field, parseManifestText, valueTypeOf } from './yaml';
import { own } from './own';

export type { ManifestFinding, Severity } from './findings';
export { findingCounts } from './findings';
export { formatFinding } from './messages';

export interface CheckOptions {
  /** A yaml-fix challenge's assertions on the manifest. */
  expect?: YamlFixExpectation[];
}

export function checkManifest(text: string, options: CheckOptions = {}): ManifestFinding[] {
  const { documents, lineCounter } = parseManifestText(text);
  const findings = new Findings(lineCounter);
  const checked: FileDocument[] = [];
  documents.forEach((doc, index) => {
    findings.document = index;
    const from = findings.list.length;
    try {
      if (reportSyntaxErrors(doc, text, findings)) return;
      if (reportAliasProblems(doc, findings)) return;
      const root = Field.root(doc);
      if (!root.exists) return; // an empty document, such as after a final `---`
      if (!root.isMap) {
        findings.error(root.anchor, 'document-not-object', { actual: valueTypeOf(root.node) });
        return;
      }
      const identified = checkDocument(root, findings);
      dropShadowedPlaceholders(findings.list, from);
      if (identified) checked.push({ index, root, ...identified });
    } catch (error) {
      // Whatever goes wrong in one document is a finding on that document, never a crash.
      findings.list.length = from;
      findings.document = index;
      reportFailure(error, doc.range?.[0] ?? 0, findings);
    }
  });
  try {
    checkAcrossDocuments(checked, findings);
    if (options.expect) checkExpectations(checked, options.expect, findings);
  } catch (error) {
    reportFailure(error, 0, findings);
  }
  return capFindings(sortFindings(findings.list));
}

/** Findings kept per text; the rest are summed up in one last finding ("and N more"). */
export const MAX_FINDINGS = 200;

function capFindings(list: ManifestFinding[]): ManifestFinding[] {
  if (list.length <= MAX_FINDINGS) return list;
  const dropped = list.slice(MAX_FINDINGS);
  const first = dropped[0];
  const more: ManifestFinding = {
    ...first,
    endLine: first.line,
    endCol: first.col,
    severity: dropped.some((finding) => finding.severity === 'error') ? 'error' : 'warning',
    rule: 'more-findings',
    message: 'more-findings',
    params: { count: dropped.length },
  };
  return [...list.slice(0, MAX_FINDINGS), more];
}

function reportFailure(error: unknown, offset: number, findings: Findings) {
  if (error instanceof ExpansionBudgetError) findings.atOffsets(offset, offset + 1, 'error', 'yaml-expansion', 'yaml-expansion-budget', { limit: EXPANSION_BUDGET });
  else findings.atOffsets(offset, offset + 1, 'error', 'checker-failed', 'checker-failed', { detail: error instanceof Error ? error.message.slice(0, 200) : String(error) });
}

/** Aliases that point nowhere or into themselves, and merge keys of scalars: go-yaml refuses them all. */
function reportAliasProblems(doc: Document.Parsed, findings: Findings): boolean {
  const { problems } = aliasesOf(doc);
  for (const { alias, problem } of problems) findings.error(alias, 'yaml-alias', { name: alias.source }, problem === 'cycle' ? 'yaml-alias-cycle' : 'yaml-alias-unknown');
  const merges = badMergeSources(doc);
  for (const node of merges) findings.error(node, 'yaml-merge-source');
  return problems.length > 0 || merges.length > 0;
}

const UNCHECKED_MESSAGES = { builtin: 'kind-not-checked-builtin', custom: 'kind-not-checked-custom', newer: 'kind-not-checked-newer' } as const;

/** Identifies the document's kind, checks it, and returns its apiVersion and kind when both are readable. */
function checkDocument(root: Field, findings: Findings): { apiVersion: string; kind: string } | undefined {
  const apiVersionField = root.get('apiVersion');
  const kindField = root.get('kind');
  if (!apiVersionField.exists) findings.error(root.anchor, 'missing-api-version');
  else if (apiVersionField.text === undefined) findings.error(apiVersionField.anchor, 'schema-type', { path: 'apiVersion', expected: 'string', actual: valueTypeOf(apiVersionField.node) });
  if (!kindField.exists) findings.error(root.anchor, 'missing-kind');
  else if (kindField.text === undefined) findings.error(kindField.anchor, 'schema-type', { path: 'kind', expected: 'string', actual: valueTypeOf(kindField.node) });
  checkPlaceholders(root.node, findings);
  const apiVersion = apiVersionField.text?.trim();
  const kind = kindField.text?.trim();
  if (apiVersion === undefined || kind === undefined) return undefined;

  const resolution = resolveKind(apiVersion, kind);
  switch (resolution.status) {
    case 'error': {
      const field = resolution.on === 'apiVersion' ? apiVersionField : kindField;
      findings.error(field.anchor, resolution.rule, resolution.params, resolution.message);
      checkMetadata(kind, root, true, findings);
      break;
    }
    case 'unchecked':
      findings.warning(kindField.anchor, 'kind-not-checked', { apiVersion, kind }, UNCHECKED_MESSAGES[resolution.reason]);
      checkMetadata(kind, root, resolution.reason === 'custom', findings);
      break;
    case 'checked':
      if (resolution.deprecation) findings.warning(apiVersionField.anchor, 'api-version-deprecated', { apiVersion, kind, warning: resolution.deprecation });
      validateSchema(root, resolution.schema, findings);
      checkMetadata(kind, root, true, findings);
      own(KIND_RULES, kind)?.(root, findings, kind);
      break;
  }
  return { apiVersion, kind };
}
