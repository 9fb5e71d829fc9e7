import type { Runtime } from 'webextension-polyfill';
import { PRIVILEGED, Request, type ErrorReply, type RequestType, type ResponseOf } from '@core/contracts/protocol.ts';

export type Handlers = {
  [T in RequestType]: (request: Extract<Request, { type: T }>, sender: Runtime.MessageSender) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

export type Reply = { ok: true; value: unknown } | ErrorReply;

const fail = (code: ErrorReply['error']['code'], message: string): ErrorReply => ({ ok: false, error: { code, message } });

/**
 * True for the extension's own pages (popup, options — also when open in a tab); false for content
 * scripts, whose sender URL is the web page they run in.
 */
export function isExtensionPage(sender: Runtime.MessageSender, extensionOrigin: string): boolean {
  const url = sender.url ?? '';
  return url === extensionOrigin || url.startsWith(`${extensionOrigin}/`);
}

/**
 * Answers one raw message: validates it, checks the sender's privilege, runs the handler. Never
 * throws: every failure becomes an error object the caller can show.
 */
export async function dispatch(raw: unknown, sender: Runtime.MessageSender, handlers: Handlers, extensionOrigin: string): Promise<Reply> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('bad-request', `Invalid message: ${issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'unknown shape'}`);
  }
  const request = parsed.data;
  if (PRIVILEGED.has(request.type) && !isExtensionPage(sender, extensionOrigin)) {
    return fail('forbidden', `Only Tactful's own pages may send "${request.type}".`);
  }
  try {
    const handler = handlers[request.type] as (r: Request, s: Runtime.MessageSender) => Promise<unknown> | unknown;
    return { ok: true, value: await handler(request, sender) };
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : 'Unexpected error');
  }
}
