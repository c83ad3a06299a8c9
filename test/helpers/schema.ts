import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../src/report/schema.json' with { type: 'json' };

const ajv = new Ajv2020.default({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** Schema errors for a report (empty when valid), readable in a failing assertion. */
export function validateReport(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
