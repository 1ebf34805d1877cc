export const id = 530;
export const ids = [530];
export const modules = {

/***/ 4861:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpAuthSchemeConfig = exports.defaultDetectiveHttpAuthSchemeProvider = exports.defaultDetectiveHttpAuthSchemeParametersProvider = void 0;
const httpAuthSchemes_1 = __webpack_require__(7523);
const client_1 = __webpack_require__(2658);
const defaultDetectiveHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0, client_1.getSmithyContext)(context).operation,
        region: await (0, client_1.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
exports.defaultDetectiveHttpAuthSchemeParametersProvider = defaultDetectiveHttpAuthSchemeParametersProvider;
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
exports.defaultDetectiveHttpAuthSchemeProvider = defaultDetectiveHttpAuthSchemeProvider;
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0, httpAuthSchemes_1.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0, client_1.normalizeProvider)(config.authSchemePreference ?? []),
    });
};
exports.resolveHttpAuthSchemeConfig = resolveHttpAuthSchemeConfig;


/***/ }),

/***/ 5256:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bdd = void 0;
const endpoints_1 = __webpack_require__(2085);
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
exports.bdd = endpoints_1.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);


/***/ }),

/***/ 9219:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultEndpointResolver = void 0;
const client_1 = __webpack_require__(5152);
const endpoints_1 = __webpack_require__(2085);
const bdd_1 = __webpack_require__(5256);
const cache = new endpoints_1.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0, endpoints_1.decideEndpoint)(bdd_1.bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
exports.defaultEndpointResolver = defaultEndpointResolver;
endpoints_1.customEndpointFunctions.aws = client_1.awsEndpointFunctions;


/***/ }),

/***/ 2530:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var client$1 = __webpack_require__(5152);
var core = __webpack_require__(402);
var client = __webpack_require__(2658);
var config = __webpack_require__(7291);
var endpoints = __webpack_require__(2085);
var protocols = __webpack_require__(3422);
var retry = __webpack_require__(3609);
var schema = __webpack_require__(6890);
var httpAuthSchemeProvider = __webpack_require__(4861);
var runtimeConfig = __webpack_require__(1092);
var schemas_0 = __webpack_require__(8922);
var errors = __webpack_require__(5470);
var DetectiveServiceException = __webpack_require__(3690);

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

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(client$1.getAwsRegionExtensionConfiguration(runtimeConfig), client.getDefaultExtensionConfiguration(runtimeConfig), protocols.getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, client$1.resolveAwsRegionExtensionConfiguration(extensionConfiguration), client.resolveDefaultRuntimeConfig(extensionConfiguration), protocols.resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class DetectiveClient extends client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig.getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = client$1.resolveUserAgentConfig(_config_1);
        const _config_3 = retry.resolveRetryConfig(_config_2);
        const _config_4 = config.resolveRegionConfig(_config_3);
        const _config_5 = client$1.resolveHostHeaderConfig(_config_4);
        const _config_6 = endpoints.resolveEndpointConfig(_config_5);
        const _config_7 = httpAuthSchemeProvider.resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(schema.getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(client$1.getUserAgentPlugin(this.config));
        this.middlewareStack.use(retry.getRetryPlugin(this.config));
        this.middlewareStack.use(protocols.getContentLengthPlugin(this.config));
        this.middlewareStack.use(client$1.getHostHeaderPlugin(this.config));
        this.middlewareStack.use(client$1.getLoggerPlugin(this.config));
        this.middlewareStack.use(client$1.getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(core.getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: httpAuthSchemeProvider.defaultDetectiveHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new core.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(core.getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

class AcceptInvitationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "AcceptInvitation", {})
    .n("DetectiveClient", "AcceptInvitationCommand")
    .sc(schemas_0.AcceptInvitation$)
    .build() {
}

class BatchGetGraphMemberDatasourcesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "BatchGetGraphMemberDatasources", {})
    .n("DetectiveClient", "BatchGetGraphMemberDatasourcesCommand")
    .sc(schemas_0.BatchGetGraphMemberDatasources$)
    .build() {
}

class BatchGetMembershipDatasourcesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "BatchGetMembershipDatasources", {})
    .n("DetectiveClient", "BatchGetMembershipDatasourcesCommand")
    .sc(schemas_0.BatchGetMembershipDatasources$)
    .build() {
}

class CreateGraphCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "CreateGraph", {})
    .n("DetectiveClient", "CreateGraphCommand")
    .sc(schemas_0.CreateGraph$)
    .build() {
}

class CreateMembersCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "CreateMembers", {})
    .n("DetectiveClient", "CreateMembersCommand")
    .sc(schemas_0.CreateMembers$)
    .build() {
}

class DeleteGraphCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "DeleteGraph", {})
    .n("DetectiveClient", "DeleteGraphCommand")
    .sc(schemas_0.DeleteGraph$)
    .build() {
}

class DeleteMembersCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "DeleteMembers", {})
    .n("DetectiveClient", "DeleteMembersCommand")
    .sc(schemas_0.DeleteMembers$)
    .build() {
}

class DescribeOrganizationConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "DescribeOrganizationConfiguration", {})
    .n("DetectiveClient", "DescribeOrganizationConfigurationCommand")
    .sc(schemas_0.DescribeOrganizationConfiguration$)
    .build() {
}

class DisableOrganizationAdminAccountCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "DisableOrganizationAdminAccount", {})
    .n("DetectiveClient", "DisableOrganizationAdminAccountCommand")
    .sc(schemas_0.DisableOrganizationAdminAccount$)
    .build() {
}

class DisassociateMembershipCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "DisassociateMembership", {})
    .n("DetectiveClient", "DisassociateMembershipCommand")
    .sc(schemas_0.DisassociateMembership$)
    .build() {
}

class EnableOrganizationAdminAccountCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "EnableOrganizationAdminAccount", {})
    .n("DetectiveClient", "EnableOrganizationAdminAccountCommand")
    .sc(schemas_0.EnableOrganizationAdminAccount$)
    .build() {
}

class GetInvestigationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "GetInvestigation", {})
    .n("DetectiveClient", "GetInvestigationCommand")
    .sc(schemas_0.GetInvestigation$)
    .build() {
}

class GetMembersCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "GetMembers", {})
    .n("DetectiveClient", "GetMembersCommand")
    .sc(schemas_0.GetMembers$)
    .build() {
}

class ListDatasourcePackagesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "ListDatasourcePackages", {})
    .n("DetectiveClient", "ListDatasourcePackagesCommand")
    .sc(schemas_0.ListDatasourcePackages$)
    .build() {
}

class ListGraphsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "ListGraphs", {})
    .n("DetectiveClient", "ListGraphsCommand")
    .sc(schemas_0.ListGraphs$)
    .build() {
}

class ListIndicatorsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "ListIndicators", {})
    .n("DetectiveClient", "ListIndicatorsCommand")
    .sc(schemas_0.ListIndicators$)
    .build() {
}

class ListInvestigationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "ListInvestigations", {})
    .n("DetectiveClient", "ListInvestigationsCommand")
    .sc(schemas_0.ListInvestigations$)
    .build() {
}

class ListInvitationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "ListInvitations", {})
    .n("DetectiveClient", "ListInvitationsCommand")
    .sc(schemas_0.ListInvitations$)
    .build() {
}

class ListMembersCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "ListMembers", {})
    .n("DetectiveClient", "ListMembersCommand")
    .sc(schemas_0.ListMembers$)
    .build() {
}

class ListOrganizationAdminAccountsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "ListOrganizationAdminAccounts", {})
    .n("DetectiveClient", "ListOrganizationAdminAccountsCommand")
    .sc(schemas_0.ListOrganizationAdminAccounts$)
    .build() {
}

class ListTagsForResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "ListTagsForResource", {})
    .n("DetectiveClient", "ListTagsForResourceCommand")
    .sc(schemas_0.ListTagsForResource$)
    .build() {
}

class RejectInvitationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "RejectInvitation", {})
    .n("DetectiveClient", "RejectInvitationCommand")
    .sc(schemas_0.RejectInvitation$)
    .build() {
}

class StartInvestigationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "StartInvestigation", {})
    .n("DetectiveClient", "StartInvestigationCommand")
    .sc(schemas_0.StartInvestigation$)
    .build() {
}

class StartMonitoringMemberCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "StartMonitoringMember", {})
    .n("DetectiveClient", "StartMonitoringMemberCommand")
    .sc(schemas_0.StartMonitoringMember$)
    .build() {
}

class TagResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "TagResource", {})
    .n("DetectiveClient", "TagResourceCommand")
    .sc(schemas_0.TagResource$)
    .build() {
}

class UntagResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "UntagResource", {})
    .n("DetectiveClient", "UntagResourceCommand")
    .sc(schemas_0.UntagResource$)
    .build() {
}

class UpdateDatasourcePackagesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "UpdateDatasourcePackages", {})
    .n("DetectiveClient", "UpdateDatasourcePackagesCommand")
    .sc(schemas_0.UpdateDatasourcePackages$)
    .build() {
}

class UpdateInvestigationStateCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "UpdateInvestigationState", {})
    .n("DetectiveClient", "UpdateInvestigationStateCommand")
    .sc(schemas_0.UpdateInvestigationState$)
    .build() {
}

class UpdateOrganizationConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonDetective", "UpdateOrganizationConfiguration", {})
    .n("DetectiveClient", "UpdateOrganizationConfigurationCommand")
    .sc(schemas_0.UpdateOrganizationConfiguration$)
    .build() {
}

