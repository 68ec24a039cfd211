import { describe, expect, it } from 'vitest';
import { readYamlFile } from '../../src/contentBuild/yamlFile.ts';

describe('readYamlFile names the line a person must fix', () => {
  it('an over-indented line, not the line above that the parser blames', () => {
    const file = readYamlFile('date: 2009\ntitle:\n  zh-Hans: 新馆建成开放\n    en: The new museum opens\nsummary:\n  zh-Hans: 摘要\n  en: Summary\n');
    expect(file.syntaxErrors.map((error) => error.line)).toEqual([4]);
  });

  it('a line off the two-space steps, even when the line after it is the one that breaks', () => {
    const file = readYamlFile('date: 2009\nsummary:\n zh-Hans: 摘要\n  en: Summary\n');
    expect(file.syntaxErrors.map((error) => error.line)).toEqual([3]);
  });

  it('a missing colon once, not again for each line under it', () => {
    const file = readYamlFile('date: 2009\ntitle\n  zh-Hans: 标题\n  en: A title\nsummary:\n  zh-Hans: 摘要\n  en: Summary\n');
    expect(file.syntaxErrors.map((error) => [error.line, error.staffMessage.en])).toEqual([[2, 'Implicit keys need to be on a single line']]);
  });

  it('the field of a path, for problems found after parsing', () => {
    const file = readYamlFile('date: 2009\ntitle:\n  zh-Hans: 标题\n  en: A title\nlinks:\n  - party/a\n  - party/b\n');
    expect([file.lineOf(['title', 'en']), file.lineOf(['links', 1]), file.lineOf(['missing'])]).toEqual([4, 7, 1]);
  });
});
