// typescript-eslint with type information, so promise mistakes (no-floating-promises) are caught.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'manifest/build/',
      '.local/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // French text needs non-breaking spaces (before ":" and inside « »), in templates too.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // The layers (docs/architecture.md): host → features → shared domain → storage. An import never
  // runs back up, and the Bot Framework SDK stays in the host, the one folder to replace when the
  // SDK changes.
  ...layers(),
);

function layers() {
  const botbuilder = ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'restify-*'];
  const agentsSdk = ['@microsoft/agents-*'];
  const sdk = {
    group: [...botbuilder, ...agentsSdk],
    message: 'The Bot Framework SDKs and restify belong in src/host/ only.',
  };
  // Each SDK in its own host folder (src/host/select.ts loads the one BOT_HOST names).
  const onlyInTeams = {
    group: botbuilder,
    message: 'botbuilder and restify belong in src/host/teams/ only.',
  };
  const onlyInAgents = {
    group: agentsSdk,
    message: 'The Microsoft 365 Agents SDK belongs in src/host/agents/ only.',
  };
  const up = (folder, message) => ({ group: [`**/${folder}/**`, `**/${folder}`], message });
  const host = up('host', 'Only src/index.ts wires the host; nothing else imports it.');
  const features = up('features', 'Shared code and storage never import a feature.');
  const rule = (...patterns) => ({
    'no-restricted-imports': ['error', { patterns }],
  });
  const shared = [
    'guidance',
    'matching',
    'scenarios',
    'organization',
    'conversations',
    'cards',
    'i18n',
    'usage',
    'privacy',
    'config',
    'contract',
    'util',
  ];
  return [
    { files: ['src/features/**/*.ts', 'src/services.ts'], rules: rule(sdk, host) },
    { files: shared.map((d) => `src/${d}/**/*.ts`), rules: rule(sdk, host, features) },
    {
      files: ['src/storage/**/*.ts'],
      rules: rule(
        sdk,
        host,
        features,
        ...shared
          .filter((d) => !['config', 'util'].includes(d))
          .map((d) => up(d, 'Storage knows nothing of what it stores.')),
      ),
    },
    { files: ['src/cli/**/*.ts', 'scripts/**/*.ts'], rules: rule(sdk, host) },
    { files: ['src/host/agents/**/*.ts'], rules: rule(onlyInTeams) },
    { files: ['src/host/teams/**/*.ts'], rules: rule(onlyInAgents) },
    { files: ['src/host/*.ts', 'src/index.ts'], rules: rule(onlyInTeams, onlyInAgents) },
  ];
}
