export default definePageConfig({ navigationBarTitleText: '登记就业' });
