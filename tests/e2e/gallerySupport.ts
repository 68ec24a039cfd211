/**
 * The gallery network for the end-to-end tests: the built kiosk behind the shipped nginx config,
 * whose /mqtt reaches a real Mosquitto run from the shipped broker config with the shipped
 * accounts tool and pairing agent. Kiosk pages get their account as the launcher gives it (the
 * same browser storage the diagnostics' set-up form writes).
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import mqtt, { type MqttClient } from 'mqtt';
import { CREDENTIALS_STORAGE_KEY, type GalleryCredentials } from '../../src/gallery/galleryCredentials.ts';
import { serveBuild, type RunningServer } from '../support/staticServer.ts';
import { startTestBroker, type TestBroker } from '../support/testBroker.ts';
import { TEST_PORTS } from '../support/testPorts.ts';

export const GALLERY_URL = `http://127.0.0.1:${TEST_PORTS.gallery}`;
export const BROKER_WS_THROUGH_NGINX = `ws://127.0.0.1:${TEST_PORTS.gallery}/mqtt`;

export const SIMULATED_KIOSKS = Array.from({ length: 20 }, (_, index) => `kiosk-sim${String(index + 1).padStart(2, '0')}`);

export const ACCOUNTS: Readonly<Record<string, string>> = {
  'kiosk-01': 'kiosk-01-secret',
  'docent-ana': 'docent-ana-secret',
  'docent-bob': 'docent-bob-secret',
  'staff-li': 'staff-li-secret',
  ...Object.fromEntries(SIMULATED_KIOSKS.map((kiosk) => [kiosk, `${kiosk}-secret`])),
};

export interface Gallery {
  readonly broker: TestBroker;
  readonly server: RunningServer;
  close(): Promise<void>;
}

export async function startGallery(): Promise<Gallery> {
  const broker = await startTestBroker({ tcpPort: TEST_PORTS.brokerMqtt, wsPort: TEST_PORTS.brokerWebSocket, accounts: ACCOUNTS });
  const server = await serveBuild(resolve(import.meta.dirname, '../../dist'), TEST_PORTS.gallery, 'nginx', { brokerPort: TEST_PORTS.brokerWebSocket });
  return {
    broker,
    server,
    close: async () => {
      await server.close();
      await broker.close();
    },
  };
}

/** Opens the kiosk set up as the launcher sets one up: its broker account is in its browser profile. */
export async function openKiosk(page: Page, query = ''): Promise<void> {
  const credentials: GalleryCredentials = { account: 'kiosk-01', password: ACCOUNTS['kiosk-01']!, place: '二层东侧' };
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [CREDENTIALS_STORAGE_KEY, JSON.stringify(credentials)] as const);
  await page.goto(`${GALLERY_URL}/${query}`);
  await page.waitForFunction(() => window.kiosk !== undefined);
  await page.evaluate(() => window.kiosk!.ready);
}

/** The docent's tablet, signed in, in its own browser (a tablet is another device). */
export async function openTablet(browser: Browser, account = 'docent-ana'): Promise<{ tablet: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true, locale: 'zh-CN' });
  const tablet = await context.newPage();
  await tablet.goto(`${GALLERY_URL}/docent/`);
  await tablet.getByLabel('账号').fill(account);
  await tablet.getByLabel('密码').fill(ACCOUNTS[account]!);
  await tablet.getByRole('button', { name: '登录' }).click();
  return { tablet, context };
}

/** A client straight to the broker through nginx, as a tablet or another kiosk would connect. */
export function brokerClient(account: string | undefined, password: string | undefined, will?: { topic: string; payload: string }): Promise<MqttClient> {
  return mqtt.connectAsync(BROKER_WS_THROUGH_NGINX, {
    username: account, password, reconnectPeriod: 0, protocolVersion: 5, connectTimeout: 5000,
    ...(will ? { will: { ...will, qos: 1, retain: true } } : {}),
  });
}
