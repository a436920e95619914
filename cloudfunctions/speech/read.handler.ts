import type { ActionInput } from '../../shared/src/contract/define-function';
import { splitForReading } from '../../shared/src/speech/reading-pieces';
import type { speechContract } from '../../shared/src/speech/speech-contract';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { readingSourceText } from './reading-source-text';
import { requireUser } from '../platform/runtime/require-user';
import type { ClipScope } from './speech-clips';
import { clipFor } from './speech-clips';

type Actions = typeof speechContract.actions;

/** The audio of one piece of a text (published, or given by a logged-in caller). */
async function pieceOf(text: string, piece: number, ctx: HandlerContext, scope: ClipScope) {
  const pieces = splitForReading(text);
  if (pieces.length === 0) throw invalid({ text: '没有可朗读的文字' }, '这里没有可朗读的文字。');
  const at = pieces[piece];
  if (at === undefined)
    throw invalid({ piece: `只有 ${pieces.length} 段` }, '已经读完了，没有这一段。');
  return clipFor(ctx, { piece, pieces: pieces.length, text: at, scope });
}

/** 朗读 of a published policy, exhibit or reader chapter: anyone, piece by piece. */
export async function read(input: ActionInput<Actions, 'read'>, ctx: HandlerContext) {
  return pieceOf(await readingSourceText(input.source, ctx), input.piece, ctx, {
    kind: 'published',
  });
}

/** 朗读 of a short text the app shows (a form's question, a reviewer's note): logged-in only. */
export async function readText(input: ActionInput<Actions, 'readText'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  return pieceOf(input.text, input.piece, ctx, { kind: 'caller', userId: caller.userId });
}
