/**
 * The staff studio page: the lists on the left, the form of the chosen item in the middle, the
 * kiosk itself on the right at its own 1920x1080, scaled. Typing is sent as edits after a short
 * pause; the server keeps them as a draft the preview shows, and writes the file only on Save.
 */
import { createElement } from '../../ui/dom.ts';
import type { StaffLanguage } from '../../contentModel/contentProblem.ts';
import { pathKey, placeProblems, type FormContext } from './formFields.ts';
import { itemForm } from './itemForm.ts';
import { openNewItemDialog, confirmDelete } from './studioDialogs.ts';
import { getJson, postJson, StudioRefusal, type FormEdit, type ItemDetails, type ListedItem, type StudioState } from './studioClient.ts';
import { STUDIO_WORDS, type StudioWords } from './studioText.ts';
import { historyList, itemList } from './studioLists.ts';

const TYPING_PAUSE_MS = 450;
const KIOSK_WIDTH = 1920;
const KIOSK_HEIGHT = 1080;

class StudioPage {
  private language: StaffLanguage = 'zh-Hans';
  private state: StudioState | null = null;
  private details: ItemDetails | null = null;
  private formController = new AbortController();
  private readonly pending = new Map<string, FormEdit>();
  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();

  private readonly header = createElement('header', { className: 'studio__header' });
  private readonly lists = createElement('nav', { className: 'studio__lists' });
  private readonly editor = createElement('main', { className: 'studio__editor' });
  private readonly status = createElement('p', { className: 'studio__status', attributes: { role: 'status' } });
  private readonly previewFrame = createElement('iframe', { className: 'preview__frame', attributes: { width: String(KIOSK_WIDTH), height: String(KIOSK_HEIGHT) } });
  private readonly previewBox = createElement('div', { className: 'preview__box' }, [this.previewFrame]);
  private readonly previewTitle = createElement('h2', { className: 'preview__title' });
  private readonly previewLanguage = createElement('select', { className: 'field__input preview__language' });
  private readonly previewLanguageLabel = createElement('span', { className: 'field__language-name' });
  private readonly preview = createElement('aside', { className: 'studio__preview' }, [
    createElement('div', { className: 'preview__head' }, [this.previewTitle, createElement('label', { className: 'preview__choice' }, [this.previewLanguageLabel, this.previewLanguage])]),
    this.previewBox,
  ]);
  private shownItem: ListedItem | null = null;

  private get words(): StudioWords {
    return STUDIO_WORDS[this.language];
  }

  async start(root: HTMLElement): Promise<void> {
    root.append(this.header, createElement('div', { className: 'studio__body' }, [this.lists, this.editor, this.preview]));
    new ResizeObserver(() => this.fitPreview()).observe(this.previewBox);
    this.state = await getJson<StudioState>('state');
    this.language = this.state.staffLanguage;
    const chosen = new URLSearchParams(window.location.search).get('file');
    this.previewLanguage.addEventListener('change', () => this.showPreview(this.shownItem));
    this.render();
    this.showPreview(null);
    if (chosen) await this.open(chosen);
    document.documentElement.dataset.studioReady = 'true';
  }

  private fitPreview(): void {
    const scale = this.previewBox.clientWidth / KIOSK_WIDTH;
    this.previewFrame.style.transform = `scale(${scale})`;
    this.previewBox.style.height = `${Math.round(KIOSK_HEIGHT * scale)}px`;
  }

  private render(): void {
    const words = this.words;
    document.documentElement.lang = this.language;
    document.title = words.title;
    const state = this.state;
    const toggle = createElement('button', { className: 'button studio__language', text: words.switchLanguage, attributes: { type: 'button', lang: this.language === 'zh-Hans' ? 'en' : 'zh-Hans' } });
    toggle.addEventListener('click', () => {
      this.language = this.language === 'zh-Hans' ? 'en' : 'zh-Hans';
      this.render();
      this.renderEditor();
    });
    this.header.replaceChildren(
      createElement('h1', { className: 'studio__title', text: words.title }),
      createElement('p', { className: `studio__check${state && state.errors > 0 ? ' studio__check--errors' : ''}`, text: state ? words.contentState(state.errors, state.warnings) : '' }),
      createElement('a', { className: 'button', text: words.wholeKiosk, attributes: { href: '/', target: '_blank', rel: 'noopener' } }),
      toggle,
    );
    this.previewTitle.textContent = words.preview;
    this.previewLanguageLabel.textContent = words.previewLanguage;
    this.previewLanguage.setAttribute('aria-label', `${words.previewLanguage} · preview lang`);
    const chosenLanguage = this.previewLanguage.value || state?.languages[0] || 'zh-Hans';
    this.previewLanguage.replaceChildren(...(state?.languages ?? []).map((language) => createElement('option', { text: words.visitorLanguage(language), attributes: { value: language } })));
    this.previewLanguage.value = chosenLanguage;
    if (!state) return;
    this.lists.replaceChildren(...itemList(state, words, this.language, this.details?.item.file ?? null, {
      open: (file) => void this.open(file),
      create: (kind, parent) => openNewItemDialog({ words, state, kind, parent, language: this.language, onCreated: (file) => void this.refresh().then(() => this.open(file)) }),
    }));
  }

