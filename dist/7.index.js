export const id = 7;
export const ids = [7];
export const modules = {

/***/ 7872:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpAuthSchemeConfig = exports.defaultRAMHttpAuthSchemeProvider = exports.defaultRAMHttpAuthSchemeParametersProvider = void 0;
const httpAuthSchemes_1 = __webpack_require__(7523);
const client_1 = __webpack_require__(2658);
const defaultRAMHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0, client_1.getSmithyContext)(context).operation,
        region: await (0, client_1.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
exports.defaultRAMHttpAuthSchemeParametersProvider = defaultRAMHttpAuthSchemeParametersProvider;
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
exports.defaultRAMHttpAuthSchemeProvider = defaultRAMHttpAuthSchemeProvider;
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0, httpAuthSchemes_1.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0, client_1.normalizeProvider)(config.authSchemePreference ?? []),
    });
};
exports.resolveHttpAuthSchemeConfig = resolveHttpAuthSchemeConfig;


/***/ }),

/***/ 9435:
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
exports.bdd = endpoints_1.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);


/***/ }),

/***/ 8326:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultEndpointResolver = void 0;
const client_1 = __webpack_require__(5152);
const endpoints_1 = __webpack_require__(2085);
const bdd_1 = __webpack_require__(9435);
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

/***/ 7007:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var client$1 = __webpack_require__(5152);
var core = __webpack_require__(402);
var client = __webpack_require__(2658);
var config = __webpack_require__(7291);
var endpoints = __webpack_require__(2085);
var protocols = __webpack_require__(3422);
var retry = __webpack_require__(3609);
var schema = __webpack_require__(6890);
var httpAuthSchemeProvider = __webpack_require__(7872);
var runtimeConfig = __webpack_require__(2881);
var schemas_0 = __webpack_require__(9611);
var errors = __webpack_require__(6215);
var RAMServiceException = __webpack_require__(7786);

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

class RAMClient extends client.Client {
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
            httpAuthSchemeParametersProvider: httpAuthSchemeProvider.defaultRAMHttpAuthSchemeParametersProvider,
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

class AcceptResourceShareInvitationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "AcceptResourceShareInvitation", {})
    .n("RAMClient", "AcceptResourceShareInvitationCommand")
    .sc(schemas_0.AcceptResourceShareInvitation$)
    .build() {
}

class AssociateResourceShareCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "AssociateResourceShare", {})
    .n("RAMClient", "AssociateResourceShareCommand")
    .sc(schemas_0.AssociateResourceShare$)
    .build() {
}

class AssociateResourceSharePermissionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "AssociateResourceSharePermission", {})
    .n("RAMClient", "AssociateResourceSharePermissionCommand")
    .sc(schemas_0.AssociateResourceSharePermission$)
    .build() {
}

class CreatePermissionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "CreatePermission", {})
    .n("RAMClient", "CreatePermissionCommand")
    .sc(schemas_0.CreatePermission$)
    .build() {
}

class CreatePermissionVersionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "CreatePermissionVersion", {})
    .n("RAMClient", "CreatePermissionVersionCommand")
    .sc(schemas_0.CreatePermissionVersion$)
    .build() {
}

class CreateResourceShareCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "CreateResourceShare", {})
    .n("RAMClient", "CreateResourceShareCommand")
    .sc(schemas_0.CreateResourceShare$)
    .build() {
}

class DeletePermissionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "DeletePermission", {})
    .n("RAMClient", "DeletePermissionCommand")
    .sc(schemas_0.DeletePermission$)
    .build() {
}

class DeletePermissionVersionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "DeletePermissionVersion", {})
    .n("RAMClient", "DeletePermissionVersionCommand")
    .sc(schemas_0.DeletePermissionVersion$)
    .build() {
}

class DeleteResourceShareCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "DeleteResourceShare", {})
    .n("RAMClient", "DeleteResourceShareCommand")
    .sc(schemas_0.DeleteResourceShare$)
    .build() {
}

class DisassociateResourceShareCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "DisassociateResourceShare", {})
    .n("RAMClient", "DisassociateResourceShareCommand")
    .sc(schemas_0.DisassociateResourceShare$)
    .build() {
}

class DisassociateResourceSharePermissionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "DisassociateResourceSharePermission", {})
    .n("RAMClient", "DisassociateResourceSharePermissionCommand")
    .sc(schemas_0.DisassociateResourceSharePermission$)
    .build() {
}

class EnableSharingWithAwsOrganizationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "EnableSharingWithAwsOrganization", {})
    .n("RAMClient", "EnableSharingWithAwsOrganizationCommand")
    .sc(schemas_0.EnableSharingWithAwsOrganization$)
    .build() {
}

class GetPermissionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "GetPermission", {})
    .n("RAMClient", "GetPermissionCommand")
    .sc(schemas_0.GetPermission$)
    .build() {
}

class GetResourcePoliciesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "GetResourcePolicies", {})
    .n("RAMClient", "GetResourcePoliciesCommand")
    .sc(schemas_0.GetResourcePolicies$)
    .build() {
}

class GetResourceShareAssociationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "GetResourceShareAssociations", {})
    .n("RAMClient", "GetResourceShareAssociationsCommand")
    .sc(schemas_0.GetResourceShareAssociations$)
    .build() {
}

class GetResourceShareInvitationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "GetResourceShareInvitations", {})
    .n("RAMClient", "GetResourceShareInvitationsCommand")
    .sc(schemas_0.GetResourceShareInvitations$)
    .build() {
}

class GetResourceSharesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "GetResourceShares", {})
    .n("RAMClient", "GetResourceSharesCommand")
    .sc(schemas_0.GetResourceShares$)
    .build() {
}

class ListPendingInvitationResourcesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListPendingInvitationResources", {})
    .n("RAMClient", "ListPendingInvitationResourcesCommand")
    .sc(schemas_0.ListPendingInvitationResources$)
    .build() {
}

class ListPermissionAssociationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListPermissionAssociations", {})
    .n("RAMClient", "ListPermissionAssociationsCommand")
    .sc(schemas_0.ListPermissionAssociations$)
    .build() {
}

class ListPermissionsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListPermissions", {})
    .n("RAMClient", "ListPermissionsCommand")
    .sc(schemas_0.ListPermissions$)
    .build() {
}

class ListPermissionVersionsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListPermissionVersions", {})
    .n("RAMClient", "ListPermissionVersionsCommand")
    .sc(schemas_0.ListPermissionVersions$)
    .build() {
}

class ListPrincipalsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListPrincipals", {})
    .n("RAMClient", "ListPrincipalsCommand")
    .sc(schemas_0.ListPrincipals$)
    .build() {
}

class ListReplacePermissionAssociationsWorkCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListReplacePermissionAssociationsWork", {})
    .n("RAMClient", "ListReplacePermissionAssociationsWorkCommand")
    .sc(schemas_0.ListReplacePermissionAssociationsWork$)
    .build() {
}

class ListResourcesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListResources", {})
    .n("RAMClient", "ListResourcesCommand")
    .sc(schemas_0.ListResources$)
    .build() {
}

class ListResourceSharePermissionsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListResourceSharePermissions", {})
    .n("RAMClient", "ListResourceSharePermissionsCommand")
    .sc(schemas_0.ListResourceSharePermissions$)
    .build() {
}

class ListResourceTypesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListResourceTypes", {})
    .n("RAMClient", "ListResourceTypesCommand")
    .sc(schemas_0.ListResourceTypes$)
    .build() {
}

class ListSourceAssociationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ListSourceAssociations", {})
    .n("RAMClient", "ListSourceAssociationsCommand")
    .sc(schemas_0.ListSourceAssociations$)
    .build() {
}

class PromotePermissionCreatedFromPolicyCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "PromotePermissionCreatedFromPolicy", {})
    .n("RAMClient", "PromotePermissionCreatedFromPolicyCommand")
    .sc(schemas_0.PromotePermissionCreatedFromPolicy$)
    .build() {
}

class PromoteResourceShareCreatedFromPolicyCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "PromoteResourceShareCreatedFromPolicy", {})
    .n("RAMClient", "PromoteResourceShareCreatedFromPolicyCommand")
    .sc(schemas_0.PromoteResourceShareCreatedFromPolicy$)
    .build() {
}

class RejectResourceShareInvitationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "RejectResourceShareInvitation", {})
    .n("RAMClient", "RejectResourceShareInvitationCommand")
    .sc(schemas_0.RejectResourceShareInvitation$)
    .build() {
}

class ReplacePermissionAssociationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "ReplacePermissionAssociations", {})
    .n("RAMClient", "ReplacePermissionAssociationsCommand")
    .sc(schemas_0.ReplacePermissionAssociations$)
    .build() {
}

class SetDefaultPermissionVersionCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "SetDefaultPermissionVersion", {})
    .n("RAMClient", "SetDefaultPermissionVersionCommand")
    .sc(schemas_0.SetDefaultPermissionVersion$)
    .build() {
}

class TagResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "TagResource", {})
    .n("RAMClient", "TagResourceCommand")
    .sc(schemas_0.TagResource$)
    .build() {
}

class UntagResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "UntagResource", {})
    .n("RAMClient", "UntagResourceCommand")
    .sc(schemas_0.UntagResource$)
    .build() {
}

class UpdateResourceShareCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AmazonResourceSharing", "UpdateResourceShare", {})
    .n("RAMClient", "UpdateResourceShareCommand")
    .sc(schemas_0.UpdateResourceShare$)
    .build() {
}

const paginateGetResourcePolicies = core.createPaginator(RAMClient, GetResourcePoliciesCommand, "nextToken", "nextToken", "maxResults");

const paginateGetResourceShareAssociations = core.createPaginator(RAMClient, GetResourceShareAssociationsCommand, "nextToken", "nextToken", "maxResults");

const paginateGetResourceShareInvitations = core.createPaginator(RAMClient, GetResourceShareInvitationsCommand, "nextToken", "nextToken", "maxResults");

const paginateGetResourceShares = core.createPaginator(RAMClient, GetResourceSharesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPendingInvitationResources = core.createPaginator(RAMClient, ListPendingInvitationResourcesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPermissionAssociations = core.createPaginator(RAMClient, ListPermissionAssociationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPermissions = core.createPaginator(RAMClient, ListPermissionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPermissionVersions = core.createPaginator(RAMClient, ListPermissionVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPrincipals = core.createPaginator(RAMClient, ListPrincipalsCommand, "nextToken", "nextToken", "maxResults");

const paginateListReplacePermissionAssociationsWork = core.createPaginator(RAMClient, ListReplacePermissionAssociationsWorkCommand, "nextToken", "nextToken", "maxResults");

const paginateListResourceSharePermissions = core.createPaginator(RAMClient, ListResourceSharePermissionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListResources = core.createPaginator(RAMClient, ListResourcesCommand, "nextToken", "nextToken", "maxResults");

const paginateListResourceTypes = core.createPaginator(RAMClient, ListResourceTypesCommand, "nextToken", "nextToken", "maxResults");

const paginateListSourceAssociations = core.createPaginator(RAMClient, ListSourceAssociationsCommand, "nextToken", "nextToken", "maxResults");

const commands = {
    AcceptResourceShareInvitationCommand,
    AssociateResourceShareCommand,
    AssociateResourceSharePermissionCommand,
    CreatePermissionCommand,
    CreatePermissionVersionCommand,
    CreateResourceShareCommand,
    DeletePermissionCommand,
    DeletePermissionVersionCommand,
    DeleteResourceShareCommand,
    DisassociateResourceShareCommand,
    DisassociateResourceSharePermissionCommand,
    EnableSharingWithAwsOrganizationCommand,
    GetPermissionCommand,
    GetResourcePoliciesCommand,
    GetResourceShareAssociationsCommand,
    GetResourceShareInvitationsCommand,
    GetResourceSharesCommand,
    ListPendingInvitationResourcesCommand,
    ListPermissionAssociationsCommand,
    ListPermissionsCommand,
    ListPermissionVersionsCommand,
    ListPrincipalsCommand,
    ListReplacePermissionAssociationsWorkCommand,
    ListResourcesCommand,
    ListResourceSharePermissionsCommand,
    ListResourceTypesCommand,
    ListSourceAssociationsCommand,
    PromotePermissionCreatedFromPolicyCommand,
    PromoteResourceShareCreatedFromPolicyCommand,
    RejectResourceShareInvitationCommand,
    ReplacePermissionAssociationsCommand,
    SetDefaultPermissionVersionCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateResourceShareCommand,
};
const paginators = {
    paginateGetResourcePolicies,
    paginateGetResourceShareAssociations,
    paginateGetResourceShareInvitations,
    paginateGetResourceShares,
    paginateListPendingInvitationResources,
    paginateListPermissionAssociations,
    paginateListPermissions,
    paginateListPermissionVersions,
    paginateListPrincipals,
    paginateListReplacePermissionAssociationsWork,
    paginateListResources,
    paginateListResourceSharePermissions,
    paginateListResourceTypes,
    paginateListSourceAssociations,
};
class RAM extends RAMClient {
}
client.createAggregatedClient(commands, RAM, { paginators });

const ResourceShareAssociationType = {
    PRINCIPAL: "PRINCIPAL",
    RESOURCE: "RESOURCE",
    SOURCE: "SOURCE",
};
const ResourceShareAssociationStatus = {
    ASSOCIATED: "ASSOCIATED",
    ASSOCIATING: "ASSOCIATING",
    DISASSOCIATED: "DISASSOCIATED",
    DISASSOCIATING: "DISASSOCIATING",
    FAILED: "FAILED",
    RESTORING: "RESTORING",
    SUSPENDED: "SUSPENDED",
    SUSPENDING: "SUSPENDING",
};
const ResourceShareInvitationStatus = {
    ACCEPTED: "ACCEPTED",
    EXPIRED: "EXPIRED",
    PENDING: "PENDING",
    REJECTED: "REJECTED",
};
const PermissionFeatureSet = {
    CREATED_FROM_POLICY: "CREATED_FROM_POLICY",
    PROMOTING_TO_STANDARD: "PROMOTING_TO_STANDARD",
    STANDARD: "STANDARD",
};
const PermissionType = {
    AWS_MANAGED: "AWS_MANAGED",
    CUSTOMER_MANAGED: "CUSTOMER_MANAGED",
};
const PermissionStatus = {
    ATTACHABLE: "ATTACHABLE",
    DELETED: "DELETED",
    DELETING: "DELETING",
    UNATTACHABLE: "UNATTACHABLE",
};
const ResourceShareFeatureSet = {
    CREATED_FROM_POLICY: "CREATED_FROM_POLICY",
    PROMOTING_TO_STANDARD: "PROMOTING_TO_STANDARD",
    STANDARD: "STANDARD",
};
const ResourceShareStatus = {
    ACTIVE: "ACTIVE",
    DELETED: "DELETED",
    DELETING: "DELETING",
    FAILED: "FAILED",
    PENDING: "PENDING",
};
const ResourceOwner = {
    OTHER_ACCOUNTS: "OTHER-ACCOUNTS",
    SELF: "SELF",
};
const ResourceRegionScopeFilter = {
    ALL: "ALL",
    GLOBAL: "GLOBAL",
    REGIONAL: "REGIONAL",
};
const ResourceRegionScope = {
    GLOBAL: "GLOBAL",
    REGIONAL: "REGIONAL",
};
const ResourceStatus = {
    AVAILABLE: "AVAILABLE",
    LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
    PENDING: "PENDING",
    UNAVAILABLE: "UNAVAILABLE",
    ZONAL_RESOURCE_INACCESSIBLE: "ZONAL_RESOURCE_INACCESSIBLE",
};
const PermissionTypeFilter = {
    ALL: "ALL",
    AWS_MANAGED: "AWS_MANAGED",
    CUSTOMER_MANAGED: "CUSTOMER_MANAGED",
};
const ReplacePermissionAssociationsWorkStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};

exports.$Command = client.Command;
exports.__Client = client.Client;
exports.RAMServiceException = RAMServiceException.RAMServiceException;
exports.AcceptResourceShareInvitationCommand = AcceptResourceShareInvitationCommand;
exports.AssociateResourceShareCommand = AssociateResourceShareCommand;
exports.AssociateResourceSharePermissionCommand = AssociateResourceSharePermissionCommand;
exports.CreatePermissionCommand = CreatePermissionCommand;
exports.CreatePermissionVersionCommand = CreatePermissionVersionCommand;
exports.CreateResourceShareCommand = CreateResourceShareCommand;
exports.DeletePermissionCommand = DeletePermissionCommand;
exports.DeletePermissionVersionCommand = DeletePermissionVersionCommand;
exports.DeleteResourceShareCommand = DeleteResourceShareCommand;
exports.DisassociateResourceShareCommand = DisassociateResourceShareCommand;
exports.DisassociateResourceSharePermissionCommand = DisassociateResourceSharePermissionCommand;
exports.EnableSharingWithAwsOrganizationCommand = EnableSharingWithAwsOrganizationCommand;
exports.GetPermissionCommand = GetPermissionCommand;
exports.GetResourcePoliciesCommand = GetResourcePoliciesCommand;
exports.GetResourceShareAssociationsCommand = GetResourceShareAssociationsCommand;
exports.GetResourceShareInvitationsCommand = GetResourceShareInvitationsCommand;
exports.GetResourceSharesCommand = GetResourceSharesCommand;
exports.ListPendingInvitationResourcesCommand = ListPendingInvitationResourcesCommand;
exports.ListPermissionAssociationsCommand = ListPermissionAssociationsCommand;
exports.ListPermissionVersionsCommand = ListPermissionVersionsCommand;
exports.ListPermissionsCommand = ListPermissionsCommand;
exports.ListPrincipalsCommand = ListPrincipalsCommand;
exports.ListReplacePermissionAssociationsWorkCommand = ListReplacePermissionAssociationsWorkCommand;
exports.ListResourceSharePermissionsCommand = ListResourceSharePermissionsCommand;
exports.ListResourceTypesCommand = ListResourceTypesCommand;
exports.ListResourcesCommand = ListResourcesCommand;
exports.ListSourceAssociationsCommand = ListSourceAssociationsCommand;
exports.PermissionFeatureSet = PermissionFeatureSet;
exports.PermissionStatus = PermissionStatus;
exports.PermissionType = PermissionType;
exports.PermissionTypeFilter = PermissionTypeFilter;
exports.PromotePermissionCreatedFromPolicyCommand = PromotePermissionCreatedFromPolicyCommand;
exports.PromoteResourceShareCreatedFromPolicyCommand = PromoteResourceShareCreatedFromPolicyCommand;
exports.RAM = RAM;
exports.RAMClient = RAMClient;
exports.RejectResourceShareInvitationCommand = RejectResourceShareInvitationCommand;
exports.ReplacePermissionAssociationsCommand = ReplacePermissionAssociationsCommand;
exports.ReplacePermissionAssociationsWorkStatus = ReplacePermissionAssociationsWorkStatus;
exports.ResourceOwner = ResourceOwner;
exports.ResourceRegionScope = ResourceRegionScope;
exports.ResourceRegionScopeFilter = ResourceRegionScopeFilter;
exports.ResourceShareAssociationStatus = ResourceShareAssociationStatus;
exports.ResourceShareAssociationType = ResourceShareAssociationType;
exports.ResourceShareFeatureSet = ResourceShareFeatureSet;
exports.ResourceShareInvitationStatus = ResourceShareInvitationStatus;
exports.ResourceShareStatus = ResourceShareStatus;
exports.ResourceStatus = ResourceStatus;
exports.SetDefaultPermissionVersionCommand = SetDefaultPermissionVersionCommand;
exports.TagResourceCommand = TagResourceCommand;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UpdateResourceShareCommand = UpdateResourceShareCommand;
exports.paginateGetResourcePolicies = paginateGetResourcePolicies;
exports.paginateGetResourceShareAssociations = paginateGetResourceShareAssociations;
exports.paginateGetResourceShareInvitations = paginateGetResourceShareInvitations;
exports.paginateGetResourceShares = paginateGetResourceShares;
exports.paginateListPendingInvitationResources = paginateListPendingInvitationResources;
exports.paginateListPermissionAssociations = paginateListPermissionAssociations;
exports.paginateListPermissionVersions = paginateListPermissionVersions;
exports.paginateListPermissions = paginateListPermissions;
exports.paginateListPrincipals = paginateListPrincipals;
exports.paginateListReplacePermissionAssociationsWork = paginateListReplacePermissionAssociationsWork;
exports.paginateListResourceSharePermissions = paginateListResourceSharePermissions;
exports.paginateListResourceTypes = paginateListResourceTypes;
exports.paginateListResources = paginateListResources;
exports.paginateListSourceAssociations = paginateListSourceAssociations;
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

/***/ 7786:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RAMServiceException = exports.__ServiceException = void 0;
const client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "__ServiceException", ({ enumerable: true, get: function () { return client_1.ServiceException; } }));
class RAMServiceException extends client_1.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, RAMServiceException.prototype);
    }
}
exports.RAMServiceException = RAMServiceException;


/***/ }),

