// One undo stack for every review action (issue 11): grade, bury, suspend and forget are undone
// in reverse order, each saying what it undid, and the item comes back as it was.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { studyItems } from '../../../src/shared/review/items';
import { DEFAULT_SETTINGS } from '../../../src/shared/review/settings';
import { KubeDeckDatabase } from '../../../src/renderer/src/storage/db';
import { ProgressStore } from '../../../src/renderer/src/storage/progress';
import { StudySession, type SessionSources } from '../../../src/renderer/src/lib/session.svelte';
import { acquireStudyLock } from '../../../src/renderer/src/lib/studyLock';
import { VALID_DECK } from '../../fixtures/decks';
import { freshName, track } from './databases';

const items = studyItems(parseDeck(VALID_DECK, 'demo.yaml').deck!);
const sources = (store: ProgressStore): SessionSources => ({ store, itemsInScope: async () => ({ items }), deckContexts: async () => new Map(), acquireStudyLock });

async function open() {
  const db = track(new KubeDeckDatabase(freshName('undo')));
  const store = new ProgressStore(db);
  await store.saveSettings({ ...DEFAULT_SETTINGS, fuzz: false });
  const session = new StudySession({ kind: 'deck', deckId: 'demo' }, sources(store));
  await session.start();
  return { db, store, session };
}

const snapshot = async (db: KubeDeckDatabase) => (await db.cardStates.toArray()).sort((a, b) => a.key.localeCompare(b.key));

describe('undo in a review', () => {
  it('undoes a suspension: the card is back on screen, active, and the screen says so', async () => {
    const { db, session } = await open();
    expect(session.item?.key).toBe('demo/q1');
    const before = await snapshot(db);
    await session.suspend();
    expect(session.notice).toBe('study.did.suspend');
    expect(session.item?.key).not.toBe('demo/q1');
    expect((await db.cardStates.get('demo/q1'))?.queue).toBe(-1);
    await session.undo();
    expect(session.notice).toBe('study.undone.suspend');
    expect(session.item?.key).toBe('demo/q1');
    expect(session.phase).toBe('question');
    expect(await snapshot(db)).toEqual(before);
  });

  it('goes back several steps, whatever each was: grade, bury, forget, suspend', async () => {
    const { db, session } = await open();
    const start = await snapshot(db);
    const counts = { ...session.counts };
    session.reveal();
    await session.grade(3); // q1 answered, now learning
    const afterGrade = await snapshot(db);
    const graded = session.item!.key;
    await session.bury();
    const afterBury = await snapshot(db);
    await session.forget();
    await session.suspend();
    expect(session.undoable).toBe(4);

    await session.undo();
    expect(session.notice).toBe('study.undone.suspend');
    await session.undo();
    expect(session.notice).toBe('study.undone.forget');
    expect(await snapshot(db)).toEqual(afterBury);
    await session.undo();
    expect(session.notice).toBe('study.undone.bury');
    expect(session.item?.key).toBe(graded);
    expect(await snapshot(db)).toEqual(afterGrade);
    await session.undo();
    expect(session.notice).toBe('study.undone.grade');
    expect(session.item?.key).toBe('demo/q1');
    expect(session.answered).toBe(0);
    // Every record as it was, the answer's undo logged beside it, the counts as they were.
    expect(await snapshot(db)).toEqual(start.map((record) => ({ ...record, due: record.key === 'demo/q1' ? -1 : record.due })));
    expect((await db.reviewLogs.toArray()).map((log) => log.kind)).toEqual(['answer', 'undo']);
    expect(session.counts).toEqual(counts);
    await session.undo();
    expect(session.notice).toBe('study.undo.nothing');
    expect(session.undoable).toBe(0);
  });

  it('undoes only its own answers, not those of an earlier session', async () => {
    const { store, session } = await open();
    session.reveal();
    await session.grade(4);
    const later = new StudySession({ kind: 'deck', deckId: 'demo' }, sources(store));
    await later.start();
    await later.undo();
    expect(later.notice).toBe('study.undo.nothing');
    expect((await store.states(['demo/q1'])).get('demo/q1')?.reps).toBe(1);
  });
});
