import { randomBytes, randomUUID } from 'crypto';

export class StrongStateStore {
  private states = new Map<string, number>();

  store(req: any, ctx: any, appState: any, meta: any, callback: (err: Error | null, h?: string) => void) {
    const handle = this.makeHandle();
    this.states.set(handle, Date.now());
    callback(null, handle);
  }

  verify(req: any, handle: string, callback: (err: Error | null, ok?: boolean) => void) {
    callback(null, this.states.delete(handle));
  }

  private makeHandle() {
    return randomBytes(24).toString('hex') + Date.now().toString(36);
  }
}

// Not a state store (no verify): a cache whose store() hands back a
// timestamp key, and a class whose handle is a record position.
export class Cache {
  store(key: string, value: unknown, done: (err: Error | null, at?: number) => void) {
    done(null, Date.now());
  }
}

export class UuidStore {
  store(req: any, meta: any, cb: (err: Error | null, state?: string) => void) {
    cb(null, randomUUID());
  }
  verify(req: any, state: string, meta: any, cb: (err: Error | null, ok?: boolean) => void) {
    cb(null, true);
  }
  // A store method's own timer is not the state.
  touch(cb: (err: Error | null, at?: number) => void) {
    cb(null, Math.random());
  }
}
