import { act, fireEvent, render, screen } from '@testing-library/react';
import { Text } from '@tarojs/components';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { PageShell } from '../../components/page-shell/page-shell';
import { ElderlyModeToggle } from './elderly-mode-toggle';
import {
  loadElderlyPreference,
  resolveElderlyMode,
  saveElderlyPreference,
  themeClassName,
} from './elderly-mode-setting';
import { readSystemReadingHint } from './system-reading-hint';

beforeEach(() => taroStorage.clear());

test.each([
  ['on', false, false, true],
  ['off', true, true, false],
  ['system', false, false, false],
  ['system', true, false, true],
  ['system', false, true, true],
] as const)(
  'preference %s with large text %s and contrast %s → elderly %s',
  (pref, largeText, highContrast, expected) => {
    expect(resolveElderlyMode(pref, { largeText, highContrast })).toBe(expected);
  },
);

test('the choice is kept on the device; the default follows the phone', () => {
  expect(loadElderlyPreference()).toBe('system');
  saveElderlyPreference('on');
  expect(loadElderlyPreference()).toBe('on');
});

test('every page root carries the theme class, plus psv-elderly when on', () => {
  expect(themeClassName(false)).toBe('psv-theme');
  expect(themeClassName(true)).toBe('psv-theme psv-elderly');
  const { container } = render(
    <PageShell title="首页">
      <Text>内容</Text>
    </PageShell>,
  );
  const root = () => container.querySelector('.psv-theme');
  expect(root()?.className).not.toContain('psv-elderly');
  act(() => saveElderlyPreference('on'));
  expect(root()?.className).toContain('psv-elderly');
});

test('WeChat large font setting suggests elderly mode', () => {
  taroMocks.getSystemInfoSync.mockReturnValueOnce({ fontSizeSetting: 20 });
  expect(readSystemReadingHint('weapp').largeText).toBe(true);
  taroMocks.getSystemInfoSync.mockReturnValueOnce({ fontSizeSetting: 16 });
  expect(readSystemReadingHint('weapp').largeText).toBe(false);
});

test('the 长辈模式 switch is drawn on once elderly mode is on, and off again after', async () => {
  render(<ElderlyModeToggle />);
  const toggle = screen.getByTestId('elderly-switch');
  const drawnOn = () => !toggle.classList.contains('nut-switch-close');
  // NutUI's switch awaits onChange before it updates, so let that microtask run inside act.
  const tap = () =>
    act(async () => {
      fireEvent.click(toggle);
      await Promise.resolve();
    });
  expect(toggle.getAttribute('aria-label')).toBe('长辈模式');
  expect(drawnOn()).toBe(false);
  expect(toggle.getAttribute('aria-checked')).toBe('false');

  await tap();
  expect(loadElderlyPreference()).toBe('on');
  expect(drawnOn()).toBe(true);
  expect(toggle.getAttribute('aria-checked')).toBe('true');

  await tap();
  expect(loadElderlyPreference()).toBe('off');
  expect(drawnOn()).toBe(false);
});
