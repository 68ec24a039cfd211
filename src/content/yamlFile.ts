/**
 * Reads one YAML file and keeps what is needed to name the line of any field later, so that a
 * problem found after parsing still points at `file:line`.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface YamlFile {
  readonly value: unknown;
  readonly syntaxErrors: readonly { readonly line: number; readonly message: string }[];
  /** The line of the field at a path such as ['title', 'en'] or ['links', 2]; the nearest existing parent's line when the field is missing. */
  lineOf(path: readonly (string | number)[]): number;
}

export function readYamlFile(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const syntaxErrors = document.errors.map((error) => ({
    line: error.linePos?.[0]?.line ?? lineAt(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));
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
