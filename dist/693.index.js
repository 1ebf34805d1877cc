export const id = 693;
export const ids = [693];
export const modules = {

/***/ 4693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readShardReports: () => (/* binding */ readShardReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9268);



/** A shard report is a few MiB at most; a larger file in the folder is not one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/**
 * Every `*.json` under `folder` (relative to the workspace), read as a shard report. Anything that
 * is not a report of this version is an error naming the file: a merge must not guess.
 */
async function readShardReports(workspace, folder) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, folder);
    let files;
    try {
        files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(root, { recursive: true, withFileTypes: true }))
            .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
            .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.parentPath, entry.name))
            .sort();
    }
    catch (error) {
        throw new Error(`Cannot read the reports folder ${folder} (${error instanceof Error ? error.message : String(error)}); download the shard artifacts into it first.`);
    }
    const reports = [];
    for (const path of files) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path) || path;
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
        if (bytes.length > MAX_REPORT_BYTES)
            throw new Error(`${file} is larger than any shard report (${bytes.length} bytes).`);
        let value;
        try {
            value = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new Error(`${file} is not JSON, so it is not a shard report; keep only the shard reports in ${folder}.`);
        }
        reports.push({ file, report: asShardReport(value, file) });
    }
    return reports;
}
function asShardReport(value, file) {
    const report = value;
    if (typeof report !== 'object' || report === null || report.reportVersion !== _run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_VERSION */ .Aj) {
        throw new Error(`${file} is not an inbound-guard report of version ${_run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_VERSION */ .Aj} (reportVersion ${JSON.stringify(report?.reportVersion ?? null)}); all jobs must use the same release.`);
    }
    for (const key of ['accounts', 'items', 'errors', 'skippedAccounts']) {
        if (!Array.isArray(report[key]))
            throw new Error(`${file} has no ${key} list: it is not a complete report.`);
    }
    if (typeof report.policy?.digest !== 'string' || typeof report.counts !== 'object' || typeof report.budget !== 'object') {
        throw new Error(`${file} lacks its policy digest, counts or budget: it is not a complete report.`);
    }
    return report;
}


/***/ })

};
