export const id = 33;
export const ids = [33];
export const modules = {

/***/ 4414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsHandshakes: () => (/* binding */ awsHandshakes)
});

// EXTERNAL MODULE: ./lib/sweep/sweep.js + 4 modules
var sweep = __webpack_require__(5192);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(5891);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(627);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-organizations/dist-es/commands/DeclineHandshakeCommand.js


class DeclineHandshakeCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeclineHandshake", schemas_0/* DeclineHandshake$ */.EiL) {
}

// EXTERNAL MODULE: ./lib/aws/call-limiter.js
var call_limiter = __webpack_require__(3512);
// EXTERNAL MODULE: ./lib/aws/errors.js
var errors = __webpack_require__(6762);
// EXTERNAL MODULE: ./lib/aws/unanswered-attempts.js
var unanswered_attempts = __webpack_require__(720);
;// CONCATENATED MODULE: ./lib/aws/organizations/decline-handshake.js




/**
 * The waits before trying a decline again after ConcurrentModificationException: Organizations
 * answers it while another request is changing the organization ("Try again later"), and the SDK
 * does not retry it. After the last, the error is the write's failure.
 */
const CONCURRENT_MODIFICATION_WAITS_MS = [1000, 3000];
/**
 * Declines a handshake this account received. Only the receiving account may call it. The error it
 * throws counts the unanswered attempts of every call it made (unanswered-attempts.ts): a call
 * refused with ConcurrentModificationException may have had an attempt whose decline went through.
 */
async function declineHandshake(organizations, handshakeId, wait = call_limiter/* realClock */.dQ.sleep) {
    let unansweredBefore = 0;
    for (let attempt = 0;; attempt++) {
        try {
            await organizations.send(new DeclineHandshakeCommand({ HandshakeId: handshakeId }));
            return;
        }
        catch (err) {
            const delay = CONCURRENT_MODIFICATION_WAITS_MS[attempt];
            if (delay === undefined || (0,errors/* classifyAwsError */.u3)(err).name !== 'ConcurrentModificationException') {
                if (typeof err === 'object' && err !== null)
                    (0,unanswered_attempts/* addUnansweredAttempts */.E_)(err, unansweredBefore);
                throw err;
            }
            unansweredBefore += (0,unanswered_attempts/* unansweredAttempts */.Jh)(err);
            await wait(delay);
        }
    }
}

// EXTERNAL MODULE: ./lib/aws/organizations/list-handshakes.js
var list_handshakes = __webpack_require__(5940);
;// CONCATENATED MODULE: ./lib/aws/kinds/handshakes.js



/** A handshake's state as an end state (finished handshakes stay listed for 30 days); OPEN and REQUESTED are still pending. */
const END_STATES = { ACCEPTED: 'accepted', DECLINED: 'declined', CANCELED: 'withdrawn', EXPIRED: 'expired', OPEN: 'pending', REQUESTED: 'pending' };
const awsHandshakes = {
    name: 'handshake',
    sweep: (clients, unit, options) => (0,sweep/* sweepHandshakes */.b1)(clients, unit.account, options.log),
    write: (clients, write) => declineHandshake(clients.organizations, write.target),
    // InvalidHandshakeTransitionException says accepted, cancelled or expired; the account's listing tells which (or that it is still open).
    endState: async (clients, write) => {
        const handshake = (await (0,list_handshakes/* listHandshakes */.ru)(clients.organizations)).find((h) => h.Id === write.target);
        if (handshake === undefined)
            return 'gone';
        return Object.hasOwn(END_STATES, handshake.State ?? '') ? END_STATES[handshake.State ?? ''] : undefined;
    },
};


/***/ })

};
