/**
 * How far a dry-run, enforce, merge or plan run that stopped on an error had got. Apart from
 * run/stopped.ts and run-modes.ts, which build it, so that main.ts can tell it without loading the
 * run report (validate never does).
 */

/**
 * How far a run that stopped had got, as far as it is known: what the step's job summary and its
 * alert issue say besides the error (report/run-error.ts stoppedProgress). A dry-run or enforce run
 * (SweepStoppedAt) from its sweep on; a merge (MergeStoppedAt) once it has its merged report; a
 * plan (PlanStoppedAt) from its sweep on (github/plan-mode.ts).
 */
export type StoppedAt = SweepStoppedAt | MergeStoppedAt | PlanStoppedAt;

/** How far a run that stopped had got with its report. */
interface ReportProgress {
  /** The run had its report: it stopped while publishing it (the log's Decisions, the JSON report, the outputs, the summary). */
  readonly reporting: boolean;
  /** Whether the JSON report was written (its path is the `report-file` output). */
  readonly reportWritten: boolean;
  /** Whether the count outputs (`acted`, …) were set from the report (StepOutputs.countsFromReport); else they are 0. */
  readonly countsFromReport: boolean;
}

/** A dry-run or enforce run that stopped after its sweep began. */
export interface SweepStoppedAt extends ReportProgress {
  readonly mode: 'dry-run' | 'enforce';
  /** What the act stage had logged by then (RunLogger.acted). */
  readonly act: ActTally;
}

/**
 * A merge that stopped while publishing the merged report. It writes nothing to AWS: `merged`, the
 * shards' mode, says whether they may have (their jobs' logs list their writes).
 */
export interface MergeStoppedAt extends ReportProgress {
  readonly mode: 'merge';
  readonly reporting: true;
  readonly merged: 'dry-run' | 'enforce';
}

/**
 * A plan that stopped after it read its policies: while sweeping or deciding, or while reporting
 * (the log's Plan group, the JSON report and the count outputs, the job summary, the PR comment).
 * A plan writes nothing to AWS.
 */
export interface PlanStoppedAt extends ReportProgress {
  readonly mode: 'plan';
}

/** The act stage's events as the run logger saw them (report/log.ts). */
export interface ActTally {
  /** Enforce: the budget tripped, so nothing was to be written. */
  readonly tripped: boolean;
  /** Writes sent to AWS whose result was logged. */
  readonly attempted: number;
  /** Of those, the ones that succeeded (rejected or declined: what the `acted` output counts). */
  readonly made: number;
}

/**
 * The error a dry-run, enforce, merge or plan run stopped on, with how far it had got: main.ts tells its job
 * summary and its alert issue from it (a custom class because main.ts branches on it).
 */
export class RunStoppedError extends Error {
  readonly at: StoppedAt;

  constructor(message: string, at: StoppedAt, options: { readonly cause: unknown }) {
    super(message, options);
    this.at = at;
  }
}
