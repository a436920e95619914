/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }];
module.exports = {
  projects: [
    {
      displayName: 'backend',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared', '<rootDir>/cloudfunctions', '<rootDir>/gateway'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
    },
  ],
};
