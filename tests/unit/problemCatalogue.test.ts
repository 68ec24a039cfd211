import { describe, expect, it } from 'vitest';
import { placeholdersOf, PROBLEM_CATALOGUE, staffText, type ProblemCode } from '../../src/contentBuild/problemCatalogue.ts';

const entries = Object.entries(PROBLEM_CATALOGUE) as [ProblemCode, { 'zh-Hans': string; en: string }][];

describe('the catalogue of staff messages', () => {
  it('has every message in both staff languages, neither empty nor left untranslated', () => {
    expect(entries.length).toBeGreaterThan(100);
    const incomplete = entries.filter(([, text]) => !text['zh-Hans'].trim() || !text.en.trim()).map(([code]) => code);
    expect(incomplete).toEqual([]);
    // Parameters and pure punctuation aside, the Chinese must not be the English copied over.
    const untranslated = entries
      .filter(([, text]) => /[a-z]{3}/i.test(text.en.replace(/\{\w+\}/g, '')) && text['zh-Hans'] === text.en)
      .map(([code]) => code);
    expect(untranslated).toEqual([]);
  });

  it('uses the same parameters in both languages of every entry', () => {
    const mismatched = entries
      .filter(([, text]) => placeholdersOf(text['zh-Hans']).sort().join() !== placeholdersOf(text.en).sort().join())
      .map(([code, text]) => `${code}: ${placeholdersOf(text['zh-Hans']).join()} / ${placeholdersOf(text.en).join()}`);
    expect(mismatched).toEqual([]);
  });

  it('fills parameters in each language, a text given per language in its own words', () => {
    const text = staffText('settings.defaultNotListed.fix', { languages: { 'zh-Hans': 'zh-Hans、en', en: 'zh-Hans, en' } });
    expect(text).toEqual({ 'zh-Hans': '把 defaultLanguage 改成其中之一：zh-Hans、en', en: 'set defaultLanguage to one of: zh-Hans, en' });
    expect(staffText('tracks.duplicateId', { id: 'party' }).en).toBe('the track id "party" is used twice');
  });

  it('refuses to say a message with a parameter left out, rather than show "{id}" to staff', () => {
    expect(() => staffText('tracks.duplicateId')).toThrow(/\{id\}/);
  });
});
