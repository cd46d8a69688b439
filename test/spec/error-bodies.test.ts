import { describe, expect, it } from 'vitest';

import { hasFixtures, loadErrorBodies, missingFixturesReason } from '../helpers/fixtures.js';
import { describeErrors, validateAgainst } from '../helpers/spec-tooling.js';

describe('the OpenAPI spec', () => {
  describe.skipIf(!hasFixtures)(
    `against real recordings${hasFixtures ? '' : ` (skipped: ${missingFixturesReason})`}`,
    () => {
      it('accepts every recorded HTTP error body as an ErrorBody', () => {
        const bodies = loadErrorBodies();
        const failures = bodies.flatMap(({ name, body }) => {
          const errors = validateAgainst('ErrorBody', body);
          return errors.length > 0 ? [{ recording: name, errors: describeErrors(errors) }] : [];
        });
        expect(failures).toEqual([]);
        expect(bodies.length).toBeGreaterThanOrEqual(2);
      });
    },
  );
});
