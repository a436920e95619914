export default definePageConfig({ navigationBarTitleText: '村内公示' });
