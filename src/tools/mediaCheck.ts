/**
 * npm run media:check [-- --media <folder>] [--lang zh-Hans|en|zh-Hant] [--json]
 *
 * `--lang zh-Hant` lists, for review, every text the build would convert to 繁體中文 (OpenCC).
 * Checks every content file and prints every problem at once as `file:line: what is wrong.
 * Fix: how` (in Chinese `file:line: 错误：哪里不对。修改方法：怎么改`), in the staff's language:
 * --lang, else kiosk.yaml's `staff.language` (see MediaValidation.staffLanguage). Exits 1 when
 * there is an error (the build would refuse the content), 2 when the check cannot run, 0 otherwise.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, isStaffLanguage, STAFF_LANGUAGES, type StaffLanguage, type StaffText } from '../contentModel/contentProblem.ts';
import { checkMediaFolder } from '../contentBuild/checkMediaFolder.ts';
import type { MediaValidation } from '../contentBuild/validateMedia.ts';
import { traditionalReview } from './traditionalReview.ts';

const USAGE = 'npm run media:check -- [--lang zh-Hans|en|zh-Hant] [--json] [--media <folder>]';
/** Not a staff language: asks for the list of traditional conversions instead. */
const TRADITIONAL_REVIEW = 'zh-Hant';

function readOptions(): { media: string; lang?: string | undefined; json: boolean } {
  try {
    return parseArgs({
      options: {
        media: { type: 'string', default: 'media' },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    // A mistyped option (or a forgotten "--" after "npm run media:check") deserves words, not a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`media:check 看不懂这条命令：${reason}。修改方法：写成 ${USAGE}（注意 npm run media:check 后面的 --）`);
    console.error(`media:check did not understand the command: ${reason}. Fix: write ${USAGE} (note the -- after npm run media:check)`);
    process.exit(2);
  }
}

const values = readOptions();

const reviewTraditional = values.lang === TRADITIONAL_REVIEW;
if (values.lang !== undefined && !reviewTraditional && !isStaffLanguage(values.lang)) {
  // Whoever typed it may read either language: say it in both.
  const allowed = STAFF_LANGUAGES.join(' | ');
  console.error(`media:check 不认识 --lang ${values.lang}。修改方法：写 --lang ${allowed}（zh-Hans 为中文，en 为英文），或 --lang zh-Hant 列出繁體轉換`);
  console.error(`media:check does not know --lang ${values.lang}. Fix: write --lang ${allowed} (zh-Hans for Chinese, en for English), or --lang zh-Hant to list the traditional conversions`);
  process.exit(2);
}
const requestedLanguage: StaffLanguage | null = isStaffLanguage(values.lang) ? values.lang : null;

const mediaRoot = resolve(values.media);
let validation: MediaValidation;
try {
  validation = await checkMediaFolder(mediaRoot, { mediaUrl: (file) => file, displayRoot: values.media.replace(/\/+$/, '') });
} catch (error) {
  // Without the folder there is no kiosk.yaml to name the staff language: Chinese unless asked.
  const messageLanguage = requestedLanguage ?? 'zh-Hans';
  const reason = error instanceof Error ? error.message : String(error);
  const unreadable: StaffText = {
    'zh-Hans': `media:check 无法读取 ${mediaRoot}：${reason}`,
    en: `media:check could not read ${mediaRoot}: ${reason}`,
  };
  const fix: StaffText = {
    'zh-Hans': '修改方法：在项目文件夹里运行这条命令，或者用 --media <文件夹> 指定内容文件夹。',
    en: 'Fix: run the command from the project folder, or pass the content folder with --media <folder>.',
  };
  console.error(unreadable[messageLanguage]);
  console.error(fix[messageLanguage]);
  process.exit(2);
}

const language: StaffLanguage = requestedLanguage ?? validation.staffLanguage;
/** The text in the language of this run. */
const say = (text: StaffText): string => text[language];

if (reviewTraditional) {
  for (const line of traditionalReview(validation.traditionalConversions, values.media.replace(/\/+$/, ''), language)) console.log(line);
  if (!validation.bundle.settings.languages.includes(TRADITIONAL_REVIEW)) {
    console.log(say({
      'zh-Hans': '注意：kiosk.yaml 的 languages 里没有 zh-Hant，参观者现在还不能选择繁體中文。',
      en: 'Note: kiosk.yaml does not list zh-Hant under languages, so visitors cannot choose 繁體中文 yet.',
    }));
  }
} else if (values.json) {
  console.log(JSON.stringify({
    ok: validation.errorCount === 0,
    language,
    errors: validation.errorCount,
    warnings: validation.warningCount,
    problems: validation.problems.map((problem) => ({
      file: problem.file,
      line: problem.line,
      severity: problem.severity,
      message: say(problem.message),
      fix: say(problem.fix),
      text: formatProblem(problem, language),
    })),
    summary: validation.summary,
    contentVersion: validation.bundle.version,
  }, null, 2));
} else {
  for (const problem of validation.problems) console.log(formatProblem(problem, language));
  const { summary } = validation;
  const countsOf = (counts: Readonly<Record<string, number>>): StaffText => ({
    'zh-Hans': Object.entries(counts).map(([id, count]) => `${id} ${count} 个`).join('，'),
    en: Object.entries(counts).map(([id, count]) => `${count} ${id}`).join(', '),
  });
  const total = (counts: Readonly<Record<string, number>>): number => Object.values(counts).reduce((a, b) => a + b, 0);
  const tracks = countsOf(summary.eventsByTrack);
  const groups = countsOf(summary.panelsByGroup);
  if (validation.problems.length > 0) console.log('');
  console.log(say({
    'zh-Hans': `事件：${total(summary.eventsByTrack)} 个（${tracks['zh-Hans']}）`,
    en: `Events: ${total(summary.eventsByTrack)} (${tracks.en})`,
  }));
  console.log(say({
    'zh-Hans': `专题：${total(summary.panelsByGroup)} 个（${groups['zh-Hans']}）`,
    en: `Panels: ${total(summary.panelsByGroup)} (${groups.en})`,
  }));
  console.log(say({ 'zh-Hans': `语言：${summary.languages.join('、')}`, en: `Languages: ${summary.languages.join(', ')}` }));
  console.log(say({
    'zh-Hans': `讲解：${summary.narratedItems} 段有文字，${summary.recordedNarrations} 段有录音；导览路线：${summary.tours} 条`,
    en: `Narrations: ${summary.narratedItems} with text, ${summary.recordedNarrations} with recordings; tours: ${summary.tours}`,
  }));
  if (validation.errorCount > 0) {
    console.log(`\n${say({
      'zh-Hans': `${validation.errorCount} 个错误，${validation.warningCount} 个警告。改正全部错误之前不会生成新版本；展厅的触摸屏继续显示上一个正确的版本。`,
      en: `${validation.errorCount} error(s), ${validation.warningCount} warning(s). The kiosk will not be built until the errors are fixed; the kiosks keep showing the last good version.`,
    })}`);
  } else {
    console.log(`\n${say({
      'zh-Hans': `内容检查通过（版本 ${validation.bundle.version}），${validation.warningCount} 个警告。`,
      en: `Content OK (version ${validation.bundle.version}), ${validation.warningCount} warning(s).`,
    })}`);
  }
}
process.exit(validation.errorCount > 0 ? 1 : 0);
