// Every text a user reads comes from a catalog, in both languages. This test reads the sources the
// way VS Code's `localize` lint rule does: a word written straight into a component's markup, a
// French/English ternary, or a per-language object outside the catalogs would reach one language
// only, so each fails here with its file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

/** Attributes whose value is read or announced to the user. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);

/** Text that names no language: the app's name, units and symbols. */
const isLanguageNeutral = (text: string) => !/\p{L}/u.test(text.replace(/\b(?:KubeDeck|YAML|FSRS|Anki)\b/g, ''));

function filesUnder(dir: string, ends: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ends);
    return ends.some((end) => entry.name.endsWith(end)) ? [path] : [];
  });
}

const lineOf = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

interface SvelteNode {
  type: string;
  start: number;
  data?: string;
  name?: string;
  value?: true | SvelteNode | SvelteNode[];
  [key: string]: unknown;
}

/** The literal texts of a component's markup (outside script and style): text nodes and visible attributes. */
export function markupLiterals(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const element = node as SvelteNode;
    // Style values and key caps (`<kbd>U</kbd>`: the key is the same in every language) are not texts.
    if (element.type === 'Script' || element.type === 'StyleSheet' || element.type === 'StyleDirective') return;
    if (element.type === 'RegularElement' && element.name === 'kbd') return;
    if (element.type === 'Text' && typeof element.data === 'string') found.push({ line: lineOf(source, element.start), text: element.data.trim() });
    if (element.type === 'Attribute' && VISIBLE_ATTRIBUTES.has(element.name ?? '') && element.value !== true) {
      for (const part of [element.value].flat()) if (part && part.type === 'Text') found.push({ line: lineOf(source, part.start), text: String(part.data).trim() });
      return;
    }
    if (element.type === 'Attribute') return;
    for (const [key, value] of Object.entries(element)) if (key !== 'parent' && key !== 'metadata') visit(value);
  };
  visit(parse(source, { modern: true }).fragment);
  return found.filter(({ text }) => !isLanguageNeutral(text));
}

/** Lines that choose a text by language in code instead of asking a catalog. */
export function languageSwitches(source: string): { line: number; text: string }[] {
  return source
    .split('\n')
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter(({ text }) => !text.startsWith('//') && !text.startsWith('*'))
    .filter(({ text }) => /[=!]== ?'(?:fr|en)' \? ['"`]|\b(?:fr|french|isFrench) \? ['"`]/.test(text) || /^\s*fr: \{/.test(text));
}

/** Generator texts, moved into a catalog by the generator's own change. */
const PENDING = ['shared/generator/texts.ts'];

/** Catalog modules: the per-language texts belong there. */
const isCatalog = (path: string) => PENDING.includes(path) || /(?:^|\/)messages(?:\.\w+)?\.ts$|\/exchange\/(?:errors|warnings|labels)\.ts$/.test(path);

describe('user-visible texts', () => {
  it('are never written straight into a component’s markup', () => {
    const components = filesUnder(join(SRC, 'renderer'), ['.svelte']);
    expect(components.length).toBeGreaterThan(30);
    const literals = components.flatMap((path) => markupLiterals(readFileSync(path, 'utf8')).map(({ line, text }) => `${relative(ROOT, path)}:${line} ${JSON.stringify(text)}`));
    expect(literals).toEqual([]);
  });

  it('are never chosen by language in code outside the catalogs', () => {
    const sources = filesUnder(SRC, ['.ts', '.svelte']).filter((path) => !isCatalog(relative(SRC, path)));
    const switches = sources.flatMap((path) => languageSwitches(readFileSync(path, 'utf8')).map(({ line, text }) => `${relative(ROOT, path)}:${line} ${text}`));
    expect(switches).toEqual([]);
  });

  it('catch a literal in markup, in an attribute, a language ternary and a per-language object', () => {
    const component = '<script>let n = 1;</script>\n<p>{n} pt</p>\n<button aria-label="Fermer">× <kbd>F</kbd></button>\n<input placeholder={t("x")} />\n<span style:width="{n}px">KubeDeck · {n}</span>';
    expect(markupLiterals(component)).toEqual([
      { line: 2, text: 'pt' },
      { line: 3, text: 'Fermer' },
    ]);
    expect(languageSwitches("const label = locale === 'fr' ? 'carte' : 'card';")).toHaveLength(1);
    expect(languageSwitches("const TEXTS = {\n  fr: { question: 'Question' },\n};")).toHaveLength(1);
    expect(languageSwitches("const name = { fr: 'Français', en: 'English' };")).toHaveLength(0);
    // Choosing a catalog key by language is fine: the texts are still in the catalog.
    expect(languageSwitches("const label = lang === 'fr' ? t('language.fr') : lang;")).toHaveLength(0);
  });
});
