import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', 'coverage/', '.docket/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // The permission boundary: a CaseScope is made by AccessService alone (test/slack/handlerBoundary.types.ts).
    files: ['**/*.ts'],
    ignores: ['src/services/access.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ['TSAsExpression', 'TSTypeAssertion']
            .map((cast) => `${cast} > TSTypeReference.typeAnnotation[typeName.name='CaseScope']`)
            .join(', '),
          message:
            'A CaseScope comes only from AccessService.scope (src/services/access.ts): resolve one, do not cast.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
