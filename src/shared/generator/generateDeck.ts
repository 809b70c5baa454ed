// `kubedeck generate`'s logic: a course chapter in Markdown → a draft deck, as a typed Deck and as
// the YAML file to review. Cards come from the chapter's structure: basic cards from glossary
// bullets, definition sentences and table rows; cloze cards from key sentences; input cards from
// shell commands; yaml-fix cards from YAML blocks (mutations, or migrations of removed APIs); mcq
// cards from a Markdown quiz. Quality filters then leave out drafts that would be thrown away.
// Pure: the app can call it as well as the CLI.
import type { Tokens } from 'marked';
import type { Card, Deck } from '../decks/types';
import { selfNamedTopics } from '../decks/topics';
import { DECK_FORMAT } from '../decks/types';
import type { Locale } from '../i18n';
import { isTermVerbList, readDefinitionList, readDefinitionSentence, readTermBullet, readTermVerbBullet, saysWhatItIs } from './basic';
import { readChapter, type Section } from './chapter';
import { clozeDrafts } from './cloze';
import { deckToYaml } from '../decks/writeYaml';
import { sectionElements, type Element } from './elements';
import { listDrafts, type ListItem } from './lists';
import { splitFrontMatter } from './frontMatter';
import { plainText, splitSentences, type Sentence } from './inline';
import { guessLanguage, normalizeLang } from './language';
import { deckLocale } from '../i18n';
import { commandDrafts, commandOfBullet, inlineCommandDrafts, introductionOf, isShellBlock } from './commands';
import { filterReason, type FilterReason } from './filters';
import type { MutationKind } from './mutations';
import { readCorrection, readQuiz, type QuizAnswer, type QuizQuestion } from './quiz';
import { tableDrafts } from './tables';
import { kebabCase, UniqueIds } from './slug';
import { cardTexts, noteTexts as noteTextsIn, type CardTexts, type DraftSkipReason, type NoteTexts, type SkipReason } from './texts';
import { isYamlBlock, yamlFixDraft } from './yamlFix';

export interface GenerateOptions {
  /** The chapter's file name (a path is fine): names the deck and the draft comment. */
  fileName: string;
  /** The deck's language, overriding the front matter and the guess. */
  lang?: string;
  /** The language of the notes (default English). */
  locale?: Locale;
  /** The quiz's correction chapter (Markdown), for a chapter that is a quiz. */
  answers?: string;
}

export interface GeneratedDeck {
  /** The draft deck; it has no card when nothing in the chapter could be turned into one. */
  deck: Deck;
  /** The deck file: schema comment, draft comment, then the deck. */
  yaml: string;
  /** What the trainer should know: skipped YAML blocks, a guessed language… */
  notes: string[];
  /** Drafts left out by the quality filters, by card type, then by reason. */
  filtered: CountsByKind<FilterReason>;
  /** Drafts that gave no card (YAML blocks skipped, quiz questions without an answer), by card type, then by reason. */
  skipped: CountsByKind<DraftSkipReason>;
}

export type CountsByKind<Reason extends string> = Partial<Record<Card['type'], Partial<Record<Reason, number>>>>;

function count<Reason extends string>(counts: CountsByKind<Reason>, type: Card['type'], reason: Reason): void {
  const byReason: Partial<Record<Reason, number>> = (counts[type] ??= {});
  byReason[reason] = (byReason[reason] ?? 0) + 1;
}

/** Card ids are "<section>-<term>": the section part is kept short. */
const SECTION_ID_LENGTH = 24;
const TERM_ID_LENGTH = 24;
/** Input cards per section: a lab section of twenty commands gives the few that name their step. */
const MAX_COMMANDS_PER_SECTION = 6;

/** A card's own fields; id, tags, source and origin are set from its section. */
type CardFields = OmitFromEach<Card, 'id' | 'tags' | 'source' | 'origin'>;
type OmitFromEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type McqCardFields = Extract<CardFields, { type: 'mcq' }>;

