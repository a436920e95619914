import { taroStorage } from '../../../../test-support/taro-mock';
import { saveElderlyPreference } from '../../elderly-mode/elderly-mode-setting';
import { hidePageOpenFailed, pageOpenFailedShown, showPageOpenFailed } from './page-open-failed';

const notice = () => document.querySelector<HTMLElement>('[data-testid="page-open-failed"]');
const buttonNamed = (text: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === text);

beforeEach(() => {
  hidePageOpenFailed();
  document.body.innerHTML = '';
  taroStorage.clear();
});

test('offline: says the page did not open and why; 重试 hides it and tries again', () => {
  const onRetry = jest.fn();
  showPageOpenFailed({ offline: true, onRetry });
  expect(notice()?.textContent).toContain('网络不好，页面没有打开。');
  expect(notice()?.textContent).toContain('现在没有网络。联网后点“重试”。');
  expect(notice()?.getAttribute('role')).toBe('alert');
  buttonNamed('重试')?.click();
  expect(onRetry).toHaveBeenCalledTimes(1);
  expect(pageOpenFailedShown()).toBe(false);
});

test('shown once at a time; 关闭 only hides it', () => {
  const onRetry = jest.fn();
  showPageOpenFailed({ offline: false, onRetry });
  showPageOpenFailed({ offline: false, onRetry });
  expect(document.querySelectorAll('[data-testid="page-open-failed"]')).toHaveLength(1);
  expect(notice()?.textContent).toContain('可能是网络太慢');
  buttonNamed('关闭')?.click();
  expect(pageOpenFailedShown()).toBe(false);
  expect(onRetry).not.toHaveBeenCalled();
});

test('with no page open it offers 回首页; it follows elderly mode', () => {
  saveElderlyPreference('on');
  const onHome = jest.fn();
  showPageOpenFailed({ offline: true, onRetry: jest.fn(), onHome });
  expect(notice()?.className).toContain('psv-elderly');
  expect(buttonNamed('关闭')).toBeUndefined();
  buttonNamed('回首页')?.click();
  expect(onHome).toHaveBeenCalledTimes(1);
  expect(pageOpenFailedShown()).toBe(false);
});
