/**
 * Every field name a content file may use, read from the schemas themselves, so that a field
 * added to a schema is known to "did you mean ...?" without being listed a second time.
 */
import { SUPPORTED_LANGUAGES } from '../i18n/interfaceText.ts';
import {
  eventFileSchema,
  groupFileSchema,
  kioskSettingsSchema,
  panelFileSchema,
  sourcesFileSchema,
  tourFileSchema,
  tracksFileSchema,
} from '../contentModel/contentSchema.ts';

/** The parts of a valibot schema that hold other schemas: object entries, wrapped, list items, union options, record values. */
interface SchemaShape {
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly wrapped?: unknown;
  readonly item?: unknown;
  readonly options?: readonly unknown[];
  readonly value?: unknown;
}

function collectFieldNames(schema: unknown, names: Set<string>): void {
  if (!schema || typeof schema !== 'object') return;
  const shape = schema as SchemaShape;
  for (const [name, entry] of Object.entries(shape.entries ?? {})) {
    names.add(name);
    collectFieldNames(entry, names);
  }
  const inner = [shape.wrapped, shape.item, shape.value, ...(shape.options ?? [])];
  for (const child of inner) collectFieldNames(child, names);
}

function knownFieldNames(): readonly string[] {
  const names = new Set<string>();
  const schemas = [
    kioskSettingsSchema,
    tracksFileSchema(SUPPORTED_LANGUAGES),
    sourcesFileSchema(SUPPORTED_LANGUAGES),
    eventFileSchema(SUPPORTED_LANGUAGES),
    groupFileSchema(SUPPORTED_LANGUAGES),
    panelFileSchema(SUPPORTED_LANGUAGES),
    tourFileSchema(SUPPORTED_LANGUAGES),
  ];
  for (const schema of schemas) collectFieldNames(schema, names);
  return [...names];
}

export const KNOWN_FIELDS: readonly string[] = knownFieldNames();
