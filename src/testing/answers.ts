// Deterministic text answers: the same request always gets the same text, so tests can assert on it.
import type { AnswerContext, EmulatorOptions } from './options.js';

/** A text answer: the message text, and the value a dual-LLM program would return for it. */
export interface Answer {
  text: string;
  value: unknown;
}

const MAX_ECHO = 4000;
const PRIME_QUESTION = /largest prime(?: number)?\s+(?:below|under|less than|smaller than)\s+(\d{1,9})\b/i;

function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}

function largestPrimeBelow(limit: number): number | undefined {
  for (let n = limit - 1; n >= 2; n--) if (isPrime(n)) return n;
  return undefined;
}

/**
 * The built-in answers, tried in order:
 * 1. after tool outputs (the newest input is not a user message): one line `<function>: <output>` per output;
 * 2. "largest prime (number) below N" → `The largest prime number below N is P.` (value: P);
 * 3. a message containing "say hello" → `Hello!`;
 * 4. any other user text → `You said: <text>` (the text cut at 4000 characters);
 * 5. no user text at all → `Hello! How can I help you today?`.
 */
export function builtInAnswer(context: AnswerContext): Answer {
  if (context.userText === '' && context.toolOutputs.length > 0) {
    const lines = context.toolOutputs.map(({ name, output }) => `${name}: ${output}`);
    return { text: `The tools returned:\n${lines.join('\n')}`, value: lines.join('\n') };
  }
  const prime = PRIME_QUESTION.exec(context.userText);
  if (prime) {
    const limit = Number(prime[1]);
    const answer = largestPrimeBelow(limit);
    if (answer !== undefined)
      return { text: `The largest prime number below ${limit} is ${answer}.`, value: answer };
  }
  if (/\bsay hello\b/i.test(context.userText)) return { text: 'Hello!', value: 'Hello!' };
  if (context.userText.trim() !== '') {
    const echo =
      context.userText.length > MAX_ECHO ? `${context.userText.slice(0, MAX_ECHO)}…` : context.userText;
    return { text: `You said: ${echo}`, value: `You said: ${echo}` };
  }
  return { text: 'Hello! How can I help you today?', value: 'Hello! How can I help you today?' };
}

/** The answer for a turn: the `answer` option when given, else {@link builtInAnswer}. */
export function answerFor(option: EmulatorOptions['answer'], context: AnswerContext): Answer {
  if (typeof option === 'string') return { text: option, value: option };
  if (typeof option === 'function') {
    const text = String(option(context));
    return { text, value: text };
  }
  return builtInAnswer(context);
}
