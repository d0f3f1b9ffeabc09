// Jest's global setup and teardown run outside Jest's module resolver, so the workspace aliases
// (@alliance/*) are registered here, from the Jest configs that need them.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { register } = require('tsconfig-paths');

const root = join(__dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
register({ baseUrl: root, paths: compilerOptions.paths });
