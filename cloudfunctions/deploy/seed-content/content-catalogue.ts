import { z } from 'zod';
import { policiesContract } from '../../../shared/src/policies/policies-contract';
import { UpsertCourseInput } from '../../../shared/src/training/training-contract';
import { DEMO_POLICIES } from '../../../shared/src/policies/policy-content';
import { toFieldErrors, zhErrorMap } from '../../../shared/src/validation/zh-error-map';

/** The kinds of content `npm run seed:content` loads (never households, people or exhibits). */
export const CONTENT_KINDS = ['policies', 'courses'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** A policy exactly as the admin's `policies.upsert` takes it. */
const PolicyEntry = policiesContract.actions.upsert.input;

/** A course as the admin's `training.upsertCourse` takes it, with its id fixed (re-runs find it). */
const CourseEntry = UpsertCourseInput.refine((c) => c.courseId !== undefined, {
  message: '目录里的每个课程都要写 courseId（再次导入时按它识别）',
  path: ['courseId'],
}).refine((c) => c.expectedVersion === undefined, {
  message: '目录里不写 expectedVersion',
  path: ['expectedVersion'],
});

/**
 * A content catalogue file (JSON): `{ "policies": [...], "courses": [...] }`, each entry checked
 * with the schema of the admin action that publishes it, so a file that loads is one the app
 * itself would have accepted.
 */
export const ContentCatalogue = z
  .object({
    policies: z.array(PolicyEntry).max(500).default([]),
    courses: z.array(CourseEntry).max(1000).default([]),
  })
  .strict();
export type ContentCatalogue = z.infer<typeof ContentCatalogue>;

export type PolicyEntry = ContentCatalogue['policies'][number];
export type CourseEntry = ContentCatalogue['courses'][number];

/** Parses a catalogue; a bad one throws with every field error (path → message), nothing loaded. */
export function parseContentCatalogue(raw: unknown): ContentCatalogue {
  const parsed = ContentCatalogue.safeParse(raw, { error: zhErrorMap });
  if (parsed.success) {
    const ids = new Set<string>();
    for (const [i, p] of parsed.data.policies.entries()) {
      if (ids.has(p.policyId)) throw new Error(`policies.${i}.policyId: ${p.policyId} 重复`);
      ids.add(p.policyId);
    }
    const courses = new Set<string>();
    for (const [i, c] of parsed.data.courses.entries()) {
      const id = c.courseId ?? '';
      if (courses.has(id)) throw new Error(`courses.${i}.courseId: ${id} 重复`);
      courses.add(id);
    }
    return parsed.data;
  }
  const errors = toFieldErrors(parsed.error);
  throw new Error(
    `the content catalogue has errors:\n${Object.entries(errors)
      .map(([path, message]) => `  ${path}: ${message}`)
      .join('\n')}`,
  );
}

/**
 * The catalogue built into the app: the plain-language 三农 policy explainers of
 * `shared/src/policies/policy-content.ts` (drafted for the programme; the city reviews each one and
 * republishes it in the app, which clears its 演示内容 mark). Courses have dates and places only the
 * city knows: they come from a catalogue file (`--from`), see `catalogue.example.json`.
 */
export function builtInCatalogue(): ContentCatalogue {
  return parseContentCatalogue({
    policies: DEMO_POLICIES.map((p) => ({ ...p })),
    courses: [],
  });
}
