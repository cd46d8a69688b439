// Compile-time behaviour of the generated types, unions, guards and low-level client, through the package barrel.
// Each `@ts-expect-error` marks code that must not compile; vitest's typecheck fails if the error disappears.
// Objects that must be rejected use `satisfies` (or an annotation), not `as`: a type assertion skips the excess
// property check and so would accept a misspelled field.
import { describe, expectTypeOf, it } from 'vitest';

import {
  createLowLevelClient,
  encodeJsonHeaders,
  isResponseOutputTextDeltaEvent,
  isResponseStreamEvent,
  isResponseStreamEventType,
  RESPONSE_STREAM_EVENT_TYPES,
  type ConfigHeader,
  type ContentClassifier,
  type ErrorBody,
  type FeaturesHeader,
  type FsmConfig,
  type PolicyHeader,
  type Response as ResponseObject,
  type ResponseCompletedEvent,
  type ResponseCreateParams,
  type ResponseOutputTextDeltaEvent,
  type ResponseStreamEvent,
  type ResponseStreamEventMap,
  type ResponseStreamEventType,
  type StreamEvent,
} from '../../src/index.js';

declare const event: ResponseStreamEvent;
declare const streamEvent: StreamEvent;

/** Every stream event type, grouped; the `never` default only compiles while the switch covers them all. */
function category(type: ResponseStreamEventType): string {
  switch (type) {
    case 'response.created':
    case 'response.queued':
    case 'response.in_progress':
    case 'response.completed':
    case 'response.failed':
    case 'response.incomplete':
      return 'lifecycle';
    case 'response.output_item.added':
    case 'response.output_item.done':
    case 'response.compaction.compacting':
    case 'response.content_part.added':
    case 'response.content_part.done':
      return 'structure';
    case 'response.output_text.delta':
    case 'response.output_text.done':
    case 'response.output_text.annotation.added':
    case 'response.refusal.delta':
    case 'response.refusal.done':
      return 'text';
    case 'response.function_call_arguments.delta':
    case 'response.function_call_arguments.done':
    case 'response.custom_tool_call_input.delta':
    case 'response.custom_tool_call_input.done':
    case 'response.mcp_call_arguments.delta':
    case 'response.mcp_call_arguments.done':
      return 'tool input';
    case 'response.reasoning_summary_part.added':
    case 'response.reasoning_summary_part.done':
    case 'response.reasoning_summary_text.delta':
    case 'response.reasoning_summary_text.done':
    case 'response.reasoning_text.delta':
    case 'response.reasoning_text.done':
      return 'reasoning';
    case 'response.file_search_call.in_progress':
    case 'response.file_search_call.searching':
    case 'response.file_search_call.completed':
    case 'response.web_search_call.in_progress':
    case 'response.web_search_call.searching':
    case 'response.web_search_call.completed':
    case 'response.code_interpreter_call.in_progress':
    case 'response.code_interpreter_call.interpreting':
    case 'response.code_interpreter_call.completed':
    case 'response.code_interpreter_call_code.delta':
    case 'response.code_interpreter_call_code.done':
    case 'response.image_generation_call.in_progress':
    case 'response.image_generation_call.generating':
    case 'response.image_generation_call.partial_image':
    case 'response.image_generation_call.completed':
    case 'response.mcp_call.in_progress':
    case 'response.mcp_call.completed':
    case 'response.mcp_call.failed':
    case 'response.mcp_list_tools.in_progress':
    case 'response.mcp_list_tools.completed':
    case 'response.mcp_list_tools.failed':
    case 'response.shell_call_command.added':
    case 'response.shell_call_command.delta':
    case 'response.shell_call_command.done':
    case 'response.shell_call_output_content.delta':
    case 'response.shell_call_output_content.done':
    case 'response.apply_patch_call_operation_diff.delta':
    case 'response.apply_patch_call_operation_diff.done':
      return 'hosted tool';
    case 'response.audio.delta':
    case 'response.audio.done':
    case 'response.audio.transcript.delta':
    case 'response.audio.transcript.done':
      return 'audio';
    case 'keepalive':
    case 'error':
      return 'transport';
    default: {
      const unhandled: never = type;
      return unhandled;
    }
  }
}

