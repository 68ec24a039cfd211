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
 * colours, textures and blending stay in the values they were designed in, on the canvas and in
 * the target alike, and both ways share the same shader programs. A colour made before the first
 * SmoothFrames keeps the value converted then: the render loop, which makes it, exists before
 * any scene.
 */
import {
  ColorManagement,
  LinearSRGBColorSpace,
  Mesh,
  NearestFilter,
  OrthographicCamera,
  PlaneGeometry,
  Scene,
  ShaderMaterial,
  Vector2,
  WebGLRenderTarget,
  type Camera,
  type Texture,
  type WebGLRenderer,
} from 'three';

const SAMPLES = 4;
const _size = new Vector2();

/**
 * The copy onto the canvas: one textured quad over the whole screen, pixel for pixel. In
 * SwiftShader it costs less than a blitFramebuffer onto the canvas (measured: a resting frame's
 * interval 64 ms against 78).
 */
const COPY_VERTEX = 'varying vec2 vUv; void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }';
const COPY_FRAGMENT = 'uniform sampler2D picture; varying vec2 vUv; void main() { gl_FragColor = texture2D(picture, vUv); }';

class CanvasCopy {
  readonly scene = new Scene();
  readonly camera = new OrthographicCamera();
  private readonly material = new ShaderMaterial({
    uniforms: { picture: { value: null } },
    vertexShader: COPY_VERTEX,
    fragmentShader: COPY_FRAGMENT,
    depthTest: false,
    depthWrite: false,
  });
  private readonly mesh = new Mesh(new PlaneGeometry(2, 2), this.material);

  constructor() {
    this.mesh.frustumCulled = false;
    this.scene.add(this.mesh);
  }

  show(picture: Texture): void {
    const uniform = this.material.uniforms.picture;
    if (uniform) uniform.value = picture;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.material.dispose();
  }
}

export class SmoothFrames {
  private target: WebGLRenderTarget | null = null;
  private copy: CanvasCopy | null = null;

  constructor(private readonly renderer: WebGLRenderer) {
    ColorManagement.enabled = false;
    // "Linear" here means: written as the shaders computed it, which is now the sRGB it was given.
    renderer.outputColorSpace = LinearSRGBColorSpace;
  }

  /** Draws the scene multisampled and copies it onto the canvas (two draws: the scene's, then the copy). */
  render(scene: Scene, camera: Camera): void {
    const { renderer } = this;
    renderer.getDrawingBufferSize(_size);
    const target = this.targetOfSize(_size.x, _size.y);
    const copy = (this.copy ??= new CanvasCopy());
    renderer.setRenderTarget(target);
    renderer.render(scene, camera);
    renderer.setRenderTarget(null);
    copy.show(target.texture);
    // The copy covers every pixel: clearing the canvas first would be a pass for nothing.
    const autoClear = renderer.autoClear;
    renderer.autoClear = false;
    renderer.render(copy.scene, copy.camera);
    renderer.autoClear = autoClear;
  }

  /** Frees the target and the copy (nothing to draw, or the loop is done); the next resting frame makes them again. */
  release(): void {
    this.target?.dispose();
    this.target = null;
    this.copy?.dispose();
    this.copy = null;
  }

  private targetOfSize(width: number, height: number): WebGLRenderTarget {
    if (this.target && this.target.width === width && this.target.height === height) return this.target;
    this.target?.dispose();
    // Only the colour is copied out: resolving the depth samples too would cost a second pass.
    this.target = new WebGLRenderTarget(width, height, {
      samples: SAMPLES,
      depthBuffer: true,
      resolveDepthBuffer: false,
      resolveStencilBuffer: false,
      minFilter: NearestFilter,
      magFilter: NearestFilter,
      generateMipmaps: false,
    });
    return this.target;
  }
}