export function generateDeck(markdown: string, options: GenerateOptions): GeneratedDeck {
  const noteTexts = noteTextsIn(options.locale ?? 'en');
  const notes: string[] = [];
  const split = splitFrontMatter(markdown.replace(/\r\n?/g, '\n'));
  if (split.problem) notes.push(noteTexts.frontMatterUnreadable(split.problem.format, split.problem.detail));
  const chapter = readChapter(split.body, split.bodyLineOffset);
  const file = baseName(options.fileName);
  const title = split.frontMatter.title ?? chapter.heading ?? stripExtensions(file);
  // The introduction is about the whole chapter: its cards cite the chapter and get no section tag.
  const intro: Section = { title, blocks: chapter.intro };
  const sections = [intro, ...chapter.sections].map((section) => ({ section, elements: sectionElements(section.blocks) }));

  const prose = sections
    .flatMap((s) => s.elements)
    .flatMap((element) => (element.type === 'paragraph' || element.type === 'list-item' ? [plainText(element.tokens)] : []));
  const language = deckLanguage(options.lang, split.frontMatter.lang, options.fileName, prose.join(' '), noteTexts);
  const lang = language.lang;
  notes.push(...language.notes);
  const texts = cardTexts(deckLocale(lang));
  if (deckLocale(lang) !== lang.split('-')[0]) notes.push(noteTexts.langWithoutTexts(lang));

  const ids = new UniqueIds();
  const usedMutations = new Set<MutationKind>();
  const cards: Card[] = [];
  const sectionTopics: Record<string, Record<string, string>> = {};
  const filtered: GeneratedDeck['filtered'] = {};
  const skipped: GeneratedDeck['skipped'] = {};
  const answers = new Set<string>();
  const keep = (card: Card) => {
    const reason = filterReason(card, answers);
    if (reason) count(filtered, card.type, reason);
    else cards.push(card);
  };
  const quiz = readQuiz(split.body, split.bodyLineOffset);
  if (quiz.length > 0) {
    // A quiz chapter gives its questions, and nothing else: its prose is the questions.
    const correction = options.answers === undefined ? undefined : readCorrection(options.answers);
    if (!correction) notes.push(noteTexts.quizWithoutAnswers(quiz.length));
    for (const question of quiz) {
      const draft = quizCard(question, correction, texts);
      if (!draft) {
        count(skipped, 'mcq', 'no-answer');
        notes.push(noteTexts.quizQuestionSkipped(question.line, question.number));
        continue;
      }
      keep({ ...draft, id: ids.take(`question-${question.number}`, 'card'), tags: [], source: `${title}, ${question.number}`, origin: 'generated' });
    }
  }
  for (const { section, elements } of quiz.length > 0 ? [] : sections) {
    const drafts = sectionDrafts(section, elements, texts, usedMutations, (line, reason, detail) => {
      count(skipped, 'yaml-fix', reason);
      notes.push(noteTexts.yamlSkipped(line, reason, detail));
    });
    for (const { idBase, fields } of drafts) {
      if (section.tag) sectionTopics[section.tag] ??= { [lang]: section.title || section.tag };
      keep({
        ...fields,
        id: ids.take(idBase, 'card'),
        tags: section.tag ? [section.tag] : [],
        source: section.title ? `§ ${section.title}` : undefined,
        origin: 'generated',
      });
    }
  }

  const deckTags = [...new Set(split.frontMatter.tags.map((tag) => kebabCase(tag)).filter(Boolean))];
  const topics = { ...selfNamedTopics(deckTags, lang), ...sectionTopics };
  const deck: Deck = {
    format: DECK_FORMAT,
    id: deckId(options.fileName, title),
    title,
    lang,
    description: split.frontMatter.description ?? texts.deckDescription(title),
    source: title,
    tags: deckTags,
    ...(Object.keys(topics).length > 0 ? { topics } : {}),
    cards,
  };
  const yaml = deckToYaml(deck, { draft: { header: [texts.draftComment(file), texts.originComment] } });
  return { deck, yaml, notes, filtered, skipped };
}

/**
 * An mcq card for a quiz question: the right choices from the correction, else the ones ticked
 * in the quiz (`- [x]`); with neither, the first choice, marked to check. Undefined when the
 * correction names no choice of the question.
 */
function quizCard(question: QuizQuestion, correction: Map<number, QuizAnswer> | undefined, texts: CardTexts): McqCardFields | undefined {
  const answer = correction?.get(question.number);
  const ticked = question.choices.filter((choice) => choice.ticked).map((choice) => choice.letter);
  const letters = answer?.letters ?? (correction ? [] : ticked);
  const known = letters.filter((letter) => question.choices.some((choice) => choice.letter === letter));
  if (correction && known.length === 0) return undefined;
  const right = known.length > 0 ? new Set(known) : new Set([question.choices[0].letter]);
  return {
    type: 'mcq',
    question: question.question,
    choices: question.choices.map((choice) => ({ text: choice.text, correct: right.has(choice.letter) })),
    explanation: known.length > 0 ? answer?.explanation : texts.quizUnchecked,
  };
}

interface Draft {
  idBase: string;
  /** Index of the element the card comes from: cards keep the chapter's order. */
  order: number;
  fields: CardFields;
}

