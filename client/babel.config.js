// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
//
// weapp: project.config.json turns WeChat's own ES6 transform off, so what we ship must already
// parse on older phones' engines (iOS 10 JavaScriptCore, Chrome 53-era WebViews): ES2015, no
// `?.`, `??`, object spread, `**`, async functions or class fields. `scripts/check-es2015.ts`
// parses the output to hold us to it. h5 keeps the package.json browserslist (modern browsers).
const weappTargets = { ios: '10', chrome: '53' };

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        useBuiltIns: false,
        ...(process.env.TARO_ENV === 'weapp' ? { targets: weappTargets } : {}),
      },
    ],
  ],
};
