/**
 * The staff fleet page on the gallery network: signed in as a staff account (the ACL lets staff
 * read everything and command every kiosk under their own name), it follows every kiosk's
 * retained health report and command log, and sends commands to one kiosk, a selection or all.
 */
import { BrokerConnection, type ConnectionStatus } from '../gallery/brokerConnection.ts';
import { accountInTopic, parseMessage, topics, WILDCARD_TOPICS, type CommandLogEntry, type KioskStatus, type StaffCommandName } from '../gallery/galleryTopics.ts';

export type FleetKiosk = KioskStatus | { readonly kiosk: string; readonly online: false };

export interface FleetSnapshot {
  readonly account: string;
  readonly connection: ConnectionStatus;
  readonly kiosks: ReadonlyMap<string, FleetKiosk>;
  /** When each kiosk was last heard from (this page's clock). */
  readonly lastHeard: ReadonlyMap<string, number>;
  readonly logs: ReadonlyMap<string, readonly CommandLogEntry[]>;
}

export class FleetSession {
  private readonly broker: BrokerConnection;
  private readonly kiosks = new Map<string, FleetKiosk>();
  private readonly lastHeard = new Map<string, number>();
  private readonly logs = new Map<string, readonly CommandLogEntry[]>();
  /** Exports this page asked for: their CSV is downloaded when it arrives. */
  private readonly exportsWanted = new Set<string>();

  constructor(private readonly account: string, password: string, url: string, private readonly onChange: () => void, private readonly onStatistics: (kiosk: string, csv: string) => void) {
    this.broker = new BrokerConnection({
      url, username: account, password, clientId: `${account}-${Math.random().toString(36).slice(2, 8)}`,
      onConnected: (connection) => connection.subscribe([WILDCARD_TOPICS.statuses, WILDCARD_TOPICS.logs, WILDCARD_TOPICS.statistics]),
      onMessage: (topic, payload) => this.received(topic, payload),
      onStatus: () => this.onChange(),
    });
  }

  connection(): ConnectionStatus {
    return this.broker.status;
  }

  start(): void {
    this.broker.start();
  }

  async stop(): Promise<void> {
    await this.broker.stop();
  }

  snapshot(): FleetSnapshot {
    return { account: this.account, connection: this.broker.status, kiosks: this.kiosks, lastHeard: this.lastHeard, logs: this.logs };
  }

  /** Sends `command` to each kiosk; returns how many it went to (0 while the network is down). */
  send(command: StaffCommandName, kiosks: readonly string[]): number {
    let sent = 0;
    for (const kiosk of kiosks) {
      const id = `${this.account}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
      if (command === 'exportStatistics') this.exportsWanted.add(id);
      if (this.broker.publish(topics.staffCommands(kiosk, this.account), JSON.stringify({ id, command, sentAt: new Date().toISOString() }), { qos: 1 })) sent += 1;
    }
    return sent;
  }

  private received(topic: string, payload: Uint8Array): void {
    const kiosk = accountInTopic(topic);
    if (!kiosk) return;
    if (topic === topics.log(kiosk)) {
      try {
        const entries: unknown = JSON.parse(new TextDecoder().decode(payload));
        if (Array.isArray(entries)) this.logs.set(kiosk, entries as CommandLogEntry[]);
      } catch {
        // A kiosk's log that is not JSON is not shown; its status still is.
      }
    } else {
      const value = parseMessage(payload);
      if (!value) return;
      if (topic === topics.status(kiosk)) {
        this.kiosks.set(kiosk, value as unknown as FleetKiosk);
        this.lastHeard.set(kiosk, Date.now());
      } else if (topic === topics.statistics(kiosk) && typeof value.id === 'string' && typeof value.csv === 'string' && this.exportsWanted.delete(value.id)) {
        this.onStatistics(kiosk, value.csv);
      }
    }
    this.onChange();
  }
}
