'use strict';

/**
 * The sign-in read as the app sends it (src/auth/sign-in.store.ts with src/database/turn-batch.ts):
 * the accounts asked for in one turn of the event loop are one statement, `signInRead(n)` from the
 * build. `query(sql, parameters)` runs it; `statements` counts what was sent.
 */
function signInBatch(query) {
  const { signInRead } = require('../../dist/src/auth/sign-in-statements.js');
  let waiting = null;
  const batch = {
    statements: 0,
    read(accountId) {
      if (!waiting) {
        const ids = new Set();
        const sent = new Promise((resolve) => setImmediate(resolve)).then(() => {
          waiting = null;
          batch.statements++;
          return query(signInRead(ids.size), [...ids]);
        });
        waiting = { ids, sent };
      }
      waiting.ids.add(accountId);
      return waiting.sent;
    },
  };
  return batch;
}

module.exports = { signInBatch };
