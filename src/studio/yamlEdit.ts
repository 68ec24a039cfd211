/**
 * Edits a staff member's YAML file in place. The change is made with the `yaml` library's
 * document API (so comments and key order survive), and then only the part of the text that
 * holds the changed node is taken from the library's output: every byte outside the changed
 * value stays as the staff member wrote it, quotes, blank lines and all.
 */
import { isCollection, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

export type YamlPath = readonly (string | number)[];

export type YamlEdit =
  /** Sets a value (a text, a number, a list or a map); missing maps on the way are made. */
  | { readonly op: 'set'; readonly path: YamlPath; readonly value: unknown }
  /** Removes a key or a list entry; a map or list left empty by it goes too. */
  | { readonly op: 'delete'; readonly path: YamlPath }
  /** Moves an entry of the list at `path` from one place to another. */
  | { readonly op: 'move'; readonly path: YamlPath; readonly from: number; readonly to: number };

/** The edit could not be applied: the file is not valid YAML, or the path runs through a text. */
export class YamlEditRefused extends Error {}

const TO_STRING = { lineWidth: 0 } as const;

function nodeAt(document: Document, path: YamlPath): Node | null {
  if (path.length === 0) return document.contents;
  const node: unknown = document.getIn(path, true);
  return isScalar(node) || isCollection(node) ? node : null;
}

/** The deepest path the edit leaves in place whose node holds everything that changes. */
function anchorPath(document: Document, edit: YamlEdit): YamlPath {
  const existing = (path: YamlPath): YamlPath => {
    for (let length = path.length; length > 0; length -= 1) {
      if (nodeAt(document, path.slice(0, length))) return path.slice(0, length);
    }
    return [];
  };
  if (edit.op === 'set') {
    const found = existing(edit.path);
    // A text replaced by a text keeps its own node; anything else rewrites the map holding it.
    if (found.length === edit.path.length && isScalar(nodeAt(document, found)) && !isCollectionValue(edit.value)) return found;
    return found.length === edit.path.length ? found.slice(0, -1) : found;
  }
  if (edit.op === 'move') return existing(edit.path);
  return existing(edit.path.slice(0, -2));
}

function isCollectionValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function removeEmptyParents(document: Document, path: YamlPath): void {
  for (let length = path.length - 1; length > 0; length -= 1) {
    const parent = nodeAt(document, path.slice(0, length));
    if (!isCollection(parent) || parent.items.length > 0) return;
    document.deleteIn(path.slice(0, length));
  }
}

function applyToDocument(document: Document, edit: YamlEdit): void {
  if (edit.op === 'set') {
    const node = nodeAt(document, edit.path);
    if (isScalar(node) && !isCollectionValue(edit.value)) {
      // An empty value's quotes were a placeholder, not the staff member's choice of style.
      if (node.value === '' || node.value === null) node.type = undefined;
      node.value = edit.value;
    }
    else document.setIn(edit.path, edit.value);
    return;
  }
  if (edit.op === 'delete') {
    document.deleteIn(edit.path);
    removeEmptyParents(document, edit.path);
    return;
  }
  const list = nodeAt(document, edit.path);
  if (!isSeq(list)) throw new YamlEditRefused(`${edit.path.join('.')} is not a list`);
  const [moved] = list.items.splice(edit.from, 1);
  if (moved === undefined) throw new YamlEditRefused(`${edit.path.join('.')} has no entry ${edit.from}`);
  list.items.splice(Math.max(0, Math.min(edit.to, list.items.length)), 0, moved);
}

function parsed(text: string): Document {
  const document = parseDocument(text, { keepSourceTokens: false });
  if (document.errors.length > 0) throw new YamlEditRefused(document.errors[0]?.message ?? 'not valid YAML');
  return document;
}

/** UTF-8 text as staff files are written: no byte-order mark, LF line ends. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The file's text after one edit, with every byte outside the changed node kept. */
export function editYamlText(original: string, edit: YamlEdit): string {
  const source = normaliseText(original);
  const document = parsed(source);
  const anchor = anchorPath(document, edit);
  const before = nodeAt(document, anchor);
  applyToDocument(document, edit);
  const rewritten = document.toString(TO_STRING);
  const expected = JSON.stringify(document.toJS());
  const after = nodeAt(parsed(rewritten), anchor);
  const beforeRange = before?.range;
  const afterRange = after?.range;
  if (anchor.length > 0 && beforeRange && afterRange && (isMap(before) || isSeq(before) || isScalar(before))) {
    const spliced = source.slice(0, beforeRange[0]) + rewritten.slice(afterRange[0], afterRange[1]) + source.slice(beforeRange[1]);
    // The splice is kept only when it reads back as the edited document; otherwise the
    // library's whole text (comments and order kept, spacing its own) is the safe answer.
    try {
      if (JSON.stringify(parsed(spliced).toJS()) === expected) return spliced;
    } catch (error) {
      if (!(error instanceof YamlEditRefused)) throw error;
    }
  }
  return rewritten;
}

export function editYaml(original: string, edits: readonly YamlEdit[]): string {
  return edits.reduce(editYamlText, normaliseText(original));
}
