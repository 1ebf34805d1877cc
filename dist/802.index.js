export const id = 802;
export const ids = [802];
export const modules = {

/***/ 2397:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpAuthSchemeConfig = exports.defaultMacie2HttpAuthSchemeProvider = exports.defaultMacie2HttpAuthSchemeParametersProvider = void 0;
const httpAuthSchemes_1 = __webpack_require__(7523);
const client_1 = __webpack_require__(2658);
const defaultMacie2HttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0, client_1.getSmithyContext)(context).operation,
        region: await (0, client_1.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
exports.defaultMacie2HttpAuthSchemeParametersProvider = defaultMacie2HttpAuthSchemeParametersProvider;
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
exports.defaultMacie2HttpAuthSchemeProvider = defaultMacie2HttpAuthSchemeProvider;
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0, httpAuthSchemes_1.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0, client_1.normalizeProvider)(config.authSchemePreference ?? []),
    });
};
exports.resolveHttpAuthSchemeConfig = resolveHttpAuthSchemeConfig;


/***/ }),

/***/ 2344:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bdd = void 0;
const endpoints_1 = __webpack_require__(2085);
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
exports.bdd = endpoints_1.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);


/***/ }),

/***/ 2355:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultEndpointResolver = void 0;
const client_1 = __webpack_require__(5152);
const endpoints_1 = __webpack_require__(2085);
const bdd_1 = __webpack_require__(2344);
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

/***/ 802:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var client$1 = __webpack_require__(5152);
var core = __webpack_require__(402);
var client = __webpack_require__(2658);
var config = __webpack_require__(7291);
var endpoints = __webpack_require__(2085);
var protocols = __webpack_require__(3422);
var retry = __webpack_require__(3609);
var schema = __webpack_require__(6890);
var httpAuthSchemeProvider = __webpack_require__(2397);
var runtimeConfig = __webpack_require__(2292);
var schemas_0 = __webpack_require__(3194);
var errors = __webpack_require__(3374);
var Macie2ServiceException = __webpack_require__(5031);

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

class Macie2Client extends client.Client {
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
            httpAuthSchemeParametersProvider: httpAuthSchemeProvider.defaultMacie2HttpAuthSchemeParametersProvider,
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
    .s("Macie2", "AcceptInvitation", {})
    .n("Macie2Client", "AcceptInvitationCommand")
    .sc(schemas_0.AcceptInvitation$)
    .build() {
}

class BatchGetCustomDataIdentifiersCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "BatchGetCustomDataIdentifiers", {})
    .n("Macie2Client", "BatchGetCustomDataIdentifiersCommand")
    .sc(schemas_0.BatchGetCustomDataIdentifiers$)
    .build() {
}

class BatchUpdateAutomatedDiscoveryAccountsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "BatchUpdateAutomatedDiscoveryAccounts", {})
    .n("Macie2Client", "BatchUpdateAutomatedDiscoveryAccountsCommand")
    .sc(schemas_0.BatchUpdateAutomatedDiscoveryAccounts$)
    .build() {
}

class CreateAllowListCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "CreateAllowList", {})
    .n("Macie2Client", "CreateAllowListCommand")
    .sc(schemas_0.CreateAllowList$)
    .build() {
}

class CreateClassificationJobCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "CreateClassificationJob", {})
    .n("Macie2Client", "CreateClassificationJobCommand")
    .sc(schemas_0.CreateClassificationJob$)
    .build() {
}

class CreateCustomDataIdentifierCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "CreateCustomDataIdentifier", {})
    .n("Macie2Client", "CreateCustomDataIdentifierCommand")
    .sc(schemas_0.CreateCustomDataIdentifier$)
    .build() {
}

class CreateFindingsFilterCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "CreateFindingsFilter", {})
    .n("Macie2Client", "CreateFindingsFilterCommand")
    .sc(schemas_0.CreateFindingsFilter$)
    .build() {
}

class CreateInvitationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "CreateInvitations", {})
    .n("Macie2Client", "CreateInvitationsCommand")
    .sc(schemas_0.CreateInvitations$)
    .build() {
}

class CreateMemberCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "CreateMember", {})
    .n("Macie2Client", "CreateMemberCommand")
    .sc(schemas_0.CreateMember$)
    .build() {
}

class CreateSampleFindingsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "CreateSampleFindings", {})
    .n("Macie2Client", "CreateSampleFindingsCommand")
    .sc(schemas_0.CreateSampleFindings$)
    .build() {
}

class DeclineInvitationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DeclineInvitations", {})
    .n("Macie2Client", "DeclineInvitationsCommand")
    .sc(schemas_0.DeclineInvitations$)
    .build() {
}

class DeleteAllowListCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DeleteAllowList", {})
    .n("Macie2Client", "DeleteAllowListCommand")
    .sc(schemas_0.DeleteAllowList$)
    .build() {
}

class DeleteCustomDataIdentifierCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DeleteCustomDataIdentifier", {})
    .n("Macie2Client", "DeleteCustomDataIdentifierCommand")
    .sc(schemas_0.DeleteCustomDataIdentifier$)
    .build() {
}

class DeleteFindingsFilterCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DeleteFindingsFilter", {})
    .n("Macie2Client", "DeleteFindingsFilterCommand")
    .sc(schemas_0.DeleteFindingsFilter$)
    .build() {
}

class DeleteInvitationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DeleteInvitations", {})
    .n("Macie2Client", "DeleteInvitationsCommand")
    .sc(schemas_0.DeleteInvitations$)
    .build() {
}

class DeleteMemberCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DeleteMember", {})
    .n("Macie2Client", "DeleteMemberCommand")
    .sc(schemas_0.DeleteMember$)
    .build() {
}

class DescribeBucketsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DescribeBuckets", {})
    .n("Macie2Client", "DescribeBucketsCommand")
    .sc(schemas_0.DescribeBuckets$)
    .build() {
}

class DescribeClassificationJobCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DescribeClassificationJob", {})
    .n("Macie2Client", "DescribeClassificationJobCommand")
    .sc(schemas_0.DescribeClassificationJob$)
    .build() {
}

class DescribeOrganizationConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DescribeOrganizationConfiguration", {})
    .n("Macie2Client", "DescribeOrganizationConfigurationCommand")
    .sc(schemas_0.DescribeOrganizationConfiguration$)
    .build() {
}

class DisableMacieCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DisableMacie", {})
    .n("Macie2Client", "DisableMacieCommand")
    .sc(schemas_0.DisableMacie$)
    .build() {
}

class DisableOrganizationAdminAccountCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DisableOrganizationAdminAccount", {})
    .n("Macie2Client", "DisableOrganizationAdminAccountCommand")
    .sc(schemas_0.DisableOrganizationAdminAccount$)
    .build() {
}

class DisassociateFromAdministratorAccountCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DisassociateFromAdministratorAccount", {})
    .n("Macie2Client", "DisassociateFromAdministratorAccountCommand")
    .sc(schemas_0.DisassociateFromAdministratorAccount$)
    .build() {
}

class DisassociateFromMasterAccountCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DisassociateFromMasterAccount", {})
    .n("Macie2Client", "DisassociateFromMasterAccountCommand")
    .sc(schemas_0.DisassociateFromMasterAccount$)
    .build() {
}

class DisassociateMemberCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "DisassociateMember", {})
    .n("Macie2Client", "DisassociateMemberCommand")
    .sc(schemas_0.DisassociateMember$)
    .build() {
}

class EnableMacieCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "EnableMacie", {})
    .n("Macie2Client", "EnableMacieCommand")
    .sc(schemas_0.EnableMacie$)
    .build() {
}

class EnableOrganizationAdminAccountCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "EnableOrganizationAdminAccount", {})
    .n("Macie2Client", "EnableOrganizationAdminAccountCommand")
    .sc(schemas_0.EnableOrganizationAdminAccount$)
    .build() {
}

class GetAdministratorAccountCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetAdministratorAccount", {})
    .n("Macie2Client", "GetAdministratorAccountCommand")
    .sc(schemas_0.GetAdministratorAccount$)
    .build() {
}

class GetAllowListCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetAllowList", {})
    .n("Macie2Client", "GetAllowListCommand")
    .sc(schemas_0.GetAllowList$)
    .build() {
}

class GetAutomatedDiscoveryConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetAutomatedDiscoveryConfiguration", {})
    .n("Macie2Client", "GetAutomatedDiscoveryConfigurationCommand")
    .sc(schemas_0.GetAutomatedDiscoveryConfiguration$)
    .build() {
}

class GetBucketStatisticsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetBucketStatistics", {})
    .n("Macie2Client", "GetBucketStatisticsCommand")
    .sc(schemas_0.GetBucketStatistics$)
    .build() {
}

class GetClassificationExportConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetClassificationExportConfiguration", {})
    .n("Macie2Client", "GetClassificationExportConfigurationCommand")
    .sc(schemas_0.GetClassificationExportConfiguration$)
    .build() {
}

class GetClassificationScopeCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetClassificationScope", {})
    .n("Macie2Client", "GetClassificationScopeCommand")
    .sc(schemas_0.GetClassificationScope$)
    .build() {
}

class GetCustomDataIdentifierCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetCustomDataIdentifier", {})
    .n("Macie2Client", "GetCustomDataIdentifierCommand")
    .sc(schemas_0.GetCustomDataIdentifier$)
    .build() {
}

class GetFindingsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetFindings", {})
    .n("Macie2Client", "GetFindingsCommand")
    .sc(schemas_0.GetFindings$)
    .build() {
}

class GetFindingsFilterCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetFindingsFilter", {})
    .n("Macie2Client", "GetFindingsFilterCommand")
    .sc(schemas_0.GetFindingsFilter$)
    .build() {
}

class GetFindingsPublicationConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetFindingsPublicationConfiguration", {})
    .n("Macie2Client", "GetFindingsPublicationConfigurationCommand")
    .sc(schemas_0.GetFindingsPublicationConfiguration$)
    .build() {
}

class GetFindingStatisticsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetFindingStatistics", {})
    .n("Macie2Client", "GetFindingStatisticsCommand")
    .sc(schemas_0.GetFindingStatistics$)
    .build() {
}

class GetInvitationsCountCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetInvitationsCount", {})
    .n("Macie2Client", "GetInvitationsCountCommand")
    .sc(schemas_0.GetInvitationsCount$)
    .build() {
}

class GetMacieSessionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetMacieSession", {})
    .n("Macie2Client", "GetMacieSessionCommand")
    .sc(schemas_0.GetMacieSession$)
    .build() {
}

class GetMasterAccountCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetMasterAccount", {})
    .n("Macie2Client", "GetMasterAccountCommand")
    .sc(schemas_0.GetMasterAccount$)
    .build() {
}

class GetMemberCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetMember", {})
    .n("Macie2Client", "GetMemberCommand")
    .sc(schemas_0.GetMember$)
    .build() {
}

class GetResourceProfileCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetResourceProfile", {})
    .n("Macie2Client", "GetResourceProfileCommand")
    .sc(schemas_0.GetResourceProfile$)
    .build() {
}

class GetRevealConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetRevealConfiguration", {})
    .n("Macie2Client", "GetRevealConfigurationCommand")
    .sc(schemas_0.GetRevealConfiguration$)
    .build() {
}

class GetSensitiveDataOccurrencesAvailabilityCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetSensitiveDataOccurrencesAvailability", {})
    .n("Macie2Client", "GetSensitiveDataOccurrencesAvailabilityCommand")
    .sc(schemas_0.GetSensitiveDataOccurrencesAvailability$)
    .build() {
}

class GetSensitiveDataOccurrencesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetSensitiveDataOccurrences", {})
    .n("Macie2Client", "GetSensitiveDataOccurrencesCommand")
    .sc(schemas_0.GetSensitiveDataOccurrences$)
    .build() {
}

class GetSensitivityInspectionTemplateCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetSensitivityInspectionTemplate", {})
    .n("Macie2Client", "GetSensitivityInspectionTemplateCommand")
    .sc(schemas_0.GetSensitivityInspectionTemplate$)
    .build() {
}

class GetUsageStatisticsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetUsageStatistics", {})
    .n("Macie2Client", "GetUsageStatisticsCommand")
    .sc(schemas_0.GetUsageStatistics$)
    .build() {
}

class GetUsageTotalsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "GetUsageTotals", {})
    .n("Macie2Client", "GetUsageTotalsCommand")
    .sc(schemas_0.GetUsageTotals$)
    .build() {
}

class ListAllowListsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListAllowLists", {})
    .n("Macie2Client", "ListAllowListsCommand")
    .sc(schemas_0.ListAllowLists$)
    .build() {
}

class ListAutomatedDiscoveryAccountsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListAutomatedDiscoveryAccounts", {})
    .n("Macie2Client", "ListAutomatedDiscoveryAccountsCommand")
    .sc(schemas_0.ListAutomatedDiscoveryAccounts$)
    .build() {
}

class ListClassificationJobsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListClassificationJobs", {})
    .n("Macie2Client", "ListClassificationJobsCommand")
    .sc(schemas_0.ListClassificationJobs$)
    .build() {
}

class ListClassificationScopesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListClassificationScopes", {})
    .n("Macie2Client", "ListClassificationScopesCommand")
    .sc(schemas_0.ListClassificationScopes$)
    .build() {
}

class ListCustomDataIdentifiersCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListCustomDataIdentifiers", {})
    .n("Macie2Client", "ListCustomDataIdentifiersCommand")
    .sc(schemas_0.ListCustomDataIdentifiers$)
    .build() {
}

class ListFindingsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListFindings", {})
    .n("Macie2Client", "ListFindingsCommand")
    .sc(schemas_0.ListFindings$)
    .build() {
}

class ListFindingsFiltersCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListFindingsFilters", {})
    .n("Macie2Client", "ListFindingsFiltersCommand")
    .sc(schemas_0.ListFindingsFilters$)
    .build() {
}

class ListInvitationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListInvitations", {})
    .n("Macie2Client", "ListInvitationsCommand")
    .sc(schemas_0.ListInvitations$)
    .build() {
}

class ListManagedDataIdentifiersCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListManagedDataIdentifiers", {})
    .n("Macie2Client", "ListManagedDataIdentifiersCommand")
    .sc(schemas_0.ListManagedDataIdentifiers$)
    .build() {
}

class ListMembersCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListMembers", {})
    .n("Macie2Client", "ListMembersCommand")
    .sc(schemas_0.ListMembers$)
    .build() {
}

class ListOrganizationAdminAccountsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListOrganizationAdminAccounts", {})
    .n("Macie2Client", "ListOrganizationAdminAccountsCommand")
    .sc(schemas_0.ListOrganizationAdminAccounts$)
    .build() {
}

class ListResourceProfileArtifactsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListResourceProfileArtifacts", {})
    .n("Macie2Client", "ListResourceProfileArtifactsCommand")
    .sc(schemas_0.ListResourceProfileArtifacts$)
    .build() {
}

class ListResourceProfileDetectionsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListResourceProfileDetections", {})
    .n("Macie2Client", "ListResourceProfileDetectionsCommand")
    .sc(schemas_0.ListResourceProfileDetections$)
    .build() {
}

class ListSensitivityInspectionTemplatesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListSensitivityInspectionTemplates", {})
    .n("Macie2Client", "ListSensitivityInspectionTemplatesCommand")
    .sc(schemas_0.ListSensitivityInspectionTemplates$)
    .build() {
}

class ListTagsForResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "ListTagsForResource", {})
    .n("Macie2Client", "ListTagsForResourceCommand")
    .sc(schemas_0.ListTagsForResource$)
    .build() {
}

class PutClassificationExportConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "PutClassificationExportConfiguration", {})
    .n("Macie2Client", "PutClassificationExportConfigurationCommand")
    .sc(schemas_0.PutClassificationExportConfiguration$)
    .build() {
}

class PutFindingsPublicationConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "PutFindingsPublicationConfiguration", {})
    .n("Macie2Client", "PutFindingsPublicationConfigurationCommand")
    .sc(schemas_0.PutFindingsPublicationConfiguration$)
    .build() {
}

class SearchResourcesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "SearchResources", {})
    .n("Macie2Client", "SearchResourcesCommand")
    .sc(schemas_0.SearchResources$)
    .build() {
}

class TagResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "TagResource", {})
    .n("Macie2Client", "TagResourceCommand")
    .sc(schemas_0.TagResource$)
    .build() {
}

class TestCustomDataIdentifierCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "TestCustomDataIdentifier", {})
    .n("Macie2Client", "TestCustomDataIdentifierCommand")
    .sc(schemas_0.TestCustomDataIdentifier$)
    .build() {
}

class UntagResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UntagResource", {})
    .n("Macie2Client", "UntagResourceCommand")
    .sc(schemas_0.UntagResource$)
    .build() {
}

class UpdateAllowListCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateAllowList", {})
    .n("Macie2Client", "UpdateAllowListCommand")
    .sc(schemas_0.UpdateAllowList$)
    .build() {
}

class UpdateAutomatedDiscoveryConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateAutomatedDiscoveryConfiguration", {})
    .n("Macie2Client", "UpdateAutomatedDiscoveryConfigurationCommand")
    .sc(schemas_0.UpdateAutomatedDiscoveryConfiguration$)
    .build() {
}

class UpdateClassificationJobCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateClassificationJob", {})
    .n("Macie2Client", "UpdateClassificationJobCommand")
    .sc(schemas_0.UpdateClassificationJob$)
    .build() {
}

class UpdateClassificationScopeCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateClassificationScope", {})
    .n("Macie2Client", "UpdateClassificationScopeCommand")
    .sc(schemas_0.UpdateClassificationScope$)
    .build() {
}

class UpdateFindingsFilterCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateFindingsFilter", {})
    .n("Macie2Client", "UpdateFindingsFilterCommand")
    .sc(schemas_0.UpdateFindingsFilter$)
    .build() {
}

class UpdateMacieSessionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateMacieSession", {})
    .n("Macie2Client", "UpdateMacieSessionCommand")
    .sc(schemas_0.UpdateMacieSession$)
    .build() {
}

class UpdateMemberSessionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateMemberSession", {})
    .n("Macie2Client", "UpdateMemberSessionCommand")
    .sc(schemas_0.UpdateMemberSession$)
    .build() {
}

class UpdateOrganizationConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateOrganizationConfiguration", {})
    .n("Macie2Client", "UpdateOrganizationConfigurationCommand")
    .sc(schemas_0.UpdateOrganizationConfiguration$)
    .build() {
}

class UpdateResourceProfileCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateResourceProfile", {})
    .n("Macie2Client", "UpdateResourceProfileCommand")
    .sc(schemas_0.UpdateResourceProfile$)
    .build() {
}

class UpdateResourceProfileDetectionsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateResourceProfileDetections", {})
    .n("Macie2Client", "UpdateResourceProfileDetectionsCommand")
    .sc(schemas_0.UpdateResourceProfileDetections$)
    .build() {
}

class UpdateRevealConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateRevealConfiguration", {})
    .n("Macie2Client", "UpdateRevealConfigurationCommand")
    .sc(schemas_0.UpdateRevealConfiguration$)
    .build() {
}

class UpdateSensitivityInspectionTemplateCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("Macie2", "UpdateSensitivityInspectionTemplate", {})
    .n("Macie2Client", "UpdateSensitivityInspectionTemplateCommand")
    .sc(schemas_0.UpdateSensitivityInspectionTemplate$)
    .build() {
}

const paginateDescribeBuckets = core.createPaginator(Macie2Client, DescribeBucketsCommand, "nextToken", "nextToken", "maxResults");

const paginateGetUsageStatistics = core.createPaginator(Macie2Client, GetUsageStatisticsCommand, "nextToken", "nextToken", "maxResults");

const paginateListAllowLists = core.createPaginator(Macie2Client, ListAllowListsCommand, "nextToken", "nextToken", "maxResults");

const paginateListAutomatedDiscoveryAccounts = core.createPaginator(Macie2Client, ListAutomatedDiscoveryAccountsCommand, "nextToken", "nextToken", "maxResults");

const paginateListClassificationJobs = core.createPaginator(Macie2Client, ListClassificationJobsCommand, "nextToken", "nextToken", "maxResults");

const paginateListClassificationScopes = core.createPaginator(Macie2Client, ListClassificationScopesCommand, "nextToken", "nextToken", "");

const paginateListCustomDataIdentifiers = core.createPaginator(Macie2Client, ListCustomDataIdentifiersCommand, "nextToken", "nextToken", "maxResults");

const paginateListFindingsFilters = core.createPaginator(Macie2Client, ListFindingsFiltersCommand, "nextToken", "nextToken", "maxResults");

const paginateListFindings = core.createPaginator(Macie2Client, ListFindingsCommand, "nextToken", "nextToken", "maxResults");

