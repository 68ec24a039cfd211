/**
 * The gallery network's pure rules: who the ACL lets do what, how a pairing is granted and taken
 * back, the one-word verdict, and the kiosk's pairing actions.
 */
import { describe, expect, it } from 'vitest';
import { brokerAcl, accountsInPasswordFile } from '../../src/gallery/brokerAcl.ts';
import { accountInTopic, roleOfAccount, topics } from '../../src/gallery/galleryTopics.ts';
import { kioskVerdict } from '../../src/gallery/kioskVerdict.ts';
import { PairingRules, WRONG_CODES_ALLOWED } from '../../src/gallery/pairingRules.ts';
import { localTime, staffText } from '../../src/i18n/staffText.ts';

const aclSection = (acl: string, account: string): string[] => {
  const lines = acl.split('\n');
  const start = lines.indexOf(`user ${account}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line === '');
  return lines.slice(start + 1, end);
};

describe('the broker ACL', () => {
  const acl = brokerAcl(['kiosk-01', 'kiosk-02', 'docent-ana', 'docent-bob', 'staff-li', 'pairing-agent', 'Guest'], [{ docent: 'docent-ana', kiosk: 'kiosk-02' }]);

  it('lets a kiosk write only its own reports and read only its own commands', () => {
    const kiosk = aclSection(acl, 'kiosk-01');
    expect(kiosk).toContain(`topic write ${topics.status('kiosk-01')}`);
    expect(kiosk).toContain(`topic read ${topics.docentCommands('kiosk-01')}`);
    expect(kiosk.join('\n')).not.toMatch(/kiosk-02|#|\+\/status/);
  });

  it('lets a docent command only the kiosk it paired with', () => {
    expect(aclSection(acl, 'docent-ana')).toContain(`topic write ${topics.docentCommands('kiosk-02')}`);
    expect(aclSection(acl, 'docent-ana').filter((line) => line.startsWith('topic write corridor/kiosks/'))).toHaveLength(1);
    expect(aclSection(acl, 'docent-bob').filter((line) => line.startsWith('topic write corridor/kiosks/'))).toEqual([]);
  });

  it('lets staff read everything and command under their own name; an unknown name gets nothing', () => {
    expect(aclSection(acl, 'staff-li')).toEqual(['topic read corridor/#', 'topic write corridor/kiosks/+/commands/staff-li']);
    expect(aclSection(acl, 'Guest')).toEqual([]);
    expect(roleOfAccount('kiosk-')).toBeNull();
  });

  it('reads the account names of a mosquitto password file', () => {
    expect(accountsInPasswordFile('kiosk-01:$7$101$abc\n\n# note\nstaff-li:$7$101$def\n')).toEqual(['kiosk-01', 'staff-li']);
  });

  it('finds the account a topic names', () => {
    expect(accountInTopic(topics.status('kiosk-07'))).toBe('kiosk-07');
    expect(accountInTopic(topics.pairingRequest('docent-ana'))).toBe('docent-ana');
    expect(accountInTopic('elsewhere/kiosks/kiosk-07/status')).toBeNull();
  });
});

describe('pairing', () => {
  const now = Date.parse('2026-12-02T10:00:00Z');
  const offerWithCode = { code: '4821', codeExpiresAt: '2026-12-02T10:01:00Z', pairedDocent: null };

  it('shows the code on request, grants on the right code, and takes the grant back when the kiosk unpairs', () => {
    const rules = new PairingRules([]);
    rules.offer('kiosk-01', { code: null, codeExpiresAt: null, pairedDocent: null });
    expect(rules.request('docent-ana', { kiosk: 'kiosk-01', code: null }, now).toKiosk).toEqual([{ kiosk: 'kiosk-01', message: { type: 'showCode', docent: 'docent-ana' } }]);
    rules.offer('kiosk-01', offerWithCode);
    const paired = rules.request('docent-ana', { kiosk: 'kiosk-01', code: '4821' }, now);
    expect(paired.toDocent[0]?.result.outcome).toBe('paired');
    expect(paired.grantsChanged).toBe(true);
    expect(rules.grants).toEqual([{ docent: 'docent-ana', kiosk: 'kiosk-01' }]);
    expect(rules.offer('kiosk-01', { code: null, codeExpiresAt: null, pairedDocent: null }).grantsChanged).toBe(true);
    expect(rules.grants).toEqual([]);
  });

  it('refuses a wrong or expired code, and cancels the code after too many wrong ones', () => {
    const rules = new PairingRules([]);
    rules.offer('kiosk-01', offerWithCode);
    expect(rules.request('docent-bob', { kiosk: 'kiosk-01', code: '4821' }, now + 61_000).toDocent[0]?.result.outcome).toBe('wrongCode');
    for (let attempt = 1; attempt < WRONG_CODES_ALLOWED; attempt += 1) rules.request('docent-bob', { kiosk: 'kiosk-01', code: '0000' }, now);
    expect(rules.request('docent-bob', { kiosk: 'kiosk-01', code: '4821' }, now).toDocent[0]?.result.outcome).toBe('wrongCode');
    expect(rules.grants).toEqual([]);
  });

  it('tells a second docent the kiosk is busy, and an unknown kiosk is named as such', () => {
    const rules = new PairingRules([]);
    rules.offer('kiosk-01', { ...offerWithCode, pairedDocent: 'docent-ana' });
    expect(rules.request('docent-bob', { kiosk: 'kiosk-01', code: null }, now).toDocent[0]?.result.outcome).toBe('kioskBusy');
    expect(rules.request('docent-bob', { kiosk: 'kiosk-09', code: null }, now).toDocent[0]?.result.outcome).toBe('kioskUnknown');
  });
});

describe('the verdict', () => {
  const healthy = { offline: { ready: true, persisted: true, problem: null }, framesPerSecond: 60, graphicsLost: false, errorsLogged: 0, pageVisible: true };

  it('is ok, attention or fault, with the reason in both staff languages', () => {
    expect(kioskVerdict(healthy)).toEqual({ verdict: 'ok', reason: { 'zh-Hans': '', en: '' } });
    expect(kioskVerdict({ ...healthy, offline: { ready: true, persisted: false, problem: null }, errorsLogged: 2 })).toEqual({
      verdict: 'attention', reason: { 'zh-Hans': '浏览器可能清除离线副本（存储未锁定）；记录了 2 个问题', en: 'the browser may evict the offline copy (storage not persistent); 2 problems logged' },
    });
    expect(kioskVerdict({ ...healthy, graphicsLost: true, offline: null }).verdict).toBe('fault');
    expect(kioskVerdict({ ...healthy, framesPerSecond: 0 }).verdict).toBe('fault');
    // A hidden page draws nothing, and that is no fault.
    expect(kioskVerdict({ ...healthy, framesPerSecond: 0, pageVisible: false }).verdict).toBe('ok');
  });
});

describe('staff words and times', () => {
  it('fills placeholders and falls back to Chinese for an unknown staff language', () => {
    expect(staffText('en', 'framesPerSecond', { fps: 58 })).toBe('58 fps');
    expect(staffText('fr', 'framesPerSecond', { fps: 58 })).toBe('每秒 58 帧');
  });

  it('shows times as local clock times, never as ISO strings', () => {
    const local = new Date(2026, 11, 2, 9, 5, 7);
    expect(localTime(local.toISOString())).toBe('2026-12-02 09:05:07');
    expect(localTime('not a time')).toBeNull();
  });
});
