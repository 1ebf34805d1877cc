export const id = 331;
export const ids = [331];
export const modules = {

/***/ 4331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  guardduty: () => (/* binding */ guardduty)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/GuardDutyClient.js + 8 modules
var GuardDutyClient = __webpack_require__(2292);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/commands/DeclineInvitationsCommand.js
var DeclineInvitationsCommand = __webpack_require__(5594);
// EXTERNAL MODULE: ./lib/aws/security/unprocessed.js
var unprocessed = __webpack_require__(8166);
// EXTERNAL MODULE: ./lib/aws/unanswered-attempts.js
var unanswered_attempts = __webpack_require__(720);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/commands/ListInvitationsCommand.js
var ListInvitationsCommand = __webpack_require__(6052);
// EXTERNAL MODULE: ./lib/aws/iso.js
var iso = __webpack_require__(36);
// EXTERNAL MODULE: ./lib/aws/pagination.js
var pagination = __webpack_require__(7577);
// EXTERNAL MODULE: ./lib/aws/security/security-invitation.js
var security_invitation = __webpack_require__(3730);
;// CONCATENATED MODULE: ./lib/aws/guardduty/list-invitations.js




/** The largest page GuardDuty ListInvitations allows (also its default). */
const GUARDDUTY_LIST_INVITATIONS_MAX_RESULTS = 50;
/** Pages per listing: MAX_SECURITY_INVITATIONS_LISTED at GUARDDUTY_LIST_INVITATIONS a page, empty pages allowed for. */
const GUARDDUTY_LIST_INVITATIONS_MAX_PAGES = (0,pagination/* pageBound */.Ye)(pagination/* MAX_SECURITY_INVITATIONS_LISTED */.fd, GUARDDUTY_LIST_INVITATIONS_MAX_RESULTS);
/**
 * Every GuardDuty membership invitation this account received in the client's region, pending or
 * not (the decisions act on pending ones). Items without the inviting account are dropped: they
 * could not be declined.
 */
async function listGuardDutyInvitations(guardduty) {
    return (0,pagination/* collectPages */.VV)('GuardDuty ListInvitations', (token) => guardduty.send(new ListInvitationsCommand/* ListInvitationsCommand */.a({ MaxResults: GUARDDUTY_LIST_INVITATIONS_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })), (page) => ({
        items: (page.Invitations ?? []).flatMap((invitation) => {
            const administratorAccountId = (0,iso/* nonEmpty */.hq)(invitation.AccountId);
            if (administratorAccountId === undefined)
                return [];
            const status = (0,iso/* nonEmpty */.hq)(invitation.RelationshipStatus) ?? 'UNKNOWN';
            return [{
                    service: 'guardduty',
                    administratorAccountId,
                    invitationId: (0,iso/* nonEmpty */.hq)(invitation.InvitationId),
                    status,
                    pending: (0,security_invitation/* isPendingStatus */.m5)(status),
                    // A plain string in GuardDuty's model, not a timestamp.
                    invitedAt: (0,iso/* isoDateString */.bK)(invitation.InvitedAt),
                }];
        }),
        next: page.NextToken,
    }), GUARDDUTY_LIST_INVITATIONS_MAX_PAGES);
}

;// CONCATENATED MODULE: ./lib/aws/guardduty/decline-invitation.js




/**
 * Declines the GuardDuty invitation from `administratorAccountId` in the client's region. One
 * account per call, so each invitation gets its own outcome. An account GuardDuty reports
 * unprocessed becomes InvitationNoLongerPending (race) or InvitationNotDeclined (failure): see
 * security/unprocessed.ts.
 */
async function declineGuardDutyInvitation(guardduty, administratorAccountId) {
    const answer = await guardduty.send(new DeclineInvitationsCommand/* DeclineInvitationsCommand */.a({ AccountIds: [administratorAccountId] }));
    const entry = answer.UnprocessedAccounts?.[0];
    if (entry === undefined)
        return;
    await (0,unprocessed/* throwUnprocessed */.of)('guardduty', administratorAccountId, entry.Result ?? '', () => listGuardDutyInvitations(guardduty), (0,unanswered_attempts/* unansweredAttempts */.Jh)(answer));
}

;// CONCATENATED MODULE: ./lib/aws/kinds/security/guardduty.js



const guardduty = {
    list: async (clients, region) => ({ invitations: await listGuardDutyInvitations(clients.regional('guardduty', GuardDutyClient/* GuardDutyClient */.x, region)) }),
    write: (clients, write) => declineGuardDutyInvitation(clients.regional('guardduty', GuardDutyClient/* GuardDutyClient */.x, write.region ?? ''), write.target),
};


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
