// Quizzes and exams in the app: the running attempt (AttemptController, what the attempt screen
// renders), and what the setup, results and history screens load. Decisions (drawing, scoring,
// the clock, readiness) come from src/shared/exam; storage from storage/exams.ts.
import type { Deck, ExamDefinition, QuestionType } from '../../../shared/decks/types';
import { flaggedIndexes, needsManifestGrader, newAttempt, submitAttempt, unansweredIndexes, type AttemptRecord, type AttemptSetup } from '../../../shared/exam/attempt';
import { drawExam, examCatalog, type CatalogExam } from '../../../shared/exam/definitions';
import { loadManifestGrader } from '../../../shared/exam/grader';
import { tagsOfTopics } from '../../../shared/exam/topics';
import { drawQuestions, questionPool, type QuestionItem, type Shortfall } from '../../../shared/exam/questions';
import { randomSeed } from '../../../shared/exam/random';
import { recallNow, topicReadiness, type TopicReadiness } from '../../../shared/exam/readiness';
import { isAnswered, scoreQuestion, type GivenAnswer, type ManifestGrader, type McqScoring, type QuestionScore } from '../../../shared/exam/scoring';
import { isTimeUp, remainingMs, warningPassed } from '../../../shared/exam/timer';
import { gradeFromResult, hasSeveralAnswers, toggleChoice } from '../../../shared/review/answers';
import { studyItems, type StudyItem } from '../../../shared/review/items';
import type { ReviewSettings } from '../../../shared/review/settings';
import { ExamStore } from '../storage/exams';
import type { ProgressStore } from '../storage/progress';
import { database, progress } from './progress';
import { loadAllDecks } from './scope';

export const examStore = new ExamStore(database, progress);

export type AttemptPhase = 'loading' | 'running' | 'submitted' | 'missing' | 'failed';

