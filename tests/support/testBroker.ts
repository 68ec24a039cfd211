/**
 * A real Mosquitto for the gallery tests, run from the SHIPPED config (deploy/mosquitto/) with
 * only its folder and listener ports rewritten, the accounts made by the shipped accounts tool
 * (mosquitto_passwd), and the shipped pairing agent beside it. Tests stop and start it to play a
 * broker that goes away mid-tour.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addBrokerAccount, initBroker } from '../../src/tools/brokerAccounts.ts';
import { runPairingAgent } from '../../src/tools/pairingAgent.ts';
import { mosquittoBinary } from './debianPackages.ts';

const SHIPPED_CONFIG = resolve(import.meta.dirname, '../../deploy/mosquitto/culture-corridor.conf');

export interface TestBroker {
  readonly directory: string;
  readonly tcpUrl: string;
  /** Stops the broker (the pairing agent keeps trying to reconnect, as it would in the gallery). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops everything and removes the folder. */
  close(): Promise<void>;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });
}

async function waitForPort(port: number, open: boolean, process: ChildProcess | null): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if ((await portAnswers(port)) === open) return;
    if (open && process && process.exitCode !== null) throw new Error(`mosquitto exited (${process.exitCode}) before listening on ${port}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`port ${port} did not ${open ? 'open' : 'close'} within 10 s`);
}

export async function startTestBroker(options: { readonly tcpPort: number; readonly wsPort: number; readonly accounts: Readonly<Record<string, string>> }): Promise<TestBroker> {
  const directory = mkdtempSync(join(tmpdir(), 'corridor-broker-'));
  initBroker(directory);
  for (const [account, password] of Object.entries(options.accounts)) addBrokerAccount(directory, account, password);
  const config = readFileSync(SHIPPED_CONFIG, 'utf8')
    .replaceAll('/etc/mosquitto/culture-corridor', directory)
    .replace('persistence_location /var/lib/mosquitto/', `persistence_location ${directory}/`)
    .replace(/^listener 1883 /m, `listener ${options.tcpPort} `)
    .replace(/^listener 9001 /m, `listener ${options.wsPort} `);
  // As root, mosquitto would drop to the `mosquitto` user, who cannot read this temporary folder.
  const runAs = process.getuid?.() === 0 ? 'user root\n' : '';
  const configPath = join(directory, 'mosquitto.conf');
  writeFileSync(configPath, runAs + config);

  let broker: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    broker = spawn(mosquittoBinary(), ['-c', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    await waitForPort(options.wsPort, true, broker);
    await waitForPort(options.tcpPort, true, broker);
  };
  const stop = async (): Promise<void> => {
    const running = broker;
    broker = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((done) => running.once('exit', done));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  const tcpUrl = `mqtt://127.0.0.1:${options.tcpPort}`;
  const stopAgent = await runPairingAgent(directory, tcpUrl);
  return {
    directory,
    tcpUrl,
    start,
    stop,
    close: async () => {
      await stopAgent().catch(() => undefined);
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
