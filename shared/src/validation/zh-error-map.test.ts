import { z } from 'zod';
import { IdNumberField, MobileField, textField } from './common-fields';
import { toFieldErrors, zhErrorMap } from './zh-error-map';

const Form = z
  .object({
    name: textField(10),
    age: z.number().int().min(16).max(60),
    kind: z.enum(['a', 'b']),
    phone: MobileField,
    id: IdNumberField,
    tags: z.array(z.string()).max(2),
  })
  .strict();

test('every problem gets a plain Chinese message under its field path', () => {
  const r = Form.safeParse(
    {
      name: '   ',
      age: 70,
      kind: 'c',
      phone: '123',
      id: '110105194912310021',
      tags: ['a', 'b', 'c'],
      extra: 1,
    },
    { error: zhErrorMap },
  );
  expect(r.success).toBe(false);
  if (r.success) return;
  expect(toFieldErrors(r.error)).toEqual({
    name: '请填写此项',
    age: '不能大于 60',
    kind: '请从给出的选项中选择',
    phone: '手机号应为11位，以1开头',
    id: '身份证号码有误，请核对每一位',
    tags: '最多只能有 2 项',
    extra: '多了不认识的内容：extra',
  });
});

test('missing and wrong-typed fields', () => {
  const r = Form.safeParse({ name: 5 }, { error: zhErrorMap });
  if (r.success) throw new Error('should fail');
  const f = toFieldErrors(r.error);
  expect(f.name).toBe('这里应填文字');
  expect(f.age).toBe('请填写此项');
});

test('control characters in text are refused; whitespace is trimmed', () => {
  expect(textField(10).safeParse('a\u0000b').success).toBe(false);
  expect(textField(10).parse('  你好  ')).toBe('你好');
});
