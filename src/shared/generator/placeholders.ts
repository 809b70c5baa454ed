// Placeholders a course leaves in a manifest for the reader to fill (`<image>`, `<nom_service>`,
// `<your-domain>`): a challenge's solution must be a manifest the checker accepts, so each one is
// given a plausible value, and the task tells the learner which.

export interface Filled {
  text: string;
  /** Each placeholder with the value put in its place, in order of appearance. */
  values: { placeholder: string; value: string }[];
}

/** `<word>` or `<two words>` as a whole YAML value, or inside one (`<image>:latest`). */
const PLACEHOLDER = /<([\p{L}][\p{L}\d _.-]{0,40})>/gu;

/** The block with its placeholders filled, or undefined when it has none. */
export function fillPlaceholders(block: string): Filled | undefined {
  const values: Filled['values'] = [];
  const byPlaceholder = new Map<string, string>();
  const text = block
    .split('\n')
    .map((line) => {
      const key = /^\s*(?:-\s+)?([\w.-]+)\s*:/.exec(line)?.[1] ?? '';
      return line.replace(PLACEHOLDER, (placeholder, inner: string) => {
        let value = byPlaceholder.get(placeholder);
        if (value === undefined) {
          value = plausibleValue(inner, key);
          byPlaceholder.set(placeholder, value);
          values.push({ placeholder, value });
        }
        return value;
      });
    })
    .join('\n');
  return values.length > 0 ? { text, values } : undefined;
}

/** A value that fits what the placeholder names, or the field it is the value of. */
function plausibleValue(inner: string, key: string): string {
  const words = `${inner} ${key}`.toLowerCase();
  if (/image/.test(words)) return 'nginx:1.27';
  if (/port/.test(words)) return '80';
  if (/ip\b|adress|address/.test(words)) return '192.0.2.10';
  if (/domain|domaine|host/.test(words)) return 'app.example.com';
  if (/mail/.test(words)) return 'admin@example.com';
  if (/size|taille|storage|stockage|capacit/.test(words)) return '1Gi';
  if (/replica|nombre|count/.test(words)) return '2';
  if (/path|chemin/.test(words)) return '/data';
  // Names (`<nom_service>`, `<namespace>`): the placeholder itself as a valid DNS name.
  return (
    inner
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'example'
  );
}
