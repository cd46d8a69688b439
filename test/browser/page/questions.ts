// What the browser page asks, and what the emulator answers: shared by the page and the check that reads it.

/** One streamed turn each, in one session. */
export const TURNS = [
  {
    question: 'What is the largest prime number below 100?',
    answer: 'The largest prime number below 100 is 97.',
  },
  { question: 'Say hello.', answer: 'Hello!' },
] as const;
