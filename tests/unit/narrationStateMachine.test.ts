import { describe, expect, it } from 'vitest';
import {
  NARRATION_TRANSITIONS,
  narrationTransition,
  publicNarrationStatus,
  type NarrationEffect,
  type NarrationEventType,
  type NarrationMachineStatus,
} from '../../src/audio/narrationStateMachine.ts';

type Row = readonly [NarrationMachineStatus, NarrationEventType, NarrationMachineStatus, readonly NarrationEffect[]];

const CLOSE: readonly NarrationEffect[] = ['releaseRecording', 'publishClosed'];
const CAPTIONS_ONLY: readonly NarrationEffect[] = ['showCaptionsOnly', 'publishState'];
const RELOAD: readonly NarrationEffect[] = ['carryCueToLanguage', 'releaseRecording', 'startLoading'];

/** Written out by hand, row by row, as a reviewer would read the behaviour. */
const EXPECTED_ROWS: readonly Row[] = [
  ['closed', 'opened', 'loading', ['startLoading']],

  ['loading', 'playRequested', 'loadingToPlay', []],
  ['loading', 'seekRequested', 'loading', ['movePosition']],
  ['loading', 'languageChanged', 'loading', RELOAD],
  ['loading', 'recordingLoaded', 'ready', ['placeAtStartCue', 'publishState']],
  ['loading', 'recordingFailed', 'unavailable', CAPTIONS_ONLY],
  ['loading', 'recordingMissing', 'unavailable', CAPTIONS_ONLY],
  ['loading', 'closed', 'closed', CLOSE],

  ['loadingToPlay', 'pauseRequested', 'loading', []],
  ['loadingToPlay', 'seekRequested', 'loadingToPlay', ['movePosition']],
  ['loadingToPlay', 'languageChanged', 'loadingToPlay', RELOAD],
  ['loadingToPlay', 'recordingLoaded', 'ready', ['placeAtStartCue', 'publishState', 'requestPlay']],
  ['loadingToPlay', 'recordingFailed', 'unavailable', CAPTIONS_ONLY],
  ['loadingToPlay', 'recordingMissing', 'unavailable', CAPTIONS_ONLY],
  ['loadingToPlay', 'closed', 'closed', CLOSE],

  ['ready', 'playRequested', 'playing', ['startPlayback', 'publishState']],
  ['ready', 'seekRequested', 'ready', ['movePosition']],
  ['ready', 'languageChanged', 'loading', RELOAD],
  ['ready', 'closed', 'closed', CLOSE],

  ['playing', 'pauseRequested', 'paused', ['fadeOutForPause', 'publishState']],
  ['playing', 'seekRequested', 'playing', ['movePosition']],
  ['playing', 'clockTicked', 'playing', ['followPosition']],
  ['playing', 'languageChanged', 'loadingToPlay', RELOAD],
  ['playing', 'playbackEnded', 'ended', ['markEnded', 'publishState']],
  ['playing', 'playbackFailed', 'unavailable', CAPTIONS_ONLY],
  ['playing', 'closed', 'closed', CLOSE],

  ['paused', 'playRequested', 'playing', ['startPlayback', 'publishState']],
  ['paused', 'pauseFadeFinished', 'paused', ['pausePlayer']],
  ['paused', 'seekRequested', 'paused', ['movePosition']],
  ['paused', 'languageChanged', 'loading', RELOAD],
  ['paused', 'playbackEnded', 'ended', ['markEnded', 'publishState']],
  ['paused', 'closed', 'closed', CLOSE],

  ['ended', 'playRequested', 'playing', ['rewind', 'startPlayback', 'publishState']],
  ['ended', 'seekRequested', 'paused', ['movePosition']],
  ['ended', 'languageChanged', 'loading', RELOAD],
  ['ended', 'closed', 'closed', CLOSE],

  ['unavailable', 'seekRequested', 'unavailable', ['movePosition']],
  ['unavailable', 'languageChanged', 'loading', RELOAD],
  ['unavailable', 'closed', 'closed', CLOSE],
];

const STATUSES = Object.keys(NARRATION_TRANSITIONS) as NarrationMachineStatus[];
const EVENTS: readonly NarrationEventType[] = [
  'opened', 'playRequested', 'pauseRequested', 'seekRequested', 'languageChanged', 'recordingLoaded', 'recordingFailed',
  'recordingMissing', 'playbackFailed', 'playbackEnded', 'pauseFadeFinished', 'clockTicked', 'closed',
];

describe('the narration state table', () => {
  it.each(EXPECTED_ROWS)('in %s, %s leads to %s', (status, event, to, effects) => {
    expect(narrationTransition(status, event)).toEqual({ to, effects });
  });

  it('has no row beyond those written out above, so every change of behaviour shows up here', () => {
    const expected = new Set(EXPECTED_ROWS.map(([status, event]) => `${status} + ${event}`));
    const ignoredOrListed = STATUSES.flatMap((status) => EVENTS.map((event) => [status, event] as const))
      .filter(([status, event]) => narrationTransition(status, event) !== null)
      .map(([status, event]) => `${status} + ${event}`);
    expect(ignoredOrListed.sort()).toEqual([...expected].sort());
  });

  it('ignores what cannot apply: play when captions only, pause when not playing, a late load after a close', () => {
    expect(narrationTransition('unavailable', 'playRequested')).toBeNull();
    expect(narrationTransition('ready', 'pauseRequested')).toBeNull();
    expect(narrationTransition('closed', 'recordingLoaded')).toBeNull();
    expect(narrationTransition('closed', 'closed')).toBeNull();
    expect(narrationTransition('ended', 'clockTicked')).toBeNull();
  });

  it('lets every open narration be closed, and only closing leads to closed', () => {
    for (const status of STATUSES.filter((candidate) => candidate !== 'closed')) {
      expect(narrationTransition(status, 'closed')?.to).toBe('closed');
      for (const event of EVENTS.filter((candidate) => candidate !== 'closed')) {
        expect(narrationTransition(status, event)?.to).not.toBe('closed');
      }
    }
  });

  it('releases the recording on every step that loads another language or closes', () => {
    for (const [, event, , effects] of EXPECTED_ROWS) {
      if (event === 'languageChanged' || event === 'closed') expect(effects).toContain('releaseRecording');
    }
  });
});

describe('publicNarrationStatus', () => {
  it('shows loading while play waits for the recording, and nothing while closed', () => {
    expect(publicNarrationStatus('loadingToPlay')).toBe('loading');
    expect(publicNarrationStatus('closed')).toBeNull();
    expect(publicNarrationStatus('paused')).toBe('paused');
  });
});
