/**
 * `npm run test:cluster`: the suites that start a three-node MariaDB Galera cluster of their own
 * (scripts/galera-cluster.sh, ports 4301–4303 and 4571–4593 on 127.0.0.1) and server processes
 * on it. Not part of `npm test`: see the README's production section for what they prove and
 * what they do not yet.
 */
const base = require('./jest.config.js');
const e2e = base.projects.find((project) => project.displayName === 'e2e');

module.exports = {
  ...e2e,
  displayName: 'cluster',
  testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
  slowTestThreshold: 60,
  testTimeout: 300000,
};
