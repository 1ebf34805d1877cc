/**
 * The README's first section stays true: its two commands do not install twice, and what it says
 * about Node.js matches package.json, package-lock.json and action.yml. Its table of rate-limited
 * APIs (the names the rate-limits input takes) is the quota table of src/aws/quotas.ts. The
 * emulator's README says what the organization demo's shipped policy does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QUOTAS, quotaApiNames, quotaKeysNamed } from '../src/aws/quotas.js';
import { DEFAULT_HANDSHAKE_TYPES } from '../src/policy/defaults.js';
import { parsePolicy } from '../src/policy/parse-policy.js';

const readme = readFileSync('README.md', 'utf8');
const tryIt = /## Try it: two commands\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }> };
/** The page the Try it section sends readers to for the full list of packages `npm ci` warns about. */
const NODE_VERSIONS = 'docs/node-versions.md';

type Version = [number, number, number];

/** Whether `version` satisfies an npm `engines` range: `>=22`, `^20.19.0 || >=22.12.0`, `20 || >=22`, `>= 20`, `*`. */
function satisfies(version: Version, range: string): boolean {
  const cmp = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const parseVersion = (text: string): { v: Version; parts: number } => {
    const parts = text.replace(/^v/, '').split('.').filter((p) => p !== '' && p !== 'x' && p !== '*');
    return { v: [Number(parts[0] ?? 0), Number(parts[1] ?? 0), Number(parts[2] ?? 0)], parts: parts.length };
  };
  const comparator = (token: string): boolean => {
    const m = /^(>=|<=|>|<|\^|~|=)?\s*(.*)$/.exec(token);
    const op = m?.[1] ?? '';
    const { v, parts } = parseVersion(m?.[2] ?? '');
    if (parts === 0) return true;
    const c = cmp(version, v);
    switch (op) {
      case '>=': return c >= 0;
      case '>': return c > 0;
      case '<=': return c <= 0;
      case '<': return c < 0;
      case '^': return c >= 0 && version[0] === v[0];
      case '~': return c >= 0 && version[0] === v[0] && (parts < 2 || version[1] === v[1]);
      default: return parts === 1 ? version[0] === v[0] : parts === 2 ? version[0] === v[0] && version[1] === v[1] : c === 0;
    }
  };
  return range.split('||').some((alternative) => alternative.trim().replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1').split(/\s+/).filter(Boolean).every(comparator));
}

describe('README: Try it', () => {
  it('installs once: npm ci appears in one of the two commands only', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(tryIt)?.[1] ?? '';
    const commands = block.split('\n').filter((l) => l.trim() !== '');
    expect(commands).toHaveLength(2);
    expect(commands.filter((l) => l.includes('npm ci'))).toHaveLength(1);
  });

  it('names the Node 24 the scripts run on, which is the node dev dependency and the action’s runtime', () => {
    const major = /(\d+)/.exec(pkg.devDependencies['node'] ?? '')?.[1];
    const action = parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string } };
    expect(action.runs.using).toBe(`node${major}`);
    expect(tryIt).toContain(`Node ${major}`);
    expect(tryIt).toContain(`runs.using: node${major}`);
  });

  it('names every installed package that warns on the oldest Node the README allows, with the Node it wants: the runtime ones itself, all of them in docs/node-versions.md', () => {
    const oldest = Number(/(\d+)/.exec(pkg.engines.node)?.[1]);
    expect(tryIt).toContain(`Node.js (${oldest} or later)`);
    expect(tryIt).toContain(`(${NODE_VERSIONS})`);
    const page = readFileSync(NODE_VERSIONS, 'utf8');
    expect(page).toContain(`Node.js (${oldest} or later)`);
    // The newest release of that major: a package that refuses even this warns on every such Node.
    const newestOfOldest: Version = [oldest, 999, 999];
    const refusing = Object.entries(lock.packages)
      .map(([path, entry]) => [path.split('node_modules/').pop() ?? path, entry.engines, entry.dev === true] as const)
      .filter(([, engines]) => engines !== undefined && !Array.isArray(engines) && typeof engines.node === 'string' && !satisfies(newestOfOldest, engines.node))
      .map(([name, engines, dev]) => [name, (engines as { node: string }).node, dev] as const);
    expect(refusing.length).toBeGreaterThan(0);
    expect(refusing.some(([, , dev]) => !dev)).toBe(true);
    for (const [name, range, dev] of refusing) {
      const wants = `Node ≥ ${/(\d+)/.exec(range)?.[1]}`;
      for (const [where, text] of [[NODE_VERSIONS, page], ...(dev ? [] : [['README', tryIt]])] as const) {
        expect(text, `${where}: ${name} wants Node ${range}`).toContain(`\`${name}\``);
        expect(text, `${where}: ${name} wants Node ${range}`).toContain(wants);
      }
    }
  });

  it.each<[string, Version, boolean]>([
    ['>=22', [20, 20, 2], false],
    ['>=22', [22, 0, 0], true],
    ['^20.19.0 || >=22.12.0', [20, 20, 2], true],
    ['^20.19.0 || >=22.12.0', [22, 1, 0], false],
    ['20 || >=22', [21, 0, 0], false],
    ['>= 20', [20, 0, 0], true],
    ['^20.0.0 || ^22.0.0 || >=24.0.0', [23, 0, 0], false],
  ])('engines range %s admits %j: %s', (range, version, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });
});

