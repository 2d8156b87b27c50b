// Redirect CommonJS `require('eslint')` / `require('eslint/…')` (made by @typescript-eslint/rule-tester,
// @typescript-eslint/utils and eslint-plugin helpers) to the ESLint 9 copy installed as `eslint-v9`.
import Module from 'node:module';

type Resolve = (request: string, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve };
const original = mod._resolveFilename;
mod._resolveFilename = function (request: string, ...rest: unknown[]): string {
  if (request === 'eslint' || request.startsWith('eslint/')) {
    return original.call(this, 'eslint-v9' + request.slice('eslint'.length), ...rest);
  }
  return original.call(this, request, ...rest);
};
