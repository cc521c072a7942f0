'use strict';
// The framework floor for reads: a minimal Nest application on the Fastify adapter (no guards,
// pipes, interceptors or filters), in its own process, answering from memory what floor-http.js
// answers (a small constant on /, N bytes on /bytes/N). What the app costs beyond this is the
// app's own. Prints "listening <port>" once it accepts connections.
require('reflect-metadata');
const { Controller, Get, Header, Module, Param } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { FastifyAdapter } = require('@nestjs/platform-fastify');

const SMALL = { status: 'ok' };
const sized = new Map();

class FloorController {
  constant() {
    return SMALL;
  }
  bytes(n) {
    const size = Number(n);
    if (!sized.has(size)) sized.set(size, Buffer.alloc(size, 0x61));
    return sized.get(size);
  }
}
// Decorators applied by hand: this file runs as plain JavaScript, without a compiler.
const describe = (name) => Object.getOwnPropertyDescriptor(FloorController.prototype, name);
Get()(FloorController.prototype, 'constant', describe('constant'));
Get('bytes/:n')(FloorController.prototype, 'bytes', describe('bytes'));
Header('content-type', 'application/json')(FloorController.prototype, 'bytes', describe('bytes'));
Param('n')(FloorController.prototype, 'bytes', 0);
Controller()(FloorController);

class FloorModule {}
Module({ controllers: [FloorController] })(FloorModule);

async function main() {
  const app = await NestFactory.create(FloorModule, new FastifyAdapter({ keepAliveTimeout: 72_000 }), { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  console.log(`listening ${port}`);
  process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
}
main().catch((error) => {
  console.error(error.stack ?? String(error));
  process.exit(1);
});
