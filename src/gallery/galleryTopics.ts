/**
 * The gallery network's topics and messages, shared by the kiosk, the docent's tablet, the staff
 * fleet page and the pairing agent. Every topic that names an account is checked by the broker's
 * ACL (brokerAcl.ts): a client can only write under its own name, so a name in a topic is proof
 * of who wrote it.
 */
import type { LanguageCode } from '../contentModel/contentTypes.ts';

export const TOPIC_ROOT = 'corridor';

export type AccountRole = 'kiosk' | 'docent' | 'staff' | 'agent';

/** Roles are read off the account name, so the password file alone says who may do what. */
export const ACCOUNT_PREFIXES: { readonly [Role in AccountRole]: string } = {
  kiosk: 'kiosk-',
  docent: 'docent-',
  staff: 'staff-',
  agent: 'pairing-agent',
};

const ACCOUNT_NAME = /^[a-z0-9][a-z0-9-]{1,40}$/;

export function roleOfAccount(name: string): AccountRole | null {
  if (!ACCOUNT_NAME.test(name)) return null;
  if (name === ACCOUNT_PREFIXES.agent) return 'agent';
  for (const role of ['kiosk', 'docent', 'staff'] as const) {
    if (name.startsWith(ACCOUNT_PREFIXES[role]) && name.length > ACCOUNT_PREFIXES[role].length) return role;
  }
  return null;
}

export const topics = {
  /** Retained health report; the last will marks the kiosk offline. */
  status: (kiosk: string) => `${TOPIC_ROOT}/kiosks/${kiosk}/status`,
  /** Retained: the tour running and who is paired, for the docent's tablet. */
  tour: (kiosk: string) => `${TOPIC_ROOT}/kiosks/${kiosk}/tour`,
  /** Retained: the last commands the kiosk carried out, who sent them and what came of it. */
  log: (kiosk: string) => `${TOPIC_ROOT}/kiosks/${kiosk}/log`,
  /** A statistics export the staff asked for (CSV text). */
  statistics: (kiosk: string) => `${TOPIC_ROOT}/kiosks/${kiosk}/statistics`,
  /** Staff commands, one topic per sender. */
  staffCommands: (kiosk: string, staff: string) => `${TOPIC_ROOT}/kiosks/${kiosk}/commands/${staff}`,
  /** The paired docent's commands: the broker lets only that docent write here. */
  docentCommands: (kiosk: string) => `${TOPIC_ROOT}/kiosks/${kiosk}/docent`,
  /** The pairing agent tells the kiosk to show a code, and who paired. */
  pairingForKiosk: (kiosk: string) => `${TOPIC_ROOT}/kiosks/${kiosk}/pairing`,
  /** The kiosk tells the agent its code and whom it is paired with. */
  pairingOffer: (kiosk: string) => `${TOPIC_ROOT}/pairing/offers/${kiosk}`,
  /** A docent asks the agent to pair (without a code: "show me the code"). */
  pairingRequest: (docent: string) => `${TOPIC_ROOT}/pairing/requests/${docent}`,
  pairingResult: (docent: string) => `${TOPIC_ROOT}/pairing/results/${docent}`,
} as const;

export const WILDCARD_TOPICS = {
  statuses: `${TOPIC_ROOT}/kiosks/+/status`,
  tours: `${TOPIC_ROOT}/kiosks/+/tour`,
  logs: `${TOPIC_ROOT}/kiosks/+/log`,
  statistics: `${TOPIC_ROOT}/kiosks/+/statistics`,
  offers: `${TOPIC_ROOT}/pairing/offers/+`,
  requests: `${TOPIC_ROOT}/pairing/requests/+`,
} as const;

/** The account a topic made by `topics` names: `corridor/kiosks/<kiosk>/…` or `corridor/pairing/<kind>/<account>`. */
export function accountInTopic(topic: string): string | null {
  const [root, area, first, second] = topic.split('/');
  if (root !== TOPIC_ROOT) return null;
  return (area === 'kiosks' ? first : area === 'pairing' ? second : undefined) ?? null;
}

export type Verdict = 'ok' | 'attention' | 'fault';

