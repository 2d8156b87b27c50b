import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  declaredMajor,
  declaredRange,
  inManifestV3Extension,
  isAzureFunctionScript,
  isConfiguredAppModule,
  isInClientOnlyApp,
  resolveAppModule,
  isWorkspaceDependency,
  ownPackageDeclares,
  packageRoot,
  rangeMajor,
  workspaceDependencyDirectories,
  workspaceOf,
} from '../../src/analysis/package-json.js';

const inProject = (project: string, file: string): string => fileURLToPath(new URL(`../fixtures/projects/${project}/${file}`, import.meta.url));
const root = (project: string): string => fileURLToPath(new URL(`../fixtures/projects/${project}`, import.meta.url));

describe('declaredRange', () => {
  it("reads the nearest package.json that declares the dependency, in any dependency field", () => {
    expect(declaredRange(inProject('helmet3-shop', 'src/routes/server.ts'), 'helmet')).toBe('^3.23.3');
    expect(declaredRange(inProject('koa-helmet5-api', 'server.ts'), 'koa-helmet')).toBe('~5.2.0');
    // Not declared by the fixture project: the repository's own package.json (a devDependency) further up declares it.
    expect(declaredRange(inProject('koa-helmet5-api', 'server.ts'), 'helmet')).toMatch(/^\^8\./);
    expect(declaredRange(inProject('helmet3-shop', 'server.ts'), 'no-such-package-anywhere')).toBeNull();
  });

  it('is null for a file that is not on disk under an absolute path', () => {
    expect(declaredRange('<text>', 'helmet')).toBeNull();
    expect(declaredRange('server.ts', 'helmet')).toBeNull();
  });

  it('declaredMajor: the major the declared range pins, null where none is declared or the file is off disk', () => {
    expect(declaredMajor(inProject('helmet3-shop', 'server.ts'), 'helmet')).toBe(3);
    expect(declaredMajor(inProject('koa-helmet5-api', 'server.ts'), 'koa-helmet')).toBe(5);
    expect(declaredMajor(inProject('helmet3-shop', 'server.ts'), 'no-such-package-anywhere')).toBeNull();
    expect(declaredMajor('server.ts', 'helmet')).toBeNull();
  });
});

describe('packageRoot', () => {
  it('is the directory of the nearest package.json, a marker one too; null off disk', () => {
    const root = fileURLToPath(new URL('../fixtures/projects/cra-shop', import.meta.url));
    expect(packageRoot(inProject('cra-shop', 'src/test/helpers/setup.js'))).toBe(root);
    expect(packageRoot(inProject('cra-shop', 'src/esm/util.js'))).toBe(`${root}/src/esm`);
    expect(packageRoot('src/App.js')).toBeNull();
  });
});

describe('inManifestV3Extension', () => {
  it("finds a Manifest V3 extension's manifest.json up to the package root; a web app's manifest is none", () => {
    expect(inManifestV3Extension(inProject('mv3-extension', 'popup/popup.html'))).toBe(true);
    expect(inManifestV3Extension(inProject('mv3-extension', 'manifest.json'))).toBe(true);
    expect(inManifestV3Extension(inProject('pwa-shop', 'checkout.html'))).toBe(false);
    // The search stops at the package root: the repository's own files are in no extension.
    expect(inManifestV3Extension(inProject('cra-shop', 'src/App.js'))).toBe(false);
    expect(inManifestV3Extension('popup/popup.html')).toBe(false);
  });
});

describe('ownPackageDeclares', () => {
  it("reads only the file's own package.json, the nearest one", () => {
    expect(ownPackageDeclares(inProject('cra-shop', 'src/App.js'), ['react-scripts', 'next'])).toBe(true);
    expect(ownPackageDeclares(inProject('express-api', 'server/index.js'), ['react-scripts'])).toBe(false);
    // helmet is declared further up (the repository's own package.json), not by the fixture project
    expect(ownPackageDeclares(inProject('koa-helmet5-api', 'server.ts'), ['helmet'])).toBe(false);
    // a marker manifest that declares no dependencies (`{ "type": "module" }`) is passed over
    expect(ownPackageDeclares(inProject('cra-shop', 'src/esm/util.js'), ['react-scripts'])).toBe(true);
  });

  it('isInClientOnlyApp: a package that builds a client-only app (react-scripts here), not a server package', () => {
    expect(isInClientOnlyApp(inProject('cra-shop', 'src/pages/Orders.jsx'))).toBe(true);
    expect(isInClientOnlyApp(inProject('express-api', 'app.js'))).toBe(false);
    expect(isInClientOnlyApp('src/pages/Orders.jsx')).toBe(false);
  });

  it('is null for a file that is not on disk under an absolute path', () => {
    expect(ownPackageDeclares('<text>', ['next'])).toBeNull();
    expect(ownPackageDeclares('src/app.js', ['next'])).toBeNull();
  });
});

