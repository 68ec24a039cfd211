/**
 * The rows of the fact sheet the starter content is built from (the museum's list of dated,
 * sourced events, which is not part of this repository), as the test's independent record: the
 * date exactly as the sheet gives it, its source keys, and a phrase from its Chinese text that the
 * event must contain.
 */
export interface FactSheetRow {
  readonly track: 'party' | 'museum';
  readonly date: string;
  readonly sources: readonly string[];
  readonly phrase: string;
}

export const FACT_SHEET_EVENTS: readonly FactSheetRow[] = [
  { track: 'party', date: '1921-07', sources: ['public'], phrase: '中国共产党' },
  { track: 'party', date: '1949-10-01', sources: ['public'], phrase: '中华人民共和国成立' },
  { track: 'party', date: '1956-01', sources: ['public'], phrase: '向科学进军' },
  { track: 'party', date: '1978-03-18', sources: ['public'], phrase: '全国科学大会' },
  { track: 'party', date: '1978-12', sources: ['public'], phrase: '十一届三中全会' },
  { track: 'party', date: '1995-05', sources: ['public'], phrase: '科教兴国' },
  { track: 'party', date: '2002-06-29', sources: ['public'], phrase: '科学技术普及法' },
  { track: 'party', date: '2016-05-30', sources: ['public'], phrase: '两翼' },
  { track: 'party', date: '2021-07-01', sources: ['public'], phrase: '100周年' },
  { track: 'party', date: '2022-05', sources: ['public', 'article'], phrase: '共青团' },
  { track: 'party', date: '2022-10', sources: ['public', 'article'], phrase: '二十大' },
  { track: 'museum', date: '1988-09-22', sources: ['public'], phrase: '一期' },
  { track: 'museum', date: '2000-04-29', sources: ['public'], phrase: '二期' },
  { track: 'museum', date: '2006-05-09', sources: ['public'], phrase: '奠基' },
  { track: 'museum', date: '2009-09-16', sources: ['public'], phrase: '新馆' },
  { track: 'museum', date: '2019', sources: ['article'], phrase: '礼赞共和国' },
  { track: 'museum', date: '2020-08-25', sources: ['article'], phrase: '小村庄的太空梦' },
  { track: 'museum', date: '2020', sources: ['article'], phrase: '迎建党百年' },
  { track: 'museum', date: '2021', sources: ['article'], phrase: '科创百年' },
  { track: 'museum', date: '2021-12-09', sources: ['public', 'article'], phrase: '天宫课堂' },
  { track: 'museum', date: '2022-02', sources: ['article'], phrase: '冬梦飞扬' },
  { track: 'museum', date: '2022-03-23', sources: ['public', 'article'], phrase: '天宫课堂' },
  { track: 'museum', date: '2022-05', sources: ['article'], phrase: '青年五四奖章' },
  { track: 'museum', date: '2022', sources: ['article'], phrase: '流动' },
  { track: 'museum', date: '2022', sources: ['article'], phrase: '学二十大精神' },
];

/** The cross-track pairs the fact sheet names, by the phrases of their rows. */
export const FACT_SHEET_LINKS: readonly (readonly [string, string])[] = [
  ['party/2021-07-01', 'museum/2021'],
  ['party/2022-05', 'museum/2022-05'],
  ['party/2022-10', 'museum/2022:流动'],
  ['party/2022-10', 'museum/2022:学二十大精神'],
  ['party/1949-10-01', 'museum/2019'],
];

export const FACT_SHEET_PANELS = {
  culture: ['体验科学、启迪创新', '科技教育的先导者、科技馆事业的引领者、科学文化的国际传播者', '至臻至谨、同创同心'],
  awards: ['两优一先', '岗位标兵', '工会先进个人', '巾帼建功能手', '十佳新锐青年', '青年五四奖章'],
  activities: ['升国旗'],
} as const;
