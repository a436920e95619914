export default definePageConfig({ navigationBarTitleText: '户情详情' });
