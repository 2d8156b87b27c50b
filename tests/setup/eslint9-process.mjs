// `node --import ./tests/setup/eslint9-process.mjs …`: runs a child process (the built CLI) against ESLint 9
// (`eslint-v9`) instead of ESLint 10, for ESM imports (a resolve hook) and CommonJS requires alike.
// Worker threads inherit `--import`, so ESLint's multithread linting is redirected too.
import Module, { register } from 'node:module';

register('./eslint9-hooks.mjs', import.meta.url);

const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'eslint' || request.startsWith('eslint/')) {
    return original.call(this, 'eslint-v9' + request.slice('eslint'.length), ...rest);
  }
  return original.call(this, request, ...rest);
};
