// Dual-LLM results and policy denials, as the emulator answers them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import { askForResponse, AUTH, calledNames, expectSchema, functionTool, outputTextOf } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

const ask = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  askForResponse(server.url, body, headers);

describe('dual-LLM', () => {
  const dual = { 'x-features': JSON.stringify({ agent_arch: 'dual-llm' }) };

  it('answers with the dual-LLM result JSON and both model names', async () => {
    const response = await ask({ input: 'What is the largest prime number below 100?' }, dual);
    expect(response['model']).toBe('gpt-5-mini,gpt-5-mini');
    const result = JSON.parse(outputTextOf(response)) as unknown;
    expect(result).toEqual({
      status: 'success',
      final_return_value: { value: 97, meta: { tags: [], consumers: ['*'], producers: [] } },
    });
    expectSchema('DualLlmResult', result);
  });

  it('adds the program, history and snapshot that response_format asks for, or strips the content', async () => {
    const format = (response_format: Record<string, boolean>) => ({
      ...dual,
      'x-config': JSON.stringify({ response_format }),
    });
    const full = JSON.parse(
      outputTextOf(
        await ask(
          { input: 'Say hello' },
          format({
            include_program: true,
            include_policy_check_history: true,
            include_namespace_snapshot: true,
          }),
        ),
      ),
    ) as Record<string, unknown>;
    expect(full['program']).toContain('final_result');
    expect(full['policy_check_history']).toEqual([]);
    expect(full['namespace_snapshot']).toMatchObject({ final_result: { value: 'Hello!' } });
    expectSchema('DualLlmResult', full);
    expect(outputTextOf(await ask({ input: 'Say hello' }, format({ strip_response_content: true })))).toBe(
      'Hello!',
    );
  });

  it('is always on for the lang-graph endpoint type', async () => {
    const reply = await fetch(`${server.url}/control/lang-graph/v1/responses`, {
      method: 'POST',
      headers: { ...AUTH, 'x-features': '{"agent_arch":"single-llm"}' },
      body: JSON.stringify({ model: 'm', input: 'Say hello' }),
    });
    const body = (await reply.json()) as Record<string, unknown>;
    expect(JSON.parse(outputTextOf(body))).toMatchObject({ status: 'success' });
  });
});

describe('policy denial', () => {
  const tools = [functionTool('load_applicant_profile'), functionTool('send_email')];
  const policy = (code: string) => ({ 'x-policy': JSON.stringify({ codes: { code, language: 'sqrt' } }) });

  it('is a 200 with status failed when a deny rule names the tool the turn would call', async () => {
    const response = await ask({ input: 'send_email to bob', tools }, policy('// no mail\ndeny send_email;'));
    expect(response['status']).toBe('failed');
    expect(response['error']).toEqual({
      code: 'policy_violation',
      message: `Tool call 'send_email' is denied by the security policy (rule "deny send_email" on line 2 of codes.code).`,
    });
    expect(outputTextOf(response)).toContain("'send_email' is denied");
    expect(calledNames(response)).toEqual([]);
  });

  it('lets other tools through, and in dual-LLM reports the denial in the result', async () => {
    const allowed = await ask({ input: 'load_applicant_profile', tools }, policy('deny "send_email"'));
    expect(calledNames(allowed)).toEqual(['load_applicant_profile']);
    const denied = await ask(
      { input: 'send_email', tools },
      { ...policy('deny tool send_email'), 'x-features': '{"agent_arch":"dual-llm"}' },
    );
    const result = JSON.parse(outputTextOf(denied)) as Record<string, unknown>;
    expect(result).toMatchObject({ status: 'failure', error: { code: 'policy_violation' } });
    expect(result['program']).toContain('send_email(');
    expect(String((result['error'] as { message: string }).message)).toContain("'send_email' is denied");
    expectSchema('DualLlmResult', result);
  });

  it("denies the SQRT tag rule the demo sends when the profile's tagged data flows into send_email", async () => {
    const sqrt = policy(
      [
        'tool "load_applicant_profile" -> @tags |= {"confidential"};',
        'tool "send_email" {',
        '  must deny when body.tags superset of {"confidential"};',
        '}',
      ].join('\n'),
    );
    const denied = await ask({ input: 'load_applicant_profile and send_email it', tools }, sqrt);
    expect(denied).toMatchObject({
      status: 'failed',
      error: {
        code: 'policy_violation',
        message: `Tool call 'send_email' is denied by the security policy (rule "must deny when body.tags superset of {"confidential"}" on line 3 of codes.code).`,
      },
    });
    expect(calledNames(denied)).toEqual([]);
    // Without the tagged profile, the same rule lets send_email run.
    expect(calledNames(await ask({ input: 'send_email to bob', tools }, sqrt))).toEqual(['send_email']);
  });
});
