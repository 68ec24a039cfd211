/**
 * What `npm run media:narrate` says to staff, in both staff languages: part of PROBLEM_CATALOGUE
 * (problemCatalogue.ts), so the command speaks the same language as media:check.
 */
import type { StaffText } from '../contentModel/contentProblem.ts';

export const NARRATE_TEXTS = {
  'narrate.usage': { 'zh-Hans': '用法：npm run media:narrate [-- --media <文件夹>] [--force] [--only <编号或文件夹名>]... [--lang zh-Hans|en]', en: 'usage: npm run media:narrate [-- --media <folder>] [--force] [--only <id or folder name>]... [--lang zh-Hans|en]' },
  'narrate.badOption': { 'zh-Hans': 'media:narrate 看不懂这条命令：{reason}', en: 'media:narrate did not understand the command: {reason}' },
  'narrate.badLanguage': { 'zh-Hans': 'media:narrate 不认识 --lang {language}：请写 --lang zh-Hans（中文）或 --lang en（英文）', en: 'media:narrate does not know --lang {language}: write --lang zh-Hans (Chinese) or --lang en (English)' },
  'narrate.toolsMissing': { 'zh-Hans': '生成初版讲解需要 espeak-ng、lame 和 sox 这几个程序，这台电脑上没有：{missing}。', en: 'media:narrate needs espeak-ng, lame and sox to make starter narration; not found: {missing}.' },
  'narrate.install': { 'zh-Hans': '安装方法（Debian/Ubuntu）：{hint}', en: 'Install them (Debian/Ubuntu): {hint}' },
  'narrate.thenAgain': { 'zh-Hans': '装好以后再运行这条命令。', en: 'Then run the command again.' },
  'narrate.voicesMissing': { 'zh-Hans': '这台电脑上的 espeak-ng 没有 {voices} 语音（需要 espeak-ng 1.50 或更新的版本）。', en: 'The installed espeak-ng has no voice {voices} (it needs espeak-ng 1.50 or later).' },
  'narrate.installNewer': { 'zh-Hans': '请安装新版本（Debian/Ubuntu）：{hint}', en: 'Install a newer one (Debian/Ubuntu): {hint}' },
  'narrate.noLanguages': { 'zh-Hans': 'kiosk.yaml 里没有可以读取的 languages 列表；运行 npm run media:check 查看原因', en: 'kiosk.yaml has no readable "languages" list; run npm run media:check to see why' },
  'narrate.cannotRead': { 'zh-Hans': 'media:narrate 无法读取 {root}：{reason}', en: 'media:narrate could not read {root}: {reason}' },
  'narrate.cannotRead.fix': { 'zh-Hans': '修改方法：在项目文件夹里运行这条命令，或者用 --media <文件夹> 指定内容文件夹。', en: 'Fix: run the command from the project folder, or pass the content folder with --media <folder>.' },
  'narrate.noMatch': { 'zh-Hans': '没有哪个有讲解文字的事件或专题的编号或文件夹名是 {only}（或以它开头）。', en: 'No narrated event or panel has an id or folder name starting with {only}.' },
  'narrate.note': { 'zh-Hans': '提示：{text}', en: 'note: {text}' },
  'narrate.attention': { 'zh-Hans': '需要处理：{text}', en: 'needs attention: {text}' },
  'narrate.wrote': { 'zh-Hans': '写了 {count} 个文件（{mp3} 个 mp3 和 {vtt} 个 vtt），共 {kib} KiB。', en: 'Wrote {count} file(s) ({mp3} mp3 + {vtt} vtt), {kib} KiB in total.' },
  'narrate.skipped': { 'zh-Hans': '{count} 个已有录音，没有改动（要替换请加 --force）。', en: 'Skipped {count} already recorded (use --force to replace them).' },
  'narrate.average': { 'zh-Hans': '平均长度：{averages}。', en: 'Average length: {averages}.' },
  'narrate.needAttention': { 'zh-Hans': '有 {count} 件事需要处理（见上面）。', en: '{count} thing(s) need attention (listed above).' },
  'narrate.next': { 'zh-Hans': '下一步：npm run media:check', en: 'Next: npm run media:check' },
  'narrate.madeFile': { 'zh-Hans': '  {file}  {seconds} 秒，{cues} 条字幕，{kib} KiB', en: '  {file}  {seconds} s, {cues} cue(s), {kib} KiB' },

  'narrate.lineCountsDiffer': { 'zh-Hans': '{file}：讲解文字在 {languages} 中分别有 {counts} 行；字幕按行一一对应，请让每种语言的行数一样', en: '{file}: the narration has {counts} lines in {languages}; captions are matched line by line, so give every language the same number of lines' },
  'narrate.noCaptions': { 'zh-Hans': '{recording}：这段录音没有字幕；请在旁边加上 {captionFile}（录音没有改动）', en: '{recording}: the recording has no captions; add {captionFile} beside it (the recording was left alone)' },
  'narrate.captionsWithoutRecording': { 'zh-Hans': '{captionFile}：只有字幕没有录音，没有改动；要换成自动生成的录音和字幕，运行 npm run media:narrate -- --force --only {id}', en: '{captionFile}: captions without a recording were left alone; use --force --only {id} to replace them with a generated recording and captions' },
  'narrate.stale': { 'zh-Hans': '{base}：讲解文字在生成这份初版讲解以后改过了；运行 npm run media:narrate -- --force --only {id}', en: '{base}: the narration text changed since this starter narration was made; run npm run media:narrate -- --force --only {id}' },
  'narrate.professionalKept': { 'zh-Hans': '{files}：这不是本工具生成的录音（是专业录音），即使加了 --force 也没有改动。要换成合成的录音，先删掉它和它的字幕', en: '{files}: a recording that was not made by this tool (a professional one) was left alone, even with --force. To replace it with a synthetic one, delete it and its captions first' },
  'narrate.noText': { 'zh-Hans': '{file}：讲解没有 {language} 文字，所以没有生成 {language} 讲解', en: '{file}: the narration has no {language} text, so no {language} narration was made' },
  'narrate.removed': { 'zh-Hans': '{file}：已删除（--force），换成了 {replacement}', en: '{file}: removed (--force), replaced by {replacement}' },
  'narrate.failed': { 'zh-Hans': '{file}：无法生成：{reason}', en: '{file}: could not be made: {reason}' },
  'narrate.unreadable': { 'zh-Hans': '{file}：文件里有错误，所以没有生成它的讲解；运行 npm run media:check 查看', en: '{file}: has mistakes, so its narration was not made; run npm run media:check to see them' },
} as const satisfies Readonly<Record<string, StaffText>>;
