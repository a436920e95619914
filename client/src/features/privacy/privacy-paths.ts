/** The in-app 隐私政策 page (its own small subpackage). */
export const PRIVACY_POLICY_PATH = '/packages/privacy/pages/index/index';
