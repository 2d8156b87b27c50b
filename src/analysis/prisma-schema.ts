/**
 * The models a project's Prisma schema declares, for writes whose data the linted file does not spell out
 * (real-world batch 194: a repository's `prisma.payment.create({ data: payment })`, where `payment` is a DTO typed in
 * another module and the `Payment` model requires `cardNumber` and `cardCvv` columns). Prisma refuses a `create` that
 * leaves a required column out, so every row such a write makes keeps that column: the schema proves what the file
 * cannot show. Read the way package.json is read (package-json.ts): the schema of the linted file's own package, each
 * schema read once per process; never throws (an unreadable or malformed schema declares nothing).
 *
 * Where the schema is: the `schema` that the package's `prisma.config.ts` sets (a string literal) or the `prisma.schema`
 * setting of its `package.json` (a file, or a folder of `.prisma` files), else `prisma/schema.prisma`, `schema.prisma`,
 * or the `.prisma` files of `prisma/schema/` (multi-file schemas). Not read: a path computed in `prisma.config.ts` or
 * given on the command line (`--schema`). A package without a schema of its own reads those of the workspace packages it
 * depends on (`"@repo/db": "workspace:*"`, whose `packages/db` generates the client): see `workspaceDependencyModels`.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { readTextFile } from '../util/files.js';
import { packageManifest, packageRoot, workspaceDependencyDirectories } from './package-json.js';

/** A column of a model: its field name, the database name `@map` gives it, and whether every created row must set it. */
export interface PrismaColumn {
  name: string;
  mapped: string | null;
  /** No `?`, no list, no `@default`, `@updatedAt` or `@ignore`: a `create` without it fails. */
  required: boolean;
  /** 1-based line in the schema file. */
  line: number;
}

export interface PrismaModel {
  /** As declared: `Payment`. */
  name: string;
  /** The schema file, relative to the package root (`prisma/schema.prisma`), or to the workspace root for a dependency's. */
  file: string;
  columns: PrismaColumn[];
}

/** Scalar types a card field can be kept in (a relation, an enum or a composite type is no column of its own). */
const SCALAR_TYPES = new Set(['String', 'Int', 'BigInt', 'Decimal', 'Bytes', 'Json', 'Float']);
const MODEL_START = /^\s*model\s+([A-Za-z_]\w*)\s*\{/;
const FIELD = /^\s*([A-Za-z_]\w*)\s+([A-Za-z_]\w*)(\[\])?(\?)?(?:\s+(.*))?$/;
const MAP_ATTRIBUTE = /@map\(\s*(?:name\s*:\s*)?"([^"]*)"\s*\)/;

/** A line without its `//` comment (Prisma's strings hold no `//` in the attributes that matter here). */
const withoutComment = (line: string): string => {
  const at = line.indexOf('//');
  return at < 0 ? line : line.slice(0, at);
};

