/**
 * `npm run bench:gallery`: the gallery network measured end to end on loopback, through the
 * shipped nginx config and a real Mosquitto with the shipped accounts, ACL and pairing agent.
 *
 * - latency from a tap on the docent's tablet to the kiosk's changed state (next / previous stop,
 *   p50 and p95 over TAPS taps, each once the kiosk's camera has come to rest), both pages in
 *   Chromium, timed on the machine's one clock;
 * - the broker's memory (RSS) and CPU while 20 simulated kiosks report, each once a second
 *   (60 times as often as a real kiosk), over REPORT_SECONDS.
 *
 * A benchmark, not a test: it prints figures (JSON, then lines) and asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { topics } from '../../src/gallery/galleryTopics.ts';
import { ensureChromium } from '../support/findChromium.ts';
import { brokerClient, openKiosk, openTablet, SIMULATED_KIOSKS, startGallery } from '../e2e/gallerySupport.ts';

const TAPS = 40;
const REPORT_SECONDS = 20;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

/** Resident memory (KiB) and CPU ticks used so far of a process, from /proc. */
function processUse(pid: number): { rssKib: number; cpuTicks: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { rssKib, cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

const gallery = await startGallery();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--autoplay-policy=no-user-gesture-required'] });
try {
  const kioskContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true, locale: 'zh-CN' });
  const kiosk = await kioskContext.newPage();
  await openKiosk(kiosk, '?debug=1');
  const { tablet } = await openTablet(browser);
  await tablet.getByRole('button', { name: '配对 kiosk-01' }).click();
  await kiosk.waitForFunction(() => window.kiosk!.state().pairing.code !== null);
  const code = await kiosk.evaluate(() => window.kiosk!.state().pairing.code!);
  await tablet.getByLabel(/配对码/).fill(code);
  await tablet.getByRole('button', { name: '确定' }).click();
  await kiosk.waitForFunction(() => window.kiosk!.state().pairing.docent !== null);
  await tablet.getByRole('button', { name: /两条时间线的呼应/ }).click();
  await kiosk.waitForFunction(() => window.kiosk!.state().guided !== null);

  // The kiosk notes when each stop change lands; the tablet notes when its button is pressed.
  await kiosk.evaluate(() => {
    const landed: number[] = [];
    (window as unknown as { landed: number[] }).landed = landed;
    let stop = window.kiosk!.state().guided?.stopIndex ?? -1;
    window.kiosk!.debug!.onStateChanged((state) => {
      if (state.guided && state.guided.stopIndex !== stop) {
        stop = state.guided.stopIndex;
        landed.push(performance.timeOrigin + performance.now());
      }
    });
  });
  const latencies: number[] = [];
  for (let tap = 0; tap < TAPS; tap += 1) {
    const name = tap % 2 === 0 ? '下一站 ▶' : '◀ 上一站';
    await tablet.getByRole('button', { name }).waitFor();
    const pressedAt = await tablet.getByRole('button', { name }).evaluate((button) => {
      const time = performance.timeOrigin + performance.now();
      (button as HTMLButtonElement).click();
      return time;
    });
    await kiosk.waitForFunction((count) => (window as unknown as { landed: number[] }).landed.length >= count, tap + 1);
    const landedAt = await kiosk.evaluate((index) => (window as unknown as { landed: number[] }).landed[index]!, tap);
    latencies.push(landedAt - pressedAt);
    // The tablet's buttons are redrawn from the kiosk's report: wait for it before the next tap.
    await tablet.locator('[data-position]').filter({ hasText: tap % 2 === 0 ? '第 2 /' : '第 1 /' }).waitFor();
    // A docent talks at each stop: the next tap comes once the camera's flight has ended.
    await kiosk.waitForFunction(() => window.kiosk!.viewAtRest());
  }
  latencies.sort((a, b) => a - b);

  const pid = Number(readFileSync(join(gallery.broker.directory, 'mosquitto.pid'), 'utf8'));
  const before = processUse(pid);
  const clients = await Promise.all(SIMULATED_KIOSKS.map((account) => brokerClient(account, `${account}-secret`)));
  const startedAt = Date.now();
  let reports = 0;
  while (Date.now() - startedAt < REPORT_SECONDS * 1000) {
    await Promise.all(clients.map(async (client, index) => {
      const account = SIMULATED_KIOSKS[index]!;
      await client.publishAsync(topics.status(account), JSON.stringify({ kiosk: account, online: true, verdict: 'ok', reportedAt: new Date().toISOString(), padding: 'x'.repeat(900) }), { qos: 1, retain: true });
      reports += 1;
    }));
    await new Promise((done) => setTimeout(done, 1000));
  }
  const seconds = (Date.now() - startedAt) / 1000;
  const after = processUse(pid);
  await Promise.all(clients.map((client) => client.endAsync()));
  const ticksPerSecond = 100;
  const figures = {
    tabletTapToKioskState: { taps: latencies.length, p50Ms: Number(percentile(latencies, 0.5).toFixed(1)), p95Ms: Number(percentile(latencies, 0.95).toFixed(1)), maxMs: Number(latencies.at(-1)!.toFixed(1)) },
    brokerWith20Kiosks: {
      reports, seconds: Number(seconds.toFixed(1)),
      rssMiB: Number((after.rssKib / 1024).toFixed(1)), rssBeforeMiB: Number((before.rssKib / 1024).toFixed(1)),
      cpuPercentOfOneCore: Number((((after.cpuTicks - before.cpuTicks) / ticksPerSecond / seconds) * 100).toFixed(2)),
    },
  };
  console.log(JSON.stringify(figures, null, 2));
  console.log(`tablet tap -> kiosk state: p50 ${figures.tabletTapToKioskState.p50Ms} ms, p95 ${figures.tabletTapToKioskState.p95Ms} ms over ${TAPS} taps`);
  console.log(`broker, 20 kiosks reporting every second: RSS ${figures.brokerWith20Kiosks.rssMiB} MiB, CPU ${figures.brokerWith20Kiosks.cpuPercentOfOneCore} % of one core`);
} finally {
  await browser.close();
  await gallery.close();
}
