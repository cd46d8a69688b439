// Small rule tables: the policy syntax, the command's arguments, and option checks.
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/testing/cli-args.js';
import { createEmulator, FAULT_KINDS } from '../../src/testing/index.js';
import { denyRules, firstDenied, tagRules } from '../../src/testing/policy.js';

describe('denyRules', () => {
  it.each([
    ['deny send_email', ['send_email']],
    ['deny tool send_email;', ['send_email']],
    ['  DENY "send_email"  // outbound mail', ['send_email']],
    ["deny 'a.b-c'\n# comment\ndeny x", ['a.b-c', 'x']],
    ['tool "send_email" { hard deny when body.tags has "x" }', []],
    ['denied send_email', []],
    ['deny', []],
    ['// deny send_email', []],
  ])('%j denies %j', (code, tools) => {
    expect(denyRules({ codes: { code, language: 'sqrt' } }).map((rule) => rule.tool)).toEqual(tools);
  });

  it('numbers the rule lines from 1', () => {
    expect(denyRules({ codes: { code: 'let x = 1\r\ndeny f' } })).toEqual([{ tool: 'f', line: 2 }]);
  });

  it('has no rules without codes', () => {
    expect(denyRules(undefined)).toEqual([]);
    expect(denyRules({ mode: 'standard' })).toEqual([]);
  });
});

describe('the SQRT tag rule (the policy the demo sends)', () => {
  const demoPolicy = {
    codes: {
      language: 'sqrt' as const,
      code: [
        'tool "load_applicant_profile" -> @tags |= {"confidential"};',
        'tool "send_email" {',
        '  must deny when body.tags superset of {"confidential"};  // no confidential mail',
        '}',
      ].join('\n'),
    },
  };
  const rules = denyRules(demoPolicy);
  const tags = tagRules(demoPolicy);

  it('reads the tagging rule and the conditional deny, with its line', () => {
    expect(tags).toEqual(new Map([['load_applicant_profile', ['confidential']]]));
    expect(rules).toEqual([
      {
        tool: 'send_email',
        line: 3,
        text: 'must deny when body.tags superset of {"confidential"}',
        whenTags: ['confidential'],
      },
    ]);
  });

  it.each<[string[], string[], string | undefined]>([
    [['send_email'], [], undefined],
    [['load_applicant_profile'], [], undefined],
    [['load_applicant_profile', 'send_email'], [], 'send_email'],
    [['send_email', 'load_applicant_profile'], [], undefined],
    [['send_email'], ['load_applicant_profile'], 'send_email'],
  ])('calls %j after %j: denies %j', (tools, earlier, denied) => {
    expect(firstDenied(rules, tools, tags, earlier)?.tool).toBe(denied);
  });

  it('denies only when the call carries every tag of the rule', () => {
    const policy = {
      codes: {
        code: 'tool "a" -> @tags |= {"x"};\ntool "b" -> @tags |= {"y"};\ntool "c" { must deny when body.tags superset of {"x", "y"}; }',
      },
    };
    expect(firstDenied(denyRules(policy), ['a', 'c'], tagRules(policy))).toBeUndefined();
    expect(firstDenied(denyRules(policy), ['a', 'b', 'c'], tagRules(policy))?.line).toBe(3);
  });
});

describe('parseCliArgs', () => {
  it.each([
    [['emulator'], { kind: 'emulator', port: 8000, host: '127.0.0.1' }],
    [
      [
        'emulator',
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--replay',
        'a.sse',
        '--latency',
        '250',
        '--fault',
        'stall',
      ],
      { kind: 'emulator', port: 0, host: '0.0.0.0', replay: 'a.sse', latencyMs: 250, fault: 'stall' },
    ],
    [
      ['emulator', '--tokens-per-second=40', '--keepalive', '500'],
      { kind: 'emulator', port: 8000, host: '127.0.0.1', tokensPerSecond: 40, keepaliveIntervalMs: 500 },
    ],
    [['--help'], { kind: 'help' }],
    [['emulator', '-h'], { kind: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'Missing the command'],
    [['serve'], 'Unknown command "serve"'],
    [['emulator', '--port', '70000'], '--port must be an integer from 0 to 65535, got "70000".'],
    [['emulator', '--port', ''], '--port must be an integer'],
    [['emulator', '--latency=-1'], '--latency must be a number of milliseconds ≥ 0'],
    [['emulator', '--fault', 'flood'], '--fault must be one of rate-limit, server-error,'],
    [['emulator', '--fault', 'Stall'], 'got "Stall"; did you mean stall?'],
    [['emulator', '--verbose'], "Unknown option '--verbose'"],
    [['emulator', '--port'], "Option '--port <value>' argument missing"],
  ])('%j fails: %s', (argv, message) => {
    const result = parseCliArgs(argv);
    expect(result.kind).toBe('error');
    expect(result.kind === 'error' && result.message).toContain(message);
  });
});

describe('createEmulator options', () => {
  it.each([
    [{ latencyMs: -1 }, new RangeError('Emulator option latencyMs must be a number ≥ 0, got -1.')],
    [{ tokensPerSecond: 0 }, new RangeError('Emulator option tokensPerSecond must be a number > 0, got 0.')],
    [
      { maxBodyBytes: Number.NaN },
      new RangeError('Emulator option maxBodyBytes must be a number > 0, got NaN.'),
    ],
    [
      { slowDrip: { bytes: '7' } },
      new TypeError('Emulator option slowDrip.bytes must be a number > 0, got string.'),
    ],
    [
      { fault: 'stal' },
      new RangeError(
        `Emulator option fault must be one of ${FAULT_KINDS.join(', ')}, got "stal"; did you mean stall?`,
      ),
    ],
    [
      { fault: { kind: 7 } },
      new TypeError(`Emulator option fault.kind must be one of ${FAULT_KINDS.join(', ')}, got number.`),
    ],
  ])('refuses %j', async (options, expected) => {
    const error: unknown = await createEmulator(options as never).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(expected.constructor);
    expect((error as Error).message).toBe(expected.message);
  });
});
