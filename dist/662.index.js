export const id = 662;
export const ids = [662];
export const modules = {

/***/ 7662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detective: () => (/* binding */ detective)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(5152);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var dist_cjs = __webpack_require__(402);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var submodules_config = __webpack_require__(7291);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
var protocols = __webpack_require__(3422);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
var httpAuthSchemes = __webpack_require__(7523);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/auth/httpAuthSchemeProvider.js


const defaultDetectiveHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,submodules_client.getSmithyContext)(context).operation,
        region: await (0,submodules_client.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "detective",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultDetectiveHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0,httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0,submodules_client.normalizeProvider)(config.authSchemePreference ?? []),
    });
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "detective",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/package.json
const package_namespaceObject = {"rE":"3.1048.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var credential_provider_node_dist_cjs = __webpack_require__(5861);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(7288);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/endpoint/bdd.js

const m = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "stringEquals", g = "getAttr", h = { [m]: "Endpoint" }, i = { "fn": g, "argv": [{ [m]: d }, "name"] }, j = { [m]: d }, k = {}, l = [{ [m]: "Region" }];
const _data = {
    conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [f, [i, "aws-us-gov"]],
        [f, [i, "aws"]],
        [e, [{ fn: g, argv: [j, "supportsFIPS"] }, b]],
        [e, [{ fn: g, argv: [j, "supportsDualStack"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://detective.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        ["https://detective-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        ["https://api.detective-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://api.detective-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://api.detective.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://api.detective.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 16, 3,
    1, 4, r + 13,
    2, 5, r + 13,
    3, 10, 6,
    4, 7, r + 12,
    5, r + 4, 8,
    6, r + 4, 9,
    8, r + 10, r + 11,
    4, 12, 11,
    7, r + 8, r + 9,
    5, r + 5, 13,
    6, r + 5, 14,
    7, 15, r + 7,
    8, r + 6, r + 7,
    3, r + 1, 17,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/endpoint/endpointResolver.js



const cache = new endpoints.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,endpoints.decideEndpoint)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/models/DetectiveServiceException.js


class DetectiveServiceException extends submodules_client.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, DetectiveServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/models/errors.js

class AccessDeniedException extends DetectiveServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    ErrorCode;
    ErrorCodeReason;
    SubErrorCode;
    SubErrorCodeReason;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
        this.ErrorCode = opts.ErrorCode;
        this.ErrorCodeReason = opts.ErrorCodeReason;
        this.SubErrorCode = opts.SubErrorCode;
        this.SubErrorCodeReason = opts.SubErrorCodeReason;
    }
}
class ConflictException extends DetectiveServiceException {
    name = "ConflictException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
    }
}
class InternalServerException extends DetectiveServiceException {
    name = "InternalServerException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends DetectiveServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ValidationException extends DetectiveServiceException {
    name = "ValidationException";
    $fault = "client";
    Message;
    ErrorCode;
    ErrorCodeReason;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.Message = opts.Message;
        this.ErrorCode = opts.ErrorCode;
        this.ErrorCodeReason = opts.ErrorCodeReason;
    }
}
class ServiceQuotaExceededException extends DetectiveServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    Message;
    Resources;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
        this.Resources = opts.Resources;
    }
}
class TooManyRequestsException extends DetectiveServiceException {
    name = "TooManyRequestsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyRequestsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRequestsException.prototype);
        this.Message = opts.Message;
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/schemas/schemas_0.js
const _A = "Account";
const _ADE = "AccessDeniedException";
const _AE = "AutoEnable";
const _AI = "AccountId";
const _AIR = "AcceptInvitationRequest";
const _AIc = "AccountIds";
const _AIcc = "AcceptInvitation";
const _AId = "AdministratorId";
const _AL = "AccountList";
const _ALd = "AdministratorList";
const _APIFC = "APIFailureCount";
const _APIN = "APIName";
const _APISC = "APISuccessCount";
const _Ac = "Accounts";
const _Ad = "Administrator";
const _Adm = "Administrators";
const _Ar = "Arn";
const _As = "Aso";
const _BGGMD = "BatchGetGraphMemberDatasources";
const _BGGMDR = "BatchGetGraphMemberDatasourcesRequest";
const _BGGMDRa = "BatchGetGraphMemberDatasourcesResponse";
const _BGMD = "BatchGetMembershipDatasources";
const _BGMDR = "BatchGetMembershipDatasourcesRequest";
const _BGMDRa = "BatchGetMembershipDatasourcesResponse";
const _CE = "ConflictException";
const _CG = "CreateGraph";
const _CGR = "CreateGraphRequest";
const _CGRr = "CreateGraphResponse";
const _CM = "CreateMembers";
const _CMR = "CreateMembersRequest";
const _CMRr = "CreateMembersResponse";
const _CT = "CreatedTime";
const _DEN = "DisableEmailNotification";
const _DF = "DateFilter";
const _DG = "DeleteGraph";
const _DGR = "DeleteGraphRequest";
const _DM = "DeleteMembers";
const _DMR = "DeleteMembersRequest";
const _DMRe = "DeleteMembersResponse";
const _DMRi = "DisassociateMembershipRequest";
const _DMi = "DisassociateMembership";
const _DOAA = "DisableOrganizationAdminAccount";
const _DOC = "DescribeOrganizationConfiguration";
const _DOCR = "DescribeOrganizationConfigurationRequest";
const _DOCRe = "DescribeOrganizationConfigurationResponse";
const _DP = "DatasourcePackages";
const _DPID = "DatasourcePackageIngestDetail";
const _DPIDa = "DatasourcePackageIngestDetails";
const _DPIH = "DatasourcePackageIngestHistory";
const _DPIS = "DatasourcePackageIngestState";
const _DPISa = "DatasourcePackageIngestStates";
const _DPUI = "DatasourcePackageUsageInfo";
const _DR = "DisabledReason";
const _DT = "DelegationTime";
const _EA = "EmailAddress";
const _EAn = "EntityArn";
const _EC = "ErrorCode";
const _ECR = "ErrorCodeReason";
const _EI = "EndInclusive";
const _EIA = "EndingIpAddress";
const _EL = "EndingLocation";
const _EM = "EmailMessage";
const _EOAA = "EnableOrganizationAdminAccount";
const _EOAAR = "EnableOrganizationAdminAccountRequest";
const _ET = "EntityType";
const _F = "Field";
const _FC = "FilterCriteria";
const _FIAD = "FlaggedIpAddressDetail";
const _G = "Graph";
const _GA = "GraphArn";
const _GAr = "GraphArns";
const _GI = "GetInvestigation";
const _GIR = "GetInvestigationRequest";
const _GIRe = "GetInvestigationResponse";
const _GL = "GraphList";
const _GM = "GetMembers";
const _GMR = "GetMembersRequest";
const _GMRe = "GetMembersResponse";
const _HTD = "HourlyTimeDelta";
const _I = "Indicator";
const _IA = "IpAddress";
const _ID = "IndicatorDetail";
const _IDn = "InvestigationDetail";
const _IDnv = "InvestigationDetails";
const _II = "InvestigationId";
const _INFEA = "IsNewForEntireAccount";
const _ISE = "InternalServerException";
const _IT = "IndicatorType";
const _ITD = "ImpossibleTravelDetail";
const _ITn = "InvitedTime";
const _ITnv = "InvitationType";
const _Id = "Id";
const _In = "Indicators";
const _Inv = "Invitations";
const _L = "Location";
const _LDP = "ListDatasourcePackages";
const _LDPR = "ListDatasourcePackagesRequest";
const _LDPRi = "ListDatasourcePackagesResponse";
const _LG = "ListGraphs";
const _LGR = "ListGraphsRequest";
const _LGRi = "ListGraphsResponse";
const _LI = "ListIndicators";
const _LIR = "ListIndicatorsRequest";
const _LIRi = "ListIndicatorsResponse";
const _LIRis = "ListInvestigationsRequest";
const _LIRist = "ListInvestigationsResponse";
const _LIRistn = "ListInvitationsRequest";
const _LIRistnv = "ListInvitationsResponse";
const _LISC = "LastIngestStateChange";
const _LISCD = "LastIngestStateChangeDates";
const _LIi = "ListInvestigations";
const _LIis = "ListInvitations";
const _LM = "ListMembers";
const _LMR = "ListMembersRequest";
const _LMRi = "ListMembersResponse";
const _LOAA = "ListOrganizationAdminAccounts";
const _LOAAR = "ListOrganizationAdminAccountsRequest";
const _LOAARi = "ListOrganizationAdminAccountsResponse";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _M = "Message";
const _MD = "MemberDatasources";
const _MDL = "MemberDetailList";
const _MDLe = "MembershipDatasourcesList";
const _MDe = "MembershipDatasources";
const _MDem = "MemberDetails";
const _MDemb = "MemberDetail";
const _MI = "MasterId";
const _MR = "MaxResults";
const _Me = "Members";
const _NAD = "NewAsoDetail";
const _NGD = "NewGeolocationDetail";
const _NT = "NextToken";
const _NUAD = "NewUserAgentDetail";
const _P = "Procedure";
const _POGU = "PercentOfGraphUtilization";
const _POGUUT = "PercentOfGraphUtilizationUpdatedTime";
const _R = "Resources";
const _RA = "ResourceArn";
const _RFD = "RelatedFindingDetail";
const _RFGD = "RelatedFindingGroupDetail";
const _RI = "RejectInvitation";
const _RIR = "RejectInvitationRequest";
const _RNFE = "ResourceNotFoundException";
const _Re = "Reason";
const _S = "Severity";
const _SC = "SortCriteria";
const _SEC = "SubErrorCode";
const _SECR = "SubErrorCodeReason";
const _SET = "ScopeEndTime";
const _SF = "StringFilter";
const _SI = "StartInclusive";
const _SIA = "StartingIpAddress";
const _SIR = "StartInvestigationRequest";
const _SIRt = "StartInvestigationResponse";
const _SIt = "StartInvestigation";
const _SL = "StartingLocation";
const _SMM = "StartMonitoringMember";
const _SMMR = "StartMonitoringMemberRequest";
const _SO = "SortOrder";
const _SQEE = "ServiceQuotaExceededException";
const _SST = "ScopeStartTime";
const _St = "Status";
const _Sta = "State";
const _T = "Tags";
const _TFC = "TimestampForCollection";
const _TK = "TagKeys";
const _TMRE = "TooManyRequestsException";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TTPOD = "TTPsObservedDetail";
const _Ta = "Tactic";
const _Te = "Technique";
const _Ti = "Timestamp";
const _Ty = "Type";
const _UA = "UnprocessedAccounts";
const _UAL = "UnprocessedAccountList";
const _UAn = "UnprocessedAccount";
const _UAs = "UserAgent";
const _UDP = "UpdateDatasourcePackages";
const _UDPR = "UpdateDatasourcePackagesRequest";
const _UG = "UnprocessedGraphs";
const _UGL = "UnprocessedGraphList";
const _UGn = "UnprocessedGraph";
const _UIS = "UpdateInvestigationState";
const _UISR = "UpdateInvestigationStateRequest";
const _UOC = "UpdateOrganizationConfiguration";
const _UOCR = "UpdateOrganizationConfigurationRequest";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _UT = "UpdatedTime";
const _V = "Value";
const _VE = "ValidationException";
const _VUBDP = "VolumeUsageByDatasourcePackage";
const _VUIB = "VolumeUsageInBytes";
const _VUUT = "VolumeUsageUpdateTime";
const _VUUTo = "VolumeUsageUpdatedTime";
const _c = "client";
const _e = "error";
const _h = "http";
const _hE = "httpError";
const _hQ = "httpQuery";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.detective";
const _se = "server";
const _tK = "tagKeys";
const n0 = "com.amazonaws.detective";



const _s_registry = schema.TypeRegistry.for(_s);
var DetectiveServiceException$ = [-3, _s, "DetectiveServiceException", 0, [], []];
_s_registry.registerError(DetectiveServiceException$, DetectiveServiceException);
const n0_registry = schema.TypeRegistry.for(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_M, _EC, _ECR, _SEC, _SECR],
    [0, 0, 0, 0, 0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_M, _R],
    [0, 64 | 0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var TooManyRequestsException$ = [-3, n0, _TMRE,
    { [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _EC, _ECR],
    [0, 0, 0]
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var EmailAddress = [0, n0, _EA, 8, 0];
var EmailMessage = [0, n0, _EM, 8, 0];
var AcceptInvitationRequest$ = [3, n0, _AIR,
    0,
    [_GA],
    [0], 1
];
var Account$ = [3, n0, _A,
    0,
    [_AI, _EA],
    [0, [() => EmailAddress, 0]], 2
];
var Administrator$ = [3, n0, _Ad,
    0,
    [_AI, _GA, _DT],
    [0, 0, 5]
];
var BatchGetGraphMemberDatasourcesRequest$ = [3, n0, _BGGMDR,
    0,
    [_GA, _AIc],
    [0, 64 | 0], 2
];
var BatchGetGraphMemberDatasourcesResponse$ = [3, n0, _BGGMDRa,
    0,
    [_MD, _UA],
    [() => MembershipDatasourcesList, () => UnprocessedAccountList]
];
var BatchGetMembershipDatasourcesRequest$ = [3, n0, _BGMDR,
    0,
    [_GAr],
    [64 | 0], 1
];
var BatchGetMembershipDatasourcesResponse$ = [3, n0, _BGMDRa,
    0,
    [_MDe, _UG],
    [() => MembershipDatasourcesList, () => UnprocessedGraphList]
];
var CreateGraphRequest$ = [3, n0, _CGR,
    0,
    [_T],
    [128 | 0]
];
var CreateGraphResponse$ = [3, n0, _CGRr,
    0,
    [_GA],
    [0]
];
var CreateMembersRequest$ = [3, n0, _CMR,
    0,
    [_GA, _Ac, _M, _DEN],
    [0, [() => AccountList, 0], [() => EmailMessage, 0], 2], 2
];
var CreateMembersResponse$ = [3, n0, _CMRr,
    0,
    [_Me, _UA],
    [[() => MemberDetailList, 0], () => UnprocessedAccountList]
];
var DatasourcePackageIngestDetail$ = [3, n0, _DPID,
    0,
    [_DPIS, _LISC],
    [0, () => LastIngestStateChangeDates]
];
var DatasourcePackageUsageInfo$ = [3, n0, _DPUI,
    0,
    [_VUIB, _VUUT],
    [1, 5]
];
var DateFilter$ = [3, n0, _DF,
    0,
    [_SI, _EI],
    [5, 5], 2
];
var DeleteGraphRequest$ = [3, n0, _DGR,
    0,
    [_GA],
    [0], 1
];
var DeleteMembersRequest$ = [3, n0, _DMR,
    0,
    [_GA, _AIc],
    [0, 64 | 0], 2
];
var DeleteMembersResponse$ = [3, n0, _DMRe,
    0,
    [_AIc, _UA],
    [64 | 0, () => UnprocessedAccountList]
];
var DescribeOrganizationConfigurationRequest$ = [3, n0, _DOCR,
    0,
    [_GA],
    [0], 1
];
var DescribeOrganizationConfigurationResponse$ = [3, n0, _DOCRe,
    0,
    [_AE],
    [2]
];
var DisassociateMembershipRequest$ = [3, n0, _DMRi,
    0,
    [_GA],
    [0], 1
];
var EnableOrganizationAdminAccountRequest$ = [3, n0, _EOAAR,
    0,
    [_AI],
    [0], 1
];
var FilterCriteria$ = [3, n0, _FC,
    0,
    [_S, _St, _Sta, _EAn, _CT],
    [() => StringFilter$, () => StringFilter$, () => StringFilter$, () => StringFilter$, () => DateFilter$]
];
var FlaggedIpAddressDetail$ = [3, n0, _FIAD,
    0,
    [_IA, _Re],
    [0, 0]
];
var GetInvestigationRequest$ = [3, n0, _GIR,
    0,
    [_GA, _II],
    [0, 0], 2
];
var GetInvestigationResponse$ = [3, n0, _GIRe,
    0,
    [_GA, _II, _EAn, _ET, _CT, _SST, _SET, _St, _S, _Sta],
    [0, 0, 0, 0, 5, 5, 5, 0, 0, 0]
];
var GetMembersRequest$ = [3, n0, _GMR,
    0,
    [_GA, _AIc],
    [0, 64 | 0], 2
];
var GetMembersResponse$ = [3, n0, _GMRe,
    0,
    [_MDem, _UA],
    [[() => MemberDetailList, 0], () => UnprocessedAccountList]
];
var Graph$ = [3, n0, _G,
    0,
    [_Ar, _CT],
    [0, 5]
];
var ImpossibleTravelDetail$ = [3, n0, _ITD,
    0,
    [_SIA, _EIA, _SL, _EL, _HTD],
    [0, 0, 0, 0, 1]
];
var Indicator$ = [3, n0, _I,
    0,
    [_IT, _ID],
    [0, () => IndicatorDetail$]
];
var IndicatorDetail$ = [3, n0, _ID,
    0,
    [_TTPOD, _ITD, _FIAD, _NGD, _NAD, _NUAD, _RFD, _RFGD],
    [() => TTPsObservedDetail$, () => ImpossibleTravelDetail$, () => FlaggedIpAddressDetail$, () => NewGeolocationDetail$, () => NewAsoDetail$, () => NewUserAgentDetail$, () => RelatedFindingDetail$, () => RelatedFindingGroupDetail$]
];
var InvestigationDetail$ = [3, n0, _IDn,
    0,
    [_II, _S, _St, _Sta, _CT, _EAn, _ET],
    [0, 0, 0, 0, 5, 0, 0]
];
var ListDatasourcePackagesRequest$ = [3, n0, _LDPR,
    0,
    [_GA, _NT, _MR],
    [0, 0, 1], 1
];
var ListDatasourcePackagesResponse$ = [3, n0, _LDPRi,
    0,
    [_DP, _NT],
    [() => DatasourcePackageIngestDetails, 0]
];
var ListGraphsRequest$ = [3, n0, _LGR,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListGraphsResponse$ = [3, n0, _LGRi,
    0,
    [_GL, _NT],
    [() => GraphList, 0]
];
var ListIndicatorsRequest$ = [3, n0, _LIR,
    0,
    [_GA, _II, _IT, _NT, _MR],
    [0, 0, 0, 0, 1], 2
];
var ListIndicatorsResponse$ = [3, n0, _LIRi,
    0,
    [_GA, _II, _NT, _In],
    [0, 0, 0, () => Indicators]
];
var ListInvestigationsRequest$ = [3, n0, _LIRis,
    0,
    [_GA, _NT, _MR, _FC, _SC],
    [0, 0, 1, () => FilterCriteria$, () => SortCriteria$], 1
];
var ListInvestigationsResponse$ = [3, n0, _LIRist,
    0,
    [_IDnv, _NT],
    [() => InvestigationDetails, 0]
];
var ListInvitationsRequest$ = [3, n0, _LIRistn,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListInvitationsResponse$ = [3, n0, _LIRistnv,
    0,
    [_Inv, _NT],
    [[() => MemberDetailList, 0], 0]
];
var ListMembersRequest$ = [3, n0, _LMR,
    0,
    [_GA, _NT, _MR],
    [0, 0, 1], 1
];
var ListMembersResponse$ = [3, n0, _LMRi,
    0,
    [_MDem, _NT],
    [[() => MemberDetailList, 0], 0]
];
var ListOrganizationAdminAccountsRequest$ = [3, n0, _LOAAR,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListOrganizationAdminAccountsResponse$ = [3, n0, _LOAARi,
    0,
    [_Adm, _NT],
    [() => AdministratorList, 0]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RA],
    [[0, 1]], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_T],
    [128 | 0]
];
var MemberDetail$ = [3, n0, _MDemb,
    0,
    [_AI, _EA, _GA, _MI, _AId, _St, _DR, _ITn, _UT, _VUIB, _VUUTo, _POGU, _POGUUT, _ITnv, _VUBDP, _DPISa],
    [0, [() => EmailAddress, 0], 0, 0, 0, 0, 0, 5, 5, 1, 5, 1, 5, 0, () => VolumeUsageByDatasourcePackage, 128 | 0]
];
var MembershipDatasources$ = [3, n0, _MDe,
    0,
    [_AI, _GA, _DPIH],
    [0, 0, () => DatasourcePackageIngestHistory]
];
var NewAsoDetail$ = [3, n0, _NAD,
    0,
    [_As, _INFEA],
    [0, 2]
];
var NewGeolocationDetail$ = [3, n0, _NGD,
    0,
    [_L, _IA, _INFEA],
    [0, 0, 2]
];
var NewUserAgentDetail$ = [3, n0, _NUAD,
    0,
    [_UAs, _INFEA],
    [0, 2]
];
var RejectInvitationRequest$ = [3, n0, _RIR,
    0,
    [_GA],
    [0], 1
];
var RelatedFindingDetail$ = [3, n0, _RFD,
    0,
    [_Ar, _Ty, _IA],
    [0, 0, 0]
];
var RelatedFindingGroupDetail$ = [3, n0, _RFGD,
    0,
    [_Id],
    [0]
];
var SortCriteria$ = [3, n0, _SC,
    0,
    [_F, _SO],
    [0, 0]
];
var StartInvestigationRequest$ = [3, n0, _SIR,
    0,
    [_GA, _EAn, _SST, _SET],
    [0, 0, 5, 5], 4
];
var StartInvestigationResponse$ = [3, n0, _SIRt,
    0,
    [_II],
    [0]
];
var StartMonitoringMemberRequest$ = [3, n0, _SMMR,
    0,
    [_GA, _AI],
    [0, 0], 2
];
var StringFilter$ = [3, n0, _SF,
    0,
    [_V],
    [0], 1
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RA, _T],
    [[0, 1], 128 | 0], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TimestampForCollection$ = [3, n0, _TFC,
    0,
    [_Ti],
    [5]
];
var TTPsObservedDetail$ = [3, n0, _TTPOD,
    0,
    [_Ta, _Te, _P, _IA, _APIN, _APISC, _APIFC],
    [0, 0, 0, 0, 0, 1, 1]
];
var UnprocessedAccount$ = [3, n0, _UAn,
    0,
    [_AI, _Re],
    [0, 0]
];
var UnprocessedGraph$ = [3, n0, _UGn,
    0,
    [_GA, _Re],
    [0, 0]
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RA, _TK],
    [[0, 1], [64 | 0, { [_hQ]: _tK }]], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateDatasourcePackagesRequest$ = [3, n0, _UDPR,
    0,
    [_GA, _DP],
    [0, 64 | 0], 2
];
var UpdateInvestigationStateRequest$ = [3, n0, _UISR,
    0,
    [_GA, _II, _Sta],
    [0, 0, 0], 3
];
var UpdateOrganizationConfigurationRequest$ = [3, n0, _UOCR,
    0,
    [_GA, _AE],
    [0, 2], 1
];
var __Unit = "unit";
var AccountIdExtendedList = (/* unused pure expression or super */ null && (0));
var AccountIdList = (/* unused pure expression or super */ null && (0));
var AccountList = [1, n0, _AL,
    0, [() => Account$,
        0]
];
var AdministratorList = [1, n0, _ALd,
    0, () => Administrator$
];
var DatasourcePackageList = (/* unused pure expression or super */ null && (0));
var GraphArnList = (/* unused pure expression or super */ null && (0));
var GraphList = [1, n0, _GL,
    0, () => Graph$
];
var Indicators = [1, n0, _In,
    0, () => Indicator$
];
var InvestigationDetails = [1, n0, _IDnv,
    0, () => InvestigationDetail$
];
var MemberDetailList = [1, n0, _MDL,
    0, [() => MemberDetail$,
        0]
];
var MembershipDatasourcesList = [1, n0, _MDLe,
    0, () => MembershipDatasources$
];
var ResourceList = (/* unused pure expression or super */ null && (0));
var TagKeyList = (/* unused pure expression or super */ null && (0));
var UnprocessedAccountList = [1, n0, _UAL,
    0, () => UnprocessedAccount$
];
var UnprocessedGraphList = [1, n0, _UGL,
    0, () => UnprocessedGraph$
];
var DatasourcePackageIngestDetails = [2, n0, _DPIDa,
    0, 0, () => DatasourcePackageIngestDetail$
];
var DatasourcePackageIngestHistory = [2, n0, _DPIH,
    0, 0, () => LastIngestStateChangeDates
];
var DatasourcePackageIngestStates = (/* unused pure expression or super */ null && (0));
var LastIngestStateChangeDates = [2, n0, _LISCD,
    0, 0, () => TimestampForCollection$
];
var TagMap = (/* unused pure expression or super */ null && (0));
var VolumeUsageByDatasourcePackage = [2, n0, _VUBDP,
    0, 0, () => DatasourcePackageUsageInfo$
];
var AcceptInvitation$ = [9, n0, _AIcc,
    { [_h]: ["PUT", "/invitation", 200] }, () => AcceptInvitationRequest$, () => __Unit
];
var BatchGetGraphMemberDatasources$ = [9, n0, _BGGMD,
    { [_h]: ["POST", "/graph/datasources/get", 200] }, () => BatchGetGraphMemberDatasourcesRequest$, () => BatchGetGraphMemberDatasourcesResponse$
];
var BatchGetMembershipDatasources$ = [9, n0, _BGMD,
    { [_h]: ["POST", "/membership/datasources/get", 200] }, () => BatchGetMembershipDatasourcesRequest$, () => BatchGetMembershipDatasourcesResponse$
];
var CreateGraph$ = [9, n0, _CG,
    { [_h]: ["POST", "/graph", 200] }, () => CreateGraphRequest$, () => CreateGraphResponse$
];
var CreateMembers$ = [9, n0, _CM,
    { [_h]: ["POST", "/graph/members", 200] }, () => CreateMembersRequest$, () => CreateMembersResponse$
];
var DeleteGraph$ = [9, n0, _DG,
    { [_h]: ["POST", "/graph/removal", 200] }, () => DeleteGraphRequest$, () => __Unit
];
var DeleteMembers$ = [9, n0, _DM,
    { [_h]: ["POST", "/graph/members/removal", 200] }, () => DeleteMembersRequest$, () => DeleteMembersResponse$
];
var DescribeOrganizationConfiguration$ = [9, n0, _DOC,
    { [_h]: ["POST", "/orgs/describeOrganizationConfiguration", 200] }, () => DescribeOrganizationConfigurationRequest$, () => DescribeOrganizationConfigurationResponse$
];
var DisableOrganizationAdminAccount$ = [9, n0, _DOAA,
    { [_h]: ["POST", "/orgs/disableAdminAccount", 200] }, () => __Unit, () => __Unit
];
var DisassociateMembership$ = [9, n0, _DMi,
    { [_h]: ["POST", "/membership/removal", 200] }, () => DisassociateMembershipRequest$, () => __Unit
];
var EnableOrganizationAdminAccount$ = [9, n0, _EOAA,
    { [_h]: ["POST", "/orgs/enableAdminAccount", 200] }, () => EnableOrganizationAdminAccountRequest$, () => __Unit
];
var GetInvestigation$ = [9, n0, _GI,
    { [_h]: ["POST", "/investigations/getInvestigation", 200] }, () => GetInvestigationRequest$, () => GetInvestigationResponse$
];
var GetMembers$ = [9, n0, _GM,
    { [_h]: ["POST", "/graph/members/get", 200] }, () => GetMembersRequest$, () => GetMembersResponse$
];
var ListDatasourcePackages$ = [9, n0, _LDP,
    { [_h]: ["POST", "/graph/datasources/list", 200] }, () => ListDatasourcePackagesRequest$, () => ListDatasourcePackagesResponse$
];
var ListGraphs$ = [9, n0, _LG,
    { [_h]: ["POST", "/graphs/list", 200] }, () => ListGraphsRequest$, () => ListGraphsResponse$
];
var ListIndicators$ = [9, n0, _LI,
    { [_h]: ["POST", "/investigations/listIndicators", 200] }, () => ListIndicatorsRequest$, () => ListIndicatorsResponse$
];
var ListInvestigations$ = [9, n0, _LIi,
    { [_h]: ["POST", "/investigations/listInvestigations", 200] }, () => ListInvestigationsRequest$, () => ListInvestigationsResponse$
];
var ListInvitations$ = [9, n0, _LIis,
    { [_h]: ["POST", "/invitations/list", 200] }, () => ListInvitationsRequest$, () => ListInvitationsResponse$
];
var ListMembers$ = [9, n0, _LM,
    { [_h]: ["POST", "/graph/members/list", 200] }, () => ListMembersRequest$, () => ListMembersResponse$
];
var ListOrganizationAdminAccounts$ = [9, n0, _LOAA,
    { [_h]: ["POST", "/orgs/adminAccountslist", 200] }, () => ListOrganizationAdminAccountsRequest$, () => ListOrganizationAdminAccountsResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["GET", "/tags/{ResourceArn}", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var RejectInvitation$ = [9, n0, _RI,
    { [_h]: ["POST", "/invitation/removal", 200] }, () => RejectInvitationRequest$, () => __Unit
];
var StartInvestigation$ = [9, n0, _SIt,
    { [_h]: ["POST", "/investigations/startInvestigation", 200] }, () => StartInvestigationRequest$, () => StartInvestigationResponse$
];
var StartMonitoringMember$ = [9, n0, _SMM,
    { [_h]: ["POST", "/graph/member/monitoringstate", 200] }, () => StartMonitoringMemberRequest$, () => __Unit
];
var TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tags/{ResourceArn}", 204] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_h]: ["DELETE", "/tags/{ResourceArn}", 204] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateDatasourcePackages$ = [9, n0, _UDP,
    { [_h]: ["POST", "/graph/datasources/update", 200] }, () => UpdateDatasourcePackagesRequest$, () => __Unit
];
var UpdateInvestigationState$ = [9, n0, _UIS,
    { [_h]: ["POST", "/investigations/updateInvestigationState", 200] }, () => UpdateInvestigationStateRequest$, () => __Unit
];
var UpdateOrganizationConfiguration$ = [9, n0, _UOC,
    { [_h]: ["POST", "/orgs/updateOrganizationConfiguration", 200] }, () => UpdateOrganizationConfigurationRequest$, () => __Unit
];

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/runtimeConfig.shared.js








const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2018-10-26",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultDetectiveHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        protocol: config?.protocol ?? submodules_protocols.AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.detective",
            errorTypeRegistries: errorTypeRegistries,
            version: "2018-10-26",
            serviceTarget: "AmazonDetective",
        },
        serviceId: config?.serviceId ?? "Detective",
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/runtimeConfig.js










const runtimeConfig_getRuntimeConfig = (config) => {
    (0,submodules_client.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0,submodules_config.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig(config);
    (0,client.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_dist_cjs.defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,client.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        maxAttempts: config?.maxAttempts ?? (0,submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0,submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, { ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler_dist_cjs.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,submodules_config.loadConfig)({
                ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE,
            }, config),
        sha256: config?.sha256 ?? serde.Hash.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? node_http_handler_dist_cjs.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/DetectiveClient.js













class DetectiveClient extends submodules_client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = (0,client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0,retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0,submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0,client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0,endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0,schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0,client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0,retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0,protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0,client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0,client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0,client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0,dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
            httpAuthSchemeParametersProvider: defaultDetectiveHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new dist_cjs.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,dist_cjs.getHttpSigningPlugin)(this.config));
    }
    destroy() {
        super.destroy();
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/commands/ListInvitationsCommand.js





class ListInvitationsCommand extends submodules_client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [(0,endpoints.getEndpointPlugin)(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "ListInvitations", {})
    .n("DetectiveClient", "ListInvitationsCommand")
    .sc(ListInvitations$)
    .build() {
}

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
    return (0,pagination/* collectPages */.VV)('Detective ListInvitations', (token) => detective.send(new ListInvitationsCommand({ MaxResults: DETECTIVE_LIST_INVITATIONS_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })), (page) => ({
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-detective/dist-es/commands/RejectInvitationCommand.js





class RejectInvitationCommand extends submodules_client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [(0,endpoints.getEndpointPlugin)(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "RejectInvitation", {})
    .n("DetectiveClient", "RejectInvitationCommand")
    .sc(RejectInvitation$)
    .build() {
}

;// CONCATENATED MODULE: ./lib/aws/detective/reject-invitation.js

/**
 * Rejects the invitation to the behavior graph `graphArn`; our member status must be INVITED. Races
 * arrive as Detective's errors: ConflictException (409: no longer INVITED, e.g. accepted meanwhile)
 * and ResourceNotFoundException (404: rejected already, removed, or the graph is gone).
 */
async function rejectDetectiveInvitation(detective, graphArn) {
    await detective.send(new RejectInvitationCommand({ GraphArn: graphArn }));
}

;// CONCATENATED MODULE: ./lib/aws/kinds/security/detective.js



/** Detective rejects by behavior graph (the write's target is the graph ARN). */
const detective = {
    list: async (clients, region) => ({ invitations: await listDetectiveInvitations(clients.regional('detective', DetectiveClient, region)) }),
    write: (clients, write) => rejectDetectiveInvitation(clients.regional('detective', DetectiveClient, write.region ?? ''), write.target),
};


/***/ })

};
