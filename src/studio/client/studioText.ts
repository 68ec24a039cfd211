/** Every word of the studio page, in both staff languages; the page switches between them with one button. */
import type { StaffLanguage } from '../../contentModel/contentProblem.ts';

export interface StudioWords {
  readonly title: string;
  readonly switchLanguage: string;
  readonly wholeKiosk: string;
  readonly contentState: (errors: number, warnings: number) => string;
  readonly events: string;
  readonly panels: string;
  readonly tours: string;
  readonly newItem: string;
  readonly newEventIn: (track: string) => string;
  readonly newPanelIn: (group: string) => string;
  readonly newTour: string;
  readonly chooseItem: string;
  readonly save: string;
  readonly saved: string;
  readonly discard: string;
  readonly duplicate: string;
  readonly remove: string;
  readonly undo: string;
  readonly history: string;
  readonly noHistory: string;
  readonly restore: string;
  readonly unsaved: string;
  readonly cannotSave: string;
  readonly conflict: string;
  readonly reload: string;
  readonly preview: string;
  readonly previewLanguage: string;
  readonly visitorLanguage: (language: string) => string;
  readonly languageName: (language: string) => string;
  readonly fieldName: (key: string) => string;
  readonly fieldHint: (key: string) => string;
  readonly optionalTraditional: string;
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly unknown: string;
  readonly otherSource: string;
  readonly noneChosen: string;
  readonly pictureDrop: string;
  readonly pictureChoose: string;
  readonly pictureRemove: string;
  readonly pictureMaking: string;
  readonly recording: (language: string) => string;
  readonly noRecording: string;
  readonly attachRecording: string;
  readonly timeCaptions: string;
  readonly captionsPresent: string;
  readonly noCaptions: string;
  readonly narrate: string;
  readonly narrating: string;
  readonly timerTitle: (language: string) => string;
  readonly timerHelp: string;
  readonly timerStart: string;
  readonly timerTap: string;
  readonly timerRestart: string;
  readonly timerSave: string;
  readonly timerClose: string;
  readonly timerCount: (done: number, total: number) => string;
  readonly timerNoText: string;
  readonly addStop: string;
  readonly stopNumber: (index: number) => string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly removeStop: string;
  readonly playNarration: string;
  readonly status: (note: string) => string;
  readonly complete: string;
  readonly errorCount: (count: number) => string;
  readonly warningCount: (count: number) => string;
  readonly itemProblems: string;
  readonly deleteConfirm: (title: string) => string;
  readonly deleteUsedBy: (title: string, uses: readonly string[]) => string;
  readonly deleteAlsoUses: string;
  readonly cancel: string;
  readonly newTitle: (language: string) => string;
  readonly create: string;
  readonly historyAction: (action: string) => string;
}

const LANGUAGES: Readonly<Record<StaffLanguage, Readonly<Record<string, string>>>> = {
  'zh-Hans': { 'zh-Hans': '中文', en: '英文', 'zh-Hant': '繁體（可选）' },
  en: { 'zh-Hans': 'Chinese', en: 'English', 'zh-Hant': 'Traditional (optional)' },
};

const FIELDS: Readonly<Record<StaffLanguage, Readonly<Record<string, string>>>> = {
  'zh-Hans': {
    date: '日期', dateLabel: '日期的写法（可选）', title: '标题', summary: '一句话简介', body: '正文（可选）', panelBody: '正文', subtitle: '副标题（可选）',
    source: '来源', links: '呼应的事件', before: '排在这个事件之前（可选）', after: '排在这个事件之后（可选）', image: '图片', images: '图片',
    alt: '图片说明（给看不见图片的观众）', credit: '图片署名', narration: '讲解', 'narration.text': '讲解词（一行一句）', order: '排序',
    stops: '导览站点', stop: '站点', talkingPoints: '讲解员提示（可选）',
  },
  en: {
    date: 'Date', dateLabel: 'How to write the date (optional)', title: 'Title', summary: 'One-sentence summary', body: 'Text (optional)', panelBody: 'Text', subtitle: 'Subtitle (optional)',
    source: 'Source', links: 'Events it answers', before: 'Placed before this event (optional)', after: 'Placed after this event (optional)', image: 'Picture', images: 'Pictures',
    alt: 'Picture description (for visitors who cannot see it)', credit: 'Picture credit', narration: 'Narration', 'narration.text': 'Narration script (one sentence per line)', order: 'Order',
    stops: 'Tour stops', stop: 'Stop', talkingPoints: 'Docent notes (optional)',
  },
};

const HINTS: Readonly<Record<StaffLanguage, Readonly<Record<string, string>>>> = {
  'zh-Hans': {
    date: '只写来源里有的：只有年份就只填年份，不要猜月份和日期。',
    dateLabel: '例如“2020年底”，会代替日期显示。',
    links: '选另一条时间线上与它呼应的事件，触摸屏上会画一条金色连线。',
    'narration.text': '每一行是一句，也是一条字幕；两种语言的行数要一样。',
    alt: '用一两句话说清图片里有什么。',
  },
  en: {
    date: 'Only what the source gives: a year alone when only the year is known; never guess a month or a day.',
    dateLabel: 'For example “late 2020”; shown instead of the date.',
    links: 'Events on the other track that answer this one; the kiosk draws a gold line between them.',
    'narration.text': 'Each line is one sentence and one caption; both languages need the same number of lines.',
    alt: 'Say in a sentence or two what the picture shows.',
  },
};

