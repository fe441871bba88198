import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiSchemas } from '../src/schemas/index.js';
import { compareWithOpenApi, type OpenApiDoc } from './openapi-compat.js';

const doc = parse(
  readFileSync(fileURLToPath(new URL('../openapi/poweroffice-go-v2.openapi.yaml', import.meta.url)), 'utf8'),
) as OpenApiDoc;

describe('zod schemas agree with the PowerOffice OpenAPI subset', () => {
  it.each(openApiSchemas.map(([component, schema]) => [component, schema] as const))(
    '%s',
    (component, schema) => {
      expect(compareWithOpenApi(doc, component, schema)).toEqual([]);
    },
  );

  it('every component a schema claims exists in the description', () => {
    const missing = openApiSchemas.map(([c]) => c).filter((c) => !doc.components.schemas[c]);
    expect(missing).toEqual([]);
  });
});

describe('the comparison catches the mistakes it exists for', () => {
  it('a misspelt property name', () => {
    const typo = z.strictObject({ AccountId: z.int().nullable(), CurrencyAmmount: z.number() });
    expect(compareWithOpenApi(doc, 'ManualVoucherLinePostDto', typo)).toEqual([
      'ManualVoucherLinePostDto.CurrencyAmmount: not a property of the OpenAPI schema',
    ]);
  });

  it('an integer where PowerOffice sends a double', () => {
    const wrong = z.looseObject({ Rate: z.int() });
    expect(compareWithOpenApi(doc, 'VatCodeDto', wrong)).toEqual([
      'VatCodeDto.Rate: zod integer, OpenAPI number',
    ]);
  });

  it('a response schema that would reject a null the spec allows', () => {
    const strictNull = z.looseObject({ ClientName: z.string() });
    expect(compareWithOpenApi(doc, 'ClientIntegrationInformationDto', strictNull)).toHaveLength(1);
  });

  it('a request that would send a read-only field, and nested lines are checked too', () => {
    const wrong = z.strictObject({ VoucherLines: z.array(z.strictObject({ Id: z.int() })).nullish() });
    const problems = compareWithOpenApi(doc, 'ManualVoucherPostDto', wrong);
    expect(problems).toEqual([
      'ManualVoucherPostDto.VoucherLines[].Id: not a property of the OpenAPI schema',
    ]);
  });
});
