/**
 * The corridor's time scale, computed from the content alone (no three.js, unit-tested): a year
 * is as long as its busiest track needs for its cards, a short run of empty years keeps a little
 * room each, and a long run of empty years (a stretch like 1922-1948) is folded into one short
 * break that the scene marks on the wall with its true first and last year. Inside a break time
 * still runs linearly, so every position is a true date and every year mark is where it says.
 */

/** An empty run this long or longer is folded into a marked break. */
export const BREAK_MIN_EMPTY_YEARS = 3;
/** An empty year outside a break keeps this share of one card's room. */
const EMPTY_YEAR_SHARE = 0.5;
/** A folded break takes this share of one card's room, whatever its length. */
const BREAK_SHARE = 1.1;

export interface ScaleEvent {
  readonly trackId: string;
  /** Fractional years (1949.75 for October 1949). */
  readonly timePosition: number;
}

/** A run of empty years folded into a short stretch of wall. */
export interface TimeBreak {
  /** The first and last empty year folded in. */
  readonly fromYear: number;
  readonly toYear: number;
  readonly startX: number;
  readonly endX: number;
}

export interface TimeScale {
  readonly firstYear: number;
  /** The last year shown (its end is `xOfYearStart(lastYear + 1)`). */
  readonly lastYear: number;
  /** x of the start of each year from firstYear to lastYear + 1. */
  readonly yearStarts: Float64Array;
  readonly breaks: readonly TimeBreak[];
  /** Years that hold at least one event (they get a labelled mark). */
  readonly eventYears: ReadonlySet<number>;
}

/**
 * `slot` is the wall length one card needs (width plus gap, along the wall). The busiest track
 * of a year decides its length: five museum events in 2022, in two rows, make 2022 three slots long.
 */
export function buildTimeScale(events: readonly ScaleEvent[], slot: number, rows = 1): TimeScale {
  const years = events.map((event) => Math.floor(event.timePosition));
  const firstYear = years.length > 0 ? Math.min(...years) : 2000;
  const lastYear = years.length > 0 ? Math.max(...years) : 2000;
  const count = lastYear - firstYear + 1;
  const demand = new Map<string, number>();
  const busiest = new Float64Array(count);
  for (const [index, event] of events.entries()) {
    const year = years[index] ?? firstYear;
    const key = `${event.trackId}|${year}`;
    const next = (demand.get(key) ?? 0) + 1;
    demand.set(key, next);
    busiest[year - firstYear] = Math.max(busiest[year - firstYear] ?? 0, next);
  }
  const widths = new Float64Array(count);
  const breaks: { fromYear: number; toYear: number }[] = [];
  let year = 0;
  while (year < count) {
    if ((busiest[year] ?? 0) > 0) {
      widths[year] = Math.ceil((busiest[year] ?? 1) / rows) * slot;
      year += 1;
      continue;
    }
    let end = year;
    while (end < count && (busiest[end] ?? 0) === 0) end += 1;
    const run = end - year;
    const perYear = run >= BREAK_MIN_EMPTY_YEARS ? (BREAK_SHARE * slot) / run : EMPTY_YEAR_SHARE * slot;
    for (let index = year; index < end; index += 1) widths[index] = perYear;
    if (run >= BREAK_MIN_EMPTY_YEARS) breaks.push({ fromYear: firstYear + year, toYear: firstYear + end - 1 });
    year = end;
  }
  const yearStarts = new Float64Array(count + 1);
  for (let index = 0; index < count; index += 1) yearStarts[index + 1] = (yearStarts[index] ?? 0) + (widths[index] ?? 0);
  const scale = { firstYear, lastYear, yearStarts, eventYears: new Set(years) };
  return {
    ...scale,
    breaks: breaks.map((folded) => ({
      ...folded,
      startX: xOfTime(scale, folded.fromYear),
      endX: xOfTime(scale, folded.toYear + 1),
    })),
  };
}

/** The wall position of a moment (fractional years); outside the content's years it clamps. */
export function xOfTime(scale: Pick<TimeScale, 'firstYear' | 'lastYear' | 'yearStarts'>, timePosition: number): number {
  const last = scale.lastYear - scale.firstYear + 1;
  const offset = Math.min(last, Math.max(0, timePosition - scale.firstYear));
  const index = Math.min(last - 1, Math.floor(offset));
  const start = scale.yearStarts[index] ?? 0;
  const end = scale.yearStarts[index + 1] ?? start;
  return start + (end - start) * (offset - index);
}

/** The moment at a wall position: the inverse of xOfTime. */
export function timeOfX(scale: Pick<TimeScale, 'firstYear' | 'lastYear' | 'yearStarts'>, x: number): number {
  const starts = scale.yearStarts;
  const last = starts.length - 1;
  if (x <= (starts[0] ?? 0)) return scale.firstYear;
  if (x >= (starts[last] ?? 0)) return scale.lastYear + 1;
  let low = 0;
  let high = last;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) <= x) low = middle;
    else high = middle;
  }
  const start = starts[low] ?? 0;
  const end = starts[low + 1] ?? start;
  return scale.firstYear + low + (end > start ? (x - start) / (end - start) : 0);
}

/** The length of the whole corridor. */
export function scaleLength(scale: TimeScale): number {
  return scale.yearStarts[scale.yearStarts.length - 1] ?? 0;
}

export interface YearMark {
  readonly year: number;
  readonly x: number;
  /** Decades are drawn larger: the marks a visitor reads from far out. */
  readonly decade: boolean;
}

/**
 * The labelled marks: every year that holds an event and every decade, except those folded in a
 * break (the break shows its own first and last year instead).
 */
export function yearMarks(scale: TimeScale): YearMark[] {
  const inBreak = (year: number): boolean => scale.breaks.some((folded) => year >= folded.fromYear && year <= folded.toYear);
  const marks: YearMark[] = [];
  for (let year = scale.firstYear; year <= scale.lastYear; year += 1) {
    const decade = year % 10 === 0;
    if (inBreak(year) || (!decade && !scale.eventYears.has(year))) continue;
    marks.push({ year, x: xOfTime(scale, year), decade });
  }
  return marks;
}
