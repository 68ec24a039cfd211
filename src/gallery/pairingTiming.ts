/**
 * How long a paired tablet counts as present, apart from the link itself: the composition root
 * reads it at start, and the link (with the MQTT client behind it) loads only on a kiosk that has
 * a broker account.
 */

export interface PairingTiming {
  /** A tablet not heard from (not even its heartbeat) for this long is gone. */
  readonly tabletGoneSeconds: number;
  /** A tablet that sent no command for this long has been forgotten. */
  readonly silenceSeconds: number;
  /** How long the pairing code shows. */
  readonly codeSeconds: number;
}

export const DEFAULT_PAIRING_TIMING: PairingTiming = { tabletGoneSeconds: 120, silenceSeconds: 30 * 60, codeSeconds: 60 };

/** `?tabletGoneSeconds=…&silenceSeconds=…&codeSeconds=…`: shorter timeouts for tests (read only with `?debug=1`). */
export function pairingTimingFrom(parameters: URLSearchParams): Partial<PairingTiming> {
  const timing: { -readonly [Key in keyof PairingTiming]?: number } = {};
  for (const key of ['tabletGoneSeconds', 'silenceSeconds', 'codeSeconds'] as const) {
    const value = Number(parameters.get(key));
    if (parameters.has(key) && Number.isFinite(value) && value > 0) timing[key] = value;
  }
  return timing;
}
