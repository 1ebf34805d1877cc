export const id = 604;
export const ids = [604];
export const modules = {

/***/ 9064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ Macie2Client)
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/auth/httpAuthSchemeProvider.js


const defaultMacie2HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "macie2",
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
const defaultMacie2HttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(8175);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/package.json
const package_namespaceObject = {"rE":"3.1048.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var credential_provider_node_dist_cjs = __webpack_require__(5861);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(7288);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/endpoint/bdd.js

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
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://macie2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://macie2-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://macie2.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://macie2.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(4980);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/runtimeConfig.shared.js








const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2020-01-01",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultMacie2HttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.macie2",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            version: "2020-01-01",
            serviceTarget: "Macie2",
        },
        serviceId: config?.serviceId ?? "Macie2",
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/runtimeConfig.js










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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/Macie2Client.js













class Macie2Client extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultMacie2HttpAuthSchemeParametersProvider,
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

/***/ 1436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ DeclineInvitationsCommand)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8175);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4980);





class DeclineInvitationsCommand extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.Command
    .classBuilder()
    .ep(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S)
    .m(function (Command, cs, config, o) {
    return [(0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin)(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DeclineInvitations", {})
    .n("Macie2Client", "DeclineInvitationsCommand")
    .sc(_schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__/* .DeclineInvitations$ */ .bf6)
    .build() {
}


/***/ }),

/***/ 1798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ListInvitationsCommand)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8175);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4980);





class ListInvitationsCommand extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.Command
    .classBuilder()
    .ep(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S)
    .m(function (Command, cs, config, o) {
    return [(0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin)(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListInvitations", {})
    .n("Macie2Client", "ListInvitationsCommand")
    .sc(_schemas_schemas_0__WEBPACK_IMPORTED_MODULE_3__/* .ListInvitations$ */ .JMi)
    .build() {
}


/***/ }),

/***/ 8175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "macie2",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 4980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bf6: () => (/* binding */ DeclineInvitations$),
  JMi: () => (/* binding */ ListInvitations$),
  q1U: () => (/* binding */ errorTypeRegistries)
});

// UNUSED EXPORTS: AcceptInvitation$, AcceptInvitationRequest$, AcceptInvitationResponse$, AccessControlList$, AccessDeniedException$, AccountDetail$, AccountLevelPermissions$, AdminAccount$, AllowListCriteria$, AllowListStatus$, AllowListSummary$, ApiCallDetails$, AssumedRole$, AutomatedDiscoveryAccount$, AutomatedDiscoveryAccountUpdate$, AutomatedDiscoveryAccountUpdateError$, AwsAccount$, AwsService$, BatchGetCustomDataIdentifierSummary$, BatchGetCustomDataIdentifiers$, BatchGetCustomDataIdentifiersRequest$, BatchGetCustomDataIdentifiersResponse$, BatchUpdateAutomatedDiscoveryAccounts$, BatchUpdateAutomatedDiscoveryAccountsRequest$, BatchUpdateAutomatedDiscoveryAccountsResponse$, BlockPublicAccess$, BucketCountByEffectivePermission$, BucketCountByEncryptionType$, BucketCountBySharedAccessType$, BucketCountPolicyAllowsUnencryptedObjectUploads$, BucketCriteriaAdditionalProperties$, BucketLevelPermissions$, BucketMetadata$, BucketPermissionConfiguration$, BucketPolicy$, BucketPublicAccess$, BucketServerSideEncryption$, BucketSortCriteria$, BucketStatisticsBySensitivity$, Cell$, ClassificationDetails$, ClassificationExportConfiguration$, ClassificationResult$, ClassificationResultStatus$, ClassificationScopeSummary$, ConflictException$, CreateAllowList$, CreateAllowListRequest$, CreateAllowListResponse$, CreateClassificationJob$, CreateClassificationJobRequest$, CreateClassificationJobResponse$, CreateCustomDataIdentifier$, CreateCustomDataIdentifierRequest$, CreateCustomDataIdentifierResponse$, CreateFindingsFilter$, CreateFindingsFilterRequest$, CreateFindingsFilterResponse$, CreateInvitations$, CreateInvitationsRequest$, CreateInvitationsResponse$, CreateMember$, CreateMemberRequest$, CreateMemberResponse$, CreateSampleFindings$, CreateSampleFindingsRequest$, CreateSampleFindingsResponse$, CriteriaBlockForJob$, CriteriaForJob$, CriterionAdditionalProperties$, CustomDataIdentifierSummary$, CustomDataIdentifiers$, CustomDetection$, DailySchedule$, DeclineInvitationsRequest$, DeclineInvitationsResponse$, DefaultDetection$, DeleteAllowList$, DeleteAllowListRequest$, DeleteAllowListResponse$, DeleteCustomDataIdentifier$, DeleteCustomDataIdentifierRequest$, DeleteCustomDataIdentifierResponse$, DeleteFindingsFilter$, DeleteFindingsFilterRequest$, DeleteFindingsFilterResponse$, DeleteInvitations$, DeleteInvitationsRequest$, DeleteInvitationsResponse$, DeleteMember$, DeleteMemberRequest$, DeleteMemberResponse$, DescribeBuckets$, DescribeBucketsRequest$, DescribeBucketsResponse$, DescribeClassificationJob$, DescribeClassificationJobRequest$, DescribeClassificationJobResponse$, DescribeOrganizationConfiguration$, DescribeOrganizationConfigurationRequest$, DescribeOrganizationConfigurationResponse$, DetectedDataDetails$, Detection$, DisableMacie$, DisableMacieRequest$, DisableMacieResponse$, DisableOrganizationAdminAccount$, DisableOrganizationAdminAccountRequest$, DisableOrganizationAdminAccountResponse$, DisassociateFromAdministratorAccount$, DisassociateFromAdministratorAccountRequest$, DisassociateFromAdministratorAccountResponse$, DisassociateFromMasterAccount$, DisassociateFromMasterAccountRequest$, DisassociateFromMasterAccountResponse$, DisassociateMember$, DisassociateMemberRequest$, DisassociateMemberResponse$, DomainDetails$, EnableMacie$, EnableMacieRequest$, EnableMacieResponse$, EnableOrganizationAdminAccount$, EnableOrganizationAdminAccountRequest$, EnableOrganizationAdminAccountResponse$, FederatedUser$, Finding$, FindingAction$, FindingActor$, FindingCriteria$, FindingStatisticsSortCriteria$, FindingsFilterListItem$, GetAdministratorAccount$, GetAdministratorAccountRequest$, GetAdministratorAccountResponse$, GetAllowList$, GetAllowListRequest$, GetAllowListResponse$, GetAutomatedDiscoveryConfiguration$, GetAutomatedDiscoveryConfigurationRequest$, GetAutomatedDiscoveryConfigurationResponse$, GetBucketStatistics$, GetBucketStatisticsRequest$, GetBucketStatisticsResponse$, GetClassificationExportConfiguration$, GetClassificationExportConfigurationRequest$, GetClassificationExportConfigurationResponse$, GetClassificationScope$, GetClassificationScopeRequest$, GetClassificationScopeResponse$, GetCustomDataIdentifier$, GetCustomDataIdentifierRequest$, GetCustomDataIdentifierResponse$, GetFindingStatistics$, GetFindingStatisticsRequest$, GetFindingStatisticsResponse$, GetFindings$, GetFindingsFilter$, GetFindingsFilterRequest$, GetFindingsFilterResponse$, GetFindingsPublicationConfiguration$, GetFindingsPublicationConfigurationRequest$, GetFindingsPublicationConfigurationResponse$, GetFindingsRequest$, GetFindingsResponse$, GetInvitationsCount$, GetInvitationsCountRequest$, GetInvitationsCountResponse$, GetMacieSession$, GetMacieSessionRequest$, GetMacieSessionResponse$, GetMasterAccount$, GetMasterAccountRequest$, GetMasterAccountResponse$, GetMember$, GetMemberRequest$, GetMemberResponse$, GetResourceProfile$, GetResourceProfileRequest$, GetResourceProfileResponse$, GetRevealConfiguration$, GetRevealConfigurationRequest$, GetRevealConfigurationResponse$, GetSensitiveDataOccurrences$, GetSensitiveDataOccurrencesAvailability$, GetSensitiveDataOccurrencesAvailabilityRequest$, GetSensitiveDataOccurrencesAvailabilityResponse$, GetSensitiveDataOccurrencesRequest$, GetSensitiveDataOccurrencesResponse$, GetSensitivityInspectionTemplate$, GetSensitivityInspectionTemplateRequest$, GetSensitivityInspectionTemplateResponse$, GetUsageStatistics$, GetUsageStatisticsRequest$, GetUsageStatisticsResponse$, GetUsageTotals$, GetUsageTotalsRequest$, GetUsageTotalsResponse$, GroupCount$, IamUser$, InternalServerException$, Invitation$, IpAddressDetails$, IpCity$, IpCountry$, IpGeoLocation$, IpOwner$, JobDetails$, JobScheduleFrequency$, JobScopeTerm$, JobScopingBlock$, JobSummary$, KeyValuePair$, LastRunErrorStatus$, ListAllowLists$, ListAllowListsRequest$, ListAllowListsResponse$, ListAutomatedDiscoveryAccounts$, ListAutomatedDiscoveryAccountsRequest$, ListAutomatedDiscoveryAccountsResponse$, ListClassificationJobs$, ListClassificationJobsRequest$, ListClassificationJobsResponse$, ListClassificationScopes$, ListClassificationScopesRequest$, ListClassificationScopesResponse$, ListCustomDataIdentifiers$, ListCustomDataIdentifiersRequest$, ListCustomDataIdentifiersResponse$, ListFindings$, ListFindingsFilters$, ListFindingsFiltersRequest$, ListFindingsFiltersResponse$, ListFindingsRequest$, ListFindingsResponse$, ListInvitationsRequest$, ListInvitationsResponse$, ListJobsFilterCriteria$, ListJobsFilterTerm$, ListJobsSortCriteria$, ListManagedDataIdentifiers$, ListManagedDataIdentifiersRequest$, ListManagedDataIdentifiersResponse$, ListMembers$, ListMembersRequest$, ListMembersResponse$, ListOrganizationAdminAccounts$, ListOrganizationAdminAccountsRequest$, ListOrganizationAdminAccountsResponse$, ListResourceProfileArtifacts$, ListResourceProfileArtifactsRequest$, ListResourceProfileArtifactsResponse$, ListResourceProfileDetections$, ListResourceProfileDetectionsRequest$, ListResourceProfileDetectionsResponse$, ListSensitivityInspectionTemplates$, ListSensitivityInspectionTemplatesRequest$, ListSensitivityInspectionTemplatesResponse$, ListTagsForResource$, ListTagsForResourceRequest$, ListTagsForResourceResponse$, Macie2ServiceException$, ManagedDataIdentifierSummary$, MatchingBucket$, MatchingResource$, Member$, MonthlySchedule$, ObjectCountByEncryptionType$, ObjectLevelStatistics$, Occurrences$, Page$, PolicyDetails$, PutClassificationExportConfiguration$, PutClassificationExportConfigurationRequest$, PutClassificationExportConfigurationResponse$, PutFindingsPublicationConfiguration$, PutFindingsPublicationConfigurationRequest$, PutFindingsPublicationConfigurationResponse$, Range$, ReplicationDetails$, ResourceNotFoundException$, ResourceProfileArtifact$, ResourceStatistics$, ResourcesAffected$, RetrievalConfiguration$, RevealConfiguration$, S3Bucket$, S3BucketCriteriaForJob$, S3BucketDefinitionForJob$, S3BucketOwner$, S3ClassificationScope$, S3ClassificationScopeExclusion$, S3ClassificationScopeExclusionUpdate$, S3ClassificationScopeUpdate$, S3Destination$, S3JobDefinition$, S3Object$, S3WordsList$, Scoping$, SearchResources$, SearchResourcesBucketCriteria$, SearchResourcesCriteria$, SearchResourcesCriteriaBlock$, SearchResourcesRequest$, SearchResourcesResponse$, SearchResourcesSimpleCriterion$, SearchResourcesSortCriteria$, SearchResourcesTagCriterion$, SearchResourcesTagCriterionPair$, SecurityHubConfiguration$, SensitiveDataItem$, SensitivityAggregations$, SensitivityInspectionTemplateExcludes$, SensitivityInspectionTemplateIncludes$, SensitivityInspectionTemplatesEntry$, ServerSideEncryption$, ServiceLimit$, ServiceQuotaExceededException$, SessionContext$, SessionContextAttributes$, SessionIssuer$, Severity$, SeverityLevel$, SimpleCriterionForJob$, SimpleScopeTerm$, SortCriteria$, Statistics$, SuppressDataIdentifier$, TagCriterionForJob$, TagCriterionPairForJob$, TagResource$, TagResourceRequest$, TagResourceResponse$, TagScopeTerm$, TagValuePair$, TestCustomDataIdentifier$, TestCustomDataIdentifierRequest$, TestCustomDataIdentifierResponse$, ThrottlingException$, UnprocessableEntityException$, UnprocessedAccount$, UntagResource$, UntagResourceRequest$, UntagResourceResponse$, UpdateAllowList$, UpdateAllowListRequest$, UpdateAllowListResponse$, UpdateAutomatedDiscoveryConfiguration$, UpdateAutomatedDiscoveryConfigurationRequest$, UpdateAutomatedDiscoveryConfigurationResponse$, UpdateClassificationJob$, UpdateClassificationJobRequest$, UpdateClassificationJobResponse$, UpdateClassificationScope$, UpdateClassificationScopeRequest$, UpdateClassificationScopeResponse$, UpdateFindingsFilter$, UpdateFindingsFilterRequest$, UpdateFindingsFilterResponse$, UpdateMacieSession$, UpdateMacieSessionRequest$, UpdateMacieSessionResponse$, UpdateMemberSession$, UpdateMemberSessionRequest$, UpdateMemberSessionResponse$, UpdateOrganizationConfiguration$, UpdateOrganizationConfigurationRequest$, UpdateOrganizationConfigurationResponse$, UpdateResourceProfile$, UpdateResourceProfileDetections$, UpdateResourceProfileDetectionsRequest$, UpdateResourceProfileDetectionsResponse$, UpdateResourceProfileRequest$, UpdateResourceProfileResponse$, UpdateRetrievalConfiguration$, UpdateRevealConfiguration$, UpdateRevealConfigurationRequest$, UpdateRevealConfigurationResponse$, UpdateSensitivityInspectionTemplate$, UpdateSensitivityInspectionTemplateRequest$, UpdateSensitivityInspectionTemplateResponse$, UsageByAccount$, UsageRecord$, UsageStatisticsFilter$, UsageStatisticsSortBy$, UsageTotal$, UserIdentity$, UserIdentityRoot$, UserPausedDetails$, ValidationException$, WeeklySchedule$, _Record$

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/models/Macie2ServiceException.js


class Macie2ServiceException extends client.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, Macie2ServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/models/errors.js

