// Markdown quizzes: numbered questions followed by lettered choices ("1. Quel objet… ?" then
// "a) Pod", "- b) Service", "- [x] c) …"), or "**Question 1**" / "## Question 1" headings followed
// by the question and numbered choices ("1. …"); and the correction, often a separate chapter ("1. b",
// "Question 2 : a, c — explanation", "Réponse : b" under a "## Question 3" heading, or the quiz
// again with the right choices marked "**V**", "✅" or "[x]").

export interface QuizQuestion {
  number: number;
  /** The question as written (Markdown), possibly over several lines. */
  question: string;
  choices: { letter: string; text: string; ticked: boolean }[];
  /** 1-based line of the question in the chapter. */
  line: number;
}

export interface QuizAnswer {
  letters: string[];
  explanation?: string;
}

const QUESTION = /^(?:#{1,6}\s*)?(?:\*\*)?\s*(?:q(?:uestion)?\s*)?(\d{1,3})\s*(?:[.):]|\*\*)\s*(.*)$/i;
const CHOICE = /^(?:[-*+]\s+)?(?:\[([ xX])\]\s*)?(?:\*\*)?([a-hA-H])(?:\*\*)?\s*[).:]\s+(.+)$/;
const TICKED_CHOICE = /^[-*+]\s+\[([ xX])\]\s+(.+)$/;
/** "## Question 1", "**Question 1**", "Question 1 :": its choices may then be numbered. */
const QUESTION_HEADING = /^(?:#{1,6}\s*)?(?:\*\*)?\s*question\s+(\d{1,3})\s*(?:\*\*)?\s*[.):：]?\s*(?:\*\*)?\s*(.*)$/i;
const NUMBERED_CHOICE = /^(?:[-*+]\s+)?\d{1,2}[.)]\s+(.+)$/;
/** How a correction written as the quiz again marks a right choice: "**V**", "✅", "✔", "(x)". */
const RIGHT_MARK = /^(?:\*\*\s*[VvXx✓✔✅]\s*\*\*|[✓✔✅]|\([xX]\))\s*/u;
/** The fewest questions that make a chapter a quiz rather than numbered steps. */
const MIN_QUESTIONS = 2;

/** The chapter's quiz questions, or none when it is not a quiz. */
export function readQuiz(body: string, bodyLineOffset: number): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  let current: QuizQuestion | undefined;
  let headed = false;
  withoutComments(body).split('\n').forEach((line, index) => {
    const raw = normalizeSpaces(line);
    const heading = QUESTION_HEADING.exec(raw);
    if (heading) {
      current = { number: Number(heading[1]), question: stripBold(heading[2]), choices: [], line: bodyLineOffset + index + 1 };
      questions.push(current);
      headed = true;
      return;
    }
    const choice = CHOICE.exec(raw);
    const ticked = !choice ? TICKED_CHOICE.exec(raw) : null;
    // Under a "Question N" heading, once the question is written, numbered lines are its choices.
    const numbered = !choice && !ticked && headed && current?.question ? NUMBERED_CHOICE.exec(raw) : null;
    if (current && (choice || ticked || numbered)) {
      const letter = choice ? choice[2].toLowerCase() : String.fromCharCode(97 + current.choices.length);
      const written = stripBold(choice ? choice[3] : (ticked ?? numbered)![ticked ? 2 : 1]);
      const marked = RIGHT_MARK.test(written);
      current.choices.push({
        letter,
        text: stripBold(written.replace(RIGHT_MARK, '')),
        ticked: marked || (choice?.[1] ?? ticked?.[1] ?? ' ').toLowerCase() === 'x',
      });
      return;
    }
    const question = QUESTION.exec(raw);
    if (question) {
      current = { number: Number(question[1]), question: stripBold(question[2]), choices: [], line: bodyLineOffset + index + 1 };
      questions.push(current);
      headed = false;
      return;
    }
    // A question's text can follow its heading ("## Question 1" then the question).
    if (current && current.choices.length === 0 && raw && !raw.startsWith('#') && !raw.startsWith('<!--')) {
      current.question = [current.question, raw].filter(Boolean).join(' ');
    } else if (raw.startsWith('#')) {
      current = undefined;
      headed = false;
    }
  });
  const asked = questions.filter((q) => q.choices.length >= 2 && /\p{L}/u.test(q.question));
  return asked.length >= MIN_QUESTIONS ? asked : [];
}

