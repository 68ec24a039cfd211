/**
 * The staff diagnostics overlay: is this kiosk healthy? Versions, offline readiness, frame rate,
 * GPU resources, memory and the problems logged today, with buttons to reload, look for an
 * update and export the visitor statistics. Refreshed every second while it is open.
 */
import type { StaffLogEntry } from '../app/StaffLog.ts';
import type { OfflineState } from '../offline/OfflineService.ts';
import type { RenderStats } from '../automation/kioskAutomation.ts';
import { interfaceText, type InterfaceTextKey } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';

export interface DiagnosticsSnapshot {
  readonly appVersion: string;
  readonly contentVersion: string;
  readonly offline: OfflineState | null;
  readonly framesPerSecond: number;
  readonly render: RenderStats;
  readonly heapMegabytes: number | null;
  readonly log: readonly StaffLogEntry[];
}

export interface DiagnosticsActions {
  snapshot(): DiagnosticsSnapshot;
  reload(): void;
  checkForUpdate(): void;
  exportStatistics(): void;
  close(): void;
}

const REFRESH_MILLISECONDS = 1000;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export class DiagnosticsView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private readonly facts: HTMLElement;
  private readonly log: HTMLOListElement;
  private readonly title: HTMLElement;
  private readonly logTitle: HTMLElement;
  private readonly buttons: { readonly key: InterfaceTextKey; readonly button: HTMLButtonElement }[];
  private timer: ReturnType<typeof setInterval> | null = null;
  private language = 'zh-Hans';

  constructor(private readonly actions: DiagnosticsActions) {
    const signal = this.listeners.signal;
    this.title = createElement('h2', { className: 'diagnostics__title', attributes: { id: 'diagnostics-title' } });
    this.facts = createElement('dl', { className: 'diagnostics__facts' });
    this.logTitle = createElement('h3', { className: 'diagnostics__subtitle' });
    this.log = createElement('ol', { className: 'diagnostics__log' });
    this.buttons = [
      { key: 'diagnosticsReload', button: createButton('', 'diagnostics__button', () => actions.reload(), signal) },
      { key: 'diagnosticsCheckUpdate', button: createButton('', 'diagnostics__button', () => actions.checkForUpdate(), signal) },
      { key: 'diagnosticsExport', button: createButton('', 'diagnostics__button', () => actions.exportStatistics(), signal) },
      { key: 'close', button: createButton('', 'diagnostics__button diagnostics__button--close', () => actions.close(), signal) },
    ];
    this.element = createElement('section', {
      className: 'diagnostics',
      attributes: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'diagnostics-title', hidden: '' },
    }, [
      createElement('div', { className: 'diagnostics__body' }, [this.title, this.facts, this.logTitle, this.log]),
      createElement('div', { className: 'diagnostics__actions' }, this.buttons.map(({ button }) => button)),
    ]);
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  open(language: string): void {
    this.language = language;
    this.element.hidden = false;
    this.element.setAttribute('lang', language);
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

  private refresh(): void {
    const text = (key: InterfaceTextKey): string => interfaceText(this.language, key);
    const snapshot = this.actions.snapshot();
    const offline = snapshot.offline;
    const yes = text('yes');
    const no = text('no');
    const rows: [InterfaceTextKey, string][] = [
      ['diagnosticsAppVersion', snapshot.appVersion],
      ['diagnosticsContentVersion', snapshot.contentVersion],
      ['diagnosticsOfflineReady', offline ? `${offline.ready ? yes : no} (${offline.filesCached} / ${offline.filesTotal}, ${megabytes(offline.bytesCached)})` : no],
      ['diagnosticsPersistent', offline?.persisted ? yes : no],
      ['diagnosticsUpdateWaiting', offline?.updateWaiting ? yes : no],
      ['diagnosticsLastUpdateCheck', offline?.lastUpdateCheck ?? '–'],
      ['diagnosticsFrameRate', `${snapshot.framesPerSecond.toFixed(0)} fps`],
      ['diagnosticsGpu', `${snapshot.render.drawCalls} draw calls, ${snapshot.render.textures} textures, ${snapshot.render.geometries} geometries, ${snapshot.render.programs} programs`],
      ['diagnosticsMemory', snapshot.heapMegabytes === null ? '–' : `${snapshot.heapMegabytes.toFixed(1)} MB`],
    ];
    this.title.textContent = text('diagnosticsTitle');
    this.facts.replaceChildren(...rows.flatMap(([key, value]) => [
      createElement('dt', { text: text(key) }),
      createElement('dd', { text: value, attributes: { 'data-fact': key } }),
    ]));
    this.logTitle.textContent = `${text('diagnosticsLog')} (${snapshot.log.length})`;
    this.log.replaceChildren(...[...snapshot.log].reverse().slice(0, 50).map((entry) =>
      createElement('li', { text: `${entry.time} [${entry.source}] ${entry.message}` })));
    for (const { key, button } of this.buttons) button.textContent = text(key);
  }
}
