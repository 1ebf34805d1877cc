/**
 * npm run emulator -- [--scenario FILE] [--port N] [--account ID] [--region R] [--seed N] [--quiet]
 * Starts the emulator, prints the endpoint and the environment to export, logs each call to
 * stderr, and runs until Ctrl-C.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator } from './index.ts';
import type { CallRecord } from './types.ts';

const USAGE = `usage: npm run emulator -- [--scenario FILE] [--port N] [--account ID] [--region R] [--seed N] [--quiet]
  --scenario  .yml/.yaml/.json scenario (default: test/emulator/scenarios/sample.yml)
  --port      port on 127.0.0.1 (default 4566; 0 picks a free one)
  --account   account the printed credentials act as (default: the scenario's defaultAccount)
  --region    AWS_REGION to print (default: the scenario's defaultRegion)
  --seed      overrides the scenario's seed
  --quiet     do not log calls`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      port: { type: 'string' },
      account: { type: 'string' },
      region: { type: 'string' },
      seed: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const scenario = values.scenario ?? fileURLToPath(new URL('./scenarios/sample.yml', import.meta.url));
  const port = integerOption(values.port, '--port', 4566);
  const seed = values.seed === undefined ? undefined : integerOption(values.seed, '--seed', 1);
  const emulator = await startEmulator({
    scenario,
    port,
    ...(seed === undefined ? {} : { seed }),
    ...(values.quiet ? {} : { onCall: logCall }),
  });
  const account = values.account ?? emulator.defaultAccount;
  console.log(`AWS emulator (IoT, Organizations, STS, Account) listening on ${emulator.url}`);
  console.log(`scenario: ${scenario}`);
  if (account) {
    const env = { ...emulator.env(account), ...(values.region ? { AWS_REGION: values.region } : {}) };
    console.log(`\n# acting as account ${account}; paste into a shell:`);
    for (const [key, value] of Object.entries(env)) console.log(`export ${key}='${value}'`);
    console.log('unset AWS_SESSION_TOKEN AWS_PROFILE');
  } else {
    console.log('\n(no --account and no defaultAccount in the scenario: no credentials printed)');
  }
  console.log('\nCtrl-C to stop.');
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function integerOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: expected a non-negative integer, got "${value}"`);
  return n;
}

function logCall(c: CallRecord): void {
  const outcome = c.errorType ? `${c.status} ${c.errorType}` : String(c.status);
  const extra = [c.fault && `fault=${c.fault}`, c.race && `race=${c.race}`].filter(Boolean).join(' ');
  process.stderr.write(`#${c.seq} ${c.service} ${c.operation} account=${c.account || '-'} region=${c.region || '-'} -> ${outcome}${extra ? ` ${extra}` : ''}\n`);
}

main().catch((error: unknown) => {
  console.error(`emulator: ${(error as Error).message}`);
  process.exit(1);
});
