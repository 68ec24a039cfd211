/**
 * The slim bar along the bottom edge: home, one button per panel group (from the content, so a
 * new group folder needs no code), and the language switch. Within a thumb's reach for a child
 * or a wheelchair user.
 */
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import type { KioskState } from '../app/KioskState.ts';
import { languageAfter } from '../app/kioskActions.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';

export interface BottomBarActions {
  goHome(): void;
  openGroup(groupId: string): void;
  switchLanguage(): void;
  setReach(on: boolean): void;
  toggleDisplaySettings(): void;
}

export class BottomBar {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private readonly homeButton: HTMLButtonElement;
  private readonly groupButtons: { readonly groupId: string; readonly button: HTMLButtonElement }[];
  private readonly languageButton: HTMLButtonElement;
  /** Named in both languages whatever the visitor's: someone who cannot reach the top must find it first. */
  private readonly reachButton: HTMLButtonElement;
  private readonly displayButton: HTMLButtonElement;
  private reachOn = false;

  constructor(private readonly content: ContentBundle, actions: BottomBarActions) {
    const signal = this.listeners.signal;
    this.homeButton = createButton('', 'bar-button bar-button--home', () => actions.goHome(), signal);
    this.groupButtons = content.panelGroups.map((group) => ({
      groupId: group.id,
      button: createButton('', 'bar-button', () => actions.openGroup(group.id), signal),
    }));
    this.languageButton = createButton('', 'bar-button bar-button--language', () => actions.switchLanguage(), signal);
    this.reachButton = createButton('', 'bar-button bar-button--reach', () => actions.setReach(!this.reachOn), signal);
    this.displayButton = createButton('', 'bar-button bar-button--display', () => actions.toggleDisplaySettings(), signal);
    this.element = createElement('nav', { className: 'bottom-bar' }, [
      this.homeButton,
      this.reachButton,
      createElement('div', { className: 'bottom-bar__groups' }, this.groupButtons.map((entry) => entry.button)),
      this.displayButton,
      this.languageButton,
    ]);
  }

  render(state: KioskState): void {
    const language = state.language;
    this.element.setAttribute('aria-label', interfaceText(language, 'navigationLabel'));
    this.homeButton.textContent = interfaceText(language, 'home');
    for (const { groupId, button } of this.groupButtons) {
      const group = this.content.panelGroups.find((candidate) => candidate.id === groupId);
      button.textContent = group?.title[language] ?? groupId;
      button.setAttribute('aria-pressed', String(state.openGroup === groupId));
      button.dataset.groupId = groupId;
    }
    const nextLanguage = this.nextLanguage(language);
    // The button names the language it switches to, in that language: a visitor finds their own.
    this.languageButton.textContent = interfaceText(nextLanguage, 'languageName');
    this.languageButton.setAttribute('lang', nextLanguage);
    this.languageButton.hidden = this.content.settings.languages.length < 2;
    this.reachOn = state.settings.reach;
    this.reachButton.textContent = interfaceText(language, 'reachControl');
    this.reachButton.setAttribute('aria-pressed', String(state.settings.reach));
    this.displayButton.textContent = interfaceText(language, 'displaySettings');
  }

  /** The display settings are open: their button shows it. */
  setDisplaySettingsOpen(open: boolean): void {
    this.displayButton.setAttribute('aria-expanded', String(open));
  }

  nextLanguage(language: string): string {
    return languageAfter(this.content.settings.languages, language);
  }

  dispose(): void {
    this.listeners.abort();
    this.element.remove();
  }
}
