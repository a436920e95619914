import type { ExhibitCategory } from '../../../shared/src/exhibits/exhibit-labels';
import type { Clock } from '../../platform/ports/clock';
import type { Files } from '../../platform/ports/files';
import type { Store } from '../../platform/ports/store';
import { chaptersCollection, exhibitsCollection } from '../exhibit-collections';
import { demoImagePng } from './demo-image';
import { publishedDemoExhibit } from './published-demo-exhibit';

interface DemoExhibit {
  id: string;
  villageId: string;
  townId: string;
  category: ExhibitCategory;
  title: string;
  era: string;
  story: string;
}

/** DEMO CONTENT written for the demo; pictures are generated here. Replace with the villages' own. */
const DEMO_EXHIBITS: DemoExhibit[] = [
  {
    id: 'exhibit-demo-qimou-gate',
    villageId: 'village-zheqiao-qimou',
    townId: 'town-zheqiao',
    category: 'old_photo',
    title: '祁牟村老村口',
    era: '1970年代',
    story:
      '老人们说，村口原来有一棵大柳树，赶集的人都在树下歇脚。这张照片是当年村里第一台拖拉机进村时拍的。（演示内容）',
  },
  {
    id: 'exhibit-demo-qimou-motto',
    villageId: 'village-zheqiao-qimou',
    townId: 'town-zheqiao',
    category: 'family_motto',
    title: '马家家训：耕读传家',
    era: '清末',
    story:
      '马家世代务农，家训只有四个字：耕读传家。意思是既要勤劳种地，也要让孩子读书明理。（演示内容）',
  },
  {
    id: 'exhibit-demo-qimou-hua-er',
    villageId: 'village-zheqiao-qimou',
    townId: 'town-zheqiao',
    category: 'heritage',
    title: '河州花儿：田间对唱',
    era: '代代相传',
    story: '夏天割麦的时候，地头上常有人唱河州花儿，一问一答，唱的是庄稼、亲人和家乡。（演示内容）',
  },
  {
    id: 'exhibit-demo-wangping-brick',
    villageId: 'village-baohan-wangping',
    townId: 'town-baohan',
    category: 'heritage',
    title: '临夏砖雕：牡丹门楣',
    era: '民国',
    story: '王坪村老宅门楣上的牡丹砖雕，是村里老匠人一刀一刀刻出来的，寓意富贵平安。（演示内容）',
  },
  {
    id: 'exhibit-demo-wangping-mill',
    villageId: 'village-baohan-wangping',
    townId: 'town-baohan',
    category: 'artifact',
    title: '石磨',
    era: '1960年代',
    story: '这盘石磨磨了几十年的面，一家人过年的馍馍、油香都从这里来。（演示内容）',
  },
  {
    id: 'exhibit-demo-fenghuangshan-history',
    villageId: 'village-baohan-fenghuangshan',
    townId: 'town-baohan',
    category: 'village_history',
    title: '凤凰山村的来历',
    era: '明代',
    story:
      '传说村后的山形像一只展翅的凤凰，村子因此得名。村志里记着第一批人家迁来的年份。（演示内容）',
  },
];

export async function seedDemoExhibits(store: Store, files: Files, clock: Clock): Promise<number> {
  const now = clock.now();
  let added = 0;
  for (const [i, d] of DEMO_EXHIBITS.entries()) {
    if (await store.collection(exhibitsCollection).get(d.id)) continue;
    const picture = await files.put({
      feature: 'exhibits',
      owner: 'system',
      purpose: 'demo-photo',
      bytes: demoImagePng(i),
      contentType: 'image/png',
    });
    const at = new Date(now.getTime() - (DEMO_EXHIBITS.length - i) * 86_400_000).toISOString();
    await store.collection(exhibitsCollection).insert({
      _id: d.id,
      ...publishedDemoExhibit({
        villageId: d.villageId,
        townId: d.townId,
        category: d.category,
        title: d.title,
        story: d.story,
        era: d.era,
        imageFileId: picture.fileId,
        at,
      }),
    });
    added++;
  }
  const chapterId = 'village-zheqiao-qimou:ch1';
  if (!(await store.collection(chaptersCollection).get(chapterId))) {
    await store.collection(chaptersCollection).insert({
      _id: chapterId,
      villageId: 'village-zheqiao-qimou',
      order: 1,
      title: '第一章 村口与家风',
      preface: '从村口的老柳树说起，到马家的“耕读传家”，这是祁牟村人记得的第一页。（演示内容）',
      exhibitIds: [
        'exhibit-demo-qimou-gate',
        'exhibit-demo-qimou-motto',
        'exhibit-demo-qimou-hua-er',
      ],
      updatedAt: now.toISOString(),
    });
  }
  return added;
}
