/**
 * `npm run media:check -- --lang zh-Hant`: every text the build would turn into 繁體中文, with the
 * file it comes from, so a reader of traditional Chinese can review OpenCC's choices and write a
 * `zh-Hant:` line where one is wrong. Staff's own zh-Hant lines are listed too, marked as used.
 */
import type { TraditionalConversion } from '../contentBuild/traditionalChinese.ts';
import type { StaffLanguage } from '../contentModel/contentProblem.ts';

/** The content file a bundle path comes from (`events › party/1949-prc-founded › title` → its event.yaml). */
function fileOf(where: string, displayRoot: string): string {
  const [section = '', id = '', third = '', fourth = ''] = where.split(' › ');
  switch (section) {
    case 'events': return `${displayRoot}/timeline/${id}/event.yaml`;
    case 'panelGroups': return third === 'panels' ? `${displayRoot}/panels/${fourth}/panel.yaml` : `${displayRoot}/panels/${id}/group.yaml`;
    case 'tours': return `${displayRoot}/tours/${id}.yaml`;
    case 'tracks': return `${displayRoot}/tracks.yaml`;
    default: return `${displayRoot}/${section}`;
  }
}

/** The field inside the file: the path after the item's own id (`title`, `narration › text`). */
function fieldOf(where: string): string {
  const parts = where.split(' › ');
  if (parts[0] === 'tracks') return parts.slice(1).join('.');
  const start = parts[0] === 'panelGroups' && parts[2] === 'panels' ? 4 : 2;
  return parts.slice(start).join('.') || parts.at(-1) || '';
}

export function traditionalReview(conversions: readonly TraditionalConversion[], displayRoot: string, language: StaffLanguage): string[] {
  const lines = conversions.map((conversion) => {
    const where = `${fileOf(conversion.where, displayRoot)} ${fieldOf(conversion.where)}`;
    if (conversion.staffWrote) {
      return language === 'zh-Hans'
        ? `${where}：使用员工写的 zh-Hant（OpenCC 会写成“${conversion.traditional}”）`
        : `${where}: staff's zh-Hant is used (OpenCC would write "${conversion.traditional}")`;
    }
    const oneLine = (text: string): string => text.replace(/\s*\n+\s*/g, ' ¶ ');
    return `${where}: ${oneLine(conversion.simplified)} → ${oneLine(conversion.traditional)}`;
  });
  const ownCount = conversions.filter((conversion) => conversion.staffWrote).length;
  lines.push('', language === 'zh-Hans'
    ? `繁體中文：${conversions.length - ownCount} 处由 OpenCC 转换，${ownCount} 处使用员工写的 zh-Hant。哪一处不对，就在那个字段下面加一行 zh-Hant: 写上正确的文字。`
    : `繁體中文: ${conversions.length - ownCount} text(s) converted by OpenCC, ${ownCount} written by staff. Where one is wrong, add a zh-Hant: line under that field with the right words.`);
  return lines;
}
