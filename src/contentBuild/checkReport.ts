/**
 * What one part of the content check found: its value, its problems, and the files it claims.
 * A file is claimed when the part reads it or has reported why it is not used, so that "unused
 * file" can be worked out once, at the end, as every file nobody claimed.
 */
import type { ContentProblem, StaffText } from '../contentModel/contentProblem.ts';
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import type { MediaSource, ValidateMediaOptions } from './contentCheckTypes.ts';

export interface CheckResult<T> {
  readonly value: T;
  readonly problems: readonly ContentProblem[];
  readonly claimedFiles: ReadonlySet<string>;
  /** Claimed files the kiosk will load (pictures, recordings, captions). */
  readonly referencedFiles: ReadonlySet<string>;
}

/** What every part of the check reads from. */
export interface CheckContext {
  readonly source: MediaSource;
  readonly options: ValidateMediaOptions;
  /** Every content file, sorted, without the litter operating systems leave behind. */
  readonly files: readonly string[];
  readonly fileSet: ReadonlySet<string>;
  /** The visitor languages of kiosk.yaml (or the fallback while it is broken). */
  readonly languages: readonly LanguageCode[];
}

export class CheckReport {
  private readonly problems: ContentProblem[] = [];
  private readonly claimed = new Set<string>();
  private readonly referenced = new Set<string>();

  constructor(private readonly displayRoot: string) {}

  error(file: string, line: number, message: StaffText, fix: StaffText): void {
    this.problems.push({ severity: 'error', file: this.where(file), line, message, fix });
  }

  warning(file: string, line: number, message: StaffText, fix: StaffText): void {
    this.problems.push({ severity: 'warning', file: this.where(file), line, message, fix });
  }

  claim(...files: readonly string[]): void {
    for (const file of files) this.claimed.add(file);
  }

  /** Claims a file the kiosk will load. */
  reference(file: string): void {
    this.claim(file);
    this.referenced.add(file);
  }

  /** Takes in what another part found and hands back its value. */
  absorb<T>(result: CheckResult<T>): T {
    this.problems.push(...result.problems);
    for (const file of result.claimedFiles) this.claimed.add(file);
    for (const file of result.referencedFiles) this.referenced.add(file);
    return result.value;
  }

  /** A fresh report for a part of this one, to absorb when it is done. */
  part(): CheckReport {
    return new CheckReport(this.displayRoot);
  }

  result<T>(value: T): CheckResult<T> {
    return { value, problems: [...this.problems], claimedFiles: new Set(this.claimed), referencedFiles: new Set(this.referenced) };
  }

  private where(file: string): string {
    return file === '' ? this.displayRoot : `${this.displayRoot}/${file}`;
  }
}
