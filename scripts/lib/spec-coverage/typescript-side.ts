// The openai package's side of the coverage comparison: its declaration files loaded into a TypeScript program, and
// what one position of a type offers (closed string values, object shapes tagged by `type`, array elements), read
// with the type checker so that aliases, namespaces, `extends` and imports across files are followed as tsc does.
import ts from 'typescript';

/** A program over the openai package's declaration files, and its type checker. */
export interface Declarations {
  readonly checker: ts.TypeChecker;
  /** The exported type `name` of the entry file, or undefined when there is none. */
  readonly typeNamed: (name: string) => ts.Type | undefined;
}

/** One property of an object shape. */
export interface TsProperty {
  readonly name: string;
  readonly type: ts.Type;
  /** The declaration that holds it (`ResponseCreateParamsBase`, `Response.Moderation`), or undefined for a literal. */
  readonly owner: string | undefined;
  /** Whether its TSDoc carries `@deprecated`. */
  readonly deprecated: boolean;
}

/** One object shape among the members of a type. */
export interface TsVariant {
  /** The declared name (`ToolChoiceMcp`), or undefined for an anonymous object type. */
  readonly name: string | undefined;
  /** The string literals its `type` property may take; empty when it has none or it is an open string. */
  readonly tags: readonly string[];
  readonly properties: readonly TsProperty[];
}

/** What a type offers at one position, its unions flattened and `null`/`undefined` dropped. */
export interface TsPosition {
  /** String literal members, when the union is closed (no `string` member beside them). */
  readonly values: readonly string[];
  readonly variants: readonly TsVariant[];
  /** Element types of array members. */
  readonly elements: readonly ts.Type[];
}

const compilerOptions: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
};

/**
 * Loads `entry` (a `.d.ts` path) with what it imports. `files` maps extra paths to their text, so a test can
 * load a declaration file that exists only in memory.
 */
export function loadDeclarations(
  entry: string,
  files: ReadonlyMap<string, string> = new Map(),
): Declarations {
  const host = ts.createCompilerHost(compilerOptions, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (path) => files.has(path) || fileExists.call(host, path);
  host.readFile = (path) => files.get(path) ?? readFile.call(host, path);
  host.getSourceFile = (path, languageVersion, onError) => {
    const text = files.get(path);
    return text === undefined
      ? getSourceFile.call(host, path, languageVersion, onError)
      : ts.createSourceFile(path, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [entry], options: compilerOptions, host });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`Cannot read the declaration file ${entry}.`);
  const module = checker.getSymbolAtLocation(source);
  const exports = new Map(
    (module === undefined ? [] : checker.getExportsOfModule(module)).map((symbol) => [symbol.name, symbol]),
  );
  return {
    checker,
    typeNamed: (name) => {
      const symbol = exports.get(name);
      if (symbol === undefined) return undefined;
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return checker.getDeclaredTypeOfSymbol(target);
    },
  };
}

/** A declaration's name with its namespaces (`Response.Moderation`), without the module's quoted path. */
function declaredName(checker: ts.TypeChecker, symbol: ts.Symbol | undefined): string | undefined {
  if (symbol === undefined || symbol.name.startsWith('__')) return undefined;
  return checker.getFullyQualifiedName(symbol).replace(/^".*?"\./, '');
}

/** The members of a union (itself when it is not one), without `null` and `undefined`. */
function membersOf(type: ts.Type): ts.Type[] {
  const members = type.isUnion() ? type.types : [type];
  return members.filter((member) => !(member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
}

/** Whether a member admits any string: `string`, a template literal, or an intersection such as `string & {}`. */
function isOpenString(type: ts.Type): boolean {
  if (type.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) return true;
  return type.isIntersection() && type.types.some(isOpenString);
}

/** Whether a type is declared only by TypeScript's own libraries (`Date`, `Blob`, …): nothing of the wire. */
function isLibraryType(type: ts.Type): boolean {
  const declarations = (type.aliasSymbol ?? type.getSymbol())?.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) =>
      /[/\\]typescript[/\\]lib[/\\]/.test(declaration.getSourceFile().fileName),
    )
  );
}

/** The string literals a type position may take, or none when it also takes any string. */
function closedValues(members: readonly ts.Type[]): string[] {
  if (members.some(isOpenString)) return [];
  return members.filter((member) => member.isStringLiteral()).map((member) => member.value);
}

function propertyOf(checker: ts.TypeChecker, symbol: ts.Symbol): TsProperty {
  const declaration = symbol.declarations?.[0];
  const parent = declaration?.parent;
  const owner =
    parent !== undefined && (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent))
      ? declaredName(checker, checker.getSymbolAtLocation(parent.name!))
      : undefined;
  return {
    name: symbol.name,
    type: checker.getTypeOfSymbol(symbol),
    owner,
    deprecated: symbol.getJsDocTags(checker).some((tag) => tag.name === 'deprecated'),
  };
}

/** What `type` offers at one position. */
export function describeType(checker: ts.TypeChecker, type: ts.Type): TsPosition {
  const members = membersOf(type);
  const variants: TsVariant[] = [];
  const elements: ts.Type[] = [];
  for (const member of members) {
    if (checker.isArrayType(member) || checker.isTupleType(member)) {
      elements.push(...checker.getTypeArguments(member as ts.TypeReference));
      continue;
    }
    const isObject = member.flags & ts.TypeFlags.Object || (member.isIntersection() && !isOpenString(member));
    if (!isObject || isLibraryType(member) || member.getCallSignatures().length > 0) continue;
    const properties = checker.getPropertiesOfType(member).map((symbol) => propertyOf(checker, symbol));
    const tagProperty = properties.find((property) => property.name === 'type');
    variants.push({
      name: declaredName(checker, member.aliasSymbol ?? member.getSymbol()),
      tags: tagProperty === undefined ? [] : closedValues(membersOf(tagProperty.type)),
      properties,
    });
  }
  return { values: closedValues(members), variants, elements };
}

/** A stable key for a type, for cycle detection. */
export const typeKey = (type: ts.Type): string => String((type as ts.Type & { id?: number }).id ?? '?');
