/**
 * The kiosk on the gallery network: it reports its health (retained, every minute and on every
 * change, with a last will that marks it offline), carries out staff commands, and pairs with a
 * docent's tablet whose commands are the same actions the on-screen docent bar dispatches. The
 * kiosk never depends on it: without a broker every visitor feature works as before, and the
 * connection only ever shows in the diagnostics.
 */
import type { GuidedTourController } from '../app/GuidedTourController.ts';
import type { KioskStore } from '../app/KioskState.ts';
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import { BrokerConnection, type ConnectionStatus } from './brokerConnection.ts';
import type { GalleryCredentials } from './galleryCredentials.ts';
import {
  DOCENT_COMMAND_TYPES, parseMessage, topics, type CommandLogEntry, type DocentCommand, type KioskGone, type KioskStatus, type PairingOffer,
  type StaffCommandName, type TourReport,
} from './galleryTopics.ts';
import type { PairingTiming } from './pairingTiming.ts';
import type { StaffCommandResult } from './staffCommands.ts';

export interface KioskLinkOptions {
  readonly url: string;
  readonly credentials: GalleryCredentials;
  readonly store: KioskStore;
  readonly languages: readonly LanguageCode[];
  readonly guidedTour: GuidedTourController;
  readonly toggleNarration: () => void;
  /** A tablet command is the docent's presence, as a touch on the screen is. */
  readonly noteActivity: () => void;
  /** The health report's measured part, read when a report is due. */
  readonly health: () => Promise<Omit<KioskStatus, 'kiosk' | 'online' | 'place' | 'reportedAt' | 'mode' | 'pairedDocent'>>;
  readonly runStaffCommand: (command: StaffCommandName) => Promise<StaffCommandResult>;
  readonly onStatus: (status: ConnectionStatus) => void;
  readonly timing: PairingTiming;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
}

const REPORT_EVERY_MILLISECONDS = 60_000;
const CHECK_EVERY_MILLISECONDS = 2000;
const LOG_LENGTH = 20;
const LOG_STORAGE_KEY = 'culture-corridor.gallery-log';
const STAFF_COMMANDS: readonly StaffCommandName[] = ['reloadWhenIdle', 'checkForUpdate', 'exportStatistics'];

/** Fields whose change is news (the rest, such as uptime or the exact frame rate, wait for the minute's report). */
function signature(status: KioskStatus): string {
  const { verdict, reason, mode, pairedDocent, updateWaiting, appVersion, contentVersion, release, errorsLogged, visitsToday } = status;
  return JSON.stringify([verdict, reason, mode, pairedDocent, updateWaiting, appVersion, contentVersion, release, errorsLogged, visitsToday, status.offline?.ready]);
}

function asDocentCommand(value: Record<string, unknown> | null): DocentCommand | null {
  return value && typeof value.type === 'string' && (DOCENT_COMMAND_TYPES as readonly string[]).includes(value.type) ? (value as unknown as DocentCommand) : null;
}

export class KioskLink {
  private readonly connection: BrokerConnection;
  private readonly account: string;
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private readonly unwatch: (() => void)[] = [];
  private lastSignature = '';
  private lastReportAt = 0;
  private lastTourReport = '';
  private heardFromTablet = 0;
  private lastTabletCommand = 0;
  private codeExpiresAt = 0;
  private endedBecause: string | null = null;
  private readonly commandsSeen = new Set<string>();
  private log: CommandLogEntry[];

  constructor(private readonly options: KioskLinkOptions) {
    this.account = options.credentials.account;
    this.log = this.readLog();
    const gone: KioskGone = { kiosk: this.account, online: false };
    this.connection = new BrokerConnection({
      url: options.url,
      username: this.account,
      password: options.credentials.password,
      clientId: `${this.account}-${Math.random().toString(36).slice(2, 8)}`,
      will: { topic: topics.status(this.account), payload: JSON.stringify(gone), retain: true },
      onConnected: () => this.connected(),
      onMessage: (topic, payload) => this.received(topic, payload),
      onStatus: options.onStatus,
    });
  }

