export default definePageConfig({ navigationBarTitleText: '劳务输出统计' });
