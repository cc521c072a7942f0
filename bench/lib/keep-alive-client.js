'use strict';
// A load generator's HTTP/1.1 client for POSTs whose answers are read (the door's scans): a fixed
// set of keep-alive connections, one request in flight on each, the request written as one string
// and the answer cut by its Content-Length. It shares the two cores with the server and the
// database while the floor it is compared with needs no HTTP client at all: undici's Pool cost
// 264–338 µs of CPU a scan (its dispatcher, its header objects, a body stream per answer), about a
// fifth of the server's own work; this costs a fraction of that, as wrk or autocannon would.
const net = require('node:net');

const HEAD_END = Buffer.from('\r\n\r\n');

/** One keep-alive connection; answers in order, one at a time. */
class Connection {
  constructor(host, port) {
    this.socket = net.connect({ host, port, noDelay: true });
    this.pending = null;
    this.buffer = null;
    /** Closed, or failed mid-answer (its stream no longer cut at an answer's end): never used again. */
    this.broken = false;
    this.socket.on('data', (chunk) => this.received(chunk));
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('close', () => this.fail(new Error('the server closed the connection')));
  }

  send(request) {
    if (this.broken) return Promise.reject(new Error('the connection is broken'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(request);
    });
  }

  received(chunk) {
    this.buffer = this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk;
    const end = this.buffer.indexOf(HEAD_END);
    if (end < 0) return;
    const head = this.buffer.toString('latin1', 0, end);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) return this.fail(new Error(`an answer without Content-Length: ${head.slice(0, 200)}`));
    const bodyEnd = end + HEAD_END.length + Number(length[1]);
    if (this.buffer.length < bodyEnd) return;
    const answer = { status: Number(head.slice(9, 12)), body: this.buffer.toString('utf8', end + HEAD_END.length, bodyEnd) };
    this.buffer = null;
    const pending = this.pending;
    this.pending = null;
    pending?.resolve(answer);
  }

  fail(error) {
    this.broken = true;
    this.buffer = null;
    this.socket.destroy();
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }

  close() {
    this.socket.removeAllListeners('close');
    this.socket.removeAllListeners('error');
    this.socket.on('error', () => undefined);
    this.socket.end();
  }
}

/**
 * `connections` keep-alive connections to `url`; `post(path, body)` answers the parsed JSON
 * (throwing on a status from 300 up), waiting for a free connection when all are busy.
 */
function keepAliveClient(url, { connections, headers = {} }) {
  const { hostname, port } = new URL(url);
  const fixed = Object.entries({ host: `${hostname}:${port}`, 'content-type': 'application/json', ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const idle = Array.from({ length: connections }, () => new Connection(hostname, Number(port)));
  const all = [...idle];
  const waiting = [];
  const take = () => (idle.length ? Promise.resolve(idle.pop()) : new Promise((resolve) => waiting.push(resolve)));
  // A broken connection is replaced, never handed out again: the next scan would fail on it too.
  const give = (used) => {
    let connection = used;
    if (used.broken) {
      connection = new Connection(hostname, Number(port));
      all[all.indexOf(used)] = connection;
    }
    if (waiting.length) waiting.shift()(connection);
    else idle.push(connection);
  };
  return {
    async post(path, body) {
      const text = JSON.stringify(body);
      const connection = await take();
      try {
        const answer = await connection.send(`POST ${path} HTTP/1.1\r\n${fixed}content-length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
        if (answer.status >= 300) throw new Error(`POST ${path} → ${answer.status} ${answer.body.slice(0, 300)}`);
        return JSON.parse(answer.body);
      } finally {
        give(connection);
      }
    },
    close: async () => all.forEach((connection) => connection.close()),
  };
}

module.exports = { keepAliveClient };