describe('rangeMajor', () => {
  it('the major a simple range stays within; null for ranges that may reach several or are no version', () => {
    const cases: Array<[string, number | null]> = [
      ['^3.23.3', 3],
      ['~5.2.0', 5],
      ['3.x', 3],
      ['3', 3],
      ['v2.1.0', 2],
      ['=1.3.0', 1],
      ['4.0.0-rc.2', 4],
      ['^0.9.1', 0],
      ['*', null],
      ['latest', null],
      ['>=3', null],
      ['^3 || ^4', null],
      ['git+https://github.com/helmetjs/helmet.git', null],
      ['workspace:*', null],
      ['npm:helmet@3', null],
    ];
    for (const [range, major] of cases) expect(rangeMajor(range), range).toBe(major);
  });
});

describe('isWorkspaceDependency', () => {
  it("a package the file's package.json declares with a workspace: or file: range, by a specifier's package name (real-world batch ES)", () => {
    const file = inProject('pnpm-monorepo', 'apps/web/src/checkout.tsx');
    expect(isWorkspaceDependency(file, '@shop/api-client')).toBe(true);
    expect(isWorkspaceDependency(file, '@shop/api-client/server')).toBe(true);
    expect(isWorkspaceDependency(file, '@shop/db')).toBe(true);
    // A registry range, a package not declared, and a file that is not on disk.
    expect(isWorkspaceDependency(file, '@tanstack/react-query')).toBe(false);
    expect(isWorkspaceDependency(file, '@shop/ui')).toBe(false);
    expect(isWorkspaceDependency('apps/web/src/checkout.tsx', '@shop/api-client')).toBe(false);
  });
});

describe('isConfiguredAppModule', () => {
  const file = inProject('cra-baseurl-shop', 'src/checkout/renew.js');
  it("a bare name that resolves under jsconfig's baseUrl, and a paths alias into the app (precision probe 294)", () => {
    expect(isConfiguredAppModule(file, 'api')).toBe(true);
    expect(isConfiguredAppModule(file, 'lib/http')).toBe(true);
    expect(isConfiguredAppModule(file, '@lib/http')).toBe(true);
    expect(isConfiguredAppModule(file, '@lib/anything/else')).toBe(true);
  });
  it('not a package, a name with no file under baseUrl, an alias into node_modules, a relative or node: specifier', () => {
    expect(isConfiguredAppModule(file, 'axios')).toBe(false);
    expect(isConfiguredAppModule(file, 'checkout/missing')).toBe(false);
    expect(isConfiguredAppModule(file, 'react')).toBe(false);
    expect(isConfiguredAppModule(file, './api')).toBe(false);
    expect(isConfiguredAppModule(file, 'node:fs')).toBe(false);
    // A package without a tsconfig.json / jsconfig.json, and a file not on disk.
    expect(isConfiguredAppModule(inProject('cra-shop', 'src/api.js'), 'api')).toBe(false);
    expect(isConfiguredAppModule('src/checkout/renew.js', 'api')).toBe(false);
  });
});

