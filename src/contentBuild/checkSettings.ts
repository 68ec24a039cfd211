/** kiosk.yaml: the visitor languages decide the shape of every other file; the staff language, every message. */
import * as v from 'valibot';
import { isSupportedLanguage, SUPPORTED_LANGUAGES } from '../i18n/interfaceText.ts';
import { isStaffLanguage, type StaffLanguage } from '../contentModel/contentProblem.ts';
import { DEFAULT_DOCENT_PIN_SHA256, DEFAULT_STAFF_PIN_SHA256, kioskSettingsSchema } from '../contentModel/contentSchema.ts';
import type { KioskSettings, LanguageCode } from '../contentModel/contentTypes.ts';
import type { CheckReport, CheckResult } from './checkReport.ts';
import type { MediaSource } from './contentCheckTypes.ts';
import { staffList, staffText } from './problemCatalogue.ts';
import { checkWithSchema, readYaml } from './readContentYaml.ts';
import type { YamlFile } from './yamlFile.ts';

const SETTINGS_FILE = 'kiosk.yaml';

/**
 * Used only while kiosk.yaml is broken (and the build refuses it): the schema's defaults, with
 * both interface languages and the documented PINs for the fields that have no default.
 */
const FALLBACK_SETTINGS: KioskSettings = v.parse(kioskSettingsSchema, {
  languages: ['zh-Hans', 'en'] satisfies LanguageCode[],
  defaultLanguage: 'zh-Hans',
  staff: { pinSha256: DEFAULT_STAFF_PIN_SHA256 },
  docent: { pinSha256: DEFAULT_DOCENT_PIN_SHA256 },
});

export interface CheckedSettings {
  readonly settings: KioskSettings;
  readonly staffLanguage: StaffLanguage;
}

/**
 * The staff language kiosk.yaml asks for. Read from the parsed YAML rather than the checked
 * settings, so that a mistake elsewhere in kiosk.yaml is still reported in the staff's language.
 */
export function staffLanguageOf(kioskYaml: Pick<YamlFile, 'value'> | null): StaffLanguage {
  const settings: unknown = kioskYaml?.value;
  if (!settings || typeof settings !== 'object') return 'zh-Hans';
  const { staff, defaultLanguage } = settings as { staff?: unknown; defaultLanguage?: unknown };
  const language = staff && typeof staff === 'object' ? (staff as { language?: unknown }).language : undefined;
  if (isStaffLanguage(language)) return language;
  if (isStaffLanguage(defaultLanguage)) return defaultLanguage;
  return 'zh-Hans';
}

/** Whether the languages can be shown at all: each has interface words, and the default is one of them. */
function languagesAreUsable(parsed: KioskSettings, yaml: YamlFile, report: CheckReport): boolean {
  const unsupported = parsed.languages.filter((language) => !isSupportedLanguage(language));
  for (const language of unsupported) {
    report.error(SETTINGS_FILE, yaml.lineOf(['languages', parsed.languages.indexOf(language)]),
      staffText('settings.unsupportedLanguage', { language }),
      staffText('settings.unsupportedLanguage.fix', { supported: staffList(SUPPORTED_LANGUAGES) }));
  }
  const defaultListed = parsed.languages.includes(parsed.defaultLanguage);
  if (!defaultListed) {
    report.error(SETTINGS_FILE, yaml.lineOf(['defaultLanguage']),
      staffText('settings.defaultNotListed', { language: parsed.defaultLanguage }),
      staffText('settings.defaultNotListed.fix', { languages: staffList(parsed.languages) }));
  }
  return unsupported.length === 0 && defaultListed;
}

export function checkSettings(source: MediaSource, fileSet: ReadonlySet<string>, report: CheckReport): CheckResult<CheckedSettings> {
  if (!fileSet.has(SETTINGS_FILE)) {
    report.error(SETTINGS_FILE, 0, staffText('settings.missing'), staffText('settings.missing.fix'));
    return report.result({ settings: FALLBACK_SETTINGS, staffLanguage: 'zh-Hans' });
  }
  report.claim(SETTINGS_FILE);
  const yaml = readYaml(source, SETTINGS_FILE, report);
  const staffLanguage = staffLanguageOf(yaml);
  const parsed = yaml ? checkWithSchema(kioskSettingsSchema, yaml, SETTINGS_FILE, report) : null;
  const settings = yaml && parsed && languagesAreUsable(parsed, yaml, report) ? parsed : FALLBACK_SETTINGS;
  return report.result({ settings, staffLanguage });
}
