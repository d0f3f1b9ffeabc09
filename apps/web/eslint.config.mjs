import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'app',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'app',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // DTO classes carry class-validator decorators, which would bring class-validator and class-transformer
      // into the browser bundle (and class-transformer throws without reflect-metadata): import them as types only.
      // Constants and interfaces from @alliance/contracts are decorator-free and safe to import as values.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@alliance/contracts'],
              importNamePattern: 'Dto$',
              allowTypeImports: true,
              message: 'Import DTO classes from @alliance/contracts with `import type` in the web app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    // Override or add rules here
    rules: {},
  },
];
