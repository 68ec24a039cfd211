import type { StaffText } from './contentProblem.ts';
import type { ContentDate, LanguageCode } from './contentTypes.ts';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2200;

export type DateParseResult =
  | { readonly ok: true; readonly date: ContentDate }
  | {
    readonly ok: false;
    /** Why, for staff, in every staff language. */
    readonly staffReason: StaffText;
    /** The same in English (staffReason.en), for callers that log in English only. */
    readonly reason: string;
  };

function refused(staffReason: StaffText): DateParseResult {
  return { ok: false, staffReason, reason: staffReason.en };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the reason on failure is written for staff. */
export function parseContentDate(text: string): DateParseResult {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) {
    return refused({
      'zh-Hans': `“${text}”不是日期，日期要写成 YYYY、YYYY-MM 或 YYYY-MM-DD 的形式`,
      en: `"${text}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`,
    });
  }
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return refused({
      'zh-Hans': `年份 ${year} 不在 ${EARLIEST_YEAR} 到 ${LATEST_YEAR} 之间`,
      en: `the year ${year} is outside ${EARLIEST_YEAR}-${LATEST_YEAR}`,
    });
  }
  if (month !== null && (month < 1 || month > 12)) {
    return refused({
      'zh-Hans': `“${text}”里的月份是 ${month}，但月份只能是 01 到 12`,
      en: `"${text}" has month ${month}, but months run from 01 to 12`,
    });
  }
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) {
    const monthText = `${year}-${String(month).padStart(2, '0')}`;
    return refused({
      'zh-Hans': `“${text}”里的日是 ${day}，但 ${year} 年 ${month} 月只有 ${daysInMonth(year, month)} 天`,
      en: `"${text}" has day ${day}, but ${monthText} has ${daysInMonth(year, month)} days`,
    });
  }
  return { ok: true, date: { year, month, day } };
}

/**
 * Where a date sits on the time axis, in fractional years. A year-only date sits mid-year and
 * a month-only date mid-month, so that an imprecise date is never drawn as if it were precise.
 */
export function timePositionOf(date: ContentDate): number {
  if (date.month === null) return date.year + 0.5;
  const daysInYear = daysInMonth(date.year, 2) === 29 ? 366 : 365;
  const dayOfYearStart = (Date.UTC(date.year, date.month - 1, 1) - Date.UTC(date.year, 0, 1)) / 86_400_000;
  if (date.day === null) {
    return date.year + (dayOfYearStart + daysInMonth(date.year, date.month) / 2) / daysInYear;
  }
  return date.year + (dayOfYearStart + date.day - 0.5) / daysInYear;
}

/** The first and last instants (fractional years) that a date may mean. */
export function timeSpanOf(date: ContentDate): { readonly start: number; readonly end: number } {
  if (date.month === null) return { start: date.year, end: date.year + 1 };
  const start = timePositionOf({ year: date.year, month: date.month, day: 1 }) - 0.5 / 365;
  if (date.day === null) {
    const nextMonth = date.month === 12 ? { year: date.year + 1, month: 1 } : { year: date.year, month: date.month + 1 };
    return { start, end: timePositionOf({ ...nextMonth, day: 1 }) - 0.5 / 365 };
  }
  const position = timePositionOf(date);
  return { start: position - 0.5 / 365, end: position + 0.5 / 365 };
}

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * A date for visitors: 2021年12月9日 / 9 December 2021; only as precise as the date itself.
 * Languages other than Chinese and English fall back to ISO form, which every reader can parse.
 */
export function formatContentDate(date: ContentDate, language: LanguageCode): string {
  if (language.startsWith('zh')) {
    return `${date.year}年${date.month === null ? '' : `${date.month}月`}${date.day === null ? '' : `${date.day}日`}`;
  }
  if (language.startsWith('en')) {
    if (date.month === null) return String(date.year);
    const monthName = ENGLISH_MONTHS[date.month - 1] ?? '';
    return date.day === null ? `${monthName} ${date.year}` : `${date.day} ${monthName} ${date.year}`;
  }
  return [date.year, date.month, date.day]
    .filter((part): part is number => part !== null)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-');
}

/** The date a visitor reads for an event: the staff's label for approximate dates, else the formatted date. */
export function eventDateText(
  event: { readonly date: ContentDate; readonly dateLabel: Readonly<Record<LanguageCode, string>> | null },
  language: LanguageCode,
): string {
  return event.dateLabel?.[language] ?? formatContentDate(event.date, language);
}
