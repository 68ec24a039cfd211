/**
 * The pairing agent's decisions, as a pure state machine: a docent asks for a kiosk, the kiosk
 * shows a code, the docent types it; only then does the docent get the right to command that
 * kiosk, and only until the kiosk says the pairing is over. Five wrong codes cancel the code
 * (10,000 codes are too few to leave open to guessing).
 */
import type { PairingGrant } from './brokerAcl.ts';
import type { KioskPairingMessage, PairingOffer, PairingRequest, PairingResult } from './galleryTopics.ts';

export const WRONG_CODES_ALLOWED = 5;

export interface PairingEffects {
  readonly toKiosk: readonly { readonly kiosk: string; readonly message: KioskPairingMessage }[];
  readonly toDocent: readonly { readonly docent: string; readonly result: PairingResult }[];
  /** The grants changed: the ACL must be written and the broker told. */
  readonly grantsChanged: boolean;
}

const NOTHING: PairingEffects = { toKiosk: [], toDocent: [], grantsChanged: false };

export class PairingRules {
  private readonly offers = new Map<string, PairingOffer>();
  private readonly wrongCodes = new Map<string, number>();
  private grantList: PairingGrant[];

  constructor(grants: readonly PairingGrant[]) {
    this.grantList = [...grants];
  }

  get grants(): readonly PairingGrant[] {
    return this.grantList;
  }

  /** A kiosk's offer: its code and whom it is paired with. A kiosk paired with nobody revokes every grant on it. */
  offer(kiosk: string, offer: PairingOffer): PairingEffects {
    this.offers.set(kiosk, offer);
    if (offer.code === null) this.wrongCodes.delete(kiosk);
    const kept = this.grantList.filter((grant) => grant.kiosk !== kiosk || grant.docent === offer.pairedDocent);
    if (kept.length === this.grantList.length) return NOTHING;
    this.grantList = kept;
    return { ...NOTHING, grantsChanged: true };
  }

  request(docent: string, request: PairingRequest, now: number): PairingEffects {
    const { kiosk } = request;
    const offer = this.offers.get(kiosk);
    const reply = (outcome: PairingResult['outcome'], extra: Partial<PairingEffects> = {}): PairingEffects =>
      ({ ...NOTHING, ...extra, toDocent: [{ docent, result: { kiosk, outcome } }] });
    if (!offer) return reply('kioskUnknown');
    if (offer.pairedDocent !== null && offer.pairedDocent !== docent) return reply('kioskBusy');
    if (request.code === null) return reply('codeShown', { toKiosk: [{ kiosk, message: { type: 'showCode', docent } }] });
    const expired = offer.codeExpiresAt === null || Date.parse(offer.codeExpiresAt) < now;
    if (offer.code === null || expired || offer.code !== request.code) {
      const wrong = (this.wrongCodes.get(kiosk) ?? 0) + 1;
      this.wrongCodes.set(kiosk, wrong);
      if (wrong >= WRONG_CODES_ALLOWED) {
        this.offers.set(kiosk, { ...offer, code: null, codeExpiresAt: null });
        this.wrongCodes.delete(kiosk);
      }
      return reply('wrongCode');
    }
    this.wrongCodes.delete(kiosk);
    this.offers.set(kiosk, { code: null, codeExpiresAt: null, pairedDocent: docent });
    // One kiosk per docent, one docent per kiosk.
    this.grantList = [...this.grantList.filter((grant) => grant.docent !== docent && grant.kiosk !== kiosk), { docent, kiosk }];
    return reply('paired', { toKiosk: [{ kiosk, message: { type: 'paired', docent } }], grantsChanged: true });
  }
}
