import type { ExhibitDoc } from '../exhibit-collections';

/**
 * A demo exhibit as a cadre's publish leaves it: credited to the 村史编写组, marked demo,
 * published at the time it was written.
 */
export function publishedDemoExhibit(
  fields: Pick<ExhibitDoc, 'villageId' | 'townId' | 'category' | 'title' | 'story' | 'era'> & {
    imageFileId: string;
    at: string;
  },
): ExhibitDoc {
  const { imageFileId, at, ...text } = fields;
  return {
    ...text,
    imageFileIds: [imageFileId],
    status: 'published',
    reviewNote: null,
    contributorId: null,
    contributorName: '村史编写组（演示）',
    demo: true,
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
  };
}
