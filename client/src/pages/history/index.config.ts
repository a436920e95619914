export default definePageConfig({ navigationBarTitleText: '村史' });
