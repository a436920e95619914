export default definePageConfig({ navigationBarTitleText: '乡愁记忆·村史家珍' });
