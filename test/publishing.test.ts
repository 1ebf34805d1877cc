/**
 * What a user or a security team reads before trusting the action, checked against what the
 * repository actually does: the Node it runs and is tested on, the license, the Marketplace
 * metadata, what SECURITY.md says the action can do in an account, and the README sections that
 * point at these files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MODES } from '../src/constants.js';
import { ROOT } from './helpers/run-dist.js';

const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(text('package.json')) as {
  license: string;
  author: string;
  description: string;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const action = parse(text('action.yml')) as { name: string; description: string; author: string; runs: { using: string }; inputs: Record<string, { description: string }> };

describe('Node: one major for the runner, CI, a newcomer and the npm scripts', () => {
  const major = text('.node-version').trim();

  it('.node-version, action.yml’s runtime and the `node` devDependency name the same major', () => {
    expect(major).toMatch(/^\d+$/);
    expect(action.runs.using).toBe(`node${major}`);
    expect(pkg.devDependencies['node']).toMatch(new RegExp(`^\\^${major}\\.`));
  });

  it('npm scripts run that Node, whatever Node runs npm (the `node` devDependency comes first on their PATH)', () => {
    const r = spawnSync('npm', ['exec', '--offline', '--', 'node', '-p', 'process.versions.node'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('.')[0]).toBe(major);
  });

  it('lets the `node` package run its install script, which brings that Node (npm is moving to blocking unreviewed ones)', () => {
    expect(pkg.allowScripts?.['node']).toBe(true);
  });
});

/**
 * The AWS SDK credential providers that make an AWS call of their own. A provider imported from
 * @aws-sdk/credential-providers that is not here shows as `unknown:<name>`, which SECURITY.md
 * cannot list: add what it calls.
 */
const PROVIDER_CALLS: Record<string, string> = { fromTemporaryCredentials: 'sts:AssumeRole' };

/**
 * The source files the action runs: src/index.ts and every file it imports, statically or
 * dynamically, as ncc follows them into the bundle (type-only imports bring no code). Code in src/
 * that nothing reaches yet, such as an adapter not wired into a run, is not in the bundle.
 */
function reachableSources(entry = 'src/index.ts'): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = text(file);
    const specifiers = [
      ...[...source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'(\.{1,2}\/[^']+)'/gm)].filter((m) => !m[1]).map((m) => m[2]!),
      ...[...source.matchAll(/import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)].map((m) => m[1]!),
    ];
    for (const spec of specifiers) queue.push(join(dirname(file), spec).replace(/\.js$/, '.ts'));
  }
  return [...seen].sort();
}

/** `service:Action` for every AWS call the action can make: the SDK commands its code imports, and the credential providers that call AWS. */
function awsCallsInSource(): string[] {
  const calls = new Set<string>();
  const names = (list: string) => list.split(',').map((n) => n.trim().replace(/^type\s+/, '')).filter(Boolean);
  for (const file of reachableSources()) {
    const source = text(file);
    for (const [, list, service] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-([a-z0-9-]+)'/g)) {
      for (const name of names(list!)) {
        const command = /^(\w+)Command$/.exec(name)?.[1];
        if (command) calls.add(`${service}:${command}`);
      }
    }
    // Statically (`import { … } from`) or on first use (`const { … } = await import(…)`).
    for (const [, list, dynamicList] of source.matchAll(/(?:import\s*\{([^}]*)\}\s*from|const\s*\{([^}]*)\}\s*=\s*await\s+import\()\s*'@aws-sdk\/credential-providers'/g)) {
      for (const name of names(list ?? dynamicList!)) calls.add(PROVIDER_CALLS[name] ?? `unknown:${name}`);
    }
  }
  return [...calls].sort();
}

