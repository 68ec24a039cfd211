/**
 * Switches the scene the render loop draws. The old scene is exited and disposed before the new
 * one enters; a scene whose load() finishes after a newer request is discarded unseen, so fast
 * taps never leave two scenes alive or show a stale one.
 */
import type { RenderLoop } from '../render/RenderLoop.ts';
import type { KioskScene } from './KioskScene.ts';

export class SceneDirector {
  private active: KioskScene | null = null;
  private latestRequest = 0;

  constructor(private readonly loop: RenderLoop) {}

  get scene(): KioskScene | null {
    return this.active;
  }

  /** Loads and shows a scene; resolves to it, or to null when a newer request overtook it. */
  async show<Scene extends KioskScene>(createScene: () => Scene): Promise<Scene | null> {
    const request = ++this.latestRequest;
    const scene = createScene();
    try {
      await scene.load();
    } catch (error) {
      scene.dispose();
      throw error;
    }
    if (request !== this.latestRequest) {
      scene.dispose();
      return null;
    }
    this.clear();
    scene.enter(this.loop.size);
    this.active = scene;
    this.loop.setScene(scene);
    return scene;
  }

  /** Exits and disposes the active scene, leaving nothing drawn. */
  clear(): void {
    const previous = this.active;
    this.active = null;
    this.loop.setScene(null);
    if (!previous) return;
    previous.exit();
    previous.dispose();
  }

  dispose(): void {
    this.latestRequest += 1;
    this.clear();
  }
}
