import { act, fireEvent, render, screen } from '@testing-library/react';
import type Taro from '@tarojs/taro';
import { AGREE_BUTTON_ID, createPrivacyGate, type PrivacyApi } from './privacy-gate';
import { isPrivacyRefusal } from './privacy-refusal';
import { PrivacySheet } from './privacy-sheet/privacy-sheet';

type ResolveOption = Taro.onNeedPrivacyAuthorization.ResolveOption;
const NOT_AUTHORIZED = 'privacy permission is not authorized';

/**
 * WeChat's privacy guide as its docs describe it (wx.onNeedPrivacyAuthorization,
 * wx.getPrivacySetting, wx.requirePrivacyAuthorize): a privacy API called before the user agreed
 * is held and the listener gets a `resolve`; `resolve({ event: 'agree', buttonId })` lets it go on
 * only if the agreePrivacyAuthorization button with that id was tapped; `disagree` fails it with
 * "<api>:fail privacy permission is not authorized"; `exposureAuthorization` only reports the
 * sheet was shown. Once agreed, getPrivacySetting answers needAuthorization false and APIs run.
 */
function fakeWeChat() {
  let agreed = false;
  let listener: Taro.onNeedPrivacyAuthorization.Listener | null = null;
  const tapped = new Set<string>();
  const exposures: string[] = [];
  let registrations = 0;

  const hold = (api: string) =>
    new Promise<void>((resolve, reject) => {
      if (agreed) return resolve();
      if (!listener) return reject(new Error('official privacy popup (no listener registered)'));
      let settled = false;
      listener(
        (option: ResolveOption) => {
          if (settled) return;
          if (option.event === 'exposureAuthorization') return void exposures.push(api);
          settled = true;
          if (option.event === 'agree' && option.buttonId && tapped.has(option.buttonId)) {
            agreed = true;
            return resolve();
          }
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- WeChat (and Taro's promisified API) rejects with the { errMsg, errno } result object, not an Error
          reject({ errMsg: `${api}:fail ${NOT_AUTHORIZED}`, errno: 104 });
        },
        { referrer: api },
      );
    });

  const api: PrivacyApi = {
    onNeedPrivacyAuthorization: (l) => {
      registrations++;
      listener = l;
    },
    getPrivacySetting: (option) =>
      option.success?.({
        needAuthorization: !agreed,
        privacyContractName: '《掌上智慧村小程序隐私保护指引》',
        errMsg: 'getPrivacySetting:ok',
      }),
    requirePrivacyAuthorize: (option) =>
      void hold('requirePrivacyAuthorize').then(
        () => option.success?.({ errMsg: 'requirePrivacyAuthorize:ok' }),
        () => option.fail?.({ errMsg: `requirePrivacyAuthorize:fail ${NOT_AUTHORIZED}` }),
      ),
    openPrivacyContract: (option) => option.success?.({ errMsg: 'openPrivacyContract:ok' }),
  };
  return {
    api,
    /** A privacy API the app calls, e.g. chooseImage. */
    call: hold,
    /** The native agreePrivacyAuthorization button was tapped. */
    tap: (buttonId: string) => tapped.add(buttonId),
    exposures,
    registrations: () => registrations,
    agreed: () => agreed,
  };
}

const flush = () => act(() => Promise.resolve());

test('a held 选照片 goes on after the villager taps 同意 on our sheet', async () => {
  const wx = fakeWeChat();
  const gate = createPrivacyGate(wx.api);
  gate.register();
  const chosen = wx.call('chooseImage');
  expect(gate.state()).toMatchObject({ phase: 'asking', referrer: 'chooseImage' });
  expect(wx.exposures).toEqual(['chooseImage']);
  wx.tap(AGREE_BUTTON_ID);
  gate.agree(AGREE_BUTTON_ID);
  await expect(chosen).resolves.toBeUndefined();
  expect(gate.state()).toEqual({ phase: 'idle' });
  // Agreed once: later calls are not held.
  await expect(wx.call('scanCode')).resolves.toBeUndefined();
});

test('WeChat refuses an agree whose button was never tapped', async () => {
  const wx = fakeWeChat();
  const gate = createPrivacyGate(wx.api);
  gate.register();
  const chosen = wx.call('chooseImage');
  gate.agree(AGREE_BUTTON_ID);
  await expect(chosen).rejects.toMatchObject({ errMsg: `chooseImage:fail ${NOT_AUTHORIZED}` });
});

test('不同意 fails the held API with WeChat’s error and leaves a kind explanation', async () => {
  const wx = fakeWeChat();
  const gate = createPrivacyGate(wx.api);
  gate.register();
  const chosen = wx.call('chooseImage');
  gate.disagree();
  const error: unknown = await chosen.catch((e: unknown) => e);
  expect(isPrivacyRefusal(error)).toBe(true);
  expect(gate.state()).toEqual({ phase: 'refused', referrer: 'chooseImage' });
  gate.dismiss();
  expect(gate.state()).toEqual({ phase: 'idle' });
  expect(wx.agreed()).toBe(false);
});

test('two APIs held at once are both answered by one 同意', async () => {
  const wx = fakeWeChat();
  const gate = createPrivacyGate(wx.api);
  gate.register();
  const first = wx.call('chooseImage');
  const second = wx.call('setClipboardData');
  wx.tap(AGREE_BUTTON_ID);
  gate.agree(AGREE_BUTTON_ID);
  await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
});

test('the listener is registered with WeChat once, however often register is called', () => {
  const wx = fakeWeChat();
  const gate = createPrivacyGate(wx.api);
  gate.register();
  gate.register();
  void gate.checkOnFirstUse();
  expect(wx.registrations()).toBe(1);
});

test('first use of a photo form raises the sheet only while agreement is still needed', async () => {
  const wx = fakeWeChat();
  const gate = createPrivacyGate(wx.api);
  gate.register();
  const check = gate.checkOnFirstUse();
  await Promise.resolve();
  expect(gate.state()).toMatchObject({
    phase: 'asking',
    referrer: 'requirePrivacyAuthorize',
    contractName: '《掌上智慧村小程序隐私保护指引》',
  });
  wx.tap(AGREE_BUTTON_ID);
  gate.agree(AGREE_BUTTON_ID);
  await expect(check).resolves.toBe(true);
  // Already agreed: a fresh app session asks getPrivacySetting, which says no need.
  const again = createPrivacyGate(wx.api);
  await expect(again.checkOnFirstUse()).resolves.toBe(true);
  expect(again.state()).toEqual({ phase: 'idle' });
});

test('a refusal on first use is asked again by the next form', async () => {
  const wx = fakeWeChat();
  const gate = createPrivacyGate(wx.api);
  const first = gate.checkOnFirstUse();
  await Promise.resolve();
  gate.disagree();
  await expect(first).resolves.toBe(false);
  gate.dismiss();
  const second = gate.checkOnFirstUse();
  await Promise.resolve();
  expect(gate.state().phase).toBe('asking');
  wx.tap(AGREE_BUTTON_ID);
  gate.agree(AGREE_BUTTON_ID);
  await expect(second).resolves.toBe(true);
});

test('on h5 there is no privacy guide: nothing registers, asks or opens', async () => {
  const gate = createPrivacyGate(null);
  gate.register();
  await expect(gate.checkOnFirstUse()).resolves.toBe(false);
  await expect(gate.openContract()).resolves.toBe(false);
  expect(gate.state()).toEqual({ phase: 'idle' });
  const { container } = render(<PrivacySheet gate={gate} />);
  expect(container.innerHTML).toBe('');
});

test('the sheet opens when WeChat holds an API, with its agree button, and explains a refusal', async () => {
  const wx = fakeWeChat();
  const gate = createPrivacyGate(wx.api);
  gate.register();
  render(<PrivacySheet gate={gate} />);
  expect(screen.queryByTestId('privacy-sheet')).toBeNull();
  let chosen: Promise<unknown> = Promise.resolve();
  act(() => {
    chosen = wx.call('chooseImage').catch((e: unknown) => e);
  });
  const sheet = screen.getByTestId('privacy-sheet');
  expect(sheet.textContent).toContain('《隐私政策》');
  expect(sheet.textContent).toContain('《用户隐私保护指引》');
  const agree = screen.getByTestId('privacy-agree');
  expect(agree.getAttribute('id')).toBe(AGREE_BUTTON_ID);
  expect(agree.getAttribute('open-type') ?? agree.getAttribute('openType')).toBe(
    'agreePrivacyAuthorization',
  );
  fireEvent.click(screen.getByTestId('privacy-disagree'));
  await flush();
  expect(isPrivacyRefusal(await chosen)).toBe(true);
  expect(screen.getByTestId('privacy-sheet').getAttribute('data-phase')).toBe('refused');
  expect(screen.getByTestId('privacy-sheet').textContent).toContain('选照片');
  fireEvent.click(screen.getByTestId('privacy-dismiss'));
  expect(screen.queryByTestId('privacy-sheet')).toBeNull();
});