const paginateListDatasourcePackages = core.createPaginator(DetectiveClient, ListDatasourcePackagesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListGraphs = core.createPaginator(DetectiveClient, ListGraphsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListInvitations = core.createPaginator(DetectiveClient, ListInvitationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListMembers = core.createPaginator(DetectiveClient, ListMembersCommand, "NextToken", "NextToken", "MaxResults");

const paginateListOrganizationAdminAccounts = core.createPaginator(DetectiveClient, ListOrganizationAdminAccountsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AcceptInvitationCommand,
    BatchGetGraphMemberDatasourcesCommand,
    BatchGetMembershipDatasourcesCommand,
    CreateGraphCommand,
    CreateMembersCommand,
    DeleteGraphCommand,
    DeleteMembersCommand,
    DescribeOrganizationConfigurationCommand,
    DisableOrganizationAdminAccountCommand,
    DisassociateMembershipCommand,
    EnableOrganizationAdminAccountCommand,
    GetInvestigationCommand,
    GetMembersCommand,
    ListDatasourcePackagesCommand,
    ListGraphsCommand,
    ListIndicatorsCommand,
    ListInvestigationsCommand,
    ListInvitationsCommand,
    ListMembersCommand,
    ListOrganizationAdminAccountsCommand,
    ListTagsForResourceCommand,
    RejectInvitationCommand,
    StartInvestigationCommand,
    StartMonitoringMemberCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateDatasourcePackagesCommand,
    UpdateInvestigationStateCommand,
    UpdateOrganizationConfigurationCommand,
};
const paginators = {
    paginateListDatasourcePackages,
    paginateListGraphs,
    paginateListInvitations,
    paginateListMembers,
    paginateListOrganizationAdminAccounts,
};
class Detective extends DetectiveClient {
}
client.createAggregatedClient(commands, Detective, { paginators });

const ErrorCode = {
    InternalError: "INTERNAL_ERROR",
    InvalidGraphArn: "INVALID_GRAPH_ARN",
    InvalidRequestBody: "INVALID_REQUEST_BODY",
};
const DatasourcePackage = {
    ASFF_SECURITYHUB_FINDING: "ASFF_SECURITYHUB_FINDING",
    DETECTIVE_CORE: "DETECTIVE_CORE",
    EKS_AUDIT: "EKS_AUDIT",
};
const DatasourcePackageIngestState = {
    DISABLED: "DISABLED",
    STARTED: "STARTED",
    STOPPED: "STOPPED",
};
const MemberDisabledReason = {
    VOLUME_TOO_HIGH: "VOLUME_TOO_HIGH",
    VOLUME_UNKNOWN: "VOLUME_UNKNOWN",
};
const InvitationType = {
    INVITATION: "INVITATION",
    ORGANIZATION: "ORGANIZATION",
};
const MemberStatus = {
    ACCEPTED_BUT_DISABLED: "ACCEPTED_BUT_DISABLED",
    ENABLED: "ENABLED",
    INVITED: "INVITED",
    VERIFICATION_FAILED: "VERIFICATION_FAILED",
    VERIFICATION_IN_PROGRESS: "VERIFICATION_IN_PROGRESS",
};
const EntityType = {
    IAM_ROLE: "IAM_ROLE",
    IAM_USER: "IAM_USER",
};
const Severity = {
    CRITICAL: "CRITICAL",
    HIGH: "HIGH",
    INFORMATIONAL: "INFORMATIONAL",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
};
const State = {
    ACTIVE: "ACTIVE",
    ARCHIVED: "ARCHIVED",
};
const Status = {
    FAILED: "FAILED",
    RUNNING: "RUNNING",
    SUCCESSFUL: "SUCCESSFUL",
};
const IndicatorType = {
    FLAGGED_IP_ADDRESS: "FLAGGED_IP_ADDRESS",
    IMPOSSIBLE_TRAVEL: "IMPOSSIBLE_TRAVEL",
    NEW_ASO: "NEW_ASO",
    NEW_GEOLOCATION: "NEW_GEOLOCATION",
    NEW_USER_AGENT: "NEW_USER_AGENT",
    RELATED_FINDING: "RELATED_FINDING",
    RELATED_FINDING_GROUP: "RELATED_FINDING_GROUP",
    TTP_OBSERVED: "TTP_OBSERVED",
};
const Reason = {
    AWS_THREAT_INTELLIGENCE: "AWS_THREAT_INTELLIGENCE",
};
const Field = {
    CREATED_TIME: "CREATED_TIME",
    SEVERITY: "SEVERITY",
    STATUS: "STATUS",
};
const SortOrder = {
    ASC: "ASC",
    DESC: "DESC",
};

exports.$Command = client.Command;
exports.__Client = client.Client;
exports.DetectiveServiceException = DetectiveServiceException.DetectiveServiceException;
exports.AcceptInvitationCommand = AcceptInvitationCommand;
exports.BatchGetGraphMemberDatasourcesCommand = BatchGetGraphMemberDatasourcesCommand;
exports.BatchGetMembershipDatasourcesCommand = BatchGetMembershipDatasourcesCommand;
exports.CreateGraphCommand = CreateGraphCommand;
exports.CreateMembersCommand = CreateMembersCommand;
exports.DatasourcePackage = DatasourcePackage;
exports.DatasourcePackageIngestState = DatasourcePackageIngestState;
exports.DeleteGraphCommand = DeleteGraphCommand;
exports.DeleteMembersCommand = DeleteMembersCommand;
exports.DescribeOrganizationConfigurationCommand = DescribeOrganizationConfigurationCommand;
exports.Detective = Detective;
exports.DetectiveClient = DetectiveClient;
exports.DisableOrganizationAdminAccountCommand = DisableOrganizationAdminAccountCommand;
exports.DisassociateMembershipCommand = DisassociateMembershipCommand;
exports.EnableOrganizationAdminAccountCommand = EnableOrganizationAdminAccountCommand;
exports.EntityType = EntityType;
exports.ErrorCode = ErrorCode;
exports.Field = Field;
exports.GetInvestigationCommand = GetInvestigationCommand;
exports.GetMembersCommand = GetMembersCommand;
exports.IndicatorType = IndicatorType;
exports.InvitationType = InvitationType;
exports.ListDatasourcePackagesCommand = ListDatasourcePackagesCommand;
exports.ListGraphsCommand = ListGraphsCommand;
exports.ListIndicatorsCommand = ListIndicatorsCommand;
exports.ListInvestigationsCommand = ListInvestigationsCommand;
exports.ListInvitationsCommand = ListInvitationsCommand;
exports.ListMembersCommand = ListMembersCommand;
exports.ListOrganizationAdminAccountsCommand = ListOrganizationAdminAccountsCommand;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.MemberDisabledReason = MemberDisabledReason;
exports.MemberStatus = MemberStatus;
exports.Reason = Reason;
exports.RejectInvitationCommand = RejectInvitationCommand;
exports.Severity = Severity;
exports.SortOrder = SortOrder;
exports.StartInvestigationCommand = StartInvestigationCommand;
exports.StartMonitoringMemberCommand = StartMonitoringMemberCommand;
exports.State = State;
exports.Status = Status;
exports.TagResourceCommand = TagResourceCommand;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UpdateDatasourcePackagesCommand = UpdateDatasourcePackagesCommand;
exports.UpdateInvestigationStateCommand = UpdateInvestigationStateCommand;
exports.UpdateOrganizationConfigurationCommand = UpdateOrganizationConfigurationCommand;
exports.paginateListDatasourcePackages = paginateListDatasourcePackages;
exports.paginateListGraphs = paginateListGraphs;
exports.paginateListInvitations = paginateListInvitations;
exports.paginateListMembers = paginateListMembers;
exports.paginateListOrganizationAdminAccounts = paginateListOrganizationAdminAccounts;
Object.prototype.hasOwnProperty.call(schemas_0, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: schemas_0['__proto__']
    });

Object.keys(schemas_0).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = schemas_0[k];
});
Object.prototype.hasOwnProperty.call(errors, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: errors['__proto__']
    });

Object.keys(errors).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = errors[k];
});


/***/ }),

/***/ 3690:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DetectiveServiceException = exports.__ServiceException = void 0;
const client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "__ServiceException", ({ enumerable: true, get: function () { return client_1.ServiceException; } }));
class DetectiveServiceException extends client_1.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, DetectiveServiceException.prototype);
    }
}
exports.DetectiveServiceException = DetectiveServiceException;


/***/ }),

