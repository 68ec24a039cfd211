/**
 * What went wrong, kept for staff: a broken recording, a caption file that would not load.
 * Visitors see a calm note on screen; staff read the details here (and in the diagnostics
 * overlay). Kept short in memory, so a kiosk running for weeks never grows it without bound.
 */
const MAX_ENTRIES = 200;

export interface StaffLogEntry {
  readonly time: string;
  readonly source: string;
  readonly message: string;
}

export class StaffLog {
  private readonly entries: StaffLogEntry[] = [];

  record(source: string, message: string): void {
    const entry = { time: new Date().toISOString(), source, message };
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.shift();
    // A warning, not an error: the kiosk handled it and keeps running on what is good.
    console.warn(`[${source}] ${message}`);
  }

  list(): readonly StaffLogEntry[] {
    return [...this.entries];
  }
}
