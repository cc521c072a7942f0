import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';

const SCHEMAS = join(__dirname, '..', '..', '..', 'shared', 'schemas');

/** xmllint's verdict on a schedule.xml against the shared c3voc XSD; '' when valid. */
export function xsdErrors(xml: Buffer | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'huiwu-xsd-'));
  try {
    const file = join(dir, 'schedule.xml');
    writeFileSync(file, xml);
    const result = spawnSync('xmllint', ['--noout', '--schema', join(SCHEMAS, 'schedule.xml.xsd'), file], { encoding: 'utf8' });
    if (result.error) throw new Error(`xmllint is missing: apt-get install libxml2-utils (${result.error.message})`);
    return result.status === 0 ? '' : result.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let validate: ReturnType<Ajv['compile']> | undefined;

/** ajv's verdict on a schedule.json against the shared c3voc JSON schema; [] when valid. */
export function jsonSchemaErrors(document: unknown): unknown[] {
  if (!validate) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(draft06);
    addFormats(ajv);
    // The schema names a `color` format that ajv-formats does not define; CSS colours, not checked here.
    ajv.addFormat('color', true);
    validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, 'schedule.schema.json'), 'utf8')));
  }
  return validate(document) ? [] : (validate.errors ?? []);
}
