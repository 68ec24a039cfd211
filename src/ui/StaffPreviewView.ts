/**
 * The staff preview (`/?staff-preview=1`): every event and panel with what it still lacks
 * (narration text, a recording in a language, captions, a picture's credit), and a button that
 * opens it in the kiosk. For checking a change before it is published; visitors never see it.
 * It speaks the staff's language (kiosk.yaml `staff.language`), like media:check.
 */
import { formatProblem, type ContentProblem, type StaffLanguage } from '../contentModel/contentProblem.ts';
import type { ContentBundle, Narration } from '../contentModel/contentTypes.ts';
import { eventDateText } from '../contentModel/contentDate.ts';
import { createElement } from './dom.ts';

interface PreviewRow {
  readonly id: string;
  readonly kind: string;
  readonly when: string;
  readonly title: string;
  readonly notes: readonly string[];
}

interface PreviewWords {
  readonly headings: readonly string[];
  readonly complete: string;
  readonly open: string;
  readonly noNarrationText: string;
  readonly pictureWithoutCredit: string;
  noRecording(language: string): string;
  noCaptions(language: string): string;
  title(version: string): string;
  summary(items: number, complete: number, languages: string, tours: string): string;
}

const LANGUAGE_NAMES: Readonly<Record<StaffLanguage, Readonly<Record<string, string>>>> = {
  'zh-Hans': { 'zh-Hans': '中文', en: '英文', 'zh-Hant': '繁體中文（自动转换）' },
  en: { 'zh-Hans': 'Chinese', en: 'English', 'zh-Hant': 'Traditional Chinese (converted)' },
};

const WORDS: Readonly<Record<StaffLanguage, PreviewWords>> = {
  'zh-Hans': {
    headings: ['编号', '时间线 / 分组', '日期', '标题', '状态', ''],
    complete: '完整',
    open: '在触摸屏中打开',
    noNarrationText: '没有讲解文字',
    pictureWithoutCredit: '图片没有署名（credit）',
    noRecording: (language) => `缺少${LANGUAGE_NAMES['zh-Hans'][language] ?? language}录音`,
    noCaptions: (language) => `缺少${LANGUAGE_NAMES['zh-Hans'][language] ?? language}字幕`,
    title: (version) => `内容预览 · 版本 ${version}`,
    summary: (items, complete, languages, tours) =>
      `共 ${items} 项，${complete} 项完整，${items - complete} 项还缺东西。语言：${languages}。导览路线：${tours || '无'}。`,
  },
  en: {
    headings: ['id', 'track / group', 'date', 'title', 'status', ''],
    complete: 'complete',
    open: 'open in the kiosk',
    noNarrationText: 'no narration text',
    pictureWithoutCredit: 'picture without credit',
    noRecording: (language) => `no ${LANGUAGE_NAMES.en[language] ?? language} recording`,
    noCaptions: (language) => `no ${LANGUAGE_NAMES.en[language] ?? language} captions`,
    title: (version) => `Content preview · version ${version}`,
    summary: (items, complete, languages, tours) =>
      `${items} items, ${complete} complete, ${items - complete} with something missing. Languages: ${languages}. Tours: ${tours || 'none'}.`,
  },
};

function narrationNotes(narration: Narration | null, languages: readonly string[], words: PreviewWords): string[] {
  if (!narration) return [words.noNarrationText];
  return languages.flatMap((language) => [
    ...(narration.audio[language] ? [] : [words.noRecording(language)]),
    ...(narration.captions[language] ? [] : [words.noCaptions(language)]),
  ]);
}

/** The problems media:check found are listed with their items. */
export function createStaffPreview(content: ContentBundle, problems: readonly ContentProblem[], staffLanguage: StaffLanguage): HTMLElement {
  const words = WORDS[staffLanguage];
  const languages = content.settings.languages;
  const first = languages[0] ?? 'zh-Hans';
  const problemsFor = (id: string): string[] => problems
    .filter((problem) => problem.file.includes(`/${id}/`))
    .map((problem) => formatProblem(problem, staffLanguage));
  const rows: PreviewRow[] = [
    ...content.events.map((event) => ({
      id: event.id,
      kind: event.trackId,
      when: eventDateText(event, first),
      title: event.title[first] ?? event.id,
      notes: [
        ...narrationNotes(event.narration, languages, words),
        ...(event.image && !event.image.credit ? [words.pictureWithoutCredit] : []),
        ...problemsFor(event.id),
      ],
    })),
    ...content.panelGroups.flatMap((group) => group.panels.map((panel) => ({
      id: panel.id,
      kind: group.id,
      when: '',
      title: panel.title[first] ?? panel.id,
      notes: [...narrationNotes(panel.narration, languages, words), ...problemsFor(panel.id)],
    }))),
  ];
  const complete = rows.filter((row) => row.notes.length === 0).length;
  const table = createElement('table', { className: 'staff-preview__table' }, [
    createElement('thead', {}, [createElement('tr', {}, words.headings.map((heading) => createElement('th', { text: heading })))]),
    createElement('tbody', {}, rows.map((row) => createElement('tr', { attributes: { 'data-item-id': row.id } }, [
      createElement('td', { text: row.id }),
      createElement('td', { text: row.kind }),
      createElement('td', { text: row.when }),
      createElement('td', { text: row.title }),
      createElement('td', { className: row.notes.length === 0 ? 'staff-preview__complete' : 'staff-preview__incomplete', text: row.notes.length === 0 ? words.complete : row.notes.join('; ') }),
      createElement('td', {}, [createElement('a', { text: words.open, attributes: { href: `/?open=${encodeURIComponent(row.id)}` } })]),
    ]))),
  ]);
  const languageNames = languages.map((language) => LANGUAGE_NAMES[staffLanguage][language] ?? language).join(staffLanguage === 'zh-Hans' ? '、' : ', ');
  return createElement('main', { className: 'staff-preview', attributes: { lang: staffLanguage } }, [
    createElement('h1', { text: words.title(content.version) }),
    createElement('p', { text: words.summary(rows.length, complete, languageNames, content.tours.map((tour) => tour.id).join(', ')) }),
    table,
  ]);
}
