// Importing deck files in the app (file picker or drag-and-drop): convert each file (Anki
// packages with a progress bar, cancellable), show what would be added, ask about decks whose id
// is taken, then save them in the user's deck folder. Nothing is saved before the student agrees.
import { apiErrorText } from '../../../shared/apiError';
import type { DeckProblem } from '../../../shared/decks/types';
import type { ColumnMapping, DelimitedPreview, ExchangeProgress, ImportResult } from '../../../shared/exchange';
import type { Locale } from '../../../shared/i18n';
import { api } from './api';
import { exchangeModule, importDeckFile, previewDelimitedFile } from './exchange';

export type ImportStage =
  | { kind: 'idle' }
  | { kind: 'mapping'; file: File; preview: DelimitedPreview; mapping: ColumnMapping; title: string }
  | { kind: 'reading'; file: string; progress?: ExchangeProgress }
  | { kind: 'plan'; results: ImportResult[]; conflicts: string[] }
  | { kind: 'done'; count: number; mediaNotKept: number }
  /** `problems`: every problem of a refused deck or bundle, not only the first the message names. */
  | { kind: 'failed'; message: string; problems: DeckProblem[] }
  | { kind: 'cancelled' };

interface PendingFile {
  file: File;
  delimited?: { mapping: ColumnMapping; title: string };
}

const isDelimited = (name: string) => /\.(tsv|csv|txt)$/i.test(name);

export class Importer {
  stage = $state<ImportStage>({ kind: 'idle' });
  replace = $state(false);
  /** The language of each planned deck (in the order the plan lists them), as detected or as the student chose it. */
  languages = $state<string[]>([]);

  private queue: PendingFile[] = [];
  private done: { pending: PendingFile; result: ImportResult }[] = [];
  private controller?: AbortController;

  constructor(
    /** Deck ids in the library: the bundled ones, and the user's (which may be replaced). */
    private readonly ids: () => { bundled: Set<string>; user: Set<string> },
    private readonly locale: () => Locale,
    private readonly onAdded: () => void,
  ) {}

  async start(files: File[]): Promise<void> {
    this.queue = files.map((file) => ({ file }));
    this.done = [];
    this.replace = false;
    await this.next();
  }

  /** TSV/CSV: the columns the student mapped; then the import goes on. */
  async confirmMapping(mapping: ColumnMapping, title: string): Promise<void> {
    if (this.stage.kind !== 'mapping') return;
    this.queue[0].delimited = { mapping, title };
    await this.next();
  }

  cancel(): void {
    this.controller?.abort();
    this.queue = [];
    this.done = [];
    this.stage = { kind: 'cancelled' };
  }

  private async next(): Promise<void> {
    const pending = this.queue[0];
    if (!pending) return this.showPlan();
    try {
      if (isDelimited(pending.file.name) && !pending.delimited) {
        this.controller = new AbortController();
        this.stage = { kind: 'reading', file: pending.file.name };
        const preview = await previewDelimitedFile(pending.file, this.controller.signal);
        this.stage = { kind: 'mapping', file: pending.file, preview, mapping: preview.mapping, title: preview.deck ?? pending.file.name.replace(/\.[^.]+$/, '') };
        return;
      }
      const result = await this.convert(pending, false);
      this.done.push({ pending, result });
      this.queue.shift();
      await this.next();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Converts one file; a deck whose id is taken gets a new one, unless `replaceUserDecks` (bundled ids are never replaced). */
  private async convert(pending: PendingFile, replaceUserDecks: boolean): Promise<ImportResult> {
    this.controller = new AbortController();
    this.stage = { kind: 'reading', file: pending.file.name };
    const { bundled, user } = this.ids();
    return importDeckFile(pending.file, {
      existingDeckIds: replaceUserDecks ? [...bundled] : [...bundled, ...user],
      onConflict: 'keep-both',
      signal: this.controller.signal,
      delimited: pending.delimited,
      onProgress: (progress) => {
        if (this.stage.kind === 'reading') this.stage = { kind: 'reading', file: pending.file.name, progress };
      },
    });
  }

  private showPlan(): void {
    const user = this.ids().user;
    const conflicts = this.done.flatMap(({ result }) => result.decks.filter((d) => d.deck.id !== d.sourceId && user.has(d.sourceId)).map((d) => d.sourceId));
    const results = this.done.map((d) => d.result);
    this.languages = results.flatMap((r) => r.decks.map((d) => d.deck.lang));
    this.stage = { kind: 'plan', results, conflicts };
  }

  /** Saves the planned decks; with "replace", files are converted again keeping the ids they had. */
  async add(): Promise<void> {
    if (this.stage.kind !== 'plan') return;
    try {
      const results =
        this.replace && this.stage.conflicts.length > 0
          ? await Promise.all(this.done.map(({ pending }) => this.convert(pending, true)))
          : this.stage.results;
      const { languageIsGuessed, withDeckLanguage } = await exchangeModule();
      const decks = results
        .flatMap((r) => r.decks.map((planned) => ({ planned, guessed: languageIsGuessed(r.format) })))
        .map(({ planned, guessed }, i) => (guessed && this.languages[i] ? withDeckLanguage(planned, this.languages[i]) : planned));
      const saved = await api.saveUserDecks(
        decks.map((d) => ({ yaml: d.yaml })),
        results.flatMap((r) => r.media),
      );
      if (!saved.ok) throw new Error(apiErrorText(saved.error, this.locale()));
      this.stage = { kind: 'done', count: saved.value.saved.length, mediaNotKept: saved.value.mediaNotKept ?? 0 };
      this.onAdded();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    const exchangeError = error as { code?: string; localized?: (locale: Locale) => string; problems?: DeckProblem[] };
    if (exchangeError.code === 'cancelled') {
      this.stage = { kind: 'cancelled' };
      return;
    }
    const message = exchangeError.localized ? exchangeError.localized(this.locale()) : (error as Error).message;
    this.stage = { kind: 'failed', message, problems: exchangeError.problems ?? [] };
  }
}
