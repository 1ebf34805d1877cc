import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The shape we keep: only the entry, the inputs reader, the GitHub adapters and the report
// writers talk to the runner (src/runner: workflow commands, outputs, summary); only the AWS
// adapters import the AWS SDK.
const RUNNER_MODULES = ['src/index.ts', 'src/main.ts', 'src/run-modes.ts', 'src/runner/**', 'src/inputs/**', 'src/report/**', 'src/github/**'];
const AWS_MODULES = ['src/aws/**'];
const NO_TOOLKIT = { group: ['@actions/*', '**/runner/*'], message: 'Only src/index.ts, src/main.ts, src/run-modes.ts, src/inputs, src/report and src/github may talk to the runner (src/runner) or import the Actions toolkit.' };
// src/runner speaks the runner's protocol itself: @actions/core would load its OIDC client (undici)
// on every start (src/runner/commands.ts says why).
const NO_ACTIONS_CORE = { group: ['@actions/core'], message: 'Use src/runner (commands.ts, files.ts): @actions/core loads undici on every cold start.' };
const NO_AWS_SDK = { group: ['@aws-sdk/*'], message: 'Only src/aws may import the AWS SDK.' };

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: [...RUNNER_MODULES, ...AWS_MODULES],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TOOLKIT, NO_AWS_SDK] }] },
  },
  {
    files: RUNNER_MODULES,
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_AWS_SDK, NO_ACTIONS_CORE] }] },
  },
  {
    files: AWS_MODULES,
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TOOLKIT] }] },
  },
);
