// A chapter's structure from marked's lexer: its `#` title and its `##`/`###` sections, each with
// the blocks it holds and the line where each block starts (for notes).
import { Lexer, type Token } from 'marked';
import { childTokens, plainText } from './inline';
import { topicSlug } from './slug';

export interface Block {
  token: Token;
  /** 1-based line in the chapter file. */
  line: number;
}

export interface Section {
  /** Heading as plain text (may be empty: `## ` alone is valid Markdown). */
  title: string;
  /** kebab-case tag; undefined when the title has no usable letter. */
  tag?: string;
  blocks: Block[];
}

export interface Chapter {
  /** The first `#` heading, when it comes before any other heading. */
  heading?: string;
  /** The blocks before the first section (an introduction), possibly none. */
  intro: Block[];
  sections: Section[];
}

/** Longest tag kept: long headings give long tags, so they are cut on a word boundary. */
const TAG_MAX_LENGTH = 40;

export function readChapter(body: string, bodyLineOffset: number): Chapter {
  const tokens = new Lexer({ gfm: true }).lex(body);
  const chapter: Chapter = { intro: [], sections: [] };
  let current: { blocks: Block[] } = { blocks: chapter.intro };
  let line = bodyLineOffset + 1;
  let seenHeading = false;
  for (const token of tokens) {
    const startLine = line;
    // Top-level raws put end to end give back the source, so counting their newlines gives lines.
    line += token.raw.split('\n').length - 1;
    if (token.type === 'heading' && token.depth <= 3) {
      const title = headingText(token);
      if (token.depth === 1 && !seenHeading) {
        chapter.heading = title || undefined;
      } else {
        const section: Section = { title, tag: sectionTag(title), blocks: [] };
        chapter.sections.push(section);
        current = section;
      }
      seenHeading = true;
      continue;
    }
    if (token.type !== 'space') current.blocks.push({ token, line: startLine });
  }
  return chapter;
}

/** A heading as plain text, without a trailing `{#custom-anchor}` (Hugo, Docusaurus). */
export function headingText(token: Token): string {
  return plainText(childTokens(token)).replace(/\s*\{#[^}]*\}\s*$/, '').trim();
}

/** The tag of a section: its title as a topic slug; undefined when the title has no usable letter. */
export function sectionTag(title: string): string | undefined {
  return topicSlug(title, TAG_MAX_LENGTH) || undefined;
}
