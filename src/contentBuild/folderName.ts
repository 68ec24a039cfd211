/**
 * A folder name (an item's id) suggested from its title: lower-case ASCII words joined by
 * hyphens, Chinese spelt in pinyin without tones, led by the year for an event. The check
 * suggests it when a folder is named in Chinese, and the staff studio when it makes a folder.
 */
import { pinyin } from 'pinyin-pro';

/** Enough to recognise the item in a list of folders; a whole sentence makes an unwieldy id. */
const MAX_WORDS = 6;
const HAN_RUN = /\p{Script=Han}+/gu;
const YEAR = /^\d{4}$/;

/** The title's words: Chinese as one pinyin syllable per character, other letters and digits as written, accents dropped. */
function wordsOf(title: string): string[] {
  const spelt = title.replace(HAN_RUN, (run) => ` ${pinyin(run, { toneType: 'none', type: 'array' }).join(' ')} `);
  return spelt
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * `suggestFolderName('2023', '中国科技馆')` is `2023-zhong-guo-ke-ji-guan`;
 * `suggestFolderName('2023', 'New hall opens')` is `2023-new-hall-opens`. The year is used only
 * when it is four digits, and not repeated when the title starts with it (`2023年…`); a title
 * with nothing to spell gives `<year>-new-event` (or `new-item` without a year), never `2023--`.
 */
export function suggestFolderName(year: string | undefined, title: string): string {
  const leadingYear = year !== undefined && YEAR.test(year.trim()) ? year.trim() : undefined;
  let words = wordsOf(title);
  if (leadingYear !== undefined && words[0] === leadingYear) words = words.slice(words[1] === 'nian' ? 2 : 1);
  const kept = words.slice(0, MAX_WORDS);
  if (leadingYear === undefined) return kept.length > 0 ? kept.join('-') : 'new-item';
  return [leadingYear, ...(kept.length > 0 ? kept : ['new', 'event'])].join('-');
}
