export const id = 790;
export const ids = [790];
export const modules = {

/***/ 7790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsSecurityInvitations: () => (/* binding */ awsSecurityInvitations)
/* harmony export */ });
/* harmony import */ var _model_items_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7469);
/* harmony import */ var _model_unique_by_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3122);
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7286);
/* harmony import */ var _sweep_part_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(607);
/* harmony import */ var _security_security_invitation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3730);





const LOADERS = {
    guardduty: async () => (await Promise.all(/* import() */[__webpack_require__.e(162), __webpack_require__.e(331)]).then(__webpack_require__.bind(__webpack_require__, 4331))).guardduty,
    macie: async () => (await Promise.all(/* import() */[__webpack_require__.e(604), __webpack_require__.e(670)]).then(__webpack_require__.bind(__webpack_require__, 9670))).macie,
    securityhub: async () => (await Promise.all(/* import() */[__webpack_require__.e(199), __webpack_require__.e(885)]).then(__webpack_require__.bind(__webpack_require__, 2885))).securityhub,
    detective: async () => (await __webpack_require__.e(/* import() */ 662).then(__webpack_require__.bind(__webpack_require__, 7662))).detective,
};
function callsOf(service) {
    if (!Object.hasOwn(LOADERS, service))
        return Promise.reject(new Error(`${service} is not a security service.`));
    return LOADERS[service]();
}
const awsSecurityInvitations = {
    name: 'security-invitation',
    sweep: (clients, unit, options) => (0,_sweep_part_js__WEBPACK_IMPORTED_MODULE_0__/* .sweepPart */ .u)('security-invitation', unit, options, async () => {
        const region = unit.region ?? '';
        const answer = await (await callsOf(unit.service)).list(clients, region);
        if ('notInUse' in answer)
            return { items: [], listed: 0, vanished: 0, duplicates: 0, notInUse: answer.notInUse };
        const listed = answer.invitations;
        // One invitation per inviting account and service: a repeat is judged once. Repeats are
        // dropped among the pending ones, so an answered invitation listed first cannot hide a pending
        // one from the same account.
        const inviter = (invitation) => invitation.administratorAccountId;
        const unique = (0,_model_unique_by_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueBy */ .p)(listed, inviter);
        const items = (0,_model_unique_by_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueBy */ .p)(listed.filter((invitation) => invitation.pending), inviter)
            .map((invitation) => ({
            kind: 'security-invitation',
            account: unit.account,
            region,
            service: invitation.service,
            administratorAccountId: invitation.administratorAccountId,
            invitationId: invitation.invitationId,
            status: invitation.status,
            invitedAt: invitation.invitedAt,
            memberEmail: invitation.memberEmail,
        }));
        items.sort((a, b) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareCodeUnits */ .U)(a.administratorAccountId, b.administratorAccountId));
        return { items, listed: listed.length, vanished: 0, duplicates: listed.length - unique.length };
    }),
    write: async (clients, write) => (await callsOf(write.service)).write(clients, write),
    // A race (InvitationNoLongerPending, Detective's ConflictException, a 404) says little; listing the
    // region again tells accepted, still pending, answered otherwise, or gone: the invitation whose
    // write target (securityWriteTarget) is the write's.
    endState: async (clients, write) => {
        const answer = await (await callsOf(write.service)).list(clients, write.region ?? '');
        if ('notInUse' in answer)
            return undefined;
        return (0,_security_security_invitation_js__WEBPACK_IMPORTED_MODULE_1__/* .endStateOf */ .I_)(answer.invitations.filter((i) => (0,_model_items_js__WEBPACK_IMPORTED_MODULE_4__/* .securityWriteTarget */ .zM)(i) === write.target));
    },
};


/***/ }),

/***/ 607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ sweepPart)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6762);

async function sweepPart(kind, unit, options, read) {
    const where = { account: unit.account, kind, service: unit.service, ...(unit.region === undefined ? {} : { region: unit.region }) };
    options.log({ type: 'part-started', ...where });
    try {
        const found = await read();
        const notInUse = found.notInUse === undefined ? {} : { notInUse: found.notInUse };
        options.log({ type: 'part-finished', ...where, listed: found.listed, pending: found.items.length, vanished: found.vanished, duplicates: found.duplicates, ...notInUse });
        return { ok: true, items: found.items, ...notInUse };
    }
    catch (err) {
        const { text, kind } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .sweepFailure */ .pp)(err);
        const error = { service: unit.service, account: unit.account, ...(unit.region === undefined ? {} : { region: unit.region }), ...text };
        options.log({ type: 'part-failed', ...where, errorKind: kind, error });
        return { ok: false, error };
    }
}


/***/ }),

/***/ 3730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ endStateOf),
/* harmony export */   m5: () => (/* binding */ isPendingStatus)
/* harmony export */ });
/* unused harmony export isAcceptedStatus */
/**
 * GuardDuty, Macie and Security Hub spell the pending state Invited (Security Hub's own CLI example
 * shows an upper-case ASSOCIATED, so the comparison ignores case); Detective spells it INVITED.
 */
function isPendingStatus(status) {
    return typeof status === 'string' && status.toLowerCase() === 'invited';
}
/**
 * Statuses that mean the invitation was accepted (the inviter is this account's administrator):
 * GuardDuty Enabled (Disabled once its member stops monitoring), Macie Enabled or Paused, Security
 * Hub ASSOCIATED (formerly ENABLED), Detective ENABLED or ACCEPTED_BUT_DISABLED. Compared ignoring case.
 */
const ACCEPTED_STATUSES = new Set(['enabled', 'disabled', 'paused', 'associated', 'accepted_but_disabled']);
/** Whether `status` says the invitation was accepted. */
function isAcceptedStatus(status) {
    return typeof status === 'string' && ACCEPTED_STATUSES.has(status.toLowerCase());
}
/**
 * What became of an invitation, from a listing after a write: the invitations found for the write's
 * target. None: gone (answered or withdrawn, and no longer listed); one still pending; one accepted;
 * otherwise unknown (listed, answered some other way). For the re-read after a race and for an
 * unprocessed decline alike.
 */
function endStateOf(found) {
    if (found.length === 0)
        return 'gone';
    if (found.some((i) => i.pending))
        return 'pending';
    return found.some((i) => isAcceptedStatus(i.status)) ? 'accepted' : undefined;
}


/***/ })

};