/** The models of one schema text. `file` names it in the models. */
export function parsePrismaSchema(text: string, file: string): PrismaModel[] {
  const models: PrismaModel[] = [];
  const lines = text.split(/\r\n?|\n/);
  let current: PrismaModel | null = null;
  let ignored = false;
  for (let i = 0; i < lines.length; i++) {
    const line = withoutComment(lines[i]!);
    if (current === null) {
      const start = MODEL_START.exec(line);
      if (start) {
        current = { name: start[1]!, file, columns: [] };
        ignored = false;
      }
      continue;
    }
    if (/^\s*\}/.test(line)) {
      if (!ignored) models.push(current);
      current = null;
      continue;
    }
    if (/^\s*@@ignore\b/.test(line)) ignored = true;
    const field = FIELD.exec(line);
    if (!field || !SCALAR_TYPES.has(field[2]!)) continue;
    const attributes = field[5] ?? '';
    if (/@ignore\b/.test(attributes)) continue;
    const optional = field[3] !== undefined || field[4] !== undefined || /@default\s*\(|@updatedAt\b/.test(attributes);
    current.columns.push({ name: field[1]!, mapped: MAP_ATTRIBUTE.exec(attributes)?.[1] ?? null, required: !optional, line: i + 1 });
  }
  return models;
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The `.prisma` files a schema setting or default location names: the file itself, or a folder's `.prisma` files. */
function schemaFiles(path: string): string[] {
  if (!isDirectory(path)) return readTextFile(path) === null ? [] : [path];
  let names: string[];
  try {
    names = readdirSync(path);
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith('.prisma')).sort().map((name) => join(path, name));
}

const CONFIG_FILES = ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.js', 'prisma.config.mjs', 'prisma.config.cjs'];
/** `schema: 'prisma/schema.prisma'` in a `defineConfig({ … })` of `prisma.config.ts`, as a string literal. */
const CONFIG_SCHEMA = /\bschema\s*:\s*(['"`])([^'"`\n]+)\1/;

/** The schema path a package sets: `prisma.config.ts`'s `schema`, else `package.json`'s `prisma.schema`. */
function schemaSetting(root: string): string | null {
  for (const name of CONFIG_FILES) {
    const text = readTextFile(join(root, name));
    if (text === null) continue;
    const match = CONFIG_SCHEMA.exec(text);
    if (match) return match[2]!;
  }
  const manifest = packageManifest(root)?.['prisma'];
  const setting = manifest !== null && typeof manifest === 'object' ? (manifest as Record<string, unknown>)['schema'] : undefined;
  return typeof setting === 'string' && setting !== '' ? setting : null;
}

/** The schema files of a package root: its schema setting, else the default locations, first found. */
function schemaFilesOf(root: string): string[] {
  const setting = schemaSetting(root);
  if (setting !== null) return schemaFiles(join(root, setting));
  for (const candidate of ['prisma/schema.prisma', 'schema.prisma', 'prisma/schema']) {
    const files = schemaFiles(join(root, candidate));
    if (files.length > 0) return files;
  }
  return [];
}

/** Models by the name Prisma Client gives them (`Payment` → `payment`, `CreditCard` → `creditCard`). */
export type PrismaModels = ReadonlyMap<string, PrismaModel>;

const NO_MODELS: PrismaModels = new Map();
const modelsByRoot = new Map<string, PrismaModels>();

/** The client's name for a model: its first letter in lower case. */
export const clientNameOf = (model: string): string => model.charAt(0).toLowerCase() + model.slice(1);

/**
 * The models of the Prisma schema of `physicalFilename`'s package (see the module comment), by client name; empty when
 * there is none or the file is not on disk.
 */
export function prismaModelsFor(physicalFilename: string): PrismaModels {
  if (!isAbsolute(physicalFilename)) return NO_MODELS;
  const root = packageRoot(physicalFilename);
  if (root === null) return NO_MODELS;
  let models = modelsByRoot.get(root);
  if (models === undefined) {
    models = modelsOf(schemaFilesOf(root), root);
    if (models.size === 0) models = workspaceDependencyModels(root);
    modelsByRoot.set(root, models);
  }
  return models;
}

/** The models of schema files, by client name, each file named relative to `base`. */
function modelsOf(files: readonly string[], base: string): Map<string, PrismaModel> {
  const byName = new Map<string, PrismaModel>();
  for (const file of files) {
    const text = readTextFile(file);
    if (text === null || !text.includes('model')) continue;
    for (const model of parsePrismaSchema(text, relative(base, file).split('\\').join('/'))) byName.set(clientNameOf(model.name), model);
  }
  return byName;
}

/**
 * For a package without a schema of its own: the models of the schemas of the workspace packages it depends on (an
 * app's `"@repo/db": "workspace:*"` whose `packages/db/prisma/schema.prisma` generates the client it imports), files
 * named relative to the workspace root. A client name two such schemas declare is dropped: which one writes is unknown.
 */
function workspaceDependencyModels(root: string): PrismaModels {
  const dependencies = workspaceDependencyDirectories(root);
  if (dependencies === null) return NO_MODELS;
  const byName = new Map<string, PrismaModel>();
  const ambiguous = new Set<string>();
  for (const directory of dependencies.directories) {
    for (const [name, model] of modelsOf(schemaFilesOf(directory), dependencies.workspace.root)) {
      if (byName.has(name)) ambiguous.add(name);
      else byName.set(name, model);
    }
  }
  for (const name of ambiguous) byName.delete(name);
  return byName.size > 0 ? byName : NO_MODELS;
}