  private async refresh(): Promise<void> {
    this.state = await getJson<StudioState>('state');
    this.render();
  }

  private showPreview(item: ListedItem | null): void {
    this.shownItem = item;
    const language = encodeURIComponent(this.previewLanguage.value || 'zh-Hans');
    const target = item && item.kind !== 'tour' ? `/?open=${encodeURIComponent(item.id)}&lang=${language}` : '/';
    if (this.previewFrame.getAttribute('src') !== target) this.previewFrame.setAttribute('src', target);
    this.previewFrame.title = this.words.preview;
  }

  async open(file: string): Promise<void> {
    await this.flush(false);
    this.details = await getJson<ItemDetails>('item', { file });
    const url = new URL(window.location.href);
    url.searchParams.set('file', file);
    window.history.replaceState(null, '', url);
    this.status.textContent = '';
    this.render();
    this.renderEditor();
    this.showPreview(this.details.item);
  }

  private formContext(): FormContext | null {
    if (!this.state || !this.details) return null;
    return {
      words: this.words,
      staffLanguage: this.language,
      state: this.state,
      details: this.details,
      signal: this.formController.signal,
      edit: (edits, now) => this.edit(edits, now ?? false),
      settle: () => this.flush(false).then(() => this.details),
    };
  }

  private renderEditor(): void {
    this.formController.abort();
    this.formController = new AbortController();
    const context = this.formContext();
    if (!context || !this.details) {
      this.editor.replaceChildren(createElement('p', { className: 'studio__empty', text: this.words.chooseItem }));
      return;
    }
    const words = this.words;
    const details = this.details;
    const general = createElement('ul', { className: 'form__problems', attributes: { 'aria-label': words.itemProblems } });
    const form = createElement('form', { className: 'form', attributes: { 'aria-label': details.item.file } }, itemForm(context, {
      reload: () => void this.reloadItem(),
      report: (message) => { this.status.textContent = message; },
    }));
    form.addEventListener('submit', (event) => event.preventDefault());
    const button = (text: string, className: string, action: () => void, disabled = false): HTMLButtonElement => {
      const element = createElement('button', { className: `button ${className}`, text, attributes: { type: 'button' } });
      element.disabled = disabled;
      element.addEventListener('click', action, { signal: this.formController.signal });
      return element;
    };
    const title = details.item.title[this.language] ?? details.item.title['zh-Hans'] ?? details.item.id;
    this.editor.replaceChildren(
      createElement('div', { className: 'editor__head' }, [
        createElement('h2', { className: 'editor__title', text: title }),
        createElement('p', { className: 'editor__file', text: `media/${details.item.file}${details.unsaved ? ` · ${words.unsaved}` : ''}` }),
        createElement('div', { className: 'editor__actions' }, [
          button(words.save, 'button--primary', () => void this.save()),
          button(words.discard, '', () => void this.discard(), !details.unsaved),
          button(words.undo, '', () => void this.undo(null), details.history.length === 0),
          button(words.duplicate, '', () => void this.duplicate()),
          button(words.remove, 'button--danger', () => void this.remove()),
        ]),
        this.status,
      ]),
      general,
      form,
      historyList(details.history, words, this.language, (id) => void this.undo(id)),
    );
    placeProblems(form, context, general);
  }

  private edit(edits: readonly FormEdit[], now: boolean): void {
    for (const edit of edits) {
      const key = edit.op === 'move' ? `move:${this.pending.size}:${Date.now()}` : pathKey(edit.path);
      this.pending.delete(key);
      this.pending.set(key, edit);
    }
    if (this.typingTimer) clearTimeout(this.typingTimer);
    if (now) void this.flush(true);
    else this.typingTimer = setTimeout(() => void this.flush(false), TYPING_PAUSE_MS);
  }

