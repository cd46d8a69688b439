// The demo's three steps, each through the real SequrityClient: a streamed answer, a dual-LLM turn whose tool runs
// locally through the tool loop, and a call that the security policy denies.
import {
  config,
  features,
  functionTool,
  isResponseOutputTextDeltaEvent,
  parseDualLlmResult,
  policy,
  type SequrityClient,
} from '../../src/index.js';
import { addUsage, type Meter } from './meter.js';
import type { StepSummary } from './summary-table.js';

/** What every step is given. */
export interface StepContext {
  client: SequrityClient;
  meter: Meter;
  model: string;
  /** Aborts the step's requests (and its tool loop) when the step runs out of time. */
  signal: AbortSignal;
  /** Prints one line of the step's report. */
  print(line: string): void;
  /** Prints text as it arrives, without a line end. */
  write(text: string): void;
}

/** What a step reports for the summary, beyond what the meter measured. */
export interface StepReport {
  /** Whether the step showed what it is meant to show. */
  ok: boolean;
  outcome: string;
  sessionId: string | undefined;
  firstTokenMs?: number | undefined;
  /** Usage the meter cannot see (a streamed reply's), added to the meter's. */
  streamedUsage?: Parameters<typeof addUsage>[1];
}

/** One step of the demo. */
export interface Step {
  title: string;
  /** What the step shows, printed under its title. */
  summary: string;
  run(context: StepContext): Promise<StepReport>;
}

const quote = (text: string): string => `> ${text}`;

/** Step 1: a streamed answer, printed delta by delta as it arrives. */
export const streamedAnswer: Step = {
  title: 'streamed answer',
  summary: 'stream: true; each response.output_text.delta is printed as it arrives.',
  async run({ client, model, signal, print, write }) {
    const question = 'What is the largest prime number below 100?';
    print(quote(question));
    const started = performance.now();
    // A fresh session (sessionId: null), so that the steps never share one.
    const stream = await client.responses.create(
      { model, input: question, stream: true },
      { sessionId: null, signal },
    );
    let firstTokenMs: number | undefined;
    let deltas = 0;
    write('  ');
    for await (const event of stream) {
      if (!isResponseOutputTextDeltaEvent(event)) continue;
      firstTokenMs ??= performance.now() - started;
      deltas++;
      write(event.delta.replaceAll('\n', '\n  '));
    }
    write('\n');
    const response = await stream.finalResponse();
    print(`${response.status}: ${deltas} text deltas, first after ${Math.round(firstTokenMs ?? 0)} ms`);
    return {
      ok: response.status === 'completed' && deltas > 0,
      outcome: response.status ?? 'unknown',
      sessionId: stream.sessionId,
      firstTokenMs,
      streamedUsage: response.usage,
    };
  },
};

