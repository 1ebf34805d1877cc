import { describe, expect, it } from 'vitest';
import { resolveRegions } from '../src/run/resolve-regions.js';
import { parsePolicy } from '../src/policy/parse-policy.js';

describe('resolveRegions: the regions input, else the policy (whose default is all)', () => {
  it.each([
    { case: 'input list wins over a policy list', input: ['ap-south-1'], policy: ['us-east-1', 'eu-west-1'], expected: ['ap-south-1'] },
    { case: 'input list wins over policy all', input: ['ap-south-1', 'eu-north-1'], policy: 'all' as const, expected: ['ap-south-1', 'eu-north-1'] },
    { case: 'input all wins over a policy list', input: 'all' as const, policy: ['us-east-1'], expected: 'all' },
    { case: 'the policy list without input', input: undefined, policy: ['us-east-1', 'eu-west-1'], expected: ['us-east-1', 'eu-west-1'] },
    { case: 'an explicit empty policy list stays empty (IoT not swept)', input: undefined, policy: [], expected: [] },
    { case: 'policy all without input', input: undefined, policy: 'all' as const, expected: 'all' },
  ])('$case', ({ input, policy, expected }) => {
    expect(resolveRegions(input, policy)).toEqual(expected);
  });

  it('a policy that says nothing about regions sweeps every enabled region: no blind spot by omission', () => {
    const parsed = parsePolicy('version: 1\niot:\n  allow: []\n', 'p.yml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.policy.iot.regions).toBe('all');
    expect(resolveRegions(undefined, parsed.policy.iot.regions)).toBe('all');
    const noIot = parsePolicy('version: 1\n', 'p.yml');
    if (!noIot.ok) throw new Error(JSON.stringify(noIot.issues));
    expect(noIot.policy.iot.regions).toBe('all');
  });
});
