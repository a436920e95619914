export default definePageConfig({ navigationBarTitleText: '自查结果' });
