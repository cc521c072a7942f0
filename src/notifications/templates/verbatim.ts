import { Template } from './template';

/** A text written out in full before templates existed (rows from before the migration), or the purge's placeholder. */
export interface VerbatimParams {
  subject: string;
  body: string;
}

const asStored = (p: VerbatimParams) => ({ subject: p.subject, body: p.body });

export const verbatim: Template<VerbatimParams> = { zh: asStored, en: asStored };
