import type { z } from 'zod';
import type { FieldErrors } from '../envelope/call-envelope';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组信息',
  date: '日期',
};

function sizeMessage(origin: string | undefined, bound: unknown, small: boolean): string {
  const n = String(bound);
  if (origin === 'string')
    return small ? (n === '1' ? '请填写此项' : `至少要填 ${n} 个字`) : `最多只能填 ${n} 个字`;
  if (origin === 'array' || origin === 'set')
    return small ? `至少要选 ${n} 项` : `最多只能有 ${n} 项`;
  if (origin === 'number' || origin === 'int' || origin === 'bigint')
    return small ? `不能小于 ${n}` : `不能大于 ${n}`;
  if (origin === 'date') return small ? '日期太早了' : '日期太晚了';
  return small ? '内容太少了' : '内容太多了';
}

/**
 * Zod error map with plain Chinese a villager can act on. Schema-level messages (e.g. the ID
 * number check) take precedence over this map; pass it per parse: `schema.safeParse(x, { error: zhErrorMap })`.
 */
export const zhErrorMap: z.core.$ZodErrorMap = (issue: Issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '请填写此项';
      if (issue.input === null) return '此项不能为空';
      return `这里应填${TYPE_NAMES[issue.expected] ?? '正确的内容'}`;
    case 'too_small':
      return sizeMessage(issue.origin, issue.minimum, true);
    case 'too_big':
      return sizeMessage(issue.origin, issue.maximum, false);
    case 'invalid_format':
      if (issue.format === 'regex') return '格式不对，请检查';
      if (issue.format === 'datetime' || issue.format === 'date') return '日期格式不对';
      return '格式不对，请检查';
    case 'invalid_value':
      return '请从给出的选项中选择';
    case 'unrecognized_keys':
      return `多了不认识的内容：${issue.keys.join('、')}`;
    case 'invalid_union':
      return '填写的内容不符合要求';
    case 'not_multiple_of':
      return '数字不符合要求';
    case 'invalid_key':
    case 'invalid_element':
      return '列表中有不符合要求的内容';
    default:
      return '填写的内容不符合要求';
  }
};

/** Turns zod issues into `{ "members.0.idNumber": "身份证号码校验位不对" }` (first message per field). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const keys =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => [...issue.path, k].map(String).join('.'))
        : [issue.path.map(String).join('.') || '_'];
    for (const key of keys) {
      if (!(key in out)) out[key] = issue.message;
    }
  }
  return out;
}
