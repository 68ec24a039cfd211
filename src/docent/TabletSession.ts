/**
 * The docent's tablet on the gallery network: signed in as a docent account, it follows every
 * kiosk's health and tour report, pairs with one kiosk through the pairing agent, and sends that
 * kiosk commands (with a heartbeat, so the kiosk knows when the tablet is gone). It holds no
 * state a reload would lose for long: the pairing is remembered for this browser tab.
 */
import { BrokerConnection, type ConnectionStatus } from '../gallery/brokerConnection.ts';
import {
  parseMessage, topics, WILDCARD_TOPICS, accountInTopic, type DocentCommand, type KioskStatus, type PairingResult, type TourReport,
} from '../gallery/galleryTopics.ts';

export const HEARTBEAT_MILLISECONDS = 20_000;
const PAIRED_KIOSK_KEY = 'culture-corridor.tablet-paired';

export interface TabletSnapshot {
  readonly account: string;
  readonly connection: ConnectionStatus;
  /** Every kiosk seen, online or gone, by account name. */
  readonly kiosks: ReadonlyMap<string, KioskStatus | { readonly kiosk: string; readonly online: false }>;
  readonly pairedKiosk: string | null;
  /** The kiosk asked to show its code, waiting for the docent to type it. */
  readonly pendingKiosk: string | null;
  readonly lastResult: PairingResult | null;
  readonly tour: TourReport | null;
  /** Why the last pairing ended, when the kiosk ended it. */
  readonly endedBecause: string | null;
}

export class TabletSession {
  private readonly broker: BrokerConnection;
  private readonly kiosks = new Map<string, KioskStatus | { readonly kiosk: string; readonly online: false }>();
  private readonly tours = new Map<string, TourReport>();
  private pairedKiosk: string | null;
  private pendingKiosk: string | null = null;
  private lastResult: PairingResult | null = null;
  private endedBecause: string | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  /**
   * The kiosk's own report has named this tablet since the pairing: until then a report saying
   * "nobody" may simply predate it. A pairing remembered across a reload counts as confirmed.
   */
  private confirmed: boolean;

  constructor(private readonly account: string, password: string, url: string, private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, private readonly onChange: () => void) {
    this.pairedKiosk = storage.getItem(PAIRED_KIOSK_KEY);
    this.confirmed = this.pairedKiosk !== null;
    this.broker = new BrokerConnection({
      url, username: account, password, clientId: `${account}-${Math.random().toString(36).slice(2, 8)}`,
      onConnected: async (connection) => {
        await connection.subscribe([WILDCARD_TOPICS.statuses, WILDCARD_TOPICS.tours, topics.pairingResult(account)]);
        // Say at once that the tablet is back, so the kiosk's "tablet gone" clock restarts.
        if (this.pairedKiosk) this.send({ type: 'heartbeat' });
        this.onChange();
      },
      onMessage: (topic, payload) => this.received(topic, payload),
      onStatus: () => this.onChange(),
    });
  }

  connection(): ConnectionStatus {
    return this.broker.status;
  }

  start(): void {
    this.broker.start();
    this.heartbeat = setInterval(() => {
      if (this.pairedKiosk) this.send({ type: 'heartbeat' });
    }, HEARTBEAT_MILLISECONDS);
  }

  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.broker.stop();
  }

  snapshot(): TabletSnapshot {
    return {
      account: this.account,
      connection: this.broker.status,
      kiosks: this.kiosks,
      pairedKiosk: this.pairedKiosk,
      pendingKiosk: this.pendingKiosk,
      lastResult: this.lastResult,
      tour: this.pairedKiosk ? this.tours.get(this.pairedKiosk) ?? null : null,
      endedBecause: this.endedBecause,
    };
  }

  askToPair(kiosk: string): void {
    this.pendingKiosk = kiosk;
    this.lastResult = null;
    this.endedBecause = null;
    this.broker.publish(topics.pairingRequest(this.account), JSON.stringify({ kiosk, code: null }), { qos: 1 });
    this.onChange();
  }

  submitCode(code: string): void {
    if (!this.pendingKiosk) return;
    this.broker.publish(topics.pairingRequest(this.account), JSON.stringify({ kiosk: this.pendingKiosk, code }), { qos: 1 });
  }

  cancelPairing(): void {
    this.pendingKiosk = null;
    this.lastResult = null;
    this.onChange();
  }

  /** False when the network is down: the tablet says so rather than pretending it was sent. */
  send(command: DocentCommand): boolean {
    return this.pairedKiosk !== null && this.broker.publish(topics.docentCommands(this.pairedKiosk), JSON.stringify(command), { qos: 1 });
  }

  unpair(): void {
    this.send({ type: 'unpair' });
    this.forgetPairing(null);
  }

  private forgetPairing(reason: string | null): void {
    this.pairedKiosk = null;
    this.endedBecause = reason;
    this.storage.removeItem(PAIRED_KIOSK_KEY);
    this.onChange();
  }

  private received(topic: string, payload: Uint8Array): void {
    const value = parseMessage(payload);
    if (!value) return;
    const kiosk = accountInTopic(topic);
    if (topic === topics.pairingResult(this.account)) {
      const result = value as unknown as PairingResult;
      this.lastResult = result;
      if (result.outcome === 'paired') {
        this.pairedKiosk = result.kiosk;
        this.confirmed = false;
        this.pendingKiosk = null;
        this.storage.setItem(PAIRED_KIOSK_KEY, result.kiosk);
      }
    } else if (kiosk && topic === topics.status(kiosk)) {
      this.kiosks.set(kiosk, value as unknown as KioskStatus);
    } else if (kiosk && topic === topics.tour(kiosk)) {
      const report = value as unknown as TourReport;
      this.tours.set(kiosk, report);
      // The kiosk ended the pairing (timeout, a reload, another docent): this tablet is no longer its remote.
      if (kiosk === this.pairedKiosk && report.pairedDocent === this.account) this.confirmed = true;
      else if (kiosk === this.pairedKiosk && this.confirmed) this.forgetPairing(report.endedBecause ?? 'unpaired');
    }
    this.onChange();
  }
}
