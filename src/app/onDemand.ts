/**
 * A part of the kiosk fetched the first time it is needed (its own chunk in the offline copy):
 * fetched once, and, when it cannot be, asked for again at the next need, with a message for
 * staff (the unhandled rejection reaches the staff log) saying which part and what to do.
 */
export interface OnDemandOptions {
  /** What the kiosk does without the part, said after the cause. */
  readonly consequence?: string;
  /** Undoes what waited for the part (queued calls), so that none is carried out later. */
  readonly onFailure?: () => void;
}

/** `build` makes the part from its fetched module, once; only the fetch is retried. */
export function onDemand<Module, Part>(what: string, fetchModule: () => Promise<Module>, build: (module: Module) => Part, options: OnDemandOptions = {}): () => Promise<Part> {
  let loading: Promise<Part> | null = null;
  return () => {
    loading ??= fetchModule().then(build, (error: unknown) => {
      loading = null;
      options.onFailure?.();
      const cause = error instanceof Error ? error.message : String(error);
      const consequence = options.consequence ? `; ${options.consequence}` : '';
      throw new Error(`${what} (its chunk in assets/) could not be loaded: ${cause}${consequence}. Fix: reload the kiosk; if it persists, publish it again (npm run publish:kiosk).`);
    });
    return loading;
  };
}
