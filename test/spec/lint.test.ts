import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import {
  copySpec,
  editFile,
  lint,
  lintFailure,
  removeSpecCopies,
  specRoot,
} from '../helpers/spec-tooling.js';

afterAll(removeSpecCopies);

describe('the OpenAPI spec', () => {
  it(
    'lints clean with the project redocly.yaml and its codegen-safety rules',
    { timeout: 20_000 },
    async () => {
      await expect(lint(specRoot)).resolves.toBeUndefined();
    },
  );

  describe('a deliberately broken copy', () => {
    it(
      'fails lint naming ResponseStreamEvent.yaml and discriminator-mapping-matches-const when a mapping key is wrong',
      { timeout: 20_000 },
      async () => {
        const { root, dir } = await copySpec();
        await editFile(
          join(dir, 'openapi/components/schemas/ResponseStreamEvent.yaml'),
          '    response.created: ./ResponseCreatedEvent.yaml\n',
          '    response.create: ./ResponseCreatedEvent.yaml\n',
        );
        const error = await lintFailure(root);
        expect(error.message).toMatch(
          /ResponseStreamEvent\.yaml:\d+:\d+\s+error\s+sequrity\/discriminator-mapping-matches-const/,
        );
        expect(error.message).toContain('Mapping key `response.create` must equal the `type` const');
      },
    );

    it(
      'fails lint naming ResponseStreamEvent.yaml and discriminator-has-mapping when a member is unmapped',
      { timeout: 20_000 },
      async () => {
        const { root, dir } = await copySpec();
        await editFile(
          join(dir, 'openapi/components/schemas/ResponseStreamEvent.yaml'),
          '    response.queued: ./ResponseQueuedEvent.yaml\n',
          '',
        );
        const error = await lintFailure(root);
        expect(error.message).toMatch(
          /ResponseStreamEvent\.yaml:\d+:\d+\s+error\s+sequrity\/discriminator-has-mapping/,
        );
        expect(error.message).toContain(
          'Union member `./ResponseQueuedEvent.yaml` is missing from the discriminator mapping',
        );
      },
    );
  });
});
