const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: ['./src/assets'],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      transformers: [
        {
          name: '@nestjs/swagger/plugin',
          // Describes the shared contracts' *.dto.ts classes in the OpenAPI document from their types and validators.
          options: { dtoFileNameSuffix: ['.dto.ts'], classValidatorShim: true, introspectComments: true },
        },
      ],
    }),
  ],
};
