'use strict';
// One autocannon run in its own process, so the load generator's CPU never counts as the
// server's event loop. Input: one JSON argument; output: one JSON line on stdout.
//   { url, connections, duration, method?, headers?, body?, register?: { sessionIds, tag, privacyNoticeVersion } }
// `register` sends POSTs whose body carries an email unique to each request (the server
// allows one registration per email), built per request by setupRequest.
const autocannon = require('autocannon');
const PipelinedRequestsQueue = require('autocannon/lib/pipelinedRequestsQueue');

// autocannon appends every response body to a string (`body += chunk`), decoding it as UTF-8,
// although nothing here reads it. For the Chinese documents that decoding, not the server,
// capped the figures (an 85 KB program: 3,500 req/s from any server, 18,000 for ASCII bytes of
// the same length). Bytes are still counted, by the queue's addByteCount.
PipelinedRequestsQueue.prototype.addBody = function keepNoBody() {};

const spec = JSON.parse(process.argv[2]);
const options = {
  url: spec.url,
  connections: spec.connections,
  duration: spec.duration,
  timeout: spec.timeout ?? 10,
  method: spec.method ?? 'GET',
  headers: spec.headers ?? {},
  body: spec.body,
};
if (spec.register) {
  let counter = 0;
  const { sessionIds, tag, privacyNoticeVersion } = spec.register;
  options.requests = [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => {
        counter += 1;
        request.body = JSON.stringify({ name: `压测${counter}`, email: `bench-${tag}-${counter}@bench.huiwu.example`, sessionIds, privacyNoticeVersion });
        return request;
      },
    },
  ];
}

autocannon(options, (error, result) => {
  if (error) {
    console.error(error.stack ?? String(error));
    process.exit(1);
  }
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]));
  const completed = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `${JSON.stringify({
      seconds: result.duration,
      completed,
      rps: completed / result.duration,
      // No completed request has no latency: null, not autocannon's 0.
      p50: completed ? result.latency.p50 : null,
      p90: completed ? result.latency.p90 : null,
      p99: completed ? result.latency.p99 : null,
      max: completed ? result.latency.max : null,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      bytesPerSecond: result.throughput.average,
      statusCodes,
    })}\n`,
  );
});
