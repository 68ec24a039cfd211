/**
 * The broker's folder on the kiosk server (deploy/mosquitto/culture-corridor.conf points at it):
 * `passwords` (mosquitto_passwd), `acl` (written from the accounts and the pairings), `grants.json`
 * (the pairings the agent holds now), `pairing-agent.secret` and `mosquitto.pid`. One module reads
 * and writes them for both the accounts tool and the pairing agent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountsInPasswordFile, brokerAcl, type PairingGrant } from '../gallery/brokerAcl.ts';

export const DEFAULT_BROKER_DIRECTORY = '/etc/mosquitto/culture-corridor';

export const brokerPaths = (directory: string) => ({
  passwords: join(directory, 'passwords'),
  acl: join(directory, 'acl'),
  grants: join(directory, 'grants.json'),
  agentSecret: join(directory, 'pairing-agent.secret'),
  pid: join(directory, 'mosquitto.pid'),
});

export function readAccounts(directory: string): string[] {
  const { passwords } = brokerPaths(directory);
  return existsSync(passwords) ? accountsInPasswordFile(readFileSync(passwords, 'utf8')) : [];
}

export function readGrants(directory: string): PairingGrant[] {
  const { grants } = brokerPaths(directory);
  if (!existsSync(grants)) return [];
  const parsed: unknown = JSON.parse(readFileSync(grants, 'utf8'));
  return Array.isArray(parsed) ? parsed.filter((grant): grant is PairingGrant =>
    typeof grant === 'object' && grant !== null && typeof (grant as PairingGrant).docent === 'string' && typeof (grant as PairingGrant).kiosk === 'string') : [];
}

/** Written beside and renamed over, so mosquitto never reads half a file. */
function writeAtomically(path: string, text: string, mode = 0o640): void {
  writeFileSync(`${path}.new`, text, { encoding: 'utf8', mode });
  renameSync(`${path}.new`, path);
}

/** Writes the ACL for the accounts and `grants`, and keeps the grants beside it. */
export function writeAcl(directory: string, grants: readonly PairingGrant[]): void {
  const paths = brokerPaths(directory);
  writeAtomically(paths.grants, `${JSON.stringify(grants, null, 2)}\n`);
  writeAtomically(paths.acl, brokerAcl(readAccounts(directory), grants));
}

/**
 * Mosquitto reads its password and ACL files again on SIGHUP. Returns false when no broker runs
 * (no pid file, or a stale one): the files are still right for its next start.
 */
export function reloadBroker(directory: string): boolean {
  const { pid } = brokerPaths(directory);
  if (!existsSync(pid)) return false;
  const processId = Number(readFileSync(pid, 'utf8').trim());
  if (!Number.isInteger(processId) || processId <= 0) return false;
  try {
    process.kill(processId, 'SIGHUP');
    return true;
  } catch {
    return false;
  }
}

/** Runs mosquitto_passwd (Debian's mosquitto package); throws with its own words if it fails. */
export function mosquittoPasswd(args: readonly string[]): void {
  const result = spawnSync('mosquitto_passwd', args, { encoding: 'utf8' });
  if (result.error) throw new Error(`mosquitto_passwd could not run (${result.error.message}): install Debian's mosquitto package`);
  if (result.status !== 0) throw new Error(`mosquitto_passwd ${args[0] ?? ''} failed: ${(result.stderr || result.stdout).trim()}`);
}