describe('stream event types', () => {
  it('narrows a ResponseStreamEvent to its member on `type`', () => {
    switch (event.type) {
      case 'response.output_text.delta':
        expectTypeOf(event).toEqualTypeOf<ResponseOutputTextDeltaEvent>();
        expectTypeOf(event.delta).toEqualTypeOf<string>();
        break;
      case 'response.completed':
        expectTypeOf(event).toEqualTypeOf<ResponseCompletedEvent>();
        expectTypeOf(event.response).toEqualTypeOf<ResponseObject>();
        break;
      case 'response.output_text.done':
        expectTypeOf(event.text).toEqualTypeOf<string>();
        // @ts-expect-error a done event carries `text`, not `delta`
        void event.delta;
        break;
    }
  });

  it('has an exhaustive switch over ResponseStreamEventType that fails when a case is missing', () => {
    expectTypeOf(category).parameter(0).toEqualTypeOf<ResponseStreamEventType>();
    const partial = (type: ResponseStreamEventType): string => {
      switch (type) {
        case 'response.created':
          return 'created';
        default: {
          // @ts-expect-error the other 60 event types are not handled
          const unhandled: never = type;
          return unhandled;
        }
      }
    };
    expectTypeOf(partial).returns.toEqualTypeOf<string>();
  });

  it('maps each tag to its member type', () => {
    expectTypeOf<ResponseStreamEventMap['response.completed']>().toEqualTypeOf<ResponseCompletedEvent>();
    expectTypeOf<
      ResponseStreamEventMap['response.output_text.delta']
    >().toEqualTypeOf<ResponseOutputTextDeltaEvent>();
    expectTypeOf<keyof ResponseStreamEventMap>().toEqualTypeOf<ResponseStreamEventType>();
    expectTypeOf<ResponseStreamEventMap[ResponseStreamEventType]>().toEqualTypeOf<ResponseStreamEvent>();
  });

  it('types the runtime tag list and its guard with the tag union', () => {
    expectTypeOf<(typeof RESPONSE_STREAM_EVENT_TYPES)[number]>().toEqualTypeOf<ResponseStreamEventType>();
    const tag: unknown = 'response.created';
    if (isResponseStreamEventType(tag)) expectTypeOf(tag).toEqualTypeOf<ResponseStreamEventType>();
  });

  it('narrows a StreamEvent with a member guard', () => {
    if (isResponseOutputTextDeltaEvent(streamEvent)) {
      expectTypeOf(streamEvent.delta).toEqualTypeOf<string>();
    }
  });

  it('gives no `delta: string` on a StreamEvent before isResponseStreamEvent', () => {
    // @ts-expect-error most event types have no `delta`
    void streamEvent.delta;
    switch (streamEvent.type) {
      case 'response.output_text.delta':
        // An event of an unknown type may carry this `type` string too, so `delta` is `unknown`, not `string`.
        expectTypeOf(streamEvent.delta).toBeUnknown();
        break;
    }
  });

  it('switches on a StreamEvent after isResponseStreamEvent', () => {
    if (isResponseStreamEvent(streamEvent)) {
      expectTypeOf(streamEvent).toEqualTypeOf<ResponseStreamEvent>();
      switch (streamEvent.type) {
        case 'response.output_text.delta':
          expectTypeOf(streamEvent.delta).toEqualTypeOf<string>();
          break;
      }
    }
  });
});

