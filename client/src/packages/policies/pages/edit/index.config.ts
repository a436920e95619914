export default definePageConfig({ navigationBarTitleText: '修改政策' });
