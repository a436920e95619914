export default definePageConfig({ navigationBarTitleText: '编辑户情' });
