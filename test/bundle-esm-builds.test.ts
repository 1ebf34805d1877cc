import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without types
import { useEsmBuilds as useEsmBuildsJs } from '../scripts/lib/bundle.js';
import { testTempDir } from './helpers/temp-dir.js';

const useEsmBuilds = useEsmBuildsJs as (libDir: string) => { packages: string[]; restore: () => void };

describe('useEsmBuilds: lib/ imports the AWS SDK clients\' ES module builds, which webpack can prune', () => {
  const source = [
    "import { IoTClient } from '@aws-sdk/client-iot';",
    'import { ListHandshakesForAccountCommand } from "@aws-sdk/client-organizations";',
    "const { fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');",
    "export { ListRegionsCommand } from '@aws-sdk/client-account';",
    "import '@aws-sdk/client-ram';",
    'import { RejectInvitationCommand,',
    "  DetectiveClient } from '@aws-sdk/client-detective';",
    // @aws-sdk/core has an `exports` map: webpack decides by its conditions. The credential chain
    // has a `module` entry, but the clients' builds import it and ncc resolves it to CommonJS:
    // rewritten, it would be bundled twice.
    "import { something } from '@aws-sdk/core';",
    "import { defaultProvider } from '@aws-sdk/credential-provider-node';",
    "import { parse } from 'yaml';",
    "const text = 'see @aws-sdk/client-iot';",
    '',
  ].join('\n');

  it('rewrites static, dynamic, re-exporting and bare imports of the clients and credential-providers, and nothing else; restore puts lib/ back', () => {
    const lib = testTempDir('inbound-guard-esm-builds-');
    mkdirSync(join(lib, 'aws'), { recursive: true });
    writeFileSync(join(lib, 'aws', 'clients.js'), source);
    writeFileSync(join(lib, 'plain.js'), "import { parse } from 'yaml';\n");
    const { packages, restore } = useEsmBuilds(lib);
    expect(packages.sort()).toEqual(['@aws-sdk/client-account', '@aws-sdk/client-detective', '@aws-sdk/client-iot', '@aws-sdk/client-organizations', '@aws-sdk/client-ram', '@aws-sdk/credential-providers']);
    expect(readFileSync(join(lib, 'aws', 'clients.js'), 'utf8').split('\n')).toEqual([
      "import { IoTClient } from '@aws-sdk/client-iot/dist-es/index.js';",
      'import { ListHandshakesForAccountCommand } from "@aws-sdk/client-organizations/dist-es/index.js";',
      "const { fromTemporaryCredentials } = await import('@aws-sdk/credential-providers/dist-es/index.js');",
      "export { ListRegionsCommand } from '@aws-sdk/client-account/dist-es/index.js';",
      "import '@aws-sdk/client-ram/dist-es/index.js';",
      'import { RejectInvitationCommand,',
      "  DetectiveClient } from '@aws-sdk/client-detective/dist-es/index.js';",
      "import { something } from '@aws-sdk/core';",
      "import { defaultProvider } from '@aws-sdk/credential-provider-node';",
      "import { parse } from 'yaml';",
      "const text = 'see @aws-sdk/client-iot';",
      '',
    ]);
    expect(readFileSync(join(lib, 'plain.js'), 'utf8')).toBe("import { parse } from 'yaml';\n");
    // Run again, it changes nothing more.
    expect(useEsmBuilds(lib).packages).toEqual([]);
    restore();
    expect(readFileSync(join(lib, 'aws', 'clients.js'), 'utf8')).toBe(source);
  });
});
