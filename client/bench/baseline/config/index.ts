import { defineConfig } from '@tarojs/cli';

/** Same compiler settings as client/config, nothing else. */
export default defineConfig<'webpack5'>(() => ({
  projectName: 'psv-bench-baseline',
  date: '2026-11-28',
  designWidth: 375,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist/weapp',
  plugins: [],
  framework: 'react',
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  cache: { enable: false },
  logger: { quiet: true, stats: false },
  mini: { optimizeMainPackage: { enable: true } },
}));
