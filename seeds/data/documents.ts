import type { Citation } from './seed-types';

/** The seed documents (../shared/seed-documents), by the file names the citations give. */
export const DOC_000 = '000_7401ad9edb3da1ac.txt';
export const DOC_001 = '001_069279fe3c549414.txt';
export const DOC_002 = '002_5dcfb87f36cab5fe.txt';
export const DOC_003 = '003_a72f4c6048982e60.txt';
export const DOC_004 = '004_c41ae71b5d4282f9.txt';
export const SEED_DOCUMENTS = [DOC_000, DOC_001, DOC_002, DOC_003, DOC_004] as const;

/** A sentence (or the part of one that says the fact) exactly as the document has it. */
export const cite = (document: string, quote: string): Citation => ({ document, quote });
