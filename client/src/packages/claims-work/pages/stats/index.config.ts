export default definePageConfig({ navigationBarTitleText: '理赔统计' });
