// One lint config for the whole tree: recommended rules plus the type-aware ones that catch
// floating promises, which in a kiosk mean a failure nobody sees.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
