import { z } from 'zod';

export const OrgLevel = z.enum(['city', 'town', 'village']);
export type OrgLevel = z.infer<typeof OrgLevel>;

export const OrgUnitId = z
  .string()
  .regex(/^(city|town|village)-[a-z0-9-]{1,60}$/, '请选择正确的地区');

export const OrgUnitView = z.object({
  id: OrgUnitId,
  level: OrgLevel,
  name: z.string(),
  parentId: OrgUnitId.nullable(),
  /** The town of a village (itself for a town, null for the city): scope filters use it. */
  townId: OrgUnitId.nullable(),
  demo: z.boolean(),
});
export type OrgUnitView = z.infer<typeof OrgUnitView>;
