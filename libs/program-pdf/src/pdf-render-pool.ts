import type { OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RENDER_WORKER_MARK, renderJob, RenderDocuments, RenderKind, RenderReply } from './render-job';

export interface PdfRenderPoolOptions {
  /** Worker threads to start, lazily; default 2, or 1 on a machine with two cores or fewer. */
  workers?: number;
  /** Render on the calling thread instead, e.g. in tests or scripts. */
  inProcess?: boolean;
}

interface Task {
  id: number;
  kind: RenderKind;
  doc: RenderDocuments[RenderKind];
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Renders programs and tickets on worker threads, so the event loop keeps serving requests
 * (a program costs about 60 ms of CPU, a large one several hundred). Jobs wait in a queue for
 * the next free worker; each worker keeps its parsed fonts between jobs.
 *
 * Worker threads need JavaScript. Compiled (dist/libs/program-pdf/src) the worker is the
 * pdf-render-worker.js beside this file; run from TypeScript source (ts-jest, ts-node) there is
 * no such file and nothing to register, so the pool renders in-process with the same API.
 */
export class PdfRenderPool implements OnModuleDestroy {
  /** 'in-process' when running from TypeScript source or when asked to. */
  readonly mode: 'worker' | 'in-process';
  private readonly size: number;
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: PdfRenderPoolOptions = {}) {
    this.mode = options.inProcess || __filename.endsWith('.ts') ? 'in-process' : 'worker';
    this.size = Math.max(1, options.workers ?? (availableParallelism() > 2 ? 2 : 1));
  }

  render(kind: 'program', doc: RenderDocuments['program']): Promise<Buffer>;
  render(kind: 'ticket', doc: RenderDocuments['ticket']): Promise<Buffer>;
  render(kind: RenderKind, doc: RenderDocuments[RenderKind]): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('PdfRenderPool is closed'));
    if (this.mode === 'in-process') return renderJob(kind, doc);
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, doc, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; queued and running jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('PdfRenderPool is closed');
    for (const task of this.queue.splice(0)) task.reject(error);
    for (const task of this.running.values()) task.reject(error);
    this.running.clear();
    const workers = [...this.workers];
    this.workers.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      // A busy worker keeps the process alive until its job is answered; an idle one does not.
      worker.ref();
      worker.postMessage({ id: task.id, kind: task.kind, doc: task.doc });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(join(__dirname, 'pdf-render-worker.js'), {
      workerData: { [RENDER_WORKER_MARK]: true },
    });
    this.workers.add(worker);
    worker.on('message', (reply: RenderReply) => this.settle(worker, reply));
    worker.on('error', (error) => this.discard(worker, error));
    worker.on('exit', (code) => this.discard(worker, new Error(`PDF worker stopped with exit code ${code}`)));
    return worker;
  }

  private settle(worker: Worker, reply: RenderReply): void {
    const task = this.running.get(worker);
    this.running.delete(worker);
    if (task && task.id === reply.id) {
      if ('pdf' in reply) task.resolve(Buffer.from(reply.pdf));
      else task.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    }
    worker.unref();
    this.idle.push(worker);
    this.dispatch();
  }

  /** A crashed worker fails only its own job; the next job starts a fresh worker. */
  private discard(worker: Worker, error: Error): void {
    if (!this.workers.delete(worker)) return;
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    this.running.get(worker)?.reject(error);
    this.running.delete(worker);
    void worker.terminate();
    this.dispatch();
  }
}
