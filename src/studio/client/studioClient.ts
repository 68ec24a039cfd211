/** The studio page's side of /studio/api/: typed answers, and refusals as errors the page can show. */
import type { StaffLanguage } from '../../contentModel/contentProblem.ts';

export type Texts = Readonly<Record<string, string>>;

export interface ListedItem {
  readonly kind: 'event' | 'panel' | 'tour';
  readonly id: string;
  readonly parent: string | null;
  readonly file: string;
  readonly key: string;
  readonly files: readonly string[];
  readonly title: Texts;
  readonly date: string | null;
  readonly order: number | null;
  readonly notes: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  readonly unsaved: boolean;
}

export interface StudioState {
  readonly staffLanguage: StaffLanguage;
  readonly languages: readonly string[];
  readonly authoredLanguages: readonly string[];
  readonly tracks: readonly { readonly id: string; readonly title: Texts }[];
  readonly groups: readonly { readonly id: string; readonly title: Texts }[];
  readonly sources: readonly { readonly key: string; readonly text: Texts }[];
  readonly items: readonly ListedItem[];
  readonly errors: number;
  readonly warnings: number;
}

export interface ShownProblem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly text: Readonly<Record<StaffLanguage, string>>;
}

export interface HistoryLine {
  readonly id: number;
  readonly time: string;
  readonly action: string;
  readonly files: readonly string[];
}

export interface ItemDetails {
  readonly item: ListedItem;
  readonly text: string | null;
  readonly version: string;
  readonly unsaved: boolean;
  /** The yaml as data; null while the file is not valid YAML. */
  readonly value: Record<string, unknown> | null;
  readonly problems: readonly ShownProblem[];
  readonly history: readonly HistoryLine[];
  readonly references: readonly { readonly file: string; readonly kind: string }[];
  readonly recordings: Readonly<Record<string, string | null>>;
  readonly captions: Readonly<Record<string, string | null>>;
}

export type YamlPath = readonly (string | number)[];
export type FormEdit =
  | { readonly op: 'set'; readonly path: YamlPath; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: YamlPath }
  | { readonly op: 'move'; readonly path: YamlPath; readonly from: number; readonly to: number };

export class StudioRefusal extends Error {
  constructor(readonly status: number, message: string, readonly body: Readonly<Record<string, unknown>>) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new StudioRefusal(response.status, typeof body.error === 'string' ? body.error : response.statusText, body);
  return body as T;
}

export function getJson<T>(path: string, query: Readonly<Record<string, string>> = {}): Promise<T> {
  return fetch(`/studio/api/${path}?${new URLSearchParams(query).toString()}`).then((response) => answer<T>(response));
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return fetch(`/studio/api/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((response) => answer<T>(response));
}

export function upload<T>(query: Readonly<Record<string, string>>, file: File): Promise<T> {
  return fetch(`/studio/api/upload?${new URLSearchParams(query).toString()}`, {
    method: 'POST',
    headers: { 'X-File-Name': encodeURIComponent(file.name) },
    body: file,
  }).then((response) => answer<T>(response));
}

export function mediaUrl(kind: 'raw' | 'picture', file: string, version: string | number = ''): string {
  return `/studio/api/${kind}?${new URLSearchParams({ file, v: String(version) }).toString()}`;
}
