'use strict';

/**
 * After the registration run: no session holds more confirmed seats than it has, the
 * counters (seat_pool) agree with the seat rows, waitlist tickets are unique, and every 2xx answer left
 * exactly one registration (requests unanswered when the run ended may have left one too). Runs over every session of the database, seeded ones included.
 */
async function seatChecks(db, { sessionId, emailPattern, answered2xx, unanswered }) {
  const sessions = await db.query(
    `SELECT p.session_id AS id, p.capacity, p.taken,
       (SELECT COUNT(*) FROM session_seat ss WHERE ss.session_id = p.session_id AND ss.status = 'confirmed') AS confirmed,
       (SELECT COUNT(*) FROM session_seat ss WHERE ss.session_id = p.session_id AND ss.status = 'waitlisted') AS waitlisted
     FROM seat_pool p`,
  );
  const n = (v) => (v === null ? null : Number(v));
  const overTaken = sessions.filter((s) => s.capacity !== null && n(s.taken) > n(s.capacity));
  const overConfirmed = sessions.filter((s) => s.capacity !== null && n(s.confirmed) > n(s.capacity));
  const drift = sessions.filter((s) => n(s.confirmed) !== n(s.taken));
  const duplicateTickets = await db.query(
    'SELECT session_id, queue_number, COUNT(*) AS n FROM session_seat WHERE queue_number IS NOT NULL GROUP BY session_id, queue_number HAVING COUNT(*) > 1',
  );
  const [{ created }] = await db.query('SELECT COUNT(*) AS created FROM registration WHERE email LIKE ?', [emailPattern]);
  const target = sessions.find((s) => n(s.id) === sessionId);
  const checks = [
    { name: 'sessions with taken > capacity', value: overTaken.length, ok: overTaken.length === 0 },
    { name: 'sessions with more confirmed seats than capacity', value: overConfirmed.length, ok: overConfirmed.length === 0 },
    { name: 'sessions whose taken differs from their confirmed seats', value: drift.length, ok: drift.length === 0 },
    { name: 'waitlist tickets given twice', value: duplicateTickets.length, ok: duplicateTickets.length === 0 },
    // A request the client gave up on, or still in flight when the run ended, may have registered too.
    { name: `registrations stored (2xx answers: ${answered2xx}, unanswered: ${unanswered})`, value: n(created), ok: n(created) >= answered2xx && n(created) <= answered2xx + unanswered },
  ];
  return {
    sessionsChecked: sessions.length,
    target: target && { sessionId, capacity: n(target.capacity), taken: n(target.taken), confirmed: n(target.confirmed), waitlisted: n(target.waitlisted) },
    checks,
    ok: checks.every((c) => c.ok),
    examples: [...overTaken, ...overConfirmed, ...drift].slice(0, 5),
  };
}

module.exports = { seatChecks };
