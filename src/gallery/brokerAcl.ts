/**
 * The broker's ACL file, written from the accounts in its password file and the pairings the
 * pairing agent has granted. Mosquitto denies whatever the file does not allow, so each account
 * gets exactly its role's topics: a kiosk writes only its own reports and reads only its own
 * commands; a docent writes commands only to the kiosk it paired with; staff read everything.
 */
import { roleOfAccount, TOPIC_ROOT, topics, WILDCARD_TOPICS } from './galleryTopics.ts';

/** A docent allowed to command one kiosk, for as long as the pairing lasts. */
export interface PairingGrant {
  readonly docent: string;
  readonly kiosk: string;
}

function kioskRules(kiosk: string): string[] {
  return [
    `topic write ${topics.status(kiosk)}`,
    `topic write ${topics.tour(kiosk)}`,
    `topic write ${topics.log(kiosk)}`,
    `topic write ${topics.statistics(kiosk)}`,
    `topic write ${topics.pairingOffer(kiosk)}`,
    `topic read ${topics.staffCommands(kiosk, '+')}`,
    `topic read ${topics.docentCommands(kiosk)}`,
    `topic read ${topics.pairingForKiosk(kiosk)}`,
  ];
}

function docentRules(docent: string, grants: readonly PairingGrant[]): string[] {
  return [
    `topic read ${WILDCARD_TOPICS.statuses}`,
    `topic read ${WILDCARD_TOPICS.tours}`,
    `topic write ${topics.pairingRequest(docent)}`,
    `topic read ${topics.pairingResult(docent)}`,
    ...grants.filter((grant) => grant.docent === docent).map((grant) => `topic write ${topics.docentCommands(grant.kiosk)}`),
  ];
}

function staffRules(staff: string): string[] {
  return [`topic read ${TOPIC_ROOT}/#`, `topic write ${topics.staffCommands('+', staff)}`];
}

function agentRules(): string[] {
  return [
    `topic read ${WILDCARD_TOPICS.offers}`,
    `topic read ${WILDCARD_TOPICS.requests}`,
    `topic write ${topics.pairingResult('+')}`,
    `topic write ${topics.pairingForKiosk('+')}`,
  ];
}

/** Account names the ACL cannot place (no known prefix): they get no access, and are listed so IT can see why. */
export function unknownAccounts(accounts: readonly string[]): string[] {
  return accounts.filter((account) => roleOfAccount(account) === null);
}

export function brokerAcl(accounts: readonly string[], grants: readonly PairingGrant[]): string {
  const sections = [...new Set(accounts)].sort().flatMap((account) => {
    const role = roleOfAccount(account);
    if (role === null) return [];
    const rules = role === 'kiosk' ? kioskRules(account)
      : role === 'docent' ? docentRules(account, grants)
        : role === 'staff' ? staffRules(account)
          : agentRules();
    return [`# ${role}`, `user ${account}`, ...rules, ''];
  });
  return [
    '# Written by the broker tools (src/tools/brokerAccounts.ts, src/tools/pairingAgent.ts): edit the accounts, not this file.',
    '# Anything not allowed here is denied; anonymous clients are refused by mosquitto.conf.',
    '',
    ...sections,
  ].join('\n');
}

/** The account names in a mosquitto password file (`name:hash` per line). */
export function accountsInPasswordFile(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).map((line) => line.split(':')[0] ?? '').filter(Boolean);
}
