// Module resolve hook registered by eslint9-process.mjs: `eslint` → `eslint-v9`.
export async function resolve(specifier, context, next) {
  if (specifier === 'eslint' || specifier.startsWith('eslint/')) {
    return next('eslint-v9' + specifier.slice('eslint'.length), context);
  }
  return next(specifier, context);
}
