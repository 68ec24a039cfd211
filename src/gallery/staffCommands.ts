/**
 * What the kiosk does for staff, from its own diagnostics buttons or from the fleet page, and
 * what it says came of it, in both staff languages: one set of words for both places.
 */
import { isKioskIdle, type KioskStore } from '../app/KioskState.ts';
import type { UpdateCheckOutcome } from '../offline/OfflineService.ts';
import type { StaffCommandName } from './galleryTopics.ts';

export interface Outcome {
  readonly 'zh-Hans': string;
  readonly en: string;
}

export interface StaffCommandDependencies {
  readonly store: KioskStore;
  readonly checkForUpdate: () => Promise<UpdateCheckOutcome>;
  readonly exportCsv: () => Promise<string>;
  readonly reload: () => void;
}

export interface StaffCommandResult {
  readonly outcome: Outcome;
  /** The statistics, for an export. */
  readonly csv?: string;
}

/** A reload waits this long once idle, so the outcome reaches the broker before the page goes. */
const RELOAD_AFTER_REPORT_MILLISECONDS = 1500;

export function updateOutcome(result: UpdateCheckOutcome): Outcome {
  switch (result.kind) {
    case 'found': return { 'zh-Hans': '发现新版本：正在后台下载，无人使用时启用。', en: 'A new version was found: it downloads in the background and starts when nobody is using the kiosk.' };
    case 'upToDate': return { 'zh-Hans': '已检查：这已是最新版本。', en: 'Checked: this is the newest version.' };
    case 'failed': return { 'zh-Hans': `检查失败（${result.detail ?? ''}）：请检查网络，展项会自动再试。`, en: `The check failed (${result.detail ?? ''}): check the network; the kiosk tries again by itself.` };
    case 'unavailable': return { 'zh-Hans': `此页面不能检查更新：${result.detail ?? '没有离线服务'}`, en: `This page cannot check for updates: ${result.detail ?? 'no offline service'}` };
  }
}

export function staffCommandRunner(dependencies: StaffCommandDependencies): (command: StaffCommandName) => Promise<StaffCommandResult> {
  const { store, reload } = dependencies;
  let reloadPending = false;
  const reloadSoon = (): void => {
    setTimeout(reload, RELOAD_AFTER_REPORT_MILLISECONDS);
  };
  return async (command) => {
    switch (command) {
      case 'reloadWhenIdle':
        if (isKioskIdle(store.state)) {
          reloadSoon();
          return { outcome: { 'zh-Hans': '展项空闲：马上重新载入。', en: 'The kiosk is idle: reloading now.' } };
        }
        if (!reloadPending) {
          reloadPending = true;
          const stop = store.watch(['mode', 'narration'], (state) => {
            if (!isKioskIdle(state)) return;
            stop();
            reloadSoon();
          });
        }
        return { outcome: { 'zh-Hans': '有观众在使用：等无人使用时重新载入。', en: 'A visitor is using the kiosk: it reloads once nobody is.' } };
      case 'checkForUpdate':
        return { outcome: updateOutcome(await dependencies.checkForUpdate()) };
      case 'exportStatistics': {
        const csv = await dependencies.exportCsv();
        const rows = Math.max(0, csv.trim().split('\n').length - 1);
        return { csv, outcome: { 'zh-Hans': `已导出参观统计：${rows} 行。`, en: `Visitor statistics exported: ${rows} rows.` } };
      }
    }
  };
}
