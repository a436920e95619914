import { defineCollection } from '../../ports/store';
import { formatIndexPlan, planIndexes, toCreateIndexes } from './index-plan';

test('index declarations become a console plan and UpdateTable CreateIndexes', () => {
  const enrollments = defineCollection('enrollments', [
    { fields: ['courseId', 'userId'], unique: true },
    { fields: ['address.villageId'] },
  ]);
  const plan = planIndexes([enrollments]);
  expect(plan).toEqual([
    {
      collection: 'enrollments',
      indexes: [
        { name: 'ix_u_courseId_userId', fields: ['courseId', 'userId'], unique: true },
        { name: 'ix_address__villageId', fields: ['address.villageId'], unique: false },
      ],
    },
  ]);
  expect(formatIndexPlan(plan)).toBe(
    [
      'collection enrollments',
      '  UNIQUE index ix_u_courseId_userId: courseId asc, userId asc',
      '  index ix_address__villageId: address.villageId asc',
    ].join('\n'),
  );
  expect(toCreateIndexes(plan[0] as never)[0]).toEqual({
    IndexName: 'ix_u_courseId_userId',
    MgoKeySchema: {
      MgoIsUnique: true,
      MgoIndexKeys: [
        { Name: 'courseId', Direction: '1' },
        { Name: 'userId', Direction: '1' },
      ],
    },
  });
});
