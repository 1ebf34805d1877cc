export const id = 894;
export const ids = [894];
export const modules = {

/***/ 4894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsCertificateTransfers: () => (/* binding */ awsCertificateTransfers)
});

// EXTERNAL MODULE: ./lib/sweep/sweep.js + 4 modules
var sweep = __webpack_require__(5192);
// EXTERNAL MODULE: ./lib/aws/errors.js
var errors = __webpack_require__(6762);
// EXTERNAL MODULE: ./lib/aws/iot/describe-certificate.js
var describe_certificate = __webpack_require__(5115);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(7615);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(9789);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/commands/RejectCertificateTransferCommand.js


class RejectCertificateTransferCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RejectCertificateTransfer", schemas_0/* RejectCertificateTransfer$ */.Igt) {
}

// EXTERNAL MODULE: ./lib/model/aws-limits.js
var aws_limits = __webpack_require__(8565);
;// CONCATENATED MODULE: ./lib/aws/iot/reject-certificate-transfer.js


/**
 * Sends the certificate back to its source account (status INACTIVE there).
 * Only the destination account may call it. The reason is cut to AWS's 128-character limit.
 */
async function rejectCertificateTransfer(iot, certificateId, rejectReason) {
    const reason = (0,aws_limits/* limitRejectReason */.h)(rejectReason);
    await iot.send(new RejectCertificateTransferCommand({ certificateId, ...(reason === '' ? {} : { rejectReason: reason }) }));
}

// EXTERNAL MODULE: ./lib/aws/iot/to-certificate-transfer.js
var to_certificate_transfer = __webpack_require__(9239);
;// CONCATENATED MODULE: ./lib/aws/kinds/certificate-transfers.js





const awsCertificateTransfers = {
    name: 'certificate-transfer',
    sweep: (clients, unit, options) => (0,sweep/* sweepRegion */.RH)(clients, unit.region ?? '', { ...options, account: unit.account }),
    write: (clients, write) => rejectCertificateTransfer(clients.iot(write.region ?? ''), write.target, write.rejectReason ?? ''),
    // TransferAlreadyCompletedException says accepted or cancelled; DescribeCertificate tells which (or that it is still pending).
    endState: async (clients, write) => {
        try {
            const details = await (0,describe_certificate/* describeCertificate */.d)(clients.iot(write.region ?? ''), write.target);
            if (details.status === 'PENDING_TRANSFER')
                return 'pending';
            return (0,to_certificate_transfer/* acceptedInto */.w8)(details, write.account) ? 'accepted' : undefined;
        }
        catch (err) {
            if ((0,errors/* classifyAwsError */.u3)(err).kind === 'race')
                return 'gone';
            throw err;
        }
    },
};


/***/ })

};
