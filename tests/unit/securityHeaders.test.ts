import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/tools/contentSecurityPolicy.ts';

const nginxHeaders = readFileSync(resolve(import.meta.dirname, '../../deploy/nginx/security-headers.conf'), 'utf8');

describe('the security headers nginx sends', () => {
  it('are the ones the tests run under', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(nginxHeaders).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it('allow nothing from another origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
  });
});
