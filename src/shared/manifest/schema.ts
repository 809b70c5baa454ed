// The compact schema format the checker walks. scripts/generate-manifest-schemas.ts writes it
// (under ./schemas) from kubernetes-models' type declarations and the CRDs of cert-manager,
// MetalLB and Gateway API; nothing here
// compiles code at run time, so the checker runs under the renderer's CSP (no eval).

export type SchemaType =
  | 'object'
  | 'array'
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  /** A port number or a port name (IntOrString). */
  | 'int-or-string'
  /** A resource quantity such as `1Gi` or `500m`, written as a string or a number. */
  | 'quantity'
  /** Anything goes (free-form JSON, or parts the checker deliberately leaves alone such as `status`). */
  | 'any';

export interface SchemaNode {
  type: SchemaType;
  /** Known fields of an object. */
  properties?: Record<string, SchemaRef>;
  required?: string[];
  /** Schema of every value of a map (`additionalProperties`), e.g. labels. */
  values?: SchemaRef;
  /** Unknown fields are accepted (`x-kubernetes-preserve-unknown-fields`). */
  open?: boolean;
  items?: SchemaRef;
  enum?: (string | number)[];
  /** A regular expression the whole string must match (CRD `pattern`). */
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
}

/** A schema written in place, or the name of a shared definition. */
export type SchemaRef = SchemaNode | string;

/** One generated file of ./schemas. */
export interface SchemaBundle {
  /** Where the schemas come from (package and version, or CRD files). */
  source: string;
  definitions: Record<string, SchemaNode>;
  /** apiVersion → kind → schema of the whole object. */
  kinds: Record<string, Record<string, SchemaRef>>;
  /** apiVersion → kind → the warning the API server gives for a deprecated version. */
  deprecated?: Record<string, Record<string, string>>;
  /** Kinds that live outside namespaces (a CRD's `scope: Cluster`). */
  clusterScoped?: string[];
}

/** Every apiVersion and kind the source packages know of, checked or not, for "did you mean". */
export interface KnownApiVersions {
  source: string;
  /** group ('' for the core group) → version → kinds. */
  groups: Record<string, Record<string, string[]>>;
}
