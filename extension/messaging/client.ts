import { browser } from 'wxt/browser';
import type { RequestInput, RequestType } from '@core/contracts/protocol.ts';
import { ErrorReply, okReply, ResponseFor, type ResponseOf } from '@core/contracts/replies.ts';

export class MessagingError extends Error {
  constructor(
    message: string,
    readonly code: 'bad-request' | 'forbidden' | 'internal' | 'unreachable' | 'invalidated' | 'bad-reply',
  ) {
    super(message);
  }
}

const RETRY_DELAYS_MS = [50, 250, 1000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True once the extension was reloaded or updated: this (old) content script can no longer talk to it. */
export function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /Extension context invalidated|context invalidated/i.test(error.message);
}

/**
 * Sends one request to the background and parses the reply against the protocol: the value, or a
 * typed MessagingError. A service worker stopped by the browser is woken by the message itself; if
 * the first attempt finds no receiver, it retries a few times before giving up.
 */
export async function send<T extends RequestType>(request: Extract<RequestInput, { type: T }>): Promise<ResponseOf<T>> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    try {
      const raw: unknown = await browser.runtime.sendMessage(request);
      return parseReply(request.type as T, raw);
    } catch (error) {
      if (error instanceof MessagingError) throw error;
      if (isContextInvalidated(error)) throw new MessagingError('Tactful was updated or reloaded: reload the page to keep coaching.', 'invalidated');
      lastError = error;
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) break;
      await sleep(delay);
    }
  }
  throw new MessagingError(`Tactful's background is not answering (${lastError instanceof Error ? lastError.message : 'no reply'}).`, 'unreachable');
}

function parseReply<T extends RequestType>(type: T, raw: unknown): ResponseOf<T> {
  const failure = ErrorReply.safeParse(raw);
  if (failure.success) throw new MessagingError(failure.data.error.message, failure.data.error.code);
  const ok = okReply(ResponseFor[type]).safeParse(raw);
  if (!ok.success) throw new MessagingError(`Unexpected reply to "${type}"`, 'bad-reply');
  return ok.data.value as ResponseOf<T>;
}
