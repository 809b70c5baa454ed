// One study session at a time across windows and tabs (a Web Lock): two sessions over the same
// progress would show the same card twice and undo each other's answers.

const LOCK_NAME = 'kubedeck-study';

export interface StudyLock {
  release(): void;
}

/**
 * Takes the study lock. Without `takeOver`, resolves to undefined while another window holds it;
 * with it, that window loses the lock (its `onLost` runs). Where Web Locks are missing (older
 * browsers, jsdom), every session holds its own.
 */
export function acquireStudyLock(takeOver: boolean, onLost: () => void): Promise<StudyLock | undefined> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return Promise.resolve({ release() {} });
  return new Promise((resolve) => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    locks
      .request(LOCK_NAME, takeOver ? { steal: true } : { ifAvailable: true }, async (lock) => {
        if (!lock) return resolve(undefined);
        resolve({ release });
        await held;
      })
      // A request whose lock another window stole rejects (AbortError).
      .catch(() => onLost());
  });
}
