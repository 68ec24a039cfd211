/**
 * Signing in to the gallery network from a staff page (the docent's tablet, the fleet page): an
 * account of the right role, a session that is refused at sign-in means a wrong password (back
 * to the form, saying so), and one that connected once is remembered for this browser tab, so a
 * reload does not ask again. Later refusals are the network's, and the session retries itself.
 */
import type { ConnectionStatus } from './brokerConnection.ts';
import { roleOfAccount, type AccountRole } from './galleryTopics.ts';

export interface BrokerSession {
  connection(): ConnectionStatus;
  start(): void;
  stop(): Promise<void>;
}

export interface SignInOptions<Session extends BrokerSession> {
  readonly role: AccountRole;
  /** Where this tab keeps the account once it has connected. */
  readonly storageKey: string;
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Makes the session; it calls `changed` after each of its changes. */
  readonly open: (account: string, password: string, changed: () => void) => Session;
  readonly refused: (account: string) => void;
  /** The page redraws: after each change of the session, and after sign-in and sign-out. */
  readonly changed: () => void;
}

export class SignedInSession<Session extends BrokerSession> {
  private current: Session | null = null;

  constructor(private readonly options: SignInOptions<Session>) {}

  get session(): Session | null {
    return this.current;
  }

  signIn(account: string, password: string): void {
    const { options } = this;
    if (roleOfAccount(account) !== options.role) {
      options.refused(account);
      options.changed();
      return;
    }
    void this.current?.stop();
    let everConnected = false;
    const started = options.open(account, password, () => {
      const { state } = started.connection();
      if (state === 'connected' && !everConnected) {
        everConnected = true;
        options.storage.setItem(options.storageKey, JSON.stringify({ account, password }));
      }
      if (state === 'refused' && !everConnected && this.current === started) {
        this.current = null;
        void started.stop();
        options.refused(account);
      }
      options.changed();
    });
    this.current = started;
    started.start();
    options.changed();
  }

  signOut(): void {
    this.options.storage.removeItem(this.options.storageKey);
    void this.current?.stop();
    this.current = null;
    this.options.changed();
  }

  /** Signs in again with the account this tab remembers; false when there is none. */
  resume(): boolean {
    try {
      const remembered = JSON.parse(this.options.storage.getItem(this.options.storageKey) ?? 'null') as { account?: unknown; password?: unknown } | null;
      if (typeof remembered?.account !== 'string' || typeof remembered.password !== 'string') return false;
      this.signIn(remembered.account, remembered.password);
      return true;
    } catch {
      return false;
    }
  }
}
