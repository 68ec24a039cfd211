/**
 * `npm run bench` (tsx tests/bench/timelineBench.ts): how heavy the timeline is to draw and how
 * quickly it answers a finger, with the starter content and with 1,000 extra synthetic events.
 *
 * A benchmark, not a test: it prints figures (JSON, then a table) and asserts nothing. It exits 0
 * unless the bench itself crashed; a kiosk that fails to start is reported in the figures.
 *
 * Headless Chromium draws WebGL in software (SwiftShader), so absolute frame times mean little:
 * compare the kiosk with a bare three.js page (one mesh, rendered every frame) measured in the
 * same browser, under the same finger drag.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import type { RenderStats } from '../../src/automation/kioskAutomation.ts';
import { ensureChromium } from '../support/findChromium.ts';
import type { MediaCopy } from '../support/mediaCopy.ts';
import { buildWithMedia, PROJECT_ROOT, serveBuild, type TemporaryBuild } from '../support/staticServer.ts';

const VIEWPORT = { width: 1920, height: 1080 };
const SYNTHETIC_EVENTS_PER_TRACK = 500;
const SYNTHETIC_TRACKS = ['party', 'museum'] as const;
/** One round trip: 60 moves right, 60 back; the drag makes PAN_ROUND_TRIPS of them. */
const PAN_STEPS = 120;
const PAN_ROUND_TRIPS = 2;
const PAN_STEP_CSS_PIXELS = 8;
const PAN_START = { x: 720, y: 500 };
/** A touch panel reports a moving finger about 60 times a second. */
const MOVE_INTERVAL_MS = 16;
const TAP_COUNT = 15;
/** Where a tap on a card is safe: clear of the screen edges, the year strip and the bottom bar. */
const TAP_AREA = { left: 80, right: VIEWPORT.width - 80, top: 120, bottom: VIEWPORT.height - 200 };
const BARE_ORIGIN = 'http://bench.local';
/** Where screenshots go when BENCH_SCREENSHOT_DIR is set (to look at a build that renders badly). */
const SCREENSHOT_DIR = process.env.BENCH_SCREENSHOT_DIR ?? null;

// ---------------------------------------------------------------------------------------------
// Figures

interface FrameStatistics {
  readonly intervals: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly meanMs: number;
  readonly maxMs: number;
}

/** requestAnimationFrame intervals while the finger was dragging (every frame, idle ones too). */
interface FrameFigures extends FrameStatistics {
  readonly durationMs: number;
  /**
   * Only the frames in which the kiosk rendered (it renders only when something changed); on the
   * bare page, which renders every frame, the same as all frames.
   */
  readonly renderedFrames: FrameStatistics;
  readonly framesRenderedDuringDrag: number | null;
  /** The visible years before the drag and at its turn, to show that the drag moved the view. */
  readonly viewMoved: string | null;
}

interface TapFigures {
  readonly taps: number;
  readonly p50Ms: number | null;
  readonly p75Ms: number | null;
  readonly maxMs: number | null;
  /** pointerdown to the end of the first frame that shows the focus (rAF, then a posted message). */
  readonly afterFrameP50Ms: number | null;
  readonly afterFrameP75Ms: number | null;
  readonly samplesMs: readonly number[];
  readonly failures: readonly string[];
}

interface KioskFigures {
  readonly events: number | null;
  readonly buildSeconds: number;
  readonly readySeconds: number | null;
  readonly overview: RenderStats | null;
  readonly panning: FrameFigures | null;
  /** Kiosk / bare: over all frames, and over the kiosk's rendered frames only. */
  readonly panningVsBare: { readonly median: number; readonly p95: number; readonly renderedMedian: number; readonly renderedP95: number } | null;
  readonly tapToPaint: TapFigures | null;
  /** Console errors and warnings, page errors and failed requests, deduplicated. */
  readonly problems: readonly string[];
  /** Why the measurement stopped early, if it did. */
  readonly error: string | null;
  readonly screenshot: string | null;
}

interface BareFigures {
  /** Measured just before the starter kiosk; the starter's ratios divide by it. */
  readonly panning: FrameFigures | null;
  /** Measured again just before the 1,000-event kiosk; its ratios divide by this one. */
  readonly panningBeforeThousandEvents: FrameFigures | null;
  readonly error: string | null;
}

