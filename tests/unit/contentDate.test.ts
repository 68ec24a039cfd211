import { describe, expect, it } from 'vitest';
import { eventDateText, formatContentDate, parseContentDate, timePositionOf, timeSpanOf } from '../../src/contentModel/contentDate.ts';

describe('parseContentDate', () => {
  it('keeps only the precision the source gives', () => {
    expect(parseContentDate('1921-07')).toEqual({ ok: true, date: { year: 1921, month: 7, day: null } });
    expect(parseContentDate('2019')).toEqual({ ok: true, date: { year: 2019, month: null, day: null } });
    expect(parseContentDate('1949-10-01')).toEqual({ ok: true, date: { year: 1949, month: 10, day: 1 } });
  });

  it('explains impossible dates in words', () => {
    const month = parseContentDate('2021-13-01');
    expect(month.ok).toBe(false);
    if (!month.ok) expect(month.reason).toContain('month 13');
    const day = parseContentDate('2022-02-30');
    expect(day.ok).toBe(false);
    if (!day.ok) expect(day.reason).toContain('has 28 days');
    expect(parseContentDate('2024-02-29').ok).toBe(true);
    expect(parseContentDate('9 Dec 2021').ok).toBe(false);
    expect(parseContentDate('21-12-09').ok).toBe(false);
  });
});

describe('formatContentDate', () => {
  it('writes dates the way visitors read them: 2021年12月9日 and 9 December 2021, a month without a day', () => {
    const date = { year: 2021, month: 12, day: 9 };
    expect(formatContentDate(date, 'zh-Hans')).toBe('2021年12月9日');
    expect(formatContentDate(date, 'en')).toBe('9 December 2021');
    expect(formatContentDate({ year: 1921, month: 7, day: null }, 'en')).toBe('July 1921');
    expect(formatContentDate({ year: 1921, month: 7, day: null }, 'zh-Hans')).toBe('1921年7月');
    expect(formatContentDate({ year: 2019, month: null, day: null }, 'zh-Hans')).toBe('2019年');
    expect(formatContentDate({ year: 2019, month: null, day: null }, 'en')).toBe('2019');
  });

  it('prefers the staff label for approximate dates', () => {
    const event = { date: { year: 2020, month: null, day: null }, dateLabel: { 'zh-Hans': '2020年底', en: 'Late 2020' } };
    expect(eventDateText(event, 'zh-Hans')).toBe('2020年底');
    expect(eventDateText(event, 'en')).toBe('Late 2020');
    expect(eventDateText({ ...event, dateLabel: null }, 'en')).toBe('2020');
  });
});

describe('time positions', () => {
  it('orders dates and keeps each inside its own span', () => {
    const founding = timePositionOf({ year: 1921, month: 7, day: null });
    expect(founding).toBeGreaterThan(1921.5);
    expect(founding).toBeLessThan(1921.584);
    const yearOnly = timePositionOf({ year: 2019, month: null, day: null });
    expect(yearOnly).toBe(2019.5);
    const firstDay = timePositionOf({ year: 2022, month: 1, day: 1 });
    expect(firstDay).toBeGreaterThan(2022);
    expect(firstDay).toBeLessThan(2022.003);
    const span = timeSpanOf({ year: 2022, month: 10, day: null });
    const midOctober = timePositionOf({ year: 2022, month: 10, day: 15 });
    expect(span.start).toBeLessThan(midOctober);
    expect(span.end).toBeGreaterThan(midOctober);
    expect(span.end).toBeLessThan(timePositionOf({ year: 2022, month: 11, day: 1 }));
  });
});
