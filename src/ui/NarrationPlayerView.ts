/**
 * The narration controls (in the sheet's bottom bar, within reach), the caption band above them,
 * and the transcript in the sheet's body. All three read the narration state; the transcript
 * highlights the current cue and a tap on a line jumps there. The sheet decides which of the band
 * and the transcript is on screen (SheetView), so a spoken sentence is shown once.
 */
import type { NarrationOnDemand } from '../audio/NarrationOnDemand.ts';
import type { NarrationState } from '../app/KioskState.ts';
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';
import { phrasedElement, setPhrasedText } from './phrasedText.ts';

/** What the sheet shows of the narration right now. */
export interface NarrationDisplay {
  /** The band above the controls with the spoken sentence: only while a narration is heard, and not while the transcript marks it in place. */
  readonly captionShown: boolean;
  readonly transcriptOpen: boolean;
}

function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** What the player's controls and transcript ask of the narration. */
export type NarrationPlayback = Pick<NarrationOnDemand, 'cues' | 'cuesAreUntimed' | 'toggle' | 'replay' | 'seek' | 'seekToCue'>;

export class NarrationPlayerView {
  readonly controls: HTMLElement;
  readonly captionBand: HTMLElement;
  readonly transcript: HTMLElement;
  /** Opens the full narration (the sheet places it at the end of the listening text). */
  readonly openTranscriptButton: HTMLButtonElement;
  private readonly listeners = new AbortController();
  private readonly playButton: HTMLButtonElement;
  private readonly replayButton: HTMLButtonElement;
  private readonly seekBar: HTMLInputElement;
  private readonly clock: HTMLElement;
  private readonly note: HTMLElement;
  private readonly captionText: HTMLElement;
  private readonly closeTranscriptButton: HTMLButtonElement;
  private shownCaption = '';
  private readonly transcriptList: HTMLOListElement;
  private transcriptCues: unknown = null;
  private seeking = false;

  constructor(private readonly service: NarrationPlayback, private readonly language: LanguageCode, onToggleTranscript: () => void) {
    const signal = this.listeners.signal;
    this.playButton = createButton(interfaceText(language, 'play'), 'narration__play', () => service.toggle(), signal);
    this.replayButton = createButton(interfaceText(language, 'replay'), 'narration__replay', () => service.replay(), signal);
    this.seekBar = createElement('input', {
      className: 'narration__seek',
      attributes: { type: 'range', min: '0', max: '1', step: '0.1', value: '0', 'aria-label': interfaceText(language, 'seekLabel') },
    });
    this.seekBar.addEventListener('pointerdown', () => {
      this.seeking = true;
    }, { signal });
    this.seekBar.addEventListener('input', () => service.seek(Number(this.seekBar.value)), { signal });
    this.seekBar.addEventListener('change', () => {
      this.seeking = false;
    }, { signal });
    this.clock = createElement('span', { className: 'narration__clock', text: '0:00 / 0:00' });
    this.controls = createElement('div', { className: 'narration' }, [this.playButton, this.replayButton, this.seekBar, this.clock]);

    this.captionText = createElement('p', { className: 'caption-band__text', attributes: { lang: language } });
    this.captionBand = createElement('div', {
      className: 'caption-band',
      attributes: { role: 'region', 'aria-label': interfaceText(language, 'captionsLabel'), 'aria-live': 'off', hidden: '' },
    }, [this.captionText]);
    this.openTranscriptButton = createButton('', 'transcript-toggle', onToggleTranscript, signal);
    setPhrasedText(this.openTranscriptButton, interfaceText(language, 'showTranscript'), language);
    this.openTranscriptButton.setAttribute('aria-expanded', 'false');
    this.closeTranscriptButton = createButton('', 'transcript-toggle transcript-toggle--close', onToggleTranscript, signal);
    setPhrasedText(this.closeTranscriptButton, interfaceText(language, 'hideTranscript'), language);
    this.closeTranscriptButton.setAttribute('aria-expanded', 'true');

    this.note = createElement('p', { className: 'transcript__note', attributes: { role: 'status' } });
    this.transcriptList = createElement('ol', { className: 'transcript__lines' });
    this.transcript = createElement('section', { className: 'transcript', attributes: { hidden: '' } }, [
      createElement('div', { className: 'transcript__heading' }, [
        phrasedElement('h3', 'sheet__subheading', interfaceText(language, 'transcript'), language),
        this.closeTranscriptButton,
      ]),
      this.note,
      this.transcriptList,
    ]);
  }

  render(narration: NarrationState | null, display: NarrationDisplay): void {
    const language = this.language;
    const status = narration?.status ?? 'loading';
    const unavailable = status === 'unavailable';
    this.controls.dataset.status = status;
    this.playButton.textContent = interfaceText(language, narration?.playing ? 'pause' : 'play');
    this.playButton.setAttribute('aria-pressed', String(narration?.playing ?? false));
    this.playButton.disabled = unavailable;
    this.replayButton.disabled = unavailable || status === 'loading';
    this.seekBar.disabled = unavailable || status === 'loading';
    const duration = narration?.durationSeconds ?? 0;
    const position = narration?.positionSeconds ?? 0;
    this.seekBar.max = String(Math.max(duration, 0.1));
    if (!this.seeking) this.seekBar.value = String(position);
    this.seekBar.setAttribute('aria-valuetext', `${clockText(position)} / ${clockText(duration)}`);
    this.clock.textContent = `${clockText(position)} / ${clockText(duration)}`;

    this.note.textContent = unavailable
      ? interfaceText(language, narration?.problem === 'no-recording' ? 'narrationNotRecorded' : 'narrationUnavailable')
      : status === 'loading' ? interfaceText(language, 'narrationLoading') : '';
    this.note.hidden = this.note.textContent === '';

    this.renderTranscript(narration?.cueIndex ?? -1);
    const cue = narration && narration.cueIndex >= 0 ? this.service.cues[narration.cueIndex] : undefined;
    const caption = cue?.text ?? '';
    if (caption !== this.shownCaption) {
      this.shownCaption = caption;
      setPhrasedText(this.captionText, caption, language);
    }
    this.captionBand.hidden = !display.captionShown;
    this.transcript.hidden = !display.transcriptOpen;
    // Closing is for a visitor who opened it; a recording that cannot play keeps its text open.
    this.closeTranscriptButton.hidden = status === 'unavailable';
  }

  dispose(): void {
    this.listeners.abort();
  }

  private renderTranscript(currentCue: number): void {
    const cues = this.service.cues;
    if (cues !== this.transcriptCues) {
      this.transcriptCues = cues;
      const untimed = this.service.cuesAreUntimed;
      this.transcriptList.replaceChildren(...cues.map((cue, index) => {
        const line = untimed
          ? createElement('span', { className: 'transcript__line' })
          : createButton('', 'transcript__line', () => this.service.seekToCue(index), this.listeners.signal);
        setPhrasedText(line, cue.text, this.language);
        line.dataset.cueIndex = String(index);
        return createElement('li', {}, [line]);
      }));
    }
    for (const line of this.transcriptList.querySelectorAll<HTMLElement>('.transcript__line')) {
      const current = Number(line.dataset.cueIndex) === currentCue;
      line.classList.toggle('transcript__line--current', current);
      if (current) line.setAttribute('aria-current', 'true');
      else line.removeAttribute('aria-current');
    }
  }
}
