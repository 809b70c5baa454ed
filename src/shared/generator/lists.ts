// Cards from a list as a whole, its items being each other's context: a glossary list
// ("- `emptyDir`: …", "- `hostPath`: …") gives mcq cards asking which term a definition is of,
// the distractors being the other terms of the same list; a short enumeration ("Les types de
// Service :" then "- ClusterIP", "- NodePort", "- LoadBalancer") gives one cloze with a gap per item.
import type { Token } from 'marked';
import type { TermBullet } from './basic';
import { collapseSpaces, plainText } from './inline';
import type { CardTexts } from './texts';

export interface ListItem {
  tokens: Token[];
  /** The item read as a glossary bullet, when it is one. */
  bullet?: TermBullet;
}

export type ListDraft =
  | { type: 'mcq'; key: string; question: string; choices: { text: string; correct: boolean }[] }
  | { type: 'cloze'; key: string; text: string };

/** Fewest items for a list to be asked as a whole: with two, an mcq is a coin toss. */
const MIN_ITEMS = 3;
const MAX_ENUMERATION_ITEMS = 8;
/** An enumerated item is a name ("ClusterIP", "Calico"), not a sentence. */
const MAX_ITEM_WORDS = 4;
const MAX_ITEM_LENGTH = 40;
const MAX_CHOICES = 4;
/** mcq cards per glossary list: the basic cards already ask every term the other way round. */
const MAX_MCQS_PER_LIST = 2;
const MIN_DEFINITION_WORDS = 4;
const ARTICLE = /^(?:(?:les|le|la|un|une|des|du|de la|the|a|an)\s+|(?:l|de l|d)['’])/iu;

/**
 * The drafts of one list. `lead` is what introduces it: the sentence before it when it ends with
 * a colon, else the section's title (undefined when there is neither).
 */
export function listDrafts(items: readonly ListItem[], lead: string | undefined, texts: CardTexts): ListDraft[] {
  if (items.length < MIN_ITEMS) return [];
  const bullets = items.flatMap((item) => (item.bullet ? [item.bullet] : []));
  if (bullets.length >= MIN_ITEMS) return glossaryMcqs(bullets, texts);
  const enumeration = enumerationCloze(items, lead, texts);
  return enumeration ? [enumeration] : [];
}

function glossaryMcqs(bullets: readonly TermBullet[], texts: CardTexts): ListDraft[] {
  const drafts: ListDraft[] = [];
  bullets.forEach((bullet, index) => {
    // A back of several definitions (a definition list's) does not read as one description.
    if (drafts.length >= MAX_MCQS_PER_LIST || bullet.definition.includes('\n')) return;
    // Without its closing stop: the question quotes it.
    const definition = collapseSpaces(bullet.definition).replace(/[.;,]$/, '');
    if ((definition.match(/\p{L}{2,}/gu) ?? []).length < MIN_DEFINITION_WORDS) return;
    // A definition that names its own term gives it away; one naming a sibling ("like hostPath,
    // but…") would make that sibling a trap rather than a distractor.
    const mentions = (term: TermBullet) => definition.toLowerCase().includes(term.termPlain.toLowerCase());
    if (mentions(bullet)) return;
    // The nearest siblings, after the term then before it: items of one list are alike.
    const seen = new Set([bullet.termPlain.toLowerCase()]);
    const siblings = [...bullets.slice(index + 1), ...bullets.slice(0, index).reverse()]
      .filter((sibling) => !mentions(sibling) && !seen.has(sibling.termPlain.toLowerCase()) && seen.add(sibling.termPlain.toLowerCase()))
      .slice(0, MAX_CHOICES - 1);
    if (siblings.length < 2) return;
    // The right answer's place moves from card to card (the siblings are in list order).
    const choices = siblings.map((sibling) => ({ text: sibling.termMarkdown, correct: false }));
    choices.splice(index % (choices.length + 1), 0, { text: bullet.termMarkdown, correct: true });
    drafts.push({ type: 'mcq', key: bullet.termPlain, question: texts.termOfDefinition(definition), choices });
  });
  return drafts;
}

function enumerationCloze(items: readonly ListItem[], lead: string | undefined, texts: CardTexts): ListDraft | undefined {
  if (!lead || items.length > MAX_ENUMERATION_ITEMS) return undefined;
  const names: string[] = [];
  let etc = false;
  for (const item of items) {
    // A link is a reference to read, not a name to recall.
    if (item.tokens.some((token) => token.type === 'link')) return undefined;
    const name = plainText(item.tokens).replace(/[.,;]$/, '').trim();
    // "- etc." closes a list the author left open; "xxxx" is a name the reader's output differs in.
    if (/^(?:etc\.?|\.\.\.|…)$/i.test(name)) {
      etc = true;
      continue;
    }
    if (/x{4,}/i.test(name)) return undefined;
    if (!/\p{L}/u.test(name) || /[{}<>:]/.test(name) || name.length > MAX_ITEM_LENGTH || name.split(' ').length > MAX_ITEM_WORDS) return undefined;
    names.push(name);
  }
  if (names.length < MIN_ITEMS || new Set(names.map((name) => name.toLowerCase())).size !== names.length) return undefined;
  const intro = collapseSpaces(lead).replace(/\s*[:：]$/, '');
  if (names.some((name) => intro.toLowerCase().includes(name.toLowerCase()))) return undefined;
  // The article stays outside the gap: "les {{cgroups}}", not "{{les cgroups}}".
  const gaps = names.map((name) => {
    const article = ARTICLE.exec(name)?.[0] ?? '';
    return article.length < name.length ? `${article.toLowerCase()}{{${name.slice(article.length)}}}` : `{{${name}}}`;
  });
  return { type: 'cloze', key: names[0].replace(ARTICLE, ''), text: texts.enumeration(intro, gaps, etc) };
}