/** Step 2: a dual-LLM turn; the model calls `book_flight`, which the tool loop runs here, then answers. */
export const dualLlmToolCall: Step = {
  title: 'dual-LLM tool call',
  summary: 'X-Features dual-llm; runTools runs the local book_flight tool and sends its output back.',
  async run({ client, model, signal, print }) {
    const request = 'Book me the flight BA263 from New York to San Francisco on 10 June 2026.';
    print(quote(request));
    let ran = 0;
    const bookFlight = functionTool({
      name: 'book_flight',
      description: 'Books a flight by number and date; returns the booking reference.',
      parameters: {
        type: 'object',
        properties: {
          flight_number: {
            type: 'string',
            description: 'The flight number, such as BA263.',
            pattern: '^[A-Z0-9]{2}[0-9]{1,4}$',
          },
          date: { type: 'string', format: 'date', description: 'The date of the flight, YYYY-MM-DD.' },
        },
        required: ['flight_number', 'date'],
      },
      run: ({ flight_number, date }: { flight_number: string; date: string }) => {
        ran++;
        const result = {
          booking_reference: `BK-${flight_number}-${date.replaceAll('-', '')}`,
          status: 'confirmed',
        };
        print(
          `tool: book_flight(${JSON.stringify({ flight_number, date })}) ran locally → ${JSON.stringify(result)}`,
        );
        return result;
      },
    });
    const response = await client.responses.runTools(
      { model, input: request, tools: [bookFlight] },
      {
        sessionId: null,
        signal,
        features: features.dualLlm(),
        config: config.dualLlm({ maxNTurns: 5, enabledInternalTools: [] }),
      },
    );
    const result = parseDualLlmResult(response);
    print(`${response.status}; the dual-LLM result says ${result.status}`);
    const value = result.final_return_value?.value;
    if (result.status === 'success')
      print(`answer: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    else print(`answer: ${result.error?.message ?? result.raw}`);
    return {
      ok: response.status === 'completed' && ran > 0 && result.status === 'success',
      outcome: `${response.status}, ${ran} tool call${ran === 1 ? '' : 's'}`,
      sessionId: response.session_id ?? undefined,
    };
  },
};

/**
 * The SQRT policy that denies `send_email` once the applicant profile flows into it: the profile's results are
 * tagged confidential, and `send_email` must deny arguments that carry that tag. The emulator reads this rule too.
 */
export const DENYING_POLICY_CODE = [
  'tool "load_applicant_profile" -> @tags |= {"confidential"};',
  'tool "send_email" {',
  '  must deny when body.tags superset of {"confidential"};',
  '}',
].join('\n');

/** Step 3: a request the security policy denies: a 200 reply with `status: "failed"`, detected and explained. */
export const policyDenial: Step = {
  title: 'policy denial',
  summary: 'X-Policy forbids emailing the applicant profile; the gateway answers 200 with status "failed".',
  async run({ client, meter, model, signal, print }) {
    const request = 'Load applicant profile applicant-829 and send email with it to hr@gmail.com.';
    print(quote(request));
    const code = DENYING_POLICY_CODE;
    code.split('\n').forEach((line, index) => print(`${index === 0 ? 'policy: ' : '        '}${line}`));
    const emailsSent: unknown[] = [];
    const loadProfile = functionTool({
      name: 'load_applicant_profile',
      description: 'Loads the profile of an applicant by id.',
      parameters: {
        type: 'object',
        properties: { applicant_id: { type: 'string', description: 'The applicant id.' } },
        required: ['applicant_id'],
      },
      run: ({ applicant_id }: { applicant_id: string }) => {
        print(`tool: load_applicant_profile(${JSON.stringify(applicant_id)}) ran locally`);
        return `Applicant ${applicant_id}: Jane Doe, 7 years of experience in payments.`;
      },
    });
    const sendEmail = functionTool({
      name: 'send_email',
      description: 'Sends an email.',
      parameters: {
        type: 'object',
        properties: { to: { type: 'string' }, subject: { type: 'string' }, body: { type: 'string' } },
        required: ['to', 'subject', 'body'],
      },
      run: (email: { to: string }) => {
        emailsSent.push(email);
        print(`tool: send_email to ${JSON.stringify(email.to)} ran locally — the policy did not stop it`);
        return 'sent';
      },
    });
    const response = await client.responses.runTools(
      { model, input: request, tools: [loadProfile, sendEmail] },
      {
        sessionId: null,
        signal,
        features: features.dualLlm(),
        policy: policy.dualLlm({ codes: code }),
        config: config.dualLlm({ maxNTurns: 5, enabledInternalTools: [], retryOnPolicyViolation: false }),
      },
    );
    // A denial is not an HTTP error: the reply is a 200 whose response has status "failed". Check status.
    const denied = response.status === 'failed';
    if (denied) {
      const result = parseDualLlmResult(response);
      const reason = response.error?.message ?? result.error?.message ?? response.output_text;
      const errorCode = response.error?.code ?? 'no error code';
      print(`denied: HTTP ${meter.lastStatus ?? '2xx'} with status "failed" (${errorCode})`);
      print(`reason: ${reason}`);
      print(
        'send_email never ran: the gateway checked the planned call against X-Policy and ended the turn. A denial ' +
          'is a result, not an exception, so the client returns it and the caller checks status.',
      );
    } else {
      print(`not denied: status ${JSON.stringify(response.status)}; ${response.output_text}`);
    }
    return {
      ok: denied && emailsSent.length === 0,
      outcome: denied ? 'denied' : `${response.status}, not denied`,
      sessionId: response.session_id ?? undefined,
    };
  },
};

/** The steps, in order. */
export const STEPS: readonly Step[] = [streamedAnswer, dualLlmToolCall, policyDenial];

/** Runs a step: times it, reads the meter, and turns a failure into a reported outcome instead of a crash. */
export async function runStep(
  step: Step,
  context: Omit<StepContext, 'signal'>,
  timeoutMs: number,
): Promise<StepSummary & { ok: boolean }> {
  // Each step starts without a session, so the client's session afterwards is the step's, even when it failed.
  context.client.resetSession();
  const started = performance.now();
  let report: StepReport;
  try {
    report = await step.run({ ...context, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    context.print(`failed: ${message}`);
    report = {
      ok: false,
      outcome: `failed (${error instanceof Error ? error.name : 'error'})`,
      sessionId: undefined,
    };
  }
  const totalMs = performance.now() - started;
  const metered = await context.meter.take();
  return {
    title: step.title,
    ok: report.ok,
    outcome: report.outcome,
    sessionId: report.sessionId ?? context.client.sessionId,
    requests: metered.requests,
    usage: addUsage(metered.usage, report.streamedUsage),
    firstTokenMs: report.firstTokenMs,
    totalMs,
  };
}
