import type { z } from 'zod';

/** The part of zod 4's internal definition the harness reads (`schema._zod.def`). */
interface ZodNode {
  _zod: {
    def: {
      type: string;
      innerType?: ZodNode;
      in?: ZodNode;
      shape?: Record<string, ZodNode>;
      entries?: Record<string, string | number>;
      values?: unknown[];
    };
  };
}

export type FieldKind =
  'string' | 'number' | 'boolean' | 'enum' | 'literal' | 'array' | 'object' | 'other';

export interface FieldInfo {
  key: string;
  kind: FieldKind;
  optional: boolean;
  /** Allowed values of an enum or literal field. */
  options: unknown[];
}

const WRAPPERS = new Set([
  'optional',
  'default',
  'prefault',
  'nullable',
  'readonly',
  'catch',
  'nonoptional',
]);

function node(schema: unknown): ZodNode['_zod']['def'] | null {
  const def = (schema as Partial<ZodNode> | null)?._zod?.def;
  return def && typeof def.type === 'string' ? def : null;
}

/** Follows wrappers (optional, default, …) and pipes (their input side) to the input's own type. */
function unwrap(schema: unknown): { def: ZodNode['_zod']['def'] | null; optional: boolean } {
  let def = node(schema);
  let optional = false;
  for (let i = 0; def && i < 20; i++) {
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault')
      optional = true;
    if (WRAPPERS.has(def.type) && def.innerType) def = node(def.innerType);
    else if (def.type === 'pipe' && def.in) def = node(def.in);
    else break;
  }
  return { def, optional };
}

/** The fields of an object input schema (empty when the input is not an object). */
export function inputFields(schema: z.ZodType): FieldInfo[] {
  const { def } = unwrap(schema);
  if (!def || def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).map(([key, field]) => {
    const inner = unwrap(field);
    const t = inner.def?.type ?? 'other';
    const kind: FieldKind =
      (['string', 'number', 'boolean', 'enum', 'literal', 'array', 'object'] as const).find(
        (k) => k === t,
      ) ?? 'other';
    const options =
      kind === 'enum'
        ? Object.values(inner.def?.entries ?? {})
        : kind === 'literal'
          ? (inner.def?.values ?? [])
          : [];
    return { key, kind, optional: inner.optional, options };
  });
}
