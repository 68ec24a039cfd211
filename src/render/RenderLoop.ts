/**
 * Owns the WebGL renderer and the only animation loop. Each frame runs in a fixed order: the
 * registered tickers (input, state, audio), the scene's update, then the render, and only when
 * something changed: a kiosk idles most of the day and should not burn its GPU doing so.
 */
import { WebGLRenderer } from 'three';
import type { KioskScene, ViewportSize } from '../scene/KioskScene.ts';
import { Emitter } from '../app/Emitter.ts';
import { SmoothFrames } from './SmoothFrames.ts';

/** 4K panels at DPR 2 are already 3840 px wide; more pixels only cost frame time. */
const MAX_DEVICE_PIXEL_RATIO = 2;
/** A long pause (a hidden tab, a debugger) must not fling the scene forward. */
const MAX_FRAME_DELTA_SECONDS = 0.1;
/**
 * A lost context normally comes back by itself (the GPU process restarts within a second).
 * When it does not (the browser has given up on WebGL for this page after repeated GPU crashes),
 * a fresh page load is the only way back; it lands on the attract screen like any start.
 */
const CONTEXT_RESTORE_WAIT_MILLISECONDS = 4000;

export interface RenderLoopEvents {
  frameRendered: { readonly timeMilliseconds: number };
  contextLost: Record<string, never>;
  contextRestored: Record<string, never>;
  /** The context did not come back in time: the page should start afresh. */
  contextUnrecoverable: Record<string, never>;
}

export type Ticker = (deltaSeconds: number) => boolean;

export class RenderLoop {
  readonly events = new Emitter<RenderLoopEvents>();
  readonly renderer: WebGLRenderer;
  private activeScene: KioskScene | null = null;
  private readonly tickers: Ticker[] = [];
  private needsRender = true;
  private lastFrameTime: number | null = null;
  private readonly listeners = new AbortController();
  private readonly resizeObserver: ResizeObserver;
  private readonly smoothFrames: SmoothFrames;
  private viewport: ViewportSize = { widthCssPixels: 1, heightCssPixels: 1 };
  private renderedFrames = 0;
  private multisampledFrames = 0;
  private ticks = 0;
  private restoreTimer: number | null = null;
  /** three.js draws nothing into a lost context: no frame counts as rendered until it is back. */
  private contextLost = false;

  /** The picture is gone until the browser gives the context back (the staff's verdict reads this). */
  get isContextLost(): boolean {
    return this.contextLost;
  }

