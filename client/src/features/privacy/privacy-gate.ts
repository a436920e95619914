/**
 * WeChat's privacy guide (小程序隐私协议开发指南), client side. Since 2023-10-17 WeChat holds every
 * privacy API (chooseImage, scanCode, setClipboardData…) until the user has agreed to the
 * mini-program's 用户隐私保护指引. We register `onNeedPrivacyAuthorization` once at launch: when
 * an API is held, WeChat calls our listener with a `resolve`; we show our own sheet (PageShell
 * renders it on every page), and its agree button — `<Button openType="agreePrivacyAuthorization">`
 * — lets us call `resolve({ event: 'agree', buttonId })` (WeChat checks that button was tapped);
 * 拒绝 calls `resolve({ event: 'disagree' })` and the held API fails with
 * "…:fail privacy permission is not authorized". Forms that will need photos call
 * `checkOnFirstUse()`: `getPrivacySetting` says whether agreement is still needed, and
 * `requirePrivacyAuthorize` raises the same sheet before the villager taps 选照片.
 * On h5 none of these APIs exist: the gate is created without them and never asks.
 */
import type Taro from '@tarojs/taro';

type ResolveOption = Taro.onNeedPrivacyAuthorization.ResolveOption;
type Resolve = (option: ResolveOption) => void;

/** The slice of WeChat's API the gate uses (Taro's weapp bindings, or a test's fake). */
export interface PrivacyApi {
  onNeedPrivacyAuthorization: (listener: Taro.onNeedPrivacyAuthorization.Listener) => void;
  getPrivacySetting: (option: Taro.getPrivacySetting.Option) => void;
  requirePrivacyAuthorize: (option: Taro.requirePrivacyAuthorize.Option) => void;
  openPrivacyContract: (option: Taro.openPrivacyContract.Option) => void;
}

export type PrivacyState =
  /** Nothing to ask. */
  | { phase: 'idle' }
  /** A privacy API is waiting for the villager's answer; the sheet is open. */
  | { phase: 'asking'; referrer: string; contractName: string }
  /** They said no: the sheet says kindly what will not work, until they close it. */
  | { phase: 'refused'; referrer: string };

/** The id of the sheet's agree button; WeChat checks the button with this id was tapped. */
export const AGREE_BUTTON_ID = 'psv-privacy-agree';

const DEFAULT_CONTRACT_NAME = '《用户隐私保护指引》';

export interface PrivacyGate {
  /** Registers the listener with WeChat (once; later calls do nothing). */
  register: () => void;
  state: () => PrivacyState;
  subscribe: (listener: (state: PrivacyState) => void) => () => void;
  /** From the agree button's `onAgreePrivacyAuthorization`: lets every held API go on. */
  agree: (buttonId: string) => void;
  /** 拒绝: every held API fails; the sheet turns into a kind explanation. */
  disagree: () => void;
  /** Closes the explanation after a refusal. */
  dismiss: () => void;
  /**
   * First use of a form that will need a privacy API: asks WeChat whether agreement is still
   * needed and, if so, raises the sheet now. Resolves true when the villager has agreed (or
   * nothing was needed), false when they refused or the platform has no privacy APIs.
   */
  checkOnFirstUse: () => Promise<boolean>;
  /** Opens WeChat's own 用户隐私保护指引 page; false when it could not (h5, old WeChat). */
  openContract: () => Promise<boolean>;
}

export function createPrivacyGate(api: PrivacyApi | null): PrivacyGate {
  let state: PrivacyState = { phase: 'idle' };
  let registered = false;
  let held: Resolve[] = [];
  let contractName = DEFAULT_CONTRACT_NAME;
  let firstCheck: Promise<boolean> | null = null;
  const listeners = new Set<(state: PrivacyState) => void>();
  const set = (next: PrivacyState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  const usable = api !== null && typeof api.onNeedPrivacyAuthorization === 'function';

  const register = () => {
    if (!usable || registered) return;
    registered = true;
    api.onNeedPrivacyAuthorization((resolve, eventInfo) => {
      held.push(resolve);
      const referrer = eventInfo?.referrer ?? '';
      if (state.phase !== 'asking') set({ phase: 'asking', referrer, contractName });
      // Tells WeChat our own sheet is on screen (曝光), before agree/disagree.
      resolve({ event: 'exposureAuthorization' });
    });
  };

  const settle = (option: ResolveOption) => {
    const waiting = held;
    held = [];
    for (const resolve of waiting) resolve(option);
  };

  const agree = (buttonId: string) => {
    settle({ event: 'agree', buttonId });
    set({ phase: 'idle' });
  };

  const disagree = () => {
    const referrer = state.phase === 'asking' ? state.referrer : '';
    settle({ event: 'disagree' });
    set({ phase: 'refused', referrer });
  };

  const dismiss = () => {
    if (state.phase === 'refused') set({ phase: 'idle' });
  };

  const needsAuthorization = () =>
    new Promise<boolean>((resolve) => {
      if (!usable || typeof api.getPrivacySetting !== 'function') return resolve(false);
      api.getPrivacySetting({
        success: (result) => {
          if (result.privacyContractName) contractName = result.privacyContractName;
          resolve(result.needAuthorization);
        },
        fail: () => resolve(false),
      });
    });

  const requireAuthorization = () =>
    new Promise<boolean>((resolve) => {
      api?.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) });
    });

  const checkOnFirstUse = () => {
    if (!usable) return Promise.resolve(false);
    register();
    firstCheck ??= needsAuthorization().then((needed) => (needed ? requireAuthorization() : true));
    const check = firstCheck;
    // A refusal is not remembered: the next form asks again.
    void check.then((agreed) => {
      if (!agreed) firstCheck = null;
    });
    return check;
  };

  const openContract = () =>
    new Promise<boolean>((resolve) => {
      if (!usable || typeof api.openPrivacyContract !== 'function') return resolve(false);
      api.openPrivacyContract({ success: () => resolve(true), fail: () => resolve(false) });
    });

  return {
    register,
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    agree,
    disagree,
    dismiss,
    checkOnFirstUse,
    openContract,
  };
}