describe('SECURITY.md', () => {
  const security = text('SECURITY.md');

  it('says how to report a vulnerability privately', () => {
    expect(security).toContain('## Reporting a vulnerability');
    expect(security).toContain('Report a vulnerability');
    expect(security).toMatch(/Do not open a public issue/);
  });

  it('the files it scans for AWS calls are the ones the bundle holds (each module ncc names in dist/ is among them)', () => {
    const reachable = new Set(reachableSources());
    const named = new Set<string>();
    for (const file of readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'))) {
      for (const [, path] of text(join('dist', file)).matchAll(/CONCATENATED MODULE: \.\/lib\/(\S+)\.js/g)) named.add(`src/${path}.ts`);
    }
    expect(named.size).toBeGreaterThan(10);
    for (const file of named) expect(reachable.has(file), file).toBe(true);
    expect(reachable.has('src/aws/iot/reject-certificate-transfer.ts')).toBe(true);
  });

  it('lists exactly the AWS calls the code can make', () => {
    const table = security.slice(security.indexOf('## What the action can and cannot do'));
    const listed = [...new Set([...table.matchAll(/`([a-z0-9-]+:[A-Za-z]+)`/g)].map((m) => m[1]!))].sort();
    const inSource = awsCallsInSource();
    expect(inSource.length).toBeGreaterThan(0);
    expect(listed).toEqual(inSource);
  });

  it('is right that it can only list, reject and decline (and assume roles to reach accounts): no call accepts or changes anything else', () => {
    for (const call of awsCallsInSource()) expect(call === 'sts:AssumeRole' || /^[a-z0-9-]+:(List|Describe|Get|Reject|Decline)[A-Z]/.test(call), call).toBe(true);
    expect(security).toContain('It **never accepts** anything');
  });
});

describe('LICENSE and the Marketplace metadata', () => {
  it('LICENSE is the MIT license package.json declares, held by the author package.json and action.yml name', () => {
    const license = text('LICENSE');
    expect(pkg.license).toBe('MIT');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
    expect(license).toMatch(new RegExp(`^Copyright \\(c\\) \\d{4} ${pkg.author}$`, 'm'));
  });

  it('action.yml: a description under 125 characters (the Marketplace limit), and a real author', () => {
    expect(action.description.length).toBeLessThan(125);
    expect(action.description).not.toContain('\n');
    expect(action.author).toBe(pkg.author);
    expect(action.author).not.toBe(action.name);
  });

  it('action.yml: the mode input lists each mode on a line of its own', () => {
    const lines = action.inputs['mode']!.description.split('\n');
    for (const mode of MODES) expect(lines.filter((line) => line.startsWith(`- ${mode}: `)), mode).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('- '))).toHaveLength(MODES.length);
  });
});

describe('README sections "Versions and releases" and "Security"', () => {
  const readme = text('README.md');
  const section = (title: string) => {
    const start = readme.indexOf(`\n## ${title}\n`);
    expect(start, title).toBeGreaterThan(0);
    const end = readme.indexOf('\n## ', start + 1);
    return readme.slice(start, end < 0 ? undefined : end);
  };
  const links = (md: string) => [...md.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/.test(href));

  it('link only to files and headings that exist', () => {
    for (const title of ['Versions and releases', 'Security']) {
      const targets = links(section(title));
      expect(targets.length, title).toBeGreaterThan(0);
      for (const target of targets) {
        if (target.startsWith('#')) expect(readme.toLowerCase(), target).toContain(`\n## ${target.slice(1).replace(/-/g, ' ')}\n`);
        else expect(existsSync(join(ROOT, target)), target).toBe(true);
      }
    }
  });

  it('Versions and releases: the changelog, the release workflow, and the major tag the examples use', () => {
    const versions = section('Versions and releases');
    expect(links(versions)).toEqual(expect.arrayContaining(['CHANGELOG.md', '.github/workflows/release.yml']));
    const majors = new Set([...readme.matchAll(/uses: your-org\/inbound-guard@(v\d+)\s/g)].map((m) => m[1]!));
    expect(majors.size).toBe(1);
    expect(versions).toContain(`The major tag \`${[...majors][0]}\` moves`);
  });

  it('Versions and releases: the untagged version it names is package.json’s (so it is rewritten at the first release)', () => {
    const version = (JSON.parse(text('package.json')) as { version: string }).version;
    const untagged = /Version (\d+\.\d+\.\d+) has not been tagged/.exec(section('Versions and releases'))?.[1];
    if (untagged !== undefined) expect(untagged).toBe(version);
    else expect(version).toMatch(/^[1-9]/);
  });

  it('Security: points at SECURITY.md, and says what SECURITY.md says the action can do', () => {
    const security = section('Security');
    expect(links(security)).toEqual(expect.arrayContaining(['SECURITY.md', 'dist/licenses.txt', 'LICENSE']));
    expect(security).toContain('it can only list, reject certificate transfers and resource-share\ninvitations, and decline handshakes and security-service invitations (and assume the role you name\nto do so in other accounts); it never accepts anything');
    expect(text('SECURITY.md')).toContain('It can only **list**, **reject** certificate transfers and RAM resource-share invitations, and\n**decline** handshakes and security-service administrator invitations');
  });
});
