/**
 * Which visitor statistics a change of state counts: a visit begun, an event or panel opened, a
 * language chosen during a visit, a narration started and finished. Pure, so a test can read
 * off what one tap records; `followVisitorStatistics` feeds it every change.
 */
import type { KioskMode, KioskState, KioskStore } from './KioskState.ts';
import type { StatisticMetric, VisitorStatistics } from './VisitorStatistics.ts';

export interface StatisticRecord {
  readonly metric: StatisticMetric;
  readonly item?: string;
}

function isVisiting(mode: KioskMode): boolean {
  return mode === 'explore' || mode === 'panel';
}

export function statisticsOfChange(state: KioskState, previous: KioskState, isEvent: (id: string) => boolean): StatisticRecord[] {
  const records: StatisticRecord[] = [];
  if (isVisiting(state.mode) && previous.mode === 'attract') records.push({ metric: 'visit' });
  if (state.focused && state.focused !== previous.focused) records.push({ metric: isEvent(state.focused) ? 'event-opened' : 'panel-opened', item: state.focused });
  if (state.language !== previous.language && isVisiting(state.mode)) records.push({ metric: 'language-chosen', item: state.language });
  const narration = state.narration;
  const before = previous.narration?.id === narration?.id ? previous.narration : null;
  if (narration?.status === 'playing' && (before?.status === 'ready' || before === null)) records.push({ metric: 'narration-started', item: narration.id });
  if (narration?.status === 'ended' && before?.status !== 'ended') records.push({ metric: 'narration-finished', item: narration.id });
  return records;
}

export function followVisitorStatistics(store: KioskStore, statistics: Pick<VisitorStatistics, 'record'>, isEvent: (id: string) => boolean): void {
  store.watch(['mode', 'focused', 'language', 'narration'], (state, previous) => {
    for (const { metric, item } of statisticsOfChange(state, previous, isEvent)) statistics.record(metric, item);
  });
}
