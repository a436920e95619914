import {
  chapterReadingText,
  exhibitReadingText,
  policyReadingText,
} from '../../shared/src/speech/reading-text';
import type { ReadingSource } from '../../shared/src/speech/speech-contract';
import { chaptersCollection, exhibitsCollection } from '../exhibits/exhibit-collections';
import { notFound } from '../platform/runtime/app-error';
import { docsById } from '../platform/runtime/docs-by-id';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { policiesCollection } from '../policies/policy-collections';

/**
 * The text of a published source, as anyone may read it: a policy's current version, a published
 * exhibit, a chapter of the reader with only its published items. Anything else is NOT_FOUND,
 * so unpublished text never becomes audio.
 */
export async function readingSourceText(
  source: ReadingSource,
  ctx: HandlerContext,
): Promise<string> {
  if (source.kind === 'policy') {
    const policy = await ctx.store.collection(policiesCollection).get(source.policyId);
    if (!policy) throw notFound('没有找到这项政策。');
    return policyReadingText(policy);
  }
  const exhibits = ctx.store.collection(exhibitsCollection);
  if (source.kind === 'exhibit') {
    const exhibit = await exhibits.get(source.exhibitId);
    if (!exhibit || exhibit.status !== 'published') throw notFound('没有找到这件展品。');
    return exhibitReadingText(exhibit);
  }
  const chapter = await ctx.store
    .collection(chaptersCollection)
    .get(`${source.villageId}:${source.chapterId}`);
  if (!chapter) throw notFound('没有找到这一章。');
  // One `$in` read for the chapter's items, kept in the chapter's order.
  const found = await docsById(exhibits, chapter.exhibitIds);
  const titles: string[] = [];
  for (const id of chapter.exhibitIds) {
    const e = found.get(id);
    if (e?.status === 'published') titles.push(e.title);
  }
  return chapterReadingText({
    heading: chapter.title,
    preface: chapter.preface,
    exhibitTitles: titles,
  });
}