const NOTES: Readonly<Record<StaffLanguage, (note: string, language: string) => string>> = {
  'zh-Hans': (note, language) => ({
    missingTranslation: `缺少${LANGUAGES['zh-Hans'][language] ?? language}翻译`,
    noNarrationText: '没有讲解文字',
    noRecording: `缺少${LANGUAGES['zh-Hans'][language] ?? language}录音`,
    noCaptions: `缺少${LANGUAGES['zh-Hans'][language] ?? language}字幕`,
    pictureWithoutCredit: '图片没有署名',
  })[note] ?? note,
  en: (note, language) => ({
    missingTranslation: `no ${LANGUAGES.en[language] ?? language} translation`,
    noNarrationText: 'no narration text',
    noRecording: `no ${LANGUAGES.en[language] ?? language} recording`,
    noCaptions: `no ${LANGUAGES.en[language] ?? language} captions`,
    pictureWithoutCredit: 'picture without credit',
  })[note] ?? note,
};

const ACTIONS: Readonly<Record<StaffLanguage, Readonly<Record<string, string>>>> = {
  'zh-Hans': { save: '保存', new: '新建', duplicate: '复制', delete: '删除', picture: '加入图片', recording: '加入录音', captions: '字幕计时', narrate: '生成讲解录音', undo: '撤销', rollback: '恢复旧版本', references: '移除引用' },
  en: { save: 'Saved', new: 'Created', duplicate: 'Duplicated', delete: 'Deleted', picture: 'Picture added', recording: 'Recording added', captions: 'Captions timed', narrate: 'Narration generated', undo: 'Undone', rollback: 'Earlier version restored', references: 'References removed' },
};

function noteText(language: StaffLanguage, note: string): string {
  const [code = note, detail = ''] = note.split(':');
  return NOTES[language](code, detail);
}

