module.exports = {
  displayName: 'local-postgres',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // Starts a real PostgreSQL (initdb takes about a second).
  testTimeout: 30000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/libs/local-postgres',
};