describe('resolveAppModule', () => {
  it("the file of a relative specifier, of a paths alias (relative to baseUrl, or to the config's folder), of a bare name under baseUrl", () => {
    const renew = inProject('cra-baseurl-shop', 'src/checkout/renew.js');
    expect(resolveAppModule(renew, '../api')).toBe(inProject('cra-baseurl-shop', 'src/api.js'));
    expect(resolveAppModule(renew, 'api')).toBe(inProject('cra-baseurl-shop', 'src/api.js'));
    expect(resolveAppModule(renew, '@lib/http')).toBe(inProject('cra-baseurl-shop', 'src/lib/http.js'));
    // The alias with the longest prefix, as TypeScript picks it: \`@app/lib/*\` (checkout/*) over \`@app/*\`.
    expect(resolveAppModule(renew, '@app/api')).toBe(inProject('cra-baseurl-shop', 'src/api.js'));
    expect(resolveAppModule(renew, '@app/lib/renew')).toBe(inProject('cra-baseurl-shop', 'src/checkout/renew.js'));
    expect(resolveAppModule(renew, '@app/lib/http')).toBeNull();
    const wallet = inProject('react-card-wallet', 'src/pages/CvcStep.jsx');
    expect(resolveAppModule(wallet, '@/hooks/useStickyState')).toBe(inProject('react-card-wallet', 'src/hooks/useStickyState.ts'));
  });
  it('null for a package, a module not found, an alias into node_modules, a file not on disk', () => {
    const renew = inProject('cra-baseurl-shop', 'src/checkout/renew.js');
    expect(resolveAppModule(renew, 'axios')).toBeNull();
    expect(resolveAppModule(renew, '@lib/missing')).toBeNull();
    expect(resolveAppModule(renew, 'react')).toBeNull();
    expect(resolveAppModule(renew, 'node:fs')).toBeNull();
    expect(resolveAppModule(inProject('react-card-wallet', 'src/pages/CvcStep.jsx'), '@/hooks/missing')).toBeNull();
    expect(resolveAppModule('src/checkout/renew.js', 'api')).toBeNull();
  });
});

describe('workspaceOf', () => {
  const members = (project: string, member: string): [string, string][] =>
    [...workspaceOf(`${root(project)}/${member}`)!.members].map(([name, directory]) => [name, directory.slice(root(project).length + 1)]);

  it("reads npm's workspaces list, pnpm-workspace.yaml (quoted, commented, an exclusion) and Yarn's { packages }", () => {
    expect(members('prisma-monorepo', 'apps/api')).toEqual([
      ['@shop/api', 'apps/api'],
      ['@shop/db', 'packages/db'],
    ]);
    // `!packages/legacy` leaves that package out; the `catalog:` key after the list is not read as packages.
    expect(members('prisma-turbo', 'apps/web')).toEqual([
      ['@acme/web', 'apps/web'],
      ['@acme/analytics', 'packages/analytics'],
      ['@acme/db', 'packages/db'],
    ]);
    // A flow list on the `packages:` line; `tools/cli` names no directory.
    expect(members('pnpm-flow-workspace', 'services/billing')).toEqual([['@flow/billing', 'services/billing']]);
    // `libs/**` reaches a package two folders down; `tools` is named as it is.
    expect(members('yarn-workspaces', 'tools')).toEqual([
      ['@billing/core', 'libs/billing/core'],
      ['tools', 'tools'],
    ]);
  });

  it('is null for a package no workspace lists (an excluded one, a standalone project, a directory off the tree)', () => {
    expect(workspaceOf(`${root('prisma-turbo')}/packages/legacy`)).toBeNull();
    expect(workspaceOf(root('prisma-shop'))).toBeNull();
    expect(workspaceOf('/nonexistent/project')).toBeNull();
  });
});

describe('workspaceDependencyDirectories', () => {

  it('lists the workspace packages a package depends on, whatever the range (workspace:, a version)', () => {
    const web = workspaceDependencyDirectories(`${root('prisma-turbo')}/apps/web`)!;
    expect(web.workspace.root).toBe(root('prisma-turbo'));
    expect(web.directories).toEqual([`${root('prisma-turbo')}/packages/analytics`, `${root('prisma-turbo')}/packages/db`]);
    expect(workspaceDependencyDirectories(`${root('yarn-workspaces')}/tools`)!.directories).toEqual([`${root('yarn-workspaces')}/libs/billing/core`]);
    // A package that depends on no other of its workspace, and one outside any workspace.
    expect(workspaceDependencyDirectories(`${root('prisma-turbo')}/packages/db`)!.directories).toEqual([]);
    expect(workspaceDependencyDirectories(root('prisma-shop'))).toBeNull();
  });
});

describe('isAzureFunctionScript', () => {
  it("is a classic Azure Functions script where its directory holds a function.json that lists bindings", () => {
    expect(isAzureFunctionScript(inProject('azure-functions-v3', 'PayTrigger/index.js'))).toBe(true);
    expect(isAzureFunctionScript(inProject('azure-functions-v3', 'lib/format.js'))).toBe(false);
    expect(isAzureFunctionScript(inProject('cra-shop', 'src/index.js'))).toBe(false);
    expect(isAzureFunctionScript('PayTrigger/index.js')).toBe(false);
  });
});