export const STUDIO_WORDS: Readonly<Record<StaffLanguage, StudioWords>> = {
  'zh-Hans': {
    title: '内容工作室 · 文化长廊',
    switchLanguage: 'English',
    wholeKiosk: '打开整个触摸屏',
    contentState: (errors, warnings) => (errors === 0 && warnings === 0 ? '内容检查：全部正常' : `内容检查：${errors} 个错误，${warnings} 个警告`),
    events: '时间线事件', panels: '展板', tours: '导览路线',
    newItem: '新建', newEventIn: (track) => `在“${track}”新建事件`, newPanelIn: (group) => `在“${group}”新建展板`, newTour: '新建导览路线',
    chooseItem: '从左边选一项来编辑，或者新建一项。',
    save: '保存', saved: '已保存', discard: '放弃修改', duplicate: '复制一份', remove: '删除', undo: '撤销',
    history: '修改记录', noHistory: '还没有在工作室里保存过。', restore: '恢复到这次修改之前',
    unsaved: '有未保存的修改',
    cannotSave: '还不能保存，请先改正这些错误：',
    conflict: '这个文件在工作室外被修改过，为了不覆盖别人的修改，工作室没有保存。请重新载入后再改。',
    reload: '重新载入',
    preview: '触摸屏预览（1920×1080）', previewLanguage: '预览语言',
    visitorLanguage: (language) => ({ 'zh-Hans': '简体中文', en: 'English', 'zh-Hant': '繁體中文' })[language] ?? language,
    languageName: (language) => LANGUAGES['zh-Hans'][language] ?? language,
    fieldName: (key) => FIELDS['zh-Hans'][key] ?? key,
    fieldHint: (key) => HINTS['zh-Hans'][key] ?? '',
    optionalTraditional: '繁體中文由简体自动转换；只有想用自己的写法时才填写。',
    year: '年', month: '月', day: '日', unknown: '（不写）',
    otherSource: '其他来源（写一句话）', noneChosen: '（无）',
    pictureDrop: '把照片拖到这里', pictureChoose: '选择照片…', pictureRemove: '移除图片', pictureMaking: '正在生成触摸屏上的图片…',
    recording: (language) => `${LANGUAGES['zh-Hans'][language] ?? language}录音`,
    noRecording: '还没有录音', attachRecording: '加入录音（WAV 或 MP3）…', timeCaptions: '字幕计时…',
    captionsPresent: '已有字幕', noCaptions: '还没有字幕',
    narrate: '用电脑语音生成讲解录音（media:narrate）', narrating: '正在生成录音…',
    timerTitle: (language) => `字幕计时：${LANGUAGES['zh-Hans'][language] ?? language}`,
    timerHelp: '按“开始播放”，每听到一句开始时按一下“这一句开始”（或空格键）。两种语言按同样的句子对齐。',
    timerStart: '开始播放', timerTap: '这一句开始', timerRestart: '重新计时', timerSave: '保存字幕', timerClose: '关闭',
    timerCount: (done, total) => `已标记 ${done} / ${total} 句`,
    timerNoText: '先在“讲解词”里写好这种语言的文字（一行一句），再计时。',
    addStop: '加一个站点', stopNumber: (index) => `第 ${index} 站`, moveUp: '上移', moveDown: '下移', removeStop: '删除这一站',
    playNarration: '到站时播放讲解',
    status: (note) => noteText('zh-Hans', note), complete: '完整',
    errorCount: (count) => `${count} 个错误`, warningCount: (count) => `${count} 个警告`,
    itemProblems: '这一项的检查结果',
    deleteConfirm: (title) => `删除“${title}”？删除后可以在修改记录里恢复。`,
    deleteUsedBy: (title, uses) => `“${title}”被这些地方用到：${uses.join('、')}。`,
    deleteAlsoUses: '一起移除这些引用并删除', cancel: '取消',
    newTitle: (language) => `标题（${LANGUAGES['zh-Hans'][language] ?? language}）`, create: '新建',
    historyAction: (action) => ACTIONS['zh-Hans'][action] ?? action,
  },
  en: {
    title: 'Staff studio · Culture Corridor',
    switchLanguage: '中文',
    wholeKiosk: 'Open the whole kiosk',
    contentState: (errors, warnings) => (errors === 0 && warnings === 0 ? 'Content check: all good' : `Content check: ${errors} errors, ${warnings} warnings`),
    events: 'Timeline events', panels: 'Panels', tours: 'Tours',
    newItem: 'New', newEventIn: (track) => `New event in “${track}”`, newPanelIn: (group) => `New panel in “${group}”`, newTour: 'New tour',
    chooseItem: 'Choose an item on the left to edit it, or make a new one.',
    save: 'Save', saved: 'Saved', discard: 'Discard changes', duplicate: 'Duplicate', remove: 'Delete', undo: 'Undo',
    history: 'History', noHistory: 'Not saved from the studio yet.', restore: 'Restore as before this change',
    unsaved: 'Unsaved changes',
    cannotSave: 'Not saved yet; fix these errors first:',
    conflict: 'This file was changed outside the studio; to keep that change, the studio did not save. Reload it, then make your change again.',
    reload: 'Reload',
    preview: 'Kiosk preview (1920×1080)', previewLanguage: 'Preview language',
    visitorLanguage: (language) => ({ 'zh-Hans': '简体中文', en: 'English', 'zh-Hant': '繁體中文' })[language] ?? language,
    languageName: (language) => LANGUAGES.en[language] ?? language,
    fieldName: (key) => FIELDS.en[key] ?? key,
    fieldHint: (key) => HINTS.en[key] ?? '',
    optionalTraditional: 'Traditional Chinese is converted from the simplified text; fill it in only to choose your own words.',
    year: 'Year', month: 'Month', day: 'Day', unknown: '(none)',
    otherSource: 'Other source (a sentence)', noneChosen: '(none)',
    pictureDrop: 'Drop a photograph here', pictureChoose: 'Choose a photograph…', pictureRemove: 'Remove the picture', pictureMaking: 'Making the kiosk’s copy…',
    recording: (language) => `${LANGUAGES.en[language] ?? language} recording`,
    noRecording: 'No recording yet', attachRecording: 'Attach a recording (WAV or MP3)…', timeCaptions: 'Time the captions…',
    captionsPresent: 'Captions present', noCaptions: 'No captions',
    narrate: 'Make a computer-voice narration (media:narrate)', narrating: 'Making the recordings…',
    timerTitle: (language) => `Caption timing: ${LANGUAGES.en[language] ?? language}`,
    timerHelp: 'Press “Play”, then press “This sentence starts” (or the space bar) as each sentence begins. Both languages are aligned sentence by sentence.',
    timerStart: 'Play', timerTap: 'This sentence starts', timerRestart: 'Start again', timerSave: 'Save the captions', timerClose: 'Close',
    timerCount: (done, total) => `${done} of ${total} sentences marked`,
    timerNoText: 'Write this language’s narration script first (one sentence per line), then time it.',
    addStop: 'Add a stop', stopNumber: (index) => `Stop ${index}`, moveUp: 'Move up', moveDown: 'Move down', removeStop: 'Remove this stop',
    playNarration: 'Play the narration at this stop',
    status: (note) => noteText('en', note), complete: 'complete',
    errorCount: (count) => `${count} error${count === 1 ? '' : 's'}`, warningCount: (count) => `${count} warning${count === 1 ? '' : 's'}`,
    itemProblems: 'What the check found in this item',
    deleteConfirm: (title) => `Delete “${title}”? It can be restored from the history.`,
    deleteUsedBy: (title, uses) => `“${title}” is used by: ${uses.join(', ')}.`,
    deleteAlsoUses: 'Remove those uses too, and delete', cancel: 'Cancel',
    newTitle: (language) => `Title (${LANGUAGES.en[language] ?? language})`, create: 'Create',
    historyAction: (action) => ACTIONS.en[action] ?? action,
  },
};
