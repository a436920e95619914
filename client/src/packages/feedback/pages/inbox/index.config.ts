export default definePageConfig({ navigationBarTitleText: '反馈待办' });
