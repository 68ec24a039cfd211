/**
 * Short notices over the kiosk (the picture is restoring; 3D is unavailable) and, in the dev
 * server only, the list of content problems so that staff previewing a change see what to fix.
 */
import { formatProblem, type ContentProblem, type StaffLanguage } from '../contentModel/contentProblem.ts';
import type { InterfaceTextKey } from '../i18n/interfaceText.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createElement } from './dom.ts';

export class NoticeView {
  readonly element: HTMLElement;
  private readonly message: HTMLElement;
  private shownKey: InterfaceTextKey | null = null;
  private language = '';

  constructor() {
    this.message = createElement('p', { className: 'notice__message' });
    this.element = createElement('div', { className: 'notice', attributes: { role: 'status', 'aria-live': 'polite', hidden: '' } }, [this.message]);
  }

  show(key: InterfaceTextKey | null): void {
    this.shownKey = key;
    this.refresh();
  }

  setLanguage(language: string): void {
    this.language = language;
    this.refresh();
  }

  dispose(): void {
    this.element.remove();
  }

  private refresh(): void {
    this.element.hidden = this.shownKey === null;
    this.message.textContent = this.shownKey === null ? '' : interfaceText(this.language, this.shownKey);
  }
}

/** The errors, in the staff's language (kiosk.yaml `staff.language`) whatever language the visitor chose. */
export function contentProblemsOverlay(problems: readonly ContentProblem[], staffLanguage: StaffLanguage): HTMLElement | null {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return null;
  return createElement('aside', { className: 'content-problems', attributes: { role: 'alert', lang: staffLanguage } }, [
    createElement('h2', { text: `${interfaceText(staffLanguage, 'contentErrorTitle')} (${errors.length})` }),
    createElement('ul', {}, errors.map((problem) => createElement('li', { text: formatProblem(problem, staffLanguage) }))),
  ]);
}
