/**
 * A value read from a JSON file, its objects' keys put in the order of a JSON Schema's
 * `properties` and keys the schema does not name dropped: what zod's parse returned, without
 * zod (issue 19). The report embeds the documents as parsed, so the order is part of its bytes.
 * The schema is schema.json's (scripts/schema-file.ts): objects, arrays and `anyOf` unions with
 * null, no `$ref`.
 */

/** The part of a JSON Schema this reads. */
export interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** The branch of `schema` (itself or one of its `anyOf`) that describes an object, or an array. */
function branch(schema: JsonSchema, want: "properties" | "items"): JsonSchema | undefined {
  return schema[want] !== undefined ? schema : schema.anyOf?.find((option) => option[want] !== undefined);
}

/** `value` with every object's keys in `schema`'s order (see the module comment). */
export function inSchemaOrder(schema: JsonSchema, value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = branch(schema, "items")?.items;
    return items ? value.map((item: unknown) => inSchemaOrder(items, item)) : value;
  }
  if (value === null || typeof value !== "object") return value;
  const properties = branch(schema, "properties")?.properties;
  if (!properties) return value;
  const source = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (Object.hasOwn(source, key)) ordered[key] = inSchemaOrder(property, source[key]);
  }
  return ordered;
}
