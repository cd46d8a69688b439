import { describe, expect, it } from 'vitest';

import { RESPONSE_STREAM_EVENT_TYPES } from '../../generated/unions.gen.js';
import { hasFixtures, loadRecordings, missingFixturesReason } from '../helpers/fixtures.js';
import { describeErrors, isObject, validateAgainst } from '../helpers/spec-tooling.js';

describe('the OpenAPI spec', () => {
  describe.skipIf(!hasFixtures)(
    `against real recordings${hasFixtures ? '' : ` (skipped: ${missingFixturesReason})`}`,
    () => {
      const recordings = loadRecordings();
      const knownTypes: ReadonlySet<string> = new Set(RESPONSE_STREAM_EVENT_TYPES);
      const knownEvents = recordings.flatMap((recording) =>
        recording.events
          .map((event, index) => ({ recording: recording.name, index, event }))
          .filter(({ event }) => knownTypes.has(event.type)),
      );

      it('accepts every recorded event of a known type as a ResponseStreamEvent', () => {
        const failures = knownEvents.flatMap(({ recording, index, event }) => {
          const errors = validateAgainst('ResponseStreamEvent', event);
          return errors.length > 0
            ? [{ recording, index, type: event.type, errors: describeErrors(errors) }]
            : [];
        });
        expect(failures).toEqual([]);
        expect(knownEvents.length).toBeGreaterThan(500);
      });

      it('accepts the `response` snapshot of every recorded lifecycle event as a Response', () => {
        const snapshots = knownEvents.filter(({ event }) => isObject(event['response']));
        const failures = snapshots.flatMap(({ recording, index, event }) => {
          const errors = validateAgainst('Response', event['response']);
          return errors.length > 0
            ? [{ recording, index, type: event.type, errors: describeErrors(errors) }]
            : [];
        });
        expect(failures).toEqual([]);
        expect(snapshots.length).toBeGreaterThan(20);
      });

      it('accepted real extra fields: `obfuscation`, `logprobs` and items with `phase` occur among the validated events', () => {
        const items = knownEvents.flatMap(({ event }) => [
          event['item'],
          ...((isObject(event['response']) && Array.isArray(event['response']['output'])
            ? event['response']['output']
            : []) as unknown[]),
        ]);
        expect(knownEvents.filter(({ event }) => 'obfuscation' in event).length).toBeGreaterThan(0);
        expect(knownEvents.filter(({ event }) => 'logprobs' in event).length).toBeGreaterThan(0);
        expect(items.filter((item) => isObject(item) && 'phase' in item).length).toBeGreaterThan(0);
      });
    },
  );
});
