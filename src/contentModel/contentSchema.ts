/**
 * The shape of every file staff edit under media/, as valibot schemas. Objects are strict so
 * that a misspelt field is reported instead of silently ignored. Schemas that hold visitor text
 * are built for the languages kiosk.yaml lists.
 */
import * as v from 'valibot';
import { DERIVED_LANGUAGES } from '../i18n/interfaceText.ts';
import { STAFF_LANGUAGES } from './contentProblem.ts';
import type { LanguageCode } from './contentTypes.ts';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const HEX_COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** SHA-256 of the documented default staff PIN, 2468, which the staff guide tells staff to change. */
export const DEFAULT_STAFF_PIN_SHA256 = 'a1fb4e703a9ef1fa4936801721ff285a97ac85330856674412e054892afe6972';
/** SHA-256 of the documented default docent PIN, 1357. */
export const DEFAULT_DOCENT_PIN_SHA256 = 'f3e055913a0b1eb0f07317896f9a1bc466b9a50db85a7f882f3ffde9ffb23aca';

const nonEmptyText = v.pipe(v.string(), v.trim(), v.minLength(1));

/** A YAML scalar such as `2019` arrives as a number; dates are compared as text. */
const dateText = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform((value) => String(value)),
);

const eventReference = v.pipe(v.string(), v.regex(/^[a-z0-9-]+\/[a-z0-9][a-z0-9-]*$/));

/**
 * One text in each language staff write. A derived language (zh-Hant) is never required, since
 * the build makes it, but staff may write it to be used instead.
 */
export function localisedTextSchema(languages: readonly LanguageCode[]) {
  const entries: Record<string, typeof nonEmptyText | v.OptionalSchema<typeof nonEmptyText, undefined>> = {};
  for (const language of languages) entries[language] = Object.hasOwn(DERIVED_LANGUAGES, language) ? v.optional(nonEmptyText) : nonEmptyText;
  for (const derived of Object.keys(DERIVED_LANGUAGES)) entries[derived] ??= v.optional(nonEmptyText);
  return v.pipe(
    v.strictObject(entries),
    v.transform((text): Record<LanguageCode, string> =>
      Object.fromEntries(Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))),
  );
}

export const kioskSettingsSchema = v.strictObject({
  languages: v.pipe(v.array(v.string()), v.minLength(1)),
  defaultLanguage: v.string(),
  idle: v.optional(
    v.strictObject({
      warningAfterSeconds: v.optional(v.pipe(v.number(), v.minValue(10), v.maxValue(3600)), 90),
      countdownSeconds: v.optional(v.pipe(v.number(), v.minValue(20), v.maxValue(300)), 20),
      narrationHoldCapSeconds: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(3600)), 300),
    }),
    {},
  ),
  audio: v.optional(
    v.strictObject({
      volumeCap: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.8),
    }),
    {},
  ),
  motion: v.optional(
    v.strictObject({
      reducedMotion: v.optional(v.picklist(['auto', 'always', 'never']), 'auto'),
    }),
    {},
  ),
  updates: v.optional(
    v.strictObject({
      checkEveryMinutes: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(1440)), 5),
    }),
    {},
  ),
  maintenance: v.optional(
    v.strictObject({
      dailyReloadHour: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23))), null),
    }),
    {},
  ),
  staff: v.strictObject({
    pinSha256: v.pipe(v.string(), v.regex(SHA256_PATTERN)),
    /** The language media:check and the staff views speak; unset: defaultLanguage if staff read it, else Chinese. */
    language: v.optional(v.picklist(STAFF_LANGUAGES)),
  }),
  docent: v.strictObject({
    pinSha256: v.pipe(v.string(), v.regex(SHA256_PATTERN)),
    silenceEndsTourMinutes: v.optional(v.pipe(v.number(), v.minValue(5), v.maxValue(240)), 30),
  }),
});

export function tracksFileSchema(languages: readonly LanguageCode[]) {
  return v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.string(), v.regex(ID_PATTERN)),
        order: v.number(),
        colour: v.pipe(v.string(), v.regex(HEX_COLOUR_PATTERN)),
        accentColour: v.pipe(v.string(), v.regex(HEX_COLOUR_PATTERN)),
        title: localisedTextSchema(languages),
      }),
    ),
    v.minLength(1),
  );
}

export function sourcesFileSchema(languages: readonly LanguageCode[]) {
  return v.record(v.pipe(v.string(), v.regex(ID_PATTERN)), localisedTextSchema(languages));
}

const sourceField = v.union([nonEmptyText, v.pipe(v.array(nonEmptyText), v.minLength(1))]);

function imageSchema(languages: readonly LanguageCode[]) {
  return v.strictObject({
    file: nonEmptyText,
    alt: localisedTextSchema(languages),
    credit: v.optional(nonEmptyText),
  });
}

function narrationSchema(languages: readonly LanguageCode[]) {
  return v.strictObject({
    text: localisedTextSchema(languages),
  });
}

export function eventFileSchema(languages: readonly LanguageCode[]) {
  const text = localisedTextSchema(languages);
  return v.strictObject({
    date: dateText,
    dateLabel: v.optional(text),
    before: v.optional(eventReference),
    after: v.optional(eventReference),
    title: text,
    summary: text,
    body: v.optional(text),
    source: sourceField,
    // `links:` with nothing under it (every linked event deleted) is read as no links; the check warns about the line.
    links: v.pipe(v.optional(v.nullable(v.array(eventReference)), []), v.transform((links) => links ?? [])),
    image: v.optional(imageSchema(languages)),
    narration: v.optional(narrationSchema(languages)),
  });
}

export function groupFileSchema(languages: readonly LanguageCode[]) {
  const text = localisedTextSchema(languages);
  return v.strictObject({
    title: text,
    summary: text,
    order: v.number(),
  });
}

export function panelFileSchema(languages: readonly LanguageCode[]) {
  const text = localisedTextSchema(languages);
  return v.strictObject({
    order: v.number(),
    title: text,
    subtitle: v.optional(text),
    body: text,
    source: sourceField,
    images: v.optional(v.array(imageSchema(languages)), []),
    narration: v.optional(narrationSchema(languages)),
  });
}

export function tourFileSchema(languages: readonly LanguageCode[]) {
  const text = localisedTextSchema(languages);
  return v.strictObject({
    title: text,
    stops: v.pipe(
      v.array(
        v.strictObject({
          stop: eventReference,
          talkingPoints: v.optional(text),
          playNarration: v.optional(v.boolean(), true),
        }),
      ),
      v.minLength(1),
    ),
  });
}

export type KioskSettingsFile = v.InferOutput<typeof kioskSettingsSchema>;
export type TracksFile = v.InferOutput<ReturnType<typeof tracksFileSchema>>;
export type SourcesFile = v.InferOutput<ReturnType<typeof sourcesFileSchema>>;
export type EventFile = v.InferOutput<ReturnType<typeof eventFileSchema>>;
export type GroupFile = v.InferOutput<ReturnType<typeof groupFileSchema>>;
export type PanelFile = v.InferOutput<ReturnType<typeof panelFileSchema>>;
export type TourFile = v.InferOutput<ReturnType<typeof tourFileSchema>>;
export type ImageFile = NonNullable<EventFile['image']>;
