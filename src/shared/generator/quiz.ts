// Markdown quizzes: numbered questions followed by lettered choices ("1. Quel objet… ?" then
// "a) Pod", "- b) Service", "- [x] c) …"), and the correction, often a separate chapter ("1. b",
// "Question 2 : a, c — explanation", or "Réponse : b" under a "## Question 3" heading).

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

const QUESTION = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:q(?:uestion)?\s*)?(\d{1,3})\s*(?:[.):]|\*\*)\s*(.*?)\s*$/i;
const CHOICE = /^\s*(?:[-*+]\s+)?(?:\[([ xX])\]\s*)?(?:\*\*)?([a-hA-H])(?:\*\*)?\s*[).:]\s+(.+?)\s*$/;
const TICKED_CHOICE = /^\s*[-*+]\s+\[([ xX])\]\s+(.+?)\s*$/;
/** The fewest questions that make a chapter a quiz rather than numbered steps. */
const MIN_QUESTIONS = 2;

/** The chapter's quiz questions, or none when it is not a quiz. */
export function readQuiz(body: string, bodyLineOffset: number): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  let current: QuizQuestion | undefined;
  body.split('\n').forEach((raw, index) => {
    const choice = CHOICE.exec(raw);
    const ticked = !choice ? TICKED_CHOICE.exec(raw) : null;
    if (current && (choice || ticked)) {
      const letter = choice ? choice[2].toLowerCase() : String.fromCharCode(97 + current.choices.length);
      current.choices.push({ letter, text: stripBold(choice ? choice[3] : ticked![2]), ticked: (choice?.[1] ?? ticked?.[1] ?? ' ').toLowerCase() === 'x' });
      return;
    }
    const question = QUESTION.exec(raw);
    if (question) {
      current = { number: Number(question[1]), question: stripBold(question[2]), choices: [], line: bodyLineOffset + index + 1 };
      questions.push(current);
      return;
    }
    // A question's text can follow its heading ("## Question 1" then the question).
    const text = raw.trim();
    if (current && current.choices.length === 0 && text && !text.startsWith('#')) {
      current.question = [current.question, text].filter(Boolean).join(' ');
    } else if (text.startsWith('#')) {
      current = undefined;
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
  const answers = new Map<number, QuizAnswer>();
  let heading: number | undefined;
  for (const raw of markdown.split('\n')) {
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

function stripBold(text: string): string {
  const trimmed = text.trim();
  // Bold around the whole text, or a number's bold closing before it ("**1.** Question").
  if (/^\*\*[^*]*\*\*$/.test(trimmed)) return trimmed.slice(2, -2).trim();
  return trimmed.replace(/^\*\*\s+/, '').replace(/\s*\*\*$/, '').trim();
}
