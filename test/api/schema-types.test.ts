// The resolver types are what scripts/generate-api-types.ts writes from
// schema.graphql now: a schema change that was not regenerated fails here
// (run `npm run generate:api-types`), and the type check then holds every
// resolver to the schema's arguments, defaults and nullability.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesModule } from '../../scripts/generate-api-types.js';

describe('generated resolver types', () => {
  it('src/api/schema-types.generated.ts is current', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8'), 'src/api/schema-types.generated.ts is stale: run npm run generate:api-types').toBe(await apiTypesModule());
  });
});
