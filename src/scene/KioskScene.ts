/**
 * The one lifecycle every scene in scenes/ follows. The render loop owns the frame; a scene
 * only answers update() and hands over what to draw.
 *
 *   load()    fetch and decode what the scene needs (fonts, textures); no GPU work
 *   enter()   build the three.js objects
 *   update()  advance by dt seconds; return true while anything still moves
 *             (and say, through viewInMotion, whether the eye can rest on that frame)
 *   resize()  the viewport changed (CSS pixels)
 *   exit()    stop animations and listeners, keep the objects
 *   dispose() release every geometry, material, texture, tween and listener
 */
import type { Camera, Scene } from 'three';

export interface ViewportSize {
  readonly widthCssPixels: number;
  readonly heightCssPixels: number;
}

export interface KioskScene {
  readonly scene: Scene;
  readonly camera: Camera;
  /**
   * True while the view itself moves (a drag, a fling, a flight): those frames are drawn without
   * multisampling, which nobody sees in motion and which halves a frame's cost in software GL.
   */
  readonly viewInMotion: boolean;
  load(): Promise<void>;
  enter(viewport: ViewportSize): void;
  update(deltaSeconds: number): boolean;
  resize(viewport: ViewportSize): void;
  exit(): void;
  dispose(): void;
}
