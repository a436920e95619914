import type { RiskType, Sector } from './risk-catalogue';
import { RISK_TYPE_CODES, SECTOR_CODES } from './risk-catalogue';
import { measureWarnings, RISK_NEEDS_SECTORS } from './measure-matching';

const warn = (risks: RiskType[], sectors: Sector[], hasLabour = false) =>
  measureWarnings({ risks, sectors, hasLabour });

test('因病 without 卫健, 医保 or 民政 is warned about, naming the three', () => {
  expect(warn(['illness'], ['education', 'agriculture'])).toEqual([
    '因病：还没有卫健、医保、民政方面的措施。',
  ]);
});

test.each<[RiskType, Sector[]]>([
  ['illness', ['health', 'medical_insurance', 'civil_affairs']],
  ['disability', ['disability', 'civil_affairs', 'health']],
  ['education', ['education']],
  ['disaster', ['housing', 'civil_affairs', 'agriculture']],
  ['accident', ['medical_insurance', 'health', 'civil_affairs']],
  ['business_failure', ['agriculture', 'employment']],
  ['unemployment', ['employment']],
  ['lack_of_labour', ['civil_affairs', 'employment']],
  ['housing', ['housing']],
  ['drinking_water', ['water']],
  ['other', []],
])('%s is met by any of %j and warned about without them', (risk, sectors) => {
  expect([...RISK_NEEDS_SECTORS[risk]].sort()).toEqual([...sectors].sort());
  for (const s of sectors) expect(warn([risk], [s])).toEqual([]);
  const others = SECTOR_CODES.filter((s) => !sectors.includes(s));
  expect(warn([risk], others)).toHaveLength(sectors.length ? 1 : 0);
});

test('every risk type has a row', () => {
  expect(Object.keys(RISK_NEEDS_SECTORS).sort()).toEqual([...RISK_TYPE_CODES].sort());
});

test('one warning per unmet risk, in the order of the risks', () => {
  expect(warn(['education', 'drinking_water', 'illness'], ['health'])).toEqual([
    '因学：还没有教育方面的措施。',
    '因安全饮水：还没有水务方面的措施。',
  ]);
});

test.each<[string, Sector[], boolean, number]>([
  ['only 民政 for a family that can work', ['civil_affairs'], true, 1],
  ['only 民政 for a family without labour', ['civil_affairs'], false, 0],
  ['民政 and 人社 for a family that can work', ['civil_affairs', 'employment'], true, 0],
  ['no measures yet is not “only 民政”', [], true, 0],
])('%s → %i labour warning', (_n, sectors, hasLabour, n) => {
  const w = warn(['other'], sectors, hasLabour);
  expect(w.filter((x) => x.startsWith('家里有能干活的人'))).toHaveLength(n);
});
