// ESLint flat config: typescript-eslint (type-aware rules off for speed), Lit and
// web-component rules for the elements, and the layer rule: src/core never imports Lit.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-cdn/', 'dist-demo/', 'storybook-static/', 'coverage/', 'custom-elements.json', '**/*.d.ts'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/elements/**/*.ts', 'src/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts', 'src/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // the layer rule of DESIGN.md: the core runs in Node, without Lit or the DOM
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'], message: 'src/core must not import Lit (it runs in Node).' }] }],
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
  {
    files: ['test/**/*.ts', 'test-node/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs}', 'demo/issuer/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
