/** One thing wrong with the content, written for the staff member who will fix it. */
export interface ContentProblem {
  readonly severity: 'error' | 'warning';
  /** Path from the project root, e.g. `media/timeline/party/1921-cpc-founded/event.yaml`. */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the whole file or folder. */
  readonly line: number;
  /** What is wrong, in plain words. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** `file:line: what is wrong. Fix: how to fix it` (the form editors and CI logs link to). */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.severity}: ${problem.message}. Fix: ${problem.fix}`;
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message),
  );
}
