import type { CourseCategory } from '../../../shared/src/training/training-labels';
import { ensureDevUser } from '../../platform/adapters/local/dev-personas';
import type { Clock } from '../../platform/ports/clock';
import type { Store } from '../../platform/ports/store';
import { usersCollection } from '../../platform/runtime/platform-collections';
import type { CourseDoc, CourseSession } from '../training-collections';
import { coursesCollection } from '../training-collections';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface DemoCourse {
  id: string;
  title: string;
  category: CourseCategory;
  townId: string;
  location: string;
  description: string;
  requirements: string;
  capacity: number;
  /** Days from now to the first session; sessions follow daily. */
  firstSessionInDays: number;
  sessionCount: number;
  attendanceToComplete: number;
}

/** DEMO DATA: the source programme's four trades across the towns; texts written for the demo. */
const DEMO_COURSES: DemoCourse[] = [
  {
    id: 'course-demo-excavator',
    title: '挖掘机操作（初级）',
    category: 'excavator',
    townId: 'town-zheqiao',
    location: '折桥镇职业技能培训点（镇政府东侧）',
    description:
      '从认识挖掘机、安全操作讲起，再到场地实操。结业后可参加特种作业操作证考试。（演示内容）',
    requirements: '年满18周岁，身体健康，无色盲。',
    capacity: 30,
    firstSessionInDays: 20,
    sessionCount: 10,
    attendanceToComplete: 8,
  },
  {
    id: 'course-demo-welding',
    title: '电焊工（焊条电弧焊）',
    category: 'welding',
    townId: 'town-baohan',
    location: '枹罕镇王坪村文化活动中心',
    description: '平焊、立焊基本功，焊接安全与防护。培训免费，提供劳保用品。（演示内容）',
    requirements: '年满16周岁。',
    capacity: 25,
    firstSessionInDays: 14,
    sessionCount: 8,
    attendanceToComplete: 6,
  },
  {
    id: 'course-demo-welding-advanced',
    title: '电焊工（进阶，小班）',
    category: 'welding',
    townId: 'town-zheqiao',
    location: '折桥镇祁牟村村委会',
    description: '小班教学，名额很少，报满后可以候补。（演示内容）',
    requirements: '学过电焊入门更好。',
    capacity: 2,
    firstSessionInDays: 10,
    sessionCount: 4,
    attendanceToComplete: 3,
  },
  {
    id: 'course-demo-pastry',
    title: '面点制作（牛肉面、油香、馓子）',
    category: 'pastry',
    townId: 'town-nanlong',
    location: '南龙镇江牌村餐饮培训教室',
    description: '拉面、油香和馓子的制作，兼讲小店经营与食品安全。（演示内容）',
    requirements: '年满16周岁，持健康证者优先。',
    capacity: 40,
    firstSessionInDays: 7,
    sessionCount: 6,
    attendanceToComplete: 5,
  },
  {
    id: 'course-demo-sewing',
    title: '缝纫（民族服饰加工）',
    category: 'sewing',
    townId: 'town-chengjiao',
    location: '城郊镇八坊村扶贫车间',
    description: '正在上课：今天有一节课，可以用签到码签到。（演示内容）',
    requirements: '年满16周岁。',
    capacity: 20,
    firstSessionInDays: 0,
    sessionCount: 5,
    attendanceToComplete: 4,
  },
];

function sessions(first: Date, count: number): CourseSession[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(first.getTime() + i * DAY);
    return {
      sessionId: `s${i + 1}`,
      topic: `第${i + 1}课`,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3 * HOUR).toISOString(),
    };
  });
}

export async function seedDemoCourses(store: Store, clock: Clock): Promise<number> {
  const courses = store.collection(coursesCollection);
  const now = clock.now();
  const trainerOpenid = await ensureDevUser(store, clock, 'trainer');
  const trainer = (
    await store.collection(usersCollection).find({ openid: trainerOpenid }, { limit: 1 })
  ).items[0];
  let added = 0;
  for (const c of DEMO_COURSES) {
    if (await courses.get(c.id)) continue;
    // The sewing course is under way: its first session started half an hour ago.
    const first =
      c.firstSessionInDays === 0
        ? new Date(now.getTime() - HOUR / 2)
        : new Date(now.getTime() + c.firstSessionInDays * DAY);
    const list = sessions(first, c.sessionCount);
    const doc: CourseDoc & { _id: string } = {
      _id: c.id,
      title: c.title,
      category: c.category,
      townId: c.townId,
      location: c.location,
      description: c.description,
      requirements: c.requirements,
      sessions: list,
      firstSessionStartsAt: list[0]?.startsAt ?? first.toISOString(),
      capacity: c.capacity,
      confirmed: 0,
      waitlisted: 0,
      seatsLeft: c.capacity,
      waitSeq: 0,
      signupOpensAt: new Date(now.getTime() - 3 * DAY).toISOString(),
      signupClosesAt: new Date(now.getTime() + 30 * DAY).toISOString(),
      minAge: 16,
      maxAge: 60,
      residentOnly: true,
      attendanceToComplete: c.attendanceToComplete,
      cancelHoursBefore: 24,
      status: 'published',
      trainerId: trainer?._id ?? null,
      demo: true,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await courses.insert(doc);
    added++;
  }
  return added;
}