function sectionDrafts(
  section: Section,
  elements: Element[],
  texts: CardTexts,
  usedMutations: Set<MutationKind>,
  skipped: (line: number, reason: SkipReason, detail: string) => void,
): Draft[] {
  const prefix = kebabCase(section.tag ?? '', SECTION_ID_LENGTH);
  const idOf = (...parts: string[]) => [prefix, ...parts].filter(Boolean).join('-');
  const drafts: Draft[] = [];
  const proses: { sentences: Sentence[]; order: number }[] = [];
  // By list token, or by the first paragraph of a definition list (one paragraph per term, often).
  const lists = new Map<Tokens.List | Element, { items: ListItem[]; order: number; lead?: string }>();
  let definitionList: Element | undefined;
  let commands = 0;
  const termVerbLists = new Map<Tokens.List, boolean>();
  const termVerbList = (list: Tokens.List) => termVerbLists.get(list) ?? termVerbLists.set(list, isTermVerbList(list)).get(list)!;
  elements.forEach((element, order) => {
    const entries = element.type === 'paragraph' ? readDefinitionList(element.tokens.map((token) => token.raw).join('')) : undefined;
    if (!entries) definitionList = undefined;
    if (entries) {
      definitionList ??= element;
      if (!lists.has(definitionList)) lists.set(definitionList, { items: [], order, lead: undefined });
      const list = lists.get(definitionList)!;
      list.order = order;
      for (const entry of entries) {
        list.items.push({ tokens: [], bullet: entry });
        const front = saysWhatItIs(entry.definition.replace(/^- /, '')) ? texts.definitionFront(entry.termMarkdown) : texts.basicFront(entry.termMarkdown);
        const fields = { type: 'basic', front, back: entry.definition, reverse: false } as const;
        drafts.push({ idBase: idOf(kebabCase(entry.termPlain, TERM_ID_LENGTH)), order, fields });
      }
      return;
    }
    if (element.type === 'table') {
      for (const row of tableDrafts(element.header, element.rows, texts)) {
        drafts.push({ idBase: idOf(kebabCase(row.key, TERM_ID_LENGTH)), order, fields: { type: 'basic', front: row.front, back: row.back, reverse: false } });
      }
      return;
    }
    // A command on its own line in the prose ("`kubectl apply -f app.yaml`") is a one-line session.
    const inlineCommand = element.type === 'paragraph' && element.tokens.length === 1 && element.tokens[0].type === 'codespan' ? element.tokens[0].text : undefined;
    if ((element.type === 'code' && isShellBlock(element.lang)) || inlineCommand) {
      const before = elements[order - 1];
      const introduction = before && before.type !== 'code' && before.type !== 'table' ? introductionOf(splitSentences(before.tokens).map((sentence) => sentence.plain)) : undefined;
      for (const command of commandDrafts(inlineCommand ?? (element.type === 'code' ? element.text : ''), introduction)) {
        if (commands++ >= MAX_COMMANDS_PER_SECTION) break;
        const fields: CardFields = { type: 'input', question: texts.commandQuestion(command.tool, command.step), answers: [command.command] };
        drafts.push({ idBase: idOf(kebabCase(command.command, TERM_ID_LENGTH)), order, fields });
      }
      return;
    }
    if (element.type === 'code') {
      if (!isYamlBlock(element.lang)) return; // JSON, Dockerfiles…: nothing to fix
      const outcome = yamlFixDraft(element.text, usedMutations, texts);
      if ('skipped' in outcome) {
        skipped(element.line, outcome.skipped, outcome.detail);
      } else {
        const { mutation, ...fields } = outcome.draft;
        if (mutation !== 'migration') usedMutations.add(mutation);
        drafts.push({ idBase: idOf(mutation), order, fields: { type: 'yaml-fix', ...fields } });
      }
      return;
    }
    const bullet =
      element.type === 'list-item' ? (readTermBullet(element.tokens) ?? (termVerbList(element.list) ? readTermVerbBullet(element.tokens) : undefined)) : undefined;
    if (element.type === 'list-item') {
      if (!lists.has(element.list)) lists.set(element.list, { items: [], order, lead: listLead(elements[order - 1], order === 0 ? section.title : undefined) });
      const list = lists.get(element.list)!;
      list.items.push({ tokens: element.tokens, bullet });
      list.order = order; // the list's cards come after its last item
    }
    const commandBullet = bullet && element.type === 'list-item' && element.tokens[0]?.type === 'codespan' ? commandOfBullet(bullet.termPlain, bullet.definition) : undefined;
    if (commandBullet && commands < MAX_COMMANDS_PER_SECTION) {
      // "- `helm repo add bitnami …` : ajouter un dépôt de charts": the command is what to recall.
      commands++;
      const fields: CardFields = { type: 'input', question: texts.commandQuestion(commandBullet.tool, commandBullet.step), answers: [commandBullet.command] };
      drafts.push({ idBase: idOf(kebabCase(commandBullet.command, TERM_ID_LENGTH)), order, fields });
    } else if (bullet) {
      // "- **Docker Hub** : le service…" says what it is; "- `hostPath` : monte un dossier…", what it is for.
      const front = saysWhatItIs(bullet.definition) ? texts.definitionFront(bullet.termMarkdown) : texts.basicFront(bullet.termMarkdown);
      const fields = { type: 'basic', front, back: bullet.definition, reverse: false } as const;
      drafts.push({ idBase: idOf(kebabCase(bullet.termPlain, TERM_ID_LENGTH)), order, fields });
    } else {
      // A definition sentence gives a basic card; the others are offered as clozes.
      const sentences = splitSentences(element.tokens).filter((sentence) => {
        const definition = readDefinitionSentence(sentence);
        if (!definition) return true;
        const fields = { type: 'basic', front: texts.definitionFront(definition.termMarkdown), back: definition.definition, reverse: false } as const;
        drafts.push({ idBase: idOf(kebabCase(definition.termPlain, TERM_ID_LENGTH)), order, fields });
        return false;
      });
      const inline = inlineCommandDrafts(sentences);
      for (const command of inline.drafts) {
        if (commands++ >= MAX_COMMANDS_PER_SECTION) break;
        const fields: CardFields = { type: 'input', question: texts.commandQuestion(command.tool, command.step), answers: [command.command] };
        drafts.push({ idBase: idOf(kebabCase(command.command, TERM_ID_LENGTH)), order, fields });
      }
      proses.push({ sentences: sentences.filter((sentence) => !inline.used.has(sentence)), order });
    }
  });
  for (const { items, order, lead } of lists.values()) {
    for (const draft of listDrafts(items, lead, texts)) {
      const fields: CardFields =
        draft.type === 'mcq' ? { type: 'mcq', question: draft.question, choices: draft.choices } : { type: 'cloze', text: draft.text };
      drafts.push({ idBase: idOf(kebabCase(draft.key, TERM_ID_LENGTH), draft.type === 'mcq' ? 'which' : 'list'), order, fields });
    }
  }
  for (const cloze of clozeDrafts(proses)) {
    drafts.push({ idBase: idOf(kebabCase(cloze.firstAnswer, TERM_ID_LENGTH), 'cloze'), order: cloze.order, fields: { type: 'cloze', text: cloze.text } });
  }
  return drafts.sort((a, b) => a.order - b.order);
}

