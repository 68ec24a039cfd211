/**
 * One connection to the gallery broker, for the kiosk, the docent's tablet and the staff page.
 * The `mqtt` library is loaded only when a connection is wanted, so a kiosk without a broker
 * account never downloads it. Reconnects itself with backoff (1 s doubling to a minute, with
 * jitter so a corridor of kiosks does not knock at once after the broker restarts); what it is
 * doing is reported as a status the UI shows, never thrown.
 */
import type { IClientPublishOptions, MqttClient } from 'mqtt';

export type ConnectionState = 'connecting' | 'connected' | 'refused' | 'lost' | 'stopped';

export interface ConnectionStatus {
  readonly state: ConnectionState;
  /** The library's or broker's words for the last failure, or null. */
  readonly detail: string | null;
  /** Seconds until the next attempt, while waiting for one. */
  readonly retryInSeconds: number | null;
}

export interface BrokerConnectionOptions {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly clientId: string;
  /** Published by the broker when this client vanishes without saying goodbye. */
  readonly will?: { readonly topic: string; readonly payload: string; readonly retain: boolean };
  /** Subscribe and publish what a fresh connection needs; called after every (re)connection. */
  readonly onConnected: (connection: BrokerConnection) => Promise<void> | void;
  readonly onMessage: (topic: string, payload: Uint8Array) => void;
  readonly onStatus: (status: ConnectionStatus) => void;
}

const FIRST_RETRY_MILLISECONDS = 1000;
const LONGEST_RETRY_MILLISECONDS = 60_000;
const CONNECT_TIMEOUT_MILLISECONDS = 8000;

/** Connack codes that mean "not you": MQTT 3.1.1 4 and 5, MQTT 5 134 and 135. */
const REFUSED_CODES = new Set([4, 5, 134, 135]);

export class BrokerConnection {
  private client: MqttClient | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryMilliseconds = FIRST_RETRY_MILLISECONDS;
  private stopped = false;
  private current: ConnectionStatus = { state: 'connecting', detail: null, retryInSeconds: null };

  constructor(private readonly options: BrokerConnectionOptions) {}

  get status(): ConnectionStatus {
    return this.current;
  }

  get connected(): boolean {
    return this.current.state === 'connected' && this.client?.connected === true;
  }

  start(): void {
    this.stopped = false;
    void this.attempt();
  }

  /** Publishes when connected; false (nothing sent) otherwise, so callers can send it again on reconnection. */
  publish(topic: string, payload: string, options: IClientPublishOptions = { qos: 0 }): boolean {
    if (!this.connected || !this.client) return false;
    this.client.publish(topic, payload, options);
    return true;
  }

  async subscribe(topicsToFollow: readonly string[]): Promise<void> {
    await this.client?.subscribeAsync([...topicsToFollow], { qos: 1 });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    this.report({ state: 'stopped', detail: null, retryInSeconds: null });
    await client?.endAsync();
  }

  private report(status: ConnectionStatus): void {
    this.current = status;
    this.options.onStatus(status);
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    this.report({ state: 'connecting', detail: this.current.detail, retryInSeconds: null });
    try {
      const { default: mqtt } = await import('mqtt');
      const { url, username, password, clientId, will } = this.options;
      const client = mqtt.connect(url, {
        username, password, clientId, clean: true,
        // Reconnection is ours (the backoff above); the library's fixed period would hammer a restarting broker.
        reconnectPeriod: 0,
        connectTimeout: CONNECT_TIMEOUT_MILLISECONDS,
        keepalive: 20,
        // The library's default runs its timers in a Worker made from a blob: URL, which the CSP forbids.
        timerVariant: 'native',
        ...(will ? { will: { topic: will.topic, payload: will.payload, retain: will.retain, qos: 1 } } : {}),
      });
      this.client = client;
      client.on('message', (topic, payload) => this.options.onMessage(topic, payload));
      client.on('connect', () => {
        this.retryMilliseconds = FIRST_RETRY_MILLISECONDS;
        this.report({ state: 'connected', detail: null, retryInSeconds: null });
        void Promise.resolve(this.options.onConnected(this)).catch((error: unknown) =>
          this.report({ state: 'connected', detail: error instanceof Error ? error.message : String(error), retryInSeconds: null }));
      });
      let refused = false;
      let detail: string | null = null;
      client.on('error', (error) => {
        const code = (error as Error & { code?: number }).code;
        refused = typeof code === 'number' && REFUSED_CODES.has(code);
        detail = error.message;
      });
      client.on('close', () => {
        if (this.client !== client || this.stopped) return;
        this.client = null;
        client.removeAllListeners();
        client.end(true);
        this.scheduleRetry(refused ? 'refused' : 'lost', detail);
      });
    } catch (error) {
      this.scheduleRetry('lost', error instanceof Error ? error.message : String(error));
    }
  }

  private scheduleRetry(state: 'refused' | 'lost', detail: string | null): void {
    if (this.stopped) return;
    const wait = this.retryMilliseconds * (0.75 + Math.random() * 0.5);
    this.retryMilliseconds = Math.min(LONGEST_RETRY_MILLISECONDS, this.retryMilliseconds * 2);
    this.report({ state, detail, retryInSeconds: Math.round(wait / 1000) });
    this.retryTimer = setTimeout(() => void this.attempt(), wait);
  }
}
