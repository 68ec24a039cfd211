/**
 * The kiosk's own words (buttons, notices), as data in every supported language. Content words
 * live in media/; these belong to the interface and change with the code that uses them.
 * Words are verbs a child understands (播放 / Play, 返回 / Back, 下一站 / Next stop): children
 * use the kiosk alone, and a noun or a symbol leaves them guessing what a button does.
 */
export const INTERFACE_TEXT = {
  'zh-Hans': {
    appTitle: '文化长廊',
    museumName: '中国科技馆',
    home: '首页',
    panelsLabel: '专题',
    reachControl: '低位操作 · Lower controls',
    reachHint: '所有按钮都在下半屏；点“首页”恢复原样。',
    displaySettings: '显示设置',
    largerText: '放大文字',
    highContrast: '高对比度',
    captionsSetting: '字幕',
    settingsDone: '完成',
    close: '返回',
    timelineLabel: '时间轴',
    eventListLabel: '全部事件',
    linkedEvents: '相关事件',
    pinClear: '清除',
    pinConfirm: '确定',
    pinWrong: '密码不对，请再试一次。',
    pinWait: '请等 {seconds} 秒再试。',
    staffPinTitle: '工作人员密码',
    yes: '是',
    no: '否',
    docentPinTitle: '讲解员密码',
    tourChooserTitle: '选择导览路线',
    tourStops: '{count} 站',
    docentBarLabel: '讲解员控制',
    previousStop: '上一站',
    nextStop: '下一站',
    stopList: '全部站点',
    mute: '静音',
    unmute: '取消静音',
    talkingPoints: '讲解要点',
    endTour: '结束导览',
    endTourQuestion: '结束这次导览吗？屏幕会回到参观者的首页。',
    continueTour: '继续导览',
    lastStop: '最后一站',
    tourComplete: '导览完成',
    guidedBadge: '导览中',
    navigationLabel: '主菜单',
    attractInvitation: '触摸屏幕 开始探索',
    idleQuestion: '还在吗？',
    idleHint: '触摸屏幕继续参观',
    yearStripLabel: '按年份跳转',
    play: '播放',
    pause: '暂停',
    replay: '重播',
    transcript: '讲解文字',
    seekLabel: '播放进度',
    captionsLabel: '字幕',
    narrationLoading: '正在准备讲解…',
    narrationUnavailable: '录音暂时无法播放，请看下面的文字。',
    narrationNotRecorded: '这段讲解还没有录音，请看下面的文字。',
    sheetLabel: '详细内容',
    source: '来源',
    contentErrorTitle: '部分内容暂时无法显示',
    webglLostNotice: '画面正在恢复…',
    noWebglNotice: '此设备无法显示三维时间轴，请使用下方的事件列表。',
    attractTracks: '两条时间线并排展开：党史讲述中国共产党的历程，馆史讲述中国科技馆的建设与发展。',
    attractChooseLanguage: '选择语言，开始参观',
    languageName: '中文',
    pairedWith: '与之呼应',
    moreBelow: '向上滑动，还有内容',
    showTranscript: '显示讲解全文',
    hideTranscript: '收起讲解全文',
    sourcePrefix: '来源：',
    listening: '正在讲解',
    corridorBreak: '此段压缩{count}年',
    keyWelcome: '欢迎来到中国科技馆文化长廊。两条时间线并排展开：党史和馆史，同一时期的事件彼此呼应。',
    keyHelp: '左右键在时间中前后移动，上下键换一条线，或在内容里上下移动。确认键打开，返回键返回，空格键播放或暂停讲解。L键换语言，H键再听一遍帮助，加号和减号调音量。',
    keyWhere: '{row}，第{position}项，共{count}项。',
    keySelectToOpen: '按确认键打开。',
    keyOpened: '已打开：',
    keySheetHint: '空格键播放讲解，上下键在内容里移动，返回键返回。',
    keyPlaying: '播放讲解。',
    keyPaused: '讲解已暂停。',
    keyNoNarration: '这一项没有讲解录音，画面上有文字。',
    keyPartner: '同一时期的另一条线上：',
    keyBackToTimeline: '回到时间轴。',
    keyHome: '首页：整条长廊的概览。按左右键开始。',
    keyRowEnd: '这条线已经到头了。',
    keyLouder: '声音大一点。',
    keyQuieter: '声音小一点。',
    keyLoudest: '已经是最大音量。',
    keyQuietest: '已经是最小音量。',
    keyPlayButton: '播放按钮，按确认键播放讲解。',
    keyBackButton: '返回按钮，按确认键返回。',
    keyLanguage: '中文。',
    pairingCodeTitle: '讲解员平板配对码',
    pairingCodeHint: '请在平板上输入这四位数字。',
    tabletPaired: '讲解员平板已连接',
  },
  en: {
    appTitle: 'Culture Corridor',
    museumName: 'China Science and Technology Museum',
    home: 'Home',
    panelsLabel: 'Topics',
    reachControl: 'Lower controls · 低位操作',
    reachHint: 'Every control is in the lower half; Home puts the screen back.',
    displaySettings: 'Display',
    largerText: 'Larger text',
    highContrast: 'High contrast',
    captionsSetting: 'Captions',
    settingsDone: 'Done',
    close: 'Back',
    timelineLabel: 'Timeline',
    eventListLabel: 'All events',
    linkedEvents: 'Linked events',
    pinClear: 'Clear',
    pinConfirm: 'OK',
    pinWrong: 'That PIN is not right. Please try again.',
    pinWait: 'Please wait {seconds} s before trying again.',
    staffPinTitle: 'Staff PIN',
    yes: 'yes',
    no: 'no',
    docentPinTitle: 'Docent PIN',
    tourChooserTitle: 'Choose a tour',
    tourStops: '{count} stops',
    docentBarLabel: 'Docent controls',
    previousStop: 'Back a stop',
    nextStop: 'Next stop',
    stopList: 'All stops',
    mute: 'Mute',
    unmute: 'Unmute',
    talkingPoints: 'Talking points',
    endTour: 'End tour',
    endTourQuestion: 'End this tour? The screen goes back to the visitors\' start.',
    continueTour: 'Carry on',
    lastStop: 'last stop',
    tourComplete: 'Tour complete',
    guidedBadge: 'Guided tour',
    navigationLabel: 'Main menu',
    attractInvitation: 'Touch to explore',
    idleQuestion: 'Still there?',
    idleHint: 'Touch the screen to carry on',
    yearStripLabel: 'Jump to a year',
    play: 'Play',
    pause: 'Pause',
    replay: 'Replay',
    transcript: 'What you hear',
    seekLabel: 'Position',
    captionsLabel: 'Captions',
    narrationLoading: 'Getting the narration ready…',
    narrationUnavailable: 'The recording cannot play right now. Please read the text below.',
    narrationNotRecorded: 'This narration has no recording yet. Please read the text below.',
    sheetLabel: 'Details',
    source: 'Source',
    contentErrorTitle: 'Some content cannot be shown right now',
    webglLostNotice: 'Restoring the picture…',
    noWebglNotice: 'This screen cannot show the 3D timeline. Please use the list of events below.',
    attractTracks: 'Two timelines run side by side: Party history follows the Communist Party of China, Museum history follows this museum.',
    attractChooseLanguage: 'Choose a language to start',
    languageName: 'English',
    pairedWith: 'Paired with',
    moreBelow: 'Swipe up for more',
    showTranscript: 'Show the full narration',
    hideTranscript: 'Hide the full narration',
    sourcePrefix: 'Source: ',
    listening: 'Now playing',
    corridorBreak: '{count} years condensed',
    keyWelcome: 'Welcome to the Culture Corridor of the China Science and Technology Museum. Two timelines run side by side, Party history and Museum history, and events of the same time answer each other.',
    keyHelp: 'Left and right move through time. Up and down change line, or move through a page. Select opens, Back goes back, Space plays or pauses the narration. L changes the language, H repeats this help, plus and minus set the volume.',
    keyWhere: '{row}, {position} of {count}.',
    keySelectToOpen: 'Press Select to open.',
    keyOpened: 'Opened: ',
    keySheetHint: 'Space plays the narration, up and down move through the page, Back goes back.',
    keyPlaying: 'Playing the narration.',
    keyPaused: 'Narration paused.',
    keyNoNarration: 'This item has no narration; the screen shows its text.',
    keyPartner: 'At the same time, on the other line: ',
    keyBackToTimeline: 'Back to the timeline.',
    keyHome: 'Home: the whole corridor at a glance. Press left or right to begin.',
    keyRowEnd: 'This is the end of the line.',
    keyLouder: 'Louder.',
    keyQuieter: 'Quieter.',
    keyLoudest: 'This is the loudest.',
    keyQuietest: 'This is the quietest.',
    keyPlayButton: 'Play button. Press Select to play the narration.',
    keyBackButton: 'Back button. Press Select to go back.',
    keyLanguage: 'English.',
    pairingCodeTitle: "Docent's tablet: pairing code",
    pairingCodeHint: 'Type these four digits on the tablet.',
    tabletPaired: "Docent's tablet connected",
  },
} as const satisfies Record<string, Record<string, string>>;

