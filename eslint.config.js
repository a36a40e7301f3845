import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.cache/', 'node_modules/', 'test-results/', 'playwright-report/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Page and dataset text is only ever rendered as text (never parsed as HTML).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page and dataset text as text, never as HTML.' },
        { property: 'outerHTML', message: 'Render page and dataset text as text, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page and dataset text as text, never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page and dataset text as text, never as HTML.' },
      ],
    },
  },
  {
    // Lib is the pure core: no DOM, no extension APIs.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location'],
    },
  },
  {
    // Tests build their fixture DOMs from HTML strings written in the test itself.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
