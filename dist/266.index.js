export const id = 266;
export const ids = [266];
export const modules = {

/***/ 4199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ RAMClient)
});

// UNUSED EXPORTS: __Client

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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/auth/httpAuthSchemeProvider.js


const defaultRAMHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "ram",
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
const defaultRAMHttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(1604);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/package.json
const package_namespaceObject = {"rE":"3.1048.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var credential_provider_node_dist_cjs = __webpack_require__(5861);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(7288);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/endpoint/bdd.js

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://ram-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://ram.{Region}.amazonaws.com", i],
        ["https://ram-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://ram.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://ram.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(7883);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/runtimeConfig.shared.js








const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2018-01-04",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRAMHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.ram",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1,
            version: "2018-01-04",
            serviceTarget: "AmazonResourceSharing",
        },
        serviceId: config?.serviceId ?? "RAM",
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/runtimeConfig.js










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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/RAMClient.js













class RAMClient extends submodules_client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
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
            httpAuthSchemeParametersProvider: defaultRAMHttpAuthSchemeParametersProvider,
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


/***/ }),

/***/ 4134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ GetResourceShareInvitationsCommand)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7883);





class GetResourceShareInvitationsCommand extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.Command
    .classBuilder()
    .ep(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S)
    .m(function (Command, cs, config, o) {
    return [(0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin)(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "GetResourceShareInvitations", {})
    .n("RAMClient", "GetResourceShareInvitationsCommand")
    .sc(_schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__/* .GetResourceShareInvitations$ */ .k)
    .build() {
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ListPendingInvitationResourcesCommand)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7883);





class ListPendingInvitationResourcesCommand extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.Command
    .classBuilder()
    .ep(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S)
    .m(function (Command, cs, config, o) {
    return [(0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin)(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListPendingInvitationResources", {})
    .n("RAMClient", "ListPendingInvitationResourcesCommand")
    .sc(_schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__/* .ListPendingInvitationResources$ */ .wH)
    .build() {
}


/***/ }),

/***/ 8826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ RejectResourceShareInvitationCommand)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7883);





class RejectResourceShareInvitationCommand extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.Command
    .classBuilder()
    .ep(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S)
    .m(function (Command, cs, config, o) {
    return [(0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin)(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "RejectResourceShareInvitation", {})
    .n("RAMClient", "RejectResourceShareInvitationCommand")
    .sc(_schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__/* .RejectResourceShareInvitation$ */ .uP)
    .build() {
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "ram",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 7883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ GetResourceShareInvitations$),
  wH: () => (/* binding */ ListPendingInvitationResources$),
  uP: () => (/* binding */ RejectResourceShareInvitation$),
  q1: () => (/* binding */ errorTypeRegistries)
});

// UNUSED EXPORTS: AcceptResourceShareInvitation$, AcceptResourceShareInvitationRequest$, AcceptResourceShareInvitationResponse$, AssociateResourceShare$, AssociateResourceSharePermission$, AssociateResourceSharePermissionRequest$, AssociateResourceSharePermissionResponse$, AssociateResourceShareRequest$, AssociateResourceShareResponse$, AssociatedPermission$, AssociatedSource$, CreatePermission$, CreatePermissionRequest$, CreatePermissionResponse$, CreatePermissionVersion$, CreatePermissionVersionRequest$, CreatePermissionVersionResponse$, CreateResourceShare$, CreateResourceShareRequest$, CreateResourceShareResponse$, DeletePermission$, DeletePermissionRequest$, DeletePermissionResponse$, DeletePermissionVersion$, DeletePermissionVersionRequest$, DeletePermissionVersionResponse$, DeleteResourceShare$, DeleteResourceShareRequest$, DeleteResourceShareResponse$, DisassociateResourceShare$, DisassociateResourceSharePermission$, DisassociateResourceSharePermissionRequest$, DisassociateResourceSharePermissionResponse$, DisassociateResourceShareRequest$, DisassociateResourceShareResponse$, EnableSharingWithAwsOrganization$, EnableSharingWithAwsOrganizationRequest$, EnableSharingWithAwsOrganizationResponse$, GetPermission$, GetPermissionRequest$, GetPermissionResponse$, GetResourcePolicies$, GetResourcePoliciesRequest$, GetResourcePoliciesResponse$, GetResourceShareAssociations$, GetResourceShareAssociationsRequest$, GetResourceShareAssociationsResponse$, GetResourceShareInvitationsRequest$, GetResourceShareInvitationsResponse$, GetResourceShares$, GetResourceSharesRequest$, GetResourceSharesResponse$, IdempotentParameterMismatchException$, InvalidClientTokenException$, InvalidMaxResultsException$, InvalidNextTokenException$, InvalidParameterException$, InvalidPolicyException$, InvalidResourceTypeException$, InvalidStateTransitionException$, ListPendingInvitationResourcesRequest$, ListPendingInvitationResourcesResponse$, ListPermissionAssociations$, ListPermissionAssociationsRequest$, ListPermissionAssociationsResponse$, ListPermissionVersions$, ListPermissionVersionsRequest$, ListPermissionVersionsResponse$, ListPermissions$, ListPermissionsRequest$, ListPermissionsResponse$, ListPrincipals$, ListPrincipalsRequest$, ListPrincipalsResponse$, ListReplacePermissionAssociationsWork$, ListReplacePermissionAssociationsWorkRequest$, ListReplacePermissionAssociationsWorkResponse$, ListResourceSharePermissions$, ListResourceSharePermissionsRequest$, ListResourceSharePermissionsResponse$, ListResourceTypes$, ListResourceTypesRequest$, ListResourceTypesResponse$, ListResources$, ListResourcesRequest$, ListResourcesResponse$, ListSourceAssociations$, ListSourceAssociationsRequest$, ListSourceAssociationsResponse$, MalformedArnException$, MalformedPolicyTemplateException$, MissingRequiredParameterException$, OperationNotPermittedException$, PermissionAlreadyExistsException$, PermissionLimitExceededException$, PermissionVersionsLimitExceededException$, Principal$, PromotePermissionCreatedFromPolicy$, PromotePermissionCreatedFromPolicyRequest$, PromotePermissionCreatedFromPolicyResponse$, PromoteResourceShareCreatedFromPolicy$, PromoteResourceShareCreatedFromPolicyRequest$, PromoteResourceShareCreatedFromPolicyResponse$, RAMServiceException$, RejectResourceShareInvitationRequest$, RejectResourceShareInvitationResponse$, ReplacePermissionAssociations$, ReplacePermissionAssociationsRequest$, ReplacePermissionAssociationsResponse$, ReplacePermissionAssociationsWork$, Resource$, ResourceArnNotFoundException$, ResourceShare$, ResourceShareAssociation$, ResourceShareConfiguration$, ResourceShareInvitation$, ResourceShareInvitationAlreadyAcceptedException$, ResourceShareInvitationAlreadyRejectedException$, ResourceShareInvitationArnNotFoundException$, ResourceShareInvitationExpiredException$, ResourceShareLimitExceededException$, ResourceSharePermissionDetail$, ResourceSharePermissionSummary$, ServerInternalException$, ServiceNameAndResourceType$, ServiceUnavailableException$, SetDefaultPermissionVersion$, SetDefaultPermissionVersionRequest$, SetDefaultPermissionVersionResponse$, Tag$, TagFilter$, TagLimitExceededException$, TagPolicyViolationException$, TagResource$, TagResourceRequest$, TagResourceResponse$, ThrottlingException$, UnknownResourceException$, UnmatchedPolicyPermissionException$, UntagResource$, UntagResourceRequest$, UntagResourceResponse$, UpdateResourceShare$, UpdateResourceShareRequest$, UpdateResourceShareResponse$

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/models/RAMServiceException.js


class RAMServiceException extends client.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, RAMServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/models/errors.js

class IdempotentParameterMismatchException extends RAMServiceException {
    name = "IdempotentParameterMismatchException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IdempotentParameterMismatchException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IdempotentParameterMismatchException.prototype);
    }
}
class InvalidClientTokenException extends RAMServiceException {
    name = "InvalidClientTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidClientTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidClientTokenException.prototype);
    }
}
class MalformedArnException extends RAMServiceException {
    name = "MalformedArnException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "MalformedArnException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MalformedArnException.prototype);
    }
}
class OperationNotPermittedException extends RAMServiceException {
    name = "OperationNotPermittedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "OperationNotPermittedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationNotPermittedException.prototype);
    }
}
class ResourceShareInvitationAlreadyAcceptedException extends RAMServiceException {
    name = "ResourceShareInvitationAlreadyAcceptedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceShareInvitationAlreadyAcceptedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceShareInvitationAlreadyAcceptedException.prototype);
    }
}
class ResourceShareInvitationAlreadyRejectedException extends RAMServiceException {
    name = "ResourceShareInvitationAlreadyRejectedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceShareInvitationAlreadyRejectedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceShareInvitationAlreadyRejectedException.prototype);
    }
}
class ResourceShareInvitationArnNotFoundException extends RAMServiceException {
    name = "ResourceShareInvitationArnNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceShareInvitationArnNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceShareInvitationArnNotFoundException.prototype);
    }
}
class ResourceShareInvitationExpiredException extends RAMServiceException {
    name = "ResourceShareInvitationExpiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceShareInvitationExpiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceShareInvitationExpiredException.prototype);
    }
}
class ServerInternalException extends RAMServiceException {
    name = "ServerInternalException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "ServerInternalException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServerInternalException.prototype);
    }
}
class ServiceUnavailableException extends RAMServiceException {
    name = "ServiceUnavailableException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "ServiceUnavailableException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceUnavailableException.prototype);
    }
}
class InvalidParameterException extends RAMServiceException {
    name = "InvalidParameterException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
    }
}
class InvalidStateTransitionException extends RAMServiceException {
    name = "InvalidStateTransitionException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidStateTransitionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidStateTransitionException.prototype);
    }
}
class ResourceShareLimitExceededException extends RAMServiceException {
    name = "ResourceShareLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceShareLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceShareLimitExceededException.prototype);
    }
}
class ThrottlingException extends RAMServiceException {
    name = "ThrottlingException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
    }
}
class UnknownResourceException extends RAMServiceException {
    name = "UnknownResourceException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnknownResourceException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnknownResourceException.prototype);
    }
}
class InvalidPolicyException extends RAMServiceException {
    name = "InvalidPolicyException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidPolicyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidPolicyException.prototype);
    }
}
class MalformedPolicyTemplateException extends RAMServiceException {
    name = "MalformedPolicyTemplateException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "MalformedPolicyTemplateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MalformedPolicyTemplateException.prototype);
    }
}
class PermissionAlreadyExistsException extends RAMServiceException {
    name = "PermissionAlreadyExistsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PermissionAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PermissionAlreadyExistsException.prototype);
    }
}
class PermissionLimitExceededException extends RAMServiceException {
    name = "PermissionLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PermissionLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PermissionLimitExceededException.prototype);
    }
}
class PermissionVersionsLimitExceededException extends RAMServiceException {
    name = "PermissionVersionsLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PermissionVersionsLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PermissionVersionsLimitExceededException.prototype);
    }
}
class TagLimitExceededException extends RAMServiceException {
    name = "TagLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TagLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TagLimitExceededException.prototype);
    }
}
class TagPolicyViolationException extends RAMServiceException {
    name = "TagPolicyViolationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TagPolicyViolationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TagPolicyViolationException.prototype);
    }
}
class InvalidNextTokenException extends RAMServiceException {
    name = "InvalidNextTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidNextTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
    }
}
class ResourceArnNotFoundException extends RAMServiceException {
    name = "ResourceArnNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceArnNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceArnNotFoundException.prototype);
    }
}
class InvalidMaxResultsException extends RAMServiceException {
    name = "InvalidMaxResultsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidMaxResultsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidMaxResultsException.prototype);
    }
}
class MissingRequiredParameterException extends RAMServiceException {
    name = "MissingRequiredParameterException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "MissingRequiredParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MissingRequiredParameterException.prototype);
    }
}
class InvalidResourceTypeException extends RAMServiceException {
    name = "InvalidResourceTypeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidResourceTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidResourceTypeException.prototype);
    }
}
class UnmatchedPolicyPermissionException extends RAMServiceException {
    name = "UnmatchedPolicyPermissionException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnmatchedPolicyPermissionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnmatchedPolicyPermissionException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ram/dist-es/schemas/schemas_0.js
const _AP = "AssociatedPermission";
const _APL = "AssociatedPermissionList";
const _ARS = "AssociateResourceShare";
const _ARSI = "AcceptResourceShareInvitation";
const _ARSIR = "AcceptResourceShareInvitationRequest";
const _ARSIRc = "AcceptResourceShareInvitationResponse";
const _ARSP = "AssociateResourceSharePermission";
const _ARSPR = "AssociateResourceSharePermissionRequest";
const _ARSPRs = "AssociateResourceSharePermissionResponse";
const _ARSR = "AssociateResourceShareRequest";
const _ARSRs = "AssociateResourceShareResponse";
const _AS = "AssociatedSource";
const _ASL = "AssociatedSourceList";
const _CP = "CreatePermission";
const _CPR = "CreatePermissionRequest";
const _CPRr = "CreatePermissionResponse";
const _CPV = "CreatePermissionVersion";
const _CPVR = "CreatePermissionVersionRequest";
const _CPVRr = "CreatePermissionVersionResponse";
const _CRS = "CreateResourceShare";
const _CRSR = "CreateResourceShareRequest";
const _CRSRr = "CreateResourceShareResponse";
const _DP = "DeletePermission";
const _DPR = "DeletePermissionRequest";
const _DPRe = "DeletePermissionResponse";
const _DPV = "DeletePermissionVersion";
const _DPVR = "DeletePermissionVersionRequest";
const _DPVRe = "DeletePermissionVersionResponse";
const _DRS = "DeleteResourceShare";
const _DRSP = "DisassociateResourceSharePermission";
const _DRSPR = "DisassociateResourceSharePermissionRequest";
const _DRSPRi = "DisassociateResourceSharePermissionResponse";
const _DRSR = "DeleteResourceShareRequest";
const _DRSRe = "DeleteResourceShareResponse";
const _DRSRi = "DisassociateResourceShareRequest";
const _DRSRis = "DisassociateResourceShareResponse";
const _DRSi = "DisassociateResourceShare";
const _ESWAO = "EnableSharingWithAwsOrganization";
const _ESWAOR = "EnableSharingWithAwsOrganizationRequest";
const _ESWAORn = "EnableSharingWithAwsOrganizationResponse";
const _GP = "GetPermission";
const _GPR = "GetPermissionRequest";
const _GPRe = "GetPermissionResponse";
const _GRP = "GetResourcePolicies";
const _GRPR = "GetResourcePoliciesRequest";
const _GRPRe = "GetResourcePoliciesResponse";
const _GRS = "GetResourceShares";
const _GRSA = "GetResourceShareAssociations";
const _GRSAR = "GetResourceShareAssociationsRequest";
const _GRSARe = "GetResourceShareAssociationsResponse";
const _GRSI = "GetResourceShareInvitations";
const _GRSIR = "GetResourceShareInvitationsRequest";
const _GRSIRe = "GetResourceShareInvitationsResponse";
const _GRSR = "GetResourceSharesRequest";
const _GRSRe = "GetResourceSharesResponse";
const _ICTE = "InvalidClientTokenException";
const _IMRE = "InvalidMaxResultsException";
const _INTE = "InvalidNextTokenException";
const _IPE = "InvalidParameterException";
const _IPEn = "InvalidPolicyException";
const _IPME = "IdempotentParameterMismatchException";
const _IRTE = "InvalidResourceTypeException";
const _ISTE = "InvalidStateTransitionException";
const _LP = "ListPermissions";
const _LPA = "ListPermissionAssociations";
const _LPAR = "ListPermissionAssociationsRequest";
const _LPARi = "ListPermissionAssociationsResponse";
const _LPIR = "ListPendingInvitationResources";
const _LPIRR = "ListPendingInvitationResourcesRequest";
const _LPIRRi = "ListPendingInvitationResourcesResponse";
const _LPR = "ListPermissionsRequest";
const _LPRi = "ListPermissionsResponse";
const _LPRis = "ListPrincipalsRequest";
const _LPRist = "ListPrincipalsResponse";
const _LPV = "ListPermissionVersions";
const _LPVR = "ListPermissionVersionsRequest";
const _LPVRi = "ListPermissionVersionsResponse";
const _LPi = "ListPrincipals";
const _LR = "ListResources";
const _LRPAW = "ListReplacePermissionAssociationsWork";
const _LRPAWR = "ListReplacePermissionAssociationsWorkRequest";
const _LRPAWRi = "ListReplacePermissionAssociationsWorkResponse";
const _LRR = "ListResourcesRequest";
const _LRRi = "ListResourcesResponse";
const _LRSP = "ListResourceSharePermissions";
const _LRSPR = "ListResourceSharePermissionsRequest";
const _LRSPRi = "ListResourceSharePermissionsResponse";
const _LRT = "ListResourceTypes";
const _LRTR = "ListResourceTypesRequest";
const _LRTRi = "ListResourceTypesResponse";
const _LSA = "ListSourceAssociations";
const _LSAR = "ListSourceAssociationsRequest";
const _LSARi = "ListSourceAssociationsResponse";
const _MAE = "MalformedArnException";
const _MPTE = "MalformedPolicyTemplateException";
const _MRPE = "MissingRequiredParameterException";
const _ONPE = "OperationNotPermittedException";
const _P = "Principal";
const _PAEE = "PermissionAlreadyExistsException";
const _PAL = "PermissionArnList";
const _PAOIL = "PrincipalArnOrIdList";
const _PL = "PolicyList";
const _PLEE = "PermissionLimitExceededException";
const _PLr = "PrincipalList";
const _PPCFP = "PromotePermissionCreatedFromPolicy";
const _PPCFPR = "PromotePermissionCreatedFromPolicyRequest";
const _PPCFPRr = "PromotePermissionCreatedFromPolicyResponse";
const _PRSCFP = "PromoteResourceShareCreatedFromPolicy";
const _PRSCFPR = "PromoteResourceShareCreatedFromPolicyRequest";
const _PRSCFPRr = "PromoteResourceShareCreatedFromPolicyResponse";
const _PVLEE = "PermissionVersionsLimitExceededException";
const _R = "Resource";
const _RAL = "ResourceArnList";
const _RANFE = "ResourceArnNotFoundException";
const _RL = "ResourceList";
const _RPA = "ReplacePermissionAssociations";
const _RPAR = "ReplacePermissionAssociationsRequest";
const _RPARe = "ReplacePermissionAssociationsResponse";
const _RPAW = "ReplacePermissionAssociationsWork";
const _RPAWIL = "ReplacePermissionAssociationsWorkIdList";
const _RPAWL = "ReplacePermissionAssociationsWorkList";
const _RRSI = "RejectResourceShareInvitation";
const _RRSIR = "RejectResourceShareInvitationRequest";
const _RRSIRe = "RejectResourceShareInvitationResponse";
const _RS = "ResourceShare";
const _RSA = "ResourceShareAssociation";
const _RSAL = "ResourceShareArnList";
const _RSALe = "ResourceShareAssociationList";
const _RSC = "ResourceShareConfiguration";
const _RSI = "ResourceShareInvitation";
const _RSIAAE = "ResourceShareInvitationAlreadyAcceptedException";
const _RSIAL = "ResourceShareInvitationArnList";
const _RSIANFE = "ResourceShareInvitationArnNotFoundException";
const _RSIARE = "ResourceShareInvitationAlreadyRejectedException";
const _RSIEE = "ResourceShareInvitationExpiredException";
const _RSIL = "ResourceShareInvitationList";
const _RSL = "ResourceShareList";
const _RSLEE = "ResourceShareLimitExceededException";
const _RSPD = "ResourceSharePermissionDetail";
const _RSPL = "ResourceSharePermissionList";
const _RSPS = "ResourceSharePermissionSummary";
const _SAOAL = "SourceArnOrAccountList";
const _SDPV = "SetDefaultPermissionVersion";
const _SDPVR = "SetDefaultPermissionVersionRequest";
const _SDPVRe = "SetDefaultPermissionVersionResponse";
const _SIE = "ServerInternalException";
const _SNART = "ServiceNameAndResourceType";
const _SNARTL = "ServiceNameAndResourceTypeList";
const _SUE = "ServiceUnavailableException";
const _T = "Tag";
const _TE = "ThrottlingException";
const _TF = "TagFilter";
const _TFa = "TagFilters";
const _TL = "TagList";
const _TLEE = "TagLimitExceededException";
const _TPVE = "TagPolicyViolationException";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _UPPE = "UnmatchedPolicyPermissionException";
const _UR = "UntagResource";
const _URE = "UnknownResourceException";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _URS = "UpdateResourceShare";
const _URSR = "UpdateResourceShareRequest";
const _URSRp = "UpdateResourceShareResponse";
const _a = "arn";
const _aE = "associatedEntity";
const _aEP = "allowExternalPrincipals";
const _aQE = "awsQueryError";
const _aS = "associationStatus";
const _aT = "associationType";
const _c = "client";
const _cT = "clientToken";
const _cTr = "creationTime";
const _dV = "defaultVersion";
const _e = "error";
const _ex = "external";
const _fPA = "fromPermissionArn";
const _fPV = "fromPermissionVersion";
const _fS = "featureSet";
const _h = "http";
const _hE = "httpError";
const _hQ = "httpQuery";
const _i = "id";
const _iRTD = "isResourceTypeDefault";
const _iT = "invitationTimestamp";
const _it = "item";
const _k = "key";
const _lUT = "lastUpdatedTime";
const _m = "message";
const _mR = "maxResults";
const _n = "name";
const _nT = "nextToken";
const _oAI = "owningAccountId";
const _p = "principals";
const _pA = "permissionArn";
const _pAe = "permissionArns";
const _pS = "permissionStatus";
const _pT = "policyTemplate";
const _pTe = "permissionType";
const _pV = "permissionVersion";
const _pe = "permission";
const _per = "permissions";
const _po = "policies";
const _pr = "principal";
const _r = "replace";
const _rA = "resourceArns";
const _rAI = "receiverAccountId";
const _rAe = "resourceArn";
const _rAec = "receiverArn";
const _rGA = "resourceGroupArn";
const _rO = "resourceOwner";
const _rPAW = "replacePermissionAssociationsWorks";
const _rPAWe = "replacePermissionAssociationsWork";
const _rRS = "resourceRegionScope";
const _rS = "resourceShare";
const _rSA = "resourceShareArn";
const _rSAe = "resourceShareAssociations";
const _rSAes = "resourceShareArns";
const _rSC = "resourceShareConfiguration";
const _rSI = "resourceShareInvitation";
const _rSIA = "resourceShareInvitationArn";
const _rSIAe = "resourceShareInvitationArns";
const _rSIe = "resourceShareInvitations";
const _rSN = "resourceShareName";
const _rSOALO = "retainSharingOnAccountLeaveOrganization";
const _rSS = "resourceShareStatus";
const _rSe = "resourceShares";
const _rT = "resourceType";
const _rTe = "resourceTypes";
const _rV = "returnValue";
const _re = "return";
const _res = "resources";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ram";
const _sA = "sourceAssociations";
const _sAI = "senderAccountId";
const _sI = "sourceId";
const _sM = "statusMessage";
const _sN = "serviceName";
const _sT = "sourceType";
const _se = "server";
const _so = "sources";
const _st = "status";
const _t = "tags";
const _tF = "tagFilters";
const _tK = "tagKey";
const _tKa = "tagKeys";
const _tPA = "toPermissionArn";
const _tPV = "toPermissionVersion";
const _tV = "tagValues";
const _ty = "type";
const _v = "version";
const _va = "value";
const _wI = "workIds";
const _xN = "xmlName";
const n0 = "com.amazonaws.ram";



const _s_registry = schema.TypeRegistry.for(_s);
var RAMServiceException$ = [-3, _s, "RAMServiceException", 0, [], []];
_s_registry.registerError(RAMServiceException$, RAMServiceException);
const n0_registry = schema.TypeRegistry.for(n0);
var IdempotentParameterMismatchException$ = [-3, n0, _IPME,
    { [_aQE]: [`IdempotentParameterMismatch`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(IdempotentParameterMismatchException$, IdempotentParameterMismatchException);
var InvalidClientTokenException$ = [-3, n0, _ICTE,
    { [_aQE]: [`InvalidClientToken`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(InvalidClientTokenException$, InvalidClientTokenException);
var InvalidMaxResultsException$ = [-3, n0, _IMRE,
    { [_aQE]: [`InvalidMaxResults`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(InvalidMaxResultsException$, InvalidMaxResultsException);
var InvalidNextTokenException$ = [-3, n0, _INTE,
    { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterException$ = [-3, n0, _IPE,
    { [_aQE]: [`InvalidParameter`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidPolicyException$ = [-3, n0, _IPEn,
    { [_aQE]: [`InvalidPolicy`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(InvalidPolicyException$, InvalidPolicyException);
var InvalidResourceTypeException$ = [-3, n0, _IRTE,
    { [_aQE]: [`InvalidResourceType.Unknown`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(InvalidResourceTypeException$, InvalidResourceTypeException);
var InvalidStateTransitionException$ = [-3, n0, _ISTE,
    { [_aQE]: [`InvalidStateTransitionException.Unknown`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(InvalidStateTransitionException$, InvalidStateTransitionException);
var MalformedArnException$ = [-3, n0, _MAE,
    { [_aQE]: [`InvalidArn.Malformed`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(MalformedArnException$, MalformedArnException);
var MalformedPolicyTemplateException$ = [-3, n0, _MPTE,
    { [_aQE]: [`MalformedPolicyTemplateException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(MalformedPolicyTemplateException$, MalformedPolicyTemplateException);
var MissingRequiredParameterException$ = [-3, n0, _MRPE,
    { [_aQE]: [`MissingRequiredParameter`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(MissingRequiredParameterException$, MissingRequiredParameterException);
var OperationNotPermittedException$ = [-3, n0, _ONPE,
    { [_aQE]: [`OperationNotPermitted`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(OperationNotPermittedException$, OperationNotPermittedException);
var PermissionAlreadyExistsException$ = [-3, n0, _PAEE,
    { [_aQE]: [`PermissionAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0], 1
];
n0_registry.registerError(PermissionAlreadyExistsException$, PermissionAlreadyExistsException);
var PermissionLimitExceededException$ = [-3, n0, _PLEE,
    { [_aQE]: [`PermissionLimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(PermissionLimitExceededException$, PermissionLimitExceededException);
var PermissionVersionsLimitExceededException$ = [-3, n0, _PVLEE,
    { [_aQE]: [`PermissionVersionsLimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(PermissionVersionsLimitExceededException$, PermissionVersionsLimitExceededException);
var ResourceArnNotFoundException$ = [-3, n0, _RANFE,
    { [_aQE]: [`InvalidResourceArn.NotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(ResourceArnNotFoundException$, ResourceArnNotFoundException);
var ResourceShareInvitationAlreadyAcceptedException$ = [-3, n0, _RSIAAE,
    { [_aQE]: [`InvalidResourceShareInvitationArn.AlreadyAccepted`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(ResourceShareInvitationAlreadyAcceptedException$, ResourceShareInvitationAlreadyAcceptedException);
var ResourceShareInvitationAlreadyRejectedException$ = [-3, n0, _RSIARE,
    { [_aQE]: [`InvalidResourceShareInvitationArn.AlreadyRejected`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(ResourceShareInvitationAlreadyRejectedException$, ResourceShareInvitationAlreadyRejectedException);
var ResourceShareInvitationArnNotFoundException$ = [-3, n0, _RSIANFE,
    { [_aQE]: [`InvalidResourceShareInvitationArn.NotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(ResourceShareInvitationArnNotFoundException$, ResourceShareInvitationArnNotFoundException);
var ResourceShareInvitationExpiredException$ = [-3, n0, _RSIEE,
    { [_aQE]: [`InvalidResourceShareInvitationArn.Expired`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(ResourceShareInvitationExpiredException$, ResourceShareInvitationExpiredException);
var ResourceShareLimitExceededException$ = [-3, n0, _RSLEE,
    { [_aQE]: [`ResourceShareLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(ResourceShareLimitExceededException$, ResourceShareLimitExceededException);
var ServerInternalException$ = [-3, n0, _SIE,
    { [_aQE]: [`InternalError`, 500], [_e]: _se, [_hE]: 500 },
    [_m],
    [0], 1
];
n0_registry.registerError(ServerInternalException$, ServerInternalException);
var ServiceUnavailableException$ = [-3, n0, _SUE,
    { [_aQE]: [`Unavailable`, 503], [_e]: _se, [_hE]: 503 },
    [_m],
    [0], 1
];
n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var TagLimitExceededException$ = [-3, n0, _TLEE,
    { [_aQE]: [`TagLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(TagLimitExceededException$, TagLimitExceededException);
var TagPolicyViolationException$ = [-3, n0, _TPVE,
    { [_aQE]: [`TagPolicyViolation`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(TagPolicyViolationException$, TagPolicyViolationException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_aQE]: [`ThrottlingException`, 429], [_e]: _c, [_hE]: 429 },
    [_m],
    [0], 1
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var UnknownResourceException$ = [-3, n0, _URE,
    { [_aQE]: [`InvalidResourceShareArn.NotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(UnknownResourceException$, UnknownResourceException);
var UnmatchedPolicyPermissionException$ = [-3, n0, _UPPE,
    { [_aQE]: [`UnmatchedPolicyPermissionException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(UnmatchedPolicyPermissionException$, UnmatchedPolicyPermissionException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AcceptResourceShareInvitationRequest$ = [3, n0, _ARSIR,
    0,
    [_rSIA, _cT],
    [0, 0], 1
];
var AcceptResourceShareInvitationResponse$ = [3, n0, _ARSIRc,
    0,
    [_rSI, _cT],
    [[() => ResourceShareInvitation$, 0], 0]
];
var AssociatedPermission$ = [3, n0, _AP,
    0,
    [_a, _pV, _dV, _rT, _st, _fS, _lUT, _rSA],
    [0, 0, 2, 0, 0, 0, 4, 0]
];
var AssociatedSource$ = [3, n0, _AS,
    0,
    [_rSA, _sI, _sT, _st, _lUT, _cTr, _sM],
    [0, 0, 0, 0, 4, 4, 0]
];
var AssociateResourceSharePermissionRequest$ = [3, n0, _ARSPR,
    0,
    [_rSA, _pA, _r, _cT, _pV],
    [0, 0, 2, 0, 1], 2
];
var AssociateResourceSharePermissionResponse$ = [3, n0, _ARSPRs,
    0,
    [_rV, _cT],
    [2, 0]
];
var AssociateResourceShareRequest$ = [3, n0, _ARSR,
    0,
    [_rSA, _rA, _p, _cT, _so],
    [0, [() => ResourceArnList, 0], [() => PrincipalArnOrIdList, 0], 0, [() => SourceArnOrAccountList, 0]], 1
];
var AssociateResourceShareResponse$ = [3, n0, _ARSRs,
    0,
    [_rSAe, _cT],
    [[() => ResourceShareAssociationList, 0], 0]
];
var CreatePermissionRequest$ = [3, n0, _CPR,
    0,
    [_n, _rT, _pT, _cT, _t],
    [0, 0, 0, 0, () => TagList], 3
];
var CreatePermissionResponse$ = [3, n0, _CPRr,
    0,
    [_pe, _cT],
    [() => ResourceSharePermissionSummary$, 0]
];
var CreatePermissionVersionRequest$ = [3, n0, _CPVR,
    0,
    [_pA, _pT, _cT],
    [0, 0, 0], 2
];
var CreatePermissionVersionResponse$ = [3, n0, _CPVRr,
    0,
    [_pe, _cT],
    [() => ResourceSharePermissionDetail$, 0]
];
var CreateResourceShareRequest$ = [3, n0, _CRSR,
    0,
    [_n, _rA, _p, _t, _aEP, _cT, _pAe, _so, _rSC],
    [0, [() => ResourceArnList, 0], [() => PrincipalArnOrIdList, 0], () => TagList, 2, 0, [() => PermissionArnList, 0], [() => SourceArnOrAccountList, 0], () => ResourceShareConfiguration$], 1
];
var CreateResourceShareResponse$ = [3, n0, _CRSRr,
    0,
    [_rS, _cT],
    [() => ResourceShare$, 0]
];
var DeletePermissionRequest$ = [3, n0, _DPR,
    0,
    [_pA, _cT],
    [[0, { [_hQ]: _pA }], [0, { [_hQ]: _cT }]], 1
];
var DeletePermissionResponse$ = [3, n0, _DPRe,
    0,
    [_rV, _cT, _pS],
    [[2, { [_xN]: _re }], 0, 0]
];
var DeletePermissionVersionRequest$ = [3, n0, _DPVR,
    0,
    [_pA, _pV, _cT],
    [[0, { [_hQ]: _pA }], [1, { [_hQ]: _pV }], [0, { [_hQ]: _cT }]], 2
];
var DeletePermissionVersionResponse$ = [3, n0, _DPVRe,
    0,
    [_rV, _cT, _pS],
    [[2, { [_xN]: _re }], 0, 0]
];
var DeleteResourceShareRequest$ = [3, n0, _DRSR,
    0,
    [_rSA, _cT],
    [[0, { [_hQ]: _rSA }], [0, { [_hQ]: _cT }]], 1
];
var DeleteResourceShareResponse$ = [3, n0, _DRSRe,
    0,
    [_rV, _cT],
    [[2, { [_xN]: _re }], 0]
];
var DisassociateResourceSharePermissionRequest$ = [3, n0, _DRSPR,
    0,
    [_rSA, _pA, _cT],
    [0, 0, 0], 2
];
var DisassociateResourceSharePermissionResponse$ = [3, n0, _DRSPRi,
    0,
    [_rV, _cT],
    [2, 0]
];
var DisassociateResourceShareRequest$ = [3, n0, _DRSRi,
    0,
    [_rSA, _rA, _p, _cT, _so],
    [0, [() => ResourceArnList, 0], [() => PrincipalArnOrIdList, 0], 0, [() => SourceArnOrAccountList, 0]], 1
];
var DisassociateResourceShareResponse$ = [3, n0, _DRSRis,
    0,
    [_rSAe, _cT],
    [[() => ResourceShareAssociationList, 0], 0]
];
var EnableSharingWithAwsOrganizationRequest$ = [3, n0, _ESWAOR,
    0,
    [],
    []
];
var EnableSharingWithAwsOrganizationResponse$ = [3, n0, _ESWAORn,
    0,
    [_rV],
    [[2, { [_xN]: _re }]]
];
var GetPermissionRequest$ = [3, n0, _GPR,
    0,
    [_pA, _pV],
    [0, 1], 1
];
var GetPermissionResponse$ = [3, n0, _GPRe,
    0,
    [_pe],
    [() => ResourceSharePermissionDetail$]
];
var GetResourcePoliciesRequest$ = [3, n0, _GRPR,
    0,
    [_rA, _pr, _nT, _mR],
    [[() => ResourceArnList, 0], 0, 0, 1], 1
];
var GetResourcePoliciesResponse$ = [3, n0, _GRPRe,
    0,
    [_po, _nT],
    [[() => PolicyList, 0], 0]
];
var GetResourceShareAssociationsRequest$ = [3, n0, _GRSAR,
    0,
    [_aT, _rSAes, _rAe, _pr, _aS, _nT, _mR],
    [0, [() => ResourceShareArnList, 0], 0, 0, 0, 0, 1], 1
];
var GetResourceShareAssociationsResponse$ = [3, n0, _GRSARe,
    0,
    [_rSAe, _nT],
    [[() => ResourceShareAssociationList, 0], 0]
];
var GetResourceShareInvitationsRequest$ = [3, n0, _GRSIR,
    0,
    [_rSIAe, _rSAes, _nT, _mR],
    [[() => ResourceShareInvitationArnList, 0], [() => ResourceShareArnList, 0], 0, 1]
];
var GetResourceShareInvitationsResponse$ = [3, n0, _GRSIRe,
    0,
    [_rSIe, _nT],
    [[() => ResourceShareInvitationList, 0], 0]
];
var GetResourceSharesRequest$ = [3, n0, _GRSR,
    0,
    [_rO, _rSAes, _rSS, _n, _tF, _nT, _mR, _pA, _pV],
    [0, [() => ResourceShareArnList, 0], 0, 0, () => TagFilters, 0, 1, 0, 1], 1
];
var GetResourceSharesResponse$ = [3, n0, _GRSRe,
    0,
    [_rSe, _nT],
    [[() => ResourceShareList, 0], 0]
];
var ListPendingInvitationResourcesRequest$ = [3, n0, _LPIRR,
    0,
    [_rSIA, _nT, _mR, _rRS],
    [0, 0, 1, 0], 1
];
var ListPendingInvitationResourcesResponse$ = [3, n0, _LPIRRi,
    0,
    [_res, _nT],
    [[() => ResourceList, 0], 0]
];
var ListPermissionAssociationsRequest$ = [3, n0, _LPAR,
    0,
    [_pA, _pV, _aS, _rT, _fS, _dV, _nT, _mR],
    [0, 1, 0, 0, 0, 2, 0, 1]
];
var ListPermissionAssociationsResponse$ = [3, n0, _LPARi,
    0,
    [_per, _nT],
    [[() => AssociatedPermissionList, 0], 0]
];
var ListPermissionsRequest$ = [3, n0, _LPR,
    0,
    [_rT, _nT, _mR, _pTe],
    [0, 0, 1, 0]
];
var ListPermissionsResponse$ = [3, n0, _LPRi,
    0,
    [_per, _nT],
    [[() => ResourceSharePermissionList, 0], 0]
];
var ListPermissionVersionsRequest$ = [3, n0, _LPVR,
    0,
    [_pA, _nT, _mR],
    [0, 0, 1], 1
];
var ListPermissionVersionsResponse$ = [3, n0, _LPVRi,
    0,
    [_per, _nT],
    [[() => ResourceSharePermissionList, 0], 0]
];
var ListPrincipalsRequest$ = [3, n0, _LPRis,
    0,
    [_rO, _rAe, _p, _rT, _rSAes, _nT, _mR],
    [0, 0, [() => PrincipalArnOrIdList, 0], 0, [() => ResourceShareArnList, 0], 0, 1], 1
];
var ListPrincipalsResponse$ = [3, n0, _LPRist,
    0,
    [_p, _nT],
    [[() => PrincipalList, 0], 0]
];
var ListReplacePermissionAssociationsWorkRequest$ = [3, n0, _LRPAWR,
    0,
    [_wI, _st, _nT, _mR],
    [[() => ReplacePermissionAssociationsWorkIdList, 0], 0, 0, 1]
];
var ListReplacePermissionAssociationsWorkResponse$ = [3, n0, _LRPAWRi,
    0,
    [_rPAW, _nT],
    [[() => ReplacePermissionAssociationsWorkList, 0], 0]
];
var ListResourceSharePermissionsRequest$ = [3, n0, _LRSPR,
    0,
    [_rSA, _nT, _mR],
    [0, 0, 1], 1
];
var ListResourceSharePermissionsResponse$ = [3, n0, _LRSPRi,
    0,
    [_per, _nT],
    [[() => ResourceSharePermissionList, 0], 0]
];
var ListResourcesRequest$ = [3, n0, _LRR,
    0,
    [_rO, _pr, _rT, _rA, _rSAes, _nT, _mR, _rRS],
    [0, 0, 0, [() => ResourceArnList, 0], [() => ResourceShareArnList, 0], 0, 1, 0], 1
];
var ListResourcesResponse$ = [3, n0, _LRRi,
    0,
    [_res, _nT],
    [[() => ResourceList, 0], 0]
];
var ListResourceTypesRequest$ = [3, n0, _LRTR,
    0,
    [_nT, _mR, _rRS],
    [0, 1, 0]
];
var ListResourceTypesResponse$ = [3, n0, _LRTRi,
    0,
    [_rTe, _nT],
    [[() => ServiceNameAndResourceTypeList, 0], 0]
];
var ListSourceAssociationsRequest$ = [3, n0, _LSAR,
    0,
    [_rSAes, _sI, _sT, _aS, _nT, _mR],
    [[() => ResourceShareArnList, 0], 0, 0, 0, 0, 1]
];
var ListSourceAssociationsResponse$ = [3, n0, _LSARi,
    0,
    [_sA, _nT],
    [[() => AssociatedSourceList, 0], 0]
];
var Principal$ = [3, n0, _P,
    0,
    [_i, _rSA, _cTr, _lUT, _ex],
    [0, 0, 4, 4, 2]
];
var PromotePermissionCreatedFromPolicyRequest$ = [3, n0, _PPCFPR,
    0,
    [_pA, _n, _cT],
    [0, 0, 0], 2
];
var PromotePermissionCreatedFromPolicyResponse$ = [3, n0, _PPCFPRr,
    0,
    [_pe, _cT],
    [() => ResourceSharePermissionSummary$, 0]
];
var PromoteResourceShareCreatedFromPolicyRequest$ = [3, n0, _PRSCFPR,
    0,
    [_rSA],
    [[0, { [_hQ]: _rSA }]], 1
];
var PromoteResourceShareCreatedFromPolicyResponse$ = [3, n0, _PRSCFPRr,
    0,
    [_rV],
    [[2, { [_xN]: _re }]]
];
var RejectResourceShareInvitationRequest$ = [3, n0, _RRSIR,
    0,
    [_rSIA, _cT],
    [0, 0], 1
];
var RejectResourceShareInvitationResponse$ = [3, n0, _RRSIRe,
    0,
    [_rSI, _cT],
    [[() => ResourceShareInvitation$, 0], 0]
];
var ReplacePermissionAssociationsRequest$ = [3, n0, _RPAR,
    0,
    [_fPA, _tPA, _fPV, _cT],
    [0, 0, 1, 0], 2
];
var ReplacePermissionAssociationsResponse$ = [3, n0, _RPARe,
    0,
    [_rPAWe, _cT],
    [() => ReplacePermissionAssociationsWork$, 0]
];
var ReplacePermissionAssociationsWork$ = [3, n0, _RPAW,
    0,
    [_i, _fPA, _fPV, _tPA, _tPV, _st, _sM, _cTr, _lUT],
    [0, 0, 0, 0, 0, 0, 0, 4, 4]
];
var Resource$ = [3, n0, _R,
    0,
    [_a, _ty, _rSA, _rGA, _st, _sM, _cTr, _lUT, _rRS],
    [0, 0, 0, 0, 0, 0, 4, 4, 0]
];
var ResourceShare$ = [3, n0, _RS,
    0,
    [_rSA, _n, _oAI, _aEP, _st, _sM, _t, _cTr, _lUT, _fS, _rSC],
    [0, 0, 0, 2, 0, 0, () => TagList, 4, 4, 0, () => ResourceShareConfiguration$]
];
var ResourceShareAssociation$ = [3, n0, _RSA,
    0,
    [_rSA, _rSN, _aE, _aT, _st, _sM, _cTr, _lUT, _ex],
    [0, 0, 0, 0, 0, 0, 4, 4, 2]
];
var ResourceShareConfiguration$ = [3, n0, _RSC,
    0,
    [_rSOALO],
    [2]
];
var ResourceShareInvitation$ = [3, n0, _RSI,
    0,
    [_rSIA, _rSN, _rSA, _sAI, _rAI, _iT, _st, _rSAe, _rAec],
    [0, 0, 0, 0, 0, 4, 0, [() => ResourceShareAssociationList, 0], 0]
];
var ResourceSharePermissionDetail$ = [3, n0, _RSPD,
    0,
    [_a, _v, _dV, _n, _rT, _pe, _cTr, _lUT, _iRTD, _pTe, _fS, _st, _t],
    [0, 0, 2, 0, 0, 0, 4, 4, 2, 0, 0, 0, () => TagList]
];
var ResourceSharePermissionSummary$ = [3, n0, _RSPS,
    0,
    [_a, _v, _dV, _n, _rT, _st, _cTr, _lUT, _iRTD, _pTe, _fS, _t],
    [0, 0, 2, 0, 0, 0, 4, 4, 2, 0, 0, () => TagList]
];
var ServiceNameAndResourceType$ = [3, n0, _SNART,
    0,
    [_rT, _sN, _rRS],
    [0, 0, 0]
];
var SetDefaultPermissionVersionRequest$ = [3, n0, _SDPVR,
    0,
    [_pA, _pV, _cT],
    [0, 1, 0], 2
];
var SetDefaultPermissionVersionResponse$ = [3, n0, _SDPVRe,
    0,
    [_rV, _cT],
    [[2, { [_xN]: _re }], 0]
];
var Tag$ = [3, n0, _T,
    0,
    [_k, _va],
    [0, 0]
];
var TagFilter$ = [3, n0, _TF,
    0,
    [_tK, _tV],
    [0, 64 | 0]
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_t, _rSA, _rAe],
    [() => TagList, 0, 0], 1
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_tKa, _rSA, _rAe],
    [64 | 0, 0, 0], 1
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateResourceShareRequest$ = [3, n0, _URSR,
    0,
    [_rSA, _n, _aEP, _cT],
    [0, 0, 2, 0], 1
];
var UpdateResourceShareResponse$ = [3, n0, _URSRp,
    0,
    [_rS, _cT],
    [() => ResourceShare$, 0]
];
var AssociatedPermissionList = [1, n0, _APL,
    0, [() => AssociatedPermission$,
        { [_xN]: _it }]
];
var AssociatedSourceList = [1, n0, _ASL,
    0, [() => AssociatedSource$,
        { [_xN]: _it }]
];
var PermissionArnList = [1, n0, _PAL,
    0, [0,
        { [_xN]: _it }]
];
var PolicyList = [1, n0, _PL,
    0, [0,
        { [_xN]: _it }]
];
var PrincipalArnOrIdList = [1, n0, _PAOIL,
    0, [0,
        { [_xN]: _it }]
];
var PrincipalList = [1, n0, _PLr,
    0, [() => Principal$,
        { [_xN]: _it }]
];
var ReplacePermissionAssociationsWorkIdList = [1, n0, _RPAWIL,
    0, [0,
        { [_xN]: _it }]
];
var ReplacePermissionAssociationsWorkList = [1, n0, _RPAWL,
    0, [() => ReplacePermissionAssociationsWork$,
        { [_xN]: _it }]
];
var ResourceArnList = [1, n0, _RAL,
    0, [0,
        { [_xN]: _it }]
];
var ResourceList = [1, n0, _RL,
    0, [() => Resource$,
        { [_xN]: _it }]
];
var ResourceShareArnList = [1, n0, _RSAL,
    0, [0,
        { [_xN]: _it }]
];
var ResourceShareAssociationList = [1, n0, _RSALe,
    0, [() => ResourceShareAssociation$,
        { [_xN]: _it }]
];
var ResourceShareInvitationArnList = [1, n0, _RSIAL,
    0, [0,
        { [_xN]: _it }]
];
var ResourceShareInvitationList = [1, n0, _RSIL,
    0, [() => ResourceShareInvitation$,
        { [_xN]: _it }]
];
var ResourceShareList = [1, n0, _RSL,
    0, [() => ResourceShare$,
        { [_xN]: _it }]
];
var ResourceSharePermissionList = [1, n0, _RSPL,
    0, [() => ResourceSharePermissionSummary$,
        { [_xN]: _it }]
];
var ServiceNameAndResourceTypeList = [1, n0, _SNARTL,
    0, [() => ServiceNameAndResourceType$,
        { [_xN]: _it }]
];
var SourceArnOrAccountList = [1, n0, _SAOAL,
    0, [0,
        { [_xN]: _it }]
];
var TagFilters = [1, n0, _TFa,
    0, () => TagFilter$
];
var TagKeyList = (/* unused pure expression or super */ null && (0));
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var TagValueList = (/* unused pure expression or super */ null && (0));
var AcceptResourceShareInvitation$ = [9, n0, _ARSI,
    { [_h]: ["POST", "/acceptresourceshareinvitation", 200] }, () => AcceptResourceShareInvitationRequest$, () => AcceptResourceShareInvitationResponse$
];
var AssociateResourceShare$ = [9, n0, _ARS,
    { [_h]: ["POST", "/associateresourceshare", 200] }, () => AssociateResourceShareRequest$, () => AssociateResourceShareResponse$
];
var AssociateResourceSharePermission$ = [9, n0, _ARSP,
    { [_h]: ["POST", "/associateresourcesharepermission", 200] }, () => AssociateResourceSharePermissionRequest$, () => AssociateResourceSharePermissionResponse$
];
var CreatePermission$ = [9, n0, _CP,
    { [_h]: ["POST", "/createpermission", 200] }, () => CreatePermissionRequest$, () => CreatePermissionResponse$
];
var CreatePermissionVersion$ = [9, n0, _CPV,
    { [_h]: ["POST", "/createpermissionversion", 200] }, () => CreatePermissionVersionRequest$, () => CreatePermissionVersionResponse$
];
var CreateResourceShare$ = [9, n0, _CRS,
    { [_h]: ["POST", "/createresourceshare", 200] }, () => CreateResourceShareRequest$, () => CreateResourceShareResponse$
];
var DeletePermission$ = [9, n0, _DP,
    { [_h]: ["DELETE", "/deletepermission", 200] }, () => DeletePermissionRequest$, () => DeletePermissionResponse$
];
var DeletePermissionVersion$ = [9, n0, _DPV,
    { [_h]: ["DELETE", "/deletepermissionversion", 200] }, () => DeletePermissionVersionRequest$, () => DeletePermissionVersionResponse$
];
var DeleteResourceShare$ = [9, n0, _DRS,
    { [_h]: ["DELETE", "/deleteresourceshare", 200] }, () => DeleteResourceShareRequest$, () => DeleteResourceShareResponse$
];
var DisassociateResourceShare$ = [9, n0, _DRSi,
    { [_h]: ["POST", "/disassociateresourceshare", 200] }, () => DisassociateResourceShareRequest$, () => DisassociateResourceShareResponse$
];
var DisassociateResourceSharePermission$ = [9, n0, _DRSP,
    { [_h]: ["POST", "/disassociateresourcesharepermission", 200] }, () => DisassociateResourceSharePermissionRequest$, () => DisassociateResourceSharePermissionResponse$
];
var EnableSharingWithAwsOrganization$ = [9, n0, _ESWAO,
    { [_h]: ["POST", "/enablesharingwithawsorganization", 200] }, () => EnableSharingWithAwsOrganizationRequest$, () => EnableSharingWithAwsOrganizationResponse$
];
var GetPermission$ = [9, n0, _GP,
    { [_h]: ["POST", "/getpermission", 200] }, () => GetPermissionRequest$, () => GetPermissionResponse$
];
var GetResourcePolicies$ = [9, n0, _GRP,
    { [_h]: ["POST", "/getresourcepolicies", 200] }, () => GetResourcePoliciesRequest$, () => GetResourcePoliciesResponse$
];
var GetResourceShareAssociations$ = [9, n0, _GRSA,
    { [_h]: ["POST", "/getresourceshareassociations", 200] }, () => GetResourceShareAssociationsRequest$, () => GetResourceShareAssociationsResponse$
];
var GetResourceShareInvitations$ = [9, n0, _GRSI,
    { [_h]: ["POST", "/getresourceshareinvitations", 200] }, () => GetResourceShareInvitationsRequest$, () => GetResourceShareInvitationsResponse$
];
var GetResourceShares$ = [9, n0, _GRS,
    { [_h]: ["POST", "/getresourceshares", 200] }, () => GetResourceSharesRequest$, () => GetResourceSharesResponse$
];
var ListPendingInvitationResources$ = [9, n0, _LPIR,
    { [_h]: ["POST", "/listpendinginvitationresources", 200] }, () => ListPendingInvitationResourcesRequest$, () => ListPendingInvitationResourcesResponse$
];
var ListPermissionAssociations$ = [9, n0, _LPA,
    { [_h]: ["POST", "/listpermissionassociations", 200] }, () => ListPermissionAssociationsRequest$, () => ListPermissionAssociationsResponse$
];
var ListPermissions$ = [9, n0, _LP,
    { [_h]: ["POST", "/listpermissions", 200] }, () => ListPermissionsRequest$, () => ListPermissionsResponse$
];
var ListPermissionVersions$ = [9, n0, _LPV,
    { [_h]: ["POST", "/listpermissionversions", 200] }, () => ListPermissionVersionsRequest$, () => ListPermissionVersionsResponse$
];
var ListPrincipals$ = [9, n0, _LPi,
    { [_h]: ["POST", "/listprincipals", 200] }, () => ListPrincipalsRequest$, () => ListPrincipalsResponse$
];
var ListReplacePermissionAssociationsWork$ = [9, n0, _LRPAW,
    { [_h]: ["POST", "/listreplacepermissionassociationswork", 200] }, () => ListReplacePermissionAssociationsWorkRequest$, () => ListReplacePermissionAssociationsWorkResponse$
];
var ListResources$ = [9, n0, _LR,
    { [_h]: ["POST", "/listresources", 200] }, () => ListResourcesRequest$, () => ListResourcesResponse$
];
var ListResourceSharePermissions$ = [9, n0, _LRSP,
    { [_h]: ["POST", "/listresourcesharepermissions", 200] }, () => ListResourceSharePermissionsRequest$, () => ListResourceSharePermissionsResponse$
];
var ListResourceTypes$ = [9, n0, _LRT,
    { [_h]: ["POST", "/listresourcetypes", 200] }, () => ListResourceTypesRequest$, () => ListResourceTypesResponse$
];
var ListSourceAssociations$ = [9, n0, _LSA,
    { [_h]: ["POST", "/listsourceassociations", 200] }, () => ListSourceAssociationsRequest$, () => ListSourceAssociationsResponse$
];
var PromotePermissionCreatedFromPolicy$ = [9, n0, _PPCFP,
    { [_h]: ["POST", "/promotepermissioncreatedfrompolicy", 200] }, () => PromotePermissionCreatedFromPolicyRequest$, () => PromotePermissionCreatedFromPolicyResponse$
];
var PromoteResourceShareCreatedFromPolicy$ = [9, n0, _PRSCFP,
    { [_h]: ["POST", "/promoteresourcesharecreatedfrompolicy", 200] }, () => PromoteResourceShareCreatedFromPolicyRequest$, () => PromoteResourceShareCreatedFromPolicyResponse$
];
var RejectResourceShareInvitation$ = [9, n0, _RRSI,
    { [_h]: ["POST", "/rejectresourceshareinvitation", 200] }, () => RejectResourceShareInvitationRequest$, () => RejectResourceShareInvitationResponse$
];
var ReplacePermissionAssociations$ = [9, n0, _RPA,
    { [_h]: ["POST", "/replacepermissionassociations", 200] }, () => ReplacePermissionAssociationsRequest$, () => ReplacePermissionAssociationsResponse$
];
var SetDefaultPermissionVersion$ = [9, n0, _SDPV,
    { [_h]: ["POST", "/setdefaultpermissionversion", 200] }, () => SetDefaultPermissionVersionRequest$, () => SetDefaultPermissionVersionResponse$
];
var TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tagresource", 200] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_h]: ["POST", "/untagresource", 200] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateResourceShare$ = [9, n0, _URS,
    { [_h]: ["POST", "/updateresourceshare", 200] }, () => UpdateResourceShareRequest$, () => UpdateResourceShareResponse$
];


/***/ })

};