  get status(): ConnectionStatus {
    return this.connection.status;
  }

  start(): void {
    this.connection.start();
    this.timers.push(setInterval(() => this.check(), CHECK_EVERY_MILLISECONDS));
    this.unwatch.push(this.options.store.watch(['guided', 'language', 'narration', 'pairing', 'mode'], () => {
      this.reportTour();
      if (this.options.store.state.mode !== this.lastMode) void this.report(false);
    }));
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    for (const stop of this.unwatch) stop();
    await this.connection.stop();
  }

  private lastMode = '';

  private async connected(): Promise<void> {
    await this.connection.subscribe([topics.staffCommands(this.account, '+'), topics.docentCommands(this.account), topics.pairingForKiosk(this.account)]);
    // A kiosk that (re)connects tells the agent whom it is paired with, so no stale grant outlives a reload.
    this.sendOffer();
    this.lastSignature = '';
    this.lastTourReport = '';
    await this.report(true);
    this.reportTour();
    this.connection.publish(topics.log(this.account), JSON.stringify(this.log), { qos: 1, retain: true });
  }

  private sendOffer(): void {
    const { pairing } = this.options.store.state;
    const offer: PairingOffer = {
      code: pairing.code,
      codeExpiresAt: pairing.code ? new Date(this.codeExpiresAt).toISOString() : null,
      pairedDocent: pairing.docent,
    };
    this.connection.publish(topics.pairingOffer(this.account), JSON.stringify(offer), { qos: 1, retain: true });
  }

  private async report(force: boolean): Promise<void> {
    const state = this.options.store.state;
    this.lastMode = state.mode;
    const status: KioskStatus = {
      ...(await this.options.health()),
      kiosk: this.account,
      online: true,
      place: this.options.credentials.place,
      mode: state.mode,
      pairedDocent: state.pairing.docent,
      reportedAt: new Date().toISOString(),
    };
    const news = signature(status);
    if (!force && news === this.lastSignature && Date.now() - this.lastReportAt < REPORT_EVERY_MILLISECONDS) return;
    if (this.connection.publish(topics.status(this.account), JSON.stringify(status), { qos: 1, retain: true })) {
      this.lastSignature = news;
      this.lastReportAt = Date.now();
    }
  }

  private reportTour(): void {
    const state = this.options.store.state;
    const report: Omit<TourReport, 'reportedAt'> = {
      kiosk: this.account,
      pairedDocent: state.pairing.docent,
      language: state.language,
      tourId: state.guided?.tourId ?? null,
      stopIndex: state.guided?.stopIndex ?? 0,
      stopCount: state.guided?.stopCount ?? 0,
      muted: state.guided?.muted ?? false,
      blanked: state.guided?.blanked ?? false,
      narrationPlaying: state.narration?.playing ?? false,
      endedBecause: state.pairing.docent === null ? this.endedBecause : null,
    };
    const text = JSON.stringify(report);
    if (text === this.lastTourReport) return;
    if (this.connection.publish(topics.tour(this.account), JSON.stringify({ ...report, reportedAt: new Date().toISOString() }), { qos: 1, retain: true })) this.lastTourReport = text;
  }

  private check(): void {
    const now = Date.now();
    const { pairing } = this.options.store.state;
    if (pairing.code !== null && now > this.codeExpiresAt) {
      this.options.store.dispatch({ type: 'hidePairingCode' });
      this.sendOffer();
    }
    if (pairing.docent !== null) {
      const { tabletGoneSeconds, silenceSeconds } = this.options.timing;
      if (now - this.heardFromTablet > tabletGoneSeconds * 1000) this.unpair('tabletGone');
      else if (now - this.lastTabletCommand > silenceSeconds * 1000) this.unpair('silence');
    }
    void this.report(false);
  }

  private unpair(reason: string): void {
    this.endedBecause = reason;
    this.options.store.dispatch({ type: 'tabletUnpaired' });
    this.sendOffer();
    this.reportTour();
  }

