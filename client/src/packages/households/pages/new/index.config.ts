export default definePageConfig({ navigationBarTitleText: '新建户' });
