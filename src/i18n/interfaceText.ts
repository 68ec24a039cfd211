/**
 * The kiosk's own words (buttons, notices), as data in every supported language. Content words
 * live in media/; these belong to the interface and change with the code that uses them.
 * Words are verbs a child understands (DESIGN.md, "Words").
 */
export const INTERFACE_TEXT = {
  'zh-Hans': {
    appTitle: '文化长廊',
    museumName: '中国科技馆',
    home: '首页',
    panelsLabel: '专题',
    languageSwitch: 'English',
    close: '返回',
    timelineLabel: '时间轴',
    eventListLabel: '全部事件',
    linkedEvents: '相关事件',
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
    noWebglNotice: '此设备无法显示三维时间轴,请使用下方的事件列表。',
  },
  en: {
    appTitle: 'Culture Corridor',
    museumName: 'China Science and Technology Museum',
    home: 'Home',
    panelsLabel: 'Topics',
    languageSwitch: '中文',
    close: 'Back',
    timelineLabel: 'Timeline',
    eventListLabel: 'All events',
    linkedEvents: 'Linked events',
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
  },
} as const satisfies Record<string, Record<string, string>>;

export type InterfaceLanguage = keyof typeof INTERFACE_TEXT;
export type InterfaceTextKey = keyof (typeof INTERFACE_TEXT)['en'];

/** The languages the interface can speak; kiosk.yaml may list only these. */
export const SUPPORTED_LANGUAGES: readonly InterfaceLanguage[] = Object.keys(INTERFACE_TEXT) as InterfaceLanguage[];

export function isSupportedLanguage(code: string): code is InterfaceLanguage {
  return Object.hasOwn(INTERFACE_TEXT, code);
}

export function interfaceText(language: string, key: InterfaceTextKey): string {
  const table = isSupportedLanguage(language) ? INTERFACE_TEXT[language] : INTERFACE_TEXT.en;
  return table[key];
}
