import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PRIVACY_DECLARATIONS, formatPrivacyDeclarations } from './privacy-declarations';
import { PRIVACY_POLICY, type PolicySectionId } from './privacy-policy';

/** WeChat's privacy APIs (小程序用户隐私保护指引内容介绍) that a villager app might call. */
const PRIVACY_APIS = [
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'chooseMessageFile',
  'scanCode',
  'setClipboardData',
  'getClipboardData',
  'getLocation',
  'getFuzzyLocation',
  'chooseLocation',
  'chooseAddress',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'getUserProfile',
  'startRecord',
  'getRecorderManager',
  'addPhoneContact',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

test('every WeChat privacy API the client calls is declared for the mp console', () => {
  const clientSrc = resolve(__dirname, '../../../client/src');
  const called = new Set<string>();
  for (const file of sourceFiles(clientSrc)) {
    const text = readFileSync(file, 'utf8');
    for (const api of PRIVACY_APIS) if (new RegExp(`Taro\\.${api}\\(`).test(text)) called.add(api);
  }
  expect(called.size).toBeGreaterThan(0);
  const declared = PRIVACY_DECLARATIONS.flatMap((d) => d.apis).join(' ');
  const missing = [...called].filter((api) => !declared.includes(`wx.${api}`));
  expect(missing).toEqual([]);
});

test('the policy has every section, a version and a date', () => {
  const ids: PolicySectionId[] = [
    'who',
    'collect',
    'why',
    'storage',
    'access',
    'retention',
    'sharing',
    'rights',
    'shared-phone',
    'wechat-apis',
    'changes',
  ];
  expect(PRIVACY_POLICY.sections.map((s) => s.id)).toEqual(ids);
  expect(PRIVACY_POLICY.version).toMatch(/^\d+\.\d+$/);
  expect(PRIVACY_POLICY.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const apis = PRIVACY_POLICY.sections.find((s) => s.id === 'wechat-apis')?.items ?? [];
  expect(apis.map((i) => i.label).join(' ')).toContain('wx.chooseImage');
});

test('the operator is a placeholder the deploying organisation must fill in', () => {
  const who = PRIVACY_POLICY.sections.find((s) => s.id === 'who');
  expect(who?.paragraphs.join('')).toContain('【待部署单位填写】');
});

test('the console list names each information type with its purpose and APIs', () => {
  const text = formatPrivacyDeclarations();
  expect(text.split('\n')).toHaveLength(PRIVACY_DECLARATIONS.length);
  expect(text).toContain('**选中的照片或视频信息**（Album）：为了');
  expect(text).toContain('接口：wx.setClipboardData');
});