/***/ 5470:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TooManyRequestsException = exports.ServiceQuotaExceededException = exports.ValidationException = exports.ResourceNotFoundException = exports.InternalServerException = exports.ConflictException = exports.AccessDeniedException = void 0;
const DetectiveServiceException_1 = __webpack_require__(3690);
class AccessDeniedException extends DetectiveServiceException_1.DetectiveServiceException {
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
exports.AccessDeniedException = AccessDeniedException;
class ConflictException extends DetectiveServiceException_1.DetectiveServiceException {
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
exports.ConflictException = ConflictException;
class InternalServerException extends DetectiveServiceException_1.DetectiveServiceException {
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
exports.InternalServerException = InternalServerException;
class ResourceNotFoundException extends DetectiveServiceException_1.DetectiveServiceException {
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
exports.ResourceNotFoundException = ResourceNotFoundException;
class ValidationException extends DetectiveServiceException_1.DetectiveServiceException {
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
exports.ValidationException = ValidationException;
class ServiceQuotaExceededException extends DetectiveServiceException_1.DetectiveServiceException {
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
exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
class TooManyRequestsException extends DetectiveServiceException_1.DetectiveServiceException {
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
exports.TooManyRequestsException = TooManyRequestsException;


/***/ }),

/***/ 1092:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const tslib_1 = __webpack_require__(1860);
const package_json_1 = tslib_1.__importDefault(__webpack_require__(4604));
const client_1 = __webpack_require__(5152);
const httpAuthSchemes_1 = __webpack_require__(7523);
const credential_provider_node_1 = __webpack_require__(5861);
const client_2 = __webpack_require__(2658);
const config_1 = __webpack_require__(7291);
const retry_1 = __webpack_require__(3609);
const serde_1 = __webpack_require__(2430);
const node_http_handler_1 = __webpack_require__(1279);
const runtimeConfig_shared_1 = __webpack_require__(3765);
const getRuntimeConfig = (config) => {
    (0, client_2.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0, config_1.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(client_2.loadConfigsForDefaultMode);
    const clientSharedValues = (0, runtimeConfig_shared_1.getRuntimeConfig)(config);
    (0, client_1.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, config_1.loadConfig)(httpAuthSchemes_1.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde_1.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_1.defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client_1.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_json_1.default.version }),
        maxAttempts: config?.maxAttempts ?? (0, config_1.loadConfig)(retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, config_1.loadConfig)(config_1.NODE_REGION_CONFIG_OPTIONS, { ...config_1.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler_1.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0, config_1.loadConfig)({
                ...retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry_1.DEFAULT_RETRY_MODE,
            }, config),
        sha256: config?.sha256 ?? serde_1.Hash.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? node_http_handler_1.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, config_1.loadConfig)(config_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, config_1.loadConfig)(config_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, config_1.loadConfig)(client_1.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 3765:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const httpAuthSchemes_1 = __webpack_require__(7523);
const protocols_1 = __webpack_require__(7288);
const client_1 = __webpack_require__(2658);
const protocols_2 = __webpack_require__(3422);
const serde_1 = __webpack_require__(2430);
const httpAuthSchemeProvider_1 = __webpack_require__(4861);
const endpointResolver_1 = __webpack_require__(9219);
const schemas_0_1 = __webpack_require__(8922);
const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2018-10-26",
        base64Decoder: config?.base64Decoder ?? serde_1.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde_1.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? endpointResolver_1.defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? httpAuthSchemeProvider_1.defaultDetectiveHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes_1.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new client_1.NoOpLogger(),
        protocol: config?.protocol ?? protocols_1.AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.detective",
            errorTypeRegistries: schemas_0_1.errorTypeRegistries,
            version: "2018-10-26",
            serviceTarget: "AmazonDetective",
        },
        serviceId: config?.serviceId ?? "Detective",
        urlParser: config?.urlParser ?? protocols_2.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde_1.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde_1.toUtf8,
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 8922:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ListInvitationsRequest$ = exports.ListInvestigationsResponse$ = exports.ListInvestigationsRequest$ = exports.ListIndicatorsResponse$ = exports.ListIndicatorsRequest$ = exports.ListGraphsResponse$ = exports.ListGraphsRequest$ = exports.ListDatasourcePackagesResponse$ = exports.ListDatasourcePackagesRequest$ = exports.InvestigationDetail$ = exports.IndicatorDetail$ = exports.Indicator$ = exports.ImpossibleTravelDetail$ = exports.Graph$ = exports.GetMembersResponse$ = exports.GetMembersRequest$ = exports.GetInvestigationResponse$ = exports.GetInvestigationRequest$ = exports.FlaggedIpAddressDetail$ = exports.FilterCriteria$ = exports.EnableOrganizationAdminAccountRequest$ = exports.DisassociateMembershipRequest$ = exports.DescribeOrganizationConfigurationResponse$ = exports.DescribeOrganizationConfigurationRequest$ = exports.DeleteMembersResponse$ = exports.DeleteMembersRequest$ = exports.DeleteGraphRequest$ = exports.DateFilter$ = exports.DatasourcePackageUsageInfo$ = exports.DatasourcePackageIngestDetail$ = exports.CreateMembersResponse$ = exports.CreateMembersRequest$ = exports.CreateGraphResponse$ = exports.CreateGraphRequest$ = exports.BatchGetMembershipDatasourcesResponse$ = exports.BatchGetMembershipDatasourcesRequest$ = exports.BatchGetGraphMemberDatasourcesResponse$ = exports.BatchGetGraphMemberDatasourcesRequest$ = exports.Administrator$ = exports.Account$ = exports.AcceptInvitationRequest$ = exports.errorTypeRegistries = exports.ValidationException$ = exports.TooManyRequestsException$ = exports.ServiceQuotaExceededException$ = exports.ResourceNotFoundException$ = exports.InternalServerException$ = exports.ConflictException$ = exports.AccessDeniedException$ = exports.DetectiveServiceException$ = void 0;
exports.ListMembers$ = exports.ListInvitations$ = exports.ListInvestigations$ = exports.ListIndicators$ = exports.ListGraphs$ = exports.ListDatasourcePackages$ = exports.GetMembers$ = exports.GetInvestigation$ = exports.EnableOrganizationAdminAccount$ = exports.DisassociateMembership$ = exports.DisableOrganizationAdminAccount$ = exports.DescribeOrganizationConfiguration$ = exports.DeleteMembers$ = exports.DeleteGraph$ = exports.CreateMembers$ = exports.CreateGraph$ = exports.BatchGetMembershipDatasources$ = exports.BatchGetGraphMemberDatasources$ = exports.AcceptInvitation$ = exports.UpdateOrganizationConfigurationRequest$ = exports.UpdateInvestigationStateRequest$ = exports.UpdateDatasourcePackagesRequest$ = exports.UntagResourceResponse$ = exports.UntagResourceRequest$ = exports.UnprocessedGraph$ = exports.UnprocessedAccount$ = exports.TTPsObservedDetail$ = exports.TimestampForCollection$ = exports.TagResourceResponse$ = exports.TagResourceRequest$ = exports.StringFilter$ = exports.StartMonitoringMemberRequest$ = exports.StartInvestigationResponse$ = exports.StartInvestigationRequest$ = exports.SortCriteria$ = exports.RelatedFindingGroupDetail$ = exports.RelatedFindingDetail$ = exports.RejectInvitationRequest$ = exports.NewUserAgentDetail$ = exports.NewGeolocationDetail$ = exports.NewAsoDetail$ = exports.MembershipDatasources$ = exports.MemberDetail$ = exports.ListTagsForResourceResponse$ = exports.ListTagsForResourceRequest$ = exports.ListOrganizationAdminAccountsResponse$ = exports.ListOrganizationAdminAccountsRequest$ = exports.ListMembersResponse$ = exports.ListMembersRequest$ = exports.ListInvitationsResponse$ = void 0;
exports.UpdateOrganizationConfiguration$ = exports.UpdateInvestigationState$ = exports.UpdateDatasourcePackages$ = exports.UntagResource$ = exports.TagResource$ = exports.StartMonitoringMember$ = exports.StartInvestigation$ = exports.RejectInvitation$ = exports.ListTagsForResource$ = exports.ListOrganizationAdminAccounts$ = void 0;
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
const schema_1 = __webpack_require__(6890);
const DetectiveServiceException_1 = __webpack_require__(3690);
const errors_1 = __webpack_require__(5470);
const _s_registry = schema_1.TypeRegistry.for(_s);
exports.DetectiveServiceException$ = [-3, _s, "DetectiveServiceException", 0, [], []];
_s_registry.registerError(exports.DetectiveServiceException$, DetectiveServiceException_1.DetectiveServiceException);
const n0_registry = schema_1.TypeRegistry.for(n0);
exports.AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_M, _EC, _ECR, _SEC, _SECR],
    [0, 0, 0, 0, 0]
];
n0_registry.registerError(exports.AccessDeniedException$, errors_1.AccessDeniedException);
exports.ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(exports.ConflictException$, errors_1.ConflictException);
exports.InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(exports.InternalServerException$, errors_1.InternalServerException);
exports.ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(exports.ResourceNotFoundException$, errors_1.ResourceNotFoundException);
exports.ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_M, _R],
    [0, 64 | 0]
];
n0_registry.registerError(exports.ServiceQuotaExceededException$, errors_1.ServiceQuotaExceededException);
exports.TooManyRequestsException$ = [-3, n0, _TMRE,
    { [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(exports.TooManyRequestsException$, errors_1.TooManyRequestsException);
exports.ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _EC, _ECR],
    [0, 0, 0]
];
n0_registry.registerError(exports.ValidationException$, errors_1.ValidationException);
exports.errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var EmailAddress = [0, n0, _EA, 8, 0];
var EmailMessage = [0, n0, _EM, 8, 0];
exports.AcceptInvitationRequest$ = [3, n0, _AIR,
    0,
    [_GA],
    [0], 1
];
exports.Account$ = [3, n0, _A,
    0,
    [_AI, _EA],
    [0, [() => EmailAddress, 0]], 2
];
exports.Administrator$ = [3, n0, _Ad,
    0,
    [_AI, _GA, _DT],
    [0, 0, 5]
];
exports.BatchGetGraphMemberDatasourcesRequest$ = [3, n0, _BGGMDR,
    0,
    [_GA, _AIc],
    [0, 64 | 0], 2
];
exports.BatchGetGraphMemberDatasourcesResponse$ = [3, n0, _BGGMDRa,
    0,
    [_MD, _UA],
    [() => MembershipDatasourcesList, () => UnprocessedAccountList]
];
exports.BatchGetMembershipDatasourcesRequest$ = [3, n0, _BGMDR,
    0,
    [_GAr],
    [64 | 0], 1
];
exports.BatchGetMembershipDatasourcesResponse$ = [3, n0, _BGMDRa,
    0,
    [_MDe, _UG],
    [() => MembershipDatasourcesList, () => UnprocessedGraphList]
];
exports.CreateGraphRequest$ = [3, n0, _CGR,
    0,
    [_T],
    [128 | 0]
];
exports.CreateGraphResponse$ = [3, n0, _CGRr,
    0,
    [_GA],
    [0]
];
exports.CreateMembersRequest$ = [3, n0, _CMR,
    0,
    [_GA, _Ac, _M, _DEN],
    [0, [() => AccountList, 0], [() => EmailMessage, 0], 2], 2
];
exports.CreateMembersResponse$ = [3, n0, _CMRr,
    0,
    [_Me, _UA],
    [[() => MemberDetailList, 0], () => UnprocessedAccountList]
];
exports.DatasourcePackageIngestDetail$ = [3, n0, _DPID,
    0,
    [_DPIS, _LISC],
    [0, () => LastIngestStateChangeDates]
];
exports.DatasourcePackageUsageInfo$ = [3, n0, _DPUI,
    0,
    [_VUIB, _VUUT],
    [1, 5]
];
exports.DateFilter$ = [3, n0, _DF,
    0,
    [_SI, _EI],
    [5, 5], 2
];
exports.DeleteGraphRequest$ = [3, n0, _DGR,
    0,
    [_GA],
    [0], 1
];
exports.DeleteMembersRequest$ = [3, n0, _DMR,
    0,
    [_GA, _AIc],
    [0, 64 | 0], 2
];
exports.DeleteMembersResponse$ = [3, n0, _DMRe,
    0,
    [_AIc, _UA],
    [64 | 0, () => UnprocessedAccountList]
];
exports.DescribeOrganizationConfigurationRequest$ = [3, n0, _DOCR,
    0,
    [_GA],
    [0], 1
];
exports.DescribeOrganizationConfigurationResponse$ = [3, n0, _DOCRe,
    0,
    [_AE],
    [2]
];
exports.DisassociateMembershipRequest$ = [3, n0, _DMRi,
    0,
    [_GA],
    [0], 1
];
exports.EnableOrganizationAdminAccountRequest$ = [3, n0, _EOAAR,
    0,
    [_AI],
    [0], 1
];
exports.FilterCriteria$ = [3, n0, _FC,
    0,
    [_S, _St, _Sta, _EAn, _CT],
    [() => exports.StringFilter$, () => exports.StringFilter$, () => exports.StringFilter$, () => exports.StringFilter$, () => exports.DateFilter$]
];
exports.FlaggedIpAddressDetail$ = [3, n0, _FIAD,
    0,
    [_IA, _Re],
    [0, 0]
];
exports.GetInvestigationRequest$ = [3, n0, _GIR,
    0,
    [_GA, _II],
    [0, 0], 2
];
exports.GetInvestigationResponse$ = [3, n0, _GIRe,
    0,
    [_GA, _II, _EAn, _ET, _CT, _SST, _SET, _St, _S, _Sta],
    [0, 0, 0, 0, 5, 5, 5, 0, 0, 0]
];
exports.GetMembersRequest$ = [3, n0, _GMR,
    0,
    [_GA, _AIc],
    [0, 64 | 0], 2
];
exports.GetMembersResponse$ = [3, n0, _GMRe,
    0,
    [_MDem, _UA],
    [[() => MemberDetailList, 0], () => UnprocessedAccountList]
];
exports.Graph$ = [3, n0, _G,
    0,
    [_Ar, _CT],
    [0, 5]
];
exports.ImpossibleTravelDetail$ = [3, n0, _ITD,
    0,
    [_SIA, _EIA, _SL, _EL, _HTD],
    [0, 0, 0, 0, 1]
];
exports.Indicator$ = [3, n0, _I,
    0,
    [_IT, _ID],
    [0, () => exports.IndicatorDetail$]
];
exports.IndicatorDetail$ = [3, n0, _ID,
    0,
    [_TTPOD, _ITD, _FIAD, _NGD, _NAD, _NUAD, _RFD, _RFGD],
    [() => exports.TTPsObservedDetail$, () => exports.ImpossibleTravelDetail$, () => exports.FlaggedIpAddressDetail$, () => exports.NewGeolocationDetail$, () => exports.NewAsoDetail$, () => exports.NewUserAgentDetail$, () => exports.RelatedFindingDetail$, () => exports.RelatedFindingGroupDetail$]
];
exports.InvestigationDetail$ = [3, n0, _IDn,
    0,
    [_II, _S, _St, _Sta, _CT, _EAn, _ET],
    [0, 0, 0, 0, 5, 0, 0]
];
exports.ListDatasourcePackagesRequest$ = [3, n0, _LDPR,
    0,
    [_GA, _NT, _MR],
    [0, 0, 1], 1
];
exports.ListDatasourcePackagesResponse$ = [3, n0, _LDPRi,
    0,
    [_DP, _NT],
    [() => DatasourcePackageIngestDetails, 0]
];
exports.ListGraphsRequest$ = [3, n0, _LGR,
    0,
    [_NT, _MR],
    [0, 1]
];
exports.ListGraphsResponse$ = [3, n0, _LGRi,
    0,
    [_GL, _NT],
    [() => GraphList, 0]
];
exports.ListIndicatorsRequest$ = [3, n0, _LIR,
    0,
    [_GA, _II, _IT, _NT, _MR],
    [0, 0, 0, 0, 1], 2
];
exports.ListIndicatorsResponse$ = [3, n0, _LIRi,
    0,
    [_GA, _II, _NT, _In],
    [0, 0, 0, () => Indicators]
];
exports.ListInvestigationsRequest$ = [3, n0, _LIRis,
    0,
    [_GA, _NT, _MR, _FC, _SC],
    [0, 0, 1, () => exports.FilterCriteria$, () => exports.SortCriteria$], 1
];
exports.ListInvestigationsResponse$ = [3, n0, _LIRist,
    0,
    [_IDnv, _NT],
    [() => InvestigationDetails, 0]
];
exports.ListInvitationsRequest$ = [3, n0, _LIRistn,
    0,
    [_NT, _MR],
    [0, 1]
];
exports.ListInvitationsResponse$ = [3, n0, _LIRistnv,
    0,
    [_Inv, _NT],
    [[() => MemberDetailList, 0], 0]
];
exports.ListMembersRequest$ = [3, n0, _LMR,
    0,
    [_GA, _NT, _MR],
    [0, 0, 1], 1
];
exports.ListMembersResponse$ = [3, n0, _LMRi,
    0,
    [_MDem, _NT],
    [[() => MemberDetailList, 0], 0]
];
exports.ListOrganizationAdminAccountsRequest$ = [3, n0, _LOAAR,
    0,
    [_NT, _MR],
    [0, 1]
];
exports.ListOrganizationAdminAccountsResponse$ = [3, n0, _LOAARi,
    0,
    [_Adm, _NT],
    [() => AdministratorList, 0]
];
exports.ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RA],
    [[0, 1]], 1
];
exports.ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_T],
    [128 | 0]
];
exports.MemberDetail$ = [3, n0, _MDemb,
    0,
    [_AI, _EA, _GA, _MI, _AId, _St, _DR, _ITn, _UT, _VUIB, _VUUTo, _POGU, _POGUUT, _ITnv, _VUBDP, _DPISa],
    [0, [() => EmailAddress, 0], 0, 0, 0, 0, 0, 5, 5, 1, 5, 1, 5, 0, () => VolumeUsageByDatasourcePackage, 128 | 0]
];
exports.MembershipDatasources$ = [3, n0, _MDe,
    0,
    [_AI, _GA, _DPIH],
    [0, 0, () => DatasourcePackageIngestHistory]
];
exports.NewAsoDetail$ = [3, n0, _NAD,
    0,
    [_As, _INFEA],
    [0, 2]
];
exports.NewGeolocationDetail$ = [3, n0, _NGD,
    0,
    [_L, _IA, _INFEA],
    [0, 0, 2]
];
exports.NewUserAgentDetail$ = [3, n0, _NUAD,
    0,
    [_UAs, _INFEA],
    [0, 2]
];
exports.RejectInvitationRequest$ = [3, n0, _RIR,
    0,
    [_GA],
    [0], 1
];
exports.RelatedFindingDetail$ = [3, n0, _RFD,
    0,
    [_Ar, _Ty, _IA],
    [0, 0, 0]
];
exports.RelatedFindingGroupDetail$ = [3, n0, _RFGD,
    0,
    [_Id],
    [0]
];
exports.SortCriteria$ = [3, n0, _SC,
    0,
    [_F, _SO],
    [0, 0]
];
exports.StartInvestigationRequest$ = [3, n0, _SIR,
    0,
    [_GA, _EAn, _SST, _SET],
    [0, 0, 5, 5], 4
];
exports.StartInvestigationResponse$ = [3, n0, _SIRt,
    0,
    [_II],
    [0]
];
exports.StartMonitoringMemberRequest$ = [3, n0, _SMMR,
    0,
    [_GA, _AI],
    [0, 0], 2
];
exports.StringFilter$ = [3, n0, _SF,
    0,
    [_V],
    [0], 1
];
exports.TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RA, _T],
    [[0, 1], 128 | 0], 2
];
exports.TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
exports.TimestampForCollection$ = [3, n0, _TFC,
    0,
    [_Ti],
    [5]
];
exports.TTPsObservedDetail$ = [3, n0, _TTPOD,
    0,
    [_Ta, _Te, _P, _IA, _APIN, _APISC, _APIFC],
    [0, 0, 0, 0, 0, 1, 1]
];
exports.UnprocessedAccount$ = [3, n0, _UAn,
    0,
    [_AI, _Re],
    [0, 0]
];
exports.UnprocessedGraph$ = [3, n0, _UGn,
    0,
    [_GA, _Re],
    [0, 0]
];
exports.UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RA, _TK],
    [[0, 1], [64 | 0, { [_hQ]: _tK }]], 2
];
exports.UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
exports.UpdateDatasourcePackagesRequest$ = [3, n0, _UDPR,
    0,
    [_GA, _DP],
    [0, 64 | 0], 2
];
exports.UpdateInvestigationStateRequest$ = [3, n0, _UISR,
    0,
    [_GA, _II, _Sta],
    [0, 0, 0], 3
];
exports.UpdateOrganizationConfigurationRequest$ = [3, n0, _UOCR,
    0,
    [_GA, _AE],
    [0, 2], 1
];
var __Unit = "unit";
var AccountIdExtendedList = (/* unused pure expression or super */ null && (0));
var AccountIdList = (/* unused pure expression or super */ null && (0));
var AccountList = [1, n0, _AL,
    0, [() => exports.Account$,
        0]
];
var AdministratorList = [1, n0, _ALd,
    0, () => exports.Administrator$
];
var DatasourcePackageList = (/* unused pure expression or super */ null && (0));
var GraphArnList = (/* unused pure expression or super */ null && (0));
var GraphList = [1, n0, _GL,
    0, () => exports.Graph$
];
var Indicators = [1, n0, _In,
    0, () => exports.Indicator$
];
var InvestigationDetails = [1, n0, _IDnv,
    0, () => exports.InvestigationDetail$
];
var MemberDetailList = [1, n0, _MDL,
    0, [() => exports.MemberDetail$,
        0]
];
var MembershipDatasourcesList = [1, n0, _MDLe,
    0, () => exports.MembershipDatasources$
];
var ResourceList = (/* unused pure expression or super */ null && (0));
var TagKeyList = (/* unused pure expression or super */ null && (0));
var UnprocessedAccountList = [1, n0, _UAL,
    0, () => exports.UnprocessedAccount$
];
var UnprocessedGraphList = [1, n0, _UGL,
    0, () => exports.UnprocessedGraph$
];
var DatasourcePackageIngestDetails = [2, n0, _DPIDa,
    0, 0, () => exports.DatasourcePackageIngestDetail$
];
var DatasourcePackageIngestHistory = [2, n0, _DPIH,
    0, 0, () => LastIngestStateChangeDates
];
var DatasourcePackageIngestStates = (/* unused pure expression or super */ null && (0));
var LastIngestStateChangeDates = [2, n0, _LISCD,
    0, 0, () => exports.TimestampForCollection$
];
var TagMap = (/* unused pure expression or super */ null && (0));
var VolumeUsageByDatasourcePackage = [2, n0, _VUBDP,
    0, 0, () => exports.DatasourcePackageUsageInfo$
];
exports.AcceptInvitation$ = [9, n0, _AIcc,
    { [_h]: ["PUT", "/invitation", 200] }, () => exports.AcceptInvitationRequest$, () => __Unit
];
exports.BatchGetGraphMemberDatasources$ = [9, n0, _BGGMD,
    { [_h]: ["POST", "/graph/datasources/get", 200] }, () => exports.BatchGetGraphMemberDatasourcesRequest$, () => exports.BatchGetGraphMemberDatasourcesResponse$
];
exports.BatchGetMembershipDatasources$ = [9, n0, _BGMD,
    { [_h]: ["POST", "/membership/datasources/get", 200] }, () => exports.BatchGetMembershipDatasourcesRequest$, () => exports.BatchGetMembershipDatasourcesResponse$
];
exports.CreateGraph$ = [9, n0, _CG,
    { [_h]: ["POST", "/graph", 200] }, () => exports.CreateGraphRequest$, () => exports.CreateGraphResponse$
];
exports.CreateMembers$ = [9, n0, _CM,
    { [_h]: ["POST", "/graph/members", 200] }, () => exports.CreateMembersRequest$, () => exports.CreateMembersResponse$
];
exports.DeleteGraph$ = [9, n0, _DG,
    { [_h]: ["POST", "/graph/removal", 200] }, () => exports.DeleteGraphRequest$, () => __Unit
];
exports.DeleteMembers$ = [9, n0, _DM,
    { [_h]: ["POST", "/graph/members/removal", 200] }, () => exports.DeleteMembersRequest$, () => exports.DeleteMembersResponse$
];
exports.DescribeOrganizationConfiguration$ = [9, n0, _DOC,
    { [_h]: ["POST", "/orgs/describeOrganizationConfiguration", 200] }, () => exports.DescribeOrganizationConfigurationRequest$, () => exports.DescribeOrganizationConfigurationResponse$
];
exports.DisableOrganizationAdminAccount$ = [9, n0, _DOAA,
    { [_h]: ["POST", "/orgs/disableAdminAccount", 200] }, () => __Unit, () => __Unit
];
exports.DisassociateMembership$ = [9, n0, _DMi,
    { [_h]: ["POST", "/membership/removal", 200] }, () => exports.DisassociateMembershipRequest$, () => __Unit
];
exports.EnableOrganizationAdminAccount$ = [9, n0, _EOAA,
    { [_h]: ["POST", "/orgs/enableAdminAccount", 200] }, () => exports.EnableOrganizationAdminAccountRequest$, () => __Unit
];
exports.GetInvestigation$ = [9, n0, _GI,
    { [_h]: ["POST", "/investigations/getInvestigation", 200] }, () => exports.GetInvestigationRequest$, () => exports.GetInvestigationResponse$
];
exports.GetMembers$ = [9, n0, _GM,
    { [_h]: ["POST", "/graph/members/get", 200] }, () => exports.GetMembersRequest$, () => exports.GetMembersResponse$
];
exports.ListDatasourcePackages$ = [9, n0, _LDP,
    { [_h]: ["POST", "/graph/datasources/list", 200] }, () => exports.ListDatasourcePackagesRequest$, () => exports.ListDatasourcePackagesResponse$
];
exports.ListGraphs$ = [9, n0, _LG,
    { [_h]: ["POST", "/graphs/list", 200] }, () => exports.ListGraphsRequest$, () => exports.ListGraphsResponse$
];
exports.ListIndicators$ = [9, n0, _LI,
    { [_h]: ["POST", "/investigations/listIndicators", 200] }, () => exports.ListIndicatorsRequest$, () => exports.ListIndicatorsResponse$
];
exports.ListInvestigations$ = [9, n0, _LIi,
    { [_h]: ["POST", "/investigations/listInvestigations", 200] }, () => exports.ListInvestigationsRequest$, () => exports.ListInvestigationsResponse$
];
exports.ListInvitations$ = [9, n0, _LIis,
    { [_h]: ["POST", "/invitations/list", 200] }, () => exports.ListInvitationsRequest$, () => exports.ListInvitationsResponse$
];
exports.ListMembers$ = [9, n0, _LM,
    { [_h]: ["POST", "/graph/members/list", 200] }, () => exports.ListMembersRequest$, () => exports.ListMembersResponse$
];
exports.ListOrganizationAdminAccounts$ = [9, n0, _LOAA,
    { [_h]: ["POST", "/orgs/adminAccountslist", 200] }, () => exports.ListOrganizationAdminAccountsRequest$, () => exports.ListOrganizationAdminAccountsResponse$
];
exports.ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["GET", "/tags/{ResourceArn}", 200] }, () => exports.ListTagsForResourceRequest$, () => exports.ListTagsForResourceResponse$
];
exports.RejectInvitation$ = [9, n0, _RI,
    { [_h]: ["POST", "/invitation/removal", 200] }, () => exports.RejectInvitationRequest$, () => __Unit
];
exports.StartInvestigation$ = [9, n0, _SIt,
    { [_h]: ["POST", "/investigations/startInvestigation", 200] }, () => exports.StartInvestigationRequest$, () => exports.StartInvestigationResponse$
];
exports.StartMonitoringMember$ = [9, n0, _SMM,
    { [_h]: ["POST", "/graph/member/monitoringstate", 200] }, () => exports.StartMonitoringMemberRequest$, () => __Unit
];
exports.TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tags/{ResourceArn}", 204] }, () => exports.TagResourceRequest$, () => exports.TagResourceResponse$
];
exports.UntagResource$ = [9, n0, _UR,
    { [_h]: ["DELETE", "/tags/{ResourceArn}", 204] }, () => exports.UntagResourceRequest$, () => exports.UntagResourceResponse$
];
exports.UpdateDatasourcePackages$ = [9, n0, _UDP,
    { [_h]: ["POST", "/graph/datasources/update", 200] }, () => exports.UpdateDatasourcePackagesRequest$, () => __Unit
];
exports.UpdateInvestigationState$ = [9, n0, _UIS,
    { [_h]: ["POST", "/investigations/updateInvestigationState", 200] }, () => exports.UpdateInvestigationStateRequest$, () => __Unit
];
exports.UpdateOrganizationConfiguration$ = [9, n0, _UOC,
    { [_h]: ["POST", "/orgs/updateOrganizationConfiguration", 200] }, () => exports.UpdateOrganizationConfigurationRequest$, () => __Unit
];


/***/ }),

/***/ 4604:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"@aws-sdk/client-detective","description":"AWS SDK for JavaScript Detective Client for Node.js, Browser and React Native","version":"3.1048.0","scripts":{"build":"concurrently \'yarn:build:types\' \'yarn:build:es\' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline client-detective","build:es":"tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service --solo detective","test:index":"tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"},"main":"./dist-cjs/index.js","types":"./dist-types/index.d.ts","module":"./dist-es/index.js","sideEffects":false,"dependencies":{"@aws-crypto/sha256-browser":"5.2.0","@aws-crypto/sha256-js":"5.2.0","@aws-sdk/core":"^3.974.11","@aws-sdk/credential-provider-node":"^3.972.42","@aws-sdk/types":"^3.973.8","@smithy/core":"^3.24.2","@smithy/fetch-http-handler":"^5.4.2","@smithy/node-http-handler":"^4.7.2","@smithy/types":"^4.14.1","tslib":"^2.6.2"},"devDependencies":{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~5.8.3"},"engines":{"node":">=20.0.0"},"typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"files":["dist-*/**"],"author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/javascript/"},"license":"Apache-2.0","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-detective","repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-detective"}}');

/***/ })

};
