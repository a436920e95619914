import { fireEvent, render, screen } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { ErrorState } from '../page-state/page-state';
import { BackBar } from './back-bar';
import { backTarget } from './back-target';

test.each([
  ['h5', 'packages/training/pages/course/index', 2, 'back'],
  ['h5', '/packages/training/pages/course/index?courseId=c1', 3, 'back'],
  ['h5', 'packages/exhibits/pages/detail/index', 1, 'home'],
  ['h5', 'pages/login/index', 2, 'back'],
  ['h5', 'pages/home/index', 1, null],
  ['h5', 'pages/me/index', 2, null],
  ['h5', undefined, 0, null],
  ['weapp', 'packages/training/pages/course/index', 2, null],
] as const)('%s page %s at depth %d shows %s', (platform, route, depth, expected) => {
  expect(backTarget(platform, route, depth)).toBe(expected);
});

afterEach(() => {
  taroMocks.getCurrentPages.mockReturnValue([]);
  jest.clearAllMocks();
});

test('an h5 sub-page has a 返回 control that goes back one page', () => {
  taroMocks.getCurrentPages.mockReturnValue([
    { route: 'pages/services/index' },
    { route: 'packages/training/pages/course/index' },
  ]);
  render(<BackBar />);
  fireEvent.click(screen.getByTestId('back-bar'));
  expect(screen.getByTestId('back-bar').textContent).toContain('返回');
  expect(taroMocks.navigateBack).toHaveBeenCalled();
});

test('an h5 sub-page opened directly offers 回首页', () => {
  taroMocks.getCurrentPages.mockReturnValue([{ route: 'packages/exhibits/pages/detail/index' }]);
  render(<BackBar />);
  fireEvent.click(screen.getByTestId('back-bar'));
  expect(screen.getByTestId('back-bar').textContent).toContain('回首页');
  expect(taroMocks.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
});

test('a tab page has no back control', () => {
  taroMocks.getCurrentPages.mockReturnValue([{ route: 'pages/home/index' }]);
  render(<BackBar />);
  expect(screen.queryByTestId('back-bar')).toBeNull();
});

test('a not-found page offers 返回 and 回首页 besides 再试一次', () => {
  taroMocks.getCurrentPages.mockReturnValue([{ route: 'packages/exhibits/pages/detail/index' }]);
  render(<ErrorState message="没有找到这件展品" code="NOT_FOUND" onRetry={() => undefined} />);
  expect(screen.getByText('再试一次')).toBeTruthy();
  fireEvent.click(screen.getByTestId('error-home'));
  expect(taroMocks.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  fireEvent.click(screen.getByTestId('error-back'));
  expect(taroMocks.switchTab).toHaveBeenCalledTimes(2);
});

test('other failures offer only 再试一次', () => {
  render(<ErrorState message="网络不太好" code="NETWORK" onRetry={() => undefined} />);
  expect(screen.queryByTestId('error-back')).toBeNull();
});
