/**
 * The folder boundaries are rules in eslint.config.js; this proves each one fires on an import
 * that crosses it and stays quiet on one that does not, so a rule that silently stops matching
 * (a renamed folder, a mistyped pattern) fails here rather than letting the bundle grow a Node
 * module or a scene grow a DOM dependency.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

// Only the boundary rule runs, and without type information: these files do not exist on disk,
// and building a TypeScript program for each would cost seconds and prove nothing more here.
const eslint = new ESLint({
  cwd: PROJECT_ROOT,
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

/** The messages the boundary rule gives an import written in a file at `filePath` (relative to the project). */
async function boundaryMessages(filePath: string, importSource: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${importSource}';\n`, { filePath: resolve(PROJECT_ROOT, filePath) });
  return result!.messages.map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

interface BoundaryCase {
  readonly file: string;
  readonly forbidden: readonly string[];
  readonly allowed: readonly string[];
  /** Words the message must contain, so it explains the rule rather than just naming it. */
  readonly because: RegExp;
}

const CASES: Record<string, BoundaryCase> = {
  'the content model imports no three.js': {
    file: 'src/contentModel/newModel.ts', forbidden: ['three', 'three/addons/loaders/GLTFLoader.js'], allowed: ['valibot', './contentTypes.ts'], because: /three\.js/,
  },
  'the content model imports no Node built-in': {
    file: 'src/contentModel/newModel.ts', forbidden: ['node:fs', 'node:path', 'fs', 'fs/promises', 'child_process'], allowed: ['./contentDate.ts'], because: /browser/,
  },
  'the content model imports nothing from the build side': {
    file: 'src/contentModel/newModel.ts', forbidden: ['../contentBuild/validateMedia.ts', '../tools/kioskFonts.ts', 'sharp'], allowed: ['./webVtt.ts'], because: /build side/,
  },
  'typography is held to the content model\'s rules': {
    file: 'src/typography/newLayout.ts', forbidden: ['three', 'node:fs', '../contentBuild/yamlFile.ts'], allowed: ['../contentModel/contentTypes.ts'], because: /three\.js|browser|build side/,
  },
  'scenes import nothing from the DOM UI': {
    file: 'scenes/timeline/NewPart.ts', forbidden: ['../../src/ui/dom.ts', '../../src/ui/SheetView.ts'], allowed: ['three', '../../src/render/QuadBatch.ts', '../../src/contentModel/contentTypes.ts'], because: /DOM views/,
  },
  'scenes import nothing from the build side': {
    file: 'scenes/timeline/NewPart.ts', forbidden: ['../../src/contentBuild/imageProbe.ts', '../../src/tools/kioskFonts.ts', 'node:fs'], allowed: ['./corridorLayout.ts'], because: /build side|browser/,
  },
  'DOM views import nothing from the build side': {
    file: 'src/ui/NewView.ts', forbidden: ['../contentBuild/validateMedia.ts', '../tools/mediaProcessing.ts', 'sharp', 'node:path'], allowed: ['./dom.ts', '../contentModel/contentDate.ts'], because: /build side|browser/,
  },
  'app code imports nothing from the build side': {
    file: 'src/app/NewAction.ts', forbidden: ['../contentBuild/checkMediaFolder.ts', '../tools/narrate.ts'], allowed: ['./Emitter.ts'], because: /build side/,
  },
  'the composition root imports nothing from the build side': {
    file: 'src/main.ts', forbidden: ['./contentBuild/validateMedia.ts', './tools/kioskContentPlugin.ts'], allowed: ['./ui/dom.ts', '../scenes/timeline/TimelineScene.ts'], because: /build side/,
  },
  'audio, input, render, scene and offline code import nothing from the build side': {
    file: 'src/audio/NewPlayer.ts', forbidden: ['../contentBuild/audioProbe.ts', 'music-metadata'], allowed: ['howler', '../contentModel/webVtt.ts'], because: /build side/,
  },
  'staff tools import nothing from the DOM UI, the renderer or the scenes': {
    file: 'src/tools/newTool.ts', forbidden: ['../ui/dom.ts', '../render/QuadBuffer.ts', '../../scenes/timeline/corridorLayout.ts'], allowed: ['node:fs', '../contentBuild/validateMedia.ts', '../contentModel/contentTypes.ts'], because: /Staff tools run in Node/,
  },
  'the content build side imports nothing from the DOM UI, the renderer or the scenes': {
    file: 'src/contentBuild/newCheck.ts', forbidden: ['../ui/SheetView.ts', '../render/QuadBatch.ts', '../../scenes/timeline/CorridorAtlas.ts'], allowed: ['sharp', './yamlFile.ts'], because: /Staff tools run in Node/,
  },
};

describe('folder boundaries enforced by the linter', () => {
  for (const [rule, { file, forbidden, allowed, because }] of Object.entries(CASES)) {
    it(rule, async () => {
      for (const source of forbidden) {
        const messages = await boundaryMessages(file, source);
        expect(messages, `import '${source}' in ${file}`).toHaveLength(1);
        expect(messages[0], `import '${source}' in ${file}`).toMatch(/^no-restricted-imports: /);
        expect(messages[0], `the reason given for '${source}' in ${file}`).toMatch(because);
      }
      for (const source of allowed) {
        expect(await boundaryMessages(file, source), `import '${source}' in ${file}`).toEqual([]);
      }
    });
  }
});
