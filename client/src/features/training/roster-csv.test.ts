import { rosterCsv, rosterFileName } from './roster-csv';

test('the roster CSV opens in Excel with Chinese, quotes and formula-looking cells made safe', () => {
  const csv = rosterCsv([
    {
      enrollmentId: 'e1',
      name: '马文礼',
      phoneMasked: '138****5678',
      villageName: '祁牟村',
      status: 'waitlisted',
      waitlistPosition: 2,
      checkIns: 0,
      certificateSerial: null,
    },
    {
      enrollmentId: 'e2',
      name: '=HYPERLINK("x")',
      phoneMasked: null,
      villageName: null,
      status: 'completed',
      waitlistPosition: null,
      checkIns: 4,
      certificateSerial: 'LX2026-000123-K',
    },
  ]);
  expect(csv.startsWith('\uFEFF"序号","姓名"')).toBe(true);
  const lines = csv.trimEnd().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toBe('"1","马文礼","138****5678","祁牟村","候补第 2 位","0",""');
  expect(lines[2]).toBe(`"2","'=HYPERLINK(""x"")","","","已结业","4","LX2026-000123-K"`);
});

test('the roster file is named for the China date, not the UTC one', () => {
  // 17:30 UTC on 2 December is 01:30 on 3 December in China.
  expect(rosterFileName('电焊 (初级)/班', new Date('2026-12-02T17:30:00Z'))).toBe(
    '学员名单-电焊(初级)班-2026-12-03.csv',
  );
  expect(rosterFileName('面点', new Date('2026-12-02T15:59:00Z'))).toBe(
    '学员名单-面点-2026-12-02.csv',
  );
});