/** Typing is saved after this pause, and at once on Enter or when leaving the question. */
const TYPING_SAVE_DELAY_MS = 800;
const TICK_MS = 250;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class AttemptController {
  phase = $state<AttemptPhase>('loading');
  record = $state<AttemptRecord>();
  /** The clock the timer shows, refreshed a few times a second. */
  now = $state(Date.now());
  /** The last time mark passed (5 or 1 minute left), announced once. */
  warning = $state<number>();
  error = $state<string>();
  saveError = $state<string>();
  submitting = $state(false);

  private grader?: ManifestGrader;
  private reviewSettings?: ReviewSettings;
  private shownAt = 0;
  private hidden = false;
  private ticker?: ReturnType<typeof setInterval>;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private writes: Promise<void> = Promise.resolve();
  private submitFailed = false;

  /** `stores`: where the attempt is kept, and the review settings a quiz counted in the reviews follows. */
  constructor(
    readonly id: number,
    private readonly stores: { exams: ExamStore; progress: Pick<ProgressStore, 'settings'> },
    private readonly clock: () => number = Date.now,
  ) {}

  get index(): number {
    return this.record?.current ?? 0;
  }

  get item(): QuestionItem | undefined {
    return this.record?.questions[this.index];
  }

  get answer(): GivenAnswer | null {
    return this.record?.answers[this.index] ?? null;
  }

  get isQuiz(): boolean {
    return this.record?.mode === 'quiz';
  }

  /** Quiz: the feedback of the question on screen, once checked (its answer is then final). */
  get feedback(): QuestionScore | null {
    return this.record?.checked[this.index] ?? null;
  }

  get remaining(): number | undefined {
    return this.record && remainingMs(this.record, this.now);
  }

  get unanswered(): number[] {
    return this.record ? unansweredIndexes(this.record) : [];
  }

  get flagged(): number[] {
    return this.record ? flaggedIndexes(this.record) : [];
  }

  async start(): Promise<void> {
    try {
      const record = await this.stores.exams.get(this.id);
      if (!record) {
        this.phase = 'missing';
        return;
      }
      this.record = record;
      if (record.status === 'submitted') {
        this.phase = 'submitted';
        return;
      }
      if (needsManifestGrader(record)) this.grader = await loadManifestGrader();
      if (record.countInReviews) this.reviewSettings = await this.stores.progress.settings();
      this.now = this.clock();
      // Reopened after the end: handed in as it stood when time ran out.
      if (isTimeUp(record, this.now)) return await this.submit();
      this.shownAt = this.now;
      this.phase = 'running';
      if (record.durationMs !== undefined) this.ticker = setInterval(() => this.tick(), TICK_MS);
    } catch (error) {
      this.error = messageOf(error);
      this.phase = 'failed';
    }
  }

  /** Leaving the screen: the time on the question and any typing are saved. */
  stop(): void {
    clearInterval(this.ticker);
    if (this.phase === 'running') void this.save();
  }

  /** The page was hidden or shown again: a question counts only the time it is on screen. */
  setVisible(visible: boolean): void {
    if (this.phase !== 'running') return;
    if (!visible) {
      void this.save();
      this.hidden = true;
    } else {
      this.hidden = false;
      this.shownAt = this.clock();
    }
  }

  private tick(): void {
    const before = this.remaining;
    this.now = this.clock();
    const after = this.remaining;
    if (before === undefined || after === undefined) return;
    const mark = warningPassed(before, after);
    if (mark !== undefined) this.warning = mark;
    if (after === 0) void this.submit();
  }

  go(index: number): void {
    const record = this.record;
    if (!record || this.phase !== 'running' || index < 0 || index >= record.questions.length || index === record.current) return;
    this.settleTime();
    record.current = index;
    void this.save();
  }

  next(): void {
    this.go(this.index + 1);
  }

  previous(): void {
    this.go(this.index - 1);
  }

  toggleFlag(): void {
    if (!this.record || this.phase !== 'running') return;
    this.record.flagged[this.index] = !this.record.flagged[this.index];
    void this.save();
  }

  private get editable(): boolean {
    return this.phase === 'running' && !this.feedback;
  }

  /** Ticks or unticks choice `choice` of the mcq on screen (a single-answer mcq keeps one). */
  choose(choice: number): void {
    const item = this.item;
    if (!this.record || !item || item.card.type !== 'mcq' || !this.editable || choice >= item.card.choices.length) return;
    const selected = this.answer?.kind === 'choices' ? this.answer.selected : [];
    this.record.answers[this.index] = { kind: 'choices', selected: toggleChoice(selected, choice, hasSeveralAnswers(item.card)) };
    void this.save();
  }

  /** The text typed for the question on screen; saved after a pause in typing. */
  type(text: string): void {
    if (!this.record || !this.editable) return;
    this.record.answers[this.index] = { kind: 'text', text };
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.save(), TYPING_SAVE_DELAY_MS);
  }

  /** Quiz: checks the answer on screen and shows the feedback; counted as a review if asked. */
  async check(): Promise<void> {
    const record = this.record;
    const item = this.item;
    if (!record || !item || record.mode !== 'quiz' || !this.editable || !isAnswered(item, this.answer)) return;
    const score = scoreQuestion(item, this.answer, { mcqScoring: record.mcqScoring, gradeManifest: this.grader });
    record.checked[this.index] = score;
    if (!record.countInReviews || !this.reviewSettings) return this.save();
    this.settleTime();
    const review = { item, grade: gradeFromResult(score.outcome === 'correct'), durationMs: record.timeSpentMs[this.index], settings: this.reviewSettings };
    return this.write(() => this.stores.exams.saveWithReview(this.snapshot(), review));
  }

  /** Saves the attempt as it is now (one transaction); writes happen one after the other. */
  save(): Promise<void> {
    if (!this.record || this.record.status !== 'running') return this.writes;
    this.settleTime();
    const snapshot = this.snapshot();
    return this.write(() => this.stores.exams.save(snapshot));
  }

  private write(operation: () => Promise<void>): Promise<void> {
    clearTimeout(this.typingTimer);
    this.writes = this.writes.then(operation).then(
      () => void (this.saveError = undefined),
      (error: unknown) => void (this.saveError = messageOf(error)),
    );
    return this.writes;
  }

  private snapshot(): AttemptRecord {
    return $state.snapshot(this.record) as AttemptRecord;
  }

  /** Adds the time since the question was shown (or last counted) to it. */
  private settleTime(): void {
    const now = this.clock();
    if (this.record && this.phase === 'running' && !this.hidden) this.record.timeSpentMs[this.record.current] += Math.max(0, now - this.shownAt);
    this.shownAt = now;
  }

  /** After a failed write: hands in again if that is what failed, else saves again. */
  retry(): Promise<void> {
    return this.submitFailed ? this.submit() : this.save();
  }

  /** Hands the attempt in: scored, saved, then the results are shown. */
  async submit(): Promise<void> {
    if (!this.record || this.record.status === 'submitted' || this.submitting) return;
    this.submitting = true;
    clearInterval(this.ticker);
    this.settleTime();
    try {
      if (needsManifestGrader(this.record)) this.grader ??= await loadManifestGrader();
      const submitted = submitAttempt(this.snapshot(), this.clock(), this.grader);
      await this.writes;
      await this.stores.exams.save(submitted);
      this.record = submitted;
      this.saveError = undefined;
      this.submitFailed = false;
      this.phase = 'submitted';
    } catch (error) {
      this.saveError = messageOf(error);
      this.submitFailed = true;
    } finally {
      this.submitting = false;
    }
  }
}

