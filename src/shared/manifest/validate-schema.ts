// Checks a document against its schema, field by field, like the API server's decoding and
// structural validation: types, required fields, enums, unknown fields (with "did you mean"),
// quantities, and the limits CRDs declare; then the rules of each definition (rules/definitions.ts).
import { isScalar } from 'yaml';
import { closestMatch } from '../text';
import type { Findings } from './findings';
import { isQuantity } from './formats';
import type { MessageId } from './messages';
import { own } from './own';
import { resolveSchema } from './registry';
import { DEFINITION_RULES } from './rules/definitions';
import type { SchemaNode, SchemaRef } from './schema';
import { valueTypeOf, type Field } from './yaml';

/** Fields renamed or moved in current API versions: the new place, for "did you mean". */
const MOVED_FIELDS: Record<string, Record<string, string>> = {
  'networking.k8s.io/v1.IngressBackend': { serviceName: 'service.name', servicePort: 'service.port' },
  'networking.k8s.io/v1.IngressSpec': { backend: 'defaultBackend' },
};

/**
 * Fields added by Kubernetes releases newer than the bundled kubernetes-models (Kubernetes 1.33):
 * the API server of that release accepts them, so they are a warning naming the release.
 */
const NEWER_FIELDS: Record<string, Record<string, string>> = {
  'core/v1.PodSpec': { hostnameOverride: '1.34' },
  'core/v1.Container': { restartPolicyRules: '1.34' },
  'core/v1.EnvVarSource': { fileKeyRef: '1.34' },
  'core/v1.VolumeProjection': { podCertificate: '1.34' },
};

/** Reports where `field` (a whole document, or any part of it) departs from its schema. */
export function validateSchema(field: Field, ref: SchemaRef, findings: Findings): void {
  const node = field.node;
  if (!node) return;
  const schema = resolveSchema(ref);
  switch (schema.type) {
    case 'any':
      return;
    case 'object':
      if (!field.isMap) return typeError(field, schema.type, findings);
      walkObject(field, schema, typeof ref === 'string' ? ref : undefined, findings);
      if (typeof ref === 'string') own(DEFINITION_RULES, ref)?.(field, findings);
      return;
    case 'array': {
      if (!field.isSeq) return typeError(field, schema.type, findings);
      const items = field.items();
      checkLimits(field, schema, items.length, findings);
      if (schema.items) for (const item of items) validateSchema(item, schema.items, findings);
      return;
    }
    default:
      return checkScalar(field, schema, findings);
  }
}

function walkObject(field: Field, schema: SchemaNode, definition: string | undefined, findings: Findings) {
  const present = new Set<string>();
  for (const [name, child] of field.entries()) {
    if (child.exists) present.add(name);
    const childSchema = own(schema.properties, name) ?? schema.values;
    if (childSchema) validateSchema(child, childSchema, findings);
    else if (!schema.open) unknownField(field, name, child, schema, definition, findings);
  }
  for (const name of schema.required ?? []) {
    if (!present.has(name)) findings.error(field.keyAnchor, 'schema-required', { path: field.get(name).path });
  }
}

function unknownField(parent: Field, name: string, child: Field, schema: SchemaNode, definition: string | undefined, findings: Findings) {
  const known = Object.keys(schema.properties ?? {});
  const params = { path: child.path, field: name };
  const newer = definition === undefined ? undefined : own(own(NEWER_FIELDS, definition), name);
  if (newer !== undefined) {
    findings.warning(child.keyAnchor, 'schema-field-newer', { path: child.path, version: newer });
    return;
  }
  if (isWrapper(child, schema)) {
    findings.error(child.keyAnchor, 'schema-unknown-field', params, 'schema-unknown-field-unwrap');
    return;
  }
  const suggestion =
    (definition && own(own(MOVED_FIELDS, definition), name)) ?? closestMatch(name, known) ?? fieldOfSibling(parent, name, schema) ?? fieldEndingWith(name, schema, parent);
  if (suggestion) findings.error(child.keyAnchor, 'schema-unknown-field', { ...params, suggestion }, 'schema-unknown-field-suggestion');
  else findings.error(child.keyAnchor, 'schema-unknown-field', params);
}

/** An object whose fields belong to its parent: the `spec:` that a StorageClass or a ConfigMap does not have. */
function isWrapper(child: Field, parentSchema: SchemaNode): boolean {
  const keys = child.entries().map(([key]) => key);
  return keys.length > 0 && keys.filter((key) => own(parentSchema.properties, key)).length * 2 >= keys.length;
}

