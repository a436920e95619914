export default definePageConfig({ navigationBarTitleText: '编辑乡愁记忆' });
