/**
 * The invitation shown while nobody uses the kiosk, over the slowly drifting timeline. It says what
 * this is (the corridor's and the museum's names), what the two tracks are, and lets a visitor
 * start in either language with one touch. The visitor has not chosen a language yet, so every
 * line stands in both. A touch anywhere else starts in the default language; that touch only
 * wakes the kiosk and never lands on what lies beneath.
 */
import type { ContentBundle, LanguageCode } from '../contentModel/contentTypes.ts';
import { DERIVED_LANGUAGES, interfaceText, type InterfaceTextKey } from '../i18n/interfaceText.ts';
import { createElement } from './dom.ts';
import { phrasedElement } from './phrasedText.ts';

export class AttractView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();

  constructor(content: ContentBundle, onWake: (language: LanguageCode | null) => void) {
    const signal = this.listeners.signal;
    const languages = content.settings.languages;
    const [firstLanguage = 'zh-Hans'] = languages;
    // The words stand in each language once: a script made from another shown here (繁體 beside
    // 简体) would only say the same again, so it keeps its button and leaves the lines to its source.
    const written = languages.filter((language) => {
      const source = DERIVED_LANGUAGES[language];
      return source === undefined || !languages.includes(source);
    });
    const inEach = (key: InterfaceTextKey, tag: 'p' | 'h1', className: string): HTMLElement[] =>
      written.map((language) => phrasedElement(tag, `${className} ${className}--${languages.indexOf(language) === 0 ? 'first' : 'other'}`, interfaceText(language, key), language));

    const name = createElement('div', { className: 'attract__name' }, [
      phrasedElement('h1', 'attract__corridor', interfaceText(firstLanguage, 'appTitle'), firstLanguage),
      phrasedElement('p', 'attract__museum', interfaceText(firstLanguage, 'museumName'), firstLanguage),
      ...written.slice(1).map((language) =>
        phrasedElement('p', 'attract__name-other', `${interfaceText(language, 'appTitle')} · ${interfaceText(language, 'museumName')}`, language)),
    ]);
    const tracks = createElement('ul', { className: 'attract__tracks' }, [...content.tracks].sort((a, b) => a.order - b.order).map((track) => {
      const item = createElement('li', { className: 'attract__track', attributes: { 'data-track': track.id } });
      // The track's own colour through the CSSOM: the CSP allows no style attributes.
      item.style.setProperty('--track-colour', track.colour);
      for (const language of written) item.append(phrasedElement('span', 'attract__track-name', track.title[language] ?? '', language));
      return item;
    }));
    const buttons = languages.map((language) => {
      const button = createElement('button', {
        className: 'attract__language',
        text: interfaceText(language, 'languageName'),
        attributes: { type: 'button', lang: language, 'data-language': language },
      });
      // A touch starts the visit at once (pointerdown, as for the rest of this screen), a key or a
      // screen reader through click.
      button.addEventListener('pointerdown', (event) => {
        event.preventDefault();
        event.stopPropagation();
        onWake(language);
      }, { signal });
      button.addEventListener('click', (event) => {
        if (event.detail === 0) onWake(language);
      }, { signal });
      return button;
    });
    this.element = createElement('div', { className: 'attract', attributes: { 'data-visible': 'false' } }, [
      createElement('div', { className: 'attract__panel' }, [
        name,
        tracks,
        createElement('div', { className: 'attract__about' }, inEach('attractTracks', 'p', 'attract__sentence')),
      ]),
      createElement('div', { className: 'attract__start' }, [
        createElement('div', { className: 'attract__invitations' }, inEach('attractInvitation', 'p', 'attract__invitation')),
        createElement('div', { className: 'attract__languages', attributes: { role: 'group', 'aria-label': languages.map((language) => interfaceText(language, 'attractChooseLanguage')).join(' / ') } }, buttons),
      ]),
    ]);
    this.element.addEventListener('pointerdown', (event) => {
      event.preventDefault();
      event.stopPropagation();
      onWake(null);
    }, { signal });
  }

  setVisible(visible: boolean): void {
    this.element.dataset.visible = String(visible);
    this.element.hidden = !visible;
  }

  dispose(): void {
    this.listeners.abort();
    this.element.remove();
  }
}
