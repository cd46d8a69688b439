import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { components, projectDir } from '../helpers/spec-tooling.js';

describe('the OpenAPI spec', () => {
  it('names every component of the bundle after a file under openapi/components/, and uses every such file', () => {
    const sections = readdirSync(join(projectDir, 'openapi/components'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(sections).toEqual(['examples', 'headers', 'parameters', 'requestBodies', 'responses', 'schemas']);
    for (const section of sections) {
      const files = readdirSync(join(projectDir, 'openapi/components', section))
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => basename(file, '.yaml'))
        .sort();
      // A file missing here is unused; an extra name (e.g. `Pet-2`) means two files collided on one name.
      expect(Object.keys(components[section] ?? {}).sort(), `components.${section}`).toEqual(files);
    }
  });
});
