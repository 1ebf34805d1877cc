import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without types
import { useEsmBuilds as useEsmBuildsJs } from '../scripts/lib/bundle.js';
import { testTempDir } from './helpers/temp-dir.js';

const useEsmBuilds = useEsmBuildsJs as (libDir: string) => string[];

describe('useEsmBuilds: lib/ imports the AWS SDK clients\' ES module builds, which webpack can prune', () => {
  it('rewrites static and dynamic imports of packages with a `module` entry and no `exports` map, and nothing else', () => {
    const lib = testTempDir('inbound-guard-esm-builds-');
    mkdirSync(join(lib, 'aws'), { recursive: true });
    const source = [
      "import { IoTClient } from '@aws-sdk/client-iot';",
      "import { ListHandshakesForAccountCommand } from \"@aws-sdk/client-organizations\";",
      "const { fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');",
      // @aws-sdk/core has an `exports` map: webpack decides by its conditions, so it is left alone.
      "import { something } from '@aws-sdk/core';",
      "import { parse } from 'yaml';",
      "const text = 'see @aws-sdk/client-iot';",
      '',
    ].join('\n');
    writeFileSync(join(lib, 'aws', 'clients.js'), source);
    writeFileSync(join(lib, 'plain.js'), "import { parse } from 'yaml';\n");
    const rewritten = useEsmBuilds(lib);
    expect(rewritten.sort()).toEqual(['@aws-sdk/client-iot', '@aws-sdk/client-organizations', '@aws-sdk/credential-providers']);
    expect(readFileSync(join(lib, 'aws', 'clients.js'), 'utf8').split('\n')).toEqual([
      "import { IoTClient } from '@aws-sdk/client-iot/dist-es/index.js';",
      'import { ListHandshakesForAccountCommand } from "@aws-sdk/client-organizations/dist-es/index.js";',
      "const { fromTemporaryCredentials } = await import('@aws-sdk/credential-providers/dist-es/index.js');",
      "import { something } from '@aws-sdk/core';",
      "import { parse } from 'yaml';",
      "const text = 'see @aws-sdk/client-iot';",
      '',
    ]);
    expect(readFileSync(join(lib, 'plain.js'), 'utf8')).toBe("import { parse } from 'yaml';\n");
  });
});
