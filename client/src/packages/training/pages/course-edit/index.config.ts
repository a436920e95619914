export default definePageConfig({ navigationBarTitleText: '开课' });
