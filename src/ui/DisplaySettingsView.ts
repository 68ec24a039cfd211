/**
 * The visitor's display settings: larger text, high contrast, captions. One small control in the
 * bottom bar opens them above it, within reach; each is a toggle whose pressed state is read from
 * the kiosk's state, so the idle reset puts them all back for the next visitor.
 */
import type { KioskState } from '../app/KioskState.ts';
import { interfaceText, type InterfaceTextKey } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';

export interface DisplaySettingsActions {
  setLargerText(on: boolean): void;
  setHighContrast(on: boolean): void;
  setCaptions(on: boolean): void;
}

interface SettingToggle {
  readonly label: InterfaceTextKey;
  readonly button: HTMLButtonElement;
  readonly isOn: (state: KioskState) => boolean;
}

export class DisplaySettingsView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private readonly title: HTMLElement;
  private readonly toggles: readonly SettingToggle[];
  private readonly doneButton: HTMLButtonElement;
  private state: KioskState | null = null;

  constructor(actions: DisplaySettingsActions) {
    const signal = this.listeners.signal;
    const toggle = (label: InterfaceTextKey, isOn: (state: KioskState) => boolean, set: (on: boolean) => void): SettingToggle => ({
      label,
      isOn,
      button: createButton('', 'display-settings__toggle', () => set(!(this.state && isOn(this.state))), signal),
    });
    this.toggles = [
      toggle('largerText', (state) => state.settings.textScale > 1, (on) => actions.setLargerText(on)),
      toggle('highContrast', (state) => state.settings.contrast === 'high', (on) => actions.setHighContrast(on)),
      toggle('captionsSetting', (state) => state.settings.captions, (on) => actions.setCaptions(on)),
    ];
    this.title = createElement('h2', { className: 'display-settings__title', attributes: { id: 'display-settings-title' } });
    this.doneButton = createButton('', 'display-settings__done', () => this.close(), signal);
    this.element = createElement('section', {
      className: 'display-settings',
      attributes: { role: 'dialog', 'aria-labelledby': 'display-settings-title', hidden: '' },
    }, [this.title, createElement('div', { className: 'display-settings__toggles' }, this.toggles.map((entry) => entry.button)), this.doneButton]);
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  toggleOpen(): void {
    this.element.hidden = !this.element.hidden;
  }

  close(): void {
    this.element.hidden = true;
  }

  render(state: KioskState): void {
    const previous = this.state;
    this.state = state;
    // The next visitor never finds the last one's settings open.
    if (state.mode === 'attract' || state.mode === 'diagnostics') this.close();
    // Most changes (a narration's clock, the idle countdown) leave these words alone.
    if (previous && previous.language === state.language && previous.settings === state.settings) return;
    const language = state.language;
    this.title.textContent = interfaceText(language, 'displaySettings');
    this.doneButton.textContent = interfaceText(language, 'settingsDone');
    for (const { label, button, isOn } of this.toggles) {
      button.textContent = interfaceText(language, label);
      button.setAttribute('aria-pressed', String(isOn(state)));
    }
  }

  dispose(): void {
    this.listeners.abort();
    this.element.remove();
  }
}
