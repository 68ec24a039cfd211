/**
 * Pictures and recordings in the form: a photograph dropped or chosen goes into the item's
 * folder and is shown as the kiosk will show it (its processed copy); a recording is attached
 * per language, played, and its captions timed.
 */
import { createElement } from '../../ui/dom.ts';
import { narrationSentences, openCaptionTimer } from './captionTimer.ts';
import { fieldGroup, localisedField, textInput, valueAt, type FormContext } from './formFields.ts';
import { mediaUrl, postJson, upload, type YamlPath } from './studioClient.ts';

export interface MediaActions {
  /** Reloads the item after a change the server made (an upload, captions, narration). */
  readonly reload: () => void;
  readonly report: (message: string) => void;
}

function dropZone(context: FormContext, label: string, accept: string, accessible: string, onFile: (file: File) => void): HTMLElement {
  const input = createElement('input', { className: 'drop__input', attributes: { type: 'file', accept, 'aria-label': accessible } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
  }, { signal: context.signal });
  const zone = createElement('label', { className: 'drop' }, [createElement('span', { className: 'drop__words', text: label }), input]);
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drop--over');
  }, { signal: context.signal });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop--over'), { signal: context.signal });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drop--over');
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  }, { signal: context.signal });
  return zone;
}

/** One picture: the kiosk's copy, its descriptions, its credit, and a way to replace or remove it. */
function pictureBlock(context: FormContext, actions: MediaActions, path: YamlPath, uploadQuery: Readonly<Record<string, string>>): HTMLElement {
  const words = context.words;
  const file = valueAt(context.details.value, [...path, 'file']);
  const folder = context.details.item.key;
  const preview = typeof file === 'string'
    ? createElement('figure', { className: 'picture' }, [
        createElement('img', { className: 'picture__image', attributes: { src: mediaUrl('picture', `${folder}/${file}`, context.details.version), alt: '' } }),
        createElement('figcaption', { className: 'picture__name', text: file }),
      ])
    : null;
  const send = (chosen: File): void => {
    actions.report(words.pictureMaking);
    void upload(uploadQuery, chosen).then(() => actions.reload(), (error: unknown) => actions.report(error instanceof Error ? error.message : String(error)));
  };
  const remove = createElement('button', { className: 'button', text: words.pictureRemove, attributes: { type: 'button' } });
  remove.addEventListener('click', () => context.edit([{ op: 'delete', path }], true), { signal: context.signal });
  return fieldGroup(context, path, words.fieldName('image'), [
    createElement('div', { className: 'picture__row' }, [
      preview,
      dropZone(context, `${words.pictureDrop} · ${words.pictureChoose}`, 'image/*,.heic,.heif', `${words.pictureChoose} · ${path.join('.')}.file`, send),
    ].filter((node): node is HTMLElement => node !== null)),
    ...(typeof file === 'string' ? [
      localisedField(context, [...path, 'alt']),
      createElement('label', { className: 'field__language' }, [
        createElement('span', { className: 'field__language-name', text: words.fieldName('credit') }),
        textInput(context, [...path, 'credit'], words.fieldName('credit')),
      ]),
      remove,
    ] : []),
  ]);
}

export function eventPicture(context: FormContext, actions: MediaActions): HTMLElement {
  return pictureBlock(context, actions, ['image'], { file: context.details.item.file, role: 'picture' });
}

export function panelPictures(context: FormContext, actions: MediaActions): HTMLElement[] {
  const images = valueAt(context.details.value, ['images']);
  const count = Array.isArray(images) ? images.length : 0;
  const blocks = Array.from({ length: count }, (_, index) => pictureBlock(context, actions, ['images', index], { file: context.details.item.file, role: 'picture' }));
  const add = dropZone(context, `${context.words.pictureDrop} · ${context.words.pictureChoose}`, 'image/*,.heic,.heif', `${context.words.pictureChoose} · images.file`, (chosen) => {
    actions.report(context.words.pictureMaking);
    void upload({ file: context.details.item.file, role: 'picture' }, chosen).then(() => actions.reload(), (error: unknown) => actions.report(error instanceof Error ? error.message : String(error)));
  });
  return [...blocks, fieldGroup(context, ['images', count], context.words.fieldName('images'), [add])];
}

/** The narration script in each language, and per language its recording, captions and timer. */
export function narrationBlock(context: FormContext, actions: MediaActions): HTMLElement {
  const words = context.words;
  const details = context.details;
  const languages = context.state.authoredLanguages;
  const recordings = languages.map((language) => {
    const recording = details.recordings[language] ?? null;
    const captions = details.captions[language] ?? null;
    const attach = dropZone(context, words.attachRecording, 'audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3', `${words.attachRecording} · narration recording ${language}`, (chosen) => {
      void upload({ file: details.item.file, role: 'recording', language }, chosen).then(() => actions.reload(), (error: unknown) => actions.report(error instanceof Error ? error.message : String(error)));
    });
    const timer = createElement('button', { className: 'button', text: words.timeCaptions, attributes: { type: 'button', 'aria-label': `${words.timeCaptions} · captions ${language}` } });
    timer.disabled = recording === null;
    timer.addEventListener('click', () => {
      if (!recording) return;
      // The script just typed is what the timer must show: the waiting edits go first.
      void context.settle().then((settled) => {
        const value = settled?.value ?? details.value;
        openCaptionTimer({ words, file: details.item.file, language, recording, sentences: narrationSentences(value, [language, ...languages.filter((other) => other !== language)]), onSaved: actions.reload });
      });
    }, { signal: context.signal });
    return createElement('div', { className: 'recording', attributes: { 'data-language': language } }, [
      createElement('h4', { className: 'recording__title', text: words.recording(language) }),
      recording
        ? createElement('audio', { className: 'recording__player', attributes: { controls: '', preload: 'none', src: mediaUrl('raw', `${details.item.key}/${recording}`, details.version), 'aria-label': `${words.recording(language)} · ${recording}` } })
        : createElement('p', { className: 'recording__missing', text: words.noRecording }),
      createElement('p', { className: 'recording__captions', text: `${captions ? words.captionsPresent : words.noCaptions}${recording ? ` · ${recording}` : ''}` }),
      attach,
      timer,
    ]);
  });
  const narrate = createElement('button', { className: 'button', text: words.narrate, attributes: { type: 'button' } });
  narrate.disabled = details.unsaved || valueAt(details.value, ['narration', 'text']) === undefined;
  narrate.addEventListener('click', () => {
    narrate.disabled = true;
    actions.report(words.narrating);
    void postJson<{ ok: boolean; output: string }>('narrate', { file: details.item.file }).then((result) => {
      actions.report(result.output);
      actions.reload();
    }, (error: unknown) => actions.report(error instanceof Error ? error.message : String(error)));
  }, { signal: context.signal });
  return createElement('section', { className: 'form__section' }, [
    createElement('h3', { text: words.fieldName('narration') }),
    localisedField(context, ['narration', 'text'], { multiline: true }),
    createElement('div', { className: 'recordings' }, recordings),
    narrate,
  ]);
}
