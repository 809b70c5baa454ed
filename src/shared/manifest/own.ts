// Own-property lookups: manifests come from strangers, and a kind, a field or a group named
// `constructor`, `toString` or `__proto__` must not reach Object.prototype.

/** `record[key]` when `key` is the record's own property, else undefined. */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
