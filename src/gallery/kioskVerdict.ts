/**
 * One word for a kiosk's health, the same on its own diagnostics and on the staff fleet page:
 * fault when visitors cannot use it, attention when it works but will not survive a problem
 * (no offline copy, storage that may be evicted, errors logged, a slow picture), ok otherwise.
 */
import type { Verdict } from './galleryTopics.ts';

export interface VerdictInputs {
  readonly offline: { readonly ready: boolean; readonly persisted: boolean; readonly problem: string | null } | null;
  /** Frames drawn per second, measured; null before the first measurement. */
  readonly framesPerSecond: number | null;
  /** The picture is lost (WebGL context) and has not come back. */
  readonly graphicsLost: boolean;
  readonly errorsLogged: number;
  /** False in a page the browser has hidden: it draws nothing, which is no fault. */
  readonly pageVisible: boolean;
}

export interface VerdictWithReason {
  readonly verdict: Verdict;
  readonly reason: { readonly 'zh-Hans': string; readonly en: string };
}

/** Below this the timeline's motion judders: a visitor notices. */
export const SLOW_FRAMES_PER_SECOND = 20;

export function kioskVerdict(inputs: VerdictInputs): VerdictWithReason {
  const faults: [string, string][] = [];
  const attention: [string, string][] = [];
  if (inputs.graphicsLost) faults.push(['时间轴画面丢失，正在恢复', 'the timeline picture is lost and recovering']);
  else if (inputs.pageVisible && inputs.framesPerSecond !== null && inputs.framesPerSecond < 1) faults.push(['时间轴没有在绘制', 'the timeline is not drawing']);
  else if (inputs.pageVisible && inputs.framesPerSecond !== null && inputs.framesPerSecond < SLOW_FRAMES_PER_SECOND) {
    attention.push([`画面较慢（每秒 ${inputs.framesPerSecond.toFixed(0)} 帧）`, `slow picture (${inputs.framesPerSecond.toFixed(0)} fps)`]);
  }
  if (!inputs.offline || !inputs.offline.ready) {
    attention.push([inputs.offline?.problem ? `离线副本不可用：${inputs.offline.problem}` : '离线副本尚未下载完', inputs.offline?.problem ? `no offline copy: ${inputs.offline.problem}` : 'the offline copy is not complete yet']);
  } else if (!inputs.offline.persisted) {
    attention.push(['浏览器可能清除离线副本（存储未锁定）', 'the browser may evict the offline copy (storage not persistent)']);
  }
  if (inputs.errorsLogged > 0) attention.push([`记录了 ${inputs.errorsLogged} 个问题`, `${inputs.errorsLogged} problem${inputs.errorsLogged === 1 ? '' : 's'} logged`]);
  const reasons = faults.length > 0 ? faults : attention;
  return {
    verdict: faults.length > 0 ? 'fault' : attention.length > 0 ? 'attention' : 'ok',
    reason: { 'zh-Hans': reasons.map(([zh]) => zh).join('；'), en: reasons.map(([, en]) => en).join('; ') },
  };
}

export const VERDICT_WORDS: { readonly [Word in Verdict]: { readonly 'zh-Hans': string; readonly en: string } } = {
  ok: { 'zh-Hans': '正常', en: 'ok' },
  attention: { 'zh-Hans': '注意', en: 'attention' },
  fault: { 'zh-Hans': '故障', en: 'fault' },
};