describe('README: Rate limits', () => {
  const section = /### Rate limits\n([\s\S]*?)\n### /.exec(readme)?.[1] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));

  it('its table names exactly the APIs of the quota table, each with the quota the table gives it', () => {
    expect(rows.length).toBeGreaterThan(0);
    const named: string[] = [];
    for (const row of rows) {
      const [apis = '', , quota = ''] = row.split('|').slice(1).map((cell) => cell.trim());
      const [, tps, burst] = /(\d+), burst (\d+)/.exec(quota) ?? [];
      for (const [, api = ''] of apis.matchAll(/`([^`]+)`/g)) {
        named.push(api);
        for (const key of quotaKeysNamed(api)) expect(QUOTAS[key], `${api}: ${quota}`).toMatchObject({ tps: Number(tps), burst: Number(burst) });
      }
    }
    expect(named.sort()).toEqual(quotaApiNames().sort());
  });
});

describe('README: The policy file says outright that iot and organizations govern when absent', () => {
  const section = /\n## The policy file\n([\s\S]*?)\n```yaml/.exec(readme)?.[1]?.replace(/\s+/g, ' ') ?? '';
  const policyOf = (text: string) => {
    const result = parsePolicy(text, 'p.yml');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.policy;
  };

  it('an iot-only policy governs the handshake types the README names, with no allow entry', () => {
    const policy = policyOf('version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n');
    expect(section).toContain(`\`handshake-types: [${DEFAULT_HANDSHAKE_TYPES.join(', ')}]\``);
    expect(section).toContain('a policy that names only `iot` declines');
    expect(policy.organizations).toEqual({ handshakeTypes: DEFAULT_HANDSHAKE_TYPES, allow: [] });
  });

  it.each([
    ['organizations: { handshake-types: [] }', (p: ReturnType<typeof policyOf>) => expect(p.organizations.handshakeTypes).toEqual([])],
    ['iot: { regions: [] }', (p: ReturnType<typeof policyOf>) => expect(p.iot.regions).toEqual([])],
  ])('the way it gives to leave a family alone, `%s`, is valid and does that', (snippet, check) => {
    expect(section).toContain(`\`${snippet}\``);
    check(policyOf(`version: 1\n${snippet}\n`));
  });
});

describe('test/emulator/README.md: the organization demo', () => {
  // The demo runs the shipped organization-policy.yml, whose exclude keeps it green: the README must
  // say what that run shows for the accounts it excludes, not what a run without the exclude shows.
  it('says what the shipped organization-policy.yml does with the accounts it excludes', () => {
    const policy = parse(readFileSync('test/emulator/scenarios/organization-policy.yml', 'utf8')) as { targets: { exclude?: string[] } };
    const excluded = policy.targets.exclude ?? [];
    expect(excluded.length).toBeGreaterThan(0);
    const section = /## Guarding an organization[^\n]*\n([\s\S]*?)\n## /.exec(readFileSync('test/emulator/README.md', 'utf8'))?.[1] ?? '';
    const prose = section.split('\n').filter((line) => !line.startsWith('|')).join(' ');
    for (const id of excluded) {
      expect(prose).toContain(`excludes ${id} (\`targets.exclude\`)`);
      // The job summary's words for it (src/targets/resolve-targets.ts).
      expect(prose).toContain(`${id} ("excluded by targets.exclude")`);
      // Reported as not read only by a run without the exclude, and said so.
      for (const at of [...prose.matchAll(new RegExp(`${id} reported as a target whose role could not be assumed`, 'g'))].map((m) => m.index)) {
        expect(prose.slice(Math.max(0, at - 40), at)).toMatch(/Remove the exclude to see $/);
      }
    }
  });
});
