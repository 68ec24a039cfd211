/**
 * `npm run broker:accounts -- <command>`: the gallery broker's accounts, for IT.
 *
 *   init                     the folder, the pairing agent's account and the ACL
 *   add <name> [--password P]  a kiosk (kiosk-…), docent (docent-…) or staff (staff-…) account;
 *                            without --password one is made and printed once
 *   remove <name>            revokes the account (the broker refuses it from then on)
 *   list                     the accounts and their roles
 *
 * `--dir D` (or BROKER_DIR) is the broker's folder, default /etc/mosquitto/culture-corridor.
 * Every change rewrites the ACL and tells a running broker to read its files again.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unknownAccounts } from '../gallery/brokerAcl.ts';
import { ACCOUNT_PREFIXES, roleOfAccount } from '../gallery/galleryTopics.ts';
import { brokerPaths, DEFAULT_BROKER_DIRECTORY, mosquittoPasswd, readAccounts, readGrants, reloadBroker, writeAcl } from './brokerFiles.ts';

/** 18 random bytes: 24 characters a person can copy from a screen without ambiguity about case. */
export function newPassword(): string {
  return randomBytes(18).toString('base64url');
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  args.splice(index, 2);
  return value;
}

function addAccount(directory: string, name: string, password: string): void {
  const { passwords } = brokerPaths(directory);
  mosquittoPasswd(existsSync(passwords) ? ['-b', passwords, name, password] : ['-b', '-c', passwords, name, password]);
  chmodSync(passwords, 0o640);
}

export function initBroker(directory: string): string {
  mkdirSync(directory, { recursive: true });
  const { agentSecret } = brokerPaths(directory);
  const password = newPassword();
  addAccount(directory, ACCOUNT_PREFIXES.agent, password);
  writeFileSync(agentSecret, `${password}\n`, { mode: 0o600 });
  writeAcl(directory, readGrants(directory));
  return password;
}

export function addBrokerAccount(directory: string, name: string, password: string): void {
  if (roleOfAccount(name) === null || roleOfAccount(name) === 'agent') {
    throw new Error(`"${name}" is not a kiosk, docent or staff name: start it with kiosk-, docent- or staff- (lower-case letters, digits and -), e.g. kiosk-01`);
  }
  if (!existsSync(brokerPaths(directory).agentSecret)) throw new Error(`${directory} is not set up yet: run "npm run broker:accounts -- init" first`);
  addAccount(directory, name, password);
  writeAcl(directory, readGrants(directory));
}

export function removeBrokerAccount(directory: string, name: string): void {
  if (!readAccounts(directory).includes(name)) throw new Error(`No account "${name}" (npm run broker:accounts -- list shows them)`);
  mosquittoPasswd(['-D', brokerPaths(directory).passwords, name]);
  writeAcl(directory, readGrants(directory).filter((grant) => grant.docent !== name && grant.kiosk !== name));
}

function main(argv: string[]): void {
  const args = [...argv];
  const directory = option(args, '--dir') ?? process.env.BROKER_DIR ?? DEFAULT_BROKER_DIRECTORY;
  const password = option(args, '--password');
  const [command, name] = args;
  switch (command) {
    case 'init':
      initBroker(directory);
      console.log(`Broker folder ready: ${directory} (the pairing agent's password is in ${brokerPaths(directory).agentSecret})`);
      break;
    case 'add': {
      if (!name) throw new Error('Which account? e.g. npm run broker:accounts -- add kiosk-01');
      const chosen = password ?? newPassword();
      addBrokerAccount(directory, name, chosen);
      console.log(`Account ${name} (${roleOfAccount(name) ?? ''}) added.`);
      if (!password) console.log(`Password (shown once, type it into the ${roleOfAccount(name) === 'kiosk' ? "kiosk's diagnostics" : 'sign-in page'}): ${chosen}`);
      break;
    }
    case 'remove':
      if (!name) throw new Error('Which account? e.g. npm run broker:accounts -- remove kiosk-01');
      removeBrokerAccount(directory, name);
      console.log(`Account ${name} removed: the broker refuses it from now on.`);
      break;
    case 'list': {
      const accounts = readAccounts(directory);
      for (const account of accounts) console.log(`${account}\t${roleOfAccount(account) ?? 'unknown: no access'}`);
      if (unknownAccounts(accounts).length > 0) console.log('Accounts marked unknown get no access: rename them with a kiosk-, docent- or staff- prefix.');
      return;
    }
    default:
      throw new Error('Commands: init, add <name> [--password P], remove <name>, list (and --dir <broker folder>)');
  }
  console.log(reloadBroker(directory) ? 'The broker has read its files again.' : 'No broker is running from this folder: it reads the files when it starts.');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
