import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  ...layerRules(),
);

/**
 * Layers the linter enforces, by folder. Runtimes: src/shared imports nothing outside it, src/node
 * adds Node, src/main adds Electron, src/renderer and src/preload see only src/shared (and their
 * own), src/cli sees src/node and src/shared. Inside src/shared, one direction: a layer imports
 * only the layers before it (and api.ts, the IPC contract, comes last).
 */
function layerRules() {
  const importsOf = (folders) => ({ regex: `(^|/)(${folders.join('|')})(/|$)`, message: 'This folder may not import that layer (see the layers in eslint.config.js).' });
  const NODE = { group: ['node:*'], message: 'Node built-ins belong in src/node, src/main or src/cli.' };
  const SVELTE = { group: ['svelte', 'svelte/*'], message: 'src/shared is plain TypeScript: no Svelte.' };
  const pureGlobals = ['error', 'window', 'document', 'localStorage', 'navigator', 'process', 'require'];
  const sharedLayers = [
    ['text', 'yaml', 'i18n', 'security'],
    ['manifest'],
    ['decks'],
    ['review'],
    ['exam'],
    ['backup', 'exchange', 'generator', 'stats', 'browser'],
  ];
  const sharedBlocks = sharedLayers.map((folders, index) => ({
    files: folders.flatMap((folder) => [`src/shared/${folder}/**/*.ts`, `src/shared/${folder}.ts`]),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'fs', 'path', 'os', 'child_process'],
          patterns: [NODE, SVELTE, importsOf(['node', 'main', 'renderer', 'preload', 'cli', 'api', ...sharedLayers.slice(index + 1).flat()])],
        },
      ],
      'no-restricted-globals': pureGlobals,
    },
  }));
  return [
    ...sharedBlocks,
    {
      files: ['src/shared/api.ts'],
      rules: {
        'no-restricted-imports': ['error', { paths: ['electron'], patterns: [NODE, SVELTE, importsOf(['node', 'main', 'renderer', 'preload', 'cli'])] }],
        'no-restricted-globals': pureGlobals,
      },
    },
    { files: ['src/node/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: [importsOf(['main', 'renderer', 'preload', 'cli'])] }] } },
    { files: ['src/main/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [importsOf(['renderer', 'preload', 'cli'])] }] } },
    { files: ['src/preload/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [NODE, importsOf(['node', 'main', 'renderer', 'cli'])] }] } },
    {
      files: ['src/renderer/**/*.{ts,svelte}'],
      rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: [NODE, importsOf(['node', 'main', 'preload', 'cli'])] }] },
    },
    { files: ['src/cli/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: [importsOf(['main', 'renderer', 'preload'])] }] } },
  ];
}
