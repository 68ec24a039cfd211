/**
 * The staff's words: the kiosk's diagnostics, the docent's tablet and the staff fleet page, in
 * the two staff languages (kiosk.yaml's staff.language chooses; the other is a tap away).
 * Visitors never read these, so they are not converted to 繁體中文.
 */
export type StaffTextLanguage = 'zh-Hans' | 'en';

export const STAFF_TEXT = {
  'zh-Hans': {
    diagnosticsTitle: '运行状态',
    verdictLabel: '总体状态',
    diagnosticsAppVersion: '程序版本',
    diagnosticsContentVersion: '内容版本',
    diagnosticsRelease: '发布版本（发布环）',
    diagnosticsOfflineReady: '离线可用（已缓存文件）',
    diagnosticsPersistent: '存储已锁定（不会被浏览器清除）',
    diagnosticsUpdateWaiting: '有新版本待启用',
    diagnosticsLastUpdateCheck: '上次检查更新',
    diagnosticsUptime: '已运行',
    diagnosticsVisitsToday: '今日参观',
    diagnosticsFrameRate: '帧率',
    diagnosticsGpu: '图形资源',
    diagnosticsMemory: '内存',
    diagnosticsGallery: '画廊网络',
    diagnosticsLog: '问题记录',
    diagnosticsReload: '重新载入',
    diagnosticsCheckUpdate: '检查更新',
    diagnosticsExport: '导出参观统计',
    close: '返回',
    yes: '是',
    no: '否',
    never: '还没有',
    filesCached: '已缓存 {cached} / {total} 个文件，{size}',
    framesPerSecond: '每秒 {fps} 帧',
    gpuResources: '绘制调用 {drawCalls} 次，纹理 {textures} 个，几何体 {geometries} 个，着色程序 {programs} 个',
    hoursMinutes: '{hours} 小时 {minutes} 分',
    working: '正在处理…',
    reloading: '正在重新载入…',
    galleryNotSet: '未设置：本展项单独运行（一切功能照常）。',
    galleryConnected: '已连接：{account}（{place}）',
    galleryConnecting: '正在连接 {account}…',
    galleryLost: '连接中断，{seconds} 秒后重试（{detail}）。展项照常运行。',
    galleryRefused: '服务器拒绝了账号 {account}：请检查账号和密码，或请信息部门重新开通。{seconds} 秒后重试。',
    galleryAccount: '账号（kiosk-…）',
    galleryPassword: '密码',
    galleryPlace: '位置',
    gallerySave: '保存并连接',
    galleryForget: '删除账号',
    gallerySaved: '已保存，正在连接。',
    galleryForgotten: '已删除：本展项不再连接画廊网络。',
    galleryBadAccount: '账号要以 kiosk- 开头（小写字母、数字和 -），例如 kiosk-01。',
  },
  en: {
    diagnosticsTitle: 'Kiosk health',
    verdictLabel: 'Overall',
    diagnosticsAppVersion: 'App version',
    diagnosticsContentVersion: 'Content version',
    diagnosticsRelease: 'Release (ring)',
    diagnosticsOfflineReady: 'Offline-ready (files cached)',
    diagnosticsPersistent: 'Storage kept (the browser will not evict it)',
    diagnosticsUpdateWaiting: 'New version waiting',
    diagnosticsLastUpdateCheck: 'Last update check',
    diagnosticsUptime: 'Running for',
    diagnosticsVisitsToday: 'Visits today',
    diagnosticsFrameRate: 'Frame rate',
    diagnosticsGpu: 'Graphics resources',
    diagnosticsMemory: 'Memory (JS heap)',
    diagnosticsGallery: 'Gallery network',
    diagnosticsLog: 'Problems logged',
    diagnosticsReload: 'Reload',
    diagnosticsCheckUpdate: 'Check for update',
    diagnosticsExport: 'Export visitor statistics',
    close: 'Back',
    yes: 'yes',
    no: 'no',
    never: 'not yet',
    filesCached: '{cached} / {total} files cached, {size}',
    framesPerSecond: '{fps} fps',
    gpuResources: '{drawCalls} draw calls, {textures} textures, {geometries} geometries, {programs} programs',
    hoursMinutes: '{hours} h {minutes} min',
    working: 'Working…',
    reloading: 'Reloading…',
    galleryNotSet: 'Not set up: this kiosk runs on its own (everything works as usual).',
    galleryConnected: 'Connected: {account} ({place})',
    galleryConnecting: 'Connecting {account}…',
    galleryLost: 'Connection lost; trying again in {seconds} s ({detail}). The kiosk runs as usual.',
    galleryRefused: 'The broker refused the account {account}: check the name and password, or ask IT to enable it again. Trying again in {seconds} s.',
    galleryAccount: 'Account (kiosk-…)',
    galleryPassword: 'Password',
    galleryPlace: 'Place',
    gallerySave: 'Save and connect',
    galleryForget: 'Remove the account',
    gallerySaved: 'Saved; connecting.',
    galleryForgotten: 'Removed: this kiosk no longer joins the gallery network.',
    galleryBadAccount: 'The account starts with kiosk- (lower-case letters, digits and -), e.g. kiosk-01.',
  },
} as const satisfies Record<StaffTextLanguage, Record<string, string>>;

export type StaffTextKey = keyof (typeof STAFF_TEXT)['en'];

export function asStaffLanguage(language: string): StaffTextLanguage {
  return language === 'en' ? 'en' : 'zh-Hans';
}

/** The staff word for `key`, with `{name}` placeholders filled in. */
export function staffText(language: string, key: StaffTextKey, values: Readonly<Record<string, string | number>> = {}): string {
  return STAFF_TEXT[asStaffLanguage(language)][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** A moment in the kiosk's local time, as staff read clocks: 2026-12-02 17:34:14. */
export function localTime(iso: string | number | null): string | null {
  if (iso === null) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
