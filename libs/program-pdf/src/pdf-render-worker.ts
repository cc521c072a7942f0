/**
 * Worker entry for PdfRenderPool, loaded from its compiled .js next to the pool. Renders one
 * document per message and hands the bytes back without copying (the ArrayBuffer is transferred).
 */
import { MessagePort, parentPort, workerData } from 'node:worker_threads';
import { FontFiles, loadCjkFonts, useFontFiles } from './cjk-fonts';
import { loadPdfKit } from './pdf-output';
import { RENDER_WORKER_MARK, renderJob, RenderReply, RenderRequest } from './render-job';

/** Buffers of a few KB share Node's allocation pool and cannot be transferred on their own. */
function ownArrayBuffer(bytes: Buffer): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  return new Uint8Array(bytes).buffer;
}

async function handle(port: MessagePort, request: RenderRequest): Promise<void> {
  try {
    const pdf = ownArrayBuffer(await renderJob(request.kind, request.doc));
    port.postMessage({ id: request.id, pdf } satisfies RenderReply, [pdf]);
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ id: request.id, error: { message, stack } } satisfies RenderReply);
  }
}

const data = workerData as Record<string, unknown> | null;
if (parentPort && data?.[RENDER_WORKER_MARK]) {
  const port = parentPort;
  // The pool's shared copy of the font files (see readFontFiles).
  if (data.fonts) useFontFiles(data.fonts as FontFiles);
  port.on('message', (request: RenderRequest) => void handle(port, request));
  // Loaded now, not on the first job: a worker started ahead of its job (PdfRenderPool.warm)
  // does this while the server is still reading the document; a job sent meanwhile waits in the port.
  loadPdfKit();
  loadCjkFonts();
}
