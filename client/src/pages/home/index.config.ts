export default definePageConfig({ navigationBarTitleText: '掌上智慧村' });
