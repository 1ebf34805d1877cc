export const id = 670;
export const ids = [670];
export const modules = {

/***/ 9670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  macie: () => (/* binding */ macie)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/Macie2Client.js + 8 modules
var Macie2Client = __webpack_require__(9064);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/commands/DeclineInvitationsCommand.js
var DeclineInvitationsCommand = __webpack_require__(1436);
// EXTERNAL MODULE: ./lib/aws/security/unprocessed.js
var unprocessed = __webpack_require__(8166);
// EXTERNAL MODULE: ./lib/aws/unanswered-attempts.js
var unanswered_attempts = __webpack_require__(720);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/commands/ListInvitationsCommand.js
var ListInvitationsCommand = __webpack_require__(1798);
// EXTERNAL MODULE: ./lib/aws/iso.js
var iso = __webpack_require__(36);
// EXTERNAL MODULE: ./lib/aws/pagination.js
var pagination = __webpack_require__(7577);
// EXTERNAL MODULE: ./lib/aws/security/security-invitation.js
var security_invitation = __webpack_require__(3730);
;// CONCATENATED MODULE: ./lib/aws/macie/list-invitations.js




/** The largest page Macie ListInvitations allows. */
const MACIE_LIST_INVITATIONS_MAX_RESULTS = 25;
/** Pages per listing: MAX_SECURITY_INVITATIONS_LISTED at MACIE_LIST_INVITATIONS a page, empty pages allowed for. */
const MACIE_LIST_INVITATIONS_MAX_PAGES = (0,pagination/* pageBound */.Ye)(pagination/* MAX_SECURITY_INVITATIONS_LISTED */.fd, MACIE_LIST_INVITATIONS_MAX_RESULTS);
/**
 * Every Macie membership invitation this account received in the client's region, pending or not.
 * A declined one stays listed until DeleteInvitations deletes it (Macie API Reference, "Invitation
 * List": those "received and haven't deleted"; "Invitation Decline": "After you decline an
 * invitation, you can optionally delete it"). Its relationshipStatus after a decline is not
 * documented; any status but Invited is not pending, so it is reported and never declined again.
 */
async function listMacieInvitations(macie) {
    return (0,pagination/* collectPages */.VV)('Macie ListInvitations', (token) => macie.send(new ListInvitationsCommand/* ListInvitationsCommand */.a({ maxResults: MACIE_LIST_INVITATIONS_MAX_RESULTS, ...(token === undefined ? {} : { nextToken: token }) })), (page) => ({
        items: (page.invitations ?? []).flatMap((invitation) => {
            const administratorAccountId = (0,iso/* nonEmpty */.hq)(invitation.accountId);
            if (administratorAccountId === undefined)
                return [];
            const status = (0,iso/* nonEmpty */.hq)(invitation.relationshipStatus) ?? 'UNKNOWN';
            return [{
                    service: 'macie',
                    administratorAccountId,
                    invitationId: (0,iso/* nonEmpty */.hq)(invitation.invitationId),
                    status,
                    pending: (0,security_invitation/* isPendingStatus */.m5)(status),
                    invitedAt: (0,iso/* isoDate */._$)(invitation.invitedAt),
                }];
        }),
        next: page.nextToken,
    }), MACIE_LIST_INVITATIONS_MAX_PAGES);
}

;// CONCATENATED MODULE: ./lib/aws/macie/decline-invitation.js




/**
 * Declines the Macie invitation from `administratorAccountId` in the client's region. An account
 * Macie reports unprocessed (errorCode ClientError or InternalError, errorMessage) becomes
 * InvitationNoLongerPending (race) or InvitationNotDeclined (failure): see security/unprocessed.ts.
 */
async function declineMacieInvitation(macie, administratorAccountId) {
    const answer = await macie.send(new DeclineInvitationsCommand/* DeclineInvitationsCommand */.a({ accountIds: [administratorAccountId] }));
    const entry = answer.unprocessedAccounts?.[0];
    if (entry === undefined)
        return;
    const reason = [entry.errorCode, entry.errorMessage].filter((part) => part !== undefined && part !== '').join(': ');
    await (0,unprocessed/* throwUnprocessed */.of)('macie', administratorAccountId, reason, () => listMacieInvitations(macie), (0,unanswered_attempts/* unansweredAttempts */.Jh)(answer));
}

// EXTERNAL MODULE: ./lib/kinds/services.js
var services = __webpack_require__(9579);
// EXTERNAL MODULE: ./lib/aws/kinds/security/service.js
var service = __webpack_require__(2519);
;// CONCATENATED MODULE: ./lib/aws/kinds/security/macie.js





/**
 * Where Macie is not enabled for the account, its API answers AccessDeniedException (HTTP 401 in a
 * real answer, though the model gives the error 403: the status is not relied on) with "Macie is
 * not enabled": nothing can be listed there, and no invitation can be accepted before Macie is
 * enabled, so it is "not in use", not a failure. AccessDeniedException is also what an IAM
 * denial is: only that wording says "not enabled", so only it is read so (any other denial fails).
 */
const macie = {
    list: (clients, region) => (0,service/* listUnlessNotEnabled */.X)(() => listMacieInvitations(clients.regional('macie2', Macie2Client/* Macie2Client */.x, region)), {
        name: 'AccessDeniedException',
        says: /\bMacie is not enabled\b/i,
        reason: (0,services/* notEnabledReason */.xZ)('macie'),
    }),
    write: (clients, write) => declineMacieInvitation(clients.regional('macie2', Macie2Client/* Macie2Client */.x, write.region ?? ''), write.target),
};


/***/ }),

