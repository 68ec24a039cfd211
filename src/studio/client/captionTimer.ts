/**
 * The caption timer: the recording plays, and the staff member presses a button (or the space
 * bar) as each sentence begins. The sentences are the lines of the narration script, shown with
 * the other language's line beside each, so both caption files keep the same sentences. The
 * marks sit on the recording's waveform, where each can be dragged to fine-tune it.
 */
import { createElement } from '../../ui/dom.ts';
import { mediaUrl, postJson } from './studioClient.ts';
import type { StudioWords } from './studioText.ts';

export interface CaptionTimerInput {
  readonly words: StudioWords;
  readonly file: string;
  readonly language: string;
  readonly recording: string;
  /** Sentences of every language, by language; the timed one first among them. */
  readonly sentences: Readonly<Record<string, readonly string[]>>;
  readonly onSaved: () => void;
}

function lines(text: unknown): string[] {
  return typeof text === 'string' ? text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '') : [];
}

export function narrationSentences(value: Record<string, unknown> | null, languages: readonly string[]): Record<string, string[]> {
  const narration = value?.narration as { text?: Record<string, unknown> } | undefined;
  return Object.fromEntries(languages.map((language) => [language, lines(narration?.text?.[language])]));
}

function drawWaveform(canvas: HTMLCanvasElement, peaks: Float32Array, starts: readonly number[], duration: number, now: number): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const { width, height } = canvas;
  context.clearRect(0, 0, width, height);
  context.fillStyle = '#9DB2CF';
  peaks.forEach((peak, index) => {
    const bar = Math.max(1, peak * height * 0.9);
    context.fillRect(index, (height - bar) / 2, 1, bar);
  });
  if (duration <= 0) return;
  context.fillStyle = '#B71C1C';
  for (const start of starts) context.fillRect(Math.round((start / duration) * width) - 1, 0, 3, height);
  context.fillStyle = '#0B1630';
  context.fillRect(Math.round((now / duration) * width), 0, 1, height);
}

async function peaksOf(url: string, width: number): Promise<Float32Array> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const audio = new AudioContext();
  try {
    const buffer = await audio.decodeAudioData(bytes);
    const samples = buffer.getChannelData(0);
    const peaks = new Float32Array(width);
    const step = Math.max(1, Math.floor(samples.length / width));
    for (let index = 0; index < width; index += 1) {
      let peak = 0;
      for (let sample = index * step; sample < Math.min(samples.length, (index + 1) * step); sample += 1) peak = Math.max(peak, Math.abs(samples[sample] ?? 0));
      peaks[index] = peak;
    }
    return peaks;
  } finally {
    void audio.close();
  }
}

