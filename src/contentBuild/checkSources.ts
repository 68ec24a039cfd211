/** sources.yaml, and the `source:` of each event and panel that points into it. */
import { ID_PATTERN, sourcesFileSchema, type SourcesFile } from '../contentModel/contentSchema.ts';
import type { SourceReference } from '../contentModel/contentTypes.ts';
import type { CheckContext, CheckReport, CheckResult } from './checkReport.ts';
import { closest } from './didYouMean.ts';
import { staffText } from './problemCatalogue.ts';
import { readContentFile } from './readContentYaml.ts';
import type { YamlFile } from './yamlFile.ts';

const SOURCES_FILE = 'sources.yaml';

/**
 * A key wrapped in the quotes a Chinese input method types (“article”, 「article」, ‘article’,
 * ＂article＂). YAML keeps such quotes as part of the text, so the key would not be looked up and
 * the quotes and key would be shown to visitors as the citation.
 */
const QUOTED_KEY = /^[“”‘’「」『』＂"']\s*([a-z0-9][a-z0-9-]*)\s*[“”‘’「」『』＂"']$/;

/** The citations by key; empty when there is no sources.yaml or it is broken (its errors say so). */
export function checkSources(context: CheckContext, report: CheckReport): CheckResult<SourcesFile> {
  if (!context.fileSet.has(SOURCES_FILE)) return report.result({});
  report.claim(SOURCES_FILE);
  const checked = readContentFile(context.source, SOURCES_FILE, sourcesFileSchema(context.languages), report);
  return report.result(checked?.value ?? {});
}

/** Turns one item's `source:` into citations: keys looked up in sources.yaml, a sentence kept as it is. */
export function sourceReferencesOf(
  value: string | readonly string[],
  sources: SourcesFile,
  context: CheckContext,
  at: { readonly file: string; readonly yaml: YamlFile },
  report: CheckReport,
): SourceReference[] {
  const entries = typeof value === 'string' ? [value] : value;
  const references: SourceReference[] = [];
  entries.forEach((entry, index) => {
    const citation = sources[entry];
    if (citation) {
      references.push({ key: entry, citation });
      return;
    }
    const line = at.yaml.lineOf(typeof value === 'string' ? ['source'] : ['source', index]);
    const quoted = QUOTED_KEY.exec(entry.trim());
    if (quoted?.[1] !== undefined) {
      const key = quoted[1];
      const known = sources[key] !== undefined;
      const suggestion = known ? key : closest(key, Object.keys(sources));
      report.error(at.file, line, staffText('source.quotedKey', { written: entry.trim(), key }),
        suggestion ? staffText('source.quotedKey.fix', { key: suggestion }) : staffText('source.quotedKey.fixUnknown', { key }));
      return;
    }
    if (ID_PATTERN.test(entry)) {
      const suggestion = closest(entry, Object.keys(sources));
      report.error(at.file, line,
        staffText('source.unknownKey', { key: entry }),
        suggestion ? staffText('source.unknownKey.fixNear', { suggestion }) : staffText('source.unknownKey.fix'));
      return;
    }
    const citationText: Record<string, string> = {};
    for (const language of context.languages) citationText[language] = entry;
    references.push({ key: null, citation: citationText });
  });
  return references;
}