// ---- Setup screens ---------------------------------------------------------------------------

/** Every deck loaded, their study items, and the exams they define. */
export interface QuestionBank {
  decks: Deck[];
  items: StudyItem[];
  exams: CatalogExam[];
}

export async function loadQuestionBank(): Promise<QuestionBank> {
  const decks = await loadAllDecks();
  const items = decks.flatMap(studyItems);
  return { decks, items, exams: examCatalog(decks) };
}

/** What the student picks on the quiz and custom exam forms. */
export interface Selection {
  /** Ticked topics of each deck (`shared/exam/topics.ts`). */
  topics: string[];
  types: QuestionType[];
  count: number;
}

export interface Started {
  id: number;
  /** Quotas the decks could not fill: the attempt has fewer questions. */
  shortfalls: Shortfall[];
}

async function create(setup: AttemptSetup, draw: { questions: QuestionItem[]; shortfalls: Shortfall[] }, seed: number): Promise<Started> {
  if (draw.questions.length === 0) throw new Error('no question matches this choice');
  const id = await examStore.create(newAttempt(setup, draw.questions, seed, Date.now()));
  await examStore.savePreferences({ mcqScoring: setup.mcqScoring });
  return { id, shortfalls: draw.shortfalls };
}

export async function startQuiz(bank: QuestionBank, selection: Selection, options: { title: string; mcqScoring: McqScoring; countInReviews: boolean }): Promise<Started> {
  const seed = randomSeed();
  const draw = drawQuestions(questionPool(bank.items, selection), [{ count: selection.count }], seed);
  return create({ mode: 'quiz', ...options, topics: tagsOfTopics(selection.topics) }, draw, seed);
}

export async function startCustomExam(
  bank: QuestionBank,
  selection: Selection,
  options: { title: string; mcqScoring: McqScoring; durationMinutes: number; passMark: number },
): Promise<Started> {
  const seed = randomSeed();
  const draw = drawQuestions(questionPool(bank.items, selection), [{ count: selection.count }], seed);
  return create({ mode: 'exam', countInReviews: false, ...options, topics: tagsOfTopics(selection.topics) }, draw, seed);
}

export async function startDefinedExam(bank: QuestionBank, exam: CatalogExam, mcqScoring: McqScoring): Promise<Started> {
  const seed = randomSeed();
  const { id, title, durationMinutes, passMark }: ExamDefinition = exam.definition;
  const topics = exam.definition.questions.map((quota) => quota.tag);
  const setup: AttemptSetup = { mode: 'exam', title, examRef: `${exam.deckId}/${id}`, durationMinutes, passMark, mcqScoring, countInReviews: false, topics };
  return create(setup, drawExam(exam.definition, bank.items, seed), seed);
}

// ---- History -----------------------------------------------------------------------------------

/** Running attempts whose time ran out while nobody watched: handed in as they stood. */
async function submitExpired(running: AttemptRecord[]): Promise<AttemptRecord[]> {
  const now = Date.now();
  const stillRunning: AttemptRecord[] = [];
  for (const attempt of running) {
    if (!isTimeUp(attempt, now)) {
      stillRunning.push(attempt);
      continue;
    }
    const grader = needsManifestGrader(attempt) ? await loadManifestGrader() : undefined;
    await examStore.save(submitAttempt(attempt, now, grader));
  }
  return stillRunning;
}

/** Attempts in progress (to resume them), after handing in the ones whose time is over. */
export async function runningAttempts(): Promise<AttemptRecord[]> {
  return submitExpired(await examStore.running());
}

export interface History {
  /** Submitted attempts, oldest first. */
  attempts: AttemptRecord[];
  running: AttemptRecord[];
  readiness: TopicReadiness[];
}

export async function loadHistory(): Promise<History> {
  const running = await runningAttempts();
  const [decks, attempts, settings] = await Promise.all([loadAllDecks(), examStore.submitted(), progress.settings()]);
  const items = decks.flatMap(studyItems);
  const recall = recallNow(await progress.states(items.map((item) => item.key)), settings, Date.now());
  const scored = attempts.flatMap((attempt) => (attempt.score && attempt.submittedAt ? [{ submittedAt: attempt.submittedAt, topics: attempt.score.topics }] : []));
  return { attempts, running, readiness: topicReadiness({ items, recall, attempts: scored }) };
}