describe('request and header documents', () => {
  it('accepts a well-formed request and rejects a misspelled field', () => {
    expectTypeOf({
      model: 'gpt-5-mini',
      temperature: 1,
      stream: true,
    } satisfies ResponseCreateParams).toMatchObjectType<{
      model: string;
    }>();
    // @ts-expect-error `temprature` is not a request field
    expectTypeOf({ model: 'x', temprature: 1 } satisfies ResponseCreateParams).not.toBeNever();
  });

  it('rejects values outside the header enums', () => {
    expectTypeOf({ agent_arch: 'dual-llm' } satisfies FeaturesHeader).toEqualTypeOf<{
      agent_arch: 'dual-llm';
    }>();
    // @ts-expect-error agent_arch is `single-llm`, `dual-llm` or null
    expectTypeOf({ agent_arch: 'triple-llm' } satisfies FeaturesHeader).not.toBeNever();
    // @ts-expect-error the classifier is `toxicity_filter`
    expectTypeOf({ name: 'toxicity_filtre', threshold: 0.5 } satisfies ContentClassifier).not.toBeNever();
    // @ts-expect-error mode is `standard`, `strict`, `custom` or null
    expectTypeOf({ mode: 'lenient' } satisfies PolicyHeader).not.toBeNever();
    // @ts-expect-error clear_session_meta is `never`, `every_attempt`, `every_turn` or null
    expectTypeOf({ clear_session_meta: 'sometimes' } satisfies FsmConfig).not.toBeNever();
    // @ts-expect-error unknown top-level fields are rejected
    expectTypeOf({ fsm: { max_n_turns: 5 }, session: {} } satisfies ConfigHeader).not.toBeNever();
  });

  it('encodes header documents to optional strings keyed by header name', () => {
    expectTypeOf(encodeJsonHeaders({ 'X-Features': { agent_arch: 'dual-llm' } })).toEqualTypeOf<{
      'X-Features'?: string;
      'X-Policy'?: string;
      'X-Config'?: string;
    }>();
    // @ts-expect-error the X-Features document is checked against FeaturesHeader
    encodeJsonHeaders({ 'X-Features': { agent_arch: 'triple-llm' } });
  });
});

describe('the low-level client', () => {
  const client = createLowLevelClient({ baseUrl: 'http://127.0.0.1:1' });
  const params = { path: { endpoint_type: 'chat' } } as const;

  // openapi-fetch passes `data` and `error` through its `Readable<>` mapping (which drops write-only fields), so they
  // are compared structurally (`branded`) rather than by type identity.
  it('types the data of createResponse as Response and the error as ErrorBody', async () => {
    const { data, error } = await client.createResponse({
      params,
      body: { model: 'gpt-5-mini', input: 'Hi' },
    });
    expectTypeOf(data).branded.toEqualTypeOf<ResponseObject | undefined>();
    expectTypeOf(error).branded.toEqualTypeOf<ErrorBody | undefined>();
  });

  it('requires the path parameters of createResponseWithProvider', async () => {
    const { data } = await client.createResponseWithProvider({
      params: { path: { endpoint_type: 'code', provider: 'openai' } },
      body: { model: 'gpt-5-mini' },
    });
    expectTypeOf(data).branded.toEqualTypeOf<ResponseObject | undefined>();
    await client.createResponseWithProvider({
      // @ts-expect-error `anthropic` is not a provider of the Responses API
      params: { path: { endpoint_type: 'code', provider: 'anthropic' } },
      body: { model: 'gpt-5-mini' },
    });
  });

  it('rejects a body without model or with a mistyped field', async () => {
    // @ts-expect-error `model` is required
    await client.createResponse({ params, body: { input: 'Hi' } });
    await client.createResponse({
      params,
      // @ts-expect-error `temperature` is a number
      body: { model: 'gpt-5-mini', temperature: 'hot' },
    });
  });

  it('rejects a misspelled field in a body typed as ResponseCreateParams', async () => {
    // openapi-fetch infers the init object generically, so an inline object literal gets no excess-property check
    // (openapi-ts/openapi-typescript#2329); a body declared as ResponseCreateParams does.
    // @ts-expect-error `temprature` is not a request field
    const body: ResponseCreateParams = { model: 'gpt-5-mini', temprature: 1 };
    await client.createResponse({ params, body });
  });
});
