// One lint config for the whole tree: recommended rules plus the type-aware ones that catch
// floating promises, which in a kiosk mean a failure nobody sees.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The folders the linter keeps apart. Each restriction says why in its message, so whoever trips
 * over one learns the rule where it fires. Relative imports are matched by the folders they pass
 * through; the build side also covers the Node-only packages only it may use.
 */
const NODE_ONLY_PACKAGES = ['sharp', 'music-metadata', 'heic-decode', 'subset-font', 'vite', 'workbox-build'];
const throughFolder = (folder) => `^\\.{1,2}/(?:.*/)?${folder}/`;
const restriction = {
  three: {
    regex: '^three(?:/|$)',
    message: 'The content model is plain data shared by the kiosk, the staff tools and the unit tests: it must not pull three.js into any of them. Put 3D code in scenes/ or src/render/.',
  },
  nodeBuiltins: {
    regex: `^(?:node:|(?:${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(?:/|$))`,
    message: 'This folder runs in the browser (the kiosk bundle): Node built-ins do not exist there. File and process work belongs to the build side (src/contentBuild/, src/tools/).',
  },
  buildSide: {
    regex: `(?:${throughFolder('contentBuild')}|${throughFolder('tools')}|^(?:${NODE_ONLY_PACKAGES.join('|')})(?:/|$))`,
    message: 'The build side (src/contentBuild/, src/tools/ and the Node-only packages they use) runs in Node at build time and must stay out of the kiosk bundle. Read what it produced through virtual:kiosk-content or the content model instead.',
  },
  domUi: {
    regex: throughFolder('ui'),
    message: 'A scene draws into the WebGL canvas and knows nothing of the DOM views: take what it needs (a callback, an inset, the language) through its options from src/main.ts.',
  },
  kioskViews: {
    regex: `(?:${throughFolder('ui')}|${throughFolder('render')}|${throughFolder('scenes')})`,
    message: 'Staff tools run in Node, where the kiosk\'s DOM views, renderer and scenes cannot run; share data through the content model (src/contentModel/) instead.',
  },
};

/** Browser-safe code shared by the kiosk and the Node side: plain data, no three.js, no Node. */
const SHARED_MODEL_FILES = ['src/contentModel/**', 'src/typography/**', 'src/i18n/**'];
/** The kiosk in the browser: everything the bundle is made of apart from the shared model. */
const KIOSK_FILES = ['src/*.ts', 'src/app/**', 'src/audio/**', 'src/automation/**', 'src/input/**', 'src/offline/**', 'src/render/**', 'src/scene/**', 'src/ui/**', 'src/gallery/**', 'src/docent/**', 'src/fleet/**', 'src/keypad/**'];
const SCENE_FILES = ['scenes/**'];
const STAFF_TOOL_FILES = ['src/tools/**', 'src/contentBuild/**'];

/** One config entry per folder group: a later no-restricted-imports entry replaces, not adds to, an earlier one. */
const boundary = (files, restrictions) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: restrictions.map(({ regex, message }) => ({ regex, message })) }] },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Staff text reaches the DOM through textContent only.' },
        { property: 'outerHTML', message: 'Staff text reaches the DOM through textContent only.' },
      ],
    },
  },
  {
    // The service worker has its own lib (WebWorker) and so its own tsconfig.
    files: ['src/offline/serviceWorker.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.serviceWorker.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  boundary(SHARED_MODEL_FILES, [restriction.three, restriction.nodeBuiltins, restriction.buildSide]),
  boundary(KIOSK_FILES, [restriction.nodeBuiltins, restriction.buildSide]),
  boundary(SCENE_FILES, [restriction.nodeBuiltins, restriction.buildSide, restriction.domUi]),
  boundary(STAFF_TOOL_FILES, [restriction.kioskViews]),
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
