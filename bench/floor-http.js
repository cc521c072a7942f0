'use strict';
// The floor for reads: bare node:http in its own process, no framework, no database.
//   /          a small constant (what the app's /api/health/live answers)
//   /bytes/N   N bytes, to tell what a large document costs in bytes alone from what the app adds
// Prints "listening <port>" once it accepts connections.
const http = require('node:http');

const SMALL = Buffer.from('{"status":"ok"}');
const sized = new Map();

const server = http.createServer((request, response) => {
  const match = /^\/bytes\/(\d{1,9})$/.exec(request.url);
  let body = SMALL;
  if (match) {
    const size = Number(match[1]);
    if (!sized.has(size)) sized.set(size, Buffer.alloc(size, 0x61));
    body = sized.get(size);
  }
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  response.end(body);
});
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