export interface KioskStatus {
  readonly kiosk: string;
  readonly online: boolean;
  readonly place: string;
  readonly appVersion: string;
  readonly contentVersion: string;
  /** The release folder's name (deploy/publish.sh) and the ring the kiosk follows. */
  readonly release: string;
  readonly ring: string;
  readonly offline: {
    readonly ready: boolean;
    readonly filesCached: number;
    readonly filesTotal: number;
    readonly bytesCached: number;
    readonly persisted: boolean;
  } | null;
  readonly updateWaiting: boolean;
  readonly uptimeSeconds: number;
  /** ISO time of the last visit's start, or null. */
  readonly lastVisit: string | null;
  readonly visitsToday: number;
  readonly framesPerSecond: number;
  readonly gpu: { readonly drawCalls: number; readonly textures: number; readonly geometries: number; readonly programs: number };
  readonly errorsLogged: number;
  readonly verdict: Verdict;
  /** Why, in the staff's words (zh-Hans and en), or empty for ok. */
  readonly reason: { readonly 'zh-Hans': string; readonly en: string };
  readonly mode: string;
  readonly pairedDocent: string | null;
  /** ISO time of this report. */
  readonly reportedAt: string;
}

/** What a kiosk's last will says: only that it is gone. */
export interface KioskGone {
  readonly kiosk: string;
  readonly online: false;
}

export type StaffCommandName = 'reloadWhenIdle' | 'checkForUpdate' | 'exportStatistics';

export interface StaffCommand {
  readonly id: string;
  readonly command: StaffCommandName;
  readonly sentAt: string;
}

export interface CommandLogEntry {
  readonly id: string;
  readonly command: StaffCommandName;
  readonly from: string;
  readonly sentAt: string;
  readonly doneAt: string;
  readonly outcome: { readonly 'zh-Hans': string; readonly en: string };
}

export type DocentCommand =
  | { readonly type: 'heartbeat' }
  | { readonly type: 'startTour'; readonly tourId: string }
  | { readonly type: 'nextStop' }
  | { readonly type: 'previousStop' }
  | { readonly type: 'goToStop'; readonly stopIndex: number }
  | { readonly type: 'toggleNarration' }
  | { readonly type: 'setMuted'; readonly muted: boolean }
  | { readonly type: 'toggleBlank' }
  | { readonly type: 'setLanguage'; readonly language: LanguageCode }
  | { readonly type: 'endTour' }
  | { readonly type: 'unpair' };

export const DOCENT_COMMAND_TYPES: readonly DocentCommand['type'][] = [
  'heartbeat', 'startTour', 'nextStop', 'previousStop', 'goToStop', 'toggleNarration', 'setMuted', 'toggleBlank', 'setLanguage', 'endTour', 'unpair',
];

/** The kiosk's side of a tour, for the paired tablet. */
export interface TourReport {
  readonly kiosk: string;
  readonly pairedDocent: string | null;
  readonly language: LanguageCode;
  readonly tourId: string | null;
  readonly stopIndex: number;
  readonly stopCount: number;
  readonly muted: boolean;
  readonly blanked: boolean;
  readonly narrationPlaying: boolean;
  /** Why the pairing ended, when it just did ('unpaired' | 'tabletGone' | 'silence' | 'visitor'). */
  readonly endedBecause: string | null;
  readonly reportedAt: string;
}

export type KioskPairingMessage =
  | { readonly type: 'showCode'; readonly docent: string }
  | { readonly type: 'paired'; readonly docent: string };

export interface PairingOffer {
  /** The 4-digit code showing now, or null. */
  readonly code: string | null;
  readonly codeExpiresAt: string | null;
  readonly pairedDocent: string | null;
}

export interface PairingRequest {
  readonly kiosk: string;
  /** Null asks the kiosk to show its code. */
  readonly code: string | null;
}

export interface PairingResult {
  readonly kiosk: string;
  readonly outcome: 'codeShown' | 'paired' | 'wrongCode' | 'kioskBusy' | 'kioskUnknown';
}

/** JSON from the broker, or null for anything that is not an object. */
export function parseMessage(payload: Uint8Array | string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(typeof payload === 'string' ? payload : new TextDecoder().decode(payload));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
