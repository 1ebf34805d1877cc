export const id = 954;
export const ids = [954];
export const modules = {

/***/ 8954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   gK: () => (/* binding */ decideItem)
/* harmony export */ });
/* unused harmony export countByAction */
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7180);
/**
 * The decision engine: plain item records and a validated policy in, one decision per item out.
 * Pure — no I/O, no clock (`now` is passed in). Each item is decided by its kind (src/kinds/),
 * default deny: an item is allowed only when an in-force allow entry of its kind matches it. Each
 * item is decided on its own, so the output is in input order and no decision depends on the others.
 */


function decide(items, policy, now) {
    return items.map((item) => decideItem(item, policy, now));
}
function decideItem(item, policy, now) {
    const kind = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(item);
    // Only reachable with data that bypassed the types; nothing can be done to it anyway.
    if (kind === undefined)
        return { item, action: 'ignore', reason: 'not a kind of item inbound-guard knows; left alone' };
    return kind.decide(item, policy, now);
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