  /** Sends the waiting edits, one request at a time; a structural change redraws the form. */
  private flush(redraw: boolean): Promise<void> {
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.typingTimer = null;
    const edits = [...this.pending.values()];
    this.pending.clear();
    this.queue = this.queue.then(async () => {
      if (edits.length === 0 || !this.details) return;
      try {
        this.details = await postJson<ItemDetails>('edit', { file: this.details.item.file, version: this.details.version, edits });
        this.afterChange(redraw);
      } catch (error) {
        this.showRefusal(error);
      }
    });
    return this.queue;
  }

  private afterChange(redraw: boolean): void {
    if (redraw) this.renderEditor();
    else {
      const context = this.formContext();
      const form = this.editor.querySelector<HTMLElement>('.form');
      const general = this.editor.querySelector<HTMLElement>('.form__problems');
      if (context && form && general) placeProblems(form, context, general);
      const file = this.editor.querySelector('.editor__file');
      if (file && this.details) file.textContent = `media/${this.details.item.file}${this.details.unsaved ? ` · ${this.words.unsaved}` : ''}`;
      const discard = this.editor.querySelectorAll<HTMLButtonElement>('.editor__actions .button')[1];
      if (discard && this.details) discard.disabled = !this.details.unsaved;
    }
    void this.refresh();
  }

  private showRefusal(error: unknown): void {
    const words = this.words;
    if (error instanceof StudioRefusal && error.status === 409 && typeof error.body.conflict === 'string') {
      const reload = createElement('button', { className: 'button', text: words.reload, attributes: { type: 'button' } });
      const file = this.details?.item.file;
      reload.addEventListener('click', () => {
        if (file) void postJson('discard', { file }).then(() => this.open(file));
      });
      this.status.replaceChildren(createElement('span', { text: `${words.conflict} ` }), reload);
      return;
    }
    if (error instanceof StudioRefusal && Array.isArray(error.body.errors)) {
      const errors = error.body.errors as { text: Record<StaffLanguage, string> }[];
      this.status.replaceChildren(createElement('span', { text: words.cannotSave }), createElement('ul', { className: 'status__errors' },
        errors.map((problem) => createElement('li', { text: problem.text[this.language] }))));
      return;
    }
    this.status.textContent = error instanceof Error ? error.message : String(error);
  }

  private async reloadItem(): Promise<void> {
    if (!this.details) return;
    await this.flush(false);
    this.details = await getJson<ItemDetails>('item', { file: this.details.item.file });
    this.renderEditor();
    await this.refresh();
  }

  private async save(): Promise<void> {
    await this.flush(false);
    if (!this.details) return;
    try {
      this.details = await postJson<ItemDetails>('save', { file: this.details.item.file, version: this.details.version });
      this.renderEditor();
      this.status.textContent = this.words.saved;
      await this.refresh();
    } catch (error) {
      this.showRefusal(error);
    }
  }

  private async discard(): Promise<void> {
    if (!this.details) return;
    const file = this.details.item.file;
    this.pending.clear();
    await postJson('discard', { file });
    await this.refresh();
    if (this.state?.items.some((item) => item.file === file)) await this.open(file);
    else this.closeItem();
  }

  private closeItem(): void {
    this.details = null;
    this.renderEditor();
    this.render();
    this.showPreview(null);
  }

  private async undo(id: number | null): Promise<void> {
    if (!this.details) return;
    const { file, key } = this.details.item;
    this.pending.clear();
    try {
      await postJson('undo', id === null ? { key } : { key, id });
      await this.refresh();
      if (this.state?.items.some((item) => item.file === file)) await this.open(file);
      else this.closeItem();
      this.status.textContent = this.words.historyAction('undo');
    } catch (error) {
      this.showRefusal(error);
    }
  }

  private async duplicate(): Promise<void> {
    if (!this.details) return;
    await this.flush(false);
    const { file } = await postJson<{ file: string }>('duplicate', { file: this.details.item.file });
    await this.refresh();
    await this.open(file);
  }

  private async remove(): Promise<void> {
    const details = this.details;
    if (!details) return;
    await this.flush(false);
    const deleted = await confirmDelete({ words: this.words, language: this.language, details, state: this.state });
    if (deleted) {
      this.closeItem();
      await this.refresh();
    }
  }
}

void new StudioPage().start(document.getElementById('studio') ?? document.body);