/** A known field that ends with the word written (`name` → `claimName`), a required one when several do. */
function fieldEndingWith(name: string, schema: SchemaNode, parent: Field): string | undefined {
  if (name.length < 4) return undefined;
  const endings = Object.keys(schema.properties ?? {}).filter((known) => known.toLowerCase().endsWith(name.toLowerCase()) && !parent.get(known).exists);
  if (endings.length === 1) return endings[0];
  const required = endings.filter((known) => schema.required?.includes(known));
  return required.length === 1 ? required[0] : undefined;
}

/** The field belongs one level down, in an object written next to it: volume `path` → `hostPath.path`. */
function fieldOfSibling(parent: Field, name: string, schema: SchemaNode): string | undefined {
  // Walks the schema's fields, not the object's: an object with thousands of unknown keys stays linear.
  for (const [sibling, siblingSchema] of Object.entries(schema.properties ?? {})) {
    const value = parent.get(sibling);
    if (!value.isMap) continue;
    if (own(resolveSchema(siblingSchema).properties, name) && !value.get(name).exists) return `${sibling}.${name}`;
  }
  return undefined;
}

function checkScalar(field: Field, schema: SchemaNode, findings: Findings) {
  const actual = valueTypeOf(field.node);
  const value = field.value;
  const expected = schema.type;
  const typeFits =
    expected === 'string'
      ? actual === 'string'
      : expected === 'integer'
        ? actual === 'integer'
        : expected === 'number'
          ? actual === 'integer' || actual === 'number'
          : expected === 'boolean'
            ? actual === 'boolean'
            : expected === 'int-or-string'
              ? actual === 'integer' || actual === 'string'
              : actual === 'integer' || actual === 'number' || actual === 'string'; // quantity
  if (!typeFits) return typeError(field, expected, findings);
  if (expected === 'quantity' && typeof value === 'string' && !isQuantity(value)) {
    findings.error(field.anchor, 'invalid-quantity', { path: field.path, value });
    return;
  }
  if (schema.enum && !schema.enum.includes(value as string | number)) {
    const allowed = schema.enum.map((v) => JSON.stringify(v)).join(', ');
    const candidates = schema.enum.filter((v): v is string => typeof v === 'string' && v !== '');
    const suggestion = typeof value === 'string' ? (candidates.find((v) => v.toLowerCase() === value.toLowerCase()) ?? closestMatch(value, candidates)) : undefined;
    const params = { path: field.path, value: String(value), allowed };
    if (suggestion) findings.error(field.anchor, 'schema-enum', { ...params, suggestion }, 'schema-enum-suggestion');
    else findings.error(field.anchor, 'schema-enum', params);
    return;
  }
  if (typeof value === 'string' && schema.pattern && !patternOf(schema.pattern).test(value)) {
    findings.error(field.anchor, 'schema-pattern', { path: field.path, value, pattern: schema.pattern });
    return;
  }
  if (typeof value === 'number') checkLimits(field, schema, value, findings);
  if (typeof value === 'string') checkLimits(field, schema, value.length, findings);
}

function typeError(field: Field, expected: SchemaNode['type'], findings: Findings) {
  const actual = valueTypeOf(field.node);
  const params = { path: field.path, expected, actual };
  // A number or a boolean where text is expected (an annotation `true`, a label `yes`): quoting fixes it.
  if (expected === 'string' && (actual === 'boolean' || actual === 'integer' || actual === 'number') && isScalar(field.node)) {
    findings.error(field.anchor, 'schema-type', { ...params, value: field.node.source ?? String(field.value) }, 'schema-type-quote');
  } else {
    findings.error(field.anchor, 'schema-type', params);
  }
}

/** minimum/maximum for numbers, minLength/maxLength for strings, minItems/maxItems for lists. */
function checkLimits(field: Field, schema: SchemaNode, size: number, findings: Findings) {
  const [min, max] =
    schema.type === 'array' ? [schema.minItems, schema.maxItems] : schema.type === 'string' ? [schema.minLength, schema.maxLength] : [schema.minimum, schema.maximum];
  const [tooFew, tooMany]: [MessageId, MessageId] =
    schema.type === 'array' ? ['schema-min-items', 'schema-max-items'] : schema.type === 'string' ? ['schema-min-length', 'schema-max-length'] : ['schema-min-value', 'schema-max-value'];
  if (min !== undefined && size < min) findings.error(field.anchor, 'schema-limits', { path: field.path, limit: min, actual: size }, tooFew);
  else if (max !== undefined && size > max) findings.error(field.anchor, 'schema-limits', { path: field.path, limit: max, actual: size }, tooMany);
}

// CRD patterns are compiled once, on first use (RE2 syntax, which JavaScript reads the same way for these).
const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'u');
    patterns.set(source, pattern);
  }
  return pattern;
}
