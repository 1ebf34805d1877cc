export const id = 202;
export const ids = [202];
export const modules = {

/***/ 4202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ assertGovernedAccount),
/* harmony export */   b: () => (/* binding */ AccountNotGovernedError)
/* harmony export */ });
/**
 * The policy's `accounts` pin, checked before anything is read: a workflow that assumed the wrong
 * role must not reject another account's transfers. Throws with where the pin is and what to do.
 */
function assertGovernedAccount(policy, account) {
    const pin = policy.accounts;
    if (pin === undefined || pin.ids.includes(account))
        return;
    throw new AccountNotGovernedError(policy, account, pin);
}
/** The credentials belong to an account the policy's `accounts` pin leaves out. Plan mode shows it on the PR. */
class AccountNotGovernedError extends Error {
    /** The credentials' account (plan mode keys its comment by it). */
    account;
    /** The same, as a policy issue at the `accounts` line. */
    issue;
    /** The same without the credentials' account id, for a public pull request (comment-detail: summary). */
    issueNamingNoAccount;
    constructor(policy, account, pin) {
        const advice = 'Nothing was read or written. Check the role the workflow assumes, or add the account to accounts.';
        const what = `these AWS credentials belong to account ${account}, but accounts lets this policy govern only ${pin.ids.join(', ')}. ${advice}`;
        super(`${policy.path}:${pin.position.line}: ${what.charAt(0).toUpperCase()}${what.slice(1)}`);
        this.name = 'AccountNotGovernedError';
        this.account = account;
        this.issue = { file: policy.path, line: pin.position.line, column: pin.position.column, key: 'accounts', message: what };
        this.issueNamingNoAccount = { ...this.issue, message: `these AWS credentials belong to an account that accounts does not list (not named here: comment-detail is summary). ${advice}` };
    }
}


/***/ })

};
