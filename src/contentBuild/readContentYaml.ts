/**
 * Reading one content file: its YAML, then its schema, each problem reported at its line. Every
 * part of the check reads its files through here, so a file is judged the same way wherever it is.
 */
import * as v from 'valibot';
import type { CheckReport } from './checkReport.ts';
import type { MediaSource } from './contentCheckTypes.ts';
import { describeSchemaIssue } from './describeSchemaIssue.ts';
import { staffText } from './problemCatalogue.ts';
import { decodeContentText } from './textDecoding.ts';
import { writtenField } from './writtenField.ts';
import { keyTypos } from './yamlTypos.ts';
import { readYamlFile, type YamlFile } from './yamlFile.ts';

const MARKUP_OR_ADDRESS = /<\/?[a-z!][^>]*>|&[a-z#0-9]+;|https?:\/\/|www\.[a-z0-9-]+\./i;

/**
 * Text is always shown as text: markup, script or a web address in it would appear literally on
 * the screen (and a link could not be followed at a kiosk anyway). Staff are told where.
 */
function warnAboutMarkup(value: unknown, path: (string | number)[], file: string, yaml: YamlFile, report: CheckReport): void {
  if (typeof value === 'string') {
    const found = MARKUP_OR_ADDRESS.exec(value);
    if (found && path[0] !== 'source' && path[path.length - 1] !== 'file') {
      report.warning(file, yaml.lineOf(path), staffText('text.markup', { field: writtenField(path), found: found[0] }), staffText('text.markup.fix'));
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => warnAboutMarkup(item, [...path, index], file, yaml, report));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) warnAboutMarkup(item, [...path, key], file, yaml, report);
  }
}

/** The file's value as the schema has it (defaults filled in), or null after reporting why not. */
export function checkWithSchema<TSchema extends v.GenericSchema>(
  schema: TSchema,
  yaml: YamlFile,
  file: string,
  report: CheckReport,
): v.InferOutput<TSchema> | null {
  const result = v.safeParse(schema, yaml.value, { abortEarly: false });
  if (result.success) {
    warnAboutMarkup(result.output, [], file, yaml, report);
    return result.output;
  }
  for (const issue of result.issues) {
    const { message, fix } = describeSchemaIssue(issue);
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    report.error(file, yaml.lineOf(path), message, fix);
  }
  return null;
}

/**
 * A content text file's text, or null after reporting that it is not UTF-8. Read from its bytes,
 * since a text read as UTF-8 regardless would hide the mistake behind replacement characters.
 */
export function readContentText(source: MediaSource, file: string, report: CheckReport): string | null {
  const decoded = decodeContentText(source.readBytes(file));
  if (decoded.ok) return decoded.text;
  report.error(file, decoded.line, staffText(decoded.encoding === 'utf-16' ? 'text.utf16' : 'text.notUtf8'), staffText('text.notUtf8.fix'));
  return null;
}

/** The parsed YAML, or null after reporting its syntax errors or that it is empty. */
export function readYaml(source: MediaSource, file: string, report: CheckReport): YamlFile | null {
  const text = readContentText(source, file, report);
  if (text === null) return null;
  // A key typed with a Chinese input method trips the parser in words about something else: name it instead.
  const typos = keyTypos(text);
  for (const typo of typos) {
    const code = typo.kind === 'fullWidthColon' ? 'yaml.fullWidthColon' : 'yaml.fullWidthSpace';
    report.error(file, typo.line, staffText(code, { key: typo.key }), staffText(`${code}.fix`, { key: typo.key }));
  }
  if (typos.length > 0) return null;
  const yaml = readYamlFile(text);
  // One broken line often trips several parser errors; staff need the line, once.
  const reportedLines = new Set<number>();
  for (const syntaxError of yaml.syntaxErrors) {
    if (reportedLines.has(syntaxError.line)) continue;
    reportedLines.add(syntaxError.line);
    report.error(file, syntaxError.line, staffText('yaml.syntax', { reason: syntaxError.staffMessage }), staffText('yaml.syntax.fix'));
  }
  if (yaml.syntaxErrors.length > 0) return null;
  if (yaml.value === null || yaml.value === undefined) {
    report.error(file, 1, staffText('yaml.empty'), staffText('yaml.empty.fix', { guide: staffText('staffGuide') }));
    return null;
  }
  return yaml;
}

export interface CheckedFile<T> {
  readonly yaml: YamlFile;
  readonly value: T;
}

/** A content file read and checked against its schema; null when either step failed (and said why). */
export function readContentFile<TSchema extends v.GenericSchema>(
  source: MediaSource,
  file: string,
  schema: TSchema,
  report: CheckReport,
): CheckedFile<v.InferOutput<TSchema>> | null {
  const yaml = readYaml(source, file, report);
  const value = yaml ? checkWithSchema(schema, yaml, file, report) : null;
  return yaml && value !== null ? { yaml, value } : null;
}
