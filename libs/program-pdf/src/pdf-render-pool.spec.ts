import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as ts from 'typescript';
import { PdfRenderPool } from './pdf-render-pool';
import { renderProgram } from './render-program';
import { renderTicket } from './render-ticket';
import { largeProgram, sampleProgram, sampleTicket } from './testing/sample-program';

/**
 * Worker threads need JavaScript, which ts-jest never writes to disk. To test the real worker
 * path, the library is transpiled to a temporary directory laid out like dist/ (with the
 * project's node_modules linked beside it) and the pool is loaded from there.
 */
function transpileLibrary(): { dir: string; Pool: typeof PdfRenderPool } {
  const dir = mkdtempSync(join(tmpdir(), 'program-pdf-dist-'));
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
    );
  for (const file of walk(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
      },
    });
    const out = join(dir, 'src', relative(__dirname, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  symlinkSync(resolve(__dirname, '../../../node_modules'), join(dir, 'node_modules'), 'dir');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PdfRenderPool: Pool } = require(join(dir, 'src', 'pdf-render-pool.js')) as { PdfRenderPool: typeof PdfRenderPool };
  return { dir, Pool };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Not so within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('PdfRenderPool from TypeScript source', () => {
  it('renders in-process with the same API', async () => {
    const pool = new PdfRenderPool();
    expect(pool.mode).toBe('in-process');
    expect((await pool.render('program', sampleProgram())).equals(await renderProgram(sampleProgram()))).toBe(true);
    expect((await pool.render('ticket', sampleTicket())).equals(await renderTicket(sampleTicket()))).toBe(true);
    await pool.close();
    await expect(pool.render('ticket', sampleTicket())).rejects.toThrow('PdfRenderPool is closed');
  });

  it('has no worker to start ahead of a job (warm does nothing)', async () => {
    const pool = new PdfRenderPool();
    pool.warm();
    expect(pool.liveWorkers).toBe(0);
    await pool.close();
  });
});

describe('PdfRenderPool on worker threads (compiled)', () => {
  let dir: string;
  let Pool: typeof PdfRenderPool;
  let pool: PdfRenderPool;

  beforeAll(() => {
    ({ dir, Pool } = transpileLibrary());
    pool = new Pool({ workers: 2 });
  });

  afterAll(async () => {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders programs and tickets in workers, byte for byte as in-process', async () => {
    expect(pool.mode).toBe('worker');
    const [program, ticket, again] = await Promise.all([
      pool.render('program', sampleProgram()),
      pool.render('ticket', sampleTicket()),
      pool.render('program', sampleProgram({ size: 'A5' })),
    ]);
    expect(program.equals(await renderProgram(sampleProgram()))).toBe(true);
    expect(ticket.equals(await renderTicket(sampleTicket()))).toBe(true);
    expect(again.equals(await renderProgram(sampleProgram({ size: 'A5' })))).toBe(true);
    // Transferred, not copied into a pooled slab: the Buffer owns its whole ArrayBuffer.
    expect(program.buffer.byteLength).toBe(program.length);
  });

  it('keeps the event loop free while a large program renders', async () => {
    let maxLag = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      maxLag = Math.max(maxLag, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const pdf = await pool.render('program', largeProgram(300, 500));
    clearInterval(timer);
    console.log(
      `worker: 300 sessions in ${(performance.now() - started).toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB; ` +
        `longest gap between 5 ms timer ticks ${maxLag.toFixed(0)} ms`,
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a job that fails and goes on with the next', async () => {
    const broken = { ...sampleProgram(), days: undefined } as never;
    const error = await pool.render('program', broken).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    // The worker's stack comes along, pointing into the renderer.
    expect((error as Error).stack).toMatch(/render-program\.js/);
    expect((await pool.render('ticket', sampleTicket())).length).toBeGreaterThan(0);
  });

  it('stops a worker idle for idleMs, and starts one again for the next job', async () => {
    const idling = new Pool({ workers: 1, idleMs: 200 });
    expect(idling.liveWorkers).toBe(0);
    const first = await idling.render('ticket', sampleTicket());
    expect(idling.liveWorkers).toBe(1);
    await until(() => idling.liveWorkers === 0, 3000);
    const again = await idling.render('ticket', sampleTicket());
    expect(again.equals(first)).toBe(true);
    expect(idling.liveWorkers).toBe(1);
    await idling.close();
    expect(idling.liveWorkers).toBe(0);
  });

  it('starts one worker ahead of a job (warm), which renders the job, and retires it when idle', async () => {
    const warming = new Pool({ workers: 2, idleMs: 300 });
    warming.warm();
    expect(warming.liveWorkers).toBe(1);
    warming.warm(); // a worker is alive already: no second one
    expect(warming.liveWorkers).toBe(1);
    const ticket = await warming.render('ticket', sampleTicket());
    expect(ticket.equals(await renderTicket(sampleTicket()))).toBe(true);
    expect(warming.liveWorkers).toBe(1);
    await until(() => warming.liveWorkers === 0, 3000);
    await warming.close();
    warming.warm();
    expect(warming.liveWorkers).toBe(0);
  });

  /**
   * Measured in a child process: this one carries Jest, the in-process renders above and the
   * shared pool's workers. Bounds are loose, since RSS depends on the allocator (measured: about
   * +120 MB during a 300-session program, +35 MB after, half of it the shared font files).
   */
  it('hands the memory of a large render back once the worker idles out', async () => {
    const script = `
      const { PdfRenderPool } = require(${JSON.stringify(join(dir, 'src', 'pdf-render-pool.js'))});
      const { largeProgram } = require(${JSON.stringify(join(dir, 'src', 'testing', 'sample-program.js'))});
      const mb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
      (async () => {
        const pool = new PdfRenderPool({ workers: 1, idleMs: 300 });
        const before = mb();
        await pool.render('program', largeProgram(300, 500));
        const after = mb();
        while (pool.liveWorkers > 0) await new Promise((resolve) => setTimeout(resolve, 20));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        console.log(JSON.stringify({ before, after, idle: mb() }));
      })();`;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { timeout: 30_000 });
    const { before, after, idle } = JSON.parse(stdout) as Record<'before' | 'after' | 'idle', number>;
    console.log(`RSS: ${before} MB before, ${after} MB after a 300-session program, ${idle} MB with the worker stopped`);
    expect(after - before).toBeGreaterThan(60);
    expect(idle - before).toBeLessThan(60);
    expect(after - idle).toBeGreaterThan(40);
  });

  it('fails a document that outgrows the worker heap, naming the limit', async () => {
    const small = new Pool({ workers: 1, maxHeapMb: 16 });
    await expect(small.render('program', largeProgram(300, 500))).rejects.toThrow("more than the worker's 16 MB heap (PdfRenderPoolOptions.maxHeapMb)");
    expect(small.liveWorkers).toBe(0);
    await small.close();
  });

  it('rejects queued jobs when closed', async () => {
    const compiled = transpileLibrary();
    const closing = new compiled.Pool({ workers: 1 });
    const outcomes = [1, 2, 3].map(() =>
      closing.render('program', sampleProgram()).then(
        () => 'rendered',
        (error: Error) => error.message,
      ),
    );
    await closing.close();
    expect(await Promise.all(outcomes)).toEqual(Array(3).fill('PdfRenderPool is closed'));
    rmSync(compiled.dir, { recursive: true, force: true });
  });
});