export type InterfaceTextKey = keyof (typeof INTERFACE_TEXT)['en'];

/**
 * Languages made from another at build time (src/contentBuild/traditionalChinese.ts): staff
 * never have to write them, and the kiosk gets their words from the build (useDerivedInterfaceText).
 */
export const DERIVED_LANGUAGES: Readonly<Record<string, keyof typeof INTERFACE_TEXT>> = { 'zh-Hant': 'zh-Hans' };

/** Words of the traditional interface chosen by hand, not converted: a language names itself. */
export const TRADITIONAL_INTERFACE_WORDS: Partial<Record<InterfaceTextKey, string>> = {
  languageName: '繁體中文',
  keyLanguage: '繁體中文。',
};

export type InterfaceLanguage = keyof typeof INTERFACE_TEXT | 'zh-Hant';

/** The languages the interface can speak; kiosk.yaml may list only these. */
export const SUPPORTED_LANGUAGES: readonly InterfaceLanguage[] = [...Object.keys(INTERFACE_TEXT), ...Object.keys(DERIVED_LANGUAGES)] as InterfaceLanguage[];

export function isSupportedLanguage(code: string): code is InterfaceLanguage {
  return Object.hasOwn(INTERFACE_TEXT, code) || Object.hasOwn(DERIVED_LANGUAGES, code);
}

const derivedTables = new Map<string, Readonly<Record<string, string>>>();

/** The build's words for a derived language (the kiosk registers them once, before any view is drawn). */
export function useDerivedInterfaceText(language: string, table: Readonly<Record<string, string>>): void {
  derivedTables.set(language, table);
}

export function interfaceText(language: string, key: InterfaceTextKey): string {
  const derived = derivedTables.get(language)?.[key];
  if (derived !== undefined) return derived;
  const source = DERIVED_LANGUAGES[language] ?? language;
  const table = Object.hasOwn(INTERFACE_TEXT, source) ? INTERFACE_TEXT[source as keyof typeof INTERFACE_TEXT] : INTERFACE_TEXT.en;
  return table[key];
}
