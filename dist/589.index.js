export const id = 589;
export const ids = [589];
export const modules = {

/***/ 1589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detective: () => (/* binding */ detective)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-detective/dist-cjs/index.js
var dist_cjs = __webpack_require__(2530);
// EXTERNAL MODULE: ./lib/aws/iso.js
var iso = __webpack_require__(36);
// EXTERNAL MODULE: ./lib/aws/pagination.js
var pagination = __webpack_require__(7577);
;// CONCATENATED MODULE: ./lib/aws/detective/list-invitations.js



/** The largest page Detective ListInvitations allows. */
const DETECTIVE_LIST_INVITATIONS_MAX_RESULTS = 200;
/** Pages per listing: MAX_SECURITY_INVITATIONS_LISTED at DETECTIVE_LIST_INVITATIONS a page, empty pages allowed for. */
const DETECTIVE_LIST_INVITATIONS_MAX_PAGES = (0,pagination/* pageBound */.Ye)(pagination/* MAX_SECURITY_INVITATIONS_LISTED */.fd, DETECTIVE_LIST_INVITATIONS_MAX_RESULTS);
/**
 * Every behavior graph this account is invited to (INVITED) or a member of (ENABLED,
 * ACCEPTED_BUT_DISABLED) in the client's region; declined invitations are not listed by Detective.
 * The inviter is AdministratorId (MasterId on older answers), not AccountId (that is us). Items
 * without a graph ARN or an inviter are dropped: they could not be rejected.
 */
async function listDetectiveInvitations(detective) {
    return (0,pagination/* collectPages */.VV)('Detective ListInvitations', (token) => detective.send(new dist_cjs.ListInvitationsCommand({ MaxResults: DETECTIVE_LIST_INVITATIONS_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })), (page) => ({
        items: (page.Invitations ?? []).flatMap((member) => {
            const invitationId = (0,iso/* nonEmpty */.hq)(member.GraphArn);
            const administratorAccountId = (0,iso/* nonEmpty */.hq)(member.AdministratorId) ?? (0,iso/* nonEmpty */.hq)(member.MasterId);
            if (invitationId === undefined || administratorAccountId === undefined)
                return [];
            const status = (0,iso/* nonEmpty */.hq)(member.Status) ?? 'UNKNOWN';
            return [{
                    service: 'detective',
                    administratorAccountId,
                    invitationId,
                    status,
                    pending: status === 'INVITED',
                    invitedAt: (0,iso/* isoDate */._$)(member.InvitedTime),
                    memberEmail: (0,iso/* nonEmpty */.hq)(member.EmailAddress),
                }];
        }),
        next: page.NextToken,
    }), DETECTIVE_LIST_INVITATIONS_MAX_PAGES);
}

;// CONCATENATED MODULE: ./lib/aws/detective/reject-invitation.js

/**
 * Rejects the invitation to the behavior graph `graphArn`; our member status must be INVITED. Races
 * arrive as Detective's errors: ConflictException (409: no longer INVITED, e.g. accepted meanwhile)
 * and ResourceNotFoundException (404: rejected already, removed, or the graph is gone).
 */
async function rejectDetectiveInvitation(detective, graphArn) {
    await detective.send(new dist_cjs.RejectInvitationCommand({ GraphArn: graphArn }));
}

;// CONCATENATED MODULE: ./lib/aws/kinds/security/detective.js



/** Detective rejects by behavior graph (the write's target is the graph ARN). */
const detective = {
    list: async (clients, region) => ({ invitations: await listDetectiveInvitations(clients.regional(dist_cjs.DetectiveClient, region)) }),
    write: (clients, write) => rejectDetectiveInvitation(clients.regional(dist_cjs.DetectiveClient, write.region ?? ''), write.target),
};


/***/ })

};