  constructor(private readonly container: HTMLElement) {
    // Sized before its context exists: the context's drawing buffers are then made once, at the
    // screen's size, instead of at the default 300x150 and again at the first resize.
    const pixelRatio = Math.min(window.devicePixelRatio, MAX_DEVICE_PIXEL_RATIO);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(container.clientWidth * pixelRatio));
    canvas.height = Math.max(1, Math.floor(container.clientHeight * pixelRatio));
    // No multisampling on the canvas: the frames at rest get theirs from SmoothFrames.
    this.renderer = new WebGLRenderer({ canvas, antialias: false, powerPreference: 'high-performance' });
    this.smoothFrames = new SmoothFrames(this.renderer);
    this.renderer.info.autoReset = false;
    this.renderer.domElement.setAttribute('aria-hidden', 'true');
    container.append(canvas);
    canvas.addEventListener('webglcontextlost', (event) => {
      // Without preventDefault the browser never offers to restore the context.
      event.preventDefault();
      this.contextLost = true;
      this.clearRestoreTimer();
      this.restoreTimer = window.setTimeout(() => this.events.emit('contextUnrecoverable', {}), CONTEXT_RESTORE_WAIT_MILLISECONDS);
      this.events.emit('contextLost', {});
    }, { signal: this.listeners.signal });
    canvas.addEventListener('webglcontextrestored', () => {
      this.contextLost = false;
      this.clearRestoreTimer();
      // three.js uploads every geometry and texture again on its next render: draw one now.
      this.needsRender = true;
      this.activeScene?.resize(this.viewport);
      this.events.emit('contextRestored', {});
    }, { signal: this.listeners.signal });
    this.resizeObserver = new ResizeObserver(() => this.handleResize());
    this.resizeObserver.observe(container);
    this.handleResize();
  }

  get canvas(): HTMLCanvasElement {
    return this.renderer.domElement;
  }

  get size(): ViewportSize {
    return this.viewport;
  }

  get frameCount(): number {
    return this.renderedFrames;
  }

  get multisampledFrameCount(): number {
    return this.multisampledFrames;
  }

  /** Animation frames run, rendered or not: the watchdog's sign that the loop is alive. */
  get tickCount(): number {
    return this.ticks;
  }

  /** Adds a step that runs before the scene every frame; it returns true while it needs frames. */
  addTicker(ticker: Ticker): () => void {
    this.tickers.push(ticker);
    return () => {
      const index = this.tickers.indexOf(ticker);
      if (index >= 0) this.tickers.splice(index, 1);
    };
  }

  setScene(scene: KioskScene | null): void {
    this.activeScene = scene;
    // Nothing to draw: the multisampled target (the size of the screen, four times over) goes too.
    if (!scene) this.smoothFrames.release();
    if (scene) scene.resize(this.viewport);
    this.requestRender();
  }

  requestRender(): void {
    this.needsRender = true;
  }

  start(): void {
    this.renderer.setAnimationLoop((time) => this.frame(time));
  }

  stop(): void {
    this.renderer.setAnimationLoop(null);
    this.lastFrameTime = null;
  }

  dispose(): void {
    this.clearRestoreTimer();
    this.stop();
    this.listeners.abort();
    this.resizeObserver.disconnect();
    this.events.dispose();
    this.smoothFrames.release();
    this.renderer.dispose();
    this.renderer.domElement.remove();
  }

  private frame(timeMilliseconds: number): void {
    this.ticks += 1;
    const deltaSeconds = this.lastFrameTime === null ? 0 : Math.min((timeMilliseconds - this.lastFrameTime) / 1000, MAX_FRAME_DELTA_SECONDS);
    this.lastFrameTime = timeMilliseconds;
    let moving = false;
    for (const ticker of this.tickers) moving = ticker(deltaSeconds) || moving;
    const scene = this.activeScene;
    if (scene) moving = scene.update(deltaSeconds) || moving;
    if (!scene || this.contextLost || !(moving || this.needsRender)) return;
    this.needsRender = false;
    // Counted per frame, not per render call: a resting frame is two (the scene, then its copy).
    this.renderer.info.reset();
    if (scene.viewInMotion) this.renderer.render(scene.scene, scene.camera);
    else {
      this.smoothFrames.render(scene.scene, scene.camera);
      this.multisampledFrames += 1;
    }
    this.renderedFrames += 1;
    this.events.emit('frameRendered', { timeMilliseconds });
  }

  private clearRestoreTimer(): void {
    if (this.restoreTimer !== null) window.clearTimeout(this.restoreTimer);
    this.restoreTimer = null;
  }

  private handleResize(): void {
    const width = Math.max(1, this.container.clientWidth);
    const height = Math.max(1, this.container.clientHeight);
    const pixelRatio = Math.min(window.devicePixelRatio, MAX_DEVICE_PIXEL_RATIO);
    // The observer's first report repeats the size the constructor set; setting a canvas's size,
    // even to the one it has, reallocates its drawing buffers (tens of milliseconds at start).
    if (width === this.viewport.widthCssPixels && height === this.viewport.heightCssPixels && pixelRatio === this.renderer.getPixelRatio()) return;
    this.viewport = { widthCssPixels: width, heightCssPixels: height };
    // setPixelRatio resizes the canvas too, at the old size: only when the ratio really changed.
    if (pixelRatio !== this.renderer.getPixelRatio()) this.renderer.setPixelRatio(pixelRatio);
    this.renderer.setSize(width, height);
    this.activeScene?.resize(this.viewport);
    this.requestRender();
  }
}