  private received(topic: string, payload: Uint8Array): void {
    const value = parseMessage(payload);
    if (topic === topics.pairingForKiosk(this.account)) this.pairingMessage(value);
    else if (topic === topics.docentCommands(this.account)) this.docentCommand(asDocentCommand(value));
    else if (topic.startsWith(topics.staffCommands(this.account, ''))) void this.staffCommand(topic.slice(topics.staffCommands(this.account, '').length), value);
  }

  private pairingMessage(value: Record<string, unknown> | null): void {
    const docent = typeof value?.docent === 'string' ? value.docent : null;
    if (!docent) return;
    const { store, timing } = this.options;
    if (value?.type === 'showCode') {
      const code = String(crypto.getRandomValues(new Uint16Array(1))[0]! % 10_000).padStart(4, '0');
      this.codeExpiresAt = Date.now() + timing.codeSeconds * 1000;
      store.dispatch({ type: 'showPairingCode', code });
      this.sendOffer();
    } else if (value?.type === 'paired') {
      this.heardFromTablet = Date.now();
      this.lastTabletCommand = Date.now();
      this.endedBecause = null;
      store.dispatch({ type: 'tabletPaired', docent });
      this.sendOffer();
      void this.report(true);
    }
  }

  private docentCommand(command: DocentCommand | null): void {
    const { store, guidedTour } = this.options;
    // The broker lets only the paired docent write here; a command after unpairing is late, not new.
    if (!command || store.state.pairing.docent === null) return;
    this.heardFromTablet = Date.now();
    if (command.type === 'heartbeat') return;
    this.lastTabletCommand = Date.now();
    this.options.noteActivity();
    switch (command.type) {
      case 'startTour': guidedTour.start(command.tourId); break;
      case 'nextStop': guidedTour.next(); break;
      case 'previousStop': guidedTour.previous(); break;
      case 'goToStop': guidedTour.goTo(command.stopIndex); break;
      case 'toggleNarration': if (store.state.guided) this.options.toggleNarration(); break;
      case 'setMuted': store.dispatch({ type: 'setMuted', muted: command.muted }); break;
      case 'toggleBlank': store.dispatch({ type: 'toggleBlank' }); break;
      case 'setLanguage':
        for (let step = 0; step < this.options.languages.length && store.state.language !== command.language; step += 1) store.dispatch({ type: 'switchLanguage' });
        break;
      case 'endTour': store.dispatch({ type: 'endTour' }); break;
      case 'unpair': this.unpair('unpaired'); break;
    }
  }

  private async staffCommand(from: string, value: Record<string, unknown> | null): Promise<void> {
    const command = value?.command;
    const id = typeof value?.id === 'string' ? value.id : null;
    if (!id || this.commandsSeen.has(id) || !STAFF_COMMANDS.includes(command as StaffCommandName)) return;
    this.commandsSeen.add(id);
    const result = await this.options.runStaffCommand(command as StaffCommandName);
    if (result.csv !== undefined) this.connection.publish(topics.statistics(this.account), JSON.stringify({ id, csv: result.csv }), { qos: 1, retain: true });
    const entry: CommandLogEntry = {
      id, command: command as StaffCommandName, from, sentAt: typeof value?.sentAt === 'string' ? value.sentAt : '', doneAt: new Date().toISOString(), outcome: result.outcome,
    };
    this.log = [...this.log, entry].slice(-LOG_LENGTH);
    this.options.storage.setItem(LOG_STORAGE_KEY, JSON.stringify(this.log));
    this.connection.publish(topics.log(this.account), JSON.stringify(this.log), { qos: 1, retain: true });
  }

  private readLog(): CommandLogEntry[] {
    try {
      const value: unknown = JSON.parse(this.options.storage.getItem(LOG_STORAGE_KEY) ?? '[]');
      return Array.isArray(value) ? (value as CommandLogEntry[]).slice(-LOG_LENGTH) : [];
    } catch {
      return [];
    }
  }
}
