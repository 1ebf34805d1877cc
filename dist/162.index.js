export const id = 162;
export const ids = [162];
export const modules = {

/***/ 2292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ GuardDutyClient)
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/auth/httpAuthSchemeProvider.js


const defaultGuardDutyHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "guardduty",
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
const defaultGuardDutyHttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(1850);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/package.json
const package_namespaceObject = {"rE":"3.1169.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var credential_provider_node_dist_cjs = __webpack_require__(5861);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(7288);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
var checksum = __webpack_require__(9542);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/endpoint/bdd.js

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
        ["https://guardduty-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://guardduty.{Region}.amazonaws.com", i],
        ["https://guardduty-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://guardduty.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://guardduty.{Region}.{PartitionResult#dnsSuffix}", i],
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(8862);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2017-11-28",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultGuardDutyHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.guardduty",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            version: "2017-11-28",
            serviceTarget: "GuardDutyAPIService",
        },
        serviceId: config?.serviceId ?? "GuardDuty",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/runtimeConfig.js










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
        defaultSocketTimeout: (0,client.getDefaultSocketTimeout)(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,client.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        maxAttempts: config?.maxAttempts ?? (0,submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0,submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, { ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler_dist_cjs.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,submodules_config.loadConfig)({
                ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? node_http_handler_dist_cjs.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/GuardDutyClient.js













class GuardDutyClient extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultGuardDutyHttpAuthSchemeParametersProvider,
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

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   lq: () => (/* binding */ _ep0),
/* harmony export */   yt: () => (/* binding */ _mw0)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1850);



const command = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S, "GuardDutyAPIService", "GuardDutyClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];


/***/ }),

/***/ 5594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ DeclineInvitationsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2904);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8862);


class DeclineInvitationsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DeclineInvitations", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DeclineInvitations$ */ .bf6) {
}


/***/ }),

/***/ 6052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ListInvitationsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2904);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8862);


class ListInvitationsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListInvitations", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListInvitations$ */ .JMi) {
}


/***/ }),

/***/ 1850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "guardduty",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 8862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bf6: () => (/* binding */ DeclineInvitations$),
  JMi: () => (/* binding */ ListInvitations$),
  q1U: () => (/* binding */ errorTypeRegistries)
});

// UNUSED EXPORTS: AcceptAdministratorInvitation$, AcceptAdministratorInvitationRequest$, AcceptAdministratorInvitationResponse$, AcceptInvitation$, AcceptInvitationRequest$, AcceptInvitationResponse$, AccessControlList$, AccessDeniedException$, AccessKey$, AccessKeyDetails$, Account$, AccountAffectedResource$, AccountAnalysis$, AccountDetail$, AccountFreeTrialInfo$, AccountLevelPermissions$, AccountOverview$, AccountStatistics$, AccountSummary$, Action$, Activity$, ActivityWindow$, Actor$, ActorProcess$, AdditionalInfo$, AddonDetails$, AdminAccount$, Administrator$, AffectedResource$, AgentDetails$, AnalysisRecord$, Anomaly$, AnomalyObject$, AnomalyUnusual$, ApiCall$, ArchiveDistribution$, ArchiveFindings$, ArchiveFindingsRequest$, ArchiveFindingsResponse$, AssociationDetail$, AssociationSummary$, Attack$, AttackPhase$, AutonomousSystem$, AutoscalingAutoScalingGroup$, AwsApiCallAction$, BadRequestException$, Baseline$, BedrockGuardrail$, BedrockGuardrailDetails$, BedrockGuardrailResource$, BlockPublicAccess$, BucketLevelPermissions$, BucketPolicy$, City$, CloudDetails$, CloudTrailConfigurationResult$, CloudformationStack$, Condition$, ConflictException$, Container$, ContainerFindingResource$, ContainerInstanceDetails$, ContentPolicyFilter$, ContinuousScanDetails$, CorrelatedFinding$, Countermeasure$, CountermeasureAction$, Country$, CoverageEc2InstanceDetails$, CoverageEcsClusterDetails$, CoverageEksClusterDetails$, CoverageFilterCondition$, CoverageFilterCriteria$, CoverageFilterCriterion$, CoverageResource$, CoverageResourceDetails$, CoverageSortCriteria$, CoverageStatistics$, CreateCustomDetectionRuleAssociation$, CreateCustomDetectionRuleAssociationRequest$, CreateCustomDetectionRuleAssociationResponse$, CreateCustomDetectionRuleOrgConfiguration$, CreateCustomDetectionRuleOrgConfigurationRequest$, CreateCustomDetectionRuleOrgConfigurationResponse$, CreateDetector$, CreateDetectorRequest$, CreateDetectorResponse$, CreateFilter$, CreateFilterRequest$, CreateFilterResponse$, CreateIPSet$, CreateIPSetRequest$, CreateIPSetResponse$, CreateInvestigation$, CreateInvestigationRequest$, CreateInvestigationResponse$, CreateMalwareProtectionPlan$, CreateMalwareProtectionPlanRequest$, CreateMalwareProtectionPlanResponse$, CreateMembers$, CreateMembersRequest$, CreateMembersResponse$, CreateProtectedResource$, CreatePublishingDestination$, CreatePublishingDestinationRequest$, CreatePublishingDestinationResponse$, CreateS3BucketResource$, CreateSampleFindings$, CreateSampleFindingsRequest$, CreateSampleFindingsResponse$, CreateThreatEntitySet$, CreateThreatEntitySetRequest$, CreateThreatEntitySetResponse$, CreateThreatIntelSet$, CreateThreatIntelSetRequest$, CreateThreatIntelSetResponse$, CreateTrustedEntitySet$, CreateTrustedEntitySetRequest$, CreateTrustedEntitySetResponse$, DNSLogsConfigurationResult$, DataSourceConfigurations$, DataSourceConfigurationsResult$, DataSourceFreeTrial$, DataSourcesFreeTrial$, DateStatistics$, DeclineInvitationsRequest$, DeclineInvitationsResponse$, DefaultServerSideEncryption$, DeleteCustomDetectionRuleAssociation$, DeleteCustomDetectionRuleAssociationRequest$, DeleteCustomDetectionRuleAssociationResponse$, DeleteCustomDetectionRuleOrgConfiguration$, DeleteCustomDetectionRuleOrgConfigurationRequest$, DeleteCustomDetectionRuleOrgConfigurationResponse$, DeleteDetector$, DeleteDetectorRequest$, DeleteDetectorResponse$, DeleteFilter$, DeleteFilterRequest$, DeleteFilterResponse$, DeleteIPSet$, DeleteIPSetRequest$, DeleteIPSetResponse$, DeleteInvitations$, DeleteInvitationsRequest$, DeleteInvitationsResponse$, DeleteMalwareProtectionPlan$, DeleteMalwareProtectionPlanRequest$, DeleteMembers$, DeleteMembersRequest$, DeleteMembersResponse$, DeletePublishingDestination$, DeletePublishingDestinationRequest$, DeletePublishingDestinationResponse$, DeleteThreatEntitySet$, DeleteThreatEntitySetRequest$, DeleteThreatEntitySetResponse$, DeleteThreatIntelSet$, DeleteThreatIntelSetRequest$, DeleteThreatIntelSetResponse$, DeleteTrustedEntitySet$, DeleteTrustedEntitySetRequest$, DeleteTrustedEntitySetResponse$, DescribeMalwareScans$, DescribeMalwareScansRequest$, DescribeMalwareScansResponse$, DescribeOrganizationConfiguration$, DescribeOrganizationConfigurationRequest$, DescribeOrganizationConfigurationResponse$, DescribePublishingDestination$, DescribePublishingDestinationRequest$, DescribePublishingDestinationResponse$, Destination$, DestinationProperties$, Detection$, DetectionCoverage$, DetectionRuleEc2Requirements$, DetectionRuleEcsFargateRequirements$, DetectionRuleEksRequirements$, DetectionRuleFilter$, DetectionRuleOrgConfiguration$, DetectionRuleOrgConfigurationSummary$, DetectionRuleRuntimeMonitoringDetails$, DetectionRuleRuntimePlatforms$, DetectorAdditionalConfiguration$, DetectorAdditionalConfigurationResult$, DetectorFeatureConfiguration$, DetectorFeatureConfigurationResult$, DisableOrganizationAdminAccount$, DisableOrganizationAdminAccountRequest$, DisableOrganizationAdminAccountResponse$, DisassociateFromAdministratorAccount$, DisassociateFromAdministratorAccountRequest$, DisassociateFromAdministratorAccountResponse$, DisassociateFromMasterAccount$, DisassociateFromMasterAccountRequest$, DisassociateFromMasterAccountResponse$, DisassociateMembers$, DisassociateMembersRequest$, DisassociateMembersResponse$, Distribution$, DnsContext$, DnsRequestAction$, DomainDetails$, EbsSnapshot$, EbsSnapshotDetails$, EbsVolumeDetails$, EbsVolumeScanDetails$, EbsVolumesResult$, Ec2Image$, Ec2ImageDetails$, Ec2Instance$, Ec2LaunchTemplate$, Ec2NetworkInterface$, Ec2Vpc$, EcsCluster$, EcsClusterDetails$, EcsTask$, EcsTaskDetails$, EksCluster$, EksClusterDetails$, EnableOrganizationAdminAccount$, EnableOrganizationAdminAccountRequest$, EnableOrganizationAdminAccountResponse$, Enrichment$, Evidence$, FargateDetails$, FetchCriterion$, FetchQuery$, FetchRecord$, FetchResult$, FetchTimeWindow$, FilterCondition$, FilterCriteria$, FilterCriterion$, Finding$, FindingCriteria$, FindingDetail$, FindingReference$, FindingStatistics$, FindingTypeClassification$, FindingTypeCount$, FindingTypeDocumentation$, FindingTypeStatistics$, FindingsSummary$, FlowLogsConfigurationResult$, FreeTrialFeatureConfigurationResult$, GeoLocation$, GetAdministratorAccount$, GetAdministratorAccountRequest$, GetAdministratorAccountResponse$, GetCoverageStatistics$, GetCoverageStatisticsRequest$, GetCoverageStatisticsResponse$, GetCustomDetectionRule$, GetCustomDetectionRuleAssociation$, GetCustomDetectionRuleAssociationRequest$, GetCustomDetectionRuleAssociationResponse$, GetCustomDetectionRuleOrgConfiguration$, GetCustomDetectionRuleOrgConfigurationRequest$, GetCustomDetectionRuleOrgConfigurationResponse$, GetCustomDetectionRuleRequest$, GetCustomDetectionRuleResponse$, GetDetector$, GetDetectorRequest$, GetDetectorResponse$, GetFilter$, GetFilterRequest$, GetFilterResponse$, GetFindings$, GetFindingsRequest$, GetFindingsResponse$, GetFindingsStatistics$, GetFindingsStatisticsRequest$, GetFindingsStatisticsResponse$, GetIPSet$, GetIPSetRequest$, GetIPSetResponse$, GetInvestigation$, GetInvestigationRequest$, GetInvestigationResponse$, GetInvitationsCount$, GetInvitationsCountRequest$, GetInvitationsCountResponse$, GetMalwareProtectionPlan$, GetMalwareProtectionPlanRequest$, GetMalwareProtectionPlanResponse$, GetMalwareScan$, GetMalwareScanRequest$, GetMalwareScanResponse$, GetMalwareScanResultDetails$, GetMalwareScanSettings$, GetMalwareScanSettingsRequest$, GetMalwareScanSettingsResponse$, GetMasterAccount$, GetMasterAccountRequest$, GetMasterAccountResponse$, GetMemberDetectors$, GetMemberDetectorsRequest$, GetMemberDetectorsResponse$, GetMembers$, GetMembersRequest$, GetMembersResponse$, GetOrganizationStatistics$, GetOrganizationStatisticsResponse$, GetRemainingFreeTrialDays$, GetRemainingFreeTrialDaysRequest$, GetRemainingFreeTrialDaysResponse$, GetThreatEntitySet$, GetThreatEntitySetRequest$, GetThreatEntitySetResponse$, GetThreatIntelSet$, GetThreatIntelSetRequest$, GetThreatIntelSetResponse$, GetTrustedEntitySet$, GetTrustedEntitySetRequest$, GetTrustedEntitySetResponse$, GetUsageStatistics$, GetUsageStatisticsRequest$, GetUsageStatisticsResponse$, GuardDutyServiceException$, HighestSeverityThreatDetails$, HostPath$, IamInstanceProfile$, IamInstanceProfileV2$, ImpersonatedUser$, IncrementalScanDetails$, Indicator$, InstanceDetails$, InternalServerErrorException$, Investigation$, InvestigationAccountAnalysis$, InvestigationActor$, InvestigationDetectorFeatureConfiguration$, InvestigationEc2Instance$, InvestigationEcsCluster$, InvestigationEksCluster$, InvestigationFilterCondition$, InvestigationFilterCriteria$, InvestigationIndicator$, InvestigationKubernetesWorkload$, InvestigationMalwareScan$, InvestigationMetadata$, InvestigationRecord$, InvestigationResource$, InvestigationResourceData$, InvestigationScope$, InvestigationSortCriteria$, InvestigationSummary$, InvestigationSummaryData$, InvestigationThreatAssessment$, Invitation$, InviteMembers$, InviteMembersRequest$, InviteMembersResponse$, ItemDetails$, ItemPath$, KeyObservations$, KubernetesActivity$, KubernetesAnomaly$, KubernetesApiCall$, KubernetesApiCallAction$, KubernetesAuditLogsConfiguration$, KubernetesAuditLogsConfigurationResult$, KubernetesConfiguration$, KubernetesConfigurationResult$, KubernetesDataSourceFreeTrial$, KubernetesDetails$, KubernetesPermissionCheckedDetails$, KubernetesPolicyViolation$, KubernetesRoleBindingDetails$, KubernetesRoleDetails$, KubernetesUserDetails$, KubernetesWorkload$, KubernetesWorkloadDetails$, LambdaDetails$, LambdaFunction$, LineageObject$, ListCoverage$, ListCoverageRequest$, ListCoverageResponse$, ListCustomDetectionRuleAssociations$, ListCustomDetectionRuleAssociationsRequest$, ListCustomDetectionRuleAssociationsResponse$, ListCustomDetectionRuleOrgConfigurations$, ListCustomDetectionRuleOrgConfigurationsRequest$, ListCustomDetectionRuleOrgConfigurationsResponse$, ListCustomDetectionRules$, ListCustomDetectionRulesRequest$, ListCustomDetectionRulesResponse$, ListDetectors$, ListDetectorsRequest$, ListDetectorsResponse$, ListFilters$, ListFiltersRequest$, ListFiltersResponse$, ListFindings$, ListFindingsRequest$, ListFindingsResponse$, ListIPSets$, ListIPSetsRequest$, ListIPSetsResponse$, ListInvestigationRecords$, ListInvestigationRecordsRequest$, ListInvestigationRecordsResponse$, ListInvestigations$, ListInvestigationsRequest$, ListInvestigationsResponse$, ListInvitationsRequest$, ListInvitationsResponse$, ListMalwareProtectionPlans$, ListMalwareProtectionPlansRequest$, ListMalwareProtectionPlansResponse$, ListMalwareScans$, ListMalwareScansFilterCriteria$, ListMalwareScansFilterCriterion$, ListMalwareScansRequest$, ListMalwareScansResponse$, ListMembers$, ListMembersRequest$, ListMembersResponse$, ListOrganizationAdminAccounts$, ListOrganizationAdminAccountsRequest$, ListOrganizationAdminAccountsResponse$, ListPublishingDestinations$, ListPublishingDestinationsRequest$, ListPublishingDestinationsResponse$, ListTagsForResource$, ListTagsForResourceRequest$, ListTagsForResourceResponse$, ListThreatEntitySets$, ListThreatEntitySetsRequest$, ListThreatEntitySetsResponse$, ListThreatIntelSets$, ListThreatIntelSetsRequest$, ListThreatIntelSetsResponse$, ListTrustedEntitySets$, ListTrustedEntitySetsRequest$, ListTrustedEntitySetsResponse$, LocalIpDetails$, LocalPortDetails$, LoginAttribute$, MalwareProtectionConfiguration$, MalwareProtectionConfigurationResult$, MalwareProtectionDataSourceFreeTrial$, MalwareProtectionFindingsScanConfiguration$, MalwareProtectionPlanActions$, MalwareProtectionPlanStatusReason$, MalwareProtectionPlanSummary$, MalwareProtectionPlanTaggingAction$, MalwareScan$, MalwareScanDetails$, MalwareThreat$, Master$, Member$, MemberAccountRanking$, MemberAdditionalConfiguration$, MemberAdditionalConfigurationResult$, MemberDataSourceConfiguration$, MemberFeaturesConfiguration$, MemberFeaturesConfigurationResult$, MetadataRecord$, ModelDetail$, NetworkActivity$, NetworkAnomaly$, NetworkConnection$, NetworkConnectionAction$, NetworkCounts$, NetworkEndpoint$, NetworkGeoLocation$, NetworkInterface$, NetworkPorts$, NetworkTraffic$, ObservationRecord$, Observations$, ObservedFindingType$, Organization$, OrganizationAdditionalConfiguration$, OrganizationAdditionalConfigurationResult$, OrganizationAnalysis$, OrganizationDataSourceConfigurations$, OrganizationDataSourceConfigurationsResult$, OrganizationDetails$, OrganizationEbsVolumes$, OrganizationEbsVolumesResult$, OrganizationFeatureConfiguration$, OrganizationFeatureConfigurationResult$, OrganizationFeatureStatistics$, OrganizationFeatureStatisticsAdditionalConfiguration$, OrganizationFindingsSummary$, OrganizationKubernetesAuditLogsConfiguration$, OrganizationKubernetesAuditLogsConfigurationResult$, OrganizationKubernetesConfiguration$, OrganizationKubernetesConfigurationResult$, OrganizationMalwareProtectionConfiguration$, OrganizationMalwareProtectionConfigurationResult$, OrganizationS3LogsConfiguration$, OrganizationS3LogsConfigurationResult$, OrganizationScanEc2InstanceWithFindings$, OrganizationScanEc2InstanceWithFindingsResult$, OrganizationStatistics$, Owner$, PermissionConfiguration$, PortProbeAction$, PortProbeDetail$, PrivateIpAddressDetails$, Process$, ProcessDetails$, Product$, ProductCode$, ProtectionPlan$, PublicAccess$, PublicAccessConfiguration$, QueryTimeWindow$, RdsDbInstance$, RdsDbInstanceDetails$, RdsDbUser$, RdsDbUserDetails$, RdsLimitlessDbDetails$, RdsLoginActivity$, RdsLoginAttemptAction$, Recommendation$, RecoveryPoint$, RecoveryPointDetails$, RelatedFindings$, RemoteAccountDetails$, RemoteIpDetails$, RemotePortDetails$, RepresentativeFinding$, Reputation$, Resource$, ResourceData$, ResourceDetails$, ResourceDistribution$, ResourceNotFoundException$, ResourceStatistics$, ResourceV2$, RuleDefinition$, RuleDetail$, RuleSummary$, RuntimeContext$, RuntimeDetails$, RuntimeSignals$, S3Activity$, S3Analysis$, S3Bucket$, S3BucketDetail$, S3LogsConfiguration$, S3LogsConfigurationResult$, S3Object$, S3ObjectDetail$, S3ObjectForSendObjectMalwareScan$, Scan$, ScanCondition$, ScanConditionPair$, ScanConfiguration$, ScanConfigurationContinuousScanDetails$, ScanConfigurationRecoveryPoint$, ScanDetections$, ScanEc2InstanceWithFindings$, ScanEc2InstanceWithFindingsResult$, ScanFilePath$, ScanResourceCriteria$, ScanResultDetails$, ScanResultThreat$, ScanThreatName$, ScannedItemCount$, ScannedResource$, ScannedResourceDetails$, SecurityContext$, SecurityGroup$, SendObjectMalwareScan$, SendObjectMalwareScanRequest$, SendObjectMalwareScanResponse$, Sequence$, Service$, ServiceAdditionalInfo$, Session$, SeverityBreakdown$, SeverityStatistics$, SharedBehavior$, SharedResource$, Signal$, SignalGroup$, SortCriteria$, StartMalwareScan$, StartMalwareScanConfiguration$, StartMalwareScanRequest$, StartMalwareScanResponse$, StartMonitoringMembers$, StartMonitoringMembersRequest$, StartMonitoringMembersResponse$, StopMonitoringMembers$, StopMonitoringMembersRequest$, StopMonitoringMembersResponse$, SupportingData$, TacticCoverage$, Tag$, TagResource$, TagResourceRequest$, TagResourceResponse$, TechniqueCoverage$, Threat$, ThreatAssessment$, ThreatDetectedByName$, ThreatIntelligenceDetail$, ThreatReference$, ThreatsDetectedItemCount$, TimeWindowGroup$, Total$, Trend$, TriggerDetails$, TypeDistribution$, UnarchiveFindings$, UnarchiveFindingsRequest$, UnarchiveFindingsResponse$, UnprocessedAccount$, UnprocessedDataSourcesResult$, UntagResource$, UntagResourceRequest$, UntagResourceResponse$, UpdateCustomDetectionRuleAssociation$, UpdateCustomDetectionRuleAssociationRequest$, UpdateCustomDetectionRuleAssociationResponse$, UpdateCustomDetectionRuleOrgConfiguration$, UpdateCustomDetectionRuleOrgConfigurationRequest$, UpdateCustomDetectionRuleOrgConfigurationResponse$, UpdateDetector$, UpdateDetectorRequest$, UpdateDetectorResponse$, UpdateFilter$, UpdateFilterRequest$, UpdateFilterResponse$, UpdateFindingsFeedback$, UpdateFindingsFeedbackRequest$, UpdateFindingsFeedbackResponse$, UpdateIPSet$, UpdateIPSetRequest$, UpdateIPSetResponse$, UpdateMalwareProtectionPlan$, UpdateMalwareProtectionPlanRequest$, UpdateMalwareScanSettings$, UpdateMalwareScanSettingsRequest$, UpdateMalwareScanSettingsResponse$, UpdateMemberDetectors$, UpdateMemberDetectorsRequest$, UpdateMemberDetectorsResponse$, UpdateOrganizationConfiguration$, UpdateOrganizationConfigurationRequest$, UpdateOrganizationConfigurationResponse$, UpdateProtectedResource$, UpdatePublishingDestination$, UpdatePublishingDestinationRequest$, UpdatePublishingDestinationResponse$, UpdateS3BucketResource$, UpdateThreatEntitySet$, UpdateThreatEntitySetRequest$, UpdateThreatEntitySetResponse$, UpdateThreatIntelSet$, UpdateThreatIntelSetRequest$, UpdateThreatIntelSetResponse$, UpdateTrustedEntitySet$, UpdateTrustedEntitySetRequest$, UpdateTrustedEntitySetResponse$, UsageAccountResult$, UsageCriteria$, UsageDataSourceResult$, UsageFeatureResult$, UsageResourceResult$, UsageStatistics$, UsageTopAccountResult$, UsageTopAccountsResult$, User$, Volume$, VolumeDetail$, VolumeMount$, VpcConfig$

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/models/GuardDutyServiceException.js


class GuardDutyServiceException extends client.ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.guardduty#GuardDutyServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, GuardDutyServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/models/errors.js

