/**
 * `npm run test:cluster`: the suites that start a three-node MariaDB Galera cluster of their own
 * (scripts/galera-cluster.sh, ports 4301–4303 and 4571–4593 on 127.0.0.1) and server processes
 * on it. Not part of `npm test` (it needs Debian's galera-4 and about five minutes); `.ci/run`
 * runs it after the MariaDB suites.
 */
const base = require('./jest.config.js');
const e2e = base.projects.find((project) => project.displayName === 'e2e');

module.exports = {
  ...e2e,
  displayName: 'cluster',
  testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
  slowTestThreshold: 60,
  testTimeout: 300000,
  // The cluster's stopped nodes and the killed node's server leave sockets Jest waits on; every
  // process the suite started is stopped in its afterAll, so nothing is cut short by exiting.
  forceExit: true,
};