const paginateListInvitations = core.createPaginator(Macie2Client, ListInvitationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListManagedDataIdentifiers = core.createPaginator(Macie2Client, ListManagedDataIdentifiersCommand, "nextToken", "nextToken", "");

const paginateListMembers = core.createPaginator(Macie2Client, ListMembersCommand, "nextToken", "nextToken", "maxResults");

const paginateListOrganizationAdminAccounts = core.createPaginator(Macie2Client, ListOrganizationAdminAccountsCommand, "nextToken", "nextToken", "maxResults");

const paginateListResourceProfileArtifacts = core.createPaginator(Macie2Client, ListResourceProfileArtifactsCommand, "nextToken", "nextToken", "");

const paginateListResourceProfileDetections = core.createPaginator(Macie2Client, ListResourceProfileDetectionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListSensitivityInspectionTemplates = core.createPaginator(Macie2Client, ListSensitivityInspectionTemplatesCommand, "nextToken", "nextToken", "maxResults");

const paginateSearchResources = core.createPaginator(Macie2Client, SearchResourcesCommand, "nextToken", "nextToken", "maxResults");

const checkState = async (client$1, input) => {
    let reason;
    try {
        let result = await client$1.send(new GetSensitiveDataOccurrencesCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "SUCCESS") {
                return { state: client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "ERROR") {
                return { state: client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: client.WaiterState.RETRY, reason };
};
const waitForFindingRevealed = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    return client.createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilFindingRevealed = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    const result = await client.createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return client.checkExceptions(result);
};

const commands = {
    AcceptInvitationCommand,
    BatchGetCustomDataIdentifiersCommand,
    BatchUpdateAutomatedDiscoveryAccountsCommand,
    CreateAllowListCommand,
    CreateClassificationJobCommand,
    CreateCustomDataIdentifierCommand,
    CreateFindingsFilterCommand,
    CreateInvitationsCommand,
    CreateMemberCommand,
    CreateSampleFindingsCommand,
    DeclineInvitationsCommand,
    DeleteAllowListCommand,
    DeleteCustomDataIdentifierCommand,
    DeleteFindingsFilterCommand,
    DeleteInvitationsCommand,
    DeleteMemberCommand,
    DescribeBucketsCommand,
    DescribeClassificationJobCommand,
    DescribeOrganizationConfigurationCommand,
    DisableMacieCommand,
    DisableOrganizationAdminAccountCommand,
    DisassociateFromAdministratorAccountCommand,
    DisassociateFromMasterAccountCommand,
    DisassociateMemberCommand,
    EnableMacieCommand,
    EnableOrganizationAdminAccountCommand,
    GetAdministratorAccountCommand,
    GetAllowListCommand,
    GetAutomatedDiscoveryConfigurationCommand,
    GetBucketStatisticsCommand,
    GetClassificationExportConfigurationCommand,
    GetClassificationScopeCommand,
    GetCustomDataIdentifierCommand,
    GetFindingsCommand,
    GetFindingsFilterCommand,
    GetFindingsPublicationConfigurationCommand,
    GetFindingStatisticsCommand,
    GetInvitationsCountCommand,
    GetMacieSessionCommand,
    GetMasterAccountCommand,
    GetMemberCommand,
    GetResourceProfileCommand,
    GetRevealConfigurationCommand,
    GetSensitiveDataOccurrencesCommand,
    GetSensitiveDataOccurrencesAvailabilityCommand,
    GetSensitivityInspectionTemplateCommand,
    GetUsageStatisticsCommand,
    GetUsageTotalsCommand,
    ListAllowListsCommand,
    ListAutomatedDiscoveryAccountsCommand,
    ListClassificationJobsCommand,
    ListClassificationScopesCommand,
    ListCustomDataIdentifiersCommand,
    ListFindingsCommand,
    ListFindingsFiltersCommand,
    ListInvitationsCommand,
    ListManagedDataIdentifiersCommand,
    ListMembersCommand,
    ListOrganizationAdminAccountsCommand,
    ListResourceProfileArtifactsCommand,
    ListResourceProfileDetectionsCommand,
    ListSensitivityInspectionTemplatesCommand,
    ListTagsForResourceCommand,
    PutClassificationExportConfigurationCommand,
    PutFindingsPublicationConfigurationCommand,
    SearchResourcesCommand,
    TagResourceCommand,
    TestCustomDataIdentifierCommand,
    UntagResourceCommand,
    UpdateAllowListCommand,
    UpdateAutomatedDiscoveryConfigurationCommand,
    UpdateClassificationJobCommand,
    UpdateClassificationScopeCommand,
    UpdateFindingsFilterCommand,
    UpdateMacieSessionCommand,
    UpdateMemberSessionCommand,
    UpdateOrganizationConfigurationCommand,
    UpdateResourceProfileCommand,
    UpdateResourceProfileDetectionsCommand,
    UpdateRevealConfigurationCommand,
    UpdateSensitivityInspectionTemplateCommand,
};
const paginators = {
    paginateDescribeBuckets,
    paginateGetUsageStatistics,
    paginateListAllowLists,
    paginateListAutomatedDiscoveryAccounts,
    paginateListClassificationJobs,
    paginateListClassificationScopes,
    paginateListCustomDataIdentifiers,
    paginateListFindings,
    paginateListFindingsFilters,
    paginateListInvitations,
    paginateListManagedDataIdentifiers,
    paginateListMembers,
    paginateListOrganizationAdminAccounts,
    paginateListResourceProfileArtifacts,
    paginateListResourceProfileDetections,
    paginateListSensitivityInspectionTemplates,
    paginateSearchResources,
};
const waiters = {
    waitUntilFindingRevealed,
};
class Macie2 extends Macie2Client {
}
client.createAggregatedClient(commands, Macie2, { paginators, waiters });

const AdminStatus = {
    DISABLING_IN_PROGRESS: "DISABLING_IN_PROGRESS",
    ENABLED: "ENABLED",
};
const AutomatedDiscoveryAccountStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const AutomatedDiscoveryAccountUpdateErrorCode = {
    ACCOUNT_NOT_FOUND: "ACCOUNT_NOT_FOUND",
    ACCOUNT_PAUSED: "ACCOUNT_PAUSED",
};
const AllowsUnencryptedObjectUploads = {
    FALSE: "FALSE",
    TRUE: "TRUE",
    UNKNOWN: "UNKNOWN",
};
const AutomatedDiscoveryMonitoringStatus = {
    MONITORED: "MONITORED",
    NOT_MONITORED: "NOT_MONITORED",
};
const BucketMetadataErrorCode = {
    ACCESS_DENIED: "ACCESS_DENIED",
    BUCKET_COUNT_EXCEEDS_QUOTA: "BUCKET_COUNT_EXCEEDS_QUOTA",
};
const IsDefinedInJob = {
    FALSE: "FALSE",
    TRUE: "TRUE",
    UNKNOWN: "UNKNOWN",
};
const IsMonitoredByJob = {
    FALSE: "FALSE",
    TRUE: "TRUE",
    UNKNOWN: "UNKNOWN",
};
const EffectivePermission = {
    NOT_PUBLIC: "NOT_PUBLIC",
    PUBLIC: "PUBLIC",
    UNKNOWN: "UNKNOWN",
};
const Type = {
    AES256: "AES256",
    NONE: "NONE",
    aws_kms: "aws:kms",
    aws_kms_dsse: "aws:kms:dsse",
};
const SharedAccess = {
    EXTERNAL: "EXTERNAL",
    INTERNAL: "INTERNAL",
    NOT_SHARED: "NOT_SHARED",
    UNKNOWN: "UNKNOWN",
};
const JobComparator = {
    CONTAINS: "CONTAINS",
    EQ: "EQ",
    GT: "GT",
    GTE: "GTE",
    LT: "LT",
    LTE: "LTE",
    NE: "NE",
    STARTS_WITH: "STARTS_WITH",
};
const SimpleCriterionKeyForJob = {
    ACCOUNT_ID: "ACCOUNT_ID",
    S3_BUCKET_EFFECTIVE_PERMISSION: "S3_BUCKET_EFFECTIVE_PERMISSION",
    S3_BUCKET_NAME: "S3_BUCKET_NAME",
    S3_BUCKET_SHARED_ACCESS: "S3_BUCKET_SHARED_ACCESS",
};
const DataIdentifierType = {
    CUSTOM: "CUSTOM",
    MANAGED: "MANAGED",
};
const FindingCategory = {
    CLASSIFICATION: "CLASSIFICATION",
    POLICY: "POLICY",
};
const OriginType = {
    AUTOMATED_SENSITIVE_DATA_DISCOVERY: "AUTOMATED_SENSITIVE_DATA_DISCOVERY",
    SENSITIVE_DATA_DISCOVERY_JOB: "SENSITIVE_DATA_DISCOVERY_JOB",
};
const SensitiveDataItemCategory = {
    CREDENTIALS: "CREDENTIALS",
    CUSTOM_IDENTIFIER: "CUSTOM_IDENTIFIER",
    FINANCIAL_INFORMATION: "FINANCIAL_INFORMATION",
    PERSONAL_INFORMATION: "PERSONAL_INFORMATION",
};
const FindingActionType = {
    AWS_API_CALL: "AWS_API_CALL",
};
const UserIdentityType = {
    AWSAccount: "AWSAccount",
    AWSService: "AWSService",
    AssumedRole: "AssumedRole",
    FederatedUser: "FederatedUser",
    IAMUser: "IAMUser",
    Root: "Root",
};
const EncryptionType = {
    AES256: "AES256",
    NONE: "NONE",
    UNKNOWN: "UNKNOWN",
    aws_kms: "aws:kms",
    aws_kms_dsse: "aws:kms:dsse",
};
const StorageClass = {
    DEEP_ARCHIVE: "DEEP_ARCHIVE",
    GLACIER: "GLACIER",
    GLACIER_IR: "GLACIER_IR",
    INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
    ONEZONE_IA: "ONEZONE_IA",
    OUTPOSTS: "OUTPOSTS",
    REDUCED_REDUNDANCY: "REDUCED_REDUNDANCY",
    STANDARD: "STANDARD",
    STANDARD_IA: "STANDARD_IA",
};
const SeverityDescription = {
    High: "High",
    Low: "Low",
    Medium: "Medium",
};
const FindingType = {
    Policy_IAMUser_S3BlockPublicAccessDisabled: "Policy:IAMUser/S3BlockPublicAccessDisabled",
    Policy_IAMUser_S3BucketEncryptionDisabled: "Policy:IAMUser/S3BucketEncryptionDisabled",
    Policy_IAMUser_S3BucketPublic: "Policy:IAMUser/S3BucketPublic",
    Policy_IAMUser_S3BucketReplicatedExternally: "Policy:IAMUser/S3BucketReplicatedExternally",
    Policy_IAMUser_S3BucketSharedExternally: "Policy:IAMUser/S3BucketSharedExternally",
    Policy_IAMUser_S3BucketSharedWithCloudFront: "Policy:IAMUser/S3BucketSharedWithCloudFront",
    SensitiveData_S3Object_Credentials: "SensitiveData:S3Object/Credentials",
    SensitiveData_S3Object_CustomIdentifier: "SensitiveData:S3Object/CustomIdentifier",
    SensitiveData_S3Object_Financial: "SensitiveData:S3Object/Financial",
    SensitiveData_S3Object_Multiple: "SensitiveData:S3Object/Multiple",
    SensitiveData_S3Object_Personal: "SensitiveData:S3Object/Personal",
};
const FindingsFilterAction = {
    ARCHIVE: "ARCHIVE",
    NOOP: "NOOP",
};
const RelationshipStatus = {
    AccountSuspended: "AccountSuspended",
    Created: "Created",
    EmailVerificationFailed: "EmailVerificationFailed",
    EmailVerificationInProgress: "EmailVerificationInProgress",
    Enabled: "Enabled",
    Invited: "Invited",
    Paused: "Paused",
    RegionDisabled: "RegionDisabled",
    Removed: "Removed",
    Resigned: "Resigned",
};
const ScopeFilterKey = {
    OBJECT_EXTENSION: "OBJECT_EXTENSION",
    OBJECT_KEY: "OBJECT_KEY",
    OBJECT_LAST_MODIFIED_DATE: "OBJECT_LAST_MODIFIED_DATE",
    OBJECT_SIZE: "OBJECT_SIZE",
};
const TagTarget = {
    S3_OBJECT: "S3_OBJECT",
};
const JobStatus = {
    CANCELLED: "CANCELLED",
    COMPLETE: "COMPLETE",
    IDLE: "IDLE",
    PAUSED: "PAUSED",
    RUNNING: "RUNNING",
    USER_PAUSED: "USER_PAUSED",
};
const JobType = {
    ONE_TIME: "ONE_TIME",
    SCHEDULED: "SCHEDULED",
};
const LastRunErrorStatusCode = {
    ERROR: "ERROR",
    NONE: "NONE",
};
const ListJobsFilterKey = {
    createdAt: "createdAt",
    jobStatus: "jobStatus",
    jobType: "jobType",
    name: "name",
};
const SearchResourcesComparator = {
    EQ: "EQ",
    NE: "NE",
};
const SearchResourcesSimpleCriterionKey = {
    ACCOUNT_ID: "ACCOUNT_ID",
    AUTOMATED_DISCOVERY_MONITORING_STATUS: "AUTOMATED_DISCOVERY_MONITORING_STATUS",
    S3_BUCKET_EFFECTIVE_PERMISSION: "S3_BUCKET_EFFECTIVE_PERMISSION",
    S3_BUCKET_NAME: "S3_BUCKET_NAME",
    S3_BUCKET_SHARED_ACCESS: "S3_BUCKET_SHARED_ACCESS",
};
const UnavailabilityReasonCode = {
    ACCOUNT_NOT_IN_ORGANIZATION: "ACCOUNT_NOT_IN_ORGANIZATION",
    INVALID_CLASSIFICATION_RESULT: "INVALID_CLASSIFICATION_RESULT",
    INVALID_RESULT_SIGNATURE: "INVALID_RESULT_SIGNATURE",
    MEMBER_ROLE_TOO_PERMISSIVE: "MEMBER_ROLE_TOO_PERMISSIVE",
    MISSING_GET_MEMBER_PERMISSION: "MISSING_GET_MEMBER_PERMISSION",
    OBJECT_EXCEEDS_SIZE_QUOTA: "OBJECT_EXCEEDS_SIZE_QUOTA",
    OBJECT_UNAVAILABLE: "OBJECT_UNAVAILABLE",
    RESULT_NOT_SIGNED: "RESULT_NOT_SIGNED",
    ROLE_TOO_PERMISSIVE: "ROLE_TOO_PERMISSIVE",
    UNSUPPORTED_FINDING_TYPE: "UNSUPPORTED_FINDING_TYPE",
    UNSUPPORTED_OBJECT_TYPE: "UNSUPPORTED_OBJECT_TYPE",
};
const ErrorCode = {
    ClientError: "ClientError",
    InternalError: "InternalError",
};
const Currency = {
    USD: "USD",
};
const Unit = {
    TERABYTES: "TERABYTES",
};
const UsageType = {
    AUTOMATED_OBJECT_MONITORING: "AUTOMATED_OBJECT_MONITORING",
    AUTOMATED_SENSITIVE_DATA_DISCOVERY: "AUTOMATED_SENSITIVE_DATA_DISCOVERY",
    DATA_INVENTORY_EVALUATION: "DATA_INVENTORY_EVALUATION",
    SENSITIVE_DATA_DISCOVERY: "SENSITIVE_DATA_DISCOVERY",
};
const UsageStatisticsFilterComparator = {
    CONTAINS: "CONTAINS",
    EQ: "EQ",
    GT: "GT",
    GTE: "GTE",
    LT: "LT",
    LTE: "LTE",
    NE: "NE",
};
const UsageStatisticsFilterKey = {
    accountId: "accountId",
    freeTrialStartDate: "freeTrialStartDate",
    serviceLimit: "serviceLimit",
    total: "total",
};
const AllowListStatusCode = {
    OK: "OK",
    S3_OBJECT_ACCESS_DENIED: "S3_OBJECT_ACCESS_DENIED",
    S3_OBJECT_EMPTY: "S3_OBJECT_EMPTY",
    S3_OBJECT_NOT_FOUND: "S3_OBJECT_NOT_FOUND",
    S3_OBJECT_OVERSIZE: "S3_OBJECT_OVERSIZE",
    S3_THROTTLED: "S3_THROTTLED",
    S3_USER_ACCESS_DENIED: "S3_USER_ACCESS_DENIED",
    UNKNOWN_ERROR: "UNKNOWN_ERROR",
};
const AutoEnableMode = {
    ALL: "ALL",
    NEW: "NEW",
    NONE: "NONE",
};
const AutomatedDiscoveryStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const AvailabilityCode = {
    AVAILABLE: "AVAILABLE",
    UNAVAILABLE: "UNAVAILABLE",
};
const OrderBy = {
    ASC: "ASC",
    DESC: "DESC",
};
const ClassificationScopeUpdateOperation = {
    ADD: "ADD",
    REMOVE: "REMOVE",
    REPLACE: "REPLACE",
};
const ManagedDataIdentifierSelector = {
    ALL: "ALL",
    EXCLUDE: "EXCLUDE",
    INCLUDE: "INCLUDE",
    NONE: "NONE",
    RECOMMENDED: "RECOMMENDED",
};
const DayOfWeek = {
    FRIDAY: "FRIDAY",
    MONDAY: "MONDAY",
    SATURDAY: "SATURDAY",
    SUNDAY: "SUNDAY",
    THURSDAY: "THURSDAY",
    TUESDAY: "TUESDAY",
    WEDNESDAY: "WEDNESDAY",
};
const DataIdentifierSeverity = {
    HIGH: "HIGH",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
};
const FindingPublishingFrequency = {
    FIFTEEN_MINUTES: "FIFTEEN_MINUTES",
    ONE_HOUR: "ONE_HOUR",
    SIX_HOURS: "SIX_HOURS",
};
const MacieStatus = {
    ENABLED: "ENABLED",
    PAUSED: "PAUSED",
};
const FindingStatisticsSortAttributeName = {
    count: "count",
    groupKey: "groupKey",
};
const GroupBy = {
    classificationDetails_jobId: "classificationDetails.jobId",
    resourcesAffected_s3Bucket_name: "resourcesAffected.s3Bucket.name",
    severity_description: "severity.description",
    type: "type",
};
const RevealStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const RetrievalMode = {
    ASSUME_ROLE: "ASSUME_ROLE",
    CALLER_CREDENTIALS: "CALLER_CREDENTIALS",
};
const RevealRequestStatus = {
    ERROR: "ERROR",
    PROCESSING: "PROCESSING",
    SUCCESS: "SUCCESS",
};
const UsageStatisticsSortKey = {
    accountId: "accountId",
    freeTrialStartDate: "freeTrialStartDate",
    serviceLimitValue: "serviceLimitValue",
    total: "total",
};
const TimeRange = {
    MONTH_TO_DATE: "MONTH_TO_DATE",
    PAST_30_DAYS: "PAST_30_DAYS",
};
const ListJobsSortAttributeName = {
    createdAt: "createdAt",
    jobStatus: "jobStatus",
    jobType: "jobType",
    name: "name",
};
const SearchResourcesSortAttributeName = {
    ACCOUNT_ID: "ACCOUNT_ID",
    RESOURCE_NAME: "RESOURCE_NAME",
    S3_CLASSIFIABLE_OBJECT_COUNT: "S3_CLASSIFIABLE_OBJECT_COUNT",
    S3_CLASSIFIABLE_SIZE_IN_BYTES: "S3_CLASSIFIABLE_SIZE_IN_BYTES",
};

exports.$Command = client.Command;
exports.__Client = client.Client;
exports.Macie2ServiceException = Macie2ServiceException.Macie2ServiceException;
exports.AcceptInvitationCommand = AcceptInvitationCommand;
exports.AdminStatus = AdminStatus;
exports.AllowListStatusCode = AllowListStatusCode;
exports.AllowsUnencryptedObjectUploads = AllowsUnencryptedObjectUploads;
exports.AutoEnableMode = AutoEnableMode;
exports.AutomatedDiscoveryAccountStatus = AutomatedDiscoveryAccountStatus;
exports.AutomatedDiscoveryAccountUpdateErrorCode = AutomatedDiscoveryAccountUpdateErrorCode;
exports.AutomatedDiscoveryMonitoringStatus = AutomatedDiscoveryMonitoringStatus;
exports.AutomatedDiscoveryStatus = AutomatedDiscoveryStatus;
exports.AvailabilityCode = AvailabilityCode;
exports.BatchGetCustomDataIdentifiersCommand = BatchGetCustomDataIdentifiersCommand;
exports.BatchUpdateAutomatedDiscoveryAccountsCommand = BatchUpdateAutomatedDiscoveryAccountsCommand;
exports.BucketMetadataErrorCode = BucketMetadataErrorCode;
exports.ClassificationScopeUpdateOperation = ClassificationScopeUpdateOperation;
exports.CreateAllowListCommand = CreateAllowListCommand;
exports.CreateClassificationJobCommand = CreateClassificationJobCommand;
exports.CreateCustomDataIdentifierCommand = CreateCustomDataIdentifierCommand;
exports.CreateFindingsFilterCommand = CreateFindingsFilterCommand;
exports.CreateInvitationsCommand = CreateInvitationsCommand;
exports.CreateMemberCommand = CreateMemberCommand;
exports.CreateSampleFindingsCommand = CreateSampleFindingsCommand;
exports.Currency = Currency;
exports.DataIdentifierSeverity = DataIdentifierSeverity;
exports.DataIdentifierType = DataIdentifierType;
exports.DayOfWeek = DayOfWeek;
exports.DeclineInvitationsCommand = DeclineInvitationsCommand;
exports.DeleteAllowListCommand = DeleteAllowListCommand;
exports.DeleteCustomDataIdentifierCommand = DeleteCustomDataIdentifierCommand;
exports.DeleteFindingsFilterCommand = DeleteFindingsFilterCommand;
exports.DeleteInvitationsCommand = DeleteInvitationsCommand;
exports.DeleteMemberCommand = DeleteMemberCommand;
exports.DescribeBucketsCommand = DescribeBucketsCommand;
exports.DescribeClassificationJobCommand = DescribeClassificationJobCommand;
exports.DescribeOrganizationConfigurationCommand = DescribeOrganizationConfigurationCommand;
exports.DisableMacieCommand = DisableMacieCommand;
exports.DisableOrganizationAdminAccountCommand = DisableOrganizationAdminAccountCommand;
exports.DisassociateFromAdministratorAccountCommand = DisassociateFromAdministratorAccountCommand;
exports.DisassociateFromMasterAccountCommand = DisassociateFromMasterAccountCommand;
exports.DisassociateMemberCommand = DisassociateMemberCommand;
exports.EffectivePermission = EffectivePermission;
exports.EnableMacieCommand = EnableMacieCommand;
exports.EnableOrganizationAdminAccountCommand = EnableOrganizationAdminAccountCommand;
exports.EncryptionType = EncryptionType;
exports.ErrorCode = ErrorCode;
exports.FindingActionType = FindingActionType;
exports.FindingCategory = FindingCategory;
exports.FindingPublishingFrequency = FindingPublishingFrequency;
exports.FindingStatisticsSortAttributeName = FindingStatisticsSortAttributeName;
exports.FindingType = FindingType;
exports.FindingsFilterAction = FindingsFilterAction;
exports.GetAdministratorAccountCommand = GetAdministratorAccountCommand;
exports.GetAllowListCommand = GetAllowListCommand;
exports.GetAutomatedDiscoveryConfigurationCommand = GetAutomatedDiscoveryConfigurationCommand;
exports.GetBucketStatisticsCommand = GetBucketStatisticsCommand;
exports.GetClassificationExportConfigurationCommand = GetClassificationExportConfigurationCommand;
exports.GetClassificationScopeCommand = GetClassificationScopeCommand;
exports.GetCustomDataIdentifierCommand = GetCustomDataIdentifierCommand;
exports.GetFindingStatisticsCommand = GetFindingStatisticsCommand;
exports.GetFindingsCommand = GetFindingsCommand;
exports.GetFindingsFilterCommand = GetFindingsFilterCommand;
exports.GetFindingsPublicationConfigurationCommand = GetFindingsPublicationConfigurationCommand;
exports.GetInvitationsCountCommand = GetInvitationsCountCommand;
exports.GetMacieSessionCommand = GetMacieSessionCommand;
exports.GetMasterAccountCommand = GetMasterAccountCommand;
exports.GetMemberCommand = GetMemberCommand;
exports.GetResourceProfileCommand = GetResourceProfileCommand;
exports.GetRevealConfigurationCommand = GetRevealConfigurationCommand;
exports.GetSensitiveDataOccurrencesAvailabilityCommand = GetSensitiveDataOccurrencesAvailabilityCommand;
exports.GetSensitiveDataOccurrencesCommand = GetSensitiveDataOccurrencesCommand;
exports.GetSensitivityInspectionTemplateCommand = GetSensitivityInspectionTemplateCommand;
exports.GetUsageStatisticsCommand = GetUsageStatisticsCommand;
exports.GetUsageTotalsCommand = GetUsageTotalsCommand;
exports.GroupBy = GroupBy;
exports.IsDefinedInJob = IsDefinedInJob;
exports.IsMonitoredByJob = IsMonitoredByJob;
exports.JobComparator = JobComparator;
exports.JobStatus = JobStatus;
exports.JobType = JobType;
exports.LastRunErrorStatusCode = LastRunErrorStatusCode;
exports.ListAllowListsCommand = ListAllowListsCommand;
exports.ListAutomatedDiscoveryAccountsCommand = ListAutomatedDiscoveryAccountsCommand;
exports.ListClassificationJobsCommand = ListClassificationJobsCommand;
exports.ListClassificationScopesCommand = ListClassificationScopesCommand;
exports.ListCustomDataIdentifiersCommand = ListCustomDataIdentifiersCommand;
exports.ListFindingsCommand = ListFindingsCommand;
exports.ListFindingsFiltersCommand = ListFindingsFiltersCommand;
exports.ListInvitationsCommand = ListInvitationsCommand;
exports.ListJobsFilterKey = ListJobsFilterKey;
exports.ListJobsSortAttributeName = ListJobsSortAttributeName;
exports.ListManagedDataIdentifiersCommand = ListManagedDataIdentifiersCommand;
exports.ListMembersCommand = ListMembersCommand;
exports.ListOrganizationAdminAccountsCommand = ListOrganizationAdminAccountsCommand;
exports.ListResourceProfileArtifactsCommand = ListResourceProfileArtifactsCommand;
exports.ListResourceProfileDetectionsCommand = ListResourceProfileDetectionsCommand;
exports.ListSensitivityInspectionTemplatesCommand = ListSensitivityInspectionTemplatesCommand;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.Macie2 = Macie2;
exports.Macie2Client = Macie2Client;
exports.MacieStatus = MacieStatus;
exports.ManagedDataIdentifierSelector = ManagedDataIdentifierSelector;
exports.OrderBy = OrderBy;
exports.OriginType = OriginType;
exports.PutClassificationExportConfigurationCommand = PutClassificationExportConfigurationCommand;
exports.PutFindingsPublicationConfigurationCommand = PutFindingsPublicationConfigurationCommand;
exports.RelationshipStatus = RelationshipStatus;
exports.RetrievalMode = RetrievalMode;
exports.RevealRequestStatus = RevealRequestStatus;
exports.RevealStatus = RevealStatus;
exports.ScopeFilterKey = ScopeFilterKey;
exports.SearchResourcesCommand = SearchResourcesCommand;
exports.SearchResourcesComparator = SearchResourcesComparator;
exports.SearchResourcesSimpleCriterionKey = SearchResourcesSimpleCriterionKey;
exports.SearchResourcesSortAttributeName = SearchResourcesSortAttributeName;
exports.SensitiveDataItemCategory = SensitiveDataItemCategory;
exports.SeverityDescription = SeverityDescription;
exports.SharedAccess = SharedAccess;
exports.SimpleCriterionKeyForJob = SimpleCriterionKeyForJob;
exports.StorageClass = StorageClass;
exports.TagResourceCommand = TagResourceCommand;
exports.TagTarget = TagTarget;
exports.TestCustomDataIdentifierCommand = TestCustomDataIdentifierCommand;
exports.TimeRange = TimeRange;
exports.Type = Type;
exports.UnavailabilityReasonCode = UnavailabilityReasonCode;
exports.Unit = Unit;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UpdateAllowListCommand = UpdateAllowListCommand;
exports.UpdateAutomatedDiscoveryConfigurationCommand = UpdateAutomatedDiscoveryConfigurationCommand;
exports.UpdateClassificationJobCommand = UpdateClassificationJobCommand;
exports.UpdateClassificationScopeCommand = UpdateClassificationScopeCommand;
exports.UpdateFindingsFilterCommand = UpdateFindingsFilterCommand;
exports.UpdateMacieSessionCommand = UpdateMacieSessionCommand;
exports.UpdateMemberSessionCommand = UpdateMemberSessionCommand;
exports.UpdateOrganizationConfigurationCommand = UpdateOrganizationConfigurationCommand;
exports.UpdateResourceProfileCommand = UpdateResourceProfileCommand;
exports.UpdateResourceProfileDetectionsCommand = UpdateResourceProfileDetectionsCommand;
exports.UpdateRevealConfigurationCommand = UpdateRevealConfigurationCommand;
exports.UpdateSensitivityInspectionTemplateCommand = UpdateSensitivityInspectionTemplateCommand;
exports.UsageStatisticsFilterComparator = UsageStatisticsFilterComparator;
exports.UsageStatisticsFilterKey = UsageStatisticsFilterKey;
exports.UsageStatisticsSortKey = UsageStatisticsSortKey;
exports.UsageType = UsageType;
exports.UserIdentityType = UserIdentityType;
exports.paginateDescribeBuckets = paginateDescribeBuckets;
exports.paginateGetUsageStatistics = paginateGetUsageStatistics;
exports.paginateListAllowLists = paginateListAllowLists;
exports.paginateListAutomatedDiscoveryAccounts = paginateListAutomatedDiscoveryAccounts;
exports.paginateListClassificationJobs = paginateListClassificationJobs;
exports.paginateListClassificationScopes = paginateListClassificationScopes;
exports.paginateListCustomDataIdentifiers = paginateListCustomDataIdentifiers;
exports.paginateListFindings = paginateListFindings;
exports.paginateListFindingsFilters = paginateListFindingsFilters;
exports.paginateListInvitations = paginateListInvitations;
exports.paginateListManagedDataIdentifiers = paginateListManagedDataIdentifiers;
exports.paginateListMembers = paginateListMembers;
exports.paginateListOrganizationAdminAccounts = paginateListOrganizationAdminAccounts;
exports.paginateListResourceProfileArtifacts = paginateListResourceProfileArtifacts;
exports.paginateListResourceProfileDetections = paginateListResourceProfileDetections;
exports.paginateListSensitivityInspectionTemplates = paginateListSensitivityInspectionTemplates;
exports.paginateSearchResources = paginateSearchResources;
exports.waitForFindingRevealed = waitForFindingRevealed;
exports.waitUntilFindingRevealed = waitUntilFindingRevealed;
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

/***/ 5031:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Macie2ServiceException = exports.__ServiceException = void 0;
const client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "__ServiceException", ({ enumerable: true, get: function () { return client_1.ServiceException; } }));
class Macie2ServiceException extends client_1.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, Macie2ServiceException.prototype);
    }
}
exports.Macie2ServiceException = Macie2ServiceException;


