import { UI } from "../core/messages/addon";

/**
 * Several people edit the same sheet: writers are serialised by the document lock. A second
 * person gets a plain French message and nothing is written.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) throw new Error(UI.busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
