// LockService. The lock table lives in the workbook: two globals objects made on the same
// workbook are two executions, and a lock one of them holds makes the other wait.
import { counted } from "./calls";
import type { Execution } from "./context";

export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

export class FakeLock {
  constructor(
    private readonly exec: Execution,
    private readonly scope: string,
  ) {}

  private get holders() {
    return this.exec.workbook.locks.holders;
  }

  private free(): boolean {
    const holder = this.holders.get(this.scope);
    return holder === undefined || holder === this.exec.id;
  }

  /** Nobody else can release during a single-threaded test: waiting only spends the timeout. */
  tryLock(timeoutInMillis: number): boolean {
    if (this.free()) {
      this.holders.set(this.scope, this.exec.id);
      return true;
    }
    this.exec.clock.advance(Math.max(0, timeoutInMillis));
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    if (this.holders.get(this.scope) === this.exec.id) this.holders.delete(this.scope);
  }
  hasLock(): boolean {
    return this.holders.get(this.scope) === this.exec.id;
  }
}

export class FakeLockService {
  constructor(private readonly exec: Execution) {}

  private lock(scope: string): FakeLock {
    return counted(this.exec, "Lock", new FakeLock(this.exec, scope));
  }
  getDocumentLock(): FakeLock {
    return this.lock(`document`);
  }
  getScriptLock(): FakeLock {
    return this.lock(`script`);
  }
  getUserLock(): FakeLock {
    return this.lock(`user:${this.exec.user}`);
  }
}