class BadRequestException extends GuardDutyServiceException {
    static shapeId = "com.amazonaws.guardduty#BadRequestException";
    name = "BadRequestException";
    $fault = "client";
    Message;
    Type;
    constructor(opts) {
        super({
            name: "BadRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, BadRequestException.prototype);
        this.Message = opts.Message;
        this.Type = opts.Type;
    }
}
class InternalServerErrorException extends GuardDutyServiceException {
    static shapeId = "com.amazonaws.guardduty#InternalServerErrorException";
    name = "InternalServerErrorException";
    $fault = "server";
    Message;
    Type;
    constructor(opts) {
        super({
            name: "InternalServerErrorException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerErrorException.prototype);
        this.Message = opts.Message;
        this.Type = opts.Type;
    }
}
class AccessDeniedException extends GuardDutyServiceException {
    static shapeId = "com.amazonaws.guardduty#AccessDeniedException";
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    Type;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
        this.Type = opts.Type;
    }
}
class ConflictException extends GuardDutyServiceException {
    static shapeId = "com.amazonaws.guardduty#ConflictException";
    name = "ConflictException";
    $fault = "client";
    Message;
    Type;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
        this.Type = opts.Type;
    }
}
class ResourceNotFoundException extends GuardDutyServiceException {
    static shapeId = "com.amazonaws.guardduty#ResourceNotFoundException";
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    Type;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
        this.Type = opts.Type;
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-es/schemas/schemas_0.js
const _A = "Account";
const _AA = "AccountAnalysis";
const _AAC = "AffectedAccountCount";
const _AACA = "AwsApiCallAction";
const _AACc = "ActiveAccountsCount";
const _AAI = "AdminAccountId";
const _AAIR = "AcceptAdministratorInvitationRequest";
const _AAIRc = "AcceptAdministratorInvitationResponse";
const _AAIc = "AcceptAdministratorInvitation";
const _AAR = "AccountAffectedResource";
const _AARc = "AccountAffectedResources";
const _AASA = "AssociatedAttackSequenceArn";
const _AASG = "AutoscalingAutoScalingGroup";
const _AAc = "ActorAssessment";
const _AAd = "AdminAccount";
const _AAdm = "AdminAccounts";
const _AAu = "AuthorizationAssessment";
const _AB = "AccountBreakdown";
const _ABf = "AffectedBucket";
const _AC = "ApiCall";
const _ACL = "AccessControlList";
const _ACd = "AdditionalConfiguration";
const _ACn = "AnomalyContext";
const _ACr = "ArchivedCount";
const _ACu = "AuthenticationContext";
const _AD = "AccountDetail";
const _ADE = "AccessDeniedException";
const _ADI = "AdminDetectorId";
const _ADc = "AccountDetails";
const _ADd = "AddonDetails";
const _ADg = "AgentDetails";
const _ADr = "ArchiveDistribution";
const _ADs = "AssociationDetail";
const _AE = "AutoEnable";
const _AEOM = "AutoEnableOrganizationMembers";
const _AF = "AnomalousFindings";
const _AFR = "ArchiveFindingsRequest";
const _AFRr = "ArchiveFindingsResponse";
const _AFTI = "AccountFreeTrialInfo";
const _AFTIc = "AccountFreeTrialInfos";
const _AFd = "AddressFamily";
const _AFr = "ArchiveFindings";
const _AI = "AdministratorId";
const _AIR = "AcceptInvitationRequest";
const _AIRc = "AcceptInvitationResponse";
const _AIc = "AccountId";
const _AIcc = "AccountIds";
const _AIcce = "AcceptInvitation";
const _AIct = "ActorIds";
const _AId = "AdditionalInfo";
const _AIs = "AssociationId";
const _AK = "AccessKey";
const _AKD = "AccessKeyDetails";
const _AKI = "AccessKeyId";
const _AL = "AuditLogs";
const _ALP = "AccountLevelPermissions";
const _AM = "AuthMethod";
const _AN = "AttributeName";
const _AO = "AccountOverview";
const _AOn = "AnomalyObject";
const _AOs = "AsnOrg";
const _AP = "ActorProcess";
const _APA = "AccountPublicAccess";
const _APE = "AllowPrivilegeEscalation";
const _APF = "AnomalyProfileFeatures";
const _APFO = "AnomalyProfileFeatureObjects";
const _APRA = "AllowsPublicReadAccess";
const _APWA = "AllowsPublicWriteAccess";
const _APn = "AnomalyProfiles";
const _APr = "ArchivedPercentage";
const _APt = "AttackPhase";
const _APtt = "AttackProgression";
const _APtta = "AttackPhases";
const _AR = "AffectedResources";
const _ARc = "AccountRankings";
const _ARf = "AffectedResource";
const _ARn = "AnalysisRecord";
const _AS = "AccountStatus";
const _ASC = "ActiveServicesCount";
const _ASL = "AssociationSummaryList";
const _ASN = "AwsServiceName";
const _AST = "AdditionalSequenceTypes";
const _ASc = "AccountStatistics";
const _AScc = "AccountSummary";
const _AScco = "AccountSummaries";
const _ASd = "AddonStatus";
const _ASdm = "AdminStatus";
const _ASn = "AnomalyScore";
const _ASs = "AssociationSummary";
const _ASu = "AutonomousSystem";
const _AT = "ActionType";
const _ATn = "AnalysisType";
const _AU = "AnomalyUnusual";
const _AUBF = "AnomalyUnusualBehaviorFeature";
const _AV = "AddonVersion";
const _AVt = "AttackVectors";
const _AVtt = "AttachedVolumes";
const _AW = "ActivityWindow";
const _AZ = "AvailabilityZone";
const _Ac = "Action";
const _Acc = "Accounts";
const _Act = "Activity";
const _Acti = "Actions";
const _Activ = "Activate";
const _Activi = "Activities";
const _Acto = "Actor";
const _Actor = "Actors";
const _Ad = "Administrator";
const _Af = "Affiliated";
const _Al = "Allowed";
const _Am = "Amount";
const _An = "Anomaly";
const _Ana = "Analysis";
const _Ap = "Api";
const _App = "Application";
const _Ar = "Arn";
const _Arc = "Archive";
const _Arch = "Archived";
const _As = "Assessment";
const _Asn = "Asn";
const _At = "Attack";
const _Att = "Attacks";
const _B = "Behavior";
const _BB = "BaselineBytes";
const _BC = "BaselineContext";
const _BF = "BaselineFindings";
const _BG = "BedrockGuardrail";
const _BGD = "BedrockGuardrailDetails";
const _BGR = "BedrockGuardrailResource";
const _BGe = "BedrockGuardrails";
const _BLP = "BucketLevelPermissions";
const _BN = "BucketName";
const _BP = "BucketPolicy";
const _BPA = "BlockPublicAccess";
const _BPAS = "BlockPublicAccessSettings";
const _BPAl = "BlockPublicAcls";
const _BPAu = "BucketPublicAccess";
const _BPP = "BlockPublicPolicy";
const _BR = "BytesReceived";
const _BRA = "BaselineResourceArn";
const _BRE = "BadRequestException";
const _BS = "BytesSent";
const _BTW = "ByTimeWindow";
const _BVN = "BackupVaultName";
const _Ba = "Baseline";
const _Bl = "Blocked";
const _Bu = "Bucket";
const _C = "City";
const _CA = "CreatedAt";
const _CAl = "ClusterArn";
const _CAo = "CountermeasureAction";
const _CAou = "CountermeasureActions";
const _CBCS = "CountByCoverageStatus";
const _CBF = "CountByFeature";
const _CBRT = "CountByResourceType";
const _CBS = "CountBySeverity";
const _CC = "CliCommands";
const _CCDRA = "CreateCustomDetectionRuleAssociation";
const _CCDRAR = "CreateCustomDetectionRuleAssociationRequest";
const _CCDRARr = "CreateCustomDetectionRuleAssociationResponse";
const _CCDROC = "CreateCustomDetectionRuleOrgConfiguration";
const _CCDROCR = "CreateCustomDetectionRuleOrgConfigurationRequest";
const _CCDROCRr = "CreateCustomDetectionRuleOrgConfigurationResponse";
const _CCI = "CoveredContainerInstances";
const _CCIo = "CompatibleContainerInstances";
const _CCo = "CountryCode";
const _CCr = "CredentialCompromise";
const _CD = "CloudDetails";
const _CDR = "CreateDetectorRequest";
const _CDRN = "CustomDetectionRuleName";
const _CDRr = "CreateDetectorResponse";
const _CDo = "ConnectionDirection";
const _CDon = "ContainerDetails";
const _CDr = "CreateDetector";
const _CDu = "CurrentDisposition";
const _CE = "ConflictException";
const _CECD = "CoverageEcsClusterDetails";
const _CECDo = "CoverageEksClusterDetails";
const _CEID = "CoverageEc2InstanceDetails";
const _CF = "CorrelatedFinding";
const _CFC = "CoverageFilterCondition";
const _CFCL = "CoverageFilterCriterionList";
const _CFCo = "CoverageFilterCriteria";
const _CFCov = "CoverageFilterCriterion";
const _CFR = "ContainerFindingResource";
const _CFRr = "CreateFilterRequest";
const _CFRre = "CreateFilterResponse";
const _CFo = "CorrelatedFindings";
const _CFr = "CreateFilter";
const _CG = "CoverageGaps";
const _CI = "CreateInvestigation";
const _CID = "ContainerInstanceDetails";
const _CIPS = "CreateIPSet";
const _CIPSR = "CreateIPSetRequest";
const _CIPSRr = "CreateIPSetResponse";
const _CIR = "CreateInvestigationRequest";
const _CIRr = "CreateInvestigationResponse";
const _CK = "CriterionKey";
const _CLE = "CommandLineExample";
const _CM = "CreateMembers";
const _CMPP = "CreateMalwareProtectionPlan";
const _CMPPR = "CreateMalwareProtectionPlanRequest";
const _CMPPRr = "CreateMalwareProtectionPlanResponse";
const _CMR = "CreateMembersRequest";
const _CMRr = "CreateMembersResponse";
const _CN = "CityName";
const _CNl = "ClusterName";
const _CNo = "CountryName";
const _CNom = "CompatibleNodes";
const _CNov = "CoveredNodes";
const _CP = "CloudPartition";
const _CPD = "CreatePublishingDestination";
const _CPDR = "CreatePublishingDestinationRequest";
const _CPDRr = "CreatePublishingDestinationResponse";
const _CPF = "ContentPolicyFilters";
const _CPFo = "ContentPolicyFilter";
const _CPR = "CreateProtectedResource";
const _CR = "ContainerRuntime";
const _CRD = "CoverageResourceDetails";
const _CRo = "CorrelationReasons";
const _CRov = "CoverageResource";
const _CRove = "CoverageResources";
const _CS = "CloudformationStack";
const _CSBR = "CreateS3BucketResource";
const _CSC = "CoverageSortCriteria";
const _CSD = "ContinuousScanDetails";
const _CSF = "CreateSampleFindings";
const _CSFR = "CreateSampleFindingsRequest";
const _CSFRr = "CreateSampleFindingsResponse";
const _CSo = "CoverageStatus";
const _CSov = "CoverageStatistics";
const _CT = "CallerType";
const _CTCR = "CloudTrailConfigurationResult";
const _CTES = "CreateThreatEntitySet";
const _CTESR = "CreateThreatEntitySetRequest";
const _CTESRr = "CreateThreatEntitySetResponse";
const _CTESRre = "CreateTrustedEntitySetRequest";
const _CTESRrea = "CreateTrustedEntitySetResponse";
const _CTESr = "CreateTrustedEntitySet";
const _CTIS = "CreateThreatIntelSet";
const _CTISR = "CreateThreatIntelSetRequest";
const _CTISRr = "CreateThreatIntelSetResponse";
const _CTl = "ClientToken";
const _CTlo = "CloudTrail";
const _CTr = "CreatedTime";
const _CU = "ContainerUids";
const _CUr = "CredentialUid";
const _Ca = "Category";
const _Cl = "Classification";
const _Clo = "Cloud";
const _Co = "Condition";
const _Cod = "Code";
const _Com = "Comments";
const _Con = "Container";
const _Conf = "Confidence";
const _Confi = "Configuration";
const _Config = "Configurations";
const _Conn = "Connection";
const _Cont = "Containers";
const _Conte = "Context";
const _Cor = "Correlated";
const _Cou = "Count";
const _Coun = "Countermeasure";
const _Count = "Country";
const _Counte = "Countermeasures";
const _Counts = "Counts";
const _Cr = "Criteria";
const _Cri = "Criterion";
const _Crit = "Critical";
const _D = "Description";
const _DA = "DestinationArn";
const _DAAI = "DelegatedAdminAccountId";
const _DAC = "DetectorAdditionalConfiguration";
const _DACR = "DetectorAdditionalConfigurationResult";
const _DACRe = "DetectorAdditionalConfigurationResults";
const _DACe = "DetectorAdditionalConfigurations";
const _DAe = "DefinitionArn";
const _DC = "DetectionCoverage";
const _DCDRA = "DeleteCustomDetectionRuleAssociation";
const _DCDRAR = "DeleteCustomDetectionRuleAssociationRequest";
const _DCDRARe = "DeleteCustomDetectionRuleAssociationResponse";
const _DCDROC = "DeleteCustomDetectionRuleOrgConfiguration";
const _DCDROCR = "DeleteCustomDetectionRuleOrgConfigurationRequest";
const _DCDROCRe = "DeleteCustomDetectionRuleOrgConfigurationResponse";
const _DCI = "DbClusterIdentifier";
const _DCn = "DnsContext";
const _DD = "DomainDetails";
const _DDR = "DeleteDetectorRequest";
const _DDRe = "DeleteDetectorResponse";
const _DDe = "DeleteDetector";
const _DEN = "DisableEmailNotification";
const _DF = "DeleteFilter";
const _DFAA = "DisassociateFromAdministratorAccount";
const _DFAAR = "DisassociateFromAdministratorAccountRequest";
const _DFAARi = "DisassociateFromAdministratorAccountResponse";
const _DFC = "DetectorFeatureConfiguration";
const _DFCR = "DetectorFeatureConfigurationResult";
const _DFCRe = "DetectorFeatureConfigurationsResults";
const _DFCe = "DetectorFeatureConfigurations";
const _DFMA = "DisassociateFromMasterAccount";
const _DFMAR = "DisassociateFromMasterAccountRequest";
const _DFMARi = "DisassociateFromMasterAccountResponse";
const _DFR = "DeleteFilterRequest";
const _DFRe = "DeleteFilterResponse";
const _DI = "DetectorId";
const _DIA = "DbInstanceArn";
const _DII = "DbInstanceIdentifier";
const _DIM = "DurationInMinutes";
const _DIPS = "DeleteIPSet";
const _DIPSR = "DeleteIPSetRequest";
const _DIPSRe = "DeleteIPSetResponse";
const _DIR = "DeclineInvitationsRequest";
const _DIRe = "DeclineInvitationsResponse";
const _DIRel = "DeleteInvitationsRequest";
const _DIRele = "DeleteInvitationsResponse";
const _DIe = "DestinationId";
const _DIec = "DeclineInvitations";
const _DIel = "DeleteInvitations";
const _DIet = "DetectorIds";
const _DIi = "DispositionId";
const _DL = "DnsLogs";
const _DM = "DeleteMembers";
const _DMPP = "DeleteMalwareProtectionPlan";
const _DMPPR = "DeleteMalwareProtectionPlanRequest";
const _DMR = "DeleteMembersRequest";
const _DMRe = "DeleteMembersResponse";
const _DMRi = "DisassociateMembersRequest";
const _DMRis = "DisassociateMembersResponse";
const _DMS = "DescribeMalwareScans";
const _DMSR = "DescribeMalwareScansRequest";
const _DMSRe = "DescribeMalwareScansResponse";
const _DMi = "DisassociateMembers";
const _DN = "DeviceName";
const _DNSL = "DNSLogs";
const _DNSLCR = "DNSLogsConfigurationResult";
const _DOAA = "DisableOrganizationAdminAccount";
const _DOAAR = "DisableOrganizationAdminAccountRequest";
const _DOAARi = "DisableOrganizationAdminAccountResponse";
const _DOC = "DescribeOrganizationConfiguration";
const _DOCR = "DescribeOrganizationConfigurationRequest";
const _DOCRe = "DescribeOrganizationConfigurationResponse";
const _DP = "DestinationProperties";
const _DPD = "DeletePublishingDestination";
const _DPDR = "DeletePublishingDestinationRequest";
const _DPDRe = "DeletePublishingDestinationResponse";
const _DPDRes = "DescribePublishingDestinationRequest";
const _DPDResc = "DescribePublishingDestinationResponse";
const _DPDe = "DescribePublishingDestination";
const _DRA = "DnsRequestAction";
const _DREFR = "DetectionRuleEcsFargateRequirements";
const _DRER = "DetectionRuleEc2Requirements";
const _DRERe = "DetectionRuleEksRequirements";
const _DRF = "DetectionRuleFilter";
const _DRFL = "DetectionRuleFilterList";
const _DRI = "DbiResourceId";
const _DROC = "DetectionRuleOrgConfiguration";
const _DROCS = "DetectionRuleOrgConfigurationSummary";
const _DROCSL = "DetectionRuleOrgConfigurationSummaryList";
const _DRRMD = "DetectionRuleRuntimeMonitoringDetails";
const _DRRP = "DetectionRuleRuntimePlatforms";
const _DS = "DataSources";
const _DSC = "DataSourceConfigurations";
const _DSCR = "DataSourceConfigurationsResult";
const _DSFT = "DataSourceFreeTrial";
const _DSFTa = "DataSourcesFreeTrial";
const _DSGA = "DbShardGroupArn";
const _DSGI = "DbShardGroupIdentifier";
const _DSGRI = "DbShardGroupResourceId";
const _DSSE = "DefaultServerSideEncryption";
const _DSa = "DateStatistics";
const _DSat = "DataSource";
const _DSo = "DomainSuffix";
const _DSom = "DominantSeverity";
const _DT = "DefenseTactic";
const _DTES = "DeleteThreatEntitySet";
const _DTESR = "DeleteThreatEntitySetRequest";
const _DTESRe = "DeleteThreatEntitySetResponse";
const _DTESRel = "DeleteTrustedEntitySetRequest";
const _DTESRele = "DeleteTrustedEntitySetResponse";
const _DTESe = "DeleteTrustedEntitySet";
const _DTIS = "DeleteThreatIntelSet";
const _DTISR = "DeleteThreatIntelSetRequest";
const _DTISRe = "DeleteThreatIntelSetResponse";
const _DTe = "DefenseTechnique";
const _DTes = "DestinationType";
const _DWS = "DomainWithSuffix";
const _Da = "Date";
const _Dat = "Data";
const _Data = "Database";
const _De = "Destination";
const _Def = "Definition";
const _Des = "Destinations";
const _Det = "Detection";
const _Dev = "Deviation";
const _Di = "Disposition";
const _Dim = "Dimension";
const _Dir = "Direction";
const _Dis = "Distribution";
const _Dn = "Dns";
const _Do = "Domain";
const _Doc = "Documentation";
const _Du = "Duration";
const _E = "Email";
const _EA = "ExpiresAt";
const _EAC = "EnabledAccountsCount";
const _EAI = "ExcludeAccountIds";
const _EAn = "EndedAt";
const _EBO = "ExpectedBucketOwner";
const _EC = "ErrorCode";
const _ECD = "EksClusterDetails";
const _ECDc = "EcsClusterDetails";
const _ECc = "EcsCluster";
const _ECk = "EksCluster";
const _ECv = "EventCount";
const _ED = "ErrorDetails";
const _EF = "EcsFargate";
const _EFS = "EventFirstSeen";
const _EI = "Ec2Image";
const _EID = "Ec2InstanceDetails";
const _EIDc = "Ec2ImageDetails";
const _EIU = "Ec2InstanceUids";
const _EIc = "Ec2Instance";
const _EIn = "EndpointIds";
const _EKA = "EncryptionKeyArn";
const _ELS = "EventLastSeen";
const _ELT = "Ec2LaunchTemplate";
const _ENI = "Ec2NetworkInterface";
const _ENIU = "Ec2NetworkInterfaceUids";
const _EOAA = "EnableOrganizationAdminAccount";
const _EOAAR = "EnableOrganizationAdminAccountRequest";
const _EOAARn = "EnableOrganizationAdminAccountResponse";
const _EP = "ExecutablePath";
const _EPf = "EffectivePermission";
const _ES = "EbsSnapshot";
const _ESD = "EbsSnapshotDetails";
const _ESP = "EbsSnapshotPreservation";
const _ESn = "EngineSources";
const _ESx = "ExecutableSha256";
const _ET = "EndTime";
const _ETD = "EcsTaskDetails";
const _ETa = "ETag";
const _ETc = "EcsTask";
const _ETn = "EncryptionType";
const _EV = "Ec2Vpc";
const _EVD = "EbsVolumeDetails";
const _EVR = "EbsVolumesResult";
const _EVSD = "EbsVolumeScanDetails";
const _EVb = "EbsVolumes";
const _EVbs = "EbsVolume";
const _EVn = "EngineVersion";
const _EVq = "EqualsValue";
const _EVx = "ExposureVector";
const _Ec = "Ec2";
const _Ek = "Eks";
const _En = "Enable";
const _End = "Endpoints";
const _Eng = "Engine";
const _Enr = "Enrichment";
const _Eq = "Eq";
const _Equ = "Equals";
const _Er = "Error";
const _Eu = "Euid";
const _Ev = "Evidence";
const _Ex = "Expression";
const _Exc = "Exclude";
const _Exp = "Exposure";
const _F = "Features";
const _FA = "FunctionArn";
const _FC = "FindingCount";
const _FCL = "FilterCriterionList";
const _FCe = "FetchCriterion";
const _FCet = "FetchCriteria";
const _FCi = "FilterCriterion";
const _FCil = "FilterCondition";
const _FCile = "FileCount";
const _FCilt = "FilterCriteria";
const _FCin = "FindingCriteria";
const _FD = "FargateDetails";
const _FDF = "FetchDetectorFeatures";
const _FDS = "FoundationalDataSources";
const _FDi = "FindingDetail";
const _FDu = "FullDescription";
const _FFC = "FailedFileCount";
const _FI = "FindingIds";
const _FIi = "FindingId";
const _FL = "FlowLogs";
const _FLA = "FailedLoginAttempts";
const _FLCR = "FlowLogsConfigurationResult";
const _FN = "FilterName";
const _FNe = "FeatureName";
const _FNi = "FilterNames";
const _FNil = "FileName";
const _FNu = "FunctionName";
const _FO = "FileOperation";
const _FP = "FilePath";
const _FPF = "FindingPublishingFrequency";
const _FPi = "FilePaths";
const _FQ = "FetchQuery";
const _FR = "FetchRecord";
const _FRC = "FailedResourcesCount";
const _FRa = "FailureReason";
const _FRe = "FetchResult";
const _FRi = "FindingReference";
const _FRin = "FindingReferences";
const _FS = "FindingsSummary";
const _FSA = "FirstSeenAt";
const _FST = "FindingStatisticTypes";
const _FSTi = "FileSystemType";
const _FSi = "FindingStatistics";
const _FSil = "FilesScanned";
const _FSin = "FindingSubtype";
const _FT = "FindingType";
const _FTC = "FindingTypeClassification";
const _FTCi = "FindingTypeCount";
const _FTCin = "FindingTypeClassifications";
const _FTCind = "FindingTypeCounts";
const _FTD = "FindingTypeDocumentation";
const _FTDR = "FreeTrialDaysRemaining";
const _FTDi = "FindingTimeDisposition";
const _FTFCR = "FreeTrialFeatureConfigurationResult";
const _FTFCRr = "FreeTrialFeatureConfigurationsResults";
const _FTS = "FindingTypeStatistics";
const _FTW = "FetchTimeWindow";
const _FTe = "FetchType";
const _FTi = "FindingTypes";
const _FV = "FunctionVersion";
const _Fe = "Feature";
const _Fee = "Feedback";
const _Fet = "Fetch";
const _Fi = "Findings";
const _Fie = "Field";
const _Fil = "Filters";
const _File = "Files";
const _Fin = "Finding";
const _Fl = "Flags";
const _Fo = "Format";
const _G = "Guardrails";
const _GA = "GuardrailArn";
const _GAA = "GetAdministratorAccount";
const _GAAR = "GetAdministratorAccountRequest";
const _GAARe = "GetAdministratorAccountResponse";
const _GAr = "GrantedAccess";
const _GAu = "GuardrailAction";
const _GB = "GroupBy";
const _GBA = "GroupedByAccount";
const _GBD = "GroupedByDate";
const _GBFT = "GroupedByFindingType";
const _GBR = "GroupedByResource";
const _GBS = "GroupedBySeverity";
const _GCDR = "GetCustomDetectionRule";
const _GCDRA = "GetCustomDetectionRuleAssociation";
const _GCDRAR = "GetCustomDetectionRuleAssociationRequest";
const _GCDRARe = "GetCustomDetectionRuleAssociationResponse";
const _GCDROC = "GetCustomDetectionRuleOrgConfiguration";
const _GCDROCR = "GetCustomDetectionRuleOrgConfigurationRequest";
const _GCDROCRe = "GetCustomDetectionRuleOrgConfigurationResponse";
const _GCDRR = "GetCustomDetectionRuleRequest";
const _GCDRRe = "GetCustomDetectionRuleResponse";
const _GCS = "GetCoverageStatistics";
const _GCSR = "GetCoverageStatisticsRequest";
const _GCSRe = "GetCoverageStatisticsResponse";
const _GD = "GetDetector";
const _GDFI = "GuardDutyFindingId";
const _GDR = "GetDetectorRequest";
const _GDRe = "GetDetectorResponse";
const _GF = "GetFilter";
const _GFR = "GetFilterRequest";
const _GFRe = "GetFilterResponse";
const _GFRet = "GetFindingsRequest";
const _GFReti = "GetFindingsResponse";
const _GFS = "GetFindingsStatistics";
const _GFSR = "GetFindingsStatisticsRequest";
const _GFSRe = "GetFindingsStatisticsResponse";
const _GFe = "GetFindings";
const _GI = "GroupId";
const _GIC = "GetInvitationsCount";
const _GICR = "GetInvitationsCountRequest";
const _GICRe = "GetInvitationsCountResponse";
const _GIPS = "GetIPSet";
const _GIPSR = "GetIPSetRequest";
const _GIPSRe = "GetIPSetResponse";
const _GIR = "GetInvestigationRequest";
const _GIRe = "GetInvestigationResponse";
const _GIe = "GetInvestigation";
const _GL = "GeoLocation";
const _GM = "GetMembers";
const _GMA = "GetMasterAccount";
const _GMAR = "GetMasterAccountRequest";
const _GMARe = "GetMasterAccountResponse";
const _GMD = "GetMemberDetectors";
const _GMDR = "GetMemberDetectorsRequest";
const _GMDRe = "GetMemberDetectorsResponse";
const _GMPP = "GetMalwareProtectionPlan";
const _GMPPR = "GetMalwareProtectionPlanRequest";
const _GMPPRe = "GetMalwareProtectionPlanResponse";
const _GMR = "GetMembersRequest";
const _GMRe = "GetMembersResponse";
const _GMS = "GetMalwareScan";
const _GMSR = "GetMalwareScanRequest";
const _GMSRD = "GetMalwareScanResultDetails";
const _GMSRe = "GetMalwareScanResponse";
const _GMSS = "GetMalwareScanSettings";
const _GMSSR = "GetMalwareScanSettingsRequest";
const _GMSSRe = "GetMalwareScanSettingsResponse";
const _GN = "GroupName";
const _GOS = "GetOrganizationStatistics";
const _GOSR = "GetOrganizationStatisticsResponse";
const _GRFTD = "GetRemainingFreeTrialDays";
const _GRFTDR = "GetRemainingFreeTrialDaysRequest";
const _GRFTDRe = "GetRemainingFreeTrialDaysResponse";
const _GS = "GuardrailSource";
const _GSi = "GigabytesScanned";
const _GT = "GreaterThan";
const _GTES = "GetThreatEntitySet";
const _GTESR = "GetThreatEntitySetRequest";
const _GTESRe = "GetThreatEntitySetResponse";
const _GTESRet = "GetTrustedEntitySetRequest";
const _GTESRetr = "GetTrustedEntitySetResponse";
const _GTESe = "GetTrustedEntitySet";
const _GTIS = "GetThreatIntelSet";
const _GTISR = "GetThreatIntelSetRequest";
const _GTISRe = "GetThreatIntelSetResponse";
const _GTOE = "GreaterThanOrEqual";
const _GUS = "GetUsageStatistics";
const _GUSR = "GetUsageStatisticsRequest";
const _GUSRe = "GetUsageStatisticsResponse";
const _GV = "GuardrailVersion";
const _Gr = "Group";
const _Gra = "Granularity";
const _Gro = "Groups";
const _Gt = "Gt";
const _Gte = "Gte";
const _H = "Hash";
const _HIPC = "HostIPC";
const _HN = "HostNetwork";
const _HP = "HostPath";
const _HPID = "HostPID";
const _HS = "HighestSeverity";
const _HSTD = "HighestSeverityThreatDetails";
const _HSTN = "HighestSeverityThreatName";
const _Hi = "High";
const _I = "Identifier";
const _IA = "InvitedAt";
const _IAA = "InvestigationAccountAnalysis";
const _IAAp = "IpAccountActivity";
const _IAI = "IncludeAccountIds";
const _IAV = "IpAddressV4";
const _IAVp = "IpAddressV6";
const _IAm = "ImageArn";
const _IAn = "InvestigationActor";
const _IAns = "InstanceArn";
const _IAp = "Ipv6Addresses";
const _IC = "InvitationsCount";
const _ICn = "InvestigationCriterion";
const _ICt = "ItemCount";
const _ID = "ImageDescription";
const _IDFC = "InvestigationDetectorFeatureConfiguration";
const _IDL = "ItemDetailsList";
const _IDn = "InstanceDetails";
const _IDt = "ItemDetails";
const _IEC = "InvestigationEcsCluster";
const _IECn = "InvestigationEksCluster";
const _IEI = "InvestigationEc2Instance";
const _IFC = "InvestigationFilterCondition";
const _IFCn = "InvestigationFilterCriteria";
const _IFCnf = "InfectedFileCount";
const _II = "InvitationId";
const _IIP = "IamInstanceProfile";
const _IIPV = "IamInstanceProfileV2";
const _IIm = "ImageId";
const _IIn = "InstanceId";
const _IInv = "InvestigationId";
const _IInve = "InvestigationIndicator";
const _IInves = "InvestigationIndicators";
const _IIt = "ItemIds";
const _IKW = "InvestigationKubernetesWorkload";
const _IM = "InvestigationMetadata";
const _IMR = "InviteMembersRequest";
const _IMRn = "InviteMembersResponse";
const _IMS = "InvestigationMalwareScan";
const _IMn = "InviteMembers";
const _IP = "ImagePrefix";
const _IPA = "IgnorePublicAcls";
const _IPN = "IanaProtocolNumber";
const _IPt = "ItemPath";
const _IPte = "ItemPaths";
const _IR = "InvestigationRecord";
const _IRD = "InvestigationResourceData";
const _IRn = "InvestigationResource";
const _IRp = "IpReputation";
const _IS = "InstanceState";
const _ISC = "InvestigationSortCriteria";
const _ISD = "IncrementalScanDetails";
const _ISDn = "InvestigationSummaryData";
const _ISEE = "InternalServerErrorException";
const _ISI = "IpSetId";
const _ISIp = "IpSetIds";
const _ISn = "InvestigationScope";
const _ISnv = "InvestigationSummary";
const _ISnve = "InvestigationSummaries";
const _IT = "InstanceType";
const _ITA = "InvestigationThreatAssessment";
const _ITn = "IndicatorType";
const _ITnv = "InvestigationType";
const _IU = "ImageUid";
const _IUm = "ImpersonatedUser";
const _IV = "IndicatorValue";
const _Id = "Id";
const _Im = "Image";
const _In = "Indicators";
const _Inc = "Include";
const _Ind = "Indicator";
const _Inf = "Info";
const _Inv = "Investigation";
const _Inve = "Investigations";
const _Invi = "Invitation";
const _Invit = "Invitations";
const _Ip = "Ip";
const _Is = "Issue";
const _Isp = "Isp";
const _Iss = "Issues";
const _Issu = "Issuer";
const _K = "Kubernetes";
const _KA = "KubernetesActivity";
const _KAC = "KubernetesApiCall";
const _KACA = "KubernetesApiCallAction";
const _KALC = "KubernetesAuditLogsConfiguration";
const _KALCR = "KubernetesAuditLogsConfigurationResult";
const _KAu = "KubernetesAnomaly";
const _KC = "KubernetesConfiguration";
const _KCR = "KubernetesConfigurationResult";
const _KD = "KubernetesDetails";
const _KDSFT = "KubernetesDataSourceFreeTrial";
const _KKA = "KmsKeyArn";
const _KMKA = "KmsMasterKeyArn";
const _KO = "KeyObservation";
const _KOe = "KeyObservations";
const _KPCD = "KubernetesPermissionCheckedDetails";
const _KPV = "KubernetesPolicyViolation";
const _KRBD = "KubernetesRoleBindingDetails";
const _KRD = "KubernetesRoleDetails";
const _KRT = "KubernetesResourcesTypes";
const _KUD = "KubernetesUserDetails";
const _KW = "KubernetesWorkload";
const _KWD = "KubernetesWorkloadDetails";
const _Ke = "Key";
const _Ki = "Kind";
const _L = "Lt";
const _LA = "LaunchedAt";
const _LAo = "LoginAttribute";
const _LAog = "LoginAttributes";
const _LC = "LoginCount";
const _LCDR = "ListCustomDetectionRules";
const _LCDRA = "ListCustomDetectionRuleAssociations";
const _LCDRAR = "ListCustomDetectionRuleAssociationsRequest";
const _LCDRARi = "ListCustomDetectionRuleAssociationsResponse";
const _LCDROC = "ListCustomDetectionRuleOrgConfigurations";
const _LCDROCR = "ListCustomDetectionRuleOrgConfigurationsRequest";
const _LCDROCRi = "ListCustomDetectionRuleOrgConfigurationsResponse";
const _LCDRR = "ListCustomDetectionRulesRequest";
const _LCDRRi = "ListCustomDetectionRulesResponse";
const _LCR = "ListCoverageRequest";
const _LCRi = "ListCoverageResponse";
const _LCi = "ListCoverage";
const _LD = "LambdaDetails";
const _LDR = "ListDetectorsRequest";
const _LDRi = "ListDetectorsResponse";
const _LDi = "ListDetectors";
const _LF = "LambdaFunction";
const _LFR = "ListFiltersRequest";
const _LFRi = "ListFiltersResponse";
const _LFRis = "ListFindingsRequest";
const _LFRist = "ListFindingsResponse";
const _LFi = "ListFilters";
const _LFis = "ListFindings";
const _LGA = "LastGeneratedAt";
const _LI = "ListInvestigations";
const _LID = "LocalIpDetails";
const _LIPS = "ListIPSets";
const _LIPSR = "ListIPSetsRequest";
const _LIPSRi = "ListIPSetsResponse";
const _LIR = "ListInvestigationsRequest";
const _LIRR = "ListInvestigationRecordsRequest";
const _LIRRi = "ListInvestigationRecordsResponse";
const _LIRi = "ListInvestigationsResponse";
const _LIRis = "ListInvitationsRequest";
const _LIRist = "ListInvitationsResponse";
const _LIRistn = "ListInvestigationRecords";
const _LIi = "ListInvitations";
const _LM = "ListMembers";
const _LMA = "LastModifiedAt";
const _LML = "LearnMoreLinks";
const _LMPP = "ListMalwareProtectionPlans";
const _LMPPR = "ListMalwareProtectionPlansRequest";
const _LMPPRi = "ListMalwareProtectionPlansResponse";
const _LMR = "ListMembersRequest";
const _LMRi = "ListMembersResponse";
const _LMS = "ListMalwareScans";
const _LMSCK = "ListMalwareScansCriterionKey";
const _LMSFC = "ListMalwareScansFilterCriteria";
const _LMSFCL = "ListMalwareScansFilterCriterionList";
const _LMSFCi = "ListMalwareScansFilterCriterion";
const _LMSR = "ListMalwareScansRequest";
const _LMSRi = "ListMalwareScansResponse";
const _LNI = "LocalNetworkInterface";
const _LO = "LineageObject";
const _LOAA = "ListOrganizationAdminAccounts";
const _LOAAR = "ListOrganizationAdminAccountsRequest";
const _LOAARi = "ListOrganizationAdminAccountsResponse";
const _LP = "LibraryPath";
const _LPD = "LocalPortDetails";
const _LPDR = "ListPublishingDestinationsRequest";
const _LPDRi = "ListPublishingDestinationsResponse";
const _LPDi = "ListPublishingDestinations";
const _LPV = "LdPreloadValue";
const _LSA = "LastSeenAt";
const _LT = "LessThan";
const _LTES = "ListThreatEntitySets";
const _LTESR = "ListThreatEntitySetsRequest";
const _LTESRi = "ListThreatEntitySetsResponse";
const _LTESRis = "ListTrustedEntitySetsRequest";
const _LTESRist = "ListTrustedEntitySetsResponse";
const _LTESi = "ListTrustedEntitySets";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LTIS = "ListThreatIntelSets";
const _LTISR = "ListThreatIntelSetsRequest";
const _LTISRi = "ListThreatIntelSetsResponse";
const _LTOE = "LessThanOrEqual";
const _LTa = "LaunchType";
const _LTau = "LaunchTime";
const _La = "Lat";
const _Lan = "Language";
const _Lat = "Latitude";
const _Li = "Lineage";
const _Lo = "Location";
const _Lon = "Lon";
const _Long = "Longitude";
const _Low = "Low";
const _Lt = "Lte";
const _M = "Message";
const _MA = "ModifiedAt";
const _MAC = "MemberAdditionalConfiguration";
const _MACR = "MemberAdditionalConfigurationResult";
const _MACRe = "MemberAdditionalConfigurationResults";
const _MACe = "MemberAccountsCount";
const _MACem = "MemberAdditionalConfigurations";
const _MALR = "MemberAccountLimitReached";
const _MAR = "MemberAccountRanking";
const _MARe = "MemberAccountRankings";
const _MAV = "MinAgentVersion";
const _MB = "ManagedBy";
const _MD = "ModelDetail";
const _MDSC = "MemberDataSourceConfigurations";
const _MDSCe = "MemberDataSourceConfiguration";
const _MDo = "ModelDetails";
const _ME = "MapEquals";
const _MFC = "MemberFeaturesConfiguration";
const _MFCR = "MemberFeaturesConfigurationResult";
const _MFCRe = "MemberFeaturesConfigurationsResults";
const _MFCe = "MemberFeaturesConfigurations";
const _MFP = "ModuleFilePath";
const _MI = "MasterId";
const _MIi = "MisconfigurationImpact";
const _MIo = "ModelId";
const _MN = "ModuleName";
const _MP = "MalwareProtection";
const _MPC = "MalwareProtectionConfiguration";
const _MPCR = "MalwareProtectionConfigurationResult";
const _MPDSFT = "MalwareProtectionDataSourceFreeTrial";
const _MPFSC = "MalwareProtectionFindingsScanConfiguration";
const _MPP = "MalwareProtectionPlans";
const _MPPA = "MalwareProtectionPlanActions";
const _MPPI = "MalwareProtectionPlanId";
const _MPPS = "MalwareProtectionPlanSummary";
const _MPPSR = "MalwareProtectionPlanStatusReason";
const _MPPSRL = "MalwareProtectionPlanStatusReasonsList";
const _MPPSa = "MalwareProtectionPlansSummary";
const _MPPTA = "MalwareProtectionPlanTaggingAction";
const _MPo = "ModifyingProcess";
const _MPou = "MountPath";
const _MR = "MaxResults";
const _MRe = "MetadataRecord";
const _MRem = "MemoryRegions";
const _MS = "MalwareScan";
const _MSD = "MalwareScanDetails";
const _MSa = "MalwareScans";
const _MSf = "MfaStatus";
const _MSo = "MountSource";
const _MSod = "ModuleSha256";
const _MT = "ManagementType";
const _MTa = "MalwareThreat";
const _MTal = "MalwareThreats";
const _MTo = "MountTarget";
const _Ma = "Matches";
const _Mas = "Master";
const _Me = "Members";
const _Med = "Medium";
const _Mem = "Member";
const _Met = "Metadata";
const _Meth = "Method";
const _Mi = "Mitigates";
const _Mo = "Mode";
const _N = "Name";
const _NA = "NetworkActivity";
const _NAe = "NetworkAnomaly";
const _NC = "NetworkConnection";
const _NCA = "NetworkConnectionAction";
const _NCe = "NetworkCounts";
const _NE = "NotEquals";
const _NEe = "NetworkEndpoint";
const _NEet = "NetworkEndpoints";
const _NGL = "NetworkGeoLocation";
const _NI = "NetworkInterfaces";
const _NII = "NetworkInterfaceId";
const _NIP = "NestedItemPath";
const _NIe = "NetworkInterface";
const _NM = "NotMatches";
const _NP = "NamespacePid";
const _NPe = "NetworkPorts";
const _NSA = "NonS3Activity";
const _NT = "NextToken";
const _NTe = "NetworkTraffic";
const _Na = "Narrative";
const _Nam = "Namespace";
const _Ne = "Neq";
const _Nu = "Number";
const _O = "Observations";
const _OA = "OutpostArn";
const _OAC = "OrganizationAdditionalConfiguration";
const _OACR = "OrganizationAdditionalConfigurationResult";
const _OACRr = "OrganizationAdditionalConfigurationResults";
const _OACr = "OrganizationAdditionalConfigurations";
const _OAb = "ObjectArn";
const _OAn = "OnlyAssociated";
const _OAr = "OrganizationAnalysis";
const _OB = "OrderBy";
const _OD = "OtherDomains";
const _ODSC = "OrganizationDataSourceConfigurations";
const _ODSCR = "OrganizationDataSourceConfigurationsResult";
const _ODr = "OrganizationDetails";
const _OEV = "OrganizationEbsVolumes";
const _OEVR = "OrganizationEbsVolumesResult";
const _OFC = "OrganizationFeatureConfiguration";
const _OFCR = "OrganizationFeatureConfigurationResult";
const _OFCRr = "OrganizationFeaturesConfigurationsResults";
const _OFCr = "OrganizationFeaturesConfigurations";
const _OFS = "OrganizationFeatureStatistics";
const _OFSAC = "OrganizationFeatureStatisticsAdditionalConfiguration";
const _OFSACr = "OrganizationFeatureStatisticsAdditionalConfigurations";
const _OFSR = "OrganizationFeatureStatisticsResults";
const _OFSr = "OrganizationFindingsSummary";
const _OFT = "ObservedFindingType";
const _OFTb = "ObservedFindingTypes";
const _OI = "OwnerId";
const _OKALC = "OrganizationKubernetesAuditLogsConfiguration";
const _OKALCR = "OrganizationKubernetesAuditLogsConfigurationResult";
const _OKC = "OrganizationKubernetesConfiguration";
const _OKCR = "OrganizationKubernetesConfigurationResult";
const _OMPC = "OrganizationMalwareProtectionConfiguration";
const _OMPCR = "OrganizationMalwareProtectionConfigurationResult";
const _OP = "ObjectPrefixes";
const _OR = "ObservationRecord";
const _OS = "OrganizationStatistics";
const _OSA = "OtherS3Activity";
const _OSEIWF = "OrganizationScanEc2InstanceWithFindings";
const _OSEIWFR = "OrganizationScanEc2InstanceWithFindingsResult";
const _OSLC = "OrganizationS3LogsConfiguration";
const _OSLCR = "OrganizationS3LogsConfigurationResult";
const _OT = "ObservationType";
const _Ob = "Observed";
const _Obs = "Observation";
const _Op = "Operation";
const _Or = "Organization";
const _Org = "Org";
const _Ou = "Outcome";
const _Ow = "Owner";
const _P = "Process";
const _PA = "PublicAccess";
const _PAA = "PublicAclAccess";
const _PAC = "PublicAccessConfiguration";
const _PAD = "ProfileAgeDays";
const _PAIB = "PublicAclIgnoreBehavior";
const _PBRB = "PublicBucketRestrictBehavior";
const _PC = "ProductCodes";
const _PCe = "PermissionConfiguration";
const _PCo = "PortCount";
const _PCr = "ProductCode";
const _PD = "ProcessDetails";
const _PDN = "PrivateDnsName";
const _PDNu = "PublicDnsName";
const _PFST = "PublishingFailureStartTimestamp";
const _PI = "PrincipalId";
const _PIA = "PrivateIpAddresses";
const _PIAD = "PrivateIpAddressDetails";
const _PIAr = "PrivateIpAddress";
const _PIu = "PublicIp";
const _PN = "PortName";
const _PP = "ProtectionPlans";
const _PPA = "PortProbeAction";
const _PPAu = "PublicPolicyAccess";
const _PPD = "PortProbeDetails";
const _PPDo = "PortProbeDetail";
const _PPr = "ProtectionPlan";
const _PR = "ProtectedResource";
const _PRA = "PublicReadAccess";
const _PS = "ProfileSubtype";
const _PT = "ProfileType";
const _PTr = "ProductType";
const _PU = "ParentUuid";
const _PUo = "PortsUsed";
const _PWA = "PublicWriteAccess";
const _Pa = "Path";
const _Par = "Partition";
const _Para = "Parameters";
const _Pe = "Percentage";
const _Ph = "Phase";
const _Pi = "Pid";
const _Pl = "Platforms";
const _Pla = "Platform";
const _Po = "Port";
const _Por = "Ports";
const _Pr = "Processes";
const _Pri = "Priority";
const _Priv = "Privileged";
const _Pro = "Profiles";
const _Prod = "Product";
const _Prot = "Protocol";
const _Prov = "Provider";
const _Pw = "Pwd";
const _Q = "Query";
const _QTW = "QueryTimeWindow";
const _R = "Region";
const _RA = "RuleAssociation";
const _RAD = "RemoteAccountDetails";
const _RAP = "ReleaseAgentPath";
const _RAR = "RemediationAffectedResources";
const _RAe = "ResourceArn";
const _RAes = "ResetAttempts";
const _RAu = "RuleAssociations";
const _RBP = "RuncBinaryPath";
const _RC = "RequestCount";
const _RCIC = "RegisteredContainerInstancesCount";
const _RCPA = "RdsControlPlaneActivity";
const _RCe = "ReputationComparison";
const _RCu = "RuntimeContext";
const _RD = "ResourceDetails";
const _RDI = "RdsDbInstance";
const _RDID = "RdsDbInstanceDetails";
const _RDU = "RdsDbUser";
const _RDUD = "RdsDbUserDetails";
const _RDe = "ResourceData";
const _RDes = "ResourceDistribution";
const _RDeso = "ResourceDistributions";
const _RDu = "RuleDefinition";
const _RDul = "RuleDetail";
const _RDun = "RuntimeDetails";
const _RF = "RelatedFindings";
const _RFP = "RelatedFilePaths";
const _RFe = "RepresentativeFinding";
const _RFep = "RepresentativeFindings";
const _RH = "ResolverHistory";
const _RI = "RuleId";
const _RID = "RemoteIpDetails";
const _RIe = "ResourceId";
const _RIec = "RecordId";
const _RIes = "ResourceIdentifier";
const _RIev = "RevisionId";
const _RL = "RowLimit";
const _RLA = "RdsLoginActivity";
const _RLAA = "RdsLoginAttemptAction";
const _RLDD = "RdsLimitlessDbDetails";
const _RLi = "RiskLevel";
const _RMD = "RuntimeMonitoringDetails";
const _RN = "ResourceName";
const _RNFE = "ResourceNotFoundException";
const _RP = "RemotePort";
const _RPA = "RecoveryPointArn";
const _RPB = "RestrictPublicBuckets";
const _RPD = "RemotePortDetails";
const _RPDe = "RecoveryPointDetails";
const _RPe = "ResolverPort";
const _RPec = "RecoveryPoint";
const _RR = "RiskRationale";
const _RRK = "RoleRefKind";
const _RRN = "RoleRefName";
const _RRe = "RemoteRegion";
const _RRep = "RepresentativeResources";
const _RRes = "ResetRatio";
const _RReso = "ResourceRole";
const _RS = "RelationshipStatus";
const _RSL = "RuleSummaryList";
const _RSe = "RemoteService";
const _RSes = "ResourceStatistics";
const _RSu = "RuntimeSignals";
const _RSul = "RuleSummary";
const _RT = "ResourceType";
const _RTC = "RunningTasksCount";
const _RTe = "RecordTypes";
const _RU = "RequestUri";
const _RUe = "ResourceUids";
const _RV = "ResourceV2";
const _Ra = "Rank";
const _Rat = "Rate";
const _Rati = "Rationale";
const _Re = "Resources";
const _Rea = "Reason";
const _Rec = "Recommendations";
const _Reco = "Records";
const _Recom = "Recommendation";
const _Rem = "Remediation";
const _Rep = "Reputation";
const _Res = "Result";
const _Reso = "Resource";
const _Ri = "Risk";
const _Ro = "Role";
const _Ru = "Rule";
const _Rul = "Rules";
const _S = "Session";
const _SA = "S3Analysis";
const _SAA = "S3ApiActivity";
const _SAI = "ServiceAdditionalInfo";
const _SAN = "ServiceAccountName";
const _SAc = "S3Activity";
const _SAe = "SessionAssessment";
const _SAn = "SnapshotArn";
const _SAt = "StartedAt";
const _SAu = "SuspiciousAttempts";
const _SB = "SharedBehaviors";
const _SBA = "SumByAccount";
const _SBD = "S3BucketDetails";
const _SBDS = "SumByDataSource";
const _SBDu = "S3BucketDetail";
const _SBF = "SumByFeature";
const _SBR = "SumByResource";
const _SBe = "SeverityBreakdown";
const _SBh = "SharedBehavior";
const _SBt = "StartedBy";
const _SBu = "S3Bucket";
const _SC = "SecurityContext";
const _SCA = "ScanCompletedAt";
const _SCCSD = "ScanConfigurationContinuousScanDetails";
const _SCP = "ScanConditionPair";
const _SCRP = "ScanConfigurationRecoveryPoint";
const _SCc = "ScanConfiguration";
const _SCca = "ScanCategory";
const _SCcan = "ScanCondition";
const _SCcanr = "ScanCriterion";
const _SCo = "SortCriteria";
const _SCou = "SourceContext";
const _SCt = "StatusCode";
const _SD = "ScanDetections";
const _SDu = "SummaryData";
const _SDup = "SupportingData";
const _SEIWF = "ScanEc2InstanceWithFindings";
const _SEIWFR = "ScanEc2InstanceWithFindingsResult";
const _SET = "ScanEndTime";
const _SF = "SummaryFormat";
const _SFC = "SkippedFileCount";
const _SFP = "ScanFilePath";
const _SFa = "SampleFiles";
const _SG = "SecurityGroups";
const _SGe = "SecurityGroup";
const _SGi = "SignalGroups";
const _SGig = "SignalGroup";
const _SHFP = "ShellHistoryFilePath";
const _SI = "ScanId";
const _SIC = "ScannedItemCount";
const _SIe = "SequenceIndicators";
const _SIi = "SignalIndicators";
const _SIo = "SourceIps";
const _SIou = "SourceIp";
const _SIu = "SubnetId";
const _SIub = "SubnetIds";
const _SL = "S3Logs";
const _SLA = "SuccessfulLoginAttempts";
const _SLC = "S3LogsConfiguration";
const _SLCR = "S3LogsConfigurationResult";
const _SM = "SeverityMax";
const _SMM = "StartMonitoringMembers";
const _SMMR = "StartMonitoringMembersRequest";
const _SMMRt = "StartMonitoringMembersResponse";
const _SMMRto = "StopMonitoringMembersRequest";
const _SMMRtop = "StopMonitoringMembersResponse";
const _SMMt = "StopMonitoringMembers";
const _SMS = "StartMalwareScan";
const _SMSC = "StartMalwareScanConfiguration";
const _SMSR = "StartMalwareScanRequest";
const _SMSRt = "StartMalwareScanResponse";
const _SN = "ServiceName";
const _SNI = "SubNetId";
const _SNe = "SessionName";
const _SO = "S3Object";
const _SOD = "S3ObjectDetails";
const _SODb = "S3ObjectDetail";
const _SOFSOMS = "S3ObjectForSendObjectMalwareScan";
const _SOMS = "SendObjectMalwareScan";
const _SOMSR = "SendObjectMalwareScanRequest";
const _SOMSRe = "SendObjectMalwareScanResponse";
const _SOU = "S3ObjectUids";
const _SP = "ScriptPath";
const _SPo = "SocketPath";
const _SR = "SharedResources";
const _SRA = "ScannedResourceArn";
const _SRC = "ScannedResourcesCount";
const _SRCc = "ScanResourceCriteria";
const _SRCk = "SkippedResourcesCount";
const _SRD = "ScanResultDetails";
const _SRDc = "ScannedResourceDetails";
const _SRS = "ScanResultStatus";
const _SRSc = "ScannedResourceStatus";
const _SRT = "ScannedResourceType";
const _SRTc = "ScanResultThreat";
const _SRTca = "ScanResultThreats";
const _SRc = "ScannedResources";
const _SRca = "ScannedResource";
const _SRcan = "ScanResult";
const _SRe = "ServiceRole";
const _SRh = "SharedResource";
const _SRt = "StatusReason";
const _SRta = "StatusReasons";
const _SS = "SensitiveString";
const _SSA = "ScanStartedAt";
const _SSR = "ScanStatusReason";
const _SST = "ScanStartTime";
const _SSc = "ScanStatus";
const _SSe = "SeverityStatistics";
const _ST = "StartTime";
const _STN = "ScanThreatName";
const _STNc = "ScanThreatNames";
const _STc = "ScanType";
const _STt = "StatisticsType";
const _SV = "SchemaVersion";
const _SVD = "ScannedVolumeDetails";
const _SVDk = "SkippedVolumeDetails";
const _Sc = "Scans";
const _Sca = "Scan";
const _Sch = "Schema";
const _Sco = "Scope";
const _Se = "Service";
const _Seq = "Sequence";
const _Sev = "Severity";
const _Sh = "Sha256";
const _Sho = "Shortened";
const _Si = "Signals";
const _Sig = "Signal";
const _So = "Sources";
const _Sou = "Source";
const _Ss = "Ssl";
const _St = "Status";
const _Su = "Summary";
const _Sub = "Subresource";
const _Subj = "Subject";
const _T = "Type";
const _TA = "ThreatAssessment";
const _TABF = "TopAccountsByFeature";
const _TAC = "TotalAccountCount";
const _TACo = "TotalAccountsCount";
const _TAP = "ThreatActorProfile";
const _TAo = "TotalAttempts";
const _TB = "TotalBytes";
const _TBr = "TriggeredBy";
const _TC = "TacticCoverage";
const _TCA = "TaskCreatedAt";
const _TCa = "TacticCoverages";
const _TCe = "TechniqueCoverage";
const _TCec = "TechniqueCoverages";
const _TCh = "ThreatConfidence";
const _TCo = "TotalCount";
const _TCoo = "ToolCategory";
const _TD = "TaskDetails";
const _TDA = "TaskDefinitionArn";
const _TDBN = "ThreatDetectedByName";
const _TDIC = "ThreatsDetectedItemCount";
const _TDr = "TriggerDetails";
const _TDy = "TypeDistribution";
const _TDyp = "TypeDistributions";
const _TESI = "ThreatEntitySetId";
const _TESIh = "ThreatEntitySetIds";
const _TESIr = "TrustedEntitySetId";
const _TESIru = "TrustedEntitySetIds";
const _TF = "TotalFindings";
const _TFC = "TotalFileCount";
const _TFFC = "ThreatFoundFileCount";
const _TFI = "TriggerFindingId";
const _TFP = "ThreatFilePath";
const _TFS = "ThreatFileSha256";
const _TFT = "TopFindingTypes";
const _TG = "TotalGb";
const _THC = "TargetHostCount";
const _TID = "ThreatIntelligenceDetails";
const _TIDh = "ThreatIntelligenceDetail";
const _TII = "TotalInfectedItems";
const _TISI = "ThreatIntelSetId";
const _TISIh = "ThreatIntelSetIds";
const _TK = "TagKeys";
const _TLN = "ThreatListName";
const _TMA = "TotalMemberAccounts";
const _TN = "ThreatName";
const _TNh = "ThreatNames";
const _TNo = "ToolName";
const _TP = "TriggerPrompt";
const _TPa = "TargetPort";
const _TPar = "TargetProcess";
const _TPr = "TrainingPeriod";
const _TR = "ThreatReference";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TRa = "TagResource";
const _TRo = "TopResources";
const _TT = "TriggerType";
const _TTM = "TotalTimeMilliseconds";
const _TW = "TimeWindow";
const _TWG = "TimeWindowGroup";
const _TWGi = "TimeWindowGroups";
const _Ta = "Tactic";
const _Tag = "Tags";
const _Tag_ = "Tag";
const _Tagg = "Tagging";
const _Te = "Technique";
const _Tec = "Techniques";
const _Tex = "Text";
const _Th = "Threats";
const _Thr = "Threat";
const _Ti = "Title";
const _To = "Total";
const _Tr = "Trend";
const _Tra = "Traffic";
const _U = "Uid";
const _UA = "UserAgent";
const _UAC = "UserAgentClassification";
const _UAR = "UsageAccountResult";
const _UARL = "UsageAccountResultList";
const _UAn = "UnprocessedAccounts";
const _UAnp = "UnprocessedAccount";
const _UAp = "UpdatedAt";
const _UB = "UnusualBehavior";
const _UC = "UnarchivedCount";
const _UCDRA = "UpdateCustomDetectionRuleAssociation";
const _UCDRAR = "UpdateCustomDetectionRuleAssociationRequest";
const _UCDRARp = "UpdateCustomDetectionRuleAssociationResponse";
const _UCDROC = "UpdateCustomDetectionRuleOrgConfiguration";
const _UCDROCR = "UpdateCustomDetectionRuleOrgConfigurationRequest";
const _UCDROCRp = "UpdateCustomDetectionRuleOrgConfigurationResponse";
const _UCs = "UsageCriteria";
const _UD = "UpdateDetector";
const _UDR = "UpdateDetectorRequest";
const _UDRp = "UpdateDetectorResponse";
const _UDS = "UnprocessedDataSources";
const _UDSR = "UnprocessedDataSourcesResult";
const _UDSRL = "UsageDataSourceResultList";
const _UDSRs = "UsageDataSourceResult";
const _UF = "UserFeedback";
const _UFF = "UpdateFindingsFeedback";
const _UFFR = "UpdateFindingsFeedbackRequest";
const _UFFRp = "UpdateFindingsFeedbackResponse";
const _UFR = "UnarchiveFindingsRequest";
const _UFRL = "UsageFeatureResultList";
const _UFRn = "UnarchiveFindingsResponse";
const _UFRp = "UpdateFilterRequest";
const _UFRpd = "UpdateFilterResponse";
const _UFRs = "UsageFeatureResult";
const _UFn = "UnarchiveFindings";
const _UFp = "UpdateFilter";
const _UG = "UserGroups";
const _UI = "UserId";
const _UIPS = "UpdateIPSet";
const _UIPSR = "UpdateIPSetRequest";
const _UIPSRp = "UpdateIPSetResponse";
const _UMD = "UpdateMemberDetectors";
const _UMDR = "UpdateMemberDetectorsRequest";
const _UMDRp = "UpdateMemberDetectorsResponse";
const _UMPP = "UpdateMalwareProtectionPlan";
const _UMPPR = "UpdateMalwareProtectionPlanRequest";
const _UMSS = "UpdateMalwareScanSettings";
const _UMSSR = "UpdateMalwareScanSettingsRequest";
const _UMSSRp = "UpdateMalwareScanSettingsResponse";
const _UN = "UserName";
const _UOC = "UpdateOrganizationConfiguration";
const _UOCR = "UpdateOrganizationConfigurationRequest";
const _UOCRp = "UpdateOrganizationConfigurationResponse";
const _UP = "UnarchivedPercentage";
const _UPD = "UpdatePublishingDestination";
const _UPDR = "UpdatePublishingDestinationRequest";
const _UPDRp = "UpdatePublishingDestinationResponse";
const _UPR = "UpdateProtectedResource";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRL = "UsageResourceResultList";
const _URRn = "UntagResourceResponse";
const _URRs = "UsageResourceResult";
const _US = "UsageStatistics";
const _USBR = "UpdateS3BucketResource";
const _UST = "UsageStatisticType";
const _UT = "UserType";
const _UTABFL = "UsageTopAccountsByFeatureList";
const _UTAR = "UsageTopAccountResult";
const _UTARL = "UsageTopAccountsResultList";
const _UTARs = "UsageTopAccountsResult";
const _UTC = "UniqueThreatCount";
const _UTES = "UpdateThreatEntitySet";
const _UTESR = "UpdateThreatEntitySetRequest";
const _UTESRp = "UpdateThreatEntitySetResponse";
const _UTESRpd = "UpdateTrustedEntitySetRequest";
const _UTESRpda = "UpdateTrustedEntitySetResponse";
const _UTESp = "UpdateTrustedEntitySet";
const _UTIS = "UpdateThreatIntelSet";
const _UTISR = "UpdateThreatIntelSetRequest";
const _UTISRp = "UpdateThreatIntelSetResponse";
const _UTNC = "UniqueThreatNameCount";
const _Un = "Unusual";
const _Uni = "Unit";
const _Us = "User";
const _Use = "Username";
const _Uu = "Uuid";
const _V = "Version";
const _VA = "VolumeArn";
const _VC = "VpcConfig";
const _VCS = "VpcConfigurationSummary";
const _VD = "VolumeDetail";
const _VDo = "VolumeDetails";
const _VI = "VersionId";
const _VIp = "VpcId";
const _VM = "VolumeMounts";
const _VMo = "VolumeMount";
const _VOAI = "VpcOwnerAccountId";
const _VS = "VolumesScanned";
const _VSIGB = "VolumeSizeInGB";
const _VT = "ViolationType";
const _VTo = "VolumeType";
const _Va = "Values";
const _Val = "Value";
const _Ve = "Verdict";
const _Ver = "Verb";
const _Vo = "Volumes";
const _Vol = "Volume";
const _W = "Workload";
const _WN = "WorkloadName";
const _WT = "WorkloadType";
const _a = "account";
const _aA = "accountAnalysis";
const _aAC = "affectedAccountCount";
const _aACA = "awsApiCallAction";
const _aACc = "activeAccountsCount";
const _aAI = "adminAccountId";
const _aASA = "associatedAttackSequenceArn";
const _aASG = "autoscalingAutoScalingGroup";
const _aAc = "actorAssessment";
const _aAd = "adminAccounts";
const _aAu = "authorizationAssessment";
const _aB = "accountBreakdown";
const _aBf = "affectedBucket";
const _aC = "archivedCount";
const _aCL = "accessControlList";
const _aCd = "additionalConfiguration";
const _aCn = "anomalyContext";
const _aCp = "apiCall";
const _aCu = "authenticationContext";
const _aD = "agentDetails";
const _aDI = "adminDetectorId";
const _aDc = "accountDetails";
const _aDd = "addonDetails";
const _aE = "autoEnable";
const _aEOM = "autoEnableOrganizationMembers";
const _aF = "anomalousFindings";
const _aFd = "addressFamily";
const _aI = "administratorId";
const _aIc = "accountId";
const _aIcc = "accountIds";
const _aIct = "actorIds";
const _aId = "additionalInfo";
const _aIs = "associationId";
const _aK = "accessKey";
const _aKD = "accessKeyDetails";
const _aKI = "accessKeyId";
const _aL = "auditLogs";
const _aLP = "accountLevelPermissions";
const _aM = "authMethod";
const _aN = "attributeName";
const _aO = "asnOrg";
const _aOc = "accountOverview";
const _aP = "archivedPercentage";
const _aPA = "accountPublicAccess";
const _aPE = "allowPrivilegeEscalation";
const _aPRA = "allowsPublicReadAccess";
const _aPWA = "allowsPublicWriteAccess";
const _aPt = "attackProgression";
const _aR = "affectedResources";
const _aRc = "accountRankings";
const _aRf = "affectedResource";
const _aS = "accountStatus";
const _aSC = "activeServicesCount";
const _aSN = "awsServiceName";
const _aST = "additionalSequenceTypes";
const _aSd = "addonStatus";
const _aSdm = "adminStatus";
const _aSn = "anomalyScore";
const _aSu = "autonomousSystem";
const _aT = "actionType";
const _aTn = "analysisType";
const _aV = "addonVersion";
const _aVt = "attackVectors";
const _aVtt = "attachedVolumes";
const _aW = "activityWindow";
const _aZ = "availabilityZone";
const _ac = "action";
const _acc = "accounts";
const _act = "actions";
const _acti = "activate";
const _activ = "activities";
const _acto = "actor";
const _actor = "actors";
const _ad = "administrator";
const _af = "affiliated";
const _al = "allowed";
const _am = "amount";
const _an = "anomaly";
const _ana = "analysis";
const _ap = "api";
const _app = "application";
const _ar = "arn";
const _arc = "archive";
const _arch = "archived";
const _as = "assessment";
const _asn = "asn";
const _at = "attacks";
const _b = "behavior";
const _bB = "baselineBytes";
const _bC = "baselineContext";
const _bF = "baselineFindings";
const _bG = "bedrockGuardrail";
const _bGD = "bedrockGuardrailDetails";
const _bLP = "bucketLevelPermissions";
const _bN = "bucketName";
const _bP = "bucketPolicy";
const _bPA = "blockPublicAccess";
const _bPAS = "blockPublicAccessSettings";
const _bPAl = "blockPublicAcls";
const _bPAu = "bucketPublicAccess";
const _bPP = "blockPublicPolicy";
const _bR = "bytesReceived";
const _bRA = "baselineResourceArn";
const _bS = "bytesSent";
const _bTW = "byTimeWindow";
const _bVN = "backupVaultName";
const _ba = "baseline";
const _bl = "blocked";
const _bu = "bucket";
const _c = "client";
const _cA = "createdAt";
const _cAl = "clusterArn";
const _cBCS = "countByCoverageStatus";
const _cBF = "countByFeature";
const _cBRT = "countByResourceType";
const _cBS = "countBySeverity";
const _cC = "cliCommands";
const _cCI = "coveredContainerInstances";
const _cCIo = "compatibleContainerInstances";
const _cCo = "countryCode";
const _cCr = "credentialCompromise";
const _cD = "connectionDirection";
const _cDRN = "customDetectionRuleName";
const _cDo = "containerDetails";
const _cDu = "currentDisposition";
const _cG = "coverageGaps";
const _cID = "containerInstanceDetails";
const _cK = "criterionKey";
const _cLE = "commandLineExample";
const _cN = "cityName";
const _cNl = "clusterName";
const _cNo = "countryName";
const _cNom = "compatibleNodes";
const _cNov = "coveredNodes";
const _cP = "cloudPartition";
const _cPF = "contentPolicyFilters";
const _cR = "containerRuntime";
const _cRo = "correlationReasons";
const _cS = "coverageStatus";
const _cSD = "continuousScanDetails";
const _cSl = "cloudformationStack";
const _cSo = "coverageStatistics";
const _cT = "callerType";
const _cTl = "clientToken";
const _cTlo = "cloudTrail";
const _cTr = "createdTime";
const _cU = "containerUids";
const _cUr = "credentialUid";
const _ca = "category";
const _ci = "city";
const _cl = "classification";
const _clo = "cloud";
const _co = "confidence";
const _cod = "code";
const _com = "comments";
const _con = "condition";
const _conf = "configuration";
const _confi = "configurations";
const _conn = "connection";
const _cont = "containers";
const _conta = "container";
const _conte = "context";
const _cor = "correlated";
const _cou = "count";
const _coun = "countermeasures";
const _count = "counts";
const _countr = "country";
const _cr = "criteria";
const _cri = "criterion";
const _crit = "critical";
const _d = "description";
const _dA = "destinationArn";
const _dAAI = "delegatedAdminAccountId";
const _dAe = "definitionArn";
const _dC = "detectionCoverage";
const _dCI = "dbClusterIdentifier";
const _dD = "domainDetails";
const _dEN = "disableEmailNotification";
const _dI = "detectorId";
const _dIA = "dbInstanceArn";
const _dII = "dbInstanceIdentifier";
const _dIM = "durationInMinutes";
const _dIe = "destinationId";
const _dIet = "detectorIds";
const _dIi = "dispositionId";
const _dL = "dnsLogs";
const _dN = "deviceName";
const _dP = "destinationProperties";
const _dRA = "dnsRequestAction";
const _dRI = "dbiResourceId";
const _dS = "dataSources";
const _dSGA = "dbShardGroupArn";
const _dSGI = "dbShardGroupIdentifier";
const _dSGRI = "dbShardGroupResourceId";
const _dSSE = "defaultServerSideEncryption";
const _dSa = "dataSource";
const _dSo = "domainSuffix";
const _dSom = "dominantSeverity";
const _dT = "defenseTactic";
const _dTe = "defenseTechnique";
const _dTes = "destinationType";
const _dWS = "domainWithSuffix";
const _da = "date";
const _dat = "data";
const _data = "database";
const _de = "destinations";
const _def = "definition";
const _det = "detection";
const _dev = "deviation";
const _di = "disposition";
const _dim = "dimension";
const _dir = "direction";
const _dis = "distribution";
const _dn = "dns";
const _do = "domain";
const _doc = "documentation";
const _du = "duration";
const _e = "error";
const _eA = "expiresAt";
const _eAC = "enabledAccountsCount";
const _eAI = "excludeAccountIds";
const _eBO = "expectedBucketOwner";
const _eC = "errorCode";
const _eCD = "eksClusterDetails";
const _eCDc = "ecsClusterDetails";
const _eCc = "ecsCluster";
const _eCk = "eksCluster";
const _eCv = "eventCount";
const _eD = "errorDetails";
const _eF = "ecsFargate";
const _eFS = "eventFirstSeen";
const _eI = "ec2Instance";
const _eID = "ec2InstanceDetails";
const _eIDc = "ec2ImageDetails";
const _eIU = "ec2InstanceUids";
const _eIc = "ec2Image";
const _eIn = "endpointIds";
const _eKA = "encryptionKeyArn";
const _eLS = "eventLastSeen";
const _eLT = "ec2LaunchTemplate";
const _eNI = "ec2NetworkInterface";
const _eNIU = "ec2NetworkInterfaceUids";
const _eP = "executablePath";
const _ePf = "effectivePermission";
const _eS = "engineSources";
const _eSD = "ebsSnapshotDetails";
const _eSP = "ebsSnapshotPreservation";
const _eSb = "ebsSnapshot";
const _eSx = "executableSha256";
const _eT = "endTime";
const _eTa = "eTag";
const _eTc = "ecsTask";
const _eTn = "encryptionType";
const _eV = "equalsValue";
const _eVD = "ebsVolumeDetails";
const _eVSD = "ebsVolumeScanDetails";
const _eVb = "ebsVolumes";
const _eVbs = "ebsVolume";
const _eVc = "ec2Vpc";
const _eVn = "engineVersion";
const _eVx = "exposureVector";
const _ec = "ec2";
const _ek = "eks";
const _em = "email";
const _en = "enable";
const _end = "endpoints";
const _eng = "engine";
const _enr = "enrichment";
const _eq = "eq";
const _equ = "equals";
const _eu = "euid";
const _ev = "evidence";
const _ex = "expression";
const _exc = "exclude";
const _exp = "exposure";
const _f = "features";
const _fA = "functionArn";
const _fC = "findingCount";
const _fCi = "filterCriterion";
const _fCil = "filterCondition";
const _fCile = "fileCount";
const _fCilt = "filterCriteria";
const _fCin = "findingCriteria";
const _fD = "fargateDetails";
const _fDS = "foundationalDataSources";
const _fDi = "findingDetail";
const _fDu = "fullDescription";
const _fFC = "failedFileCount";
const _fI = "findingIds";
const _fIi = "findingId";
const _fL = "flowLogs";
const _fLA = "failedLoginAttempts";
const _fN = "functionName";
const _fNe = "featureName";
const _fNi = "filterNames";
const _fNil = "fileName";
const _fO = "fileOperation";
const _fP = "filePath";
const _fPF = "findingPublishingFrequency";
const _fPi = "filePaths";
const _fR = "failureReason";
const _fRC = "failedResourcesCount";
const _fS = "findingsSummary";
const _fSA = "firstSeenAt";
const _fST = "findingStatisticTypes";
const _fSTi = "fileSystemType";
const _fSi = "findingStatistics";
const _fSil = "filesScanned";
const _fSin = "findingSubtype";
const _fT = "findingType";
const _fTD = "findingTimeDisposition";
const _fTDR = "freeTrialDaysRemaining";
const _fTe = "fetchType";
const _fTi = "findingTypes";
const _fV = "functionVersion";
const _fe = "feature";
const _fee = "feedback";
const _fet = "fetch";
const _fi = "findings";
const _fie = "field";
const _fil = "filters";
const _file = "files";
const _fl = "flags";
const _fo = "format";
const _g = "guardrails";
const _gA = "guardrailArn";
const _gAr = "grantedAccess";
const _gAu = "guardrailAction";
const _gB = "groupBy";
const _gBA = "groupedByAccount";
const _gBD = "groupedByDate";
const _gBFT = "groupedByFindingType";
const _gBR = "groupedByResource";
const _gBS = "groupedBySeverity";
const _gDFI = "guardDutyFindingId";
const _gI = "groupId";
const _gL = "geoLocation";
const _gN = "groupName";
const _gS = "guardrailSource";
const _gSi = "gigabytesScanned";
const _gT = "greaterThan";
const _gTOE = "greaterThanOrEqual";
const _gV = "guardrailVersion";
const _gr = "group";
const _gra = "granularity";
const _gro = "groups";
const _gt = "gt";
const _gte = "gte";
const _h = "hash";
const _hE = "httpError";
const _hIPC = "hostIPC";
const _hN = "hostNetwork";
const _hP = "hostPath";
const _hPID = "hostPID";
const _hQ = "httpQuery";
const _hS = "highestSeverity";
const _hSTD = "highestSeverityThreatDetails";
const _hSTN = "highestSeverityThreatName";
const _hi = "high";
const _ht = "http";
const _i = "identifier";
const _iA = "invitedAt";
const _iAA = "ipAccountActivity";
const _iAI = "includeAccountIds";
const _iAV = "ipAddressV4";
const _iAVp = "ipAddressV6";
const _iAm = "imageArn";
const _iAn = "instanceArn";
const _iAp = "ipv6Addresses";
const _iC = "invitationsCount";
const _iCt = "itemCount";
const _iD = "imageDescription";
const _iDn = "instanceDetails";
const _iDt = "itemDetails";
const _iFC = "infectedFileCount";
const _iI = "invitationId";
const _iIP = "iamInstanceProfile";
const _iIm = "imageId";
const _iIn = "instanceId";
const _iInv = "investigationId";
const _iIt = "itemIds";
const _iP = "imagePrefix";
const _iPA = "ignorePublicAcls";
const _iPN = "ianaProtocolNumber";
const _iPt = "itemPath";
const _iPte = "itemPaths";
const _iR = "ipReputation";
const _iS = "instanceState";
const _iSD = "incrementalScanDetails";
const _iSI = "ipSetId";
const _iSIp = "ipSetIds";
const _iT = "instanceType";
const _iTd = "idempotencyToken";
const _iTn = "indicatorType";
const _iTnv = "investigationType";
const _iU = "imageUid";
const _iUm = "impersonatedUser";
const _id = "id";
const _im = "image";
const _in = "indicators";
const _inc = "include";
const _ind = "indicator";
const _inf = "info";
const _inv = "investigation";
const _inve = "investigations";
const _invi = "invitations";
const _ip = "ip";
const _is = "issue";
const _isp = "isp";
const _iss = "issues";
const _issu = "issuer";
const _jN = "jsonName";
const _k = "kubernetes";
const _kA = "kubernetesActivity";
const _kACA = "kubernetesApiCallAction";
const _kD = "kubernetesDetails";
const _kKA = "kmsKeyArn";
const _kMKA = "kmsMasterKeyArn";
const _kO = "keyObservation";
const _kOe = "keyObservations";
const _kPCD = "kubernetesPermissionCheckedDetails";
const _kPV = "kubernetesPolicyViolation";
const _kRBD = "kubernetesRoleBindingDetails";
const _kRD = "kubernetesRoleDetails";
const _kUD = "kubernetesUserDetails";
const _kW = "kubernetesWorkload";
const _kWD = "kubernetesWorkloadDetails";
const _ke = "key";
const _ki = "kind";
const _l = "lt";
const _lA = "launchedAt";
const _lC = "loginCount";
const _lD = "lambdaDetails";
const _lF = "lambdaFunction";
const _lGA = "lastGeneratedAt";
const _lID = "localIpDetails";
const _lMA = "lastModifiedAt";
const _lML = "learnMoreLinks";
const _lNI = "localNetworkInterface";
const _lP = "libraryPath";
const _lPD = "localPortDetails";
const _lPV = "ldPreloadValue";
const _lSA = "lastSeenAt";
const _lT = "lessThan";
const _lTOE = "lessThanOrEqual";
const _lTa = "launchType";
const _lTau = "launchTime";
const _la = "lat";
const _lan = "language";
const _li = "lineage";
const _lo = "location";
const _lon = "lon";
const _low = "low";
const _lt = "lte";
const _m = "message";
const _mA = "modifiedAt";
const _mAC = "memberAccountsCount";
const _mALR = "memberAccountLimitReached";
const _mAV = "minAgentVersion";
const _mB = "managedBy";
const _mD = "modelDetails";
const _mE = "mapEquals";
const _mFP = "moduleFilePath";
const _mI = "masterId";
const _mIi = "misconfigurationImpact";
const _mIo = "modelId";
const _mN = "moduleName";
const _mP = "malwareProtection";
const _mPP = "malwareProtectionPlans";
const _mPPI = "malwareProtectionPlanId";
const _mPo = "modifyingProcess";
const _mPou = "mountPath";
const _mR = "maxResults";
const _mRe = "memoryRegions";
const _mS = "malwareScan";
const _mSD = "malwareScanDetails";
const _mSf = "mfaStatus";
const _mSo = "mountSource";
const _mSod = "moduleSha256";
const _mT = "managementType";
const _mTo = "mountTarget";
const _ma = "matches";
const _mas = "master";
const _me = "members";
const _med = "medium";
const _met = "metadata";
const _meth = "method";
const _mi = "mitigates";
const _mo = "mode";
const _n = "name";
const _nA = "networkActivity";
const _nCA = "networkConnectionAction";
const _nE = "notEquals";
const _nI = "networkInterfaces";
const _nII = "networkInterfaceId";
const _nIP = "nestedItemPath";
const _nM = "notMatches";
const _nP = "namespacePid";
const _nSA = "nonS3Activity";
const _nT = "nextToken";
const _na = "narrative";
const _nam = "namespace";
const _ne = "neq";
const _nu = "number";
const _o = "observations";
const _oA = "outpostArn";
const _oAb = "objectArn";
const _oAn = "onlyAssociated";
const _oAr = "organizationAnalysis";
const _oB = "orderBy";
const _oD = "otherDomains";
const _oDr = "organizationDetails";
const _oI = "ownerId";
const _oP = "objectPrefixes";
const _oS = "organizationStatistics";
const _oSA = "otherS3Activity";
const _oT = "observationType";
const _ob = "observed";
const _obs = "observation";
const _op = "operation";
const _or = "org";
const _org = "organization";
const _ou = "outcome";
const _ow = "owner";
const _p = "process";
const _pA = "publicAccess";
const _pAA = "publicAclAccess";
const _pAD = "profileAgeDays";
const _pAIB = "publicAclIgnoreBehavior";
const _pBRB = "publicBucketRestrictBehavior";
const _pC = "productCodes";
const _pCI = "productCodeId";
const _pCT = "productCodeType";
const _pCe = "permissionConfiguration";
const _pCo = "portCount";
const _pDN = "privateDnsName";
const _pDNu = "publicDnsName";
const _pFST = "publishingFailureStartTimestamp";
const _pI = "principalId";
const _pIA = "privateIpAddresses";
const _pIAr = "privateIpAddress";
const _pIu = "publicIp";
const _pN = "portName";
const _pP = "protectionPlans";
const _pPA = "portProbeAction";
const _pPAu = "publicPolicyAccess";
const _pPD = "portProbeDetails";
const _pR = "protectedResource";
const _pRA = "publicReadAccess";
const _pS = "profileSubtype";
const _pT = "profileType";
const _pU = "parentUuid";
const _pUo = "portsUsed";
const _pWA = "publicWriteAccess";
const _pa = "path";
const _par = "partition";
const _para = "parameters";
const _pe = "percentage";
const _ph = "phase";
const _pi = "pid";
const _pl = "platforms";
const _pla = "platform";
const _po = "port";
const _por = "ports";
const _pr = "processes";
const _pri = "priority";
const _priv = "privileged";
const _pro = "profiles";
const _prod = "product";
const _prot = "protocol";
const _prov = "provider";
const _pw = "pwd";
const _q = "query";
const _qTW = "queryTimeWindow";
const _r = "region";
const _rA = "ruleAssociation";
const _rAD = "remoteAccountDetails";
const _rAP = "releaseAgentPath";
const _rAe = "resourceArn";
const _rAes = "resetAttempts";
const _rAu = "ruleAssociations";
const _rBP = "runcBinaryPath";
const _rC = "requestCount";
const _rCIC = "registeredContainerInstancesCount";
const _rCPA = "rdsControlPlaneActivity";
const _rCe = "reputationComparison";
const _rD = "resourceDetails";
const _rDI = "rdsDbInstance";
const _rDID = "rdsDbInstanceDetails";
const _rDU = "rdsDbUser";
const _rDUD = "rdsDbUserDetails";
const _rDu = "runtimeDetails";
const _rF = "relatedFindings";
const _rFP = "relatedFilePaths";
const _rH = "resolverHistory";
const _rI = "ruleId";
const _rID = "remoteIpDetails";
const _rIe = "resourceId";
const _rIec = "recordId";
const _rIes = "resourceIdentifier";
const _rIev = "revisionId";
const _rL = "rowLimit";
const _rLA = "rdsLoginActivity";
const _rLAA = "rdsLoginAttemptAction";
const _rLDD = "rdsLimitlessDbDetails";
const _rLi = "riskLevel";
const _rMD = "runtimeMonitoringDetails";
const _rN = "resourceName";
const _rP = "remotePort";
const _rPA = "recoveryPointArn";
const _rPB = "restrictPublicBuckets";
const _rPD = "remotePortDetails";
const _rPDe = "recoveryPointDetails";
const _rPe = "resolverPort";
const _rPec = "recoveryPoint";
const _rR = "riskRationale";
const _rRK = "roleRefKind";
const _rRN = "roleRefName";
const _rRe = "remoteRegion";
const _rRep = "representativeResources";
const _rRes = "resetRatio";
const _rReso = "resourceRole";
const _rS = "relationshipStatus";
const _rSe = "remoteService";
const _rSu = "runtimeSignals";
const _rT = "resourceType";
const _rTC = "runningTasksCount";
const _rTe = "recordTypes";
const _rU = "requestUri";
const _rUe = "resourceUids";
const _ra = "rank";
const _rat = "rate";
const _rati = "rationale";
const _re = "resources";
const _rea = "reason";
const _rec = "recommendations";
const _reco = "records";
const _rem = "remediation";
const _rep = "reputation";
const _res = "result";
const _reso = "resource";
const _ri = "risk";
const _ro = "role";
const _ru = "rule";
const _rul = "rules";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.guardduty";
const _sA = "s3Analysis";
const _sAA = "s3ApiActivity";
const _sAN = "serviceAccountName";
const _sAc = "s3Activity";
const _sAe = "sessionAssessment";
const _sAn = "snapshotArn";
const _sAt = "startedAt";
const _sAu = "suspiciousAttempts";
const _sB = "sharedBehaviors";
const _sBA = "sumByAccount";
const _sBD = "s3BucketDetails";
const _sBDS = "sumByDataSource";
const _sBF = "sumByFeature";
const _sBR = "sumByResource";
const _sBe = "severityBreakdown";
const _sBt = "startedBy";
const _sBu = "s3Bucket";
const _sC = "securityContext";
const _sCA = "scanCompletedAt";
const _sCc = "scanConfiguration";
const _sCca = "scanCategory";
const _sCo = "sortCriteria";
const _sCou = "sourceContext";
const _sCt = "statusCode";
const _sD = "scanDetections";
const _sDu = "summaryData";
const _sDup = "supportingData";
const _sEIWF = "scanEc2InstanceWithFindings";
const _sET = "scanEndTime";
const _sF = "summaryFormat";
const _sFC = "skippedFileCount";
const _sFa = "sampleFiles";
const _sG = "securityGroups";
const _sGi = "signalGroups";
const _sHFP = "shellHistoryFilePath";
const _sI = "scanId";
const _sIC = "scannedItemCount";
const _sIP = "sourceIPs";
const _sIe = "sequenceIndicators";
const _sIi = "signalIndicators";
const _sIo = "sourceIp";
const _sIu = "subnetId";
const _sIub = "subnetIds";
const _sL = "s3Logs";
const _sLA = "successfulLoginAttempts";
const _sM = "severityMax";
const _sN = "serviceName";
const _sNI = "subNetId";
const _sNe = "sessionName";
const _sO = "s3Object";
const _sOD = "s3ObjectDetails";
const _sOU = "s3ObjectUids";
const _sP = "scriptPath";
const _sPo = "socketPath";
const _sR = "sharedResources";
const _sRA = "scannedResourceArn";
const _sRC = "scannedResourcesCount";
const _sRCc = "scanResourceCriteria";
const _sRCk = "skippedResourcesCount";
const _sRD = "scanResultDetails";
const _sRS = "scanResultStatus";
const _sRSc = "scannedResourceStatus";
const _sRT = "scannedResourceType";
const _sRc = "scannedResources";
const _sRca = "scanResult";
const _sRe = "serviceRole";
const _sRt = "statusReason";
const _sRta = "statusReasons";
const _sS = "scanStatus";
const _sSA = "scanStartedAt";
const _sSR = "scanStatusReason";
const _sST = "scanStartTime";
const _sT = "startTime";
const _sTc = "scanType";
const _sTt = "statisticsType";
const _sV = "schemaVersion";
const _sVD = "scannedVolumeDetails";
const _sVDk = "skippedVolumeDetails";
const _sc = "scans";
const _sch = "schema";
const _sco = "scope";
const _se = "server";
const _seq = "sequence";
const _ser = "service";
const _ses = "session";
const _sev = "severity";
const _sh = "sha256";
const _sho = "shortened";
const _si = "signals";
const _so = "sources";
const _sou = "source";
const _ss = "ssl";
const _st = "status";
const _su = "summary";
const _sub = "subresource";
const _subj = "subject";
const _t = "type";
const _tA = "threatAssessment";
const _tABF = "topAccountsByFeature";
const _tAC = "totalAccountCount";
const _tACo = "totalAccountsCount";
const _tAP = "threatActorProfile";
const _tAo = "totalAttempts";
const _tB = "totalBytes";
const _tBr = "triggeredBy";
const _tC = "tacticCoverage";
const _tCh = "threatConfidence";
const _tCo = "totalCount";
const _tCoo = "toolCategory";
const _tD = "taskDetails";
const _tDA = "taskDefinitionArn";
const _tDBN = "threatDetectedByName";
const _tDIC = "threatsDetectedItemCount";
const _tDr = "triggerDetails";
const _tESI = "threatEntitySetId";
const _tESIh = "threatEntitySetIds";
const _tESIr = "trustedEntitySetId";
const _tESIru = "trustedEntitySetIds";
const _tF = "totalFindings";
const _tFC = "totalFileCount";
const _tFFC = "threatFoundFileCount";
const _tFI = "triggerFindingId";
const _tFP = "threatFilePath";
const _tFS = "threatFileSha256";
const _tFT = "topFindingTypes";
const _tG = "totalGb";
const _tHC = "targetHostCount";
const _tID = "threatIntelligenceDetails";
const _tII = "totalInfectedItems";
const _tISI = "threatIntelSetId";
const _tISIh = "threatIntelSetIds";
const _tK = "tagKeys";
const _tLN = "threatListName";
const _tMA = "totalMemberAccounts";
const _tN = "threatName";
const _tNh = "threatNames";
const _tNo = "toolName";
const _tP = "triggerPrompt";
const _tPa = "targetPort";
const _tPar = "targetProcess";
const _tPr = "trainingPeriod";
const _tR = "topResources";
const _tT = "triggerType";
const _tTM = "totalTimeMilliseconds";
const _tW = "timeWindow";
const _ta = "tactic";
const _tag = "tags";
const _tagg = "tagging";
const _te = "technique";
const _tec = "techniques";
const _tex = "text";
const _th = "threats";
const _ti = "title";
const _to = "total";
const _tr = "trend";
const _tra = "traffic";
const _u = "uid";
const _uA = "userAgent";
const _uAC = "userAgentClassification";
const _uAn = "unprocessedAccounts";
const _uAp = "updatedAt";
const _uB = "unusualBehavior";
const _uC = "unarchivedCount";
const _uCs = "usageCriteria";
const _uDS = "unprocessedDataSources";
const _uF = "userFeedback";
const _uG = "userGroups";
const _uI = "userId";
const _uN = "userName";
const _uP = "unarchivedPercentage";
const _uS = "usageStatistics";
const _uST = "usageStatisticsType";
const _uT = "userType";
const _uTC = "uniqueThreatCount";
const _uTNC = "uniqueThreatNameCount";
const _un = "unusual";
const _uni = "unit";
const _us = "user";
const _use = "username";
const _uu = "uuid";
const _v = "version";
const _vA = "volumeArn";
const _vC = "vpcConfig";
const _vCS = "vpcConfigurationSummary";
const _vI = "versionId";
const _vIp = "vpcId";
const _vM = "volumeMounts";
const _vOAI = "vpcOwnerAccountId";
const _vS = "volumesScanned";
const _vSIGB = "volumeSizeInGB";
const _vT = "violationType";
const _vTo = "volumeType";
const _va = "values";
const _val = "value";
const _ve = "verdict";
const _ver = "verb";
const _vo = "volumes";
const _w = "workload";
const _wN = "workloadName";
const _wT = "workloadType";
const n0 = "com.amazonaws.guardduty";



const _s_registry = new schema.TypeRegistry(_s);
var GuardDutyServiceException$ = [-3, _s, "GuardDutyServiceException", 0, [], []];
_s_registry.registerError(GuardDutyServiceException$, GuardDutyServiceException);
const n0_registry = new schema.TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_M, _T],
    [[0, { [_jN]: _m }], [0, { [_jN]: _t }]]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var BadRequestException$ = [-3, n0, _BRE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _T],
    [[0, { [_jN]: _m }], [0, { [_jN]: _t }]]
];
n0_registry.registerError(BadRequestException$, BadRequestException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_M, _T],
    [[0, { [_jN]: _m }], [0, { [_jN]: _t }]]
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerErrorException$ = [-3, n0, _ISEE,
    { [_e]: _se, [_hE]: 500 },
    [_M, _T],
    [[0, { [_jN]: _m }], [0, { [_jN]: _t }]]
];
n0_registry.registerError(InternalServerErrorException$, InternalServerErrorException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M, _T],
    [[0, { [_jN]: _m }], [0, { [_jN]: _t }]]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var Email = [0, n0, _E, 8, 0];
var IndicatorValue = [0, n0, _IV, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var AcceptAdministratorInvitationRequest$ = [3, n0, _AAIR,
    0,
    [_DI, _AI, _II],
    [[0, 1], [0, { [_jN]: _aI }], [0, { [_jN]: _iI }]], 3
];
var AcceptAdministratorInvitationResponse$ = [3, n0, _AAIRc,
    0,
    [],
    []
];
var AcceptInvitationRequest$ = [3, n0, _AIR,
    0,
    [_DI, _MI, _II],
    [[0, 1], [0, { [_jN]: _mI }], [0, { [_jN]: _iI }]], 3
];
var AcceptInvitationResponse$ = [3, n0, _AIRc,
    0,
    [],
    []
];
var AccessControlList$ = [3, n0, _ACL,
    0,
    [_APRA, _APWA],
    [[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
];
var AccessKey$ = [3, n0, _AK,
    0,
    [_PI, _UN, _UT],
    [[0, { [_jN]: _pI }], [0, { [_jN]: _uN }], [0, { [_jN]: _uT }]]
];
var AccessKeyDetails$ = [3, n0, _AKD,
    0,
    [_AKI, _PI, _UN, _UT],
    [[0, { [_jN]: _aKI }], [0, { [_jN]: _pI }], [0, { [_jN]: _uN }], [0, { [_jN]: _uT }]]
];
var Account$ = [3, n0, _A,
    0,
    [_U, _N],
    [[0, { [_jN]: _u }], [0, { [_jN]: _a }]], 1
];
var AccountAffectedResource$ = [3, n0, _AAR,
    0,
    [_I, _T, _FC],
    [[0, { [_jN]: _i }], [0, { [_jN]: _t }], [1, { [_jN]: _fC }]]
];
var AccountAnalysis$ = [3, n0, _AA,
    0,
    [_FS, _TC, _AR],
    [[() => FindingsSummary$, { [_jN]: _fS }], [() => TacticCoverages, { [_jN]: _tC }], [() => AccountAffectedResources, { [_jN]: _aR }]]
];
var AccountDetail$ = [3, n0, _AD,
    0,
    [_AIc, _E],
    [[0, { [_jN]: _aIc }], [() => Email, { [_jN]: _em }]], 2
];
var AccountFreeTrialInfo$ = [3, n0, _AFTI,
    0,
    [_AIc, _DS, _F],
    [[0, { [_jN]: _aIc }], [() => DataSourcesFreeTrial$, { [_jN]: _dS }], [() => FreeTrialFeatureConfigurationsResults, { [_jN]: _f }]]
];
var AccountLevelPermissions$ = [3, n0, _ALP,
    0,
    [_BPA],
    [[() => BlockPublicAccess$, { [_jN]: _bPA }]]
];
var AccountOverview$ = [3, n0, _AO,
    0,
    [_AIc, _AS, _DI, _R, _DAAI, _TMA, _TF, _AAC, _ARc],
    [[0, { [_jN]: _aIc }], [0, { [_jN]: _aS }], [0, { [_jN]: _dI }], [0, { [_jN]: _r }], [0, { [_jN]: _dAAI }], [1, { [_jN]: _tMA }], [1, { [_jN]: _tF }], [1, { [_jN]: _aAC }], [() => MemberAccountRankings, { [_jN]: _aRc }]]
];
var AccountStatistics$ = [3, n0, _ASc,
    0,
    [_AIc, _LGA, _TF],
    [[0, { [_jN]: _aIc }], [4, { [_jN]: _lGA }], [1, { [_jN]: _tF }]]
];
var AccountSummary$ = [3, n0, _AScc,
    0,
    [_AIc, _FC],
    [[0, { [_jN]: _aIc }], [1, { [_jN]: _fC }]]
];
var Action$ = [3, n0, _Ac,
    0,
    [_AT, _AACA, _DRA, _NCA, _PPA, _KACA, _KPCD, _KRBD, _KRD, _RLAA],
    [[0, { [_jN]: _aT }], [() => AwsApiCallAction$, { [_jN]: _aACA }], [() => DnsRequestAction$, { [_jN]: _dRA }], [() => NetworkConnectionAction$, { [_jN]: _nCA }], [() => PortProbeAction$, { [_jN]: _pPA }], [() => KubernetesApiCallAction$, { [_jN]: _kACA }], [() => KubernetesPermissionCheckedDetails$, { [_jN]: _kPCD }], [() => KubernetesRoleBindingDetails$, { [_jN]: _kRBD }], [() => KubernetesRoleDetails$, { [_jN]: _kRD }], [() => RdsLoginAttemptAction$, { [_jN]: _rLAA }]]
];
var Activity$ = [3, n0, _Act,
    0,
    [_T, _Ap],
    [[0, { [_jN]: _t }], [() => ApiCall$, { [_jN]: _ap }]], 1
];
var ActivityWindow$ = [3, n0, _AW,
    0,
    [_FSA, _LSA],
    [[4, { [_jN]: _fSA }], [4, { [_jN]: _lSA }]]
];
var Actor$ = [3, n0, _Acto,
    0,
    [_Id, _Us, _S, _P],
    [[0, { [_jN]: _id }], [() => User$, { [_jN]: _us }], [() => Session$, { [_jN]: _ses }], [() => ActorProcess$, { [_jN]: _p }]], 1
];
var ActorProcess$ = [3, n0, _AP,
    0,
    [_N, _Pa, _Sh],
    [[0, { [_jN]: _n }], [0, { [_jN]: _pa }], [0, { [_jN]: _sh }]], 2
];
var AdditionalInfo$ = [3, n0, _AId,
    0,
    [_VI, _DN],
    [[0, { [_jN]: _vI }], [0, { [_jN]: _dN }]]
];
var AddonDetails$ = [3, n0, _ADd,
    0,
    [_AV, _ASd],
    [[0, { [_jN]: _aV }], [0, { [_jN]: _aSd }]]
];
var AdminAccount$ = [3, n0, _AAd,
    0,
    [_AAI, _ASdm],
    [[0, { [_jN]: _aAI }], [0, { [_jN]: _aSdm }]]
];
var Administrator$ = [3, n0, _Ad,
    0,
    [_AIc, _II, _RS, _IA],
    [[0, { [_jN]: _aIc }], [0, { [_jN]: _iI }], [0, { [_jN]: _rS }], [0, { [_jN]: _iA }]]
];
var AffectedResource$ = [3, n0, _ARf,
    0,
    [_I, _T, _Ar],
    [[0, { [_jN]: _i }], [0, { [_jN]: _t }], [0, { [_jN]: _ar }]]
];
var AgentDetails$ = [3, n0, _ADg,
    0,
    [_V],
    [[0, { [_jN]: _v }]]
];
var AnalysisRecord$ = [3, n0, _ARn,
    0,
    [_ATn, _TA, _KPV, _SA, _Pr, _AA, _In],
    [[0, { [_jN]: _aTn }], [() => InvestigationThreatAssessment$, { [_jN]: _tA }], [() => KubernetesPolicyViolation$, { [_jN]: _kPV }], [() => S3Analysis$, { [_jN]: _sA }], [() => Processes, { [_jN]: _pr }], [() => InvestigationAccountAnalysis$, { [_jN]: _aA }], [() => InvestigationIndicators, { [_jN]: _in }]], 1
];
var Anomaly$ = [3, n0, _An,
    0,
    [_Pro, _Un],
    [[() => AnomalyProfiles, { [_jN]: _pro }], [() => AnomalyUnusual$, { [_jN]: _un }]]
];
var AnomalyObject$ = [3, n0, _AOn,
    0,
    [_PT, _PS, _O],
    [[0, { [_jN]: _pT }], [0, { [_jN]: _pS }], [() => Observations$, { [_jN]: _o }]]
];
var AnomalyUnusual$ = [3, n0, _AU,
    0,
    [_B],
    [[() => Behavior, { [_jN]: _b }]]
];
var ApiCall$ = [3, n0, _AC,
    0,
    [_Op, _Se, _Er, _UA],
    [[0, { [_jN]: _op }], [0, { [_jN]: _ser }], [0, { [_jN]: _e }], [0, { [_jN]: _uA }]]
];
var ArchiveDistribution$ = [3, n0, _ADr,
    0,
    [_ACr, _UC, _APr, _UP],
    [[1, { [_jN]: _aC }], [1, { [_jN]: _uC }], [1, { [_jN]: _aP }], [1, { [_jN]: _uP }]]
];
var ArchiveFindingsRequest$ = [3, n0, _AFR,
    0,
    [_DI, _FI],
    [[0, 1], [64 | 0, { [_jN]: _fI }]], 2
];
var ArchiveFindingsResponse$ = [3, n0, _AFRr,
    0,
    [],
    []
];
var AssociationDetail$ = [3, n0, _ADs,
    0,
    [_AIs, _Ar, _RI, _AIc, _Mo, _CA, _UAp, _EA],
    [[0, { [_jN]: _aIs }], [0, { [_jN]: _ar }], [0, { [_jN]: _rI }], [0, { [_jN]: _aIc }], [0, { [_jN]: _mo }], [4, { [_jN]: _cA }], [4, { [_jN]: _uAp }], [4, { [_jN]: _eA }]], 7
];
var AssociationSummary$ = [3, n0, _ASs,
    0,
    [_AIs, _Ar, _RI, _Mo, _CA, _UAp, _EA],
    [[0, { [_jN]: _aIs }], [0, { [_jN]: _ar }], [0, { [_jN]: _rI }], [0, { [_jN]: _mo }], [4, { [_jN]: _cA }], [4, { [_jN]: _uAp }], [4, { [_jN]: _eA }]], 6
];
var Attack$ = [3, n0, _At,
    0,
    [_Ta, _Te, _Fi, _V],
    [[() => ThreatReference$, { [_jN]: _ta }], [() => ThreatReference$, { [_jN]: _te }], [() => FindingReferences, { [_jN]: _fi }], [0, { [_jN]: _v }]]
];
var AttackPhase$ = [3, n0, _APt,
    0,
    [_Ph, _D, _Att],
    [[0, { [_jN]: _ph }], [0, { [_jN]: _d }], [() => Attacks, { [_jN]: _at }]]
];
var AutonomousSystem$ = [3, n0, _ASu,
    0,
    [_N, _Nu],
    [[0, { [_jN]: _n }], [1, { [_jN]: _nu }]], 2
];
var AutoscalingAutoScalingGroup$ = [3, n0, _AASG,
    0,
    [_EIU],
    [[64 | 0, { [_jN]: _eIU }]]
];
var AwsApiCallAction$ = [3, n0, _AACA,
    0,
    [_Ap, _CT, _DD, _EC, _UA, _RID, _SN, _RAD, _AR],
    [[0, { [_jN]: _ap }], [0, { [_jN]: _cT }], [() => DomainDetails$, { [_jN]: _dD }], [0, { [_jN]: _eC }], [0, { [_jN]: _uA }], [() => RemoteIpDetails$, { [_jN]: _rID }], [0, { [_jN]: _sN }], [() => RemoteAccountDetails$, { [_jN]: _rAD }], [128 | 0, { [_jN]: _aR }]]
];
var Baseline$ = [3, n0, _Ba,
    0,
    [_TF, _BF, _AF],
    [[1, { [_jN]: _tF }], [() => FindingTypeClassifications, { [_jN]: _bF }], [() => FindingTypeClassifications, { [_jN]: _aF }]]
];
var BedrockGuardrail$ = [3, n0, _BG,
    0,
    [_Ar, _V],
    [[0, { [_jN]: _ar }], [0, { [_jN]: _v }]]
];
var BedrockGuardrailDetails$ = [3, n0, _BGD,
    0,
    [_GA, _GV, _G, _GAu, _GS, _CPF],
    [[0, { [_jN]: _gA }], [0, { [_jN]: _gV }], [() => BedrockGuardrails, { [_jN]: _g }], [0, { [_jN]: _gAu }], [0, { [_jN]: _gS }], [() => ContentPolicyFilters, { [_jN]: _cPF }]]
];
var BedrockGuardrailResource$ = [3, n0, _BGR,
    0,
    [_V, _GAu, _GS],
    [[0, { [_jN]: _v }], [0, { [_jN]: _gAu }], [0, { [_jN]: _gS }]]
];
var BlockPublicAccess$ = [3, n0, _BPA,
    0,
    [_IPA, _RPB, _BPAl, _BPP],
    [[2, { [_jN]: _iPA }], [2, { [_jN]: _rPB }], [2, { [_jN]: _bPAl }], [2, { [_jN]: _bPP }]]
];
var BucketLevelPermissions$ = [3, n0, _BLP,
    0,
    [_ACL, _BP, _BPA],
    [[() => AccessControlList$, { [_jN]: _aCL }], [() => BucketPolicy$, { [_jN]: _bP }], [() => BlockPublicAccess$, { [_jN]: _bPA }]]
];
var BucketPolicy$ = [3, n0, _BP,
    0,
    [_APRA, _APWA],
    [[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
];
var City$ = [3, n0, _C,
    0,
    [_CN],
    [[0, { [_jN]: _cN }]]
];
var CloudDetails$ = [3, n0, _CD,
    0,
    [_Prov, _R, _A],
    [[0, { [_jN]: _prov }], [0, { [_jN]: _r }], [0, { [_jN]: _a }]], 3
];
var CloudformationStack$ = [3, n0, _CS,
    0,
    [_EIU],
    [[64 | 0, { [_jN]: _eIU }]]
];
var CloudTrailConfigurationResult$ = [3, n0, _CTCR,
    0,
    [_St],
    [[0, { [_jN]: _st }]], 1
];
var Condition$ = [3, n0, _Co,
    0,
    [_Eq, _Ne, _Gt, _Gte, _L, _Lt, _Equ, _NE, _GT, _GTOE, _LT, _LTOE, _Ma, _NM],
    [[64 | 0, { [_jN]: _eq }], [64 | 0, { [_jN]: _ne }], [1, { [_jN]: _gt }], [1, { [_jN]: _gte }], [1, { [_jN]: _l }], [1, { [_jN]: _lt }], [64 | 0, { [_jN]: _equ }], [64 | 0, { [_jN]: _nE }], [1, { [_jN]: _gT }], [1, { [_jN]: _gTOE }], [1, { [_jN]: _lT }], [1, { [_jN]: _lTOE }], [64 | 0, { [_jN]: _ma }], [64 | 0, { [_jN]: _nM }]]
];
var Container$ = [3, n0, _Con,
    0,
    [_CR, _Id, _N, _Im, _IP, _VM, _SC],
    [[0, { [_jN]: _cR }], [0, { [_jN]: _id }], [0, { [_jN]: _n }], [0, { [_jN]: _im }], [0, { [_jN]: _iP }], [() => VolumeMounts, { [_jN]: _vM }], [() => SecurityContext$, { [_jN]: _sC }]]
];
var ContainerFindingResource$ = [3, n0, _CFR,
    0,
    [_Im, _IU],
    [[0, { [_jN]: _im }], [0, { [_jN]: _iU }]], 1
];
var ContainerInstanceDetails$ = [3, n0, _CID,
    0,
    [_CCI, _CCIo],
    [[1, { [_jN]: _cCI }], [1, { [_jN]: _cCIo }]]
];
var ContentPolicyFilter$ = [3, n0, _CPFo,
    0,
    [_T, _Conf, _Ac],
    [[0, { [_jN]: _t }], [0, { [_jN]: _co }], [0, { [_jN]: _ac }]]
];
var ContinuousScanDetails$ = [3, n0, _CSD,
    0,
    [_ET, _ST],
    [[4, { [_jN]: _eT }], [4, { [_jN]: _sT }]], 1
];
var CorrelatedFinding$ = [3, n0, _CF,
    0,
    [_FT, _Cou, _SM, _CRo, _FI, _SR, _SB],
    [[0, { [_jN]: _fT }], [1, { [_jN]: _cou }], [1, { [_jN]: _sM }], [64 | 0, { [_jN]: _cRo }], [64 | 0, { [_jN]: _fI }], [() => SharedResources, { [_jN]: _sR }], [() => SharedBehaviors, { [_jN]: _sB }]]
];
var Countermeasure$ = [3, n0, _Coun,
    0,
    [_DT, _Acti, _D],
    [[0, { [_jN]: _dT }], [() => CountermeasureActions, { [_jN]: _act }], [0, { [_jN]: _d }]]
];
var CountermeasureAction$ = [3, n0, _CAo,
    0,
    [_Ti, _D, _Pri, _DTe, _Mi, _CC, _DIi, _Di, _AR],
    [[0, { [_jN]: _ti }], [0, { [_jN]: _d }], [0, { [_jN]: _pri }], [0, { [_jN]: _dTe }], [64 | 0, { [_jN]: _mi }], [64 | 0, { [_jN]: _cC }], [1, { [_jN]: _dIi }], [0, { [_jN]: _di }], [() => RemediationAffectedResources, { [_jN]: _aR }]]
];
var Country$ = [3, n0, _Count,
    0,
    [_CCo, _CNo],
    [[0, { [_jN]: _cCo }], [0, { [_jN]: _cNo }]]
];
var CoverageEc2InstanceDetails$ = [3, n0, _CEID,
    0,
    [_IIn, _IT, _CAl, _ADg, _MT],
    [[0, { [_jN]: _iIn }], [0, { [_jN]: _iT }], [0, { [_jN]: _cAl }], [() => AgentDetails$, { [_jN]: _aD }], [0, { [_jN]: _mT }]]
];
var CoverageEcsClusterDetails$ = [3, n0, _CECD,
    0,
    [_CNl, _FD, _CID],
    [[0, { [_jN]: _cNl }], [() => FargateDetails$, { [_jN]: _fD }], [() => ContainerInstanceDetails$, { [_jN]: _cID }]]
];
var CoverageEksClusterDetails$ = [3, n0, _CECDo,
    0,
    [_CNl, _CNov, _CNom, _ADd, _MT],
    [[0, { [_jN]: _cNl }], [1, { [_jN]: _cNov }], [1, { [_jN]: _cNom }], [() => AddonDetails$, { [_jN]: _aDd }], [0, { [_jN]: _mT }]]
];
var CoverageFilterCondition$ = [3, n0, _CFC,
    0,
    [_Equ, _NE],
    [[64 | 0, { [_jN]: _equ }], [64 | 0, { [_jN]: _nE }]]
];
var CoverageFilterCriteria$ = [3, n0, _CFCo,
    0,
    [_FCi],
    [[() => CoverageFilterCriterionList, { [_jN]: _fCi }]]
];
var CoverageFilterCriterion$ = [3, n0, _CFCov,
    0,
    [_CK, _FCil],
    [[0, { [_jN]: _cK }], [() => CoverageFilterCondition$, { [_jN]: _fCil }]]
];
var CoverageResource$ = [3, n0, _CRov,
    0,
    [_RIe, _DI, _AIc, _RD, _CSo, _Is, _UAp],
    [[0, { [_jN]: _rIe }], [0, { [_jN]: _dI }], [0, { [_jN]: _aIc }], [() => CoverageResourceDetails$, { [_jN]: _rD }], [0, { [_jN]: _cS }], [0, { [_jN]: _is }], [4, { [_jN]: _uAp }]]
];
var CoverageResourceDetails$ = [3, n0, _CRD,
    0,
    [_ECD, _ECDc, _EID, _RT],
    [[() => CoverageEksClusterDetails$, { [_jN]: _eCD }], [() => CoverageEcsClusterDetails$, { [_jN]: _eCDc }], [() => CoverageEc2InstanceDetails$, { [_jN]: _eID }], [0, { [_jN]: _rT }]]
];
var CoverageSortCriteria$ = [3, n0, _CSC,
    0,
    [_AN, _OB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
var CoverageStatistics$ = [3, n0, _CSov,
    0,
    [_CBRT, _CBCS],
    [[128 | 1, { [_jN]: _cBRT }], [128 | 1, { [_jN]: _cBCS }]]
];
var CreateCustomDetectionRuleAssociationRequest$ = [3, n0, _CCDRAR,
    0,
    [_RI, _Mo, _CTl, _Tag],
    [[0, { [_jN]: _rI }], [0, { [_jN]: _mo }], [0, { [_iTd]: 1, [_jN]: _cTl }], [128 | 0, { [_jN]: _tag }]], 2
];
var CreateCustomDetectionRuleAssociationResponse$ = [3, n0, _CCDRARr,
    0,
    [_RA],
    [[() => AssociationDetail$, { [_jN]: _rA }]], 1
];
var CreateCustomDetectionRuleOrgConfigurationRequest$ = [3, n0, _CCDROCR,
    0,
    [_RI, _Mo, _IAI, _EAI, _CTl],
    [[0, { [_jN]: _rI }], [0, { [_jN]: _mo }], [64 | 0, { [_jN]: _iAI }], [64 | 0, { [_jN]: _eAI }], [0, { [_iTd]: 1, [_jN]: _cTl }]], 2
];
var CreateCustomDetectionRuleOrgConfigurationResponse$ = [3, n0, _CCDROCRr,
    0,
    [],
    []
];
var CreateDetectorRequest$ = [3, n0, _CDR,
    0,
    [_En, _CTl, _FPF, _DS, _Tag, _F],
    [[2, { [_jN]: _en }], [0, { [_iTd]: 1, [_jN]: _cTl }], [0, { [_jN]: _fPF }], [() => DataSourceConfigurations$, { [_jN]: _dS }], [128 | 0, { [_jN]: _tag }], [() => DetectorFeatureConfigurations, { [_jN]: _f }]], 1
];
var CreateDetectorResponse$ = [3, n0, _CDRr,
    0,
    [_DI, _UDS],
    [[0, { [_jN]: _dI }], [() => UnprocessedDataSourcesResult$, { [_jN]: _uDS }]]
];
var CreateFilterRequest$ = [3, n0, _CFRr,
    0,
    [_DI, _N, _FCin, _D, _Ac, _Ra, _CTl, _Tag],
    [[0, 1], [0, { [_jN]: _n }], [() => FindingCriteria$, { [_jN]: _fCin }], [0, { [_jN]: _d }], [0, { [_jN]: _ac }], [1, { [_jN]: _ra }], [0, { [_iTd]: 1, [_jN]: _cTl }], [128 | 0, { [_jN]: _tag }]], 3
];
var CreateFilterResponse$ = [3, n0, _CFRre,
    0,
    [_N],
    [[0, { [_jN]: _n }]], 1
];
var CreateInvestigationRequest$ = [3, n0, _CIR,
    0,
    [_DI, _TP, _CTl],
    [[0, 1], [0, { [_jN]: _tP }], [0, { [_iTd]: 1, [_jN]: _cTl }]], 2
];
var CreateInvestigationResponse$ = [3, n0, _CIRr,
    0,
    [_IInv],
    [[0, { [_jN]: _iInv }]], 1
];
var CreateIPSetRequest$ = [3, n0, _CIPSR,
    0,
    [_DI, _N, _Fo, _Lo, _Activ, _CTl, _Tag, _EBO],
    [[0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _fo }], [0, { [_jN]: _lo }], [2, { [_jN]: _acti }], [0, { [_iTd]: 1, [_jN]: _cTl }], [128 | 0, { [_jN]: _tag }], [0, { [_jN]: _eBO }]], 5
];
var CreateIPSetResponse$ = [3, n0, _CIPSRr,
    0,
    [_ISI],
    [[0, { [_jN]: _iSI }]], 1
];
var CreateMalwareProtectionPlanRequest$ = [3, n0, _CMPPR,
    0,
    [_Ro, _PR, _CTl, _Acti, _Tag],
    [[0, { [_jN]: _ro }], [() => CreateProtectedResource$, { [_jN]: _pR }], [0, { [_iTd]: 1, [_jN]: _cTl }], [() => MalwareProtectionPlanActions$, { [_jN]: _act }], [128 | 0, { [_jN]: _tag }]], 2
];
var CreateMalwareProtectionPlanResponse$ = [3, n0, _CMPPRr,
    0,
    [_MPPI],
    [[0, { [_jN]: _mPPI }]]
];
var CreateMembersRequest$ = [3, n0, _CMR,
    0,
    [_DI, _ADc],
    [[0, 1], [() => AccountDetails, { [_jN]: _aDc }]], 2
];
var CreateMembersResponse$ = [3, n0, _CMRr,
    0,
    [_UAn],
    [[() => UnprocessedAccounts, { [_jN]: _uAn }]], 1
];
var CreateProtectedResource$ = [3, n0, _CPR,
    0,
    [_SBu],
    [[() => CreateS3BucketResource$, { [_jN]: _sBu }]]
];
var CreatePublishingDestinationRequest$ = [3, n0, _CPDR,
    0,
    [_DI, _DTes, _DP, _CTl, _Tag],
    [[0, 1], [0, { [_jN]: _dTes }], [() => DestinationProperties$, { [_jN]: _dP }], [0, { [_iTd]: 1, [_jN]: _cTl }], [128 | 0, { [_jN]: _tag }]], 3
];
var CreatePublishingDestinationResponse$ = [3, n0, _CPDRr,
    0,
    [_DIe],
    [[0, { [_jN]: _dIe }]], 1
];
var CreateS3BucketResource$ = [3, n0, _CSBR,
    0,
    [_BN, _OP],
    [[0, { [_jN]: _bN }], [64 | 0, { [_jN]: _oP }]]
];
var CreateSampleFindingsRequest$ = [3, n0, _CSFR,
    0,
    [_DI, _FTi],
    [[0, 1], [64 | 0, { [_jN]: _fTi }]], 1
];
var CreateSampleFindingsResponse$ = [3, n0, _CSFRr,
    0,
    [],
    []
];
var CreateThreatEntitySetRequest$ = [3, n0, _CTESR,
    0,
    [_DI, _N, _Fo, _Lo, _Activ, _EBO, _CTl, _Tag],
    [[0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _fo }], [0, { [_jN]: _lo }], [2, { [_jN]: _acti }], [0, { [_jN]: _eBO }], [0, { [_iTd]: 1, [_jN]: _cTl }], [128 | 0, { [_jN]: _tag }]], 5
];
var CreateThreatEntitySetResponse$ = [3, n0, _CTESRr,
    0,
    [_TESI],
    [[0, { [_jN]: _tESI }]], 1
];
var CreateThreatIntelSetRequest$ = [3, n0, _CTISR,
    0,
    [_DI, _N, _Fo, _Lo, _Activ, _CTl, _Tag, _EBO],
    [[0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _fo }], [0, { [_jN]: _lo }], [2, { [_jN]: _acti }], [0, { [_iTd]: 1, [_jN]: _cTl }], [128 | 0, { [_jN]: _tag }], [0, { [_jN]: _eBO }]], 5
];
var CreateThreatIntelSetResponse$ = [3, n0, _CTISRr,
    0,
    [_TISI],
    [[0, { [_jN]: _tISI }]], 1
];
var CreateTrustedEntitySetRequest$ = [3, n0, _CTESRre,
    0,
    [_DI, _N, _Fo, _Lo, _Activ, _EBO, _CTl, _Tag],
    [[0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _fo }], [0, { [_jN]: _lo }], [2, { [_jN]: _acti }], [0, { [_jN]: _eBO }], [0, { [_iTd]: 1, [_jN]: _cTl }], [128 | 0, { [_jN]: _tag }]], 5
];
var CreateTrustedEntitySetResponse$ = [3, n0, _CTESRrea,
    0,
    [_TESIr],
    [[0, { [_jN]: _tESIr }]], 1
];
var DataSourceConfigurations$ = [3, n0, _DSC,
    0,
    [_SL, _K, _MP],
    [[() => S3LogsConfiguration$, { [_jN]: _sL }], [() => KubernetesConfiguration$, { [_jN]: _k }], [() => MalwareProtectionConfiguration$, { [_jN]: _mP }]]
];
var DataSourceConfigurationsResult$ = [3, n0, _DSCR,
    0,
    [_CTlo, _DNSL, _FL, _SL, _K, _MP],
    [[() => CloudTrailConfigurationResult$, { [_jN]: _cTlo }], [() => DNSLogsConfigurationResult$, { [_jN]: _dL }], [() => FlowLogsConfigurationResult$, { [_jN]: _fL }], [() => S3LogsConfigurationResult$, { [_jN]: _sL }], [() => KubernetesConfigurationResult$, { [_jN]: _k }], [() => MalwareProtectionConfigurationResult$, { [_jN]: _mP }]], 4
];
var DataSourceFreeTrial$ = [3, n0, _DSFT,
    0,
    [_FTDR],
    [[1, { [_jN]: _fTDR }]]
];
var DataSourcesFreeTrial$ = [3, n0, _DSFTa,
    0,
    [_CTlo, _DL, _FL, _SL, _K, _MP],
    [[() => DataSourceFreeTrial$, { [_jN]: _cTlo }], [() => DataSourceFreeTrial$, { [_jN]: _dL }], [() => DataSourceFreeTrial$, { [_jN]: _fL }], [() => DataSourceFreeTrial$, { [_jN]: _sL }], [() => KubernetesDataSourceFreeTrial$, { [_jN]: _k }], [() => MalwareProtectionDataSourceFreeTrial$, { [_jN]: _mP }]]
];
var DateStatistics$ = [3, n0, _DSa,
    0,
    [_Da, _LGA, _Sev, _TF],
    [[4, { [_jN]: _da }], [4, { [_jN]: _lGA }], [1, { [_jN]: _sev }], [1, { [_jN]: _tF }]]
];
var DeclineInvitationsRequest$ = [3, n0, _DIR,
    0,
    [_AIcc],
    [[64 | 0, { [_jN]: _aIcc }]], 1
];
var DeclineInvitationsResponse$ = [3, n0, _DIRe,
    0,
    [_UAn],
    [[() => UnprocessedAccounts, { [_jN]: _uAn }]], 1
];
var DefaultServerSideEncryption$ = [3, n0, _DSSE,
    0,
    [_ETn, _KMKA],
    [[0, { [_jN]: _eTn }], [0, { [_jN]: _kMKA }]]
];
var DeleteCustomDetectionRuleAssociationRequest$ = [3, n0, _DCDRAR,
    0,
    [_RI, _AIs],
    [[0, 1], [0, 1]], 2
];
var DeleteCustomDetectionRuleAssociationResponse$ = [3, n0, _DCDRARe,
    0,
    [],
    []
];
var DeleteCustomDetectionRuleOrgConfigurationRequest$ = [3, n0, _DCDROCR,
    0,
    [_RI, _Mo],
    [[0, 1], [0, { [_hQ]: _mo }]], 2
];
var DeleteCustomDetectionRuleOrgConfigurationResponse$ = [3, n0, _DCDROCRe,
    0,
    [],
    []
];
var DeleteDetectorRequest$ = [3, n0, _DDR,
    0,
    [_DI],
    [[0, 1]], 1
];
var DeleteDetectorResponse$ = [3, n0, _DDRe,
    0,
    [],
    []
];
var DeleteFilterRequest$ = [3, n0, _DFR,
    0,
    [_DI, _FN],
    [[0, 1], [0, 1]], 2
];
var DeleteFilterResponse$ = [3, n0, _DFRe,
    0,
    [],
    []
];
var DeleteInvitationsRequest$ = [3, n0, _DIRel,
    0,
    [_AIcc],
    [[64 | 0, { [_jN]: _aIcc }]], 1
];
var DeleteInvitationsResponse$ = [3, n0, _DIRele,
    0,
    [_UAn],
    [[() => UnprocessedAccounts, { [_jN]: _uAn }]], 1
];
var DeleteIPSetRequest$ = [3, n0, _DIPSR,
    0,
    [_DI, _ISI],
    [[0, 1], [0, 1]], 2
];
var DeleteIPSetResponse$ = [3, n0, _DIPSRe,
    0,
    [],
    []
];
var DeleteMalwareProtectionPlanRequest$ = [3, n0, _DMPPR,
    0,
    [_MPPI],
    [[0, 1]], 1
];
var DeleteMembersRequest$ = [3, n0, _DMR,
    0,
    [_DI, _AIcc],
    [[0, 1], [64 | 0, { [_jN]: _aIcc }]], 2
];
var DeleteMembersResponse$ = [3, n0, _DMRe,
    0,
    [_UAn],
    [[() => UnprocessedAccounts, { [_jN]: _uAn }]], 1
];
var DeletePublishingDestinationRequest$ = [3, n0, _DPDR,
    0,
    [_DI, _DIe],
    [[0, 1], [0, 1]], 2
];
var DeletePublishingDestinationResponse$ = [3, n0, _DPDRe,
    0,
    [],
    []
];
var DeleteThreatEntitySetRequest$ = [3, n0, _DTESR,
    0,
    [_DI, _TESI],
    [[0, 1], [0, 1]], 2
];
var DeleteThreatEntitySetResponse$ = [3, n0, _DTESRe,
    0,
    [],
    []
];
var DeleteThreatIntelSetRequest$ = [3, n0, _DTISR,
    0,
    [_DI, _TISI],
    [[0, 1], [0, 1]], 2
];
var DeleteThreatIntelSetResponse$ = [3, n0, _DTISRe,
    0,
    [],
    []
];
var DeleteTrustedEntitySetRequest$ = [3, n0, _DTESRel,
    0,
    [_DI, _TESIr],
    [[0, 1], [0, 1]], 2
];
var DeleteTrustedEntitySetResponse$ = [3, n0, _DTESRele,
    0,
    [],
    []
];
var DescribeMalwareScansRequest$ = [3, n0, _DMSR,
    0,
    [_DI, _NT, _MR, _FCilt, _SCo],
    [[0, 1], [0, { [_jN]: _nT }], [1, { [_jN]: _mR }], [() => FilterCriteria$, { [_jN]: _fCilt }], [() => SortCriteria$, { [_jN]: _sCo }]], 1
];
var DescribeMalwareScansResponse$ = [3, n0, _DMSRe,
    0,
    [_Sc, _NT],
    [[() => Scans, { [_jN]: _sc }], [0, { [_jN]: _nT }]], 1
];
var DescribeOrganizationConfigurationRequest$ = [3, n0, _DOCR,
    0,
    [_DI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var DescribeOrganizationConfigurationResponse$ = [3, n0, _DOCRe,
    0,
    [_MALR, _AE, _DS, _F, _NT, _AEOM],
    [[2, { [_jN]: _mALR }], [2, { [_jN]: _aE }], [() => OrganizationDataSourceConfigurationsResult$, { [_jN]: _dS }], [() => OrganizationFeaturesConfigurationsResults, { [_jN]: _f }], [0, { [_jN]: _nT }], [0, { [_jN]: _aEOM }]], 1
];
var DescribePublishingDestinationRequest$ = [3, n0, _DPDRes,
    0,
    [_DI, _DIe],
    [[0, 1], [0, 1]], 2
];
var DescribePublishingDestinationResponse$ = [3, n0, _DPDResc,
    0,
    [_DIe, _DTes, _St, _PFST, _DP, _Tag],
    [[0, { [_jN]: _dIe }], [0, { [_jN]: _dTes }], [0, { [_jN]: _st }], [1, { [_jN]: _pFST }], [() => DestinationProperties$, { [_jN]: _dP }], [128 | 0, { [_jN]: _tag }]], 5
];
var Destination$ = [3, n0, _De,
    0,
    [_DIe, _DTes, _St],
    [[0, { [_jN]: _dIe }], [0, { [_jN]: _dTes }], [0, { [_jN]: _st }]], 3
];
var DestinationProperties$ = [3, n0, _DP,
    0,
    [_DA, _KKA, _EBO],
    [[0, { [_jN]: _dA }], [0, { [_jN]: _kKA }], [0, { [_jN]: _eBO }]]
];
var Detection$ = [3, n0, _Det,
    0,
    [_An, _Seq],
    [[() => Anomaly$, { [_jN]: _an }], [() => Sequence$, { [_jN]: _seq }]]
];
var DetectionCoverage$ = [3, n0, _DC,
    0,
    [_PP, _FDS, _CG, _KO],
    [[() => ProtectionPlans, { [_jN]: _pP }], [64 | 0, { [_jN]: _fDS }], [0, { [_jN]: _cG }], [0, { [_jN]: _kO }]]
];
var DetectionRuleEc2Requirements$ = [3, n0, _DRER,
    0,
    [_MAV],
    [[0, { [_jN]: _mAV }]]
];
var DetectionRuleEcsFargateRequirements$ = [3, n0, _DREFR,
    0,
    [_MAV],
    [[0, { [_jN]: _mAV }]]
];
var DetectionRuleEksRequirements$ = [3, n0, _DRERe,
    0,
    [_MAV],
    [[0, { [_jN]: _mAV }]]
];
var DetectionRuleFilter$ = [3, n0, _DRF,
    0,
    [_N, _Va, _Co],
    [[0, { [_jN]: _n }], [64 | 0, { [_jN]: _va }], [0, { [_jN]: _con }]], 2
];
var DetectionRuleOrgConfiguration$ = [3, n0, _DROC,
    0,
    [_RI, _Mo, _St, _IAI, _EAI, _CA, _UAp, _SRt, _EA],
    [[0, { [_jN]: _rI }], [0, { [_jN]: _mo }], [0, { [_jN]: _st }], [64 | 0, { [_jN]: _iAI }], [64 | 0, { [_jN]: _eAI }], [4, { [_jN]: _cA }], [4, { [_jN]: _uAp }], [0, { [_jN]: _sRt }], [4, { [_jN]: _eA }]], 7
];
var DetectionRuleOrgConfigurationSummary$ = [3, n0, _DROCS,
    0,
    [_RI, _Mo, _St, _CA, _UAp, _SRt, _EA],
    [[0, { [_jN]: _rI }], [0, { [_jN]: _mo }], [0, { [_jN]: _st }], [4, { [_jN]: _cA }], [4, { [_jN]: _uAp }], [0, { [_jN]: _sRt }], [4, { [_jN]: _eA }]], 5
];
var DetectionRuleRuntimeMonitoringDetails$ = [3, n0, _DRRMD,
    0,
    [_Pl],
    [[() => DetectionRuleRuntimePlatforms$, { [_jN]: _pl }]]
];
var DetectionRuleRuntimePlatforms$ = [3, n0, _DRRP,
    0,
    [_Ek, _Ec, _EF],
    [[() => DetectionRuleEksRequirements$, { [_jN]: _ek }], [() => DetectionRuleEc2Requirements$, { [_jN]: _ec }], [() => DetectionRuleEcsFargateRequirements$, { [_jN]: _eF }]]
];
var DetectorAdditionalConfiguration$ = [3, n0, _DAC,
    0,
    [_N, _St],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }]]
];
var DetectorAdditionalConfigurationResult$ = [3, n0, _DACR,
    0,
    [_N, _St, _UAp, _MB],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }], [4, { [_jN]: _uAp }], [0, { [_jN]: _mB }]]
];
var DetectorFeatureConfiguration$ = [3, n0, _DFC,
    0,
    [_N, _St, _ACd],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }], [() => DetectorAdditionalConfigurations, { [_jN]: _aCd }]]
];
var DetectorFeatureConfigurationResult$ = [3, n0, _DFCR,
    0,
    [_N, _St, _UAp, _ACd, _MB],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }], [4, { [_jN]: _uAp }], [() => DetectorAdditionalConfigurationResults, { [_jN]: _aCd }], [0, { [_jN]: _mB }]]
];
var DisableOrganizationAdminAccountRequest$ = [3, n0, _DOAAR,
    0,
    [_AAI],
    [[0, { [_jN]: _aAI }]], 1
];
var DisableOrganizationAdminAccountResponse$ = [3, n0, _DOAARi,
    0,
    [],
    []
];
var DisassociateFromAdministratorAccountRequest$ = [3, n0, _DFAAR,
    0,
    [_DI],
    [[0, 1]], 1
];
var DisassociateFromAdministratorAccountResponse$ = [3, n0, _DFAARi,
    0,
    [],
    []
];
var DisassociateFromMasterAccountRequest$ = [3, n0, _DFMAR,
    0,
    [_DI],
    [[0, 1]], 1
];
var DisassociateFromMasterAccountResponse$ = [3, n0, _DFMARi,
    0,
    [],
    []
];
var DisassociateMembersRequest$ = [3, n0, _DMRi,
    0,
    [_DI, _AIcc],
    [[0, 1], [64 | 0, { [_jN]: _aIcc }]], 2
];
var DisassociateMembersResponse$ = [3, n0, _DMRis,
    0,
    [_UAn],
    [[() => UnprocessedAccounts, { [_jN]: _uAn }]], 1
];
var Distribution$ = [3, n0, _Dis,
    0,
    [_Dim, _TF, _SBe, _FTi, _TFT, _Re, _AVt, _Arc],
    [[0, { [_jN]: _dim }], [1, { [_jN]: _tF }], [() => SeverityBreakdown$, { [_jN]: _sBe }], [() => TypeDistributions, { [_jN]: _fTi }], [() => FindingTypeCounts, { [_jN]: _tFT }], [() => ResourceDistributions, { [_jN]: _re }], [() => TacticCoverages, { [_jN]: _aVt }], [() => ArchiveDistribution$, { [_jN]: _arc }]], 1
];
var DnsContext$ = [3, n0, _DCn,
    0,
    [_DSo, _OD, _RH],
    [[0, { [_jN]: _dSo }], [0, { [_jN]: _oD }], [0, { [_jN]: _rH }]]
];
var DNSLogsConfigurationResult$ = [3, n0, _DNSLCR,
    0,
    [_St],
    [[0, { [_jN]: _st }]], 1
];
var DnsRequestAction$ = [3, n0, _DRA,
    0,
    [_Do, _Prot, _Bl, _DWS, _VOAI],
    [[0, { [_jN]: _do }], [0, { [_jN]: _prot }], [2, { [_jN]: _bl }], [0, { [_jN]: _dWS }], [0, { [_jN]: _vOAI }]]
];
var DomainDetails$ = [3, n0, _DD,
    0,
    [_Do],
    [[0, { [_jN]: _do }]]
];
var EbsSnapshot$ = [3, n0, _ES,
    0,
    [_DN],
    [[0, { [_jN]: _dN }]]
];
var EbsSnapshotDetails$ = [3, n0, _ESD,
    0,
    [_SAn],
    [[0, { [_jN]: _sAn }]]
];
var EbsVolumeDetails$ = [3, n0, _EVD,
    0,
    [_SVD, _SVDk],
    [[() => VolumeDetails, { [_jN]: _sVD }], [() => VolumeDetails, { [_jN]: _sVDk }]]
];
var EbsVolumeScanDetails$ = [3, n0, _EVSD,
    0,
    [_SI, _SSA, _SCA, _TFI, _So, _SD, _STc],
    [[0, { [_jN]: _sI }], [4, { [_jN]: _sSA }], [4, { [_jN]: _sCA }], [0, { [_jN]: _tFI }], [64 | 0, { [_jN]: _so }], [() => ScanDetections$, { [_jN]: _sD }], [0, { [_jN]: _sTc }]]
];
var EbsVolumesResult$ = [3, n0, _EVR,
    0,
    [_St, _Rea],
    [[0, { [_jN]: _st }], [0, { [_jN]: _rea }]]
];
var Ec2Image$ = [3, n0, _EI,
    0,
    [_EIU],
    [[64 | 0, { [_jN]: _eIU }]]
];
var Ec2ImageDetails$ = [3, n0, _EIDc,
    0,
    [_IAm],
    [[0, { [_jN]: _iAm }]]
];
var Ec2Instance$ = [3, n0, _EIc,
    0,
    [_AZ, _ID, _IS, _IIP, _IT, _OA, _Pla, _PC, _ENIU],
    [[0, { [_jN]: _aZ }], [0, { [_jN]: _iD }], [0, { [_jN]: _iS }], [() => IamInstanceProfile$, 0], [0, { [_jN]: _iT }], [0, { [_jN]: _oA }], [0, { [_jN]: _pla }], [() => ProductCodes, { [_jN]: _pC }], [64 | 0, { [_jN]: _eNIU }]]
];
var Ec2LaunchTemplate$ = [3, n0, _ELT,
    0,
    [_EIU, _V],
    [[64 | 0, { [_jN]: _eIU }], [0, { [_jN]: _v }]]
];
var Ec2NetworkInterface$ = [3, n0, _ENI,
    0,
    [_IAp, _PIA, _PIu, _SG, _SNI, _VIp],
    [[64 | 0, { [_jN]: _iAp }], [() => PrivateIpAddresses, { [_jN]: _pIA }], [0, { [_jN]: _pIu }], [() => SecurityGroups, { [_jN]: _sG }], [0, { [_jN]: _sNI }], [0, { [_jN]: _vIp }]]
];
var Ec2Vpc$ = [3, n0, _EV,
    0,
    [_EIU],
    [[64 | 0, { [_jN]: _eIU }]]
];
var EcsCluster$ = [3, n0, _ECc,
    0,
    [_St, _EIU],
    [[0, { [_jN]: _st }], [64 | 0, { [_jN]: _eIU }]]
];
var EcsClusterDetails$ = [3, n0, _ECDc,
    0,
    [_N, _Ar, _St, _ASC, _RCIC, _RTC, _Tag, _TD],
    [[0, { [_jN]: _n }], [0, { [_jN]: _ar }], [0, { [_jN]: _st }], [1, { [_jN]: _aSC }], [1, { [_jN]: _rCIC }], [1, { [_jN]: _rTC }], [() => Tags, { [_jN]: _tag }], [() => EcsTaskDetails$, { [_jN]: _tD }]]
];
var EcsTask$ = [3, n0, _ETc,
    0,
    [_CA, _TDA, _LTa, _CU],
    [[4, { [_jN]: _cA }], [0, { [_jN]: _tDA }], [0, { [_jN]: _lTa }], [64 | 0, { [_jN]: _cU }]]
];
var EcsTaskDetails$ = [3, n0, _ETD,
    0,
    [_Ar, _DAe, _V, _TCA, _SAt, _SBt, _Tag, _Vo, _Cont, _Gr, _LTa],
    [[0, { [_jN]: _ar }], [0, { [_jN]: _dAe }], [0, { [_jN]: _v }], [4, { [_jN]: _cA }], [4, { [_jN]: _sAt }], [0, { [_jN]: _sBt }], [() => Tags, { [_jN]: _tag }], [() => Volumes, { [_jN]: _vo }], [() => Containers, { [_jN]: _cont }], [0, { [_jN]: _gr }], [0, { [_jN]: _lTa }]]
];
var EksCluster$ = [3, n0, _ECk,
    0,
    [_Ar, _CA, _St, _VIp, _EIU],
    [[0, { [_jN]: _ar }], [4, { [_jN]: _cA }], [0, { [_jN]: _st }], [0, { [_jN]: _vIp }], [64 | 0, { [_jN]: _eIU }]]
];
var EksClusterDetails$ = [3, n0, _ECD,
    0,
    [_N, _Ar, _VIp, _St, _Tag, _CA],
    [[0, { [_jN]: _n }], [0, { [_jN]: _ar }], [0, { [_jN]: _vIp }], [0, { [_jN]: _st }], [() => Tags, { [_jN]: _tag }], [4, { [_jN]: _cA }]]
];
var EnableOrganizationAdminAccountRequest$ = [3, n0, _EOAAR,
    0,
    [_AAI],
    [[0, { [_jN]: _aAI }]], 1
];
var EnableOrganizationAdminAccountResponse$ = [3, n0, _EOAARn,
    0,
    [],
    []
];
var Enrichment$ = [3, n0, _Enr,
    0,
    [_CNo, _AOs, _TLN, _TN],
    [[0, { [_jN]: _cNo }], [0, { [_jN]: _aO }], [0, { [_jN]: _tLN }], [0, { [_jN]: _tN }]]
];
var Evidence$ = [3, n0, _Ev,
    0,
    [_TID],
    [[() => ThreatIntelligenceDetails, { [_jN]: _tID }]]
];
var FargateDetails$ = [3, n0, _FD,
    0,
    [_Iss, _MT],
    [[64 | 0, { [_jN]: _iss }], [0, { [_jN]: _mT }]]
];
var FetchCriterion$ = [3, n0, _FCe,
    0,
    [_Fie, _Co, _Va],
    [[0, { [_jN]: _fie }], [0, { [_jN]: _con }], [64 | 0, { [_jN]: _va }]], 2
];
var FetchQuery$ = [3, n0, _FQ,
    0,
    [_Cr, _TW, _RL, _AIc, _Ind, _ITn, _FT, _FIi],
    [[() => FetchCriteria, { [_jN]: _cr }], [() => FetchTimeWindow$, { [_jN]: _tW }], [1, { [_jN]: _rL }], [0, { [_jN]: _aIc }], [() => IndicatorValue, { [_jN]: _ind }], [0, { [_jN]: _iTn }], [0, { [_jN]: _fT }], [0, { [_jN]: _fIi }]]
];
var FetchRecord$ = [3, n0, _FR,
    0,
    [_FTe, _Q, _Res],
    [[0, { [_jN]: _fTe }], [() => FetchQuery$, { [_jN]: _q }], [() => FetchResult$, { [_jN]: _res }]], 1
];
var FetchResult$ = [3, n0, _FRe,
    0,
    [_IIt, _TCo, _F, _Ve, _Doc],
    [[64 | 0, { [_jN]: _iIt }], [1, { [_jN]: _tCo }], [() => FetchDetectorFeatures, { [_jN]: _f }], [0, { [_jN]: _ve }], [() => FindingTypeDocumentation$, { [_jN]: _doc }]]
];
var FetchTimeWindow$ = [3, n0, _FTW,
    0,
    [_SAt, _DIM],
    [[4, { [_jN]: _sAt }], [1, { [_jN]: _dIM }]]
];
var FilterCondition$ = [3, n0, _FCil,
    0,
    [_EVq, _GT, _LT],
    [[0, { [_jN]: _eV }], [1, { [_jN]: _gT }], [1, { [_jN]: _lT }]]
];
var FilterCriteria$ = [3, n0, _FCilt,
    0,
    [_FCi],
    [[() => FilterCriterionList, { [_jN]: _fCi }]]
];
var FilterCriterion$ = [3, n0, _FCi,
    0,
    [_CK, _FCil],
    [[0, { [_jN]: _cK }], [() => FilterCondition$, { [_jN]: _fCil }]]
];
var Finding$ = [3, n0, _Fin,
    0,
    [_AIc, _Ar, _CA, _Id, _R, _Reso, _SV, _Sev, _T, _UAp, _Conf, _D, _Par, _Se, _Ti, _AASA, _CDRN],
    [[0, { [_jN]: _aIc }], [0, { [_jN]: _ar }], [0, { [_jN]: _cA }], [0, { [_jN]: _id }], [0, { [_jN]: _r }], [() => Resource$, { [_jN]: _reso }], [0, { [_jN]: _sV }], [1, { [_jN]: _sev }], [0, { [_jN]: _t }], [0, { [_jN]: _uAp }], [1, { [_jN]: _co }], [0, { [_jN]: _d }], [0, { [_jN]: _par }], [() => Service$, { [_jN]: _ser }], [0, { [_jN]: _ti }], [0, { [_jN]: _aASA }], [0, { [_jN]: _cDRN }]], 10
];
var FindingCriteria$ = [3, n0, _FCin,
    0,
    [_Cri],
    [[() => Criterion, { [_jN]: _cri }]]
];
var FindingDetail$ = [3, n0, _FDi,
    0,
    [_FIi, _FT, _Sev, _AIc, _R, _AW],
    [[0, { [_jN]: _fIi }], [0, { [_jN]: _fT }], [0, { [_jN]: _sev }], [0, { [_jN]: _aIc }], [0, { [_jN]: _r }], [() => ActivityWindow$, { [_jN]: _aW }]]
];
var FindingReference$ = [3, n0, _FRi,
    0,
    [_FT, _U],
    [[0, { [_jN]: _fT }], [0, { [_jN]: _u }]]
];
var FindingsSummary$ = [3, n0, _FS,
    0,
    [_TF, _SBe, _TFT, _BTW],
    [[1, { [_jN]: _tF }], [() => SeverityBreakdown$, { [_jN]: _sBe }], [() => FindingTypeCounts, { [_jN]: _tFT }], [() => TimeWindowGroups, { [_jN]: _bTW }]]
];
var FindingStatistics$ = [3, n0, _FSi,
    0,
    [_CBS, _GBA, _GBD, _GBFT, _GBR, _GBS],
    [[128 | 1, { [_jN]: _cBS }], [() => GroupedByAccount, { [_jN]: _gBA }], [() => GroupedByDate, { [_jN]: _gBD }], [() => GroupedByFindingType, { [_jN]: _gBFT }], [() => GroupedByResource, { [_jN]: _gBR }], [() => GroupedBySeverity, { [_jN]: _gBS }]]
];
var FindingTypeClassification$ = [3, n0, _FTC,
    0,
    [_FT, _Cl, _Cou, _Pe, _D],
    [[0, { [_jN]: _fT }], [0, { [_jN]: _cl }], [1, { [_jN]: _cou }], [1, { [_jN]: _pe }], [0, { [_jN]: _d }]]
];
var FindingTypeCount$ = [3, n0, _FTCi,
    0,
    [_FT, _Cou],
    [[0, { [_jN]: _fT }], [1, { [_jN]: _cou }]]
];
var FindingTypeDocumentation$ = [3, n0, _FTD,
    0,
    [_D, _Sev, _Fe, _FDu, _Rem, _LML],
    [[0, { [_jN]: _d }], [0, { [_jN]: _sev }], [0, { [_jN]: _fe }], [0, { [_jN]: _fDu }], [0, { [_jN]: _rem }], [64 | 0, { [_jN]: _lML }]]
];
var FindingTypeStatistics$ = [3, n0, _FTS,
    0,
    [_FT, _LGA, _TF],
    [[0, { [_jN]: _fT }], [4, { [_jN]: _lGA }], [1, { [_jN]: _tF }]]
];
var FlowLogsConfigurationResult$ = [3, n0, _FLCR,
    0,
    [_St],
    [[0, { [_jN]: _st }]], 1
];
var FreeTrialFeatureConfigurationResult$ = [3, n0, _FTFCR,
    0,
    [_N, _FTDR],
    [[0, { [_jN]: _n }], [1, { [_jN]: _fTDR }]]
];
var GeoLocation$ = [3, n0, _GL,
    0,
    [_La, _Lon],
    [[1, { [_jN]: _la }], [1, { [_jN]: _lon }]]
];
var GetAdministratorAccountRequest$ = [3, n0, _GAAR,
    0,
    [_DI],
    [[0, 1]], 1
];
var GetAdministratorAccountResponse$ = [3, n0, _GAARe,
    0,
    [_Ad],
    [[() => Administrator$, { [_jN]: _ad }]], 1
];
var GetCoverageStatisticsRequest$ = [3, n0, _GCSR,
    0,
    [_DI, _STt, _FCilt],
    [[0, 1], [64 | 0, { [_jN]: _sTt }], [() => CoverageFilterCriteria$, { [_jN]: _fCilt }]], 2
];
var GetCoverageStatisticsResponse$ = [3, n0, _GCSRe,
    0,
    [_CSov],
    [[() => CoverageStatistics$, { [_jN]: _cSo }]]
];
var GetCustomDetectionRuleAssociationRequest$ = [3, n0, _GCDRAR,
    0,
    [_RI, _AIs],
    [[0, 1], [0, 1]], 2
];
var GetCustomDetectionRuleAssociationResponse$ = [3, n0, _GCDRARe,
    0,
    [_RA, _Tag],
    [[() => AssociationDetail$, { [_jN]: _rA }], [128 | 0, { [_jN]: _tag }]], 1
];
var GetCustomDetectionRuleOrgConfigurationRequest$ = [3, n0, _GCDROCR,
    0,
    [_RI, _Mo],
    [[0, 1], [0, { [_hQ]: _mo }]], 2
];
var GetCustomDetectionRuleOrgConfigurationResponse$ = [3, n0, _GCDROCRe,
    0,
    [_Confi],
    [[() => DetectionRuleOrgConfiguration$, { [_jN]: _conf }]], 1
];
var GetCustomDetectionRuleRequest$ = [3, n0, _GCDRR,
    0,
    [_RI],
    [[0, 1]], 1
];
var GetCustomDetectionRuleResponse$ = [3, n0, _GCDRRe,
    0,
    [_Ru],
    [[() => RuleDetail$, { [_jN]: _ru }]], 1
];
var GetDetectorRequest$ = [3, n0, _GDR,
    0,
    [_DI],
    [[0, 1]], 1
];
var GetDetectorResponse$ = [3, n0, _GDRe,
    0,
    [_SRe, _St, _CA, _FPF, _UAp, _DS, _Tag, _F],
    [[0, { [_jN]: _sRe }], [0, { [_jN]: _st }], [0, { [_jN]: _cA }], [0, { [_jN]: _fPF }], [0, { [_jN]: _uAp }], [() => DataSourceConfigurationsResult$, { [_jN]: _dS }], [128 | 0, { [_jN]: _tag }], [() => DetectorFeatureConfigurationsResults, { [_jN]: _f }]], 2
];
var GetFilterRequest$ = [3, n0, _GFR,
    0,
    [_DI, _FN],
    [[0, 1], [0, 1]], 2
];
var GetFilterResponse$ = [3, n0, _GFRe,
    0,
    [_N, _Ac, _FCin, _D, _Ra, _Tag, _CA, _UAp, _V],
    [[0, { [_jN]: _n }], [0, { [_jN]: _ac }], [() => FindingCriteria$, { [_jN]: _fCin }], [0, { [_jN]: _d }], [1, { [_jN]: _ra }], [128 | 0, { [_jN]: _tag }], [4, { [_jN]: _cA }], [4, { [_jN]: _uAp }], [1, { [_jN]: _v }]], 3
];
var GetFindingsRequest$ = [3, n0, _GFRet,
    0,
    [_DI, _FI, _SCo],
    [[0, 1], [64 | 0, { [_jN]: _fI }], [() => SortCriteria$, { [_jN]: _sCo }]], 2
];
var GetFindingsResponse$ = [3, n0, _GFReti,
    0,
    [_Fi],
    [[() => Findings, { [_jN]: _fi }]], 1
];
var GetFindingsStatisticsRequest$ = [3, n0, _GFSR,
    0,
    [_DI, _FST, _FCin, _GB, _OB, _MR],
    [[0, 1], [64 | 0, { [_jN]: _fST }], [() => FindingCriteria$, { [_jN]: _fCin }], [0, { [_jN]: _gB }], [0, { [_jN]: _oB }], [1, { [_jN]: _mR }]], 1
];
var GetFindingsStatisticsResponse$ = [3, n0, _GFSRe,
    0,
    [_FSi, _NT],
    [[() => FindingStatistics$, { [_jN]: _fSi }], [0, { [_jN]: _nT }]], 1
];
var GetInvestigationRequest$ = [3, n0, _GIR,
    0,
    [_DI, _IInv, _SF],
    [[0, 1], [0, 1], [0, { [_hQ]: _sF }]], 2
];
var GetInvestigationResponse$ = [3, n0, _GIRe,
    0,
    [_Inv],
    [[() => Investigation$, { [_jN]: _inv }]], 1
];
var GetInvitationsCountRequest$ = [3, n0, _GICR,
    0,
    [],
    []
];
var GetInvitationsCountResponse$ = [3, n0, _GICRe,
    0,
    [_IC],
    [[1, { [_jN]: _iC }]]
];
var GetIPSetRequest$ = [3, n0, _GIPSR,
    0,
    [_DI, _ISI],
    [[0, 1], [0, 1]], 2
];
var GetIPSetResponse$ = [3, n0, _GIPSRe,
    0,
    [_N, _Fo, _Lo, _St, _Tag, _EBO],
    [[0, { [_jN]: _n }], [0, { [_jN]: _fo }], [0, { [_jN]: _lo }], [0, { [_jN]: _st }], [128 | 0, { [_jN]: _tag }], [0, { [_jN]: _eBO }]], 4
];
var GetMalwareProtectionPlanRequest$ = [3, n0, _GMPPR,
    0,
    [_MPPI],
    [[0, 1]], 1
];
var GetMalwareProtectionPlanResponse$ = [3, n0, _GMPPRe,
    0,
    [_Ar, _Ro, _PR, _Acti, _CA, _St, _SRta, _Tag],
    [[0, { [_jN]: _ar }], [0, { [_jN]: _ro }], [() => CreateProtectedResource$, { [_jN]: _pR }], [() => MalwareProtectionPlanActions$, { [_jN]: _act }], [4, { [_jN]: _cA }], [0, { [_jN]: _st }], [() => MalwareProtectionPlanStatusReasonsList, { [_jN]: _sRta }], [128 | 0, { [_jN]: _tag }]]
];
var GetMalwareScanRequest$ = [3, n0, _GMSR,
    0,
    [_SI],
    [[0, 1]], 1
];
var GetMalwareScanResponse$ = [3, n0, _GMSRe,
    0,
    [_SI, _DI, _ADI, _RAe, _RT, _SRC, _SRCk, _FRC, _SRc, _SCc, _SCca, _SSc, _SSR, _STc, _SSA, _SCA, _SRD],
    [[0, { [_jN]: _sI }], [0, { [_jN]: _dI }], [0, { [_jN]: _aDI }], [0, { [_jN]: _rAe }], [0, { [_jN]: _rT }], [1, { [_jN]: _sRC }], [1, { [_jN]: _sRCk }], [1, { [_jN]: _fRC }], [() => ScannedResources, { [_jN]: _sRc }], [() => ScanConfiguration$, { [_jN]: _sCc }], [0, { [_jN]: _sCca }], [0, { [_jN]: _sS }], [0, { [_jN]: _sSR }], [0, { [_jN]: _sTc }], [4, { [_jN]: _sSA }], [4, { [_jN]: _sCA }], [() => GetMalwareScanResultDetails$, { [_jN]: _sRD }]]
];
var GetMalwareScanResultDetails$ = [3, n0, _GMSRD,
    0,
    [_SRS, _SFC, _FFC, _TFFC, _TFC, _TB, _UTC, _Th],
    [[0, { [_jN]: _sRS }], [1, { [_jN]: _sFC }], [1, { [_jN]: _fFC }], [1, { [_jN]: _tFFC }], [1, { [_jN]: _tFC }], [1, { [_jN]: _tB }], [1, { [_jN]: _uTC }], [() => ScanResultThreats, { [_jN]: _th }]]
];
var GetMalwareScanSettingsRequest$ = [3, n0, _GMSSR,
    0,
    [_DI],
    [[0, 1]], 1
];
var GetMalwareScanSettingsResponse$ = [3, n0, _GMSSRe,
    0,
    [_SRCc, _ESP],
    [[() => ScanResourceCriteria$, { [_jN]: _sRCc }], [0, { [_jN]: _eSP }]]
];
var GetMasterAccountRequest$ = [3, n0, _GMAR,
    0,
    [_DI],
    [[0, 1]], 1
];
var GetMasterAccountResponse$ = [3, n0, _GMARe,
    0,
    [_Mas],
    [[() => Master$, { [_jN]: _mas }]], 1
];
var GetMemberDetectorsRequest$ = [3, n0, _GMDR,
    0,
    [_DI, _AIcc],
    [[0, 1], [64 | 0, { [_jN]: _aIcc }]], 2
];
var GetMemberDetectorsResponse$ = [3, n0, _GMDRe,
    0,
    [_MDSC, _UAn],
    [[() => MemberDataSourceConfigurations, { [_jN]: _me }], [() => UnprocessedAccounts, { [_jN]: _uAn }]], 2
];
var GetMembersRequest$ = [3, n0, _GMR,
    0,
    [_DI, _AIcc],
    [[0, 1], [64 | 0, { [_jN]: _aIcc }]], 2
];
var GetMembersResponse$ = [3, n0, _GMRe,
    0,
    [_Me, _UAn],
    [[() => Members, { [_jN]: _me }], [() => UnprocessedAccounts, { [_jN]: _uAn }]], 2
];
var GetOrganizationStatisticsResponse$ = [3, n0, _GOSR,
    0,
    [_ODr],
    [[() => OrganizationDetails$, { [_jN]: _oDr }]]
];
var GetRemainingFreeTrialDaysRequest$ = [3, n0, _GRFTDR,
    0,
    [_DI, _AIcc],
    [[0, 1], [64 | 0, { [_jN]: _aIcc }]], 2
];
var GetRemainingFreeTrialDaysResponse$ = [3, n0, _GRFTDRe,
    0,
    [_Acc, _UAn],
    [[() => AccountFreeTrialInfos, { [_jN]: _acc }], [() => UnprocessedAccounts, { [_jN]: _uAn }]]
];
var GetThreatEntitySetRequest$ = [3, n0, _GTESR,
    0,
    [_DI, _TESI],
    [[0, 1], [0, 1]], 2
];
var GetThreatEntitySetResponse$ = [3, n0, _GTESRe,
    0,
    [_N, _Fo, _Lo, _St, _EBO, _Tag, _CA, _UAp, _ED],
    [[0, { [_jN]: _n }], [0, { [_jN]: _fo }], [0, { [_jN]: _lo }], [0, { [_jN]: _st }], [0, { [_jN]: _eBO }], [128 | 0, { [_jN]: _tag }], [4, { [_jN]: _cA }], [4, { [_jN]: _uAp }], [0, { [_jN]: _eD }]], 4
];
var GetThreatIntelSetRequest$ = [3, n0, _GTISR,
    0,
    [_DI, _TISI],
    [[0, 1], [0, 1]], 2
];
var GetThreatIntelSetResponse$ = [3, n0, _GTISRe,
    0,
    [_N, _Fo, _Lo, _St, _Tag, _EBO],
    [[0, { [_jN]: _n }], [0, { [_jN]: _fo }], [0, { [_jN]: _lo }], [0, { [_jN]: _st }], [128 | 0, { [_jN]: _tag }], [0, { [_jN]: _eBO }]], 4
];
var GetTrustedEntitySetRequest$ = [3, n0, _GTESRet,
    0,
    [_DI, _TESIr],
    [[0, 1], [0, 1]], 2
];
var GetTrustedEntitySetResponse$ = [3, n0, _GTESRetr,
    0,
    [_N, _Fo, _Lo, _St, _EBO, _Tag, _CA, _UAp, _ED],
    [[0, { [_jN]: _n }], [0, { [_jN]: _fo }], [0, { [_jN]: _lo }], [0, { [_jN]: _st }], [0, { [_jN]: _eBO }], [128 | 0, { [_jN]: _tag }], [4, { [_jN]: _cA }], [4, { [_jN]: _uAp }], [0, { [_jN]: _eD }]], 4
];
var GetUsageStatisticsRequest$ = [3, n0, _GUSR,
    0,
    [_DI, _UST, _UCs, _Uni, _MR, _NT],
    [[0, 1], [0, { [_jN]: _uST }], [() => UsageCriteria$, { [_jN]: _uCs }], [0, { [_jN]: _uni }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }]], 3
];
var GetUsageStatisticsResponse$ = [3, n0, _GUSRe,
    0,
    [_US, _NT],
    [[() => UsageStatistics$, { [_jN]: _uS }], [0, { [_jN]: _nT }]]
];
var HighestSeverityThreatDetails$ = [3, n0, _HSTD,
    0,
    [_Sev, _TN, _Cou],
    [[0, { [_jN]: _sev }], [0, { [_jN]: _tN }], [1, { [_jN]: _cou }]]
];
var HostPath$ = [3, n0, _HP,
    0,
    [_Pa],
    [[0, { [_jN]: _pa }]]
];
var IamInstanceProfile$ = [3, n0, _IIP,
    0,
    [_Ar, _Id],
    [[0, { [_jN]: _ar }], [0, { [_jN]: _id }]]
];
var IamInstanceProfileV2$ = [3, n0, _IIPV,
    0,
    [_EIU],
    [[64 | 0, { [_jN]: _eIU }]]
];
var ImpersonatedUser$ = [3, n0, _IUm,
    0,
    [_Use, _Gro],
    [[0, { [_jN]: _use }], [64 | 0, { [_jN]: _gro }]]
];
var IncrementalScanDetails$ = [3, n0, _ISD,
    0,
    [_BRA],
    [[0, { [_jN]: _bRA }]], 1
];
var Indicator$ = [3, n0, _Ind,
    0,
    [_Ke, _Va, _Ti],
    [[0, { [_jN]: _ke }], [64 | 0, { [_jN]: _va }], [0, { [_jN]: _ti }]], 1
];
var InstanceDetails$ = [3, n0, _IDn,
    0,
    [_AZ, _IIP, _ID, _IIm, _IIn, _IS, _IT, _OA, _LTau, _NI, _Pla, _PC, _Tag],
    [[0, { [_jN]: _aZ }], [() => IamInstanceProfile$, { [_jN]: _iIP }], [0, { [_jN]: _iD }], [0, { [_jN]: _iIm }], [0, { [_jN]: _iIn }], [0, { [_jN]: _iS }], [0, { [_jN]: _iT }], [0, { [_jN]: _oA }], [0, { [_jN]: _lTau }], [() => NetworkInterfaces, { [_jN]: _nI }], [0, { [_jN]: _pla }], [() => ProductCodes, { [_jN]: _pC }], [() => Tags, { [_jN]: _tag }]]
];
var Investigation$ = [3, n0, _Inv,
    0,
    [_IInv, _St, _TP, _TBr, _Met, _Clo, _RLi, _Ri, _Conf, _Su, _SDu, _Sco, _ST, _ET, _Er],
    [[0, { [_jN]: _iInv }], [0, { [_jN]: _st }], [0, { [_jN]: _tP }], [0, { [_jN]: _tBr }], [() => InvestigationMetadata$, { [_jN]: _met }], [() => CloudDetails$, { [_jN]: _clo }], [0, { [_jN]: _rLi }], [0, { [_jN]: _ri }], [0, { [_jN]: _co }], [0, { [_jN]: _su }], [() => InvestigationSummaryData$, { [_jN]: _sDu }], [() => InvestigationScope$, { [_jN]: _sco }], [4, { [_jN]: _sT }], [4, { [_jN]: _eT }], [0, { [_jN]: _e }]], 4
];
var InvestigationAccountAnalysis$ = [3, n0, _IAA,
    0,
    [_Tr, _Ba],
    [[() => Trend$, { [_jN]: _tr }], [() => Baseline$, { [_jN]: _ba }]]
];
var InvestigationActor$ = [3, n0, _IAn,
    0,
    [_AKI, _PI, _UN, _UT, _UA],
    [[0, { [_jN]: _aKI }], [0, { [_jN]: _pI }], [0, { [_jN]: _uN }], [0, { [_jN]: _uT }], [0, { [_jN]: _uA }]]
];
var InvestigationDetectorFeatureConfiguration$ = [3, n0, _IDFC,
    0,
    [_N, _St, _UAp],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }], [4, { [_jN]: _uAp }]]
];
var InvestigationEc2Instance$ = [3, n0, _IEI,
    0,
    [_IIn, _IT, _IS, _AZ, _PIAr, _PIu, _VIp, _SIu, _IIm, _LA],
    [[0, { [_jN]: _iIn }], [0, { [_jN]: _iT }], [0, { [_jN]: _iS }], [0, { [_jN]: _aZ }], [() => SensitiveString, { [_jN]: _pIAr }], [0, { [_jN]: _pIu }], [0, { [_jN]: _vIp }], [0, { [_jN]: _sIu }], [0, { [_jN]: _iIm }], [4, { [_jN]: _lA }]]
];
var InvestigationEcsCluster$ = [3, n0, _IEC,
    0,
    [_N, _Ar, _St],
    [[0, { [_jN]: _n }], [0, { [_jN]: _ar }], [0, { [_jN]: _st }]]
];
var InvestigationEksCluster$ = [3, n0, _IECn,
    0,
    [_N, _Ar, _St, _VIp],
    [[0, { [_jN]: _n }], [0, { [_jN]: _ar }], [0, { [_jN]: _st }], [0, { [_jN]: _vIp }]]
];
var InvestigationFilterCondition$ = [3, n0, _IFC,
    0,
    [_Equ, _NE],
    [[64 | 0, { [_jN]: _equ }], [64 | 0, { [_jN]: _nE }]]
];
var InvestigationFilterCriteria$ = [3, n0, _IFCn,
    0,
    [_Cri],
    [[() => InvestigationCriterion, { [_jN]: _cri }]]
];
var InvestigationIndicator$ = [3, n0, _IInve,
    0,
    [_Val, _T],
    [[() => IndicatorValue, { [_jN]: _val }], [0, { [_jN]: _t }]], 1
];
var InvestigationKubernetesWorkload$ = [3, n0, _IKW,
    0,
    [_WT, _WN, _Cont, _Vo, _SC],
    [[0, { [_jN]: _wT }], [0, { [_jN]: _wN }], [0, { [_jN]: _cont }], [0, { [_jN]: _vo }], [0, { [_jN]: _sC }]]
];
var InvestigationMalwareScan$ = [3, n0, _IMS,
    0,
    [_SI, _STc, _SCca, _TFI, _ESn, _SSA, _SCA, _FSil, _GSi, _VS, _IFCnf, _RT, _RIes, _HS, _HSTN, _UTC, _TII, _Th],
    [[0, { [_jN]: _sI }], [0, { [_jN]: _sTc }], [0, { [_jN]: _sCca }], [0, { [_jN]: _tFI }], [0, { [_jN]: _eS }], [4, { [_jN]: _sSA }], [4, { [_jN]: _sCA }], [1, { [_jN]: _fSil }], [1, { [_jN]: _gSi }], [1, { [_jN]: _vS }], [1, { [_jN]: _iFC }], [0, { [_jN]: _rT }], [0, { [_jN]: _rIes }], [0, { [_jN]: _hS }], [0, { [_jN]: _hSTN }], [1, { [_jN]: _uTC }], [1, { [_jN]: _tII }], [() => MalwareThreats, { [_jN]: _th }]]
];
var InvestigationMetadata$ = [3, n0, _IM,
    0,
    [_V, _Prod],
    [[0, { [_jN]: _v }], [() => Product$, { [_jN]: _prod }]], 2
];
var InvestigationRecord$ = [3, n0, _IR,
    0,
    [_RIec, _T, _Ti, _CA, _Na, _SDup],
    [[0, { [_jN]: _rIec }], [0, { [_jN]: _t }], [0, { [_jN]: _ti }], [4, { [_jN]: _cA }], [0, { [_jN]: _na }], [() => SupportingData$, { [_jN]: _sDup }]], 4
];
var InvestigationResource$ = [3, n0, _IRn,
    0,
    [_U, _RT, _N, _Dat],
    [[0, { [_jN]: _u }], [0, { [_jN]: _rT }], [0, { [_jN]: _n }], [() => InvestigationResourceData$, { [_jN]: _dat }]], 2
];
var InvestigationResourceData$ = [3, n0, _IRD,
    0,
    [_EIc, _LF, _RDI, _RDU, _ECk, _ECc],
    [[() => InvestigationEc2Instance$, { [_jN]: _eI }], [() => LambdaFunction$, { [_jN]: _lF }], [() => RdsDbInstance$, { [_jN]: _rDI }], [() => RdsDbUser$, { [_jN]: _rDU }], [() => InvestigationEksCluster$, { [_jN]: _eCk }], [() => InvestigationEcsCluster$, { [_jN]: _eCc }]]
];
var InvestigationScope$ = [3, n0, _ISn,
    0,
    [_ITnv, _FIi, _AIc, _AAI, _QTW],
    [[0, { [_jN]: _iTnv }], [0, { [_jN]: _fIi }], [0, { [_jN]: _aIc }], [0, { [_jN]: _aAI }], [() => QueryTimeWindow$, { [_jN]: _qTW }]]
];
var InvestigationSortCriteria$ = [3, n0, _ISC,
    0,
    [_AN, _OB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
var InvestigationSummary$ = [3, n0, _ISnv,
    0,
    [_IInv, _St, _TP, _RLi, _Conf, _Ti, _ITnv, _FIi, _AIc, _AAI, _ST, _ET],
    [[0, { [_jN]: _iInv }], [0, { [_jN]: _st }], [0, { [_jN]: _tP }], [0, { [_jN]: _rLi }], [0, { [_jN]: _co }], [0, { [_jN]: _ti }], [0, { [_jN]: _iTnv }], [0, { [_jN]: _fIi }], [0, { [_jN]: _aIc }], [0, { [_jN]: _aAI }], [4, { [_jN]: _sT }], [4, { [_jN]: _eT }]]
];
var InvestigationSummaryData$ = [3, n0, _ISDn,
    0,
    [_FT, _TA, _Counte, _AA, _OAr, _KOe, _Rec],
    [[0, { [_jN]: _fT }], [() => ThreatAssessment$, { [_jN]: _tA }], [() => Countermeasures, { [_jN]: _coun }], [() => AccountAnalysis$, { [_jN]: _aA }], [() => OrganizationAnalysis$, { [_jN]: _oAr }], [() => KeyObservations$, { [_jN]: _kOe }], [() => Recommendations, { [_jN]: _rec }]]
];
var InvestigationThreatAssessment$ = [3, n0, _ITA,
    0,
    [_Rep, _TCh, _Cl, _As, _ACu, _RCPA, _IAAp, _CCr],
    [[() => Reputation$, { [_jN]: _rep }], [0, { [_jN]: _tCh }], [0, { [_jN]: _cl }], [0, { [_jN]: _as }], [0, { [_jN]: _aCu }], [0, { [_jN]: _rCPA }], [0, { [_jN]: _iAA }], [0, { [_jN]: _cCr }]]
];
var Invitation$ = [3, n0, _Invi,
    0,
    [_AIc, _II, _RS, _IA],
    [[0, { [_jN]: _aIc }], [0, { [_jN]: _iI }], [0, { [_jN]: _rS }], [0, { [_jN]: _iA }]]
];
var InviteMembersRequest$ = [3, n0, _IMR,
    0,
    [_DI, _AIcc, _DEN, _M],
    [[0, 1], [64 | 0, { [_jN]: _aIcc }], [2, { [_jN]: _dEN }], [0, { [_jN]: _m }]], 2
];
var InviteMembersResponse$ = [3, n0, _IMRn,
    0,
    [_UAn],
    [[() => UnprocessedAccounts, { [_jN]: _uAn }]], 1
];
var ItemDetails$ = [3, n0, _IDt,
    0,
    [_RAe, _IPt, _H, _AId],
    [[0, { [_jN]: _rAe }], [0, { [_jN]: _iPt }], [0, { [_jN]: _h }], [() => AdditionalInfo$, { [_jN]: _aId }]]
];
var ItemPath$ = [3, n0, _IPt,
    0,
    [_NIP, _H],
    [[0, { [_jN]: _nIP }], [0, { [_jN]: _h }]]
];
var KeyObservations$ = [3, n0, _KOe,
    0,
    [_Ti, _Na, _O],
    [[0, { [_jN]: _ti }], [0, { [_jN]: _na }], [64 | 0, { [_jN]: _o }]]
];
var KubernetesActivity$ = [3, n0, _KA,
    0,
    [_AC, _An, _W, _Enr],
    [[() => KubernetesApiCall$, { [_jN]: _aCp }], [() => KubernetesAnomaly$, { [_jN]: _an }], [() => InvestigationKubernetesWorkload$, { [_jN]: _w }], [() => Enrichment$, { [_jN]: _enr }]]
];
var KubernetesAnomaly$ = [3, n0, _KAu,
    0,
    [_UB, _BC, _ASn, _TPr],
    [[0, { [_jN]: _uB }], [0, { [_jN]: _bC }], [0, { [_jN]: _aSn }], [0, { [_jN]: _tPr }]]
];
var KubernetesApiCall$ = [3, n0, _KAC,
    0,
    [_CNl, _Use, _UG, _UI, _Ver, _RT, _RN, _Nam, _RU, _SCt, _SIo, _UA, _ECv],
    [[0, { [_jN]: _cNl }], [0, { [_jN]: _use }], [0, { [_jN]: _uG }], [0, { [_jN]: _uI }], [0, { [_jN]: _ver }], [0, { [_jN]: _rT }], [0, { [_jN]: _rN }], [0, { [_jN]: _nam }], [0, { [_jN]: _rU }], [1, { [_jN]: _sCt }], [0, { [_jN]: _sIP }], [0, { [_jN]: _uA }], [1, { [_jN]: _eCv }]]
];
var KubernetesApiCallAction$ = [3, n0, _KACA,
    0,
    [_RU, _Ver, _Reso, _Sub, _Nam, _RN, _SIo, _UA, _RID, _SCt, _Para],
    [[0, { [_jN]: _rU }], [0, { [_jN]: _ver }], [0, { [_jN]: _reso }], [0, { [_jN]: _sub }], [0, { [_jN]: _nam }], [0, { [_jN]: _rN }], [64 | 0, { [_jN]: _sIP }], [0, { [_jN]: _uA }], [() => RemoteIpDetails$, { [_jN]: _rID }], [1, { [_jN]: _sCt }], [0, { [_jN]: _para }]]
];
var KubernetesAuditLogsConfiguration$ = [3, n0, _KALC,
    0,
    [_En],
    [[2, { [_jN]: _en }]], 1
];
var KubernetesAuditLogsConfigurationResult$ = [3, n0, _KALCR,
    0,
    [_St],
    [[0, { [_jN]: _st }]], 1
];
var KubernetesConfiguration$ = [3, n0, _KC,
    0,
    [_AL],
    [[() => KubernetesAuditLogsConfiguration$, { [_jN]: _aL }]], 1
];
var KubernetesConfigurationResult$ = [3, n0, _KCR,
    0,
    [_AL],
    [[() => KubernetesAuditLogsConfigurationResult$, { [_jN]: _aL }]], 1
];
var KubernetesDataSourceFreeTrial$ = [3, n0, _KDSFT,
    0,
    [_AL],
    [[() => DataSourceFreeTrial$, { [_jN]: _aL }]]
];
var KubernetesDetails$ = [3, n0, _KD,
    0,
    [_KUD, _KWD],
    [[() => KubernetesUserDetails$, { [_jN]: _kUD }], [() => KubernetesWorkloadDetails$, { [_jN]: _kWD }]]
];
var KubernetesPermissionCheckedDetails$ = [3, n0, _KPCD,
    0,
    [_Ver, _Reso, _Nam, _Al],
    [[0, { [_jN]: _ver }], [0, { [_jN]: _reso }], [0, { [_jN]: _nam }], [2, { [_jN]: _al }]]
];
var KubernetesPolicyViolation$ = [3, n0, _KPV,
    0,
    [_VT, _ARf, _Subj, _GAr, _EVx, _MIi],
    [[0, { [_jN]: _vT }], [0, { [_jN]: _aRf }], [0, { [_jN]: _subj }], [0, { [_jN]: _gAr }], [0, { [_jN]: _eVx }], [0, { [_jN]: _mIi }]]
];
var KubernetesRoleBindingDetails$ = [3, n0, _KRBD,
    0,
    [_Ki, _N, _U, _RRN, _RRK],
    [[0, { [_jN]: _ki }], [0, { [_jN]: _n }], [0, { [_jN]: _u }], [0, { [_jN]: _rRN }], [0, { [_jN]: _rRK }]]
];
var KubernetesRoleDetails$ = [3, n0, _KRD,
    0,
    [_Ki, _N, _U],
    [[0, { [_jN]: _ki }], [0, { [_jN]: _n }], [0, { [_jN]: _u }]]
];
var KubernetesUserDetails$ = [3, n0, _KUD,
    0,
    [_Use, _U, _Gro, _SNe, _IUm],
    [[0, { [_jN]: _use }], [0, { [_jN]: _u }], [64 | 0, { [_jN]: _gro }], [64 | 0, { [_jN]: _sNe }], [() => ImpersonatedUser$, { [_jN]: _iUm }]]
];
var KubernetesWorkload$ = [3, n0, _KW,
    0,
    [_CU, _Nam, _KRT],
    [[64 | 0, { [_jN]: _cU }], [0, { [_jN]: _nam }], [0, { [_jN]: _t }]]
];
var KubernetesWorkloadDetails$ = [3, n0, _KWD,
    0,
    [_N, _T, _U, _Nam, _HN, _SAN, _Cont, _Vo, _HIPC, _HPID],
    [[0, { [_jN]: _n }], [0, { [_jN]: _t }], [0, { [_jN]: _u }], [0, { [_jN]: _nam }], [2, { [_jN]: _hN }], [0, { [_jN]: _sAN }], [() => Containers, { [_jN]: _cont }], [() => Volumes, { [_jN]: _vo }], [2, { [_jN]: _hIPC }], [2, { [_jN]: _hPID }]]
];
var LambdaDetails$ = [3, n0, _LD,
    0,
    [_FA, _FNu, _D, _LMA, _RIev, _FV, _Ro, _VC, _Tag],
    [[0, { [_jN]: _fA }], [0, { [_jN]: _fN }], [0, { [_jN]: _d }], [4, { [_jN]: _lMA }], [0, { [_jN]: _rIev }], [0, { [_jN]: _fV }], [0, { [_jN]: _ro }], [() => VpcConfig$, { [_jN]: _vC }], [() => Tags, { [_jN]: _tag }]]
];
var LambdaFunction$ = [3, n0, _LF,
    0,
    [_FNu, _FA, _FV, _Ro, _D, _RIev, _UAp, _VCS],
    [[0, { [_jN]: _fN }], [0, { [_jN]: _fA }], [0, { [_jN]: _fV }], [0, { [_jN]: _ro }], [0, { [_jN]: _d }], [0, { [_jN]: _rIev }], [4, { [_jN]: _uAp }], [0, { [_jN]: _vCS }]]
];
var LineageObject$ = [3, n0, _LO,
    0,
    [_ST, _NP, _UI, _N, _Pi, _Uu, _EP, _Eu, _PU],
    [[4, { [_jN]: _sT }], [1, { [_jN]: _nP }], [1, { [_jN]: _uI }], [0, { [_jN]: _n }], [1, { [_jN]: _pi }], [0, { [_jN]: _uu }], [0, { [_jN]: _eP }], [1, { [_jN]: _eu }], [0, { [_jN]: _pU }]]
];
var ListCoverageRequest$ = [3, n0, _LCR,
    0,
    [_DI, _NT, _MR, _FCilt, _SCo],
    [[0, 1], [0, { [_jN]: _nT }], [1, { [_jN]: _mR }], [() => CoverageFilterCriteria$, { [_jN]: _fCilt }], [() => CoverageSortCriteria$, { [_jN]: _sCo }]], 1
];
var ListCoverageResponse$ = [3, n0, _LCRi,
    0,
    [_Re, _NT],
    [[() => CoverageResources, { [_jN]: _re }], [0, { [_jN]: _nT }]], 1
];
var ListCustomDetectionRuleAssociationsRequest$ = [3, n0, _LCDRAR,
    0,
    [_MR, _NT, _RI, _Mo],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _rI }], [0, { [_hQ]: _mo }]]
];
var ListCustomDetectionRuleAssociationsResponse$ = [3, n0, _LCDRARi,
    0,
    [_RAu, _NT],
    [[() => AssociationSummaryList, { [_jN]: _rAu }], [0, { [_jN]: _nT }]], 1
];
var ListCustomDetectionRuleOrgConfigurationsRequest$ = [3, n0, _LCDROCR,
    0,
    [_MR, _NT, _St],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _st }]]
];
var ListCustomDetectionRuleOrgConfigurationsResponse$ = [3, n0, _LCDROCRi,
    0,
    [_Config, _NT],
    [[() => DetectionRuleOrgConfigurationSummaryList, { [_jN]: _confi }], [0, { [_jN]: _nT }]], 1
];
var ListCustomDetectionRulesRequest$ = [3, n0, _LCDRR,
    0,
    [_MR, _NT, _Fil],
    [[1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => DetectionRuleFilterList, { [_jN]: _fil }]]
];
var ListCustomDetectionRulesResponse$ = [3, n0, _LCDRRi,
    0,
    [_Rul, _NT],
    [[() => RuleSummaryList, { [_jN]: _rul }], [0, { [_jN]: _nT }]], 1
];
var ListDetectorsRequest$ = [3, n0, _LDR,
    0,
    [_MR, _NT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListDetectorsResponse$ = [3, n0, _LDRi,
    0,
    [_DIet, _NT],
    [[64 | 0, { [_jN]: _dIet }], [0, { [_jN]: _nT }]], 1
];
var ListFiltersRequest$ = [3, n0, _LFR,
    0,
    [_DI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListFiltersResponse$ = [3, n0, _LFRi,
    0,
    [_FNi, _NT],
    [[64 | 0, { [_jN]: _fNi }], [0, { [_jN]: _nT }]], 1
];
var ListFindingsRequest$ = [3, n0, _LFRis,
    0,
    [_DI, _FCin, _SCo, _MR, _NT],
    [[0, 1], [() => FindingCriteria$, { [_jN]: _fCin }], [() => SortCriteria$, { [_jN]: _sCo }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }]], 1
];
var ListFindingsResponse$ = [3, n0, _LFRist,
    0,
    [_FI, _NT],
    [[64 | 0, { [_jN]: _fI }], [0, { [_jN]: _nT }]], 1
];
var ListInvestigationRecordsRequest$ = [3, n0, _LIRR,
    0,
    [_DI, _IInv, _RTe, _MR, _NT],
    [[0, 1], [0, { [_jN]: _iInv }], [64 | 0, { [_jN]: _rTe }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }]], 2
];
var ListInvestigationRecordsResponse$ = [3, n0, _LIRRi,
    0,
    [_IInv, _St, _Reco, _NT],
    [[0, { [_jN]: _iInv }], [0, { [_jN]: _st }], [() => Records, { [_jN]: _reco }], [0, { [_jN]: _nT }]], 3
];
var ListInvestigationsRequest$ = [3, n0, _LIR,
    0,
    [_DI, _FCilt, _SCo, _MR, _NT],
    [[0, 1], [() => InvestigationFilterCriteria$, { [_jN]: _fCilt }], [() => InvestigationSortCriteria$, { [_jN]: _sCo }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }]], 1
];
var ListInvestigationsResponse$ = [3, n0, _LIRi,
    0,
    [_Inve, _NT],
    [[() => InvestigationSummaries, { [_jN]: _inve }], [0, { [_jN]: _nT }]], 1
];
var ListInvitationsRequest$ = [3, n0, _LIRis,
    0,
    [_MR, _NT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListInvitationsResponse$ = [3, n0, _LIRist,
    0,
    [_Invit, _NT],
    [[() => Invitations, { [_jN]: _invi }], [0, { [_jN]: _nT }]]
];
var ListIPSetsRequest$ = [3, n0, _LIPSR,
    0,
    [_DI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListIPSetsResponse$ = [3, n0, _LIPSRi,
    0,
    [_ISIp, _NT],
    [[64 | 0, { [_jN]: _iSIp }], [0, { [_jN]: _nT }]], 1
];
var ListMalwareProtectionPlansRequest$ = [3, n0, _LMPPR,
    0,
    [_NT],
    [[0, { [_hQ]: _nT }]]
];
var ListMalwareProtectionPlansResponse$ = [3, n0, _LMPPRi,
    0,
    [_MPP, _NT],
    [[() => MalwareProtectionPlansSummary, { [_jN]: _mPP }], [0, { [_jN]: _nT }]]
];
var ListMalwareScansFilterCriteria$ = [3, n0, _LMSFC,
    0,
    [_LMSFCi],
    [[() => ListMalwareScansFilterCriterionList, { [_jN]: _fCi }]]
];
var ListMalwareScansFilterCriterion$ = [3, n0, _LMSFCi,
    0,
    [_LMSCK, _FCil],
    [[0, { [_jN]: _cK }], [() => FilterCondition$, { [_jN]: _fCil }]]
];
var ListMalwareScansRequest$ = [3, n0, _LMSR,
    0,
    [_MR, _NT, _FCilt, _SCo],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [() => ListMalwareScansFilterCriteria$, { [_jN]: _fCilt }], [() => SortCriteria$, { [_jN]: _sCo }]]
];
var ListMalwareScansResponse$ = [3, n0, _LMSRi,
    0,
    [_Sc, _NT],
    [[() => MalwareScans, { [_jN]: _sc }], [0, { [_jN]: _nT }]], 1
];
var ListMembersRequest$ = [3, n0, _LMR,
    0,
    [_DI, _MR, _NT, _OAn],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _oAn }]], 1
];
var ListMembersResponse$ = [3, n0, _LMRi,
    0,
    [_Me, _NT],
    [[() => Members, { [_jN]: _me }], [0, { [_jN]: _nT }]]
];
var ListOrganizationAdminAccountsRequest$ = [3, n0, _LOAAR,
    0,
    [_MR, _NT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListOrganizationAdminAccountsResponse$ = [3, n0, _LOAARi,
    0,
    [_AAdm, _NT],
    [[() => AdminAccounts, { [_jN]: _aAd }], [0, { [_jN]: _nT }]]
];
var ListPublishingDestinationsRequest$ = [3, n0, _LPDR,
    0,
    [_DI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListPublishingDestinationsResponse$ = [3, n0, _LPDRi,
    0,
    [_Des, _NT],
    [[() => Destinations, { [_jN]: _de }], [0, { [_jN]: _nT }]], 1
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RAe],
    [[0, 1]], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_Tag],
    [[128 | 0, { [_jN]: _tag }]]
];
var ListThreatEntitySetsRequest$ = [3, n0, _LTESR,
    0,
    [_DI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListThreatEntitySetsResponse$ = [3, n0, _LTESRi,
    0,
    [_TESIh, _NT],
    [[64 | 0, { [_jN]: _tESIh }], [0, { [_jN]: _nT }]], 1
];
var ListThreatIntelSetsRequest$ = [3, n0, _LTISR,
    0,
    [_DI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListThreatIntelSetsResponse$ = [3, n0, _LTISRi,
    0,
    [_TISIh, _NT],
    [[64 | 0, { [_jN]: _tISIh }], [0, { [_jN]: _nT }]], 1
];
var ListTrustedEntitySetsRequest$ = [3, n0, _LTESRis,
    0,
    [_DI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListTrustedEntitySetsResponse$ = [3, n0, _LTESRist,
    0,
    [_TESIru, _NT],
    [[64 | 0, { [_jN]: _tESIru }], [0, { [_jN]: _nT }]], 1
];
var LocalIpDetails$ = [3, n0, _LID,
    0,
    [_IAV, _IAVp],
    [[() => SensitiveString, { [_jN]: _iAV }], [() => SensitiveString, { [_jN]: _iAVp }]]
];
var LocalPortDetails$ = [3, n0, _LPD,
    0,
    [_Po, _PN],
    [[1, { [_jN]: _po }], [0, { [_jN]: _pN }]]
];
var LoginAttribute$ = [3, n0, _LAo,
    0,
    [_Us, _App, _FLA, _SLA],
    [[0, { [_jN]: _us }], [0, { [_jN]: _app }], [1, { [_jN]: _fLA }], [1, { [_jN]: _sLA }]]
];
var MalwareProtectionConfiguration$ = [3, n0, _MPC,
    0,
    [_SEIWF],
    [[() => ScanEc2InstanceWithFindings$, { [_jN]: _sEIWF }]]
];
var MalwareProtectionConfigurationResult$ = [3, n0, _MPCR,
    0,
    [_SEIWF, _SRe],
    [[() => ScanEc2InstanceWithFindingsResult$, { [_jN]: _sEIWF }], [0, { [_jN]: _sRe }]]
];
var MalwareProtectionDataSourceFreeTrial$ = [3, n0, _MPDSFT,
    0,
    [_SEIWF],
    [[() => DataSourceFreeTrial$, { [_jN]: _sEIWF }]]
];
var MalwareProtectionFindingsScanConfiguration$ = [3, n0, _MPFSC,
    0,
    [_TT, _ISD],
    [[0, { [_jN]: _tT }], [() => IncrementalScanDetails$, { [_jN]: _iSD }]]
];
var MalwareProtectionPlanActions$ = [3, n0, _MPPA,
    0,
    [_Tagg],
    [[() => MalwareProtectionPlanTaggingAction$, { [_jN]: _tagg }]]
];
var MalwareProtectionPlanStatusReason$ = [3, n0, _MPPSR,
    0,
    [_Cod, _M],
    [[0, { [_jN]: _cod }], [0, { [_jN]: _m }]]
];
var MalwareProtectionPlanSummary$ = [3, n0, _MPPS,
    0,
    [_MPPI],
    [[0, { [_jN]: _mPPI }]]
];
var MalwareProtectionPlanTaggingAction$ = [3, n0, _MPPTA,
    0,
    [_St],
    [[0, { [_jN]: _st }]]
];
var MalwareScan$ = [3, n0, _MS,
    0,
    [_RAe, _RT, _SI, _SSc, _SRS, _STc, _SSA, _SCA],
    [[0, { [_jN]: _rAe }], [0, { [_jN]: _rT }], [0, { [_jN]: _sI }], [0, { [_jN]: _sS }], [0, { [_jN]: _sRS }], [0, { [_jN]: _sTc }], [4, { [_jN]: _sSA }], [4, { [_jN]: _sCA }]]
];
var MalwareScanDetails$ = [3, n0, _MSD,
    0,
    [_Th, _SI, _STc, _SCca, _SCc, _UTC],
    [[() => Threats, { [_jN]: _th }], [0, { [_jN]: _sI }], [0, { [_jN]: _sTc }], [0, { [_jN]: _sCca }], [() => MalwareProtectionFindingsScanConfiguration$, { [_jN]: _sCc }], [1, { [_jN]: _uTC }]]
];
var MalwareThreat$ = [3, n0, _MTa,
    0,
    [_N, _Sev, _IFCnf, _SFa],
    [[0, { [_jN]: _n }], [0, { [_jN]: _sev }], [1, { [_jN]: _iFC }], [0, { [_jN]: _sFa }]]
];
var Master$ = [3, n0, _Mas,
    0,
    [_AIc, _II, _RS, _IA],
    [[0, { [_jN]: _aIc }], [0, { [_jN]: _iI }], [0, { [_jN]: _rS }], [0, { [_jN]: _iA }]]
];
var Member$ = [3, n0, _Mem,
    0,
    [_AIc, _MI, _E, _RS, _UAp, _DI, _IA, _AI],
    [[0, { [_jN]: _aIc }], [0, { [_jN]: _mI }], [() => Email, { [_jN]: _em }], [0, { [_jN]: _rS }], [0, { [_jN]: _uAp }], [0, { [_jN]: _dI }], [0, { [_jN]: _iA }], [0, { [_jN]: _aI }]], 5
];
var MemberAccountRanking$ = [3, n0, _MAR,
    0,
    [_Ra, _AIc, _FC, _RLi, _RR],
    [[1, { [_jN]: _ra }], [0, { [_jN]: _aIc }], [1, { [_jN]: _fC }], [0, { [_jN]: _rLi }], [0, { [_jN]: _rR }]]
];
var MemberAdditionalConfiguration$ = [3, n0, _MAC,
    0,
    [_N, _St],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }]]
];
var MemberAdditionalConfigurationResult$ = [3, n0, _MACR,
    0,
    [_N, _St, _UAp, _MB],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }], [4, { [_jN]: _uAp }], [0, { [_jN]: _mB }]]
];
var MemberDataSourceConfiguration$ = [3, n0, _MDSCe,
    0,
    [_AIc, _DS, _F],
    [[0, { [_jN]: _aIc }], [() => DataSourceConfigurationsResult$, { [_jN]: _dS }], [() => MemberFeaturesConfigurationsResults, { [_jN]: _f }]], 2
];
var MemberFeaturesConfiguration$ = [3, n0, _MFC,
    0,
    [_N, _St, _ACd],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }], [() => MemberAdditionalConfigurations, { [_jN]: _aCd }]]
];
var MemberFeaturesConfigurationResult$ = [3, n0, _MFCR,
    0,
    [_N, _St, _UAp, _ACd, _MB],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }], [4, { [_jN]: _uAp }], [() => MemberAdditionalConfigurationResults, { [_jN]: _aCd }], [0, { [_jN]: _mB }]]
];
var MetadataRecord$ = [3, n0, _MRe,
    0,
    [_TTM],
    [[1, { [_jN]: _tTM }]]
];
var ModelDetail$ = [3, n0, _MD,
    0,
    [_MIo],
    [[0, { [_jN]: _mIo }]]
];
var NetworkActivity$ = [3, n0, _NA,
    0,
    [_Prot, _Dir, _Meth, _Bl, _Pla, _Por, _Tra, _An, _Dn, _Counts, _Enr],
    [[0, { [_jN]: _prot }], [0, { [_jN]: _dir }], [0, { [_jN]: _meth }], [0, { [_jN]: _bl }], [0, { [_jN]: _pla }], [() => NetworkPorts$, { [_jN]: _por }], [() => NetworkTraffic$, { [_jN]: _tra }], [() => NetworkAnomaly$, { [_jN]: _an }], [() => DnsContext$, { [_jN]: _dn }], [() => NetworkCounts$, { [_jN]: _count }], [() => Enrichment$, { [_jN]: _enr }]]
];
var NetworkAnomaly$ = [3, n0, _NAe,
    0,
    [_BB, _Dev, _PAD, _RSe, _RRe, _Du, _RRes, _THC],
    [[0, { [_jN]: _bB }], [0, { [_jN]: _dev }], [1, { [_jN]: _pAD }], [0, { [_jN]: _rSe }], [0, { [_jN]: _rRe }], [0, { [_jN]: _du }], [0, { [_jN]: _rRes }], [1, { [_jN]: _tHC }]]
];
var NetworkConnection$ = [3, n0, _NC,
    0,
    [_Dir],
    [[0, { [_jN]: _dir }]], 1
];
var NetworkConnectionAction$ = [3, n0, _NCA,
    0,
    [_Bl, _CDo, _LPD, _Prot, _LID, _LNI, _RID, _RPD],
    [[2, { [_jN]: _bl }], [0, { [_jN]: _cD }], [() => LocalPortDetails$, { [_jN]: _lPD }], [0, { [_jN]: _prot }], [() => LocalIpDetails$, { [_jN]: _lID }], [0, { [_jN]: _lNI }], [() => RemoteIpDetails$, { [_jN]: _rID }], [() => RemotePortDetails$, { [_jN]: _rPD }]]
];
var NetworkCounts$ = [3, n0, _NCe,
    0,
    [_RC, _TAo, _SAu, _RAes],
    [[1, { [_jN]: _rC }], [1, { [_jN]: _tAo }], [1, { [_jN]: _sAu }], [1, { [_jN]: _rAes }]]
];
var NetworkEndpoint$ = [3, n0, _NEe,
    0,
    [_Id, _Ip, _Do, _Po, _Lo, _ASu, _Conn],
    [[0, { [_jN]: _id }], [0, { [_jN]: _ip }], [0, { [_jN]: _do }], [1, { [_jN]: _po }], [() => NetworkGeoLocation$, { [_jN]: _lo }], [() => AutonomousSystem$, { [_jN]: _aSu }], [() => NetworkConnection$, { [_jN]: _conn }]], 1
];
var NetworkGeoLocation$ = [3, n0, _NGL,
    0,
    [_C, _Count, _Lat, _Long],
    [[0, { [_jN]: _ci }], [0, { [_jN]: _countr }], [1, { [_jN]: _la }], [1, { [_jN]: _lon }]], 4
];
var NetworkInterface$ = [3, n0, _NIe,
    0,
    [_IAp, _NII, _PDN, _PIAr, _PIA, _PDNu, _PIu, _SG, _SIu, _VIp],
    [[64 | 0, { [_jN]: _iAp }], [0, { [_jN]: _nII }], [0, { [_jN]: _pDN }], [() => SensitiveString, { [_jN]: _pIAr }], [() => PrivateIpAddresses, { [_jN]: _pIA }], [0, { [_jN]: _pDNu }], [0, { [_jN]: _pIu }], [() => SecurityGroups, { [_jN]: _sG }], [0, { [_jN]: _sIu }], [0, { [_jN]: _vIp }]]
];
var NetworkPorts$ = [3, n0, _NPe,
    0,
    [_TPa, _RP, _RPe, _Por, _PUo, _PCo],
    [[0, { [_jN]: _tPa }], [0, { [_jN]: _rP }], [0, { [_jN]: _rPe }], [0, { [_jN]: _por }], [0, { [_jN]: _pUo }], [1, { [_jN]: _pCo }]]
];
var NetworkTraffic$ = [3, n0, _NTe,
    0,
    [_BS, _BR],
    [[1, { [_jN]: _bS }], [1, { [_jN]: _bR }]]
];
var ObservationRecord$ = [3, n0, _OR,
    0,
    [_OT, _FDi, _Reso, _NA, _RLA, _SAc, _KA, _MS, _RF, _DC, _AO, _Rec, _RSu, _Dis, _RRep, _In],
    [[0, { [_jN]: _oT }], [() => FindingDetail$, { [_jN]: _fDi }], [() => InvestigationResource$, { [_jN]: _reso }], [() => NetworkActivity$, { [_jN]: _nA }], [() => RdsLoginActivity$, { [_jN]: _rLA }], [() => S3Activity$, { [_jN]: _sAc }], [() => KubernetesActivity$, { [_jN]: _kA }], [() => InvestigationMalwareScan$, { [_jN]: _mS }], [() => RelatedFindings$, { [_jN]: _rF }], [() => DetectionCoverage$, { [_jN]: _dC }], [() => AccountOverview$, { [_jN]: _aOc }], [() => Recommendations, { [_jN]: _rec }], [() => RuntimeSignals$, { [_jN]: _rSu }], [() => Distribution$, { [_jN]: _dis }], [() => RepresentativeFindings, { [_jN]: _rRep }], [() => InvestigationIndicators, { [_jN]: _in }]], 1
];
var Observations$ = [3, n0, _O,
    0,
    [_Tex, _Nu],
    [[64 | 0, { [_jN]: _tex }], [64 | 1, { [_jN]: _nu }]]
];
var ObservedFindingType$ = [3, n0, _OFT,
    0,
    [_FT, _Cou, _SM, _SR],
    [[0, { [_jN]: _fT }], [1, { [_jN]: _cou }], [1, { [_jN]: _sM }], [() => SharedResources, { [_jN]: _sR }]]
];
var Organization$ = [3, n0, _Or,
    0,
    [_Asn, _AOs, _Isp, _Org],
    [[0, { [_jN]: _asn }], [0, { [_jN]: _aO }], [0, { [_jN]: _isp }], [0, { [_jN]: _or }]]
];
var OrganizationAdditionalConfiguration$ = [3, n0, _OAC,
    0,
    [_N, _AE],
    [[0, { [_jN]: _n }], [0, { [_jN]: _aE }]]
];
var OrganizationAdditionalConfigurationResult$ = [3, n0, _OACR,
    0,
    [_N, _AE],
    [[0, { [_jN]: _n }], [0, { [_jN]: _aE }]]
];
var OrganizationAnalysis$ = [3, n0, _OAr,
    0,
    [_FS, _AB],
    [[() => OrganizationFindingsSummary$, { [_jN]: _fS }], [() => AccountSummaries, { [_jN]: _aB }]]
];
var OrganizationDataSourceConfigurations$ = [3, n0, _ODSC,
    0,
    [_SL, _K, _MP],
    [[() => OrganizationS3LogsConfiguration$, { [_jN]: _sL }], [() => OrganizationKubernetesConfiguration$, { [_jN]: _k }], [() => OrganizationMalwareProtectionConfiguration$, { [_jN]: _mP }]]
];
var OrganizationDataSourceConfigurationsResult$ = [3, n0, _ODSCR,
    0,
    [_SL, _K, _MP],
    [[() => OrganizationS3LogsConfigurationResult$, { [_jN]: _sL }], [() => OrganizationKubernetesConfigurationResult$, { [_jN]: _k }], [() => OrganizationMalwareProtectionConfigurationResult$, { [_jN]: _mP }]], 1
];
var OrganizationDetails$ = [3, n0, _ODr,
    0,
    [_UAp, _OS],
    [[4, { [_jN]: _uAp }], [() => OrganizationStatistics$, { [_jN]: _oS }]]
];
var OrganizationEbsVolumes$ = [3, n0, _OEV,
    0,
    [_AE],
    [[2, { [_jN]: _aE }]]
];
var OrganizationEbsVolumesResult$ = [3, n0, _OEVR,
    0,
    [_AE],
    [[2, { [_jN]: _aE }]]
];
var OrganizationFeatureConfiguration$ = [3, n0, _OFC,
    0,
    [_N, _AE, _ACd],
    [[0, { [_jN]: _n }], [0, { [_jN]: _aE }], [() => OrganizationAdditionalConfigurations, { [_jN]: _aCd }]]
];
var OrganizationFeatureConfigurationResult$ = [3, n0, _OFCR,
    0,
    [_N, _AE, _ACd],
    [[0, { [_jN]: _n }], [0, { [_jN]: _aE }], [() => OrganizationAdditionalConfigurationResults, { [_jN]: _aCd }]]
];
var OrganizationFeatureStatistics$ = [3, n0, _OFS,
    0,
    [_N, _EAC, _ACd],
    [[0, { [_jN]: _n }], [1, { [_jN]: _eAC }], [() => OrganizationFeatureStatisticsAdditionalConfigurations, { [_jN]: _aCd }]]
];
var OrganizationFeatureStatisticsAdditionalConfiguration$ = [3, n0, _OFSAC,
    0,
    [_N, _EAC],
    [[0, { [_jN]: _n }], [1, { [_jN]: _eAC }]]
];
var OrganizationFindingsSummary$ = [3, n0, _OFSr,
    0,
    [_TF, _SBe, _TFT, _BTW, _TAC, _AAC],
    [[1, { [_jN]: _tF }], [() => SeverityBreakdown$, { [_jN]: _sBe }], [() => FindingTypeCounts, { [_jN]: _tFT }], [() => TimeWindowGroups, { [_jN]: _bTW }], [1, { [_jN]: _tAC }], [1, { [_jN]: _aAC }]]
];
var OrganizationKubernetesAuditLogsConfiguration$ = [3, n0, _OKALC,
    0,
    [_AE],
    [[2, { [_jN]: _aE }]], 1
];
var OrganizationKubernetesAuditLogsConfigurationResult$ = [3, n0, _OKALCR,
    0,
    [_AE],
    [[2, { [_jN]: _aE }]], 1
];
var OrganizationKubernetesConfiguration$ = [3, n0, _OKC,
    0,
    [_AL],
    [[() => OrganizationKubernetesAuditLogsConfiguration$, { [_jN]: _aL }]], 1
];
var OrganizationKubernetesConfigurationResult$ = [3, n0, _OKCR,
    0,
    [_AL],
    [[() => OrganizationKubernetesAuditLogsConfigurationResult$, { [_jN]: _aL }]], 1
];
var OrganizationMalwareProtectionConfiguration$ = [3, n0, _OMPC,
    0,
    [_SEIWF],
    [[() => OrganizationScanEc2InstanceWithFindings$, { [_jN]: _sEIWF }]]
];
var OrganizationMalwareProtectionConfigurationResult$ = [3, n0, _OMPCR,
    0,
    [_SEIWF],
    [[() => OrganizationScanEc2InstanceWithFindingsResult$, { [_jN]: _sEIWF }]]
];
var OrganizationS3LogsConfiguration$ = [3, n0, _OSLC,
    0,
    [_AE],
    [[2, { [_jN]: _aE }]], 1
];
var OrganizationS3LogsConfigurationResult$ = [3, n0, _OSLCR,
    0,
    [_AE],
    [[2, { [_jN]: _aE }]], 1
];
var OrganizationScanEc2InstanceWithFindings$ = [3, n0, _OSEIWF,
    0,
    [_EVb],
    [[() => OrganizationEbsVolumes$, { [_jN]: _eVb }]]
];
var OrganizationScanEc2InstanceWithFindingsResult$ = [3, n0, _OSEIWFR,
    0,
    [_EVb],
    [[() => OrganizationEbsVolumesResult$, { [_jN]: _eVb }]]
];
var OrganizationStatistics$ = [3, n0, _OS,
    0,
    [_TACo, _MACe, _AACc, _EAC, _CBF],
    [[1, { [_jN]: _tACo }], [1, { [_jN]: _mAC }], [1, { [_jN]: _aACc }], [1, { [_jN]: _eAC }], [() => OrganizationFeatureStatisticsResults, { [_jN]: _cBF }]]
];
var Owner$ = [3, n0, _Ow,
    0,
    [_Id],
    [[0, { [_jN]: _id }]]
];
var PermissionConfiguration$ = [3, n0, _PCe,
    0,
    [_BLP, _ALP],
    [[() => BucketLevelPermissions$, { [_jN]: _bLP }], [() => AccountLevelPermissions$, { [_jN]: _aLP }]]
];
var PortProbeAction$ = [3, n0, _PPA,
    0,
    [_Bl, _PPD],
    [[2, { [_jN]: _bl }], [() => PortProbeDetails, { [_jN]: _pPD }]]
];
var PortProbeDetail$ = [3, n0, _PPDo,
    0,
    [_LPD, _LID, _RID],
    [[() => LocalPortDetails$, { [_jN]: _lPD }], [() => LocalIpDetails$, { [_jN]: _lID }], [() => RemoteIpDetails$, { [_jN]: _rID }]]
];
var PrivateIpAddressDetails$ = [3, n0, _PIAD,
    0,
    [_PDN, _PIAr],
    [[0, { [_jN]: _pDN }], [() => SensitiveString, { [_jN]: _pIAr }]]
];
var Process$ = [3, n0, _P,
    0,
    [_Uu, _N, _Pa, _PU, _Fi],
    [[0, { [_jN]: _uu }], [0, { [_jN]: _n }], [0, { [_jN]: _pa }], [0, { [_jN]: _pU }], [() => FindingReferences, { [_jN]: _fi }]], 1
];
var ProcessDetails$ = [3, n0, _PD,
    0,
    [_N, _EP, _ESx, _NP, _Pw, _Pi, _ST, _Uu, _PU, _Us, _UI, _Eu, _Li],
    [[0, { [_jN]: _n }], [0, { [_jN]: _eP }], [0, { [_jN]: _eSx }], [1, { [_jN]: _nP }], [0, { [_jN]: _pw }], [1, { [_jN]: _pi }], [4, { [_jN]: _sT }], [0, { [_jN]: _uu }], [0, { [_jN]: _pU }], [0, { [_jN]: _us }], [1, { [_jN]: _uI }], [1, { [_jN]: _eu }], [() => Lineage, { [_jN]: _li }]]
];
var Product$ = [3, n0, _Prod,
    0,
    [_N, _Fe],
    [[0, { [_jN]: _n }], [0, { [_jN]: _fe }]], 1
];
var ProductCode$ = [3, n0, _PCr,
    0,
    [_Cod, _PTr],
    [[0, { [_jN]: _pCI }], [0, { [_jN]: _pCT }]]
];
var ProtectionPlan$ = [3, n0, _PPr,
    0,
    [_N, _St],
    [[0, { [_jN]: _n }], [0, { [_jN]: _st }]]
];
var PublicAccess$ = [3, n0, _PA,
    0,
    [_PCe, _EPf],
    [[() => PermissionConfiguration$, { [_jN]: _pCe }], [0, { [_jN]: _ePf }]]
];
var PublicAccessConfiguration$ = [3, n0, _PAC,
    0,
    [_PAA, _PPAu, _PAIB, _PBRB],
    [[0, { [_jN]: _pAA }], [0, { [_jN]: _pPAu }], [0, { [_jN]: _pAIB }], [0, { [_jN]: _pBRB }]]
];
var QueryTimeWindow$ = [3, n0, _QTW,
    0,
    [_ST, _ET],
    [[4, { [_jN]: _sT }], [4, { [_jN]: _eT }]]
];
var RdsDbInstance$ = [3, n0, _RDI,
    0,
    [_DII, _DCI, _DIA, _DRI, _Eng, _EVn],
    [[0, { [_jN]: _dII }], [0, { [_jN]: _dCI }], [0, { [_jN]: _dIA }], [0, { [_jN]: _dRI }], [0, { [_jN]: _eng }], [0, { [_jN]: _eVn }]]
];
var RdsDbInstanceDetails$ = [3, n0, _RDID,
    0,
    [_DII, _Eng, _EVn, _DCI, _DIA, _DRI, _Tag],
    [[0, { [_jN]: _dII }], [0, { [_jN]: _eng }], [0, { [_jN]: _eVn }], [0, { [_jN]: _dCI }], [0, { [_jN]: _dIA }], [0, { [_jN]: _dRI }], [() => Tags, { [_jN]: _tag }]]
];
var RdsDbUser$ = [3, n0, _RDU,
    0,
    [_Us, _App, _Data, _AM, _Ss],
    [[0, { [_jN]: _us }], [0, { [_jN]: _app }], [0, { [_jN]: _data }], [0, { [_jN]: _aM }], [0, { [_jN]: _ss }]]
];
var RdsDbUserDetails$ = [3, n0, _RDUD,
    0,
    [_Us, _App, _Data, _Ss, _AM],
    [[0, { [_jN]: _us }], [0, { [_jN]: _app }], [0, { [_jN]: _data }], [0, { [_jN]: _ss }], [0, { [_jN]: _aM }]]
];
var RdsLimitlessDbDetails$ = [3, n0, _RLDD,
    0,
    [_DSGI, _DSGRI, _DSGA, _Eng, _EVn, _DCI, _Tag],
    [[0, { [_jN]: _dSGI }], [0, { [_jN]: _dSGRI }], [0, { [_jN]: _dSGA }], [0, { [_jN]: _eng }], [0, { [_jN]: _eVn }], [0, { [_jN]: _dCI }], [() => Tags, { [_jN]: _tag }]]
];
var RdsLoginActivity$ = [3, n0, _RLA,
    0,
    [_Ou, _Rat, _ACn, _LC, _AW, _Enr],
    [[0, { [_jN]: _ou }], [0, { [_jN]: _rat }], [0, { [_jN]: _aCn }], [1, { [_jN]: _lC }], [() => ActivityWindow$, { [_jN]: _aW }], [() => Enrichment$, { [_jN]: _enr }]]
];
var RdsLoginAttemptAction$ = [3, n0, _RLAA,
    0,
    [_RID, _LAog],
    [[() => RemoteIpDetails$, { [_jN]: _rID }], [() => LoginAttributes, 0]]
];
var Recommendation$ = [3, n0, _Recom,
    0,
    [_Ti, _Rati, _Ca, _Pri, _CC],
    [[0, { [_jN]: _ti }], [0, { [_jN]: _rati }], [0, { [_jN]: _ca }], [0, { [_jN]: _pri }], [64 | 0, { [_jN]: _cC }]]
];
var RecoveryPoint$ = [3, n0, _RPec,
    0,
    [_BVN, _CSD],
    [[0, { [_jN]: _bVN }], [() => ContinuousScanDetails$, { [_jN]: _cSD }]], 1
];
var RecoveryPointDetails$ = [3, n0, _RPDe,
    0,
    [_RPA, _BVN, _CSD],
    [[0, { [_jN]: _rPA }], [0, { [_jN]: _bVN }], [() => ScanConfigurationContinuousScanDetails$, { [_jN]: _cSD }]]
];
var RelatedFindings$ = [3, n0, _RF,
    0,
    [_Cor, _Ob],
    [[() => CorrelatedFindings, { [_jN]: _cor }], [() => ObservedFindingTypes, { [_jN]: _ob }]]
];
var RemoteAccountDetails$ = [3, n0, _RAD,
    0,
    [_AIc, _Af, _ASN],
    [[0, { [_jN]: _aIc }], [2, { [_jN]: _af }], [0, { [_jN]: _aSN }]]
];
var RemoteIpDetails$ = [3, n0, _RID,
    0,
    [_C, _Count, _GL, _IAV, _IAVp, _Or],
    [[() => City$, { [_jN]: _ci }], [() => Country$, { [_jN]: _countr }], [() => GeoLocation$, { [_jN]: _gL }], [() => SensitiveString, { [_jN]: _iAV }], [() => SensitiveString, { [_jN]: _iAVp }], [() => Organization$, { [_jN]: _org }]]
];
var RemotePortDetails$ = [3, n0, _RPD,
    0,
    [_Po, _PN],
    [[1, { [_jN]: _po }], [0, { [_jN]: _pN }]]
];
var RepresentativeFinding$ = [3, n0, _RFe,
    0,
    [_RT, _I, _FIi, _FC, _RLi, _RR],
    [[0, { [_jN]: _rT }], [0, { [_jN]: _i }], [0, { [_jN]: _fIi }], [1, { [_jN]: _fC }], [0, { [_jN]: _rLi }], [0, { [_jN]: _rR }]]
];
var Reputation$ = [3, n0, _Rep,
    0,
    [_FTDi, _CDu, _RCe],
    [[0, { [_jN]: _fTD }], [0, { [_jN]: _cDu }], [0, { [_jN]: _rCe }]]
];
var Resource$ = [3, n0, _Reso,
    0,
    [_AKD, _SBD, _IDn, _ECD, _KD, _RT, _EVD, _ECDc, _CDon, _LD, _RDID, _RLDD, _RDUD, _ESD, _EIDc, _RPDe, _BGD, _MDo],
    [[() => AccessKeyDetails$, { [_jN]: _aKD }], [() => S3BucketDetails, { [_jN]: _sBD }], [() => InstanceDetails$, { [_jN]: _iDn }], [() => EksClusterDetails$, { [_jN]: _eCD }], [() => KubernetesDetails$, { [_jN]: _kD }], [0, { [_jN]: _rT }], [() => EbsVolumeDetails$, { [_jN]: _eVD }], [() => EcsClusterDetails$, { [_jN]: _eCDc }], [() => Container$, { [_jN]: _cDo }], [() => LambdaDetails$, { [_jN]: _lD }], [() => RdsDbInstanceDetails$, { [_jN]: _rDID }], [() => RdsLimitlessDbDetails$, { [_jN]: _rLDD }], [() => RdsDbUserDetails$, { [_jN]: _rDUD }], [() => EbsSnapshotDetails$, { [_jN]: _eSD }], [() => Ec2ImageDetails$, { [_jN]: _eIDc }], [() => RecoveryPointDetails$, { [_jN]: _rPDe }], [() => BedrockGuardrailDetails$, { [_jN]: _bGD }], [() => ModelDetails, { [_jN]: _mD }]]
];
var ResourceData$ = [3, n0, _RDe,
    0,
    [_SBu, _EIc, _AK, _ENI, _SO, _ECk, _KW, _Con, _ECc, _ETc, _IIP, _AASG, _ELT, _EV, _EI, _CS, _BG],
    [[() => S3Bucket$, { [_jN]: _sBu }], [() => Ec2Instance$, { [_jN]: _eI }], [() => AccessKey$, { [_jN]: _aK }], [() => Ec2NetworkInterface$, { [_jN]: _eNI }], [() => S3Object$, { [_jN]: _sO }], [() => EksCluster$, { [_jN]: _eCk }], [() => KubernetesWorkload$, { [_jN]: _kW }], [() => ContainerFindingResource$, { [_jN]: _conta }], [() => EcsCluster$, { [_jN]: _eCc }], [() => EcsTask$, { [_jN]: _eTc }], [() => IamInstanceProfileV2$, { [_jN]: _iIP }], [() => AutoscalingAutoScalingGroup$, { [_jN]: _aASG }], [() => Ec2LaunchTemplate$, { [_jN]: _eLT }], [() => Ec2Vpc$, { [_jN]: _eVc }], [() => Ec2Image$, { [_jN]: _eIc }], [() => CloudformationStack$, { [_jN]: _cSl }], [() => BedrockGuardrailResource$, { [_jN]: _bG }]]
];
var ResourceDetails$ = [3, n0, _RD,
    0,
    [_IAns],
    [[0, { [_jN]: _iAn }]]
];
var ResourceDistribution$ = [3, n0, _RDes,
    0,
    [_RT, _I, _Cou],
    [[0, { [_jN]: _rT }], [0, { [_jN]: _i }], [1, { [_jN]: _cou }]]
];
var ResourceStatistics$ = [3, n0, _RSes,
    0,
    [_AIc, _LGA, _RIe, _RT, _TF],
    [[0, { [_jN]: _aIc }], [4, { [_jN]: _lGA }], [0, { [_jN]: _rIe }], [0, { [_jN]: _rT }], [1, { [_jN]: _tF }]]
];
var ResourceV2$ = [3, n0, _RV,
    0,
    [_U, _RT, _N, _AIc, _R, _Se, _CP, _Tag, _Dat],
    [[0, { [_jN]: _u }], [0, { [_jN]: _rT }], [0, { [_jN]: _n }], [0, { [_jN]: _aIc }], [0, { [_jN]: _r }], [0, { [_jN]: _ser }], [0, { [_jN]: _cP }], [() => Tags, { [_jN]: _tag }], [() => ResourceData$, { [_jN]: _dat }]], 2
];
var RuleDefinition$ = [3, n0, _RDu,
    0,
    [_Ex],
    [[0, { [_jN]: _ex }]], 1
];
var RuleDetail$ = [3, n0, _RDul,
    0,
    [_RI, _Ar, _N, _D, _Sev, _DSat, _Ta, _Te, _Se, _Def, _CA, _Lan, _Sch, _RMD, _UAp],
    [[0, { [_jN]: _rI }], [0, { [_jN]: _ar }], [0, { [_jN]: _n }], [0, { [_jN]: _d }], [0, { [_jN]: _sev }], [0, { [_jN]: _dSa }], [0, { [_jN]: _ta }], [0, { [_jN]: _te }], [0, { [_jN]: _ser }], [() => RuleDefinition$, { [_jN]: _def }], [4, { [_jN]: _cA }], [0, { [_jN]: _lan }], [0, { [_jN]: _sch }], [() => DetectionRuleRuntimeMonitoringDetails$, { [_jN]: _rMD }], [4, { [_jN]: _uAp }]], 11
];
var RuleSummary$ = [3, n0, _RSul,
    0,
    [_RI, _Ar, _N, _D, _Sev, _DSat, _Ta, _Te, _Se, _CA, _Lan, _Sch, _UAp],
    [[0, { [_jN]: _rI }], [0, { [_jN]: _ar }], [0, { [_jN]: _n }], [0, { [_jN]: _d }], [0, { [_jN]: _sev }], [0, { [_jN]: _dSa }], [0, { [_jN]: _ta }], [0, { [_jN]: _te }], [0, { [_jN]: _ser }], [4, { [_jN]: _cA }], [0, { [_jN]: _lan }], [0, { [_jN]: _sch }], [4, { [_jN]: _uAp }]], 10
];
var RuntimeContext$ = [3, n0, _RCu,
    0,
    [_MPo, _MA, _SP, _LP, _LPV, _SPo, _RBP, _RAP, _MSo, _MTo, _FSTi, _Fl, _MN, _MFP, _MSod, _SHFP, _TPar, _AFd, _IPN, _MRem, _TNo, _TCoo, _SN, _CLE, _TFP, _FO, _FP, _RFP],
    [[() => ProcessDetails$, { [_jN]: _mPo }], [4, { [_jN]: _mA }], [0, { [_jN]: _sP }], [0, { [_jN]: _lP }], [0, { [_jN]: _lPV }], [0, { [_jN]: _sPo }], [0, { [_jN]: _rBP }], [0, { [_jN]: _rAP }], [0, { [_jN]: _mSo }], [0, { [_jN]: _mTo }], [0, { [_jN]: _fSTi }], [64 | 0, { [_jN]: _fl }], [0, { [_jN]: _mN }], [0, { [_jN]: _mFP }], [0, { [_jN]: _mSod }], [0, { [_jN]: _sHFP }], [() => ProcessDetails$, { [_jN]: _tPar }], [0, { [_jN]: _aFd }], [1, { [_jN]: _iPN }], [64 | 0, { [_jN]: _mRe }], [0, { [_jN]: _tNo }], [0, { [_jN]: _tCoo }], [0, { [_jN]: _sN }], [0, { [_jN]: _cLE }], [0, { [_jN]: _tFP }], [0, { [_jN]: _fO }], [0, { [_jN]: _fP }], [64 | 0, { [_jN]: _rFP }]]
];
var RuntimeDetails$ = [3, n0, _RDun,
    0,
    [_P, _Conte],
    [[() => ProcessDetails$, { [_jN]: _p }], [() => RuntimeContext$, { [_jN]: _conte }]]
];
var RuntimeSignals$ = [3, n0, _RSu,
    0,
    [_SGi, _KO],
    [[() => SignalGroups, { [_jN]: _sGi }], [0, { [_jN]: _kO }]]
];
var S3Activity$ = [3, n0, _SAc,
    0,
    [_Ap, _ABf, _OSA, _NSA, _SAe, _ECv, _Acto, _SIou, _Enr, _AW],
    [[0, { [_jN]: _ap }], [0, { [_jN]: _aBf }], [0, { [_jN]: _oSA }], [0, { [_jN]: _nSA }], [0, { [_jN]: _sAe }], [1, { [_jN]: _eCv }], [() => InvestigationActor$, { [_jN]: _acto }], [0, { [_jN]: _sIo }], [() => Enrichment$, { [_jN]: _enr }], [() => ActivityWindow$, { [_jN]: _aW }]]
];
var S3Analysis$ = [3, n0, _SA,
    0,
    [_FSin, _EPf, _BPAS, _Exp, _UA, _UAC, _SIou, _IRp, _AAc, _SAA, _SCou, _AAu],
    [[0, { [_jN]: _fSin }], [0, { [_jN]: _ePf }], [0, { [_jN]: _bPAS }], [0, { [_jN]: _exp }], [0, { [_jN]: _uA }], [0, { [_jN]: _uAC }], [0, { [_jN]: _sIo }], [0, { [_jN]: _iR }], [0, { [_jN]: _aAc }], [0, { [_jN]: _sAA }], [0, { [_jN]: _sCou }], [0, { [_jN]: _aAu }]]
];
var S3Bucket$ = [3, n0, _SBu,
    0,
    [_OI, _CA, _ETn, _EKA, _EPf, _PRA, _PWA, _APA, _BPAu, _SOU],
    [[0, { [_jN]: _oI }], [4, { [_jN]: _cA }], [0, { [_jN]: _eTn }], [0, { [_jN]: _eKA }], [0, { [_jN]: _ePf }], [0, { [_jN]: _pRA }], [0, { [_jN]: _pWA }], [() => PublicAccessConfiguration$, { [_jN]: _aPA }], [() => PublicAccessConfiguration$, { [_jN]: _bPAu }], [64 | 0, { [_jN]: _sOU }]]
];
var S3BucketDetail$ = [3, n0, _SBDu,
    0,
    [_Ar, _N, _T, _CA, _Ow, _Tag, _DSSE, _PA, _SOD],
    [[0, { [_jN]: _ar }], [0, { [_jN]: _n }], [0, { [_jN]: _t }], [4, { [_jN]: _cA }], [() => Owner$, { [_jN]: _ow }], [() => Tags, { [_jN]: _tag }], [() => DefaultServerSideEncryption$, { [_jN]: _dSSE }], [() => PublicAccess$, { [_jN]: _pA }], [() => S3ObjectDetails, { [_jN]: _sOD }]]
];
var S3LogsConfiguration$ = [3, n0, _SLC,
    0,
    [_En],
    [[2, { [_jN]: _en }]], 1
];
var S3LogsConfigurationResult$ = [3, n0, _SLCR,
    0,
    [_St],
    [[0, { [_jN]: _st }]], 1
];
var S3Object$ = [3, n0, _SO,
    0,
    [_ETa, _Ke, _VI],
    [[0, { [_jN]: _eTa }], [0, { [_jN]: _ke }], [0, { [_jN]: _vI }]]
];
var S3ObjectDetail$ = [3, n0, _SODb,
    0,
    [_OAb, _Ke, _ETa, _H, _VI],
    [[0, { [_jN]: _oAb }], [0, { [_jN]: _ke }], [0, { [_jN]: _eTa }], [0, { [_jN]: _h }], [0, { [_jN]: _vI }]]
];
var S3ObjectForSendObjectMalwareScan$ = [3, n0, _SOFSOMS,
    0,
    [_Bu, _Ke, _VI],
    [[0, { [_jN]: _bu }], [0, { [_jN]: _ke }], [0, { [_jN]: _vI }]]
];
var Scan$ = [3, n0, _Sca,
    0,
    [_DI, _ADI, _SI, _SSc, _FRa, _SST, _SET, _TDr, _RD, _SRD, _AIc, _TB, _FCile, _AVtt, _STc],
    [[0, { [_jN]: _dI }], [0, { [_jN]: _aDI }], [0, { [_jN]: _sI }], [0, { [_jN]: _sS }], [0, { [_jN]: _fR }], [4, { [_jN]: _sST }], [4, { [_jN]: _sET }], [() => TriggerDetails$, { [_jN]: _tDr }], [() => ResourceDetails$, { [_jN]: _rD }], [() => ScanResultDetails$, { [_jN]: _sRD }], [0, { [_jN]: _aIc }], [1, { [_jN]: _tB }], [1, { [_jN]: _fCile }], [() => VolumeDetails, { [_jN]: _aVtt }], [0, { [_jN]: _sTc }]]
];
var ScanCondition$ = [3, n0, _SCcan,
    0,
    [_ME],
    [[() => MapEquals, { [_jN]: _mE }]], 1
];
var ScanConditionPair$ = [3, n0, _SCP,
    0,
    [_Ke, _Val],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _val }]], 1
];
var ScanConfiguration$ = [3, n0, _SCc,
    0,
    [_Ro, _TDr, _ISD, _RPec],
    [[0, { [_jN]: _ro }], [() => TriggerDetails$, { [_jN]: _tDr }], [() => IncrementalScanDetails$, { [_jN]: _iSD }], [() => ScanConfigurationRecoveryPoint$, { [_jN]: _rPec }]]
];
var ScanConfigurationContinuousScanDetails$ = [3, n0, _SCCSD,
    0,
    [_ET, _ST],
    [[4, { [_jN]: _eT }], [4, { [_jN]: _sT }]], 1
];
var ScanConfigurationRecoveryPoint$ = [3, n0, _SCRP,
    0,
    [_BVN, _CSD],
    [[0, { [_jN]: _bVN }], [() => ScanConfigurationContinuousScanDetails$, { [_jN]: _cSD }]]
];
var ScanDetections$ = [3, n0, _SD,
    0,
    [_SIC, _TDIC, _HSTD, _TDBN],
    [[() => ScannedItemCount$, { [_jN]: _sIC }], [() => ThreatsDetectedItemCount$, { [_jN]: _tDIC }], [() => HighestSeverityThreatDetails$, { [_jN]: _hSTD }], [() => ThreatDetectedByName$, { [_jN]: _tDBN }]]
];
var ScanEc2InstanceWithFindings$ = [3, n0, _SEIWF,
    0,
    [_EVb],
    [[2, { [_jN]: _eVb }]]
];
var ScanEc2InstanceWithFindingsResult$ = [3, n0, _SEIWFR,
    0,
    [_EVb],
    [[() => EbsVolumesResult$, { [_jN]: _eVb }]]
];
var ScanFilePath$ = [3, n0, _SFP,
    0,
    [_FP, _VA, _H, _FNil],
    [[0, { [_jN]: _fP }], [0, { [_jN]: _vA }], [0, { [_jN]: _h }], [0, { [_jN]: _fNil }]]
];
var ScannedItemCount$ = [3, n0, _SIC,
    0,
    [_TG, _File, _Vo],
    [[1, { [_jN]: _tG }], [1, { [_jN]: _file }], [1, { [_jN]: _vo }]]
];
var ScannedResource$ = [3, n0, _SRca,
    0,
    [_SRA, _SRT, _SRSc, _SSR, _RD],
    [[0, { [_jN]: _sRA }], [0, { [_jN]: _sRT }], [0, { [_jN]: _sRSc }], [0, { [_jN]: _sSR }], [() => ScannedResourceDetails$, { [_jN]: _rD }]]
];
var ScannedResourceDetails$ = [3, n0, _SRDc,
    0,
    [_EVbs, _ES],
    [[() => VolumeDetail$, { [_jN]: _eVbs }], [() => EbsSnapshot$, { [_jN]: _eSb }]]
];
var ScanResourceCriteria$ = [3, n0, _SRCc,
    0,
    [_Inc, _Exc],
    [[() => ScanCriterion, { [_jN]: _inc }], [() => ScanCriterion, { [_jN]: _exc }]]
];
var ScanResultDetails$ = [3, n0, _SRD,
    0,
    [_SRcan],
    [[0, { [_jN]: _sRca }]]
];
var ScanResultThreat$ = [3, n0, _SRTc,
    0,
    [_N, _Sou, _Cou, _H, _IDt],
    [[0, { [_jN]: _n }], [0, { [_jN]: _sou }], [1, { [_jN]: _cou }], [0, { [_jN]: _h }], [() => ItemDetailsList, { [_jN]: _iDt }]]
];
var ScanThreatName$ = [3, n0, _STN,
    0,
    [_N, _Sev, _ICt, _FPi],
    [[0, { [_jN]: _n }], [0, { [_jN]: _sev }], [1, { [_jN]: _iCt }], [() => FilePaths, { [_jN]: _fPi }]]
];
var SecurityContext$ = [3, n0, _SC,
    0,
    [_Priv, _APE],
    [[2, { [_jN]: _priv }], [2, { [_jN]: _aPE }]]
];
var SecurityGroup$ = [3, n0, _SGe,
    0,
    [_GI, _GN],
    [[0, { [_jN]: _gI }], [0, { [_jN]: _gN }]]
];
var SendObjectMalwareScanRequest$ = [3, n0, _SOMSR,
    0,
    [_SO],
    [[() => S3ObjectForSendObjectMalwareScan$, { [_jN]: _sO }]]
];
var SendObjectMalwareScanResponse$ = [3, n0, _SOMSRe,
    0,
    [],
    []
];
var Sequence$ = [3, n0, _Seq,
    0,
    [_U, _D, _Si, _Actor, _Re, _End, _SIe, _AST],
    [[0, { [_jN]: _u }], [0, { [_jN]: _d }], [() => Signals, { [_jN]: _si }], [() => Actors, { [_jN]: _actor }], [() => Resources, { [_jN]: _re }], [() => NetworkEndpoints, { [_jN]: _end }], [() => Indicators, { [_jN]: _sIe }], [64 | 0, { [_jN]: _aST }]], 3
];
var Service$ = [3, n0, _Se,
    0,
    [_Ac, _Ev, _Arch, _Cou, _DI, _EFS, _ELS, _RReso, _SN, _UF, _AId, _FNe, _EVSD, _RDun, _Det, _MSD],
    [[() => Action$, { [_jN]: _ac }], [() => Evidence$, { [_jN]: _ev }], [2, { [_jN]: _arch }], [1, { [_jN]: _cou }], [0, { [_jN]: _dI }], [0, { [_jN]: _eFS }], [0, { [_jN]: _eLS }], [0, { [_jN]: _rReso }], [0, { [_jN]: _sN }], [0, { [_jN]: _uF }], [() => ServiceAdditionalInfo$, { [_jN]: _aId }], [0, { [_jN]: _fNe }], [() => EbsVolumeScanDetails$, { [_jN]: _eVSD }], [() => RuntimeDetails$, { [_jN]: _rDu }], [() => Detection$, { [_jN]: _det }], [() => MalwareScanDetails$, { [_jN]: _mSD }]]
];
var ServiceAdditionalInfo$ = [3, n0, _SAI,
    0,
    [_Val, _T],
    [[0, { [_jN]: _val }], [0, { [_jN]: _t }]]
];
var Session$ = [3, n0, _S,
    0,
    [_U, _MSf, _CTr, _Issu],
    [[0, { [_jN]: _u }], [0, { [_jN]: _mSf }], [4, { [_jN]: _cTr }], [0, { [_jN]: _issu }]]
];
var SeverityBreakdown$ = [3, n0, _SBe,
    0,
    [_Crit, _Hi, _Med, _Low, _Inf],
    [[1, { [_jN]: _crit }], [1, { [_jN]: _hi }], [1, { [_jN]: _med }], [1, { [_jN]: _low }], [1, { [_jN]: _inf }]]
];
var SeverityStatistics$ = [3, n0, _SSe,
    0,
    [_LGA, _Sev, _TF],
    [[4, { [_jN]: _lGA }], [1, { [_jN]: _sev }], [1, { [_jN]: _tF }]]
];
var SharedBehavior$ = [3, n0, _SBh,
    0,
    [_Pa, _Val],
    [[0, { [_jN]: _pa }], [0, { [_jN]: _val }]]
];
var SharedResource$ = [3, n0, _SRh,
    0,
    [_RT, _I],
    [[0, { [_jN]: _rT }], [0, { [_jN]: _i }]]
];
var Signal$ = [3, n0, _Sig,
    0,
    [_U, _T, _N, _CA, _UAp, _FSA, _LSA, _Cou, _D, _Sev, _RUe, _AIct, _EIn, _SIi, _Activi],
    [[0, { [_jN]: _u }], [0, { [_jN]: _t }], [0, { [_jN]: _n }], [4, { [_jN]: _cA }], [4, { [_jN]: _uAp }], [4, { [_jN]: _fSA }], [4, { [_jN]: _lSA }], [1, { [_jN]: _cou }], [0, { [_jN]: _d }], [1, { [_jN]: _sev }], [64 | 0, { [_jN]: _rUe }], [64 | 0, { [_jN]: _aIct }], [64 | 0, { [_jN]: _eIn }], [() => Indicators, { [_jN]: _sIi }], [() => Activities, { [_jN]: _activ }]], 8
];
var SignalGroup$ = [3, n0, _SGig,
    0,
    [_FT, _Sev, _Cou],
    [[0, { [_jN]: _fT }], [1, { [_jN]: _sev }], [1, { [_jN]: _cou }]]
];
var SortCriteria$ = [3, n0, _SCo,
    0,
    [_AN, _OB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
var StartMalwareScanConfiguration$ = [3, n0, _SMSC,
    0,
    [_Ro, _ISD, _RPec],
    [[0, { [_jN]: _ro }], [() => IncrementalScanDetails$, { [_jN]: _iSD }], [() => RecoveryPoint$, { [_jN]: _rPec }]], 1
];
var StartMalwareScanRequest$ = [3, n0, _SMSR,
    0,
    [_RAe, _CTl, _SCc],
    [[0, { [_jN]: _rAe }], [0, { [_iTd]: 1, [_jN]: _cTl }], [() => StartMalwareScanConfiguration$, { [_jN]: _sCc }]], 1
];
var StartMalwareScanResponse$ = [3, n0, _SMSRt,
    0,
    [_SI],
    [[0, { [_jN]: _sI }]]
];
var StartMonitoringMembersRequest$ = [3, n0, _SMMR,
    0,
    [_DI, _AIcc],
    [[0, 1], [64 | 0, { [_jN]: _aIcc }]], 2
];
var StartMonitoringMembersResponse$ = [3, n0, _SMMRt,
    0,
    [_UAn],
    [[() => UnprocessedAccounts, { [_jN]: _uAn }]], 1
];
var StopMonitoringMembersRequest$ = [3, n0, _SMMRto,
    0,
    [_DI, _AIcc],
    [[0, 1], [64 | 0, { [_jN]: _aIcc }]], 2
];
var StopMonitoringMembersResponse$ = [3, n0, _SMMRtop,
    0,
    [_UAn],
    [[() => UnprocessedAccounts, { [_jN]: _uAn }]], 1
];
var TacticCoverage$ = [3, n0, _TC,
    0,
    [_Ph, _FC, _FTi, _Tec],
    [[0, { [_jN]: _ph }], [1, { [_jN]: _fC }], [64 | 0, { [_jN]: _fTi }], [() => TechniqueCoverages, { [_jN]: _tec }]]
];
var Tag$ = [3, n0, _Tag_,
    0,
    [_Ke, _Val],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _val }]]
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RAe, _Tag],
    [[0, 1], [128 | 0, { [_jN]: _tag }]], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TechniqueCoverage$ = [3, n0, _TCe,
    0,
    [_Te, _FC, _FTi],
    [[() => ThreatReference$, { [_jN]: _te }], [1, { [_jN]: _fC }], [64 | 0, { [_jN]: _fTi }]]
];
var Threat$ = [3, n0, _Thr,
    0,
    [_N, _Sou, _IPte, _Cou, _H, _IDt],
    [[0, { [_jN]: _n }], [0, { [_jN]: _sou }], [() => ItemPaths, { [_jN]: _iPte }], [1, { [_jN]: _cou }], [0, { [_jN]: _h }], [() => ItemDetailsList, { [_jN]: _iDt }]]
];
var ThreatAssessment$ = [3, n0, _TA,
    0,
    [_APtt, _TAP],
    [[() => AttackPhases, { [_jN]: _aPt }], [0, { [_jN]: _tAP }]]
];
var ThreatDetectedByName$ = [3, n0, _TDBN,
    0,
    [_ICt, _UTNC, _Sho, _TNh],
    [[1, { [_jN]: _iCt }], [1, { [_jN]: _uTNC }], [2, { [_jN]: _sho }], [() => ScanThreatNames, { [_jN]: _tNh }]]
];
var ThreatIntelligenceDetail$ = [3, n0, _TIDh,
    0,
    [_TLN, _TNh, _TFS],
    [[0, { [_jN]: _tLN }], [64 | 0, { [_jN]: _tNh }], [0, { [_jN]: _tFS }]]
];
var ThreatReference$ = [3, n0, _TR,
    0,
    [_N, _U],
    [[0, { [_jN]: _n }], [0, { [_jN]: _u }]]
];
var ThreatsDetectedItemCount$ = [3, n0, _TDIC,
    0,
    [_File],
    [[1, { [_jN]: _file }]]
];
var TimeWindowGroup$ = [3, n0, _TWG,
    0,
    [_ST, _ET, _FC],
    [[4, { [_jN]: _sT }], [4, { [_jN]: _eT }], [1, { [_jN]: _fC }]]
];
var Total$ = [3, n0, _To,
    0,
    [_Am, _Uni],
    [[0, { [_jN]: _am }], [0, { [_jN]: _uni }]]
];
var Trend$ = [3, n0, _Tr,
    0,
    [_Gra, _SAt, _EAn, _TF, _BTW],
    [[0, { [_jN]: _gra }], [4, { [_jN]: _sT }], [4, { [_jN]: _eT }], [1, { [_jN]: _tF }], [() => TimeWindowGroups, { [_jN]: _bTW }]]
];
var TriggerDetails$ = [3, n0, _TDr,
    0,
    [_GDFI, _D, _TT],
    [[0, { [_jN]: _gDFI }], [0, { [_jN]: _d }], [0, { [_jN]: _tT }]]
];
var TypeDistribution$ = [3, n0, _TDy,
    0,
    [_FT, _Cou, _Pe, _DSom],
    [[0, { [_jN]: _fT }], [1, { [_jN]: _cou }], [1, { [_jN]: _pe }], [0, { [_jN]: _dSom }]]
];
var UnarchiveFindingsRequest$ = [3, n0, _UFR,
    0,
    [_DI, _FI],
    [[0, 1], [64 | 0, { [_jN]: _fI }]], 2
];
var UnarchiveFindingsResponse$ = [3, n0, _UFRn,
    0,
    [],
    []
];
var UnprocessedAccount$ = [3, n0, _UAnp,
    0,
    [_AIc, _Res],
    [[0, { [_jN]: _aIc }], [0, { [_jN]: _res }]], 2
];
var UnprocessedDataSourcesResult$ = [3, n0, _UDSR,
    0,
    [_MP],
    [[() => MalwareProtectionConfigurationResult$, { [_jN]: _mP }]]
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RAe, _TK],
    [[0, 1], [64 | 0, { [_hQ]: _tK }]], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateCustomDetectionRuleAssociationRequest$ = [3, n0, _UCDRAR,
    0,
    [_RI, _AIs, _Mo],
    [[0, 1], [0, 1], [0, { [_jN]: _mo }]], 3
];
var UpdateCustomDetectionRuleAssociationResponse$ = [3, n0, _UCDRARp,
    0,
    [],
    []
];
var UpdateCustomDetectionRuleOrgConfigurationRequest$ = [3, n0, _UCDROCR,
    0,
    [_RI, _Mo, _IAI, _EAI],
    [[0, 1], [0, { [_jN]: _mo }], [64 | 0, { [_jN]: _iAI }], [64 | 0, { [_jN]: _eAI }]], 2
];
var UpdateCustomDetectionRuleOrgConfigurationResponse$ = [3, n0, _UCDROCRp,
    0,
    [],
    []
];
var UpdateDetectorRequest$ = [3, n0, _UDR,
    0,
    [_DI, _En, _FPF, _DS, _F],
    [[0, 1], [2, { [_jN]: _en }], [0, { [_jN]: _fPF }], [() => DataSourceConfigurations$, { [_jN]: _dS }], [() => DetectorFeatureConfigurations, { [_jN]: _f }]], 1
];
var UpdateDetectorResponse$ = [3, n0, _UDRp,
    0,
    [],
    []
];
var UpdateFilterRequest$ = [3, n0, _UFRp,
    0,
    [_DI, _FN, _D, _Ac, _Ra, _FCin],
    [[0, 1], [0, 1], [0, { [_jN]: _d }], [0, { [_jN]: _ac }], [1, { [_jN]: _ra }], [() => FindingCriteria$, { [_jN]: _fCin }]], 2
];
var UpdateFilterResponse$ = [3, n0, _UFRpd,
    0,
    [_N],
    [[0, { [_jN]: _n }]], 1
];
var UpdateFindingsFeedbackRequest$ = [3, n0, _UFFR,
    0,
    [_DI, _FI, _Fee, _Com],
    [[0, 1], [64 | 0, { [_jN]: _fI }], [0, { [_jN]: _fee }], [() => SensitiveString, { [_jN]: _com }]], 3
];
var UpdateFindingsFeedbackResponse$ = [3, n0, _UFFRp,
    0,
    [],
    []
];
var UpdateIPSetRequest$ = [3, n0, _UIPSR,
    0,
    [_DI, _ISI, _N, _Lo, _Activ, _EBO],
    [[0, 1], [0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _lo }], [2, { [_jN]: _acti }], [0, { [_jN]: _eBO }]], 2
];
var UpdateIPSetResponse$ = [3, n0, _UIPSRp,
    0,
    [],
    []
];
var UpdateMalwareProtectionPlanRequest$ = [3, n0, _UMPPR,
    0,
    [_MPPI, _Ro, _Acti, _PR],
    [[0, 1], [0, { [_jN]: _ro }], [() => MalwareProtectionPlanActions$, { [_jN]: _act }], [() => UpdateProtectedResource$, { [_jN]: _pR }]], 1
];
var UpdateMalwareScanSettingsRequest$ = [3, n0, _UMSSR,
    0,
    [_DI, _SRCc, _ESP],
    [[0, 1], [() => ScanResourceCriteria$, { [_jN]: _sRCc }], [0, { [_jN]: _eSP }]], 1
];
var UpdateMalwareScanSettingsResponse$ = [3, n0, _UMSSRp,
    0,
    [],
    []
];
var UpdateMemberDetectorsRequest$ = [3, n0, _UMDR,
    0,
    [_DI, _AIcc, _DS, _F],
    [[0, 1], [64 | 0, { [_jN]: _aIcc }], [() => DataSourceConfigurations$, { [_jN]: _dS }], [() => MemberFeaturesConfigurations, { [_jN]: _f }]], 2
];
var UpdateMemberDetectorsResponse$ = [3, n0, _UMDRp,
    0,
    [_UAn],
    [[() => UnprocessedAccounts, { [_jN]: _uAn }]], 1
];
var UpdateOrganizationConfigurationRequest$ = [3, n0, _UOCR,
    0,
    [_DI, _AE, _DS, _F, _AEOM],
    [[0, 1], [2, { [_jN]: _aE }], [() => OrganizationDataSourceConfigurations$, { [_jN]: _dS }], [() => OrganizationFeaturesConfigurations, { [_jN]: _f }], [0, { [_jN]: _aEOM }]], 1
];
var UpdateOrganizationConfigurationResponse$ = [3, n0, _UOCRp,
    0,
    [],
    []
];
var UpdateProtectedResource$ = [3, n0, _UPR,
    0,
    [_SBu],
    [[() => UpdateS3BucketResource$, { [_jN]: _sBu }]]
];
var UpdatePublishingDestinationRequest$ = [3, n0, _UPDR,
    0,
    [_DI, _DIe, _DP],
    [[0, 1], [0, 1], [() => DestinationProperties$, { [_jN]: _dP }]], 2
];
var UpdatePublishingDestinationResponse$ = [3, n0, _UPDRp,
    0,
    [],
    []
];
var UpdateS3BucketResource$ = [3, n0, _USBR,
    0,
    [_OP],
    [[64 | 0, { [_jN]: _oP }]]
];
var UpdateThreatEntitySetRequest$ = [3, n0, _UTESR,
    0,
    [_DI, _TESI, _N, _Lo, _EBO, _Activ],
    [[0, 1], [0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _lo }], [0, { [_jN]: _eBO }], [2, { [_jN]: _acti }]], 2
];
var UpdateThreatEntitySetResponse$ = [3, n0, _UTESRp,
    0,
    [],
    []
];
var UpdateThreatIntelSetRequest$ = [3, n0, _UTISR,
    0,
    [_DI, _TISI, _N, _Lo, _Activ, _EBO],
    [[0, 1], [0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _lo }], [2, { [_jN]: _acti }], [0, { [_jN]: _eBO }]], 2
];
var UpdateThreatIntelSetResponse$ = [3, n0, _UTISRp,
    0,
    [],
    []
];
var UpdateTrustedEntitySetRequest$ = [3, n0, _UTESRpd,
    0,
    [_DI, _TESIr, _N, _Lo, _EBO, _Activ],
    [[0, 1], [0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _lo }], [0, { [_jN]: _eBO }], [2, { [_jN]: _acti }]], 2
];
var UpdateTrustedEntitySetResponse$ = [3, n0, _UTESRpda,
    0,
    [],
    []
];
var UsageAccountResult$ = [3, n0, _UAR,
    0,
    [_AIc, _To],
    [[0, { [_jN]: _aIc }], [() => Total$, { [_jN]: _to }]]
];
var UsageCriteria$ = [3, n0, _UCs,
    0,
    [_AIcc, _DS, _Re, _F],
    [[64 | 0, { [_jN]: _aIcc }], [64 | 0, { [_jN]: _dS }], [64 | 0, { [_jN]: _re }], [64 | 0, { [_jN]: _f }]]
];
var UsageDataSourceResult$ = [3, n0, _UDSRs,
    0,
    [_DSat, _To],
    [[0, { [_jN]: _dSa }], [() => Total$, { [_jN]: _to }]]
];
var UsageFeatureResult$ = [3, n0, _UFRs,
    0,
    [_Fe, _To],
    [[0, { [_jN]: _fe }], [() => Total$, { [_jN]: _to }]]
];
var UsageResourceResult$ = [3, n0, _URRs,
    0,
    [_Reso, _To],
    [[0, { [_jN]: _reso }], [() => Total$, { [_jN]: _to }]]
];
var UsageStatistics$ = [3, n0, _US,
    0,
    [_SBA, _TABF, _SBDS, _SBR, _TRo, _SBF],
    [[() => UsageAccountResultList, { [_jN]: _sBA }], [() => UsageTopAccountsResultList, { [_jN]: _tABF }], [() => UsageDataSourceResultList, { [_jN]: _sBDS }], [() => UsageResourceResultList, { [_jN]: _sBR }], [() => UsageResourceResultList, { [_jN]: _tR }], [() => UsageFeatureResultList, { [_jN]: _sBF }]]
];
var UsageTopAccountResult$ = [3, n0, _UTAR,
    0,
    [_AIc, _To],
    [[0, { [_jN]: _aIc }], [() => Total$, { [_jN]: _to }]]
];
var UsageTopAccountsResult$ = [3, n0, _UTARs,
    0,
    [_Fe, _Acc],
    [[0, { [_jN]: _fe }], [() => UsageTopAccountsByFeatureList, { [_jN]: _acc }]]
];
var User$ = [3, n0, _Us,
    0,
    [_N, _U, _T, _CUr, _A],
    [[0, { [_jN]: _n }], [0, { [_jN]: _u }], [0, { [_jN]: _t }], [0, { [_jN]: _cUr }], [() => Account$, { [_jN]: _a }]], 3
];
var Volume$ = [3, n0, _Vol,
    0,
    [_N, _HP],
    [[0, { [_jN]: _n }], [() => HostPath$, { [_jN]: _hP }]]
];
var VolumeDetail$ = [3, n0, _VD,
    0,
    [_VA, _VTo, _DN, _VSIGB, _ETn, _SAn, _KKA],
    [[0, { [_jN]: _vA }], [0, { [_jN]: _vTo }], [0, { [_jN]: _dN }], [1, { [_jN]: _vSIGB }], [0, { [_jN]: _eTn }], [0, { [_jN]: _sAn }], [0, { [_jN]: _kKA }]]
];
var VolumeMount$ = [3, n0, _VMo,
    0,
    [_N, _MPou],
    [[0, { [_jN]: _n }], [0, { [_jN]: _mPou }]]
];
var VpcConfig$ = [3, n0, _VC,
    0,
    [_SIub, _VIp, _SG],
    [[64 | 0, { [_jN]: _sIub }], [0, { [_jN]: _vIp }], [() => SecurityGroups, { [_jN]: _sG }]]
];
var __Unit = "unit";
var AccountAffectedResources = [1, n0, _AARc,
    0, [() => AccountAffectedResource$,
        0]
];
var AccountDetails = [1, n0, _ADc,
    0, [() => AccountDetail$,
        0]
];
var AccountFreeTrialInfos = [1, n0, _AFTIc,
    0, [() => AccountFreeTrialInfo$,
        0]
];
var AccountIds = (/* unused pure expression or super */ null && (0));
var AccountSummaries = [1, n0, _AScco,
    0, [() => AccountSummary$,
        0]
];
var Activities = [1, n0, _Activi,
    0, [() => Activity$,
        0]
];
var ActorIds = (/* unused pure expression or super */ null && (0));
var Actors = [1, n0, _Actor,
    0, [() => Actor$,
        0]
];
var AdditionalSequenceTypes = (/* unused pure expression or super */ null && (0));
var AdminAccounts = [1, n0, _AAdm,
    0, [() => AdminAccount$,
        0]
];
var AnomalyProfileFeatureObjects = [1, n0, _APFO,
    0, [() => AnomalyObject$,
        0]
];
var AssociationSummaryList = [1, n0, _ASL,
    0, [() => AssociationSummary$,
        0]
];
var AttackPhases = [1, n0, _APtta,
    0, [() => AttackPhase$,
        0]
];
var Attacks = [1, n0, _Att,
    0, [() => Attack$,
        0]
];
var BedrockGuardrails = [1, n0, _BGe,
    0, [() => BedrockGuardrail$,
        0]
];
var CliCommands = (/* unused pure expression or super */ null && (0));
var Containers = [1, n0, _Cont,
    0, [() => Container$,
        0]
];
var ContainerUids = (/* unused pure expression or super */ null && (0));
var ContentPolicyFilters = [1, n0, _CPF,
    0, [() => ContentPolicyFilter$,
        0]
];
var CorrelatedFindings = [1, n0, _CFo,
    0, [() => CorrelatedFinding$,
        0]
];
var CorrelationReasons = (/* unused pure expression or super */ null && (0));
var CountermeasureActions = [1, n0, _CAou,
    0, [() => CountermeasureAction$,
        0]
];
var Countermeasures = [1, n0, _Counte,
    0, [() => Countermeasure$,
        0]
];
var CoverageFilterCriterionList = [1, n0, _CFCL,
    0, [() => CoverageFilterCriterion$,
        0]
];
var CoverageResources = [1, n0, _CRove,
    0, [() => CoverageResource$,
        0]
];
var CoverageStatisticsTypeList = (/* unused pure expression or super */ null && (0));
var DataSourceList = (/* unused pure expression or super */ null && (0));
var Destinations = [1, n0, _Des,
    0, [() => Destination$,
        0]
];
var DetectionRuleAccountIds = (/* unused pure expression or super */ null && (0));
var DetectionRuleFilterList = [1, n0, _DRFL,
    0, [() => DetectionRuleFilter$,
        0]
];
var DetectionRuleFilterValues = (/* unused pure expression or super */ null && (0));
var DetectionRuleOrgConfigurationSummaryList = [1, n0, _DROCSL,
    0, [() => DetectionRuleOrgConfigurationSummary$,
        0]
];
var DetectorAdditionalConfigurationResults = [1, n0, _DACRe,
    0, [() => DetectorAdditionalConfigurationResult$,
        0]
];
var DetectorAdditionalConfigurations = [1, n0, _DACe,
    0, [() => DetectorAdditionalConfiguration$,
        0]
];
var DetectorFeatureConfigurations = [1, n0, _DFCe,
    0, [() => DetectorFeatureConfiguration$,
        0]
];
var DetectorFeatureConfigurationsResults = [1, n0, _DFCRe,
    0, [() => DetectorFeatureConfigurationResult$,
        0]
];
var DetectorIds = (/* unused pure expression or super */ null && (0));
var Ec2InstanceUids = (/* unused pure expression or super */ null && (0));
var Ec2NetworkInterfaceUids = (/* unused pure expression or super */ null && (0));
var EndpointIds = (/* unused pure expression or super */ null && (0));
var Eq = (/* unused pure expression or super */ null && (0));
var Equals = (/* unused pure expression or super */ null && (0));
var FetchCriteria = [1, n0, _FCet,
    0, [() => FetchCriterion$,
        0]
];
var FetchDetectorFeatures = [1, n0, _FDF,
    0, [() => InvestigationDetectorFeatureConfiguration$,
        0]
];
var FetchFieldValues = (/* unused pure expression or super */ null && (0));
var FetchItemIds = (/* unused pure expression or super */ null && (0));
var FetchLearnMoreLinks = (/* unused pure expression or super */ null && (0));
var FilePaths = [1, n0, _FPi,
    0, [() => ScanFilePath$,
        0]
];
var FilterCriterionList = [1, n0, _FCL,
    0, [() => FilterCriterion$,
        0]
];
var FilterNames = (/* unused pure expression or super */ null && (0));
var FindingIds = (/* unused pure expression or super */ null && (0));
var FindingReferences = [1, n0, _FRin,
    0, [() => FindingReference$,
        0]
];
var Findings = [1, n0, _Fi,
    0, [() => Finding$,
        0]
];
var FindingStatisticTypes = (/* unused pure expression or super */ null && (0));
var FindingTypeClassifications = [1, n0, _FTCin,
    0, [() => FindingTypeClassification$,
        0]
];
var FindingTypeCounts = [1, n0, _FTCind,
    0, [() => FindingTypeCount$,
        0]
];
var FindingTypeNames = (/* unused pure expression or super */ null && (0));
var FindingTypes = (/* unused pure expression or super */ null && (0));
var FlagsList = (/* unused pure expression or super */ null && (0));
var FoundationalDataSources = (/* unused pure expression or super */ null && (0));
var FreeTrialFeatureConfigurationsResults = [1, n0, _FTFCRr,
    0, [() => FreeTrialFeatureConfigurationResult$,
        0]
];
var GroupedByAccount = [1, n0, _GBA,
    0, [() => AccountStatistics$,
        0]
];
var GroupedByDate = [1, n0, _GBD,
    0, [() => DateStatistics$,
        0]
];
var GroupedByFindingType = [1, n0, _GBFT,
    0, [() => FindingTypeStatistics$,
        0]
];
var GroupedByResource = [1, n0, _GBR,
    0, [() => ResourceStatistics$,
        0]
];
var GroupedBySeverity = [1, n0, _GBS,
    0, [() => SeverityStatistics$,
        0]
];
var Groups = (/* unused pure expression or super */ null && (0));
var Indicators = [1, n0, _In,
    0, [() => Indicator$,
        0]
];
var IndicatorValues = (/* unused pure expression or super */ null && (0));
var InvestigationIndicators = [1, n0, _IInves,
    0, [() => InvestigationIndicator$,
        0]
];
var InvestigationObservations = (/* unused pure expression or super */ null && (0));
var InvestigationSummaries = [1, n0, _ISnve,
    0, [() => InvestigationSummary$,
        0]
];
var Invitations = [1, n0, _Invit,
    0, [() => Invitation$,
        0]
];
var IpSetIds = (/* unused pure expression or super */ null && (0));
var Ipv6Addresses = (/* unused pure expression or super */ null && (0));
var Issues = (/* unused pure expression or super */ null && (0));
var ItemDetailsList = [1, n0, _IDL,
    0, [() => ItemDetails$,
        0]
];
var ItemPaths = [1, n0, _IPte,
    0, [() => ItemPath$,
        0]
];
var Lineage = [1, n0, _Li,
    0, [() => LineageObject$,
        0]
];
var ListMalwareScansFilterCriterionList = [1, n0, _LMSFCL,
    0, [() => ListMalwareScansFilterCriterion$,
        0]
];
var LoginAttributes = [1, n0, _LAog,
    0, [() => LoginAttribute$,
        0]
];
var MalwareProtectionPlanObjectPrefixesList = (/* unused pure expression or super */ null && (0));
var MalwareProtectionPlansSummary = [1, n0, _MPPSa,
    0, [() => MalwareProtectionPlanSummary$,
        0]
];
var MalwareProtectionPlanStatusReasonsList = [1, n0, _MPPSRL,
    0, [() => MalwareProtectionPlanStatusReason$,
        0]
];
var MalwareScans = [1, n0, _MSa,
    0, [() => MalwareScan$,
        0]
];
var MalwareThreats = [1, n0, _MTal,
    0, [() => MalwareThreat$,
        0]
];
var MapEquals = [1, n0, _ME,
    0, [() => ScanConditionPair$,
        0]
];
var Matches = (/* unused pure expression or super */ null && (0));
var MemberAccountRankings = [1, n0, _MARe,
    0, [() => MemberAccountRanking$,
        0]
];
var MemberAdditionalConfigurationResults = [1, n0, _MACRe,
    0, [() => MemberAdditionalConfigurationResult$,
        0]
];
var MemberAdditionalConfigurations = [1, n0, _MACem,
    0, [() => MemberAdditionalConfiguration$,
        0]
];
var MemberDataSourceConfigurations = [1, n0, _MDSC,
    0, [() => MemberDataSourceConfiguration$,
        0]
];
var MemberFeaturesConfigurations = [1, n0, _MFCe,
    0, [() => MemberFeaturesConfiguration$,
        0]
];
var MemberFeaturesConfigurationsResults = [1, n0, _MFCRe,
    0, [() => MemberFeaturesConfigurationResult$,
        0]
];
var Members = [1, n0, _Me,
    0, [() => Member$,
        0]
];
var MemoryRegionsList = (/* unused pure expression or super */ null && (0));
var MitreTechniqueIds = (/* unused pure expression or super */ null && (0));
var ModelDetails = [1, n0, _MDo,
    0, [() => ModelDetail$,
        0]
];
var Neq = (/* unused pure expression or super */ null && (0));
var NetworkEndpoints = [1, n0, _NEet,
    0, [() => NetworkEndpoint$,
        0]
];
var NetworkInterfaces = [1, n0, _NI,
    0, [() => NetworkInterface$,
        0]
];
var NotEquals = (/* unused pure expression or super */ null && (0));
var NotMatches = (/* unused pure expression or super */ null && (0));
var ObservationNumbers = (/* unused pure expression or super */ null && (0));
var ObservationTexts = (/* unused pure expression or super */ null && (0));
var ObservedFindingTypes = [1, n0, _OFTb,
    0, [() => ObservedFindingType$,
        0]
];
var OrganizationAdditionalConfigurationResults = [1, n0, _OACRr,
    0, [() => OrganizationAdditionalConfigurationResult$,
        0]
];
var OrganizationAdditionalConfigurations = [1, n0, _OACr,
    0, [() => OrganizationAdditionalConfiguration$,
        0]
];
var OrganizationFeaturesConfigurations = [1, n0, _OFCr,
    0, [() => OrganizationFeatureConfiguration$,
        0]
];
var OrganizationFeaturesConfigurationsResults = [1, n0, _OFCRr,
    0, [() => OrganizationFeatureConfigurationResult$,
        0]
];
var OrganizationFeatureStatisticsAdditionalConfigurations = [1, n0, _OFSACr,
    0, [() => OrganizationFeatureStatisticsAdditionalConfiguration$,
        0]
];
var OrganizationFeatureStatisticsResults = [1, n0, _OFSR,
    0, [() => OrganizationFeatureStatistics$,
        0]
];
var PortProbeDetails = [1, n0, _PPD,
    0, [() => PortProbeDetail$,
        0]
];
var PrivateIpAddresses = [1, n0, _PIA,
    0, [() => PrivateIpAddressDetails$,
        0]
];
var Processes = [1, n0, _Pr,
    0, [() => Process$,
        0]
];
var ProductCodes = [1, n0, _PC,
    0, [() => ProductCode$,
        0]
];
var ProtectionPlans = [1, n0, _PP,
    0, [() => ProtectionPlan$,
        0]
];
var Recommendations = [1, n0, _Rec,
    0, [() => Recommendation$,
        0]
];
var Records = [1, n0, _Reco,
    0, [() => InvestigationRecord$,
        0]
];
var RecordTypes = (/* unused pure expression or super */ null && (0));
var RelatedFilePathsList = (/* unused pure expression or super */ null && (0));
var RelatedFindingIds = (/* unused pure expression or super */ null && (0));
var RemediationAffectedResources = [1, n0, _RAR,
    0, [() => AffectedResource$,
        0]
];
var RepresentativeFindings = [1, n0, _RFep,
    0, [() => RepresentativeFinding$,
        0]
];
var ResourceDistributions = [1, n0, _RDeso,
    0, [() => ResourceDistribution$,
        0]
];
var ResourceList = (/* unused pure expression or super */ null && (0));
var Resources = [1, n0, _Re,
    0, [() => ResourceV2$,
        0]
];
var ResourceUids = (/* unused pure expression or super */ null && (0));
var RuleSummaryList = [1, n0, _RSL,
    0, [() => RuleSummary$,
        0]
];
var S3BucketDetails = [1, n0, _SBD,
    0, [() => S3BucketDetail$,
        0]
];
var S3ObjectDetails = [1, n0, _SOD,
    0, [() => S3ObjectDetail$,
        0]
];
var S3ObjectUids = (/* unused pure expression or super */ null && (0));
var ScannedResources = [1, n0, _SRc,
    0, [() => ScannedResource$,
        0]
];
var ScanResultThreats = [1, n0, _SRTca,
    0, [() => ScanResultThreat$,
        0]
];
var Scans = [1, n0, _Sc,
    0, [() => Scan$,
        0]
];
var ScanThreatNames = [1, n0, _STNc,
    0, [() => ScanThreatName$,
        0]
];
var SecurityGroups = [1, n0, _SG,
    0, [() => SecurityGroup$,
        0]
];
var SessionNameList = (/* unused pure expression or super */ null && (0));
var SharedBehaviors = [1, n0, _SB,
    0, [() => SharedBehavior$,
        0]
];
var SharedResources = [1, n0, _SR,
    0, [() => SharedResource$,
        0]
];
var SignalGroups = [1, n0, _SGi,
    0, [() => SignalGroup$,
        0]
];
var Signals = [1, n0, _Si,
    0, [() => Signal$,
        0]
];
var SourceIps = (/* unused pure expression or super */ null && (0));
var Sources = (/* unused pure expression or super */ null && (0));
var SubnetIds = (/* unused pure expression or super */ null && (0));
var TacticCoverages = [1, n0, _TCa,
    0, [() => TacticCoverage$,
        0]
];
var TagKeyList = (/* unused pure expression or super */ null && (0));
var Tags = [1, n0, _Tag,
    0, [() => Tag$,
        0]
];
var TechniqueCoverages = [1, n0, _TCec,
    0, [() => TechniqueCoverage$,
        0]
];
var ThreatEntitySetIds = (/* unused pure expression or super */ null && (0));
var ThreatIntelligenceDetails = [1, n0, _TID,
    0, [() => ThreatIntelligenceDetail$,
        0]
];
var ThreatIntelSetIds = (/* unused pure expression or super */ null && (0));
var ThreatNames = (/* unused pure expression or super */ null && (0));
var Threats = [1, n0, _Th,
    0, [() => Threat$,
        0]
];
var TimeWindowGroups = [1, n0, _TWGi,
    0, [() => TimeWindowGroup$,
        0]
];
var TrustedEntitySetIds = (/* unused pure expression or super */ null && (0));
var TypeDistributions = [1, n0, _TDyp,
    0, [() => TypeDistribution$,
        0]
];
var UnprocessedAccounts = [1, n0, _UAn,
    0, [() => UnprocessedAccount$,
        0]
];
var UsageAccountResultList = [1, n0, _UARL,
    0, [() => UsageAccountResult$,
        0]
];
var UsageDataSourceResultList = [1, n0, _UDSRL,
    0, [() => UsageDataSourceResult$,
        0]
];
var UsageFeatureList = (/* unused pure expression or super */ null && (0));
var UsageFeatureResultList = [1, n0, _UFRL,
    0, [() => UsageFeatureResult$,
        0]
];
var UsageResourceResultList = [1, n0, _URRL,
    0, [() => UsageResourceResult$,
        0]
];
var UsageTopAccountsByFeatureList = [1, n0, _UTABFL,
    0, [() => UsageTopAccountResult$,
        0]
];
var UsageTopAccountsResultList = [1, n0, _UTARL,
    0, [() => UsageTopAccountsResult$,
        0]
];
var VolumeDetails = [1, n0, _VDo,
    0, [() => VolumeDetail$,
        0]
];
var VolumeMounts = [1, n0, _VM,
    0, [() => VolumeMount$,
        0]
];
var Volumes = [1, n0, _Vo,
    0, [() => Volume$,
        0]
];
var AffectedResources = (/* unused pure expression or super */ null && (0));
var AnomalyProfileFeatures = [2, n0, _APF,
    0, [0,
        0],
    [() => AnomalyProfileFeatureObjects,
        0]
];
var AnomalyProfiles = [2, n0, _APn,
    0, [0,
        0],
    [() => AnomalyProfileFeatures,
        0]
];
var AnomalyUnusualBehaviorFeature = [2, n0, _AUBF,
    0, [0,
        0],
    [() => AnomalyObject$,
        0]
];
var Behavior = [2, n0, _B,
    0, [0,
        0],
    [() => AnomalyUnusualBehaviorFeature,
        0]
];
var CountByCoverageStatus = (/* unused pure expression or super */ null && (0));
var CountByResourceType = (/* unused pure expression or super */ null && (0));
var CountBySeverity = (/* unused pure expression or super */ null && (0));
var Criterion = [2, n0, _Cri,
    0, [0,
        0],
    [() => Condition$,
        0]
];
var InvestigationCriterion = [2, n0, _ICn,
    0, [0,
        0],
    [() => InvestigationFilterCondition$,
        0]
];
var ScanCriterion = [2, n0, _SCcanr,
    0, [0,
        0],
    [() => ScanCondition$,
        0]
];
var TagMap = (/* unused pure expression or super */ null && (0));
var SupportingData$ = [4, n0, _SDup,
    0,
    [_Fet, _Ana, _Obs, _Met],
    [[() => FetchRecord$, { [_jN]: _fet }], [() => AnalysisRecord$, { [_jN]: _ana }], [() => ObservationRecord$, { [_jN]: _obs }], [() => MetadataRecord$, { [_jN]: _met }]]
];
var AcceptAdministratorInvitation$ = [9, n0, _AAIc,
    { [_ht]: ["POST", "/detector/{DetectorId}/administrator", 200] }, () => AcceptAdministratorInvitationRequest$, () => AcceptAdministratorInvitationResponse$
];
var AcceptInvitation$ = [9, n0, _AIcce,
    { [_ht]: ["POST", "/detector/{DetectorId}/master", 200] }, () => AcceptInvitationRequest$, () => AcceptInvitationResponse$
];
var ArchiveFindings$ = [9, n0, _AFr,
    { [_ht]: ["POST", "/detector/{DetectorId}/findings/archive", 200] }, () => ArchiveFindingsRequest$, () => ArchiveFindingsResponse$
];
var CreateCustomDetectionRuleAssociation$ = [9, n0, _CCDRA,
    { [_ht]: ["POST", "/custom-detection-rule/association", 200] }, () => CreateCustomDetectionRuleAssociationRequest$, () => CreateCustomDetectionRuleAssociationResponse$
];
var CreateCustomDetectionRuleOrgConfiguration$ = [9, n0, _CCDROC,
    { [_ht]: ["POST", "/custom-detection-rule/org-configuration", 200] }, () => CreateCustomDetectionRuleOrgConfigurationRequest$, () => CreateCustomDetectionRuleOrgConfigurationResponse$
];
var CreateDetector$ = [9, n0, _CDr,
    { [_ht]: ["POST", "/detector", 200] }, () => CreateDetectorRequest$, () => CreateDetectorResponse$
];
var CreateFilter$ = [9, n0, _CFr,
    { [_ht]: ["POST", "/detector/{DetectorId}/filter", 200] }, () => CreateFilterRequest$, () => CreateFilterResponse$
];
var CreateInvestigation$ = [9, n0, _CI,
    { [_ht]: ["POST", "/detector/{DetectorId}/investigation", 202] }, () => CreateInvestigationRequest$, () => CreateInvestigationResponse$
];
var CreateIPSet$ = [9, n0, _CIPS,
    { [_ht]: ["POST", "/detector/{DetectorId}/ipset", 200] }, () => CreateIPSetRequest$, () => CreateIPSetResponse$
];
var CreateMalwareProtectionPlan$ = [9, n0, _CMPP,
    { [_ht]: ["POST", "/malware-protection-plan", 200] }, () => CreateMalwareProtectionPlanRequest$, () => CreateMalwareProtectionPlanResponse$
];
var CreateMembers$ = [9, n0, _CM,
    { [_ht]: ["POST", "/detector/{DetectorId}/member", 200] }, () => CreateMembersRequest$, () => CreateMembersResponse$
];
var CreatePublishingDestination$ = [9, n0, _CPD,
    { [_ht]: ["POST", "/detector/{DetectorId}/publishingDestination", 200] }, () => CreatePublishingDestinationRequest$, () => CreatePublishingDestinationResponse$
];
var CreateSampleFindings$ = [9, n0, _CSF,
    { [_ht]: ["POST", "/detector/{DetectorId}/findings/create", 200] }, () => CreateSampleFindingsRequest$, () => CreateSampleFindingsResponse$
];
var CreateThreatEntitySet$ = [9, n0, _CTES,
    { [_ht]: ["POST", "/detector/{DetectorId}/threatentityset", 200] }, () => CreateThreatEntitySetRequest$, () => CreateThreatEntitySetResponse$
];
var CreateThreatIntelSet$ = [9, n0, _CTIS,
    { [_ht]: ["POST", "/detector/{DetectorId}/threatintelset", 200] }, () => CreateThreatIntelSetRequest$, () => CreateThreatIntelSetResponse$
];
var CreateTrustedEntitySet$ = [9, n0, _CTESr,
    { [_ht]: ["POST", "/detector/{DetectorId}/trustedentityset", 200] }, () => CreateTrustedEntitySetRequest$, () => CreateTrustedEntitySetResponse$
];
var DeclineInvitations$ = [9, n0, _DIec,
    { [_ht]: ["POST", "/invitation/decline", 200] }, () => DeclineInvitationsRequest$, () => DeclineInvitationsResponse$
];
var DeleteCustomDetectionRuleAssociation$ = [9, n0, _DCDRA,
    { [_ht]: ["DELETE", "/custom-detection-rule/rule/{RuleId}/association/{AssociationId}", 200] }, () => DeleteCustomDetectionRuleAssociationRequest$, () => DeleteCustomDetectionRuleAssociationResponse$
];
var DeleteCustomDetectionRuleOrgConfiguration$ = [9, n0, _DCDROC,
    { [_ht]: ["DELETE", "/custom-detection-rule/org-configuration/{RuleId}", 200] }, () => DeleteCustomDetectionRuleOrgConfigurationRequest$, () => DeleteCustomDetectionRuleOrgConfigurationResponse$
];
var DeleteDetector$ = [9, n0, _DDe,
    { [_ht]: ["DELETE", "/detector/{DetectorId}", 200] }, () => DeleteDetectorRequest$, () => DeleteDetectorResponse$
];
var DeleteFilter$ = [9, n0, _DF,
    { [_ht]: ["DELETE", "/detector/{DetectorId}/filter/{FilterName}", 200] }, () => DeleteFilterRequest$, () => DeleteFilterResponse$
];
var DeleteInvitations$ = [9, n0, _DIel,
    { [_ht]: ["POST", "/invitation/delete", 200] }, () => DeleteInvitationsRequest$, () => DeleteInvitationsResponse$
];
var DeleteIPSet$ = [9, n0, _DIPS,
    { [_ht]: ["DELETE", "/detector/{DetectorId}/ipset/{IpSetId}", 200] }, () => DeleteIPSetRequest$, () => DeleteIPSetResponse$
];
var DeleteMalwareProtectionPlan$ = [9, n0, _DMPP,
    { [_ht]: ["DELETE", "/malware-protection-plan/{MalwareProtectionPlanId}", 200] }, () => DeleteMalwareProtectionPlanRequest$, () => __Unit
];
var DeleteMembers$ = [9, n0, _DM,
    { [_ht]: ["POST", "/detector/{DetectorId}/member/delete", 200] }, () => DeleteMembersRequest$, () => DeleteMembersResponse$
];
var DeletePublishingDestination$ = [9, n0, _DPD,
    { [_ht]: ["DELETE", "/detector/{DetectorId}/publishingDestination/{DestinationId}", 200] }, () => DeletePublishingDestinationRequest$, () => DeletePublishingDestinationResponse$
];
var DeleteThreatEntitySet$ = [9, n0, _DTES,
    { [_ht]: ["DELETE", "/detector/{DetectorId}/threatentityset/{ThreatEntitySetId}", 200] }, () => DeleteThreatEntitySetRequest$, () => DeleteThreatEntitySetResponse$
];
var DeleteThreatIntelSet$ = [9, n0, _DTIS,
    { [_ht]: ["DELETE", "/detector/{DetectorId}/threatintelset/{ThreatIntelSetId}", 200] }, () => DeleteThreatIntelSetRequest$, () => DeleteThreatIntelSetResponse$
];
var DeleteTrustedEntitySet$ = [9, n0, _DTESe,
    { [_ht]: ["DELETE", "/detector/{DetectorId}/trustedentityset/{TrustedEntitySetId}", 200] }, () => DeleteTrustedEntitySetRequest$, () => DeleteTrustedEntitySetResponse$
];
var DescribeMalwareScans$ = [9, n0, _DMS,
    { [_ht]: ["POST", "/detector/{DetectorId}/malware-scans", 200] }, () => DescribeMalwareScansRequest$, () => DescribeMalwareScansResponse$
];
var DescribeOrganizationConfiguration$ = [9, n0, _DOC,
    { [_ht]: ["GET", "/detector/{DetectorId}/admin", 200] }, () => DescribeOrganizationConfigurationRequest$, () => DescribeOrganizationConfigurationResponse$
];
var DescribePublishingDestination$ = [9, n0, _DPDe,
    { [_ht]: ["GET", "/detector/{DetectorId}/publishingDestination/{DestinationId}", 200] }, () => DescribePublishingDestinationRequest$, () => DescribePublishingDestinationResponse$
];
var DisableOrganizationAdminAccount$ = [9, n0, _DOAA,
    { [_ht]: ["POST", "/admin/disable", 200] }, () => DisableOrganizationAdminAccountRequest$, () => DisableOrganizationAdminAccountResponse$
];
var DisassociateFromAdministratorAccount$ = [9, n0, _DFAA,
    { [_ht]: ["POST", "/detector/{DetectorId}/administrator/disassociate", 200] }, () => DisassociateFromAdministratorAccountRequest$, () => DisassociateFromAdministratorAccountResponse$
];
var DisassociateFromMasterAccount$ = [9, n0, _DFMA,
    { [_ht]: ["POST", "/detector/{DetectorId}/master/disassociate", 200] }, () => DisassociateFromMasterAccountRequest$, () => DisassociateFromMasterAccountResponse$
];
var DisassociateMembers$ = [9, n0, _DMi,
    { [_ht]: ["POST", "/detector/{DetectorId}/member/disassociate", 200] }, () => DisassociateMembersRequest$, () => DisassociateMembersResponse$
];
var EnableOrganizationAdminAccount$ = [9, n0, _EOAA,
    { [_ht]: ["POST", "/admin/enable", 200] }, () => EnableOrganizationAdminAccountRequest$, () => EnableOrganizationAdminAccountResponse$
];
var GetAdministratorAccount$ = [9, n0, _GAA,
    { [_ht]: ["GET", "/detector/{DetectorId}/administrator", 200] }, () => GetAdministratorAccountRequest$, () => GetAdministratorAccountResponse$
];
var GetCoverageStatistics$ = [9, n0, _GCS,
    { [_ht]: ["POST", "/detector/{DetectorId}/coverage/statistics", 200] }, () => GetCoverageStatisticsRequest$, () => GetCoverageStatisticsResponse$
];
var GetCustomDetectionRule$ = [9, n0, _GCDR,
    { [_ht]: ["GET", "/custom-detection-rule/rule/{RuleId}", 200] }, () => GetCustomDetectionRuleRequest$, () => GetCustomDetectionRuleResponse$
];
var GetCustomDetectionRuleAssociation$ = [9, n0, _GCDRA,
    { [_ht]: ["GET", "/custom-detection-rule/rule/{RuleId}/association/{AssociationId}", 200] }, () => GetCustomDetectionRuleAssociationRequest$, () => GetCustomDetectionRuleAssociationResponse$
];
var GetCustomDetectionRuleOrgConfiguration$ = [9, n0, _GCDROC,
    { [_ht]: ["GET", "/custom-detection-rule/org-configuration/{RuleId}", 200] }, () => GetCustomDetectionRuleOrgConfigurationRequest$, () => GetCustomDetectionRuleOrgConfigurationResponse$
];
var GetDetector$ = [9, n0, _GD,
    { [_ht]: ["GET", "/detector/{DetectorId}", 200] }, () => GetDetectorRequest$, () => GetDetectorResponse$
];
var GetFilter$ = [9, n0, _GF,
    { [_ht]: ["GET", "/detector/{DetectorId}/filter/{FilterName}", 200] }, () => GetFilterRequest$, () => GetFilterResponse$
];
var GetFindings$ = [9, n0, _GFe,
    { [_ht]: ["POST", "/detector/{DetectorId}/findings/get", 200] }, () => GetFindingsRequest$, () => GetFindingsResponse$
];
var GetFindingsStatistics$ = [9, n0, _GFS,
    { [_ht]: ["POST", "/detector/{DetectorId}/findings/statistics", 200] }, () => GetFindingsStatisticsRequest$, () => GetFindingsStatisticsResponse$
];
var GetInvestigation$ = [9, n0, _GIe,
    { [_ht]: ["GET", "/detector/{DetectorId}/investigation/{InvestigationId}", 200] }, () => GetInvestigationRequest$, () => GetInvestigationResponse$
];
var GetInvitationsCount$ = [9, n0, _GIC,
    { [_ht]: ["GET", "/invitation/count", 200] }, () => GetInvitationsCountRequest$, () => GetInvitationsCountResponse$
];
var GetIPSet$ = [9, n0, _GIPS,
    { [_ht]: ["GET", "/detector/{DetectorId}/ipset/{IpSetId}", 200] }, () => GetIPSetRequest$, () => GetIPSetResponse$
];
var GetMalwareProtectionPlan$ = [9, n0, _GMPP,
    { [_ht]: ["GET", "/malware-protection-plan/{MalwareProtectionPlanId}", 200] }, () => GetMalwareProtectionPlanRequest$, () => GetMalwareProtectionPlanResponse$
];
var GetMalwareScan$ = [9, n0, _GMS,
    { [_ht]: ["GET", "/malware-scan/{ScanId}", 200] }, () => GetMalwareScanRequest$, () => GetMalwareScanResponse$
];
var GetMalwareScanSettings$ = [9, n0, _GMSS,
    { [_ht]: ["GET", "/detector/{DetectorId}/malware-scan-settings", 200] }, () => GetMalwareScanSettingsRequest$, () => GetMalwareScanSettingsResponse$
];
var GetMasterAccount$ = [9, n0, _GMA,
    { [_ht]: ["GET", "/detector/{DetectorId}/master", 200] }, () => GetMasterAccountRequest$, () => GetMasterAccountResponse$
];
var GetMemberDetectors$ = [9, n0, _GMD,
    { [_ht]: ["POST", "/detector/{DetectorId}/member/detector/get", 200] }, () => GetMemberDetectorsRequest$, () => GetMemberDetectorsResponse$
];
var GetMembers$ = [9, n0, _GM,
    { [_ht]: ["POST", "/detector/{DetectorId}/member/get", 200] }, () => GetMembersRequest$, () => GetMembersResponse$
];
var GetOrganizationStatistics$ = [9, n0, _GOS,
    { [_ht]: ["GET", "/organization/statistics", 200] }, () => __Unit, () => GetOrganizationStatisticsResponse$
];
var GetRemainingFreeTrialDays$ = [9, n0, _GRFTD,
    { [_ht]: ["POST", "/detector/{DetectorId}/freeTrial/daysRemaining", 200] }, () => GetRemainingFreeTrialDaysRequest$, () => GetRemainingFreeTrialDaysResponse$
];
var GetThreatEntitySet$ = [9, n0, _GTES,
    { [_ht]: ["GET", "/detector/{DetectorId}/threatentityset/{ThreatEntitySetId}", 200] }, () => GetThreatEntitySetRequest$, () => GetThreatEntitySetResponse$
];
var GetThreatIntelSet$ = [9, n0, _GTIS,
    { [_ht]: ["GET", "/detector/{DetectorId}/threatintelset/{ThreatIntelSetId}", 200] }, () => GetThreatIntelSetRequest$, () => GetThreatIntelSetResponse$
];
var GetTrustedEntitySet$ = [9, n0, _GTESe,
    { [_ht]: ["GET", "/detector/{DetectorId}/trustedentityset/{TrustedEntitySetId}", 200] }, () => GetTrustedEntitySetRequest$, () => GetTrustedEntitySetResponse$
];
var GetUsageStatistics$ = [9, n0, _GUS,
    { [_ht]: ["POST", "/detector/{DetectorId}/usage/statistics", 200] }, () => GetUsageStatisticsRequest$, () => GetUsageStatisticsResponse$
];
var InviteMembers$ = [9, n0, _IMn,
    { [_ht]: ["POST", "/detector/{DetectorId}/member/invite", 200] }, () => InviteMembersRequest$, () => InviteMembersResponse$
];
var ListCoverage$ = [9, n0, _LCi,
    { [_ht]: ["POST", "/detector/{DetectorId}/coverage", 200] }, () => ListCoverageRequest$, () => ListCoverageResponse$
];
var ListCustomDetectionRuleAssociations$ = [9, n0, _LCDRA,
    { [_ht]: ["GET", "/custom-detection-rule/association", 200] }, () => ListCustomDetectionRuleAssociationsRequest$, () => ListCustomDetectionRuleAssociationsResponse$
];
var ListCustomDetectionRuleOrgConfigurations$ = [9, n0, _LCDROC,
    { [_ht]: ["GET", "/custom-detection-rule/org-configuration", 200] }, () => ListCustomDetectionRuleOrgConfigurationsRequest$, () => ListCustomDetectionRuleOrgConfigurationsResponse$
];
var ListCustomDetectionRules$ = [9, n0, _LCDR,
    { [_ht]: ["POST", "/custom-detection-rule/rule", 200] }, () => ListCustomDetectionRulesRequest$, () => ListCustomDetectionRulesResponse$
];
var ListDetectors$ = [9, n0, _LDi,
    { [_ht]: ["GET", "/detector", 200] }, () => ListDetectorsRequest$, () => ListDetectorsResponse$
];
var ListFilters$ = [9, n0, _LFi,
    { [_ht]: ["GET", "/detector/{DetectorId}/filter", 200] }, () => ListFiltersRequest$, () => ListFiltersResponse$
];
var ListFindings$ = [9, n0, _LFis,
    { [_ht]: ["POST", "/detector/{DetectorId}/findings", 200] }, () => ListFindingsRequest$, () => ListFindingsResponse$
];
var ListInvestigationRecords$ = [9, n0, _LIRistn,
    { [_ht]: ["POST", "/detector/{DetectorId}/investigation/records", 200] }, () => ListInvestigationRecordsRequest$, () => ListInvestigationRecordsResponse$
];
var ListInvestigations$ = [9, n0, _LI,
    { [_ht]: ["POST", "/detector/{DetectorId}/investigation/list", 200] }, () => ListInvestigationsRequest$, () => ListInvestigationsResponse$
];
var ListInvitations$ = [9, n0, _LIi,
    { [_ht]: ["GET", "/invitation", 200] }, () => ListInvitationsRequest$, () => ListInvitationsResponse$
];
var ListIPSets$ = [9, n0, _LIPS,
    { [_ht]: ["GET", "/detector/{DetectorId}/ipset", 200] }, () => ListIPSetsRequest$, () => ListIPSetsResponse$
];
var ListMalwareProtectionPlans$ = [9, n0, _LMPP,
    { [_ht]: ["GET", "/malware-protection-plan", 200] }, () => ListMalwareProtectionPlansRequest$, () => ListMalwareProtectionPlansResponse$
];
var ListMalwareScans$ = [9, n0, _LMS,
    { [_ht]: ["POST", "/malware-scan", 200] }, () => ListMalwareScansRequest$, () => ListMalwareScansResponse$
];
var ListMembers$ = [9, n0, _LM,
    { [_ht]: ["GET", "/detector/{DetectorId}/member", 200] }, () => ListMembersRequest$, () => ListMembersResponse$
];
var ListOrganizationAdminAccounts$ = [9, n0, _LOAA,
    { [_ht]: ["GET", "/admin", 200] }, () => ListOrganizationAdminAccountsRequest$, () => ListOrganizationAdminAccountsResponse$
];
var ListPublishingDestinations$ = [9, n0, _LPDi,
    { [_ht]: ["GET", "/detector/{DetectorId}/publishingDestination", 200] }, () => ListPublishingDestinationsRequest$, () => ListPublishingDestinationsResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_ht]: ["GET", "/tags/{ResourceArn}", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ListThreatEntitySets$ = [9, n0, _LTES,
    { [_ht]: ["GET", "/detector/{DetectorId}/threatentityset", 200] }, () => ListThreatEntitySetsRequest$, () => ListThreatEntitySetsResponse$
];
var ListThreatIntelSets$ = [9, n0, _LTIS,
    { [_ht]: ["GET", "/detector/{DetectorId}/threatintelset", 200] }, () => ListThreatIntelSetsRequest$, () => ListThreatIntelSetsResponse$
];
var ListTrustedEntitySets$ = [9, n0, _LTESi,
    { [_ht]: ["GET", "/detector/{DetectorId}/trustedentityset", 200] }, () => ListTrustedEntitySetsRequest$, () => ListTrustedEntitySetsResponse$
];
var SendObjectMalwareScan$ = [9, n0, _SOMS,
    { [_ht]: ["POST", "/object-malware-scan/send", 200] }, () => SendObjectMalwareScanRequest$, () => SendObjectMalwareScanResponse$
];
var StartMalwareScan$ = [9, n0, _SMS,
    { [_ht]: ["POST", "/malware-scan/start", 200] }, () => StartMalwareScanRequest$, () => StartMalwareScanResponse$
];
var StartMonitoringMembers$ = [9, n0, _SMM,
    { [_ht]: ["POST", "/detector/{DetectorId}/member/start", 200] }, () => StartMonitoringMembersRequest$, () => StartMonitoringMembersResponse$
];
var StopMonitoringMembers$ = [9, n0, _SMMt,
    { [_ht]: ["POST", "/detector/{DetectorId}/member/stop", 200] }, () => StopMonitoringMembersRequest$, () => StopMonitoringMembersResponse$
];
var TagResource$ = [9, n0, _TRa,
    { [_ht]: ["POST", "/tags/{ResourceArn}", 204] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UnarchiveFindings$ = [9, n0, _UFn,
    { [_ht]: ["POST", "/detector/{DetectorId}/findings/unarchive", 200] }, () => UnarchiveFindingsRequest$, () => UnarchiveFindingsResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_ht]: ["DELETE", "/tags/{ResourceArn}", 204] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateCustomDetectionRuleAssociation$ = [9, n0, _UCDRA,
    { [_ht]: ["PUT", "/custom-detection-rule/rule/{RuleId}/association/{AssociationId}", 200] }, () => UpdateCustomDetectionRuleAssociationRequest$, () => UpdateCustomDetectionRuleAssociationResponse$
];
var UpdateCustomDetectionRuleOrgConfiguration$ = [9, n0, _UCDROC,
    { [_ht]: ["PUT", "/custom-detection-rule/org-configuration/{RuleId}", 200] }, () => UpdateCustomDetectionRuleOrgConfigurationRequest$, () => UpdateCustomDetectionRuleOrgConfigurationResponse$
];
var UpdateDetector$ = [9, n0, _UD,
    { [_ht]: ["POST", "/detector/{DetectorId}", 200] }, () => UpdateDetectorRequest$, () => UpdateDetectorResponse$
];
var UpdateFilter$ = [9, n0, _UFp,
    { [_ht]: ["POST", "/detector/{DetectorId}/filter/{FilterName}", 200] }, () => UpdateFilterRequest$, () => UpdateFilterResponse$
];
var UpdateFindingsFeedback$ = [9, n0, _UFF,
    { [_ht]: ["POST", "/detector/{DetectorId}/findings/feedback", 200] }, () => UpdateFindingsFeedbackRequest$, () => UpdateFindingsFeedbackResponse$
];
var UpdateIPSet$ = [9, n0, _UIPS,
    { [_ht]: ["POST", "/detector/{DetectorId}/ipset/{IpSetId}", 200] }, () => UpdateIPSetRequest$, () => UpdateIPSetResponse$
];
var UpdateMalwareProtectionPlan$ = [9, n0, _UMPP,
    { [_ht]: ["PATCH", "/malware-protection-plan/{MalwareProtectionPlanId}", 200] }, () => UpdateMalwareProtectionPlanRequest$, () => __Unit
];
var UpdateMalwareScanSettings$ = [9, n0, _UMSS,
    { [_ht]: ["POST", "/detector/{DetectorId}/malware-scan-settings", 200] }, () => UpdateMalwareScanSettingsRequest$, () => UpdateMalwareScanSettingsResponse$
];
var UpdateMemberDetectors$ = [9, n0, _UMD,
    { [_ht]: ["POST", "/detector/{DetectorId}/member/detector/update", 200] }, () => UpdateMemberDetectorsRequest$, () => UpdateMemberDetectorsResponse$
];
var UpdateOrganizationConfiguration$ = [9, n0, _UOC,
    { [_ht]: ["POST", "/detector/{DetectorId}/admin", 200] }, () => UpdateOrganizationConfigurationRequest$, () => UpdateOrganizationConfigurationResponse$
];
var UpdatePublishingDestination$ = [9, n0, _UPD,
    { [_ht]: ["POST", "/detector/{DetectorId}/publishingDestination/{DestinationId}", 200] }, () => UpdatePublishingDestinationRequest$, () => UpdatePublishingDestinationResponse$
];
var UpdateThreatEntitySet$ = [9, n0, _UTES,
    { [_ht]: ["POST", "/detector/{DetectorId}/threatentityset/{ThreatEntitySetId}", 200] }, () => UpdateThreatEntitySetRequest$, () => UpdateThreatEntitySetResponse$
];
var UpdateThreatIntelSet$ = [9, n0, _UTIS,
    { [_ht]: ["POST", "/detector/{DetectorId}/threatintelset/{ThreatIntelSetId}", 200] }, () => UpdateThreatIntelSetRequest$, () => UpdateThreatIntelSetResponse$
];
var UpdateTrustedEntitySet$ = [9, n0, _UTESp,
    { [_ht]: ["POST", "/detector/{DetectorId}/trustedentityset/{TrustedEntitySetId}", 200] }, () => UpdateTrustedEntitySetRequest$, () => UpdateTrustedEntitySetResponse$
];


/***/ })

};
