/**
 * Reads one YAML file and keeps what is needed to name the line of any field later, so that a
 * problem found after parsing still points at `file:line`.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type ErrorCode, type Node } from 'yaml';
import type { StaffText } from '../contentModel/contentProblem.ts';

export interface YamlSyntaxError {
  readonly line: number;
  /** The parser's own words in English; in Chinese, what the parser's error code means to someone editing the file. */
  readonly staffMessage: StaffText;
}

export interface YamlFile {
  readonly value: unknown;
  readonly syntaxErrors: readonly YamlSyntaxError[];
  /** The line of the field at a path such as ['title', 'en'] or ['links', 2]; the nearest existing parent's line when the field is missing. */
  lineOf(path: readonly (string | number)[]): number;
}

/**
 * The parser's error codes (https://eemeli.org/yaml/#errors) that staff meet when editing by hand,
 * in Chinese. The rest are rare in hand-written files; for them the Chinese quotes the parser.
 */
const CHINESE_SYNTAX_ERRORS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: '缩进没有对齐',
  TAB_AS_INDENT: '用了 Tab 键缩进，只能用空格',
  DUPLICATE_KEY: '同一个字段写了两次',
  MISSING_CHAR: '少了一个符号，例如字段名后面的冒号，或者成对引号中的一个',
  UNEXPECTED_TOKEN: '这里出现了不该有的符号',
  MULTILINE_IMPLICIT_KEY: '字段名后面少了冒号，或者一段文字断到了下一行却没有缩进',
  BLOCK_AS_IMPLICIT_KEY: '缩进没有对齐，或者字段名后面少了冒号',
  BAD_SCALAR_START: '这段文字的第一个字符不能直接写在开头，请给整段文字加上英文双引号',
  BAD_DQ_ESCAPE: '英文双引号里的反斜杠 \\ 用法不对',
  MULTIPLE_DOCS: '文件中间有一行“---”，把文件分成了几份',
  KEY_OVER_1024_CHARS: '字段名太长，可能是少了冒号',
  BLOCK_IN_FLOW: '方括号或花括号里不能换行写列表',
};

function syntaxErrorText(code: ErrorCode, message: string): StaffText {
  return { 'zh-Hans': CHINESE_SYNTAX_ERRORS[code] ?? `解析器提示：${message}`, en: message };
}

const INDENT_ERRORS: ReadonlySet<ErrorCode> = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);
const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * The parser reports an over-indented line at the start of the value it swallowed it into (the
 * line above). The line a person must fix is the first one indented deeper than a `field: value`
 * line before it, unless that line is itself off the two-space steps the staff guide uses.
 */
function overIndentedLine(lines: readonly string[], reportedLine: number): number {
  for (let index = Math.max(reportedLine, 1); index < Math.min(lines.length, reportedLine + 5); index += 1) {
    const previous = lines[index - 1] ?? '';
    const current = lines[index] ?? '';
    if (current.trim() === '' || current.trimStart().startsWith('#')) continue;
    // A `field: value` line off the guide's two-space steps is itself the mistake: keep the parser's line.
    if (indentOf(previous) % 2 !== 0) return reportedLine;
    // Only a line that is itself a `field:` can be a misplaced field; a plain continuation line is text.
    if (indentOf(current) > indentOf(previous) && /^\s*[^\s#:][^:]*:\s+\S/.test(previous) && /^\s*[^\s#:][^:]*:(\s|$)/.test(current)) return index + 1;
  }
  return reportedLine;
}

export function readYamlFile(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const lines = text.split(/\r\n|\r|\n/);
  const allSyntaxErrors = document.errors.map((error): YamlSyntaxError => {
    const reported = error.linePos?.[0]?.line ?? lineAt(error.pos[0]);
    return {
      line: INDENT_ERRORS.has(error.code) ? overIndentedLine(lines, reported) : reported,
      staffMessage: syntaxErrorText(error.code, error.message.split('\n')[0] ?? error.message),
    };
  });
  // One mistake often trips the parser again on the same or the next lines (a missing colon, then
  // the lines under it): say it once; a second mistake shows up when the first is fixed.
  const syntaxErrors: YamlSyntaxError[] = [];
  for (const error of [...allSyntaxErrors].sort((a, b) => a.line - b.line)) {
    const previous = syntaxErrors[syntaxErrors.length - 1];
    if (!previous || error.line - previous.line > 2) syntaxErrors.push(error);
  }
  const value: unknown = syntaxErrors.length > 0 ? undefined : document.toJS();

  function lineOf(path: readonly (string | number)[]): number {
    let node: unknown = document.contents;
    let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return line;
        const key = pair.key as Node;
        if (key.range) line = lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return line;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        return line;
      }
    }
    if (isScalar(node) && node.range) line = lineAt(node.range[0]);
    return line;
  }

  return { value, syntaxErrors, lineOf };
}