/***/ }),

/***/ 3374:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UnprocessableEntityException = exports.ValidationException = exports.ThrottlingException = exports.ServiceQuotaExceededException = exports.ResourceNotFoundException = exports.InternalServerException = exports.ConflictException = exports.AccessDeniedException = void 0;
const Macie2ServiceException_1 = __webpack_require__(5031);
class AccessDeniedException extends Macie2ServiceException_1.Macie2ServiceException {
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
exports.AccessDeniedException = AccessDeniedException;
class ConflictException extends Macie2ServiceException_1.Macie2ServiceException {
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
exports.ConflictException = ConflictException;
class InternalServerException extends Macie2ServiceException_1.Macie2ServiceException {
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
exports.InternalServerException = InternalServerException;
class ResourceNotFoundException extends Macie2ServiceException_1.Macie2ServiceException {
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
exports.ResourceNotFoundException = ResourceNotFoundException;
class ServiceQuotaExceededException extends Macie2ServiceException_1.Macie2ServiceException {
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
exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
class ThrottlingException extends Macie2ServiceException_1.Macie2ServiceException {
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
exports.ThrottlingException = ThrottlingException;
class ValidationException extends Macie2ServiceException_1.Macie2ServiceException {
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
exports.ValidationException = ValidationException;
class UnprocessableEntityException extends Macie2ServiceException_1.Macie2ServiceException {
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
exports.UnprocessableEntityException = UnprocessableEntityException;


/***/ }),

/***/ 2292:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const tslib_1 = __webpack_require__(1860);
const package_json_1 = tslib_1.__importDefault(__webpack_require__(6398));
const client_1 = __webpack_require__(5152);
const httpAuthSchemes_1 = __webpack_require__(7523);
const credential_provider_node_1 = __webpack_require__(5861);
const client_2 = __webpack_require__(2658);
const config_1 = __webpack_require__(7291);
const retry_1 = __webpack_require__(3609);
const serde_1 = __webpack_require__(2430);
const node_http_handler_1 = __webpack_require__(1279);
const runtimeConfig_shared_1 = __webpack_require__(1029);
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

/***/ 1029:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const httpAuthSchemes_1 = __webpack_require__(7523);
const protocols_1 = __webpack_require__(7288);
const client_1 = __webpack_require__(2658);
const protocols_2 = __webpack_require__(3422);
const serde_1 = __webpack_require__(2430);
const httpAuthSchemeProvider_1 = __webpack_require__(2397);
const endpointResolver_1 = __webpack_require__(2355);
const schemas_0_1 = __webpack_require__(3194);
const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2020-01-01",
        base64Decoder: config?.base64Decoder ?? serde_1.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde_1.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? endpointResolver_1.defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? httpAuthSchemeProvider_1.defaultMacie2HttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.macie2",
            errorTypeRegistries: schemas_0_1.errorTypeRegistries,
            version: "2020-01-01",
            serviceTarget: "Macie2",
        },
        serviceId: config?.serviceId ?? "Macie2",
        urlParser: config?.urlParser ?? protocols_2.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde_1.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde_1.toUtf8,
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 3194:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClassificationResultStatus$ = exports.ClassificationResult$ = exports.ClassificationExportConfiguration$ = exports.ClassificationDetails$ = exports.Cell$ = exports.BucketStatisticsBySensitivity$ = exports.BucketSortCriteria$ = exports.BucketServerSideEncryption$ = exports.BucketPublicAccess$ = exports.BucketPolicy$ = exports.BucketPermissionConfiguration$ = exports.BucketMetadata$ = exports.BucketLevelPermissions$ = exports.BucketCriteriaAdditionalProperties$ = exports.BucketCountPolicyAllowsUnencryptedObjectUploads$ = exports.BucketCountBySharedAccessType$ = exports.BucketCountByEncryptionType$ = exports.BucketCountByEffectivePermission$ = exports.BlockPublicAccess$ = exports.BatchUpdateAutomatedDiscoveryAccountsResponse$ = exports.BatchUpdateAutomatedDiscoveryAccountsRequest$ = exports.BatchGetCustomDataIdentifierSummary$ = exports.BatchGetCustomDataIdentifiersResponse$ = exports.BatchGetCustomDataIdentifiersRequest$ = exports.AwsService$ = exports.AwsAccount$ = exports.AutomatedDiscoveryAccountUpdateError$ = exports.AutomatedDiscoveryAccountUpdate$ = exports.AutomatedDiscoveryAccount$ = exports.AssumedRole$ = exports.ApiCallDetails$ = exports.AllowListSummary$ = exports.AllowListStatus$ = exports.AllowListCriteria$ = exports.AdminAccount$ = exports.AccountLevelPermissions$ = exports.AccountDetail$ = exports.AccessControlList$ = exports.AcceptInvitationResponse$ = exports.AcceptInvitationRequest$ = exports.errorTypeRegistries = exports.ValidationException$ = exports.UnprocessableEntityException$ = exports.ThrottlingException$ = exports.ServiceQuotaExceededException$ = exports.ResourceNotFoundException$ = exports.InternalServerException$ = exports.ConflictException$ = exports.AccessDeniedException$ = exports.Macie2ServiceException$ = void 0;
exports.DisassociateFromMasterAccountRequest$ = exports.DisassociateFromAdministratorAccountResponse$ = exports.DisassociateFromAdministratorAccountRequest$ = exports.DisableOrganizationAdminAccountResponse$ = exports.DisableOrganizationAdminAccountRequest$ = exports.DisableMacieResponse$ = exports.DisableMacieRequest$ = exports.Detection$ = exports.DetectedDataDetails$ = exports.DescribeOrganizationConfigurationResponse$ = exports.DescribeOrganizationConfigurationRequest$ = exports.DescribeClassificationJobResponse$ = exports.DescribeClassificationJobRequest$ = exports.DescribeBucketsResponse$ = exports.DescribeBucketsRequest$ = exports.DeleteMemberResponse$ = exports.DeleteMemberRequest$ = exports.DeleteInvitationsResponse$ = exports.DeleteInvitationsRequest$ = exports.DeleteFindingsFilterResponse$ = exports.DeleteFindingsFilterRequest$ = exports.DeleteCustomDataIdentifierResponse$ = exports.DeleteCustomDataIdentifierRequest$ = exports.DeleteAllowListResponse$ = exports.DeleteAllowListRequest$ = exports.DefaultDetection$ = exports.DeclineInvitationsResponse$ = exports.DeclineInvitationsRequest$ = exports.DailySchedule$ = exports.CustomDetection$ = exports.CustomDataIdentifierSummary$ = exports.CustomDataIdentifiers$ = exports.CriterionAdditionalProperties$ = exports.CriteriaForJob$ = exports.CriteriaBlockForJob$ = exports.CreateSampleFindingsResponse$ = exports.CreateSampleFindingsRequest$ = exports.CreateMemberResponse$ = exports.CreateMemberRequest$ = exports.CreateInvitationsResponse$ = exports.CreateInvitationsRequest$ = exports.CreateFindingsFilterResponse$ = exports.CreateFindingsFilterRequest$ = exports.CreateCustomDataIdentifierResponse$ = exports.CreateCustomDataIdentifierRequest$ = exports.CreateClassificationJobResponse$ = exports.CreateClassificationJobRequest$ = exports.CreateAllowListResponse$ = exports.CreateAllowListRequest$ = exports.ClassificationScopeSummary$ = void 0;
exports.GetSensitiveDataOccurrencesAvailabilityRequest$ = exports.GetRevealConfigurationResponse$ = exports.GetRevealConfigurationRequest$ = exports.GetResourceProfileResponse$ = exports.GetResourceProfileRequest$ = exports.GetMemberResponse$ = exports.GetMemberRequest$ = exports.GetMasterAccountResponse$ = exports.GetMasterAccountRequest$ = exports.GetMacieSessionResponse$ = exports.GetMacieSessionRequest$ = exports.GetInvitationsCountResponse$ = exports.GetInvitationsCountRequest$ = exports.GetFindingStatisticsResponse$ = exports.GetFindingStatisticsRequest$ = exports.GetFindingsResponse$ = exports.GetFindingsRequest$ = exports.GetFindingsPublicationConfigurationResponse$ = exports.GetFindingsPublicationConfigurationRequest$ = exports.GetFindingsFilterResponse$ = exports.GetFindingsFilterRequest$ = exports.GetCustomDataIdentifierResponse$ = exports.GetCustomDataIdentifierRequest$ = exports.GetClassificationScopeResponse$ = exports.GetClassificationScopeRequest$ = exports.GetClassificationExportConfigurationResponse$ = exports.GetClassificationExportConfigurationRequest$ = exports.GetBucketStatisticsResponse$ = exports.GetBucketStatisticsRequest$ = exports.GetAutomatedDiscoveryConfigurationResponse$ = exports.GetAutomatedDiscoveryConfigurationRequest$ = exports.GetAllowListResponse$ = exports.GetAllowListRequest$ = exports.GetAdministratorAccountResponse$ = exports.GetAdministratorAccountRequest$ = exports.FindingStatisticsSortCriteria$ = exports.FindingsFilterListItem$ = exports.FindingCriteria$ = exports.FindingActor$ = exports.FindingAction$ = exports.Finding$ = exports.FederatedUser$ = exports.EnableOrganizationAdminAccountResponse$ = exports.EnableOrganizationAdminAccountRequest$ = exports.EnableMacieResponse$ = exports.EnableMacieRequest$ = exports.DomainDetails$ = exports.DisassociateMemberResponse$ = exports.DisassociateMemberRequest$ = exports.DisassociateFromMasterAccountResponse$ = void 0;
exports.ListResourceProfileArtifactsRequest$ = exports.ListOrganizationAdminAccountsResponse$ = exports.ListOrganizationAdminAccountsRequest$ = exports.ListMembersResponse$ = exports.ListMembersRequest$ = exports.ListManagedDataIdentifiersResponse$ = exports.ListManagedDataIdentifiersRequest$ = exports.ListJobsSortCriteria$ = exports.ListJobsFilterTerm$ = exports.ListJobsFilterCriteria$ = exports.ListInvitationsResponse$ = exports.ListInvitationsRequest$ = exports.ListFindingsResponse$ = exports.ListFindingsRequest$ = exports.ListFindingsFiltersResponse$ = exports.ListFindingsFiltersRequest$ = exports.ListCustomDataIdentifiersResponse$ = exports.ListCustomDataIdentifiersRequest$ = exports.ListClassificationScopesResponse$ = exports.ListClassificationScopesRequest$ = exports.ListClassificationJobsResponse$ = exports.ListClassificationJobsRequest$ = exports.ListAutomatedDiscoveryAccountsResponse$ = exports.ListAutomatedDiscoveryAccountsRequest$ = exports.ListAllowListsResponse$ = exports.ListAllowListsRequest$ = exports.LastRunErrorStatus$ = exports.KeyValuePair$ = exports.JobSummary$ = exports.JobScopingBlock$ = exports.JobScopeTerm$ = exports.JobScheduleFrequency$ = exports.JobDetails$ = exports.IpOwner$ = exports.IpGeoLocation$ = exports.IpCountry$ = exports.IpCity$ = exports.IpAddressDetails$ = exports.Invitation$ = exports.IamUser$ = exports.GroupCount$ = exports.GetUsageTotalsResponse$ = exports.GetUsageTotalsRequest$ = exports.GetUsageStatisticsResponse$ = exports.GetUsageStatisticsRequest$ = exports.GetSensitivityInspectionTemplateResponse$ = exports.GetSensitivityInspectionTemplateRequest$ = exports.GetSensitiveDataOccurrencesResponse$ = exports.GetSensitiveDataOccurrencesRequest$ = exports.GetSensitiveDataOccurrencesAvailabilityResponse$ = void 0;
exports.SearchResourcesTagCriterion$ = exports.SearchResourcesSortCriteria$ = exports.SearchResourcesSimpleCriterion$ = exports.SearchResourcesResponse$ = exports.SearchResourcesRequest$ = exports.SearchResourcesCriteriaBlock$ = exports.SearchResourcesCriteria$ = exports.SearchResourcesBucketCriteria$ = exports.Scoping$ = exports.S3WordsList$ = exports.S3Object$ = exports.S3JobDefinition$ = exports.S3Destination$ = exports.S3ClassificationScopeUpdate$ = exports.S3ClassificationScopeExclusionUpdate$ = exports.S3ClassificationScopeExclusion$ = exports.S3ClassificationScope$ = exports.S3BucketOwner$ = exports.S3BucketDefinitionForJob$ = exports.S3BucketCriteriaForJob$ = exports.S3Bucket$ = exports.RevealConfiguration$ = exports.RetrievalConfiguration$ = exports.ResourceStatistics$ = exports.ResourcesAffected$ = exports.ResourceProfileArtifact$ = exports.ReplicationDetails$ = exports._Record$ = exports.Range$ = exports.PutFindingsPublicationConfigurationResponse$ = exports.PutFindingsPublicationConfigurationRequest$ = exports.PutClassificationExportConfigurationResponse$ = exports.PutClassificationExportConfigurationRequest$ = exports.PolicyDetails$ = exports.Page$ = exports.Occurrences$ = exports.ObjectLevelStatistics$ = exports.ObjectCountByEncryptionType$ = exports.MonthlySchedule$ = exports.Member$ = exports.MatchingResource$ = exports.MatchingBucket$ = exports.ManagedDataIdentifierSummary$ = exports.ListTagsForResourceResponse$ = exports.ListTagsForResourceRequest$ = exports.ListSensitivityInspectionTemplatesResponse$ = exports.ListSensitivityInspectionTemplatesRequest$ = exports.ListResourceProfileDetectionsResponse$ = exports.ListResourceProfileDetectionsRequest$ = exports.ListResourceProfileArtifactsResponse$ = void 0;
exports.UpdateResourceProfileResponse$ = exports.UpdateResourceProfileRequest$ = exports.UpdateResourceProfileDetectionsResponse$ = exports.UpdateResourceProfileDetectionsRequest$ = exports.UpdateOrganizationConfigurationResponse$ = exports.UpdateOrganizationConfigurationRequest$ = exports.UpdateMemberSessionResponse$ = exports.UpdateMemberSessionRequest$ = exports.UpdateMacieSessionResponse$ = exports.UpdateMacieSessionRequest$ = exports.UpdateFindingsFilterResponse$ = exports.UpdateFindingsFilterRequest$ = exports.UpdateClassificationScopeResponse$ = exports.UpdateClassificationScopeRequest$ = exports.UpdateClassificationJobResponse$ = exports.UpdateClassificationJobRequest$ = exports.UpdateAutomatedDiscoveryConfigurationResponse$ = exports.UpdateAutomatedDiscoveryConfigurationRequest$ = exports.UpdateAllowListResponse$ = exports.UpdateAllowListRequest$ = exports.UntagResourceResponse$ = exports.UntagResourceRequest$ = exports.UnprocessedAccount$ = exports.TestCustomDataIdentifierResponse$ = exports.TestCustomDataIdentifierRequest$ = exports.TagValuePair$ = exports.TagScopeTerm$ = exports.TagResourceResponse$ = exports.TagResourceRequest$ = exports.TagCriterionPairForJob$ = exports.TagCriterionForJob$ = exports.SuppressDataIdentifier$ = exports.Statistics$ = exports.SortCriteria$ = exports.SimpleScopeTerm$ = exports.SimpleCriterionForJob$ = exports.SeverityLevel$ = exports.Severity$ = exports.SessionIssuer$ = exports.SessionContextAttributes$ = exports.SessionContext$ = exports.ServiceLimit$ = exports.ServerSideEncryption$ = exports.SensitivityInspectionTemplatesEntry$ = exports.SensitivityInspectionTemplateIncludes$ = exports.SensitivityInspectionTemplateExcludes$ = exports.SensitivityAggregations$ = exports.SensitiveDataItem$ = exports.SecurityHubConfiguration$ = exports.SearchResourcesTagCriterionPair$ = void 0;
exports.GetFindingsPublicationConfiguration$ = exports.GetFindingsFilter$ = exports.GetFindings$ = exports.GetCustomDataIdentifier$ = exports.GetClassificationScope$ = exports.GetClassificationExportConfiguration$ = exports.GetBucketStatistics$ = exports.GetAutomatedDiscoveryConfiguration$ = exports.GetAllowList$ = exports.GetAdministratorAccount$ = exports.EnableOrganizationAdminAccount$ = exports.EnableMacie$ = exports.DisassociateMember$ = exports.DisassociateFromMasterAccount$ = exports.DisassociateFromAdministratorAccount$ = exports.DisableOrganizationAdminAccount$ = exports.DisableMacie$ = exports.DescribeOrganizationConfiguration$ = exports.DescribeClassificationJob$ = exports.DescribeBuckets$ = exports.DeleteMember$ = exports.DeleteInvitations$ = exports.DeleteFindingsFilter$ = exports.DeleteCustomDataIdentifier$ = exports.DeleteAllowList$ = exports.DeclineInvitations$ = exports.CreateSampleFindings$ = exports.CreateMember$ = exports.CreateInvitations$ = exports.CreateFindingsFilter$ = exports.CreateCustomDataIdentifier$ = exports.CreateClassificationJob$ = exports.CreateAllowList$ = exports.BatchUpdateAutomatedDiscoveryAccounts$ = exports.BatchGetCustomDataIdentifiers$ = exports.AcceptInvitation$ = exports.WeeklySchedule$ = exports.UserPausedDetails$ = exports.UserIdentityRoot$ = exports.UserIdentity$ = exports.UsageTotal$ = exports.UsageStatisticsSortBy$ = exports.UsageStatisticsFilter$ = exports.UsageRecord$ = exports.UsageByAccount$ = exports.UpdateSensitivityInspectionTemplateResponse$ = exports.UpdateSensitivityInspectionTemplateRequest$ = exports.UpdateRevealConfigurationResponse$ = exports.UpdateRevealConfigurationRequest$ = exports.UpdateRetrievalConfiguration$ = void 0;
exports.UpdateSensitivityInspectionTemplate$ = exports.UpdateRevealConfiguration$ = exports.UpdateResourceProfileDetections$ = exports.UpdateResourceProfile$ = exports.UpdateOrganizationConfiguration$ = exports.UpdateMemberSession$ = exports.UpdateMacieSession$ = exports.UpdateFindingsFilter$ = exports.UpdateClassificationScope$ = exports.UpdateClassificationJob$ = exports.UpdateAutomatedDiscoveryConfiguration$ = exports.UpdateAllowList$ = exports.UntagResource$ = exports.TestCustomDataIdentifier$ = exports.TagResource$ = exports.SearchResources$ = exports.PutFindingsPublicationConfiguration$ = exports.PutClassificationExportConfiguration$ = exports.ListTagsForResource$ = exports.ListSensitivityInspectionTemplates$ = exports.ListResourceProfileDetections$ = exports.ListResourceProfileArtifacts$ = exports.ListOrganizationAdminAccounts$ = exports.ListMembers$ = exports.ListManagedDataIdentifiers$ = exports.ListInvitations$ = exports.ListFindingsFilters$ = exports.ListFindings$ = exports.ListCustomDataIdentifiers$ = exports.ListClassificationScopes$ = exports.ListClassificationJobs$ = exports.ListAutomatedDiscoveryAccounts$ = exports.ListAllowLists$ = exports.GetUsageTotals$ = exports.GetUsageStatistics$ = exports.GetSensitivityInspectionTemplate$ = exports.GetSensitiveDataOccurrencesAvailability$ = exports.GetSensitiveDataOccurrences$ = exports.GetRevealConfiguration$ = exports.GetResourceProfile$ = exports.GetMember$ = exports.GetMasterAccount$ = exports.GetMacieSession$ = exports.GetInvitationsCount$ = exports.GetFindingStatistics$ = void 0;
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
const schema_1 = __webpack_require__(6890);
const errors_1 = __webpack_require__(3374);
const Macie2ServiceException_1 = __webpack_require__(5031);
const _s_registry = schema_1.TypeRegistry.for(_s);
exports.Macie2ServiceException$ = [-3, _s, "Macie2ServiceException", 0, [], []];
_s_registry.registerError(exports.Macie2ServiceException$, Macie2ServiceException_1.Macie2ServiceException);
const n0_registry = schema_1.TypeRegistry.for(n0);
exports.AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(exports.AccessDeniedException$, errors_1.AccessDeniedException);
exports.ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(exports.ConflictException$, errors_1.ConflictException);
exports.InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(exports.InternalServerException$, errors_1.InternalServerException);
exports.ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(exports.ResourceNotFoundException$, errors_1.ResourceNotFoundException);
exports.ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(exports.ServiceQuotaExceededException$, errors_1.ServiceQuotaExceededException);
exports.ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(exports.ThrottlingException$, errors_1.ThrottlingException);
exports.UnprocessableEntityException$ = [-3, n0, _UEE,
    { [_e]: _c, [_hE]: 422 },
    [_m],
    [[0, { [_jN]: _m }]], 1
];
n0_registry.registerError(exports.UnprocessableEntityException$, errors_1.UnprocessableEntityException);
exports.ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [[0, { [_jN]: _m }]]
];
n0_registry.registerError(exports.ValidationException$, errors_1.ValidationException);
exports.errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
exports.AcceptInvitationRequest$ = [3, n0, _AIR,
    0,
    [_iI, _aAI, _mA],
    [[0, { [_jN]: _iI }], [0, { [_jN]: _aAI }], [0, { [_jN]: _mA }]], 1
];
exports.AcceptInvitationResponse$ = [3, n0, _AIRc,
    0,
    [],
    []
];
exports.AccessControlList$ = [3, n0, _ACL,
    0,
    [_aPRA, _aPWA],
    [[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
];
exports.AccountDetail$ = [3, n0, _AD,
    0,
    [_aI, _em],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _em }]], 2
];
exports.AccountLevelPermissions$ = [3, n0, _ALP,
    0,
    [_bPA],
    [[() => exports.BlockPublicAccess$, { [_jN]: _bPA }]]
];
exports.AdminAccount$ = [3, n0, _AA,
    0,
    [_aI, _st],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _st }]]
];
exports.AllowListCriteria$ = [3, n0, _ALC,
    0,
    [_r, _sWL],
    [[0, { [_jN]: _r }], [() => exports.S3WordsList$, { [_jN]: _sWL }]]
];
exports.AllowListStatus$ = [3, n0, _ALS,
    0,
    [_co, _d],
    [[0, { [_jN]: _co }], [0, { [_jN]: _d }]], 1
];
exports.AllowListSummary$ = [3, n0, _ALSl,
    0,
    [_a, _cA, _d, _i, _n, _uA],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [5, { [_jN]: _uA }]]
];
exports.ApiCallDetails$ = [3, n0, _ACD,
    0,
    [_ap, _aSN, _fS, _lS],
    [[0, { [_jN]: _ap }], [0, { [_jN]: _aSN }], [5, { [_jN]: _fS }], [5, { [_jN]: _lS }]]
];
exports.AssumedRole$ = [3, n0, _AR,
    0,
    [_aKI, _aI, _a, _pI, _sC],
    [[0, { [_jN]: _aKI }], [0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [() => exports.SessionContext$, { [_jN]: _sC }]]
];
exports.AutomatedDiscoveryAccount$ = [3, n0, _ADA,
    0,
    [_aI, _st],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _st }]]
];
exports.AutomatedDiscoveryAccountUpdate$ = [3, n0, _ADAU,
    0,
    [_aI, _st],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _st }]]
];
exports.AutomatedDiscoveryAccountUpdateError$ = [3, n0, _ADAUE,
    0,
    [_aI, _eC],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _eC }]]
];
exports.AwsAccount$ = [3, n0, _AAw,
    0,
    [_aI, _pI],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _pI }]]
];
exports.AwsService$ = [3, n0, _AS,
    0,
    [_iB],
    [[0, { [_jN]: _iB }]]
];
exports.BatchGetCustomDataIdentifiersRequest$ = [3, n0, _BGCDIR,
    0,
    [_id],
    [[64 | 0, { [_jN]: _id }]]
];
exports.BatchGetCustomDataIdentifiersResponse$ = [3, n0, _BGCDIRa,
    0,
    [_cDI, _nFII],
    [[() => __listOfBatchGetCustomDataIdentifierSummary, { [_jN]: _cDI }], [64 | 0, { [_jN]: _nFII }]]
];
exports.BatchGetCustomDataIdentifierSummary$ = [3, n0, _BGCDIS,
    0,
    [_a, _cA, _de, _d, _i, _n],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [2, { [_jN]: _de }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }]]
];
exports.BatchUpdateAutomatedDiscoveryAccountsRequest$ = [3, n0, _BUADAR,
    0,
    [_ac],
    [[() => __listOfAutomatedDiscoveryAccountUpdate, { [_jN]: _ac }]]
];
exports.BatchUpdateAutomatedDiscoveryAccountsResponse$ = [3, n0, _BUADARa,
    0,
    [_er],
    [[() => __listOfAutomatedDiscoveryAccountUpdateError, { [_jN]: _er }]]
];
exports.BlockPublicAccess$ = [3, n0, _BPA,
    0,
    [_bPAl, _bPP, _iPA, _rPB],
    [[2, { [_jN]: _bPAl }], [2, { [_jN]: _bPP }], [2, { [_jN]: _iPA }], [2, { [_jN]: _rPB }]]
];
exports.BucketCountByEffectivePermission$ = [3, n0, _BCBEP,
    0,
    [_pA, _pR, _pW, _u],
    [[1, { [_jN]: _pA }], [1, { [_jN]: _pR }], [1, { [_jN]: _pW }], [1, { [_jN]: _u }]]
];
exports.BucketCountByEncryptionType$ = [3, n0, _BCBET,
    0,
    [_kM, _sM, _un, _u],
    [[1, { [_jN]: _kM }], [1, { [_jN]: _sM }], [1, { [_jN]: _un }], [1, { [_jN]: _u }]]
];
exports.BucketCountBySharedAccessType$ = [3, n0, _BCBSAT,
    0,
    [_ex, _in, _nS, _u],
    [[1, { [_jN]: _ex }], [1, { [_jN]: _in }], [1, { [_jN]: _nS }], [1, { [_jN]: _u }]]
];
exports.BucketCountPolicyAllowsUnencryptedObjectUploads$ = [3, n0, _BCPAUOU,
    0,
    [_aUOU, _dUOU, _u],
    [[1, { [_jN]: _aUOU }], [1, { [_jN]: _dUOU }], [1, { [_jN]: _u }]]
];
exports.BucketCriteriaAdditionalProperties$ = [3, n0, _BCAP,
    0,
    [_eq, _g, _gt, _l, _lt, _ne, _p],
    [[64 | 0, { [_jN]: _eq }], [1, { [_jN]: _g }], [1, { [_jN]: _gt }], [1, { [_jN]: _l }], [1, { [_jN]: _lt }], [64 | 0, { [_jN]: _ne }], [0, { [_jN]: _p }]]
];
exports.BucketLevelPermissions$ = [3, n0, _BLP,
    0,
    [_aCL, _bPA, _bP],
    [[() => exports.AccessControlList$, { [_jN]: _aCL }], [() => exports.BlockPublicAccess$, { [_jN]: _bPA }], [() => exports.BucketPolicy$, { [_jN]: _bP }]]
];
exports.BucketMetadata$ = [3, n0, _BM,
    0,
    [_aI, _aUOU, _aDMS, _bA, _bCA, _bN, _cOC, _cSIB, _eC, _eM, _jD, _lADT, _lU, _oC, _oCBET, _pAu, _re, _rD, _sS, _sSE, _sA, _sIB, _sIBC, _t, _uOC, _uOSIB, _v],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _aUOU }], [0, { [_jN]: _aDMS }], [0, { [_jN]: _bA }], [5, { [_jN]: _bCA }], [0, { [_jN]: _bN }], [1, { [_jN]: _cOC }], [1, { [_jN]: _cSIB }], [0, { [_jN]: _eC }], [0, { [_jN]: _eM }], [() => exports.JobDetails$, { [_jN]: _jD }], [5, { [_jN]: _lADT }], [5, { [_jN]: _lU }], [1, { [_jN]: _oC }], [() => exports.ObjectCountByEncryptionType$, { [_jN]: _oCBET }], [() => exports.BucketPublicAccess$, { [_jN]: _pAu }], [0, { [_jN]: _re }], [() => exports.ReplicationDetails$, { [_jN]: _rD }], [1, { [_jN]: _sS }], [() => exports.BucketServerSideEncryption$, { [_jN]: _sSE }], [0, { [_jN]: _sA }], [1, { [_jN]: _sIB }], [1, { [_jN]: _sIBC }], [() => __listOfKeyValuePair, { [_jN]: _t }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOSIB }], [2, { [_jN]: _v }]]
];
exports.BucketPermissionConfiguration$ = [3, n0, _BPC,
    0,
    [_aLP, _bLP],
    [[() => exports.AccountLevelPermissions$, { [_jN]: _aLP }], [() => exports.BucketLevelPermissions$, { [_jN]: _bLP }]]
];
exports.BucketPolicy$ = [3, n0, _BP,
    0,
    [_aPRA, _aPWA],
    [[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
];
exports.BucketPublicAccess$ = [3, n0, _BPAu,
    0,
    [_eP, _pC],
    [[0, { [_jN]: _eP }], [() => exports.BucketPermissionConfiguration$, { [_jN]: _pC }]]
];
exports.BucketServerSideEncryption$ = [3, n0, _BSSE,
    0,
    [_kMKI, _ty],
    [[0, { [_jN]: _kMKI }], [0, { [_jN]: _ty }]]
];
exports.BucketSortCriteria$ = [3, n0, _BSC,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
exports.BucketStatisticsBySensitivity$ = [3, n0, _BSBS,
    0,
    [_cE, _nC, _nSo, _sen],
    [[() => exports.SensitivityAggregations$, { [_jN]: _cE }], [() => exports.SensitivityAggregations$, { [_jN]: _nC }], [() => exports.SensitivityAggregations$, { [_jN]: _nSo }], [() => exports.SensitivityAggregations$, { [_jN]: _sen }]]
];
exports.Cell$ = [3, n0, _C,
    0,
    [_cR, _col, _cN, _ro],
    [[0, { [_jN]: _cR }], [1, { [_jN]: _col }], [0, { [_jN]: _cN }], [1, { [_jN]: _ro }]]
];
exports.ClassificationDetails$ = [3, n0, _CD,
    0,
    [_dRL, _jA, _jI, _oT, _res],
    [[0, { [_jN]: _dRL }], [0, { [_jN]: _jA }], [0, { [_jN]: _jI }], [0, { [_jN]: _oT }], [() => exports.ClassificationResult$, { [_jN]: _res }]]
];
exports.ClassificationExportConfiguration$ = [3, n0, _CEC,
    0,
    [_sD],
    [[() => exports.S3Destination$, { [_jN]: _sD }]]
];
exports.ClassificationResult$ = [3, n0, _CR,
    0,
    [_aO, _cDI, _mT, _sDe, _sCi, _st],
    [[2, { [_jN]: _aO }], [() => exports.CustomDataIdentifiers$, { [_jN]: _cDI }], [0, { [_jN]: _mT }], [() => SensitiveData, { [_jN]: _sDe }], [1, { [_jN]: _sCi }], [() => exports.ClassificationResultStatus$, { [_jN]: _st }]]
];
exports.ClassificationResultStatus$ = [3, n0, _CRS,
    0,
    [_co, _rea],
    [[0, { [_jN]: _co }], [0, { [_jN]: _rea }]]
];
exports.ClassificationScopeSummary$ = [3, n0, _CSS,
    0,
    [_i, _n],
    [[0, { [_jN]: _i }], [0, { [_jN]: _n }]]
];
exports.CreateAllowListRequest$ = [3, n0, _CALR,
    0,
    [_cr, _n, _cT, _d, _t],
    [[() => exports.AllowListCriteria$, { [_jN]: _cr }], [0, { [_jN]: _n }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [128 | 0, { [_jN]: _t }]], 2
];
exports.CreateAllowListResponse$ = [3, n0, _CALRr,
    0,
    [_a, _i],
    [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
];
exports.CreateClassificationJobRequest$ = [3, n0, _CCJR,
    0,
    [_jT, _n, _sJD, _aLI, _cT, _cDII, _d, _iR, _mDII, _mDIS, _sP, _sF, _t],
    [[0, { [_jN]: _jT }], [0, { [_jN]: _n }], [() => exports.S3JobDefinition$, { [_jN]: _sJD }], [64 | 0, { [_jN]: _aLI }], [0, { [_iT]: 1, [_jN]: _cT }], [64 | 0, { [_jN]: _cDII }], [0, { [_jN]: _d }], [2, { [_jN]: _iR }], [64 | 0, { [_jN]: _mDII }], [0, { [_jN]: _mDIS }], [1, { [_jN]: _sP }], [() => exports.JobScheduleFrequency$, { [_jN]: _sF }], [128 | 0, { [_jN]: _t }]], 3
];
exports.CreateClassificationJobResponse$ = [3, n0, _CCJRr,
    0,
    [_jA, _jI],
    [[0, { [_jN]: _jA }], [0, { [_jN]: _jI }]]
];
exports.CreateCustomDataIdentifierRequest$ = [3, n0, _CCDIR,
    0,
    [_n, _r, _cT, _d, _iW, _k, _mMD, _sL, _t],
    [[0, { [_jN]: _n }], [0, { [_jN]: _r }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [64 | 0, { [_jN]: _iW }], [64 | 0, { [_jN]: _k }], [1, { [_jN]: _mMD }], [() => SeverityLevelList, { [_jN]: _sL }], [128 | 0, { [_jN]: _t }]], 2
];
exports.CreateCustomDataIdentifierResponse$ = [3, n0, _CCDIRr,
    0,
    [_cDIIu],
    [[0, { [_jN]: _cDIIu }]]
];
exports.CreateFindingsFilterRequest$ = [3, n0, _CFFR,
    0,
    [_act, _fC, _n, _cT, _d, _po, _t],
    [[0, { [_jN]: _act }], [() => exports.FindingCriteria$, { [_jN]: _fC }], [0, { [_jN]: _n }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [1, { [_jN]: _po }], [128 | 0, { [_jN]: _t }]], 3
];
exports.CreateFindingsFilterResponse$ = [3, n0, _CFFRr,
    0,
    [_a, _i],
    [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
];
exports.CreateInvitationsRequest$ = [3, n0, _CIR,
    0,
    [_aIc, _dEN, _m],
    [[64 | 0, { [_jN]: _aIc }], [2, { [_jN]: _dEN }], [0, { [_jN]: _m }]], 1
];
exports.CreateInvitationsResponse$ = [3, n0, _CIRr,
    0,
    [_uAn],
    [[() => __listOfUnprocessedAccount, { [_jN]: _uAn }]]
];
exports.CreateMemberRequest$ = [3, n0, _CMR,
    0,
    [_acc, _t],
    [[() => exports.AccountDetail$, { [_jN]: _acc }], [128 | 0, { [_jN]: _t }]], 1
];
exports.CreateMemberResponse$ = [3, n0, _CMRr,
    0,
    [_a],
    [[0, { [_jN]: _a }]]
];
exports.CreateSampleFindingsRequest$ = [3, n0, _CSFR,
    0,
    [_fT],
    [[64 | 0, { [_jN]: _fT }]]
];
exports.CreateSampleFindingsResponse$ = [3, n0, _CSFRr,
    0,
    [],
    []
];
exports.CriteriaBlockForJob$ = [3, n0, _CBFJ,
    0,
    [_an],
    [[() => __listOfCriteriaForJob, { [_jN]: _an }]]
];
exports.CriteriaForJob$ = [3, n0, _CFJ,
    0,
    [_sCim, _tC],
    [[() => exports.SimpleCriterionForJob$, { [_jN]: _sCim }], [() => exports.TagCriterionForJob$, { [_jN]: _tC }]]
];
exports.CriterionAdditionalProperties$ = [3, n0, _CAP,
    0,
    [_eq, _eEM, _g, _gt, _l, _lt, _ne],
    [[64 | 0, { [_jN]: _eq }], [64 | 0, { [_jN]: _eEM }], [1, { [_jN]: _g }], [1, { [_jN]: _gt }], [1, { [_jN]: _l }], [1, { [_jN]: _lt }], [64 | 0, { [_jN]: _ne }]]
];
exports.CustomDataIdentifiers$ = [3, n0, _CDI,
    0,
    [_det, _tCo],
    [[() => CustomDetections, { [_jN]: _det }], [1, { [_jN]: _tCo }]]
];
exports.CustomDataIdentifierSummary$ = [3, n0, _CDIS,
    0,
    [_a, _cA, _d, _i, _n],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }]]
];
exports.CustomDetection$ = [3, n0, _CDu,
    0,
    [_a, _cou, _n, _o],
    [[0, { [_jN]: _a }], [1, { [_jN]: _cou }], [0, { [_jN]: _n }], [() => exports.Occurrences$, { [_jN]: _o }]]
];
exports.DailySchedule$ = [3, n0, _DS,
    0,
    [],
    []
];
exports.DeclineInvitationsRequest$ = [3, n0, _DIR,
    0,
    [_aIc],
    [[64 | 0, { [_jN]: _aIc }]], 1
];
exports.DeclineInvitationsResponse$ = [3, n0, _DIRe,
    0,
    [_uAn],
    [[() => __listOfUnprocessedAccount, { [_jN]: _uAn }]]
];
exports.DefaultDetection$ = [3, n0, _DD,
    0,
    [_cou, _o, _ty],
    [[1, { [_jN]: _cou }], [() => exports.Occurrences$, { [_jN]: _o }], [0, { [_jN]: _ty }]]
];
exports.DeleteAllowListRequest$ = [3, n0, _DALR,
    0,
    [_i, _iJC],
    [[0, 1], [0, { [_hQ]: _iJC }]], 1
];
exports.DeleteAllowListResponse$ = [3, n0, _DALRe,
    0,
    [],
    []
];
exports.DeleteCustomDataIdentifierRequest$ = [3, n0, _DCDIR,
    0,
    [_i],
    [[0, 1]], 1
];
exports.DeleteCustomDataIdentifierResponse$ = [3, n0, _DCDIRe,
    0,
    [],
    []
];
exports.DeleteFindingsFilterRequest$ = [3, n0, _DFFR,
    0,
    [_i],
    [[0, 1]], 1
];
exports.DeleteFindingsFilterResponse$ = [3, n0, _DFFRe,
    0,
    [],
    []
];
exports.DeleteInvitationsRequest$ = [3, n0, _DIRel,
    0,
    [_aIc],
    [[64 | 0, { [_jN]: _aIc }]], 1
];
exports.DeleteInvitationsResponse$ = [3, n0, _DIRele,
    0,
    [_uAn],
    [[() => __listOfUnprocessedAccount, { [_jN]: _uAn }]]
];
exports.DeleteMemberRequest$ = [3, n0, _DMR,
    0,
    [_i],
    [[0, 1]], 1
];
exports.DeleteMemberResponse$ = [3, n0, _DMRe,
    0,
    [],
    []
];
exports.DescribeBucketsRequest$ = [3, n0, _DBR,
    0,
    [_cr, _mR, _nT, _sCo],
    [[() => BucketCriteria, { [_jN]: _cr }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.BucketSortCriteria$, { [_jN]: _sCo }]]
];
exports.DescribeBucketsResponse$ = [3, n0, _DBRe,
    0,
    [_b, _nT],
    [[() => __listOfBucketMetadata, { [_jN]: _b }], [0, { [_jN]: _nT }]]
];
exports.DescribeClassificationJobRequest$ = [3, n0, _DCJR,
    0,
    [_jI],
    [[0, 1]], 1
];
exports.DescribeClassificationJobResponse$ = [3, n0, _DCJRe,
    0,
    [_aLI, _cT, _cA, _cDII, _d, _iR, _jA, _jI, _jS, _jT, _lRES, _lRT, _mDII, _mDIS, _n, _sJD, _sP, _sF, _sta, _t, _uPD],
    [[64 | 0, { [_jN]: _aLI }], [0, { [_iT]: 1, [_jN]: _cT }], [5, { [_jN]: _cA }], [64 | 0, { [_jN]: _cDII }], [0, { [_jN]: _d }], [2, { [_jN]: _iR }], [0, { [_jN]: _jA }], [0, { [_jN]: _jI }], [0, { [_jN]: _jS }], [0, { [_jN]: _jT }], [() => exports.LastRunErrorStatus$, { [_jN]: _lRES }], [5, { [_jN]: _lRT }], [64 | 0, { [_jN]: _mDII }], [0, { [_jN]: _mDIS }], [0, { [_jN]: _n }], [() => exports.S3JobDefinition$, { [_jN]: _sJD }], [1, { [_jN]: _sP }], [() => exports.JobScheduleFrequency$, { [_jN]: _sF }], [() => exports.Statistics$, { [_jN]: _sta }], [128 | 0, { [_jN]: _t }], [() => exports.UserPausedDetails$, { [_jN]: _uPD }]]
];
exports.DescribeOrganizationConfigurationRequest$ = [3, n0, _DOCR,
    0,
    [],
    []
];
exports.DescribeOrganizationConfigurationResponse$ = [3, n0, _DOCRe,
    0,
    [_aE, _mALR],
    [[2, { [_jN]: _aE }], [2, { [_jN]: _mALR }]]
];
exports.DetectedDataDetails$ = [3, n0, _DDD,
    0,
    [_va],
    [[0, { [_jN]: _va }]], 1
];
exports.Detection$ = [3, n0, _D,
    0,
    [_a, _cou, _i, _n, _su, _ty],
    [[0, { [_jN]: _a }], [1, { [_jN]: _cou }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [2, { [_jN]: _su }], [0, { [_jN]: _ty }]]
];
exports.DisableMacieRequest$ = [3, n0, _DMRi,
    0,
    [],
    []
];
exports.DisableMacieResponse$ = [3, n0, _DMRis,
    0,
    [],
    []
];
exports.DisableOrganizationAdminAccountRequest$ = [3, n0, _DOAAR,
    0,
    [_aAId],
    [[0, { [_hQ]: _aAId }]], 1
];
exports.DisableOrganizationAdminAccountResponse$ = [3, n0, _DOAARi,
    0,
    [],
    []
];
exports.DisassociateFromAdministratorAccountRequest$ = [3, n0, _DFAAR,
    0,
    [],
    []
];
exports.DisassociateFromAdministratorAccountResponse$ = [3, n0, _DFAARi,
    0,
    [],
    []
];
exports.DisassociateFromMasterAccountRequest$ = [3, n0, _DFMAR,
    0,
    [],
    []
];
exports.DisassociateFromMasterAccountResponse$ = [3, n0, _DFMARi,
    0,
    [],
    []
];
exports.DisassociateMemberRequest$ = [3, n0, _DMRisa,
    0,
    [_i],
    [[0, 1]], 1
];
exports.DisassociateMemberResponse$ = [3, n0, _DMRisas,
    0,
    [],
    []
];
exports.DomainDetails$ = [3, n0, _DDo,
    0,
    [_dN],
    [[0, { [_jN]: _dN }]]
];
exports.EnableMacieRequest$ = [3, n0, _EMR,
    0,
    [_cT, _fPF, _st],
    [[0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _fPF }], [0, { [_jN]: _st }]]
];
exports.EnableMacieResponse$ = [3, n0, _EMRn,
    0,
    [],
    []
];
exports.EnableOrganizationAdminAccountRequest$ = [3, n0, _EOAAR,
    0,
    [_aAId, _cT],
    [[0, { [_jN]: _aAId }], [0, { [_iT]: 1, [_jN]: _cT }]], 1
];
exports.EnableOrganizationAdminAccountResponse$ = [3, n0, _EOAARn,
    0,
    [],
    []
];
exports.FederatedUser$ = [3, n0, _FU,
    0,
    [_aKI, _aI, _a, _pI, _sC],
    [[0, { [_jN]: _aKI }], [0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [() => exports.SessionContext$, { [_jN]: _sC }]]
];
exports.Finding$ = [3, n0, _F,
    0,
    [_aI, _ar, _ca, _cD, _cou, _cA, _d, _i, _pa, _pD, _re, _rA, _sa, _sV, _sev, _ti, _ty, _uA],
    [[0, { [_jN]: _aI }], [2, { [_jN]: _ar }], [0, { [_jN]: _ca }], [() => exports.ClassificationDetails$, { [_jN]: _cD }], [1, { [_jN]: _cou }], [5, { [_jN]: _cA }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _pa }], [() => exports.PolicyDetails$, { [_jN]: _pD }], [0, { [_jN]: _re }], [() => exports.ResourcesAffected$, { [_jN]: _rA }], [2, { [_jN]: _sa }], [0, { [_jN]: _sV }], [() => exports.Severity$, { [_jN]: _sev }], [0, { [_jN]: _ti }], [0, { [_jN]: _ty }], [5, { [_jN]: _uA }]]
];
exports.FindingAction$ = [3, n0, _FA,
    0,
    [_aT, _aCD],
    [[0, { [_jN]: _aT }], [() => exports.ApiCallDetails$, { [_jN]: _aCD }]]
];
exports.FindingActor$ = [3, n0, _FAi,
    0,
    [_dD, _iAD, _uI],
    [[() => exports.DomainDetails$, { [_jN]: _dD }], [() => exports.IpAddressDetails$, { [_jN]: _iAD }], [() => exports.UserIdentity$, { [_jN]: _uI }]]
];
exports.FindingCriteria$ = [3, n0, _FC,
    0,
    [_cri],
    [[() => Criterion, { [_jN]: _cri }]]
];
exports.FindingsFilterListItem$ = [3, n0, _FFLI,
    0,
    [_act, _a, _i, _n, _t],
    [[0, { [_jN]: _act }], [0, { [_jN]: _a }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [128 | 0, { [_jN]: _t }]]
];
exports.FindingStatisticsSortCriteria$ = [3, n0, _FSSC,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
exports.GetAdministratorAccountRequest$ = [3, n0, _GAAR,
    0,
    [],
    []
];
exports.GetAdministratorAccountResponse$ = [3, n0, _GAARe,
    0,
    [_ad],
    [[() => exports.Invitation$, { [_jN]: _ad }]]
];
exports.GetAllowListRequest$ = [3, n0, _GALR,
    0,
    [_i],
    [[0, 1]], 1
];
exports.GetAllowListResponse$ = [3, n0, _GALRe,
    0,
    [_a, _cA, _cr, _d, _i, _n, _st, _t, _uA],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [() => exports.AllowListCriteria$, { [_jN]: _cr }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [() => exports.AllowListStatus$, { [_jN]: _st }], [128 | 0, { [_jN]: _t }], [5, { [_jN]: _uA }]]
];
exports.GetAutomatedDiscoveryConfigurationRequest$ = [3, n0, _GADCR,
    0,
    [],
    []
];
exports.GetAutomatedDiscoveryConfigurationResponse$ = [3, n0, _GADCRe,
    0,
    [_aEOM, _cSI, _dA, _fEA, _lUA, _sITI, _st],
    [[0, { [_jN]: _aEOM }], [0, { [_jN]: _cSI }], [5, { [_jN]: _dA }], [5, { [_jN]: _fEA }], [5, { [_jN]: _lUA }], [0, { [_jN]: _sITI }], [0, { [_jN]: _st }]]
];
exports.GetBucketStatisticsRequest$ = [3, n0, _GBSR,
    0,
    [_aI],
    [[0, { [_jN]: _aI }]]
];
exports.GetBucketStatisticsResponse$ = [3, n0, _GBSRe,
    0,
    [_bC, _bCBEP, _bCBET, _bCBOER, _bCBSAT, _bSBS, _cOC, _cSIB, _lU, _oC, _sIB, _sIBC, _uOC, _uOSIB],
    [[1, { [_jN]: _bC }], [() => exports.BucketCountByEffectivePermission$, { [_jN]: _bCBEP }], [() => exports.BucketCountByEncryptionType$, { [_jN]: _bCBET }], [() => exports.BucketCountPolicyAllowsUnencryptedObjectUploads$, { [_jN]: _bCBOER }], [() => exports.BucketCountBySharedAccessType$, { [_jN]: _bCBSAT }], [() => exports.BucketStatisticsBySensitivity$, { [_jN]: _bSBS }], [1, { [_jN]: _cOC }], [1, { [_jN]: _cSIB }], [5, { [_jN]: _lU }], [1, { [_jN]: _oC }], [1, { [_jN]: _sIB }], [1, { [_jN]: _sIBC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOSIB }]]
];
exports.GetClassificationExportConfigurationRequest$ = [3, n0, _GCECR,
    0,
    [],
    []
];
exports.GetClassificationExportConfigurationResponse$ = [3, n0, _GCECRe,
    0,
    [_con],
    [[() => exports.ClassificationExportConfiguration$, { [_jN]: _con }]]
];
exports.GetClassificationScopeRequest$ = [3, n0, _GCSR,
    0,
    [_i],
    [[0, 1]], 1
];
exports.GetClassificationScopeResponse$ = [3, n0, _GCSRe,
    0,
    [_i, _n, _s_],
    [[0, { [_jN]: _i }], [0, { [_jN]: _n }], [() => exports.S3ClassificationScope$, { [_jN]: _s_ }]]
];
exports.GetCustomDataIdentifierRequest$ = [3, n0, _GCDIR,
    0,
    [_i],
    [[0, 1]], 1
];
exports.GetCustomDataIdentifierResponse$ = [3, n0, _GCDIRe,
    0,
    [_a, _cA, _de, _d, _i, _iW, _k, _mMD, _n, _r, _sL, _t],
    [[0, { [_jN]: _a }], [5, { [_jN]: _cA }], [2, { [_jN]: _de }], [0, { [_jN]: _d }], [0, { [_jN]: _i }], [64 | 0, { [_jN]: _iW }], [64 | 0, { [_jN]: _k }], [1, { [_jN]: _mMD }], [0, { [_jN]: _n }], [0, { [_jN]: _r }], [() => SeverityLevelList, { [_jN]: _sL }], [128 | 0, { [_jN]: _t }]]
];
exports.GetFindingsFilterRequest$ = [3, n0, _GFFR,
    0,
    [_i],
    [[0, 1]], 1
];
exports.GetFindingsFilterResponse$ = [3, n0, _GFFRe,
    0,
    [_act, _a, _d, _fC, _i, _n, _po, _t],
    [[0, { [_jN]: _act }], [0, { [_jN]: _a }], [0, { [_jN]: _d }], [() => exports.FindingCriteria$, { [_jN]: _fC }], [0, { [_jN]: _i }], [0, { [_jN]: _n }], [1, { [_jN]: _po }], [128 | 0, { [_jN]: _t }]]
];
exports.GetFindingsPublicationConfigurationRequest$ = [3, n0, _GFPCR,
    0,
    [],
    []
];
exports.GetFindingsPublicationConfigurationResponse$ = [3, n0, _GFPCRe,
    0,
    [_sHC],
    [[() => exports.SecurityHubConfiguration$, { [_jN]: _sHC }]]
];
exports.GetFindingsRequest$ = [3, n0, _GFR,
    0,
    [_fI, _sCo],
    [[64 | 0, { [_jN]: _fI }], [() => exports.SortCriteria$, { [_jN]: _sCo }]], 1
];
exports.GetFindingsResponse$ = [3, n0, _GFRe,
    0,
    [_f],
    [[() => __listOfFinding, { [_jN]: _f }]]
];
exports.GetFindingStatisticsRequest$ = [3, n0, _GFSR,
    0,
    [_gB, _fC, _si, _sCo],
    [[0, { [_jN]: _gB }], [() => exports.FindingCriteria$, { [_jN]: _fC }], [1, { [_jN]: _si }], [() => exports.FindingStatisticsSortCriteria$, { [_jN]: _sCo }]], 1
];
exports.GetFindingStatisticsResponse$ = [3, n0, _GFSRe,
    0,
    [_cBG],
    [[() => __listOfGroupCount, { [_jN]: _cBG }]]
];
exports.GetInvitationsCountRequest$ = [3, n0, _GICR,
    0,
    [],
    []
];
exports.GetInvitationsCountResponse$ = [3, n0, _GICRe,
    0,
    [_iC],
    [[1, { [_jN]: _iC }]]
];
exports.GetMacieSessionRequest$ = [3, n0, _GMSR,
    0,
    [],
    []
];
exports.GetMacieSessionResponse$ = [3, n0, _GMSRe,
    0,
    [_cA, _fPF, _sR, _st, _uA],
    [[5, { [_jN]: _cA }], [0, { [_jN]: _fPF }], [0, { [_jN]: _sR }], [0, { [_jN]: _st }], [5, { [_jN]: _uA }]]
];
exports.GetMasterAccountRequest$ = [3, n0, _GMAR,
    0,
    [],
    []
];
exports.GetMasterAccountResponse$ = [3, n0, _GMARe,
    0,
    [_ma],
    [[() => exports.Invitation$, { [_jN]: _ma }]]
];
exports.GetMemberRequest$ = [3, n0, _GMR,
    0,
    [_i],
    [[0, 1]], 1
];
exports.GetMemberResponse$ = [3, n0, _GMRe,
    0,
    [_aI, _aAI, _a, _em, _iA, _mAI, _rS, _t, _uA],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _aAI }], [0, { [_jN]: _a }], [0, { [_jN]: _em }], [5, { [_jN]: _iA }], [0, { [_jN]: _mAI }], [0, { [_jN]: _rS }], [128 | 0, { [_jN]: _t }], [5, { [_jN]: _uA }]]
];
exports.GetResourceProfileRequest$ = [3, n0, _GRPR,
    0,
    [_rAe],
    [[0, { [_hQ]: _rAe }]], 1
];
exports.GetResourceProfileResponse$ = [3, n0, _GRPRe,
    0,
    [_pUA, _sS, _sSO, _sta],
    [[5, { [_jN]: _pUA }], [1, { [_jN]: _sS }], [2, { [_jN]: _sSO }], [() => exports.ResourceStatistics$, { [_jN]: _sta }]]
];
exports.GetRevealConfigurationRequest$ = [3, n0, _GRCR,
    0,
    [],
    []
];
exports.GetRevealConfigurationResponse$ = [3, n0, _GRCRe,
    0,
    [_con, _rC],
    [[() => exports.RevealConfiguration$, { [_jN]: _con }], [() => exports.RetrievalConfiguration$, { [_jN]: _rC }]]
];
exports.GetSensitiveDataOccurrencesAvailabilityRequest$ = [3, n0, _GSDOAR,
    0,
    [_fIi],
    [[0, 1]], 1
];
exports.GetSensitiveDataOccurrencesAvailabilityResponse$ = [3, n0, _GSDOARe,
    0,
    [_co, _reas],
    [[0, { [_jN]: _co }], [64 | 0, { [_jN]: _reas }]]
];
exports.GetSensitiveDataOccurrencesRequest$ = [3, n0, _GSDOR,
    0,
    [_fIi],
    [[0, 1]], 1
];
exports.GetSensitiveDataOccurrencesResponse$ = [3, n0, _GSDORe,
    0,
    [_e, _sDO, _st],
    [[0, { [_jN]: _e }], [() => SensitiveDataOccurrences, { [_jN]: _sDO }], [0, { [_jN]: _st }]]
];
exports.GetSensitivityInspectionTemplateRequest$ = [3, n0, _GSITR,
    0,
    [_i],
    [[0, 1]], 1
];
exports.GetSensitivityInspectionTemplateResponse$ = [3, n0, _GSITRe,
    0,
    [_d, _exc, _inc, _n, _sITI],
    [[0, { [_jN]: _d }], [() => exports.SensitivityInspectionTemplateExcludes$, { [_jN]: _exc }], [() => exports.SensitivityInspectionTemplateIncludes$, { [_jN]: _inc }], [0, { [_jN]: _n }], [0, { [_jN]: _sITI }]]
];
exports.GetUsageStatisticsRequest$ = [3, n0, _GUSR,
    0,
    [_fB, _mR, _nT, _sB, _tR],
    [[() => __listOfUsageStatisticsFilter, { [_jN]: _fB }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.UsageStatisticsSortBy$, { [_jN]: _sB }], [0, { [_jN]: _tR }]]
];
exports.GetUsageStatisticsResponse$ = [3, n0, _GUSRe,
    0,
    [_nT, _rec, _tR],
    [[0, { [_jN]: _nT }], [() => __listOfUsageRecord, { [_jN]: _rec }], [0, { [_jN]: _tR }]]
];
exports.GetUsageTotalsRequest$ = [3, n0, _GUTR,
    0,
    [_tR],
    [[0, { [_hQ]: _tR }]]
];
exports.GetUsageTotalsResponse$ = [3, n0, _GUTRe,
    0,
    [_tR, _uT],
    [[0, { [_jN]: _tR }], [() => __listOfUsageTotal, { [_jN]: _uT }]]
];
exports.GroupCount$ = [3, n0, _GC,
    0,
    [_cou, _gK],
    [[1, { [_jN]: _cou }], [0, { [_jN]: _gK }]]
];
exports.IamUser$ = [3, n0, _IU,
    0,
    [_aI, _a, _pI, _uN],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [0, { [_jN]: _uN }]]
];
exports.Invitation$ = [3, n0, _I,
    0,
    [_aI, _iI, _iA, _rS],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _iI }], [5, { [_jN]: _iA }], [0, { [_jN]: _rS }]]
];
exports.IpAddressDetails$ = [3, n0, _IAD,
    0,
    [_iAV, _iCp, _iCpo, _iGL, _iO],
    [[0, { [_jN]: _iAV }], [() => exports.IpCity$, { [_jN]: _iCp }], [() => exports.IpCountry$, { [_jN]: _iCpo }], [() => exports.IpGeoLocation$, { [_jN]: _iGL }], [() => exports.IpOwner$, { [_jN]: _iO }]]
];
exports.IpCity$ = [3, n0, _IC,
    0,
    [_n],
    [[0, { [_jN]: _n }]]
];
exports.IpCountry$ = [3, n0, _ICp,
    0,
    [_co, _n],
    [[0, { [_jN]: _co }], [0, { [_jN]: _n }]]
];
exports.IpGeoLocation$ = [3, n0, _IGL,
    0,
    [_la, _lo],
    [[1, { [_jN]: _la }], [1, { [_jN]: _lo }]]
];
exports.IpOwner$ = [3, n0, _IO,
    0,
    [_as, _aOs, _is, _or],
    [[0, { [_jN]: _as }], [0, { [_jN]: _aOs }], [0, { [_jN]: _is }], [0, { [_jN]: _or }]]
];
exports.JobDetails$ = [3, n0, _JD,
    0,
    [_iDIJ, _iMBJ, _lJI, _lJRT],
    [[0, { [_jN]: _iDIJ }], [0, { [_jN]: _iMBJ }], [0, { [_jN]: _lJI }], [5, { [_jN]: _lJRT }]]
];
exports.JobScheduleFrequency$ = [3, n0, _JSF,
    0,
    [_dS, _mS, _wS],
    [[() => exports.DailySchedule$, { [_jN]: _dS }], [() => exports.MonthlySchedule$, { [_jN]: _mS }], [() => exports.WeeklySchedule$, { [_jN]: _wS }]]
];
exports.JobScopeTerm$ = [3, n0, _JST,
    0,
    [_sST, _tST],
    [[() => exports.SimpleScopeTerm$, { [_jN]: _sST }], [() => exports.TagScopeTerm$, { [_jN]: _tST }]]
];
exports.JobScopingBlock$ = [3, n0, _JSB,
    0,
    [_an],
    [[() => __listOfJobScopeTerm, { [_jN]: _an }]]
];
exports.JobSummary$ = [3, n0, _JS,
    0,
    [_bCu, _bD, _cA, _jI, _jS, _jT, _lRES, _n, _uPD],
    [[() => exports.S3BucketCriteriaForJob$, { [_jN]: _bCu }], [() => __listOfS3BucketDefinitionForJob, { [_jN]: _bD }], [5, { [_jN]: _cA }], [0, { [_jN]: _jI }], [0, { [_jN]: _jS }], [0, { [_jN]: _jT }], [() => exports.LastRunErrorStatus$, { [_jN]: _lRES }], [0, { [_jN]: _n }], [() => exports.UserPausedDetails$, { [_jN]: _uPD }]]
];
exports.KeyValuePair$ = [3, n0, _KVP,
    0,
    [_ke, _va],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
];
exports.LastRunErrorStatus$ = [3, n0, _LRES,
    0,
    [_co],
    [[0, { [_jN]: _co }]]
];
exports.ListAllowListsRequest$ = [3, n0, _LALR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
exports.ListAllowListsResponse$ = [3, n0, _LALRi,
    0,
    [_aL, _nT],
    [[() => __listOfAllowListSummary, { [_jN]: _aL }], [0, { [_jN]: _nT }]]
];
exports.ListAutomatedDiscoveryAccountsRequest$ = [3, n0, _LADAR,
    0,
    [_aIc, _mR, _nT],
    [[64 | 0, { [_hQ]: _aIc }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
exports.ListAutomatedDiscoveryAccountsResponse$ = [3, n0, _LADARi,
    0,
    [_it, _nT],
    [[() => __listOfAutomatedDiscoveryAccount, { [_jN]: _it }], [0, { [_jN]: _nT }]]
];
exports.ListClassificationJobsRequest$ = [3, n0, _LCJR,
    0,
    [_fCi, _mR, _nT, _sCo],
    [[() => exports.ListJobsFilterCriteria$, { [_jN]: _fCi }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.ListJobsSortCriteria$, { [_jN]: _sCo }]]
];
exports.ListClassificationJobsResponse$ = [3, n0, _LCJRi,
    0,
    [_it, _nT],
    [[() => __listOfJobSummary, { [_jN]: _it }], [0, { [_jN]: _nT }]]
];
exports.ListClassificationScopesRequest$ = [3, n0, _LCSR,
    0,
    [_n, _nT],
    [[0, { [_hQ]: _n }], [0, { [_hQ]: _nT }]]
];
exports.ListClassificationScopesResponse$ = [3, n0, _LCSRi,
    0,
    [_cS, _nT],
    [[() => __listOfClassificationScopeSummary, { [_jN]: _cS }], [0, { [_jN]: _nT }]]
];
exports.ListCustomDataIdentifiersRequest$ = [3, n0, _LCDIR,
    0,
    [_mR, _nT],
    [[1, { [_jN]: _mR }], [0, { [_jN]: _nT }]]
];
exports.ListCustomDataIdentifiersResponse$ = [3, n0, _LCDIRi,
    0,
    [_it, _nT],
    [[() => __listOfCustomDataIdentifierSummary, { [_jN]: _it }], [0, { [_jN]: _nT }]]
];
exports.ListFindingsFiltersRequest$ = [3, n0, _LFFR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
exports.ListFindingsFiltersResponse$ = [3, n0, _LFFRi,
    0,
    [_fFLI, _nT],
    [[() => __listOfFindingsFilterListItem, { [_jN]: _fFLI }], [0, { [_jN]: _nT }]]
];
exports.ListFindingsRequest$ = [3, n0, _LFR,
    0,
    [_fC, _mR, _nT, _sCo],
    [[() => exports.FindingCriteria$, { [_jN]: _fC }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.SortCriteria$, { [_jN]: _sCo }]]
];
exports.ListFindingsResponse$ = [3, n0, _LFRi,
    0,
    [_fI, _nT],
    [[64 | 0, { [_jN]: _fI }], [0, { [_jN]: _nT }]]
];
exports.ListInvitationsRequest$ = [3, n0, _LIR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
exports.ListInvitationsResponse$ = [3, n0, _LIRi,
    0,
    [_inv, _nT],
    [[() => __listOfInvitation, { [_jN]: _inv }], [0, { [_jN]: _nT }]]
];
exports.ListJobsFilterCriteria$ = [3, n0, _LJFC,
    0,
    [_exc, _inc],
    [[() => __listOfListJobsFilterTerm, { [_jN]: _exc }], [() => __listOfListJobsFilterTerm, { [_jN]: _inc }]]
];
exports.ListJobsFilterTerm$ = [3, n0, _LJFT,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
exports.ListJobsSortCriteria$ = [3, n0, _LJSC,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
exports.ListManagedDataIdentifiersRequest$ = [3, n0, _LMDIR,
    0,
    [_nT],
    [[0, { [_jN]: _nT }]]
];
exports.ListManagedDataIdentifiersResponse$ = [3, n0, _LMDIRi,
    0,
    [_it, _nT],
    [[() => __listOfManagedDataIdentifierSummary, { [_jN]: _it }], [0, { [_jN]: _nT }]]
];
exports.ListMembersRequest$ = [3, n0, _LMR,
    0,
    [_mR, _nT, _oA],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _oA }]]
];
exports.ListMembersResponse$ = [3, n0, _LMRi,
    0,
    [_me, _nT],
    [[() => __listOfMember, { [_jN]: _me }], [0, { [_jN]: _nT }]]
];
exports.ListOrganizationAdminAccountsRequest$ = [3, n0, _LOAAR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
exports.ListOrganizationAdminAccountsResponse$ = [3, n0, _LOAARi,
    0,
    [_aA, _nT],
    [[() => __listOfAdminAccount, { [_jN]: _aA }], [0, { [_jN]: _nT }]]
];
exports.ListResourceProfileArtifactsRequest$ = [3, n0, _LRPAR,
    0,
    [_rAe, _nT],
    [[0, { [_hQ]: _rAe }], [0, { [_hQ]: _nT }]], 1
];
exports.ListResourceProfileArtifactsResponse$ = [3, n0, _LRPARi,
    0,
    [_art, _nT],
    [[() => __listOfResourceProfileArtifact, { [_jN]: _art }], [0, { [_jN]: _nT }]]
];
exports.ListResourceProfileDetectionsRequest$ = [3, n0, _LRPDR,
    0,
    [_rAe, _mR, _nT],
    [[0, { [_hQ]: _rAe }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
exports.ListResourceProfileDetectionsResponse$ = [3, n0, _LRPDRi,
    0,
    [_det, _nT],
    [[() => __listOfDetection, { [_jN]: _det }], [0, { [_jN]: _nT }]]
];
exports.ListSensitivityInspectionTemplatesRequest$ = [3, n0, _LSITR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
exports.ListSensitivityInspectionTemplatesResponse$ = [3, n0, _LSITRi,
    0,
    [_nT, _sIT],
    [[0, { [_jN]: _nT }], [() => __listOfSensitivityInspectionTemplatesEntry, { [_jN]: _sIT }]]
];
exports.ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_rAe],
    [[0, 1]], 1
];
exports.ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_t],
    [[128 | 0, { [_jN]: _t }]]
];
exports.ManagedDataIdentifierSummary$ = [3, n0, _MDIS,
    0,
    [_ca, _i],
    [[0, { [_jN]: _ca }], [0, { [_jN]: _i }]]
];
exports.MatchingBucket$ = [3, n0, _MB,
    0,
    [_aI, _aDMS, _bN, _cOC, _cSIB, _eC, _eM, _jD, _lADT, _oC, _oCBET, _sS, _sIB, _sIBC, _uOC, _uOSIB],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _aDMS }], [0, { [_jN]: _bN }], [1, { [_jN]: _cOC }], [1, { [_jN]: _cSIB }], [0, { [_jN]: _eC }], [0, { [_jN]: _eM }], [() => exports.JobDetails$, { [_jN]: _jD }], [5, { [_jN]: _lADT }], [1, { [_jN]: _oC }], [() => exports.ObjectCountByEncryptionType$, { [_jN]: _oCBET }], [1, { [_jN]: _sS }], [1, { [_jN]: _sIB }], [1, { [_jN]: _sIBC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOC }], [() => exports.ObjectLevelStatistics$, { [_jN]: _uOSIB }]]
];
exports.MatchingResource$ = [3, n0, _MR,
    0,
    [_mB],
    [[() => exports.MatchingBucket$, { [_jN]: _mB }]]
];
exports.Member$ = [3, n0, _M,
    0,
    [_aI, _aAI, _a, _em, _iA, _mAI, _rS, _t, _uA],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _aAI }], [0, { [_jN]: _a }], [0, { [_jN]: _em }], [5, { [_jN]: _iA }], [0, { [_jN]: _mAI }], [0, { [_jN]: _rS }], [128 | 0, { [_jN]: _t }], [5, { [_jN]: _uA }]]
];
exports.MonthlySchedule$ = [3, n0, _MS,
    0,
    [_dOM],
    [[1, { [_jN]: _dOM }]]
];
exports.ObjectCountByEncryptionType$ = [3, n0, _OCBET,
    0,
    [_cM, _kM, _sM, _un, _u],
    [[1, { [_jN]: _cM }], [1, { [_jN]: _kM }], [1, { [_jN]: _sM }], [1, { [_jN]: _un }], [1, { [_jN]: _u }]]
];
exports.ObjectLevelStatistics$ = [3, n0, _OLS,
    0,
    [_fTi, _sCt, _to],
    [[1, { [_jN]: _fTi }], [1, { [_jN]: _sCt }], [1, { [_jN]: _to }]]
];
exports.Occurrences$ = [3, n0, _O,
    0,
    [_ce, _lR, _oR, _pag, _rec],
    [[() => Cells, { [_jN]: _ce }], [() => Ranges, { [_jN]: _lR }], [() => Ranges, { [_jN]: _oR }], [() => Pages, { [_jN]: _pag }], [() => Records, { [_jN]: _rec }]]
];
exports.Page$ = [3, n0, _P,
    0,
    [_lRi, _oRf, _pN],
    [[() => exports.Range$, { [_jN]: _lRi }], [() => exports.Range$, { [_jN]: _oRf }], [1, { [_jN]: _pN }]]
];
exports.PolicyDetails$ = [3, n0, _PD,
    0,
    [_act, _acto],
    [[() => exports.FindingAction$, { [_jN]: _act }], [() => exports.FindingActor$, { [_jN]: _acto }]]
];
exports.PutClassificationExportConfigurationRequest$ = [3, n0, _PCECR,
    0,
    [_con],
    [[() => exports.ClassificationExportConfiguration$, { [_jN]: _con }]], 1
];
exports.PutClassificationExportConfigurationResponse$ = [3, n0, _PCECRu,
    0,
    [_con],
    [[() => exports.ClassificationExportConfiguration$, { [_jN]: _con }]]
];
exports.PutFindingsPublicationConfigurationRequest$ = [3, n0, _PFPCR,
    0,
    [_cT, _sHC],
    [[0, { [_iT]: 1, [_jN]: _cT }], [() => exports.SecurityHubConfiguration$, { [_jN]: _sHC }]]
];
exports.PutFindingsPublicationConfigurationResponse$ = [3, n0, _PFPCRu,
    0,
    [],
    []
];
exports.Range$ = [3, n0, _R,
    0,
    [_en, _star, _sCta],
    [[1, { [_jN]: _en }], [1, { [_jN]: _star }], [1, { [_jN]: _sCta }]]
];
exports._Record$ = [3, n0, _Re,
    0,
    [_jP, _rI],
    [[0, { [_jN]: _jP }], [1, { [_jN]: _rI }]]
];
exports.ReplicationDetails$ = [3, n0, _RD,
    0,
    [_rep, _rE, _rAep],
    [[2, { [_jN]: _rep }], [2, { [_jN]: _rE }], [64 | 0, { [_jN]: _rAep }]]
];
exports.ResourceProfileArtifact$ = [3, n0, _RPA,
    0,
    [_a, _cRS, _sen],
    [[0, { [_jN]: _a }], [0, { [_jN]: _cRS }], [2, { [_jN]: _sen }]], 2
];
exports.ResourcesAffected$ = [3, n0, _RA,
    0,
    [_sBu, _sO],
    [[() => exports.S3Bucket$, { [_jN]: _sBu }], [() => exports.S3Object$, { [_jN]: _sO }]]
];
exports.ResourceStatistics$ = [3, n0, _RS,
    0,
    [_tBC, _tD, _tDS, _tIC, _tIS, _tISo, _tISIE, _tISIK, _tISPD],
    [[1, { [_jN]: _tBC }], [1, { [_jN]: _tD }], [1, { [_jN]: _tDS }], [1, { [_jN]: _tIC }], [1, { [_jN]: _tIS }], [1, { [_jN]: _tISo }], [1, { [_jN]: _tISIE }], [1, { [_jN]: _tISIK }], [1, { [_jN]: _tISPD }]]
];
exports.RetrievalConfiguration$ = [3, n0, _RC,
    0,
    [_rM, _eI, _rN],
    [[0, { [_jN]: _rM }], [0, { [_jN]: _eI }], [0, { [_jN]: _rN }]], 1
];
exports.RevealConfiguration$ = [3, n0, _RCe,
    0,
    [_st, _kKI],
    [[0, { [_jN]: _st }], [0, { [_jN]: _kKI }]], 1
];
exports.S3Bucket$ = [3, n0, _SB,
    0,
    [_aUOU, _a, _cA, _dSSE, _n, _ow, _pAu, _t],
    [[0, { [_jN]: _aUOU }], [0, { [_jN]: _a }], [5, { [_jN]: _cA }], [() => exports.ServerSideEncryption$, { [_jN]: _dSSE }], [0, { [_jN]: _n }], [() => exports.S3BucketOwner$, { [_jN]: _ow }], [() => exports.BucketPublicAccess$, { [_jN]: _pAu }], [() => KeyValuePairList, { [_jN]: _t }]]
];
exports.S3BucketCriteriaForJob$ = [3, n0, _SBCFJ,
    0,
    [_exc, _inc],
    [[() => exports.CriteriaBlockForJob$, { [_jN]: _exc }], [() => exports.CriteriaBlockForJob$, { [_jN]: _inc }]]
];
exports.S3BucketDefinitionForJob$ = [3, n0, _SBDFJ,
    0,
    [_aI, _b],
    [[0, { [_jN]: _aI }], [64 | 0, { [_jN]: _b }]], 2
];
exports.S3BucketOwner$ = [3, n0, _SBO,
    0,
    [_dNi, _i],
    [[0, { [_jN]: _dNi }], [0, { [_jN]: _i }]]
];
exports.S3ClassificationScope$ = [3, n0, _SCS,
    0,
    [_exc],
    [[() => exports.S3ClassificationScopeExclusion$, { [_jN]: _exc }]], 1
];
exports.S3ClassificationScopeExclusion$ = [3, n0, _SCSE,
    0,
    [_bNu],
    [[64 | 0, { [_jN]: _bNu }]], 1
];
exports.S3ClassificationScopeExclusionUpdate$ = [3, n0, _SCSEU,
    0,
    [_bNu, _op],
    [[64 | 0, { [_jN]: _bNu }], [0, { [_jN]: _op }]], 2
];
exports.S3ClassificationScopeUpdate$ = [3, n0, _SCSU,
    0,
    [_exc],
    [[() => exports.S3ClassificationScopeExclusionUpdate$, { [_jN]: _exc }]], 1
];
exports.S3Destination$ = [3, n0, _SD,
    0,
    [_bN, _kKA, _eBO, _kP],
    [[0, { [_jN]: _bN }], [0, { [_jN]: _kKA }], [0, { [_jN]: _eBO }], [0, { [_jN]: _kP }]], 2
];
exports.S3JobDefinition$ = [3, n0, _SJD,
    0,
    [_bCu, _bD, _sc],
    [[() => exports.S3BucketCriteriaForJob$, { [_jN]: _bCu }], [() => __listOfS3BucketDefinitionForJob, { [_jN]: _bD }], [() => exports.Scoping$, { [_jN]: _sc }]]
];
exports.S3Object$ = [3, n0, _SO,
    0,
    [_bA, _eT, _ext, _ke, _lM, _pat, _pAu, _sSE, _si, _sCt, _t, _vI],
    [[0, { [_jN]: _bA }], [0, { [_jN]: _eT }], [0, { [_jN]: _ext }], [0, { [_jN]: _ke }], [5, { [_jN]: _lM }], [0, { [_jN]: _pat }], [2, { [_jN]: _pAu }], [() => exports.ServerSideEncryption$, { [_jN]: _sSE }], [1, { [_jN]: _si }], [0, { [_jN]: _sCt }], [() => KeyValuePairList, { [_jN]: _t }], [0, { [_jN]: _vI }]]
];
exports.S3WordsList$ = [3, n0, _SWL,
    0,
    [_bN, _oK],
    [[0, { [_jN]: _bN }], [0, { [_jN]: _oK }]], 2
];
exports.Scoping$ = [3, n0, _S,
    0,
    [_exc, _inc],
    [[() => exports.JobScopingBlock$, { [_jN]: _exc }], [() => exports.JobScopingBlock$, { [_jN]: _inc }]]
];
exports.SearchResourcesBucketCriteria$ = [3, n0, _SRBC,
    0,
    [_exc, _inc],
    [[() => exports.SearchResourcesCriteriaBlock$, { [_jN]: _exc }], [() => exports.SearchResourcesCriteriaBlock$, { [_jN]: _inc }]]
];
exports.SearchResourcesCriteria$ = [3, n0, _SRC,
    0,
    [_sCim, _tC],
    [[() => exports.SearchResourcesSimpleCriterion$, { [_jN]: _sCim }], [() => exports.SearchResourcesTagCriterion$, { [_jN]: _tC }]]
];
exports.SearchResourcesCriteriaBlock$ = [3, n0, _SRCB,
    0,
    [_an],
    [[() => __listOfSearchResourcesCriteria, { [_jN]: _an }]]
];
exports.SearchResourcesRequest$ = [3, n0, _SRR,
    0,
    [_bCu, _mR, _nT, _sCo],
    [[() => exports.SearchResourcesBucketCriteria$, { [_jN]: _bCu }], [1, { [_jN]: _mR }], [0, { [_jN]: _nT }], [() => exports.SearchResourcesSortCriteria$, { [_jN]: _sCo }]]
];
exports.SearchResourcesResponse$ = [3, n0, _SRRe,
    0,
    [_mRa, _nT],
    [[() => __listOfMatchingResource, { [_jN]: _mRa }], [0, { [_jN]: _nT }]]
];
exports.SearchResourcesSimpleCriterion$ = [3, n0, _SRSC,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
exports.SearchResourcesSortCriteria$ = [3, n0, _SRSCe,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
exports.SearchResourcesTagCriterion$ = [3, n0, _SRTC,
    0,
    [_com, _tV],
    [[0, { [_jN]: _com }], [() => __listOfSearchResourcesTagCriterionPair, { [_jN]: _tV }]]
];
exports.SearchResourcesTagCriterionPair$ = [3, n0, _SRTCP,
    0,
    [_ke, _va],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
];
exports.SecurityHubConfiguration$ = [3, n0, _SHC,
    0,
    [_pCF, _pPF],
    [[2, { [_jN]: _pCF }], [2, { [_jN]: _pPF }]], 2
];
exports.SensitiveDataItem$ = [3, n0, _SDI,
    0,
    [_ca, _det, _tCo],
    [[0, { [_jN]: _ca }], [() => DefaultDetections, { [_jN]: _det }], [1, { [_jN]: _tCo }]]
];
exports.SensitivityAggregations$ = [3, n0, _SA,
    0,
    [_cSIB, _pAC, _tCo, _tSIB],
    [[1, { [_jN]: _cSIB }], [1, { [_jN]: _pAC }], [1, { [_jN]: _tCo }], [1, { [_jN]: _tSIB }]]
];
exports.SensitivityInspectionTemplateExcludes$ = [3, n0, _SITE,
    0,
    [_mDII],
    [[64 | 0, { [_jN]: _mDII }]]
];
exports.SensitivityInspectionTemplateIncludes$ = [3, n0, _SITI,
    0,
    [_aLI, _cDII, _mDII],
    [[64 | 0, { [_jN]: _aLI }], [64 | 0, { [_jN]: _cDII }], [64 | 0, { [_jN]: _mDII }]]
];
exports.SensitivityInspectionTemplatesEntry$ = [3, n0, _SITEe,
    0,
    [_i, _n],
    [[0, { [_jN]: _i }], [0, { [_jN]: _n }]]
];
exports.ServerSideEncryption$ = [3, n0, _SSE,
    0,
    [_eTn, _kMKI],
    [[0, { [_jN]: _eTn }], [0, { [_jN]: _kMKI }]]
];
exports.ServiceLimit$ = [3, n0, _SL,
    0,
    [_iSL, _uni, _va],
    [[2, { [_jN]: _iSL }], [0, { [_jN]: _uni }], [1, { [_jN]: _va }]]
];
exports.SessionContext$ = [3, n0, _SC,
    0,
    [_at, _sI],
    [[() => exports.SessionContextAttributes$, { [_jN]: _at }], [() => exports.SessionIssuer$, { [_jN]: _sI }]]
];
exports.SessionContextAttributes$ = [3, n0, _SCA,
    0,
    [_cDr, _mAf],
    [[5, { [_jN]: _cDr }], [2, { [_jN]: _mAf }]]
];
exports.SessionIssuer$ = [3, n0, _SI,
    0,
    [_aI, _a, _pI, _ty, _uN],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }], [0, { [_jN]: _ty }], [0, { [_jN]: _uN }]]
];
exports.Severity$ = [3, n0, _Se,
    0,
    [_d, _sco],
    [[0, { [_jN]: _d }], [1, { [_jN]: _sco }]]
];
exports.SeverityLevel$ = [3, n0, _SLe,
    0,
    [_oTc, _sev],
    [[1, { [_jN]: _oTc }], [0, { [_jN]: _sev }]], 2
];
exports.SimpleCriterionForJob$ = [3, n0, _SCFJ,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
exports.SimpleScopeTerm$ = [3, n0, _SST,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
exports.SortCriteria$ = [3, n0, _SCo,
    0,
    [_aN, _oB],
    [[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
exports.Statistics$ = [3, n0, _St,
    0,
    [_aNOOTP, _nOR],
    [[1, { [_jN]: _aNOOTP }], [1, { [_jN]: _nOR }]]
];
exports.SuppressDataIdentifier$ = [3, n0, _SDIu,
    0,
    [_i, _ty],
    [[0, { [_jN]: _i }], [0, { [_jN]: _ty }]]
];
exports.TagCriterionForJob$ = [3, n0, _TCFJ,
    0,
    [_com, _tV],
    [[0, { [_jN]: _com }], [() => __listOfTagCriterionPairForJob, { [_jN]: _tV }]]
];
exports.TagCriterionPairForJob$ = [3, n0, _TCPFJ,
    0,
    [_ke, _va],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
];
exports.TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_rAe, _t],
    [[0, 1], [128 | 0, { [_jN]: _t }]], 2
];
exports.TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
exports.TagScopeTerm$ = [3, n0, _TST,
    0,
    [_com, _ke, _tV, _ta],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [() => __listOfTagValuePair, { [_jN]: _tV }], [0, { [_jN]: _ta }]]
];
exports.TagValuePair$ = [3, n0, _TVP,
    0,
    [_ke, _va],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _va }]]
];
exports.TestCustomDataIdentifierRequest$ = [3, n0, _TCDIR,
    0,
    [_r, _sT, _iW, _k, _mMD],
    [[0, { [_jN]: _r }], [0, { [_jN]: _sT }], [64 | 0, { [_jN]: _iW }], [64 | 0, { [_jN]: _k }], [1, { [_jN]: _mMD }]], 2
];
exports.TestCustomDataIdentifierResponse$ = [3, n0, _TCDIRe,
    0,
    [_mC],
    [[1, { [_jN]: _mC }]]
];
exports.UnprocessedAccount$ = [3, n0, _UA,
    0,
    [_aI, _eC, _eM],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _eC }], [0, { [_jN]: _eM }]]
];
exports.UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rAe, _tK],
    [[0, 1], [64 | 0, { [_hQ]: _tK }]], 2
];
exports.UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
exports.UpdateAllowListRequest$ = [3, n0, _UALR,
    0,
    [_cr, _i, _n, _d],
    [[() => exports.AllowListCriteria$, { [_jN]: _cr }], [0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _d }]], 3
];
exports.UpdateAllowListResponse$ = [3, n0, _UALRp,
    0,
    [_a, _i],
    [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
];
exports.UpdateAutomatedDiscoveryConfigurationRequest$ = [3, n0, _UADCR,
    0,
    [_st, _aEOM],
    [[0, { [_jN]: _st }], [0, { [_jN]: _aEOM }]], 1
];
exports.UpdateAutomatedDiscoveryConfigurationResponse$ = [3, n0, _UADCRp,
    0,
    [],
    []
];
exports.UpdateClassificationJobRequest$ = [3, n0, _UCJR,
    0,
    [_jI, _jS],
    [[0, 1], [0, { [_jN]: _jS }]], 2
];
exports.UpdateClassificationJobResponse$ = [3, n0, _UCJRp,
    0,
    [],
    []
];
exports.UpdateClassificationScopeRequest$ = [3, n0, _UCSR,
    0,
    [_i, _s_],
    [[0, 1], [() => exports.S3ClassificationScopeUpdate$, { [_jN]: _s_ }]], 1
];
exports.UpdateClassificationScopeResponse$ = [3, n0, _UCSRp,
    0,
    [],
    []
];
exports.UpdateFindingsFilterRequest$ = [3, n0, _UFFR,
    0,
    [_i, _act, _cT, _d, _fC, _n, _po],
    [[0, 1], [0, { [_jN]: _act }], [0, { [_iT]: 1, [_jN]: _cT }], [0, { [_jN]: _d }], [() => exports.FindingCriteria$, { [_jN]: _fC }], [0, { [_jN]: _n }], [1, { [_jN]: _po }]], 1
];
exports.UpdateFindingsFilterResponse$ = [3, n0, _UFFRp,
    0,
    [_a, _i],
    [[0, { [_jN]: _a }], [0, { [_jN]: _i }]]
];
exports.UpdateMacieSessionRequest$ = [3, n0, _UMSR,
    0,
    [_fPF, _st],
    [[0, { [_jN]: _fPF }], [0, { [_jN]: _st }]]
];
exports.UpdateMacieSessionResponse$ = [3, n0, _UMSRp,
    0,
    [],
    []
];
exports.UpdateMemberSessionRequest$ = [3, n0, _UMSRpd,
    0,
    [_i, _st],
    [[0, 1], [0, { [_jN]: _st }]], 2
];
exports.UpdateMemberSessionResponse$ = [3, n0, _UMSRpda,
    0,
    [],
    []
];
exports.UpdateOrganizationConfigurationRequest$ = [3, n0, _UOCR,
    0,
    [_aE],
    [[2, { [_jN]: _aE }]], 1
];
exports.UpdateOrganizationConfigurationResponse$ = [3, n0, _UOCRp,
    0,
    [],
    []
];
exports.UpdateResourceProfileDetectionsRequest$ = [3, n0, _URPDR,
    0,
    [_rAe, _sDI],
    [[0, { [_hQ]: _rAe }], [() => __listOfSuppressDataIdentifier, { [_jN]: _sDI }]], 1
];
exports.UpdateResourceProfileDetectionsResponse$ = [3, n0, _URPDRp,
    0,
    [],
    []
];
exports.UpdateResourceProfileRequest$ = [3, n0, _URPR,
    0,
    [_rAe, _sSOe],
    [[0, { [_hQ]: _rAe }], [1, { [_jN]: _sSOe }]], 1
];
exports.UpdateResourceProfileResponse$ = [3, n0, _URPRp,
    0,
    [],
    []
];
exports.UpdateRetrievalConfiguration$ = [3, n0, _URC,
    0,
    [_rM, _rN],
    [[0, { [_jN]: _rM }], [0, { [_jN]: _rN }]], 1
];
exports.UpdateRevealConfigurationRequest$ = [3, n0, _URCR,
    0,
    [_con, _rC],
    [[() => exports.RevealConfiguration$, { [_jN]: _con }], [() => exports.UpdateRetrievalConfiguration$, { [_jN]: _rC }]], 1
];
exports.UpdateRevealConfigurationResponse$ = [3, n0, _URCRp,
    0,
    [_con, _rC],
    [[() => exports.RevealConfiguration$, { [_jN]: _con }], [() => exports.RetrievalConfiguration$, { [_jN]: _rC }]]
];
exports.UpdateSensitivityInspectionTemplateRequest$ = [3, n0, _USITR,
    0,
    [_i, _d, _exc, _inc],
    [[0, 1], [0, { [_jN]: _d }], [() => exports.SensitivityInspectionTemplateExcludes$, { [_jN]: _exc }], [() => exports.SensitivityInspectionTemplateIncludes$, { [_jN]: _inc }]], 1
];
exports.UpdateSensitivityInspectionTemplateResponse$ = [3, n0, _USITRp,
    0,
    [],
    []
];
exports.UsageByAccount$ = [3, n0, _UBA,
    0,
    [_cu, _eCs, _sLe, _ty],
    [[0, { [_jN]: _cu }], [0, { [_jN]: _eCs }], [() => exports.ServiceLimit$, { [_jN]: _sLe }], [0, { [_jN]: _ty }]]
];
exports.UsageRecord$ = [3, n0, _UR,
    0,
    [_aI, _aDFTSD, _fTSD, _us],
    [[0, { [_jN]: _aI }], [5, { [_jN]: _aDFTSD }], [5, { [_jN]: _fTSD }], [() => __listOfUsageByAccount, { [_jN]: _us }]]
];
exports.UsageStatisticsFilter$ = [3, n0, _USF,
    0,
    [_com, _ke, _val],
    [[0, { [_jN]: _com }], [0, { [_jN]: _ke }], [64 | 0, { [_jN]: _val }]]
];
exports.UsageStatisticsSortBy$ = [3, n0, _USSB,
    0,
    [_ke, _oB],
    [[0, { [_jN]: _ke }], [0, { [_jN]: _oB }]]
];
exports.UsageTotal$ = [3, n0, _UT,
    0,
    [_cu, _eCs, _ty],
    [[0, { [_jN]: _cu }], [0, { [_jN]: _eCs }], [0, { [_jN]: _ty }]]
];
exports.UserIdentity$ = [3, n0, _UI,
    0,
    [_aR, _aAw, _aS, _fU, _iU, _roo, _ty],
    [[() => exports.AssumedRole$, { [_jN]: _aR }], [() => exports.AwsAccount$, { [_jN]: _aAw }], [() => exports.AwsService$, { [_jN]: _aS }], [() => exports.FederatedUser$, { [_jN]: _fU }], [() => exports.IamUser$, { [_jN]: _iU }], [() => exports.UserIdentityRoot$, { [_jN]: _roo }], [0, { [_jN]: _ty }]]
];
exports.UserIdentityRoot$ = [3, n0, _UIR,
    0,
    [_aI, _a, _pI],
    [[0, { [_jN]: _aI }], [0, { [_jN]: _a }], [0, { [_jN]: _pI }]]
];
exports.UserPausedDetails$ = [3, n0, _UPD,
    0,
    [_jEA, _jIEHEA, _jPA],
    [[5, { [_jN]: _jEA }], [0, { [_jN]: _jIEHEA }], [5, { [_jN]: _jPA }]]
];
exports.WeeklySchedule$ = [3, n0, _WS,
    0,
    [_dOW],
    [[0, { [_jN]: _dOW }]]
];
var __listOf__string = (/* unused pure expression or super */ null && (0));
var __listOfAdminAccount = [1, n0, _lOAA,
    0, [() => exports.AdminAccount$,
        0]
];
var __listOfAllowListSummary = [1, n0, _lOALS,
    0, [() => exports.AllowListSummary$,
        0]
];
var __listOfAutomatedDiscoveryAccount = [1, n0, _lOADA,
    0, [() => exports.AutomatedDiscoveryAccount$,
        0]
];
var __listOfAutomatedDiscoveryAccountUpdate = [1, n0, _lOADAU,
    0, [() => exports.AutomatedDiscoveryAccountUpdate$,
        0]
];
var __listOfAutomatedDiscoveryAccountUpdateError = [1, n0, _lOADAUE,
    0, [() => exports.AutomatedDiscoveryAccountUpdateError$,
        0]
];
var __listOfBatchGetCustomDataIdentifierSummary = [1, n0, _lOBGCDIS,
    0, [() => exports.BatchGetCustomDataIdentifierSummary$,
        0]
];
var __listOfBucketMetadata = [1, n0, _lOBM,
    0, [() => exports.BucketMetadata$,
        0]
];
var __listOfClassificationScopeSummary = [1, n0, _lOCSS,
    0, [() => exports.ClassificationScopeSummary$,
        0]
];
var __listOfCriteriaForJob = [1, n0, _lOCFJ,
    0, [() => exports.CriteriaForJob$,
        0]
];
var __listOfCustomDataIdentifierSummary = [1, n0, _lOCDIS,
    0, [() => exports.CustomDataIdentifierSummary$,
        0]
];
var __listOfDetectedDataDetails = [1, n0, _lODDD,
    0, [() => exports.DetectedDataDetails$,
        0]
];
var __listOfDetection = [1, n0, _lOD,
    0, [() => exports.Detection$,
        0]
];
var __listOfFinding = [1, n0, _lOF,
    0, [() => exports.Finding$,
        0]
];
var __listOfFindingsFilterListItem = [1, n0, _lOFFLI,
    0, [() => exports.FindingsFilterListItem$,
        0]
];
var __listOfFindingType = (/* unused pure expression or super */ null && (0));
var __listOfGroupCount = [1, n0, _lOGC,
    0, [() => exports.GroupCount$,
        0]
];
var __listOfInvitation = [1, n0, _lOI,
    0, [() => exports.Invitation$,
        0]
];
var __listOfJobScopeTerm = [1, n0, _lOJST,
    0, [() => exports.JobScopeTerm$,
        0]
];
var __listOfJobSummary = [1, n0, _lOJS,
    0, [() => exports.JobSummary$,
        0]
];
var __listOfKeyValuePair = [1, n0, _lOKVP,
    0, [() => exports.KeyValuePair$,
        0]
];
var __listOfListJobsFilterTerm = [1, n0, _lOLJFT,
    0, [() => exports.ListJobsFilterTerm$,
        0]
];
var __listOfManagedDataIdentifierSummary = [1, n0, _lOMDIS,
    0, [() => exports.ManagedDataIdentifierSummary$,
        0]
];
var __listOfMatchingResource = [1, n0, _lOMR,
    0, [() => exports.MatchingResource$,
        0]
];
var __listOfMember = [1, n0, _lOM,
    0, [() => exports.Member$,
        0]
];
var __listOfResourceProfileArtifact = [1, n0, _lORPA,
    0, [() => exports.ResourceProfileArtifact$,
        0]
];
var __listOfS3BucketDefinitionForJob = [1, n0, _lOSBDFJ,
    0, [() => exports.S3BucketDefinitionForJob$,
        0]
];
var __listOfS3BucketName = (/* unused pure expression or super */ null && (0));
var __listOfSearchResourcesCriteria = [1, n0, _lOSRC,
    0, [() => exports.SearchResourcesCriteria$,
        0]
];
var __listOfSearchResourcesTagCriterionPair = [1, n0, _lOSRTCP,
    0, [() => exports.SearchResourcesTagCriterionPair$,
        0]
];
var __listOfSensitivityInspectionTemplatesEntry = [1, n0, _lOSITE,
    0, [() => exports.SensitivityInspectionTemplatesEntry$,
        0]
];
var __listOfSuppressDataIdentifier = [1, n0, _lOSDI,
    0, [() => exports.SuppressDataIdentifier$,
        0]
];
var __listOfTagCriterionPairForJob = [1, n0, _lOTCPFJ,
    0, [() => exports.TagCriterionPairForJob$,
        0]
];
var __listOfTagValuePair = [1, n0, _lOTVP,
    0, [() => exports.TagValuePair$,
        0]
];
var __listOfUnavailabilityReasonCode = (/* unused pure expression or super */ null && (0));
var __listOfUnprocessedAccount = [1, n0, _lOUA,
    0, [() => exports.UnprocessedAccount$,
        0]
];
var __listOfUsageByAccount = [1, n0, _lOUBA,
    0, [() => exports.UsageByAccount$,
        0]
];
var __listOfUsageRecord = [1, n0, _lOUR,
    0, [() => exports.UsageRecord$,
        0]
];
var __listOfUsageStatisticsFilter = [1, n0, _lOUSF,
    0, [() => exports.UsageStatisticsFilter$,
        0]
];
var __listOfUsageTotal = [1, n0, _lOUT,
    0, [() => exports.UsageTotal$,
        0]
];
var Cells = [1, n0, _Ce,
    0, [() => exports.Cell$,
        0]
];
var CustomDetections = [1, n0, _CDus,
    0, [() => exports.CustomDetection$,
        0]
];
var DefaultDetections = [1, n0, _DDe,
    0, [() => exports.DefaultDetection$,
        0]
];
var KeyValuePairList = [1, n0, _KVPL,
    0, [() => exports.KeyValuePair$,
        0]
];
var Pages = [1, n0, _Pa,
    0, [() => exports.Page$,
        0]
];
var Ranges = [1, n0, _Ra,
    0, [() => exports.Range$,
        0]
];
var Records = [1, n0, _Rec,
    0, [() => exports._Record$,
        0]
];
var SensitiveData = [1, n0, _SDe,
    0, [() => exports.SensitiveDataItem$,
        0]
];
var SeverityLevelList = [1, n0, _SLL,
    0, [() => exports.SeverityLevel$,
        0]
];
var BucketCriteria = [2, n0, _BC,
    0, [0,
        0],
    [() => exports.BucketCriteriaAdditionalProperties$,
        0]
];
var Criterion = [2, n0, _Cr,
    0, [0,
        0],
    [() => exports.CriterionAdditionalProperties$,
        0]
];
var SensitiveDataOccurrences = [2, n0, _SDO,
    0, [0,
        0],
    [() => __listOfDetectedDataDetails,
        0]
];
var TagMap = (/* unused pure expression or super */ null && (0));
exports.AcceptInvitation$ = [9, n0, _AI,
    { [_h]: ["POST", "/invitations/accept", 200] }, () => exports.AcceptInvitationRequest$, () => exports.AcceptInvitationResponse$
];
exports.BatchGetCustomDataIdentifiers$ = [9, n0, _BGCDI,
    { [_h]: ["POST", "/custom-data-identifiers/get", 200] }, () => exports.BatchGetCustomDataIdentifiersRequest$, () => exports.BatchGetCustomDataIdentifiersResponse$
];
exports.BatchUpdateAutomatedDiscoveryAccounts$ = [9, n0, _BUADA,
    { [_h]: ["PATCH", "/automated-discovery/accounts", 200] }, () => exports.BatchUpdateAutomatedDiscoveryAccountsRequest$, () => exports.BatchUpdateAutomatedDiscoveryAccountsResponse$
];
exports.CreateAllowList$ = [9, n0, _CAL,
    { [_h]: ["POST", "/allow-lists", 200] }, () => exports.CreateAllowListRequest$, () => exports.CreateAllowListResponse$
];
exports.CreateClassificationJob$ = [9, n0, _CCJ,
    { [_h]: ["POST", "/jobs", 200] }, () => exports.CreateClassificationJobRequest$, () => exports.CreateClassificationJobResponse$
];
exports.CreateCustomDataIdentifier$ = [9, n0, _CCDI,
    { [_h]: ["POST", "/custom-data-identifiers", 200] }, () => exports.CreateCustomDataIdentifierRequest$, () => exports.CreateCustomDataIdentifierResponse$
];
exports.CreateFindingsFilter$ = [9, n0, _CFF,
    { [_h]: ["POST", "/findingsfilters", 200] }, () => exports.CreateFindingsFilterRequest$, () => exports.CreateFindingsFilterResponse$
];
exports.CreateInvitations$ = [9, n0, _CI,
    { [_h]: ["POST", "/invitations", 200] }, () => exports.CreateInvitationsRequest$, () => exports.CreateInvitationsResponse$
];
exports.CreateMember$ = [9, n0, _CM,
    { [_h]: ["POST", "/members", 200] }, () => exports.CreateMemberRequest$, () => exports.CreateMemberResponse$
];
exports.CreateSampleFindings$ = [9, n0, _CSF,
    { [_h]: ["POST", "/findings/sample", 200] }, () => exports.CreateSampleFindingsRequest$, () => exports.CreateSampleFindingsResponse$
];
exports.DeclineInvitations$ = [9, n0, _DI,
    { [_h]: ["POST", "/invitations/decline", 200] }, () => exports.DeclineInvitationsRequest$, () => exports.DeclineInvitationsResponse$
];
exports.DeleteAllowList$ = [9, n0, _DAL,
    { [_h]: ["DELETE", "/allow-lists/{id}", 200] }, () => exports.DeleteAllowListRequest$, () => exports.DeleteAllowListResponse$
];
exports.DeleteCustomDataIdentifier$ = [9, n0, _DCDI,
    { [_h]: ["DELETE", "/custom-data-identifiers/{id}", 200] }, () => exports.DeleteCustomDataIdentifierRequest$, () => exports.DeleteCustomDataIdentifierResponse$
];
exports.DeleteFindingsFilter$ = [9, n0, _DFF,
    { [_h]: ["DELETE", "/findingsfilters/{id}", 200] }, () => exports.DeleteFindingsFilterRequest$, () => exports.DeleteFindingsFilterResponse$
];
exports.DeleteInvitations$ = [9, n0, _DIe,
    { [_h]: ["POST", "/invitations/delete", 200] }, () => exports.DeleteInvitationsRequest$, () => exports.DeleteInvitationsResponse$
];
exports.DeleteMember$ = [9, n0, _DM,
    { [_h]: ["DELETE", "/members/{id}", 200] }, () => exports.DeleteMemberRequest$, () => exports.DeleteMemberResponse$
];
exports.DescribeBuckets$ = [9, n0, _DB,
    { [_h]: ["POST", "/datasources/s3", 200] }, () => exports.DescribeBucketsRequest$, () => exports.DescribeBucketsResponse$
];
exports.DescribeClassificationJob$ = [9, n0, _DCJ,
    { [_h]: ["GET", "/jobs/{jobId}", 200] }, () => exports.DescribeClassificationJobRequest$, () => exports.DescribeClassificationJobResponse$
];
exports.DescribeOrganizationConfiguration$ = [9, n0, _DOC,
    { [_h]: ["GET", "/admin/configuration", 200] }, () => exports.DescribeOrganizationConfigurationRequest$, () => exports.DescribeOrganizationConfigurationResponse$
];
exports.DisableMacie$ = [9, n0, _DMi,
    { [_h]: ["DELETE", "/macie", 200] }, () => exports.DisableMacieRequest$, () => exports.DisableMacieResponse$
];
exports.DisableOrganizationAdminAccount$ = [9, n0, _DOAA,
    { [_h]: ["DELETE", "/admin", 200] }, () => exports.DisableOrganizationAdminAccountRequest$, () => exports.DisableOrganizationAdminAccountResponse$
];
exports.DisassociateFromAdministratorAccount$ = [9, n0, _DFAA,
    { [_h]: ["POST", "/administrator/disassociate", 200] }, () => exports.DisassociateFromAdministratorAccountRequest$, () => exports.DisassociateFromAdministratorAccountResponse$
];
exports.DisassociateFromMasterAccount$ = [9, n0, _DFMA,
    { [_h]: ["POST", "/master/disassociate", 200] }, () => exports.DisassociateFromMasterAccountRequest$, () => exports.DisassociateFromMasterAccountResponse$
];
exports.DisassociateMember$ = [9, n0, _DMis,
    { [_h]: ["POST", "/members/disassociate/{id}", 200] }, () => exports.DisassociateMemberRequest$, () => exports.DisassociateMemberResponse$
];
exports.EnableMacie$ = [9, n0, _EM,
    { [_h]: ["POST", "/macie", 200] }, () => exports.EnableMacieRequest$, () => exports.EnableMacieResponse$
];
exports.EnableOrganizationAdminAccount$ = [9, n0, _EOAA,
    { [_h]: ["POST", "/admin", 200] }, () => exports.EnableOrganizationAdminAccountRequest$, () => exports.EnableOrganizationAdminAccountResponse$
];
exports.GetAdministratorAccount$ = [9, n0, _GAA,
    { [_h]: ["GET", "/administrator", 200] }, () => exports.GetAdministratorAccountRequest$, () => exports.GetAdministratorAccountResponse$
];
exports.GetAllowList$ = [9, n0, _GAL,
    { [_h]: ["GET", "/allow-lists/{id}", 200] }, () => exports.GetAllowListRequest$, () => exports.GetAllowListResponse$
];
exports.GetAutomatedDiscoveryConfiguration$ = [9, n0, _GADC,
    { [_h]: ["GET", "/automated-discovery/configuration", 200] }, () => exports.GetAutomatedDiscoveryConfigurationRequest$, () => exports.GetAutomatedDiscoveryConfigurationResponse$
];
exports.GetBucketStatistics$ = [9, n0, _GBS,
    { [_h]: ["POST", "/datasources/s3/statistics", 200] }, () => exports.GetBucketStatisticsRequest$, () => exports.GetBucketStatisticsResponse$
];
exports.GetClassificationExportConfiguration$ = [9, n0, _GCEC,
    { [_h]: ["GET", "/classification-export-configuration", 200] }, () => exports.GetClassificationExportConfigurationRequest$, () => exports.GetClassificationExportConfigurationResponse$
];
exports.GetClassificationScope$ = [9, n0, _GCS,
    { [_h]: ["GET", "/classification-scopes/{id}", 200] }, () => exports.GetClassificationScopeRequest$, () => exports.GetClassificationScopeResponse$
];
exports.GetCustomDataIdentifier$ = [9, n0, _GCDI,
    { [_h]: ["GET", "/custom-data-identifiers/{id}", 200] }, () => exports.GetCustomDataIdentifierRequest$, () => exports.GetCustomDataIdentifierResponse$
];
exports.GetFindings$ = [9, n0, _GF,
    { [_h]: ["POST", "/findings/describe", 200] }, () => exports.GetFindingsRequest$, () => exports.GetFindingsResponse$
];
exports.GetFindingsFilter$ = [9, n0, _GFF,
    { [_h]: ["GET", "/findingsfilters/{id}", 200] }, () => exports.GetFindingsFilterRequest$, () => exports.GetFindingsFilterResponse$
];
exports.GetFindingsPublicationConfiguration$ = [9, n0, _GFPC,
    { [_h]: ["GET", "/findings-publication-configuration", 200] }, () => exports.GetFindingsPublicationConfigurationRequest$, () => exports.GetFindingsPublicationConfigurationResponse$
];
exports.GetFindingStatistics$ = [9, n0, _GFS,
    { [_h]: ["POST", "/findings/statistics", 200] }, () => exports.GetFindingStatisticsRequest$, () => exports.GetFindingStatisticsResponse$
];
exports.GetInvitationsCount$ = [9, n0, _GIC,
    { [_h]: ["GET", "/invitations/count", 200] }, () => exports.GetInvitationsCountRequest$, () => exports.GetInvitationsCountResponse$
];
exports.GetMacieSession$ = [9, n0, _GMS,
    { [_h]: ["GET", "/macie", 200] }, () => exports.GetMacieSessionRequest$, () => exports.GetMacieSessionResponse$
];
exports.GetMasterAccount$ = [9, n0, _GMA,
    { [_h]: ["GET", "/master", 200] }, () => exports.GetMasterAccountRequest$, () => exports.GetMasterAccountResponse$
];
exports.GetMember$ = [9, n0, _GM,
    { [_h]: ["GET", "/members/{id}", 200] }, () => exports.GetMemberRequest$, () => exports.GetMemberResponse$
];
exports.GetResourceProfile$ = [9, n0, _GRP,
    { [_h]: ["GET", "/resource-profiles", 200] }, () => exports.GetResourceProfileRequest$, () => exports.GetResourceProfileResponse$
];
exports.GetRevealConfiguration$ = [9, n0, _GRC,
    { [_h]: ["GET", "/reveal-configuration", 200] }, () => exports.GetRevealConfigurationRequest$, () => exports.GetRevealConfigurationResponse$
];
exports.GetSensitiveDataOccurrences$ = [9, n0, _GSDO,
    { [_h]: ["GET", "/findings/{findingId}/reveal", 200] }, () => exports.GetSensitiveDataOccurrencesRequest$, () => exports.GetSensitiveDataOccurrencesResponse$
];
exports.GetSensitiveDataOccurrencesAvailability$ = [9, n0, _GSDOA,
    { [_h]: ["GET", "/findings/{findingId}/reveal/availability", 200] }, () => exports.GetSensitiveDataOccurrencesAvailabilityRequest$, () => exports.GetSensitiveDataOccurrencesAvailabilityResponse$
];
exports.GetSensitivityInspectionTemplate$ = [9, n0, _GSIT,
    { [_h]: ["GET", "/templates/sensitivity-inspections/{id}", 200] }, () => exports.GetSensitivityInspectionTemplateRequest$, () => exports.GetSensitivityInspectionTemplateResponse$
];
exports.GetUsageStatistics$ = [9, n0, _GUS,
    { [_h]: ["POST", "/usage/statistics", 200] }, () => exports.GetUsageStatisticsRequest$, () => exports.GetUsageStatisticsResponse$
];
exports.GetUsageTotals$ = [9, n0, _GUT,
    { [_h]: ["GET", "/usage", 200] }, () => exports.GetUsageTotalsRequest$, () => exports.GetUsageTotalsResponse$
];
exports.ListAllowLists$ = [9, n0, _LAL,
    { [_h]: ["GET", "/allow-lists", 200] }, () => exports.ListAllowListsRequest$, () => exports.ListAllowListsResponse$
];
exports.ListAutomatedDiscoveryAccounts$ = [9, n0, _LADA,
    { [_h]: ["GET", "/automated-discovery/accounts", 200] }, () => exports.ListAutomatedDiscoveryAccountsRequest$, () => exports.ListAutomatedDiscoveryAccountsResponse$
];
exports.ListClassificationJobs$ = [9, n0, _LCJ,
    { [_h]: ["POST", "/jobs/list", 200] }, () => exports.ListClassificationJobsRequest$, () => exports.ListClassificationJobsResponse$
];
exports.ListClassificationScopes$ = [9, n0, _LCS,
    { [_h]: ["GET", "/classification-scopes", 200] }, () => exports.ListClassificationScopesRequest$, () => exports.ListClassificationScopesResponse$
];
exports.ListCustomDataIdentifiers$ = [9, n0, _LCDI,
    { [_h]: ["POST", "/custom-data-identifiers/list", 200] }, () => exports.ListCustomDataIdentifiersRequest$, () => exports.ListCustomDataIdentifiersResponse$
];
exports.ListFindings$ = [9, n0, _LF,
    { [_h]: ["POST", "/findings", 200] }, () => exports.ListFindingsRequest$, () => exports.ListFindingsResponse$
];
exports.ListFindingsFilters$ = [9, n0, _LFF,
    { [_h]: ["GET", "/findingsfilters", 200] }, () => exports.ListFindingsFiltersRequest$, () => exports.ListFindingsFiltersResponse$
];
exports.ListInvitations$ = [9, n0, _LI,
    { [_h]: ["GET", "/invitations", 200] }, () => exports.ListInvitationsRequest$, () => exports.ListInvitationsResponse$
];
exports.ListManagedDataIdentifiers$ = [9, n0, _LMDI,
    { [_h]: ["POST", "/managed-data-identifiers/list", 200] }, () => exports.ListManagedDataIdentifiersRequest$, () => exports.ListManagedDataIdentifiersResponse$
];
exports.ListMembers$ = [9, n0, _LM,
    { [_h]: ["GET", "/members", 200] }, () => exports.ListMembersRequest$, () => exports.ListMembersResponse$
];
exports.ListOrganizationAdminAccounts$ = [9, n0, _LOAA,
    { [_h]: ["GET", "/admin", 200] }, () => exports.ListOrganizationAdminAccountsRequest$, () => exports.ListOrganizationAdminAccountsResponse$
];
exports.ListResourceProfileArtifacts$ = [9, n0, _LRPA,
    { [_h]: ["GET", "/resource-profiles/artifacts", 200] }, () => exports.ListResourceProfileArtifactsRequest$, () => exports.ListResourceProfileArtifactsResponse$
];
exports.ListResourceProfileDetections$ = [9, n0, _LRPD,
    { [_h]: ["GET", "/resource-profiles/detections", 200] }, () => exports.ListResourceProfileDetectionsRequest$, () => exports.ListResourceProfileDetectionsResponse$
];
exports.ListSensitivityInspectionTemplates$ = [9, n0, _LSIT,
    { [_h]: ["GET", "/templates/sensitivity-inspections", 200] }, () => exports.ListSensitivityInspectionTemplatesRequest$, () => exports.ListSensitivityInspectionTemplatesResponse$
];
exports.ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["GET", "/tags/{resourceArn}", 200] }, () => exports.ListTagsForResourceRequest$, () => exports.ListTagsForResourceResponse$
];
exports.PutClassificationExportConfiguration$ = [9, n0, _PCEC,
    { [_h]: ["PUT", "/classification-export-configuration", 200] }, () => exports.PutClassificationExportConfigurationRequest$, () => exports.PutClassificationExportConfigurationResponse$
];
exports.PutFindingsPublicationConfiguration$ = [9, n0, _PFPC,
    { [_h]: ["PUT", "/findings-publication-configuration", 200] }, () => exports.PutFindingsPublicationConfigurationRequest$, () => exports.PutFindingsPublicationConfigurationResponse$
];
exports.SearchResources$ = [9, n0, _SR,
    { [_h]: ["POST", "/datasources/search-resources", 200] }, () => exports.SearchResourcesRequest$, () => exports.SearchResourcesResponse$
];
exports.TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tags/{resourceArn}", 204] }, () => exports.TagResourceRequest$, () => exports.TagResourceResponse$
];
exports.TestCustomDataIdentifier$ = [9, n0, _TCDI,
    { [_h]: ["POST", "/custom-data-identifiers/test", 200] }, () => exports.TestCustomDataIdentifierRequest$, () => exports.TestCustomDataIdentifierResponse$
];
exports.UntagResource$ = [9, n0, _URn,
    { [_h]: ["DELETE", "/tags/{resourceArn}", 204] }, () => exports.UntagResourceRequest$, () => exports.UntagResourceResponse$
];
exports.UpdateAllowList$ = [9, n0, _UAL,
    { [_h]: ["PUT", "/allow-lists/{id}", 200] }, () => exports.UpdateAllowListRequest$, () => exports.UpdateAllowListResponse$
];
exports.UpdateAutomatedDiscoveryConfiguration$ = [9, n0, _UADC,
    { [_h]: ["PUT", "/automated-discovery/configuration", 200] }, () => exports.UpdateAutomatedDiscoveryConfigurationRequest$, () => exports.UpdateAutomatedDiscoveryConfigurationResponse$
];
exports.UpdateClassificationJob$ = [9, n0, _UCJ,
    { [_h]: ["PATCH", "/jobs/{jobId}", 200] }, () => exports.UpdateClassificationJobRequest$, () => exports.UpdateClassificationJobResponse$
];
exports.UpdateClassificationScope$ = [9, n0, _UCS,
    { [_h]: ["PATCH", "/classification-scopes/{id}", 200] }, () => exports.UpdateClassificationScopeRequest$, () => exports.UpdateClassificationScopeResponse$
];
exports.UpdateFindingsFilter$ = [9, n0, _UFF,
    { [_h]: ["PATCH", "/findingsfilters/{id}", 200] }, () => exports.UpdateFindingsFilterRequest$, () => exports.UpdateFindingsFilterResponse$
];
exports.UpdateMacieSession$ = [9, n0, _UMS,
    { [_h]: ["PATCH", "/macie", 200] }, () => exports.UpdateMacieSessionRequest$, () => exports.UpdateMacieSessionResponse$
];
exports.UpdateMemberSession$ = [9, n0, _UMSp,
    { [_h]: ["PATCH", "/macie/members/{id}", 200] }, () => exports.UpdateMemberSessionRequest$, () => exports.UpdateMemberSessionResponse$
];
exports.UpdateOrganizationConfiguration$ = [9, n0, _UOC,
    { [_h]: ["PATCH", "/admin/configuration", 200] }, () => exports.UpdateOrganizationConfigurationRequest$, () => exports.UpdateOrganizationConfigurationResponse$
];
exports.UpdateResourceProfile$ = [9, n0, _URP,
    { [_h]: ["PATCH", "/resource-profiles", 200] }, () => exports.UpdateResourceProfileRequest$, () => exports.UpdateResourceProfileResponse$
];
exports.UpdateResourceProfileDetections$ = [9, n0, _URPD,
    { [_h]: ["PATCH", "/resource-profiles/detections", 200] }, () => exports.UpdateResourceProfileDetectionsRequest$, () => exports.UpdateResourceProfileDetectionsResponse$
];
exports.UpdateRevealConfiguration$ = [9, n0, _URCp,
    { [_h]: ["PUT", "/reveal-configuration", 200] }, () => exports.UpdateRevealConfigurationRequest$, () => exports.UpdateRevealConfigurationResponse$
];
exports.UpdateSensitivityInspectionTemplate$ = [9, n0, _USIT,
    { [_h]: ["PUT", "/templates/sensitivity-inspections/{id}", 200] }, () => exports.UpdateSensitivityInspectionTemplateRequest$, () => exports.UpdateSensitivityInspectionTemplateResponse$
];


/***/ }),

/***/ 6398:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"@aws-sdk/client-macie2","description":"AWS SDK for JavaScript Macie2 Client for Node.js, Browser and React Native","version":"3.1048.0","scripts":{"build":"concurrently \'yarn:build:types\' \'yarn:build:es\' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline client-macie2","build:es":"tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service --solo macie2","test:index":"tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"},"main":"./dist-cjs/index.js","types":"./dist-types/index.d.ts","module":"./dist-es/index.js","sideEffects":false,"dependencies":{"@aws-crypto/sha256-browser":"5.2.0","@aws-crypto/sha256-js":"5.2.0","@aws-sdk/core":"^3.974.11","@aws-sdk/credential-provider-node":"^3.972.42","@aws-sdk/types":"^3.973.8","@smithy/core":"^3.24.2","@smithy/fetch-http-handler":"^5.4.2","@smithy/node-http-handler":"^4.7.2","@smithy/types":"^4.14.1","tslib":"^2.6.2"},"devDependencies":{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~5.8.3"},"engines":{"node":">=20.0.0"},"typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"files":["dist-*/**"],"author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/javascript/"},"license":"Apache-2.0","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-macie2","repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-macie2"}}');

/***/ })

};
