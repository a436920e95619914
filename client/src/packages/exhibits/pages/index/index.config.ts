export default definePageConfig({
  navigationBarTitleText: '村史家珍',
  enablePullDownRefresh: false,
});
