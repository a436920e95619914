// `@tarojs/components` for jest: the h5 (React DOM) build of the components the app uses,
// imported file by file because the package index has an import cycle that only a bundler
// resolves.
export { default as View } from '@tarojs/components-react/dist/components/view/index.js';
export { default as Text } from '@tarojs/components-react/dist/components/text/index.js';
export { default as Input } from '@tarojs/components-react/dist/components/input/index.js';
export { default as Button } from '@tarojs/components-react/dist/components/button/index.js';
export { Switch, Textarea } from '@tarojs/components/lib/react';
export { default as ScrollView } from '@tarojs/components-react/dist/components/scroll-view/index.js';
export { default as Image } from '@tarojs/components-react/dist/components/image/index.js';
export { Swiper, SwiperItem } from '@tarojs/components-react/dist/components/swiper/index.js';
