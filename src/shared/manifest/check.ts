// The manifest checker: one YAML text (one or several documents) in, positioned findings out.
// Pure and synchronous, so the app can run it on every keystroke and the CLI on files.
import type { YamlFixExpectation } from '../decks/types';
import { checkExpectations } from './expectations';
import { Findings, sortFindings, type ManifestFinding } from './findings';
import { resolveKind } from './registry';
import { checkAcrossDocuments, type FileDocument } from './rules/cross-document';
import { KIND_RULES } from './rules/index';
import { checkMetadata } from './rules/metadata';
import { checkPlaceholders, dropShadowedPlaceholders } from './rules/placeholders';
import { reportSyntaxErrors } from './syntax';
import { validateSchema } from './validate-schema';
import { Field, parseManifestText, valueTypeOf } from './yaml';

export type { ManifestFinding, Severity } from './findings';
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
    if (reportSyntaxErrors(doc, text, findings)) return;
    const root = Field.root(doc);
    if (!root.exists) return; // an empty document, such as after a final `---`
    if (!root.isMap) {
      findings.error(root.anchor, 'document-not-object', { actual: valueTypeOf(root.node) });
      return;
    }
    const from = findings.list.length;
    const identified = checkDocument(root, findings);
    dropShadowedPlaceholders(findings.list, from);
    if (identified) checked.push({ index, root, ...identified });
  });
  checkAcrossDocuments(checked, findings);
  if (options.expect) checkExpectations(checked, options.expect, findings);
  return sortFindings(findings.list);
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
  checkPlaceholders(root.node, '', findings);
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
      KIND_RULES[kind]?.(root, findings, kind);
      break;
  }
  return { apiVersion, kind };
}