/***/ 2519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ listUnlessNotEnabled)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6762);

/** The invitations `list` finds; the region not in use when it fails with `notEnabled`'s answer; any other error thrown. */
async function listUnlessNotEnabled(list, notEnabled) {
    try {
        return { invitations: await list() };
    }
    catch (err) {
        const { name, message } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyAwsError */ .u3)(err);
        if (name === notEnabled.name && notEnabled.says.test(message))
            return { notInUse: notEnabled.reason };
        throw err;
    }
}


/***/ }),

/***/ 8166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   of: () => (/* binding */ throwUnprocessed)
/* harmony export */ });
/* unused harmony exports InvitationNoLongerPendingError, InvitationNotDeclinedError */
/* harmony import */ var _unanswered_attempts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(720);
/* harmony import */ var _security_invitation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3730);


/**
 * GuardDuty, Macie and Security Hub DeclineInvitations do not fail for an account they could not
 * decline: they answer 200 with that account in UnprocessedAccounts and a free-text reason. The
 * adapters turn such an answer into one of these errors, so the act stage sees a race or a failure
 * by name like any other AWS error (classifyAwsError): the reason's wording is undocumented and is
 * never parsed.
 */
/**
 * The invitation was no longer pending when we declined it (accepted, declined or withdrawn
 * meanwhile): a race. `endState`, when the listing that told the race also told what became of it
 * (accepted, or gone from the list), so the act stage need not list the region a second time.
 */
class InvitationNoLongerPendingError extends Error {
    name = 'InvitationNoLongerPending';
    endState;
    constructor(message, endState) {
        super(message);
        this.endState = endState;
    }
}
/** The service did not decline a still-pending invitation: a failure. */
class InvitationNotDeclinedError extends Error {
    name = 'InvitationNotDeclined';
}
const LABEL = {
    guardduty: 'GuardDuty',
    macie: 'Macie',
    securityhub: 'Security Hub',
    detective: 'Detective',
};
/**
 * Called when DeclineInvitations reported `administratorAccountId` unprocessed with `reason`. Lists
 * the invitations again (one more call, only on this path): if none from that account is pending
 * any more, the decline lost a race; if one still is, the decline failed. Always throws.
 * `unanswered`: the attempts of the DeclineInvitations call that went unanswered before its answer
 * (unansweredAttempts of its output), carried by the race error: one of them may have declined it.
 */
async function throwUnprocessed(service, administratorAccountId, reason, listAgain, unanswered = 0) {
    const said = `${LABEL[service]} did not decline the invitation from ${administratorAccountId}${reason === '' ? '' : ` (${reason})`}`;
    let found;
    try {
        found = (await listAgain()).filter((i) => i.administratorAccountId === administratorAccountId);
    }
    catch (error) {
        throw new InvitationNotDeclinedError(`${said}; listing the invitations again to tell why failed too: ${error?.message ?? String(error)}`);
    }
    const endState = (0,_security_invitation_js__WEBPACK_IMPORTED_MODULE_1__/* .endStateOf */ .I_)(found);
    if (endState === 'pending')
        throw new InvitationNotDeclinedError(`${said}; it is still pending.`);
    const raced = new InvitationNoLongerPendingError(`${said}; it is no longer pending (accepted, declined or withdrawn meanwhile).`, endState);
    (0,_unanswered_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .addUnansweredAttempts */ .E_)(raced, unanswered);
    throw raced;
}


/***/ })

};
