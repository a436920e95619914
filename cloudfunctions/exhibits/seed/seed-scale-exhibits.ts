import { EXHIBIT_CATEGORIES } from '../../../shared/src/exhibits/exhibit-labels';
import type { ExhibitCategory } from '../../../shared/src/exhibits/exhibit-labels';
import type { Clock } from '../../platform/ports/clock';
import type { Files } from '../../platform/ports/files';
import type { Store } from '../../platform/ports/store';
import { orgUnitsCollection } from '../../platform/runtime/platform-collections';
import { exhibitsCollection } from '../exhibit-collections';
import { demoImagePng } from './demo-image';
import { publishedDemoExhibit } from './published-demo-exhibit';

export interface ScaleExhibitsOptions {
  /** The village that gets every item (a demo org unit at village level). */
  villageId: string;
  count: number;
  /**
   * Photo-sized pictures (1024×768 with grain, about 180 KB each, like a compressed phone
   * photo) instead of the small 320×240 demo gradients (about 1 KB). Each then also gets the
   * small list copy the app uploads with every photo (480×360, about 40 KB).
   */
  photoSized?: boolean;
}

const ERAS = ['清末', '民国', '1950年代', '1960年代', '1970年代', '1980年代', '1990年代', null];
const SUBJECTS: Record<ExhibitCategory, string> = {
  old_photo: '老照片',
  artifact: '老物件',
  family_motto: '家训',
  village_history: '村志一页',
  person: '乡贤',
  heritage: '手艺',
};
/** Distinct pictures generated once and reused; each item still stores its own file. */
const PICTURE_VARIANTS = 12;
const BATCH = 100;

export const scaleExhibitId = (villageId: string, i: number) =>
  `exhibit-scale-${villageId.replace(/^village-/, '')}-${String(i).padStart(5, '0')}`;

/**
 * A synthetic long list for benchmarks and scale tests: `count` published items with a picture
 * each in one village, written as a cadre's review leaves them (published, demo content, the
 * 村史编写组 as contributor). Obviously fake titles (`样本展品 00017 · 老物件`); all older than the
 * hand-written demo items, one minute apart, newest first. Idempotent per village.
 */
export async function seedScaleExhibits(
  store: Store,
  files: Files,
  clock: Clock,
  options: ScaleExhibitsOptions,
): Promise<number> {
  const { villageId, count } = options;
  const exhibits = store.collection(exhibitsCollection);
  if (count <= 0 || (await exhibits.get(scaleExhibitId(villageId, 0)))) return 0;
  const village = await store.collection(orgUnitsCollection).get(villageId);
  if (!village || village.level !== 'village' || !village.townId)
    throw new Error(`seedScaleExhibits: ${villageId} is not a seeded village`);
  const townId = village.townId;
  const picture = (i: number) => {
    const variant = i % PICTURE_VARIANTS;
    return options.photoSized ? demoImagePng(variant, 1024, 768, 6) : demoImagePng(variant);
  };
  // Older than the hand-written demo items (the newest of those is a week old at most).
  const newest = clock.now().getTime() - 7 * 86_400_000;
  for (let start = 0; start < count; start += BATCH) {
    const batch: Array<{ i: number; fileId: string; listFileId: string | null }> = [];
    for (let i = start; i < Math.min(start + BATCH, count); i++) {
      const stored = await files.put({
        feature: 'exhibits',
        owner: 'system',
        purpose: 'demo-photo',
        bytes: picture(i),
        contentType: 'image/png',
      });
      const list = options.photoSized
        ? await files.put({
            feature: 'exhibits',
            owner: 'system',
            purpose: 'demo-list-copy',
            bytes: demoImagePng(i % PICTURE_VARIANTS, 480, 360, 6),
            contentType: 'image/png',
          })
        : null;
      batch.push({ i, fileId: stored.fileId, listFileId: list?.fileId ?? null });
    }
    await store.transaction(async (tx) => {
      for (const { i, fileId, listFileId } of batch) {
        const category = EXHIBIT_CATEGORIES[i % EXHIBIT_CATEGORIES.length] ?? 'artifact';
        const at = new Date(newest - i * 60_000).toISOString();
        await tx.insert(exhibitsCollection, {
          _id: scaleExhibitId(villageId, i),
          ...publishedDemoExhibit({
            villageId,
            townId,
            category,
            title: `样本展品 ${String(i).padStart(5, '0')} · ${SUBJECTS[category]}`,
            story: `批量生成的样本展品，用来试长列表的翻页和图片加载。（演示内容）`,
            era: ERAS[i % ERAS.length] ?? null,
            imageFileId: fileId,
            at,
          }),
          coverListFileId: listFileId,
        });
      }
    });
  }
  return count;
}
