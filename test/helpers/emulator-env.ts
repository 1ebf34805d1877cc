import { afterAll, afterEach } from 'vitest';
import { startEmulator, type EmulatorHandle, type Scenario } from '../emulator/index.ts';

/** The sample scenario the demo runs, and the account it acts as. */
export const SAMPLE_SCENARIO = 'test/emulator/scenarios/sample.yml';
export const SAMPLE_ACCOUNT = '210987654321';

/**
 * For in-process wire tests: start(...) runs an emulator and points this process's environment at
 * it exactly as configure-aws-credentials would (AWS_* only; no shared config files), so code that
 * builds its clients from the default chain reaches it. Each test's emulator is closed after it, and
 * the original environment is restored after the file.
 */
export function useEmulatorEnvironment(): {
  start(options?: { scenario?: Scenario | string; account?: string; credentials?: boolean }): Promise<EmulatorHandle>;
} {
  const savedEnv = { ...process.env };
  let emulator: EmulatorHandle | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });
  afterAll(() => {
    process.env = savedEnv;
  });
  return {
    async start({ scenario = SAMPLE_SCENARIO, account = SAMPLE_ACCOUNT, credentials = true } = {}) {
      await emulator?.close();
      emulator = await startEmulator({ scenario });
      for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
      const env = emulator.env(account);
      if (!credentials) {
        delete env['AWS_ACCESS_KEY_ID'];
        delete env['AWS_SECRET_ACCESS_KEY'];
      }
      Object.assign(process.env, env, { AWS_CONFIG_FILE: '/nonexistent/inbound-guard-test', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/inbound-guard-test' });
      return emulator;
    },
  };
}