/***/ 6215:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UnmatchedPolicyPermissionException = exports.InvalidResourceTypeException = exports.MissingRequiredParameterException = exports.InvalidMaxResultsException = exports.ResourceArnNotFoundException = exports.InvalidNextTokenException = exports.TagPolicyViolationException = exports.TagLimitExceededException = exports.PermissionVersionsLimitExceededException = exports.PermissionLimitExceededException = exports.PermissionAlreadyExistsException = exports.MalformedPolicyTemplateException = exports.InvalidPolicyException = exports.UnknownResourceException = exports.ThrottlingException = exports.ResourceShareLimitExceededException = exports.InvalidStateTransitionException = exports.InvalidParameterException = exports.ServiceUnavailableException = exports.ServerInternalException = exports.ResourceShareInvitationExpiredException = exports.ResourceShareInvitationArnNotFoundException = exports.ResourceShareInvitationAlreadyRejectedException = exports.ResourceShareInvitationAlreadyAcceptedException = exports.OperationNotPermittedException = exports.MalformedArnException = exports.InvalidClientTokenException = exports.IdempotentParameterMismatchException = void 0;
const RAMServiceException_1 = __webpack_require__(7786);
class IdempotentParameterMismatchException extends RAMServiceException_1.RAMServiceException {
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
exports.IdempotentParameterMismatchException = IdempotentParameterMismatchException;
class InvalidClientTokenException extends RAMServiceException_1.RAMServiceException {
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
exports.InvalidClientTokenException = InvalidClientTokenException;
class MalformedArnException extends RAMServiceException_1.RAMServiceException {
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
exports.MalformedArnException = MalformedArnException;
class OperationNotPermittedException extends RAMServiceException_1.RAMServiceException {
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
exports.OperationNotPermittedException = OperationNotPermittedException;
class ResourceShareInvitationAlreadyAcceptedException extends RAMServiceException_1.RAMServiceException {
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
exports.ResourceShareInvitationAlreadyAcceptedException = ResourceShareInvitationAlreadyAcceptedException;
class ResourceShareInvitationAlreadyRejectedException extends RAMServiceException_1.RAMServiceException {
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
exports.ResourceShareInvitationAlreadyRejectedException = ResourceShareInvitationAlreadyRejectedException;
class ResourceShareInvitationArnNotFoundException extends RAMServiceException_1.RAMServiceException {
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
exports.ResourceShareInvitationArnNotFoundException = ResourceShareInvitationArnNotFoundException;
class ResourceShareInvitationExpiredException extends RAMServiceException_1.RAMServiceException {
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
exports.ResourceShareInvitationExpiredException = ResourceShareInvitationExpiredException;
class ServerInternalException extends RAMServiceException_1.RAMServiceException {
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
exports.ServerInternalException = ServerInternalException;
class ServiceUnavailableException extends RAMServiceException_1.RAMServiceException {
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
exports.ServiceUnavailableException = ServiceUnavailableException;
class InvalidParameterException extends RAMServiceException_1.RAMServiceException {
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
exports.InvalidParameterException = InvalidParameterException;
class InvalidStateTransitionException extends RAMServiceException_1.RAMServiceException {
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
exports.InvalidStateTransitionException = InvalidStateTransitionException;
class ResourceShareLimitExceededException extends RAMServiceException_1.RAMServiceException {
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
exports.ResourceShareLimitExceededException = ResourceShareLimitExceededException;
class ThrottlingException extends RAMServiceException_1.RAMServiceException {
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
class UnknownResourceException extends RAMServiceException_1.RAMServiceException {
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
exports.UnknownResourceException = UnknownResourceException;
class InvalidPolicyException extends RAMServiceException_1.RAMServiceException {
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
exports.InvalidPolicyException = InvalidPolicyException;
class MalformedPolicyTemplateException extends RAMServiceException_1.RAMServiceException {
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
exports.MalformedPolicyTemplateException = MalformedPolicyTemplateException;
class PermissionAlreadyExistsException extends RAMServiceException_1.RAMServiceException {
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
exports.PermissionAlreadyExistsException = PermissionAlreadyExistsException;
class PermissionLimitExceededException extends RAMServiceException_1.RAMServiceException {
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
exports.PermissionLimitExceededException = PermissionLimitExceededException;
class PermissionVersionsLimitExceededException extends RAMServiceException_1.RAMServiceException {
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
exports.PermissionVersionsLimitExceededException = PermissionVersionsLimitExceededException;
class TagLimitExceededException extends RAMServiceException_1.RAMServiceException {
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
exports.TagLimitExceededException = TagLimitExceededException;
class TagPolicyViolationException extends RAMServiceException_1.RAMServiceException {
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
exports.TagPolicyViolationException = TagPolicyViolationException;
class InvalidNextTokenException extends RAMServiceException_1.RAMServiceException {
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
exports.InvalidNextTokenException = InvalidNextTokenException;
class ResourceArnNotFoundException extends RAMServiceException_1.RAMServiceException {
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
exports.ResourceArnNotFoundException = ResourceArnNotFoundException;
class InvalidMaxResultsException extends RAMServiceException_1.RAMServiceException {
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
exports.InvalidMaxResultsException = InvalidMaxResultsException;
class MissingRequiredParameterException extends RAMServiceException_1.RAMServiceException {
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
exports.MissingRequiredParameterException = MissingRequiredParameterException;
class InvalidResourceTypeException extends RAMServiceException_1.RAMServiceException {
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
exports.InvalidResourceTypeException = InvalidResourceTypeException;
class UnmatchedPolicyPermissionException extends RAMServiceException_1.RAMServiceException {
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
exports.UnmatchedPolicyPermissionException = UnmatchedPolicyPermissionException;


/***/ }),

/***/ 2881:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const tslib_1 = __webpack_require__(1860);
const package_json_1 = tslib_1.__importDefault(__webpack_require__(1595));
const client_1 = __webpack_require__(5152);
const httpAuthSchemes_1 = __webpack_require__(7523);
const credential_provider_node_1 = __webpack_require__(5861);
const client_2 = __webpack_require__(2658);
const config_1 = __webpack_require__(7291);
const retry_1 = __webpack_require__(3609);
const serde_1 = __webpack_require__(2430);
const node_http_handler_1 = __webpack_require__(1279);
const runtimeConfig_shared_1 = __webpack_require__(9974);
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

/***/ 9974:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const httpAuthSchemes_1 = __webpack_require__(7523);
const protocols_1 = __webpack_require__(7288);
const client_1 = __webpack_require__(2658);
const protocols_2 = __webpack_require__(3422);
const serde_1 = __webpack_require__(2430);
const httpAuthSchemeProvider_1 = __webpack_require__(7872);
const endpointResolver_1 = __webpack_require__(8326);
const schemas_0_1 = __webpack_require__(9611);
const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2018-01-04",
        base64Decoder: config?.base64Decoder ?? serde_1.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde_1.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? endpointResolver_1.defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? httpAuthSchemeProvider_1.defaultRAMHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.ram",
            errorTypeRegistries: schemas_0_1.errorTypeRegistries,
            version: "2018-01-04",
            serviceTarget: "AmazonResourceSharing",
        },
        serviceId: config?.serviceId ?? "RAM",
        urlParser: config?.urlParser ?? protocols_2.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde_1.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde_1.toUtf8,
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 9611:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeleteResourceShareResponse$ = exports.DeleteResourceShareRequest$ = exports.DeletePermissionVersionResponse$ = exports.DeletePermissionVersionRequest$ = exports.DeletePermissionResponse$ = exports.DeletePermissionRequest$ = exports.CreateResourceShareResponse$ = exports.CreateResourceShareRequest$ = exports.CreatePermissionVersionResponse$ = exports.CreatePermissionVersionRequest$ = exports.CreatePermissionResponse$ = exports.CreatePermissionRequest$ = exports.AssociateResourceShareResponse$ = exports.AssociateResourceShareRequest$ = exports.AssociateResourceSharePermissionResponse$ = exports.AssociateResourceSharePermissionRequest$ = exports.AssociatedSource$ = exports.AssociatedPermission$ = exports.AcceptResourceShareInvitationResponse$ = exports.AcceptResourceShareInvitationRequest$ = exports.errorTypeRegistries = exports.UnmatchedPolicyPermissionException$ = exports.UnknownResourceException$ = exports.ThrottlingException$ = exports.TagPolicyViolationException$ = exports.TagLimitExceededException$ = exports.ServiceUnavailableException$ = exports.ServerInternalException$ = exports.ResourceShareLimitExceededException$ = exports.ResourceShareInvitationExpiredException$ = exports.ResourceShareInvitationArnNotFoundException$ = exports.ResourceShareInvitationAlreadyRejectedException$ = exports.ResourceShareInvitationAlreadyAcceptedException$ = exports.ResourceArnNotFoundException$ = exports.PermissionVersionsLimitExceededException$ = exports.PermissionLimitExceededException$ = exports.PermissionAlreadyExistsException$ = exports.OperationNotPermittedException$ = exports.MissingRequiredParameterException$ = exports.MalformedPolicyTemplateException$ = exports.MalformedArnException$ = exports.InvalidStateTransitionException$ = exports.InvalidResourceTypeException$ = exports.InvalidPolicyException$ = exports.InvalidParameterException$ = exports.InvalidNextTokenException$ = exports.InvalidMaxResultsException$ = exports.InvalidClientTokenException$ = exports.IdempotentParameterMismatchException$ = exports.RAMServiceException$ = void 0;
exports.ResourceShareConfiguration$ = exports.ResourceShareAssociation$ = exports.ResourceShare$ = exports.Resource$ = exports.ReplacePermissionAssociationsWork$ = exports.ReplacePermissionAssociationsResponse$ = exports.ReplacePermissionAssociationsRequest$ = exports.RejectResourceShareInvitationResponse$ = exports.RejectResourceShareInvitationRequest$ = exports.PromoteResourceShareCreatedFromPolicyResponse$ = exports.PromoteResourceShareCreatedFromPolicyRequest$ = exports.PromotePermissionCreatedFromPolicyResponse$ = exports.PromotePermissionCreatedFromPolicyRequest$ = exports.Principal$ = exports.ListSourceAssociationsResponse$ = exports.ListSourceAssociationsRequest$ = exports.ListResourceTypesResponse$ = exports.ListResourceTypesRequest$ = exports.ListResourcesResponse$ = exports.ListResourcesRequest$ = exports.ListResourceSharePermissionsResponse$ = exports.ListResourceSharePermissionsRequest$ = exports.ListReplacePermissionAssociationsWorkResponse$ = exports.ListReplacePermissionAssociationsWorkRequest$ = exports.ListPrincipalsResponse$ = exports.ListPrincipalsRequest$ = exports.ListPermissionVersionsResponse$ = exports.ListPermissionVersionsRequest$ = exports.ListPermissionsResponse$ = exports.ListPermissionsRequest$ = exports.ListPermissionAssociationsResponse$ = exports.ListPermissionAssociationsRequest$ = exports.ListPendingInvitationResourcesResponse$ = exports.ListPendingInvitationResourcesRequest$ = exports.GetResourceSharesResponse$ = exports.GetResourceSharesRequest$ = exports.GetResourceShareInvitationsResponse$ = exports.GetResourceShareInvitationsRequest$ = exports.GetResourceShareAssociationsResponse$ = exports.GetResourceShareAssociationsRequest$ = exports.GetResourcePoliciesResponse$ = exports.GetResourcePoliciesRequest$ = exports.GetPermissionResponse$ = exports.GetPermissionRequest$ = exports.EnableSharingWithAwsOrganizationResponse$ = exports.EnableSharingWithAwsOrganizationRequest$ = exports.DisassociateResourceShareResponse$ = exports.DisassociateResourceShareRequest$ = exports.DisassociateResourceSharePermissionResponse$ = exports.DisassociateResourceSharePermissionRequest$ = void 0;
exports.UpdateResourceShare$ = exports.UntagResource$ = exports.TagResource$ = exports.SetDefaultPermissionVersion$ = exports.ReplacePermissionAssociations$ = exports.RejectResourceShareInvitation$ = exports.PromoteResourceShareCreatedFromPolicy$ = exports.PromotePermissionCreatedFromPolicy$ = exports.ListSourceAssociations$ = exports.ListResourceTypes$ = exports.ListResourceSharePermissions$ = exports.ListResources$ = exports.ListReplacePermissionAssociationsWork$ = exports.ListPrincipals$ = exports.ListPermissionVersions$ = exports.ListPermissions$ = exports.ListPermissionAssociations$ = exports.ListPendingInvitationResources$ = exports.GetResourceShares$ = exports.GetResourceShareInvitations$ = exports.GetResourceShareAssociations$ = exports.GetResourcePolicies$ = exports.GetPermission$ = exports.EnableSharingWithAwsOrganization$ = exports.DisassociateResourceSharePermission$ = exports.DisassociateResourceShare$ = exports.DeleteResourceShare$ = exports.DeletePermissionVersion$ = exports.DeletePermission$ = exports.CreateResourceShare$ = exports.CreatePermissionVersion$ = exports.CreatePermission$ = exports.AssociateResourceSharePermission$ = exports.AssociateResourceShare$ = exports.AcceptResourceShareInvitation$ = exports.UpdateResourceShareResponse$ = exports.UpdateResourceShareRequest$ = exports.UntagResourceResponse$ = exports.UntagResourceRequest$ = exports.TagResourceResponse$ = exports.TagResourceRequest$ = exports.TagFilter$ = exports.Tag$ = exports.SetDefaultPermissionVersionResponse$ = exports.SetDefaultPermissionVersionRequest$ = exports.ServiceNameAndResourceType$ = exports.ResourceSharePermissionSummary$ = exports.ResourceSharePermissionDetail$ = exports.ResourceShareInvitation$ = void 0;
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
const schema_1 = __webpack_require__(6890);
const errors_1 = __webpack_require__(6215);
const RAMServiceException_1 = __webpack_require__(7786);
const _s_registry = schema_1.TypeRegistry.for(_s);
exports.RAMServiceException$ = [-3, _s, "RAMServiceException", 0, [], []];
_s_registry.registerError(exports.RAMServiceException$, RAMServiceException_1.RAMServiceException);
const n0_registry = schema_1.TypeRegistry.for(n0);
exports.IdempotentParameterMismatchException$ = [-3, n0, _IPME,
    { [_aQE]: [`IdempotentParameterMismatch`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.IdempotentParameterMismatchException$, errors_1.IdempotentParameterMismatchException);
exports.InvalidClientTokenException$ = [-3, n0, _ICTE,
    { [_aQE]: [`InvalidClientToken`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.InvalidClientTokenException$, errors_1.InvalidClientTokenException);
exports.InvalidMaxResultsException$ = [-3, n0, _IMRE,
    { [_aQE]: [`InvalidMaxResults`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.InvalidMaxResultsException$, errors_1.InvalidMaxResultsException);
exports.InvalidNextTokenException$ = [-3, n0, _INTE,
    { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.InvalidNextTokenException$, errors_1.InvalidNextTokenException);
exports.InvalidParameterException$ = [-3, n0, _IPE,
    { [_aQE]: [`InvalidParameter`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.InvalidParameterException$, errors_1.InvalidParameterException);
exports.InvalidPolicyException$ = [-3, n0, _IPEn,
    { [_aQE]: [`InvalidPolicy`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.InvalidPolicyException$, errors_1.InvalidPolicyException);
exports.InvalidResourceTypeException$ = [-3, n0, _IRTE,
    { [_aQE]: [`InvalidResourceType.Unknown`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.InvalidResourceTypeException$, errors_1.InvalidResourceTypeException);
exports.InvalidStateTransitionException$ = [-3, n0, _ISTE,
    { [_aQE]: [`InvalidStateTransitionException.Unknown`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.InvalidStateTransitionException$, errors_1.InvalidStateTransitionException);
exports.MalformedArnException$ = [-3, n0, _MAE,
    { [_aQE]: [`InvalidArn.Malformed`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.MalformedArnException$, errors_1.MalformedArnException);
exports.MalformedPolicyTemplateException$ = [-3, n0, _MPTE,
    { [_aQE]: [`MalformedPolicyTemplateException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.MalformedPolicyTemplateException$, errors_1.MalformedPolicyTemplateException);
exports.MissingRequiredParameterException$ = [-3, n0, _MRPE,
    { [_aQE]: [`MissingRequiredParameter`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.MissingRequiredParameterException$, errors_1.MissingRequiredParameterException);
exports.OperationNotPermittedException$ = [-3, n0, _ONPE,
    { [_aQE]: [`OperationNotPermitted`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.OperationNotPermittedException$, errors_1.OperationNotPermittedException);
exports.PermissionAlreadyExistsException$ = [-3, n0, _PAEE,
    { [_aQE]: [`PermissionAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.PermissionAlreadyExistsException$, errors_1.PermissionAlreadyExistsException);
exports.PermissionLimitExceededException$ = [-3, n0, _PLEE,
    { [_aQE]: [`PermissionLimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.PermissionLimitExceededException$, errors_1.PermissionLimitExceededException);
exports.PermissionVersionsLimitExceededException$ = [-3, n0, _PVLEE,
    { [_aQE]: [`PermissionVersionsLimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.PermissionVersionsLimitExceededException$, errors_1.PermissionVersionsLimitExceededException);
exports.ResourceArnNotFoundException$ = [-3, n0, _RANFE,
    { [_aQE]: [`InvalidResourceArn.NotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ResourceArnNotFoundException$, errors_1.ResourceArnNotFoundException);
exports.ResourceShareInvitationAlreadyAcceptedException$ = [-3, n0, _RSIAAE,
    { [_aQE]: [`InvalidResourceShareInvitationArn.AlreadyAccepted`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ResourceShareInvitationAlreadyAcceptedException$, errors_1.ResourceShareInvitationAlreadyAcceptedException);
exports.ResourceShareInvitationAlreadyRejectedException$ = [-3, n0, _RSIARE,
    { [_aQE]: [`InvalidResourceShareInvitationArn.AlreadyRejected`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ResourceShareInvitationAlreadyRejectedException$, errors_1.ResourceShareInvitationAlreadyRejectedException);
exports.ResourceShareInvitationArnNotFoundException$ = [-3, n0, _RSIANFE,
    { [_aQE]: [`InvalidResourceShareInvitationArn.NotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ResourceShareInvitationArnNotFoundException$, errors_1.ResourceShareInvitationArnNotFoundException);
exports.ResourceShareInvitationExpiredException$ = [-3, n0, _RSIEE,
    { [_aQE]: [`InvalidResourceShareInvitationArn.Expired`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ResourceShareInvitationExpiredException$, errors_1.ResourceShareInvitationExpiredException);
exports.ResourceShareLimitExceededException$ = [-3, n0, _RSLEE,
    { [_aQE]: [`ResourceShareLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ResourceShareLimitExceededException$, errors_1.ResourceShareLimitExceededException);
exports.ServerInternalException$ = [-3, n0, _SIE,
    { [_aQE]: [`InternalError`, 500], [_e]: _se, [_hE]: 500 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ServerInternalException$, errors_1.ServerInternalException);
exports.ServiceUnavailableException$ = [-3, n0, _SUE,
    { [_aQE]: [`Unavailable`, 503], [_e]: _se, [_hE]: 503 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ServiceUnavailableException$, errors_1.ServiceUnavailableException);
exports.TagLimitExceededException$ = [-3, n0, _TLEE,
    { [_aQE]: [`TagLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.TagLimitExceededException$, errors_1.TagLimitExceededException);
exports.TagPolicyViolationException$ = [-3, n0, _TPVE,
    { [_aQE]: [`TagPolicyViolation`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.TagPolicyViolationException$, errors_1.TagPolicyViolationException);
exports.ThrottlingException$ = [-3, n0, _TE,
    { [_aQE]: [`ThrottlingException`, 429], [_e]: _c, [_hE]: 429 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ThrottlingException$, errors_1.ThrottlingException);
exports.UnknownResourceException$ = [-3, n0, _URE,
    { [_aQE]: [`InvalidResourceShareArn.NotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.UnknownResourceException$, errors_1.UnknownResourceException);
exports.UnmatchedPolicyPermissionException$ = [-3, n0, _UPPE,
    { [_aQE]: [`UnmatchedPolicyPermissionException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.UnmatchedPolicyPermissionException$, errors_1.UnmatchedPolicyPermissionException);
exports.errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
exports.AcceptResourceShareInvitationRequest$ = [3, n0, _ARSIR,
    0,
    [_rSIA, _cT],
    [0, 0], 1
];
exports.AcceptResourceShareInvitationResponse$ = [3, n0, _ARSIRc,
    0,
    [_rSI, _cT],
    [[() => exports.ResourceShareInvitation$, 0], 0]
];
exports.AssociatedPermission$ = [3, n0, _AP,
    0,
    [_a, _pV, _dV, _rT, _st, _fS, _lUT, _rSA],
    [0, 0, 2, 0, 0, 0, 4, 0]
];
exports.AssociatedSource$ = [3, n0, _AS,
    0,
    [_rSA, _sI, _sT, _st, _lUT, _cTr, _sM],
    [0, 0, 0, 0, 4, 4, 0]
];
exports.AssociateResourceSharePermissionRequest$ = [3, n0, _ARSPR,
    0,
    [_rSA, _pA, _r, _cT, _pV],
    [0, 0, 2, 0, 1], 2
];
exports.AssociateResourceSharePermissionResponse$ = [3, n0, _ARSPRs,
    0,
    [_rV, _cT],
    [2, 0]
];
exports.AssociateResourceShareRequest$ = [3, n0, _ARSR,
    0,
    [_rSA, _rA, _p, _cT, _so],
    [0, [() => ResourceArnList, 0], [() => PrincipalArnOrIdList, 0], 0, [() => SourceArnOrAccountList, 0]], 1
];
exports.AssociateResourceShareResponse$ = [3, n0, _ARSRs,
    0,
    [_rSAe, _cT],
    [[() => ResourceShareAssociationList, 0], 0]
];
exports.CreatePermissionRequest$ = [3, n0, _CPR,
    0,
    [_n, _rT, _pT, _cT, _t],
    [0, 0, 0, 0, () => TagList], 3
];
exports.CreatePermissionResponse$ = [3, n0, _CPRr,
    0,
    [_pe, _cT],
    [() => exports.ResourceSharePermissionSummary$, 0]
];
exports.CreatePermissionVersionRequest$ = [3, n0, _CPVR,
    0,
    [_pA, _pT, _cT],
    [0, 0, 0], 2
];
exports.CreatePermissionVersionResponse$ = [3, n0, _CPVRr,
    0,
    [_pe, _cT],
    [() => exports.ResourceSharePermissionDetail$, 0]
];
exports.CreateResourceShareRequest$ = [3, n0, _CRSR,
    0,
    [_n, _rA, _p, _t, _aEP, _cT, _pAe, _so, _rSC],
    [0, [() => ResourceArnList, 0], [() => PrincipalArnOrIdList, 0], () => TagList, 2, 0, [() => PermissionArnList, 0], [() => SourceArnOrAccountList, 0], () => exports.ResourceShareConfiguration$], 1
];
exports.CreateResourceShareResponse$ = [3, n0, _CRSRr,
    0,
    [_rS, _cT],
    [() => exports.ResourceShare$, 0]
];
exports.DeletePermissionRequest$ = [3, n0, _DPR,
    0,
    [_pA, _cT],
    [[0, { [_hQ]: _pA }], [0, { [_hQ]: _cT }]], 1
];
exports.DeletePermissionResponse$ = [3, n0, _DPRe,
    0,
    [_rV, _cT, _pS],
    [[2, { [_xN]: _re }], 0, 0]
];
exports.DeletePermissionVersionRequest$ = [3, n0, _DPVR,
    0,
    [_pA, _pV, _cT],
    [[0, { [_hQ]: _pA }], [1, { [_hQ]: _pV }], [0, { [_hQ]: _cT }]], 2
];
exports.DeletePermissionVersionResponse$ = [3, n0, _DPVRe,
    0,
    [_rV, _cT, _pS],
    [[2, { [_xN]: _re }], 0, 0]
];
exports.DeleteResourceShareRequest$ = [3, n0, _DRSR,
    0,
    [_rSA, _cT],
    [[0, { [_hQ]: _rSA }], [0, { [_hQ]: _cT }]], 1
];
exports.DeleteResourceShareResponse$ = [3, n0, _DRSRe,
    0,
    [_rV, _cT],
    [[2, { [_xN]: _re }], 0]
];
exports.DisassociateResourceSharePermissionRequest$ = [3, n0, _DRSPR,
    0,
    [_rSA, _pA, _cT],
    [0, 0, 0], 2
];
exports.DisassociateResourceSharePermissionResponse$ = [3, n0, _DRSPRi,
    0,
    [_rV, _cT],
    [2, 0]
];
exports.DisassociateResourceShareRequest$ = [3, n0, _DRSRi,
    0,
    [_rSA, _rA, _p, _cT, _so],
    [0, [() => ResourceArnList, 0], [() => PrincipalArnOrIdList, 0], 0, [() => SourceArnOrAccountList, 0]], 1
];
exports.DisassociateResourceShareResponse$ = [3, n0, _DRSRis,
    0,
    [_rSAe, _cT],
    [[() => ResourceShareAssociationList, 0], 0]
];
exports.EnableSharingWithAwsOrganizationRequest$ = [3, n0, _ESWAOR,
    0,
    [],
    []
];
exports.EnableSharingWithAwsOrganizationResponse$ = [3, n0, _ESWAORn,
    0,
    [_rV],
    [[2, { [_xN]: _re }]]
];
exports.GetPermissionRequest$ = [3, n0, _GPR,
    0,
    [_pA, _pV],
    [0, 1], 1
];
exports.GetPermissionResponse$ = [3, n0, _GPRe,
    0,
    [_pe],
    [() => exports.ResourceSharePermissionDetail$]
];
exports.GetResourcePoliciesRequest$ = [3, n0, _GRPR,
    0,
    [_rA, _pr, _nT, _mR],
    [[() => ResourceArnList, 0], 0, 0, 1], 1
];
exports.GetResourcePoliciesResponse$ = [3, n0, _GRPRe,
    0,
    [_po, _nT],
    [[() => PolicyList, 0], 0]
];
exports.GetResourceShareAssociationsRequest$ = [3, n0, _GRSAR,
    0,
    [_aT, _rSAes, _rAe, _pr, _aS, _nT, _mR],
    [0, [() => ResourceShareArnList, 0], 0, 0, 0, 0, 1], 1
];
exports.GetResourceShareAssociationsResponse$ = [3, n0, _GRSARe,
    0,
    [_rSAe, _nT],
    [[() => ResourceShareAssociationList, 0], 0]
];
exports.GetResourceShareInvitationsRequest$ = [3, n0, _GRSIR,
    0,
    [_rSIAe, _rSAes, _nT, _mR],
    [[() => ResourceShareInvitationArnList, 0], [() => ResourceShareArnList, 0], 0, 1]
];
exports.GetResourceShareInvitationsResponse$ = [3, n0, _GRSIRe,
    0,
    [_rSIe, _nT],
    [[() => ResourceShareInvitationList, 0], 0]
];
exports.GetResourceSharesRequest$ = [3, n0, _GRSR,
    0,
    [_rO, _rSAes, _rSS, _n, _tF, _nT, _mR, _pA, _pV],
    [0, [() => ResourceShareArnList, 0], 0, 0, () => TagFilters, 0, 1, 0, 1], 1
];
exports.GetResourceSharesResponse$ = [3, n0, _GRSRe,
    0,
    [_rSe, _nT],
    [[() => ResourceShareList, 0], 0]
];
exports.ListPendingInvitationResourcesRequest$ = [3, n0, _LPIRR,
    0,
    [_rSIA, _nT, _mR, _rRS],
    [0, 0, 1, 0], 1
];
exports.ListPendingInvitationResourcesResponse$ = [3, n0, _LPIRRi,
    0,
    [_res, _nT],
    [[() => ResourceList, 0], 0]
];
exports.ListPermissionAssociationsRequest$ = [3, n0, _LPAR,
    0,
    [_pA, _pV, _aS, _rT, _fS, _dV, _nT, _mR],
    [0, 1, 0, 0, 0, 2, 0, 1]
];
exports.ListPermissionAssociationsResponse$ = [3, n0, _LPARi,
    0,
    [_per, _nT],
    [[() => AssociatedPermissionList, 0], 0]
];
exports.ListPermissionsRequest$ = [3, n0, _LPR,
    0,
    [_rT, _nT, _mR, _pTe],
    [0, 0, 1, 0]
];
exports.ListPermissionsResponse$ = [3, n0, _LPRi,
    0,
    [_per, _nT],
    [[() => ResourceSharePermissionList, 0], 0]
];
exports.ListPermissionVersionsRequest$ = [3, n0, _LPVR,
    0,
    [_pA, _nT, _mR],
    [0, 0, 1], 1
];
exports.ListPermissionVersionsResponse$ = [3, n0, _LPVRi,
    0,
    [_per, _nT],
    [[() => ResourceSharePermissionList, 0], 0]
];
exports.ListPrincipalsRequest$ = [3, n0, _LPRis,
    0,
    [_rO, _rAe, _p, _rT, _rSAes, _nT, _mR],
    [0, 0, [() => PrincipalArnOrIdList, 0], 0, [() => ResourceShareArnList, 0], 0, 1], 1
];
exports.ListPrincipalsResponse$ = [3, n0, _LPRist,
    0,
    [_p, _nT],
    [[() => PrincipalList, 0], 0]
];
exports.ListReplacePermissionAssociationsWorkRequest$ = [3, n0, _LRPAWR,
    0,
    [_wI, _st, _nT, _mR],
    [[() => ReplacePermissionAssociationsWorkIdList, 0], 0, 0, 1]
];
exports.ListReplacePermissionAssociationsWorkResponse$ = [3, n0, _LRPAWRi,
    0,
    [_rPAW, _nT],
    [[() => ReplacePermissionAssociationsWorkList, 0], 0]
];
exports.ListResourceSharePermissionsRequest$ = [3, n0, _LRSPR,
    0,
    [_rSA, _nT, _mR],
    [0, 0, 1], 1
];
exports.ListResourceSharePermissionsResponse$ = [3, n0, _LRSPRi,
    0,
    [_per, _nT],
    [[() => ResourceSharePermissionList, 0], 0]
];
exports.ListResourcesRequest$ = [3, n0, _LRR,
    0,
    [_rO, _pr, _rT, _rA, _rSAes, _nT, _mR, _rRS],
    [0, 0, 0, [() => ResourceArnList, 0], [() => ResourceShareArnList, 0], 0, 1, 0], 1
];
exports.ListResourcesResponse$ = [3, n0, _LRRi,
    0,
    [_res, _nT],
    [[() => ResourceList, 0], 0]
];
exports.ListResourceTypesRequest$ = [3, n0, _LRTR,
    0,
    [_nT, _mR, _rRS],
    [0, 1, 0]
];
exports.ListResourceTypesResponse$ = [3, n0, _LRTRi,
    0,
    [_rTe, _nT],
    [[() => ServiceNameAndResourceTypeList, 0], 0]
];
exports.ListSourceAssociationsRequest$ = [3, n0, _LSAR,
    0,
    [_rSAes, _sI, _sT, _aS, _nT, _mR],
    [[() => ResourceShareArnList, 0], 0, 0, 0, 0, 1]
];
exports.ListSourceAssociationsResponse$ = [3, n0, _LSARi,
    0,
    [_sA, _nT],
    [[() => AssociatedSourceList, 0], 0]
];
exports.Principal$ = [3, n0, _P,
    0,
    [_i, _rSA, _cTr, _lUT, _ex],
    [0, 0, 4, 4, 2]
];
exports.PromotePermissionCreatedFromPolicyRequest$ = [3, n0, _PPCFPR,
    0,
    [_pA, _n, _cT],
    [0, 0, 0], 2
];
exports.PromotePermissionCreatedFromPolicyResponse$ = [3, n0, _PPCFPRr,
    0,
    [_pe, _cT],
    [() => exports.ResourceSharePermissionSummary$, 0]
];
exports.PromoteResourceShareCreatedFromPolicyRequest$ = [3, n0, _PRSCFPR,
    0,
    [_rSA],
    [[0, { [_hQ]: _rSA }]], 1
];
exports.PromoteResourceShareCreatedFromPolicyResponse$ = [3, n0, _PRSCFPRr,
    0,
    [_rV],
    [[2, { [_xN]: _re }]]
];
exports.RejectResourceShareInvitationRequest$ = [3, n0, _RRSIR,
    0,
    [_rSIA, _cT],
    [0, 0], 1
];
exports.RejectResourceShareInvitationResponse$ = [3, n0, _RRSIRe,
    0,
    [_rSI, _cT],
    [[() => exports.ResourceShareInvitation$, 0], 0]
];
exports.ReplacePermissionAssociationsRequest$ = [3, n0, _RPAR,
    0,
    [_fPA, _tPA, _fPV, _cT],
    [0, 0, 1, 0], 2
];
exports.ReplacePermissionAssociationsResponse$ = [3, n0, _RPARe,
    0,
    [_rPAWe, _cT],
    [() => exports.ReplacePermissionAssociationsWork$, 0]
];
exports.ReplacePermissionAssociationsWork$ = [3, n0, _RPAW,
    0,
    [_i, _fPA, _fPV, _tPA, _tPV, _st, _sM, _cTr, _lUT],
    [0, 0, 0, 0, 0, 0, 0, 4, 4]
];
exports.Resource$ = [3, n0, _R,
    0,
    [_a, _ty, _rSA, _rGA, _st, _sM, _cTr, _lUT, _rRS],
    [0, 0, 0, 0, 0, 0, 4, 4, 0]
];
exports.ResourceShare$ = [3, n0, _RS,
    0,
    [_rSA, _n, _oAI, _aEP, _st, _sM, _t, _cTr, _lUT, _fS, _rSC],
    [0, 0, 0, 2, 0, 0, () => TagList, 4, 4, 0, () => exports.ResourceShareConfiguration$]
];
exports.ResourceShareAssociation$ = [3, n0, _RSA,
    0,
    [_rSA, _rSN, _aE, _aT, _st, _sM, _cTr, _lUT, _ex],
    [0, 0, 0, 0, 0, 0, 4, 4, 2]
];
exports.ResourceShareConfiguration$ = [3, n0, _RSC,
    0,
    [_rSOALO],
    [2]
];
exports.ResourceShareInvitation$ = [3, n0, _RSI,
    0,
    [_rSIA, _rSN, _rSA, _sAI, _rAI, _iT, _st, _rSAe, _rAec],
    [0, 0, 0, 0, 0, 4, 0, [() => ResourceShareAssociationList, 0], 0]
];
exports.ResourceSharePermissionDetail$ = [3, n0, _RSPD,
    0,
    [_a, _v, _dV, _n, _rT, _pe, _cTr, _lUT, _iRTD, _pTe, _fS, _st, _t],
    [0, 0, 2, 0, 0, 0, 4, 4, 2, 0, 0, 0, () => TagList]
];
exports.ResourceSharePermissionSummary$ = [3, n0, _RSPS,
    0,
    [_a, _v, _dV, _n, _rT, _st, _cTr, _lUT, _iRTD, _pTe, _fS, _t],
    [0, 0, 2, 0, 0, 0, 4, 4, 2, 0, 0, () => TagList]
];
exports.ServiceNameAndResourceType$ = [3, n0, _SNART,
    0,
    [_rT, _sN, _rRS],
    [0, 0, 0]
];
exports.SetDefaultPermissionVersionRequest$ = [3, n0, _SDPVR,
    0,
    [_pA, _pV, _cT],
    [0, 1, 0], 2
];
exports.SetDefaultPermissionVersionResponse$ = [3, n0, _SDPVRe,
    0,
    [_rV, _cT],
    [[2, { [_xN]: _re }], 0]
];
exports.Tag$ = [3, n0, _T,
    0,
    [_k, _va],
    [0, 0]
];
exports.TagFilter$ = [3, n0, _TF,
    0,
    [_tK, _tV],
    [0, 64 | 0]
];
exports.TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_t, _rSA, _rAe],
    [() => TagList, 0, 0], 1
];
exports.TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
exports.UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_tKa, _rSA, _rAe],
    [64 | 0, 0, 0], 1
];
exports.UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
exports.UpdateResourceShareRequest$ = [3, n0, _URSR,
    0,
    [_rSA, _n, _aEP, _cT],
    [0, 0, 2, 0], 1
];
exports.UpdateResourceShareResponse$ = [3, n0, _URSRp,
    0,
    [_rS, _cT],
    [() => exports.ResourceShare$, 0]
];
var AssociatedPermissionList = [1, n0, _APL,
    0, [() => exports.AssociatedPermission$,
        { [_xN]: _it }]
];
var AssociatedSourceList = [1, n0, _ASL,
    0, [() => exports.AssociatedSource$,
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
    0, [() => exports.Principal$,
        { [_xN]: _it }]
];
var ReplacePermissionAssociationsWorkIdList = [1, n0, _RPAWIL,
    0, [0,
        { [_xN]: _it }]
];
var ReplacePermissionAssociationsWorkList = [1, n0, _RPAWL,
    0, [() => exports.ReplacePermissionAssociationsWork$,
        { [_xN]: _it }]
];
var ResourceArnList = [1, n0, _RAL,
    0, [0,
        { [_xN]: _it }]
];
var ResourceList = [1, n0, _RL,
    0, [() => exports.Resource$,
        { [_xN]: _it }]
];
var ResourceShareArnList = [1, n0, _RSAL,
    0, [0,
        { [_xN]: _it }]
];
var ResourceShareAssociationList = [1, n0, _RSALe,
    0, [() => exports.ResourceShareAssociation$,
        { [_xN]: _it }]
];
var ResourceShareInvitationArnList = [1, n0, _RSIAL,
    0, [0,
        { [_xN]: _it }]
];
var ResourceShareInvitationList = [1, n0, _RSIL,
    0, [() => exports.ResourceShareInvitation$,
        { [_xN]: _it }]
];
var ResourceShareList = [1, n0, _RSL,
    0, [() => exports.ResourceShare$,
        { [_xN]: _it }]
];
var ResourceSharePermissionList = [1, n0, _RSPL,
    0, [() => exports.ResourceSharePermissionSummary$,
        { [_xN]: _it }]
];
var ServiceNameAndResourceTypeList = [1, n0, _SNARTL,
    0, [() => exports.ServiceNameAndResourceType$,
        { [_xN]: _it }]
];
var SourceArnOrAccountList = [1, n0, _SAOAL,
    0, [0,
        { [_xN]: _it }]
];
var TagFilters = [1, n0, _TFa,
    0, () => exports.TagFilter$
];
var TagKeyList = (/* unused pure expression or super */ null && (0));
var TagList = [1, n0, _TL,
    0, () => exports.Tag$
];
var TagValueList = (/* unused pure expression or super */ null && (0));
exports.AcceptResourceShareInvitation$ = [9, n0, _ARSI,
    { [_h]: ["POST", "/acceptresourceshareinvitation", 200] }, () => exports.AcceptResourceShareInvitationRequest$, () => exports.AcceptResourceShareInvitationResponse$
];
exports.AssociateResourceShare$ = [9, n0, _ARS,
    { [_h]: ["POST", "/associateresourceshare", 200] }, () => exports.AssociateResourceShareRequest$, () => exports.AssociateResourceShareResponse$
];
exports.AssociateResourceSharePermission$ = [9, n0, _ARSP,
    { [_h]: ["POST", "/associateresourcesharepermission", 200] }, () => exports.AssociateResourceSharePermissionRequest$, () => exports.AssociateResourceSharePermissionResponse$
];
exports.CreatePermission$ = [9, n0, _CP,
    { [_h]: ["POST", "/createpermission", 200] }, () => exports.CreatePermissionRequest$, () => exports.CreatePermissionResponse$
];
exports.CreatePermissionVersion$ = [9, n0, _CPV,
    { [_h]: ["POST", "/createpermissionversion", 200] }, () => exports.CreatePermissionVersionRequest$, () => exports.CreatePermissionVersionResponse$
];
exports.CreateResourceShare$ = [9, n0, _CRS,
    { [_h]: ["POST", "/createresourceshare", 200] }, () => exports.CreateResourceShareRequest$, () => exports.CreateResourceShareResponse$
];
exports.DeletePermission$ = [9, n0, _DP,
    { [_h]: ["DELETE", "/deletepermission", 200] }, () => exports.DeletePermissionRequest$, () => exports.DeletePermissionResponse$
];
exports.DeletePermissionVersion$ = [9, n0, _DPV,
    { [_h]: ["DELETE", "/deletepermissionversion", 200] }, () => exports.DeletePermissionVersionRequest$, () => exports.DeletePermissionVersionResponse$
];
exports.DeleteResourceShare$ = [9, n0, _DRS,
    { [_h]: ["DELETE", "/deleteresourceshare", 200] }, () => exports.DeleteResourceShareRequest$, () => exports.DeleteResourceShareResponse$
];
exports.DisassociateResourceShare$ = [9, n0, _DRSi,
    { [_h]: ["POST", "/disassociateresourceshare", 200] }, () => exports.DisassociateResourceShareRequest$, () => exports.DisassociateResourceShareResponse$
];
exports.DisassociateResourceSharePermission$ = [9, n0, _DRSP,
    { [_h]: ["POST", "/disassociateresourcesharepermission", 200] }, () => exports.DisassociateResourceSharePermissionRequest$, () => exports.DisassociateResourceSharePermissionResponse$
];
exports.EnableSharingWithAwsOrganization$ = [9, n0, _ESWAO,
    { [_h]: ["POST", "/enablesharingwithawsorganization", 200] }, () => exports.EnableSharingWithAwsOrganizationRequest$, () => exports.EnableSharingWithAwsOrganizationResponse$
];
exports.GetPermission$ = [9, n0, _GP,
    { [_h]: ["POST", "/getpermission", 200] }, () => exports.GetPermissionRequest$, () => exports.GetPermissionResponse$
];
exports.GetResourcePolicies$ = [9, n0, _GRP,
    { [_h]: ["POST", "/getresourcepolicies", 200] }, () => exports.GetResourcePoliciesRequest$, () => exports.GetResourcePoliciesResponse$
];
exports.GetResourceShareAssociations$ = [9, n0, _GRSA,
    { [_h]: ["POST", "/getresourceshareassociations", 200] }, () => exports.GetResourceShareAssociationsRequest$, () => exports.GetResourceShareAssociationsResponse$
];
exports.GetResourceShareInvitations$ = [9, n0, _GRSI,
    { [_h]: ["POST", "/getresourceshareinvitations", 200] }, () => exports.GetResourceShareInvitationsRequest$, () => exports.GetResourceShareInvitationsResponse$
];
exports.GetResourceShares$ = [9, n0, _GRS,
    { [_h]: ["POST", "/getresourceshares", 200] }, () => exports.GetResourceSharesRequest$, () => exports.GetResourceSharesResponse$
];
exports.ListPendingInvitationResources$ = [9, n0, _LPIR,
    { [_h]: ["POST", "/listpendinginvitationresources", 200] }, () => exports.ListPendingInvitationResourcesRequest$, () => exports.ListPendingInvitationResourcesResponse$
];
exports.ListPermissionAssociations$ = [9, n0, _LPA,
    { [_h]: ["POST", "/listpermissionassociations", 200] }, () => exports.ListPermissionAssociationsRequest$, () => exports.ListPermissionAssociationsResponse$
];
exports.ListPermissions$ = [9, n0, _LP,
    { [_h]: ["POST", "/listpermissions", 200] }, () => exports.ListPermissionsRequest$, () => exports.ListPermissionsResponse$
];
exports.ListPermissionVersions$ = [9, n0, _LPV,
    { [_h]: ["POST", "/listpermissionversions", 200] }, () => exports.ListPermissionVersionsRequest$, () => exports.ListPermissionVersionsResponse$
];
exports.ListPrincipals$ = [9, n0, _LPi,
    { [_h]: ["POST", "/listprincipals", 200] }, () => exports.ListPrincipalsRequest$, () => exports.ListPrincipalsResponse$
];
exports.ListReplacePermissionAssociationsWork$ = [9, n0, _LRPAW,
    { [_h]: ["POST", "/listreplacepermissionassociationswork", 200] }, () => exports.ListReplacePermissionAssociationsWorkRequest$, () => exports.ListReplacePermissionAssociationsWorkResponse$
];
exports.ListResources$ = [9, n0, _LR,
    { [_h]: ["POST", "/listresources", 200] }, () => exports.ListResourcesRequest$, () => exports.ListResourcesResponse$
];
exports.ListResourceSharePermissions$ = [9, n0, _LRSP,
    { [_h]: ["POST", "/listresourcesharepermissions", 200] }, () => exports.ListResourceSharePermissionsRequest$, () => exports.ListResourceSharePermissionsResponse$
];
exports.ListResourceTypes$ = [9, n0, _LRT,
    { [_h]: ["POST", "/listresourcetypes", 200] }, () => exports.ListResourceTypesRequest$, () => exports.ListResourceTypesResponse$
];
exports.ListSourceAssociations$ = [9, n0, _LSA,
    { [_h]: ["POST", "/listsourceassociations", 200] }, () => exports.ListSourceAssociationsRequest$, () => exports.ListSourceAssociationsResponse$
];
exports.PromotePermissionCreatedFromPolicy$ = [9, n0, _PPCFP,
    { [_h]: ["POST", "/promotepermissioncreatedfrompolicy", 200] }, () => exports.PromotePermissionCreatedFromPolicyRequest$, () => exports.PromotePermissionCreatedFromPolicyResponse$
];
exports.PromoteResourceShareCreatedFromPolicy$ = [9, n0, _PRSCFP,
    { [_h]: ["POST", "/promoteresourcesharecreatedfrompolicy", 200] }, () => exports.PromoteResourceShareCreatedFromPolicyRequest$, () => exports.PromoteResourceShareCreatedFromPolicyResponse$
];
exports.RejectResourceShareInvitation$ = [9, n0, _RRSI,
    { [_h]: ["POST", "/rejectresourceshareinvitation", 200] }, () => exports.RejectResourceShareInvitationRequest$, () => exports.RejectResourceShareInvitationResponse$
];
exports.ReplacePermissionAssociations$ = [9, n0, _RPA,
    { [_h]: ["POST", "/replacepermissionassociations", 200] }, () => exports.ReplacePermissionAssociationsRequest$, () => exports.ReplacePermissionAssociationsResponse$
];
exports.SetDefaultPermissionVersion$ = [9, n0, _SDPV,
    { [_h]: ["POST", "/setdefaultpermissionversion", 200] }, () => exports.SetDefaultPermissionVersionRequest$, () => exports.SetDefaultPermissionVersionResponse$
];
exports.TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tagresource", 200] }, () => exports.TagResourceRequest$, () => exports.TagResourceResponse$
];
exports.UntagResource$ = [9, n0, _UR,
    { [_h]: ["POST", "/untagresource", 200] }, () => exports.UntagResourceRequest$, () => exports.UntagResourceResponse$
];
exports.UpdateResourceShare$ = [9, n0, _URS,
    { [_h]: ["POST", "/updateresourceshare", 200] }, () => exports.UpdateResourceShareRequest$, () => exports.UpdateResourceShareResponse$
];


/***/ }),

/***/ 1595:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"@aws-sdk/client-ram","description":"AWS SDK for JavaScript Ram Client for Node.js, Browser and React Native","version":"3.1048.0","scripts":{"build":"concurrently \'yarn:build:types\' \'yarn:build:es\' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline client-ram","build:es":"tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service --solo ram","test:index":"tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"},"main":"./dist-cjs/index.js","types":"./dist-types/index.d.ts","module":"./dist-es/index.js","sideEffects":false,"dependencies":{"@aws-crypto/sha256-browser":"5.2.0","@aws-crypto/sha256-js":"5.2.0","@aws-sdk/core":"^3.974.11","@aws-sdk/credential-provider-node":"^3.972.42","@aws-sdk/types":"^3.973.8","@smithy/core":"^3.24.2","@smithy/fetch-http-handler":"^5.4.2","@smithy/node-http-handler":"^4.7.2","@smithy/types":"^4.14.1","tslib":"^2.6.2"},"devDependencies":{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~5.8.3"},"engines":{"node":">=20.0.0"},"typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"files":["dist-*/**"],"author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/javascript/"},"license":"Apache-2.0","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ram","repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-ram"}}');

/***/ })

};
