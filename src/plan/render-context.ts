/**
 * What one rendering of a plan is asked for (RenderOptions), its size budget (RenderContext), and
 * where the rows a cut table leaves out can be read: the comment's tables send readers to the job
 * summary, the job summary's to the JSON report or the log (summaryOmittedWhere). Pure.
 */
import { LAPSING_MARK, type SourceLinks } from '../report/describe-item.js';
import { reportFileOutput } from '../report/markdown.js';
import { Budgeter, DEFAULT_MAX_ROWS } from './comment-budget.js';
import type { PlanView } from './types.js';

export interface RenderOptions {
  /** Links to policy lines at the PR's head commit (the PR's decisions and added entries). */
  readonly headLinks?: SourceLinks | undefined;
  /** Links to policy lines at the PR's base commit (the base's decisions and removed entries). */
  readonly baseLinks?: SourceLinks | undefined;
  /** The workflow run that produced this plan. */
  readonly runUrl?: string | undefined;
  /**
   * Where the JSON report was written on the runner (the `report-file` output); set when the run
   * wrote one. The footer names the output, not this path: the runner, and the file, are gone by
   * the time anyone reads the comment.
   */
  readonly reportFile?: string | undefined;
  /** In UTF-8 bytes. Default COMMENT_MAX_LENGTH. */
  readonly maxLength?: number | undefined;
  /** Rows per table at most. Default 100. */
  readonly maxRows?: number | undefined;
  /** Where the rows left out can be read, e.g. "in the job summary of the run and the JSON report". */
  readonly omittedWhere?: string | undefined;
  /** Where the rows a cut table of items leaves out can be read; default omittedWhere (summaryOmittedWhere sets both). */
  readonly itemsOmittedWhere?: string | undefined;
  /** Where the rows the cut table of allowances lapsing soon leaves out can be read; default itemsOmittedWhere. */
  readonly lapsingOmittedWhere?: string | undefined;
  readonly lapseWindowDays?: number | undefined;
  /**
   * `full`: every pending item with its sender. `summary`: counts and the policy changes only, no
   * item, account or sender named (the `comment-detail` input; the default on public repositories).
   */
  readonly detail?: CommentDetail | undefined;
  /**
   * The account the workflow's credentials belong to (Plan.account; with `targets`, the one that
   * assumed the roles, not every account read): the comment's key (planMarker), named in its title
   * (by its tag only, under `summary`). Undefined when the run read no account.
   */
  readonly account?: string | undefined;
}

/** How much of the account a plan shows: see RenderOptions.detail. */
export type CommentDetail = 'full' | 'summary';

/**
 * Where a plan's job summary says the rows it cut can be read: the JSON report when the run has one,
 * named as the footers name it (its path is the runner's, gone when the summary is read). Without
 * it, a cut table of items sends readers to the log of the run, whose Plan group lists every item
 * with its decision under each policy (logPlan in github/plan-mode.ts, written before the summary
 * by every plan that read the account with comment-detail full: the only plans whose summary has
 * tables of items); a cut table of allowances lapsing soon names the mark that group puts on each
 * of them (LAPSING_MARK), as the alert issue's does the Decisions group's. The policy's changes and
 * entries are in no other output.
 */
export function summaryOmittedWhere(hasReport: boolean, run?: string): Pick<RenderOptions, 'omittedWhere' | 'itemsOmittedWhere' | 'lapsingOmittedWhere'> {
  if (hasReport) {
    const report = `in the JSON report${run === undefined ? '' : ` of ${run}`}, ${reportFileOutput()}`;
    return { omittedWhere: report, itemsOmittedWhere: report, lapsingOmittedWhere: report };
  }
  const log = `in the log of ${run ?? 'this run'}, whose Plan group`;
  return { omittedWhere: 'nowhere else: the list was cut', itemsOmittedWhere: `${log} lists every item`, lapsingOmittedWhere: `${log} marks each “${LAPSING_MARK} …”` };
}

/**
 * Where a plan comment's cut tables send readers when the job summary could not be written (the
 * comment's default, where(), is that summary): where the summary's own would have
 * (summaryOmittedWhere), the run named and linked, since a comment is read away from it; an invalid
 * policy's problems to the log, which annotates each at its line (annotatePolicyIssues).
 */
export function noSummaryOmittedWhere(view: PlanView['kind'], hasReport: boolean, options: RenderOptions): Pick<RenderOptions, 'omittedWhere' | 'itemsOmittedWhere' | 'lapsingOmittedWhere'> {
  const run = `the run${runAt(options)}`;
  if (view === 'invalid') return { omittedWhere: `in the log of ${run}, which annotates each problem at its line` };
  return summaryOmittedWhere(hasReport, run);
}

/** The comment's cut tables: the plan's job summary has more rows (and says where the rest are when it cuts too); the JSON report, when written. Not when the summary could not be written: noSummaryOmittedWhere. */
function where(options: RenderOptions): string {
  return options.omittedWhere ?? `in the job summary of the run${runAt(options)}${options.reportFile ? ' and in its JSON report' : ''}`;
}

/** ` (url)` of the run, when known. */
export function runAt(options: RenderOptions): string {
  return options.runUrl ? ` (${options.runUrl})` : '';
}

/** The size budget of one rendering, with the options it was asked for. */
export class RenderContext extends Budgeter {
  readonly options: RenderOptions;
  /** Where the rows a cut table of items leaves out can be read. */
  readonly itemsWhere: string;
  /** Where the rows the cut table of allowances lapsing soon leaves out can be read. */
  readonly lapsingWhere: string;

  constructor(maxLength: number, options: RenderOptions) {
    super(maxLength, options.maxRows ?? DEFAULT_MAX_ROWS, where(options));
    this.options = options;
    this.itemsWhere = options.itemsOmittedWhere ?? where(options);
    this.lapsingWhere = options.lapsingOmittedWhere ?? this.itemsWhere;
  }
}
