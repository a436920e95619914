/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }];
const swcClient = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2020',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];
const swcEsm = [
  '@swc/jest',
  {
    jsc: { target: 'es2020', parser: { syntax: 'ecmascript', jsx: true } },
    module: { type: 'commonjs' },
  },
];
module.exports = {
  projects: [
    {
      displayName: 'backend',
      testEnvironment: 'node',
      roots: [
        '<rootDir>/shared',
        '<rootDir>/cloudfunctions',
        '<rootDir>/gateway',
        '<rootDir>/proof',
        '<rootDir>/scripts',
      ],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
    },
    {
      displayName: 'client',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/client/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': swcClient, '^.+\\.m?js$': swcEsm },
      // Taro's h5 components (and stencil, swiper under them) ship as ES modules: compile
      // node_modules for jest, except the big CommonJS packages.
      transformIgnorePatterns: [
        '/node_modules/(react|react-dom|scheduler|@testing-library|jsdom|@swc|@babel)/',
      ],
      // Build-time flags Taro's runtime expects its bundler to define.
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: false,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        ENABLE_MUTATION_OBSERVER: false,
        DEPRECATED_ADAPTER_COMPONENT: false,
      },
      moduleNameMapper: {
        '^@shared/(.*)$': '<rootDir>/shared/src/$1',
        // The h5 (React DOM) build of Taro's components.
        '^@tarojs/components$': '<rootDir>/client/test-support/taro-components-h5.js',
        // Taro's platform APIs (storage, request, cloud, system info) are outside the project.
        '^@tarojs/taro$': '<rootDir>/client/test-support/taro-mock.ts',
        '\\.(css|scss)$': '<rootDir>/client/test-support/style-stub.ts',
      },
    },
  ],
};
