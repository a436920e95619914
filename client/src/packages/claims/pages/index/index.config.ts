export default definePageConfig({ navigationBarTitleText: '防贫保险理赔' });
