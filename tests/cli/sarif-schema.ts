// Validates a SARIF log against the SARIF 2.1.0 JSON schema (draft-04) shipped in @microsoft/jest-sarif,
// with ajv 6 (which still reads draft-04 schemas).
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
const draft04 = require('ajv/lib/refs/json-schema-draft-04.json') as object;

const ajv = new Ajv({ schemaId: 'id', allErrors: true, format: 'full', logger: false });
ajv.addMetaSchema(draft04);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

/** Schema violations as `path: message` strings; empty when the log is valid. */
export function validateSarif(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.dataPath || '/'}: ${e.message ?? ''}`);
}
