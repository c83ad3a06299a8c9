import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/cli/batch.js';
import { DETECTORS } from '../../src/detect/registry.js';
import inputSchema from '../../src/report/batch-input.schema.json' with { type: 'json' };
import outputSchema from '../../src/report/batch-output.schema.json' with { type: 'json' };
import reportSchema from '../../src/report/schema.json' with { type: 'json' };
import { STORY } from '../helpers/io.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: true });
ajv.addSchema(reportSchema);
const validInput = ajv.compile(inputSchema);
const validOutput = ajv.compile(outputSchema);

const two = [{ label: 'wire', text: STORY.wire }, { text: STORY.renamed }];
/** Lines the schema and the command must agree on: valid ones get a report, the others an error. */
const cases: Record<string, unknown> = {
  plain: { id: 'a', articles: two },
  'number id': { id: 3, articles: two },
  'all options': {
    id: 'b',
    articles: two,
    options: { aliases: [['Velasco', 'Vasquez']], ignore: ['/crane/i'], threshold: 0.4, minSeverity: 'medium', kinds: ['entity'] },
  },
  'one article': { id: 'c', articles: [two[0]] },
  'no id': { articles: two },
  'empty id': { id: '', articles: two },
  'null id': { id: null, articles: two },
  'extra key': { id: 'd', articles: two, extra: 1 },
  'article without text': { id: 'e', articles: [two[0], { label: 'x' }] },
  'blank label': { id: 'f', articles: [two[0], { label: ' ', text: 'x' }] },
  'article extra key': { id: 'g', articles: [two[0], { text: 'x', url: 'y' }] },
  'unknown option': { id: 'h', articles: two, options: { treshold: 0.3 } },
  'threshold 1': { id: 'i', articles: two, options: { threshold: 1 } },
  'unknown kind': { id: 'j', articles: two, options: { kinds: ['rumour'] } },
  'no kinds': { id: 'k', articles: two, options: { kinds: [] } },
  'alias of one': { id: 'l', articles: two, options: { aliases: [['Tejo']] } },
  'failOn per line': { id: 'm', articles: two, options: { failOn: 'high' } },
  'array line': [1, 2],
};

describe('batch schemas', () => {
  it('the input schema accepts exactly the lines the command answers with a report', () => {
    for (const [name, value] of Object.entries(cases)) {
      const answer = JSON.parse(answerLine(JSON.stringify(value))) as { report?: unknown; error?: { message: string } };
      expect(validInput(value), `${name}: schema ${ajv.errorsText(validInput.errors)}; command ${answer.error?.message ?? 'report'}`).toBe(
        answer.report !== undefined,
      );
    }
  });

  it('every answer, report or error, matches the output schema', () => {
    const lines = [...Object.values(cases).map((v) => JSON.stringify(v)), '{oops', '"just a string"'];
    for (const line of lines) {
      const answer = JSON.parse(answerLine(line)) as unknown;
      expect(validOutput(answer), `${line}: ${ajv.errorsText(validOutput.errors)}`).toBe(true);
    }
    expect(validOutput({ id: 'x', report: { version: 2 } })).toBe(false);
    expect(validOutput({ id: 'x', error: { message: 'm' }, report: {} })).toBe(false);
  });

  it('lists exactly the detector kinds', () => {
    expect(inputSchema.properties.options.properties.kinds.items.enum).toEqual(DETECTORS.map((d) => d.kind));
  });
});
