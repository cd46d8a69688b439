// What the tool-loop tests share: two city tools, their wire form, and a model that calls both and then answers.
import { functionTool } from '../../src/client/function-tools.js';
import { functionCall, message, type Answer, type Turn } from '../helpers/tool-server.js';

/** The parameters of both tools: a city. */
export const weatherParameters = {
  type: 'object',
  properties: { city: { type: 'string' } },
  required: ['city'],
  additionalProperties: false,
};
/** The weather in a city: sunny in Paris, rain elsewhere. */
export const weather = functionTool({
  name: 'get_weather',
  description: 'The weather in a city',
  parameters: weatherParameters,
  strict: true,
  run: ({ city }: { city: string }) => ({ city, forecast: city === 'Paris' ? 'sunny' : 'rain' }),
});
/** The local time in a city: always noon. */
export const time = functionTool({
  name: 'get_time',
  description: 'The local time in a city',
  parameters: weatherParameters,
  run: ({ city }: { city: string }) => `12:00 in ${city}`,
});
/** {@link weather} as the request carries it. */
export const wireWeather = {
  type: 'function',
  name: 'get_weather',
  description: 'The weather in a city',
  parameters: weatherParameters,
  strict: true,
};
/** {@link time} as the request carries it. */
export const wireTime = {
  type: 'function',
  name: 'get_time',
  description: 'The local time in a city',
  parameters: weatherParameters,
};

/** What the model answers once both tools ran. */
export const ANSWER = 'Sunny in Paris; it is noon in Oslo.';

/** Round 1: two calls; round 2: the answer. */
export const twoCallsThenText = (turn: Turn): Answer =>
  turn.previous === undefined
    ? {
        output: [
          functionCall(turn.session, 'get_weather', { city: 'Paris' }),
          functionCall(turn.session, 'get_time', { city: 'Oslo' }),
        ],
      }
    : { output: [message(ANSWER)] };
