/**
 * `npm run broker:agent`: the pairing agent, a small service beside the broker on the kiosk
 * server (deploy/mosquitto/culture-corridor-pairing.service). It alone turns "this docent typed
 * the code this kiosk shows" into an ACL line letting that docent command that kiosk, and takes
 * the line away when the kiosk says the pairing is over. Decisions: src/gallery/pairingRules.ts.
 *
 *   --dir D      the broker's folder (BROKER_DIR; default /etc/mosquitto/culture-corridor)
 *   --url U      the broker (default mqtt://127.0.0.1:1883)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mqtt from 'mqtt';
import { ACCOUNT_PREFIXES, accountInTopic, parseMessage, topics, WILDCARD_TOPICS, type PairingOffer, type PairingRequest } from '../gallery/galleryTopics.ts';
import { PairingRules, type PairingEffects } from '../gallery/pairingRules.ts';
import { brokerPaths, DEFAULT_BROKER_DIRECTORY, reloadBroker, writeAcl } from './brokerFiles.ts';

/** Mosquitto reads its files again on the next turn of its loop after SIGHUP; the grant is told only after that. */
const BROKER_RELOAD_MILLISECONDS = 300;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function asOffer(value: Record<string, unknown>): PairingOffer {
  const text = (key: string): string | null => (typeof value[key] === 'string' ? value[key] : null);
  return { code: text('code'), codeExpiresAt: text('codeExpiresAt'), pairedDocent: text('pairedDocent') };
}

function asRequest(value: Record<string, unknown>): PairingRequest | null {
  if (typeof value.kiosk !== 'string') return null;
  return { kiosk: value.kiosk, code: typeof value.code === 'string' ? value.code : null };
}

export async function runPairingAgent(directory: string, url: string): Promise<() => Promise<void>> {
  const password = readFileSync(brokerPaths(directory).agentSecret, 'utf8').trim();
  // A fresh start holds no pairing: kiosks that were paired say so again in their offers.
  const rules = new PairingRules([]);
  writeAcl(directory, rules.grants);
  reloadBroker(directory);
  const client = await mqtt.connectAsync(url, { username: ACCOUNT_PREFIXES.agent, password, clientId: `pairing-agent-${process.pid}`, reconnectPeriod: 2000 });
  const log = (message: string): void => console.log(`${new Date().toISOString()} ${message}`);

  const carryOut = async (effects: PairingEffects): Promise<void> => {
    if (effects.grantsChanged) {
      writeAcl(directory, rules.grants);
      if (reloadBroker(directory)) await new Promise((done) => setTimeout(done, BROKER_RELOAD_MILLISECONDS));
      log(`grants: ${rules.grants.map((grant) => `${grant.docent} -> ${grant.kiosk}`).join(', ') || 'none'}`);
    }
    for (const { kiosk, message } of effects.toKiosk) await client.publishAsync(topics.pairingForKiosk(kiosk), JSON.stringify(message), { qos: 1 });
    for (const { docent, result } of effects.toDocent) await client.publishAsync(topics.pairingResult(docent), JSON.stringify(result), { qos: 1 });
  };

  // One message at a time: a grant is written and the broker reloaded before the next request is judged.
  let queue = Promise.resolve();
  client.on('message', (topic, payload) => {
    const value = parseMessage(payload);
    if (!value) return;
    queue = queue.then(async () => {
      if (topic.startsWith(WILDCARD_TOPICS.offers.replace('+', ''))) {
        const kiosk = accountInTopic(topic);
        if (kiosk) await carryOut(rules.offer(kiosk, asOffer(value)));
      } else {
        const docent = accountInTopic(topic);
        const request = asRequest(value);
        if (docent && request) {
          log(`${docent} asks for ${request.kiosk}${request.code === null ? ' (show the code)' : ' with a code'}`);
          await carryOut(rules.request(docent, request, Date.now()));
        }
      }
    }).catch((error: unknown) => log(`could not carry out a pairing step: ${error instanceof Error ? error.message : String(error)}`));
  });
  await client.subscribeAsync([WILDCARD_TOPICS.offers, WILDCARD_TOPICS.requests], { qos: 1 });
  log(`pairing agent ready on ${url}, folder ${directory}`);
  return async () => {
    await client.endAsync();
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const directory = argument('--dir') ?? process.env.BROKER_DIR ?? DEFAULT_BROKER_DIRECTORY;
  const url = argument('--url') ?? 'mqtt://127.0.0.1:1883';
  runPairingAgent(directory, url).then((stop) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop().then(() => process.exit(0)));
  }, (error: unknown) => {
    console.error(`The pairing agent could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
