/**
 * The plan's warning of parts not read names a whole account not read by why: its role not assumed
 * (AssumeRole refused), or its role answered as another account (the identity check, an sts error
 * without AWS's error name: answeredAsAnother).
 */
import { expect, it } from 'vitest';
import { errorBanner } from '../src/plan/render-banners.js';
import { RenderContext } from '../src/plan/render-context.js';

const refused = { service: 'sts' as const, account: '400000000015', code: 'AccessDenied', message: 'could not assume arn:aws:iam::400000000015:role/inbound-guard: AccessDenied: …' };
const elsewhere = { service: 'sts' as const, account: '400000000016', message: 'role arn:aws:iam::400000000016:role/inbound-guard answered as account 999999999999, not 400000000016; nothing was read with it' };

it('a full comment names each account with its cause', () => {
  const rows = errorBanner([refused, elsewhere], new RenderContext(60_000, {}), false);
  expect(rows.find((r) => r.includes('400000000015'))).toMatch(/^> - account <code>400000000015<\/code> \(its role not assumed\): could not assume /);
  expect(rows.find((r) => r.includes('400000000016'))).toMatch(/^> - account <code>400000000016<\/code> \(its role answered as another account\): /);
});
