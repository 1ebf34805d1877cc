export const id = 954;
export const ids = [954];
export const modules = {

/***/ 8954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ allowedThrough),
/* harmony export */   I: () => (/* binding */ allowanceChain),
/* harmony export */   LD: () => (/* binding */ decide)
/* harmony export */ });
/* unused harmony exports decideItem, countByAction */
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _in_force_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(703);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7180);
/**
 * The decision engine: plain item records and a validated policy in, one decision per item out.
 * Pure — no I/O, no clock (`now` is passed in), and what the run knows beyond the policy (the
 * organization it guards) comes in as `context`. Each item is decided by its kind (src/kinds/),
 * default deny: an item is allowed only when an in-force allow entry of its kind matches it. Each
 * item is decided on its own, so the output is in input order and no decision depends on the others.
 */



function decide(items, policy, now, context = {}) {
    return items.map((item) => decideItem(item, policy, now, context));
}
/** The item's decision at `now`; an `allow` that ends carries `allowedThrough` (allowanceChain). */
function decideItem(item, policy, now, context = {}) {
    const decision = decideByKind(item, policy, now, context);
    if (decision.action !== 'allow')
        return decision;
    const through = allowedThrough(allowanceChain(decision, policy, now));
    return through === undefined ? decision : { ...decision, allowedThrough: through };
}
/**
 * The kind's own decision, without following the allowance (allowanceChain re-decides with this,
 * without a context: what the context decides — an INVITE from the guarded organization — does not
 * change with time and is decided before any allow entry is searched, so an item an entry allows
 * is one the context has no say in, at any instant).
 */
function decideByKind(item, policy, now, context = {}) {
    const kind = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(item);
    // Only reachable with data that bypassed the types; nothing can be done to it anyway.
    if (kind === undefined)
        return { item, action: 'ignore', reason: 'not a kind of item inbound-guard knows; left alone' };
    return kind.decide(item, policy, now, context);
}
/**
 * How long the policy keeps allowing an item it allows at `now` (its decision then: `decision`).
 * The allow list is searched in order, so the entry cited is the first that matches, `until` or
 * not: when it lapses, a later entry may still allow the item. So the item is decided again at the
 * first instant the cited entry no longer holds, and so on while the next entry has an `until` too.
 * Each step is a later instant and a different entry (the one matched at an instant is in force
 * then, so it lapses after it), so this ends within one step per entry. Pure. A decision that is
 * not an `allow` has no links and `ends`.
 */
function allowanceChain(decision, policy, now) {
    const links = [];
    let current = decision;
    let at = now;
    while (current.action === 'allow' && current.matched !== undefined) {
        const { until } = current.matched;
        if (until === undefined)
            return { links, ends: false };
        const lapse = (0,_in_force_js__WEBPACK_IMPORTED_MODULE_2__/* .lapsesAt */ .cS)(until);
        // A kind never matches an entry whose `until` is unreadable or has lapsed at `at` (isInForce).
        // Should one, no guess is made about when the allowance ends: as if it did not.
        if (lapse === undefined || !(lapse.getTime() > at.getTime()))
            return { links, ends: false };
        links.push({ matched: current.matched, until, lapsesAt: lapse });
        at = lapse;
        current = decideByKind(current.item, policy, at);
    }
    return { links, ends: true };
}
/** The last day (`YYYY-MM-DD`, UTC) an allowance holds: the last link's `until`; undefined when it does not end (or there is none). */
function allowedThrough(chain) {
    return chain.ends ? chain.links.at(-1)?.until : undefined;
}
/** How many decisions of each action, every key present (zero when none). */
function countByAction(decisions) {
    const counts = { allow: 0, reject: 0, decline: 0, ignore: 0 };
    for (const { action } of decisions)
        counts[action] += 1;
    return counts;
}


/***/ })

};
