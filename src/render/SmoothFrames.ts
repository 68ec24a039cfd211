/**
 * Multisampling only for the frames an eye rests on. In software GL (a kiosk PC without a
 * working GPU driver, and every test) 4x multisampling is the largest single cost of a frame:
 * a drag or a flight drawn without it runs about twice as fast, and nobody sees the curves'
 * stair-steps while they move. A frame at rest is drawn into a multisampled target and copied
 * onto the canvas, which itself has no multisampling.
 *
 * Both ways must give the same pixels, or the words would change weight each time the view came
 * to rest. three.js writes a target in linear light, where the text's edges blend heavier than on
 * the canvas; so the kiosk works in sRGB throughout, as its CSS and its 2D canvases do:
 * colours, textures and blending stay in the values they were designed in,
 * on the canvas and in the target alike, and both ways share the same shader programs.
 * A colour made before the first SmoothFrames keeps the value converted then: the render loop,
 * which makes it, exists before any scene.
 */
import { ColorManagement, LinearSRGBColorSpace, Vector2, WebGLRenderTarget, type Camera, type Scene, type WebGLRenderer } from 'three';

const SAMPLES = 4;
const _size = new Vector2();

/** What three.js keeps for a render target once it has drawn into it (not in its typings). */
interface TargetProperties {
  readonly __webglFramebuffer?: WebGLFramebuffer;
}

export class SmoothFrames {
  private target: WebGLRenderTarget | null = null;
  private copyFailed = false;

  constructor(private readonly renderer: WebGLRenderer) {
    ColorManagement.enabled = false;
    // "Linear" here means: written as the shaders computed it, which is now the sRGB it was given.
    renderer.outputColorSpace = LinearSRGBColorSpace;
  }

  /** Draws the scene multisampled and puts it on the canvas; false when it could not (then draw directly). */
  render(scene: Scene, camera: Camera): boolean {
    if (this.copyFailed) return false;
    const { renderer } = this;
    renderer.getDrawingBufferSize(_size);
    const target = this.targetOfSize(_size.x, _size.y);
    renderer.setRenderTarget(target);
    renderer.render(scene, camera);
    renderer.setRenderTarget(null);
    // three.js has resolved the samples into the target's own framebuffer by now; there is no
    // public call that copies a target onto the canvas, and a full-screen quad would cost a
    // textured pass and a draw call where a blit is a copy.
    const framebuffer = (renderer.properties.get(target) as TargetProperties).__webglFramebuffer;
    const gl = renderer.getContext();
    if (!framebuffer || !(gl instanceof WebGL2RenderingContext)) {
      this.copyFailed = true;
      console.warn('Frames at rest are drawn without multisampling from now on: three.js left no framebuffer to copy (after a three.js upgrade, see src/render/SmoothFrames.ts).');
      return false;
    }
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, framebuffer);
    gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null);
    gl.blitFramebuffer(0, 0, _size.x, _size.y, 0, 0, _size.x, _size.y, gl.COLOR_BUFFER_BIT, gl.NEAREST);
    // The bindings above went behind three.js's back: it must not trust its cached state.
    renderer.resetState();
    return true;
  }

  /** Frees the target (nothing to draw, or the loop is done); the next resting frame makes one again. */
  release(): void {
    this.target?.dispose();
    this.target = null;
  }

  private targetOfSize(width: number, height: number): WebGLRenderTarget {
    if (this.target && this.target.width === width && this.target.height === height) return this.target;
    this.release();
    this.target = new WebGLRenderTarget(width, height, { samples: SAMPLES, depthBuffer: true });
    return this.target;
  }
}
