import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { buildEnv } from './env';

/** Taro build config: weapp → dist/weapp, h5 → dist/h5. */
export default defineConfig<'webpack5'>(() => {
  const outputRoot = `dist/${buildEnv.platform}`;
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'palm-smart-village',
    date: '2026-11-28',
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    defineConstants: {
      PSV_API_BASE: JSON.stringify(buildEnv.apiBase),
      PSV_CLOUD_ENV: JSON.stringify(buildEnv.cloudEnv),
      PSV_DEV_LOGIN: JSON.stringify(buildEnv.devLogin),
      PSV_WEAPP_USE_HTTP: JSON.stringify(buildEnv.weappUseHttp),
    },
    alias: {
      '@shared': path.resolve(__dirname, '../../shared/src'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      compile: {
        include: [
          // shared/ is TypeScript source outside the project root: let babel compile it.
          path.resolve(__dirname, '../../shared'),
          // Taro compiles only node_modules paths containing "taro"; the rest (zod, …) ships
          // ES2020 into the vendors/common chunks, so compile all of it with babel.config.js's
          // weapp targets (babel-preset-taro skips @babel/runtime and core-js). A path, not a
          // RegExp: Taro's config check rejects a RegExp here (and then builds nothing).
          path.resolve(__dirname, '../../node_modules'),
          path.resolve(__dirname, '../node_modules'), // a dependency npm did not hoist
        ],
      },
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
    },
    h5: {
      // Taro splits only initial chunks by default, so every page chunk carried its own copy of
      // the h5 component runtime (~230 KB each, measured by bench/exhibit-list-scroll.ts).
      // Splitting all chunks moves code used by two or more pages into the shared chunks once.
      // Taro's minSize 0 also made a chunk of every small module two pages share: the home page
      // loaded 16 chunks of 1–2 KB, each a request paying the 2G round trip (800 ms, six at a
      // time). Below 10 KB a shared module stays in each page chunk (bench/weak-network-h5.ts).
      webpackChain(chain: { optimization: { merge: (o: object) => void } }) {
        chain.optimization.merge({ splitChunks: { chunks: 'all', minSize: 10_000 } });
      },
      publicPath: '/',
      staticDirectory: 'static',
      // src/index.html places the script and style tags itself, after its first screen.
      htmlPluginOption: { inject: false },
      router: { mode: 'hash' },
      compile: { include: [path.resolve(__dirname, '../../shared')] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
    },
  };
  return config;
});
