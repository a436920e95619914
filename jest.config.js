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
  { jsc: { target: 'es2020', parser: { syntax: 'ecmascript', jsx: true } }, module: { type: 'commonjs' } },
];
module.exports = {
  projects: [
    {
      displayName: 'backend',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared', '<rootDir>/cloudfunctions', '<rootDir>/gateway'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
    },
    {
      displayName: 'client',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/client/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': swcClient, '^.+\\.m?js$': swcEsm },
      // Taro's h5 components ship as ES modules: compile them for jest.
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs/components-react|@tarojs/components/lib)/)'],
      moduleNameMapper: {
        '^@shared/(.*)$': '<rootDir>/shared/src/$1',
        // The h5 (React DOM) build of Taro's components.
        '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components-react/dist/index.js',
        // Taro's platform APIs (storage, request, cloud, system info) are outside the project.
        '^@tarojs/taro$': '<rootDir>/client/test-support/taro-mock.ts',
        '\\.(css|scss)$': '<rootDir>/client/test-support/style-stub.ts',
      },
    },
  ],
};
