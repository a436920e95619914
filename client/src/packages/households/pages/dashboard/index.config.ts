export default definePageConfig({ navigationBarTitleText: '户情统计' });
