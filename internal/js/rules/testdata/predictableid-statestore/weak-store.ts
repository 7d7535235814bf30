import type { SessionStore, SessionStoreCallback } from 'passport-openidconnect';

// A custom OIDC state store: the handle it hands passport is the OAuth state.
export class WeakStateStore implements SessionStore {
  private states = new Map<string, unknown>();

  public store(_req: unknown, ctx: unknown, appState: unknown, meta: unknown, callback: SessionStoreCallback) {
    const handle = this.makeHandle();
    this.states.set(handle, { ctx, appState, meta });
    callback(null, handle);
  }

  public verify(_req: unknown, handle: string, callback: (err: Error | null, ctx?: unknown) => void) {
    const ctx = this.states.get(handle);
    this.states.delete(handle);
    callback(null, ctx);
  }

  private makeHandle() {
    return (
      Math.random().toString(36).substring(2, 15) + // want predictableid
      Date.now().toString(36)
    );
  }
}

// passport-oauth2's store(req, meta, cb), the state built inline.
export class InlineStateStore {
  store(req: any, meta: any, cb: (err: Error | null, state?: string) => void) {
    cb(null, Date.now().toString(16)); // want predictableid
  }
  verify(req: any, state: string, meta: any, cb: (err: Error | null, ok?: boolean) => void) {
    cb(null, true);
  }
}
