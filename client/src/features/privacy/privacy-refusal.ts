/**
 * What a refusal means for the villager, in plain words. WeChat names the held API or component
 * in `eventInfo.referrer` ("chooseImage", "button.getPhoneNumber"…).
 */
export function refusalMessage(referrer: string): string {
  const what = /chooseImage|chooseMedia|chooseVideo/.test(referrer)
    ? '选照片、拍照'
    : /scanCode/.test(referrer)
      ? '扫码签到'
      : /Clipboard/.test(referrer)
        ? '复制'
        : '这项功能';
  return `没关系。没有您的同意，小程序暂时不能${what}，其他功能照常用。想用的时候再点一次，看完说明点“同意”就可以了。`;
}

/** The error WeChat gives a held API after 拒绝 (errno 104 in newer base libraries). */
export function isPrivacyRefusal(error: unknown): boolean {
  const message =
    typeof error === 'object' && error !== null && 'errMsg' in error
      ? String(error.errMsg)
      : String(error);
  return /privacy permission is not authorized/.test(message);
}
