export default definePageConfig({ navigationBarTitleText: '理赔待办' });