/**
 * What introduces a list: the last sentence of the text before it when it ends with a colon
 * ("Les types de Service :"), else `heading` (the section's title when the list opens the section).
 */
function listLead(before: Element | undefined, heading: string | undefined): string | undefined {
  if (before?.type === 'paragraph' || before?.type === 'list-item') {
    const last = splitSentences(before.tokens).at(-1)?.plain;
    return last && /[:：]$/.test(last) ? last : undefined;
  }
  return before ? undefined : heading || undefined;
}

/**
 * The override, else the front matter's language, else the one in the file name (`page.fr.md`),
 * else a guess from the prose; with a note when the trainer should check it.
 */
function deckLanguage(
  override: string | undefined,
  frontMatterLang: string | undefined,
  fileName: string,
  prose: string,
  noteTexts: NoteTexts,
): { lang: string; notes: string[] } {
  const lang = normalizeLang(override) ?? normalizeLang(frontMatterLang);
  if (lang) return { lang, notes: [] };
  const notes = frontMatterLang ? [noteTexts.langIgnored(frontMatterLang)] : [];
  const fromName = /\.([a-z]{2})\.(?:md|markdown|mdx)$/i.exec(baseName(fileName))?.[1];
  if (fromName) return { lang: fromName.toLowerCase(), notes };
  const guess = guessLanguage(prose);
  return { lang: guess.lang, notes: [...notes, guess.confident ? noteTexts.langGuessed(guess.lang) : noteTexts.langNotGuessed] };
}

/**
 * The deck id: the file name in kebab-case, without its chapter number (`08-cours-stockage.md` →
 * `cours-stockage`) so that renumbering chapters keeps progress. An `index.md`/`_index.md` is
 * named after its folder; a name with no usable letter falls back to the title.
 */
export function deckId(fileName: string, title: string): string {
  const parts = fileName.split(/[\\/]/).filter(Boolean);
  let name = stripExtensions(parts.at(-1) ?? '');
  if (/^_?index$|^readme$/i.test(name) && parts.length > 1) name = parts.at(-2)!;
  const slug = (text: string) => kebabCase(text.replace(/^\d+[-_. ]+(?=\D)/, ''), 60);
  return slug(name) || slug(title) || 'deck';
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).filter(Boolean).at(-1) ?? fileName;
}

/** `08-cours.fr.md` → `08-cours`: the Markdown extension and a Hugo language suffix. */
function stripExtensions(file: string): string {
  return file.replace(/\.(?:md|markdown|mdx)$/i, '').replace(/\.[a-z]{2}$/i, '');
}
