// Lint: TypeScript's recommended type-aware rules, plus the project's own few rules.
import { readdirSync } from 'node:fs';
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Module ownership. Each folder of src/ owns the tables of its entities/ and is the only code
 * that reads or writes them, through its store; another folder calls that store. So:
 * - no folder imports another folder's entity, not even its type: a store answers with its rows
 *   and re-exports their types, so the store is the one door to a module's tables. Only entity
 *   files name other modules' entities (as types), since a relation between tables is theirs to say.
 * - only stores (`*.store.ts`) and src/database hold the DataSource; a service opens a
 *   transaction through `Transactions` and hands its `Tx` to the stores it calls.
 * - each folder with tables says which in its `<folder>.tables.ts`; src/database/entities.ts
 *   composes those lists (the data source, the migration CLI, the seed and the tests build the
 *   very same metadata) without naming another folder's entity.
 */
const FOLDERS = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const ownership = FOLDERS.map((folder) => ({
  files: [`src/${folder}/**/*.ts`],
  ignores: [`src/${folder}/entities/**`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'typeorm',
            importNames: ['DataSource', 'Repository'],
            allowTypeImports: true,
            message: 'Tables are reached through their module’s store (*.store.ts); open transactions with Transactions (src/database/transactions.ts).',
          },
          {
            name: '@nestjs/typeorm',
            importNames: ['InjectRepository', 'InjectDataSource', 'InjectEntityManager'],
            message: 'Tables are reached through their module’s store (*.store.ts).',
          },
        ],
        patterns: [
          {
            regex: `^(\\.\\./)+(?!${folder}/)[a-z-]+/entities/`,
            message: `Another module’s entity: call that module’s store instead, and name its rows by the types the store exports (src/${folder} may import only its own entities).`,
          },
        ],
      },
    ],
  },
}));
const entityRelations = {
  // An entity names the entities it relates to, as types only (relations are declared by name).
  files: ['src/*/entities/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+[a-z-]+/entities/', allowTypeImports: true, message: 'An entity relates to another by its type only.' }] }],
  },
};
const storesAndDatabase = {
  // Stores and the database layer are where the DataSource lives.
  files: ['src/**/*.store.ts', 'src/database/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [{ regex: '^(\\.\\./)+[a-z-]+/entities/', message: 'A store queries only its own module’s entities; another module’s row types come from its store.' }],
      },
    ],
  },
};

/**
 * A query builder's INSERT never asks its row back. TypeORM reads generated columns back with
 * `INSERT … RETURNING` on MariaDB, and a Galera node that retries an autocommit statement after a
 * certification conflict (`wsrep_retry_autocommit`) does so after the rows went out: the client
 * waited forever for the end of a result it already had (README, *A MariaDB Galera cluster*). So every
 * `.insert()` chain says `.updateEntity(false)`; a caller that needs the id reads `identifiers`.
 */
const insertWithoutReadBack = {
  meta: { type: 'problem', messages: { readBack: 'A query builder INSERT must say .updateEntity(false): TypeORM would read the row back with RETURNING, which a Galera node retrying an autocommit statement leaves unanswered.' } },
  create(context) {
    return {
      // `.insert()` without arguments: the query builder's, not a repository's insert(values).
      'CallExpression[callee.type="MemberExpression"][callee.property.name="insert"][arguments.length=0]'(node) {
        let call = node;
        while (call.parent?.type === 'MemberExpression' && call.parent.parent?.type === 'CallExpression') {
          call = call.parent.parent;
          if (call.callee.property?.name === 'updateEntity' && call.arguments[0]?.type === 'Literal' && call.arguments[0].value === false) return;
        }
        context.report({ node, messageId: 'readBack' });
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'eslint.config.mjs', 'jest.config.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name=/^(it|describe|test)$/][property.name='only']",
          message: 'A committed .only silently skips the rest of the suite.',
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through AppConfig (src/config).' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { huiwu: { rules: { 'insert-without-read-back': insertWithoutReadBack } } },
    rules: { 'huiwu/insert-without-read-back': 'error' },
  },
  ...ownership,
  entityRelations,
  storesAndDatabase,
  {
    // The server logs through Nest's Logger into Fastify's pino logger (JSON lines, scrubbed of
    // secrets and personal data); console output would bypass both. The command-line tools under
    // src/database/cli talk to a person at a terminal and may print.
    files: ['src/**/*.ts'],
    ignores: ['src/database/cli/**', '**/*.spec.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The places allowed to read the environment: the config loader's callers and tests.
    files: ['src/main.ts', 'src/database/data-source.ts', 'src/database/cli/**', 'seeds/run-seed.ts', 'test/**', '**/*.spec.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