export function openCaptionTimer(input: CaptionTimerInput): void {
  const { words, language } = input;
  const sentences = input.sentences[language] ?? [];
  const others = Object.keys(input.sentences).filter((other) => other !== language);
  const controller = new AbortController();
  const signal = controller.signal;
  const starts: number[] = [];
  const audio = createElement('audio', { attributes: { preload: 'auto', src: mediaUrl('raw', `${input.file.slice(0, input.file.lastIndexOf('/'))}/${input.recording}`, Date.now()) } });
  const canvas = createElement('canvas', { className: 'timer__waveform', attributes: { width: '1000', height: '96', 'aria-hidden': 'true' } });
  const count = createElement('p', { className: 'timer__count', attributes: { role: 'status' } });
  const message = createElement('p', { className: 'timer__message', attributes: { role: 'alert' } });
  let peaks: Float32Array = new Float32Array(0);
  const rows = sentences.map((sentence, index) => createElement('tr', {}, [
    createElement('td', { className: 'timer__time', text: '–' }),
    createElement('td', { text: `${index + 1}. ${sentence}`, attributes: { lang: language } }),
    ...others.map((other) => createElement('td', { className: 'timer__other', text: input.sentences[other]?.[index] ?? '—', attributes: { lang: other } })),
  ]));
  const start = createElement('button', { className: 'button button--primary', text: words.timerStart, attributes: { type: 'button' } });
  const tap = createElement('button', { className: 'button button--primary timer__tap', text: words.timerTap, attributes: { type: 'button' } });
  const restart = createElement('button', { className: 'button', text: words.timerRestart, attributes: { type: 'button' } });
  const save = createElement('button', { className: 'button button--primary', text: words.timerSave, attributes: { type: 'button' } });
  const close = createElement('button', { className: 'button', text: words.timerClose, attributes: { type: 'button' } });
  const dialog = createElement('dialog', { className: 'timer', attributes: { 'aria-label': words.timerTitle(language) } }, [
    createElement('h2', { text: words.timerTitle(language) }),
    createElement('p', { text: sentences.length === 0 ? words.timerNoText : words.timerHelp }),
    canvas,
    createElement('div', { className: 'timer__buttons' }, [start, tap, restart, save, close]),
    count,
    message,
    createElement('table', { className: 'timer__sentences' }, [createElement('tbody', {}, rows)]),
  ]);

  const refresh = (): void => {
    count.textContent = words.timerCount(starts.length, sentences.length);
    rows.forEach((row, index) => {
      const cell = row.firstElementChild;
      if (cell) cell.textContent = starts[index] === undefined ? '–' : `${(starts[index] ?? 0).toFixed(2)} s`;
      row.classList.toggle('timer__row--current', index === starts.length);
    });
    tap.disabled = sentences.length === 0 || starts.length >= sentences.length;
    save.disabled = sentences.length === 0 || starts.length !== sentences.length;
    drawWaveform(canvas, peaks, starts, audio.duration || 0, audio.currentTime);
  };
  const mark = (): void => {
    if (starts.length >= sentences.length) return;
    // The first sentence starts where the recording does unless a later moment was tapped.
    starts.push(Math.max(starts.at(-1) ?? -1, audio.currentTime));
    refresh();
  };
  start.addEventListener('click', () => void audio.play(), { signal });
  tap.addEventListener('click', mark, { signal });
  restart.addEventListener('click', () => {
    starts.length = 0;
    audio.currentTime = 0;
    refresh();
  }, { signal });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === ' ' && event.target !== tap) {
      event.preventDefault();
      mark();
    }
  }, { signal });
  // A mark dragged along the waveform moves that sentence's start, between its neighbours.
  let dragged: number | null = null;
  const timeAt = (event: PointerEvent): number => {
    const bounds = canvas.getBoundingClientRect();
    return Math.min(1, Math.max(0, (event.clientX - bounds.left) / bounds.width)) * (audio.duration || 0);
  };
  canvas.addEventListener('pointerdown', (event) => {
    const time = timeAt(event);
    const tolerance = (audio.duration || 1) * 0.015;
    const nearest = starts.findIndex((startTime) => Math.abs(startTime - time) < tolerance);
    if (nearest >= 0) {
      dragged = nearest;
      canvas.setPointerCapture(event.pointerId);
    }
  }, { signal });
  canvas.addEventListener('pointermove', (event) => {
    if (dragged === null) return;
    const low = (starts[dragged - 1] ?? -0.01) + 0.01;
    const high = (starts[dragged + 1] ?? audio.duration) - 0.01;
    starts[dragged] = Math.min(high, Math.max(low, timeAt(event)));
    refresh();
  }, { signal });
  canvas.addEventListener('pointerup', () => { dragged = null; }, { signal });
  audio.addEventListener('timeupdate', refresh, { signal });
  audio.addEventListener('loadedmetadata', () => {
    refresh();
    void peaksOf(audio.src, canvas.width).then((found) => {
      peaks = found;
      refresh();
    }, () => undefined);
  }, { signal });
  save.addEventListener('click', () => {
    message.textContent = '';
    void postJson('captions', { file: input.file, language, starts, duration: audio.duration }).then(() => {
      dialog.close();
      input.onSaved();
    }, (error: unknown) => {
      message.textContent = error instanceof Error ? error.message : String(error);
    });
  }, { signal });
  close.addEventListener('click', () => dialog.close(), { signal });
  dialog.addEventListener('close', () => {
    audio.pause();
    controller.abort();
    dialog.remove();
  }, { once: true });
  document.body.append(dialog, audio);
  signal.addEventListener('abort', () => audio.remove());
  dialog.showModal();
  refresh();
}
