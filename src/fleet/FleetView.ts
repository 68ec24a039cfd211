/**
 * The staff fleet page: every kiosk with its verdict, versions, release, last report, offline
 * readiness and waiting update; commands to a selection or to all, saying how many they went
 * to; and the log of who sent what and what came of it. Local time, the staff language.
 */
import { VERDICT_WORDS } from '../gallery/kioskVerdict.ts';
import type { StaffCommandName } from '../gallery/galleryTopics.ts';
import { galleryText, type GalleryTextKey } from '../i18n/galleryText.ts';
import { asStaffLanguage, localTime } from '../i18n/staffText.ts';
import { createButton, createElement } from '../ui/dom.ts';
import type { FleetSnapshot } from './FleetSession.ts';

export interface FleetActions {
  signIn(account: string, password: string): void;
  signOut(): void;
  send(command: StaffCommandName, kiosks: readonly string[]): number;
  switchLanguage(): void;
}

const COMMANDS: readonly [StaffCommandName, GalleryTextKey][] = [['reloadWhenIdle', 'fleetReload'], ['checkForUpdate', 'fleetCheckUpdate'], ['exportStatistics', 'fleetExport']];

export class FleetView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private dynamic = new AbortController();
  private readonly selected = new Set<string>();
  private readonly accountInput: HTMLInputElement;
  private readonly passwordInput: HTMLInputElement;
  private readonly form: HTMLFormElement;
  private readonly main: HTMLElement;
  private readonly header: HTMLElement;
  private readonly feedback: HTMLElement;
  private signInError: string | null = null;
  private commandsLanguage = '';
  private commandsSection: HTMLElement = document.createElement('section');
  private snapshot: FleetSnapshot | null = null;
  private language = 'zh-Hans';

  constructor(private readonly actions: FleetActions) {
    const field = (name: string, type: string): HTMLInputElement => createElement('input', { className: 'tablet__input', attributes: { name, type, autocomplete: type === 'password' ? 'current-password' : 'username', required: '' } });
    this.accountInput = field('account', 'text');
    this.passwordInput = field('password', 'password');
    this.form = createElement('form', { className: 'tablet__card tablet__sign-in' });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.signInError = null;
      actions.signIn(this.accountInput.value.trim(), this.passwordInput.value);
    }, { signal: this.listeners.signal });
    this.header = createElement('header', { className: 'tablet__header' });
    this.feedback = createElement('p', { className: 'fleet__feedback', attributes: { role: 'status', 'aria-live': 'polite' } });
    this.main = createElement('main', { className: 'tablet__main fleet' });
    this.element = createElement('div', { className: 'tablet' }, [this.header, this.main]);
  }

  setSignInError(message: string | null): void {
    this.signInError = message;
  }

  render(snapshot: FleetSnapshot | null, language: string): void {
    this.snapshot = snapshot;
    this.language = language;
    this.dynamic.abort();
    this.dynamic = new AbortController();
    const signal = this.dynamic.signal;
    document.documentElement.lang = asStaffLanguage(language);
    this.header.replaceChildren(
      createElement('h1', { className: 'tablet__title', text: this.text('fleetTitle') }),
      createButton(this.text('switchLanguage'), 'tablet__small-button', () => this.actions.switchLanguage(), signal),
      ...(snapshot ? [createButton(this.text('signOut'), 'tablet__small-button', () => this.actions.signOut(), signal)] : []),
    );
    if (!snapshot) {
      this.form.replaceChildren(
        createElement('h2', { text: this.text('signInTitle') }),
        createElement('label', { className: 'tablet__field' }, [createElement('span', { text: this.text('account') }), this.accountInput]),
        createElement('label', { className: 'tablet__field' }, [createElement('span', { text: this.text('password') }), this.passwordInput]),
        createElement('button', { className: 'tablet__button tablet__button--primary', text: this.text('signIn'), attributes: { type: 'submit' } }),
        createElement('p', { className: 'tablet__message', text: this.signInError ?? '', attributes: { role: 'alert' } }),
      );
      this.main.replaceChildren(this.form);
      return;
    }
    if (this.commandsLanguage !== language) {
      this.commandsLanguage = language;
      this.feedback.textContent = '';
      this.commandsSection = this.commands();
    }
    // The commands come before the table: with twenty kiosks, below it they would be a scroll away.
    this.main.replaceChildren(this.connectionLine(snapshot), this.summary(snapshot), this.commandsSection, this.feedback, this.table(snapshot), this.log(snapshot));
  }

  dispose(): void {
    this.dynamic.abort();
    this.listeners.abort();
    this.element.remove();
  }

  private text(key: GalleryTextKey, values?: Record<string, string | number>): string {
    return galleryText(this.language, key, values);
  }

  private connectionLine(snapshot: FleetSnapshot): HTMLElement {
    const { state, retryInSeconds } = snapshot.connection;
    const line = state === 'connected' ? '' : state === 'connecting' ? this.text('connecting') : this.text('connectionLost', { seconds: retryInSeconds ?? 0 });
    return createElement('p', { className: 'tablet__connection', text: line, attributes: { role: 'status', 'data-state': state } });
  }

  private summary(snapshot: FleetSnapshot): HTMLElement {
    const counts = { ok: 0, attention: 0, fault: 0, offline: 0 };
    for (const kiosk of snapshot.kiosks.values()) {
      if (!kiosk.online) counts.offline += 1;
      else counts[(kiosk).verdict] += 1;
    }
    return createElement('p', { className: 'fleet__summary', text: this.text('counts', counts), attributes: { 'data-summary': '' } });
  }

  private table(snapshot: FleetSnapshot): HTMLElement {
    const language = asStaffLanguage(this.language);
    const yes = this.text('yes');
    const no = this.text('no');
    // Chinese takes full-width brackets.
    const aside = (text: string): string => (language === 'en' ? ` (${text})` : `（${text}）`);
    const headings: GalleryTextKey[] = ['fleetSelect', 'fleetKiosk', 'fleetPlace', 'fleetVerdict', 'fleetVersion', 'fleetRelease', 'fleetLastSeen', 'fleetOffline', 'fleetUpdate'];
    const rows = [...snapshot.kiosks.values()].sort((a, b) => a.kiosk.localeCompare(b.kiosk)).map((kiosk) => {
      const status = kiosk.online ? (kiosk) : null;
      const box = createElement('input', { attributes: { type: 'checkbox', 'aria-label': `${this.text('fleetSelect')} ${kiosk.kiosk}` } });
      box.checked = this.selected.has(kiosk.kiosk);
      box.addEventListener('change', () => {
        if (box.checked) this.selected.add(kiosk.kiosk);
        else this.selected.delete(kiosk.kiosk);
      }, { signal: this.dynamic.signal });
      const verdict = status ? `${VERDICT_WORDS[status.verdict][language]}${status.reason[language] ? ` · ${status.reason[language]}` : ''}` : this.text('fleetGone');
      const heard = snapshot.lastHeard.get(kiosk.kiosk);
      const cells = [
        status?.place ?? '',
        verdict,
        status ? `${status.appVersion} / ${status.contentVersion}` : '',
        status ? `${status.release}${aside(status.ring)}` : '',
        localTime(status?.reportedAt ?? heard ?? null) ?? '–',
        status?.offline ? `${status.offline.ready ? yes : no}${aside(`${status.offline.filesCached} / ${status.offline.filesTotal}`)}` : no,
        status?.updateWaiting ? yes : no,
      ];
      return createElement('tr', { attributes: { 'data-kiosk': kiosk.kiosk, 'data-verdict': status?.verdict ?? 'offline' } }, [
        createElement('td', {}, [box]),
        createElement('th', { text: kiosk.kiosk, attributes: { scope: 'row' } }),
        ...cells.map((cell) => createElement('td', { text: cell })),
      ]);
    });
    return createElement('table', { className: 'fleet__table' }, [
      createElement('thead', {}, [createElement('tr', {}, headings.map((key) => createElement('th', { text: this.text(key), attributes: { scope: 'col' } })))]),
      createElement('tbody', {}, rows),
    ]);
  }

  /**
   * Built once per language, not per report: a table redrawn as a kiosk reports must not swap a
   * button from under a finger between its press and its release.
   */
  private commands(): HTMLElement {
    const signal = this.listeners.signal;
    const online = (): string[] => [...(this.snapshot?.kiosks.values() ?? [])].filter((kiosk) => kiosk.online).map((kiosk) => kiosk.kiosk);
    const group = (label: GalleryTextKey, targets: () => readonly string[]): HTMLElement => createElement('div', { className: 'tablet__row', attributes: { role: 'group', 'aria-label': this.text(label) } }, [
      createElement('span', { className: 'fleet__group-label', text: this.text(label) }),
      ...COMMANDS.map(([command, key]) => createButton(this.text(key), 'tablet__button', () => {
        const chosen = targets();
        this.feedback.textContent = chosen.length === 0 ? this.text('fleetNothingSelected') : this.text('fleetSent', { count: this.actions.send(command, chosen) });
      }, signal)),
    ]);
    return createElement('section', { className: 'fleet__commands' }, [
      group('fleetSelected', () => [...this.selected].filter((kiosk) => online().includes(kiosk))),
      group('fleetAll', online),
    ]);
  }

  private log(snapshot: FleetSnapshot): HTMLElement {
    const language = asStaffLanguage(this.language);
    const entries = [...snapshot.logs.entries()].flatMap(([kiosk, list]) => list.map((entry) => ({ kiosk, entry })))
      .sort((a, b) => b.entry.doneAt.localeCompare(a.entry.doneAt)).slice(0, 100);
    const commandWord = (command: StaffCommandName): string => this.text(COMMANDS.find(([name]) => name === command)?.[1] ?? 'fleetReload');
    return createElement('section', { className: 'fleet__log' }, [
      createElement('h2', { text: this.text('fleetLog') }),
      entries.length === 0 ? createElement('p', { text: this.text('fleetNoLog') }) : createElement('ol', {}, entries.map(({ kiosk, entry }) =>
        createElement('li', { text: `${localTime(entry.doneAt) ?? entry.doneAt} · ${entry.from} → ${kiosk} · ${commandWord(entry.command)} · ${entry.outcome[language]}` }))),
    ]);
  }

  rerender(): void {
    this.render(this.snapshot, this.language);
  }
}
