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
    pinClear: '清除',
    pinConfirm: '确定',
    pinWrong: '密码不对，请再试一次。',
    pinWait: '请等 {seconds} 秒再试。',
    staffPinTitle: '工作人员密码',
    yes: '是',
    no: '否',
    diagnosticsTitle: '运行状态',
    diagnosticsAppVersion: '程序版本',
    diagnosticsContentVersion: '内容版本',
    diagnosticsOfflineReady: '离线可用（已缓存文件）',
    diagnosticsPersistent: '存储已锁定',
    diagnosticsUpdateWaiting: '有新版本待启用',
    diagnosticsLastUpdateCheck: '上次检查更新',
    diagnosticsFrameRate: '帧率',
    diagnosticsGpu: '图形资源',
    diagnosticsMemory: '内存',
    diagnosticsLog: '问题记录',
    diagnosticsReload: '重新载入',
    diagnosticsCheckUpdate: '检查更新',
    diagnosticsExport: '导出参观统计',
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
    pinClear: 'Clear',
    pinConfirm: 'OK',
    pinWrong: 'That PIN is not right. Please try again.',
    pinWait: 'Please wait {seconds} s before trying again.',
    staffPinTitle: 'Staff PIN',
    yes: 'yes',
    no: 'no',
    diagnosticsTitle: 'Kiosk health',
    diagnosticsAppVersion: 'App version',
    diagnosticsContentVersion: 'Content version',
    diagnosticsOfflineReady: 'Offline-ready (files cached)',
    diagnosticsPersistent: 'Storage kept (persistent)',
    diagnosticsUpdateWaiting: 'New version waiting',
    diagnosticsLastUpdateCheck: 'Last update check',
    diagnosticsFrameRate: 'Frame rate',
    diagnosticsGpu: 'Graphics resources',
    diagnosticsMemory: 'Memory (JS heap)',
    diagnosticsLog: 'Problems logged',
    diagnosticsReload: 'Reload',
    diagnosticsCheckUpdate: 'Check for update',
    diagnosticsExport: 'Export visitor statistics',
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
