/**
 * The staff diagnostics overlay: is this kiosk healthy? One verdict first (the same word the
 * fleet page shows), then versions, offline readiness, frame rate, GPU resources, memory, the
 * gallery network and the problems logged, with buttons to reload, look for an update and export
 * the visitor statistics, each saying what came of it. In the staff language, in local time.
 * Refreshed every second while it is open.
 */
import type { StaffLogEntry } from '../app/StaffLog.ts';
import type { RenderStats } from '../automation/kioskAutomation.ts';
import type { ConnectionStatus } from '../gallery/brokerConnection.ts';
import type { GalleryCredentials } from '../gallery/galleryCredentials.ts';
import type { VerdictWithReason } from '../gallery/kioskVerdict.ts';
import { VERDICT_WORDS } from '../gallery/kioskVerdict.ts';
import type { Outcome } from '../gallery/staffCommands.ts';
import { roleOfAccount } from '../gallery/galleryTopics.ts';
import { asStaffLanguage, localTime, staffText, type StaffTextKey } from '../i18n/staffText.ts';
import type { OfflineState } from '../offline/OfflineService.ts';
import { createButton, createElement } from './dom.ts';

export interface DiagnosticsSnapshot {
  readonly appVersion: string;
  readonly contentVersion: string;
  readonly release: string;
  readonly ring: string;
  readonly offline: OfflineState | null;
  readonly framesPerSecond: number;
  readonly render: RenderStats;
  readonly heapMegabytes: number | null;
  readonly uptimeSeconds: number;
  readonly visitsToday: number;
  readonly verdict: VerdictWithReason;
  readonly log: readonly StaffLogEntry[];
}

export interface GallerySetup {
  readonly credentials: GalleryCredentials | null;
  readonly status: ConnectionStatus | null;
}

export interface DiagnosticsActions {
  snapshot(): DiagnosticsSnapshot;
  reload(): void;
  checkForUpdate(): Promise<Outcome>;
  exportStatistics(): Promise<Outcome>;
  gallery(): GallerySetup;
  saveGallery(credentials: GalleryCredentials | null): void;
  close(): void;
}

const REFRESH_MILLISECONDS = 1000;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function labelled(label: HTMLElement, input: HTMLInputElement): HTMLElement {
  return createElement('label', { className: 'diagnostics__field' }, [label, input]);
}

