/**
 * Counts kept on the kiosk itself (IndexedDB), per day: visits, events and panels opened,
 * narrations started and finished, languages chosen. Nothing that could identify a person:
 * no times finer than a day, no sequences, no identifiers. Staff export them as CSV.
 */
export type StatisticMetric =
  | 'visit'
  | 'event-opened'
  | 'panel-opened'
  | 'narration-started'
  | 'narration-finished'
  | 'language-chosen';

interface CounterRecord {
  readonly key: string;
  readonly day: string;
  readonly metric: StatisticMetric;
  readonly item: string;
  count: number;
}

const DATABASE_NAME = 'culture-corridor-statistics';
const STORE = 'counters';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export class VisitorStatistics {
  private database: Promise<IDBDatabase> | null = null;
  /** Writes run one after another so that two increments of one counter never race. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly onFailure: (message: string) => void) {}

  record(metric: StatisticMetric, item = ''): void {
    this.queue = this.queue
      .then(() => this.increment(metric, item))
      .catch((error: unknown) => this.onFailure(`a visitor statistic could not be saved (${error instanceof Error ? error.message : String(error)})`));
  }

  /** All counters as CSV: day, metric, item, count; sorted. */
  async exportCsv(): Promise<string> {
    await this.queue;
    const database = await this.open();
    const records = await requestResult(database.transaction(STORE, 'readonly').objectStore(STORE).getAll() as IDBRequest<CounterRecord[]>);
    records.sort((a, b) => a.day.localeCompare(b.day) || a.metric.localeCompare(b.metric) || a.item.localeCompare(b.item));
    return ['day,metric,item,count', ...records.map((record) => [record.day, record.metric, record.item, record.count].map(csvField).join(','))].join('\n') + '\n';
  }

  /** Visits begun today, for the kiosk's health report. */
  async visitsToday(): Promise<number> {
    await this.queue;
    const database = await this.open();
    const record = await requestResult(database.transaction(STORE, 'readonly').objectStore(STORE).get(`${today()}|visit|`) as IDBRequest<CounterRecord | undefined>);
    return record?.count ?? 0;
  }

  /** Hands the CSV to the browser as a download named after today's date. */
  async downloadCsv(): Promise<void> {
    const url = URL.createObjectURL(new Blob([await this.exportCsv()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `culture-corridor-statistics-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    // The download has started by then; the object URL only holds memory.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async increment(metric: StatisticMetric, item: string): Promise<void> {
    const database = await this.open();
    const day = today();
    const key = `${day}|${metric}|${item}`;
    const transaction = database.transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    const existing = await requestResult(store.get(key) as IDBRequest<CounterRecord | undefined>);
    store.put(existing ? { ...existing, count: existing.count + 1 } : { key, day, metric, item, count: 1 });
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    });
  }

  private open(): Promise<IDBDatabase> {
    this.database ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(DATABASE_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    return this.database;
  }
}