class AccessDeniedException extends Macie2ServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
class ConflictException extends Macie2ServiceException {
    name = "ConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
    }
}
class InternalServerException extends Macie2ServiceException {
    name = "InternalServerException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
    }
}
class ResourceNotFoundException extends Macie2ServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    }
}
class ServiceQuotaExceededException extends Macie2ServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
    }
}
class ThrottlingException extends Macie2ServiceException {
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
class ValidationException extends Macie2ServiceException {
    name = "ValidationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
    }
}
class UnprocessableEntityException extends Macie2ServiceException {
    name = "UnprocessableEntityException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnprocessableEntityException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnprocessableEntityException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-macie2/dist-es/schemas/schemas_0.js
const _AA = "AdminAccount";
const _AAw = "AwsAccount";
const _ACD = "ApiCallDetails";
const _ACL = "AccessControlList";
const _AD = "AccountDetail";
const _ADA = "AutomatedDiscoveryAccount";
const _ADAU = "AutomatedDiscoveryAccountUpdate";
const _ADAUE = "AutomatedDiscoveryAccountUpdateError";
const _ADE = "AccessDeniedException";
const _AI = "AcceptInvitation";
const _AIR = "AcceptInvitationRequest";
const _AIRc = "AcceptInvitationResponse";
const _ALC = "AllowListCriteria";
const _ALP = "AccountLevelPermissions";
const _ALS = "AllowListStatus";
const _ALSl = "AllowListSummary";
const _AR = "AssumedRole";
const _AS = "AwsService";
const _BC = "BucketCriteria";
const _BCAP = "BucketCriteriaAdditionalProperties";
const _BCBEP = "BucketCountByEffectivePermission";
const _BCBET = "BucketCountByEncryptionType";
const _BCBSAT = "BucketCountBySharedAccessType";
const _BCPAUOU = "BucketCountPolicyAllowsUnencryptedObjectUploads";
const _BGCDI = "BatchGetCustomDataIdentifiers";
const _BGCDIR = "BatchGetCustomDataIdentifiersRequest";
const _BGCDIRa = "BatchGetCustomDataIdentifiersResponse";
const _BGCDIS = "BatchGetCustomDataIdentifierSummary";
const _BLP = "BucketLevelPermissions";
const _BM = "BucketMetadata";
const _BP = "BucketPolicy";
const _BPA = "BlockPublicAccess";
const _BPAu = "BucketPublicAccess";
const _BPC = "BucketPermissionConfiguration";
const _BSBS = "BucketStatisticsBySensitivity";
const _BSC = "BucketSortCriteria";
const _BSSE = "BucketServerSideEncryption";
const _BUADA = "BatchUpdateAutomatedDiscoveryAccounts";
const _BUADAR = "BatchUpdateAutomatedDiscoveryAccountsRequest";
const _BUADARa = "BatchUpdateAutomatedDiscoveryAccountsResponse";
const _C = "Cell";
const _CAL = "CreateAllowList";
const _CALR = "CreateAllowListRequest";
const _CALRr = "CreateAllowListResponse";
const _CAP = "CriterionAdditionalProperties";
const _CBFJ = "CriteriaBlockForJob";
const _CCDI = "CreateCustomDataIdentifier";
const _CCDIR = "CreateCustomDataIdentifierRequest";
const _CCDIRr = "CreateCustomDataIdentifierResponse";
const _CCJ = "CreateClassificationJob";
const _CCJR = "CreateClassificationJobRequest";
const _CCJRr = "CreateClassificationJobResponse";
const _CD = "ClassificationDetails";
const _CDI = "CustomDataIdentifiers";
const _CDIS = "CustomDataIdentifierSummary";
const _CDu = "CustomDetection";
const _CDus = "CustomDetections";
const _CE = "ConflictException";
const _CEC = "ClassificationExportConfiguration";
const _CFF = "CreateFindingsFilter";
const _CFFR = "CreateFindingsFilterRequest";
const _CFFRr = "CreateFindingsFilterResponse";
const _CFJ = "CriteriaForJob";
const _CI = "CreateInvitations";
const _CIR = "CreateInvitationsRequest";
const _CIRr = "CreateInvitationsResponse";
const _CM = "CreateMember";
const _CMR = "CreateMemberRequest";
const _CMRr = "CreateMemberResponse";
const _CR = "ClassificationResult";
const _CRS = "ClassificationResultStatus";
const _CSF = "CreateSampleFindings";
const _CSFR = "CreateSampleFindingsRequest";
const _CSFRr = "CreateSampleFindingsResponse";
const _CSS = "ClassificationScopeSummary";
const _Ce = "Cells";
const _Cr = "Criterion";
const _D = "Detection";
const _DAL = "DeleteAllowList";
const _DALR = "DeleteAllowListRequest";
const _DALRe = "DeleteAllowListResponse";
const _DB = "DescribeBuckets";
const _DBR = "DescribeBucketsRequest";
const _DBRe = "DescribeBucketsResponse";
const _DCDI = "DeleteCustomDataIdentifier";
const _DCDIR = "DeleteCustomDataIdentifierRequest";
const _DCDIRe = "DeleteCustomDataIdentifierResponse";
const _DCJ = "DescribeClassificationJob";
const _DCJR = "DescribeClassificationJobRequest";
const _DCJRe = "DescribeClassificationJobResponse";
const _DD = "DefaultDetection";
const _DDD = "DetectedDataDetails";
const _DDe = "DefaultDetections";
const _DDo = "DomainDetails";
const _DFAA = "DisassociateFromAdministratorAccount";
const _DFAAR = "DisassociateFromAdministratorAccountRequest";
const _DFAARi = "DisassociateFromAdministratorAccountResponse";
const _DFF = "DeleteFindingsFilter";
const _DFFR = "DeleteFindingsFilterRequest";
const _DFFRe = "DeleteFindingsFilterResponse";
const _DFMA = "DisassociateFromMasterAccount";
const _DFMAR = "DisassociateFromMasterAccountRequest";
const _DFMARi = "DisassociateFromMasterAccountResponse";
const _DI = "DeclineInvitations";
const _DIR = "DeclineInvitationsRequest";
const _DIRe = "DeclineInvitationsResponse";
const _DIRel = "DeleteInvitationsRequest";
const _DIRele = "DeleteInvitationsResponse";
const _DIe = "DeleteInvitations";
const _DM = "DeleteMember";
const _DMR = "DeleteMemberRequest";
const _DMRe = "DeleteMemberResponse";
const _DMRi = "DisableMacieRequest";
const _DMRis = "DisableMacieResponse";
const _DMRisa = "DisassociateMemberRequest";
const _DMRisas = "DisassociateMemberResponse";
const _DMi = "DisableMacie";
const _DMis = "DisassociateMember";
const _DOAA = "DisableOrganizationAdminAccount";
const _DOAAR = "DisableOrganizationAdminAccountRequest";
const _DOAARi = "DisableOrganizationAdminAccountResponse";
const _DOC = "DescribeOrganizationConfiguration";
const _DOCR = "DescribeOrganizationConfigurationRequest";
const _DOCRe = "DescribeOrganizationConfigurationResponse";
const _DS = "DailySchedule";
const _EM = "EnableMacie";
const _EMR = "EnableMacieRequest";
const _EMRn = "EnableMacieResponse";
const _EOAA = "EnableOrganizationAdminAccount";
const _EOAAR = "EnableOrganizationAdminAccountRequest";
const _EOAARn = "EnableOrganizationAdminAccountResponse";
const _F = "Finding";
const _FA = "FindingAction";
const _FAi = "FindingActor";
const _FC = "FindingCriteria";
const _FFLI = "FindingsFilterListItem";
const _FSSC = "FindingStatisticsSortCriteria";
const _FU = "FederatedUser";
const _GAA = "GetAdministratorAccount";
const _GAAR = "GetAdministratorAccountRequest";
const _GAARe = "GetAdministratorAccountResponse";
const _GADC = "GetAutomatedDiscoveryConfiguration";
const _GADCR = "GetAutomatedDiscoveryConfigurationRequest";
const _GADCRe = "GetAutomatedDiscoveryConfigurationResponse";
const _GAL = "GetAllowList";
const _GALR = "GetAllowListRequest";
const _GALRe = "GetAllowListResponse";
const _GBS = "GetBucketStatistics";
const _GBSR = "GetBucketStatisticsRequest";
const _GBSRe = "GetBucketStatisticsResponse";
const _GC = "GroupCount";
const _GCDI = "GetCustomDataIdentifier";
const _GCDIR = "GetCustomDataIdentifierRequest";
const _GCDIRe = "GetCustomDataIdentifierResponse";
const _GCEC = "GetClassificationExportConfiguration";
const _GCECR = "GetClassificationExportConfigurationRequest";
const _GCECRe = "GetClassificationExportConfigurationResponse";
const _GCS = "GetClassificationScope";
const _GCSR = "GetClassificationScopeRequest";
const _GCSRe = "GetClassificationScopeResponse";
const _GF = "GetFindings";
const _GFF = "GetFindingsFilter";
const _GFFR = "GetFindingsFilterRequest";
const _GFFRe = "GetFindingsFilterResponse";
const _GFPC = "GetFindingsPublicationConfiguration";
const _GFPCR = "GetFindingsPublicationConfigurationRequest";
const _GFPCRe = "GetFindingsPublicationConfigurationResponse";
const _GFR = "GetFindingsRequest";
const _GFRe = "GetFindingsResponse";
const _GFS = "GetFindingStatistics";
const _GFSR = "GetFindingStatisticsRequest";
const _GFSRe = "GetFindingStatisticsResponse";
const _GIC = "GetInvitationsCount";
const _GICR = "GetInvitationsCountRequest";
const _GICRe = "GetInvitationsCountResponse";
const _GM = "GetMember";
const _GMA = "GetMasterAccount";
const _GMAR = "GetMasterAccountRequest";
const _GMARe = "GetMasterAccountResponse";
const _GMR = "GetMemberRequest";
const _GMRe = "GetMemberResponse";
const _GMS = "GetMacieSession";
const _GMSR = "GetMacieSessionRequest";
const _GMSRe = "GetMacieSessionResponse";
const _GRC = "GetRevealConfiguration";
const _GRCR = "GetRevealConfigurationRequest";
const _GRCRe = "GetRevealConfigurationResponse";
const _GRP = "GetResourceProfile";
const _GRPR = "GetResourceProfileRequest";
const _GRPRe = "GetResourceProfileResponse";
const _GSDO = "GetSensitiveDataOccurrences";
const _GSDOA = "GetSensitiveDataOccurrencesAvailability";
const _GSDOAR = "GetSensitiveDataOccurrencesAvailabilityRequest";
const _GSDOARe = "GetSensitiveDataOccurrencesAvailabilityResponse";
const _GSDOR = "GetSensitiveDataOccurrencesRequest";
const _GSDORe = "GetSensitiveDataOccurrencesResponse";
const _GSIT = "GetSensitivityInspectionTemplate";
const _GSITR = "GetSensitivityInspectionTemplateRequest";
const _GSITRe = "GetSensitivityInspectionTemplateResponse";
const _GUS = "GetUsageStatistics";
const _GUSR = "GetUsageStatisticsRequest";
const _GUSRe = "GetUsageStatisticsResponse";
const _GUT = "GetUsageTotals";
const _GUTR = "GetUsageTotalsRequest";
const _GUTRe = "GetUsageTotalsResponse";
const _I = "Invitation";
const _IAD = "IpAddressDetails";
const _IC = "IpCity";
const _ICp = "IpCountry";
const _IGL = "IpGeoLocation";
const _IO = "IpOwner";
const _ISE = "InternalServerException";
const _IU = "IamUser";
const _JD = "JobDetails";
const _JS = "JobSummary";
const _JSB = "JobScopingBlock";
const _JSF = "JobScheduleFrequency";
const _JST = "JobScopeTerm";
const _KVP = "KeyValuePair";
const _KVPL = "KeyValuePairList";
const _LADA = "ListAutomatedDiscoveryAccounts";
const _LADAR = "ListAutomatedDiscoveryAccountsRequest";
const _LADARi = "ListAutomatedDiscoveryAccountsResponse";
const _LAL = "ListAllowLists";
const _LALR = "ListAllowListsRequest";
const _LALRi = "ListAllowListsResponse";
const _LCDI = "ListCustomDataIdentifiers";
const _LCDIR = "ListCustomDataIdentifiersRequest";
const _LCDIRi = "ListCustomDataIdentifiersResponse";
const _LCJ = "ListClassificationJobs";
const _LCJR = "ListClassificationJobsRequest";
const _LCJRi = "ListClassificationJobsResponse";
const _LCS = "ListClassificationScopes";
const _LCSR = "ListClassificationScopesRequest";
const _LCSRi = "ListClassificationScopesResponse";
const _LF = "ListFindings";
const _LFF = "ListFindingsFilters";
const _LFFR = "ListFindingsFiltersRequest";
const _LFFRi = "ListFindingsFiltersResponse";
const _LFR = "ListFindingsRequest";
const _LFRi = "ListFindingsResponse";
const _LI = "ListInvitations";
const _LIR = "ListInvitationsRequest";
const _LIRi = "ListInvitationsResponse";
const _LJFC = "ListJobsFilterCriteria";
const _LJFT = "ListJobsFilterTerm";
const _LJSC = "ListJobsSortCriteria";
const _LM = "ListMembers";
const _LMDI = "ListManagedDataIdentifiers";
const _LMDIR = "ListManagedDataIdentifiersRequest";
const _LMDIRi = "ListManagedDataIdentifiersResponse";
const _LMR = "ListMembersRequest";
const _LMRi = "ListMembersResponse";
const _LOAA = "ListOrganizationAdminAccounts";
const _LOAAR = "ListOrganizationAdminAccountsRequest";
const _LOAARi = "ListOrganizationAdminAccountsResponse";
const _LRES = "LastRunErrorStatus";
const _LRPA = "ListResourceProfileArtifacts";
const _LRPAR = "ListResourceProfileArtifactsRequest";
const _LRPARi = "ListResourceProfileArtifactsResponse";
const _LRPD = "ListResourceProfileDetections";
const _LRPDR = "ListResourceProfileDetectionsRequest";
const _LRPDRi = "ListResourceProfileDetectionsResponse";
const _LSIT = "ListSensitivityInspectionTemplates";
const _LSITR = "ListSensitivityInspectionTemplatesRequest";
const _LSITRi = "ListSensitivityInspectionTemplatesResponse";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _M = "Member";
const _MB = "MatchingBucket";
const _MDIS = "ManagedDataIdentifierSummary";
const _MR = "MatchingResource";
const _MS = "MonthlySchedule";
const _O = "Occurrences";
const _OCBET = "ObjectCountByEncryptionType";
const _OLS = "ObjectLevelStatistics";
const _P = "Page";
const _PCEC = "PutClassificationExportConfiguration";
const _PCECR = "PutClassificationExportConfigurationRequest";
const _PCECRu = "PutClassificationExportConfigurationResponse";
const _PD = "PolicyDetails";
const _PFPC = "PutFindingsPublicationConfiguration";
const _PFPCR = "PutFindingsPublicationConfigurationRequest";
const _PFPCRu = "PutFindingsPublicationConfigurationResponse";
const _Pa = "Pages";
const _R = "Range";
const _RA = "ResourcesAffected";
const _RC = "RetrievalConfiguration";
const _RCe = "RevealConfiguration";
const _RD = "ReplicationDetails";
const _RNFE = "ResourceNotFoundException";
const _RPA = "ResourceProfileArtifact";
const _RS = "ResourceStatistics";
const _Ra = "Ranges";
const _Re = "Record";
const _Rec = "Records";
const _S = "Scoping";
const _SA = "SensitivityAggregations";
const _SB = "S3Bucket";
const _SBCFJ = "S3BucketCriteriaForJob";
const _SBDFJ = "S3BucketDefinitionForJob";
const _SBO = "S3BucketOwner";
const _SC = "SessionContext";
const _SCA = "SessionContextAttributes";
const _SCFJ = "SimpleCriterionForJob";
const _SCS = "S3ClassificationScope";
const _SCSE = "S3ClassificationScopeExclusion";
const _SCSEU = "S3ClassificationScopeExclusionUpdate";
const _SCSU = "S3ClassificationScopeUpdate";
const _SCo = "SortCriteria";
const _SD = "S3Destination";
const _SDI = "SensitiveDataItem";
const _SDIu = "SuppressDataIdentifier";
const _SDO = "SensitiveDataOccurrences";
const _SDe = "SensitiveData";
const _SHC = "SecurityHubConfiguration";
const _SI = "SessionIssuer";
const _SITE = "SensitivityInspectionTemplateExcludes";
const _SITEe = "SensitivityInspectionTemplatesEntry";
const _SITI = "SensitivityInspectionTemplateIncludes";
const _SJD = "S3JobDefinition";
const _SL = "ServiceLimit";
const _SLL = "SeverityLevelList";
const _SLe = "SeverityLevel";
const _SO = "S3Object";
const _SQEE = "ServiceQuotaExceededException";
const _SR = "SearchResources";
const _SRBC = "SearchResourcesBucketCriteria";
const _SRC = "SearchResourcesCriteria";
const _SRCB = "SearchResourcesCriteriaBlock";
const _SRR = "SearchResourcesRequest";
const _SRRe = "SearchResourcesResponse";
const _SRSC = "SearchResourcesSimpleCriterion";
const _SRSCe = "SearchResourcesSortCriteria";
const _SRTC = "SearchResourcesTagCriterion";
const _SRTCP = "SearchResourcesTagCriterionPair";
const _SSE = "ServerSideEncryption";
const _SST = "SimpleScopeTerm";
const _SWL = "S3WordsList";
const _Se = "Severity";
const _St = "Statistics";
const _TCDI = "TestCustomDataIdentifier";
const _TCDIR = "TestCustomDataIdentifierRequest";
const _TCDIRe = "TestCustomDataIdentifierResponse";
const _TCFJ = "TagCriterionForJob";
const _TCPFJ = "TagCriterionPairForJob";
const _TE = "ThrottlingException";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TST = "TagScopeTerm";
const _TVP = "TagValuePair";
const _UA = "UnprocessedAccount";
const _UADC = "UpdateAutomatedDiscoveryConfiguration";
const _UADCR = "UpdateAutomatedDiscoveryConfigurationRequest";
const _UADCRp = "UpdateAutomatedDiscoveryConfigurationResponse";
const _UAL = "UpdateAllowList";
const _UALR = "UpdateAllowListRequest";
const _UALRp = "UpdateAllowListResponse";
const _UBA = "UsageByAccount";
const _UCJ = "UpdateClassificationJob";
const _UCJR = "UpdateClassificationJobRequest";
const _UCJRp = "UpdateClassificationJobResponse";
const _UCS = "UpdateClassificationScope";
const _UCSR = "UpdateClassificationScopeRequest";
const _UCSRp = "UpdateClassificationScopeResponse";
const _UEE = "UnprocessableEntityException";
const _UFF = "UpdateFindingsFilter";
const _UFFR = "UpdateFindingsFilterRequest";
const _UFFRp = "UpdateFindingsFilterResponse";
const _UI = "UserIdentity";
const _UIR = "UserIdentityRoot";
const _UMS = "UpdateMacieSession";
const _UMSR = "UpdateMacieSessionRequest";
const _UMSRp = "UpdateMacieSessionResponse";
const _UMSRpd = "UpdateMemberSessionRequest";
const _UMSRpda = "UpdateMemberSessionResponse";
const _UMSp = "UpdateMemberSession";
const _UOC = "UpdateOrganizationConfiguration";
const _UOCR = "UpdateOrganizationConfigurationRequest";
const _UOCRp = "UpdateOrganizationConfigurationResponse";
const _UPD = "UserPausedDetails";
const _UR = "UsageRecord";
const _URC = "UpdateRetrievalConfiguration";
const _URCR = "UpdateRevealConfigurationRequest";
const _URCRp = "UpdateRevealConfigurationResponse";
const _URCp = "UpdateRevealConfiguration";
const _URP = "UpdateResourceProfile";
const _URPD = "UpdateResourceProfileDetections";
const _URPDR = "UpdateResourceProfileDetectionsRequest";
const _URPDRp = "UpdateResourceProfileDetectionsResponse";
const _URPR = "UpdateResourceProfileRequest";
const _URPRp = "UpdateResourceProfileResponse";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _URn = "UntagResource";
const _USF = "UsageStatisticsFilter";
const _USIT = "UpdateSensitivityInspectionTemplate";
const _USITR = "UpdateSensitivityInspectionTemplateRequest";
const _USITRp = "UpdateSensitivityInspectionTemplateResponse";
const _USSB = "UsageStatisticsSortBy";
const _UT = "UsageTotal";
const _VE = "ValidationException";
const _WS = "WeeklySchedule";
const _a = "arn";
const _aA = "adminAccounts";
const _aAI = "administratorAccountId";
const _aAId = "adminAccountId";
const _aAw = "awsAccount";
const _aCD = "apiCallDetails";
const _aCL = "accessControlList";
const _aDFTSD = "automatedDiscoveryFreeTrialStartDate";
const _aDMS = "automatedDiscoveryMonitoringStatus";
const _aE = "autoEnable";
const _aEOM = "autoEnableOrganizationMembers";
const _aI = "accountId";
const _aIc = "accountIds";
const _aKI = "accessKeyId";
const _aL = "allowLists";
const _aLI = "allowListIds";
const _aLP = "accountLevelPermissions";
const _aN = "attributeName";
const _aNOOTP = "approximateNumberOfObjectsToProcess";
const _aO = "additionalOccurrences";
const _aOs = "asnOrg";
const _aPRA = "allowsPublicReadAccess";
const _aPWA = "allowsPublicWriteAccess";
const _aR = "assumedRole";
const _aS = "awsService";
const _aSN = "apiServiceName";
const _aT = "actionType";
const _aUOU = "allowsUnencryptedObjectUploads";
const _ac = "accounts";
const _acc = "account";
const _act = "action";
const _acto = "actor";
const _ad = "administrator";
const _an = "and";
const _ap = "api";
const _ar = "archived";
const _art = "artifacts";
const _as = "asn";
const _at = "attributes";
const _b = "buckets";
const _bA = "bucketArn";
const _bC = "bucketCount";
const _bCA = "bucketCreatedAt";
const _bCBEP = "bucketCountByEffectivePermission";
const _bCBET = "bucketCountByEncryptionType";
const _bCBOER = "bucketCountByObjectEncryptionRequirement";
const _bCBSAT = "bucketCountBySharedAccessType";
const _bCu = "bucketCriteria";
const _bD = "bucketDefinitions";
const _bLP = "bucketLevelPermissions";
const _bN = "bucketName";
const _bNu = "bucketNames";
const _bP = "bucketPolicy";
const _bPA = "blockPublicAccess";
const _bPAl = "blockPublicAcls";
const _bPP = "blockPublicPolicy";
const _bSBS = "bucketStatisticsBySensitivity";
const _c = "client";
const _cA = "createdAt";
const _cBG = "countsByGroup";
const _cD = "classificationDetails";
const _cDI = "customDataIdentifiers";
const _cDII = "customDataIdentifierIds";
const _cDIIu = "customDataIdentifierId";
const _cDr = "creationDate";
const _cE = "classificationError";
const _cM = "customerManaged";
const _cN = "columnName";
const _cOC = "classifiableObjectCount";
const _cR = "cellReference";
const _cRS = "classificationResultStatus";
const _cS = "classificationScopes";
const _cSI = "classificationScopeId";
const _cSIB = "classifiableSizeInBytes";
const _cT = "clientToken";
const _ca = "category";
const _ce = "cells";
const _co = "code";
const _col = "column";
const _com = "comparator";
const _con = "configuration";
const _cou = "count";
const _cr = "criteria";
const _cri = "criterion";
const _cu = "currency";
const _d = "description";
const _dA = "disabledAt";
const _dD = "domainDetails";
const _dEN = "disableEmailNotification";
const _dN = "domainName";
const _dNi = "displayName";
const _dOM = "dayOfMonth";
const _dOW = "dayOfWeek";
const _dRL = "detailedResultsLocation";
const _dS = "dailySchedule";
const _dSSE = "defaultServerSideEncryption";
const _dUOU = "deniesUnencryptedObjectUploads";
const _de = "deleted";
const _det = "detections";
const _e = "error";
const _eBO = "expectedBucketOwner";
const _eC = "errorCode";
const _eCs = "estimatedCost";
const _eEM = "eqExactMatch";
const _eI = "externalId";
const _eM = "errorMessage";
const _eP = "effectivePermission";
const _eT = "eTag";
const _eTn = "encryptionType";
const _em = "email";
const _en = "end";
const _eq = "eq";
const _er = "errors";
const _ex = "external";
const _exc = "excludes";
const _ext = "extension";
const _f = "findings";
const _fB = "filterBy";
const _fC = "findingCriteria";
const _fCi = "filterCriteria";
const _fEA = "firstEnabledAt";
const _fFLI = "findingsFilterListItems";
const _fI = "findingIds";
const _fIi = "findingId";
const _fPF = "findingPublishingFrequency";
const _fS = "firstSeen";
const _fT = "findingTypes";
const _fTSD = "freeTrialStartDate";
const _fTi = "fileType";
const _fU = "federatedUser";
const _g = "gt";
const _gB = "groupBy";
const _gK = "groupKey";
const _gt = "gte";
const _h = "http";
const _hE = "httpError";
const _hQ = "httpQuery";
const _i = "id";
const _iA = "invitedAt";
const _iAD = "ipAddressDetails";
const _iAV = "ipAddressV4";
const _iB = "invokedBy";
const _iC = "invitationsCount";
const _iCp = "ipCity";
const _iCpo = "ipCountry";
const _iDIJ = "isDefinedInJob";
const _iGL = "ipGeoLocation";
const _iI = "invitationId";
const _iJC = "ignoreJobChecks";
const _iMBJ = "isMonitoredByJob";
const _iO = "ipOwner";
const _iPA = "ignorePublicAcls";
const _iR = "initialRun";
const _iSL = "isServiceLimited";
const _iT = "idempotencyToken";
const _iU = "iamUser";
const _iW = "ignoreWords";
const _id = "ids";
const _in = "internal";
const _inc = "includes";
const _inv = "invitations";
const _is = "isp";
const _it = "items";
const _jA = "jobArn";
const _jD = "jobDetails";
const _jEA = "jobExpiresAt";
const _jI = "jobId";
const _jIEHEA = "jobImminentExpirationHealthEventArn";
const _jN = "jsonName";
const _jP = "jsonPath";
const _jPA = "jobPausedAt";
const _jS = "jobStatus";
const _jT = "jobType";
const _k = "keywords";
const _kKA = "kmsKeyArn";
const _kKI = "kmsKeyId";
const _kM = "kmsManaged";
const _kMKI = "kmsMasterKeyId";
const _kP = "keyPrefix";
const _ke = "key";
const _l = "lt";
const _lADT = "lastAutomatedDiscoveryTime";
const _lJI = "lastJobId";
const _lJRT = "lastJobRunTime";
const _lM = "lastModified";
const _lOAA = "__listOfAdminAccount";
const _lOADA = "__listOfAutomatedDiscoveryAccount";
const _lOADAU = "__listOfAutomatedDiscoveryAccountUpdate";
const _lOADAUE = "__listOfAutomatedDiscoveryAccountUpdateError";
const _lOALS = "__listOfAllowListSummary";
const _lOBGCDIS = "__listOfBatchGetCustomDataIdentifierSummary";
const _lOBM = "__listOfBucketMetadata";
const _lOCDIS = "__listOfCustomDataIdentifierSummary";
const _lOCFJ = "__listOfCriteriaForJob";
const _lOCSS = "__listOfClassificationScopeSummary";
const _lOD = "__listOfDetection";
const _lODDD = "__listOfDetectedDataDetails";
const _lOF = "__listOfFinding";
const _lOFFLI = "__listOfFindingsFilterListItem";
const _lOGC = "__listOfGroupCount";
const _lOI = "__listOfInvitation";
const _lOJS = "__listOfJobSummary";
const _lOJST = "__listOfJobScopeTerm";
const _lOKVP = "__listOfKeyValuePair";
const _lOLJFT = "__listOfListJobsFilterTerm";
const _lOM = "__listOfMember";
const _lOMDIS = "__listOfManagedDataIdentifierSummary";
const _lOMR = "__listOfMatchingResource";
const _lORPA = "__listOfResourceProfileArtifact";
const _lOSBDFJ = "__listOfS3BucketDefinitionForJob";
const _lOSDI = "__listOfSuppressDataIdentifier";
const _lOSITE = "__listOfSensitivityInspectionTemplatesEntry";
const _lOSRC = "__listOfSearchResourcesCriteria";
const _lOSRTCP = "__listOfSearchResourcesTagCriterionPair";
const _lOTCPFJ = "__listOfTagCriterionPairForJob";
const _lOTVP = "__listOfTagValuePair";
const _lOUA = "__listOfUnprocessedAccount";
const _lOUBA = "__listOfUsageByAccount";
const _lOUR = "__listOfUsageRecord";
const _lOUSF = "__listOfUsageStatisticsFilter";
const _lOUT = "__listOfUsageTotal";
const _lR = "lineRanges";
const _lRES = "lastRunErrorStatus";
const _lRT = "lastRunTime";
const _lRi = "lineRange";
const _lS = "lastSeen";
const _lU = "lastUpdated";
const _lUA = "lastUpdatedAt";
const _la = "lat";
const _lo = "lon";
const _lt = "lte";
const _m = "message";
const _mA = "masterAccount";
const _mAI = "masterAccountId";
const _mALR = "maxAccountLimitReached";
const _mAf = "mfaAuthenticated";
const _mB = "matchingBucket";
const _mC = "matchCount";
const _mDII = "managedDataIdentifierIds";
const _mDIS = "managedDataIdentifierSelector";
const _mMD = "maximumMatchDistance";
const _mR = "maxResults";
const _mRa = "matchingResources";
const _mS = "monthlySchedule";
const _mT = "mimeType";
const _ma = "master";
const _me = "members";
const _n = "name";
const _nC = "notClassified";
const _nFII = "notFoundIdentifierIds";
const _nOR = "numberOfRuns";
const _nS = "notShared";
const _nSo = "notSensitive";
const _nT = "nextToken";
const _ne = "neq";
const _o = "occurrences";
const _oA = "onlyAssociated";
const _oB = "orderBy";
const _oC = "objectCount";
const _oCBET = "objectCountByEncryptionType";
const _oK = "objectKey";
const _oR = "offsetRanges";
const _oRf = "offsetRange";
const _oT = "originType";
const _oTc = "occurrencesThreshold";
const _op = "operation";
const _or = "org";
const _ow = "owner";
const _p = "prefix";
const _pA = "publiclyAccessible";
const _pAC = "publiclyAccessibleCount";
const _pAu = "publicAccess";
const _pC = "permissionConfiguration";
const _pCF = "publishClassificationFindings";
const _pD = "policyDetails";
const _pI = "principalId";
const _pN = "pageNumber";
const _pPF = "publishPolicyFindings";
const _pR = "publiclyReadable";
const _pUA = "profileUpdatedAt";
const _pW = "publiclyWritable";
const _pa = "partition";
const _pag = "pages";
const _pat = "path";
const _po = "position";
const _r = "regex";
const _rA = "resourcesAffected";
const _rAe = "resourceArn";
const _rAep = "replicationAccounts";
const _rC = "retrievalConfiguration";
const _rD = "replicationDetails";
const _rE = "replicatedExternally";
const _rI = "recordIndex";
const _rM = "retrievalMode";
const _rN = "roleName";
const _rPB = "restrictPublicBuckets";
const _rS = "relationshipStatus";
const _re = "region";
const _rea = "reason";
const _reas = "reasons";
const _rec = "records";
const _rep = "replicated";
const _res = "result";
const _ro = "row";
const _roo = "root";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.macie2";
const _sA = "sharedAccess";
const _sB = "sortBy";
const _sBu = "s3Bucket";
const _sC = "sessionContext";
const _sCi = "sizeClassified";
const _sCim = "simpleCriterion";
const _sCo = "sortCriteria";
const _sCt = "storageClass";
const _sCta = "startColumn";
const _sD = "s3Destination";
const _sDI = "suppressDataIdentifiers";
const _sDO = "sensitiveDataOccurrences";
const _sDe = "sensitiveData";
const _sF = "scheduleFrequency";
const _sHC = "securityHubConfiguration";
const _sI = "sessionIssuer";
const _sIB = "sizeInBytes";
const _sIBC = "sizeInBytesCompressed";
const _sIT = "sensitivityInspectionTemplates";
const _sITI = "sensitivityInspectionTemplateId";
const _sJD = "s3JobDefinition";
const _sL = "severityLevels";
const _sLe = "serviceLimit";
const _sM = "s3Managed";
const _sO = "s3Object";
const _sP = "samplingPercentage";
const _sR = "serviceRole";
const _sS = "sensitivityScore";
const _sSE = "serverSideEncryption";
const _sSO = "sensitivityScoreOverridden";
const _sSOe = "sensitivityScoreOverride";
const _sST = "simpleScopeTerm";
const _sT = "sampleText";
const _sV = "schemaVersion";
const _sWL = "s3WordsList";
const _s_ = "s3";
const _sa = "sample";
const _sc = "scoping";
const _sco = "score";
const _se = "server";
const _sen = "sensitive";
const _sev = "severity";
const _si = "size";
const _st = "status";
const _sta = "statistics";
const _star = "start";
const _su = "suppressed";
const _t = "tags";
const _tBC = "totalBytesClassified";
const _tC = "tagCriterion";
const _tCo = "totalCount";
const _tD = "totalDetections";
const _tDS = "totalDetectionsSuppressed";
const _tIC = "totalItemsClassified";
const _tIS = "totalItemsSensitive";
const _tISIE = "totalItemsSkippedInvalidEncryption";
const _tISIK = "totalItemsSkippedInvalidKms";
const _tISPD = "totalItemsSkippedPermissionDenied";
const _tISo = "totalItemsSkipped";
const _tK = "tagKeys";
const _tR = "timeRange";
const _tSIB = "totalSizeInBytes";
const _tST = "tagScopeTerm";
const _tV = "tagValues";
const _ta = "target";
const _ti = "title";
const _to = "total";
const _ty = "type";
const _u = "unknown";
const _uA = "updatedAt";
const _uAn = "unprocessedAccounts";
const _uI = "userIdentity";
const _uN = "userName";
const _uOC = "unclassifiableObjectCount";
const _uOSIB = "unclassifiableObjectSizeInBytes";
const _uPD = "userPausedDetails";
const _uT = "usageTotals";
const _un = "unencrypted";
const _uni = "unit";
const _us = "usage";
const _v = "versioning";
const _vI = "versionId";
const _va = "value";
const _val = "values";
const _wS = "weeklySchedule";
const n0 = "com.amazonaws.macie2";



const _s_registry = schema.TypeRegistry.for(_s);
var Macie2ServiceException$ = [-3, _s, "Macie2ServiceException", 0, [], []];
_s_registry.registerError(Macie2ServiceException$, Macie2ServiceException);
const n0_registry = schema.TypeRegistry.for(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var UnprocessableEntityException$ = [-3, n0, _UEE,
    { [_e]: _c, [_hE]: 422 },
    [_m],
    [[0, { [_jN]: _m }]], 1
];
n0_registry.registerError(UnprocessableEntityException$, UnprocessableEntityException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AcceptInvitationRequest$ = [3, n0, _AIR,
    0,
    [_iI, _aAI, _mA],
    [[0, { [_jN]: _iI }], [0, { [_jN]: _aAI }], [0, { [_jN]: _mA }]], 1
];
var AcceptInvitationResponse$ = [3, n0, _AIRc,
    0,
    [],
    []
];
var AccessControlList$ = [3, n0, _ACL,
    0,
    [_aPRA, _aPWA],
    [[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
];
var AccountDetail$ = [3, n0, _AD,
    0,
    [_aI, _em],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _em }]], 2
];
var AccountLevelPermissions$ = [3, n0, _ALP,
    0,
    [_bPA],
    [[() => BlockPublicAccess$, { [_jN]: _bPA }]]
];
var AdminAccount$ = [3, n0, _AA,
    0,
    [_aI, _st],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _st }]]
];
var AllowListCriteria$ = [3, n0, _ALC,
    0,
    [_r, _sWL],
    [[0, { [_jN]: _r }], [() => S3WordsList$, { [_jN]: _sWL }]]
];
var AllowListStatus$ = [3, n0, _ALS,
    0,
    [_co, _d],
    [[0, { [_jN]: _co }], [0, { [_jN]: _d }]], 1
];
var AllowListSummary$ = [3, n0, _ALSl,
    0,
    [_a, _cA, _d, _i, _n, _uA],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [5, { [_jN]: _uA }]]
];
var ApiCallDetails$ = [3, n0, _ACD,
    0,
    [_ap, _aSN, _fS, _lS],
    [[0, { [_jN]: _ap }], [0, { [_jN]: _aSN }], [5, { [_jN]: _fS }], [5, { [_jN]: _lS }]]
];
var AssumedRole$ = [3, n0, _AR,
    0,
    [_aKI, _aI, _a, _pI, _sC],
    [[0, { [_jN]: _aKI }], [0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [() => SessionContext$, { [_jN]: _sC }]]
];
var AutomatedDiscoveryAccount$ = [3, n0, _ADA,
    0,
    [_aI, _st],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _st }]]
];
var AutomatedDiscoveryAccountUpdate$ = [3, n0, _ADAU,
    0,
    [_aI, _st],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _st }]]
];
var AutomatedDiscoveryAccountUpdateError$ = [3, n0, _ADAUE,
    0,
    [_aI, _eC],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _eC }]]
];
var AwsAccount$ = [3, n0, _AAw,
    0,
    [_aI, _pI],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _pI }]]
];
var AwsService$ = [3, n0, _AS,
    0,
    [_iB],
    [[0, { [_jN]: _iB }]]
];
var BatchGetCustomDataIdentifiersRequest$ = [3, n0, _BGCDIR,
    0,
    [_id],
    [[64 | 0, { [_jN]: _id }]]
];
var BatchGetCustomDataIdentifiersResponse$ = [3, n0, _BGCDIRa,
    0,
    [_cDI, _nFII],
    [[() => __listOfBatchGetCustomDataIdentifierSummary, { [_jN]: _cDI }], [64 | 0, { [_jN]: _nFII }]]
];
var BatchGetCustomDataIdentifierSummary$ = [3, n0, _BGCDIS,
    0,
    [_a, _cA, _de, _d, _i, _n],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [2, { [_jN]: _de }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }]]
];
var BatchUpdateAutomatedDiscoveryAccountsRequest$ = [3, n0, _BUADAR,
    0,
    [_ac],
    [[() => __listOfAutomatedDiscoveryAccountUpdate, { [_jN]: _ac }]]
];
var BatchUpdateAutomatedDiscoveryAccountsResponse$ = [3, n0, _BUADARa,
    0,
    [_er],
    [[() => __listOfAutomatedDiscoveryAccountUpdateError, { [_jN]: _er }]]
];
var BlockPublicAccess$ = [3, n0, _BPA,
    0,
    [_bPAl, _bPP, _iPA, _rPB],
    [[2, { [_jN]: _bPAl }], [2, { [_jN]: _bPP }], [2, { [_jN]: _iPA }], [2, { [_jN]: _rPB }]]
];
var BucketCountByEffectivePermission$ = [3, n0, _BCBEP,
    0,
    [_pA, _pR, _pW, _u],
    [[1, { [_jN]: _pA }], [1, { [_jN]: _pR }], [1, { [_jN]: _pW }], [1, { [_jN]: _u }]]
];
var BucketCountByEncryptionType$ = [3, n0, _BCBET,
    0,
    [_kM, _sM, _un, _u],
    [[1, { [_jN]: _kM }], [1, { [_jN]: _sM }], [1, { [_jN]: _un }], [1, { [_jN]: _u }]]
];
var BucketCountBySharedAccessType$ = [3, n0, _BCBSAT,
    0,
    [_ex, _in, _nS, _u],
    [[1, { [_jN]: _ex }], [1, { [_jN]: _in }], [1, { [_jN]: _nS }], [1, { [_jN]: _u }]]
];
var BucketCountPolicyAllowsUnencryptedObjectUploads$ = [3, n0, _BCPAUOU,
    0,
    [_aUOU, _dUOU, _u],
    [[1, { [_jN]: _aUOU }], [1, { [_jN]: _dUOU }], [1, { [_jN]: _u }]]
];
var BucketCriteriaAdditionalProperties$ = [3, n0, _BCAP,
    0,
    [_eq, _g, _gt, _l, _lt, _ne, _p],
    [[64 | 0, { [_jN]: _eq }], [1, { [_jN]: _g }], [1, { [_jN]: _gt }], [1, { [_jN]: _l }], [1, { [_jN]: _lt }], [64 | 0, { [_jN]: _ne }], [0, { [_jN]: _p }]]
];
var BucketLevelPermissions$ = [3, n0, _BLP,
    0,
    [_aCL, _bPA, _bP],
    [[() => AccessControlList$, { [_jN]: _aCL }], [() => BlockPublicAccess$, { [_jN]: _bPA }], [() => BucketPolicy$, { [_jN]: _bP }]]
];
var BucketMetadata$ = [3, n0, _BM,
    0,
    [_aI, _aUOU, _aDMS, _bA, _bCA, _bN, _cOC, _cSIB, _eC, _eM, _jD, _lADT, _lU, _oC, _oCBET, _pAu, _re, _rD, _sS, _sSE, _sA, _sIB, _sIBC, _t, _uOC, _uOSIB, _v],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _aUOU }], [0, { [_jN]: _aDMS }], [0, { [_jN]: _bA }], [5, { [_jN]: _bCA }], [0, { [_jN]: _bN }], [1, { [_jN]: _cOC }], [1, { [_jN]: _cSIB }], [0, { [_jN]: _eC }], [0, { [_jN]: _eM }], [() => JobDetails$, { [_jN]: _jD }], [5, { [_jN]: _lADT }], [5, { [_jN]: _lU }], [1, { [_jN]: _oC }], [() => ObjectCountByEncryptionType$, { [_jN]: _oCBET }], [() => BucketPublicAccess$, { [_jN]: _pAu }], [0, { [_jN]: _re }], [() => ReplicationDetails$, { [_jN]: _rD }], [1, { [_jN]: _sS }], [() => BucketServerSideEncryption$, { [_jN]: _sSE }], [0, { [_jN]: _sA }], [1, { [_jN]: _sIB }], [1, { [_jN]: _sIBC }], [() => __listOfKeyValuePair, { [_jN]: _t }], [() => ObjectLevelStatistics$, { [_jN]: _uOC }], [() => ObjectLevelStatistics$, { [_jN]: _uOSIB }], [2, { [_jN]: _v }]]
];
var BucketPermissionConfiguration$ = [3, n0, _BPC,
    0,
    [_aLP, _bLP],
    [[() => AccountLevelPermissions$, { [_jN]: _aLP }], [() => BucketLevelPermissions$, { [_jN]: _bLP }]]
];
var BucketPolicy$ = [3, n0, _BP,
    0,
    [_aPRA, _aPWA],
    [[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
];
var BucketPublicAccess$ = [3, n0, _BPAu,
    0,
    [_eP, _pC],
    [[0, { [_jN]: _eP }], [() => BucketPermissionConfiguration$, { [_jN]: _pC }]]
];
var BucketServerSideEncryption$ = [3, n0, _BSSE,
    0,
    [_kMKI, _ty],
    [[0, { [_jN]: _kMKI }], [0, { [_jN]: _ty }]]
];
var BucketSortCriteria$ = [3, n0, _BSC,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
var BucketStatisticsBySensitivity$ = [3, n0, _BSBS,
    0,
    [_cE, _nC, _nSo, _sen],
    [[() => SensitivityAggregations$, { [_jN]: _cE }], [() => SensitivityAggregations$, { [_jN]: _nC }], [() => SensitivityAggregations$, { [_jN]: _nSo }], [() => SensitivityAggregations$, { [_jN]: _sen }]]
];
var Cell$ = [3, n0, _C,
    0,
    [_cR, _col, _cN, _ro],
    [[0, { [_jN]: _cR }], [1, { [_jN]: _col }], [0, { [_jN]: _cN }], [1, { [_jN]: _ro }]]
];
var ClassificationDetails$ = [3, n0, _CD,
    0,
    [_dRL, _jA, _jI, _oT, _res],
    [[0, { [_jN]: _dRL }], [0, { [_jN]: _jA }], [0, { [_jN]: _jI }], [0, { [_jN]: _oT }], [() => ClassificationResult$, { [_jN]: _res }]]
];
var ClassificationExportConfiguration$ = [3, n0, _CEC,
    0,
    [_sD],
    [[() => S3Destination$, { [_jN]: _sD }]]
];
var ClassificationResult$ = [3, n0, _CR,
    0,
    [_aO, _cDI, _mT, _sDe, _sCi, _st],
    [[2, { [_jN]: _aO }], [() => CustomDataIdentifiers$, { [_jN]: _cDI }], [0, { [_jN]: _mT }], [() => SensitiveData, { [_jN]: _sDe }], [1, { [_jN]: _sCi }], [() => ClassificationResultStatus$, { [_jN]: _st }]]
];
var ClassificationResultStatus$ = [3, n0, _CRS,
    0,
    [_co, _rea],
    [[0, { [_jN]: _co }], [0, { [_jN]: _rea }]]
];
var ClassificationScopeSummary$ = [3, n0, _CSS,
    0,
    [_i, _n],
    [[0, { [_jN]: _i }], [0, { [_jN]: _n }]]
];
var CreateAllowListRequest$ = [3, n0, _CALR,
    0,
    [_cr, _n, _cT, _d, _t],
    [[() => AllowListCriteria$, { [_jN]: _cr }], [0, { [_jN]: _n }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [128 | 0, { [_jN]: _t }]], 2
];
var CreateAllowListResponse$ = [3, n0, _CALRr,
    0,
    [_a, _i],
    [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
];
var CreateClassificationJobRequest$ = [3, n0, _CCJR,
    0,
    [_jT, _n, _sJD, _aLI, _cT, _cDII, _d, _iR, _mDII, _mDIS, _sP, _sF, _t],
    [[0, { [_jN]: _jT }], [0, { [_jN]: _n }], [() => S3JobDefinition$, { [_jN]: _sJD }], [64 | 0, { [_jN]: _aLI }], [0, { [_iT]: 1, [_jN]: _cT }], [64 | 0, { [_jN]: _cDII }], [0, { [_jN]: _d }], [2, { [_jN]: _iR }], [64 | 0, { [_jN]: _mDII }], [0, { [_jN]: _mDIS }], [1, { [_jN]: _sP }], [() => JobScheduleFrequency$, { [_jN]: _sF }], [128 | 0, { [_jN]: _t }]], 3
];
var CreateClassificationJobResponse$ = [3, n0, _CCJRr,
    0,
    [_jA, _jI],
    [[0, { [_jN]: _jA }], [0, { [_jN]: _jI }]]
];
var CreateCustomDataIdentifierRequest$ = [3, n0, _CCDIR,
    0,
    [_n, _r, _cT, _d, _iW, _k, _mMD, _sL, _t],
    [[0, { [_jN]: _n }], [0, { [_jN]: _r }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [64 | 0, { [_jN]: _iW }], [64 | 0, { [_jN]: _k }], [1, { [_jN]: _mMD }], [() => SeverityLevelList, { [_jN]: _sL }], [128 | 0, { [_jN]: _t }]], 2
];
var CreateCustomDataIdentifierResponse$ = [3, n0, _CCDIRr,
    0,
    [_cDIIu],
    [[0, { [_jN]: _cDIIu }]]
];
var CreateFindingsFilterRequest$ = [3, n0, _CFFR,
    0,
    [_act, _fC, _n, _cT, _d, _po, _t],
    [[0, { [_jN]: _act }], [() => FindingCriteria$, { [_jN]: _fC }], [0, { [_jN]: _n }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [1, { [_jN]: _po }], [128 | 0, { [_jN]: _t }]], 3
];
var CreateFindingsFilterResponse$ = [3, n0, _CFFRr,
    0,
    [_a, _i],
    [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
];
var CreateInvitationsRequest$ = [3, n0, _CIR,
    0,
    [_aIc, _dEN, _m],
    [[64 | 0, { [_jN]: _aIc }], [2, { [_jN]: _dEN }], [0, { [_jN]: _m }]], 1
];
var CreateInvitationsResponse$ = [3, n0, _CIRr,
    0,
    [_uAn],
    [[() => __listOfUnprocessedAccount, { [_jN]: _uAn }]]
];
var CreateMemberRequest$ = [3, n0, _CMR,
    0,
    [_acc, _t],
    [[() => AccountDetail$, { [_jN]: _acc }], [128 | 0, { [_jN]: _t }]], 1
];
var CreateMemberResponse$ = [3, n0, _CMRr,
    0,
    [_a],
    [[0, { [_jN]: _a }]]
];
var CreateSampleFindingsRequest$ = [3, n0, _CSFR,
    0,
    [_fT],
    [[64 | 0, { [_jN]: _fT }]]
];
var CreateSampleFindingsResponse$ = [3, n0, _CSFRr,
    0,
    [],
    []
];
var CriteriaBlockForJob$ = [3, n0, _CBFJ,
    0,
    [_an],
    [[() => __listOfCriteriaForJob, { [_jN]: _an }]]
];
var CriteriaForJob$ = [3, n0, _CFJ,
    0,
    [_sCim, _tC],
    [[() => SimpleCriterionForJob$, { [_jN]: _sCim }], [() => TagCriterionForJob$, { [_jN]: _tC }]]
];
var CriterionAdditionalProperties$ = [3, n0, _CAP,
    0,
    [_eq, _eEM, _g, _gt, _l, _lt, _ne],
    [[64 | 0, { [_jN]: _eq }], [64 | 0, { [_jN]: _eEM }], [1, { [_jN]: _g }], [1, { [_jN]: _gt }], [1, { [_jN]: _l }], [1, { [_jN]: _lt }], [64 | 0, { [_jN]: _ne }]]
];
var CustomDataIdentifiers$ = [3, n0, _CDI,
    0,
    [_det, _tCo],
    [[() => CustomDetections, { [_jN]: _det }], [1, { [_jN]: _tCo }]]
];
var CustomDataIdentifierSummary$ = [3, n0, _CDIS,
    0,
    [_a, _cA, _d, _i, _n],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }]]
];
var CustomDetection$ = [3, n0, _CDu,
    0,
    [_a, _cou, _n, _o],
    [[0, { [_jN]: _a }], [1, { [_jN]: _cou }], [0, { [_jN]: _n }], [() => Occurrences$, { [_jN]: _o }]]
];
var DailySchedule$ = [3, n0, _DS,
    0,
    [],
    []
];
var DeclineInvitationsRequest$ = [3, n0, _DIR,
    0,
    [_aIc],
    [[64 | 0, { [_jN]: _aIc }]], 1
];
var DeclineInvitationsResponse$ = [3, n0, _DIRe,
    0,
    [_uAn],
    [[() => __listOfUnprocessedAccount, { [_jN]: _uAn }]]
];
var DefaultDetection$ = [3, n0, _DD,
    0,
    [_cou, _o, _ty],
    [[1, { [_jN]: _cou }], [() => Occurrences$, { [_jN]: _o }], [0, { [_jN]: _ty }]]
];
var DeleteAllowListRequest$ = [3, n0, _DALR,
    0,
    [_i, _iJC],
    [[0, 1], [0, { [_hQ]: _iJC }]], 1
];
var DeleteAllowListResponse$ = [3, n0, _DALRe,
    0,
    [],
    []
];
var DeleteCustomDataIdentifierRequest$ = [3, n0, _DCDIR,
    0,
    [_i],
    [[0, 1]], 1
];
var DeleteCustomDataIdentifierResponse$ = [3, n0, _DCDIRe,
    0,
    [],
    []
];
var DeleteFindingsFilterRequest$ = [3, n0, _DFFR,
    0,
    [_i],
    [[0, 1]], 1
];
var DeleteFindingsFilterResponse$ = [3, n0, _DFFRe,
    0,
    [],
    []
];
var DeleteInvitationsRequest$ = [3, n0, _DIRel,
    0,
    [_aIc],
    [[64 | 0, { [_jN]: _aIc }]], 1
];
var DeleteInvitationsResponse$ = [3, n0, _DIRele,
    0,
    [_uAn],
    [[() => __listOfUnprocessedAccount, { [_jN]: _uAn }]]
];
var DeleteMemberRequest$ = [3, n0, _DMR,
    0,
    [_i],
    [[0, 1]], 1
];
var DeleteMemberResponse$ = [3, n0, _DMRe,
    0,
    [],
    []
];
var DescribeBucketsRequest$ = [3, n0, _DBR,
    0,
    [_cr, _mR, _nT, _sCo],
    [[() => BucketCriteria, { [_jN]: _cr }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => BucketSortCriteria$, { [_jN]: _sCo }]]
];
var DescribeBucketsResponse$ = [3, n0, _DBRe,
    0,
    [_b, _nT],
    [[() => __listOfBucketMetadata, { [_jN]: _b }], [0, { [_jN]: _nT }]]
];
var DescribeClassificationJobRequest$ = [3, n0, _DCJR,
    0,
    [_jI],
    [[0, 1]], 1
];
var DescribeClassificationJobResponse$ = [3, n0, _DCJRe,
    0,
    [_aLI, _cT, _cA, _cDII, _d, _iR, _jA, _jI, _jS, _jT, _lRES, _lRT, _mDII, _mDIS, _n, _sJD, _sP, _sF, _sta, _t, _uPD],
    [[64 | 0, { [_jN]: _aLI }], [0, { [_iT]: 1, [_jN]: _cT }], [5, { [_jN]: _cA }], [64 | 0, { [_jN]: _cDII }], [0, { [_jN]: _d }], [2, { [_jN]: _iR }], [0, { [_jN]: _jA }], [0, { [_jN]: _jI }], [0, { [_jN]: _jS }], [0, { [_jN]: _jT }], [() => LastRunErrorStatus$, { [_jN]: _lRES }], [5, { [_jN]: _lRT }], [64 | 0, { [_jN]: _mDII }], [0, { [_jN]: _mDIS }], [0, { [_jN]: _n }], [() => S3JobDefinition$, { [_jN]: _sJD }], [1, { [_jN]: _sP }], [() => JobScheduleFrequency$, { [_jN]: _sF }], [() => Statistics$, { [_jN]: _sta }], [128 | 0, { [_jN]: _t }], [() => UserPausedDetails$, { [_jN]: _uPD }]]
];
var DescribeOrganizationConfigurationRequest$ = [3, n0, _DOCR,
    0,
    [],
    []
];
var DescribeOrganizationConfigurationResponse$ = [3, n0, _DOCRe,
    0,
    [_aE, _mALR],
    [[2, { [_jN]: _aE }], [2, { [_jN]: _mALR }]]
];
var DetectedDataDetails$ = [3, n0, _DDD,
    0,
    [_va],
    [[0, { [_jN]: _va }]], 1
];
var Detection$ = [3, n0, _D,
    0,
    [_a, _cou, _i, _n, _su, _ty],
    [[0, { [_jN]: _a }], [1, { [_jN]: _cou }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [2, { [_jN]: _su }], [0, { [_jN]: _ty }]]
];
var DisableMacieRequest$ = [3, n0, _DMRi,
    0,
    [],
    []
];
var DisableMacieResponse$ = [3, n0, _DMRis,
    0,
    [],
    []
];
var DisableOrganizationAdminAccountRequest$ = [3, n0, _DOAAR,
    0,
    [_aAId],
    [[0, { [_hQ]: _aAId }]], 1
];
var DisableOrganizationAdminAccountResponse$ = [3, n0, _DOAARi,
    0,
    [],
    []
];
var DisassociateFromAdministratorAccountRequest$ = [3, n0, _DFAAR,
    0,
    [],
    []
];
var DisassociateFromAdministratorAccountResponse$ = [3, n0, _DFAARi,
    0,
    [],
    []
];
var DisassociateFromMasterAccountRequest$ = [3, n0, _DFMAR,
    0,
    [],
    []
];
var DisassociateFromMasterAccountResponse$ = [3, n0, _DFMARi,
    0,
    [],
    []
];
var DisassociateMemberRequest$ = [3, n0, _DMRisa,
    0,
    [_i],
    [[0, 1]], 1
];
var DisassociateMemberResponse$ = [3, n0, _DMRisas,
    0,
    [],
    []
];
var DomainDetails$ = [3, n0, _DDo,
    0,
    [_dN],
    [[0, { [_jN]: _dN }]]
];
var EnableMacieRequest$ = [3, n0, _EMR,
    0,
    [_cT, _fPF, _st],
    [[0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _fPF }], [0, { [_jN]: _st }]]
];
var EnableMacieResponse$ = [3, n0, _EMRn,
    0,
    [],
    []
];
var EnableOrganizationAdminAccountRequest$ = [3, n0, _EOAAR,
    0,
    [_aAId, _cT],
    [[0, { [_jN]: _aAId }], [0, { [_iT]: 1, [_jN]: _cT }]], 1
];
var EnableOrganizationAdminAccountResponse$ = [3, n0, _EOAARn,
    0,
    [],
    []
];
var FederatedUser$ = [3, n0, _FU,
    0,
    [_aKI, _aI, _a, _pI, _sC],
    [[0, { [_jN]: _aKI }], [0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [() => SessionContext$, { [_jN]: _sC }]]
];
var Finding$ = [3, n0, _F,
    0,
    [_aI, _ar, _ca, _cD, _cou, _cA, _d, _i, _pa, _pD, _re, _rA, _sa, _sV, _sev, _ti, _ty, _uA],
    [[0, { [_jN]: _aI }], [2, { [_jN]: _ar }], [0, { [_jN]: _ca }], [() => ClassificationDetails$, { [_jN]: _cD }], [1, { [_jN]: _cou }], [5, { [_jN]: _cA }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _pa }], [() => PolicyDetails$, { [_jN]: _pD }], [0, { [_jN]: _re }], [() => ResourcesAffected$, { [_jN]: _rA }], [2, { [_jN]: _sa }], [0, { [_jN]: _sV }], [() => Severity$, { [_jN]: _sev }], [0, { [_jN]: _ti }], [0, { [_jN]: _ty }], [5, { [_jN]: _uA }]]
];
var FindingAction$ = [3, n0, _FA,
    0,
    [_aT, _aCD],
    [[0, { [_jN]: _aT }], [() => ApiCallDetails$, { [_jN]: _aCD }]]
];
var FindingActor$ = [3, n0, _FAi,
    0,
    [_dD, _iAD, _uI],
    [[() => DomainDetails$, { [_jN]: _dD }], [() => IpAddressDetails$, { [_jN]: _iAD }], [() => UserIdentity$, { [_jN]: _uI }]]
];
var FindingCriteria$ = [3, n0, _FC,
    0,
    [_cri],
    [[() => Criterion, { [_jN]: _cri }]]
];
var FindingsFilterListItem$ = [3, n0, _FFLI,
    0,
    [_act, _a, _i, _n, _t],
    [[0, { [_jN]: _act }], [0, { [_jN]: _a }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [128 | 0, { [_jN]: _t }]]
];
var FindingStatisticsSortCriteria$ = [3, n0, _FSSC,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
var GetAdministratorAccountRequest$ = [3, n0, _GAAR,
    0,
    [],
    []
];
var GetAdministratorAccountResponse$ = [3, n0, _GAARe,
    0,
    [_ad],
    [[() => Invitation$, { [_jN]: _ad }]]
];
var GetAllowListRequest$ = [3, n0, _GALR,
    0,
    [_i],
    [[0, 1]], 1
];
var GetAllowListResponse$ = [3, n0, _GALRe,
    0,
    [_a, _cA, _cr, _d, _i, _n, _st, _t, _uA],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [() => AllowListCriteria$, { [_jN]: _cr }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [() => AllowListStatus$, { [_jN]: _st }], [128 | 0, { [_jN]: _t }], [5, { [_jN]: _uA }]]
];
var GetAutomatedDiscoveryConfigurationRequest$ = [3, n0, _GADCR,
    0,
    [],
    []
];
var GetAutomatedDiscoveryConfigurationResponse$ = [3, n0, _GADCRe,
    0,
    [_aEOM, _cSI, _dA, _fEA, _lUA, _sITI, _st],
    [[0, { [_jN]: _aEOM }], [0, { [_jN]: _cSI }], [5, { [_jN]: _dA }], [5, { [_jN]: _fEA }], [5, { [_jN]: _lUA }], [0, { [_jN]: _sITI }], [0, { [_jN]: _st }]]
];
var GetBucketStatisticsRequest$ = [3, n0, _GBSR,
    0,
    [_aI],
    [[0, { [_jN]: _aI }]]
];
var GetBucketStatisticsResponse$ = [3, n0, _GBSRe,
    0,
    [_bC, _bCBEP, _bCBET, _bCBOER, _bCBSAT, _bSBS, _cOC, _cSIB, _lU, _oC, _sIB, _sIBC, _uOC, _uOSIB],
    [[1, { [_jN]: _bC }], [() => BucketCountByEffectivePermission$, { [_jN]: _bCBEP }], [() => BucketCountByEncryptionType$, { [_jN]: _bCBET }], [() => BucketCountPolicyAllowsUnencryptedObjectUploads$, { [_jN]: _bCBOER }], [() => BucketCountBySharedAccessType$, { [_jN]: _bCBSAT }], [() => BucketStatisticsBySensitivity$, { [_jN]: _bSBS }], [1, { [_jN]: _cOC }], [1, { [_jN]: _cSIB }], [5, { [_jN]: _lU }], [1, { [_jN]: _oC }], [1, { [_jN]: _sIB }], [1, { [_jN]: _sIBC }], [() => ObjectLevelStatistics$, { [_jN]: _uOC }], [() => ObjectLevelStatistics$, { [_jN]: _uOSIB }]]
];
var GetClassificationExportConfigurationRequest$ = [3, n0, _GCECR,
    0,
    [],
    []
];
var GetClassificationExportConfigurationResponse$ = [3, n0, _GCECRe,
    0,
    [_con],
    [[() => ClassificationExportConfiguration$, { [_jN]: _con }]]
];
var GetClassificationScopeRequest$ = [3, n0, _GCSR,
    0,
    [_i],
    [[0, 1]], 1
];
var GetClassificationScopeResponse$ = [3, n0, _GCSRe,
    0,
    [_i, _n, _s_],
    [[0, { [_jN]: _i }], [0, { [_jN]: _n }], [() => S3ClassificationScope$, { [_jN]: _s_ }]]
];
var GetCustomDataIdentifierRequest$ = [3, n0, _GCDIR,
    0,
    [_i],
    [[0, 1]], 1
];
var GetCustomDataIdentifierResponse$ = [3, n0, _GCDIRe,
    0,
    [_a, _cA, _de, _d, _i, _iW, _k, _mMD, _n, _r, _sL, _t],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [2, { [_jN]: _de }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [64 | 0, { [_jN]: _iW }], [64 | 0, { [_jN]: _k }], [1, { [_jN]: _mMD }], [0, { [_jN]: _n }], [0, { [_jN]: _r }], [() => SeverityLevelList, { [_jN]: _sL }], [128 | 0, { [_jN]: _t }]]
];
var GetFindingsFilterRequest$ = [3, n0, _GFFR,
    0,
    [_i],
    [[0, 1]], 1
];
var GetFindingsFilterResponse$ = [3, n0, _GFFRe,
    0,
    [_act, _a, _d, _fC, _i, _n, _po, _t],
    [[0, { [_jN]: _act }], [0, { [_jN]: _a }], [0, { [_jN]: _d }], [() => FindingCriteria$, { [_jN]: _fC }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [1, { [_jN]: _po }], [128 | 0, { [_jN]: _t }]]
];
var GetFindingsPublicationConfigurationRequest$ = [3, n0, _GFPCR,
    0,
    [],
    []
];
var GetFindingsPublicationConfigurationResponse$ = [3, n0, _GFPCRe,
    0,
    [_sHC],
    [[() => SecurityHubConfiguration$, { [_jN]: _sHC }]]
];
var GetFindingsRequest$ = [3, n0, _GFR,
    0,
    [_fI, _sCo],
    [[64 | 0, { [_jN]: _fI }], [() => SortCriteria$, { [_jN]: _sCo }]], 1
];
var GetFindingsResponse$ = [3, n0, _GFRe,
    0,
    [_f],
    [[() => __listOfFinding, { [_jN]: _f }]]
];
var GetFindingStatisticsRequest$ = [3, n0, _GFSR,
    0,
    [_gB, _fC, _si, _sCo],
    [[0, { [_jN]: _gB }], [() => FindingCriteria$, { [_jN]: _fC }], [1, { [_jN]: _si }], [() => FindingStatisticsSortCriteria$, { [_jN]: _sCo }]], 1
];
var GetFindingStatisticsResponse$ = [3, n0, _GFSRe,
    0,
    [_cBG],
    [[() => __listOfGroupCount, { [_jN]: _cBG }]]
];
var GetInvitationsCountRequest$ = [3, n0, _GICR,
    0,
    [],
    []
];
var GetInvitationsCountResponse$ = [3, n0, _GICRe,
    0,
    [_iC],
    [[1, { [_jN]: _iC }]]
];
var GetMacieSessionRequest$ = [3, n0, _GMSR,
    0,
    [],
    []
];
var GetMacieSessionResponse$ = [3, n0, _GMSRe,
    0,
    [_cA, _fPF, _sR, _st, _uA],
    [[5, { [_jN]: _cA }], [0, { [_jN]: _fPF }], [0, { [_jN]: _sR }], [0, { [_jN]: _st }], [5, { [_jN]: _uA }]]
];
var GetMasterAccountRequest$ = [3, n0, _GMAR,
    0,
    [],
    []
];
var GetMasterAccountResponse$ = [3, n0, _GMARe,
    0,
    [_ma],
    [[() => Invitation$, { [_jN]: _ma }]]
];
var GetMemberRequest$ = [3, n0, _GMR,
    0,
    [_i],
    [[0, 1]], 1
];
var GetMemberResponse$ = [3, n0, _GMRe,
    0,
    [_aI, _aAI, _a, _em, _iA, _mAI, _rS, _t, _uA],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _aAI }], [0, { [_jN]: _a }], [0, { [_jN]: _em }], [5, { [_jN]: _iA }], [0, { [_jN]: _mAI }], [0, { [_jN]: _rS }], [128 | 0, { [_jN]: _t }], [5, { [_jN]: _uA }]]
];
var GetResourceProfileRequest$ = [3, n0, _GRPR,
    0,
    [_rAe],
    [[0, { [_hQ]: _rAe }]], 1
];
var GetResourceProfileResponse$ = [3, n0, _GRPRe,
    0,
    [_pUA, _sS, _sSO, _sta],
    [[5, { [_jN]: _pUA }], [1, { [_jN]: _sS }], [2, { [_jN]: _sSO }], [() => ResourceStatistics$, { [_jN]: _sta }]]
];
var GetRevealConfigurationRequest$ = [3, n0, _GRCR,
    0,
    [],
    []
];
var GetRevealConfigurationResponse$ = [3, n0, _GRCRe,
    0,
    [_con, _rC],
    [[() => RevealConfiguration$, { [_jN]: _con }], [() => RetrievalConfiguration$, { [_jN]: _rC }]]
];
var GetSensitiveDataOccurrencesAvailabilityRequest$ = [3, n0, _GSDOAR,
    0,
    [_fIi],
    [[0, 1]], 1
];
var GetSensitiveDataOccurrencesAvailabilityResponse$ = [3, n0, _GSDOARe,
    0,
    [_co, _reas],
    [[0, { [_jN]: _co }], [64 | 0, { [_jN]: _reas }]]
];
var GetSensitiveDataOccurrencesRequest$ = [3, n0, _GSDOR,
    0,
    [_fIi],
    [[0, 1]], 1
];
var GetSensitiveDataOccurrencesResponse$ = [3, n0, _GSDORe,
    0,
    [_e, _sDO, _st],
    [[0, { [_jN]: _e }], [() => SensitiveDataOccurrences, { [_jN]: _sDO }], [0, { [_jN]: _st }]]
];
var GetSensitivityInspectionTemplateRequest$ = [3, n0, _GSITR,
    0,
    [_i],
    [[0, 1]], 1
];
var GetSensitivityInspectionTemplateResponse$ = [3, n0, _GSITRe,
    0,
    [_d, _exc, _inc, _n, _sITI],
    [[0, { [_jN]: _d }], [() => SensitivityInspectionTemplateExcludes$, { [_jN]: _exc }], [() => SensitivityInspectionTemplateIncludes$, { [_jN]: _inc }], [0, { [_jN]: _n }], [0, { [_jN]: _sITI }]]
];
var GetUsageStatisticsRequest$ = [3, n0, _GUSR,
    0,
    [_fB, _mR, _nT, _sB, _tR],
    [[() => __listOfUsageStatisticsFilter, { [_jN]: _fB }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => UsageStatisticsSortBy$, { [_jN]: _sB }], [0, { [_jN]: _tR }]]
];
var GetUsageStatisticsResponse$ = [3, n0, _GUSRe,
    0,
    [_nT, _rec, _tR],
    [[0, { [_jN]: _nT }], [() => __listOfUsageRecord, { [_jN]: _rec }], [0, { [_jN]: _tR }]]
];
var GetUsageTotalsRequest$ = [3, n0, _GUTR,
    0,
    [_tR],
    [[0, { [_hQ]: _tR }]]
];
var GetUsageTotalsResponse$ = [3, n0, _GUTRe,
    0,
    [_tR, _uT],
    [[0, { [_jN]: _tR }], [() => __listOfUsageTotal, { [_jN]: _uT }]]
];
var GroupCount$ = [3, n0, _GC,
    0,
    [_cou, _gK],
    [[1, { [_jN]: _cou }], [0, { [_jN]: _gK }]]
];
var IamUser$ = [3, n0, _IU,
    0,
    [_aI, _a, _pI, _uN],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [0, { [_jN]: _uN }]]
];
var Invitation$ = [3, n0, _I,
    0,
    [_aI, _iI, _iA, _rS],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _iI }], [5, { [_jN]: _iA }], [0, { [_jN]: _rS }]]
];
var IpAddressDetails$ = [3, n0, _IAD,
    0,
    [_iAV, _iCp, _iCpo, _iGL, _iO],
    [[0, { [_jN]: _iAV }], [() => IpCity$, { [_jN]: _iCp }], [() => IpCountry$, { [_jN]: _iCpo }], [() => IpGeoLocation$, { [_jN]: _iGL }], [() => IpOwner$, { [_jN]: _iO }]]
];
var IpCity$ = [3, n0, _IC,
    0,
    [_n],
    [[0, { [_jN]: _n }]]
];
var IpCountry$ = [3, n0, _ICp,
    0,
    [_co, _n],
    [[0, { [_jN]: _co }], [0, { [_jN]: _n }]]
];
var IpGeoLocation$ = [3, n0, _IGL,
    0,
    [_la, _lo],
    [[1, { [_jN]: _la }], [1, { [_jN]: _lo }]]
];
var IpOwner$ = [3, n0, _IO,
    0,
    [_as, _aOs, _is, _or],
    [[0, { [_jN]: _as }], [0, { [_jN]: _aOs }], [0, { [_jN]: _is }], [0, { [_jN]: _or }]]
];
var JobDetails$ = [3, n0, _JD,
    0,
    [_iDIJ, _iMBJ, _lJI, _lJRT],
    [[0, { [_jN]: _iDIJ }], [0, { [_jN]: _iMBJ }], [0, { [_jN]: _lJI }], [5, { [_jN]: _lJRT }]]
];
var JobScheduleFrequency$ = [3, n0, _JSF,
    0,
    [_dS, _mS, _wS],
    [[() => DailySchedule$, { [_jN]: _dS }], [() => MonthlySchedule$, { [_jN]: _mS }], [() => WeeklySchedule$, { [_jN]: _wS }]]
];
var JobScopeTerm$ = [3, n0, _JST,
    0,
    [_sST, _tST],
    [[() => SimpleScopeTerm$, { [_jN]: _sST }], [() => TagScopeTerm$, { [_jN]: _tST }]]
];
var JobScopingBlock$ = [3, n0, _JSB,
    0,
    [_an],
    [[() => __listOfJobScopeTerm, { [_jN]: _an }]]
];
var JobSummary$ = [3, n0, _JS,
    0,
    [_bCu, _bD, _cA, _jI, _jS, _jT, _lRES, _n, _uPD],
    [[() => S3BucketCriteriaForJob$, { [_jN]: _bCu }], [() => __listOfS3BucketDefinitionForJob, { [_jN]: _bD }], [5, { [_jN]: _cA }], [0, { [_jN]: _jI }], [0, { [_jN]: _jS }], [0, { [_jN]: _jT }], [() => LastRunErrorStatus$, { [_jN]: _lRES }], [0, { [_jN]: _n }], [() => UserPausedDetails$, { [_jN]: _uPD }]]
];
var KeyValuePair$ = [3, n0, _KVP,
    0,
    [_ke, _va],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
];
var LastRunErrorStatus$ = [3, n0, _LRES,
    0,
    [_co],
    [[0, { [_jN]: _co }]]
];
var ListAllowListsRequest$ = [3, n0, _LALR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListAllowListsResponse$ = [3, n0, _LALRi,
    0,
    [_aL, _nT],
    [[() => __listOfAllowListSummary, { [_jN]: _aL }], [0, { [_jN]: _nT }]]
];
var ListAutomatedDiscoveryAccountsRequest$ = [3, n0, _LADAR,
    0,
    [_aIc, _mR, _nT],
    [[64 | 0, { [_hQ]: _aIc }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListAutomatedDiscoveryAccountsResponse$ = [3, n0, _LADARi,
    0,
    [_it, _nT],
    [[() => __listOfAutomatedDiscoveryAccount, { [_jN]: _it }], [0, { [_jN]: _nT }]]
];
var ListClassificationJobsRequest$ = [3, n0, _LCJR,
    0,
    [_fCi, _mR, _nT, _sCo],
    [[() => ListJobsFilterCriteria$, { [_jN]: _fCi }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => ListJobsSortCriteria$, { [_jN]: _sCo }]]
];
var ListClassificationJobsResponse$ = [3, n0, _LCJRi,
    0,
    [_it, _nT],
    [[() => __listOfJobSummary, { [_jN]: _it }], [0, { [_jN]: _nT }]]
];
var ListClassificationScopesRequest$ = [3, n0, _LCSR,
    0,
    [_n, _nT],
    [[0, { [_hQ]: _n }], [0, { [_hQ]: _nT }]]
];
var ListClassificationScopesResponse$ = [3, n0, _LCSRi,
    0,
    [_cS, _nT],
    [[() => __listOfClassificationScopeSummary, { [_jN]: _cS }], [0, { [_jN]: _nT }]]
];
var ListCustomDataIdentifiersRequest$ = [3, n0, _LCDIR,
    0,
    [_mR, _nT],
    [[1, { [_jN]: _mR }], [0, { [_jN]: _nT }]]
];
var ListCustomDataIdentifiersResponse$ = [3, n0, _LCDIRi,
    0,
    [_it, _nT],
    [[() => __listOfCustomDataIdentifierSummary, { [_jN]: _it }], [0, { [_jN]: _nT }]]
];
var ListFindingsFiltersRequest$ = [3, n0, _LFFR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListFindingsFiltersResponse$ = [3, n0, _LFFRi,
    0,
    [_fFLI, _nT],
    [[() => __listOfFindingsFilterListItem, { [_jN]: _fFLI }], [0, { [_jN]: _nT }]]
];
var ListFindingsRequest$ = [3, n0, _LFR,
    0,
    [_fC, _mR, _nT, _sCo],
    [[() => FindingCriteria$, { [_jN]: _fC }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => SortCriteria$, { [_jN]: _sCo }]]
];
var ListFindingsResponse$ = [3, n0, _LFRi,
    0,
    [_fI, _nT],
    [[64 | 0, { [_jN]: _fI }], [0, { [_jN]: _nT }]]
];
var ListInvitationsRequest$ = [3, n0, _LIR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListInvitationsResponse$ = [3, n0, _LIRi,
    0,
    [_inv, _nT],
    [[() => __listOfInvitation, { [_jN]: _inv }], [0, { [_jN]: _nT }]]
];
var ListJobsFilterCriteria$ = [3, n0, _LJFC,
    0,
    [_exc, _inc],
    [[() => __listOfListJobsFilterTerm, { [_jN]: _exc }], [() => __listOfListJobsFilterTerm, { [_jN]: _inc }]]
];
var ListJobsFilterTerm$ = [3, n0, _LJFT,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
var ListJobsSortCriteria$ = [3, n0, _LJSC,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
var ListManagedDataIdentifiersRequest$ = [3, n0, _LMDIR,
    0,
    [_nT],
    [[0, { [_jN]: _nT }]]
];
var ListManagedDataIdentifiersResponse$ = [3, n0, _LMDIRi,
    0,
    [_it, _nT],
    [[() => __listOfManagedDataIdentifierSummary, { [_jN]: _it }], [0, { [_jN]: _nT }]]
];
var ListMembersRequest$ = [3, n0, _LMR,
    0,
    [_mR, _nT, _oA],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _oA }]]
];
var ListMembersResponse$ = [3, n0, _LMRi,
    0,
    [_me, _nT],
    [[() => __listOfMember, { [_jN]: _me }], [0, { [_jN]: _nT }]]
];
var ListOrganizationAdminAccountsRequest$ = [3, n0, _LOAAR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListOrganizationAdminAccountsResponse$ = [3, n0, _LOAARi,
    0,
    [_aA, _nT],
    [[() => __listOfAdminAccount, { [_jN]: _aA }], [0, { [_jN]: _nT }]]
];
var ListResourceProfileArtifactsRequest$ = [3, n0, _LRPAR,
    0,
    [_rAe, _nT],
    [[0, { [_hQ]: _rAe }], [0, { [_hQ]: _nT }]], 1
];
var ListResourceProfileArtifactsResponse$ = [3, n0, _LRPARi,
    0,
    [_art, _nT],
    [[() => __listOfResourceProfileArtifact, { [_jN]: _art }], [0, { [_jN]: _nT }]]
];
var ListResourceProfileDetectionsRequest$ = [3, n0, _LRPDR,
    0,
    [_rAe, _mR, _nT],
    [[0, { [_hQ]: _rAe }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListResourceProfileDetectionsResponse$ = [3, n0, _LRPDRi,
    0,
    [_det, _nT],
    [[() => __listOfDetection, { [_jN]: _det }], [0, { [_jN]: _nT }]]
];
var ListSensitivityInspectionTemplatesRequest$ = [3, n0, _LSITR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListSensitivityInspectionTemplatesResponse$ = [3, n0, _LSITRi,
    0,
    [_nT, _sIT],
    [[0, { [_jN]: _nT }], [() => __listOfSensitivityInspectionTemplatesEntry, { [_jN]: _sIT }]]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_rAe],
    [[0, 1]], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_t],
    [[128 | 0, { [_jN]: _t }]]
];
var ManagedDataIdentifierSummary$ = [3, n0, _MDIS,
    0,
    [_ca, _i],
    [[0, { [_jN]: _ca }], [0, { [_jN]: _i }]]
];
var MatchingBucket$ = [3, n0, _MB,
    0,
    [_aI, _aDMS, _bN, _cOC, _cSIB, _eC, _eM, _jD, _lADT, _oC, _oCBET, _sS, _sIB, _sIBC, _uOC, _uOSIB],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _aDMS }], [0, { [_jN]: _bN }], [1, { [_jN]: _cOC }], [1, { [_jN]: _cSIB }], [0, { [_jN]: _eC }], [0, { [_jN]: _eM }], [() => JobDetails$, { [_jN]: _jD }], [5, { [_jN]: _lADT }], [1, { [_jN]: _oC }], [() => ObjectCountByEncryptionType$, { [_jN]: _oCBET }], [1, { [_jN]: _sS }], [1, { [_jN]: _sIB }], [1, { [_jN]: _sIBC }], [() => ObjectLevelStatistics$, { [_jN]: _uOC }], [() => ObjectLevelStatistics$, { [_jN]: _uOSIB }]]
];
var MatchingResource$ = [3, n0, _MR,
    0,
    [_mB],
    [[() => MatchingBucket$, { [_jN]: _mB }]]
];
var Member$ = [3, n0, _M,
    0,
    [_aI, _aAI, _a, _em, _iA, _mAI, _rS, _t, _uA],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _aAI }], [0, { [_jN]: _a }], [0, { [_jN]: _em }], [5, { [_jN]: _iA }], [0, { [_jN]: _mAI }], [0, { [_jN]: _rS }], [128 | 0, { [_jN]: _t }], [5, { [_jN]: _uA }]]
];
var MonthlySchedule$ = [3, n0, _MS,
    0,
    [_dOM],
    [[1, { [_jN]: _dOM }]]
];
var ObjectCountByEncryptionType$ = [3, n0, _OCBET,
    0,
    [_cM, _kM, _sM, _un, _u],
    [[1, { [_jN]: _cM }], [1, { [_jN]: _kM }], [1, { [_jN]: _sM }], [1, { [_jN]: _un }], [1, { [_jN]: _u }]]
];
var ObjectLevelStatistics$ = [3, n0, _OLS,
    0,
    [_fTi, _sCt, _to],
    [[1, { [_jN]: _fTi }], [1, { [_jN]: _sCt }], [1, { [_jN]: _to }]]
];
var Occurrences$ = [3, n0, _O,
    0,
    [_ce, _lR, _oR, _pag, _rec],
    [[() => Cells, { [_jN]: _ce }], [() => Ranges, { [_jN]: _lR }], [() => Ranges, { [_jN]: _oR }], [() => Pages, { [_jN]: _pag }], [() => Records, { [_jN]: _rec }]]
];
var Page$ = [3, n0, _P,
    0,
    [_lRi, _oRf, _pN],
    [[() => Range$, { [_jN]: _lRi }], [() => Range$, { [_jN]: _oRf }], [1, { [_jN]: _pN }]]
];
var PolicyDetails$ = [3, n0, _PD,
    0,
    [_act, _acto],
    [[() => FindingAction$, { [_jN]: _act }], [() => FindingActor$, { [_jN]: _acto }]]
];
var PutClassificationExportConfigurationRequest$ = [3, n0, _PCECR,
    0,
    [_con],
    [[() => ClassificationExportConfiguration$, { [_jN]: _con }]], 1
];
var PutClassificationExportConfigurationResponse$ = [3, n0, _PCECRu,
    0,
    [_con],
    [[() => ClassificationExportConfiguration$, { [_jN]: _con }]]
];
var PutFindingsPublicationConfigurationRequest$ = [3, n0, _PFPCR,
    0,
    [_cT, _sHC],
    [[0, { [_iT]: 1, [_jN]: _cT }], [() => SecurityHubConfiguration$, { [_jN]: _sHC }]]
];
var PutFindingsPublicationConfigurationResponse$ = [3, n0, _PFPCRu,
    0,
    [],
    []
];
var Range$ = [3, n0, _R,
    0,
    [_en, _star, _sCta],
    [[1, { [_jN]: _en }], [1, { [_jN]: _star }], [1, { [_jN]: _sCta }]]
];
var _Record$ = [3, n0, _Re,
    0,
    [_jP, _rI],
    [[0, { [_jN]: _jP }], [1, { [_jN]: _rI }]]
];
var ReplicationDetails$ = [3, n0, _RD,
    0,
    [_rep, _rE, _rAep],
    [[2, { [_jN]: _rep }], [2, { [_jN]: _rE }], [64 | 0, { [_jN]: _rAep }]]
];
var ResourceProfileArtifact$ = [3, n0, _RPA,
    0,
    [_a, _cRS, _sen],
    [[0, { [_jN]: _a }], [0, { [_jN]: _cRS }], [2, { [_jN]: _sen }]], 2
];
var ResourcesAffected$ = [3, n0, _RA,
    0,
    [_sBu, _sO],
    [[() => S3Bucket$, { [_jN]: _sBu }], [() => S3Object$, { [_jN]: _sO }]]
];
var ResourceStatistics$ = [3, n0, _RS,
    0,
    [_tBC, _tD, _tDS, _tIC, _tIS, _tISo, _tISIE, _tISIK, _tISPD],
    [[1, { [_jN]: _tBC }], [1, { [_jN]: _tD }], [1, { [_jN]: _tDS }], [1, { [_jN]: _tIC }], [1, { [_jN]: _tIS }], [1, { [_jN]: _tISo }], [1, { [_jN]: _tISIE }], [1, { [_jN]: _tISIK }], [1, { [_jN]: _tISPD }]]
];
var RetrievalConfiguration$ = [3, n0, _RC,
    0,
    [_rM, _eI, _rN],
    [[0, { [_jN]: _rM }], [0, { [_jN]: _eI }], [0, { [_jN]: _rN }]], 1
];
var RevealConfiguration$ = [3, n0, _RCe,
    0,
    [_st, _kKI],
    [[0, { [_jN]: _st }], [0, { [_jN]: _kKI }]], 1
];
var S3Bucket$ = [3, n0, _SB,
    0,
    [_aUOU, _a, _cA, _dSSE, _n, _ow, _pAu, _t],
    [[0, { [_jN]: _aUOU }], [0, { [_jN]: _a }], [5, { [_jN]: _cA }], [() => ServerSideEncryption$, { [_jN]: _dSSE }], [0, { [_jN]: _n }], [() => S3BucketOwner$, { [_jN]: _ow }], [() => BucketPublicAccess$, { [_jN]: _pAu }], [() => KeyValuePairList, { [_jN]: _t }]]
];
var S3BucketCriteriaForJob$ = [3, n0, _SBCFJ,
    0,
    [_exc, _inc],
    [[() => CriteriaBlockForJob$, { [_jN]: _exc }], [() => CriteriaBlockForJob$, { [_jN]: _inc }]]
];
var S3BucketDefinitionForJob$ = [3, n0, _SBDFJ,
    0,
    [_aI, _b],
    [[0, { [_jN]: _aI }], [64 | 0, { [_jN]: _b }]], 2
];
var S3BucketOwner$ = [3, n0, _SBO,
    0,
    [_dNi, _i],
    [[0, { [_jN]: _dNi }], [0, { [_jN]: _i }]]
];
var S3ClassificationScope$ = [3, n0, _SCS,
    0,
    [_exc],
    [[() => S3ClassificationScopeExclusion$, { [_jN]: _exc }]], 1
];
var S3ClassificationScopeExclusion$ = [3, n0, _SCSE,
    0,
    [_bNu],
    [[64 | 0, { [_jN]: _bNu }]], 1
];
var S3ClassificationScopeExclusionUpdate$ = [3, n0, _SCSEU,
    0,
    [_bNu, _op],
    [[64 | 0, { [_jN]: _bNu }], [0, { [_jN]: _op }]], 2
];
var S3ClassificationScopeUpdate$ = [3, n0, _SCSU,
    0,
    [_exc],
    [[() => S3ClassificationScopeExclusionUpdate$, { [_jN]: _exc }]], 1
];
var S3Destination$ = [3, n0, _SD,
    0,
    [_bN, _kKA, _eBO, _kP],
    [[0, { [_jN]: _bN }], [0, { [_jN]: _kKA }], [0, { [_jN]: _eBO }], [0, { [_jN]: _kP }]], 2
];
var S3JobDefinition$ = [3, n0, _SJD,
    0,
    [_bCu, _bD, _sc],
    [[() => S3BucketCriteriaForJob$, { [_jN]: _bCu }], [() => __listOfS3BucketDefinitionForJob, { [_jN]: _bD }], [() => Scoping$, { [_jN]: _sc }]]
];
var S3Object$ = [3, n0, _SO,
    0,
    [_bA, _eT, _ext, _ke, _lM, _pat, _pAu, _sSE, _si, _sCt, _t, _vI],
    [[0, { [_jN]: _bA }], [0, { [_jN]: _eT }], [0, { [_jN]: _ext }], [0, { [_jN]: _ke }], [5, { [_jN]: _lM }], [0, { [_jN]: _pat }], [2, { [_jN]: _pAu }], [() => ServerSideEncryption$, { [_jN]: _sSE }], [1, { [_jN]: _si }], [0, { [_jN]: _sCt }], [() => KeyValuePairList, { [_jN]: _t }], [0, { [_jN]: _vI }]]
];
var S3WordsList$ = [3, n0, _SWL,
    0,
    [_bN, _oK],
    [[0, { [_jN]: _bN }], [0, { [_jN]: _oK }]], 2
];
var Scoping$ = [3, n0, _S,
    0,
    [_exc, _inc],
    [[() => JobScopingBlock$, { [_jN]: _exc }], [() => JobScopingBlock$, { [_jN]: _inc }]]
];
var SearchResourcesBucketCriteria$ = [3, n0, _SRBC,
    0,
    [_exc, _inc],
    [[() => SearchResourcesCriteriaBlock$, { [_jN]: _exc }], [() => SearchResourcesCriteriaBlock$, { [_jN]: _inc }]]
];
var SearchResourcesCriteria$ = [3, n0, _SRC,
    0,
    [_sCim, _tC],
    [[() => SearchResourcesSimpleCriterion$, { [_jN]: _sCim }], [() => SearchResourcesTagCriterion$, { [_jN]: _tC }]]
];
var SearchResourcesCriteriaBlock$ = [3, n0, _SRCB,
    0,
    [_an],
    [[() => __listOfSearchResourcesCriteria, { [_jN]: _an }]]
];
var SearchResourcesRequest$ = [3, n0, _SRR,
    0,
    [_bCu, _mR, _nT, _sCo],
    [[() => SearchResourcesBucketCriteria$, { [_jN]: _bCu }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => SearchResourcesSortCriteria$, { [_jN]: _sCo }]]
];
var SearchResourcesResponse$ = [3, n0, _SRRe,
    0,
    [_mRa, _nT],
    [[() => __listOfMatchingResource, { [_jN]: _mRa }], [0, { [_jN]: _nT }]]
];
var SearchResourcesSimpleCriterion$ = [3, n0, _SRSC,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
var SearchResourcesSortCriteria$ = [3, n0, _SRSCe,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
var SearchResourcesTagCriterion$ = [3, n0, _SRTC,
    0,
    [_com, _tV],
    [[0, { [_jN]: _com }], [() => __listOfSearchResourcesTagCriterionPair, { [_jN]: _tV }]]
];
var SearchResourcesTagCriterionPair$ = [3, n0, _SRTCP,
    0,
    [_ke, _va],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
];
var SecurityHubConfiguration$ = [3, n0, _SHC,
    0,
    [_pCF, _pPF],
    [[2, { [_jN]: _pCF }], [2, { [_jN]: _pPF }]], 2
];
var SensitiveDataItem$ = [3, n0, _SDI,
    0,
    [_ca, _det, _tCo],
    [[0, { [_jN]: _ca }], [() => DefaultDetections, { [_jN]: _det }], [1, { [_jN]: _tCo }]]
];
var SensitivityAggregations$ = [3, n0, _SA,
    0,
    [_cSIB, _pAC, _tCo, _tSIB],
    [[1, { [_jN]: _cSIB }], [1, { [_jN]: _pAC }], [1, { [_jN]: _tCo }], [1, { [_jN]: _tSIB }]]
];
var SensitivityInspectionTemplateExcludes$ = [3, n0, _SITE,
    0,
    [_mDII],
    [[64 | 0, { [_jN]: _mDII }]]
];
var SensitivityInspectionTemplateIncludes$ = [3, n0, _SITI,
    0,
    [_aLI, _cDII, _mDII],
    [[64 | 0, { [_jN]: _aLI }], [64 | 0, { [_jN]: _cDII }], [64 | 0, { [_jN]: _mDII }]]
];
var SensitivityInspectionTemplatesEntry$ = [3, n0, _SITEe,
    0,
    [_i, _n],
    [[0, { [_jN]: _i }], [0, { [_jN]: _n }]]
];
var ServerSideEncryption$ = [3, n0, _SSE,
    0,
    [_eTn, _kMKI],
    [[0, { [_jN]: _eTn }], [0, { [_jN]: _kMKI }]]
];
var ServiceLimit$ = [3, n0, _SL,
    0,
    [_iSL, _uni, _va],
    [[2, { [_jN]: _iSL }], [0, { [_jN]: _uni }], [1, { [_jN]: _va }]]
];
var SessionContext$ = [3, n0, _SC,
    0,
    [_at, _sI],
    [[() => SessionContextAttributes$, { [_jN]: _at }], [() => SessionIssuer$, { [_jN]: _sI }]]
];
var SessionContextAttributes$ = [3, n0, _SCA,
    0,
    [_cDr, _mAf],
    [[5, { [_jN]: _cDr }], [2, { [_jN]: _mAf }]]
];
var SessionIssuer$ = [3, n0, _SI,
    0,
    [_aI, _a, _pI, _ty, _uN],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [0, { [_jN]: _ty }], [0, { [_jN]: _uN }]]
];
var Severity$ = [3, n0, _Se,
    0,
    [_d, _sco],
    [[0, { [_jN]: _d }], [1, { [_jN]: _sco }]]
];
var SeverityLevel$ = [3, n0, _SLe,
    0,
    [_oTc, _sev],
    [[1, { [_jN]: _oTc }], [0, { [_jN]: _sev }]], 2
];
var SimpleCriterionForJob$ = [3, n0, _SCFJ,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
var SimpleScopeTerm$ = [3, n0, _SST,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
var SortCriteria$ = [3, n0, _SCo,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
var Statistics$ = [3, n0, _St,
    0,
    [_aNOOTP, _nOR],
    [[1, { [_jN]: _aNOOTP }], [1, { [_jN]: _nOR }]]
];
var SuppressDataIdentifier$ = [3, n0, _SDIu,
    0,
    [_i, _ty],
    [[0, { [_jN]: _i }], [0, { [_jN]: _ty }]]
];
var TagCriterionForJob$ = [3, n0, _TCFJ,
    0,
    [_com, _tV],
    [[0, { [_jN]: _com }], [() => __listOfTagCriterionPairForJob, { [_jN]: _tV }]]
];
var TagCriterionPairForJob$ = [3, n0, _TCPFJ,
    0,
    [_ke, _va],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_rAe, _t],
    [[0, 1], [128 | 0, { [_jN]: _t }]], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TagScopeTerm$ = [3, n0, _TST,
    0,
    [_com, _ke, _tV, _ta],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [() => __listOfTagValuePair, { [_jN]: _tV }], [0, { [_jN]: _ta }]]
];
var TagValuePair$ = [3, n0, _TVP,
    0,
    [_ke, _va],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
];
var TestCustomDataIdentifierRequest$ = [3, n0, _TCDIR,
    0,
    [_r, _sT, _iW, _k, _mMD],
    [[0, { [_jN]: _r }], [0, { [_jN]: _sT }], [64 | 0, { [_jN]: _iW }], [64 | 0, { [_jN]: _k }], [1, { [_jN]: _mMD }]], 2
];
var TestCustomDataIdentifierResponse$ = [3, n0, _TCDIRe,
    0,
    [_mC],
    [[1, { [_jN]: _mC }]]
];
var UnprocessedAccount$ = [3, n0, _UA,
    0,
    [_aI, _eC, _eM],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _eC }], [0, { [_jN]: _eM }]]
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rAe, _tK],
    [[0, 1], [64 | 0, { [_hQ]: _tK }]], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateAllowListRequest$ = [3, n0, _UALR,
    0,
    [_cr, _i, _n, _d],
    [[() => AllowListCriteria$, { [_jN]: _cr }], [0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _d }]], 3
];
var UpdateAllowListResponse$ = [3, n0, _UALRp,
    0,
    [_a, _i],
    [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
];
var UpdateAutomatedDiscoveryConfigurationRequest$ = [3, n0, _UADCR,
    0,
    [_st, _aEOM],
    [[0, { [_jN]: _st }], [0, { [_jN]: _aEOM }]], 1
];
var UpdateAutomatedDiscoveryConfigurationResponse$ = [3, n0, _UADCRp,
    0,
    [],
    []
];
var UpdateClassificationJobRequest$ = [3, n0, _UCJR,
    0,
    [_jI, _jS],
    [[0, 1], [0, { [_jN]: _jS }]], 2
];
var UpdateClassificationJobResponse$ = [3, n0, _UCJRp,
    0,
    [],
    []
];
var UpdateClassificationScopeRequest$ = [3, n0, _UCSR,
    0,
    [_i, _s_],
    [[0, 1], [() => S3ClassificationScopeUpdate$, { [_jN]: _s_ }]], 1
];
var UpdateClassificationScopeResponse$ = [3, n0, _UCSRp,
    0,
    [],
    []
];
var UpdateFindingsFilterRequest$ = [3, n0, _UFFR,
    0,
    [_i, _act, _cT, _d, _fC, _n, _po],
    [[0, 1], [0, { [_jN]: _act }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [() => FindingCriteria$, { [_jN]: _fC }], [0, { [_jN]: _n }], [1, { [_jN]: _po }]], 1
];
var UpdateFindingsFilterResponse$ = [3, n0, _UFFRp,
    0,
    [_a, _i],
    [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
];
var UpdateMacieSessionRequest$ = [3, n0, _UMSR,
    0,
    [_fPF, _st],
    [[0, { [_jN]: _fPF }], [0, { [_jN]: _st }]]
];
var UpdateMacieSessionResponse$ = [3, n0, _UMSRp,
    0,
    [],
    []
];
var UpdateMemberSessionRequest$ = [3, n0, _UMSRpd,
    0,
    [_i, _st],
    [[0, 1], [0, { [_jN]: _st }]], 2
];
var UpdateMemberSessionResponse$ = [3, n0, _UMSRpda,
    0,
    [],
    []
];
var UpdateOrganizationConfigurationRequest$ = [3, n0, _UOCR,
    0,
    [_aE],
    [[2, { [_jN]: _aE }]], 1
];
var UpdateOrganizationConfigurationResponse$ = [3, n0, _UOCRp,
    0,
    [],
    []
];
var UpdateResourceProfileDetectionsRequest$ = [3, n0, _URPDR,
    0,
    [_rAe, _sDI],
    [[0, { [_hQ]: _rAe }], [() => __listOfSuppressDataIdentifier, { [_jN]: _sDI }]], 1
];
var UpdateResourceProfileDetectionsResponse$ = [3, n0, _URPDRp,
    0,
    [],
    []
];
var UpdateResourceProfileRequest$ = [3, n0, _URPR,
    0,
    [_rAe, _sSOe],
    [[0, { [_hQ]: _rAe }], [1, { [_jN]: _sSOe }]], 1
];
var UpdateResourceProfileResponse$ = [3, n0, _URPRp,
    0,
    [],
    []
];
var UpdateRetrievalConfiguration$ = [3, n0, _URC,
    0,
    [_rM, _rN],
    [[0, { [_jN]: _rM }], [0, { [_jN]: _rN }]], 1
];
var UpdateRevealConfigurationRequest$ = [3, n0, _URCR,
    0,
    [_con, _rC],
    [[() => RevealConfiguration$, { [_jN]: _con }], [() => UpdateRetrievalConfiguration$, { [_jN]: _rC }]], 1
];
var UpdateRevealConfigurationResponse$ = [3, n0, _URCRp,
    0,
    [_con, _rC],
    [[() => RevealConfiguration$, { [_jN]: _con }], [() => RetrievalConfiguration$, { [_jN]: _rC }]]
];
var UpdateSensitivityInspectionTemplateRequest$ = [3, n0, _USITR,
    0,
    [_i, _d, _exc, _inc],
    [[0, 1], [0, { [_jN]: _d }], [() => SensitivityInspectionTemplateExcludes$, { [_jN]: _exc }], [() => SensitivityInspectionTemplateIncludes$, { [_jN]: _inc }]], 1
];
var UpdateSensitivityInspectionTemplateResponse$ = [3, n0, _USITRp,
    0,
    [],
    []
];
var UsageByAccount$ = [3, n0, _UBA,
    0,
    [_cu, _eCs, _sLe, _ty],
    [[0, { [_jN]: _cu }], [0, { [_jN]: _eCs }], [() => ServiceLimit$, { [_jN]: _sLe }], [0, { [_jN]: _ty }]]
];
var UsageRecord$ = [3, n0, _UR,
    0,
    [_aI, _aDFTSD, _fTSD, _us],
    [[0, { [_jN]: _aI }], [5, { [_jN]: _aDFTSD }], [5, { [_jN]: _fTSD }], [() => __listOfUsageByAccount, { [_jN]: _us }]]
];
var UsageStatisticsFilter$ = [3, n0, _USF,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
var UsageStatisticsSortBy$ = [3, n0, _USSB,
    0,
    [_ke, _oB],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _oB }]]
];
var UsageTotal$ = [3, n0, _UT,
    0,
    [_cu, _eCs, _ty],
    [[0, { [_jN]: _cu }], [0, { [_jN]: _eCs }], [0, { [_jN]: _ty }]]
];
var UserIdentity$ = [3, n0, _UI,
    0,
    [_aR, _aAw, _aS, _fU, _iU, _roo, _ty],
    [[() => AssumedRole$, { [_jN]: _aR }], [() => AwsAccount$, { [_jN]: _aAw }], [() => AwsService$, { [_jN]: _aS }], [() => FederatedUser$, { [_jN]: _fU }], [() => IamUser$, { [_jN]: _iU }], [() => UserIdentityRoot$, { [_jN]: _roo }], [0, { [_jN]: _ty }]]
];
var UserIdentityRoot$ = [3, n0, _UIR,
    0,
    [_aI, _a, _pI],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }]]
];
var UserPausedDetails$ = [3, n0, _UPD,
    0,
    [_jEA, _jIEHEA, _jPA],
    [[5, { [_jN]: _jEA }], [0, { [_jN]: _jIEHEA }], [5, { [_jN]: _jPA }]]
];
var WeeklySchedule$ = [3, n0, _WS,
    0,
    [_dOW],
    [[0, { [_jN]: _dOW }]]
];
var __listOf__string = (/* unused pure expression or super */ null && (0));
var __listOfAdminAccount = [1, n0, _lOAA,
    0, [() => AdminAccount$,
        0]
];
var __listOfAllowListSummary = [1, n0, _lOALS,
    0, [() => AllowListSummary$,
        0]
];
var __listOfAutomatedDiscoveryAccount = [1, n0, _lOADA,
    0, [() => AutomatedDiscoveryAccount$,
        0]
];
var __listOfAutomatedDiscoveryAccountUpdate = [1, n0, _lOADAU,
    0, [() => AutomatedDiscoveryAccountUpdate$,
        0]
];
var __listOfAutomatedDiscoveryAccountUpdateError = [1, n0, _lOADAUE,
    0, [() => AutomatedDiscoveryAccountUpdateError$,
        0]
];
var __listOfBatchGetCustomDataIdentifierSummary = [1, n0, _lOBGCDIS,
    0, [() => BatchGetCustomDataIdentifierSummary$,
        0]
];
var __listOfBucketMetadata = [1, n0, _lOBM,
    0, [() => BucketMetadata$,
        0]
];
var __listOfClassificationScopeSummary = [1, n0, _lOCSS,
    0, [() => ClassificationScopeSummary$,
        0]
];
var __listOfCriteriaForJob = [1, n0, _lOCFJ,
    0, [() => CriteriaForJob$,
        0]
];
var __listOfCustomDataIdentifierSummary = [1, n0, _lOCDIS,
    0, [() => CustomDataIdentifierSummary$,
        0]
];
var __listOfDetectedDataDetails = [1, n0, _lODDD,
    0, [() => DetectedDataDetails$,
        0]
];
var __listOfDetection = [1, n0, _lOD,
    0, [() => Detection$,
        0]
];
var __listOfFinding = [1, n0, _lOF,
    0, [() => Finding$,
        0]
];
var __listOfFindingsFilterListItem = [1, n0, _lOFFLI,
    0, [() => FindingsFilterListItem$,
        0]
];
var __listOfFindingType = (/* unused pure expression or super */ null && (0));
var __listOfGroupCount = [1, n0, _lOGC,
    0, [() => GroupCount$,
        0]
];
var __listOfInvitation = [1, n0, _lOI,
    0, [() => Invitation$,
        0]
];
var __listOfJobScopeTerm = [1, n0, _lOJST,
    0, [() => JobScopeTerm$,
        0]
];
var __listOfJobSummary = [1, n0, _lOJS,
    0, [() => JobSummary$,
        0]
];
var __listOfKeyValuePair = [1, n0, _lOKVP,
    0, [() => KeyValuePair$,
        0]
];
var __listOfListJobsFilterTerm = [1, n0, _lOLJFT,
    0, [() => ListJobsFilterTerm$,
        0]
];
var __listOfManagedDataIdentifierSummary = [1, n0, _lOMDIS,
    0, [() => ManagedDataIdentifierSummary$,
        0]
];
var __listOfMatchingResource = [1, n0, _lOMR,
    0, [() => MatchingResource$,
        0]
];
var __listOfMember = [1, n0, _lOM,
    0, [() => Member$,
        0]
];
var __listOfResourceProfileArtifact = [1, n0, _lORPA,
    0, [() => ResourceProfileArtifact$,
        0]
];
var __listOfS3BucketDefinitionForJob = [1, n0, _lOSBDFJ,
    0, [() => S3BucketDefinitionForJob$,
        0]
];
var __listOfS3BucketName = (/* unused pure expression or super */ null && (0));
var __listOfSearchResourcesCriteria = [1, n0, _lOSRC,
    0, [() => SearchResourcesCriteria$,
        0]
];
var __listOfSearchResourcesTagCriterionPair = [1, n0, _lOSRTCP,
    0, [() => SearchResourcesTagCriterionPair$,
        0]
];
var __listOfSensitivityInspectionTemplatesEntry = [1, n0, _lOSITE,
    0, [() => SensitivityInspectionTemplatesEntry$,
        0]
];
var __listOfSuppressDataIdentifier = [1, n0, _lOSDI,
    0, [() => SuppressDataIdentifier$,
        0]
];
var __listOfTagCriterionPairForJob = [1, n0, _lOTCPFJ,
    0, [() => TagCriterionPairForJob$,
        0]
];
var __listOfTagValuePair = [1, n0, _lOTVP,
    0, [() => TagValuePair$,
        0]
];
var __listOfUnavailabilityReasonCode = (/* unused pure expression or super */ null && (0));
var __listOfUnprocessedAccount = [1, n0, _lOUA,
    0, [() => UnprocessedAccount$,
        0]
];
var __listOfUsageByAccount = [1, n0, _lOUBA,
    0, [() => UsageByAccount$,
        0]
];
var __listOfUsageRecord = [1, n0, _lOUR,
    0, [() => UsageRecord$,
        0]
];
var __listOfUsageStatisticsFilter = [1, n0, _lOUSF,
    0, [() => UsageStatisticsFilter$,
        0]
];
var __listOfUsageTotal = [1, n0, _lOUT,
    0, [() => UsageTotal$,
        0]
];
var Cells = [1, n0, _Ce,
    0, [() => Cell$,
        0]
];
var CustomDetections = [1, n0, _CDus,
    0, [() => CustomDetection$,
        0]
];
var DefaultDetections = [1, n0, _DDe,
    0, [() => DefaultDetection$,
        0]
];
var KeyValuePairList = [1, n0, _KVPL,
    0, [() => KeyValuePair$,
        0]
];
var Pages = [1, n0, _Pa,
    0, [() => Page$,
        0]
];
var Ranges = [1, n0, _Ra,
    0, [() => Range$,
        0]
];
var Records = [1, n0, _Rec,
    0, [() => _Record$,
        0]
];
var SensitiveData = [1, n0, _SDe,
    0, [() => SensitiveDataItem$,
        0]
];
var SeverityLevelList = [1, n0, _SLL,
    0, [() => SeverityLevel$,
        0]
];
var BucketCriteria = [2, n0, _BC,
    0, [0,
        0],
    [() => BucketCriteriaAdditionalProperties$,
        0]
];
var Criterion = [2, n0, _Cr,
    0, [0,
        0],
    [() => CriterionAdditionalProperties$,
        0]
];
var SensitiveDataOccurrences = [2, n0, _SDO,
    0, [0,
        0],
    [() => __listOfDetectedDataDetails,
        0]
];
var TagMap = (/* unused pure expression or super */ null && (0));
var AcceptInvitation$ = [9, n0, _AI,
    { [_h]: ["POST", "/invitations/accept", 200] }, () => AcceptInvitationRequest$, () => AcceptInvitationResponse$
];
var BatchGetCustomDataIdentifiers$ = [9, n0, _BGCDI,
    { [_h]: ["POST", "/custom-data-identifiers/get", 200] }, () => BatchGetCustomDataIdentifiersRequest$, () => BatchGetCustomDataIdentifiersResponse$
];
var BatchUpdateAutomatedDiscoveryAccounts$ = [9, n0, _BUADA,
    { [_h]: ["PATCH", "/automated-discovery/accounts", 200] }, () => BatchUpdateAutomatedDiscoveryAccountsRequest$, () => BatchUpdateAutomatedDiscoveryAccountsResponse$
];
var CreateAllowList$ = [9, n0, _CAL,
    { [_h]: ["POST", "/allow-lists", 200] }, () => CreateAllowListRequest$, () => CreateAllowListResponse$
];
var CreateClassificationJob$ = [9, n0, _CCJ,
    { [_h]: ["POST", "/jobs", 200] }, () => CreateClassificationJobRequest$, () => CreateClassificationJobResponse$
];
var CreateCustomDataIdentifier$ = [9, n0, _CCDI,
    { [_h]: ["POST", "/custom-data-identifiers", 200] }, () => CreateCustomDataIdentifierRequest$, () => CreateCustomDataIdentifierResponse$
];
var CreateFindingsFilter$ = [9, n0, _CFF,
    { [_h]: ["POST", "/findingsfilters", 200] }, () => CreateFindingsFilterRequest$, () => CreateFindingsFilterResponse$
];
var CreateInvitations$ = [9, n0, _CI,
    { [_h]: ["POST", "/invitations", 200] }, () => CreateInvitationsRequest$, () => CreateInvitationsResponse$
];
var CreateMember$ = [9, n0, _CM,
    { [_h]: ["POST", "/members", 200] }, () => CreateMemberRequest$, () => CreateMemberResponse$
];
var CreateSampleFindings$ = [9, n0, _CSF,
    { [_h]: ["POST", "/findings/sample", 200] }, () => CreateSampleFindingsRequest$, () => CreateSampleFindingsResponse$
];
var DeclineInvitations$ = [9, n0, _DI,
    { [_h]: ["POST", "/invitations/decline", 200] }, () => DeclineInvitationsRequest$, () => DeclineInvitationsResponse$
];
var DeleteAllowList$ = [9, n0, _DAL,
    { [_h]: ["DELETE", "/allow-lists/{id}", 200] }, () => DeleteAllowListRequest$, () => DeleteAllowListResponse$
];
var DeleteCustomDataIdentifier$ = [9, n0, _DCDI,
    { [_h]: ["DELETE", "/custom-data-identifiers/{id}", 200] }, () => DeleteCustomDataIdentifierRequest$, () => DeleteCustomDataIdentifierResponse$
];
var DeleteFindingsFilter$ = [9, n0, _DFF,
    { [_h]: ["DELETE", "/findingsfilters/{id}", 200] }, () => DeleteFindingsFilterRequest$, () => DeleteFindingsFilterResponse$
];
var DeleteInvitations$ = [9, n0, _DIe,
    { [_h]: ["POST", "/invitations/delete", 200] }, () => DeleteInvitationsRequest$, () => DeleteInvitationsResponse$
];
var DeleteMember$ = [9, n0, _DM,
    { [_h]: ["DELETE", "/members/{id}", 200] }, () => DeleteMemberRequest$, () => DeleteMemberResponse$
];
var DescribeBuckets$ = [9, n0, _DB,
    { [_h]: ["POST", "/datasources/s3", 200] }, () => DescribeBucketsRequest$, () => DescribeBucketsResponse$
];
var DescribeClassificationJob$ = [9, n0, _DCJ,
    { [_h]: ["GET", "/jobs/{jobId}", 200] }, () => DescribeClassificationJobRequest$, () => DescribeClassificationJobResponse$
];
var DescribeOrganizationConfiguration$ = [9, n0, _DOC,
    { [_h]: ["GET", "/admin/configuration", 200] }, () => DescribeOrganizationConfigurationRequest$, () => DescribeOrganizationConfigurationResponse$
];
var DisableMacie$ = [9, n0, _DMi,
    { [_h]: ["DELETE", "/macie", 200] }, () => DisableMacieRequest$, () => DisableMacieResponse$
];
var DisableOrganizationAdminAccount$ = [9, n0, _DOAA,
    { [_h]: ["DELETE", "/admin", 200] }, () => DisableOrganizationAdminAccountRequest$, () => DisableOrganizationAdminAccountResponse$
];
var DisassociateFromAdministratorAccount$ = [9, n0, _DFAA,
    { [_h]: ["POST", "/administrator/disassociate", 200] }, () => DisassociateFromAdministratorAccountRequest$, () => DisassociateFromAdministratorAccountResponse$
];
var DisassociateFromMasterAccount$ = [9, n0, _DFMA,
    { [_h]: ["POST", "/master/disassociate", 200] }, () => DisassociateFromMasterAccountRequest$, () => DisassociateFromMasterAccountResponse$
];
var DisassociateMember$ = [9, n0, _DMis,
    { [_h]: ["POST", "/members/disassociate/{id}", 200] }, () => DisassociateMemberRequest$, () => DisassociateMemberResponse$
];
var EnableMacie$ = [9, n0, _EM,
    { [_h]: ["POST", "/macie", 200] }, () => EnableMacieRequest$, () => EnableMacieResponse$
];
var EnableOrganizationAdminAccount$ = [9, n0, _EOAA,
    { [_h]: ["POST", "/admin", 200] }, () => EnableOrganizationAdminAccountRequest$, () => EnableOrganizationAdminAccountResponse$
];
var GetAdministratorAccount$ = [9, n0, _GAA,
    { [_h]: ["GET", "/administrator", 200] }, () => GetAdministratorAccountRequest$, () => GetAdministratorAccountResponse$
];
var GetAllowList$ = [9, n0, _GAL,
    { [_h]: ["GET", "/allow-lists/{id}", 200] }, () => GetAllowListRequest$, () => GetAllowListResponse$
];
var GetAutomatedDiscoveryConfiguration$ = [9, n0, _GADC,
    { [_h]: ["GET", "/automated-discovery/configuration", 200] }, () => GetAutomatedDiscoveryConfigurationRequest$, () => GetAutomatedDiscoveryConfigurationResponse$
];
var GetBucketStatistics$ = [9, n0, _GBS,
    { [_h]: ["POST", "/datasources/s3/statistics", 200] }, () => GetBucketStatisticsRequest$, () => GetBucketStatisticsResponse$
];
var GetClassificationExportConfiguration$ = [9, n0, _GCEC,
    { [_h]: ["GET", "/classification-export-configuration", 200] }, () => GetClassificationExportConfigurationRequest$, () => GetClassificationExportConfigurationResponse$
];
var GetClassificationScope$ = [9, n0, _GCS,
    { [_h]: ["GET", "/classification-scopes/{id}", 200] }, () => GetClassificationScopeRequest$, () => GetClassificationScopeResponse$
];
var GetCustomDataIdentifier$ = [9, n0, _GCDI,
    { [_h]: ["GET", "/custom-data-identifiers/{id}", 200] }, () => GetCustomDataIdentifierRequest$, () => GetCustomDataIdentifierResponse$
];
var GetFindings$ = [9, n0, _GF,
    { [_h]: ["POST", "/findings/describe", 200] }, () => GetFindingsRequest$, () => GetFindingsResponse$
];
var GetFindingsFilter$ = [9, n0, _GFF,
    { [_h]: ["GET", "/findingsfilters/{id}", 200] }, () => GetFindingsFilterRequest$, () => GetFindingsFilterResponse$
];
var GetFindingsPublicationConfiguration$ = [9, n0, _GFPC,
    { [_h]: ["GET", "/findings-publication-configuration", 200] }, () => GetFindingsPublicationConfigurationRequest$, () => GetFindingsPublicationConfigurationResponse$
];
var GetFindingStatistics$ = [9, n0, _GFS,
    { [_h]: ["POST", "/findings/statistics", 200] }, () => GetFindingStatisticsRequest$, () => GetFindingStatisticsResponse$
];
var GetInvitationsCount$ = [9, n0, _GIC,
    { [_h]: ["GET", "/invitations/count", 200] }, () => GetInvitationsCountRequest$, () => GetInvitationsCountResponse$
];
var GetMacieSession$ = [9, n0, _GMS,
    { [_h]: ["GET", "/macie", 200] }, () => GetMacieSessionRequest$, () => GetMacieSessionResponse$
];
var GetMasterAccount$ = [9, n0, _GMA,
    { [_h]: ["GET", "/master", 200] }, () => GetMasterAccountRequest$, () => GetMasterAccountResponse$
];
var GetMember$ = [9, n0, _GM,
    { [_h]: ["GET", "/members/{id}", 200] }, () => GetMemberRequest$, () => GetMemberResponse$
];
var GetResourceProfile$ = [9, n0, _GRP,
    { [_h]: ["GET", "/resource-profiles", 200] }, () => GetResourceProfileRequest$, () => GetResourceProfileResponse$
];
var GetRevealConfiguration$ = [9, n0, _GRC,
    { [_h]: ["GET", "/reveal-configuration", 200] }, () => GetRevealConfigurationRequest$, () => GetRevealConfigurationResponse$
];
var GetSensitiveDataOccurrences$ = [9, n0, _GSDO,
    { [_h]: ["GET", "/findings/{findingId}/reveal", 200] }, () => GetSensitiveDataOccurrencesRequest$, () => GetSensitiveDataOccurrencesResponse$
];
var GetSensitiveDataOccurrencesAvailability$ = [9, n0, _GSDOA,
    { [_h]: ["GET", "/findings/{findingId}/reveal/availability", 200] }, () => GetSensitiveDataOccurrencesAvailabilityRequest$, () => GetSensitiveDataOccurrencesAvailabilityResponse$
];
var GetSensitivityInspectionTemplate$ = [9, n0, _GSIT,
    { [_h]: ["GET", "/templates/sensitivity-inspections/{id}", 200] }, () => GetSensitivityInspectionTemplateRequest$, () => GetSensitivityInspectionTemplateResponse$
];
var GetUsageStatistics$ = [9, n0, _GUS,
    { [_h]: ["POST", "/usage/statistics", 200] }, () => GetUsageStatisticsRequest$, () => GetUsageStatisticsResponse$
];
var GetUsageTotals$ = [9, n0, _GUT,
    { [_h]: ["GET", "/usage", 200] }, () => GetUsageTotalsRequest$, () => GetUsageTotalsResponse$
];
var ListAllowLists$ = [9, n0, _LAL,
    { [_h]: ["GET", "/allow-lists", 200] }, () => ListAllowListsRequest$, () => ListAllowListsResponse$
];
var ListAutomatedDiscoveryAccounts$ = [9, n0, _LADA,
    { [_h]: ["GET", "/automated-discovery/accounts", 200] }, () => ListAutomatedDiscoveryAccountsRequest$, () => ListAutomatedDiscoveryAccountsResponse$
];
var ListClassificationJobs$ = [9, n0, _LCJ,
    { [_h]: ["POST", "/jobs/list", 200] }, () => ListClassificationJobsRequest$, () => ListClassificationJobsResponse$
];
var ListClassificationScopes$ = [9, n0, _LCS,
    { [_h]: ["GET", "/classification-scopes", 200] }, () => ListClassificationScopesRequest$, () => ListClassificationScopesResponse$
];
var ListCustomDataIdentifiers$ = [9, n0, _LCDI,
    { [_h]: ["POST", "/custom-data-identifiers/list", 200] }, () => ListCustomDataIdentifiersRequest$, () => ListCustomDataIdentifiersResponse$
];
var ListFindings$ = [9, n0, _LF,
    { [_h]: ["POST", "/findings", 200] }, () => ListFindingsRequest$, () => ListFindingsResponse$
];
var ListFindingsFilters$ = [9, n0, _LFF,
    { [_h]: ["GET", "/findingsfilters", 200] }, () => ListFindingsFiltersRequest$, () => ListFindingsFiltersResponse$
];
var ListInvitations$ = [9, n0, _LI,
    { [_h]: ["GET", "/invitations", 200] }, () => ListInvitationsRequest$, () => ListInvitationsResponse$
];
var ListManagedDataIdentifiers$ = [9, n0, _LMDI,
    { [_h]: ["POST", "/managed-data-identifiers/list", 200] }, () => ListManagedDataIdentifiersRequest$, () => ListManagedDataIdentifiersResponse$
];
var ListMembers$ = [9, n0, _LM,
    { [_h]: ["GET", "/members", 200] }, () => ListMembersRequest$, () => ListMembersResponse$
];
var ListOrganizationAdminAccounts$ = [9, n0, _LOAA,
    { [_h]: ["GET", "/admin", 200] }, () => ListOrganizationAdminAccountsRequest$, () => ListOrganizationAdminAccountsResponse$
];
var ListResourceProfileArtifacts$ = [9, n0, _LRPA,
    { [_h]: ["GET", "/resource-profiles/artifacts", 200] }, () => ListResourceProfileArtifactsRequest$, () => ListResourceProfileArtifactsResponse$
];
var ListResourceProfileDetections$ = [9, n0, _LRPD,
    { [_h]: ["GET", "/resource-profiles/detections", 200] }, () => ListResourceProfileDetectionsRequest$, () => ListResourceProfileDetectionsResponse$
];
var ListSensitivityInspectionTemplates$ = [9, n0, _LSIT,
    { [_h]: ["GET", "/templates/sensitivity-inspections", 200] }, () => ListSensitivityInspectionTemplatesRequest$, () => ListSensitivityInspectionTemplatesResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["GET", "/tags/{resourceArn}", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var PutClassificationExportConfiguration$ = [9, n0, _PCEC,
    { [_h]: ["PUT", "/classification-export-configuration", 200] }, () => PutClassificationExportConfigurationRequest$, () => PutClassificationExportConfigurationResponse$
];
var PutFindingsPublicationConfiguration$ = [9, n0, _PFPC,
    { [_h]: ["PUT", "/findings-publication-configuration", 200] }, () => PutFindingsPublicationConfigurationRequest$, () => PutFindingsPublicationConfigurationResponse$
];
var SearchResources$ = [9, n0, _SR,
    { [_h]: ["POST", "/datasources/search-resources", 200] }, () => SearchResourcesRequest$, () => SearchResourcesResponse$
];
var TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tags/{resourceArn}", 204] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var TestCustomDataIdentifier$ = [9, n0, _TCDI,
    { [_h]: ["POST", "/custom-data-identifiers/test", 200] }, () => TestCustomDataIdentifierRequest$, () => TestCustomDataIdentifierResponse$
];
var UntagResource$ = [9, n0, _URn,
    { [_h]: ["DELETE", "/tags/{resourceArn}", 204] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateAllowList$ = [9, n0, _UAL,
    { [_h]: ["PUT", "/allow-lists/{id}", 200] }, () => UpdateAllowListRequest$, () => UpdateAllowListResponse$
];
var UpdateAutomatedDiscoveryConfiguration$ = [9, n0, _UADC,
    { [_h]: ["PUT", "/automated-discovery/configuration", 200] }, () => UpdateAutomatedDiscoveryConfigurationRequest$, () => UpdateAutomatedDiscoveryConfigurationResponse$
];
var UpdateClassificationJob$ = [9, n0, _UCJ,
    { [_h]: ["PATCH", "/jobs/{jobId}", 200] }, () => UpdateClassificationJobRequest$, () => UpdateClassificationJobResponse$
];
var UpdateClassificationScope$ = [9, n0, _UCS,
    { [_h]: ["PATCH", "/classification-scopes/{id}", 200] }, () => UpdateClassificationScopeRequest$, () => UpdateClassificationScopeResponse$
];
var UpdateFindingsFilter$ = [9, n0, _UFF,
    { [_h]: ["PATCH", "/findingsfilters/{id}", 200] }, () => UpdateFindingsFilterRequest$, () => UpdateFindingsFilterResponse$
];
var UpdateMacieSession$ = [9, n0, _UMS,
    { [_h]: ["PATCH", "/macie", 200] }, () => UpdateMacieSessionRequest$, () => UpdateMacieSessionResponse$
];
var UpdateMemberSession$ = [9, n0, _UMSp,
    { [_h]: ["PATCH", "/macie/members/{id}", 200] }, () => UpdateMemberSessionRequest$, () => UpdateMemberSessionResponse$
];
var UpdateOrganizationConfiguration$ = [9, n0, _UOC,
    { [_h]: ["PATCH", "/admin/configuration", 200] }, () => UpdateOrganizationConfigurationRequest$, () => UpdateOrganizationConfigurationResponse$
];
var UpdateResourceProfile$ = [9, n0, _URP,
    { [_h]: ["PATCH", "/resource-profiles", 200] }, () => UpdateResourceProfileRequest$, () => UpdateResourceProfileResponse$
];
var UpdateResourceProfileDetections$ = [9, n0, _URPD,
    { [_h]: ["PATCH", "/resource-profiles/detections", 200] }, () => UpdateResourceProfileDetectionsRequest$, () => UpdateResourceProfileDetectionsResponse$
];
var UpdateRevealConfiguration$ = [9, n0, _URCp,
    { [_h]: ["PUT", "/reveal-configuration", 200] }, () => UpdateRevealConfigurationRequest$, () => UpdateRevealConfigurationResponse$
];
var UpdateSensitivityInspectionTemplate$ = [9, n0, _USIT,
    { [_h]: ["PUT", "/templates/sensitivity-inspections/{id}", 200] }, () => UpdateSensitivityInspectionTemplateRequest$, () => UpdateSensitivityInspectionTemplateResponse$
];


/***/ })

};
