export const id = 351;
export const ids = [351];
export const modules = {

/***/ 8351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsHandshakes: () => (/* binding */ awsHandshakes)
});

// EXTERNAL MODULE: ./lib/sweep/sweep.js + 7 modules
var sweep = __webpack_require__(8525);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var dist_cjs = __webpack_require__(2503);
;// CONCATENATED MODULE: ./lib/aws/organizations/decline-handshake.js

/** Declines a handshake this account received. Only the receiving account may call it. */
async function declineHandshake(organizations, handshakeId) {
    await organizations.send(new dist_cjs/* DeclineHandshakeCommand */.J1e({ HandshakeId: handshakeId }));
}

;// CONCATENATED MODULE: ./lib/aws/kinds/handshakes.js


const awsHandshakes = {
    name: 'handshake',
    sweep: (clients, unit, options) => (0,sweep/* sweepHandshakes */.b1)(clients, unit.account, options.log),
    write: (clients, write) => declineHandshake(clients.organizations, write.target),
};


/***/ })

};
