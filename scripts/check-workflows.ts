// `npm run lint:workflows -- [FILE…]`: checks the GitHub Actions workflows (default: every .github/workflows/*.yml)
// with GitHub's own parser, @actions/workflow-parser: the workflow schema, expressions, cron lines and the job graph.
// They cannot run on this repository's machines, so this is how a mistake shows before a push. Prints each problem
// with its file and line; exit 1 when there is one. It runs under tsx, not vitest: the parser imports its schema JSON
// without `with { type: 'json' }`, which Node itself refuses.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const workflowsDir = join(projectDir, '.github/workflows');

/** What GitHub's parser reports for one workflow; conversion adds the cron and job-graph checks. */
async function problems(file: string): Promise<string[]> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    return [`${file}: cannot read it (${(error as Error).message})`];
  }
  const result = parseWorkflow({ name: basename(file), content }, new NoOperationTraceWriter());
  if (result.value !== undefined) await convertWorkflowTemplate(result.context, result.value);
  return result.context.errors.getErrors().map((error) => error.message);
}

const cwd = process.env['INIT_CWD'] ?? process.cwd();
const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args.map((file) => resolve(cwd, file))
    : readdirSync(workflowsDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => join(workflowsDir, name));
let found = 0;
for (const file of files) {
  const messages = await problems(file);
  found += messages.length;
  for (const message of messages) console.error(message);
}
console.log(`${files.length} workflow(s) checked with @actions/workflow-parser: ${found} problem(s).`);
process.exitCode = found > 0 ? 1 : 0;
