/**
 * Problems are written for the staff member who will fix them, in either of the languages staff
 * read (`staff.language` in kiosk.yaml, or `media:check --lang`). Both texts sit side by side
 * where each problem is found, so a translation never drifts away from the case it explains.
 */

/** The languages media:check and the staff views speak; not the visitor languages. */
export const STAFF_LANGUAGES = ['zh-Hans', 'en'] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

/** One text for staff in every staff language. Chinese uses Chinese punctuation; names, ids and commands stay as typed. */
export interface StaffText {
  readonly 'zh-Hans': string;
  readonly en: string;
}

export function isStaffLanguage(value: unknown): value is StaffLanguage {
  return typeof value === 'string' && (STAFF_LANGUAGES as readonly string[]).includes(value);
}

/** One thing wrong with the content, written for the staff member who will fix it. */
export interface ContentProblem {
  readonly severity: 'error' | 'warning';
  /** Path from the project root, e.g. `media/timeline/party/1921-cpc-founded/event.yaml`. */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the whole file or folder. */
  readonly line: number;
  /** What is wrong, in plain words (no full stop: formatProblem adds it). */
  readonly message: StaffText;
  /** How to fix it. */
  readonly fix: StaffText;
}

const SEVERITY_WORDS: Readonly<Record<ContentProblem['severity'], StaffText>> = {
  error: { 'zh-Hans': '错误', en: 'error' },
  warning: { 'zh-Hans': '警告', en: 'warning' },
};

/**
 * `file:line: error: what is wrong. Fix: how to fix it`, or in Chinese
 * `file:line: 错误：哪里不对。修改方法：怎么改`. The `file:line: ` prefix stays the same in both
 * languages: it is the form editors and CI logs turn into a link.
 */
export function formatProblem(problem: ContentProblem, language: StaffLanguage): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  const severity = SEVERITY_WORDS[problem.severity][language];
  if (language === 'zh-Hans') return `${where}: ${severity}：${problem.message['zh-Hans']}。修改方法：${problem.fix['zh-Hans']}`;
  return `${where}: ${severity}: ${problem.message.en}. Fix: ${problem.fix.en}`;
}

/** Sorted by file and line; the English message breaks ties so that the order never depends on the language. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.en.localeCompare(b.message.en),
  );
}