interface Environment {
  readonly chromium: string;
  readonly executable: string;
  readonly webglRenderer: string | null;
  readonly webglVendor: string | null;
  readonly maxTextureSize: number | null;
  readonly node: string;
  readonly cpus: string;
  /** 1-minute load averages at the start and the end: above the core count, other work competed. */
  readonly loadAverage: { readonly atStart: number; readonly atEnd: number };
  readonly viewport: string;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n');

async function withTimeout<T>(promise: Promise<T>, milliseconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${milliseconds} ms: ${what}`)), milliseconds);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function log(text: string): void {
  process.stderr.write(`[bench] ${text}\n`);
}

// ---------------------------------------------------------------------------------------------
// Content

function isoDate(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/** 500 events per track, spread evenly over 1921-01-01 .. 2022-12-31, offset between tracks. */
function addSyntheticEvents(media: MediaCopy): number {
  const first = Date.UTC(1921, 0, 1);
  const last = Date.UTC(2022, 11, 31);
  const span = last - first;
  let written = 0;
  SYNTHETIC_TRACKS.forEach((track, trackIndex) => {
    for (let index = 0; index < SYNTHETIC_EVENTS_PER_TRACK; index += 1) {
      const fraction = (index + (trackIndex + 1) / (SYNTHETIC_TRACKS.length + 1)) / SYNTHETIC_EVENTS_PER_TRACK;
      const date = isoDate(first + Math.floor((fraction * span) / 86_400_000) * 86_400_000);
      const number = String(index + 1).padStart(3, '0');
      const trackName = track === 'party' ? '党史' : '馆史';
      const yaml = [
        `date: ${date}`,
        'title:',
        `  zh-Hans: ${trackName}基准事件第${number}号`,
        `  en: Benchmark event ${number} on the ${track} track`,
        'summary:',
        `  zh-Hans: 这是用于性能基准测试的合成事件，第${number}号，日期为${date}。`,
        `  en: A synthetic event (number ${number}, ${date}) for the timeline performance benchmark.`,
        'source: public',
        '',
      ].join('\n');
      media.write(`timeline/${track}/${date.slice(0, 4)}-bench-${number}/event.yaml`, yaml);
      written += 1;
    }
  });
  return written;
}

function timedBuild(label: string, change: (media: MediaCopy) => void): { build: TemporaryBuild; seconds: number } {
  log(`building ${label}...`);
  const started = performance.now();
  const build = buildWithMedia(change);
  const seconds = round((performance.now() - started) / 1000);
  log(`built ${label} in ${seconds} s`);
  return { build, seconds };
}

// ---------------------------------------------------------------------------------------------
// Touch and in-page measurement

interface Touch {
  start(x: number, y: number): Promise<void>;
  move(x: number, y: number): Promise<void>;
  end(): Promise<void>;
  tap(x: number, y: number): Promise<void>;
  detach(): Promise<void>;
}

async function touchOf(context: BrowserContext, page: Page): Promise<Touch> {
  const client: CDPSession = await context.newCDPSession(page);
  const send = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]): Promise<void> => {
    await client.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((point) => ({ ...point, id: 1 })) });
  };
  return {
    start: (x, y) => send('touchStart', [{ x, y }]),
    move: (x, y) => send('touchMove', [{ x, y }]),
    end: () => send('touchEnd', []),
    async tap(x, y) {
      await send('touchStart', [{ x, y }]);
      await send('touchEnd', []);
    },
    detach: () => client.detach(),
  };
}

/** Starts recording requestAnimationFrame time stamps (and the kiosk's rendered-frame count). */
async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    interface Recorder { stamps: number[]; rendered: number[]; running: boolean }
    const recorder: Recorder = { stamps: [], rendered: [], running: true };
    (window as unknown as { benchRecorder: Recorder }).benchRecorder = recorder;
    const tick = (time: number): void => {
      if (!recorder.running) return;
      recorder.stamps.push(time);
      recorder.rendered.push(window.kiosk ? window.kiosk.renderStats().framesRendered : -1);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrameRecorder(page: Page): Promise<{ stamps: number[]; rendered: number[] }> {
  return page.evaluate(() => {
    const recorder = (window as unknown as { benchRecorder: { stamps: number[]; rendered: number[]; running: boolean } }).benchRecorder;
    recorder.running = false;
    return { stamps: recorder.stamps, rendered: recorder.rendered };
  });
}

/**
 * The same one-finger drag on every page: round trips of 120 moves of 8 px (60 right, 60 back),
 * sent at a touch digitiser's steady pace (one every MOVE_INTERVAL_MS) rather than waiting for each
 * reply, so that a frame always has a move waiting, as under a real finger.
 */
async function dragBackAndForth(touch: Touch, atTurn?: () => Promise<void>): Promise<void> {
  let x = PAN_START.x;
  await touch.start(x, PAN_START.y);
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const moves = PAN_STEPS * PAN_ROUND_TRIPS;
  const stepsPerSweep = PAN_STEPS / 2;
  for (let step = 0; step < moves; step += 1) {
    const wait = started + (step + 1) * MOVE_INTERVAL_MS - performance.now();
    if (wait > 0) await new Promise((resolveWait) => setTimeout(resolveWait, wait));
    x += Math.floor(step / stepsPerSweep) % 2 === 0 ? PAN_STEP_CSS_PIXELS : -PAN_STEP_CSS_PIXELS;
    pending.push(touch.move(x, PAN_START.y));
    if (atTurn && step === stepsPerSweep - 1) pending.push(atTurn());
  }
  await Promise.all(pending);
  await touch.end();
}

function frameStatistics(intervals: readonly number[]): FrameStatistics {
  return {
    intervals: intervals.length,
    medianMs: round(percentile(intervals, 0.5)),
    p95Ms: round(percentile(intervals, 0.95)),
    meanMs: round(intervals.reduce((sum, value) => sum + value, 0) / Math.max(1, intervals.length)),
    maxMs: intervals.length ? round(Math.max(...intervals)) : Number.NaN,
  };
}

async function measurePanning(page: Page, touch: Touch, isKiosk: boolean): Promise<FrameFigures> {
  const yearsBefore = isKiosk ? await page.evaluate(() => window.kiosk!.renderStats().visibleYears) : null;
  let yearsAtTurn: RenderStats['visibleYears'] = null;
  await startFrameRecorder(page);
  await dragBackAndForth(touch, isKiosk ? async () => {
    yearsAtTurn = await page.evaluate(() => window.kiosk!.renderStats().visibleYears);
  } : undefined);
  const { stamps, rendered } = await stopFrameRecorder(page);
  // Interval i runs from frame i to frame i + 1: it is how long frame i took.
  const intervals = stamps.slice(1).map((stamp, index) => stamp - (stamps[index] ?? stamp));
  // The kiosk's loop was registered long before the recorder, so its callback runs first in each
  // frame: frame i rendered when the count read in frame i is above the one read in frame i - 1.
  const renderedIntervals = isKiosk
    ? intervals.filter((_, index) => index > 0 && (rendered[index] ?? 0) > (rendered[index - 1] ?? 0))
    : intervals;
  const describe = (years: RenderStats['visibleYears']): string => (years ? `${years.from.toFixed(2)}..${years.to.toFixed(2)}` : 'null');
  return {
    ...frameStatistics(intervals),
    durationMs: round((stamps[stamps.length - 1] ?? 0) - (stamps[0] ?? 0)),
    renderedFrames: frameStatistics(renderedIntervals),
    framesRenderedDuringDrag: isKiosk ? (rendered[rendered.length - 1] ?? 0) - (rendered[0] ?? 0) : null,
    viewMoved: isKiosk ? `${describe(yearsBefore)} -> ${describe(yearsAtTurn)} (at the turn)` : null,
  };
}

/** Waits until the kiosk has rendered no frame for `quietMilliseconds` (the view is still). */
async function waitForStillView(page: Page, quietMilliseconds = 450, timeoutMilliseconds = 15_000): Promise<void> {
  await page.evaluate(
    async ({ quiet, timeout }) => {
      const started = performance.now();
      let last = window.kiosk!.renderStats().framesRendered;
      let lastChange = performance.now();
      while (performance.now() - started < timeout) {
        await new Promise((resolveWait) => setTimeout(resolveWait, 50));
        const now = window.kiosk!.renderStats().framesRendered;
        if (now !== last) {
          last = now;
          lastChange = performance.now();
        } else if (performance.now() - lastChange >= quiet) {
          return;
        }
      }
    },
    { quiet: quietMilliseconds, timeout: timeoutMilliseconds },
  );
}

async function waitForMode(page: Page, mode: string, timeoutMilliseconds: number): Promise<void> {
  await page.waitForFunction((wanted) => window.kiosk?.state().mode === wanted, mode, { timeout: timeoutMilliseconds, polling: 50 });
}

/** Cards whose centres are well inside the screen, in the order the event list gives them. */
async function visibleCards(page: Page, area: typeof TAP_AREA): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate((bounds) => {
    const ids = [...document.querySelectorAll<HTMLElement>('.event-list__button[data-event-id]')].map((button) => button.dataset.eventId ?? '');
    const cards: { id: string; x: number; y: number }[] = [];
    for (const id of ids) {
      const point = id ? window.kiosk!.screenPointOf(id) : null;
      if (point && point.x >= bounds.left && point.x <= bounds.right && point.y >= bounds.top && point.y <= bounds.bottom) {
        cards.push({ id, x: point.x, y: point.y });
      }
    }
    return cards;
  }, area);
}

/** Arms the in-page probe: pointerdown time, then the first frame whose state shows the focus. */
async function armTapProbe(page: Page, id: string, timeoutMilliseconds: number): Promise<void> {
  await page.evaluate(
    ({ target, timeout }) => {
      interface Probe { down: number | null; frame: number | null; afterFrame: number | null; done: Promise<string | null> }
      const probe: Probe = { down: null, frame: null, afterFrame: null, done: Promise.resolve(null) };
      (window as unknown as { benchTap: Probe }).benchTap = probe;
      probe.done = new Promise<string | null>((resolveProbe) => {
        const started = performance.now();
        window.addEventListener('pointerdown', () => {
          probe.down ??= performance.now();
        }, { capture: true, once: true });
        const poll = (): void => {
          if (probe.down !== null && window.kiosk!.state().focused === target) {
            probe.frame = performance.now();
            // A message posted from rAF runs after that frame's style, layout and paint.
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              probe.afterFrame = performance.now();
              channel.port1.close();
              resolveProbe(null);
            };
            channel.port2.postMessage(null);
            return;
          }
          if (performance.now() - started > timeout) {
            resolveProbe(`no focus on ${target} after ${timeout} ms (focused: ${String(window.kiosk!.state().focused)}, pointerdown seen: ${probe.down !== null})`);
            return;
          }
          requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
    },
    { target: id, timeout: timeoutMilliseconds },
  );
}

async function readTapProbe(page: Page): Promise<{ problem: string | null; frameMs: number | null; afterFrameMs: number | null }> {
  return page.evaluate(async () => {
    const probe = (window as unknown as { benchTap: { down: number | null; frame: number | null; afterFrame: number | null; done: Promise<string | null> } }).benchTap;
    const problem = await probe.done;
    const down = probe.down;
    return {
      problem,
      frameMs: down !== null && probe.frame !== null ? probe.frame - down : null,
      afterFrameMs: down !== null && probe.afterFrame !== null ? probe.afterFrame - down : null,
    };
  });
}

async function closeSheet(page: Page, touch: Touch): Promise<void> {
  const close = page.locator('.sheet__close').filter({ visible: true }).first();
  const box = await close.boundingBox({ timeout: 3_000 }).catch(() => null);
  if (box) await touch.tap(box.x + box.width / 2, box.y + box.height / 2);
  else await page.getByRole('button', { name: '首页' }).first().tap({ timeout: 3_000 });
  await page.waitForFunction(() => window.kiosk!.state().focused === null, undefined, { timeout: 5_000, polling: 50 });
}

async function measureTaps(page: Page, touch: Touch): Promise<TapFigures> {
  const frameSamples: number[] = [];
  const afterFrameSamples: number[] = [];
  const failures: string[] = [];
  const tapped = new Set<string>();
  for (let attempt = 0; attempt < TAP_COUNT; attempt += 1) {
    try {
      // A tap that went astray may have left a sheet open: start each tap from the bare timeline.
      if (await page.evaluate(() => window.kiosk!.state().focused !== null)) await closeSheet(page, touch);
      await waitForStillView(page, 300);
      const cards = await visibleCards(page, TAP_AREA);
      // A card not tapped yet, taken from across the screen so the taps do not all land together.
      const fresh = cards.filter((card) => !tapped.has(card.id));
      const pool = fresh.length > 0 ? fresh : cards;
      const card = pool[(attempt * 7) % Math.max(1, pool.length)];
      if (!card) {
        failures.push(`tap ${attempt + 1}: no card inside the tap area`);
        continue;
      }
      tapped.add(card.id);
      await armTapProbe(page, card.id, 5_000);
      await touch.tap(Math.round(card.x), Math.round(card.y));
      const result = await readTapProbe(page);
      if (result.problem) failures.push(`tap ${attempt + 1} on ${card.id}: ${result.problem}`);
      if (result.frameMs !== null) frameSamples.push(result.frameMs);
      if (result.afterFrameMs !== null) afterFrameSamples.push(result.afterFrameMs);
      if (result.problem === null) {
        // Let the camera flight and the sheet settle, as a visitor reading the card would.
        await waitForStillView(page, 300);
        await closeSheet(page, touch);
      }
    } catch (error) {
      failures.push(`tap ${attempt + 1}: ${message(error)}`);
    }
  }
  const stat = (values: number[], fraction: number): number | null => (values.length ? round(percentile(values, fraction)) : null);
  return {
    taps: frameSamples.length,
    p50Ms: stat(frameSamples, 0.5),
    p75Ms: stat(frameSamples, 0.75),
    maxMs: frameSamples.length ? round(Math.max(...frameSamples)) : null,
    afterFrameP50Ms: stat(afterFrameSamples, 0.5),
    afterFrameP75Ms: stat(afterFrameSamples, 0.75),
    samplesMs: frameSamples.map((value) => round(value)),
    failures,
  };
}

// ---------------------------------------------------------------------------------------------
// Pages

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true, deviceScaleFactor: 1, locale: 'zh-CN' });
  // tsx compiles this file with esbuild's keepNames, which wraps the named helpers inside the
  // page.evaluate callbacks in __name(...): give the page a no-op __name so they run there.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((target) => target);');
  return context;
}

const BARE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>bare three.js</title>
<style>html, body { margin: 0; height: 100%; overflow: hidden; background: #111; touch-action: none; }</style>
</head>
<body>
<script type="module">
import { BoxGeometry, Mesh, MeshBasicMaterial, PerspectiveCamera, Scene, WebGLRenderer } from './three.module.js';
const renderer = new WebGLRenderer({ antialias: true, powerPreference: 'high-performance' });
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.append(renderer.domElement);
const scene = new Scene();
const camera = new PerspectiveCamera(50, window.innerWidth / window.innerHeight, 0.1, 100);
camera.position.z = 4;
const box = new Mesh(new BoxGeometry(1, 1, 1), new MeshBasicMaterial({ color: 0xb71c1c }));
scene.add(box);
let dragX = 0;
renderer.domElement.addEventListener('pointermove', (event) => { dragX = event.clientX; });
renderer.setAnimationLoop((time) => {
  box.rotation.x = time / 1000;
  box.rotation.y = time / 1500 + dragX / 500;
  renderer.render(scene, camera);
});
const gl = renderer.getContext();
const info = gl.getExtension('WEBGL_debug_renderer_info');
window.benchGpu = {
  renderer: info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER)),
  vendor: info ? String(gl.getParameter(info.UNMASKED_VENDOR_WEBGL)) : String(gl.getParameter(gl.VENDOR)),
  maxTextureSize: Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)),
};
window.benchReady = true;
</script>
</body>
</html>
`;

/** Serves the bare page and three's modules from memory: the fake origin never reaches a network. */
async function routeBarePage(context: BrowserContext): Promise<void> {
  const threeBuild = join(PROJECT_ROOT, 'node_modules/three/build');
  const modules = new Map<string, string>();
  const threeModule = readFileSync(join(threeBuild, 'three.module.js'), 'utf8');
  modules.set('/three.module.js', threeModule);
  // three.module.js imports its core from './three.core.js' (since r171); serve whatever it names.
  for (const match of threeModule.matchAll(/from\s+'\.\/([\w.-]+\.js)'/g)) {
    const file = match[1];
    if (file && !modules.has(`/${file}`)) modules.set(`/${file}`, readFileSync(join(threeBuild, file), 'utf8'));
  }
  await context.route(`${BARE_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/bare.html') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BARE_HTML });
      return;
    }
    const body = modules.get(path);
    if (body === undefined) await route.fulfill({ status: 404, body: 'not found' });
    else await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
  });
}

interface BareRun {
  readonly panning: FrameFigures | null;
  readonly gpu: { readonly renderer: string; readonly vendor: string; readonly maxTextureSize: number } | null;
  readonly error: string | null;
}

async function measureBare(browser: Browser): Promise<BareRun> {
  const context = await newContext(browser);
  try {
    await routeBarePage(context);
    const page = await context.newPage();
    await page.goto(`${BARE_ORIGIN}/bare.html`);
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true, undefined, { timeout: 20_000 });
    const gpu = await page.evaluate(() => (window as unknown as { benchGpu: { renderer: string; vendor: string; maxTextureSize: number } }).benchGpu);
    // Warm up: shader compilation and the first frames are not what a drag feels.
    await page.evaluate(() => new Promise((resolveWait) => setTimeout(resolveWait, 1000)));
    const touch = await touchOf(context, page);
    const panning = await measurePanning(page, touch, false);
    await touch.detach();
    log(`bare: median ${panning.medianMs} ms, p95 ${panning.p95Ms} ms`);
    return { panning, gpu, error: null };
  } catch (error) {
    log(`bare: stopped early: ${message(error)}`);
    return { panning: null, gpu: null, error: message(error) };
  } finally {
    await context.close();
  }
}

async function measureKiosk(browser: Browser, build: TemporaryBuild, buildSeconds: number, label: string, bare: FrameFigures | null): Promise<KioskFigures> {
  const port = await freePort();
  const server = await serveBuild(build.outDir, port);
  const context = await newContext(browser);
  const problems = new Set<string>();
  let events: number | null = null;
  let readySeconds: number | null = null;
  let overview: RenderStats | null = null;
  let panning: FrameFigures | null = null;
  let tapToPaint: TapFigures | null = null;
  let screenshot: string | null = null;
  let error: string | null = null;
  const snap = async (page: Page, name: string): Promise<void> => {
    if (!SCREENSHOT_DIR) return;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${label}-${name}.png`);
    await page.screenshot({ path, timeout: 20_000 }).catch(() => undefined);
    screenshot = screenshot ? `${screenshot}, ${path}` : path;
  };
  try {
    const page = await context.newPage();
    page.on('console', (entry) => {
      if (entry.type() === 'error' || entry.type() === 'warning') problems.add(`console ${entry.type()}: ${entry.text().slice(0, 400)}`);
    });
    page.on('pageerror', (pageError) => problems.add(`page error: ${pageError.message.slice(0, 400)}`));
    page.on('requestfailed', (request) => problems.add(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
    page.on('crash', () => problems.add('page crashed'));

    log(`${label}: opening the kiosk`);
    const opened = performance.now();
    await page.goto(`${server.url}/?debug=1`, { timeout: 60_000 });
    // The kiosk is a chunk the entry module loads: wait for window.kiosk, then for its first frame.
    await page.waitForFunction(() => window.kiosk !== undefined, undefined, { timeout: 90_000 });
    await withTimeout(page.evaluate(() => window.kiosk!.ready), 90_000, 'window.kiosk.ready');
    readySeconds = round((performance.now() - opened) / 1000, 2);
    events = await page.locator('.event-list__button[data-event-id]').count();
    // Measured as the kiosk runs every day but its first: with the offline copy in place. The
    // first install downloads every file (thousands with 1,000 events' prompts) after the first
    // frame, and would be measured instead of the drag.
    await page.waitForFunction(() => window.kiosk!.state().offline?.ready === true, undefined, { timeout: 300_000 });

    const touch = await touchOf(context, page);
    await touch.tap(960, 400);
    await waitForMode(page, 'explore', 15_000);
    await waitForStillView(page);
    // The view is still, so the last frame rendered was the overview: its figures are these.
    overview = await page.evaluate(() => window.kiosk!.renderStats());
    await snap(page, 'overview');
    log(`${label}: overview ${JSON.stringify(overview)}`);

    panning = await measurePanning(page, touch, true);
    log(`${label}: panning median ${panning.medianMs} ms, p95 ${panning.p95Ms} ms`);
    await waitForStillView(page);
    await page.waitForFunction(() => window.kiosk!.state().focused === null, undefined, { timeout: 5_000 });

    tapToPaint = await measureTaps(page, touch);
    log(`${label}: tap-to-paint p50 ${String(tapToPaint.p50Ms)} ms, p75 ${String(tapToPaint.p75Ms)} ms (${tapToPaint.taps} taps)`);
    await touch.detach();
  } catch (caught) {
    error = message(caught);
    log(`${label}: stopped early: ${error}`);
    const page = context.pages()[0];
    if (page && !page.isClosed()) {
      await snap(page, 'failure');
      overview ??= await page.evaluate(() => window.kiosk?.renderStats() ?? null).catch(() => null);
    }
  } finally {
    await context.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  }
  return {
    events,
    buildSeconds,
    readySeconds,
    overview,
    panning,
    panningVsBare: panning && bare
      ? {
          median: round(panning.medianMs / bare.medianMs, 2),
          p95: round(panning.p95Ms / bare.p95Ms, 2),
          renderedMedian: round(panning.renderedFrames.medianMs / bare.medianMs, 2),
          renderedP95: round(panning.renderedFrames.p95Ms / bare.p95Ms, 2),
        }
      : null,
    tapToPaint,
    problems: [...problems].slice(0, 30),
    error,
    screenshot,
  };
}

// ---------------------------------------------------------------------------------------------
// Report

function printTable(starter: KioskFigures, thousand: KioskFigures, bare: BareFigures): void {
  const cell = (value: number | string | null | undefined): string => (value === null || value === undefined || Number.isNaN(value) ? '-' : String(value));
  const short = (text: string | null): string => (text === null ? '-' : `${(text.split('\n')[0] ?? '').slice(0, 60)} (see JSON)`);
  const bareCell = (pick: (figures: FrameFigures) => number): string =>
    `${cell(bare.panning ? pick(bare.panning) : null)} / ${cell(bare.panningBeforeThousandEvents ? pick(bare.panningBeforeThousandEvents) : null)}`;
  const rows: [string, string, string, string, string][] = [
    ['figure', 'starter', '+1,000 events', 'bare three.js (before each)', 'target'],
    ['events', cell(starter.events), cell(thousand.events), '-', ''],
    ['draw calls', cell(starter.overview?.drawCalls), cell(thousand.overview?.drawCalls), '-', '<= 40 / <= 60'],
    ['triangles', cell(starter.overview?.triangles), cell(thousand.overview?.triangles), '-', ''],
    ['textures', cell(starter.overview?.textures), cell(thousand.overview?.textures), '-', ''],
    ['geometries', cell(starter.overview?.geometries), cell(thousand.overview?.geometries), '-', ''],
    ['programs', cell(starter.overview?.programs), cell(thousand.overview?.programs), '-', ''],
    ['pan frame median (ms), all', cell(starter.panning?.medianMs), cell(thousand.panning?.medianMs), bareCell((figures) => figures.medianMs), ''],
    ['pan frame p95 (ms), all', cell(starter.panning?.p95Ms), cell(thousand.panning?.p95Ms), bareCell((figures) => figures.p95Ms), ''],
    ['pan median (ms), rendered', cell(starter.panning?.renderedFrames.medianMs), cell(thousand.panning?.renderedFrames.medianMs), bareCell((figures) => figures.medianMs), ''],
    ['pan p95 (ms), rendered', cell(starter.panning?.renderedFrames.p95Ms), cell(thousand.panning?.renderedFrames.p95Ms), bareCell((figures) => figures.p95Ms), ''],
    ['pan median / bare, all', cell(starter.panningVsBare?.median), cell(thousand.panningVsBare?.median), '1', '<= 2'],
    ['pan p95 / bare, all', cell(starter.panningVsBare?.p95), cell(thousand.panningVsBare?.p95), '1', '<= 2'],
    ['pan median / bare, rendered', cell(starter.panningVsBare?.renderedMedian), cell(thousand.panningVsBare?.renderedMedian), '1', '<= 2'],
    ['pan p95 / bare, rendered', cell(starter.panningVsBare?.renderedP95), cell(thousand.panningVsBare?.renderedP95), '1', '<= 2'],
    ['pan frames (kiosk renders)', `${cell(starter.panning?.intervals)} (${cell(starter.panning?.framesRenderedDuringDrag)})`,
      `${cell(thousand.panning?.intervals)} (${cell(thousand.panning?.framesRenderedDuringDrag)})`, bareCell((figures) => figures.intervals), ''],
    ['pan duration (ms)', cell(starter.panning?.durationMs), cell(thousand.panning?.durationMs), bareCell((figures) => figures.durationMs), ''],
    ['tap-to-paint p50 (ms)', cell(starter.tapToPaint?.p50Ms), cell(thousand.tapToPaint?.p50Ms), '-', ''],
    ['tap-to-paint p75 (ms)', cell(starter.tapToPaint?.p75Ms), cell(thousand.tapToPaint?.p75Ms), '-', '< 100'],
    ['tap-to-paint max (ms)', cell(starter.tapToPaint?.maxMs), cell(thousand.tapToPaint?.maxMs), '-', ''],
    ['  ...frame done p75 (ms)', cell(starter.tapToPaint?.afterFrameP75Ms), cell(thousand.tapToPaint?.afterFrameP75Ms), '-', ''],
    ['taps measured', `${cell(starter.tapToPaint?.taps)}/${TAP_COUNT}`, `${cell(thousand.tapToPaint?.taps)}/${TAP_COUNT}`, '-', ''],
    ['build (s) / ready (s)', `${starter.buildSeconds} / ${cell(starter.readySeconds)}`, `${thousand.buildSeconds} / ${cell(thousand.readySeconds)}`, '-', ''],
    ['error', short(starter.error), short(thousand.error), short(bare.error), ''],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string => row.map((value, column) => value.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  console.log(line(rows[0]!));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  for (const [label, figures] of [['starter', starter], ['thousandEvents', thousand]] as const) {
    if (figures.problems.length) {
      console.log(`\n${label}: console problems`);
      for (const problem of figures.problems) console.log(`  ${problem}`);
    }
    if (figures.tapToPaint?.failures.length) {
      console.log(`\n${label}: tap failures`);
      for (const failure of figures.tapToPaint.failures) console.log(`  ${failure}`);
    }
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const executable = ensureChromium();
  const starterBuild = timedBuild('the starter content', () => undefined);
  let syntheticCount = 0;
  let thousandBuild: { build: TemporaryBuild; seconds: number } | null = null;
  let thousandBuildError: string | null = null;
  try {
    thousandBuild = timedBuild('the starter content + 1,000 synthetic events', (media) => {
      syntheticCount = addSyntheticEvents(media);
    });
  } catch (error) {
    thousandBuildError = message(error);
    log(`the 1,000-event build failed: ${thousandBuildError}`);
  }

  const browser = await chromium.launch({ executablePath: executable, args: ['--autoplay-policy=no-user-gesture-required'] });
  try {
    // The bare page runs just before each kiosk, so that each ratio compares like with like
    // even when other work on the machine comes and goes.
    log('measuring the bare three.js page (before the starter kiosk)');
    const bareFirst = await measureBare(browser);
    const starter = await measureKiosk(browser, starterBuild.build, starterBuild.seconds, 'starter', bareFirst.panning);
    log('measuring the bare three.js page (before the 1,000-event kiosk)');
    const bareSecond = await measureBare(browser);
    const thousand: KioskFigures = thousandBuild
      ? await measureKiosk(browser, thousandBuild.build, thousandBuild.seconds, 'thousandEvents', bareSecond.panning)
      : { events: null, buildSeconds: 0, readySeconds: null, overview: null, panning: null, panningVsBare: null, tapToPaint: null,
          problems: [], error: `build failed: ${thousandBuildError ?? 'unknown'}`, screenshot: null };
    const bare: BareFigures = {
      panning: bareFirst.panning,
      panningBeforeThousandEvents: bareSecond.panning,
      error: bareFirst.error ?? bareSecond.error,
    };
    const gpu = bareFirst.gpu ?? bareSecond.gpu;

    const environment: Environment = {
      chromium: browser.version(),
      executable,
      webglRenderer: gpu?.renderer ?? null,
      webglVendor: gpu?.vendor ?? null,
      maxTextureSize: gpu?.maxTextureSize ?? null,
      node: process.version,
      cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
      viewport: `${VIEWPORT.width}x${VIEWPORT.height} @1x`,
      loadAverage: { atStart: round(loadAtStart, 2), atEnd: round(loadavg()[0] ?? 0, 2) },
    };
    const report = {
      environment,
      syntheticEventsAdded: syntheticCount,
      method: {
        panning: `one finger, ${PAN_ROUND_TRIPS} x ${PAN_STEPS} CDP touchMove steps of ${PAN_STEP_CSS_PIXELS} px (${PAN_STEPS / 2} right, ${PAN_STEPS / 2} back), one every ${MOVE_INTERVAL_MS} ms; requestAnimationFrame intervals (all, and the kiosk's rendered frames only)`,
        tapToPaint: 'pointerdown (window, capture) to the first requestAnimationFrame whose kiosk.state().focused is the tapped card',
        tapToPaintAfterFrame: 'the same, to a message posted from that requestAnimationFrame (after the frame\'s rendering update)',
      },
      starter,
      thousandEvents: thousand,
      bare,
      totalSeconds: round((performance.now() - started) / 1000),
    };
    console.log(JSON.stringify(report, null, 2));
    console.log('');
    console.log(`Chromium ${environment.chromium}; WebGL: ${environment.webglRenderer ?? 'unknown'} (${environment.webglVendor ?? '?'}), MAX_TEXTURE_SIZE ${String(environment.maxTextureSize)}; node ${environment.node}; ${environment.cpus}`);
    console.log(`load average (1 min): ${environment.loadAverage.atStart} at the start, ${environment.loadAverage.atEnd} at the end, on ${cpus().length} cores`);
    if (Math.max(environment.loadAverage.atStart, environment.loadAverage.atEnd) > cpus().length) {
      console.log('NOTE: other work was competing for the CPU; frame times are noisier than usual (the ratios less so).');
    }
    printTable(starter, thousand, bare);
    console.log(`\ntotal ${report.totalSeconds} s`);
  } finally {
    await browser.close();
    starterBuild.build.dispose();
    thousandBuild?.build.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
