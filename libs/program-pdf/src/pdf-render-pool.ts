import type { OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FontFiles, readFontFiles } from './cjk-fonts';
import { RENDER_WORKER_MARK, renderJob, RenderDocuments, RenderKind, RenderReply } from './render-job';

export interface PdfRenderPoolOptions {
  /** Worker threads, started on demand; default 1 on a machine with two cores or fewer, else 2. */
  workers?: number;
  /**
   * A worker with nothing to do for this long is stopped, which hands its memory back: 100 MB
   * and more right after a large program, and still 25–45 MB once V8 has shrunk its heap, for
   * as long as it lives. The next job starts a worker again, paying about 0.5 s to load and
   * parse the fonts, which a program rendered once per release and language can afford. Default 10 s.
   */
  idleMs?: number;
  /**
   * Old-generation heap limit of each worker, in MB. Without it V8 sizes the heap against a
   * limit of gigabytes and lets garbage pile up: three 1000-session programs in a row grew it to
   * 180 MB, against about 70 MB with this limit, at the same speed. 128 MB renders 2000 sessions;
   * a document that needs more fails alone, with an error naming this option, instead of pushing
   * the server past its memory budget.
   */
  maxHeapMb?: number;
  /** Render on the calling thread instead, e.g. in tests or scripts. */
  inProcess?: boolean;
}

/**
 * A layout keeps much of what it allocates until its pages are written, so a small young
 * generation copies the same objects from scavenge to scavenge: at 16 MB, GC was 30 % of the
 * 1,000-session program's render (1.10–1.23 s) and 64 MB rendered it in 0.83–0.88 s. With the
 * pages' operators kept as text (encodeContentAsText) 32 MB was tried again: the server's peak
 * RSS while rendering that program cold fell by 30 MB more (346–352 → 313–321 MB), but a warm
 * render took 0.55–0.66 s of CPU against 0.48–0.56 s, and a program's first reader waits for
 * it, so it stays 64 MB. The memory is the worker's, and goes with it when it retires after `idleMs`.
 */
const YOUNG_GENERATION_MB = 64;

/** Read on the first worker start and kept for the life of the process (see readFontFiles). */
let fontFiles: FontFiles | undefined;

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
 * the next free worker; a worker keeps its parsed fonts between jobs until it has been idle
 * for `idleMs`, then stops.
 *
 * Worker threads need JavaScript. Compiled (dist/libs/program-pdf/src) the worker is the
 * pdf-render-worker.js beside this file; run from TypeScript source (ts-jest, ts-node) there is
 * no such file and nothing to register, so the pool renders in-process with the same API.
 */
export class PdfRenderPool implements OnModuleDestroy {
  /** 'in-process' when running from TypeScript source or when asked to. */
  readonly mode: 'worker' | 'in-process';
  private readonly size: number;
  private readonly idleMs: number;
  private readonly maxHeapMb: number;
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();
  private readonly running = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: PdfRenderPoolOptions = {}) {
    this.mode = options.inProcess || __filename.endsWith('.ts') ? 'in-process' : 'worker';
    this.size = Math.max(1, options.workers ?? (availableParallelism() > 2 ? 2 : 1));
    this.idleMs = Math.max(0, options.idleMs ?? 10_000);
    this.maxHeapMb = options.maxHeapMb ?? 128;
  }

  /** Worker threads alive now, busy or idle (0 in-process). */
  get liveWorkers(): number {
    return this.workers.size;
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

  /**
   * A job is on its way: its document is being read. Starts a worker now if none is alive, so
   * that it loads pdfkit and parses the fonts (about 0.3 s of a cold render) on its own core
   * while the caller reads; an idle worker's retirement is put off instead. Nothing in-process.
   */
  warm(): void {
    if (this.closed || this.mode === 'in-process') return;
    if (this.workers.size === 0) this.rest(this.spawn());
    else for (const worker of this.idle) this.rest(worker);
  }

  /** Stops the workers; queued and running jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('PdfRenderPool is closed');
    for (const task of this.queue.splice(0)) task.reject(error);
    for (const task of this.running.values()) task.reject(error);
    this.running.clear();
    const workers = [...this.workers];
    for (const worker of workers) this.forget(worker);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      clearTimeout(this.idleTimers.get(worker));
      this.idleTimers.delete(worker);
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      // A busy worker keeps the process alive until its job is answered; an idle one does not.
      worker.ref();
      worker.postMessage({ id: task.id, kind: task.kind, doc: task.doc });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(join(__dirname, 'pdf-render-worker.js'), {
      workerData: { [RENDER_WORKER_MARK]: true, fonts: (fontFiles ??= readFontFiles()) },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    this.workers.add(worker);
    worker.on('message', (reply: RenderReply) => this.settle(worker, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.discard(worker, outOfMemory ? new Error(`The PDF needs more than the worker's ${this.maxHeapMb} MB heap (PdfRenderPoolOptions.maxHeapMb)`) : error);
    });
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
    if (!this.workers.has(worker)) return; // answered while the pool was closing
    this.rest(worker);
    this.dispatch();
  }

  /** Idle, the worker waits for the next job, and retires after idleMs without one. */
  private rest(worker: Worker): void {
    worker.unref();
    if (!this.idle.includes(worker)) this.idle.push(worker);
    clearTimeout(this.idleTimers.get(worker));
    const timer = setTimeout(() => this.retire(worker), this.idleMs);
    timer.unref();
    this.idleTimers.set(worker, timer);
  }

  /** Idle for idleMs: the worker and its fonts go; its memory returns to the system. */
  private retire(worker: Worker): void {
    this.forget(worker);
    void worker.terminate();
  }

  /** A crashed worker fails only its own job; the next job starts a fresh worker. */
  private discard(worker: Worker, error: Error): void {
    if (!this.workers.has(worker)) return;
    this.forget(worker);
    this.running.get(worker)?.reject(error);
    this.running.delete(worker);
    void worker.terminate();
    this.dispatch();
  }

  /** Out of the pool's books, so its 'exit' (after terminate) is not taken for a crash. */
  private forget(worker: Worker): void {
    this.workers.delete(worker);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    clearTimeout(this.idleTimers.get(worker));
    this.idleTimers.delete(worker);
  }
}
