// @ts-check
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // a spread into a call passes every element on the stack and throws past ~100,000 of them:
    // src/core/arrays.ts has append, largest and smallest for lists of any length
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement", message: 'A spread into push/unshift overflows the stack on long lists: use append() from src/core/arrays.ts.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement", message: 'A spread into Math.max/min overflows the stack on long lists: use largest()/smallest() from src/core/arrays.ts.' },
        { selector: "CallExpression[callee.property.name=/^(apply|fromCharCode|fromCodePoint)$/] > SpreadElement", message: 'A spread into a call overflows the stack on long lists.' },
      ],
    },
  },
);
