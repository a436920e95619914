export default definePageConfig({ navigationBarTitleText: '帮扶计划' });
