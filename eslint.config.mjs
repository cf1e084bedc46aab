// Holds the architecture's direction: alerts/ is the core and imports no edge; sources/ and store/
// import only alerts/; only bot/discord and bot/slack import their chat SDKs; nothing imports main.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const SDKS = [
  { group: ['discord.js', '@discordjs/*'], message: 'discord.js belongs in src/bot/discord only.' },
  { group: ['@slack/*'], message: '@slack/* belongs in src/bot/slack only.' },
];
const SQL = { group: ['better-sqlite3'], message: 'SQL belongs in src/store only.' };
const MAIN = {
  group: ['../', '../../', '../../../'].flatMap((up) => [`${up}main.ts`, `${up}cli.ts`]),
  message: 'Nothing imports the entry points.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-cycle': 'error', ...restrict([...SDKS, SQL, MAIN]) },
  },
  {
    files: ['src/alerts/**/*.ts'],
    rules: restrict([
      ...SDKS,
      SQL,
      MAIN,
      { group: ['**/store/**', '**/sources/**', '**/bot/**', '**/app/**', 'undici', 'node:http', 'node:https'], message: 'alerts/ is the core: plain TypeScript over plain data.' },
    ]),
  },
  {
    files: ['src/sources/**/*.ts'],
    rules: restrict([...SDKS, MAIN, { group: ['**/bot/**', '**/app/**'], message: 'sources/ depends on alerts/ only.' }]),
  },
  { files: ['src/store/**/*.ts'], rules: restrict([...SDKS, MAIN, { group: ['**/bot/**', '**/app/**', '**/sources/**'], message: 'store/ depends on alerts/ only.' }]) },
  { files: ['src/bot/discord/**/*.ts'], rules: restrict([SDKS[1], SQL, MAIN, { group: ['**/slack/**'], message: 'Platforms do not import each other.' }]) },
  { files: ['src/bot/slack/**/*.ts'], rules: restrict([SDKS[0], SQL, MAIN, { group: ['**/discord/**'], message: 'Platforms do not import each other.' }]) },
);
