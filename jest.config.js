/**
 * `npm test` runs both projects: unit tests next to the code, end-to-end suites in test/
 * against a real database (SQLite by default; TEST_DATABASE_URL=mysql://… for MariaDB).
 */
const moduleNameMapper = {
  '^@huiwu/calendar(|/.*)$': '<rootDir>/libs/calendar/src$1',
  '^@huiwu/program-pdf(|/.*)$': '<rootDir>/libs/program-pdf/src$1',
  '^@huiwu/badges(|/.*)$': '<rootDir>/libs/badges/src$1',
  '^@huiwu/protocol-seating(|/.*)$': '<rootDir>/libs/protocol-seating/src$1',
  '^@huiwu/rooming-list(|/.*)$': '<rootDir>/libs/rooming-list/src$1',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/{src,libs,seeds}/**/*.spec.ts'],
      moduleFileExtensions: ['ts', 'js', 'json'],
      moduleNameMapper,
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      moduleFileExtensions: ['ts', 'js', 'json'],
      moduleNameMapper,
      transform,
      slowTestThreshold: 20,
    },
  ],
  // A root option: Jest ignores it inside a project. End-to-end tests start servers (two, some of
  // them) and bursts, two suites at a time on two cores: starting the app with every module's
  // migrations and walking every route took more than 60 s in CI once the reception modules came.
  testTimeout: 150000,
  // Every end-to-end suite starts a whole Nest application; what they leave behind grew one Jest
  // worker to a 4 GB heap in CI (slow GC, then timeouts, then an out-of-memory abort of the whole
  // run). A worker above this after a test file is replaced by a fresh one. Setting it also keeps
  // Jest from running everything in band on a two-core machine.
  workerIdleMemoryLimit: '1GB',
};
