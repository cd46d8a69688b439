// Teaches TypeDoc the shape of the generated wire types. Each is an alias of openapi-typescript's
// `components['schemas']['X']`, which TypeDoc would show as just that expression (with `components` itself not
// exported), and TypeScript resolves to an anonymous object type that TypeDoc inlines, in full, wherever a property
// has that type (one page grew to 15 MB). This plugin makes each alias page show the schema's properties with their
// descriptions, and every `components['schemas']['X']` inside them a link to the alias `X`.
import ts from 'typescript';
import {
  Comment,
  Converter,
  ReferenceType,
  ReflectionKind,
  type Application,
  type Context,
  type DeclarationReflection,
  type ProjectReflection,
  type Reflection,
  type SomeType,
} from 'typedoc';

/** `components['schemas']['X']` as a type node: the schema's name, else `undefined`. */
function schemaNameOfNode(node: ts.TypeNode | undefined): string | undefined {
  if (!node || !ts.isIndexedAccessTypeNode(node) || !ts.isIndexedAccessTypeNode(node.objectType))
    return undefined;
  const { objectType, indexType } = node.objectType;
  if (!ts.isTypeReferenceNode(objectType) || objectType.typeName.getText() !== 'components') return undefined;
  const literal = (type: ts.TypeNode): string | undefined =>
    ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? type.literal.text : undefined;
  return literal(indexType) === 'schemas' ? literal(node.indexType) : undefined;
}

/** `components['schemas']['X']` as a converted TypeDoc type: the schema's name, else `undefined`. */
function schemaNameOfType(type: SomeType): string | undefined {
  if (type.type !== 'indexedAccess' || type.objectType.type !== 'indexedAccess') return undefined;
  const { objectType, indexType } = type.objectType;
  if (objectType.type !== 'reference' || objectType.name !== 'components') return undefined;
  const literal = (part: SomeType): unknown => (part.type === 'literal' ? part.value : undefined);
  const name = literal(type.indexType);
  return literal(indexType) === 'schemas' && typeof name === 'string' ? name : undefined;
}

/** The type node of `components.schemas[name]` in the file that declares `components`. */
function schemaTypeNode(checker: ts.TypeChecker, alias: ts.IndexedAccessTypeNode, name: string) {
  const reference = (alias.objectType as ts.IndexedAccessTypeNode).objectType as ts.TypeReferenceNode;
  let symbol = checker.getSymbolAtLocation(reference.typeName);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const schemas = symbol?.members?.get(ts.escapeLeadingUnderscores('schemas'))?.valueDeclaration;
  if (!schemas || !ts.isPropertySignature(schemas) || !schemas.type || !ts.isTypeLiteralNode(schemas.type)) {
    return undefined;
  }
  const member = schemas.type.members.find(
    (candidate) => ts.isPropertySignature(candidate) && candidate.name.getText() === name,
  );
  return member && ts.isPropertySignature(member) ? member.type : undefined;
}

/**
 * Replaces, inside `type` (in place) and as the returned value, every `components['schemas']['X']` that has an alias
 * in `aliases` by a link to it.
 */
function linkSchemas(
  type: SomeType,
  aliases: Map<string, DeclarationReflection>,
  project: ProjectReflection,
): SomeType {
  const name = schemaNameOfType(type);
  const target = name === undefined ? undefined : aliases.get(name);
  if (target) return ReferenceType.createResolvedReference(target.name, target, project);
  const map = (inner: SomeType): SomeType => linkSchemas(inner, aliases, project);
  switch (type.type) {
    case 'union':
    case 'intersection':
      type.types = type.types.map(map);
      break;
    case 'array':
    case 'optional':
    case 'rest':
      type.elementType = map(type.elementType);
      break;
    case 'tuple':
      type.elements = type.elements.map(map);
      break;
    case 'namedTupleMember':
      type.element = map(type.element);
      break;
    case 'typeOperator':
      type.target = map(type.target);
      break;
    case 'indexedAccess':
      type.objectType = map(type.objectType);
      type.indexType = map(type.indexType);
      break;
    case 'reference':
      if (type.typeArguments) type.typeArguments = type.typeArguments.map(map);
      break;
    case 'conditional':
      type.checkType = map(type.checkType);
      type.extendsType = map(type.extendsType);
      type.trueType = map(type.trueType);
      type.falseType = map(type.falseType);
      break;
    case 'mapped':
      type.parameterType = map(type.parameterType);
      type.templateType = map(type.templateType);
      break;
    default:
      // Reflection types' members are reflections of the project, mapped with the rest; the others hold no type.
      break;
  }
  return type;
}

/** Maps every type a reflection holds through {@link linkSchemas}. */
function linkReflection(reflection: Reflection, map: (type: SomeType) => SomeType): void {
  const holder = reflection as Partial<Record<'type' | 'default', SomeType | undefined>>;
  if (holder.type) holder.type = map(holder.type);
  if (holder.default) holder.default = map(holder.default);
}

/**
 * openapi-typescript writes each property's text as `@description` (and marks constants with `@constant`); TypeDoc
 * shows block tags as headed sections, so the description becomes the summary, as the spec's `description` is.
 */
function descriptionAsSummary(reflection: Reflection): void {
  const comment = reflection.comment;
  if (!comment) return;
  const description = comment.getTag('@description');
  if (description && !comment.summary.some((part) => part.text.trim())) {
    comment.summary = Comment.cloneDisplayParts(description.content);
  }
  comment.removeTags('@description');
  comment.removeTags('@constant');
}

/** Registers the plugin on `app` before it converts. */
export function documentWireTypes(app: Application): void {
  const pending: { reflection: DeclarationReflection; context: Context; node: ts.TypeNode }[] = [];

  app.converter.on(Converter.EVENT_BEGIN, (context) => {
    // Property types are converted from their type nodes, as TypeDoc does inside type literals, so a property typed
    // with a wire type's alias links to it instead of inlining the object TypeScript resolves it to.
    (context as unknown as { convertingTypeNode: boolean }).convertingTypeNode = true;
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    const declaration = context
      .getSymbolFromReflection(reflection)
      ?.declarations?.find(ts.isTypeAliasDeclaration);
    const name = schemaNameOfNode(declaration?.type);
    if (!declaration || name === undefined) return;
    const node = schemaTypeNode(context.checker, declaration.type as ts.IndexedAccessTypeNode, name);
    if (node) pending.push({ reflection, context: context.withScope(reflection), node });
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const aliases = new Map<string, DeclarationReflection>();
    for (const { reflection, context: scope, node } of pending) {
      const name = reflection.type ? schemaNameOfType(reflection.type) : undefined;
      if (name !== undefined) aliases.set(name, reflection);
      reflection.type = scope.converter.convertType(scope, node);
    }
    const map = (type: SomeType): SomeType => linkSchemas(type, aliases, context.project);
    // Every reflection of the project: declarations, the members of type literals, signatures and parameters.
    for (const reflection of Object.values(context.project.reflections)) {
      descriptionAsSummary(reflection);
      linkReflection(reflection, map);
    }
  });
}
