/**
 * Checks a staff or docent PIN against the SHA-256 hash kept in kiosk.yaml, so the PIN itself is
 * never in the content files. Wrong attempts slow down: after three, each further try waits twice
 * as long as the last (up to five minutes), which makes guessing at a kiosk pointless.
 */
const FREE_ATTEMPTS = 3;
const FIRST_DELAY_SECONDS = 5;
const MAX_DELAY_SECONDS = 300;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type PinResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly retryAfterSeconds: number };

export class PinGate {
  private failures = 0;
  private lockedUntil = 0;

  constructor(private readonly expectedSha256: string) {}

  /** Seconds until another attempt is accepted (0: now). */
  get waitSeconds(): number {
    return Math.max(0, Math.ceil((this.lockedUntil - Date.now()) / 1000));
  }

  async check(pin: string): Promise<PinResult> {
    if (this.waitSeconds > 0) return { ok: false, retryAfterSeconds: this.waitSeconds };
    if ((await sha256Hex(pin)) === this.expectedSha256.toLowerCase()) {
      this.failures = 0;
      return { ok: true };
    }
    this.failures += 1;
    const delay = this.failures <= FREE_ATTEMPTS ? 0 : Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (this.failures - FREE_ATTEMPTS - 1));
    this.lockedUntil = Date.now() + delay * 1000;
    return { ok: false, retryAfterSeconds: delay };
  }
}
