#!/usr/bin/env node
// The `sequrity-responses` command: `sequrity-responses emulator [options]` serves the emulator until SIGINT/SIGTERM.
import { helpText, parseCliArgs } from './cli-args.js';
import { startMockServer } from './node-server.js';
import type { RecordedRequest } from './request-log.js';

function logLine(request: RecordedRequest): string {
  const parts = [new Date().toISOString(), request.method, request.path, String(request.status || 'reset')];
  parts.push(`${Date.now() - request.receivedAt}ms`);
  if (request.sessionId !== undefined) parts.push(`session=${request.sessionId}`);
  if (request.fault !== undefined) parts.push(`fault=${request.fault}`);
  return parts.join(' ');
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(helpText());
    return 0;
  }
  if (command.kind === 'error') {
    process.stderr.write(
      `sequrity-responses: ${command.message}\nRun "sequrity-responses --help" for the options.\n`,
    );
    return 2;
  }
  const { kind: _kind, ...options } = command;
  const server = await startMockServer({
    ...options,
    onRequest: (request) => process.stdout.write(`${logLine(request)}\n`),
  });
  process.stdout.write(
    `Listening on ${server.url}\nRoutes:\n${server.emulator.routes.map((route) => `  ${route}`).join('\n')}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      process.stdout.write(`Received ${signal}, closing.\n`);
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await server.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sequrity-responses: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
