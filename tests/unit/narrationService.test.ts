import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NarrationState } from '../../src/app/KioskState.ts';
import { StaffLog } from '../../src/app/StaffLog.ts';
import { NarrationOnDemand } from '../../src/audio/NarrationOnDemand.ts';
import { NarrationService } from '../../src/audio/NarrationService.ts';
import type { AudioOutput, RecordingPlayer, RecordingPlayerCallbacks, ScheduleTimer } from '../../src/audio/RecordingPlayer.ts';
import type { Narration } from '../../src/contentModel/contentTypes.ts';

/** Time that moves only when the test says so. */
class ManualClock {
  private now = 0;
  private timers: { at: number; callback: () => void; cancelled: boolean }[] = [];

  readonly schedule: ScheduleTimer = (milliseconds, callback) => {
    const timer = { at: this.now + milliseconds, callback, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };

  advance(milliseconds: number): void {
    const end = this.now + milliseconds;
    for (;;) {
      const due = this.timers.filter((timer) => !timer.cancelled && timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.now = due.at;
      due.callback();
    }
    this.now = end;
  }
}

class FakePlayer implements RecordingPlayer {
  playing = false;
  unloaded = false;
  seconds = 0;
  private started = false;
  private level = 0;

  constructor(readonly url: string, private readonly callbacks: RecordingPlayerCallbacks, private readonly lengthSeconds: number) {}

  play(): void {
    this.started = true;
    this.playing = true;
  }

  pause(): void {
    this.playing = false;
  }

  seek(seconds: number): void {
    if (this.started) this.seconds = seconds;
  }

  position(): number | null {
    return this.started ? this.seconds : null;
  }

  durationSeconds(): number {
    return this.lengthSeconds;
  }

  volume(): number {
    return this.level;
  }

  fade(_from: number, to: number): void {
    this.level = to;
  }

  isPlaying(): boolean {
    return this.playing;
  }

  unload(): void {
    this.unloaded = true;
    this.playing = false;
  }

  finishLoading(): void {
    this.callbacks.onLoaded();
  }

  failLoading(detail: string): void {
    this.callbacks.onLoadError(detail);
  }

  refuseToPlay(detail: string): void {
    this.playing = false;
    this.callbacks.onPlayError(detail);
  }

  reachEnd(): void {
    this.playing = false;
    this.seconds = this.lengthSeconds;
    this.callbacks.onEnded();
  }
}

class FakeAudioOutput implements AudioOutput {
  readonly players: FakePlayer[] = [];
  /** Recordings decoded before: like howler's cache, they report loaded straight after `load()`. */
  readonly cached = new Set<string>();

  load(url: string, callbacks: RecordingPlayerCallbacks): RecordingPlayer {
    const player = new FakePlayer(url, callbacks, 12);
    this.players.push(player);
    if (this.cached.has(url)) queueMicrotask(() => player.finishLoading());
    return player;
  }

  setMuted(): void {}

  livePlayerCount(): number {
    return this.players.filter((player) => !player.unloaded).length;
  }

  latest(url: string): FakePlayer {
    const player = this.players.filter((candidate) => candidate.url === url).at(-1);
    if (!player) throw new Error(`no player was made for ${url}`);
    return player;
  }
}

const ZH_CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:04.000\n第一句。\n\n00:04.000 --> 00:08.000\n第二句。\n\n00:08.000 --> 00:12.000\n第三句。\n';
// Other timings than the Chinese: a switch must keep the cue, not the second.
const EN_CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:03.000\nFirst.\n\n00:03.000 --> 00:07.000\nSecond.\n\n00:07.000 --> 00:11.000\nThird.\n';

const NARRATION: Narration = {
  text: { 'zh-Hans': '第一句。\n第二句。\n第三句。', en: 'First.\nSecond.\nThird.' },
  audio: { 'zh-Hans': '/media/vision.zh-Hans.mp3', en: '/media/vision.en.mp3' },
  captions: { 'zh-Hans': '/media/vision.zh-Hans.vtt', en: '/media/vision.en.vtt' },
};
const ZH_AUDIO = '/media/vision.zh-Hans.mp3';
const EN_AUDIO = '/media/vision.en.mp3';

/** Lets promise chains already under way (caption reads, load outcomes) run to their end. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const CAPTION_FILES = { '/media/vision.zh-Hans.vtt': ZH_CAPTIONS, '/media/vision.en.vtt': EN_CAPTIONS };

/** `onPublished` stands for the rest of the kiosk, which reacts to each published state at once. */
function createKiosk(files: Record<string, string> = CAPTION_FILES, onPublished: (state: NarrationState | null) => void = () => undefined) {
  const clock = new ManualClock();
  const output = new FakeAudioOutput();
  const staffLog = new StaffLog();
  const published: (NarrationState | null)[] = [];
  const service = new NarrationService({
    volumeCap: 0.8,
    staffLog,
    onChange: (state) => {
      published.push(state);
      onPublished(state);
    },
    audioOutput: output,
    schedule: clock.schedule,
    readTextFile: (url) => (url in files ? Promise.resolve(files[url]!) : Promise.reject(new Error('HTTP 404'))),
  });
  const staffMessages = (): string => staffLog.list().map((entry) => entry.message).join('\n');
  return { clock, output, service, published, staffMessages };
}

/** Opens the Chinese narration and lets its recording load. */
async function openLoaded(kiosk: ReturnType<typeof createKiosk>): Promise<FakePlayer> {
  kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
  const player = kiosk.output.latest(ZH_AUDIO);
  player.finishLoading();
  await settle();
  expect(kiosk.service.state?.status).toBe('ready');
  return player;
}

beforeEach(() => {
  // The staff log also writes to the console; the tests read the log itself.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('NarrationService', () => {
  it('opened twice for the same item keeps one recording, and becomes ready again when howler answers from its cache', async () => {
    const kiosk = createKiosk();
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    expect(kiosk.output.players).toHaveLength(1);
    kiosk.output.latest(ZH_AUDIO).finishLoading();
    await settle();
    expect(kiosk.service.state).toMatchObject({ id: 'culture/vision', status: 'ready', durationSeconds: 12 });

    kiosk.service.close();
    kiosk.output.cached.add(ZH_AUDIO);
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    await settle();
    expect(kiosk.service.state?.status).toBe('ready');
    kiosk.service.play();
    expect(kiosk.service.state?.status).toBe('playing');
    expect(kiosk.output.livePlayerCount()).toBe(1);
  });

  it('opened for another item while the first still loads, forgets the first for good', async () => {
    const kiosk = createKiosk();
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    const first = kiosk.output.latest(ZH_AUDIO);
    kiosk.service.open('culture/spirit', NARRATION, 'zh-Hans');
    expect(first.unloaded).toBe(true);
    expect(kiosk.published).toEqual([null]);

    first.finishLoading();
    await settle();
    expect(kiosk.service.state).toMatchObject({ id: 'culture/spirit', status: 'loading' });
    kiosk.output.latest(ZH_AUDIO).finishLoading();
    await settle();
    expect(kiosk.service.state).toMatchObject({ id: 'culture/spirit', status: 'ready' });
    expect(kiosk.published.filter((state) => state?.id === 'culture/vision')).toEqual([]);
    expect(kiosk.output.livePlayerCount()).toBe(1);
  });

  it('switched to English mid-cue, continues playing at the same cue of the English recording', async () => {
    const kiosk = createKiosk();
    const chinese = await openLoaded(kiosk);
    kiosk.service.play();
    chinese.seconds = 5;
    kiosk.service.tick();
    expect(kiosk.service.state?.cueIndex).toBe(1);

    kiosk.service.setLanguage('en');
    expect(kiosk.service.state?.status).toBe('loading');
    const english = kiosk.output.latest(EN_AUDIO);
    english.finishLoading();
    await settle();
    expect(kiosk.service.state).toMatchObject({ language: 'en', status: 'playing', cueIndex: 1, positionSeconds: 3 });
    expect(kiosk.service.cues[1]?.text).toBe('Second.');
    expect(english.playing).toBe(true);
    expect(english.seconds).toBeCloseTo(3.001);

    // The Chinese recording fades out first, then goes.
    expect(chinese.unloaded).toBe(false);
    kiosk.clock.advance(350);
    expect(chinese.unloaded).toBe(true);
  });

  it('switched language while the first recording still loads, ignores that recording when it arrives', async () => {
    const kiosk = createKiosk();
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    const chinese = kiosk.output.latest(ZH_AUDIO);
    kiosk.service.setLanguage('en');
    chinese.finishLoading();
    await settle();
    expect(kiosk.service.state).toMatchObject({ language: 'en', status: 'loading' });
    expect(chinese.unloaded).toBe(true);

    kiosk.output.latest(EN_AUDIO).finishLoading();
    await settle();
    expect(kiosk.service.state).toMatchObject({ language: 'en', status: 'ready', cueIndex: 0 });
    expect(kiosk.service.cues[0]?.text).toBe('First.');
  });

  it('gives a recording 8 s to load, then shows captions only and tells staff why', async () => {
    const kiosk = createKiosk();
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    kiosk.service.play();
    const player = kiosk.output.latest(ZH_AUDIO);
    kiosk.clock.advance(7999);
    await settle();
    expect(kiosk.service.state?.status).toBe('loading');
    expect(kiosk.published).toEqual([]);

    kiosk.clock.advance(1);
    await settle();
    expect(kiosk.service.state).toMatchObject({ status: 'unavailable', problem: 'recording-failed', playing: false });
    expect(kiosk.service.cues.map((cue) => cue.text)).toEqual(['第一句。', '第二句。', '第三句。']);
    expect(kiosk.staffMessages()).toContain(`culture/vision: the recording ${ZH_AUDIO} did not load within 8 s; showing captions only`);
    expect(player.unloaded).toBe(true);

    player.finishLoading();
    await settle();
    expect(kiosk.service.state?.status).toBe('unavailable');
  });

  it('closed during its load, stays closed whatever arrives late', async () => {
    const kiosk = createKiosk();
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    kiosk.service.play();
    const player = kiosk.output.latest(ZH_AUDIO);
    kiosk.service.close();
    expect(kiosk.published).toEqual([null]);
    expect(player.unloaded).toBe(true);

    player.finishLoading();
    player.failLoading('late');
    player.reachEnd();
    kiosk.clock.advance(10_000);
    await settle();
    expect(kiosk.service.state).toBeNull();
    expect(kiosk.published).toEqual([null]);
    expect(player.playing).toBe(false);
    expect(kiosk.staffMessages()).toBe('');
  });

  it('seeked while paused, stays paused at the new position and plays on from there', async () => {
    const kiosk = createKiosk();
    const player = await openLoaded(kiosk);
    kiosk.service.play();
    player.seconds = 2;
    kiosk.service.pause();
    kiosk.clock.advance(150);
    expect(player.playing).toBe(false);
    expect(kiosk.service.state).toMatchObject({ status: 'paused', positionSeconds: 2 });

    kiosk.service.seek(9);
    expect(kiosk.service.state).toMatchObject({ status: 'paused', playing: false, positionSeconds: 9, cueIndex: 2 });
    expect(player.seconds).toBe(9);
    kiosk.service.tick();
    expect(kiosk.service.state?.positionSeconds).toBe(9);

    kiosk.service.play();
    expect(kiosk.service.state?.status).toBe('playing');
    expect(player.playing).toBe(true);
    expect(player.seconds).toBe(9);
  });

  it('with a recording that fails to play, shows captions only with a note and logs it', async () => {
    const kiosk = createKiosk();
    const player = await openLoaded(kiosk);
    kiosk.service.play();
    player.refuseToPlay('NotSupportedError');
    expect(kiosk.service.state).toMatchObject({ status: 'unavailable', problem: 'recording-failed', playing: false });
    expect(kiosk.service.cues).toHaveLength(3);
    expect(kiosk.staffMessages()).toContain(`culture/vision: playback of ${ZH_AUDIO} failed (NotSupportedError); showing captions only`);
    expect(player.unloaded).toBe(true);

    kiosk.service.play();
    expect(kiosk.service.state?.status).toBe('unavailable');
  });

  it('a corrupt recording waits for the captions, then shows them only', async () => {
    const kiosk = createKiosk();
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    kiosk.output.latest(ZH_AUDIO).failLoading('Decoding audio data failed.');
    await settle();
    expect(kiosk.service.state).toMatchObject({ status: 'unavailable', problem: 'recording-failed' });
    expect(kiosk.service.cuesAreUntimed).toBe(false);
    expect(kiosk.staffMessages()).toMatch(/could not be loaded or decoded \(Decoding audio data failed\.\)/);
  });

  it('without a recording or a caption file, shows the narration text and says it was never recorded', async () => {
    const kiosk = createKiosk({});
    kiosk.service.open('culture/vision', { ...NARRATION, audio: { 'zh-Hans': null, en: null } }, 'zh-Hans');
    await settle();
    expect(kiosk.service.state).toMatchObject({ status: 'unavailable', problem: 'no-recording' });
    expect(kiosk.service.cuesAreUntimed).toBe(true);
    expect(kiosk.service.cues.map((cue) => cue.text)).toEqual(['第一句。', '第二句。', '第三句。']);
    expect(kiosk.staffMessages()).toMatch(/captions \/media\/vision\.zh-Hans\.vtt could not be read \(HTTP 404\)/);
    expect(kiosk.staffMessages()).not.toMatch(/showing captions only/);

    kiosk.service.seek(5);
    expect(kiosk.service.state?.positionSeconds).toBe(0);
  });

  it('played while loading starts by itself once loaded, unless paused first', async () => {
    const kiosk = createKiosk();
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    kiosk.service.play();
    kiosk.output.latest(ZH_AUDIO).finishLoading();
    await settle();
    expect(kiosk.published.map((state) => state?.status)).toEqual(['ready', 'playing']);

    kiosk.service.open('culture/spirit', NARRATION, 'zh-Hans');
    kiosk.service.play();
    kiosk.service.pause();
    kiosk.output.latest(ZH_AUDIO).finishLoading();
    await settle();
    expect(kiosk.service.state?.status).toBe('ready');
  });

  it('replaced by a listener of its ready state, does not make the new narration play', async () => {
    const kiosk = createKiosk(CAPTION_FILES, (state) => {
      if (state?.id === 'culture/vision' && state.status === 'ready') kiosk.service.open('culture/spirit', NARRATION, 'zh-Hans');
    });
    kiosk.service.open('culture/vision', NARRATION, 'zh-Hans');
    kiosk.service.play();
    const first = kiosk.output.latest(ZH_AUDIO);
    first.finishLoading();
    await settle();
    expect(first.playing).toBe(false);
    expect(first.unloaded).toBe(true);

    kiosk.output.latest(ZH_AUDIO).finishLoading();
    await settle();
    expect(kiosk.service.state).toMatchObject({ id: 'culture/spirit', status: 'ready' });
  });

  it('ended, starts again from the beginning when played, and moves its captions as it plays', async () => {
    const kiosk = createKiosk();
    const player = await openLoaded(kiosk);
    kiosk.service.play();
    player.seconds = 8.5;
    kiosk.service.tick();
    expect(kiosk.service.state).toMatchObject({ positionSeconds: 8.5, cueIndex: 2 });
    player.reachEnd();
    expect(kiosk.service.state).toMatchObject({ status: 'ended', positionSeconds: 12, cueIndex: -1 });

    kiosk.service.play();
    expect(kiosk.service.state).toMatchObject({ status: 'playing', positionSeconds: 0 });
    expect(player.seconds).toBe(0);
  });

  it('closed while playing, fades out and then unloads, back to no player at all', async () => {
    const kiosk = createKiosk();
    const player = await openLoaded(kiosk);
    kiosk.service.play();
    kiosk.service.close();
    expect(kiosk.service.state).toBeNull();
    expect(player.volume()).toBe(0);
    expect(kiosk.output.livePlayerCount()).toBe(1);
    kiosk.clock.advance(350);
    expect(kiosk.output.livePlayerCount()).toBe(0);
  });
});

describe('NarrationOnDemand', () => {
  function onDemand() {
    const output = new FakeAudioOutput();
    const published: (NarrationState | null)[] = [];
    const narration = new NarrationOnDemand({
      volumeCap: 0.8,
      staffLog: new StaffLog(),
      onChange: (state) => published.push(state),
      audioOutput: output,
      schedule: new ManualClock().schedule,
      readTextFile: (url) => (url in CAPTION_FILES ? Promise.resolve(CAPTION_FILES[url as keyof typeof CAPTION_FILES]) : Promise.reject(new Error('HTTP 404'))),
    });
    return { output, published, narration };
  }

  it('carries out, in order, what was asked while its code loaded', async () => {
    const { output, published, narration } = onDemand();
    narration.open('culture/vision', NARRATION, 'zh-Hans');
    expect(output.players).toHaveLength(0);
    await narration.load();
    output.latest(ZH_AUDIO).finishLoading();
    await settle();
    expect(published.at(-1)).toMatchObject({ id: 'culture/vision', status: 'ready' });
    expect(narration.cues.map((cue) => cue.text)).toEqual(['第一句。', '第二句。', '第三句。']);
    narration.play();
    expect(published.at(-1)).toMatchObject({ status: 'playing' });

    const later = onDemand();
    later.narration.open('culture/vision', NARRATION, 'zh-Hans');
    later.narration.close();
    await later.narration.load();
    await settle();
    // Opened and closed before the code arrived: closed once it did.
    expect(later.published.at(-1) ?? null).toBeNull();
    expect(later.output.livePlayerCount()).toBe(0);
  });

  it('has nothing to close before anything was opened, and no captions to show', () => {
    const { output, published, narration } = onDemand();
    narration.close();
    narration.tick();
    expect(narration.cues).toEqual([]);
    expect(narration.liveHowlCount()).toBe(0);
    expect(published).toEqual([]);
    expect(output.players).toHaveLength(0);
  });
});
