export const id = 421;
export const ids = [421];
export const modules = {

/***/ 3802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsResourceShareInvitations: () => (/* binding */ awsResourceShareInvitations)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/RAMClient.js + 8 modules
var RAMClient = __webpack_require__(4199);
// EXTERNAL MODULE: ./lib/sweep/pool.js
var pool = __webpack_require__(1016);
// EXTERNAL MODULE: ./lib/aws/errors.js
var errors = __webpack_require__(6762);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/commands/ListPendingInvitationResourcesCommand.js
var ListPendingInvitationResourcesCommand = __webpack_require__(8476);
// EXTERNAL MODULE: ./lib/aws/iso.js
var iso = __webpack_require__(36);
// EXTERNAL MODULE: ./lib/aws/pagination.js
var pagination = __webpack_require__(7577);
;// CONCATENATED MODULE: ./lib/aws/ram/list-pending-invitation-resources.js



/** The largest page ListPendingInvitationResources allows. */
const LIST_PENDING_INVITATION_RESOURCES_MAX_RESULTS = 500;
/** Pages per listing: 100,000 resources in one share (far past any real share) at 500 a page, empty pages allowed for. */
const LIST_PENDING_INVITATION_RESOURCES_MAX_PAGES = (0,pagination/* pageBound */.Ye)(100_000, LIST_PENDING_INVITATION_RESOURCES_MAX_RESULTS);
/**
 * What the PENDING invitation `invitationArn` would share, regional and global resources alike.
 * An invitation answered or expired meanwhile fails with RAM's race errors
 * (ResourceShareInvitationAlreadyRejectedException, ResourceShareInvitationExpiredException,
 * ResourceShareInvitationArnNotFoundException). Empty pages with a token are followed.
 */
async function listPendingInvitationResources(ram, invitationArn) {
    return (0,pagination/* collectPages */.VV)('RAM ListPendingInvitationResources', (nextToken) => ram.send(new ListPendingInvitationResourcesCommand/* ListPendingInvitationResourcesCommand */.j({
        resourceShareInvitationArn: invitationArn,
        resourceRegionScope: 'ALL',
        maxResults: LIST_PENDING_INVITATION_RESOURCES_MAX_RESULTS,
        ...(nextToken === undefined ? {} : { nextToken }),
    })), (page) => ({
        items: (page.resources ?? []).flatMap((resource) => {
            const arn = (0,iso/* nonEmpty */.hq)(resource.arn);
            if (arn === undefined)
                return [];
            return [{
                    arn,
                    type: (0,iso/* nonEmpty */.hq)(resource.type),
                    shareArn: (0,iso/* nonEmpty */.hq)(resource.resourceShareArn),
                    resourceGroupArn: (0,iso/* nonEmpty */.hq)(resource.resourceGroupArn),
                    status: (0,iso/* nonEmpty */.hq)(resource.status),
                    statusMessage: (0,iso/* nonEmpty */.hq)(resource.statusMessage),
                    regionScope: (0,iso/* nonEmpty */.hq)(resource.resourceRegionScope),
                    createdAt: (0,iso/* isoDate */._$)(resource.creationTime),
                    updatedAt: (0,iso/* isoDate */._$)(resource.lastUpdatedTime),
                }];
        }),
        next: page.nextToken,
    }), LIST_PENDING_INVITATION_RESOURCES_MAX_PAGES);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/commands/GetResourceShareInvitationsCommand.js
var GetResourceShareInvitationsCommand = __webpack_require__(4134);
;// CONCATENATED MODULE: ./lib/aws/ram/list-resource-share-invitations.js



/** The largest page GetResourceShareInvitations allows. */
const GET_RESOURCE_SHARE_INVITATIONS_MAX_RESULTS = 500;
/** Pages per listing: 100,000 invitations in one account and region (far past any real account) at 500 a page, empty pages allowed for. */
const GET_RESOURCE_SHARE_INVITATIONS_MAX_PAGES = (0,pagination/* pageBound */.Ye)(100_000, GET_RESOURCE_SHARE_INVITATIONS_MAX_RESULTS);
/** Only a PENDING invitation can be rejected (or accepted). */
function isPendingResourceShareInvitation(invitation) {
    return invitation.status === 'PENDING';
}
/**
 * Every invitation listed for this account in the client's region. RAM "can occasionally return an
 * empty set of results even when there are more results available": the token is followed until
 * absent. Items without an ARN are dropped (nothing could be done with them).
 */
async function listResourceShareInvitations(ram) {
    return (0,pagination/* collectPages */.VV)('RAM GetResourceShareInvitations', (nextToken) => ram.send(new GetResourceShareInvitationsCommand/* GetResourceShareInvitationsCommand */.H({ maxResults: GET_RESOURCE_SHARE_INVITATIONS_MAX_RESULTS, ...(nextToken === undefined ? {} : { nextToken }) })), (page) => ({
        items: (page.resourceShareInvitations ?? []).flatMap((invitation) => {
            const invitationArn = (0,iso/* nonEmpty */.hq)(invitation.resourceShareInvitationArn);
            if (invitationArn === undefined)
                return [];
            return [{
                    invitationArn,
                    shareArn: (0,iso/* nonEmpty */.hq)(invitation.resourceShareArn),
                    shareName: (0,iso/* nonEmpty */.hq)(invitation.resourceShareName),
                    senderAccountId: (0,iso/* nonEmpty */.hq)(invitation.senderAccountId),
                    receiverAccountId: (0,iso/* nonEmpty */.hq)(invitation.receiverAccountId),
                    receiverArn: (0,iso/* nonEmpty */.hq)(invitation.receiverArn),
                    status: (0,iso/* nonEmpty */.hq)(invitation.status) ?? 'UNKNOWN',
                    invitedAt: (0,iso/* isoDate */._$)(invitation.invitationTimestamp),
                }];
        }),
        next: page.nextToken,
    }), GET_RESOURCE_SHARE_INVITATIONS_MAX_PAGES);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/commands/RejectResourceShareInvitationCommand.js
var RejectResourceShareInvitationCommand = __webpack_require__(8826);
;// CONCATENATED MODULE: ./lib/aws/ram/reject-resource-share-invitation.js


/**
 * Rejects a PENDING invitation this account received. Only the receiver may call it.
 *
 * The clientToken makes the call idempotent: the SDK's own retries resend the same token, so a retry
 * of a reject that went through (the reply was lost) succeeds again instead of failing with
 * ResourceShareInvitationAlreadyRejectedException. Races arrive as RAM's errors:
 * ResourceShareInvitationAlreadyAcceptedException, ...AlreadyRejectedException, ...ExpiredException,
 * ...ArnNotFoundException (the sender withdrew it).
 */
async function rejectResourceShareInvitation(ram, invitationArn, clientToken = (0,external_node_crypto_.randomUUID)()) {
    await ram.send(new RejectResourceShareInvitationCommand/* RejectResourceShareInvitationCommand */.t({ resourceShareInvitationArn: invitationArn, clientToken }));
}

// EXTERNAL MODULE: ./lib/model/unique-by.js
var unique_by = __webpack_require__(3122);
// EXTERNAL MODULE: ./lib/model/code-unit-order.js
var code_unit_order = __webpack_require__(7286);
// EXTERNAL MODULE: ./lib/aws/kinds/sweep-part.js
var sweep_part = __webpack_require__(607);
;// CONCATENATED MODULE: ./lib/aws/kinds/resource-share-invitations.js
/**
 * RAM invitations with the RAM SDK: per region, every invitation this account received
 * (GetResourceShareInvitations), the PENDING ones each with what it would share
 * (ListPendingInvitationResources); rejected with RejectResourceShareInvitation.
 */









const awsResourceShareInvitations = {
    name: 'resource-share-invitation',
    sweep: (clients, unit, options) => (0,sweep_part/* sweepPart */.u)('resource-share-invitation', unit, options, async () => {
        const region = unit.region ?? '';
        const ram = clients.regional('ram', RAMClient/* RAMClient */.w, region);
        const listed = await listResourceShareInvitations(ram);
        // RAM may list an invitation on two pages: judge and act on it once.
        const unique = (0,unique_by/* uniqueBy */.p)(listed, (invitation) => invitation.invitationArn);
        const pending = unique.filter(isPendingResourceShareInvitation);
        const shared = await (0,pool/* mapWithConcurrency */.WS)(pending, options.describeConcurrency, (invitation) => stillPendingResources(() => listPendingInvitationResources(ram, invitation.invitationArn)));
        const items = [];
        pending.forEach((invitation, i) => {
            const resources = shared[i];
            if (resources === undefined)
                return;
            items.push({
                kind: 'resource-share-invitation',
                account: unit.account,
                region,
                invitationArn: invitation.invitationArn,
                shareArn: invitation.shareArn,
                shareName: invitation.shareName,
                senderAccountId: invitation.senderAccountId,
                receiverArn: invitation.receiverArn,
                status: invitation.status,
                invitedAt: invitation.invitedAt,
                resources: resources.map((r) => ({ arn: r.arn, type: r.type })),
            });
        });
        items.sort((a, b) => (0,code_unit_order/* compareCodeUnits */.U)(a.invitationArn, b.invitationArn));
        return { items, listed: listed.length, vanished: pending.length - items.length, duplicates: listed.length - unique.length };
    }),
    write: (clients, write) => rejectResourceShareInvitation(clients.regional('ram', RAMClient/* RAMClient */.w, write.region ?? ''), write.target),
};
/**
 * What a pending invitation would share, or undefined when it was answered, expired or withdrawn
 * since it was listed (a race, not an error: it is no longer an item).
 */
async function stillPendingResources(list) {
    try {
        return await list();
    }
    catch (err) {
        if ((0,errors/* classifyAwsError */.u3)(err).kind === 'race')
            return undefined;
        throw err;
    }
}


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


/***/ })

};
