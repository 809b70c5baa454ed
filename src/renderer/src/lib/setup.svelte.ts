// What the quiz and exam set-up screens share: the question bank and the running attempts to load,
// the student's selection and how many cards it offers, and starting an attempt (then opening it).
import { QUESTION_TYPES, type QuestionType } from '../../../shared/decks/types';
import type { AttemptRecord } from '../../../shared/exam/attempt';
import { countCards, questionPool } from '../../../shared/exam/questions';
import { allTopicKeys, topicGroups, type TopicKey } from '../../../shared/exam/topics';
import type { McqScoring } from '../../../shared/exam/scoring';
import { examStore, loadQuestionBank, runningAttempts, type QuestionBank, type Started } from './attempt.svelte';
import { i18n, t } from './i18n.svelte';
import { hrefOf } from './route';
import { topic } from './topics.svelte';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class AttemptSetup {
  bank = $state.raw<QuestionBank>();
  running = $state<AttemptRecord[]>([]);
  loadError = $state<string>();
  startError = $state<string>();
  starting = $state(false);
  mcqScoring = $state<McqScoring>('all-or-nothing');
  /** Ticked topics (every topic of every deck at first, so that starting is one click). */
  topics = $state<TopicKey[]>([]);
  types = $state<QuestionType[]>([...QUESTION_TYPES]);
  count = $state(10);

  /** The topics on offer, grouped by deck, named in the UI language. */
  readonly groups = $derived(
    this.bank ? topicGroups(this.bank.decks, questionPool(this.bank.items), { topic, untagged: t('exam.pick.untagged'), locale: i18n.locale }) : [],
  );

  /** Cards the selection offers (one question each). */
  readonly available = $derived(
    this.bank && this.types.length > 0 ? countCards(questionPool(this.bank.items, { topics: this.topics, types: this.types })) : 0,
  );

  constructor(mode: AttemptRecord['mode'], count: number) {
    this.count = count;
    Promise.all([loadQuestionBank(), examStore.preferences(), runningAttempts()]).then(
      ([bank, preferences, attempts]) => {
        this.bank = bank;
        this.topics = allTopicKeys(this.groups);
        this.mcqScoring = preferences.mcqScoring;
        this.running = attempts.filter((attempt) => attempt.mode === mode);
      },
      (error: unknown) => (this.loadError = message(error)),
    );
  }

  /** The selection as drawing options, the count capped to what is available. */
  get selection() {
    return { topics: this.topics, types: this.types, count: Math.min(this.count, this.available) };
  }

  /** Starts an attempt once, then opens it; a failure is shown and the button works again. */
  async begin(start: () => Promise<Started>): Promise<void> {
    if (this.starting) return;
    this.starting = true;
    this.startError = undefined;
    try {
      const { id } = await start();
      location.hash = hrefOf({ name: 'attempt', id });
    } catch (error) {
      this.startError = message(error);
      this.starting = false;
    }
  }
}
