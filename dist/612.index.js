export const id = 612;
export const ids = [612];
export const modules = {

/***/ 6043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ patternCovers),
/* harmony export */   QP: () => (/* binding */ matchesEmailPattern),
/* harmony export */   lo: () => (/* binding */ foldAsciiCase)
/* harmony export */ });
/**
 * Case-insensitive glob match of a management email against a policy pattern.
 *
 * `*` matches any run of characters, including none; every other character is literal (no
 * regular expression is ever built from the pattern, so `.`, `+`, `?`, `(` mean themselves).
 *
 * Case folding is ASCII-only on purpose: the email is written by the sender, and full Unicode
 * folding would let `K` (U+212A KELVIN SIGN) pass for `k`, or `ſ` (U+017F) for `s`.
 */
function matchesEmailPattern(pattern, email) {
    return globMatch(foldAsciiCase(pattern).split('*'), foldAsciiCase(email));
}
/** Lower-cases A–Z only; every other code unit is kept as it is. */
function foldAsciiCase(text) {
    return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
/**
 * `segments` is the pattern split on `*`: the first must start the text, the last must end it,
 * the ones between must appear in order, without overlapping, in what is left. Taking the
 * leftmost occurrence of each middle segment is always right for `*`-only globs.
 */
function globMatch(segments, text) {
    const first = segments[0] ?? '';
    if (segments.length === 1)
        return text === first;
    const last = segments[segments.length - 1] ?? '';
    if (first.length + last.length > text.length)
        return false;
    if (!text.startsWith(first) || !text.endsWith(last))
        return false;
    let from = first.length;
    const end = text.length - last.length;
    for (const segment of segments.slice(1, -1)) {
        const at = text.indexOf(segment, from);
        if (at === -1 || at + segment.length > end)
            return false;
        from = at + segment.length;
    }
    return true;
}
/**
 * Whether every email `inner` matches is also matched by `outer` (case-insensitively): then a
 * change from `inner` to `outer` widens what an allow entry lets in. A `*` of `inner` stands for
 * any text, so only a `*` of `outer` can cover it; every other character must meet its equal. For
 * `*`-only globs that is exact (the plan diff calls anything else a change, never a narrowing).
 */
function patternCovers(outer, inner) {
    const o = foldAsciiCase(outer);
    const i = foldAsciiCase(inner);
    // reach[j]: outer[0..a) can produce inner[0..j). One row per character of outer.
    let reach = Array.from({ length: i.length + 1 }, (_, j) => j === 0);
    for (const ch of o) {
        const next = new Array(i.length + 1).fill(false);
        for (let j = 0; j <= i.length; j++) {
            if (ch === '*')
                next[j] = (reach[j] ?? false) || (j > 0 && (next[j - 1] ?? false));
            else
                next[j] = j > 0 && i[j - 1] !== '*' && i[j - 1] === ch && (reach[j - 1] ?? false);
        }
        reach = next;
    }
    return reach[i.length] ?? false;
}


/***/ }),

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
    /** The same, as a policy issue at the `accounts` line. */
    issue;
    constructor(policy, account, pin) {
        const what = `these AWS credentials belong to account ${account}, but accounts lets this policy govern only ${pin.ids.join(', ')}. Nothing was read or written. Check the role the workflow assumes, or add the account to accounts.`;
        super(`${policy.path}:${pin.position.line}: ${what.charAt(0).toUpperCase()}${what.slice(1)}`);
        this.name = 'AccountNotGovernedError';
        this.issue = { file: policy.path, line: pin.position.line, column: pin.position.column, key: 'accounts', message: what };
    }
}


/***/ })

};
