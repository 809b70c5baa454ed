// Front matter of a Hugo/Docusaurus chapter: YAML between `---` lines, or Hugo's TOML between
// `+++` lines, at the very start of the file. Only the fields a deck uses are read.
import { parseDocument } from 'yaml';

export interface FrontMatter {
  title?: string;
  description?: string;
  lang?: string;
  tags: string[];
}

export interface SplitChapter {
  frontMatter: FrontMatter;
  /** The Markdown after the front matter. */
  body: string;
  /** Number of lines before the body, to turn body lines into file lines. */
  bodyLineOffset: number;
  /** Set when a front matter was found but could not be read (the chapter is still used). */
  problem?: { format: 'yaml' | 'toml'; detail: string };
}

const YAML_BLOCK = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const TOML_BLOCK = /^\+\+\+[ \t]*\n(?:([\s\S]*?)\n)?\+\+\+[ \t]*(?:\n|$)/;

/** Splits the front matter off `markdown` (line endings already normalized to `\n`). */
export function splitFrontMatter(markdown: string): SplitChapter {
  const text = markdown.replace(/^\uFEFF/, '');
  for (const [pattern, format] of [
    [YAML_BLOCK, 'yaml'],
    [TOML_BLOCK, 'toml'],
  ] as const) {
    const match = pattern.exec(text);
    if (!match) continue;
    const chapter = {
      body: text.slice(match[0].length),
      bodyLineOffset: match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0),
    };
    try {
      const fields = format === 'yaml' ? parseYamlFields(match[1] ?? '') : parseTomlFields(match[1] ?? '');
      return { ...chapter, frontMatter: readFields(fields) };
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { ...chapter, frontMatter: { tags: [] }, problem: { format, detail } };
    }
  }
  return { frontMatter: { tags: [] }, body: text, bodyLineOffset: 0 };
}

function parseYamlFields(yaml: string): unknown {
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) throw doc.errors[0];
  return doc.toJS();
}

function readFields(fields: unknown): FrontMatter {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return { tags: [] };
  const record = fields as Record<string, unknown>;
  return {
    title: textField(record.title),
    description: textField(record.description),
    lang: textField(record.lang ?? record.language ?? record.languageCode),
    tags: tagsField(record.tags),
  };
}

function textField(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** Tags as a list, or as one comma-separated string (both are seen in the wild). */
function tagsField(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items.map(textField).filter((tag): tag is string => tag !== undefined);
}

/**
 * The top-level `key = value` pairs of a TOML front matter, for string and string-array values
 * (all a deck needs). Tables (`[params]`) and other value types are ignored.
 */
export function parseTomlFields(toml: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const line of toml.split('\n')) {
    if (/^\s*\[/.test(line)) break; // the first table ends the top-level keys
    const match = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.+?)\s*$/.exec(line);
    if (!match) continue;
    const [, key, raw] = match;
    if (raw.startsWith('[')) {
      fields[key] = [...raw.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => (m[2] ?? unescapeToml(m[1])));
    } else {
      const string = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(raw);
      if (string) fields[key] = string[2] ?? unescapeToml(string[1]);
    }
  }
  return fields;
}

function unescapeToml(text: string): string {
  return text.replace(/\\(["\\nt])/g, (_whole, char: string) => ({ n: '\n', t: '\t' })[char] ?? char);
}
