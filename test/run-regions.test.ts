import { describe, expect, it } from 'vitest';
import { resolveRegions } from '../src/run/resolve-regions.js';

describe('resolveRegions: the regions input, else the policy, else AWS_REGION', () => {
  it.each([
    { case: 'input wins over policy and AWS_REGION', input: ['ap-south-1'], policy: ['us-east-1', 'eu-west-1'], awsRegion: 'sa-east-1', expected: ['ap-south-1'] },
    { case: 'input wins over AWS_REGION without a policy list', input: ['ap-south-1', 'eu-north-1'], policy: undefined, awsRegion: 'sa-east-1', expected: ['ap-south-1', 'eu-north-1'] },
    { case: 'policy wins over AWS_REGION', input: undefined, policy: ['us-east-1', 'eu-west-1'], awsRegion: 'sa-east-1', expected: ['us-east-1', 'eu-west-1'] },
    { case: 'AWS_REGION when neither input nor policy names any', input: undefined, policy: undefined, awsRegion: 'sa-east-1', expected: ['sa-east-1'] },
    { case: 'an explicit empty policy list stays empty (IoT not swept) even with AWS_REGION set', input: undefined, policy: [], awsRegion: 'sa-east-1', expected: [] },
    { case: 'an explicit empty policy list without AWS_REGION', input: undefined, policy: [], awsRegion: undefined, expected: [] },
  ])('$case', ({ input, policy, awsRegion, expected }) => {
    expect(resolveRegions(input, policy, awsRegion)).toEqual(expected);
  });

  it.each([
    ['all three absent', undefined],
    ['AWS_REGION empty', ''],
  ])('%s: throws, naming every way to set one', (_case, awsRegion) => {
    expect(() => resolveRegions(undefined, undefined, awsRegion)).toThrow(/No IoT region to sweep: set iot\.regions in the policy, the regions input, or AWS_REGION/);
  });

  it('returns a copy: the caller cannot change the policy or the settings through it', () => {
    const policy = ['us-east-1'];
    const regions = resolveRegions(undefined, policy, undefined);
    regions.push('eu-west-1');
    expect(policy).toEqual(['us-east-1']);
  });
});
