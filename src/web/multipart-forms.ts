import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The largest file a page form takes (a logo, a speaker's photo): the API's own limit for logos. */
export const MAX_FORM_FILE_BYTES = 2 * 1024 * 1024;

/** A file field of a page form, as the controller receives it in the body. */
export interface FormFile {
  kind: 'file';
  bytes: Buffer;
  /** What the browser said it is: a hint only, the bytes decide. */
  type: string;
  filename: string;
  /** Larger than MAX_FORM_FILE_BYTES: only the first part was read, and the form says so. */
  truncated: boolean;
}

export function isFormFile(value: unknown): value is FormFile {
  return typeof value === 'object' && value !== null && (value as FormFile).kind === 'file';
}

/** A file field actually filled in: browsers send an empty, nameless part for a file input left alone. */
export function chosenFile(value: unknown): FormFile | null {
  return isFormFile(value) && (value.bytes.length > 0 || value.filename !== '') ? value : null;
}

/**
 * Page forms with a file (multipart/form-data): read whole into the body before the route runs,
 * fields as strings (so the `_csrf` field is checked as on any form) and files as FormFile. A
 * file over the limit is cut and marked rather than thrown, so the page can say so beside the
 * field. The API never takes these (refuseFormBodiesOnApi answers 415 first).
 */
export async function setUpMultipartForms(app: NestFastifyApplication): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_FORM_FILE_BYTES, files: 2, fields: 30, fieldSize: 100_000, parts: 32 },
    onFile: async (part: MultipartFile) => {
      const bytes = await part.toBuffer();
      const file: FormFile = { kind: 'file', bytes, type: part.mimetype, filename: part.filename, truncated: part.file.truncated };
      (part as unknown as { value: FormFile }).value = file;
    },
  } as never);
}
