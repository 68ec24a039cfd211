/**
 * npm run pin:hash -- <PIN>
 * Prints the line to paste into media/kiosk.yaml (under staff: or docent:), so the PIN itself
 * never sits in a content file.
 */
import { createHash } from 'node:crypto';

const pin = process.argv[2] ?? '';
if (!/^\d{4,8}$/.test(pin)) {
  console.error('Usage: npm run pin:hash -- <PIN>   (4 to 8 digits, e.g. npm run pin:hash -- 4711)');
  process.exit(2);
}
console.log(`pinSha256: ${createHash('sha256').update(pin).digest('hex')}`);
console.log('Paste this line under "staff:" or "docent:" in media/kiosk.yaml, then run npm run media:check.');