const ANSWER_LINE =
  /^\s*(?:[-*+]\s+)?(?:#{1,6}\s*)?(?:\*\*)?\s*(?:q(?:uestion)?\s*)?(\d{1,3})\s*(?:\*\*)?\s*[.):\-–—]?\s*(?:\*\*)?\s*(?:(?:bonnes? réponses?|réponses?|answers?)\s*[:：]?\s*)?(?:\*\*)?([a-hA-H](?:\s*(?:,|et|and|&|\+)\s*[a-hA-H])*)(?:\*\*)?(?=$|[\s).:,—–-])(.*)$/i;
const HEADING_NUMBER = /^\s*#{1,6}\s*(?:q(?:uestion)?\s*)?(\d{1,3})\b/i;
const ANSWER_UNDER_HEADING = /^\s*(?:\*\*)?(?:bonnes? réponses?|réponses?|answers?)(?:\*\*)?\s*[:：]\s*(?:\*\*)?([a-hA-H](?:\s*(?:,|et|and|&|\+)\s*[a-hA-H])*)(?:\*\*)?(?=$|[\s).:,—–-])(.*)$/i;

/** The answers of a correction chapter, by question number. */
export function readCorrection(markdown: string): Map<number, QuizAnswer> {
  // The quiz again, with the right choices marked: its numbered choices are not answer lines.
  const marked = readQuiz(markdown, 0).filter((question) => question.choices.some((choice) => choice.ticked));
  if (marked.length > 0) {
    return new Map(marked.map((question) => [question.number, { letters: question.choices.filter((c) => c.ticked).map((c) => c.letter) }]));
  }
  const answers = new Map<number, QuizAnswer>();
  let heading: number | undefined;
  for (const raw of markdown.split('\n').map(normalizeSpaces)) {
    const line = ANSWER_LINE.exec(raw);
    if (line) {
      answers.set(Number(line[1]), answerOf(line[2], line[3]));
      continue;
    }
    const number = HEADING_NUMBER.exec(raw);
    if (number) {
      heading = Number(number[1]);
      continue;
    }
    const under = ANSWER_UNDER_HEADING.exec(raw);
    if (under && heading !== undefined && !answers.has(heading)) answers.set(heading, answerOf(under[1], under[2]));
  }
  return answers;
}

function answerOf(letters: string, rest: string): QuizAnswer {
  const explanation = stripBold(rest.replace(/^[\s).:,—–-]+/, '')).trim();
  return { letters: letters.toLowerCase().match(/[a-h]/g) ?? [], explanation: explanation || undefined };
}

/**
 * A line with its runs of spaces made one and its ends trimmed: the patterns above put `\s*`
 * side by side, which would try every way of sharing out a long run of spaces between them.
 */
function normalizeSpaces(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/**
 * HTML comments blanked out, their lines kept so that line numbers stay right. One pass with
 * indexOf: a lazy regular expression would rescan the rest of the text from every unclosed `<!--`.
 */
function withoutComments(markdown: string): string {
  let kept = '';
  let from = 0;
  for (let start = markdown.indexOf('<!--'); start !== -1; start = markdown.indexOf('<!--', from)) {
    const end = markdown.indexOf('-->', start + 4);
    if (end === -1) break; // no later `<!--` can be closed either
    kept += markdown.slice(from, start) + markdown.slice(start, end + 3).replace(/[^\n]/g, '');
    from = end + 3;
  }
  return kept + markdown.slice(from);
}

function stripBold(text: string): string {
  const trimmed = text.trim();
  // Bold around the whole text, or a number's bold closing before it ("**1.** Question").
  if (/^\*\*[^*]*\*\*$/.test(trimmed)) return trimmed.slice(2, -2).trim();
  return trimmed.replace(/^\*\*\s+/, '').replace(/\s*\*\*$/, '').trim();
}