export class DiagnosticsView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private readonly verdict: HTMLElement;
  private readonly facts: HTMLElement;
  private readonly log: HTMLOListElement;
  private readonly title: HTMLElement;
  private readonly logTitle: HTMLElement;
  private readonly galleryTitle: HTMLElement;
  private readonly galleryState: HTMLElement;
  private readonly galleryInputs: { readonly account: HTMLInputElement; readonly password: HTMLInputElement; readonly place: HTMLInputElement };
  private readonly galleryLabels: Record<'account' | 'password' | 'place', HTMLElement>;
  private readonly galleryButtons: { readonly save: HTMLButtonElement; readonly forget: HTMLButtonElement };
  private readonly feedback: HTMLElement;
  private readonly buttons: { readonly key: StaffTextKey; readonly button: HTMLButtonElement }[];
  private timer: ReturnType<typeof setInterval> | null = null;
  private language = 'zh-Hans';

  constructor(private readonly actions: DiagnosticsActions) {
    const signal = this.listeners.signal;
    this.title = createElement('h2', { className: 'diagnostics__title', attributes: { id: 'diagnostics-title' } });
    this.verdict = createElement('p', { className: 'diagnostics__verdict', attributes: { 'data-fact': 'verdict' } });
    this.facts = createElement('dl', { className: 'diagnostics__facts' });
    this.galleryTitle = createElement('h3', { className: 'diagnostics__subtitle' });
    this.galleryState = createElement('p', { className: 'diagnostics__gallery-state', attributes: { 'data-fact': 'gallery' } });
    const input = (type: string, name: string): HTMLInputElement => createElement('input', { className: 'diagnostics__input', attributes: { type, name, autocomplete: 'off', spellcheck: 'false' } });
    this.galleryInputs = { account: input('text', 'account'), password: input('password', 'password'), place: input('text', 'place') };
    this.galleryLabels = { account: createElement('span'), password: createElement('span'), place: createElement('span') };
    this.galleryButtons = {
      save: createButton('', 'diagnostics__button', () => this.saveGallery(), signal),
      forget: createButton('', 'diagnostics__button', () => {
        this.actions.saveGallery(null);
        this.say(this.text('galleryForgotten'));
      }, signal),
    };
    this.logTitle = createElement('h3', { className: 'diagnostics__subtitle' });
    this.log = createElement('ol', { className: 'diagnostics__log' });
    this.feedback = createElement('p', { className: 'diagnostics__feedback', attributes: { role: 'status', 'aria-live': 'polite' } });
    const run = (work: () => Promise<Outcome>) => (): void => {
      this.say(this.text('working'));
      void work().then((outcome) => this.say(outcome[asStaffLanguage(this.language)]), (error: unknown) => this.say(error instanceof Error ? error.message : String(error)));
    };
    this.buttons = [
      { key: 'diagnosticsReload', button: createButton('', 'diagnostics__button', () => {
        this.say(this.text('reloading'));
        actions.reload();
      }, signal) },
      { key: 'diagnosticsCheckUpdate', button: createButton('', 'diagnostics__button', run(() => actions.checkForUpdate()), signal) },
      { key: 'diagnosticsExport', button: createButton('', 'diagnostics__button', run(() => actions.exportStatistics()), signal) },
      { key: 'close', button: createButton('', 'diagnostics__button diagnostics__button--close', () => actions.close(), signal) },
    ];
    const galleryForm = createElement('div', { className: 'diagnostics__gallery-form' }, [
      labelled(this.galleryLabels.account, this.galleryInputs.account),
      labelled(this.galleryLabels.password, this.galleryInputs.password),
      labelled(this.galleryLabels.place, this.galleryInputs.place),
      this.galleryButtons.save, this.galleryButtons.forget,
    ]);
    this.element = createElement('section', {
      className: 'diagnostics',
      attributes: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'diagnostics-title', hidden: '' },
    }, [
      createElement('div', { className: 'diagnostics__body', attributes: { tabindex: '0' } }, [
        this.title, this.verdict, this.facts, this.galleryTitle, this.galleryState, galleryForm, this.logTitle, this.log,
      ]),
      createElement('div', { className: 'diagnostics__actions' }, [...this.buttons.map(({ button }) => button), this.feedback]),
    ]);
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  open(language: string): void {
    this.language = language;
    this.element.hidden = false;
    this.element.setAttribute('lang', asStaffLanguage(language));
    this.feedback.textContent = '';
    const { credentials } = this.actions.gallery();
    this.galleryInputs.account.value = credentials?.account ?? '';
    this.galleryInputs.password.value = '';
    this.galleryInputs.place.value = credentials?.place ?? '';
    this.refresh();
    this.timer ??= setInterval(() => this.refresh(), REFRESH_MILLISECONDS);
  }

  close(): void {
    this.element.hidden = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.close();
    this.listeners.abort();
    this.element.remove();
  }

  private text(key: StaffTextKey, values?: Readonly<Record<string, string | number>>): string {
    return staffText(this.language, key, values);
  }

  private say(message: string): void {
    this.feedback.textContent = message;
  }

  private saveGallery(): void {
    const account = this.galleryInputs.account.value.trim();
    const password = this.galleryInputs.password.value || this.actions.gallery().credentials?.password || '';
    if (roleOfAccount(account) !== 'kiosk' || password === '') {
      this.say(this.text('galleryBadAccount'));
      return;
    }
    this.actions.saveGallery({ account, password, place: this.galleryInputs.place.value.trim() });
    this.galleryInputs.password.value = '';
    this.say(this.text('gallerySaved'));
  }

  private galleryLine(): string {
    const { credentials, status } = this.actions.gallery();
    if (!credentials) return this.text('galleryNotSet');
    const values = { account: credentials.account, place: credentials.place || '–', seconds: status?.retryInSeconds ?? 0, detail: status?.detail ?? '' };
    switch (status?.state) {
      case 'connected': return this.text('galleryConnected', values);
      case 'refused': return this.text('galleryRefused', values);
      case 'lost': return this.text('galleryLost', values);
      default: return this.text('galleryConnecting', values);
    }
  }

  private refresh(): void {
    const language = asStaffLanguage(this.language);
    const snapshot = this.actions.snapshot();
    const offline = snapshot.offline;
    const yes = this.text('yes');
    const no = this.text('no');
    const { verdict, reason } = snapshot.verdict;
    const colon = language === 'en' ? ': ' : '：';
    this.verdict.textContent = `${this.text('verdictLabel')}${colon}${VERDICT_WORDS[verdict][language]}${reason[language] ? ` · ${reason[language]}` : ''}`;
    this.verdict.dataset.verdict = verdict;
    const hours = Math.floor(snapshot.uptimeSeconds / 3600);
    const rows: [StaffTextKey, string][] = [
      ['diagnosticsAppVersion', snapshot.appVersion],
      ['diagnosticsContentVersion', snapshot.contentVersion],
      ['diagnosticsRelease', `${snapshot.release} (${snapshot.ring})`],
      ['diagnosticsOfflineReady', offline ? `${offline.ready ? yes : no} (${this.text('filesCached', { cached: offline.filesCached, total: offline.filesTotal, size: megabytes(offline.bytesCached) })})` : no],
      ['diagnosticsPersistent', offline?.persisted ? yes : no],
      ['diagnosticsUpdateWaiting', offline?.updateWaiting ? yes : no],
      ['diagnosticsLastUpdateCheck', localTime(offline?.lastUpdateCheck ?? null) ?? this.text('never')],
      ['diagnosticsUptime', this.text('hoursMinutes', { hours, minutes: Math.floor((snapshot.uptimeSeconds % 3600) / 60) })],
      ['diagnosticsVisitsToday', String(snapshot.visitsToday)],
      ['diagnosticsFrameRate', this.text('framesPerSecond', { fps: snapshot.framesPerSecond.toFixed(0) })],
      ['diagnosticsGpu', this.text('gpuResources', { drawCalls: snapshot.render.drawCalls, textures: snapshot.render.textures, geometries: snapshot.render.geometries, programs: snapshot.render.programs })],
      ['diagnosticsMemory', snapshot.heapMegabytes === null ? '–' : `${snapshot.heapMegabytes.toFixed(1)} MB`],
    ];
    this.title.textContent = this.text('diagnosticsTitle');
    this.facts.replaceChildren(...rows.flatMap(([key, value]) => [
      createElement('dt', { text: this.text(key) }),
      createElement('dd', { text: language === 'en' ? value : value.replace(/ \((.*)\)$/, '（$1）'), attributes: { 'data-fact': key } }),
    ]));
    this.galleryTitle.textContent = this.text('diagnosticsGallery');
    this.galleryState.textContent = this.galleryLine();
    for (const key of ['account', 'password', 'place'] as const) {
      this.galleryLabels[key].textContent = this.text(key === 'account' ? 'galleryAccount' : key === 'password' ? 'galleryPassword' : 'galleryPlace');
    }
    this.galleryButtons.save.textContent = this.text('gallerySave');
    this.galleryButtons.forget.textContent = this.text('galleryForget');
    this.galleryButtons.forget.hidden = this.actions.gallery().credentials === null;
    this.logTitle.textContent = `${this.text('diagnosticsLog')} (${snapshot.log.length})`;
    this.log.replaceChildren(...[...snapshot.log].reverse().slice(0, 50).map((entry) =>
      createElement('li', { text: `${localTime(entry.time) ?? entry.time} [${entry.source}] ${entry.message}` })));
    for (const { key, button } of this.buttons) button.textContent = this.text(key);
  }
}
