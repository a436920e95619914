export default definePageConfig({ navigationBarTitleText: '上课签到' });
