import type { DraftInput } from '@core/contracts/draft.ts';
import { boundForSending } from '@core/contracts/sending.ts';
import type { ComposeBox, ReadContext } from './platform-adapter.ts';
import { coldThread } from './reading.ts';
import { adapters } from './registry.ts';
import * as S from './selectors.ts';
import { readTextModel, type TextModel } from '@/editing/text-model.ts';

export type { ReadContext } from './platform-adapter.ts';

export interface ReadDraft {
  draft: DraftInput;
  model: TextModel;
}

/** Everything Tactful reads for one composer: the draft, subject, recipient, thread, own name, note limit. Nothing else. */
export function readDraft(box: ComposeBox, doc: Document = document, context: ReadContext = {}): ReadDraft {
  const adapter = adapters[box.platform];
  const model = readTextModel(box.editor);
  const recipient = adapter.recipient(box, doc, context);
  const thread = box.kind === 'note' ? coldThread() : adapter.thread(box);
  const sender = doc.querySelector<HTMLImageElement>(S.ownName)?.alt.trim();
  const account = box.kind === 'note' ? adapter.noteAccount?.(box, doc, context.account ?? 'auto') : undefined;
  // Never more than the background accepts: a huge paste travels cut, with its true length.
  const draft: DraftInput = boundForSending({
    text: model.text,
    kind: box.kind,
    platform: box.platform,
    ...(box.subject ? { subject: box.subject.value } : {}),
    ...(recipient ? { recipient } : {}),
    thread,
    ...(sender ? { sender: { name: sender } } : {}),
    ...(account ? { account } : {}),
  });
  return { draft, model };
}
