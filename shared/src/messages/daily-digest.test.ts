import type { DueItem } from './daily-digest';
import {
  digestCountsFor,
  digestData,
  digestDay,
  digestSentence,
  isDigestRole,
} from './daily-digest';
import { renderMessage } from './message-text';

const item = (over: Partial<DueItem>): DueItem => ({
  domain: 'risk',
  level: 'village',
  villageId: 'v1',
  townId: 't1',
  dueOn: '2026-12-01',
  ...over,
});

describe('digestDay', () => {
  test('a working day from 08:00 China time; the next working day counts as soon', () => {
    // Tuesday 2026-12-01 08:00 in China is 00:00 UTC.
    expect(digestDay(new Date('2026-12-01T00:00:00Z'))).toEqual({
      today: '2026-12-01',
      soonUntil: '2026-12-02',
    });
    // Friday: the next working day is Monday.
    expect(digestDay(new Date('2026-12-04T03:00:00Z'))?.soonUntil).toBe('2026-12-07');
  });
  test('nothing before 08:00 China time, nor on weekends and holidays', () => {
    expect(digestDay(new Date('2026-11-30T23:59:00Z'))).toBeNull(); // Tue 07:59 China
    expect(digestDay(new Date('2026-11-28T02:00:00Z'))).toBeNull(); // Saturday
    expect(digestDay(new Date('2026-10-01T02:00:00Z'))).toBeNull(); // 国庆节
  });
  test('late on a UTC day is already the next China day', () => {
    // 2026-11-30T16:30Z is Tuesday 00:30 in China: before 08:00, so nothing yet.
    expect(digestDay(new Date('2026-11-30T16:30:00Z'))).toBeNull();
    expect(digestDay(new Date('2026-12-01T01:00:00Z'))?.today).toBe('2026-12-01');
  });
});

describe('digestCountsFor', () => {
  const day = { today: '2026-12-01', soonUntil: '2026-12-02' };
  const items: DueItem[] = [
    item({ dueOn: '2026-11-27' }), // late, village v1
    item({ domain: 'feedback', dueOn: '2026-12-01' }), // due today
    item({ domain: 'claims', dueOn: '2026-12-02' }), // due tomorrow
    item({ dueOn: '2026-12-03' }), // not yet
    item({ villageId: 'v2', townId: 't1', dueOn: '2026-11-27' }), // another village
    item({ level: 'town', dueOn: '2026-11-30' }),
    item({ level: 'city', townId: 't9', villageId: 'v9', dueOn: '2026-12-01' }),
    item({ domain: 'claims', level: 'insurer', dueOn: '2026-11-20' }),
  ];
  test("a village cadre counts their village's items at the village step only", () => {
    expect(
      digestCountsFor({ role: 'village_cadre', villageId: 'v1', townId: 't1' }, items, day),
    ).toEqual({ overdue: 1, dueSoon: 2, byDomain: { risk: 1, claims: 1, feedback: 1 } });
  });
  test('a town reviewer counts the town step in their town; the city and insurer theirs', () => {
    expect(
      digestCountsFor({ role: 'town_reviewer', villageId: null, townId: 't1' }, items, day),
    ).toMatchObject({ overdue: 1, dueSoon: 0 });
    expect(
      digestCountsFor({ role: 'town_reviewer', villageId: null, townId: 't2' }, items, day),
    ).toMatchObject({ overdue: 0, dueSoon: 0 });
    expect(
      digestCountsFor({ role: 'city_approver', villageId: null, townId: null }, items, day),
    ).toMatchObject({ overdue: 0, dueSoon: 1, byDomain: { risk: 1, claims: 0, feedback: 0 } });
    expect(
      digestCountsFor({ role: 'insurer', villageId: null, townId: null }, items, day),
    ).toMatchObject({ overdue: 1, dueSoon: 0, byDomain: { risk: 0, claims: 1, feedback: 0 } });
  });
  test('only reviewers get a digest', () => {
    expect(isDigestRole('village_cadre')).toBe(true);
    expect(isDigestRole('insurer')).toBe(true);
    expect(isDigestRole('villager')).toBe(false);
    expect(isDigestRole('admin')).toBe(false);
    expect(isDigestRole('trainer')).toBe(false);
  });
});

describe('the digest message', () => {
  test('counts in one plain sentence, with the 待办 it opens', () => {
    const counts = { overdue: 2, dueSoon: 1, byDomain: { risk: 2, claims: 0, feedback: 1 } };
    const cadre = renderMessage('officials.daily_digest', digestData(counts, 'village_cadre'));
    expect(cadre.text).toBe(
      '今天的待办：已超期 2 件、快到期 1 件（返贫风险申报 2 件、意见反馈 1 件），点开去处理。',
    );
    expect(cadre.link?.page).toBe('/packages/households/pages/workbench/index');
    const insurer = renderMessage(
      'officials.daily_digest',
      digestData(
        { overdue: 0, dueSoon: 3, byDomain: { risk: 0, claims: 3, feedback: 0 } },
        'insurer',
      ),
    );
    expect(insurer.text).toBe('今天的待办：快到期 3 件（理赔 3 件），点开去处理。');
    expect(insurer.link?.page).toBe('/packages/claims-work/pages/queue/index');
  });
  test('missing numbers read as none', () => {
    expect(digestSentence({ overdue: 1, risk: 1 })).toBe(
      '今天的待办：已超期 1 件（返贫风险申报 1 件），点开去处理。',
    );
  });
});
