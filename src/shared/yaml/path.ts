// Paths into a manifest, as written in a yaml-fix `expect`:
// `spec.rules[0].host`, `metadata.annotations["cert-manager.io/issuer"]`.

export type PathSegment = string | number;

const SEGMENT = /^(?:\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\])/;

/** The segments of `path`, or undefined when it is not a valid path. */
export function parsePath(path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let rest = path;
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest);
    if (!match || (segments.length === 0 && rest.startsWith('.'))) return undefined;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(match[3].replace(/\\(.)/g, '$1'));
    rest = rest.slice(match[0].length);
  }
  return segments.length > 0 ? segments : undefined;
}

/** The value at `segments` in a plain JS value, and whether it exists. */
export function valueAtPath(root: unknown, segments: readonly PathSegment[]): { found: boolean; value?: unknown } {
  let current: unknown = root;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return { found: false };
      current = current[segment];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, segment))
        return { found: false };
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value: current };
}
