import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 4324:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sv: () => (/* binding */ quotaFor),
/* harmony export */   TY: () => (/* binding */ quotaApiNames),
/* harmony export */   Zo: () => (/* binding */ clientLimit),
/* harmony export */   eg: () => (/* binding */ QUOTAS),
/* harmony export */   yE: () => (/* binding */ quotaKeysNamed),
/* harmony export */   z5: () => (/* binding */ serviceOf)
/* harmony export */ });
/* unused harmony exports RATE_HEADROOM, JITTER_SECONDS, burstHeadroom */
/**
 * How fast AWS lets us call each API: the one table every rate limit of a run comes from.
 * Imports no SDK: the inputs reader parses overrides against it without loading one.
 */
const IOT_LIMITS = 'AWS IoT Core endpoints and quotas, "AWS IoT Core API throttling limits" (https://docs.aws.amazon.com/general/latest/gr/iot-core.html): 10 TPS per account per region for each API; burst not published, taken as one second of the rate';
const ORGANIZATIONS_LIMITS = 'not published (the Organizations quotas page names TooManyRequestsException but no rate): assumed 10 TPS per account like IoT; a lower real limit is absorbed by the SDK\'s adaptive retry';
const SECURITY_HUB_LIMITS = 'AWS Security Hub API reference, introduction (https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html): "All other operations - RateLimit of 10 requests per second. BurstLimit of 30 requests per second", per account and region';
const ACCOUNT_LIMITS = 'AWS Account Management quotas (https://docs.aws.amazon.com/accounts/latest/reference/quotas.html): "Rate of ListRegions requests per account: 5 per second, burst to 5"';
/**
 * The documented quotas, keyed `service:Operation`. IoT quotas are per account **and region**;
 * Organizations and Account Management are global services, so theirs are per account. An API not
 * listed here is not rate limited by us: STS is called a few times per account, and RAM, GuardDuty,
 * Macie and Detective publish no rate for their invitation APIs, which a run calls a few times per
 * account and region (a page or two of invitations); their throttling, if any, is retried by the
 * SDK's adaptive retry.
 */
const QUOTAS = {
    'iot:ListCertificates': { tps: 10, burst: 10, source: IOT_LIMITS },
    'iot:ListOutgoingCertificates': { tps: 10, burst: 10, source: IOT_LIMITS },
    'iot:DescribeCertificate': { tps: 10, burst: 10, source: IOT_LIMITS },
    'iot:RejectCertificateTransfer': { tps: 10, burst: 10, source: IOT_LIMITS },
    'organizations:ListHandshakesForAccount': { tps: 10, burst: 10, source: ORGANIZATIONS_LIMITS },
    'organizations:DeclineHandshake': { tps: 10, burst: 10, source: ORGANIZATIONS_LIMITS },
    'organizations:ListAccounts': { tps: 10, burst: 10, source: ORGANIZATIONS_LIMITS },
    'account:ListRegions': { tps: 5, burst: 5, source: ACCOUNT_LIMITS },
    'securityhub:ListInvitations': { tps: 10, burst: 30, source: SECURITY_HUB_LIMITS },
    'securityhub:DeclineInvitations': { tps: 10, burst: 30, source: SECURITY_HUB_LIMITS },
};
/**
 * How far under a quota we stay. The burst: a tenth of a second's worth of requests less than AWS's
 * (at least one), so AWS's bucket always holds that much more than ours when a request arrives — a
 * request may arrive up to 100 ms early (network jitter, a busy event loop) and still find a token;
 * this costs 0.1 s per phase of a run. At 10 TPS that is one request; at a raised quota it scales,
 * as the jitter it absorbs is a time, not a count. The rate: 0.5 % under, so that slack grows (by a
 * token every 20 s at 10 TPS) instead of merely holding. No more than that: on a long listing the
 * rate is the whole cost — 2 % under made a 2-million-certificate listing slower than a naive script
 * that runs into AWS's throttling and backs off (npm run bench).
 */
const RATE_HEADROOM = 0.995;
/** The jitter the burst headroom absorbs, in seconds. */
const JITTER_SECONDS = 0.1;
/**
 * The bucket we keep for an API whose quota is `quota`: just under it. A quota whose burst is too
 * small to give up the jitter's worth of requests and keep one (1 TPS, burst 1: a `rate-limits`
 * override of 1 or less) keeps a bucket of one and spaces requests a jitter further apart instead:
 * with the same bucket as AWS's, a request that arrived a few milliseconds early found AWS's empty
 * and was throttled.
 */
function clientLimit(quota) {
    const rate = quota.tps * RATE_HEADROOM;
    const burst = quota.burst - burstHeadroom(quota.tps);
    if (burst >= 1)
        return { rate, burst };
    return { rate: Math.min(rate, 1 / (1 / quota.tps + JITTER_SECONDS)), burst: 1 };
}
/** Requests fewer than AWS's burst that our bucket saves up: the jitter's worth at `tps`, at least one. */
function burstHeadroom(tps) {
    return Math.max(1, Math.ceil(tps * JITTER_SECONDS));
}
/**
 * The quota of `service:operation`: the input's override (the burst follows the rate), else the
 * table's; undefined: not in the table, so not limited, whatever the overrides say.
 */
function quotaFor(service, operation, overrides) {
    const key = `${service}:${operation}`;
    const listed = QUOTAS[key];
    if (listed === undefined)
        return undefined;
    const override = overrides?.get(key);
    if (override !== undefined)
        return { tps: override, burst: Math.max(1, Math.round(override)) };
    return listed;
}
/** The operation a key of the table names: `iot:DescribeCertificate` → `DescribeCertificate`. */
function operationOf(key) {
    return key.slice(key.indexOf(':') + 1);
}
/** The service a key of the table names: `iot:DescribeCertificate` → `iot`. */
function serviceOf(key) {
    return key.slice(0, key.indexOf(':'));
}
/**
 * The names the `rate-limits` input gives the table's APIs: each operation's name without its
 * service (`DescribeCertificate`), once, in the table's order.
 */
function quotaApiNames() {
    return [...new Set(Object.keys(QUOTAS).map(operationOf))];
}
/** The keys of the table whose operation is `name` (`ListInvitations` → `securityhub:ListInvitations`); [] when none. */
function quotaKeysNamed(name) {
    return Object.keys(QUOTAS).filter((key) => operationOf(key) === name);
}


/***/ }),

/***/ 2975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qu: () => (/* binding */ KNOWN_REGIONS),
  Kk: () => (/* binding */ isKnownRegion),
  hF: () => (/* binding */ offeredIn)
});

// UNUSED EXPORTS: DETECTIVE_REGIONS, GUARDDUTY_REGIONS, MACIE_REGIONS, RAM_REGIONS, SECURITYHUB_REGIONS

;// CONCATENATED MODULE: ./lib/aws/iot/iot-regions.js
/**
 * The regions where AWS IoT Core is offered, i.e. where `iot.<region>.amazonaws.com` (or
 * `.amazonaws.com.cn`) exists. The SDK builds that host name for any region, so in a region
 * without IoT Core the request fails in DNS (ENOTFOUND, retried like any network error) instead
 * of with an AWS error: a sweep must skip such regions by name, not interpret their failure.
 *
 * Source: botocore `botocore/data/endpoints.json`, `services.iot.endpoints` of every partition
 * (aws, aws-cn, aws-us-gov; the aws-iso* and aws-eusc partitions list no IoT), without the
 * deprecated `fips-*` aliases — github.com/boto/botocore at commit 0e6e2404b85d (2026-08-07),
 * read 2026-11. Commercial regions without IoT Core at that date: af-south-1, ap-east-2,
 * ap-northeast-3, ap-south-2, ap-southeast-3, ap-southeast-4, ap-southeast-6, ap-southeast-7,
 * ca-west-1, eu-central-2, mx-central-1.
 */
const IOT_REGIONS = [
    // aws
    'ap-east-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-5',
    'ca-central-1',
    'eu-central-1',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    // aws-cn
    'cn-north-1',
    'cn-northwest-1',
    // aws-us-gov
    'us-gov-east-1',
    'us-gov-west-1',
];
const OFFERED = new Set(IOT_REGIONS);
/** Whether AWS IoT Core has an endpoint in `region` (exact, case-sensitive region name). */
function offersIot(region) {
    return OFFERED.has(region);
}

;// CONCATENATED MODULE: ./lib/aws/service-regions.js

/** AWS Resource Access Manager (RAM). */
const RAM_REGIONS = [
    // aws
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'mx-central-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    // aws-cn
    'cn-north-1',
    'cn-northwest-1',
    // aws-us-gov
    'us-gov-east-1',
    'us-gov-west-1',
    // aws-iso
    'us-iso-east-1',
    'us-iso-west-1',
    // aws-iso-b
    'us-isob-east-1',
    'us-isob-west-1',
    // aws-iso-e
    'eu-isoe-west-1',
    // aws-iso-f
    'us-isof-east-1',
    'us-isof-south-1',
    // aws-eusc
    'eusc-de-east-1',
];
/** Amazon GuardDuty. */
const GUARDDUTY_REGIONS = [
    // aws
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'mx-central-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    // aws-cn
    'cn-north-1',
    'cn-northwest-1',
    // aws-us-gov
    'us-gov-east-1',
    'us-gov-west-1',
    // aws-iso
    'us-iso-east-1',
    'us-iso-west-1',
    // aws-iso-b
    'us-isob-east-1',
    // aws-iso-f
    'us-isof-east-1',
    'us-isof-south-1',
    // aws-eusc
    'eusc-de-east-1',
];
/** Amazon Macie (API `macie2`). */
const MACIE_REGIONS = [
    // aws
    'af-south-1',
    'ap-east-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2',
    'ca-central-1',
    'eu-central-1',
    'eu-north-1',
    'eu-south-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-south-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
];
/** AWS Security Hub. */
const SECURITYHUB_REGIONS = [
    // aws
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'mx-central-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    // aws-cn
    'cn-north-1',
    'cn-northwest-1',
    // aws-us-gov
    'us-gov-east-1',
    'us-gov-west-1',
    // aws-iso
    'us-iso-east-1',
    'us-iso-west-1',
    // aws-iso-b
    'us-isob-east-1',
    'us-isob-west-1',
    // aws-iso-f
    'us-isof-east-1',
    'us-isof-south-1',
    // aws-eusc
    'eusc-de-east-1',
];
/** Amazon Detective (endpoint prefix `api.detective`). */
const DETECTIVE_REGIONS = [
    // aws
    'af-south-1',
    'ap-east-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2',
    'ca-central-1',
    'eu-central-1',
    'eu-north-1',
    'eu-south-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-south-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    // aws-us-gov
    'us-gov-east-1',
    'us-gov-west-1',
];
/** The regional services' tables, by service. */
const service_regions_OFFERED = {
    iot: new Set(IOT_REGIONS),
    ram: new Set(RAM_REGIONS),
    guardduty: new Set(GUARDDUTY_REGIONS),
    macie: new Set(MACIE_REGIONS),
    securityhub: new Set(SECURITYHUB_REGIONS),
    detective: new Set(DETECTIVE_REGIONS),
};
/**
 * Every region some table here (or IoT's) names, sorted: the regions this release knows. A name
 * outside it is a misspelling, or a region AWS launched after these tables were read: either way
 * no table can say whether a service is offered there, so the policy and the `regions` input
 * refuse it and a region listed through `all` is reported as unknown, never as "not offered".
 */
const KNOWN_REGIONS = [...new Set([...IOT_REGIONS, ...RAM_REGIONS, ...GUARDDUTY_REGIONS, ...MACIE_REGIONS, ...SECURITYHUB_REGIONS, ...DETECTIVE_REGIONS])].sort();
const KNOWN = new Set(KNOWN_REGIONS);
/** Whether this release knows `region` (exact, case-sensitive region name): see KNOWN_REGIONS. */
function isKnownRegion(region) {
    return KNOWN.has(region);
}
/** Whether `service` has an endpoint in `region` (exact, case-sensitive region name). A global service is offered everywhere. */
function offeredIn(service, region) {
    return service === 'organizations' || service_regions_OFFERED[service].has(region);
}


/***/ }),

/***/ 2963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ EOL),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   jz: () => (/* binding */ tmpdir),
/* harmony export */   zh: () => (/* binding */ uuidShaped)
/* harmony export */ });
/**
 * The Node built-ins whose module is loaded on first use rather than at start-up. Loading
 * node:crypto costs a run 25 to 29 M instructions (it brings the stream modules with it: the
 * node:crypto part of npm run cold-start -- --instructions), node:os and node:fs/promises about
 * 9 and 8 M (valgrind on `node -e "require('os')"` against `node -e 0`): together about a quarter
 * of what validate spent over a bare node, for values validate never needs or that need no module.
 */
/** os.EOL, which is exactly this (lib/os.js), without loading node:os. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** os.tmpdir(), node:os loaded only when asked. */
function tmpdir() {
    return process.getBuiltinModule('node:os').tmpdir();
}
/** sha256 of the bytes (UTF-8 for text), hex; node:crypto loaded only when asked. */
function sha256Hex(data) {
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(data).digest('hex');
}
/**
 * A version-4 UUID's shape from Math.random, for the runner's output delimiters: they
 * must be unknown to whoever wrote the value when it was written, and be absent from it, which
 * setOutput (src/runner/files.ts) checks before writing. Neither needs a cryptographic generator (nor node:crypto).
 */
function uuidShaped() {
    const hex = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    const variant = (8 + Math.floor(Math.random() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}


/***/ }),

/***/ 4238:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ PRODUCT),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   PW: () => (/* binding */ COMMENT_DETAILS),
/* harmony export */   YW: () => (/* binding */ ALERT_CHOICES),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/** Input and output names, as action.yml declares them. */
const Inputs = {
    PolicyFile: 'policy-file',
    Mode: 'mode',
    Regions: 'regions',
    MaxActions: 'max-actions',
    RoleName: 'role-name',
    Shard: 'shard',
    Reports: 'reports',
    GithubToken: 'github-token',
    CommentDetail: 'comment-detail',
    Alert: 'alert',
    RateLimits: 'rate-limits',
};
const Outputs = {
    /** Every item rejected or declined in this run, whatever its kind: rejected + declined, the sum of the four per-kind counts below. */
    Acted: 'acted',
    /** Every item rejected in this run, every kind together: the report's and summary-json's counts.rejected. */
    Rejected: 'rejected',
    /** Every item declined in this run, every kind together: the report's and summary-json's counts.declined. */
    Declined: 'declined',
    RejectedCertificateTransfers: 'rejected-certificate-transfers',
    DeclinedHandshakes: 'declined-handshakes',
    RejectedShareInvitations: 'rejected-share-invitations',
    DeclinedSecurityInvitations: 'declined-security-invitations',
    Planned: 'planned',
    Failed: 'failed',
    ReportFile: 'report-file',
    SummaryJson: 'summary-json',
};
const MODES = ['validate', 'dry-run', 'enforce', 'plan', 'merge'];
/** How much of the account a plan shows on the pull request (the `comment-detail` input). */
const COMMENT_DETAILS = ['full', 'summary'];
/** The `alert` input: `off` (the default) or `issue` (keep one issue up to date while something needs a person). */
const ALERT_CHOICES = ['off', 'issue'];
const PRODUCT = 'inbound-guard';


/***/ }),

/***/ 703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ allowanceLapsing),
/* harmony export */   Lx: () => (/* binding */ DEFAULT_LAPSE_WINDOW_DAYS),
/* harmony export */   cE: () => (/* binding */ lapsingWithin),
/* harmony export */   cS: () => (/* binding */ lapsesAt),
/* harmony export */   fx: () => (/* binding */ isInForce)
/* harmony export */ });
/** How far ahead a lapsing `until` is worth a reviewer's attention (the plan, the alert issue and the log's Decisions group). */
const DEFAULT_LAPSE_WINDOW_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The instant an `until: YYYY-MM-DD` lapses: 00:00:00Z on the next day. The entry is in force
 * for the whole of the named day in UTC, whatever the runner's time zone.
 *
 * Returns undefined for anything that is not a real calendar date (2026-02-30, 2026-1-5, '').
 * The policy parser rejects those; we still refuse to guess here, and the caller treats an
 * unreadable `until` as lapsed so that a malformed entry can only deny, never allow.
 */
function lapsesAt(until) {
    const parts = DATE_ONLY.exec(until);
    if (parts === null)
        return undefined;
    const [, y, m, d] = parts;
    const year = Number(y);
    const month = Number(m);
    const day = Number(d);
    const startOfDay = Date.UTC(year, month - 1, day);
    const check = new Date(startOfDay);
    // Date.UTC rolls 2026-02-30 over to 2026-03-02 and maps years 0..99 to 1900..1999: refuse both.
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
        return undefined;
    }
    return new Date(startOfDay + DAY_MS);
}
/**
 * Whether an allow entry is in force at `now`: always without `until`, otherwise strictly
 * before the start of the day after `until` (UTC). An invalid `now` or `until` gives false.
 */
function isInForce(entry, now) {
    if (entry.until === undefined)
        return true;
    const lapse = lapsesAt(entry.until);
    if (lapse === undefined)
        return false;
    // NaN (an Invalid Date) compares false: fail closed.
    return now.getTime() < lapse.getTime();
}
/**
 * When an `until` that is still in force at `now` lapses within `windowDays`: the instant and the
 * time left. Undefined when it has lapsed already, lapses later, or is not a real date.
 */
function lapsingWithin(until, now, windowDays) {
    const lapse = lapsesAt(until);
    if (lapse === undefined)
        return undefined;
    const left = lapse.getTime() - now.getTime();
    if (!(left > 0 && left <= windowDays * DAY_MS))
        return undefined;
    return { lapsesAt: lapse.toISOString(), daysLeft: Math.floor(left / DAY_MS), hoursLeft: Math.floor((left % DAY_MS) / (DAY_MS / 24)) };
}
/**
 * When an item allowed now stops being allowed, if within `windowDays` of `now`: its `allowedThrough`
 * (the last day any entry allows it, read by the run that decided) as `until`, with that lapse.
 * Undefined for any other action, an allowance that does not end, or one that ends later. The one
 * test of "an allowance lapsing soon": the alert issue lists these and the log's Decisions group
 * marks the same, so the issue's cut line can send readers there.
 */
function allowanceLapsing(decision, now, windowDays) {
    const until = decision.action === 'allow' ? decision.allowedThrough : undefined;
    const soon = until === undefined ? undefined : lapsingWithin(until, now, windowDays);
    return until === undefined || soon === undefined ? undefined : { until, ...soon };
}


/***/ }),

/***/ 3369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ handshakeNotAllowed),
/* harmony export */   BS: () => (/* binding */ handshakeTypeNotGoverned),
/* harmony export */   BV: () => (/* binding */ acceptedNotAllowed),
/* harmony export */   GG: () => (/* binding */ outgoingTransfer),
/* harmony export */   IA: () => (/* binding */ organizationsEntryLapsed),
/* harmony export */   It: () => (/* binding */ outgoingHandshake),
/* harmony export */   Lj: () => (/* binding */ guardedOrganizationInvite),
/* harmony export */   Q: () => (/* binding */ allowedBy),
/* harmony export */   Rl: () => (/* binding */ sourceNotAllowed),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   UE: () => (/* binding */ citeEntry),
/* harmony export */   Zl: () => (/* binding */ lapsedClause),
/* harmony export */   ch: () => (/* binding */ guardedOrganizationInviteAccepted),
/* harmony export */   dN: () => (/* binding */ handshakeNotOpen),
/* harmony export */   e0: () => (/* binding */ unknownSource),
/* harmony export */   hl: () => (/* binding */ MAX_REASON_LENGTH),
/* harmony export */   hq: () => (/* binding */ acceptedBeforeRunDetail),
/* harmony export */   iH: () => (/* binding */ acceptedAfterListing),
/* harmony export */   im: () => (/* binding */ handshakeDeclined),
/* harmony export */   ow: () => (/* binding */ iotEntryLapsed),
/* harmony export */   rO: () => (/* binding */ acceptedAfterListingDetail),
/* harmony export */   z2: () => (/* binding */ organizationsEntryTypeExcluded)
/* harmony export */ });
/* unused harmony export SHOWN_MAX_LENGTH */
/* harmony import */ var _in_force_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(703);
/* harmony import */ var _model_items_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7469);
/* harmony import */ var _model_sender_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1000);



const PLAIN = /^[A-Za-z0-9._@+-]+$/;
/**
 * The longest value a reason quotes back: AWS's are shorter (an account id 12 characters, an
 * organization id 34, a management email 64, a state or type a word). With it, the sender's part of
 * a reason is bounded, so the reason as a whole is (MAX_REASON_LENGTH).
 */
const SHOWN_MAX_LENGTH = 64;
/**
 * Writers show a reason, and the detail of an item accepted against the policy, whole up to this
 * many characters. Every one this release builds is shorter (the longest, a handshake's detail with
 * every sender value at SHOWN_MAX_LENGTH, is about 750): our words are never cut because a sender's
 * value was long. Only a reason read from a shard report file, or an allow entry's long note, can
 * reach it.
 */
const MAX_REASON_LENGTH = 1000;
/**
 * `value` when it is plain id/email text of at most SHOWN_MAX_LENGTH characters, otherwise a short
 * description that does not echo it.
 */
function shown(value) {
    if (!PLAIN.test(value))
        return `(a value of ${value.length} characters with unusual characters, not shown)`;
    return value.length <= SHOWN_MAX_LENGTH ? value : `(a value of ${value.length} characters, too long to show)`;
}
/** `iot.allow[1] (line 8)` */
function citeEntry(list, entry) {
    return `${list}[${entry.index}] (line ${entry.position.line})`;
}
/** A note flattened to one line: it is written by the policy author but may span lines. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function lapsedClause(until) {
    if (until === undefined)
        return 'is not in force';
    if ((0,_in_force_js__WEBPACK_IMPORTED_MODULE_0__/* .lapsesAt */ .cS)(until) === undefined)
        return `has an until (${shown(until)}) that is not a valid YYYY-MM-DD date, so it is treated as lapsed`;
    return `lapsed at the end of ${until} (UTC)`;
}
// ---- both kinds ---------------------------------------------------------------------------
/** "allowed by iot.allow[0] (line 5) until the end of 2026-10-31 (UTC): factory provisioning account" */
function allowedBy(list, entry) {
    const until = entry.until === undefined ? '' : ` until the end of ${entry.until} (UTC)`;
    const note = entry.note === undefined || oneLine(entry.note) === '' ? '' : `: ${oneLine(entry.note)}`;
    return `allowed by ${citeEntry(list, entry)}${until}${note}`;
}
// ---- certificate transfers ----------------------------------------------------------------
function outgoingTransfer(targetAccount) {
    const target = targetAccount === undefined || targetAccount === '' ? 'an account that could not be determined' : shown(targetAccount);
    return `outgoing transfer to ${target}: this account is the source; only the destination can reject it`;
}
function unknownSource() {
    return 'the source account could not be determined, so no iot.allow entry can match it (default deny)';
}
function sourceNotAllowed(sourceAccount) {
    return `source account ${shown(sourceAccount)} is not in iot.allow`;
}
/** "iot.allow[1] (line 8) would allow 444455556666 but lapsed at the end of 2026-10-31 (UTC)" */
function iotEntryLapsed(entry, sourceAccount) {
    return `${citeEntry('iot.allow', entry)} would allow ${shown(sourceAccount)} but ${lapsedClause(entry.until)}`;
}
const known = (v) => v !== undefined && v !== '';
/**
 * Whether the handshake names anything an organizations.allow entry could match (decide/match.ts:
 * an entry matches only on a known organization, management account or email).
 */
function identified(sender) {
    return known(sender.organizationId) || known(sender.managementAccountId) || known(sender.managementEmail);
}
/** "the INVITE handshake from organization o-…, management account …, management email …" */
function describeHandshake(sender) {
    const parts = [
        known(sender.organizationId) ? `organization ${shown(sender.organizationId)}` : undefined,
        known(sender.managementAccountId) ? `management account ${shown(sender.managementAccountId)}` : undefined,
        known(sender.managementEmail) ? `management email ${shown(sender.managementEmail)}` : undefined,
    ].filter(known);
    const from = parts.length === 0 ? `an ${_model_sender_js__WEBPACK_IMPORTED_MODULE_1__/* .UNIDENTIFIED_SENDER */ .v5}` : parts.join(', ');
    return `the ${shown(sender.type)} handshake from ${from}`;
}
/**
 * The one type whose handshake from an unidentified sender is told how to get through: only a
 * TRANSFER_RESPONSIBILITY's ARN may name our own side (toHandshakeItem, directionOf), so only a
 * billing transfer can be both expected and unidentified. For any other type (an INVITE above all,
 * the main protection) leaving it ungoverned is not advice worth giving.
 */
const UNGOVERN_ADVISED_TYPE = 'TRANSFER_RESPONSIBILITY';
/** Where the costs of leaving the type ungoverned are explained at length. */
const UNIDENTIFIED_SENDER_DOCS = 'docs/policy.md#handshakes-from-an-unidentified-sender';
/**
 * What leaving TRANSFER_RESPONSIBILITY ungoverned costs, for as long as it is: the list is
 * policy-wide, so it costs every guarded account; one accepted early in that time may have dropped
 * off the listing before the type is governed again, so never flagged; and allow entries narrowed to
 * the type must change too, or the policy is invalid (semantic-checks: a narrowed type must be governed).
 */
const UNGOVERN_COSTS = `meanwhile no ${UNGOVERN_ADVISED_TYPE} handshake is declined in any guarded account, another one accepted early on may never be flagged, ` +
    `and allow entries narrowed to that type must change too (see ${UNIDENTIFIED_SENDER_DOCS})`;
function outgoingHandshake(recipient) {
    const to = recipient === undefined || recipient === '' ? '' : ` to ${shown(recipient)}`;
    return `outgoing handshake${to}: sent by this account's own organization; only the recipient can decline it`;
}
function handshakeNotOpen(state) {
    // A state AWS adds later is not "already" anything we know of: say so rather than guess.
    const known = _model_items_js__WEBPACK_IMPORTED_MODULE_2__/* .HANDSHAKE_STATES */ .r5.includes(state);
    return `${known ? 'already' : 'in state'} ${shown(state)}${known ? '' : ', which this release does not know'}; only OPEN and REQUESTED handshakes can be declined`;
}
function handshakeTypeNotGoverned(type) {
    return `type ${shown(type)} is not governed by organizations.handshake-types`;
}
/** "no organizations.allow entry matches the INVITE handshake from …" ("can match" when its sender is unidentified). */
function handshakeNotAllowed(sender) {
    return `no organizations.allow entry ${identified(sender) ? 'matches' : 'can match'} ${describeHandshake(sender)}`;
}
/**
 * A pending handshake's decline: handshakeNotAllowed, and for a TRANSFER_RESPONSIBILITY from an
 * unidentified sender how to accept one that is expected, with what that costs.
 */
function handshakeDeclined(sender) {
    const why = handshakeNotAllowed(sender);
    if (identified(sender) || sender.type !== UNGOVERN_ADVISED_TYPE)
        return why;
    return (`${why}. To accept one you expect, leave ${UNGOVERN_ADVISED_TYPE} out of organizations.handshake-types (through a reviewed pull request) ` +
        `until 30 days after you accept it, when Organizations stops listing it (a run flags it till then); ${UNGOVERN_COSTS}`);
}
/** Why ListAccounts' organization may invite: the clause both reasons below end on. */
const GUARDED_ORGANIZATION = 'the organization this run guards (targets.organization: its ListAccounts named it)';
/** "the INVITE handshake from organization o-…, … comes from the organization this run guards …: left alone" (pending). */
function guardedOrganizationInvite(sender) {
    return `${describeHandshake(sender)} comes from ${GUARDED_ORGANIZATION}: it is how an account joins that organization, so it is not declined`;
}
/** "already ACCEPTED: the INVITE handshake from organization o-… comes from the organization this run guards …" */
function guardedOrganizationInviteAccepted(sender) {
    return `already ACCEPTED: ${describeHandshake(sender)} comes from ${GUARDED_ORGANIZATION}: that is how the account joined it, not against the policy`;
}
/** "accepted before this run, though the policy does not allow it: no organizations.allow entry matches …" */
function acceptedNotAllowed(why) {
    return `accepted before this run, though the policy does not allow it: ${why}`;
}
/** What to look at first, by what accepting the handshake did; `known`: whether the sending organization is. */
function afterAccepting(type, known) {
    const organization = known ? 'that organization' : 'the organization that sent it';
    if (type === 'INVITE')
        return `The account may now be a member of ${organization}: review its organization membership now.`;
    if (type === UNGOVERN_ADVISED_TYPE)
        return `${known ? 'That organization' : 'The organization that sent it'} may now be responsible for this organization's billing: review the billing transfer now.`;
    return "Review the account's organization membership and billing now.";
}
/**
 * The detail of a handshake flagged as accepted before the run: what was seen, who sent it (ids and
 * plain text only, through `shown`), and what to do. From an unidentified sender no entry can
 * acknowledge it: the flag stops by itself once the listing drops it, the safer way; leaving a
 * TRANSFER_RESPONSIBILITY's type ungoverned stops it sooner, at UNGOVERN_COSTS.
 */
function acceptedBeforeRunDetail(sender) {
    const known = identified(sender);
    const intended = known
        ? 'If it was intended, acknowledge it by allowing the sender in organizations.allow through a reviewed pull request; the report then stops flagging it.'
        : `If it was intended: no organizations.allow entry can match an ${_model_sender_js__WEBPACK_IMPORTED_MODULE_1__/* .UNIDENTIFIED_SENDER */ .v5}, but the flag stops by itself once Organizations stops listing the handshake, 30 days after it was accepted.` +
            (sender.type === UNGOVERN_ADVISED_TYPE
                ? ` Leaving ${UNGOVERN_ADVISED_TYPE} out of organizations.handshake-types (through a reviewed pull request) until then stops it sooner, but ${UNGOVERN_COSTS}.`
                : '');
    return ('Accepted in this account before this run: the handshake listing shows it ACCEPTED (Organizations keeps finished handshakes listed for 30 days), ' +
        `so there is nothing left to decline. It is ${describeHandshake(sender)}, which the policy does not allow. ${afterAccepting(sender.type, known)} ` +
        intended);
}
/** "accepted after this run listed it, though the policy does not allow it: …" (a certificate found accepted when described). */
function acceptedAfterListing(why) {
    return `accepted after this run listed it, though the policy does not allow it: ${why}`;
}
/**
 * The detail of a certificate transfer listed as pending that DescribeCertificate then found
 * accepted into this account (in `status`, AWS's word, through `shown`), and what to do.
 */
function acceptedAfterListingDetail(status) {
    return (`Listed as pending, then DescribeCertificate found it ${shown(status)} and owned by this account: accepted after it was listed, so there is nothing left to reject. ` +
        'The certificate is now one of this account\'s: check with whoever accepted it, and deactivate or delete it if it was not meant to be. ' +
        'If it was intended, allow the source in iot.allow through a reviewed pull request.');
}
function organizationsEntryLapsed(entry, sender) {
    return `${citeEntry('organizations.allow', entry)} would allow ${describeHandshake(sender)} but ${lapsedClause(entry.until)}`;
}
function organizationsEntryTypeExcluded(entry, sender) {
    const types = entry.handshakeTypes ?? [];
    const cover = types.length === 0 ? 'its handshake-types list is empty' : `its handshake-types cover only ${types.map(shown).join(', ')}`;
    return `${citeEntry('organizations.allow', entry)} names the sender of ${describeHandshake(sender)} but ${cover}`;
}


/***/ }),

/***/ 7180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ acceptedAgainstPolicy),
/* harmony export */   Xe: () => (/* binding */ ignore),
/* harmony export */   Xg: () => (/* binding */ deny),
/* harmony export */   cw: () => (/* binding */ allow),
/* harmony export */   eO: () => (/* binding */ known)
/* harmony export */ });
/* unused harmony export toMatchedEntry */
/* harmony import */ var _reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3369);

function toMatchedEntry(list, entry) {
    return {
        list,
        index: entry.index,
        position: entry.position,
        ...(entry.note === undefined ? {} : { note: entry.note }),
        ...(entry.until === undefined ? {} : { until: entry.until }),
    };
}
/** An allow entry matches: leave the item alone. */
function allow(item, list, entry) {
    return { item, action: 'allow', matched: toMatchedEntry(list, entry), reason: (0,_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .allowedBy */ .Q)(list, entry) };
}
/** Nothing allows it: the kind's write (default deny). */
function deny(item, action, why) {
    return { item, action, reason: why };
}
/** Not ours to judge. */
function ignore(item, why) {
    return { item, action: 'ignore', reason: why };
}
/**
 * Accepted in this account already, though nothing allows it: nothing is left to write
 * (an `ignore`), but the act stage reports it `accepted-meanwhile` with `detail`, in every mode.
 */
function acceptedAgainstPolicy(item, why, detail) {
    return { item, action: 'ignore', reason: why, acceptedAgainstPolicy: detail };
}
/** An empty string from an adapter says no more than undefined does. */
function known(value) {
    return value !== undefined && value !== '';
}


/***/ }),

/***/ 5691:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6278);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I0: () => (/* binding */ INPUT_IGNORED),
  C$: () => (/* binding */ alertOnBadInputs),
  GZ: () => (/* binding */ askedFor),
  sb: () => (/* binding */ readSettings)
});

// UNUSED EXPORTS: ignoredInputs, knownSecrets, runContext

// EXTERNAL MODULE: ./lib/runner/commands.js
var commands = __nccwpck_require__(6910);
// EXTERNAL MODULE: ./lib/builtins.js
var builtins = __nccwpck_require__(2963);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/constants.js
var constants = __nccwpck_require__(4238);
// EXTERNAL MODULE: ./lib/policy/defaults.js
var defaults = __nccwpck_require__(5698);
// EXTERNAL MODULE: ./lib/policy/region-fields.js
var region_fields = __nccwpck_require__(1656);
// EXTERNAL MODULE: ./lib/aws/service-regions.js + 1 modules
var service_regions = __nccwpck_require__(2975);
// EXTERNAL MODULE: ./lib/policy/fields.js
var fields = __nccwpck_require__(6457);
// EXTERNAL MODULE: ./lib/sweep/shard.js
var shard = __nccwpck_require__(72);
// EXTERNAL MODULE: ./lib/aws/quotas.js
var quotas = __nccwpck_require__(4324);
// EXTERNAL MODULE: ./lib/policy/suggest.js
var suggest = __nccwpck_require__(3304);
;// CONCATENATED MODULE: ./lib/inputs/parse-inputs.js
/**
 * Each input's parser: the input's text in, its value out (undefined when empty and optional), or
 * an Error that names the input, the value and what to write. Pure; read-inputs.ts calls them.
 */








function parseAlert(value) {
    const alert = value.trim() || 'off';
    if (constants/* ALERT_CHOICES */.YW.includes(alert))
        return alert;
    throw new Error(`Input '${constants/* Inputs */.G0.Alert}' is '${alert}'; expected off (the default) or issue (keep one issue in this repository up to date while something needs a person; the job needs permissions: issues: write).`);
}
function parsePolicyFile(value) {
    const file = value.trim() || '.github/inbound-guard.yml';
    if (file.includes('\0'))
        throw new Error(`Input '${constants/* Inputs */.G0.PolicyFile}' contains a NUL character; give the path of the policy file, e.g. .github/inbound-guard.yml.`);
    return file;
}
function parseMode(value) {
    const mode = value.trim() || 'dry-run';
    if (constants/* MODES */.FN.includes(mode))
        return mode;
    throw new Error(`Input '${constants/* Inputs */.G0.Mode}' is '${mode}'; expected one of ${constants/* MODES */.FN.join(', ')} (dry-run, the default, writes nothing).`);
}
function parseCommentDetail(value) {
    const detail = value.trim();
    if (detail === '')
        return undefined;
    if (constants/* COMMENT_DETAILS */.PW.includes(detail))
        return detail;
    throw new Error(`Input '${constants/* Inputs */.G0.CommentDetail}' is '${detail}'; expected ${constants/* COMMENT_DETAILS */.PW.join(' or ')}, or leave it empty (summary on public repositories, full on private ones).`);
}
/**
 * `all`, or comma- or newline-separated names of regions this release knows; empty → undefined.
 * Duplicates are dropped. An unknown name fails here, before any AWS call: swept as given it would
 * be skipped as "not offered" by every service, a green run that read nothing there.
 */
function parseRegions(value) {
    const names = value.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
    if (names.length === 0)
        return undefined;
    if (names.length === 1 && names[0] === region_fields/* ALL_REGIONS */.mn)
        return region_fields/* ALL_REGIONS */.mn;
    if (names.includes(region_fields/* ALL_REGIONS */.mn)) {
        const others = [...new Set(names.filter((name) => name !== region_fields/* ALL_REGIONS */.mn))].join(', ');
        throw new Error(`Input '${constants/* Inputs */.G0.Regions}' combines '${region_fields/* ALL_REGIONS */.mn}' with region names (${others}); give either '${region_fields/* ALL_REGIONS */.mn}' alone (every region enabled for each account) or only names.`);
    }
    const instead = `use '${region_fields/* ALL_REGIONS */.mn}' (every region enabled for each account) or names such as us-east-1 or eu-west-1, separated by commas or newlines`;
    for (const name of names) {
        if (!region_fields/* REGION_PATTERN */.aY.test(name)) {
            const global = (0,region_fields/* globalEndpointText */.Cy)(name, instead);
            throw new Error(global === undefined ? `Input '${constants/* Inputs */.G0.Regions}' has '${name}', which is not an AWS region name; ${instead}.` : `Input '${constants/* Inputs */.G0.Regions}': ${global}`);
        }
        if (!(0,service_regions/* isKnownRegion */.Kk)(name))
            throw new Error(`Input '${constants/* Inputs */.G0.Regions}': ${(0,region_fields/* unknownRegionText */.qH)(name)}`);
    }
    return [...new Set(names)];
}
function parseRoleName(value) {
    const name = value.trim();
    if (name === '')
        return undefined;
    if (!fields/* ROLE_NAME_PATTERN */.qC.test(name)) {
        throw new Error(`Input '${constants/* Inputs */.G0.RoleName}' is '${name}', which is not an IAM role name; give the name (optionally with its path), e.g. inbound-guard-readonly, not an ARN.`);
    }
    return name;
}
function parseShardInput(value) {
    if (value.trim() === '')
        return undefined;
    try {
        return (0,shard/* parseShard */.uK)(value);
    }
    catch (error) {
        throw new Error(`Input '${constants/* Inputs */.G0.Shard}': ${error instanceof Error ? error.message : String(error)}`);
    }
}
function parseMaxActions(value) {
    const text = value.trim();
    if (text === '')
        return undefined;
    if (!/^\d+$/.test(text) || Number(text) > defaults/* MAX_ACTIONS_LIMIT */.P3) {
        throw new Error(`Input '${constants/* Inputs */.G0.MaxActions}' is '${text}'; expected a whole number from 0 to ${defaults/* MAX_ACTIONS_LIMIT */.P3} (0 means never act).`);
    }
    return Number(text);
}
/** The most requests per second an override may set: far above any AWS quota for these APIs. */
const MAX_RATE_LIMIT = 10_000;
/** The least rate `rate-limits` takes: below it one call waits over 10 s for the next, and a run can outlast its job. */
const MIN_RATE_LIMIT = 0.1;
/**
 * `rate-limits`: one number (requests per second for every API in the quota table), or
 * `API=number` pairs separated by commas or newlines, each API named as the table names its
 * operation (`DescribeCertificate=5, ListCertificates=20`); empty → undefined (the table's quotas).
 * Read into the table's keys, so a rate reaches only the API the table lists under that name: the
 * table's `ListInvitations` is Security Hub's, and GuardDuty's, Macie's and Detective's stay
 * unlimited. Nothing else is accepted (no `*=N`, no `service:Operation`, no number among pairs,
 * no API named twice): two forms are all a reader of a workflow has to know.
 */
function parseRateLimits(value) {
    const parts = value.split(/[\n,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
    if (parts.length === 0)
        return undefined;
    const apis = (0,quotas/* quotaApiNames */.TY)();
    const forms = `Accepted: one number of requests per second for every API (e.g. '5'), or API=number pairs separated by commas (e.g. 'DescribeCertificate=5, ListCertificates=20'), the APIs being ${apis.join(', ')}.`;
    const input = `Input '${constants/* Inputs */.G0.RateLimits}'`;
    const [only] = parts;
    if (parts.length === 1 && only !== undefined && !only.includes('=')) {
        if (!/^[-+]?\.?\d/.test(only))
            throw new Error(`${input} is '${only}', which is neither a number nor API=number pairs. ${forms}`);
        const tps = parseRate(only, `${input} is '${only}'`);
        return new Map(Object.keys(quotas/* QUOTAS */.eg).map((key) => [key, tps]));
    }
    const overrides = new Map();
    const named = new Map();
    for (const part of parts) {
        const at = part.indexOf('=');
        if (at < 0)
            throw new Error(`${input} has '${part}', which is not an API=number pair (a number alone must be the whole input). ${forms}`);
        const name = part.slice(0, at).trim();
        const rate = part.slice(at + 1).trim();
        const keys = (0,quotas/* quotaKeysNamed */.yE)(name);
        if (keys.length === 0)
            throw new Error(`${input} has '${part}'; ${unknownRateApi(name, rate, apis)}`);
        const earlier = named.get(name);
        if (earlier !== undefined)
            throw new Error(`${input} names ${name} twice ('${earlier}' and '${part}'); give each API one rate.`);
        named.set(name, part);
        const tps = parseRate(rate, `${input} gives ${name} the rate '${rate}'`);
        for (const key of keys)
            overrides.set(key, tps);
    }
    return overrides;
}
/** A rate of `rate-limits`, or an error whose message starts with `said` (what the input said, value included). */
function parseRate(text, said) {
    const tps = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || !(tps >= MIN_RATE_LIMIT) || tps > MAX_RATE_LIMIT) {
        throw new Error(`${said}; expected a number of requests per second from ${MIN_RATE_LIMIT} to ${MAX_RATE_LIMIT}, e.g. 5 or 2.5 (below ${MIN_RATE_LIMIT}, one call would wait over 10 s for the next).`);
    }
    return tps;
}
/** Why `name` (given `rate`) is not an API `rate-limits` can set, and what to write instead. */
function unknownRateApi(name, rate, apis) {
    const list = `The APIs the action rate-limits: ${apis.join(', ')}.`;
    if (name === '')
        return `it names no API. ${list}`;
    if (name === '*')
        return `'*' is not an API: a number alone ('${rate}') sets every API; to set some of them, name each. ${list}`;
    const colon = name.indexOf(':');
    if (colon >= 0) {
        const service = name.slice(0, colon);
        const operation = name.slice(colon + 1);
        const owners = (0,quotas/* quotaKeysNamed */.yE)(operation).map(quotas/* serviceOf */.z5);
        if (owners.includes(service))
            return `name the API without its service: '${operation}=${rate}'.`;
        if (owners.length > 0) {
            return `the ${operation} the action rate-limits is ${owners.join(' and ')}'s, and is named without its service; ${service}'s is not rate limited by the action (its throttling is retried by the SDK), so it has no rate to set. ${list}`;
        }
        return `'${name}' is not an API the action rate-limits; APIs are named without their service.${(0,suggest/* didYouMean */.au)(operation, apis)} ${list}`;
    }
    return `'${name}' is not an API the action rate-limits.${(0,suggest/* didYouMean */.au)(name, apis)} ${list}`;
}

;// CONCATENATED MODULE: ./lib/inputs/read-inputs.js
/**
 * The run's settings, read once from the inputs and the runner's environment (readSettings), and
 * what can still be told when they do not all read (alertOnBadInputs, askedFor). Each input's own
 * parser is in parse-inputs.ts.
 */





/**
 * The secrets the run holds: the GitHub token input and the AWS secret key and session token the
 * SDK will read from the environment. An AWS error can echo them (SignatureDoesNotMatch quotes the
 * session token); registered with runner.setSecret, the runner masks them in the log whatever else
 * fails to.
 */
function knownSecrets(githubToken, env) {
    return [githubToken, env['AWS_SECRET_ACCESS_KEY'], env['AWS_SESSION_TOKEN']].filter((s) => typeof s === 'string' && s.trim() !== '');
}
/** The title of the warnings for an input set and not used: here for the mode, and by the run for the policy (unusedRoleName). */
const INPUT_IGNORED = `${constants/* PRODUCT */.Ax}: input ignored`;
/** Reads every input and the environment variables the action uses, masking the secrets among them. Throws on bad values. */
function readSettings(env = process.env) {
    const githubToken = commands/* getInput */.V4(constants/* Inputs */.G0.GithubToken);
    // First, before anything can be logged.
    for (const secret of knownSecrets(githubToken, env))
        commands/* setSecret */.Pq(secret);
    const mode = parseMode(commands/* getInput */.V4(constants/* Inputs */.G0.Mode));
    // An input the mode does not read is not parsed either: a value it would refuse must not fail a
    // job that ignores it (one `with:` block serving a matrix of modes). Warned of below.
    const read = (name, parse) => (readsInput(mode, name) ? parse(commands/* getInput */.V4(name)) : undefined);
    const settings = {
        ...alertSettings(githubToken, env),
        mode,
        regions: read(constants/* Inputs */.G0.Regions, parseRegions),
        maxActions: read(constants/* Inputs */.G0.MaxActions, parseMaxActions),
        roleName: read(constants/* Inputs */.G0.RoleName, parseRoleName),
        shard: read(constants/* Inputs */.G0.Shard, parseShardInput),
        reports: read(constants/* Inputs */.G0.Reports, (value) => value.trim() || undefined),
        runId: [env['GITHUB_RUN_ID'], env['GITHUB_RUN_ATTEMPT']].filter(Boolean).join('-') || 'local',
        commentDetail: read(constants/* Inputs */.G0.CommentDetail, parseCommentDetail),
        rateLimits: read(constants/* Inputs */.G0.RateLimits, parseRateLimits),
        reportFile: reportPath(env),
    };
    checkAlert(settings);
    for (const warning of ignoredInputs(settings.mode, (name) => commands/* getInput */.V4(name).trim() !== ''))
        commands/* warning */.$e(warning, { title: INPUT_IGNORED });
    return settings;
}
function alertSettings(githubToken, env) {
    return {
        alert: parseAlert(commands/* getInput */.V4(constants/* Inputs */.G0.Alert)),
        githubToken,
        policyFile: parsePolicyFile(commands/* getInput */.V4(constants/* Inputs */.G0.PolicyFile)),
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        repository: repositoryContext(env),
        run: runContext(env),
    };
}
/**
 * For a run whose inputs did not all read (readSettings threw): the settings to alert with, when
 * its `alert` input asks for an issue and a run of its mode would have alerted (dry-run, enforce or
 * merge, not a shard); undefined otherwise, or when what alerting needs is itself what is wrong.
 * An input mistyped in a scheduled workflow leaves the accounts unguarded on every run: the issue
 * is how a person hears of it.
 */
function alertOnBadInputs(env = process.env) {
    try {
        const mode = parseMode(commands/* getInput */.V4(constants/* Inputs */.G0.Mode));
        const settings = alertSettings(commands/* getInput */.V4(constants/* Inputs */.G0.GithubToken), env);
        const shard = readsInput(mode, constants/* Inputs */.G0.Shard) && commands/* getInput */.V4(constants/* Inputs */.G0.Shard).trim() !== '';
        return settings.alert === 'issue' && (mode === 'dry-run' || mode === 'enforce' || mode === 'merge') && !shard ? { ...settings, mode } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The modes each input that only some modes read is read in (the others: every mode, or checked
 * already, as `alert` is). An input set for a mode that does not read it is most likely a workflow
 * copied from another job: warned of, not refused, so that one `with:` block may serve a matrix.
 */
const READ_IN = [
    [constants/* Inputs */.G0.Regions, ['dry-run', 'enforce', 'plan']],
    [constants/* Inputs */.G0.RoleName, ['dry-run', 'enforce', 'plan']],
    [constants/* Inputs */.G0.RateLimits, ['dry-run', 'enforce', 'plan']],
    [constants/* Inputs */.G0.MaxActions, ['dry-run', 'enforce', 'plan']],
    [constants/* Inputs */.G0.Shard, ['dry-run', 'enforce']],
    [constants/* Inputs */.G0.Reports, ['merge']],
    [constants/* Inputs */.G0.CommentDetail, ['plan']],
];
/** Whether `mode` reads the input `name` (every mode reads those READ_IN does not list). */
function readsInput(mode, name) {
    return READ_IN.find(([input]) => input === name)?.[1].includes(mode) ?? true;
}
/** A warning for each input `isSet` that `mode` does not read. Pure. */
function ignoredInputs(mode, isSet) {
    return READ_IN.filter(([name, modes]) => isSet(name) && !modes.includes(mode)).map(([name, modes]) => `Input '${name}' is set, but mode ${mode} does not read it (only ${modes.join(', ')} do${modes.length === 1 ? 'es' : ''}): it is ignored.`);
}
/**
 * What can still be told of a run whose inputs did not all read (readSettings threw): the mode
 * asked for, unless that input is the one that is wrong, and the workflow run. For summary-json,
 * which must say that such a run failed, and which run it was.
 */
function askedFor(env = process.env) {
    let mode;
    try {
        mode = parseMode(commands/* getInput */.V4(constants/* Inputs */.G0.Mode));
    }
    catch {
        mode = undefined;
    }
    return { mode, runUrl: runContext(env)?.url };
}
/** The run a report comes from; undefined outside a runner (no GITHUB_RUN_ID or GITHUB_REPOSITORY). */
function runContext(env) {
    const id = Number(env['GITHUB_RUN_ID']);
    const repository = env['GITHUB_REPOSITORY'];
    if (!Number.isSafeInteger(id) || id < 1 || !repository)
        return undefined;
    const attempt = Number(env['GITHUB_RUN_ATTEMPT']);
    const runAttempt = Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1;
    const base = `${env['GITHUB_SERVER_URL'] || 'https://github.com'}/${repository}/actions/runs/${id}`;
    const text = (name) => env[name] || undefined;
    return {
        id,
        attempt: runAttempt,
        repository,
        workflow: text('GITHUB_WORKFLOW'),
        workflowRef: text('GITHUB_WORKFLOW_REF'),
        job: text('GITHUB_JOB'),
        event: text('GITHUB_EVENT_NAME'),
        sha: text('GITHUB_SHA'),
        url: runAttempt > 1 ? `${base}/attempts/${runAttempt}` : base,
    };
}
/** Alerting is for the run that sees the whole picture: not validate or plan, and not one shard of a matrix. */
function checkAlert(settings) {
    if (settings.alert === 'off')
        return;
    if (settings.mode === 'validate' || settings.mode === 'plan') {
        const why = settings.mode === 'plan' ? 'plan comments on the pull request instead' : 'validate reads no account, so there is nothing to alert on';
        throw new Error(`Input '${constants/* Inputs */.G0.Alert}' is '${settings.alert}', but mode ${settings.mode} does not alert: ${why}. Alert from the scheduled dry-run or enforce run, or from the merge job of a matrix.`);
    }
    if (settings.shard !== undefined) {
        throw new Error(`Input '${constants/* Inputs */.G0.Alert}' is '${settings.alert}' on shard ${settings.shard.index}/${settings.shard.count}, but shards never alert: each sees only part of the run. Set ${constants/* Inputs */.G0.Alert}: ${settings.alert} on the merge job (mode: merge), which opens one issue for the whole run.`);
    }
}
function repositoryContext(env) {
    const repository = env['GITHUB_REPOSITORY'];
    const sha = env['GITHUB_SHA'];
    if (!repository || !sha)
        return undefined;
    return { serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com', repository, sha };
}
function reportPath(env) {
    const dir = env['RUNNER_TEMP'] || (0,builtins/* tmpdir */.jz)();
    // One report per step: several steps of a job (say, one per account) must not overwrite each other.
    const step = (env['GITHUB_ACTION'] || 'run').replace(/[^A-Za-z0-9_.-]/g, '_');
    return external_node_path_.join(dir, `${constants/* PRODUCT */.Ax}-${step}.json`);
}


/***/ }),

/***/ 8017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GW: () => (/* binding */ KINDS),
  kd: () => (/* binding */ KIND_NAMES),
  r2: () => (/* binding */ acceptedSinceListed),
  Q9: () => (/* binding */ compareItems),
  Cp: () => (/* binding */ itemAwsId),
  Dh: () => (/* binding */ itemKey),
  Qc: () => (/* binding */ itemRegion),
  tL: () => (/* binding */ itemSender),
  UL: () => (/* binding */ kindNamed),
  I: () => (/* binding */ kindOf),
  Ni: () => (/* binding */ planWrite),
  K5: () => (/* binding */ sweepScopes)
});

// EXTERNAL MODULE: ./lib/model/code-unit-order.js
var code_unit_order = __nccwpck_require__(7286);
// EXTERNAL MODULE: ./lib/model/sender.js
var sender = __nccwpck_require__(1000);
// EXTERNAL MODULE: ./lib/constants.js
var constants = __nccwpck_require__(4238);
// EXTERNAL MODULE: ./lib/model/aws-limits.js
var aws_limits = __nccwpck_require__(8565);
// EXTERNAL MODULE: ./lib/policy/template.js
var template = __nccwpck_require__(1366);
// EXTERNAL MODULE: ./lib/run/resolve-regions.js
var resolve_regions = __nccwpck_require__(2089);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __nccwpck_require__(2527);
;// CONCATENATED MODULE: ./lib/decide/email-pattern.js
/**
 * Case-insensitive glob match of a management email against a policy pattern.
 *
 * `*` matches any run of characters, including none; every other character is literal (no
 * regular expression is ever built from the pattern, so `.`, `+`, `?`, `(` mean themselves).
 *
 * Case folding is ASCII-only on purpose: the email is written by the sender, and full Unicode
 * folding would let `K` (U+212A KELVIN SIGN) pass for `k`, or `ſ` (U+017F) for `s`.
 */
function matchesEmailPattern(pattern, email) {
    return globMatch(foldAsciiCase(pattern).split('*'), foldAsciiCase(email));
}
/** Lower-cases A–Z only; every other code unit is kept as it is. */
function foldAsciiCase(text) {
    return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
/**
 * `segments` is the pattern split on `*`: the first must start the text, the last must end it,
 * the ones between must appear in order, without overlapping, in what is left. Taking the
 * leftmost occurrence of each middle segment is always right for `*`-only globs.
 */
function globMatch(segments, text) {
    const first = segments[0] ?? '';
    if (segments.length === 1)
        return text === first;
    const last = segments[segments.length - 1] ?? '';
    if (first.length + last.length > text.length)
        return false;
    if (!text.startsWith(first) || !text.endsWith(last))
        return false;
    let from = first.length;
    const end = text.length - last.length;
    for (const segment of segments.slice(1, -1)) {
        const at = text.indexOf(segment, from);
        if (at === -1 || at + segment.length > end)
            return false;
        from = at + segment.length;
    }
    return true;
}
/**
 * Whether every email `inner` matches is also matched by `outer` (case-insensitively): then a
 * change from `inner` to `outer` widens what an allow entry lets in. A `*` of `inner` stands for
 * any text, so only a `*` of `outer` can cover it; every other character must meet its equal. For
 * `*`-only globs that is exact (the plan diff calls anything else a change, never a narrowing).
 */
function patternCovers(outer, inner) {
    const o = foldAsciiCase(outer);
    const i = foldAsciiCase(inner);
    // reach[j]: outer[0..a) can produce inner[0..j). One row per character of outer.
    let reach = Array.from({ length: i.length + 1 }, (_, j) => j === 0);
    for (const ch of o) {
        const next = new Array(i.length + 1).fill(false);
        for (let j = 0; j <= i.length; j++) {
            if (ch === '*')
                next[j] = (reach[j] ?? false) || (j > 0 && (next[j - 1] ?? false));
            else
                next[j] = j > 0 && i[j - 1] !== '*' && i[j - 1] === ch && (reach[j - 1] ?? false);
        }
        reach = next;
    }
    return reach[i.length] ?? false;
}

// EXTERNAL MODULE: ./lib/decide/in-force.js
var in_force = __nccwpck_require__(703);
;// CONCATENATED MODULE: ./lib/decide/match.js




/** An empty string from an adapter says no more than undefined does. */
function known(value) {
    return value !== undefined && value !== '';
}
/** `iot.allow` entry vs an incoming transfer: the source account, then time. */
function iotEntryVerdict(entry, item, now) {
    if (!known(item.sourceAccount) || entry.sourceAccount !== item.sourceAccount)
        return 'no-match';
    return (0,in_force/* isInForce */.fx)(entry, now) ? 'match' : 'lapsed';
}
/**
 * Every identifying field the entry sets matches the handshake's sender. An entry that sets
 * none identifies nobody: the parser forbids it, and here it must not turn into "allow all".
 */
function entryIdentifiesSender(entry, item) {
    const { organization, managementAccount, managementEmail } = entry;
    if (organization === undefined && managementAccount === undefined && managementEmail === undefined)
        return false;
    if (organization !== undefined && organization !== item.organizationId)
        return false;
    if (managementAccount !== undefined && managementAccount !== item.managementAccountId)
        return false;
    if (managementEmail !== undefined) {
        // No email on the handshake: an entry that asks for one cannot match.
        if (!known(item.managementEmail))
            return false;
        if (!matchesEmailPattern(managementEmail, item.managementEmail))
            return false;
    }
    return true;
}
/** An entry without `handshake-types` covers every governed type. */
function entryCoversType(entry, type) {
    return entry.handshakeTypes === undefined || entry.handshakeTypes.includes(type);
}
/** `organizations.allow` entry vs an open, governed, incoming handshake. */
function organizationsEntryVerdict(entry, item, now) {
    if (!entryIdentifiesSender(entry, item))
        return 'no-match';
    if (!entryCoversType(entry, item.type))
        return 'type-excluded';
    return (0,in_force/* isInForce */.fx)(entry, now) ? 'match' : 'lapsed';
}
function searchAllowList(entries, verdictOf) {
    let lapsed;
    let typeExcluded;
    for (const entry of entries) {
        const verdict = verdictOf(entry);
        if (verdict === 'match')
            return { matched: entry };
        if (verdict === 'lapsed')
            lapsed ??= entry;
        if (verdict === 'type-excluded')
            typeExcluded ??= entry;
    }
    return {
        ...(lapsed === undefined ? {} : { lapsed }),
        ...(typeExcluded === undefined ? {} : { typeExcluded }),
    };
}

// EXTERNAL MODULE: ./lib/decide/reasons.js
var reasons = __nccwpck_require__(3369);
// EXTERNAL MODULE: ./lib/decide/verdicts.js
var verdicts = __nccwpck_require__(7180);
;// CONCATENATED MODULE: ./lib/kinds/certificate-transfers/decide.js
/**
 * Certificate transfers: reject every incoming transfer whose source account iot.allow does not
 * name; one that DescribeCertificate found accepted into this account since it was listed is
 * flagged instead (nothing is left to reject). Pure.
 */



function decideCertificateTransfer(item, policy, now) {
    // Outgoing transfers were sent by this account: never ours to reject.
    if (item.direction === 'outgoing')
        return (0,verdicts/* ignore */.Xe)(item, reasons/* outgoingTransfer */.GG(item.targetAccount));
    const reject = (why) => item.acceptedStatus === undefined ? (0,verdicts/* deny */.Xg)(item, 'reject', why) : (0,verdicts/* acceptedAgainstPolicy */.TF)(item, reasons/* acceptedAfterListing */.iH(why), reasons/* acceptedAfterListingDetail */.rO(item.acceptedStatus));
    const source = item.sourceAccount;
    if (source === undefined || source === '')
        return reject(reasons/* unknownSource */.e0());
    const found = searchAllowList(policy.iot.allow, (entry) => iotEntryVerdict(entry, item, now));
    if (found.matched !== undefined)
        return (0,verdicts/* allow */.cw)(item, 'iot.allow', found.matched);
    if (found.lapsed !== undefined)
        return reject(reasons/* iotEntryLapsed */.ow(found.lapsed, source));
    return reject(reasons/* sourceNotAllowed */.Rl(source));
}

;// CONCATENATED MODULE: ./lib/kinds/certificate-transfers/describe.js

const safe = (text) => (0,report_escape/* inertLogText */.I1)(text, 200);
const describeCertificateTransfer = {
    kindCell: () => 'IoT certificate transfer',
    sourceCell: (item) => {
        if (item.direction === 'outgoing')
            return `this account → ${item.targetAccount ? (0,report_escape/* code */.aY)(item.targetAccount) : 'unknown'}`;
        const from = item.sourceAccount ? `account ${(0,report_escape/* code */.aY)(item.sourceAccount)}` : 'unknown account';
        return item.transferMessage ? `${from}<br>${(0,report_escape/* quotedMarkdown */.Ux)(item.transferMessage, 128)}` : from;
    },
    logLabel: (item) => item.direction === 'outgoing'
        // Its sourceAccount is this account: the destination is what tells it apart.
        ? `IoT transfer ${safe(item.certificateId)} in ${safe(item.account)} ${safe(item.region)} sent by ${safe(item.account)} to ${safe(item.targetAccount ?? 'an unknown account')}`
        : `IoT transfer ${safe(item.certificateId)} in ${safe(item.account)} ${safe(item.region)} from ${safe(item.sourceAccount ?? 'an unknown account')}`,
};

// EXTERNAL MODULE: ./lib/plan/policy-row.js
var policy_row = __nccwpck_require__(8420);
;// CONCATENATED MODULE: ./lib/plan/entry-diff.js
/**
 * Allow entries in the whole-policy diff: entries added and removed, and entries edited in place —
 * widened (a broader email pattern, a selector or a `handshake-types` narrowing dropped, an `until`
 * moved later or removed) or narrowed. Each kind describes its allow list as an EntryKind (its
 * fields, what an entry allows); the generic field comparisons (`selector`, `until`) are here. Pure.
 */


/** An optional value of an entry that narrows what it matches (a selector): dropping it widens the entry. */
function selector(key, name, read, what) {
    return {
        key,
        compare: (base, head) => {
            const b = read(base);
            const h = read(head);
            if (b === h)
                return [];
            if (b === undefined)
                return [{ effect: 'strengthens', words: [`now also requires ${name} `, (0,policy_row.v)(h ?? '')] }];
            if (h === undefined)
                return [{ effect: 'weakens', words: [`no longer requires ${name} `, (0,policy_row.v)(b), `: it matches ${what}`] }];
            return [{ effect: 'weakens', words: [`${name} changed from `, (0,policy_row.v)(b), ' to ', (0,policy_row.v)(h), ': it lets in another sender'] }];
        },
    };
}
/**
 * An entry's `until`. What counts is whether the entry is in force at `now` on each side: moving a
 * date that has passed to another that has passed changes nothing, and an entry that had lapsed
 * and is in force again lets its senders in again, however the dates compare.
 */
const until = () => ({
    key: 'until',
    compare: (base, head, now) => {
        const b = base.until;
        const h = head.until;
        if (b === h)
            return [];
        const before = (0,in_force/* isInForce */.fx)(base, now);
        const after = (0,in_force/* isInForce */.fx)(head, now);
        if (!before && !after)
            return [{ effect: 'neutral', words: ['its expiry changes from ', (0,policy_row.v)(b ?? ''), ' to ', (0,policy_row.v)(h ?? ''), ', both passed: it stays lapsed and allows nothing'] }];
        if (!before) {
            const from = ['it had lapsed (until ', (0,policy_row.v)(b ?? ''), ') and '];
            return [{ effect: 'weakens', words: h === undefined ? [...from, 'its expiry is removed: it is in force again, for good'] : [...from, 'is in force again until ', (0,policy_row.v)(h)] }];
        }
        if (!after)
            return [{ effect: 'strengthens', words: ['its expiry moves to ', (0,policy_row.v)(h ?? ''), ', which has passed: it no longer allows anything', ...(b === undefined ? [] : [' (it was until ', (0,policy_row.v)(b), ')'])] }];
        if (b === undefined)
            return [{ effect: 'strengthens', words: ['now lapses at the end of ', (0,policy_row.v)(h ?? '')] }];
        if (h === undefined)
            return [{ effect: 'weakens', words: ['its expiry is removed: it no longer lapses (it was until ', (0,policy_row.v)(b), ')'] }];
        // YYYY-MM-DD compares as text in date order.
        return h > b
            ? [{ effect: 'weakens', words: ['its expiry moves later, from ', (0,policy_row.v)(b), ' to ', (0,policy_row.v)(h)] }]
            : [{ effect: 'strengthens', words: ['its expiry moves earlier, from ', (0,policy_row.v)(b), ' to ', (0,policy_row.v)(h)] }];
    },
});
function fieldChanges(kind, base, head, now) {
    return kind.fields.flatMap((f) => f.compare(base, head, now));
}
/**
 * Pairs the entries of two allow lists: identical ones first (by content: moving an entry or editing
 * its note is not a change), then entries sharing an identity, then same-shaped entries at the same
 * index. What is left is added or removed.
 */
function pairEntries(kind, base, head, now) {
    const freeBase = new Set(base.map((_, i) => i));
    const pairs = [];
    const unpaired = [];
    const take = (h, fits) => {
        for (const i of freeBase) {
            const b = base[i];
            if (b !== undefined && fits(b)) {
                freeBase.delete(i);
                pairs.push([b, h]);
                return true;
            }
        }
        return false;
    };
    for (const h of head)
        if (!take(h, (b) => fieldChanges(kind, b, h, now).length === 0))
            unpaired.push(h);
    const stillUnpaired = unpaired.filter((h) => !take(h, (b) => kind.identities(b).some((id) => kind.identities(h).includes(id))));
    const added = stillUnpaired.filter((h) => !take(h, (b) => b.index === h.index && kind.sameShape(b, h)));
    const removed = [...freeBase].sort((a, b) => a - b).flatMap((i) => (base[i] === undefined ? [] : [base[i]]));
    return { pairs, added, removed };
}
/** The allow list as a row of the policy diff. */
function entriesRow(kind) {
    return {
        key: kind.list,
        diff: (basePolicy, headPolicy, now) => {
            const { pairs, added, removed } = pairEntries(kind, kind.entries(basePolicy), kind.entries(headPolicy), now);
            const out = [];
            for (const [b, h] of pairs) {
                // An entry lapsed in the PR allows nothing: no edit of it can weaken protection.
                const lapsed = !(0,in_force/* isInForce */.fx)(h, now);
                for (const change of fieldChanges(kind, b, h, now)) {
                    const effect = lapsed && change.effect === 'weakens' ? 'neutral' : change.effect;
                    out.push({ key: `${kind.list}[${h.index}]`, effect, at: { policy: 'head', line: h.position.line }, words: ['The entry for ', ...kind.allows(b), ': ', ...change.words, '.'] });
                }
            }
            // An entry whose `until` has passed allows nothing: adding or removing it changes no decision.
            for (const h of added) {
                const at = { policy: 'head', line: h.position.line };
                if (h.until !== undefined && !(0,in_force/* isInForce */.fx)(h, now)) {
                    out.push({ key: `${kind.list}[${h.index}]`, effect: 'neutral', at, words: ['New allow entry for ', ...kind.allows(h), ', already lapsed (until ', (0,policy_row.v)(h.until), '): it allows nothing.'] });
                    continue;
                }
                const lapses = h.until === undefined ? [] : [' (until ', (0,policy_row.v)(h.until), ')'];
                out.push({ key: `${kind.list}[${h.index}]`, effect: 'weakens', at, words: ['New allow entry: ', ...kind.allows(h), ` will no longer be ${kind.otherwise}`, ...lapses, '.'] });
            }
            for (const b of removed) {
                const at = { policy: 'base', line: b.position.line };
                if (b.until !== undefined && !(0,in_force/* isInForce */.fx)(b, now)) {
                    out.push({ key: `${kind.list}[${b.index}]`, effect: 'neutral', at, words: ['Allow entry removed for ', ...kind.allows(b), '; it had lapsed (until ', (0,policy_row.v)(b.until), ') and allowed nothing.'] });
                    continue;
                }
                out.push({ key: `${kind.list}[${b.index}]`, effect: 'strengthens', at, words: ['Allow entry removed: ', ...kind.allows(b), ` will be ${kind.otherwise} unless another entry allows them.`] });
            }
            return out;
        },
    };
}

// EXTERNAL MODULE: ./lib/model/words.js
var model_words = __nccwpck_require__(9344);
;// CONCATENATED MODULE: ./lib/plan/section-rows.js


/**
 * The row. `read` gives undefined when the policy does not govern the kind at all: then this row
 * says nothing (the section's own row says the kind is newly governed, or no longer).
 */
function regionSelectionRow(words, read) {
    const { key } = words;
    // `IoT is … (it was …)`, `Security-service invitations are … (they were …)`.
    const [is, itWas] = words.subject === undefined ? [`${words.label} is`, 'it was'] : [`${words.subject} are`, 'they were'];
    const ItWas = `${itWas.charAt(0).toUpperCase()}${itWas.slice(1)}`;
    const row = (0,policy_row/* fieldRow */.h0)({
        key,
        read,
        // Never absent inside a governed section: normalise fills in `all`, which compares like a written `all`.
        absent: { value: 'all' },
        show: (selection) => (selection === 'all' ? [(0,policy_row.v)('all'), ' (every enabled region)'] : selection.length === 0 ? [(0,policy_row.v)('[]'), ' (no region)'] : (0,policy_row/* valueList */.Q0)(selection)),
        compare: (base, head) => {
            if (base.value === 'all' && head.value === 'all')
                return [];
            if (base.value === 'all') {
                const list = head.value;
                return list.length === 0
                    ? [{ key, effect: 'weakens', words: [`${is} no longer swept in any region (`, (0,policy_row.v)(`${key}: []`), `): no ${words.one} will be ${words.done}. ${ItWas} swept in every enabled region.`] }]
                    : [{ key, effect: 'weakens', words: [`${is} no longer swept in every enabled region, only in `, ...(0,policy_row/* valueList */.Q0)(list), `: ${words.parked} in any other region (including regions enabled later) will not be ${words.done}.`] }];
            }
            if (head.value === 'all') {
                return [{ key, effect: 'strengthens', words: [`${is} now swept in every enabled region (${itWas} `, ...regionsShown(base.value), ').'] }];
            }
            const { added, removed } = (0,policy_row/* addedRemoved */.rq)(base.value, head.value);
            const out = [];
            if (removed.length > 0 && head.value.length === 0) {
                out.push({ key, effect: 'weakens', words: [`${is} no longer swept in any region (`, (0,policy_row.v)(`${key}: []`), `): no ${words.one} will be ${words.done}. ${ItWas} swept in `, ...(0,policy_row/* valueList */.Q0)(removed), '.'] });
            }
            else if (removed.length > 0) {
                out.push({ key, effect: 'weakens', words: [(0,model_words/* plural */.LS)(removed.length, `${words.label} region `, `${words.label} regions `), ...(0,policy_row/* valueList */.Q0)(removed), ` no longer swept: ${words.many} there will not be ${words.done}.`] });
            }
            if (added.length > 0)
                out.push({ key, effect: 'strengthens', words: [(0,model_words/* plural */.LS)(added.length, `${words.label} region `, `${words.label} regions `), ...(0,policy_row/* valueList */.Q0)(added), ' now swept.'] });
            return out;
        },
    });
    return row;
}
function regionsShown(list) {
    return list.length === 0 ? ['no region'] : (0,policy_row/* valueList */.Q0)(list);
}
/** A row that only compares when both policies govern the kind (`governs`); otherwise the section's row speaks. */
function withinSection(row, governs) {
    return { key: row.key, diff: (base, head, now, caller) => (governs(base) && governs(head) ? row.diff(base, head, now, caller) : []) };
}
/**
 * A section that governs its kind by being there: adding it strengthens (from nothing to default
 * deny), removing it weakens (nothing of the kind is acted on any more). `read` gives the section's
 * line and its allow entries' count, or undefined when it is absent.
 */
function governedSectionRow(words, read) {
    const { key, title, done } = words;
    return {
        key,
        diff: (base, head) => {
            const b = read(base);
            const h = read(head);
            if (b === undefined && h !== undefined) {
                const unless = h.allowed === 0 ? ' (no allow entry)' : ` unless ${h.allowed === 1 ? 'its allow entry matches' : `one of its ${h.allowed} allow entries matches`} it`;
                return [{ key, effect: 'strengthens', at: { policy: 'head', line: h.line }, words: [`${title} are now governed (`, (0,policy_row.v)(key), `): every pending one is ${done}${unless}.`] }];
            }
            if (b !== undefined && h === undefined) {
                return [{ key, effect: 'weakens', at: { policy: 'base', line: b.line }, words: [`${title} are no longer governed (`, (0,policy_row.v)(key), ` removed): none will be ${done}, whoever sends them.`] }];
            }
            return [];
        },
    };
}

;// CONCATENATED MODULE: ./lib/kinds/certificate-transfers/plan.js
/** Certificate transfers in the plan: the `iot` rows of the whole-policy diff and the iot.allow entries. Pure. */



const iotRegionsRow = regionSelectionRow({ key: 'iot.regions', label: 'IoT', one: 'certificate transfer', many: 'certificate transfers', parked: 'transfers parked', done: 'rejected' }, (p) => p.iot.regions);
const rejectReasonRow = (0,policy_row/* fieldRow */.h0)({
    key: 'iot.reject-reason',
    read: (p) => p.iot.rejectReason,
    // Never absent: normalise fills in the default reason.
    absent: { value: '' },
    show: (text) => [(0,policy_row.v)(text)],
    compare: (base, head) => base.value === head.value ? [] : [{ key: 'iot.reject-reason', effect: 'neutral', words: ['The reject reason sent to senders changes from ', (0,policy_row.v)(base.value), ' to ', (0,policy_row.v)(head.value), '.'] }],
});
const IOT_ALLOW = {
    list: 'iot.allow',
    entries: (p) => p.iot.allow,
    allows: (e) => ['certificate transfers from account ', (0,policy_row.v)(e.sourceAccount)],
    otherwise: 'rejected',
    identities: (e) => [e.sourceAccount],
    sameShape: () => false,
    fields: [selector('source-account', 'source account', (e) => e.sourceAccount, 'another account'), until()],
};
const iotAllowRow = entriesRow(IOT_ALLOW);
function iotEntryRef(entry) {
    return { list: 'iot.allow', index: entry.index, line: entry.position.line, allows: `source account ${entry.sourceAccount}`, until: entry.until, note: entry.note };
}

;// CONCATENATED MODULE: ./lib/kinds/certificate-transfers/model.js
/**
 * AWS IoT certificate transfers (policy section `iot`): regional, always governed (iot.regions: []
 * sweeps no region), rejected with RejectCertificateTransfer unless iot.allow names the source.
 */









const certificateTransfers = {
    name: 'certificate-transfer',
    section: 'iot',
    title: 'IoT certificate transfers',
    label: 'IoT',
    scope: 'regional',
    verb: 'reject',
    // A rejected certificate goes back to its sender: DescribeCertificate here no longer finds it, or finds it not ours.
    ownWriteEndStates: ['gone', 'unknown'],
    output: { name: constants/* Outputs */.tY.RejectedCertificateTransfers, description: 'Number of IoT certificate transfers rejected in this run; this kind only (rejected counts every kind).' },
    governed: () => true,
    notGoverned: 'always governed',
    sweepScope: (policy, regionsInput) => ({ kind: 'certificate-transfer', services: ['iot'], regions: (0,resolve_regions/* resolveRegions */.U)(regionsInput, policy.iot.regions) }),
    serviceOf: () => 'iot',
    decide: decideCertificateTransfer,
    writeFor: (item, policy) => {
        if (item.direction !== 'incoming')
            return { refused: 'Refused: an outgoing transfer is not ours to reject.' };
        // decide flags a certificate found accepted (nothing left to reject): a reject for one is a decision that cannot be right.
        if (item.acceptedStatus !== undefined)
            return { refused: 'Refused: DescribeCertificate found this certificate accepted into this account; there is nothing to reject.' };
        const reason = (0,template/* expandRejectReason */.uX)(policy.iot.rejectReason, { sourceAccount: item.sourceAccount, policyFile: policy.path, region: item.region, certificateId: item.certificateId });
        return { write: { kind: 'certificate-transfer', service: 'iot', account: item.account, region: item.region, target: item.certificateId, rejectReason: (0,aws_limits/* limitRejectReason */.h)(reason) } };
    },
    sender: (item) => (0,sender/* accountSender */.fN)('account', item.sourceAccount),
    // Listed PENDING_TRANSFER, then DescribeCertificate found it accepted into this account.
    acceptedSinceListed: (item) => item.acceptedStatus !== undefined,
    itemId: (item) => item.certificateId,
    key: (item) => `iot:${item.region}:${item.certificateId}`,
    order: (item) => [item.region, item.certificateId],
    describe: describeCertificateTransfer,
    policyRows: [iotRegionsRow, rejectReasonRow, iotAllowRow],
    entryRefs: (policy) => IOT_ALLOW.entries(policy).map(iotEntryRef),
    policySummary: {
        lines: (policy) => {
            const regions = policy.iot.regions === 'all'
                ? 'every region enabled for each account (`all`), unless the `regions` input says otherwise'
                : policy.iot.regions.length === 0 ? 'none (IoT is not swept)' : policy.iot.regions.map(report_escape/* code */.aY).join(', ');
            return [`**IoT regions:** ${regions}`, `**Reject reason:** ${(0,report_escape/* code */.aY)(policy.iot.rejectReason)}`];
        },
        rows: (policy) => policy.iot.allow.map((e) => [
            `iot.allow[${e.index}]`,
            String(e.position.line),
            `source account ${(0,report_escape/* code */.aY)(e.sourceAccount)}`,
            e.until ? `until ${(0,report_escape/* code */.aY)(e.until)} (UTC)` : 'no end date',
            e.note ? (0,report_escape/* inertMarkdown */.Ic)(e.note) : '',
        ]),
    },
};

// EXTERNAL MODULE: ./lib/model/organization.js
var organization = __nccwpck_require__(9114);
;// CONCATENATED MODULE: ./lib/kinds/handshakes/decide.js
/**
 * Organizations handshakes: decline every open, incoming handshake of a governed type that
 * organizations.allow does not match, and flag every such handshake that was accepted before the
 * run (the listing keeps finished handshakes for 30 days). An INVITE from the organization the run
 * guards (context.guardedOrganization, organization mode only) is neither. Pure.
 */




/** Only these states can still be declined; the rest are final. */
const DECLINABLE_STATES = ['OPEN', 'REQUESTED'];
function isDeclinableState(state) {
    return DECLINABLE_STATES.includes(state);
}
/** Types outside `organizations.handshake-types` (including ones AWS adds later) are not ours. */
function isGovernedType(type, policy) {
    return policy.organizations.handshakeTypes.includes(type);
}
/**
 * An INVITE sent by the organization this run guards: how an account joins it, so the platform
 * team's own act, as an outgoing handshake is in its management account. Only with a guarded
 * organization in the context (targets.organization, named by this run's ListAccounts), and only
 * when the handshake names both its id and its management account (the ARN's two fields), as AWS
 * formats them: never from sender-written text. Other types from it stay governed as written.
 */
function isGuardedOrganizationInvite(item, context) {
    const guarded = context.guardedOrganization;
    if (guarded === undefined || item.type !== 'INVITE')
        return false;
    // The ARN's fields, not the item's: those fall back to Parties and Resources when the ARN is
    // missing or of another shape, and a sender writes those. And the item's too: toHandshakeItem
    // leaves the sender unknown when the ARN names this very account for a handshake sent to it, so
    // the ARN's organization is then not taken for the sender's.
    const fromArn = (0,organization/* parseHandshakeArn */.QB)(item.arn);
    return fromArn.organizationId === guarded.id && fromArn.managementAccountId === guarded.managementAccount && item.organizationId === guarded.id;
}
function decideHandshake(item, policy, now, context = {}) {
    if (item.direction === 'outgoing')
        return (0,verdicts/* ignore */.Xe)(item, reasons/* outgoingHandshake */.It(item.recipient));
    if (item.state === 'ACCEPTED')
        return decideAccepted(item, policy, now, context);
    if (!isDeclinableState(item.state))
        return (0,verdicts/* ignore */.Xe)(item, reasons/* handshakeNotOpen */.dN(item.state));
    if (!isGovernedType(item.type, policy))
        return (0,verdicts/* ignore */.Xe)(item, reasons/* handshakeTypeNotGoverned */.BS(item.type));
    // Before any entry: it holds at every instant, so an allowance's chain (src/decide) never meets it.
    if (isGuardedOrganizationInvite(item, context))
        return (0,verdicts/* ignore */.Xe)(item, reasons/* guardedOrganizationInvite */.Lj(item));
    const found = searchAllowList(policy.organizations.allow, (entry) => organizationsEntryVerdict(entry, item, now));
    if (found.matched !== undefined)
        return (0,verdicts/* allow */.cw)(item, 'organizations.allow', found.matched);
    if (found.lapsed !== undefined)
        return (0,verdicts/* deny */.Xg)(item, 'decline', reasons/* organizationsEntryLapsed */.IA(found.lapsed, item));
    if (found.typeExcluded !== undefined) {
        return (0,verdicts/* deny */.Xg)(item, 'decline', reasons/* organizationsEntryTypeExcluded */.z2(found.typeExcluded, item));
    }
    return (0,verdicts/* deny */.Xg)(item, 'decline', reasons/* handshakeDeclined */.im(item));
}
/**
 * An incoming handshake someone in this account accepted before this run: too late to decline, but
 * one of a governed type that the policy does not allow (no entry matches, or the entry that names
 * the sender leaves its type out) is the very event the guard is for, so it is flagged. An in-force
 * entry leaves it alone; so does a lapsed one, which may well have been in force when it was accepted.
 * So does an INVITE from the organization the run guards: that is how the account joined it.
 */
function decideAccepted(item, policy, now, context) {
    const final = reasons/* handshakeNotOpen */.dN(item.state);
    if (!isGovernedType(item.type, policy))
        return (0,verdicts/* ignore */.Xe)(item, final);
    if (isGuardedOrganizationInvite(item, context))
        return (0,verdicts/* ignore */.Xe)(item, reasons/* guardedOrganizationInviteAccepted */.ch(item));
    const found = searchAllowList(policy.organizations.allow, (entry) => organizationsEntryVerdict(entry, item, now));
    if (found.matched !== undefined || found.lapsed !== undefined)
        return (0,verdicts/* ignore */.Xe)(item, final);
    const why = found.typeExcluded !== undefined ? reasons/* organizationsEntryTypeExcluded */.z2(found.typeExcluded, item) : reasons/* handshakeNotAllowed */.$x(item);
    return (0,verdicts/* acceptedAgainstPolicy */.TF)(item, reasons/* acceptedNotAllowed */.BV(why), reasons/* acceptedBeforeRunDetail */.hq(item));
}

;// CONCATENATED MODULE: ./lib/kinds/handshakes/describe.js


const describe_safe = (text) => (0,report_escape/* inertLogText */.I1)(text, 200);
const describeHandshake = {
    kindCell: (item) => `Handshake ${(0,report_escape/* code */.aY)(item.type)}`,
    sourceCell: (item) => {
        const notes = item.notes ? `<br>note: ${(0,report_escape/* quotedMarkdown */.Ux)(item.notes, 120)}` : '';
        // Sent by this account's own organization (it manages it): to whom, as for an outgoing transfer.
        if (item.direction === 'outgoing')
            return `this account’s organization${item.organizationId ? ` ${(0,report_escape/* code */.aY)(item.organizationId)}` : ''} → ${item.recipient ? (0,report_escape/* code */.aY)(item.recipient) : 'unknown'}${notes}`;
        const parts = [
            item.organizationId ? `org ${(0,report_escape/* code */.aY)(item.organizationId)}` : '',
            item.managementAccountId ? `account ${(0,report_escape/* code */.aY)(item.managementAccountId)}` : '',
            item.managementEmail ? (0,report_escape/* inertMarkdown */.Ic)(item.managementEmail, 100) : '',
            item.managementName ? (0,report_escape/* quotedMarkdown */.Ux)(item.managementName, 60) : '',
        ].filter(Boolean);
        if (parts.length > 0)
            return parts.join(', ') + notes;
        const claimed = claimedParts(item.claimedSender, report_escape/* code */.aY, (email) => (0,report_escape/* inertMarkdown */.Ic)(email, 100), (name) => (0,report_escape/* quotedMarkdown */.Ux)(name, 60));
        return `${sender/* UNIDENTIFIED_SENDER */.v5}${claimed === '' ? '' : ` (claims ${claimed}, unverified)`}${notes}`;
    },
    logLabel: (item) => {
        const head = `handshake ${describe_safe(item.id)} (${describe_safe(item.type)}, ${describe_safe(item.state)})`;
        // Outgoing: the ARN names this account as the sending organization's management account, and the parties agree (toHandshakeItem).
        if (item.direction === 'outgoing')
            return `${head} sent by ${describe_safe(item.account)}'s organization${item.organizationId ? ` ${describe_safe(item.organizationId)}` : ''} to ${describe_safe(item.recipient ?? 'a recipient AWS did not name')}`;
        const from = item.organizationId ?? item.managementAccountId ?? (item.managementEmail === undefined ? undefined : `management email ${item.managementEmail}`);
        if (from !== undefined)
            return `${head} to ${describe_safe(item.account)} from ${describe_safe(from)}`;
        const claimed = claimedParts(item.claimedSender, describe_safe, describe_safe, logQuoted);
        return `${head} to ${describe_safe(item.account)} from an ${sender/* UNIDENTIFIED_SENDER */.v5}${claimed === '' ? '' : ` (claims ${claimed}, unverified)`}`;
    },
};
/**
 * "o-… / 666677778888 / finance@… / “Name”": each value through the sink's own escaping, and the
 * ids and the email only when they have AWS's shape (organization id, 12 digits, plain email), so
 * the sender cannot write words of ours into the claim (`o-x / 1, verified) (was`). The name, free
 * text, is quoted by `name`, which must keep an embedded quote from closing it. '' when nothing is shown.
 */
function claimedParts(claimed, id, email, name) {
    if (claimed === undefined)
        return '';
    return [
        (0,sender/* isOrganizationId */.nK)(claimed.organizationId) ? id(claimed.organizationId) : '',
        (0,sender/* isAccountId */.JG)(claimed.managementAccountId) ? id(claimed.managementAccountId) : '',
        (0,sender/* isPlainEmail */.p)(claimed.managementEmail) ? email(claimed.managementEmail) : '',
        claimed.managementName === undefined || claimed.managementName === '' ? '' : name(claimed.managementName),
    ]
        .filter(Boolean)
        .join(' / ');
}
/**
 * A sender-written name in the log, JSON-quoted (an embedded `"` or `\\` is escaped, so it cannot
 * close the quotes) after being cut to 60 characters, then made inert; never cut again, so the
 * closing quote stays (60 characters JSON-escaped are at most 362).
 */
function logQuoted(text) {
    return (0,report_escape/* inertLogText */.I1)(JSON.stringify(Array.from(text).slice(0, 60).join('')), 400);
}

;// CONCATENATED MODULE: ./lib/kinds/handshakes/plan.js
/** Handshakes in the plan: the `organizations` rows of the whole-policy diff and the organizations.allow entries. Pure. */



const handshakeTypesRow = (0,policy_row/* fieldRow */.h0)({
    key: 'organizations.handshake-types',
    read: (p) => p.organizations.handshakeTypes,
    // Never absent: normalise fills in the default types, which compare like written ones.
    absent: { value: [] },
    show: (types) => (0,policy_row/* valueList */.Q0)(types),
    compare: (base, head) => {
        const { added, removed } = (0,policy_row/* addedRemoved */.rq)(base.value, head.value);
        const out = [];
        if (removed.length > 0 && head.value.length === 0) {
            out.push({ key: 'organizations.handshake-types', effect: 'weakens', words: ['Handshakes are no longer governed at all (', (0,policy_row.v)('organizations.handshake-types: []'), '): no ', ...(0,policy_row/* valueList */.Q0)(removed), ' handshake will be declined.'] });
        }
        else if (removed.length > 0) {
            out.push({ key: 'organizations.handshake-types', effect: 'weakens', words: [...(0,policy_row/* valueList */.Q0)(removed), ' handshakes are no longer governed: they will not be declined.'] });
        }
        if (added.length > 0)
            out.push({ key: 'organizations.handshake-types', effect: 'strengthens', words: [...(0,policy_row/* valueList */.Q0)(added), ' handshakes are now governed: declined unless an entry allows them.'] });
        return out;
    },
});
const email = {
    key: 'management-email',
    compare: (base, head, now) => {
        const b = base.managementEmail;
        const h = head.managementEmail;
        if (b === undefined || h === undefined)
            return [...selector('management-email', 'management email', (e) => e.managementEmail, 'any management email').compare(base, head, now)];
        const wider = patternCovers(h, b);
        const narrower = patternCovers(b, h);
        if (wider && narrower)
            return [];
        if (wider)
            return [{ effect: 'weakens', words: ['management email broadened from ', (0,policy_row.v)(b), ' to ', (0,policy_row.v)(h)] }];
        if (narrower)
            return [{ effect: 'strengthens', words: ['management email narrowed from ', (0,policy_row.v)(b), ' to ', (0,policy_row.v)(h)] }];
        return [{ effect: 'weakens', words: ['management email changed from ', (0,policy_row.v)(b), ' to ', (0,policy_row.v)(h), ': it lets in other senders'] }];
    },
};
const entryTypes = {
    key: 'handshake-types',
    compare: (base, head) => {
        const b = base.handshakeTypes;
        const h = head.handshakeTypes;
        if (b === undefined && h === undefined)
            return [];
        if (b === undefined)
            return [{ effect: 'strengthens', words: ['now narrowed to ', ...(0,policy_row/* valueList */.Q0)(h ?? [])] }];
        if (h === undefined)
            return [{ effect: 'weakens', words: ['its ', (0,policy_row.v)('handshake-types'), ' narrowing (', ...(0,policy_row/* valueList */.Q0)(b), ') is removed: it now applies to every governed type'] }];
        const { added, removed } = (0,policy_row/* addedRemoved */.rq)(b, h);
        return [
            ...(added.length > 0 ? [{ effect: 'weakens', words: ['now also applies to ', ...(0,policy_row/* valueList */.Q0)(added)] }] : []),
            ...(removed.length > 0 ? [{ effect: 'strengthens', words: ['no longer applies to ', ...(0,policy_row/* valueList */.Q0)(removed)] }] : []),
        ];
    },
};
const ORGANIZATION_SELECTORS = ['organization', 'managementAccount', 'managementEmail'];
const ORGANIZATIONS_ALLOW = {
    list: 'organizations.allow',
    entries: (p) => p.organizations.allow,
    allows: (e) => {
        const parts = [
            e.organization === undefined ? [] : ['organization ', (0,policy_row.v)(e.organization)],
            e.managementAccount === undefined ? [] : ['management account ', (0,policy_row.v)(e.managementAccount)],
            e.managementEmail === undefined ? [] : ['management email ', (0,policy_row.v)(e.managementEmail)],
        ].filter((p) => p.length > 0);
        const joined = parts.flatMap((p, i) => (i === 0 ? p : [' with ', ...p]));
        const types = e.handshakeTypes === undefined ? [] : [' (only ', ...(0,policy_row/* valueList */.Q0)(e.handshakeTypes), ')'];
        return ['handshakes from ', ...joined, ...types];
    },
    otherwise: 'declined',
    identities: (e) => [
        ...(e.organization === undefined ? [] : [`organization:${e.organization}`]),
        ...(e.managementAccount === undefined ? [] : [`account:${e.managementAccount}`]),
        ...(e.managementEmail === undefined ? [] : [`email:${foldAsciiCase(e.managementEmail)}`]),
    ],
    sameShape: (a, b) => ORGANIZATION_SELECTORS.every((k) => (a[k] === undefined) === (b[k] === undefined)),
    fields: [
        selector('organization', 'organization', (e) => e.organization, 'handshakes from any organization with that sender'),
        selector('management-account', 'management account', (e) => e.managementAccount, 'any management account'),
        email,
        entryTypes,
        until(),
    ],
};
const organizationsAllowRow = entriesRow(ORGANIZATIONS_ALLOW);
function organizationsEntryRef(entry) {
    const allows = [
        entry.organization === undefined ? '' : `organization ${entry.organization}`,
        entry.managementAccount === undefined ? '' : `management account ${entry.managementAccount}`,
        entry.managementEmail === undefined ? '' : `management email ${entry.managementEmail}`,
        entry.handshakeTypes === undefined ? '' : `types ${entry.handshakeTypes.join(', ')}`,
    ].filter(Boolean).join('; ');
    return { list: 'organizations.allow', index: entry.index, line: entry.position.line, allows, until: entry.until, note: entry.note };
}

;// CONCATENATED MODULE: ./lib/kinds/handshakes/model.js
/**
 * AWS Organizations handshakes (policy section `organizations`): global, governed unless
 * organizations.handshake-types is [], declined with DeclineHandshake unless organizations.allow
 * matches the sender.
 */






const handshakes = {
    name: 'handshake',
    section: 'organizations',
    title: 'Organizations handshakes',
    label: 'Organizations',
    scope: 'global',
    verb: 'decline',
    // A declined handshake stays listed DECLINED for 30 days: gone, cancelled, accepted or unknown is not our decline.
    ownWriteEndStates: ['declined'],
    output: { name: constants/* Outputs */.tY.DeclinedHandshakes, description: 'Number of Organizations handshakes declined in this run; this kind only (declined counts every kind).' },
    governed: (policy) => policy.organizations.handshakeTypes.length > 0,
    notGoverned: 'organizations.handshake-types is []',
    sweepScope: () => ({ kind: 'handshake', services: ['organizations'], regions: [] }),
    serviceOf: () => 'organizations',
    decide: decideHandshake,
    writeFor: (item) => item.direction !== 'incoming'
        ? { refused: 'Refused: a handshake this account sent is not ours to decline.' }
        : { write: { kind: 'handshake', service: 'organizations', account: item.account, target: item.id } },
    sender: (item) => (0,sender/* organizationSender */.HA)(item.organizationId) ?? (0,sender/* accountSender */.fN)('management-account', item.managementAccountId),
    // Flagged only when the listing shows it ACCEPTED: accepted before this run listed it.
    acceptedSinceListed: () => false,
    itemId: (item) => item.id,
    key: (item) => `organizations:${item.id}`,
    order: (item) => ['', item.id],
    describe: describeHandshake,
    policyRows: [handshakeTypesRow, organizationsAllowRow],
    entryRefs: (policy) => ORGANIZATIONS_ALLOW.entries(policy).map(organizationsEntryRef),
    policySummary: {
        lines: (policy) => {
            const types = policy.organizations.handshakeTypes.length === 0
                ? 'none (handshakes are not governed)'
                : policy.organizations.handshakeTypes.map(report_escape/* code */.aY).join(', ');
            return [`**Governed handshake types:** ${types}`];
        },
        rows: (policy) => policy.organizations.allow.map((e) => [
            `organizations.allow[${e.index}]`,
            String(e.position.line),
            [
                e.organization ? `organization ${(0,report_escape/* code */.aY)(e.organization)}` : '',
                e.managementAccount ? `management account ${(0,report_escape/* code */.aY)(e.managementAccount)}` : '',
                e.managementEmail ? `management email ${(0,report_escape/* code */.aY)(e.managementEmail)}` : '',
                e.handshakeTypes ? `types ${e.handshakeTypes.map(report_escape/* code */.aY).join(', ')}` : '',
            ].filter(Boolean).join(', '),
            e.until ? `until ${(0,report_escape/* code */.aY)(e.until)} (UTC)` : 'no end date',
            e.note ? (0,report_escape/* inertMarkdown */.Ic)(e.note) : '',
        ]),
    },
};

;// CONCATENATED MODULE: ./lib/kinds/resource-share-invitations/decide.js
/**
 * RAM resource-share invitations: reject every PENDING invitation that no in-force ram.allow entry
 * matches — by sending account and, when the entry narrows it, by the types of every resource the
 * invitation would share. Pure.
 */





const RESOURCE_TYPE = /^[A-Za-z0-9-]{1,64}:[A-Za-z0-9-]{1,64}$/;
/** A resource type when it looks like one (`ec2:Subnet`), else a description that does not echo it. */
function shownType(type) {
    if (type === undefined || type === '')
        return '(a resource of unknown type)';
    return RESOURCE_TYPE.test(type) ? type : `(a type of ${type.length} characters with unusual characters, not shown)`;
}
/** Whether every resource is of one of `types` (case-insensitively). No resource listed: nothing to check against, so no. */
function coversResources(types, resources) {
    if (resources.length === 0)
        return false;
    const allowed = new Set(types.map(foldAsciiCase));
    return resources.every((r) => r.type !== undefined && allowed.has(foldAsciiCase(r.type)));
}
/** `ram.allow` entry vs a pending invitation: the sending account, the resource types, then time. */
function ramEntryVerdict(entry, item, now) {
    if (!(0,verdicts/* known */.eO)(item.senderAccountId) || entry.sourceAccount !== item.senderAccountId)
        return 'no-match';
    if (entry.resourceTypes !== undefined && !coversResources(entry.resourceTypes, item.resources))
        return 'type-excluded';
    return (0,in_force/* isInForce */.fx)(entry, now) ? 'match' : 'lapsed';
}
function decideResourceShareInvitation(item, policy, now) {
    const ram = policy.ram;
    if (ram === undefined)
        return (0,verdicts/* ignore */.Xe)(item, 'RAM resource-share invitations are not governed by this policy (it has no ram section)');
    if (item.status !== 'PENDING')
        return (0,verdicts/* ignore */.Xe)(item, `already ${(0,reasons/* shown */.SP)(item.status)}; only PENDING invitations can be rejected`);
    const sender = item.senderAccountId;
    if (!(0,verdicts/* known */.eO)(sender))
        return (0,verdicts/* deny */.Xg)(item, 'reject', 'the sending account could not be determined, so no ram.allow entry can match it (default deny)');
    const found = searchAllowList(ram.allow, (entry) => ramEntryVerdict(entry, item, now));
    if (found.matched !== undefined)
        return (0,verdicts/* allow */.cw)(item, 'ram.allow', found.matched);
    if (found.lapsed !== undefined)
        return (0,verdicts/* deny */.Xg)(item, 'reject', `${(0,reasons/* citeEntry */.UE)('ram.allow', found.lapsed)} would allow ${(0,reasons/* shown */.SP)(sender)} but ${(0,reasons/* lapsedClause */.Zl)(found.lapsed.until)}`);
    if (found.typeExcluded !== undefined)
        return (0,verdicts/* deny */.Xg)(item, 'reject', typesNotCovered(found.typeExcluded, sender, item.resources));
    return (0,verdicts/* deny */.Xg)(item, 'reject', `sending account ${(0,reasons/* shown */.SP)(sender)} is not in ram.allow`);
}
function typesNotCovered(entry, sender, resources) {
    const cite = `${(0,reasons/* citeEntry */.UE)('ram.allow', entry)} names sending account ${(0,reasons/* shown */.SP)(sender)}`;
    if (resources.length === 0)
        return `${cite} but the invitation lists no resources, so its resource-types cannot be checked`;
    const allowed = new Set((entry.resourceTypes ?? []).map(foldAsciiCase));
    const others = [...new Set(resources.filter((r) => r.type === undefined || !allowed.has(foldAsciiCase(r.type))).map((r) => shownType(r.type)))];
    const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
    return `${cite} but its resource-types cover only ${(entry.resourceTypes ?? []).map(shownType).join(', ')}; the invitation also shares ${others.slice(0, 3).join(', ')}${more}`;
}

;// CONCATENATED MODULE: ./lib/kinds/resource-share-invitations/describe.js

const resource_share_invitations_describe_safe = (text) => (0,report_escape/* inertLogText */.I1)(text, 200);
/** `ec2:Subnet ×2, ec2:TransitGateway`: what it would share, by type. */
function byType(item) {
    const counts = new Map();
    for (const r of item.resources)
        counts.set(r.type ?? 'unknown type', (counts.get(r.type ?? 'unknown type') ?? 0) + 1);
    return [...counts].map(([type, n]) => `${(0,report_escape/* code */.aY)(type)}${n > 1 ? ` ×${n}` : ''}`).join(', ');
}
const describeResourceShareInvitation = {
    kindCell: () => 'RAM resource share',
    sourceCell: (item) => {
        const from = item.senderAccountId ? `account ${(0,report_escape/* code */.aY)(item.senderAccountId)}` : 'unknown account';
        const name = item.shareName ? `<br>${(0,report_escape/* quotedMarkdown */.Ux)(item.shareName, 100)}` : '';
        const shares = item.resources.length === 0 ? '<br>shares: nothing listed' : `<br>shares: ${byType(item)}`;
        const arns = item.resources.slice(0, 3).map((r) => (0,report_escape/* inertMarkdown */.Ic)(r.arn, 120));
        const more = item.resources.length > 3 ? ` …and ${item.resources.length - 3} more` : '';
        return `${from}${name}${shares}${arns.length ? `<br><sub>${arns.join('<br>')}${more}</sub>` : ''}`;
    },
    // The whole ARN, as the summary shows it and RejectResourceShareInvitation takes it: the log can be searched for what the summary names.
    logLabel: (item) => `RAM invitation ${resource_share_invitations_describe_safe(item.invitationArn)} in ${resource_share_invitations_describe_safe(item.account)} ${resource_share_invitations_describe_safe(item.region)} from ${resource_share_invitations_describe_safe(item.senderAccountId ?? 'an unknown account')}`,
};

;// CONCATENATED MODULE: ./lib/kinds/resource-share-invitations/plan.js
/** RAM invitations in the plan: the `ram` rows of the whole-policy diff and the ram.allow entries. Pure. */




const governs = (p) => p.ram !== undefined;
const ramSectionRow = governedSectionRow({ key: 'ram', title: 'RAM resource-share invitations', done: 'rejected' }, (p) => p.ram === undefined ? undefined : { line: p.ram.position.line, allowed: p.ram.allow.length });
const ramRegionsRow = withinSection(regionSelectionRow({ key: 'ram.regions', label: 'RAM', one: 'resource-share invitation', many: 'resource-share invitations', parked: 'invitations waiting', done: 'rejected' }, (p) => p.ram?.regions), governs);
/** `resource-types` narrows an entry: dropping it widens the entry to any resource, adding types widens it too. */
const resourceTypes = {
    key: 'resource-types',
    compare: (base, head) => {
        const b = base.resourceTypes;
        const h = head.resourceTypes;
        if (b === undefined && h === undefined)
            return [];
        if (b === undefined)
            return [{ effect: 'strengthens', words: ['now narrowed to ', ...(0,policy_row/* valueList */.Q0)(h ?? [])] }];
        if (h === undefined)
            return [{ effect: 'weakens', words: ['its ', (0,policy_row.v)('resource-types'), ' narrowing (', ...(0,policy_row/* valueList */.Q0)(b), ') is removed: it now allows any resource'] }];
        // Compared as matching compares them: `ec2:subnet` is `ec2:Subnet` written otherwise, not a change.
        const folded = (types) => new Set(types.map(foldAsciiCase));
        const added = h.filter((t) => !folded(b).has(foldAsciiCase(t)));
        const removed = b.filter((t) => !folded(h).has(foldAsciiCase(t)));
        return [
            ...(added.length > 0 ? [{ effect: 'weakens', words: ['now also allows ', ...(0,policy_row/* valueList */.Q0)(added)] }] : []),
            ...(removed.length > 0 ? [{ effect: 'strengthens', words: ['no longer allows ', ...(0,policy_row/* valueList */.Q0)(removed)] }] : []),
        ];
    },
};
function allows(e) {
    return ['resource-share invitations from account ', (0,policy_row.v)(e.sourceAccount), ...(e.resourceTypes === undefined ? [] : [' (only ', ...(0,policy_row/* valueList */.Q0)(e.resourceTypes), ')'])];
}
const RAM_ALLOW = {
    list: 'ram.allow',
    entries: (p) => p.ram?.allow ?? [],
    allows,
    otherwise: 'rejected',
    identities: (e) => [e.sourceAccount],
    sameShape: () => false,
    fields: [selector('source-account', 'source account', (e) => e.sourceAccount, 'another account'), resourceTypes, until()],
};
const ramAllowRow = withinSection(entriesRow(RAM_ALLOW), governs);
function ramEntryRef(entry) {
    const types = entry.resourceTypes === undefined ? '' : `; resource types ${entry.resourceTypes.join(', ')}`;
    return { list: 'ram.allow', index: entry.index, line: entry.position.line, allows: `source account ${entry.sourceAccount}${types}`, until: entry.until, note: entry.note };
}

;// CONCATENATED MODULE: ./lib/kinds/resource-share-invitations/model.js
/**
 * AWS RAM resource-share invitations (policy section `ram`): regional, governed only when the
 * policy has a `ram` section, rejected with RejectResourceShareInvitation unless ram.allow matches
 * the sending account (and, when an entry narrows it, the types of what is shared).
 */







const resourceShareInvitations = {
    name: 'resource-share-invitation',
    section: 'ram',
    title: 'RAM resource-share invitations',
    label: 'RAM',
    scope: 'regional',
    verb: 'reject',
    // ResourceShareInvitationAlreadyRejectedException (the clientToken normally makes the SDK's retry replay the success instead).
    ownWriteEndStates: ['rejected'],
    output: { name: constants/* Outputs */.tY.RejectedShareInvitations, description: 'Number of AWS RAM resource-share invitations rejected in this run; this kind only (rejected counts every kind).' },
    governed: (policy) => policy.ram !== undefined,
    notGoverned: 'the policy has no `ram` section',
    sweepScope: (policy, regionsInput) => ({ kind: 'resource-share-invitation', services: ['ram'], regions: (0,resolve_regions/* resolveRegions */.U)(regionsInput, policy.ram?.regions ?? 'all') }),
    serviceOf: () => 'ram',
    decide: decideResourceShareInvitation,
    writeFor: (item) => item.status !== 'PENDING'
        ? { refused: `Refused: only a PENDING invitation can be rejected, this one is ${item.status}.` }
        : { write: { kind: 'resource-share-invitation', service: 'ram', account: item.account, region: item.region, target: item.invitationArn } },
    sender: (item) => (0,sender/* accountSender */.fN)('account', item.senderAccountId),
    // Never flagged as accepted when read.
    acceptedSinceListed: () => false,
    itemId: (item) => item.invitationArn,
    key: (item) => `ram:${item.invitationArn}`,
    order: (item) => [item.region, item.invitationArn],
    describe: describeResourceShareInvitation,
    policyRows: [ramSectionRow, ramRegionsRow, ramAllowRow],
    entryRefs: (policy) => RAM_ALLOW.entries(policy).map(ramEntryRef),
    policySummary: {
        lines: (policy) => {
            if (policy.ram === undefined)
                return ['**RAM resource-share invitations:** not governed (no `ram` section): left alone'];
            const regions = policy.ram.regions === 'all'
                ? 'every region enabled for each account where AWS RAM is offered (`all`), unless the `regions` input says otherwise'
                : policy.ram.regions.length === 0 ? 'none (RAM is not swept)' : policy.ram.regions.map(report_escape/* code */.aY).join(', ');
            return [`**RAM regions:** ${regions}`];
        },
        rows: (policy) => (policy.ram?.allow ?? []).map((e) => [
            `ram.allow[${e.index}]`,
            String(e.position.line),
            `source account ${(0,report_escape/* code */.aY)(e.sourceAccount)}${e.resourceTypes ? `, resource types ${e.resourceTypes.map(report_escape/* code */.aY).join(', ')}` : ''}`,
            e.until ? `until ${(0,report_escape/* code */.aY)(e.until)} (UTC)` : 'no end date',
            e.note ? (0,report_escape/* inertMarkdown */.Ic)(e.note) : '',
        ]),
    },
};

// EXTERNAL MODULE: ./lib/model/items.js
var items = __nccwpck_require__(7469);
// EXTERNAL MODULE: ./lib/policy/invitation-fields.js
var invitation_fields = __nccwpck_require__(2033);
;// CONCATENATED MODULE: ./lib/kinds/security-invitations/decide.js
/**
 * Security-service administrator invitations: decline every pending invitation of a governed
 * service that no in-force security-services.allow entry matches — by the inviting account and,
 * when the entry narrows it, the service. Pure.
 */





/** Pending is `Invited` (GuardDuty, Macie, Security Hub) or `INVITED` (Detective); Security Hub's own examples vary the case. */
function isPendingInvitation(item) {
    return item.status.toLowerCase() === 'invited';
}
/** `security-services.allow` entry vs a pending invitation: the inviting account, the service, then time. */
function securityEntryVerdict(entry, item, now) {
    if (!(0,verdicts/* known */.eO)(item.administratorAccountId) || entry.sourceAccount !== item.administratorAccountId)
        return 'no-match';
    if (entry.services !== undefined && !entry.services.includes(item.service))
        return 'type-excluded';
    return (0,in_force/* isInForce */.fx)(entry, now) ? 'match' : 'lapsed';
}
function decideSecurityInvitation(item, policy, now) {
    const section = policy.securityServices;
    const service = invitation_fields/* POLICY_NAME_OF */.Pj[item.service] ?? (0,reasons/* shown */.SP)(String(item.service));
    if (section === undefined)
        return (0,verdicts/* ignore */.Xe)(item, 'security-service invitations are not governed by this policy (it has no security-services section)');
    if (!section.services.includes(item.service))
        return (0,verdicts/* ignore */.Xe)(item, `${service} is not governed by security-services.services`);
    if (!isPendingInvitation(item))
        return (0,verdicts/* ignore */.Xe)(item, `already ${(0,reasons/* shown */.SP)(item.status)}; only a pending (Invited) invitation can be declined`);
    const from = item.administratorAccountId;
    if (!(0,verdicts/* known */.eO)(from))
        return (0,verdicts/* deny */.Xg)(item, 'decline', 'the inviting account could not be determined, so no security-services.allow entry can match it (default deny)');
    const found = searchAllowList(section.allow, (entry) => securityEntryVerdict(entry, item, now));
    if (found.matched !== undefined)
        return (0,verdicts/* allow */.cw)(item, 'security-services.allow', found.matched);
    if (found.lapsed !== undefined)
        return (0,verdicts/* deny */.Xg)(item, 'decline', `${(0,reasons/* citeEntry */.UE)('security-services.allow', found.lapsed)} would allow ${service} invitations from ${(0,reasons/* shown */.SP)(from)} but ${(0,reasons/* lapsedClause */.Zl)(found.lapsed.until)}`);
    if (found.typeExcluded !== undefined)
        return (0,verdicts/* deny */.Xg)(item, 'decline', serviceExcluded(found.typeExcluded, from, service));
    return (0,verdicts/* deny */.Xg)(item, 'decline', `no security-services.allow entry allows ${service} invitations from account ${(0,reasons/* shown */.SP)(from)}`);
}
function serviceExcluded(entry, from, service) {
    const covers = (entry.services ?? []).map((s) => invitation_fields/* POLICY_NAME_OF */.Pj[s] ?? s).join(', ');
    return `${(0,reasons/* citeEntry */.UE)('security-services.allow', entry)} names account ${(0,reasons/* shown */.SP)(from)} but its services cover only ${covers}, not ${service}`;
}

// EXTERNAL MODULE: ./lib/kinds/services.js
var services = __nccwpck_require__(9579);
;// CONCATENATED MODULE: ./lib/kinds/security-invitations/describe.js


const security_invitations_describe_safe = (text) => (0,report_escape/* inertLogText */.I1)(text, 200);
const describeSecurityInvitation = {
    kindCell: (item) => `${services/* SERVICE_LABEL */.fX[item.service]?.short ?? 'Security service'} invitation`,
    sourceCell: (item) => {
        const from = item.administratorAccountId ? `administrator account ${(0,report_escape/* code */.aY)(item.administratorAccountId)}` : 'unknown account';
        return item.memberEmail ? `${from}<br>to ${(0,report_escape/* quotedMarkdown */.Ux)(item.memberEmail, 100)} (the invited account's email, as the administrator entered it)` : from;
    },
    logLabel: (item) => `${services/* SERVICE_LABEL */.fX[item.service]?.short ?? 'security service'} invitation to ${security_invitations_describe_safe(item.account)} ${security_invitations_describe_safe(item.region)} from ${security_invitations_describe_safe(item.administratorAccountId || 'an unknown account')}`,
};

;// CONCATENATED MODULE: ./lib/kinds/security-invitations/plan.js
/** Security-service invitations in the plan: the `security-services` rows of the whole-policy diff and its allow entries. Pure. */




const plan_governs = (p) => p.securityServices !== undefined;
const named = (services) => services.map((s) => invitation_fields/* POLICY_NAME_OF */.Pj[s]);
const securitySectionRow = governedSectionRow({ key: 'security-services', title: 'Security-service administrator invitations', done: 'declined' }, (p) => p.securityServices === undefined ? undefined : { line: p.securityServices.position.line, allowed: p.securityServices.allow.length });
const securityServicesRow = withinSection((0,policy_row/* fieldRow */.h0)({
    key: 'security-services.services',
    read: (p) => (p.securityServices === undefined ? undefined : named(p.securityServices.services)),
    // Never absent inside the section: normalise fills in all four.
    absent: { value: [] },
    show: (services) => (0,policy_row/* valueList */.Q0)(services),
    compare: (base, head) => {
        const key = 'security-services.services';
        const { added, removed } = (0,policy_row/* addedRemoved */.rq)(base.value, head.value);
        const out = [];
        if (removed.length > 0)
            out.push({ key, effect: 'weakens', words: [...(0,policy_row/* valueList */.Q0)(removed), ' administrator invitations are no longer governed: they will not be declined.'] });
        if (added.length > 0)
            out.push({ key, effect: 'strengthens', words: [...(0,policy_row/* valueList */.Q0)(added), ' administrator invitations are now governed: declined unless an entry allows them.'] });
        return out;
    },
}), plan_governs);
const securityRegionsRow = withinSection(regionSelectionRow({ key: 'security-services.regions', label: 'Security-service', subject: 'Security-service invitations', one: 'administrator invitation', many: 'administrator invitations', parked: 'invitations waiting', done: 'declined' }, (p) => p.securityServices?.regions), plan_governs);
/** `services` narrows an entry: dropping it widens the entry to every governed service. */
const plan_services = {
    key: 'services',
    compare: (base, head) => {
        const b = base.services === undefined ? undefined : named(base.services);
        const h = head.services === undefined ? undefined : named(head.services);
        if (b === undefined && h === undefined)
            return [];
        if (b === undefined)
            return [{ effect: 'strengthens', words: ['now narrowed to ', ...(0,policy_row/* valueList */.Q0)(h ?? [])] }];
        if (h === undefined)
            return [{ effect: 'weakens', words: ['its ', (0,policy_row.v)('services'), ' narrowing (', ...(0,policy_row/* valueList */.Q0)(b), ') is removed: it now applies to every governed service'] }];
        const { added, removed } = (0,policy_row/* addedRemoved */.rq)(b, h);
        return [
            ...(added.length > 0 ? [{ effect: 'weakens', words: ['now also applies to ', ...(0,policy_row/* valueList */.Q0)(added)] }] : []),
            ...(removed.length > 0 ? [{ effect: 'strengthens', words: ['no longer applies to ', ...(0,policy_row/* valueList */.Q0)(removed)] }] : []),
        ];
    },
};
function plan_allows(e) {
    return ['administrator invitations from account ', (0,policy_row.v)(e.sourceAccount), ...(e.services === undefined ? [] : [' (only ', ...(0,policy_row/* valueList */.Q0)(named(e.services)), ')'])];
}
const SECURITY_ALLOW = {
    list: 'security-services.allow',
    entries: (p) => p.securityServices?.allow ?? [],
    allows: plan_allows,
    otherwise: 'declined',
    identities: (e) => [e.sourceAccount],
    sameShape: () => false,
    fields: [selector('source-account', 'source account', (e) => e.sourceAccount, 'another account'), plan_services, until()],
};
const securityAllowRow = withinSection(entriesRow(SECURITY_ALLOW), plan_governs);
function securityEntryRef(entry) {
    const only = entry.services === undefined ? '' : `; services ${named(entry.services).join(', ')}`;
    return { list: 'security-services.allow', index: entry.index, line: entry.position.line, allows: `source account ${entry.sourceAccount}${only}`, until: entry.until, note: entry.note };
}

;// CONCATENATED MODULE: ./lib/kinds/security-invitations/model.js
/**
 * Security-service administrator invitations (policy section `security-services`): GuardDuty,
 * Macie, Security Hub and Detective, regional, governed only when the policy has the section,
 * declined (DeclineInvitations; Detective: RejectInvitation) unless security-services.allow
 * matches the inviting account (and, when an entry narrows it, the service).
 */









const securityInvitations = {
    name: 'security-invitation',
    section: 'security-services',
    title: 'Security-service administrator invitations',
    label: 'Security-service',
    footerName: 'security-service invitations',
    scope: 'regional',
    verb: 'decline',
    // A declined (Detective: rejected) invitation is no longer listed, or listed as neither pending nor accepted.
    ownWriteEndStates: ['gone', 'unknown'],
    output: { name: constants/* Outputs */.tY.DeclinedSecurityInvitations, description: 'Number of GuardDuty, Macie, Security Hub and Detective administrator invitations declined in this run (Detective\'s are rejected with RejectInvitation; they count here too); this kind only (declined counts every kind).' },
    governed: (policy) => policy.securityServices !== undefined,
    notGoverned: 'the policy has no `security-services` section',
    sweepScope: (policy, regionsInput) => ({
        kind: 'security-invitation',
        services: policy.securityServices?.services ?? [],
        regions: (0,resolve_regions/* resolveRegions */.U)(regionsInput, policy.securityServices?.regions ?? 'all'),
    }),
    serviceOf: (item) => item.service,
    decide: decideSecurityInvitation,
    writeFor: (item) => {
        if (!isPendingInvitation(item))
            return { refused: `Refused: only a pending invitation can be declined, this one is ${item.status}.` };
        const target = (0,items/* securityWriteTarget */.zM)(item);
        if (target === undefined || target === '')
            return { refused: `Refused: the ${item.service} invitation has no ${item.service === 'detective' ? 'graph ARN' : 'inviting account'} to name.` };
        return { write: { kind: 'security-invitation', service: item.service, account: item.account, region: item.region, target } };
    },
    // One administrator may invite many accounts: the key names the invited account too.
    sender: (item) => (0,sender/* accountSender */.fN)('administrator', item.administratorAccountId),
    // Never flagged as accepted when read.
    acceptedSinceListed: () => false,
    // Detective's is the graph ARN; the others' InvitationId (their writes name the inviting account).
    itemId: (item) => item.invitationId ?? item.administratorAccountId,
    key: (item) => `${item.service}:${item.region}:${item.account}:${item.administratorAccountId}`,
    // Services in SECURITY_SERVICES order (GuardDuty, Macie, Security Hub, Detective), whatever order
    // the policy lists them in: one job's report and a merge of shards then agree.
    order: (item) => [item.region, `${items/* SECURITY_SERVICES */.Ql.indexOf(item.service)}:${item.administratorAccountId}`],
    describe: describeSecurityInvitation,
    policyRows: [securitySectionRow, securityServicesRow, securityRegionsRow, securityAllowRow],
    entryRefs: (policy) => SECURITY_ALLOW.entries(policy).map(securityEntryRef),
    policySummary: {
        lines: (policy) => {
            const section = policy.securityServices;
            if (section === undefined)
                return ['**Security-service invitations:** not governed (no `security-services` section): left alone'];
            const regions = section.regions === 'all'
                ? 'every region enabled for each account where the service is offered (`all`), unless the `regions` input says otherwise'
                : section.regions.length === 0 ? 'none (not swept)' : section.regions.map(report_escape/* code */.aY).join(', ');
            return [`**Security-service invitations:** ${section.services.map((s) => (0,report_escape/* code */.aY)(invitation_fields/* POLICY_NAME_OF */.Pj[s])).join(', ')} in ${regions}`];
        },
        rows: (policy) => (policy.securityServices?.allow ?? []).map((e) => [
            `security-services.allow[${e.index}]`,
            String(e.position.line),
            `administrator account ${(0,report_escape/* code */.aY)(e.sourceAccount)}${e.services ? `, services ${e.services.map((s) => (0,report_escape/* code */.aY)(invitation_fields/* POLICY_NAME_OF */.Pj[s])).join(', ')}` : ''}`,
            e.until ? `until ${(0,report_escape/* code */.aY)(e.until)} (UTC)` : 'no end date',
            e.note ? (0,report_escape/* inertMarkdown */.Ic)(e.note) : '',
        ]),
    },
};

;// CONCATENATED MODULE: ./lib/kinds/registry.js
/**
 * Every kind of inbound request inbound-guard guards, in the order reports list them, and the few
 * functions the engine dispatches through. The one place that names the kinds (their AWS halves
 * are listed in src/aws/kinds/index.ts).
 */






const BY_NAME = {
    'certificate-transfer': certificateTransfers,
    handshake: handshakes,
    'resource-share-invitation': resourceShareInvitations,
    'security-invitation': securityInvitations,
};
/** Every kind, in report order. */
const KIND_NAMES = ['certificate-transfer', 'handshake', 'resource-share-invitation', 'security-invitation'];
// A kind's functions take its own item type; the engine calls them with an item whose `kind`
// names that kind, which is what makes this widening sound.
const KINDS = KIND_NAMES.map((name) => BY_NAME[name]);
function kindNamed(name) {
    return BY_NAME[name];
}
/** The kind of an item; undefined only for data that bypassed the types (an unknown `kind`). */
function kindOf(item) {
    return Object.hasOwn(BY_NAME, item.kind) ? BY_NAME[item.kind] : undefined;
}
/** The kinds the policy governs, each with what it has read; the `regions` input overrides every regional kind's regions. */
function sweepScopes(policy, regionsInput) {
    return KINDS.filter((k) => k.governed(policy)).map((k) => k.sweepScope(policy, regionsInput));
}
/** An item's identity across sweeps and policies, unique within one account: `iot:eu-west-1:<id>`, `organizations:h-…`. */
function itemKey(item) {
    return kindOf(item)?.key(item) ?? `unknown:${String(item.kind)}`;
}
/** Who sent an item, from identifiers only (model/sender.ts): `account:…`, `organization:…`, … or `unknown`. */
function itemSender(item) {
    return kindOf(item)?.sender(item) ?? sender/* UNKNOWN_SENDER */.lx;
}
/** Whether an item flagged as accepted against the policy when read was listed pending first (Kind.acceptedSinceListed). */
function acceptedSinceListed(item) {
    return kindOf(item)?.acceptedSinceListed(item) ?? false;
}
/** The id AWS gives an item: a certificate id, a handshake id, an invitation ARN, … */
function itemAwsId(item) {
    return kindOf(item)?.itemId(item) ?? '';
}
/** The region an item is in, or undefined for a global kind. */
function itemRegion(item) {
    const kind = kindOf(item);
    return kind?.scope === 'regional' ? kind.order(item)[0] : undefined;
}
/**
 * The one order items are reported in, by one job or by merged shards: by account, then kind (the
 * order of KIND_NAMES), then region, then id.
 */
function compareItems(a, b) {
    const [ra, ia] = kindOf(a)?.order(a) ?? ['', ''];
    const [rb, ib] = kindOf(b)?.order(b) ?? ['', ''];
    return (0,code_unit_order/* compareCodeUnits */.U)(a.account, b.account) || rank(a) - rank(b) || (0,code_unit_order/* compareCodeUnits */.U)(ra, rb) || (0,code_unit_order/* compareCodeUnits */.U)(ia, ib);
}
function rank(item) {
    const at = KIND_NAMES.indexOf(item.kind);
    return at === -1 ? KIND_NAMES.length : at;
}
const DONE = { reject: 'rejected', decline: 'declined' };
/**
 * The write an act decision calls for, or why it is refused: a decision whose action is not its
 * kind's write (a handshake cannot be rejected), or one its kind refuses (an outgoing transfer).
 */
function planWrite(decision, policy) {
    const kind = kindOf(decision.item);
    if (kind === undefined)
        return { refused: `Refused: ${JSON.stringify(String(decision.item.kind))} is not a kind of item inbound-guard knows.` };
    if (decision.action !== 'reject' && decision.action !== 'decline')
        return { refused: `Refused: ${decision.action} is not a write.` };
    if (decision.action !== kind.verb)
        return { refused: `Refused: ${kind.title} are ${DONE[kind.verb]}, not ${DONE[decision.action]}.` };
    return kind.writeFor(decision.item, policy);
}


/***/ }),

/***/ 9579:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ READ_PERMISSIONS),
/* harmony export */   EU: () => (/* binding */ WRITE_PERMISSION),
/* harmony export */   F5: () => (/* binding */ LIST_REGIONS_PERMISSION),
/* harmony export */   Z1: () => (/* binding */ SERVICE_NAMES),
/* harmony export */   ZQ: () => (/* binding */ KIND_OF_SERVICE),
/* harmony export */   fX: () => (/* binding */ SERVICE_LABEL),
/* harmony export */   js: () => (/* binding */ UNKNOWN_REGION_REASON),
/* harmony export */   md: () => (/* binding */ servicesOfKind),
/* harmony export */   p0: () => (/* binding */ skipReasonService),
/* harmony export */   r7: () => (/* binding */ notOfferedReason),
/* harmony export */   xZ: () => (/* binding */ notEnabledReason)
/* harmony export */ });
const SERVICE_NAMES = ['iot', 'organizations', 'ram', 'guardduty', 'macie', 'securityhub', 'detective'];
/** The kind each service is read for: an account's parts are read, and their errors reported, kind by kind (KIND_NAMES order). */
const KIND_OF_SERVICE = {
    iot: 'certificate-transfer',
    organizations: 'handshake',
    ram: 'resource-share-invitation',
    guardduty: 'security-invitation',
    macie: 'security-invitation',
    securityhub: 'security-invitation',
    detective: 'security-invitation',
};
/** The services a kind is read from, in SERVICE_NAMES order: security invitations have four, the others one. */
function servicesOfKind(kind) {
    return SERVICE_NAMES.filter((service) => KIND_OF_SERVICE[service] === kind);
}
/** Short names for log lines and tables, and the product names for "not offered in this region". */
const SERVICE_LABEL = {
    iot: { short: 'IoT', product: 'AWS IoT Core' },
    organizations: { short: 'Organizations', product: 'AWS Organizations' },
    ram: { short: 'RAM', product: 'AWS RAM' },
    guardduty: { short: 'GuardDuty', product: 'Amazon GuardDuty' },
    macie: { short: 'Macie', product: 'Amazon Macie' },
    securityhub: { short: 'Security Hub', product: 'AWS Security Hub' },
    detective: { short: 'Detective', product: 'Amazon Detective' },
};
/** The reason a region is skipped for a service: `AWS IoT Core is not offered in this region`. */
function notOfferedReason(service) {
    return `${SERVICE_LABEL[service].product} is not offered in this region`;
}
/** The reason a region is "not in use" for a service not enabled there: `Amazon Macie is not enabled in this region for this account`. */
function notEnabledReason(service) {
    return `${SERVICE_LABEL[service].product} is not enabled in this region for this account`;
}
/**
 * The service a region's skip reason is about (notOfferedReason, notEnabledReason: each starts with
 * its product name); undefined for a reason about no one service (UNKNOWN_REGION_REASON). A plan
 * reads the union of both policies' services, so it tells one policy's skips by this.
 */
function skipReasonService(reason) {
    return SERVICE_NAMES.find((service) => reason.startsWith(`${SERVICE_LABEL[service].product} is `));
}
/**
 * The reason a region is skipped when no table of this release knows it (aws/service-regions.ts):
 * Account ListRegions named it under `all`, so AWS launched it after this release. Not "not
 * offered" (nobody knows): the run warns about it and the summary names it (unknownRegions).
 */
const UNKNOWN_REGION_REASON = 'a region this release does not know: update inbound-guard';
/**
 * The IAM action each service's one write needs (its kind's rejection or decline: src/aws/kinds/),
 * as iam/enforce.json grants it: what a write AWS refused as not allowed lacks (run/targets-hint.ts).
 */
const WRITE_PERMISSION = {
    iot: 'iot:RejectCertificateTransfer',
    organizations: 'organizations:DeclineHandshake',
    ram: 'ram:RejectResourceShareInvitation',
    guardduty: 'guardduty:DeclineInvitations',
    macie: 'macie2:DeclineInvitations',
    securityhub: 'securityhub:DeclineInvitations',
    detective: 'detective:RejectInvitation',
};
/**
 * The IAM actions each service's sweep reads with (src/aws/<service>/: the commands it sends), as
 * iam/read.json and iam/enforce.json grant them. Some are called only when there is something to
 * look at (IoT's DescribeCertificate for a pending transfer, RAM's ListPendingInvitationResources
 * for a pending invitation), so a plan's read can succeed without them: the plan comment names
 * them all for a service a PR newly governs (plan/new-permissions.ts). Not here: the orchestrator's
 * organizations:ListAccounts (iam/orchestrator.json) and LIST_REGIONS_PERMISSION.
 */
const READ_PERMISSIONS = {
    iot: ['iot:ListCertificates', 'iot:DescribeCertificate', 'iot:ListOutgoingCertificates'],
    organizations: ['organizations:ListHandshakesForAccount'],
    ram: ['ram:GetResourceShareInvitations', 'ram:ListPendingInvitationResources'],
    guardduty: ['guardduty:ListInvitations'],
    macie: ['macie2:ListInvitations'],
    securityhub: ['securityhub:ListInvitations'],
    detective: ['detective:ListInvitations'],
};
/** The IAM action of the account's region list, read when a regional kind's regions are `all` (run/resolve-regions.ts). */
const LIST_REGIONS_PERMISSION = 'account:ListRegions';


/***/ }),

/***/ 6278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: stoppedMessage

// EXTERNAL MODULE: ./lib/runner/commands.js
var commands = __nccwpck_require__(6910);
// EXTERNAL MODULE: ./lib/runner/files.js
var files = __nccwpck_require__(1161);
// EXTERNAL MODULE: ./lib/constants.js
var constants = __nccwpck_require__(4238);
// EXTERNAL MODULE: ./lib/inputs/read-inputs.js + 1 modules
var read_inputs = __nccwpck_require__(2529);
// EXTERNAL MODULE: ./lib/policy/load-policy.js
var load_policy = __nccwpck_require__(4527);
// EXTERNAL MODULE: ./lib/policy/format-issue.js
var format_issue = __nccwpck_require__(1097);
// EXTERNAL MODULE: ./lib/report/annotations.js
var annotations = __nccwpck_require__(1116);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __nccwpck_require__(2527);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __nccwpck_require__(6749);
// EXTERNAL MODULE: ./lib/report/outputs.js + 1 modules
var report_outputs = __nccwpck_require__(7412);
// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __nccwpck_require__(8017);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __nccwpck_require__(5402);
;// CONCATENATED MODULE: ./lib/report/policy-summary.js




const MAX_ISSUE_ROWS = 100;
/**
 * The job summary of a run that read the policy and nothing else — validate, or a dry-run or enforce
 * run stopped by an invalid policy: titled as every run's summary is (`## <icon> inbound-guard ·
 * <mode> · <scope>`, run-summary.ts; the plan comment's likewise), its scope the policy; then its
 * rules, or its errors. `path` as the annotations name it (displayPath).
 */
function renderPolicyCheck(mode, path, result) {
    const title = `## ${result.ok ? '✅' : '❌'} inbound-guard · ${mode} · policy ${(0,report_escape/* code */.aY)(path)}`;
    return [title, '', result.ok ? renderPolicyRules(result.policy) : renderPolicyIssues(path, result)].join('\n');
}
/** The job summary of a policy that failed validation: every error at its line, and what to do. */
function renderPolicyIssues(file, { issues, errorCount }) {
    const { shown, omitted } = (0,markdown/* capped */.uo)(issues, MAX_ISSUE_ROWS);
    const rows = shown.map((i) => [`${i.line}:${i.column}`, i.key ? (0,report_escape/* code */.aY)(i.key) : '', (0,report_escape/* inertMarkdownWithCode */.b)(i.message, 600)]);
    return [
        `### ❌ Policy ${(0,report_escape/* code */.aY)(file)} is invalid: ${(0,format_issue/* errorsText */.v$)(errorCount)}`,
        '',
        'Nothing was read from or written to AWS. Fix these and run again:',
        '',
        (0,markdown/* table */.tp)(['Line:col', 'Key', 'Problem'], rows) + (0,markdown/* omittedLine */.pN)(omitted, 'see the log'),
    ].join('\n');
}
/**
 * The allow entries of every kind the policy governs, for the validate log line:
 * `2 IoT, 0 Organizations and 3 RAM allow entries`. Kinds not governed are left out.
 */
function allowEntryCounts(policy) {
    const parts = registry/* KINDS */.GW.filter((kind) => kind.governed(policy)).map((kind) => `${kind.entryRefs(policy).length} ${kind.label}`);
    const last = parts.pop();
    const listed = parts.length === 0 ? (last ?? 'no') : `${parts.join(', ')} and ${last ?? ''}`;
    return `${listed} allow ${parts.length === 0 && last?.startsWith('1 ') ? 'entry' : 'entries'}`;
}
/** A reviewer's view of a valid policy: what is governed and what is allowed, rule by rule, kind by kind. */
function renderPolicyRules(policy) {
    const rows = registry/* KINDS */.GW.flatMap((kind) => (kind.governed(policy) ? kind.policySummary.rows(policy) : []));
    const lines = registry/* KINDS */.GW.flatMap((kind) => kind.policySummary.lines(policy));
    return [
        `### ✅ Policy ${(0,report_escape/* code */.aY)(policy.path)} is valid`,
        '',
        `- **Accounts:** ${policy.accounts === undefined ? 'any (no `accounts` pin)' : `only ${policy.accounts.ids.map(report_escape/* code */.aY).join(', ')}`}`,
        `- **Guards:** ${describeTargets(policy)}`,
        ...lines.map((line) => `- ${line}`),
        `- **Budget:** ${policy.limits.maxActions === undefined ? 'not set (the input, else the default of 10)' : `${policy.limits.maxActions} actions per run`}`,
        '',
        'Everything of a governed kind not allowed below is rejected or declined (default deny).',
        '',
        (0,markdown/* table */.tp)(['Entry', 'Line', 'Allows', 'In force', 'Note'], rows.length ? rows : [['—', '', 'nothing', '', '']]),
    ].join('\n');
}
/** What `targets` guards, in words. */
function describeTargets(policy) {
    const t = policy.targets;
    if (t === undefined)
        return "the account of the workflow's credentials (no `targets`)";
    const parts = [
        t.organization ? 'every ACTIVE account of the organization' : '',
        t.accounts.length ? `accounts ${t.accounts.map((a) => (0,report_escape/* code */.aY)(a.id)).join(', ')}` : '',
        t.roles.length ? `roles ${t.roles.map((r) => (0,report_escape/* code */.aY)(r.arn)).join(', ')}` : '',
    ].filter(Boolean);
    const role = t.roleName === undefined ? '' : ` through role ${(0,report_escape/* code */.aY)(t.roleName)}`;
    const exclude = t.exclude.length ? `, except ${t.exclude.map(report_escape/* code */.aY).join(', ')}` : '';
    return `${parts.join(', ')}${role}${exclude}`;
}

// EXTERNAL MODULE: ./lib/report/run-error.js
var run_error = __nccwpck_require__(8908);
// EXTERNAL MODULE: ./lib/model/words.js
var words = __nccwpck_require__(9344);
;// CONCATENATED MODULE: ./lib/report/step-failures.js
/**
 * The step's failures as the log ends with them: one `::error::` annotation, a reason a line, cut
 * past MAX_FAILURES_ANNOTATED. An organization whose role lacks one permission everywhere fails
 * for thousands of parts not read: one annotation naming them all is unreadable, and GitHub cuts an
 * annotation's message short anyway (without saying how many it left out). Past the cut, the
 * annotation counts the rest and the log names every one, in a group of its own.
 */



/** The longest failure reason the log shows: ours are a few hundred characters, with an AWS error (at most 1,100) and a hint. */
const MAX_FAILURE_LENGTH = 4000;
/** Reasons the failing annotation names one by one, at most: its first half and its last half. */
const MAX_FAILURES_ANNOTATED = 20;
/** The title of the log group that lists every reason when the annotation cannot (failStep). */
const FAILURES_GROUP = "The step's failures";
/**
 * The failing annotation's message from the reasons (already inert, a line each): every one up to
 * `max`; past it the first half of `max`, how many more there are and where they all are, then the
 * last half. The middle is cut, not the end: the reasons in bulk are the parts not read, which come
 * early (after a tripped budget and the writes that failed, with their causes: stepFailures), and
 * the few that come last — accepted against the policy, a report or summary not written, an alert
 * not raised — must not be hidden behind them. The first half holds the writes that failed and
 * their causes (at most 1 + MAX_REFUSAL_CAUSES_NAMED + 1 lines after the budget). The count is exact: those named and the rest make every reason. Pure.
 */
function failureAnnotation(lines, max = MAX_FAILURES_ANNOTATED) {
    if (lines.length <= max)
        return lines.join('\n');
    const head = Math.ceil(max / 2);
    const tail = max - head;
    const rest = lines.length - max;
    const cut = `…and ${rest} more ${(0,words/* plural */.LS)(rest, 'reason', 'reasons')} between these (${lines.length} in all): the log's "${FAILURES_GROUP}" group, just above, lists every one.`;
    return [...lines.slice(0, head), cut, ...lines.slice(lines.length - tail)].join('\n');
}
/**
 * Fails the step for `failures`, one line each. They quote AWS's error text as the report keeps it
 * (not escaped: see aws/errors.ts), so each is made inert here, where it reaches the log: a line
 * break, a control character or a `::` in it must not become a workflow command or hide what
 * follows. More than the annotation names: every one is logged first, in FAILURES_GROUP.
 */
function failStep(failures) {
    const lines = failures.map((failure) => (0,report_escape/* inertLogText */.I1)(failure, MAX_FAILURE_LENGTH));
    if (lines.length > MAX_FAILURES_ANNOTATED) {
        commands/* startGroup */.Oh(`${FAILURES_GROUP} (${lines.length})`);
        for (const line of lines)
            commands/* info */.pq(line);
        commands/* endGroup */.N4();
    }
    commands/* setFailed */.C1(failureAnnotation(lines));
}

// EXTERNAL MODULE: ./lib/run/account-guard.js
var account_guard = __nccwpck_require__(4202);
// EXTERNAL MODULE: ./lib/run/stopped-at.js
var stopped_at = __nccwpck_require__(3964);
;// CONCATENATED MODULE: ./lib/main.js















/**
 * The action: inputs → policy → (mode) → reports. Every stage returns the reasons the step must
 * fail; this is the one place that fails it, and so the one that sets summary-json, which counts
 * them — whichever way the run ended.
 *
 * Only what validate runs is imported here; every other mode's code is a dynamic import(), a
 * chunk of its own in dist/ (test/dist-cold-start.test.ts checks which chunks each mode loads).
 */
async function run() {
    const outputs = new report_outputs/* StepOutputs */.bC();
    let settings;
    let failed;
    try {
        settings = (0,read_inputs/* readSettings */.sb)();
        const failures = settings.mode === 'plan'
            ? await plan(settings, outputs)
            : settings.mode === 'merge'
                ? await merge(settings, outputs)
                : await runMode(settings, settings.mode, await (0,load_policy/* loadPolicy */.t)(settings.workspace, settings.policyFile), outputs);
        if (failures.length > 0)
            failStep(failures);
        failed = failures.length;
    }
    catch (error) {
        const message = stoppedMessage(error);
        // A dry-run or enforce run says how far it had got (sweepMode): what it wrote, whether its report was; a merge, that it stopped while reporting (mergeMode); a plan, whether it was reporting and what it had published (plan-mode.ts stoppedPlan).
        const at = error instanceof stopped_at/* RunStoppedError */.F ? error.at : undefined;
        const cause = error instanceof stopped_at/* RunStoppedError */.F ? error.cause : error;
        // The credentials' account outside the policy's accounts pin: an error in the policy, annotated
        // at its line as every other policy error is.
        if (cause instanceof account_guard/* AccountNotGovernedError */.bQ)
            commands/* setFailed */.C1((0,format_issue/* formatIssue */.Hd)(cause.issue), (0,annotations/* issueAnnotation */.d)(cause.issue));
        else
            commands/* setFailed */.C1((0,report_escape/* inertLogLines */.u7)(`${constants/* PRODUCT */.Ax}: ${message}`));
        // The summary is where people look first: say there, too, that the run stopped and why.
        await (0,files/* appendSummary */.f)((0,run_error/* renderRunError */.qk)(message, at)).catch(() => undefined);
        // A run that stops is what a person most needs to hear about; one stopped by its inputs, too
        // (a typo in a scheduled workflow leaves the accounts unguarded on every run).
        const alerting = settings ?? (0,read_inputs/* alertOnBadInputs */.C$)();
        const notAlerted = alerting === undefined ? [] : await main_alert(alerting, { kind: 'stopped', mode: alerting.mode, message, ...(at === undefined ? {} : { at }) });
        for (const failure of notAlerted)
            failStep([failure]);
        failed = 1 + notAlerted.length;
    }
    try {
        outputs.finish(settings === undefined ? (0,read_inputs/* askedFor */.GZ)() : { mode: settings.mode, runUrl: settings.run?.url }, failed);
    }
    catch (error) {
        commands/* setFailed */.C1(`${constants/* PRODUCT */.Ax}: could not set the step's outputs: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/**
 * Why a run stopped, as the annotation, the job summary and the alert issue say it: the error's
 * message with anything secret-looking redacted. Errors from AWS are redacted where they are made
 * (aws/errors.ts); one thrown by the SDK's credential chain, by GitHub's client or by the file
 * system arrives here as it was written, and may quote a key.
 */
function stoppedMessage(error) {
    return (0,redact/* redactSecrets */.fp)(error instanceof Error ? error.message : String(error));
}
async function runMode(settings, mode, policy, outputs) {
    if (!policy.ok)
        (0,annotations/* annotatePolicyIssues */.p)(policy.issues, format_issue/* formatIssue */.Hd);
    // A broken policy means no AWS call at all, whatever the mode.
    if (mode === 'validate' || !policy.ok) {
        const failures = await validateOnly(settings, policy, outputs);
        return policy.ok ? failures : [...failures, ...(await main_alert(settings, { kind: 'invalid-policy', mode, policyPath: (0,load_policy/* displayPath */.G)(settings.workspace, settings.policyFile), issues: policy.issues, errorCount: policy.errorCount }))];
    }
    return sweep(settings, mode, policy.policy, outputs);
}
/**
 * plan: pull requests only. It reads the PR's policy at GitHub's merge commit (else the head) through the API (and
 * reports a broken one on the PR), not the workspace copy. Loaded lazily: validate, dry-run and
 * enforce never load the GitHub client.
 */
async function plan(settings, outputs) {
    const { runPlanMode } = await Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(24), __nccwpck_require__.e(21), __nccwpck_require__.e(75), __nccwpck_require__.e(568)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2568));
    return runPlanMode(settings, outputs);
}
/** merge: combines a matrix run's shard reports (run-modes.ts). No AWS call. */
async function merge(settings, outputs) {
    const { mergeMode } = await Promise.all(/* import() */[__nccwpck_require__.e(24), __nccwpck_require__.e(21), __nccwpck_require__.e(143)]).then(__nccwpck_require__.bind(__nccwpck_require__, 143));
    return alerted(settings, await mergeMode(settings, outputs));
}
/**
 * validate: no AWS, no network. The summary shows the errors, or the rules when valid. The policy
 * is named as its annotations name it (displayPath: relative to the workspace), not as the input
 * gave it (`./…`, or an absolute path).
 */
async function validateOnly(settings, policy, outputs) {
    outputs.publishEmpty();
    const path = (0,load_policy/* displayPath */.G)(settings.workspace, settings.policyFile);
    if (policy.ok) {
        commands/* info */.pq(`Policy ${path} is valid: ${allowEntryCounts(policy.policy)}.`);
        return (0,report_outputs/* writeSummary */.Sy)(renderPolicyCheck(settings.mode, path, policy), `The policy file itself (${(0,report_escape/* code */.aY)(path)}) has every rule.`, 'the log');
    }
    const noSummary = await (0,report_outputs/* writeSummary */.Sy)(renderPolicyCheck(settings.mode, path, policy), 'The log names every problem, each at its line.', 'the log and its annotations');
    // The annotations are always written (runMode); the job summary only when writeSummary could.
    const seeDetails = noSummary.length === 0 ? 'See the annotations or the job summary.' : 'See the annotations.';
    return [`Policy ${path} has ${(0,format_issue/* errorsText */.v$)(policy.errorCount)}; nothing was read from or written to AWS. ${seeDetails}`, ...noSummary];
}
/** dry-run and enforce: sweep the account, decide, act within the budget, report (run-modes.ts). */
async function sweep(settings, mode, policy, outputs) {
    const { sweepMode } = await Promise.all(/* import() */[__nccwpck_require__.e(24), __nccwpck_require__.e(21), __nccwpck_require__.e(143)]).then(__nccwpck_require__.bind(__nccwpck_require__, 143));
    return alerted(settings, await sweepMode(settings, mode, policy, outputs));
}
/** A published run's failures, and the alert's about it, judged at the instant its log was (Published.now). */
async function alerted(settings, published) {
    return [...published.failures, ...(await main_alert(settings, { kind: 'report', report: published.report }, published.reportWritten, published.now))];
}
/** alert: issue. Loaded only when on: a run without it never loads the GitHub client. Never throws. `reportWritten`: see raiseAlert. */
async function main_alert(settings, subject, reportWritten = false, now = new Date()) {
    if (settings.alert !== 'issue')
        return [];
    const { raiseAlert } = await Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(24), __nccwpck_require__.e(774)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2774));
    return raiseAlert(settings, subject, now, reportWritten);
}


/***/ }),

/***/ 6784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ isAwsIdForm)
/* harmony export */ });
/**
 * The shape of the id AWS gives each item (its kind's itemId), as summary-json passes it on for a
 * step to echo or post as it is (a Slack message, a ticket) and as a shard report must hold it.
 * What the ids are:
 * - an IoT certificate id: 64 hex digits;
 * - an Organizations handshake id: `h-` and 8 to 32 lowercase letters or digits;
 * - a GuardDuty, Macie or Security Hub invitation id: 32 hex digits in AWS's examples (their models
 *   say only "string"); without one, the administrator's account id (12 digits);
 * - a RAM invitation ARN, `arn:aws:ram:<region>:<account>:resource-share-invitation/<uuid>`, and a
 *   Detective behavior graph ARN, `arn:aws:detective:<region>:<account>:graph:<32 hex digits>`.
 * So: a bare id of letters, digits, `-` and `_`, or an ARN whose resource is such pieces joined by
 * single `/` or `:`. No space, dot, `//`, `@`, `#`, `<`, backtick or other markup: nothing a chat
 * links, mentions or renders (`https://evil.example/login`, `<!channel>`, `evil.example`).
 */
/** The longest id accepted: an ARN is at most 2048 characters. */
const MAX_ID_LENGTH = 2048;
const BARE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Partition (aws, aws-cn, aws-us-gov, …), service, region (none for a global service), account (12 digits or none), resource. */
const ARN_ID = /^arn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12})?:[A-Za-z0-9_-]+(?:[/:][A-Za-z0-9_-]+)*$/;
/** Whether `id` has the shape of an id AWS gives the items inbound-guard reads (see above). */
function isAwsIdForm(id) {
    return id.length <= MAX_ID_LENGTH && (BARE_ID.test(id) || ARN_ID.test(id));
}


/***/ }),

/***/ 8565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ limitRejectReason),
/* harmony export */   t: () => (/* binding */ MAX_REJECT_REASON_LENGTH)
/* harmony export */ });
// AWS input limits, shared by the policy validator, the act stage and the AWS adapter.
// This module imports no SDK, so the act stage may use it without loading one.
/** RejectCertificateTransfer.rejectReason: at most 128 characters. */
const MAX_REJECT_REASON_LENGTH = 128;
/**
 * `reason` cut to at most 128 characters, never splitting a surrogate pair: the result is within the
 * limit whether AWS counts UTF-16 code units or code points.
 */
function limitRejectReason(reason) {
    if (reason.length <= MAX_REJECT_REASON_LENGTH)
        return reason;
    let cut = '';
    for (const codePoint of reason) {
        if (cut.length + codePoint.length > MAX_REJECT_REASON_LENGTH)
            break;
        cut += codePoint;
    }
    return cut;
}


/***/ }),

/***/ 7286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ compareCodeUnits)
/* harmony export */ });
/** Code-unit order: stable across locales, unlike localeCompare. */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 7469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ SECURITY_SERVICES),
/* harmony export */   a: () => (/* binding */ HANDSHAKE_TYPES),
/* harmony export */   r5: () => (/* binding */ HANDSHAKE_STATES),
/* harmony export */   zM: () => (/* binding */ securityWriteTarget)
/* harmony export */ });
/**
 * The plain records the AWS adapters produce and every later stage reads.
 * Nothing here knows about the SDK or the runner: a test can build an item by hand.
 * Text fields marked "sender-written" come from a stranger's account and are untrusted.
 */
/** The handshake action types AWS Organizations defines (HandshakeAction / ActionType). */
const HANDSHAKE_TYPES = [
    'INVITE',
    'TRANSFER_RESPONSIBILITY',
    'ENABLE_ALL_FEATURES',
    'APPROVE_ALL_FEATURES',
    'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE',
];
/** The handshake states; only OPEN and REQUESTED can still be declined. */
const HANDSHAKE_STATES = ['REQUESTED', 'OPEN', 'CANCELED', 'ACCEPTED', 'DECLINED', 'EXPIRED'];
/** The security services whose administrator invitations are guarded (Macie's API is `macie2`). */
const SECURITY_SERVICES = ['guardduty', 'macie', 'securityhub', 'detective'];
/**
 * What a decline names, and so how the invitation is found again after one: Detective rejects by
 * behavior graph (the invitation's id, its ARN); the others decline by the inviting account.
 */
function securityWriteTarget(invitation) {
    return invitation.service === 'detective' ? invitation.invitationId : invitation.administratorAccountId;
}


/***/ }),

/***/ 9114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ parseHandshakeArn),
/* harmony export */   S9: () => (/* binding */ organizationOfAll),
/* harmony export */   fX: () => (/* binding */ organizationOfAccountArn)
/* harmony export */ });
/**
 * What a ListAccounts `Account.Arn` says: `arn:<partition>:organizations::<management-account>:account/<o-id>/<account-id>`.
 * Undefined unless it has that shape and names `accountId` (the account's own `Id`) last.
 */
function organizationOfAccountArn(arn, accountId) {
    const match = /^arn:[a-z-]+:organizations::(\d{12}):account\/(o-[a-z0-9]{10,32})\/(\d{12})$/.exec(arn ?? '');
    if (match === null || match[3] !== accountId)
        return undefined;
    const [, managementAccount, id] = match;
    return managementAccount === undefined || id === undefined ? undefined : { id, managementAccount };
}
/**
 * The organization every listed account belongs to, by their ARNs: undefined when the list is
 * empty, when some account's ARN did not name one, or when they do not all name the same one. Only
 * then may a run treat it as the organization it guards.
 */
function organizationOfAll(accounts) {
    const [first] = accounts;
    const organization = first?.organization;
    if (organization === undefined)
        return undefined;
    const same = accounts.every((a) => a.organization?.id === organization.id && a.organization.managementAccount === organization.managementAccount);
    return same ? organization : undefined;
}
/** The management account and organization a handshake's ARN names (AWS formats it); {} for any other shape. */
function parseHandshakeArn(arn) {
    const match = /^arn:[^:]+:organizations::(\d{12}):handshake\/(o-[a-z0-9]+)\//.exec(arn ?? '');
    if (match === null)
        return {};
    return { managementAccountId: match[1], organizationId: match[2] };
}


/***/ }),

/***/ 1000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ organizationSender),
/* harmony export */   JG: () => (/* binding */ isAccountId),
/* harmony export */   fN: () => (/* binding */ accountSender),
/* harmony export */   lx: () => (/* binding */ UNKNOWN_SENDER),
/* harmony export */   nK: () => (/* binding */ isOrganizationId),
/* harmony export */   p: () => (/* binding */ isPlainEmail),
/* harmony export */   v5: () => (/* binding */ UNIDENTIFIED_SENDER),
/* harmony export */   wy: () => (/* binding */ isSenderForm)
/* harmony export */ });
/**
 * Who sent an item, as one stable string a trail across runs can group by: `account:<12 digits>`
 * for a certificate transfer or a RAM invitation, `organization:<o-id>` for a handshake (else
 * `management-account:<12 digits>`), `administrator:<12 digits>` for a security-service
 * invitation, `unknown` when AWS did not tell. Built from identifiers only — never from
 * sender-written text (names, emails, notes) — and only when they have AWS's shape, so the value is
 * safe to group on, to put in an output, or to show. Each kind says which identifier is its
 * sender (src/kinds/<kind>/model.ts, `sender`); these are the forms.
 */
const UNKNOWN_SENDER = 'unknown';
/**
 * The one phrase the log, the summary and the reasons use for a handshake whose sender could not be
 * identified (no organization, management account or email: toHandshakeItem leaves them out when
 * the ARN names this account's side), so no allow entry can match it.
 */
const UNIDENTIFIED_SENDER = 'unidentified sender';
const ACCOUNT_ID = /^\d{12}$/;
/** Whether `id` has the shape of an AWS account id: 12 digits. */
function isAccountId(id) {
    return id !== undefined && ACCOUNT_ID.test(id);
}
/** AWS Organizations: o- and 10 to 32 lowercase letters or digits. */
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
/** Whether `id` has the shape of an AWS Organizations organization id. */
function isOrganizationId(id) {
    return id !== undefined && ORGANIZATION_ID.test(id);
}
/**
 * Whether `email` is plain email text: one `@` between the characters decide/reasons.ts quotes back
 * as ordinary id/email text (letters, digits, `._+-`; the domain without `_+`), at most 64
 * characters (AWS's limit for an account's email). Only such a sender-written email is shown where
 * nothing else vouches for it (a handshake's claimed sender).
 */
function isPlainEmail(email) {
    return email !== undefined && email.length <= 64 && /^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$/.test(email);
}
/** `<label>:<12 digits>` when `id` is an account id, else `unknown`. */
function accountSender(label, id) {
    return isAccountId(id) ? `${label}:${id}` : UNKNOWN_SENDER;
}
/** `organization:<o-id>` when `id` is an organization id, else undefined. */
function organizationSender(id) {
    return isOrganizationId(id) ? `organization:${id}` : undefined;
}
/** The labels before an account id. */
const ACCOUNT_LABELS = ['account', 'management-account', 'administrator'];
/**
 * Whether `sender` is one of the forms above: what a sender read back from a file must be (a
 * shard's report, in a merge), since summary-json passes it on as safe to show.
 */
function isSenderForm(sender) {
    if (sender === UNKNOWN_SENDER)
        return true;
    const colon = sender.indexOf(':');
    const [label, id] = [sender.slice(0, colon), sender.slice(colon + 1)];
    return colon > 0 && (label === 'organization' ? ORGANIZATION_ID.test(id) : ACCOUNT_LABELS.includes(label) && ACCOUNT_ID.test(id));
}


/***/ }),

/***/ 3105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isPlainAscii),
/* harmony export */   g: () => (/* binding */ unicodePattern)
/* harmony export */ });
/**
 * Patterns with Unicode-property classes (`\p{Cf}`), built only when text needs them.
 *
 * V8 builds a property class's character set when it checks the pattern: for a regular-expression
 * literal that is when it parses the file, whether or not the code ever runs; for `new RegExp`,
 * when it is constructed. Each set costs a few million instructions (ICU walks the code points of
 * its category), about 3 ms of every run's start for the two patterns every run has (escape.ts,
 * invisible-characters.ts) — and most text a run shows is plain ASCII, which none of these
 * classes can match. So each is written as a string, built on first use, and callers skip it for
 * text that is plain ASCII (`isPlainAscii`).
 */
/** A regular expression from `source` and `flags`, built the first time it is asked for and then kept. */
function unicodePattern(source, flags) {
    let pattern;
    return () => (pattern ??= new RegExp(source, flags));
}
/** Any UTF-16 code unit above U+007F (a surrogate half too: without the u flag a pattern reads code units). */
const NON_ASCII = /[\u0080-\uFFFF]/;
/** True when every character of `text` is ASCII (U+0000–U+007F). */
function isPlainAscii(text) {
    return !NON_ASCII.test(text);
}


/***/ }),

/***/ 9344:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   sK: () => (/* binding */ capitalise),
/* harmony export */   yZ: () => (/* binding */ joinWords)
/* harmony export */ });
/** Plain-words helpers every layer may use: no Markdown, no escaping, no I/O. */
/** `text` with its first letter upper-cased: a clause that also ends sentences, made to start one. */
function capitalise(text) {
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
/** `one` when `n` is 1, else `many`: `${n} ${plural(n, 'account', 'accounts')}`. */
function plural(n, one, many) {
    return n === 1 ? one : many;
}
/** `a`, `a and b`, `a, b and c`. */
function joinWords(parts) {
    return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}


/***/ }),

/***/ 8420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q0: () => (/* binding */ valueList),
/* harmony export */   c5: () => (/* binding */ plainWords),
/* harmony export */   h0: () => (/* binding */ fieldRow),
/* harmony export */   rq: () => (/* binding */ addedRemoved),
/* harmony export */   v: () => (/* binding */ v)
/* harmony export */ });
/** Turns a typed FieldRow into a table row; the absent-key cases are handled here, once for all fields. */
function fieldRow(row) {
    return {
        key: row.key,
        diff: (base, head, _now, caller) => {
            const b = row.read(base);
            const h = row.read(head);
            if (b === undefined && h === undefined)
                return [];
            const headLine = row.line?.(head);
            const baseLine = row.line?.(base);
            const at = headLine !== undefined ? { policy: 'head', line: headLine } : baseLine !== undefined ? { policy: 'base', line: baseLine } : undefined;
            const located = (changes) => changes.map((c) => (c.at !== undefined || at === undefined ? c : { ...c, at }));
            const { absent } = row;
            if ('value' in absent) {
                return located(row.compare({ value: b ?? absent.value, absent: b === undefined }, { value: h ?? absent.value, absent: h === undefined }));
            }
            if (b === undefined && h !== undefined) {
                const { effect, more = [], guards } = absent.fromAbsent(h, caller, base);
                return located([{ key: row.key, effect, words: [v(row.key), ' set to ', ...row.show(h), `; it was absent, which means ${absent.means}.`, ...more], ...(guards === undefined || guards.length === 0 ? {} : { guards }) }]);
            }
            if (b !== undefined && h === undefined) {
                return located([{ key: row.key, effect: absent.toAbsent(b), words: [v(row.key), ' removed (it was ', ...row.show(b), `): now ${absent.means}.`] }]);
            }
            return located(row.compare({ value: b, absent: false }, { value: h, absent: false }));
        },
    };
}
/** A policy value inside Words. */
function v(value) {
    return { value };
}
/** `a`, `b` and `c` as Words, each a value; `none` for an empty list. */
function valueList(values, none = 'none') {
    if (values.length === 0)
        return [none];
    const out = [];
    values.forEach((value, i) => {
        if (i > 0)
            out.push(i === values.length - 1 ? ' and ' : ', ');
        out.push(v(value));
    });
    return out;
}
/** What `head` has that `base` has not, and the reverse, in each list's order. */
function addedRemoved(base, head) {
    return { added: head.filter((x) => !base.includes(x)), removed: base.filter((x) => !head.includes(x)) };
}
/** Words as one plain line (values in backticks), for the log and annotations; the caller makes it inert. */
function plainWords(words) {
    return words.map((w) => (typeof w === 'string' ? w : `\`${w.value}\``)).join('');
}


/***/ }),

/***/ 5698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ DEFAULT_REJECT_REASON),
/* harmony export */   Lz: () => (/* binding */ POLICY_FILE_INPUT),
/* harmony export */   Nv: () => (/* binding */ YAML_OPTIONS),
/* harmony export */   P3: () => (/* binding */ MAX_ACTIONS_LIMIT),
/* harmony export */   PY: () => (/* binding */ SUPPORTED_VERSIONS),
/* harmony export */   kO: () => (/* binding */ DEFAULT_HANDSHAKE_TYPES),
/* harmony export */   mk: () => (/* binding */ MAX_POLICY_BYTES),
/* harmony export */   u9: () => (/* binding */ MAX_ISSUES)
/* harmony export */ });
/** The policy format versions this release understands. */
const SUPPORTED_VERSIONS = [1];
/** The action input that names the policy file. */
const POLICY_FILE_INPUT = 'policy-file';
/** `iot.reject-reason` when the file does not set one. */
const DEFAULT_REJECT_REASON = 'Transfer from {source-account} is not allowlisted by {policy-file}';
/**
 * `organizations.handshake-types` when the file does not set one: the two types that come from
 * outside one's organization. The other three come from one's own organization.
 */
const DEFAULT_HANDSHAKE_TYPES = ['INVITE', 'TRANSFER_RESPONSIBILITY'];
/** Files larger than this are refused before parsing: a policy is a few KiB. */
const MAX_POLICY_BYTES = 256 * 1024;
/** At most this many issues are reported (the last one says how many more there were). */
const MAX_ISSUES = 50;
/** `limits.max-actions` bounds. */
const MAX_ACTIONS_LIMIT = 1000;
/** How the policy's YAML is parsed: the core schema, no merge keys, every problem an error. */
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, schema: 'core', merge: false, strict: true, logLevel: 'error' };


/***/ }),

/***/ 6457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ maxActions),
/* harmony export */   AM: () => (/* binding */ nonEmptyUniqueList),
/* harmony export */   C: () => (/* binding */ withMeta),
/* harmony export */   Kg: () => (/* binding */ isString),
/* harmony export */   N4: () => (/* binding */ note),
/* harmony export */   S3: () => (/* binding */ roleName),
/* harmony export */   U: () => (/* binding */ patternText),
/* harmony export */   bO: () => (/* binding */ calendarDate),
/* harmony export */   o0: () => (/* binding */ uniqueList),
/* harmony export */   oD: () => (/* binding */ editorMessages),
/* harmony export */   qC: () => (/* binding */ ROLE_NAME_PATTERN),
/* harmony export */   rE: () => (/* binding */ version),
/* harmony export */   w3: () => (/* binding */ roleArn),
/* harmony export */   y3: () => (/* binding */ handshakeType),
/* harmony export */   yE: () => (/* binding */ ROLE_ARN_PATTERN)
/* harmony export */ });
/* unused harmony exports HANDSHAKE_TYPE_DESCRIPTIONS, repeats */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9396);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4343);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3759);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3102);
/* harmony import */ var _model_items_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(7469);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5698);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(572);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3304);
/**
 * The leaf values of the policy language as zod schemas: each carries its JSON Schema
 * description and words its own errors (see messages.ts). Account ids, organization ids and email
 * patterns are in identity-fields.ts, region names in region-fields.ts, both built from the helpers
 * here.
 */





/** An IAM role name, optionally under a path (`team/inbound-guard`): the IAM name and path characters. */
const ROLE_NAME_PATTERN = /^(?:[\w+=,.@-]{1,512}\/)*[\w+=,.@-]{1,64}$/;
/** An IAM role ARN in any partition: `arn:aws:iam::111122223333:role/inbound-guard` (a path may precede the name). */
const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]{1,512}\/)*[\w+=,.@-]{1,64}$/;
/** zod's calendar-checked YYYY-MM-DD (2027-02-30 fails); the same regex lands in the JSON Schema. */
const DATE_EXAMPLE = '2027-01-31';
const isString = (v) => typeof v === 'string';
/**
 * What editors show for a value of the wrong type (`errorMessage`) or one that does not match the
 * pattern (`patternErrorMessage`): yaml-language-server and VS Code read both from the JSON Schema,
 * instead of `Expected "string"` or the pattern itself (the date pattern is 200 characters).
 */
function editorMessages(wrongType, wrongPattern) {
    return wrongPattern === undefined ? { errorMessage: wrongType } : { errorMessage: wrongType, patternErrorMessage: wrongPattern };
}
/**
 * `schema` with JSON Schema keywords (description, examples, editor messages): what classic zod's
 * `.meta(data)` does, for zod/mini, which has no such method. A copy of the schema with `data` in
 * zod's global registry, where z.toJSONSchema reads it; the copy inherits the original's keywords
 * and the original keeps its own.
 */
function withMeta(schema, data) {
    const copy = schema.clone();
    zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(copy, data);
    return copy;
}
/** Text matching `pattern`; `error` words both a value that is not text and text that does not match. */
function patternText(pattern, error) {
    return zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error }).check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._regex */ .Fk(pattern, { error }));
}
/** What each handshake type is, for editors (enumDescriptions) and the docs. */
const HANDSHAKE_TYPE_DESCRIPTIONS = {
    INVITE: 'An invitation to join another organization as a member account.',
    TRANSFER_RESPONSIBILITY: 'Another organization asks to take over responsibility (e.g. billing) for yours: the highest-stakes type.',
    ENABLE_ALL_FEATURES: 'From your own organization: the management account enables all features.',
    APPROVE_ALL_FEATURES: 'From your own organization: members approve enabling all features.',
    ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE: 'From your own organization: adds the Organizations service-linked role.',
};
function dateMessage(issue) {
    const input = issue.input;
    if (!isString(input))
        return (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .typeMessage */ .cR)('a date written YYYY-MM-DD', input, `until: ${DATE_EXAMPLE}`);
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
    if (parts === null) {
        const time = /^\d{4}-\d{2}-\d{2}[T ]/.test(input) ? ' without a time (the entry lapses at the end of that day, UTC)' : '';
        return `${JSON.stringify(input)} is not a date written YYYY-MM-DD${time}; write e.g. ${DATE_EXAMPLE}.`;
    }
    const [year, month] = [Number(parts[1]), Number(parts[2])];
    if (month < 1 || month > 12)
        return `${input} is not a real date: there is no month ${parts[2] ?? ''}.`;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${input} is not a real date: ${parts[1] ?? ''}-${parts[2] ?? ''} has ${days} days.`;
}
const calendarDate = () => withMeta(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* .date */ .p6({ error: dateMessage }), {
    description: 'The entry lapses at the end of this day (UTC), written YYYY-MM-DD. A date already passed is not an error: the entry simply no longer allows anything.',
    examples: [DATE_EXAMPLE],
    ...editorMessages(`A date written YYYY-MM-DD, e.g. ${DATE_EXAMPLE}.`, `A date that exists, written YYYY-MM-DD, e.g. ${DATE_EXAMPLE} (the entry lapses at the end of that day, UTC).`),
});
function roleNameMessage(issue) {
    const input = issue.input;
    const wildcard = (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .noWildcard */ .S6)(input, 'role names', 'write the name of the one role assumed in every account, e.g. inbound-guard');
    if (wildcard !== undefined)
        return wildcard;
    if (!isString(input))
        return (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .typeMessage */ .cR)('an IAM role name', input, 'role-name: inbound-guard');
    if (ROLE_ARN_PATTERN.test(input))
        return `is a role ARN; role-name takes the name only (e.g. ${input.slice(input.indexOf(':role/') + 6)}). List whole ARNs under targets.roles.`;
    return `${JSON.stringify(input)} is not an IAM role name: letters, digits and +=,.@_- only, at most 64 characters, optionally after a path (team/inbound-guard).`;
}
const roleName = () => withMeta(patternText(ROLE_NAME_PATTERN, roleNameMessage), {
    description: 'The role assumed in every account listed under `accounts` or found in the organization: arn:aws:iam::<account>:role/<role-name>. The action\'s `role-name` input overrides it.',
    examples: ['inbound-guard'],
    ...editorMessages('An IAM role name, e.g. inbound-guard.', 'An IAM role name (letters, digits and +=,.@_-, at most 64), optionally after a path: team/inbound-guard. Not an ARN.'),
});
function roleArnMessage(issue) {
    const input = issue.input;
    const wildcard = (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .noWildcard */ .S6)(input, 'role ARNs', 'list the whole ARN of each role, e.g. "arn:aws:iam::111122223333:role/inbound-guard"');
    if (wildcard !== undefined)
        return wildcard;
    if (!isString(input))
        return (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .typeMessage */ .cR)('an IAM role ARN in quotes', input, '"arn:aws:iam::111122223333:role/inbound-guard"');
    return `${JSON.stringify(input)} is not an IAM role ARN: write it like arn:aws:iam::111122223333:role/inbound-guard.`;
}
const roleArn = () => withMeta(patternText(ROLE_ARN_PATTERN, roleArnMessage), {
    description: 'A role to assume, by ARN; the account it belongs to is guarded.',
    examples: ['arn:aws:iam::111122223333:role/inbound-guard'],
    ...editorMessages('A role ARN in quotes, e.g. "arn:aws:iam::111122223333:role/inbound-guard".', 'A role ARN: arn:aws:iam::<12-digit account>:role/<name>.'),
});
function handshakeTypeMessage(issue) {
    const input = issue.input;
    const all = `Handshake types are ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .listAlternatives */ .PP)(_model_items_js__WEBPACK_IMPORTED_MODULE_7__/* .HANDSHAKE_TYPES */ .a)}.`;
    if (!isString(input))
        return `must be a handshake type, not ${input === null ? 'an empty value' : String(JSON.stringify(input))}. ${all}`;
    const wildcard = (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .noWildcard */ .S6)(input, 'handshake types', 'list each type');
    if (wildcard !== undefined)
        return `${wildcard} ${all}`;
    return `\`${input}\` is not a handshake type.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(input, _model_items_js__WEBPACK_IMPORTED_MODULE_7__/* .HANDSHAKE_TYPES */ .a)} ${all}`;
}
const handshakeType = () => withMeta(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_items_js__WEBPACK_IMPORTED_MODULE_7__/* .HANDSHAKE_TYPES */ .a, { error: handshakeTypeMessage }), {
    description: 'An AWS Organizations handshake type.',
    // One description per value, in the order of `enum`: editors show them in completion and hover.
    enumDescriptions: _model_items_js__WEBPACK_IMPORTED_MODULE_7__/* .HANDSHAKE_TYPES */ .a.map((t) => HANDSHAKE_TYPE_DESCRIPTIONS[t]),
    markdownEnumDescriptions: _model_items_js__WEBPACK_IMPORTED_MODULE_7__/* .HANDSHAKE_TYPES */ .a.map((t) => `\`${t}\`: ${HANDSHAKE_TYPE_DESCRIPTIONS[t]}`),
    errorMessage: `One of ${_model_items_js__WEBPACK_IMPORTED_MODULE_7__/* .HANDSHAKE_TYPES */ .a.join(', ')} (upper case).`,
});
/**
 * Each item equal to an earlier one, with the index of the first: one pass over the list, reading
 * each item once (`indexOf` per item would be quadratic in a list the policy author controls).
 */
function repeats(values, keyOf = (value) => value) {
    const firstAt = new Map();
    const found = [];
    for (let index = 0; index < values.length; index++) {
        const value = keyOf(values[index]);
        const first = firstAt.get(value);
        if (first === undefined)
            firstAt.set(value, index);
        else
            found.push({ index, first });
    }
    return found;
}
/** A list item as the file wrote it (a number too: `0x1A`, not 26). */
const shown = (item) => (typeof item === 'number' ? (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .numberAsWritten */ .hH)(item) : String(item));
/**
 * A list whose items must be unique: one issue per repeated item, at the repeat. `keyOf`: what makes
 * two items the same, when it is not their value (`ec2:Subnet` and `ec2:subnet` are one resource type).
 */
function uniqueList(item, expected, example, keyOf) {
    const unique = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .superRefine */ .zni((values, ctx) => {
        for (const { index, first } of repeats(values, keyOf)) {
            ctx.addIssue({ code: 'custom', path: [index], message: `${shown(values[index])} is listed twice (also at position ${first + 1}); list each once.` });
        }
    }, 
    // Also when some items are invalid: every problem is reported in one go.
    { when: (payload) => Array.isArray(payload.value) });
    return withMeta(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(item, { error: (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .errorFor */ .I$)(expected, example) }).check(unique), { uniqueItems: true, errorMessage: `Must be ${expected}, e.g. ${example}.` });
}
/** A uniqueList that may not be empty: `empty` words the error for [] (it says what [] would mean and what to write instead). */
function nonEmptyUniqueList(item, expected, example, words) {
    return withMeta(uniqueList(item, expected, example, words.keyOf).check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(1, { error: words.empty })), { description: words.description });
}
const note = () => withMeta(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .errorFor */ .I$)('text', 'note: "why this entry exists"') }), {
    description: 'Why this entry is here; shown in reports and read by reviewers. Not used for matching.',
    errorMessage: 'Text, e.g. note: "factory provisioning account".',
});
function versionMessage(issue) {
    const supported = `Supported versions: ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SUPPORTED_VERSIONS */ .PY.join(', ')}.`;
    const input = issue.input;
    if (input === undefined)
        return `is missing: add \`version: 1\` at the top of the file. ${supported}`;
    if (isString(input) && _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SUPPORTED_VERSIONS */ .PY.some((v) => String(v) === input.trim()))
        return `must be the number ${input.trim()}, without quotes. ${supported}`;
    if (typeof input === 'number')
        return `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .numberAsWritten */ .hH)(input)} is not a policy version this release of inbound-guard understands. ${supported} Write \`version: 1\` or upgrade the action.`;
    return `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .typeMessage */ .cR)('a version number', input)} ${supported}`;
}
const version = () => withMeta(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SUPPORTED_VERSIONS */ .PY, { error: versionMessage }), { description: 'The policy language version. Only `1` exists.', errorMessage: 'Write version: 1 (a number, without quotes).' });
function maxActionsMessage(issue) {
    const input = issue.input;
    const range = `a whole number from 0 to ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ACTIONS_LIMIT */ .P3} (0 means never act)`;
    if (typeof input === 'number')
        return `must be ${range}, not ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .numberAsWritten */ .hH)(input)}.`;
    if (typeof input === 'string')
        return `must be ${range} written without quotes, not the text ${JSON.stringify(input)}.`;
    return (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .typeMessage */ .cR)(range, input, 'max-actions: 10');
}
const maxActions = () => withMeta(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr({ error: maxActionsMessage }).check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._gte */ .qm(0, { error: maxActionsMessage }), zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._lte */ .Zm(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ACTIONS_LIMIT */ .P3, { error: maxActionsMessage })), {
    description: `The most rejections plus declines one run may perform; a run that would need more acts on none and fails. \`0\`: never act — an enforce run with anything to act on writes nothing and fails, a kill switch that still alerts. Up to ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ACTIONS_LIMIT */ .P3}. The action's \`max-actions\` input overrides it; absent: the action's default.`,
    errorMessage: `A whole number from 0 to ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ACTIONS_LIMIT */ .P3}, without quotes (0 means never act).`,
});


/***/ }),

/***/ 1097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   v$: () => (/* binding */ errorsText),
/* harmony export */   yN: () => (/* binding */ oneProblem)
/* harmony export */ });
/** `1 error`, `7,313 errors`: how many problems a policy has, as reports say it. */
function errorsText(count) {
    return `${count.toLocaleString('en-US')} ${count === 1 ? 'error' : 'errors'}`;
}
/** One problem alone (a file that cannot be read, a deleted policy): the problems of a policy that has just this one. */
function oneProblem(issue) {
    return { issues: [issue], errorCount: 1 };
}
/** One policy issue as one line: `path/file.yml:12:7: iot.allow[1].source-account: message`. */
function formatIssue(issue) {
    const key = issue.key === '' ? '' : `${issue.key}: `;
    return `${issue.file}:${issue.line}:${issue.column}: ${key}${issue.message}`;
}


/***/ }),

/***/ 2033:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pj: () => (/* binding */ POLICY_NAME_OF),
/* harmony export */   Vm: () => (/* binding */ resourceType),
/* harmony export */   rM: () => (/* binding */ POLICY_SECURITY_SERVICES),
/* harmony export */   s0: () => (/* binding */ securityService),
/* harmony export */   t4: () => (/* binding */ SECURITY_SERVICE_OF)
/* harmony export */ });
/* unused harmony export RESOURCE_TYPE_PATTERN */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4343);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6457);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(572);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3304);
/**
 * The leaf values of the invitation sections (`ram`, `security-services`), as zod schemas that
 * carry their JSON Schema descriptions and word their own errors, like fields.ts.
 */




/**
 * A RAM resource type as AWS writes it: `<service code>:<resource code>`, e.g. `ec2:Subnet`. The
 * service code is lower case, as RAM, ARNs and IAM write it (one spelling per service); the
 * resource code in any case. Matching folds the case of both (kinds/resource-share-invitations).
 */
const RESOURCE_TYPE_PATTERN = /^[a-z0-9-]+:[A-Za-z0-9-]+$/;
/** The same with the service code in any case: only its case is wrong. */
const RESOURCE_TYPE_ANY_CASE = /^[A-Za-z0-9-]+:[A-Za-z0-9-]+$/;
function resourceTypeMessage(issue) {
    const input = issue.input;
    const wildcard = (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .noWildcard */ .S6)(input, 'resource types', 'list each type, e.g. ec2:Subnet; without `resource-types` the entry allows whatever the account shares');
    if (wildcard !== undefined)
        return wildcard;
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(input))
        return (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .typeMessage */ .cR)('a RAM resource type', input, 'ec2:Subnet');
    if (RESOURCE_TYPE_ANY_CASE.test(input)) {
        const colon = input.indexOf(':');
        return `${JSON.stringify(input)}: write the service code before the colon in lower case, as RAM lists it: ${input.slice(0, colon).toLowerCase()}${input.slice(colon)}. (The resource type after the colon may be in any case: it is compared case-insensitively.)`;
    }
    return `${JSON.stringify(input)} is not a RAM resource type: write the service code, a colon and the resource type, as RAM lists them, e.g. ec2:Subnet, ec2:TransitGateway or license-manager:LicenseConfiguration.`;
}
const resourceType = () => (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .withMeta */ .C)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .patternText */ .U)(RESOURCE_TYPE_PATTERN, resourceTypeMessage), {
    description: 'A resource type as AWS RAM lists it (`ListPendingInvitationResources`): the service code in lower case, a colon and the resource type, e.g. `ec2:Subnet`. The resource type may be written in any case (`ec2:subnet`): it is compared case-insensitively.',
    examples: ['ec2:Subnet'],
    ...(0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .editorMessages */ .oD)('A RAM resource type such as ec2:Subnet.', 'service:resource, as RAM lists it, the service code in lower case, e.g. ec2:Subnet or license-manager:LicenseConfiguration.'),
});
/** The services of a `security-services` section, as the policy writes them. */
const POLICY_SECURITY_SERVICES = ['guardduty', 'macie', 'security-hub', 'detective'];
/** The policy's name of each service and the service it is (Security Hub's API is `securityhub`). */
const SECURITY_SERVICE_OF = { guardduty: 'guardduty', macie: 'macie', 'security-hub': 'securityhub', detective: 'detective' };
const POLICY_NAME_OF = { guardduty: 'guardduty', macie: 'macie', securityhub: 'security-hub', detective: 'detective' };
const SECURITY_SERVICE_DESCRIPTIONS = {
    guardduty: 'Amazon GuardDuty: the inviting account would become the GuardDuty administrator of this account (ListInvitations, DeclineInvitations).',
    macie: 'Amazon Macie: the inviting account would become the Macie administrator of this account (ListInvitations, DeclineInvitations).',
    'security-hub': 'AWS Security Hub: the inviting account would become the Security Hub administrator of this account (ListInvitations, DeclineInvitations).',
    detective: "Amazon Detective: this account would become a member of the inviting account's behavior graph (ListInvitations, RejectInvitation).",
};
function securityServiceMessage(issue) {
    const input = issue.input;
    const all = `The services are ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .listAlternatives */ .PP)(POLICY_SECURITY_SERVICES)}.`;
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(input))
        return `must be a security service, not ${input === null ? 'an empty value' : String(JSON.stringify(input))}. ${all}`;
    const wildcard = (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .noWildcard */ .S6)(input, 'services', 'list each service (without the key: every one)');
    if (wildcard !== undefined)
        return `${wildcard} ${all}`;
    return `\`${input}\` is not a security service inbound-guard guards.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(input, POLICY_SECURITY_SERVICES)} ${all}`;
}
const securityService = () => (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .withMeta */ .C)(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(POLICY_SECURITY_SERVICES, { error: securityServiceMessage }), {
    description: 'A security service whose administrator invitations are governed.',
    enumDescriptions: POLICY_SECURITY_SERVICES.map((s) => SECURITY_SERVICE_DESCRIPTIONS[s]),
    markdownEnumDescriptions: POLICY_SECURITY_SERVICES.map((s) => `\`${s}\`: ${SECURITY_SERVICE_DESCRIPTIONS[s]}`),
    errorMessage: `One of ${POLICY_SECURITY_SERVICES.join(', ')}.`,
});


/***/ }),

/***/ 4527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath),
/* harmony export */   t: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5698);
/* harmony import */ var _format_issue_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1097);
/* harmony import */ var _parse_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7555);
/* harmony import */ var _read_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9927);
/** Reads the policy file from the workspace and hands it to parsePolicy. The only I/O here. */
// Synchronous calls: one small file, read once, before anything else runs; node:fs/promises
// would add 8 M instructions to every start-up (src/builtins.ts).






/** The path as reports show it: relative to the workspace when inside it, with `/` separators. */
function displayPath(workspace, path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace), absolute);
    // Outside: `..` or `../…`; a name that only starts with two dots (`..policy.yml`) is inside.
    const shown = inside === '' || inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside) ? absolute : inside;
    return shown.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function failure(file, message) {
    return { ok: false, ...(0,_format_issue_js__WEBPACK_IMPORTED_MODULE_5__/* .oneProblem */ .yN)({ file, line: 1, column: 1, key: '', message }) };
}
function readError(file, error) {
    const code = error.code;
    const where = `Set the \`${_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_FILE_INPUT */ .Lz}\` input to the policy's path relative to the repository root.`;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return failure(file, `the policy file was not found. ${where} (Is the repository checked out before this step?)`);
    if (code === 'EISDIR')
        return failure(file, `this is a directory, not a policy file. ${where}`);
    if (code === 'EACCES' || code === 'EPERM')
        return failure(file, 'the policy file cannot be read: permission denied.');
    return failure(file, `the policy file cannot be read (${typeof code === 'string' ? code : 'unknown error'}).`);
}
/** Whether `path` is `root` or lies below it (both absolute and resolved). */
function within(root, path) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return inside === '' || (inside !== '..' && !inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside));
}
/**
 * Where the policy really is (every link followed) when that is inside the workspace, else why
 * it is refused. The file is in the repository, which a pull request changes: a symbolic link to
 * /proc/self/environ or ~/.aws/credentials must not have its content parsed and echoed in
 * annotations. Where the link leads is not shown either: it is the link author's text.
 */
function whereToRead(workspace, path) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace));
    const given = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(given);
    if (within(root, real))
        return { real };
    const fix = `inbound-guard reads the policy only from inside the workspace (the repository checkout). Set the \`${_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_FILE_INPUT */ .Lz}\` input to the policy's path relative to the repository root.`;
    return within((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace), given)
        ? { refused: `the policy file is a symbolic link, or lies in a linked directory, that leads outside the workspace; it was not read. ${fix}` }
        : { refused: `the policy file is outside the workspace; it was not read. ${fix}` };
}
/** `path` is relative to `workspace` unless absolute; it must resolve inside the workspace. Never throws. */
async function loadPolicy(workspace, path) {
    const file = displayPath(workspace, path);
    let bytes;
    try {
        const where = whereToRead(workspace, path);
        if ('refused' in where)
            return failure(file, where.refused);
        // The real path, and no link followed at its last step: what was checked is what is read.
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(where.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
        try {
            const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            // Refused unread: a policy path pointing at a huge file must not fill memory.
            if (size > _defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_BYTES */ .mk)
                return failure(file, (0,_read_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .tooLargeMessage */ .p)(size));
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch (error) {
        return readError(file, error);
    }
    return (0,_parse_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePolicy */ .O)(bytes, file);
}


/***/ }),

/***/ 3738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export findPair */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/** From a path in the parsed value back to a line and column in the YAML text. */

/** `iot.allow[1].source-account`; '' for the root. */
function formatKey(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? String(part) : `.${String(part)}`;
    }
    return out;
}
/**
 * Each mapping's pairs by key, built on first use. A policy with thousands of unknown keys is
 * located key by key: scanning the mapping for each would be quadratic in the file's size.
 */
const pairsByKey = new WeakMap();
/** The pair of a mapping with this key. The last one wins, as when the file is read. */
function findPair(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    let index = pairsByKey.get(map);
    if (index === undefined || index.size !== map.items.length) {
        const byKey = new Map();
        for (const pair of map.items) {
            // A null key (`? `, `: x`, `null:`, `~:`) is '' once read, as yaml's toJS names it.
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                byKey.set(pair.key.value === null ? '' : String(pair.key.value), pair);
        }
        index = { size: map.items.length, byKey };
        pairsByKey.set(map, index);
    }
    return index.byKey.get(key);
}
/** The nodes along a path, as far as they exist. steps[0] is the root. */
function walk(doc, path) {
    const steps = [{ node: doc.contents ?? null }];
    let current = doc.contents;
    for (const part of path) {
        if (typeof part === 'number' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current)) {
            const item = current.items[part];
            if (item === undefined)
                break;
            steps.push({ node: item });
            current = item;
        }
        else if (typeof part === 'string') {
            const pair = findPair(current, part);
            if (pair === undefined)
                break;
            steps.push({ node: pair.value ?? null, pair });
            current = pair.value;
        }
        else {
            break;
        }
    }
    return steps;
}
function startOf(node, lineCounter) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}
const FILE_START = { line: 1, column: 1 };
/**
 * Where to point for a path. `value`: the value's node; when the path does not exist (a missing
 * key), its nearest existing parent; when the value is empty (`note:`), the key. `key`: the key
 * node itself (unknown keys).
 */
function locate(doc, lineCounter, path, target = 'value') {
    const steps = walk(doc, path);
    const last = steps[steps.length - 1];
    const complete = steps.length === path.length + 1;
    if (complete && target === 'key' && last?.pair !== undefined) {
        return startOf(last.pair.key, lineCounter) ?? FILE_START;
    }
    if (complete) {
        const value = last?.node;
        const empty = value === null || value === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null && value.source === '');
        if (!empty)
            return startOf(value, lineCounter) ?? FILE_START;
        // An empty list item (`-` alone) has no key: point at where its value would be.
        return startOf(last?.pair?.key, lineCounter) ?? startOf(value, lineCounter) ?? FILE_START;
    }
    // A missing key: point at the mapping that should hold it (or, if empty, at its key).
    return startOf(last?.node, lineCounter) ?? startOf(last?.pair?.key, lineCounter) ?? FILE_START;
}


/***/ }),

/***/ 572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H4: () => (/* binding */ notHereMessage),
/* harmony export */   I$: () => (/* binding */ errorFor),
/* harmony export */   S6: () => (/* binding */ noWildcard),
/* harmony export */   Uc: () => (/* binding */ keyCandidates),
/* harmony export */   a: () => (/* binding */ unknownKey),
/* harmony export */   aX: () => (/* binding */ fallbackMessage),
/* harmony export */   cR: () => (/* binding */ typeMessage),
/* harmony export */   eU: () => (/* binding */ withNumbersAsWritten),
/* harmony export */   hH: () => (/* binding */ numberAsWritten)
/* harmony export */ });
/* unused harmony exports describeValue, describePlace, unknownKeyMessage */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4238);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3304);
/**
 * Our wording for what zod finds. zod's own messages never reach the user: every schema part
 * carries an error function built here, and parse-policy passes `fallbackMessage` for the rest.
 */


/**
 * How the policy text wrote each number whose value JavaScript prints otherwise: `0x1A` is 26, and
 * 12345678901234567890 prints rounded, as 12345678901234567000. zod hands an error function the
 * value only, and a number keeps no trace of how it was written, so parsePolicy sets this for the
 * length of its parse (withNumbersAsWritten). Empty otherwise: numbers are shown as JS prints them.
 */
let writtenNumbers = new Map();
/** Runs `run` (a parse, and the reading of its issues) with the numbers as the policy wrote them. */
function withNumbersAsWritten(numbers, run) {
    const outer = writtenNumbers;
    writtenNumbers = numbers;
    try {
        return run();
    }
    finally {
        writtenNumbers = outer;
    }
}
/** A number as the policy text wrote it (`0x1A`), or as JavaScript prints it when that is not known. */
function numberAsWritten(value) {
    return writtenNumbers.get(value) ?? String(value);
}
/** How a YAML value reads back to a person: `the number 5`, `a list`, `the text "abc"`. */
function describeValue(input) {
    if (input === undefined)
        return 'nothing';
    if (input === null)
        return 'an empty value';
    if (typeof input === 'string') {
        const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
        return `the text ${JSON.stringify(shown)}`;
    }
    if (typeof input === 'number')
        return `the number ${numberAsWritten(input)}`;
    if (typeof input === 'boolean')
        return `the boolean ${String(input)}`;
    if (Array.isArray(input))
        return 'a list';
    if (typeof input === 'object')
        return 'a mapping';
    return `a ${typeof input}`;
}
/**
 * The message for a value of the wrong type. `expected` reads after "must be": "a list of
 * region names". Missing and empty values get their own wording because the fix differs.
 */
function typeMessage(expected, input, example) {
    const hint = example === undefined ? '' : ` (e.g. \`${example}\`)`;
    if (input === undefined)
        return `is required: add it${hint}.`;
    if (input === null)
        return `has no value: write ${expected} after the colon${hint}, or remove the key if it is optional.`;
    return `must be ${expected}${hint}, not ${describeValue(input)}.`;
}
/**
 * The message for a value with `*` under a key that takes no wildcard, or undefined for any other
 * value: only `management-email` matches with `*` (docs/policy.md), and "must be exactly 12
 * digits" alone does not tell someone who wrote `"*"` that patterns are the problem. `what` names
 * the values in the plural ("account ids"); `instead` says what to write.
 */
function noWildcard(input, what, instead) {
    if (typeof input !== 'string' || !input.includes('*'))
        return undefined;
    // Cut by characters (code points), not UTF-16 units: half an emoji is no character.
    const chars = Array.from(input);
    const shown = chars.length > 40 ? `${JSON.stringify(`${chars.slice(0, 39).join('')}…`)} (${chars.length} characters)` : JSON.stringify(input);
    return `${shown}: ${what} take no wildcard (only \`management-email\` matches with \`*\`): ${instead}.`;
}
/** An error function for zod: one wording for every issue a schema part can raise. */
function errorFor(expected, example) {
    return (issue) => typeMessage(expected, issue.input, example);
}
/** Words people use for a key under another name. Only suggested where the key exists. */
const SYNONYMS = {
    expires: 'until',
    expiry: 'until',
    expiration: 'until',
    'valid-until': 'until',
    comment: 'note',
    description: 'note',
    reason: 'reject-reason',
    account: 'source-account',
    'account-id': 'source-account',
    // The summary calls a security-service invitation's sender its "administrator account".
    'administrator-account': 'source-account',
    'admin-account': 'source-account',
    'sender-account': 'source-account',
    org: 'organization',
    'organization-id': 'organization',
    email: 'management-email',
    types: 'handshake-types',
    region: 'regions',
};
/**
 * Words whose meaning depends on the value written under them, and what tells the keys apart:
 * `role: guard` names a role (`role-name`); `role: arn:aws:iam::…` or a list of ARNs is `roles`.
 */
const SYNONYMS_BY_VALUE = {
    role: {
        meant: (value) => {
            if (typeof value === 'string')
                return value.startsWith('arn:') ? 'roles' : 'role-name';
            return Array.isArray(value) ? 'roles' : undefined;
        },
        why: '`role-name` takes the name of the role to assume in each account (`role-name: inbound-guard`); `roles` takes a list of role ARNs.',
    },
};
/** The key a word most likely stands for, given the value written under it, and why when the value decided. */
function synonymOf(folded, value) {
    if (Object.hasOwn(SYNONYMS_BY_VALUE, folded)) {
        const byValue = SYNONYMS_BY_VALUE[folded];
        const meant = byValue?.meant(value);
        if (byValue !== undefined && meant !== undefined)
            return { key: meant, why: byValue.why };
    }
    return Object.hasOwn(SYNONYMS, folded) ? { key: SYNONYMS[folded] ?? folded } : undefined;
}
/**
 * Policy keys the workflow can also set, as the action input of the same name (which overrides the
 * policy): where such a key is misplaced, the hint names the input as the other place for it.
 */
const ALSO_INPUTS = [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Regions, _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.MaxActions, _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.RoleName];
const inputNote = (key) => ALSO_INPUTS.includes(key) ? ` Or, in the workflow, set the action's \`${key}\` input (it overrides the policy).` : '';
/** "at the top level", "under `limits`", "in an `iot.allow` entry". */
function describePlace(place) {
    if (place.length === 0)
        return 'at the top level';
    if (place[place.length - 1] === '[]') {
        const list = place.slice(0, -1).join('.');
        return `in ${/^[aeiou]/.test(list) ? 'an' : 'a'} \`${list}\` entry`;
    }
    return `under \`${place.join('.')}\``;
}
/**
 * For a key the schema does not know. `elsewhere` says where the key (or the key it most likely
 * means) is allowed instead, when it is not allowed here: "`until` belongs in an `iot.allow` entry".
 */
function unknownKeyMessage(key, known, elsewhere, value) {
    return unknownKey(key, known, elsewhere, value).message;
}
/**
 * unknownKeyMessage's message, and `meant`: the key allowed here that the message offers as its
 * first guess ("Did you mean `source-account`?"), undefined when it offers none or guesses first
 * that the key belongs elsewhere. A required key a misspelling stands for is then not missing too.
 */
function unknownKey(key, known, elsewhere, value) {
    const allowed = known.length === 0 ? 'nothing' : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .listAlternatives */ .PP)(known);
    // `? `, `: x`, `null:` and `~:` are all a key with no name once read.
    if (key === '')
        return { message: `a key with no name (nothing before the colon, or \`null\` or \`~\`, which YAML reads as no name): write the key. Allowed here: ${allowed}.` };
    const folded = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .foldSpelling */ .my)(key);
    const synonym = synonymOf(folded, value);
    const synonymHere = synonym !== undefined && known.includes(synonym.key);
    const guess = synonymHere ? synonym.key : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(key, known);
    const suggestion = guess === undefined ? '' : ` Did you mean \`${guess}\`?`;
    const meant = guess === undefined ? {} : { meant: guess };
    // Why the value decided between two keys (`role: guard` is `role-name`, not `roles`), wherever that guess is offered.
    const why = (offered) => (offered && synonym?.why !== undefined ? ` ${synonym.why}` : '');
    if (elsewhere === undefined || elsewhere.places.length === 0)
        return { message: `unknown key \`${key}\`.${suggestion}${why(synonymHere)} Allowed here: ${allowed}.`, ...meant };
    const places = elsewhere.places.map(describePlace);
    const where = places.length <= 2 ? places.join(' or ') : `${places.slice(0, -1).join(', ')} or ${places[places.length - 1] ?? ''}`;
    const input = inputNote(elsewhere.key);
    // A key allowed elsewhere only through a synonym (`account` → `source-account`) is a weaker guess
    // than a near spelling of a key allowed here (`accounts` under `targets`): the near spelling first.
    if (suggestion !== '' && elsewhere.key !== folded) {
        return { message: `unknown key \`${key}\`.${suggestion} Allowed here: ${allowed}. If you meant \`${elsewhere.key}\`: it belongs ${where}.${why(elsewhere.key === synonym?.key)}${input}`, ...meant };
    }
    const there = elsewhere.key === key ? '' : ` Did you mean \`${elsewhere.key}\`?`;
    const here = suggestion === '' ? '' : ` Or, here:${suggestion.replace(' Did you mean', ' did you mean')}`;
    return { message: `unknown key \`${key}\` here.${there} \`${elsewhere.key}\` belongs ${where}: move it there.${why(elsewhere.key === synonym?.key)}${input}${here} Allowed here: ${allowed}.` };
}
/**
 * Keys that exist in another section but cannot mean there what they would mean here: "move it
 * there" would change what the policy does, so the message says what to write here instead. By
 * place (`ram.allow[]`: an entry of that list) and the key the word most likely stands for.
 */
const NOT_HERE = {
    'iot.allow[]': {
        organization: 'AWS IoT names only the account that sent a certificate transfer, not that account\'s organization, so an `iot.allow` entry allows one sending account: write an entry with `source-account` (e.g. `source-account: "111122223333"`) for each account that may transfer certificates to this one.',
        ...sendingAccountOnly('iot.allow', 'AWS IoT names only the account that sent a certificate transfer'),
    },
    'ram.allow[]': {
        organization: 'RAM names only the account that sent an invitation (its `senderAccountId`), not that account\'s organization, so a `ram.allow` entry allows one sending account: write an entry with `source-account` (e.g. `source-account: "111122223333"`) for each account that may share with this one.',
        ...sendingAccountOnly('ram.allow', 'RAM names only the account that sent an invitation (its `senderAccountId`)'),
    },
    'security-services.allow[]': {
        organization: 'GuardDuty, Macie, Security Hub and Detective name only the inviting account, not its organization, so a `security-services.allow` entry allows one administrator account: write `source-account` with its id (e.g. `source-account: "111122223333"`).',
        ...sendingAccountOnly('security-services.allow', 'GuardDuty, Macie, Security Hub and Detective name only the inviting account'),
    },
    organizations: {
        regions: 'AWS Organizations is a global service: an account\'s handshakes are listed once, in no region, so there is no region to choose here: remove the key. (Regions are chosen for the regional kinds only: `iot.regions`, `ram.regions`, `security-services.regions`, or the action\'s `regions` input.)',
    },
    'organizations.allow[]': {
        // `source-account` (or `account`) here most likely means the sender of the handshake: moving it to another section's entry would allow something else.
        'source-account': 'A handshake is sent by an organization\'s management account, and an `organizations.allow` entry names it by `management-account`: write `management-account` with its id instead (e.g. `management-account: "111122223333"`), or `organization` with the organization\'s id.',
        regions: 'AWS Organizations is a global service: an account\'s handshakes are listed once, in no region, so an entry has no region to narrow to: remove the key.',
    },
};
/**
 * `management-account` and `management-email` in an entry of a kind whose requests name only the
 * sending account (`sender`: who says so). A function declaration, so the table above can use it.
 */
function sendingAccountOnly(list, sender) {
    const note = `${sender}, not an organization's management account or its email: ${describePlace([list, '[]'])} the sending account is named by \`source-account\`. Write \`source-account\` with its id instead (e.g. \`source-account: "111122223333"\`).`;
    return { 'management-account': note, 'management-email': note };
}
/**
 * For an unknown key that names something this place cannot express (an `organization` in a
 * `ram.allow` entry, `regions` under the global `organizations`): what to do instead, or undefined.
 * `path` is where the key was written (`['ram', 'allow', 0]`).
 */
function notHereMessage(key, path, known, value) {
    const place = path.map((part) => (typeof part === 'number' ? '[]' : String(part))).join('.').replaceAll('.[]', '[]');
    const notes = NOT_HERE[place];
    if (notes === undefined)
        return undefined;
    const meant = keyCandidates(key, value).find((candidate) => Object.hasOwn(notes, candidate));
    if (meant === undefined)
        return undefined;
    return `unknown key \`${key}\` here. ${notes[meant] ?? ''} Allowed here: ${known.length === 0 ? 'nothing' : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .listAlternatives */ .PP)(known)}.`;
}
/**
 * The spellings of a key worth looking for elsewhere: as written, folded (`max_actions` →
 * `max-actions`), and its synonym (for some words, the one its value points to: `role: guard` → `role-name`).
 */
function keyCandidates(key, value) {
    const folded = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .foldSpelling */ .my)(key);
    const synonym = synonymOf(folded, value);
    return [...new Set([key, folded, ...(synonym === undefined ? [] : [synonym.key])])];
}
/** The last resort for an issue no schema part words itself. Still ours, still actionable. */
function fallbackMessage(issue) {
    switch (issue.code) {
        case 'invalid_type':
            return typeMessage('a different kind of value', issue.input);
        case 'unrecognized_keys':
            return `unknown key${(issue.keys ?? []).length === 1 ? '' : 's'} ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .listAlternatives */ .PP)(issue.keys ?? [], 'and')}: remove or rename.`;
        default:
            return `${describeValue(issue.input)} is not allowed here: see docs/policy.md for what this key accepts.`;
    }
}


/***/ }),

/***/ 7555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ parsePolicy)
});

// UNUSED EXPORTS: policyDigest

// EXTERNAL MODULE: ./lib/policy/defaults.js
var defaults = __nccwpck_require__(5698);
// EXTERNAL MODULE: ./lib/policy/locate.js
var locate = __nccwpck_require__(3738);
// EXTERNAL MODULE: ./lib/policy/messages.js
var messages = __nccwpck_require__(572);
// EXTERNAL MODULE: ./lib/policy/fields.js
var fields = __nccwpck_require__(6457);
// EXTERNAL MODULE: ./lib/policy/region-fields.js
var region_fields = __nccwpck_require__(1656);
// EXTERNAL MODULE: ./lib/policy/invitation-fields.js
var invitation_fields = __nccwpck_require__(2033);
;// CONCATENATED MODULE: ./lib/policy/normalise.js




/** Optional fields are left out rather than set to undefined, so results compare cleanly. */
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
/**
 * `digestOf` is called when the digest is first read (reports of dry-run, enforce and plan), not
 * here: hashing needs node:crypto, which validate would otherwise load for nothing.
 */
function normalise(file, path, digestOf, positionOf) {
    let digest;
    const iotAllow = (file.iot?.allow ?? []).map((entry, index) => ({
        index,
        position: positionOf(['iot', 'allow', index]),
        sourceAccount: entry['source-account'],
        ...optional('note', entry.note),
        ...optional('until', entry.until),
    }));
    const organizationsAllow = (file.organizations?.allow ?? []).map((entry, index) => ({
        index,
        position: positionOf(['organizations', 'allow', index]),
        ...optional('organization', entry.organization),
        ...optional('managementAccount', entry['management-account']),
        ...optional('managementEmail', entry['management-email']),
        ...optional('handshakeTypes', entry['handshake-types']),
        ...optional('note', entry.note),
        ...optional('until', entry.until),
    }));
    return {
        version: file.version,
        path,
        get digest() {
            return (digest ??= digestOf());
        },
        ...optional('accounts', file.accounts === undefined ? undefined : { ids: file.accounts, position: positionOf(['accounts']) }),
        ...optional('targets', targetsOf(file, positionOf)),
        iot: {
            regions: file.iot?.regions ?? region_fields/* ALL_REGIONS */.mn,
            allow: iotAllow,
            rejectReason: file.iot?.['reject-reason'] ?? defaults/* DEFAULT_REJECT_REASON */.Lb,
        },
        organizations: {
            handshakeTypes: file.organizations?.['handshake-types'] ?? [...defaults/* DEFAULT_HANDSHAKE_TYPES */.kO],
            allow: organizationsAllow,
        },
        ...optional('ram', ramOf(file, positionOf)),
        ...optional('securityServices', securityServicesOf(file, positionOf)),
        limits: { ...optional('maxActions', file.limits?.['max-actions']) },
    };
}
/** Absent section: RAM is not governed (unlike iot and organizations, whose defaults govern). */
function ramOf(file, positionOf) {
    const ram = file.ram;
    if (ram === undefined)
        return undefined;
    return {
        position: positionOf(['ram']),
        regions: ram.regions ?? region_fields/* ALL_REGIONS */.mn,
        allow: ram.allow.map((entry, index) => ({
            index,
            position: positionOf(['ram', 'allow', index]),
            sourceAccount: entry['source-account'],
            ...optional('resourceTypes', entry['resource-types']),
            ...optional('note', entry.note),
            ...optional('until', entry.until),
        })),
    };
}
/** Absent section: the security services are not governed. Present: all four unless it names some. */
function securityServicesOf(file, positionOf) {
    const section = file['security-services'];
    if (section === undefined)
        return undefined;
    return {
        position: positionOf(['security-services']),
        services: (section.services ?? invitation_fields/* POLICY_SECURITY_SERVICES */.rM).map((s) => invitation_fields/* SECURITY_SERVICE_OF */.t4[s]),
        regions: section.regions ?? region_fields/* ALL_REGIONS */.mn,
        allow: section.allow.map((entry, index) => ({
            index,
            position: positionOf(['security-services', 'allow', index]),
            sourceAccount: entry['source-account'],
            ...optional('services', entry.services?.map((s) => invitation_fields/* SECURITY_SERVICE_OF */.t4[s])),
            ...optional('note', entry.note),
            ...optional('until', entry.until),
        })),
    };
}
function targetsOf(file, positionOf) {
    const targets = file.targets;
    if (targets === undefined)
        return undefined;
    return {
        position: positionOf(['targets']),
        ...optional('roleName', targets['role-name']),
        accounts: (targets.accounts ?? []).map((id, index) => ({ id, position: positionOf(['targets', 'accounts', index]) })),
        roles: (targets.roles ?? []).map((arn, index) => ({ arn, account: fields/* ROLE_ARN_PATTERN */.yE.exec(arn)?.[1] ?? '', position: positionOf(['targets', 'roles', index]) })),
        organization: targets.organization ?? false,
        exclude: targets.exclude ?? [],
    };
}

// EXTERNAL MODULE: ./lib/policy/read-yaml.js + 2 modules
var read_yaml = __nccwpck_require__(9927);
// EXTERNAL MODULE: ./lib/policy/tab-reading.js
var tab_reading = __nccwpck_require__(140);
// EXTERNAL MODULE: ./lib/builtins.js
var builtins = __nccwpck_require__(2963);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __nccwpck_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __nccwpck_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(3759);
// EXTERNAL MODULE: ./lib/model/items.js
var items = __nccwpck_require__(7469);
;// CONCATENATED MODULE: ./lib/policy/identity-fields.js
/**
 * How the policy names an account, an organization and a management account's email: account ids,
 * organization ids and email patterns, as zod schemas that carry their JSON Schema descriptions and
 * word their own errors, like fields.ts.
 */


const ACCOUNT_ID_PATTERN = /^\d{12}$/;
const ORGANIZATION_ID_PATTERN = /^o-[a-z0-9]{10,32}$/;
/**
 * One `@`, something on both sides, no whitespace or control characters, and a domain that names
 * something, in one of two forms:
 * - without `*`: it holds a letter or digit (`example.com`). Read as "no letter or digit, then the
 *   first one, then the rest": one way to match, so a failed match costs one pass. The obvious
 *   `[^@]*[A-Za-z0-9][^@]*` tries every letter as "the" one and is quadratic (a 250 KB `a@aaa…a `
 *   took minutes);
 * - with `*`: after its last `*` comes a dot and at least two labels, each with a letter or digit
 *   (`*.example.com`, `sub*.example.com`), so the `*` stands only for subdomains of a domain someone
 *   owns. `*@*.com`, `*@*e*` and `*@*example.com` (which matches evilexample.com) are refused. The
 *   tail has no `*` and each label no `.`, so the last `*` and each label are found one way only;
 *   within a label, the first letter or digit as above. (It cannot tell `co.uk` from `example.com`:
 *   `*@*.co.uk` passes; docs/policy.md says so.)
 * The two forms are told apart by whether the domain holds a `*`, so they never both match.
 * test/policy-linear.test.ts proves every policy pattern linear.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const EMAIL_PATTERN = /^[^\s@\x00-\x1f\x7f]+@(?:[^\s@*\x00-\x1f\x7f0-9A-Za-z]*[0-9A-Za-z][^\s@*\x00-\x1f\x7f]*|[^\s@\x00-\x1f\x7f]*\*(?:\.[^\s@*.\x00-\x1f\x7f0-9A-Za-z]*[0-9A-Za-z][^\s@*.\x00-\x1f\x7f]*){2,})$/;
/** What to write instead of a `*` under each key that takes account ids (noWildcard). */
const ACCOUNT_INSTEAD = {
    accounts: 'list the 12 digits of each account in quotes, e.g. ["210987654321"]; without the key, the policy may govern any account',
    exclude: 'list the 12 digits of each account in quotes, e.g. ["111122223333"]',
};
const ACCOUNT_ENTRY_INSTEAD = 'write the 12 digits of one account in quotes, e.g. "111122223333", and an entry of its own for each account';
function accountIdMessage(key, issue, instead) {
    const input = issue.input;
    const wildcard = (0,messages/* noWildcard */.S6)(input, 'account ids', instead);
    if (wildcard !== undefined)
        return wildcard;
    // `0x1A`, `1e3`, `1.0`: YAML read a number, but not from the digits of an id. Its decimal digits
    // (26, padded to "000000000026") would be a made-up id: the fix is to quote what was written.
    const written = typeof input === 'number' ? (0,messages/* numberAsWritten */.hH)(input) : '';
    if (typeof input === 'number' && written !== String(input) && !/^\d+$/.test(written)) {
        return `account ids must be quoted strings: YAML reads the unquoted ${written} as the number ${String(input)}. Quote the id as written, "${written}", and check it: an account id is exactly 12 digits.`;
    }
    if (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0) {
        const digits = String(input);
        if (digits.length === 12) {
            return `account ids must be quoted strings: YAML reads the unquoted ${digits} as a number (and would read 012345678901 as 12345678901, another account). Write "${digits}" in quotes.`;
        }
        if (digits.length < 12) {
            const padded = digits.padStart(12, '0');
            return (`account ids must be quoted strings: YAML reads an unquoted id as a number and drops leading zeros ` +
                `(012345678901 becomes 12345678901, another account). Here it read ${digits}; write the 12 digits in quotes, e.g. "${padded}".`);
        }
    }
    if ((0,fields/* isString */.Kg)(input)) {
        const digitsOnly = input.replace(/\D/g, '');
        if (digitsOnly.length === 12 && digitsOnly !== input) {
            return `must be exactly 12 digits with nothing else: write "${digitsOnly}".`;
        }
        return `must be exactly 12 digits (an AWS account id in quotes, e.g. "111122223333"); ${JSON.stringify(input)} has ${input.length} character${input.length === 1 ? '' : 's'}.`;
    }
    return (0,messages/* typeMessage */.cR)('a 12-digit AWS account id in quotes', input, `${key}: "111122223333"`);
}
/**
 * A 12-digit AWS account id, as a string; `key` is the key it is written under, for examples.
 * `instead`: what to write rather than a `*` (by default by key: ACCOUNT_INSTEAD, else an entry per account).
 */
function accountId(key, description, instead = ACCOUNT_INSTEAD[key] ?? ACCOUNT_ENTRY_INSTEAD) {
    const error = (issue) => accountIdMessage(key, issue, instead);
    return (0,fields/* withMeta */.C)((0,fields/* patternText */.U)(ACCOUNT_ID_PATTERN, error), {
        description,
        examples: ['111122223333'],
        ...(0,fields/* editorMessages */.oD)('An AWS account id is 12 digits in quotes, e.g. "111122223333". Unquoted, YAML reads a number and drops leading zeros (another account).', 'An AWS account id is exactly 12 digits, in quotes, e.g. "111122223333".'),
    });
}
function organizationIdMessage(issue) {
    const input = issue.input;
    const wildcard = (0,messages/* noWildcard */.S6)(input, 'organization ids', "write one organization's whole id, `o-` followed by 10 to 32 lower-case letters or digits (e.g. o-exampleorgid11), and an entry of its own for each organization");
    if (wildcard !== undefined)
        return wildcard;
    if ((0,fields/* isString */.Kg)(input) && ORGANIZATION_ID_PATTERN.test(input.toLowerCase())) {
        return `organization ids are lower case: write ${input.toLowerCase()}.`;
    }
    const shown = (0,fields/* isString */.Kg)(input) ? `${JSON.stringify(input)} is not an organization id: it` : 'must be an organization id that';
    return `${shown} must be \`o-\` followed by 10 to 32 lower-case letters or digits, e.g. o-exampleorgid11.`;
}
const organizationId = () => (0,fields/* withMeta */.C)((0,fields/* patternText */.U)(ORGANIZATION_ID_PATTERN, organizationIdMessage), {
    description: 'The id of the organization that sent the handshake (`o-…`).',
    examples: ['o-exampleorgid11'],
    ...(0,fields/* editorMessages */.oD)('An organization id is text: o- and 10 to 32 lower-case letters or digits.', 'An organization id is o- followed by 10 to 32 lower-case letters or digits, e.g. o-exampleorgid11.'),
});
function emailMessage(issue) {
    const input = issue.input;
    if (!(0,fields/* isString */.Kg)(input))
        return (0,messages/* typeMessage */.cR)('an email address or pattern in quotes', input, '"*@example.com"');
    const ats = input.split('@').length - 1;
    // Quoted back in full only when short: a message is read in an annotation, not a 250 KB echo.
    const shown = input.length <= 60 ? JSON.stringify(input) : `${JSON.stringify(`${input.slice(0, 59)}…`)} (${input.length} characters)`;
    // eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
    if (/[\s\x00-\x1f\x7f]/.test(input))
        return `${shown} contains a space or control character; an email pattern has neither.`;
    if (ats !== 1)
        return `${shown} has ${ats} \`@\`; an email address or pattern has exactly one, e.g. ops@example.com or *@example.com.`;
    const [local, domain] = input.split('@');
    if (local === '' || domain === '')
        return `${shown} needs text on both sides of the \`@\`, e.g. *@example.com.`;
    if (!/[0-9A-Za-z]/.test(domain))
        return `${shown} would match every domain: name the domain (\`*\` may stand for part of it, e.g. *@*.example.com).`;
    return wildcardDomainMessage(shown, input.length <= 60 ? local : undefined, domain);
}
/**
 * A domain with `*` whose text after the last `*` is not a dot and two labels: say what it would
 * let in and what to write, from the value itself where it names a domain (`local` is undefined
 * when the value is too long to echo).
 */
function wildcardDomainMessage(shown, local, domain) {
    const tail = domain.slice(domain.lastIndexOf('*') + 1);
    const rule = 'after the last `*` of the domain write a dot and the domain it stands under, at least two labels';
    if (tail === '')
        return `${shown} ends its domain with \`*\`, so it matches domains anyone can register (example.* matches example.evil.io): ${rule} (e.g. *@*.example.com), or name the domain without \`*\`.`;
    if (!tail.startsWith('.')) {
        // `*example.com`: the value names the domain, so the two ways to write it can be spelt out.
        const head = domain.slice(0, domain.length - tail.length);
        // Only when the domain is `*` alone before the text, and the text is whole labels (each with a
        // letter or digit): `ex*ample.com` or `*-.example.com` would turn into another domain, or a refused one.
        const spelt = head === '*' && tail.includes('.') && tail.split('.').every((label) => /[0-9A-Za-z]/.test(label));
        const fix = local !== undefined && spelt ? `write ${local}@*.${tail} for its subdomains or ${local}@${tail} for the domain itself` : `${rule} (e.g. *@*.example.com)`;
        return `${shown} has \`${tail}\` right after the last \`*\` of its domain, so it matches any domain that ends that way (*example.com matches evilexample.com): ${fix}.`;
    }
    const labels = tail.slice(1).split('.');
    if (labels.includes(''))
        return `${shown} has an empty label (two dots in a row, or a dot at the end) after the last \`*\` of its domain: write it like *@*.example.com.`;
    if (labels.some((label) => !/[0-9A-Za-z]/.test(label)))
        return `${shown} has a label with no letter or digit after the last \`*\` of its domain: write it like *@*.example.com.`;
    return `${shown} names only \`${tail}\` after the last \`*\` of its domain, which countless unrelated domains end with: ${rule} (e.g. *@*.example.com), or name the domain without \`*\`.`;
}
const emailPattern = () => (0,fields/* withMeta */.C)((0,fields/* patternText */.U)(EMAIL_PATTERN, emailMessage), {
    description: 'The email address of the sending organization\'s management account, or a pattern where `*` matches any characters (e.g. `*@example.com`). Matched case-insensitively. Sender-written: prefer `organization` or `management-account`.',
    examples: ['*@example.com'],
    ...(0,fields/* editorMessages */.oD)('An email address or pattern, in quotes, e.g. "*@example.com".', 'An email address or pattern: one @, no spaces, a domain that names something. A * in the domain needs a dot and two labels after it: *@*.example.com.'),
});

// EXTERNAL MODULE: ./lib/policy/suggest.js
var suggest = __nccwpck_require__(3304);
// EXTERNAL MODULE: ./lib/policy/template.js
var policy_template = __nccwpck_require__(1366);
;// CONCATENATED MODULE: ./lib/policy/schema.js
/**
 * The policy language, version 1, as one zod schema: the single source of truth for the
 * validator (parse-policy.ts) and the JSON Schema (json-schema.ts). Descriptions written here
 * become the editor tooltips. Rules the schema cannot say (duplicates across entries, entry
 * types within the governed set, the reject reason's worst-case length) are in semantic-checks.ts.
 */











/** The keys an organizations allow entry matches on; it must name at least one. */
const ORGANIZATION_SELECTORS = ['organization', 'management-account', 'management-email'];
// Without `jitless`, zod compiles (new Function) a parser for each object schema on its first parse;
// the policy is parsed once per run, so that costs more than it saves. Set here, once for every
// parse, and before the first object schema below is built, which also spares the probe
// each makes at construction for whether it may compile (`navigator`, then `new Function`).
core/* config */.$W({ jitless: true });
/** A mapping with exactly these keys; anything else is an unknown key. */
function section(shape, what, example) {
    return schemas/* strictObject */.rej(shape, { error: (0,messages/* errorFor */.I$)(`${what}: a mapping with the keys ${(0,suggest/* listAlternatives */.PP)(Object.keys(shape), 'and/or')}`, example) });
}
function list(item, expected, example) {
    return (0,fields/* withMeta */.C)(schemas/* array */.YOg(item, { error: (0,messages/* errorFor */.I$)(expected, example) }), { errorMessage: `Must be ${expected}, e.g. ${example}.` });
}
const IotAllowEntry = (0,fields/* withMeta */.C)(section({
    'source-account': accountId('source-account', 'The account that sends the certificate transfer (12 digits, in quotes).'),
    note: schemas/* optional */.lqM((0,fields/* note */.N4)()),
    until: schemas/* optional */.lqM((0,fields/* calendarDate */.bO)()),
}, 'an allow entry', '- source-account: "111122223333"'), { description: 'Certificate transfers from this account are left pending for a person to accept.' });
const rejectReason = (0,fields/* withMeta */.C)(schemas/* string */.YjP({ error: (0,messages/* errorFor */.I$)('text', 'reject-reason: "Rejected by {policy-file}"') })
    .check(api/* _minLength */.m9(1, { error: 'is empty: remove the key to use the default reason, or write one.' }), api/* _regex */.Fk(policy_template/* REJECT_REASON_PATTERN */.Wv, { error: (issue) => (0,policy_template/* templateSyntaxProblem */.Ps)(String(issue.input)) ?? 'is not a valid template.' })), {
    description: 'The reason sent to AWS with each rejection (`RejectCertificateTransfer`, at most 128 characters after expansion). Placeholders: `{source-account}` (or "unknown"), `{policy-file}`, `{region}`, `{certificate-id}`.',
    patternErrorMessage: 'Braces are for placeholders only: {source-account}, {policy-file}, {region} and {certificate-id}.',
});
/** `all` or a list of regions: where a regional kind is swept. */
function regionSelection(description) {
    const selection = schemas/* union */.KCZ([schemas/* literal */.euz(region_fields/* ALL_REGIONS */.mn), (0,fields/* uniqueList */.o0)((0,region_fields/* region */.Ny)(), 'a list of region names', 'regions: [us-east-1]')], {
        error: (issue) => (0,messages/* noWildcard */.S6)(issue.input, 'regions', region_fields/* REGIONS_INSTEAD */.dt) ??
            (typeof issue.input === 'string' ? (0,region_fields/* globalEndpointText */.Cy)(issue.input, region_fields/* REGIONS_INSTEAD */.dt) : undefined) ??
            (0,messages/* typeMessage */.cR)(`\`${region_fields/* ALL_REGIONS */.mn}\` or a list of region names`, issue.input, `regions: ${region_fields/* ALL_REGIONS */.mn}`),
    });
    return (0,fields/* withMeta */.C)(selection, { description });
}
const Iot = (0,fields/* withMeta */.C)(section({
    regions: schemas/* optional */.lqM(regionSelection("The regions swept for pending certificate transfers: `all` (every region enabled for the account, the default) or a list. The action's `regions` input overrides it. []: IoT is not swept.")),
    allow: schemas/* _default */.Rvf((0,fields/* withMeta */.C)(list(IotAllowEntry, 'a list of allow entries', 'allow: [{ source-account: "111122223333" }]'), {
        description: 'The accounts whose certificate transfers are not rejected. Everything else is (default deny).',
    }), []),
    'reject-reason': schemas/* _default */.Rvf(rejectReason, defaults/* DEFAULT_REJECT_REASON */.Lb),
}, 'the IoT settings'), { description: 'AWS IoT certificate transfers. Absent: no transfer is allowed, and every enabled region is swept.' });
const entryHandshakeTypes = (0,fields/* nonEmptyUniqueList */.AM)((0,fields/* handshakeType */.y3)(), 'a list of handshake types', 'handshake-types: [INVITE]', {
    empty: 'is an empty list, which would allow nothing: remove the key (every governed type) or list types.',
    description: 'Narrows the entry to these types; each must be one of organizations.handshake-types. Absent: every governed type.',
});
const organizationsAllowKeys = section({
    organization: schemas/* optional */.lqM(organizationId()),
    'management-account': schemas/* optional */.lqM(accountId('management-account', "The sending organization's management account (12 digits, in quotes).")),
    'management-email': schemas/* optional */.lqM(emailPattern()),
    'handshake-types': schemas/* optional */.lqM(entryHandshakeTypes),
    note: schemas/* optional */.lqM((0,fields/* note */.N4)()),
    until: schemas/* optional */.lqM((0,fields/* calendarDate */.bO)()),
}, 'an allow entry', '- organization: o-exampleorgid11');
const namesASelector = schemas/* refine */.YPB((entry) => ORGANIZATION_SELECTORS.some((key) => entry[key] !== undefined), {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
    error: `names none of ${(0,suggest/* listAlternatives */.PP)(ORGANIZATION_SELECTORS)}, so it would match every handshake. An entry must name at least one of them.`,
});
const OrganizationsAllowEntry = (0,fields/* withMeta */.C)(organizationsAllowKeys.check(namesASelector), {
    description: 'Handshakes matching every key this entry names are not declined. Must name at least one of organization, management-account, management-email.',
    anyOf: ORGANIZATION_SELECTORS.map((key) => ({ required: [key] })),
});
const Organizations = (0,fields/* withMeta */.C)(section({
    'handshake-types': schemas/* _default */.Rvf((0,fields/* withMeta */.C)((0,fields/* uniqueList */.o0)((0,fields/* handshakeType */.y3)(), 'a list of handshake types', 'handshake-types: [INVITE]'), {
        description: `The handshake types the action governs (declines unless allowed). []: handshakes are not looked at. One of ${items/* HANDSHAKE_TYPES */.a.join(', ')}.`,
    }), [...defaults/* DEFAULT_HANDSHAKE_TYPES */.kO]),
    allow: schemas/* _default */.Rvf((0,fields/* withMeta */.C)(list(OrganizationsAllowEntry, 'a list of allow entries', 'allow: [{ organization: o-exampleorgid11 }]'), {
        description: 'The handshakes that are not declined. Everything else of a governed type is (default deny).',
    }), []),
}, 'the Organizations settings'), { description: 'AWS Organizations handshakes. Absent: INVITE and TRANSFER_RESPONSIBILITY handshakes are declined.' });
const RamAllowEntry = (0,fields/* withMeta */.C)(section({
    'source-account': accountId('source-account', 'The account that sends the resource-share invitation (12 digits, in quotes).'),
    'resource-types': schemas/* optional */.lqM((0,fields/* nonEmptyUniqueList */.AM)((0,invitation_fields/* resourceType */.Vm)(), 'a list of resource types', 'resource-types: [ec2:Subnet]', {
        empty: 'is an empty list, which would allow nothing: remove the key (any resource) or list resource types.',
        description: 'Narrows the entry: an invitation is allowed only when every resource it would share is of one of these types. Absent: any resource.',
        // Matched ignoring case (ASCII only: the pattern allows nothing else), so listed so too.
        keyOf: (value) => (typeof value === 'string' ? value.toLowerCase() : value),
    })),
    note: schemas/* optional */.lqM((0,fields/* note */.N4)()),
    until: schemas/* optional */.lqM((0,fields/* calendarDate */.bO)()),
}, 'an allow entry', '- source-account: "111122223333"'), { description: 'Resource-share invitations from this account (of these resource types, if listed) are left pending for a person to accept.' });
const Ram = (0,fields/* withMeta */.C)(section({
    regions: schemas/* optional */.lqM(regionSelection("The regions swept for pending resource-share invitations: `all` (every region enabled for the account where AWS RAM is offered, the default) or a list. The action's `regions` input overrides it. []: RAM is not swept.")),
    allow: schemas/* _default */.Rvf((0,fields/* withMeta */.C)(list(RamAllowEntry, 'a list of allow entries', 'allow: [{ source-account: "111122223333" }]'), {
        description: 'The resource-share invitations that are not rejected. Every other pending invitation is (default deny).',
    }), []),
}, 'the RAM settings', 'ram: { regions: all }'), {
    description: 'AWS RAM resource-share invitations: another account sharing subnets, transit gateways, license configurations … with this one. Absent: not governed, left alone. Present (even empty): every pending invitation not allowed is rejected.',
});
const SecurityServicesAllowEntry = (0,fields/* withMeta */.C)(section({
    'source-account': accountId('source-account', 'The account that sends the invitation: the administrator it would become (12 digits, in quotes).'),
    services: schemas/* optional */.lqM((0,fields/* nonEmptyUniqueList */.AM)((0,invitation_fields/* securityService */.s0)(), 'a list of security services', 'services: [guardduty]', {
        empty: 'is an empty list, which would allow nothing: remove the key (every governed service) or list services.',
        description: 'Narrows the entry to these services; each must be one of security-services.services. Absent: every governed service.',
    })),
    note: schemas/* optional */.lqM((0,fields/* note */.N4)()),
    until: schemas/* optional */.lqM((0,fields/* calendarDate */.bO)()),
}, 'an allow entry', '- source-account: "111122223333"'), { description: 'Administrator invitations from this account (of these services, if listed) are left pending for a person to accept.' });
const SecurityServices = (0,fields/* withMeta */.C)(section({
    services: schemas/* optional */.lqM((0,fields/* nonEmptyUniqueList */.AM)((0,invitation_fields/* securityService */.s0)(), 'a list of security services', 'services: [guardduty, security-hub]', {
        empty: 'is an empty list, which would govern nothing: remove the key (all four) or the whole section (not governed).',
        description: 'The services whose administrator invitations are governed. Absent: all four (guardduty, macie, security-hub, detective).',
    })),
    regions: schemas/* optional */.lqM(regionSelection("The regions swept for pending invitations: `all` (every region enabled for the account where the service is offered, the default) or a list. The action's `regions` input overrides it. []: not swept.")),
    allow: schemas/* _default */.Rvf((0,fields/* withMeta */.C)(list(SecurityServicesAllowEntry, 'a list of allow entries', 'allow: [{ source-account: "111122223333" }]'), {
        description: 'The invitations that are not declined. Every other pending invitation of a governed service is (default deny).',
    }), []),
}, 'the security-services settings', 'security-services: { services: [guardduty] }'), {
    description: 'Administrator invitations of GuardDuty, Macie, Security Hub and Detective: accepting one makes the inviting account the administrator of this account\'s findings. Absent: not governed, left alone. Present (even empty): every pending invitation not allowed is declined (Detective: rejected).',
});
const Limits = (0,fields/* withMeta */.C)(section({ 'max-actions': schemas/* optional */.lqM((0,fields/* maxActions */.A9)()) }, 'the limits'), { description: 'Safety limits.' });
const Accounts = (0,fields/* nonEmptyUniqueList */.AM)(accountId('accounts', 'An account this policy may govern (12 digits, in quotes).'), 'a list of account ids', 'accounts: ["210987654321"]', {
    empty: 'is an empty list, which would let the policy run nowhere: remove the key (any account) or list the accounts.',
    description: 'The only accounts this policy may govern. A run whose credentials belong to another account stops before reading or writing anything. Absent: any account.',
});
const targetAccounts = (key, description, instead) => (0,fields/* uniqueList */.o0)(accountId(key, description, instead), 'a list of account ids', `${key}: ["111122223333"]`);
const Targets = (0,fields/* withMeta */.C)(section({
    'role-name': schemas/* optional */.lqM((0,fields/* roleName */.S3)()),
    accounts: schemas/* optional */.lqM((0,fields/* withMeta */.C)(targetAccounts('accounts', 'An account to guard, through the role named by role-name (12 digits, in quotes).', 'list the 12 digits of each account in quotes, e.g. ["111122223333"]; for every account of the organization, write `organization: true`'), {
        description: 'Accounts to guard, each through arn:aws:iam::<account>:role/<role-name>.',
    })),
    roles: schemas/* optional */.lqM((0,fields/* withMeta */.C)((0,fields/* uniqueList */.o0)((0,fields/* roleArn */.w3)(), 'a list of role ARNs', 'roles: ["arn:aws:iam::111122223333:role/inbound-guard"]'), {
        description: 'Roles to assume, by ARN; the account each belongs to is guarded.',
    })),
    organization: schemas/* optional */.lqM((0,fields/* withMeta */.C)(schemas/* boolean */.zMY({ error: (0,messages/* errorFor */.I$)('true or false', 'organization: true') }), {
        description: "true: every ACTIVE account of the credentials' organization (ListAccounts; run from the management account or a delegated administrator), through role-name.",
    })),
    exclude: schemas/* optional */.lqM((0,fields/* withMeta */.C)(targetAccounts('exclude', 'An account never to guard, whatever else is listed (12 digits, in quotes).'), {
        description: 'Accounts left out, whatever accounts, roles or organization say.',
    })),
}, 'the targets', 'targets: { role-name: inbound-guard, organization: true }'), {
    description: "The accounts to guard. Absent: only the account the workflow's credentials belong to. The workflow's credentials assume each role; the credentials' own account is read with the credentials themselves.",
});
const PolicySchema = (0,fields/* withMeta */.C)(section({
    version: (0,fields/* version */.rE)(),
    accounts: schemas/* optional */.lqM(Accounts),
    targets: schemas/* optional */.lqM(Targets),
    iot: schemas/* optional */.lqM(Iot),
    organizations: schemas/* optional */.lqM(Organizations),
    ram: schemas/* optional */.lqM(Ram),
    'security-services': schemas/* optional */.lqM(SecurityServices),
    limits: schemas/* optional */.lqM(Limits),
}, 'the policy'), {
    title: 'inbound-guard policy',
    description: 'Which pending inbound requests inbound-guard leaves alone: AWS IoT certificate transfers, AWS Organizations handshakes and, when their sections are present, AWS RAM resource-share invitations and security-service administrator invitations. Everything of a governed kind not allowed here is rejected or declined. See docs/policy.md.',
});

;// CONCATENATED MODULE: ./lib/policy/schema-keys.js
const defOf = (schema) => schema.def;
/** Optional, default, pipe and similar wrappers removed. */
function unwrap(schema) {
    let current = schema;
    for (let def = defOf(current);; def = defOf(current)) {
        const inner = def.innerType ?? def.in;
        if (inner === undefined)
            return current;
        current = inner;
    }
}
/** The keys of the mapping the schema expects at `path`, or [] when it expects no mapping there. */
function keysAt(schema, path) {
    let current = unwrap(schema);
    for (const part of path) {
        const def = defOf(current);
        if (typeof part === 'number' && def.type === 'array')
            current = def.element;
        else if (typeof part === 'string' && def.type === 'object')
            current = def.shape?.[part];
        else
            current = undefined;
        if (current === undefined)
            return [];
        current = unwrap(current);
    }
    const def = defOf(current);
    return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
/** Every place in the schema whose mapping allows `key`, in schema order (for "`until` belongs in an `iot.allow` entry"). */
function keyPlaces(schema, key) {
    const places = [];
    const visit = (node, path) => {
        const def = defOf(unwrap(node));
        if (def.type === 'array' && def.element !== undefined)
            visit(def.element, [...path, '[]']);
        if (def.type !== 'object')
            return;
        const shape = def.shape ?? {};
        if (Object.hasOwn(shape, key))
            places.push(path);
        for (const [name, child] of Object.entries(shape))
            visit(child, [...path, name]);
    };
    visit(schema, []);
    return places;
}

;// CONCATENATED MODULE: ./lib/policy/semantic-checks.js
/**
 * The rules the schema cannot express, because they relate one value to another or to the
 * policy path: duplicate allow entries, entry handshake types outside the governed set, the
 * reject reason's worst-case length. They read the raw parsed value defensively, so they run
 * even when the schema found other problems: the user sees every problem at once.
 */








const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringMatching = (v, pattern) => (typeof v === 'string' && pattern.test(v) ? v : undefined);
const isHandshakeType = (v) => typeof v === 'string' && items/* HANDSHAKE_TYPES */.a.includes(v);
/** Reports each entry whose identity was already seen, naming the first entry and its line. */
function duplicates(entries, base, identity, lineOf) {
    if (!Array.isArray(entries))
        return [];
    const seen = new Map();
    const issues = [];
    entries.forEach((entry, index) => {
        if (!isRecord(entry))
            return;
        const id = identity(entry);
        if (id === undefined)
            return;
        const first = seen.get(id.key);
        if (first === undefined) {
            seen.set(id.key, index);
            return;
        }
        const firstPath = [...base, first];
        issues.push({
            path: [...base, index],
            message: `duplicates ${(0,locate/* formatKey */.TD)(firstPath)} (line ${lineOf(firstPath)}): both ${id.says}. Merge them into one entry.`,
        });
    });
    return issues;
}
/**
 * The names a section's list governs, read from the raw value: `fallback` when the key is absent;
 * undefined when it cannot be told (not a list, or a list whose every name is misspelt: the
 * schema reports those names, and "governs only" nothing would misstate what was written).
 */
function governedNames(listed, fallback, isName) {
    if (listed === undefined)
        return fallback;
    if (!Array.isArray(listed))
        return undefined;
    const names = [...new Set(listed.filter(isName))];
    return names.length === 0 && listed.length > 0 ? undefined : names;
}
/** What an entry that does not narrow covers, for a duplicate's message: the governed names, or (unknown) all of them. */
const covered = (governed, none, every) => {
    if (governed === undefined)
        return { key: ['*'], says: every };
    const sorted = [...governed].sort();
    return { key: sorted, says: sorted.length === 0 ? none : sorted.join(', ') };
};
/**
 * What an entry covers, for a duplicate's message: its own list when it narrows (`services`,
 * `handshake-types`), else the section's governed names. Undefined when its own list names nothing
 * known (every name misspelt): the schema reports each name at its line, and two such entries
 * would otherwise read as both allowing "no service" for one account.
 */
function entryCovers(narrowed, governed, isName, none, every) {
    if (!Array.isArray(narrowed))
        return covered(governed, none, every);
    const own = governedNames(narrowed, [], isName);
    return own === undefined ? undefined : covered(own, none, '');
}
function governedTypes(organizations) {
    return governedNames(organizations['handshake-types'], defaults/* DEFAULT_HANDSHAKE_TYPES */.kO, isHandshakeType);
}
function organizationsIssues(organizations, lineOf) {
    const issues = [];
    const governed = governedTypes(organizations);
    const allow = organizations.allow;
    const base = ['organizations', 'allow'];
    if (governed !== undefined && Array.isArray(allow)) {
        allow.forEach((entry, index) => {
            const types = isRecord(entry) ? entry['handshake-types'] : undefined;
            if (!Array.isArray(types))
                return;
            types.forEach((type, t) => {
                if (!isHandshakeType(type) || governed.includes(type))
                    return;
                const governs = governed.length === 0 ? 'is [], so no handshake is governed' : `governs only ${(0,suggest/* listAlternatives */.PP)(governed, 'and')}`;
                issues.push({
                    path: [...base, index, 'handshake-types', t],
                    message: `${type} is not a governed type (organizations.handshake-types ${governs}), so this entry could never apply to it. Add ${type} to organizations.handshake-types or remove it here.`,
                });
            });
        });
    }
    issues.push(...duplicates(allow, base, (entry) => {
        const organization = stringMatching(entry.organization, ORGANIZATION_ID_PATTERN);
        const account = stringMatching(entry['management-account'], ACCOUNT_ID_PATTERN);
        const email = stringMatching(entry['management-email'], EMAIL_PATTERN)?.toLowerCase();
        if (organization === undefined && account === undefined && email === undefined)
            return undefined;
        const types = entryCovers(entry['handshake-types'], governed, isHandshakeType, 'no types', 'every governed type');
        if (types === undefined)
            return undefined;
        const named = [
            organization === undefined ? '' : `organization ${organization}`,
            account === undefined ? '' : `management-account ${account}`,
            email === undefined ? '' : `management-email ${email}`,
        ].filter((s) => s !== '');
        return { key: JSON.stringify([organization, account, email, types.key]), says: `allow ${named.join(' with ')} for ${types.says}` };
    }, lineOf));
    return issues;
}
function iotIssues(iot, policyFile, lineOf) {
    const issues = duplicates(iot.allow, ['iot', 'allow'], (entry) => {
        const account = stringMatching(entry['source-account'], ACCOUNT_ID_PATTERN);
        return account === undefined ? undefined : { key: account, says: `allow source-account ${account}` };
    }, lineOf);
    // Only a template the user wrote: the default is never refused (a policy of `version: 1` is valid
    // whatever its path); with a path too long for it, expandRejectReason shortens the path it sends.
    const template = iot['reject-reason'];
    if (typeof template === 'string' && template !== '' && (0,policy_template/* templateSyntaxProblem */.Ps)(template) === undefined) {
        const problem = (0,policy_template/* templateLengthProblem */.ab)(template, policyFile);
        if (problem !== undefined)
            issues.push({ path: ['iot', 'reject-reason'], message: problem });
    }
    return issues;
}
/** `ram.allow`: one entry per sending account and set of resource types. */
function ramIssues(ram, lineOf) {
    return duplicates(ram.allow, ['ram', 'allow'], (entry) => {
        const account = stringMatching(entry['source-account'], ACCOUNT_ID_PATTERN);
        if (account === undefined)
            return undefined;
        const narrowed = entry['resource-types'];
        const types = Array.isArray(narrowed) ? [...new Set(narrowed.filter((t) => typeof t === 'string').map((t) => t.toLowerCase()))].sort() : [];
        return { key: JSON.stringify([account, types]), says: `allow source-account ${account}${types.length ? ` for ${types.join(', ')}` : ''}` };
    }, lineOf);
}
/**
 * `security-services.allow`: each entry's services within the section's, and one entry per
 * administrator account and set of services.
 */
function securityServicesIssues(section, lineOf) {
    const isService = (v) => typeof v === 'string' && invitation_fields/* POLICY_SECURITY_SERVICES */.rM.includes(v);
    // `services: []` is the schema's error (the list must name one): no governed set to hold entries to.
    const named = governedNames(section.services, invitation_fields/* POLICY_SECURITY_SERVICES */.rM, isService);
    const governed = named?.length === 0 ? undefined : named;
    const issues = [];
    const allow = section.allow;
    const base = ['security-services', 'allow'];
    if (governed !== undefined && Array.isArray(allow)) {
        allow.forEach((entry, index) => {
            const services = isRecord(entry) ? entry.services : undefined;
            if (!Array.isArray(services))
                return;
            services.forEach((service, i) => {
                if (!isService(service) || governed.includes(service))
                    return;
                issues.push({
                    path: [...base, index, 'services', i],
                    message: `${service} is not a governed service (security-services.services governs only ${(0,suggest/* listAlternatives */.PP)(governed, 'and')}), so this entry could never apply to it. Add ${service} to security-services.services or remove it here.`,
                });
            });
        });
    }
    issues.push(...duplicates(allow, base, (entry) => {
        const account = stringMatching(entry['source-account'], ACCOUNT_ID_PATTERN);
        if (account === undefined)
            return undefined;
        const services = entryCovers(entry.services, governed, isService, 'no service', 'every governed service');
        if (services === undefined)
            return undefined;
        return { key: JSON.stringify([account, services.key]), says: `allow source-account ${account} for ${services.says}` };
    }, lineOf));
    return issues;
}
/**
 * `targets`: it must name someone, say which role to assume where it lists bare accounts or the
 * organization, name each account once, not both list and exclude one, and stay within the
 * `accounts` pin (the pin is the promise of which accounts this policy may ever touch).
 */
function targetsIssues(targets, pin, lineOf) {
    const issues = [];
    const accounts = Array.isArray(targets.accounts) ? targets.accounts : [];
    const roles = Array.isArray(targets.roles) ? targets.roles : [];
    const organization = targets.organization === true;
    if (accounts.length === 0 && roles.length === 0 && !organization) {
        issues.push({ path: ['targets'], message: 'names no account to guard: list accounts (with role-name), roles, or set organization: true — or remove targets to guard only the credentials\' own account.' });
    }
    if ((accounts.length > 0 || organization) && targets['role-name'] === undefined) {
        const uses = accounts.length > 0 ? 'targets.accounts' : 'organization: true';
        issues.push({ path: ['targets'], message: `${uses} needs role-name, the role to assume in each account (e.g. role-name: inbound-guard).` });
    }
    const excluded = new Set(Array.isArray(targets.exclude) ? targets.exclude.filter((v) => typeof v === 'string') : []);
    const pinned = Array.isArray(pin) ? new Set(pin.filter((v) => typeof v === 'string')) : undefined;
    const seen = new Map();
    const named = [
        ...accounts.map((v, i) => [['targets', 'accounts', i], stringMatching(v, ACCOUNT_ID_PATTERN)]),
        ...roles.map((v, i) => [['targets', 'roles', i], typeof v === 'string' ? fields/* ROLE_ARN_PATTERN */.yE.exec(v)?.[1] : undefined]),
    ];
    for (const [path, account] of named) {
        if (account === undefined)
            continue;
        const first = seen.get(account);
        if (first !== undefined) {
            issues.push({ path, message: `account ${account} is already a target at ${(0,locate/* formatKey */.TD)(first)} (line ${lineOf(first)}); guard each account once.` });
            continue;
        }
        seen.set(account, path);
        if (excluded.has(account))
            issues.push({ path, message: `account ${account} is both a target and in targets.exclude; remove it from one of them.` });
        if (pinned !== undefined && !pinned.has(account)) {
            issues.push({ path, message: `account ${account} is not in accounts (line ${lineOf(['accounts'])}), the only accounts this policy may govern. Add it there or remove it here.` });
        }
    }
    return issues;
}
/** Every cross-value problem in a parsed policy. `lineOf` gives the line of a path, for messages. */
function semanticIssues(value, policyFile, lineOf) {
    const issues = [];
    if (isRecord(value.targets))
        issues.push(...targetsIssues(value.targets, value.accounts, lineOf));
    const iot = value.iot;
    issues.push(...iotIssues(isRecord(iot) ? iot : {}, policyFile, lineOf));
    const organizations = value.organizations;
    if (isRecord(organizations))
        issues.push(...organizationsIssues(organizations, lineOf));
    if (isRecord(value.ram))
        issues.push(...ramIssues(value.ram, lineOf));
    const securityServices = value['security-services'];
    if (isRecord(securityServices))
        issues.push(...securityServicesIssues(securityServices, lineOf));
    return issues;
}

;// CONCATENATED MODULE: ./lib/policy/parse-policy.js










/**
 * Sorted by position, duplicates dropped, capped with a last issue saying how many were left out;
 * errorCount is every problem found, shown or not (that last line is not one).
 */
function finish(file, drafts) {
    const seen = new Set();
    const unique = drafts.filter((d) => {
        const id = `${d.line}:${d.column}:${d.key}:${d.message}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
    const sorted = [...unique].sort((a, b) => a.line - b.line || a.column - b.column);
    const shown = sorted.length > defaults/* MAX_ISSUES */.u9 ? sorted.slice(0, defaults/* MAX_ISSUES */.u9 - 1) : sorted;
    const issues = shown.map((d) => ({ file, ...d }));
    const next = sorted[defaults/* MAX_ISSUES */.u9 - 1];
    if (sorted.length > defaults/* MAX_ISSUES */.u9 && next !== undefined) {
        const more = sorted.length - shown.length;
        issues.push({ file, line: next.line, column: next.column, key: '', message: `${more.toLocaleString('en-US')} more problems from here on are not shown; fix the ones above and validate again.` });
    }
    return { ok: false, issues, errorCount: sorted.length };
}
/**
 * A value that fits one alternative of a union in shape (`iot.regions` as a list rather than `all`)
 * but has problems inside gets those problems, each at its own place, rather than one vague
 * "must be all or a list" at the key. zod reports such a union as one issue when any item is of
 * the wrong type; the alternative whose every issue lies inside the value is the one that fits.
 */
function surfaceUnionBranch(issue) {
    if (issue.code !== 'invalid_union')
        return [issue];
    const fitting = issue.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
    if (fitting.length !== 1)
        return [issue];
    return (fitting[0] ?? []).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}
/**
 * Where a key unknown at `path` is allowed instead, when it is (as written, or in the spelling it
 * most likely means) and not here: the places nearest `path` (sharing its longest prefix) only, so
 * `until` under `iot` points to `iot.allow` entries, not to `organizations.allow` ones too.
 */
function placeElsewhere(key, path, known, value) {
    const here = path.map((p) => (typeof p === 'number' ? '[]' : String(p)));
    for (const candidate of (0,messages/* keyCandidates */.Uc)(key, value)) {
        if (known.includes(candidate))
            return undefined;
        const places = keyPlaces(PolicySchema, candidate);
        if (places.length === 0)
            continue;
        const shared = (place) => {
            let n = 0;
            while (n < place.length && n < here.length && place[n] === here[n])
                n++;
            return n;
        };
        const best = Math.max(...places.map(shared));
        return { key: candidate, places: places.filter((p) => shared(p) === best) };
    }
    return undefined;
}
/** The value at `path` in the file as read, or undefined (own keys only: `constructor` is a key like any other). */
function valueAt(root, path) {
    let current = root;
    for (const part of path) {
        if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part))
            return undefined;
        current = current[part];
    }
    return current;
}
/** Whether the file as read has the key at `path` (its last part), whatever its value. */
function hasKeyAt(root, path) {
    const parent = valueAt(root, path.slice(0, -1));
    const last = path[path.length - 1];
    return last !== undefined && typeof parent === 'object' && parent !== null && Object.hasOwn(parent, last);
}
const isUnsupportedVersion = (version) => typeof version === 'number' && !defaults/* SUPPORTED_VERSIONS */.PY.includes(version);
function parsePolicy(text, path) {
    const checked = check(text, path);
    return 'drafts' in checked ? finish(path, checked.drafts) : { ok: true, policy: checked.policy };
}
/**
 * The tab errors, and, when the file reads one way with those tabs as spaces (TablessReading),
 * every other problem of that reading, at its place in the file as written: a tab does not hide
 * the rest. When the reading depends on the tab width, the first tab error says which was used.
 */
function withTabs(tabs, reading, path) {
    if (reading === undefined)
        return [...tabs];
    // The copy's tabs are spaces, up to 8 each: it may be larger than the file, which was within the
    // size limit; held to the limit, a file of 250 KiB with tabs was "too large" and nothing else.
    const rest = check(reading.text, path, Number.POSITIVE_INFINITY);
    if (!('drafts' in rest) || rest.drafts.length === 0)
        return [...tabs];
    const others = rest.drafts.map((d) => ({ ...d, column: (0,tab_reading/* columnInOriginal */.Zn)(reading, d.line, d.column) }));
    const [first, ...more] = tabs;
    return [...(first === undefined ? [] : [{ ...first, message: first.message + (reading.note ?? '') }]), ...more, ...others];
}
/** Every problem found, or the policy. */
function check(text, path, maxBytes) {
    const read = (0,read_yaml/* readYaml */.g)(text, maxBytes);
    if (!read.ok)
        return { drafts: withTabs(read.issues, read.withoutTabs, path) };
    const { doc, lineCounter, value, numbers } = read;
    const at = (p, target = 'value') => (0,locate/* locate */.x5)(doc, lineCounter, p, target);
    // zod parses without compiling a parser per object schema: schema.ts sets `jitless` for all. It
    // words its issues when they are first read: read them here too, while the messages can show a
    // number as the file wrote it (`0x1A`, not 26).
    const { parsed, zodIssues } = (0,messages/* withNumbersAsWritten */.eU)(numbers, () => {
        const result = PolicySchema.safeParse(value, { error: messages/* fallbackMessage */.aX });
        return { parsed: result, zodIssues: result.success ? [] : result.error.issues.flatMap(surfaceUnionBranch) };
    });
    // Unknown keys first: where one shares a position with another issue, the did-you-mean is the
    // useful one, and the stable sort in finish keeps it first. A misspelt required key is not also
    // "required" when its did-you-mean names it (`offered`).
    const unknownKeys = [];
    const others = [];
    // The keys a misspelt key's message already offers ("Did you mean `source-account`?"), by where they would be.
    const offered = new Set();
    for (const issue of zodIssues) {
        if (issue.code !== 'unrecognized_keys')
            continue;
        const known = keysAt(PolicySchema, issue.path);
        for (const key of issue.keys) {
            const keyPath = [...issue.path, key];
            // What the key holds can tell which key it stands for (`role: guard` is `role-name`).
            const held = valueAt(value, keyPath);
            const notHere = (0,messages/* notHereMessage */.H4)(key, issue.path, known, held);
            const unknown = notHere === undefined ? (0,messages/* unknownKey */.a)(key, known, placeElsewhere(key, issue.path, known, held), held) : { message: notHere };
            if (unknown.meant !== undefined)
                offered.add((0,locate/* formatKey */.TD)([...issue.path, unknown.meant]));
            unknownKeys.push({ ...at(keyPath, 'key'), key: (0,locate/* formatKey */.TD)(keyPath), message: unknown.message });
        }
    }
    for (const issue of zodIssues) {
        if (issue.code === 'unrecognized_keys')
            continue;
        // A required key the misspelling stands for is not said to be missing as well: the did-you-mean says what to write.
        if (offered.has((0,locate/* formatKey */.TD)(issue.path)) && !hasKeyAt(value, issue.path))
            continue;
        others.push({ ...at(issue.path), key: (0,locate/* formatKey */.TD)(issue.path), message: issue.message });
    }
    const drafts = [...read.issues, ...unknownKeys, ...others];
    // A file written for another version would mostly produce noise: say only what matters.
    if (isUnsupportedVersion(value.version)) {
        return { drafts: drafts.filter((d) => d.key === 'version') };
    }
    for (const issue of semanticIssues(value, path, (p) => at(p).line)) {
        drafts.push({ ...at(issue.path), key: (0,locate/* formatKey */.TD)(issue.path), message: issue.message });
    }
    if (drafts.length > 0 || !parsed.success)
        return { drafts };
    return { policy: normalise(parsed.data, path, () => policyDigest(text), (p) => at(p)) };
}
/** sha256 of the policy file's bytes (UTF-8 for text), hex. */
function policyDigest(text) {
    return (0,builtins/* sha256Hex */.fg)(text);
}


/***/ }),

/***/ 9927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ readYaml),
  p: () => (/* binding */ tooLargeMessage)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./lib/policy/defaults.js
var defaults = __nccwpck_require__(5698);
// EXTERNAL MODULE: ./lib/policy/locate.js
var locate = __nccwpck_require__(3738);
// EXTERNAL MODULE: ./lib/model/unicode-pattern.js
var unicode_pattern = __nccwpck_require__(3105);
;// CONCATENATED MODULE: ./lib/policy/text-checks.js
/**
 * Is this a text file? NUL bytes, invalid UTF-8, UTF-16 and control characters mean the policy
 * path names something else (a binary, an archive, a file saved in the wrong encoding).
 */
/**
 * 1-based line and column of each position in `offsets` (ascending), counting units of `source`
 * (bytes or UTF-16), in one pass over the text however many there are.
 */
function lineColumnsAt(source, offsets) {
    const out = [];
    let line = 1;
    let lineStart = 0;
    let i = 0;
    for (const offset of offsets) {
        for (; i < offset && i < source.length; i++) {
            const unit = typeof source === 'string' ? source.charCodeAt(i) : (source[i] ?? 0);
            if (unit === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        out.push({ line, column: offset - lineStart + 1 });
    }
    return out;
}
/** 1-based line and column of one position, counting units of `source` (bytes or UTF-16). */
function lineColumnAt(source, offset) {
    return lineColumnsAt(source, [offset])[0] ?? { line: 1, column: 1 };
}
/** Length of the UTF-8 sequence starting at i, or 0 when it is not a valid one. */
function utf8SequenceLength(bytes, i) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => {
        const b = bytes[i + k];
        return b !== undefined && b >= lo && b <= hi;
    };
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const lo = b0 === 0xe0 ? 0xa0 : 0x80;
        const hi = b0 === 0xed ? 0x9f : 0xbf;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const lo = b0 === 0xf0 ? 0x90 : 0x80;
        const hi = b0 === 0xf4 ? 0x8f : 0xbf;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
const isBadControl = (unit) => (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || unit === 0x7f;
function controlProblem(source, offset, unit) {
    const { line, column } = lineColumnAt(source, offset);
    if (unit === 0) {
        return { line, column, message: 'the file contains NUL bytes, so it is binary, not a YAML text file. Check that policy-file names the policy.' };
    }
    const code = `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
    return { line, column, message: `the file contains the control character ${code}; a policy file is plain text. Remove it.` };
}
/** The first reason this is not plain UTF-8 text, or undefined. */
function firstNonText(source) {
    if (typeof source === 'string') {
        for (let i = 0; i < source.length; i++) {
            const unit = source.charCodeAt(i);
            if (isBadControl(unit))
                return controlProblem(source, i, unit);
            if (unit >= 0xd800 && unit <= 0xdfff) {
                const next = source.charCodeAt(i + 1);
                if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                    i++;
                    continue;
                }
                const { line, column } = lineColumnAt(source, i);
                return { line, column, message: 'the text contains a broken character (a lone UTF-16 surrogate); save the file as UTF-8.' };
            }
        }
        return undefined;
    }
    if ((source[0] === 0xff && source[1] === 0xfe) || (source[0] === 0xfe && source[1] === 0xff)) {
        return { line: 1, column: 1, message: 'the file is encoded as UTF-16; save it as UTF-8.' };
    }
    for (let i = 0; i < source.length;) {
        const b = source[i] ?? 0;
        if (isBadControl(b))
            return controlProblem(source, i, b);
        const length = utf8SequenceLength(source, i);
        if (length === 0) {
            const { line, column } = lineColumnAt(source, i);
            return { line, column, message: `the file is not valid UTF-8 (byte 0x${b.toString(16).toUpperCase().padStart(2, '0')}); it is binary or saved in another encoding. Save it as UTF-8.` };
        }
        i += length;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/policy/invisible-characters.js
/**
 * Characters that look like nothing, or like an ordinary space, where YAML reads structure: a
 * no-break space in an indentation or after a colon, a zero-width space before a key, a line that
 * ends in a lone CR. The parser takes them for text and then reports something baffling ("unknown
 * key `  max-actions`", a whole file read as one line); here each is named at its own line and
 * column instead. Quoted values, block scalars and comments are text and are left alone.
 */



/**
 * Unicode space separators other than U+0020, format characters (zero-width, bidi, the BOM), line
 * and paragraph separators.
 */
const INVISIBLE = (0,unicode_pattern/* unicodePattern */.g)(String.raw `(?! )[\p{Zs}\p{Cf}\p{Zl}\p{Zp}]`, 'gu');
const SPACE_SEPARATOR = (0,unicode_pattern/* unicodePattern */.g)(String.raw `\p{Zs}`, 'u');
const LINE_SEPARATOR = (0,unicode_pattern/* unicodePattern */.g)(String.raw `[\p{Zl}\p{Zp}]`, 'u');
/** The names of the ones people meet, pasted from web pages, word processors and chat. */
const NAMES = {
    0x00a0: 'no-break space',
    0x00ad: 'soft hyphen',
    0x1680: 'Ogham space mark',
    0x2007: 'figure space',
    0x2009: 'thin space',
    0x200a: 'hair space',
    0x200b: 'zero-width space',
    0x200c: 'zero-width non-joiner',
    0x200d: 'zero-width joiner',
    0x200e: 'left-to-right mark',
    0x200f: 'right-to-left mark',
    0x2028: 'line separator',
    0x2029: 'paragraph separator',
    0x202f: 'narrow no-break space',
    0x205f: 'medium mathematical space',
    0x2060: 'word joiner',
    0x3000: 'ideographic space',
    0xfeff: 'byte order mark',
};
/** The lexer's markers, which are not in the source (control characters are refused before this runs). */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);
function codePoint(char) {
    return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
function invisibleMessage(char) {
    const cp = char.codePointAt(0) ?? 0;
    const named = NAMES[cp];
    const what = `${codePoint(char)}${named === undefined ? '' : ` (${named})`}`;
    if (SPACE_SEPARATOR().test(char))
        return `this looks like a space but is ${what}: retype it as an ordinary space.`;
    if (LINE_SEPARATOR().test(char))
        return `this is ${what}, which YAML does not read as a line break: replace it with an ordinary line break.`;
    return `an invisible character ${what} is here: delete it (if it belongs to the text of a value, put the value in quotes).`;
}
/**
 * Where YAML would read an invisible character as part of a key or a plain value: one problem per
 * line (its first such character), in line order. A lone CR line ending is one problem: the lines
 * after it are not lines to YAML. The UTF-8 BOM that may open the file is fine. Never throws.
 */
function invisibleCharacters(text) {
    const cr = /\r(?!\n)/.exec(text);
    if (cr !== null) {
        const [at] = lineColumnsAt(text, [cr.index]);
        return at === undefined ? [] : [{ ...at, message: 'this line ends with a lone CR (old Mac OS line endings), so YAML reads the lines after it as part of this one: save the file with LF (or CRLF) line endings.' }];
    }
    // Most files have none: no lexing for them (and in ASCII there is none: the space is excluded).
    const body = text.slice(text.startsWith('\uFEFF') ? 1 : 0);
    if ((0,unicode_pattern/* isPlainAscii */._)(body) || body.search(INVISIBLE()) === -1)
        return [];
    let found;
    try {
        found = unquotedInvisibles(text);
    }
    catch {
        // The lexer gave up (it should not): the parser will say what is wrong.
        return [];
    }
    const at = lineColumnsAt(text, found.map((f) => f.offset));
    const lines = new Set();
    const problems = [];
    at.forEach((position, k) => {
        const char = found[k]?.char;
        if (char === undefined || lines.has(position.line))
            return;
        lines.add(position.line);
        problems.push({ ...position, message: invisibleMessage(char) });
    });
    return problems;
}
/** Every invisible character outside quoted values, block scalars and comments, with its offset. */
function unquotedInvisibles(text) {
    const found = [];
    let offset = 0;
    let blockScalarNext = false;
    let skipNext = false;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (MARKERS.has(token)) {
            // A scalar follows: a block scalar's content is text, like a quoted value.
            if (token === '\u001f' && blockScalarNext)
                skipNext = true;
            blockScalarNext = false;
            continue;
        }
        const start = offset;
        offset += token.length;
        if (skipNext) {
            skipNext = false;
            continue;
        }
        const first = token[0];
        if (first === '|' || first === '>')
            blockScalarNext = true;
        if (first === '#' || first === '"' || first === "'")
            continue;
        for (const match of token.matchAll(INVISIBLE())) {
            // The UTF-8 BOM that may open the file is no problem: the parser skips it.
            if (start + match.index !== 0)
                found.push({ offset: start + match.index, char: match[0] });
        }
    }
    return found;
}

// EXTERNAL MODULE: ./lib/policy/tab-reading.js
var tab_reading = __nccwpck_require__(140);
;// CONCATENATED MODULE: ./lib/policy/read-yaml.js
/**
 * Text (or bytes) to one YAML mapping, refusing what a policy never needs and an attacker might
 * send: oversized or binary files, several documents, aliases (billion laughs), exotic tags,
 * collection keys, deep nesting. Returns the parsed document for locating, or issues.
 */






/** A policy is at most a handful of levels deep; anything far deeper is not a policy. */
const MAX_DEPTH = 16;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
const atStart = (message) => ({ line: 1, column: 1, key: '', message });
/** The refusal of an oversized file; loadPolicy uses it too, without reading the file. */
function tooLargeMessage(bytes) {
    const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
    return `the file is ${size}; a policy file may be at most ${defaults/* MAX_POLICY_BYTES */.mk / 1024} KiB. Check that policy-file names the policy and not another file.`;
}
const tooLarge = (bytes) => atStart(tooLargeMessage(bytes));
function textProblemIssue(problem) {
    return { line: problem.line, column: problem.column, key: '', message: problem.message };
}
/** Decodes bytes as UTF-8 or says where and why it cannot. */
function decode(bytes) {
    if (bytes.byteLength > defaults/* MAX_POLICY_BYTES */.mk)
        return { issue: tooLarge(bytes.byteLength) };
    const problem = firstNonText(bytes);
    if (problem !== undefined)
        return { issue: textProblemIssue(problem) };
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    }
    catch {
        return { issue: atStart('the file is not valid UTF-8; save it as UTF-8 text.') };
    }
}
/** The YAML parser's own errors, in our words (its description kept, its location re-done). */
function yamlErrorMessage(code, message) {
    const what = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '') ?? '';
    switch (code) {
        case 'MULTIPLE_DOCS':
            return 'a second YAML document starts here (`---`): a policy file holds exactly one. Remove the `---` line or move the second document to its own file.';
        case 'TAB_AS_INDENT':
            return 'a tab is used for indentation; YAML indents with spaces only. Replace the tab with spaces.';
        case 'KEY_OVER_1024_CHARS':
            return 'a key is over 1024 characters long or a `:` is missing; keys in a policy are short words like `allow`.';
        default:
            if (/stack/i.test(message))
                return `the YAML is nested far too deeply here for a policy (which needs at most 5 levels).`;
            return `the file is not valid YAML here: ${what.charAt(0).toLowerCase()}${what.slice(1)}. Check the indentation, colons, quotes and brackets on this line and the one before.`;
    }
}
/** Aliases, foreign tags, collection keys, nesting depth and duplicate keys, found without recursion. */
function structuralIssues(doc, lineCounter) {
    const fatal = [];
    const duplicates = [];
    const aliases = [];
    const at = (node, path, message) => {
        const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
        return { line, column: col, key: (0,locate/* formatKey */.TD)(path), message };
    };
    const stack = [{ node: doc.contents, path: [] }];
    while (stack.length > 0) {
        const { node, path } = stack.pop() ?? { node: null, path: [] };
        if (node === null || node === undefined)
            continue;
        if ((0,dist/* isAlias */.Vj)(node)) {
            aliases.push({ node, path });
            continue;
        }
        const tagged = node;
        if (tagged.tag !== undefined && !CORE_TAGS.has(tagged.tag)) {
            const shown = tagged.tag.replace('tag:yaml.org,2002:', '!!');
            fatal.push(at(tagged, path, `the tag \`${shown}\` is not allowed in a policy file: remove it (quote the value if it is text).`));
        }
        if (path.length >= MAX_DEPTH) {
            fatal.push(at(tagged, path, `the YAML is nested more than ${MAX_DEPTH} levels deep here; a policy needs at most 5.`));
            continue;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, index) => stack.push({ node: item, path: [...path, index] }));
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Map();
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const key = pair.key;
                if ((0,dist/* isCollection */.P3)(key) || (0,dist/* isAlias */.Vj)(key)) {
                    fatal.push(at(key, path, 'a key here is a list, mapping or alias; keys in a policy are plain words like `allow`.'));
                    continue;
                }
                const name = (0,dist/* isScalar */.jn)(key) ? String(key.value) : '';
                if ((0,dist/* isScalar */.jn)(key)) {
                    const first = seen.get(name);
                    if (first !== undefined) {
                        const firstLine = lineCounter.linePos(first.range?.[0] ?? 0).line;
                        duplicates.push(at(key, [...path, name], `the key \`${name}\` appears twice in the same mapping (first at line ${firstLine}); YAML would silently keep only the last. Keep one.`));
                    }
                    else {
                        seen.set(name, key);
                    }
                    if (key.tag !== undefined && !CORE_TAGS.has(key.tag))
                        stack.push({ node: key, path });
                }
                stack.push({ node: pair.value, path: [...path, name] });
            }
        }
    }
    const first = aliases.sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0))[0];
    if (first !== undefined) {
        const count = aliases.length === 1 ? '' : ` (${aliases.length} aliases in all)`;
        fatal.push(at(first.node, first.path, `aliases such as \`*${first.node.source}\` are not allowed in a policy file${count}: write each value out in full where it is used.`));
    }
    return { fatal, duplicates };
}
/**
 * The parser reports a missing closing quote or bracket where the text or the collection ends; the
 * opening quote or bracket is more use. Quoted scalars and flow collections by the offset where
 * they end, from one walk of the document (a walk per error would be quadratic: a file can hold
 * thousands of unclosed quotes). The last one ending there wins.
 */
function openingsByEnd(doc) {
    const quoted = new Map();
    const flow = new Map();
    (0,dist/* visit */.YR)(doc, {
        Scalar(_, node) {
            const [start, end] = node.range ?? [-1, -1];
            if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
                quoted.set(end, { offset: start, open: node.type === 'QUOTE_DOUBLE' ? '"' : "'" });
            return undefined;
        },
        Collection(_, node) {
            const [start, end] = node.range ?? [-1, -1];
            if (node.flow === true)
                flow.set(end, { offset: start, open: (0,dist/* isSeq */.oP)(node) ? '[' : '{' });
            return undefined;
        },
    });
    return { quoted, flow };
}
const CLOSING = { '[': ']', '{': '}' };
/**
 * A parser error that a known opening explains better, at that opening: an unclosed quote or
 * bracket, or a plain value that starts with `{` or `[` and goes on after the closing bracket
 * (`reject-reason: {source-account} is not allowed`), which YAML reads as a mapping or list.
 */
function openingIssue(text, code, at, openings, lineCounter) {
    const issueAt = (opening, message) => {
        const { line, col } = lineCounter.linePos(opening.offset);
        return { line, column: col, key: '', message };
    };
    if (code === 'MISSING_CHAR') {
        const quote = openings().quoted.get(at);
        if (quote === undefined)
            return undefined;
        const shown = `\`${quote.open}\``;
        // Where the runaway value's text really ends: the parser's position is past any blank lines.
        const lastLine = lineCounter.linePos(quote.offset + text.slice(quote.offset, at).trimEnd().length).line;
        const startLine = lineCounter.linePos(quote.offset).line;
        return issueAt(quote, lastLine === startLine
            ? `this quoted value has no closing ${shown} on its line. Add the closing ${shown} where the value ends.`
            : `this quoted value has no closing ${shown}, so it runs on to line ${lastLine}. Add the closing ${shown} where the value ends.`);
    }
    if (code === 'BAD_INDENT') {
        const bracket = openings().flow.get(at);
        if (bracket === undefined)
            return undefined;
        const close = CLOSING[bracket.open] ?? '';
        // The parser says the same when the bracket is closed but a later line of it is not indented.
        return issueAt(bracket, `this \`${bracket.open}\` is not closed where YAML expects it: end the value with \`${close}\` after its last item, and indent each line of it after the first more than its key.`);
    }
    if (code === 'UNEXPECTED_TOKEN') {
        let end = at;
        while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t'))
            end--;
        const bracket = openings().flow.get(end);
        if (bracket === undefined || lineCounter.linePos(bracket.offset).line !== lineCounter.linePos(at).line)
            return undefined;
        return issueAt(bracket, `a value that starts with \`${bracket.open}\` is read as a YAML ${bracket.open === '[' ? 'list' : 'mapping'}, so the text after its \`${CLOSING[bracket.open] ?? ''}\` cannot follow. To write text, quote the whole value: \`"${text.slice(bracket.offset, lineEnd(text, bracket.offset)).trimEnd().replace(/"/g, '\\"')}"\`.`);
    }
    return undefined;
}
/** The offset where the line holding `offset` ends (before its line break). */
function lineEnd(text, offset) {
    const newline = text.slice(offset).search(/\r\n|\r|\n/);
    return newline === -1 ? text.length : offset + newline;
}
/**
 * The parser's errors as the user should see them. After one syntax error the parser loses its
 * place, and every error after it (four for one mis-indented line) is mostly a consequence: show
 * the first only. A tab used for indentation is the one error that is sure to be real: show those
 * (one per line), and none of the errors they cause.
 */
function oneSyntaxError(issues, codes) {
    const byPosition = (a, b) => a.line - b.line || a.column - b.column;
    const tabs = issues.filter((_, i) => codes[i] === 'TAB_AS_INDENT').sort(byPosition);
    if (tabs.length > 0) {
        // One per line, the first; a set, not a search per tab: a file can hold thousands of tab lines.
        const lines = new Set();
        return tabs.filter((t) => {
            if (lines.has(t.line))
                return false;
            lines.add(t.line);
            return true;
        });
    }
    const [first, ...rest] = [...issues].sort(byPosition);
    if (first === undefined)
        return [];
    if (rest.length === 0)
        return [first];
    return [{ ...first, message: `${first.message} (What the parser found after this point is left out: it may only follow from this; fix it and validate again.)` }];
}
function describeRoot(contents) {
    if ((0,dist/* isSeq */.oP)(contents))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(contents)) {
        return typeof contents.value === 'string' ? 'a single line of text (is a `:` missing after a key?)' : `the single value ${String(contents.value)}`;
    }
    return 'something else';
}
/**
 * Each number the file wrote otherwise than JavaScript prints its value, with the text as written:
 * `0x1A` (26), `1e3` (1000), `012345678901` (12345678901), and integers too large to be exact
 * (12345678901234567890 prints as 12345678901234567000). Messages show these as written. A value
 * written two ways in one file (`26` and `0x1A`) is left out: a message cannot tell which it is about.
 */
function numbersAsWritten(doc) {
    const written = new Map();
    (0,dist/* visit */.YR)(doc, {
        Scalar(key, node) {
            // A key is read as text (`0x1A:` is the key "26"): only values are numbers.
            if (key === 'key' || typeof node.value !== 'number' || node.source === undefined)
                return undefined;
            const before = written.get(node.value);
            if (before === undefined)
                written.set(node.value, node.source);
            else if (before !== node.source)
                written.set(node.value, null);
            return undefined;
        },
    });
    const numbers = new Map();
    for (const [value, text] of written)
        if (text !== null && text !== String(value))
            numbers.set(value, text);
    return numbers;
}
/** Reads the policy text; never throws. `maxBytes`: the size limit (a re-reading of a file already within it passes none). */
function readYaml(input, maxBytes = defaults/* MAX_POLICY_BYTES */.mk) {
    let text;
    if (typeof input === 'string') {
        if (input.length > maxBytes || Buffer.byteLength(input, 'utf8') > maxBytes)
            return { ok: false, issues: [tooLarge(Buffer.byteLength(input, 'utf8'))] };
        const problem = firstNonText(input);
        if (problem !== undefined)
            return { ok: false, issues: [textProblemIssue(problem)] };
        text = input;
    }
    else {
        const decoded = decode(input);
        if ('issue' in decoded)
            return { ok: false, issues: [decoded.issue] };
        text = decoded.text;
    }
    // Read as YAML, these would give errors about something else, or none and a wrong key or value.
    const invisible = invisibleCharacters(text);
    if (invisible.length > 0)
        return { ok: false, issues: invisible.map(textProblemIssue) };
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    try {
        // core schema regardless of a %YAML 1.1 directive: 1.1 would read 012 as octal and yes as true.
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, ...defaults/* YAML_OPTIONS */.Nv });
    }
    catch {
        return { ok: false, issues: [atStart('the file could not be read as YAML (it may be nested too deeply); a policy is a short, plain YAML mapping.')] };
    }
    if (doc.errors.length > 0) {
        // The parser gives up on deep nesting with a stack overflow; what follows is its consequence.
        const overflow = doc.errors.find((error) => /stack/i.test(error.message));
        const errors = overflow === undefined ? doc.errors : [overflow];
        let openings;
        const lazyOpenings = () => (openings ??= openingsByEnd(doc));
        const codes = errors.map((error) => error.code);
        const issues = errors.map((error, i) => {
            const opened = openingIssue(text, error.code, error.pos[0], lazyOpenings, lineCounter);
            if (opened !== undefined)
                return opened;
            const { line, col } = lineCounter.linePos(error.pos[0]);
            // The parser names a tab only when it stops on it; a tab after spaces gives another error.
            const tab = (0,tab_reading/* tabInIndentation */.oq)(text, lineCounter, line);
            if (tab !== undefined) {
                codes[i] = 'TAB_AS_INDENT';
                return { line, column: tab, key: '', message: yamlErrorMessage('TAB_AS_INDENT', '') };
            }
            return { line, column: col, key: '', message: yamlErrorMessage(error.code, error.message) };
        });
        const shown = oneSyntaxError(issues, codes);
        const tabLines = new Set(issues.filter((_, i) => codes[i] === 'TAB_AS_INDENT').map((issue) => issue.line));
        if (tabLines.size === 0)
            return { ok: false, issues: shown };
        return { ok: false, issues: shown, withoutTabs: (0,tab_reading/* tablessReading */.RX)(text, lineCounter, tabLines) };
    }
    const { fatal, duplicates } = structuralIssues(doc, lineCounter);
    if (fatal.length > 0)
        return { ok: false, issues: [...fatal, ...duplicates] };
    const contents = doc.contents;
    if (contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.value === null)) {
        return { ok: false, issues: [atStart('the policy file is empty: it needs at least `version: 1`. See docs/policy.md for an example.')] };
    }
    if (!(0,dist/* isMap */.jh)(contents)) {
        const { line, col } = lineCounter.linePos(contents.range?.[0] ?? 0);
        return {
            ok: false,
            issues: [{ line, column: col, key: '', message: `the policy must be a mapping with keys such as \`version\`, \`iot\` and \`organizations\`, but the file holds ${describeRoot(contents)}.` }],
        };
    }
    const value = doc.toJS({ maxAliasCount: 0 });
    return { ok: true, doc, lineCounter, value, numbers: numbersAsWritten(doc), issues: duplicates };
}


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ globalEndpointText),
/* harmony export */   Ny: () => (/* binding */ region),
/* harmony export */   aY: () => (/* binding */ REGION_PATTERN),
/* harmony export */   dt: () => (/* binding */ REGIONS_INSTEAD),
/* harmony export */   mn: () => (/* binding */ ALL_REGIONS),
/* harmony export */   qH: () => (/* binding */ unknownRegionText)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4343);
/* harmony import */ var _aws_service_regions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2975);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6457);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(572);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3304);
/**
 * Region names in the policy: what a region name looks like, the word `all`, and a region this
 * release knows, as a zod schema that carries its JSON Schema description and words its own errors,
 * like fields.ts.
 */





/** Two or more letters, words, a number: `us-east-1`, `us-gov-west-1`, and the European Sovereign Cloud's `eusc-de-east-1`. */
const REGION_PATTERN = /^[a-z]{2,}(-[a-z]+)+-\d+$/;
/** The word that asks for every region enabled for the account. */
const ALL_REGIONS = 'all';
/**
 * Why a region name written like one is refused: this release's tables (aws/service-regions.ts)
 * do not know it. A misspelling (`eu-wst-1`) would otherwise sweep nothing there and say "not
 * offered"; a region AWS launched after this release cannot be judged either (is the service
 * offered there?), so the way out is an update, and `all` meanwhile warns about it by name.
 */
function unknownRegionText(name) {
    return (`\`${name}\` is not an AWS region this release of inbound-guard knows.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(name, _aws_service_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .KNOWN_REGIONS */ .Qu)} ` +
        `If AWS launched it after this release, update inbound-guard; until then \`${ALL_REGIONS}\` sweeps every enabled region this release knows and warns about any other.`);
}
/** What to write instead of a `*` in a region name or for `regions`. */
const REGIONS_INSTEAD = `list each region by name (e.g. [us-east-1, us-east-2]), or write \`regions: ${ALL_REGIONS}\` for every enabled region`;
/**
 * For `aws-global` or `global` (any case), what the SDKs and the CLI call the region of a global
 * service's endpoint: no region to sweep. `instead` says what to write where it was written (the
 * policy's `regions`, a list item, the action's `regions` input). Undefined for any other name.
 */
function globalEndpointText(name, instead) {
    const lower = name.toLowerCase();
    if (lower !== 'aws-global' && lower !== 'global')
        return undefined;
    return `${JSON.stringify(name)} is not a region: it stands for the endpoint of AWS's global services (Organizations is one: its handshakes are read once per account, in no region). Regions are swept only for the regional kinds: ${instead}.`;
}
function regionMessage(issue) {
    const input = issue.input;
    const wildcard = (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .noWildcard */ .S6)(input, 'region names', REGIONS_INSTEAD);
    if (wildcard !== undefined)
        return wildcard;
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isString */ .Kg)(input))
        return (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .typeMessage */ .cR)('a region name', input, 'us-east-1');
    if (REGION_PATTERN.test(input))
        return unknownRegionText(input);
    const lower = input.toLowerCase();
    if (REGION_PATTERN.test(lower))
        return (0,_aws_service_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .isKnownRegion */ .Kk)(lower) ? `region names are lower case: write ${lower}.` : unknownRegionText(input);
    return globalEndpointText(input, REGIONS_INSTEAD) ?? `${JSON.stringify(input)} is not an AWS region name: write it like us-east-1, eu-west-1 or us-gov-west-1.`;
}
/**
 * A region name this release knows (see unknownRegionText). The JSON Schema lists them (`enum`,
 * from the same tables), so editors complete them and refuse `eu-wst-1` too; the pattern stays for
 * its editor message about the shape.
 */
const region = () => (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .withMeta */ .C)((0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .patternText */ .U)(REGION_PATTERN, regionMessage).check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .refine */ .YPB((name) => !REGION_PATTERN.test(name) || (0,_aws_service_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .isKnownRegion */ .Kk)(name), { error: regionMessage })), {
    description: 'An AWS region name, e.g. `us-east-1`, that this release of inbound-guard knows: a misspelt or unknown name is an error, not a region silently skipped.',
    examples: ['us-east-1'],
    enum: [..._aws_service_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .KNOWN_REGIONS */ .Qu],
    ...(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .editorMessages */ .oD)('A region name this release of inbound-guard knows, such as us-east-1 (a region launched after it needs an update).', 'A region name in lower case, like us-east-1, eu-west-1 or us-gov-west-1.'),
});


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ listAlternatives),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   my: () => (/* binding */ foldSpelling)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean …?" for unknown keys, handshake types and placeholders.
 * Pure string functions; the callers choose the candidates.
 */
/**
 * Edit distance (insertions, deletions, substitutions, and swaps of two neighbours: `unitl` is
 * one step from `until`), the optimal-string-alignment variant of Damerau-Levenshtein.
 */
function editDistance(a, b) {
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
            row.push(best);
        }
        rows.push(row);
    }
    return rows[a.length]?.[b.length] ?? 0;
}
/**
 * Folds the spellings people mix up into one: case, `_`/space vs `-`, camelCase vs kebab-case.
 * `sourceAccount`, `Source_Account` and `source account` all fold to `source-account`.
 */
function foldSpelling(word) {
    return word
        .trim()
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[\s_-]+/g, '-');
}
/**
 * The candidate the user most likely meant, or undefined when none is close enough to suggest
 * without guessing. Close means: the same word spelled differently (see foldSpelling), one
 * contained in the other (`account` → `source-account`), or a small edit distance.
 */
function closest(input, candidates) {
    const folded = foldSpelling(input);
    if (folded === '')
        return undefined;
    const sameWord = candidates.find((c) => foldSpelling(c) === folded);
    if (sameWord !== undefined)
        return sameWord;
    let best;
    for (const candidate of candidates) {
        const target = foldSpelling(candidate);
        const budget = Math.max(1, Math.floor(Math.min(folded.length, target.length) / 3));
        // The distance is at least the difference in length: a long input is not compared letter by letter.
        if (Math.abs(folded.length - target.length) > budget)
            continue;
        const distance = editDistance(folded, target);
        if (distance <= budget && (best === undefined || distance < best.distance))
            best = { candidate, distance };
    }
    if (best !== undefined)
        return best.candidate;
    const containing = candidates.filter((c) => folded.length >= 3 && foldSpelling(c).includes(folded));
    if (containing.length === 1)
        return containing[0];
    const contained = candidates.filter((c) => folded.includes(foldSpelling(c)) && foldSpelling(c).length >= 3);
    return contained.length === 1 ? contained[0] : undefined;
}
/** " Did you mean `x`?" or '' — ready to append to a message. */
function didYouMean(input, candidates) {
    const suggestion = closest(input, candidates);
    return suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`;
}
/** `a`, `b` or `c` — for messages listing what is allowed. */
function listAlternatives(values, conjunction = 'or') {
    const quoted = values.map((v) => `\`${v}\``);
    if (quoted.length <= 1)
        return quoted.join('');
    return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1] ?? ''}`;
}


/***/ }),

/***/ 140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ tablessReading),
/* harmony export */   Zn: () => (/* binding */ columnInOriginal),
/* harmony export */   oq: () => (/* binding */ tabInIndentation)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5698);
/**
 * A policy indented with tabs, read again with the tabs as spaces: YAML refuses tabs in
 * indentation, and the parser's errors after the first tab are only its consequences; read this
 * way, the file's other problems can be reported beside the tabs (read-yaml.ts, parse-policy.ts).
 */


/** Where a column of the tabless reading is in the file as written. */
function columnInOriginal(reading, line, column) {
    const indent = reading.indents.get(line);
    if (indent === undefined)
        return column;
    return column > indent.after ? column - (indent.after - indent.before) : Math.min(column, indent.before + 1);
}
/** Tab widths an editor is likely to have shown the file with. */
const TAB_WIDTHS = [2, 4, 8];
/** "4", "4 or 8". */
const orList = (widths) => (widths.length <= 1 ? String(widths[0] ?? '') : `${widths.slice(0, -1).join(', ')} or ${widths[widths.length - 1] ?? ''}`);
/** Which tab stops the other problems were found with, when not every width reads as YAML. */
function widthNote(read) {
    const failed = TAB_WIDTHS.filter((w) => !read.includes(w));
    const which = read.length === 1
        ? `, the only width of ${orList(TAB_WIDTHS)} at which this file reads as YAML`
        : `, which read the same (with ${orList(failed)} the file is not valid YAML)`;
    return ` The other problems listed were found with tab stops every ${orList(read)} columns${which}; check them again once the tabs are spaces.`;
}
/** Where `line` starts, and its leading spaces and tabs (read from its first 1,024 characters); undefined past the last line. */
function indentationOf(text, lineCounter, line) {
    const start = lineCounter.lineStarts[line - 1];
    if (start === undefined)
        return undefined;
    return { start, indent: /^[ \t]*/.exec(text.slice(start, start + 1024))?.[0] ?? '' };
}
/** The column of the first tab in the leading whitespace of a line, if there is one. */
function tabInIndentation(text, lineCounter, line) {
    const tab = indentationOf(text, lineCounter, line)?.indent.indexOf('\t') ?? -1;
    return tab === -1 ? undefined : tab + 1;
}
/** The indentation of `line` with each tab advancing to the next multiple of `width` columns. */
function expandIndent(indent, width) {
    let column = 0;
    for (const ch of indent)
        column = ch === '\t' ? (Math.floor(column / width) + 1) * width : column + 1;
    return ' '.repeat(column);
}
/**
 * The file read again with the tabs of `lines` as spaces, at each width of TAB_WIDTHS (see
 * TablessReading); undefined when no width gives valid YAML, or two give different values (the
 * reading would be a guess: the other errors are then left out, as the tab's own consequences).
 */
function tablessReading(text, lineCounter, lines) {
    const readings = [];
    // Where each flagged line starts and its indentation, in line order: the same at every width.
    const flagged = [...lines].sort((a, b) => a - b).flatMap((line) => {
        const at = indentationOf(text, lineCounter, line);
        return at === undefined ? [] : [{ line, ...at }];
    });
    for (const width of TAB_WIDTHS) {
        const indents = new Map();
        let out = '';
        let last = 0;
        for (const { line, start, indent } of flagged) {
            const spaces = expandIndent(indent, width);
            out += text.slice(last, start) + spaces;
            last = start + indent.length;
            indents.set(line, { before: indent.length, after: spaces.length });
        }
        out += text.slice(last);
        try {
            const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(out, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .YAML_OPTIONS */ .Nv);
            if (doc.errors.length > 0)
                continue;
            readings.push({ width, text: out, value: JSON.stringify(doc.toJS({ maxAliasCount: 0 })), indents });
        }
        catch {
            // Too deep, or an alias: not a reading to check the rest by.
        }
    }
    const first = readings[0];
    if (first === undefined || readings.some((r) => r.value !== first.value))
        return undefined;
    return { text: first.text, note: readings.length === TAB_WIDTHS.length ? undefined : widthNote(readings.map((r) => r.width)), indents: first.indents };
}


/***/ }),

/***/ 1366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ps: () => (/* binding */ templateSyntaxProblem),
/* harmony export */   Wv: () => (/* binding */ REJECT_REASON_PATTERN),
/* harmony export */   ab: () => (/* binding */ templateLengthProblem),
/* harmony export */   uX: () => (/* binding */ expandRejectReason)
/* harmony export */ });
/* unused harmony exports REJECT_REASON_MAX_LENGTH, REJECT_REASON_PLACEHOLDERS, UNKNOWN_SOURCE_ACCOUNT, placeholderLimits, worstCaseLength, SHORTENED_PATH_MARK */
/* harmony import */ var _model_aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8565);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3304);
/**
 * The `iot.reject-reason` template: `{placeholder}`s expanded per certificate. AWS accepts at
 * most 128 characters, so validation computes the worst-case expansion of a template the user
 * wrote, and expansion shortens the policy path and truncates (expandRejectReason).
 */


/** AWS RejectCertificateTransfer: rejectReason is at most 128 characters. */
const REJECT_REASON_MAX_LENGTH = _model_aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REJECT_REASON_LENGTH */ .t;
/**
 * Each placeholder and the most characters it can expand to. `{policy-file}` is the path of the
 * policy in use, so its bound is that path's length: use placeholderLimits(path) for a number.
 */
const REJECT_REASON_PLACEHOLDERS = {
    'source-account': 12,
    'policy-file': Number.POSITIVE_INFINITY,
    region: 20,
    'certificate-id': 64,
};
/** What `{source-account}` becomes when the sending account could not be determined. */
const UNKNOWN_SOURCE_ACCOUNT = 'unknown';
const PLACEHOLDER_NAMES = Object.keys(REJECT_REASON_PLACEHOLDERS);
/** Literal text without braces, and known placeholders; nothing else. Also the JSON Schema pattern. */
const REJECT_REASON_PATTERN = new RegExp(`^(?:[^{}]|\\{(?:${PLACEHOLDER_NAMES.join('|')})\\})*$`);
/** REJECT_REASON_PLACEHOLDERS with `{policy-file}` bounded by the actual path. */
function placeholderLimits(policyFile) {
    return { ...REJECT_REASON_PLACEHOLDERS, 'policy-file': policyFile.length };
}
/** Splits a template at its `{…}` groups. A brace without its partner is kept as a literal. */
function pieces(template) {
    const out = [];
    const re = /\{([^{}]*)\}/g;
    let last = 0;
    for (let m = re.exec(template); m !== null; m = re.exec(template)) {
        out.push({ literal: template.slice(last, m.index), placeholder: m[1] ?? '' });
        last = m.index + m[0].length;
    }
    out.push({ literal: template.slice(last) });
    return out;
}
/**
 * What is wrong with the template's syntax, in our words, or undefined when it is well formed.
 * Unknown placeholders get a did-you-mean; stray braces are named.
 */
function templateSyntaxProblem(template) {
    const known = `Placeholders are ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .listAlternatives */ .PP)(PLACEHOLDER_NAMES.map((n) => `{${n}}`), 'and')}.`;
    const unknown = pieces(template)
        .map((p) => p.placeholder)
        .filter((p) => p !== undefined && !PLACEHOLDER_NAMES.includes(p));
    if (unknown.length > 0) {
        const names = [...new Set(unknown)];
        if (names.length === 1) {
            const name = names[0] ?? '';
            return `\`{${name}}\` is not a placeholder.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(name, PLACEHOLDER_NAMES).replace(/`([^`]+)`/, '`{$1}`')} ${known}`;
        }
        // Every one of them, each with its own did-you-mean: fixing them one validation at a time is tedious.
        const each = names.map((name) => `\`{${name}}\`${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(name, PLACEHOLDER_NAMES).replace(/ Did you mean `([^`]+)`\?/, ' (did you mean `{$1}`?)')}`);
        return `${listWords(each)} are not placeholders. ${known}`;
    }
    const rest = pieces(template).map((p) => p.literal).join('');
    if (/[{}]/.test(rest)) {
        return `the template has a \`{\` or \`}\` that is not part of a placeholder; braces are reserved for placeholders. ${known}`;
    }
    return undefined;
}
/** "a", "a and b", "a, b and c". */
function listWords(parts) {
    return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}
/** The longest the template can expand to, and what takes the room. */
function worstCaseLength(template, policyFile) {
    const limits = placeholderLimits(policyFile);
    let length = 0;
    const placeholders = [];
    for (const piece of pieces(template)) {
        length += piece.literal.length;
        if (piece.placeholder === undefined)
            continue;
        const limit = limits[piece.placeholder];
        if (limit === undefined) {
            length += piece.placeholder.length + 2;
            continue;
        }
        length += limit;
        placeholders.push({ name: piece.placeholder, length: limit });
    }
    return { length, placeholders };
}
/** The problem with the template's worst-case length, or undefined when it always fits in 128. */
function templateLengthProblem(template, policyFile) {
    const worst = worstCaseLength(template, policyFile);
    if (worst.length <= REJECT_REASON_MAX_LENGTH)
        return undefined;
    const over = worst.length - REJECT_REASON_MAX_LENGTH;
    const biggest = [...worst.placeholders].sort((a, b) => b.length - a.length);
    const takes = biggest
        .map((p) => `{${p.name}} up to ${p.length}${p.name === 'policy-file' ? ` (the length of "${policyFile}")` : ''}`)
        .join(', ');
    const room = takes === '' ? '' : ` (${takes})`;
    return (`can expand to ${worst.length} characters${room}, but AWS accepts at most ${REJECT_REASON_MAX_LENGTH}. ` +
        `Shorten the text by at least ${over} character${over === 1 ? '' : 's'}${biggest.length > 0 ? ` or drop a placeholder such as {${biggest[0]?.name ?? ''}}` : ''}.`);
}
/** What a shortened `{policy-file}` starts with. ASCII: AWS and the sender's tools count it as 3 characters whatever they count. */
const SHORTENED_PATH_MARK = '...';
/**
 * The reject reason for one certificate. Never longer than 128 characters. Validation keeps the
 * worst case of a template the user wrote within the limit; the default template is not checked
 * against the path (a valid minimal policy must never be refused for text its author did not
 * write), so with a long path it would not fit: then, and whenever a value is longer than
 * expected, each `{policy-file}` is shortened from the front (`...` and the end of the path, the
 * part that names the file) by what it takes to fit. Truncation at 128 is the last guard.
 */
function expandRejectReason(template, values) {
    const byName = {
        'source-account': values.sourceAccount ?? UNKNOWN_SOURCE_ACCOUNT,
        'policy-file': values.policyFile,
        region: values.region,
        'certificate-id': values.certificateId,
    };
    const parts = pieces(template);
    const expand = (path) => {
        let paths = 0;
        return parts.map((p) => p.literal + (p.placeholder === undefined ? '' : p.placeholder === 'policy-file' ? (path[paths++] ?? '') : (byName[p.placeholder] ?? `{${p.placeholder}}`))).join('');
    };
    const count = parts.filter((p) => p.placeholder === 'policy-file').length;
    const full = expand(Array.from({ length: count }, () => values.policyFile));
    const over = full.length - REJECT_REASON_MAX_LENGTH;
    if (over <= 0 || count === 0)
        return (0,_model_aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .limitRejectReason */ .h)(full);
    // Each occurrence gives up its share of `over` (shares differ by at most one), plus the mark.
    const shortened = Array.from({ length: count }, (_, i) => shortenPath(values.policyFile, Math.floor(over / count) + (i < over % count ? 1 : 0)));
    return (0,_model_aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .limitRejectReason */ .h)(shortened.includes(undefined) ? full : expand(shortened.map((p) => p ?? '')));
}
/** `path` shorter by `by` characters: the mark, then its end; undefined when too short to keep any of it. */
function shortenPath(path, by) {
    const keep = path.length - by - SHORTENED_PATH_MARK.length;
    if (keep < 1)
        return undefined;
    const tail = path.slice(path.length - keep);
    // Never start inside a surrogate pair (a low surrogate first): drop its orphaned half.
    const first = tail.charCodeAt(0);
    return SHORTENED_PATH_MARK + (first >= 0xdc00 && first <= 0xdfff ? tail.slice(1) : tail);
}


/***/ }),

/***/ 1116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ issueAnnotation),
/* harmony export */   p: () => (/* binding */ annotatePolicyIssues)
/* harmony export */ });
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6910);

/**
 * One error annotation per policy issue, at its file and line, and the same as plain
 * `file:line:col` lines in the log (GitHub shows only 10 annotations per step; the log keeps all).
 * runner.error escapes its message, so text quoted from the file cannot become a command.
 */
function annotatePolicyIssues(issues, format) {
    for (const issue of issues)
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(format(issue), issueAnnotation(issue));
}
/** Where a policy issue is, as an annotation's properties: its title, file, line and column. */
function issueAnnotation(issue) {
    return {
        title: `inbound-guard policy: ${issue.key || 'file'}`,
        file: issue.file,
        startLine: issue.line,
        startColumn: issue.column,
    };
}


/***/ }),

/***/ 2527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ inertLogText),
/* harmony export */   Ic: () => (/* binding */ inertMarkdown),
/* harmony export */   N8: () => (/* binding */ breakableCode),
/* harmony export */   Ux: () => (/* binding */ quotedMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   b: () => (/* binding */ inertMarkdownWithCode),
/* harmony export */   u7: () => (/* binding */ inertLogLines),
/* harmony export */   w: () => (/* binding */ hasHiddenCharacter),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports UNBROKEN_ID_LENGTH, ID_PIECE_LENGTH */
/* harmony import */ var _model_unicode_pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3105);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6749);
/**
 * Text from AWS (transfer messages, handshake notes, names, emails, error messages) is written by
 * strangers. These functions make it inert wherever it is shown: in the log, where a line starting
 * with `::` is a live workflow command, and in Markdown (job summary, PR comment), where it could
 * become markup, a link, an image or an @mention that notifies someone. Both also remove named
 * credentials (see redact.ts): an error that echoes a request must not show its session token.
 * They are for the writers of those media only: the run's data (the items, the errors, the JSON
 * report) keeps the text as AWS gave it, error text redacted and bounded (aws/errors.ts).
 */


/**
 * What a reader cannot see or that changes what they see: control characters (Cc), format
 * characters (Cf: every bidi mark, override and isolate, zero-width joiners, the BOM, the soft
 * hyphen, the invisible tag characters that can carry hidden text), private-use and lone surrogate
 * code points, the line and paragraph separators, and the rest of what Unicode says to show as
 * nothing (Default_Ignorable_Code_Point: the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the
 * combining grapheme joiner U+034F, the variation selectors U+FE00–FE0F and U+E0100–E01EF, which
 * are not Cf) and the braille blank U+2800, which is drawn as a blank: a name or note of them looks
 * empty, or like another. A variation selector after an emoji goes too: these texts are AWS's
 * names, notes and ids, where the emoji still shows without it.
 */
const HIDDEN = (0,_model_unicode_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .unicodePattern */ .g)(String.raw `[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]`, 'u');
/**
 * HIDDEN but the tab and our own zero-width space (U+200B), which breaks `::` and mentions: text
 * escaped twice must come out the same. The class written out again: each pattern is a constant,
 * which test/policy-linear.test.ts checks.
 */
const CONTROL = (0,_model_unicode_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .unicodePattern */ .g)(String.raw `(?![\t\u200B])[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]`, 'gu');
/** Printable ASCII and tab: text with nothing else has no CONTROL character (the ASCII ones are 0–31 and 127). */
const PRINTABLE_ASCII = /^[\t\x20-\x7E]*$/;
/** `text` with every CONTROL character replaced by U+FFFD. */
function replaceControl(text) {
    return PRINTABLE_ASCII.test(text) ? text : text.replace(CONTROL(), '\uFFFD');
}
/** Printable ASCII: text with nothing else has no HIDDEN character. */
const VISIBLE_ASCII = /^[\x20-\x7E]*$/;
/** Whether `text` has a character these functions replace, or a tab or a zero-width space: one a reader cannot see. */
function hasHiddenCharacter(text) {
    return !VISIBLE_ASCII.test(text) && HIDDEN().test(text);
}
/**
 * An ARN's empty region or account field (`arn:aws:iam::111122223333:role/x`, `arn:aws:s3:::bucket`):
 * the one place a `::` is kept in a log line. It is mid-line there (the runner reads `::name::` only
 * at the start of a line), and an ARN with a hidden character in it, copied from the log into IAM,
 * looks right and does not work.
 */
const ARN_EMPTY_FIELDS_OR_COLONS = /\barn:[a-z0-9-]{1,32}:[a-z0-9-]{1,64}:::?(?!:)|:(?=:)/g;
/**
 * For a log line: one line, no control or bidi characters, no `::` or `##[` a runner could read as
 * a command (the `::` of an ARN's empty fields aside, matched whole by ARN_EMPTY_FIELDS_OR_COLONS
 * and kept). Callers also never start a log line with untrusted text.
 */
function inertLogText(text, maxLength = 300) {
    const flat = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactCredentials */ .UY)(text)
        .replace(/\r\n|\r|\n/g, '\\n');
    const inert = replaceControl(flat)
        // Every other colon followed by another: `:::` must not leave a `::` behind.
        .replace(ARN_EMPTY_FIELDS_OR_COLONS, (found) => (found === ':' ? ':\u200B' : found))
        .replace(/##\[/g, '#\u200B#[');
    return truncate(inert, maxLength);
}
/**
 * For an annotation's message of several lines (a run that stopped: our words, which may list
 * problems one a line, quoting AWS's): each line made inert as inertLogText makes it, the line
 * breaks kept. Only for runner.error/warning/setFailed, which escape a line break in their message
 * (%0A): there it cannot start a command, as it would in a plain log line.
 */
function inertLogLines(text, maxLineLength = 4000) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => inertLogText(line, maxLineLength))
        .join('\n');
}
/**
 * For Markdown or HTML (table cells included): every character that means something in Markdown,
 * GitHub's math (`$`) or HTML becomes an entity, line breaks become spaces, and `@` and `#` are followed by a zero-width
 * space so GitHub sees no mention and no issue reference.
 */
function inertMarkdown(text, maxLength = 200) {
    return entities(plainInert(text, maxLength));
}
/**
 * inertMarkdown's first half, still plain text: credentials redacted, one line, control characters
 * replaced, cut to `maxLength`, and the patterns GitHub links broken. Apart so that breakableCode
 * can do all this to a whole id before it cuts the id into pieces.
 */
function plainInert(text, maxLength) {
    return truncate(replaceControl((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactCredentials */ .UY)(text).replace(/\r\n|\r|\n/g, ' ')), maxLength)
        // GitHub links URLs, issue references (#1, owner/repo#2, GH-3) and mentions after decoding
        // entities, and a cross-repository reference even notifies that repository's issue: break the
        // patterns it looks for rather than rely on entities.
        .replace(/:\/\//g, ':/\u200B/')
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200B.`)
        .replace(/\bGH-/gi, (m) => `${m.slice(0, 2)}\u200B-`);
}
/**
 * inertMarkdown's second half, one character at a time (so any piece of plainInert's text can go
 * through it on its own): markup characters become entities, `@` and `#` get a zero-width space.
 */
function entities(plain) {
    // `$` too: GitHub renders `$…$` and `$$…$$` as math, where sender text could draw or hide things.
    return plain.replace(/[&<>"'`*_[\]()#|~\\!{}+=:$-]|@/g, (ch) => (ch === '@' ? '@\u200B' : ch === '#' ? '&#35;\u200B' : `&#${ch.charCodeAt(0)};`));
}
/**
 * What would read as the end (or the start) of a quoted text in Markdown: the curly quotes the
 * summary quotes with, the straight one the log does, and their look-alikes (low, reversed,
 * double prime, fullwidth). A backslash is escaped too, so `\”` in the text cannot pass for an
 * escaped quote: JSON's rule, as the log quotes names (an embedded `"` becomes `\"`).
 */
const QUOTE_LIKE = /[\\"\u201C\u201D\u201E\u201F\u2033\u301D\u301E\uFF02]/g;
/**
 * Stranger-written free text (a sender's name, a note, a message) for Markdown, in our quotes:
 * `“text”`, made inert as inertMarkdown makes it, with a backslash before every quote-like character
 * in it (QUOTE_LIKE), so it cannot close our quotes and add words that read as ours
 * (`Acme”, verified`). Cut to `maxLength` first, as inertMarkdown cuts, so the escapes are never cut.
 */
function quotedMarkdown(text, maxLength = 200) {
    const plain = truncate((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactCredentials */ .UY)(text), maxLength).replace(QUOTE_LIKE, (ch) => `\\${ch}`);
    return `“${inertMarkdown(plain, Number.MAX_SAFE_INTEGER)}”`;
}
/** For a Markdown inline code span of our own text (ids, account numbers, regions). */
function code(text) {
    return `<code>${inertMarkdown(text, 300)}</code>`;
}
/** Ids up to this many characters (a handshake id, a GuardDuty invitation id, an account) are shown unbroken. */
const UNBROKEN_ID_LENGTH = 32;
/** A longer id may wrap after every this many characters. */
const ID_PIECE_LENGTH = 16;
/**
 * For an id a reader looks up in AWS (a 64-character certificate id, an invitation ARN): the whole
 * id, as code() shows it, but with a `<wbr>` every ID_PIECE_LENGTH characters when it is longer
 * than UNBROKEN_ID_LENGTH, so that it wraps in a narrow table cell rather than being cut. `<wbr>`
 * adds no character when the id is copied, and GitHub's sanitizer keeps it.
 *
 * Ids come from AWS, so they are treated as stranger-written: the whole id is redacted, cut and has
 * its linkable patterns broken first (a credential or a URL split in two would slip through piece by
 * piece), then each piece is escaped on its own, so our `<wbr>` never lands inside an entity.
 */
function breakableCode(id) {
    const chars = Array.from(plainInert(id, 300));
    if (chars.length <= UNBROKEN_ID_LENGTH)
        return `<code>${entities(chars.join(''))}</code>`;
    const pieces = [];
    for (let i = 0; i < chars.length; i += ID_PIECE_LENGTH)
        pieces.push(entities(chars.slice(i, i + ID_PIECE_LENGTH).join('')));
    return `<code>${pieces.join('<wbr>')}</code>`;
}
/**
 * For a message of ours that marks names in backticks (`organisations`, `{region}`): each
 * backtick span becomes a code element, everything else inert text. inertMarkdown alone would show
 * the backticks themselves (as `&#96;`), since GitHub does not read Markdown inside entities. A
 * lone backtick without its partner stays a literal character.
 */
function inertMarkdownWithCode(text, maxLength = 600) {
    const parts = truncate(text, maxLength).split('`');
    // An even number of parts means one backtick has no partner: glue the last part back on as text.
    if (parts.length % 2 === 0)
        parts.splice(parts.length - 2, 2, `${parts[parts.length - 2] ?? ''}\`${parts[parts.length - 1] ?? ''}`);
    return parts.map((part, i) => (i % 2 === 1 ? code(part) : inertMarkdown(part, maxLength))).join('');
}
/** `text` cut to `maxLength` characters (code points, so no surrogate pair is split), the last one `…` when cut. */
function truncate(text, maxLength) {
    const chars = Array.from(text);
    return chars.length <= maxLength ? text : `${chars.slice(0, maxLength - 1).join('')}…`;
}


/***/ }),

/***/ 5402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NK: () => (/* binding */ capSummary),
/* harmony export */   SK: () => (/* binding */ utcTime),
/* harmony export */   cx: () => (/* binding */ reportFileOutput),
/* harmony export */   pN: () => (/* binding */ omittedLine),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uo: () => (/* binding */ capped),
/* harmony export */   ut: () => (/* binding */ runLink),
/* harmony export */   yZ: () => (/* reexport safe */ _model_words_js__WEBPACK_IMPORTED_MODULE_1__.yZ),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export SUMMARY_MAX_BYTES */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2527);
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9344);

function table(headers, rows) {
    const head = `| ${headers.join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((row) => `| ${row.join(' | ')} |`);
    return [head, rule, ...body].join('\n');
}
/** The first `limit` rows, and a line saying how many were left out (with where to find them). */
function capped(rows, limit) {
    return rows.length <= limit ? { shown: rows, omitted: 0 } : { shown: rows.slice(0, limit), omitted: rows.length - limit };
}
/**
 * Where a person finds the JSON report after the run: the step's output a workflow keeps it by. Not
 * its path: that is the runner's, gone with it by the time anyone reads the summary or the comment.
 */
function reportFileOutput() {
    return `the step's ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)('report-file')} output (keep it with actions/upload-artifact)`;
}
function omittedLine(omitted, where) {
    return omitted > 0 ? `\n\n_…and ${omitted} more, not shown here: ${where}._` : '';
}
/** GitHub shows at most 1 MiB (1,048,576 bytes) of a step's summary; ours stays under it with room for the note. */
const SUMMARY_MAX_BYTES = 1_000_000;
/** What the note of a cut summary says of the rest when the writer says nothing: true of every run summary. A function: the note is rare, and start-up need not build it. */
function runSummaryRest() {
    return `The log lists every item (its Decisions group), and so does the JSON report when it was written (${reportFileOutput()}).`;
}
const openedDetails = (text) => (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
/**
 * `markdown` whole when it fits in SUMMARY_MAX_BYTES (UTF-8); else cut at the last line break that
 * fits, every `<details>` left open closed, and a note that says so and where the rest is (`rest`).
 * Past GitHub's limit the whole summary is refused, not cut: a merged run of many shards, each table
 * at its row cap with long reasons, could get there, and so could a validate summary of a 256 KiB
 * policy whose notes are all markup characters (each an entity five times as long).
 */
function capSummary(markdown, rest, maxBytes = SUMMARY_MAX_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
        return markdown;
    const note = `\n\n**This summary is cut here: GitHub shows at most 1 MiB of a step's summary. ${rest ?? runSummaryRest()}**\n`;
    // Room for the note; the closing of every <details> left open is counted as lines are dropped.
    const budget = maxBytes - Buffer.byteLength(note, 'utf8');
    let kept = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
    // A character cut in two decodes to U+FFFD at the end: drop it with the rest of the line.
    kept = kept.slice(0, Math.max(0, kept.lastIndexOf('\n')));
    let open = openedDetails(kept);
    let bytes = Buffer.byteLength(kept, 'utf8');
    for (;;) {
        const closing = '\n\n</details>'.repeat(Math.max(0, open));
        // Nothing left to drop (a limit smaller than the note): the note alone says what happened.
        if (kept === '' || bytes + closing.length <= budget)
            return `${kept}${closing}${note}`;
        const cut = Math.max(0, kept.lastIndexOf('\n'));
        const dropped = kept.slice(cut);
        open -= openedDetails(dropped);
        bytes -= Buffer.byteLength(dropped, 'utf8');
        kept = kept.slice(0, cut);
    }
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Plain words, not Markdown: it lives in src/model so act/ may use it too; the writers import it from here. */

/** `text` linked to the workflow run, with its id (and attempt, after a re-run) for a reader who copied the text elsewhere; plain `text` outside a runner. */
function runLink(run, text) {
    if (run === undefined)
        return text;
    const attempt = run.attempt > 1 ? `, attempt ${run.attempt}` : '';
    return `[${text}](${run.url}) (run ${run.id}${attempt})`;
}
/**
 * An ISO timestamp as a reader reads it: `2026-11-27 07:52:21 UTC`, to the second. A merged run's
 * time comes from shard report files: anything that is not a time is shown inert, as written.
 */
function utcTime(iso) {
    const time = new Date(iso);
    return Number.isNaN(time.getTime()) ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(iso, 40) : `${time.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}


/***/ }),

/***/ 7412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bC: () => (/* binding */ StepOutputs),
  ec: () => (/* binding */ logAndReport),
  Sy: () => (/* binding */ writeSummary)
});

// UNUSED EXPORTS: countOutputs

// EXTERNAL MODULE: ./lib/runner/files.js
var files = __nccwpck_require__(1161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/constants.js
var constants = __nccwpck_require__(4238);
// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __nccwpck_require__(8017);
// EXTERNAL MODULE: ./lib/run/report-counts.js
var report_counts = __nccwpck_require__(7712);
// EXTERNAL MODULE: ./lib/run/report-errors.js
var report_errors = __nccwpck_require__(8767);
// EXTERNAL MODULE: ./lib/model/aws-id.js
var aws_id = __nccwpck_require__(6784);
;// CONCATENATED MODULE: ./lib/report/summary-json.js




/** Bump when a field is renamed or removed; adding one keeps it. */
const SUMMARY_JSON_VERSION = 1;
/** Items listed in `actedOn` at most; the rest are counted in `actedOnOmitted` (outputs share a 1 MB limit per job). */
const MAX_ACTED_ON = 200;
function summaryJson(report) {
    const acted = report.items.filter((i) => i.action === 'reject' || i.action === 'decline' || (0,report_counts/* acceptedAgainstPolicy */.TF)(i));
    const byKind = new Map();
    for (const i of report.items) {
        const items = byKind.get(i.item.kind);
        if (items === undefined)
            byKind.set(i.item.kind, [i]);
        else
            items.push(i);
    }
    return {
        version: SUMMARY_JSON_VERSION,
        mode: report.mode,
        checked: !(0,report_errors/* noAccountRead */.x8)(report),
        runUrl: report.run?.url,
        counts: report.counts,
        kinds: Object.fromEntries([...byKind].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, items]) => [kind, (0,report_counts/* countReportItems */.CF)(items)])),
        actedOn: acted.slice(0, MAX_ACTED_ON).map(actedOn),
        actedOnOmitted: Math.max(0, acted.length - MAX_ACTED_ON),
        notRead: (0,report_errors/* notReadCount */.Ng)(report),
        budgetTripped: report.budget.tripped,
        failures: report.failures.length,
    };
}
/**
 * A run without a report — validate, a policy or input that did not read, a run that stopped
 * before it could report: nothing counted. `failures` is the step's own count.
 */
function emptySummaryJson(mode, failures, runUrl) {
    return {
        version: SUMMARY_JSON_VERSION,
        mode,
        checked: false,
        ...(runUrl === undefined ? {} : { runUrl }),
        counts: (0,report_counts/* countReportItems */.CF)([]),
        kinds: {},
        actedOn: [],
        actedOnOmitted: 0,
        notRead: 0,
        budgetTripped: false,
        failures,
    };
}
function actedOn(i) {
    const { item } = i;
    const region = (0,registry/* itemRegion */.Qc)(item);
    return { kind: item.kind, account: item.account, ...(region === undefined ? {} : { region }), id: shapedId((0,registry/* itemAwsId */.Cp)(item)), sender: i.sender, outcome: i.outcome };
}
const UNKNOWN_ID = 'unknown';
/**
 * The id when it has the shape of AWS's ids (isAwsIdForm: no space, newline, markup, mention or
 * link), so a step may echo or post it as it is; of any other shape (only a hostile or broken
 * endpoint, or an edited report, sends one) `unknown`.
 */
function shapedId(id) {
    return (0,aws_id/* isAwsIdForm */.f)(id) ? id : UNKNOWN_ID;
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var report_markdown = __nccwpck_require__(5402);
;// CONCATENATED MODULE: ./lib/report/outputs.js








/**
 * The step's outputs, each set once. The counts and `report-file` as soon as a run has its report
 * (or knows it has none); `summary-json` last, from main.ts, when every reason the step fails for
 * is known — the alert issue's, and an error that stopped the run, included — so that it never
 * says a failed run succeeded, and is set whichever way the run ended.
 */
class StepOutputs {
    /** summary-json as the report has it, once there is one. */
    fromReport;
    countsSet = false;
    written = false;
    /** Whether publishReport wrote the JSON report (the `report-file` output is its path, not empty). */
    get reportWritten() {
        return this.written;
    }
    /** Whether publishReport set the count outputs (`acted`, …) from a report: else finish sets them to 0. */
    get countsFromReport() {
        return this.fromReport !== undefined;
    }
    /**
     * Writes the JSON report and sets the count outputs from it. A report file that cannot be
     * written is returned as a failure reason, not thrown: by now an enforce run may have written to
     * AWS, and the outputs and the summary must still say so.
     */
    async publishReport(report, reportFile) {
        const failures = [];
        let written = true;
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(reportFile), { recursive: true });
            (0,external_node_fs_.writeFileSync)(reportFile, `${JSON.stringify(report, null, 2)}\n`);
        }
        catch (error) {
            written = false;
            failures.push(`Could not write the JSON report to ${reportFile} (${error instanceof Error ? error.message : String(error)}); the counts are in the outputs and the job summary.`);
        }
        for (const [name, value] of Object.entries(countOutputs(report)))
            (0,files/* setOutput */.u)(name, value);
        (0,files/* setOutput */.u)(constants/* Outputs */.tY.ReportFile, written ? reportFile : '');
        this.written = written;
        this.countsSet = true;
        this.fromReport = summaryJson(report);
        return failures;
    }
    /** A run without a report (validate, a policy that did not load): the counts are zero and there is no report file. */
    publishEmpty() {
        for (const [name, value] of Object.entries(countOutputs(undefined)))
            (0,files/* setOutput */.u)(name, value);
        (0,files/* setOutput */.u)(constants/* Outputs */.tY.ReportFile, '');
        this.countsSet = true;
    }
    /**
     * summary-json, with `failures` every reason the step fails for: the report's own, else an empty
     * one with the mode asked for. A run that stopped before it set the counts (an input error, the
     * credentials' account outside the policy's pin, a merge whose shard reports do not fit) gets
     * them here, zero, so that every output is set whichever way the run ended.
     */
    finish(asked, failures) {
        if (!this.countsSet)
            this.publishEmpty();
        const summary = this.fromReport === undefined ? emptySummaryJson(asked.mode ?? 'none', failures, asked.runUrl) : { ...this.fromReport, failures };
        (0,files/* setOutput */.u)(constants/* Outputs */.tY.SummaryJson, JSON.stringify(summary));
    }
}
/**
 * The count outputs of a run, by output name; all 0 for a run without a report. One table for both
 * paths, so that a count added here is set on every path, the failed ones included. `rejected` and
 * `declined` are totals over every kind, the report's (and summary-json's and the job summary
 * headline's) counts.rejected and counts.declined; `acted` is their sum, the writes AWS accepted
 * (a failed write is in `failed`, an item no longer pending in neither); each kind's own output
 * (`rejected-certificate-transfers`, `declined-handshakes`, …) counts that kind alone. In dry-run
 * and plan nothing is written and `planned` says what would be. Pure.
 */
function countOutputs(report) {
    const perKind = registry/* KINDS */.GW.map((kind) => [kind.output.name, report === undefined ? 0 : (0,report_counts/* kindWrites */.NX)(report, kind.name)]);
    const rejected = report?.counts.rejected ?? 0;
    const declined = report?.counts.declined ?? 0;
    return {
        [constants/* Outputs */.tY.Acted]: rejected + declined,
        [constants/* Outputs */.tY.Rejected]: rejected,
        [constants/* Outputs */.tY.Declined]: declined,
        ...Object.fromEntries(perKind),
        [constants/* Outputs */.tY.Planned]: report?.counts.planned ?? 0,
        [constants/* Outputs */.tY.Failed]: report?.counts.failed ?? 0,
    };
}
/**
 * Writes a job summary, cut under GitHub's 1 MiB with a note that says where the rest is (`rest`:
 * capSummary's default suits a run summary); a summary that cannot be written is a failure reason,
 * not an exception, which sends readers to `elsewhere` (what the run kept besides: the log, and
 * the JSON report only when it was written).
 */
async function writeSummary(markdown, rest, elsewhere) {
    try {
        await (0,files/* appendSummary */.f)((0,report_markdown/* capSummary */.NK)(markdown, rest));
        return [];
    }
    catch (error) {
        return [`Could not write the job summary (${error instanceof Error ? error.message : String(error)}); see ${elsewhere}.`];
    }
}
/** What a run kept besides its job summary, as writeSummary's `elsewhere`. */
function logAndReport(reportWritten) {
    return reportWritten ? 'the log and the JSON report' : 'the log';
}


/***/ }),

/***/ 6749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ withoutAccountIds),
/* harmony export */   SG: () => (/* binding */ redactTexts),
/* harmony export */   UY: () => (/* binding */ redactCredentials),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/**
 * Credentials that text from AWS can carry, removed before the text is shown or stored. An AWS
 * error may echo the request it refused: `SignatureDoesNotMatch` quotes the canonical request,
 * with the `x-amz-security-token` header (the session token) and, for presigned requests,
 * `X-Amz-Credential` (the access key id). A GitHub token can reach an error through a URL.
 *
 * Each pattern is linear (test/policy-linear.test.ts checks every pattern in src/), so a 600 KB
 * error costs one pass per pattern.
 */
const REDACTED = '[redacted]';
/**
 * Named credentials: what follows a header or parameter that carries one, access key ids, GitHub
 * tokens. Safe on any text (sender text too): nothing an id, a region or a date looks like.
 */
const NAMED = [
    // An Authorization header, to the end of its line: `AWS4-HMAC-SHA256 Credential=…, Signature=…`, `Bearer …`, `token …`.
    [/\b(authorization\s*[:=]\s*)[^\r\n]+/gi, `$1${REDACTED}`],
    // Headers and query parameters of SigV4, and the usual names of secrets in config and JSON.
    [
        /\b(x-amz-security-token|x-amz-credential|x-amz-signature|credential|signature|aws_secret_access_key|aws_session_token|secret_?access_?key|session_?token|security_?token|secret|password)(["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi,
        `$1$2${REDACTED}`,
    ],
    // Access key ids (long-term AKIA, temporary ASIA, and the other AWS key-id prefixes), wherever
    // they stand: URL-encoded text (`%3DASIA…`) has no word boundary before them.
    [/(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[A-Z0-9]{16,124}/g, REDACTED],
    // GitHub tokens: personal (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_), refresh (ghr_), fine-grained.
    [/gh[pousr]_[A-Za-z0-9]{20,251}|github_pat_[A-Za-z0-9_]{20,251}/g, REDACTED],
];
/**
 * Secret-looking values with no name beside them: a run of exactly 40 base64 characters (the shape
 * of an AWS secret access key) and any run of 100 or more (session tokens, signed blobs). Only for
 * error text: it would also hide a 40-digit commit hash, which our own reports show.
 */
const SECRET_LOOKING = [
    // After `=` too (`SecretKey=…`, `?k=…`): in base64 `=` is only padding at the end, so a run that
    // starts after one is not the tail of a longer value.
    [/(^|[^A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?=$|[^A-Za-z0-9/+=])/g, `$1${REDACTED}`],
    [/(^|[^A-Za-z0-9/+])[A-Za-z0-9/+]{100,}/g, `$1${REDACTED}`],
];
function apply(text, rules) {
    return rules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
/** Named credentials replaced by `[redacted]`; for any text shown anywhere. */
function redactCredentials(text) {
    return apply(text, NAMED);
}
/** Named credentials and anything shaped like a secret replaced by `[redacted]`; for error text. */
function redactSecrets(text) {
    return apply(apply(text, NAMED), SECRET_LOOKING);
}
/**
 * Text with every 12-digit number (an AWS account id, in an ARN or alone) replaced by `<account>`:
 * for what a public pull request shows when comment-detail is `summary`. Redact before cutting
 * (redactTexts): an id a cut left short is no longer 12 digits. A run of fewer digits that ends at
 * a cut's `…` is replaced too, for text cut before it got here (an AWS error message is kept to
 * MAX_ERROR_MESSAGE_LENGTH characters, aws/errors.ts): `arn:aws:iot:eu-west-1:21098765432…`
 * would show 11 of the id's 12 digits.
 */
function withoutAccountIds(text) {
    return text.replace(/(?<!\d)(?:\d{12}(?!\d)|\d{1,11}(?=…))/g, '<account>');
}
/**
 * `value` (plain data: objects, arrays, strings, numbers) with every string in it passed through
 * `redact`, keys aside: so that text is redacted whole, before whatever shows it cuts it to a
 * length. Other objects (a Date, an Error) are kept as they are. Pure.
 */
function redactTexts(value, redact) {
    return mapTexts(value, redact);
}
function mapTexts(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => mapTexts(v, redact));
    if (typeof value !== 'object' || value === null)
        return value;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
        return value;
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, mapTexts(v, redact)]));
}


/***/ }),

/***/ 8908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ inertMarkdownLines),
/* harmony export */   Wq: () => (/* binding */ stoppedHeading),
/* harmony export */   fD: () => (/* binding */ stoppedProgress),
/* harmony export */   qk: () => (/* binding */ renderRunError)
/* harmony export */ });
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9344);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2527);


/** Characters of a stopped run's message shown (as many whole lines as fit, the first always); the rest are counted: the log has them all. */
const MAX_SHOWN = 10_000;
/**
 * The job summary of a run that stopped on an error. `at`, for a dry-run, enforce or plan run, or a
 * merge that stopped while reporting: how far it had got (stoppedHeading, stoppedProgress); without it
 * (inputs, policy, a merge before its report) the wording claims nothing about writes, and the log
 * lists each made.
 */
function renderRunError(message, at) {
    return [`## ❌ ${stoppedHeading(at)}`, '', inertMarkdownLines(message), '', ...stoppedProgress(at).flatMap((p) => [p, '']), 'The log shows how far it got.'].join('\n');
}
/**
 * "inbound-guard stopped while reporting, after 9 writes": whether the run had its report, and the
 * writes AWS accepted before it stopped (RunStoppedError); "… stopped before it could report" when
 * it had no report (or `at` is not known). A merge or a plan writes nothing: no count.
 */
function stoppedHeading(at) {
    const after = at !== undefined && (at.mode === 'dry-run' || at.mode === 'enforce') && at.act.made > 0 ? `, after ${at.act.made} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(at.act.made, 'write', 'writes')}` : '';
    return `inbound-guard stopped ${at?.reporting === true ? 'while reporting' : 'before it could report'}${after}`;
}
/**
 * What a stopped dry-run or enforce run had written to AWS and whether its JSON report was written,
 * as far as the run logger and the outputs know (StoppedAt), one paragraph each; a merge's, what its
 * shards may have written and where that is listed; a plan's, that it wrote nothing and whether its
 * report set the count outputs; nothing without `at`. Our own words only: no
 * text from AWS or a file.
 */
function stoppedProgress(at) {
    if (at === undefined)
        return [];
    const file = at.reportWritten ? 'The JSON report was written (the `report-file` output names it).' : 'No JSON report was written.';
    if (at.mode === 'merge')
        return [mergeWrites(at), file];
    if (at.mode === 'plan')
        return [planWrites(at), file];
    const { act } = at;
    // The count outputs are the report's only once publishReport ran; else main.ts sets them to 0.
    const where = [...(at.countsFromReport ? ['the `acted` output'] : []), ...(at.reportWritten ? ['the JSON report (the `report-file` output)'] : []), "the log's Act group"];
    const listed = where.length === 1 ? `${where[0] ?? ''} lists each` : `${where.slice(0, -1).join(', ')} and ${where.at(-1) ?? ''} list them`;
    let writes;
    if (at.mode === 'dry-run')
        writes = 'A dry run: nothing was written to AWS.';
    else if (act.tripped)
        writes = 'The budget tripped: nothing was written to AWS.';
    else if (act.attempted > 0) {
        const sent = act.made === act.attempted ? `made ${act.made} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(act.made, 'write', 'writes')} to AWS` : `sent AWS ${act.attempted} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(act.attempted, 'write', 'writes')}, ${act.made} of them made`;
        writes = `Before it stopped, it had ${sent} (rejected or declined): ${listed}.`;
        if (!at.countsFromReport)
            writes += ' The `acted` output says 0: the run stopped before its report set the count outputs.';
    }
    else if (at.reporting)
        writes = 'Its act stage had nothing to write: nothing was written to AWS.';
    else
        writes = "It had logged no write when it stopped: the log's Act group lists any it made.";
    return [writes, file];
}
/** A merge that stopped while reporting: it wrote nothing to AWS; its enforce shards' jobs may have, and list it (and its `acted` output counts them, once set). */
function mergeWrites(at) {
    if (at.merged === 'dry-run')
        return 'A merge of dry-run shards: nothing was written to AWS.';
    const counted = at.countsFromReport
        ? ' The `acted` output counts the writes of the shard reports it merged.'
        : ' The `acted` output says 0: the merge stopped before its report set the count outputs.';
    return `A merge writes nothing to AWS: each enforce shard's job lists the writes it made in its log's Act group and its JSON report.${counted}`;
}
/** A plan that stopped: it wrote nothing to AWS; its count outputs (`planned`, …) are its report's once set, else 0. */
function planWrites(at) {
    const counted = at.countsFromReport ? 'Its report set the count outputs (`planned`, …) before it stopped.' : 'The count outputs (`planned`, …) say 0: no report of it set them.';
    return `A plan writes nothing to AWS. ${counted}`;
}
/**
 * A message of several lines (a merge's "cannot be merged:" then one `- ` line per problem) as
 * Markdown that keeps its lines: each `- ` line an item of a list, each other line a paragraph, each
 * made inert on its own (inertMarkdown would join them into one paragraph, the dashes escaped). Our
 * own `- ` is the only markup: whatever a line holds, from a file name to AWS's text, is text, and
 * no line opens any other block (a code block, an ordered or nested list: see inertBlockText).
 */
function inertMarkdownLines(message, maxLineLength = 2000) {
    // Trimmed: an indented line would be a code block, where the entities would show as written.
    const lines = message.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
    const shown = [];
    let used = 0;
    for (const line of lines) {
        used += Math.min(line.length, maxLineLength);
        if (shown.length > 0 && used > MAX_SHOWN)
            break;
        shown.push(line);
    }
    const blocks = [];
    let list = [];
    const endList = () => {
        if (list.length > 0)
            blocks.push(list.join('\n'));
        list = [];
    };
    for (const line of shown) {
        // `s`: a U+2028 or U+2029 in the line (made inert below) must not end the match early.
        const item = /^- (.*)$/s.exec(line);
        if (item === null) {
            endList();
            blocks.push(inertBlockText(line, maxLineLength));
        }
        else {
            // Trimmed too: `-      x` would make the item hold a code block.
            list.push(`- ${inertBlockText((item[1] ?? '').trim(), maxLineLength)}`);
        }
    }
    endList();
    if (lines.length > shown.length)
        blocks.push(`_…and ${lines.length - shown.length} more lines: see the log._`);
    return blocks.join('\n\n');
}
/**
 * A line's text, inert, for the start of a block (a paragraph, or a list item after our `- `):
 * inertMarkdown makes every markup character an entity, but digits and a full stop are not markup
 * inside a line, and at its start they open an ordered list (`1986. a year`, `- 2. x`). That full
 * stop becomes an entity too (`1986&#46;`); a `)` already is one.
 */
function inertBlockText(text, maxLength) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(text, maxLength).replace(/^(\d+)\./, '$1&#46;');
}


/***/ }),

/***/ 4202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ assertGovernedAccount),
/* harmony export */   bQ: () => (/* binding */ AccountNotGovernedError),
/* harmony export */   iP: () => (/* binding */ governsAccount)
/* harmony export */ });
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9344);

/**
 * The policy's `accounts` pin, checked before anything is read: a workflow that assumed the wrong
 * role must not reject another account's transfers. Throws with where the pin is and what to do.
 */
function assertGovernedAccount(policy, account) {
    const pin = policy.accounts;
    if (pin === undefined || governsAccount(policy, account))
        return;
    throw new AccountNotGovernedError(policy, account, pin);
}
/** Whether the policy's `accounts` pin, if any, lets it govern `account`. */
function governsAccount(policy, account) {
    return policy.accounts === undefined || policy.accounts.ids.includes(account);
}
/** The credentials belong to an account the policy's `accounts` pin leaves out. Plan mode shows it on the PR. */
class AccountNotGovernedError extends Error {
    /** The credentials' account (plan mode keys its comment by it). */
    account;
    /** The same, as a policy issue at the `accounts` line. */
    issue;
    /** The same without the credentials' account id, for a public pull request (comment-detail: summary). */
    issueNamingNoAccount;
    constructor(policy, account, pin) {
        const advice = 'Nothing was read or written. Check the role the workflow assumes, or add the account to accounts.';
        const what = `these AWS credentials belong to account ${account}, but accounts lets this policy govern only ${pin.ids.join(', ')}. ${advice}`;
        super(`${policy.path}:${pin.position.line}: ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_0__/* .capitalise */ .sK)(what)}`);
        this.name = 'AccountNotGovernedError';
        this.account = account;
        this.issue = { file: policy.path, line: pin.position.line, column: pin.position.column, key: 'accounts', message: what };
        this.issueNamingNoAccount = { ...this.issue, message: `these AWS credentials belong to an account that accounts does not list (not named here: comment-detail is summary). ${advice}` };
    }
}


/***/ }),

/***/ 7712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ countBreakdown),
/* harmony export */   CF: () => (/* binding */ countReportItems),
/* harmony export */   NX: () => (/* binding */ kindWrites),
/* harmony export */   TF: () => (/* binding */ acceptedAgainstPolicy),
/* harmony export */   XF: () => (/* binding */ countOutcomes),
/* harmony export */   im: () => (/* binding */ OUTCOMES),
/* harmony export */   op: () => (/* binding */ acceptedWhen),
/* harmony export */   qD: () => (/* binding */ kindReports)
/* harmony export */ });
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7286);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8017);
/**
 * A report's counts: outcomes counted over results or report items, per (account, region, kind)
 * and per kind, and which outcomes are accepted against the policy. Pure.
 */


/**
 * An item accepted in its account though the policy does not allow it: outcome `accepted-meanwhile`.
 * The one test of "accepted against the policy": the job summary's headline, its kinds table and its
 * section, and the alert issue's, all count and list what it selects. `acceptedWhen` tells the two
 * cases apart.
 */
function acceptedAgainstPolicy(i) {
    return i.outcome === 'accepted-meanwhile';
}
/**
 * When an item accepted against the policy was accepted, as its action tells: `when-read`, found
 * accepted before any write was due (an `ignore`: a handshake listed ACCEPTED, a certificate
 * DescribeCertificate found accepted), or `while-acting`, accepted between the sweep and the run's
 * rejection or decline (action `reject` or `decline`; only enforce writes).
 */
function acceptedWhen(i) {
    return i.action === 'ignore' ? 'when-read' : 'while-acting';
}
const OUTCOMES = ['rejected', 'declined', 'would-reject', 'would-decline', 'already-handled', 'accepted-meanwhile', 'failed', 'held-by-budget', 'allowed', 'ignored'];
function countOutcomes(results) {
    return countReportItems(results.map((r) => ({ outcome: r.outcome, action: r.decision.action })));
}
/** The same counts from report items (a merged run has no decisions, only its shards' items). */
function countReportItems(items) {
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
    let planned = 0;
    for (const i of items) {
        counts[i.outcome] += 1;
        if (i.action === 'reject' || i.action === 'decline')
            planned += 1;
    }
    return { ...counts, planned };
}
/** The counts per (account, region, kind), sorted by account, kind, then region: what a trail compares run by run. */
function countBreakdown(items) {
    const groups = new Map();
    for (const i of items) {
        const region = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .itemRegion */ .Qc)(i.item);
        const key = JSON.stringify([i.item.account, i.item.kind, region ?? '']);
        let group = groups.get(key);
        if (group === undefined)
            groups.set(key, (group = { row: { account: i.item.account, ...(region === undefined ? {} : { region }), kind: i.item.kind }, items: [] }));
        group.items.push(i);
    }
    return [...groups.entries()]
        .sort(([a], [b]) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a, b))
        .map(([, g]) => ({ ...g.row, counts: countReportItems(g.items) }));
}
/** Every kind, governed or not, with its counts. */
function kindReports(governed, results) {
    return Object.fromEntries(_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd.map((kind) => [kind, { governed: governed.includes(kind), counts: countOutcomes(results.filter((r) => r.decision.item.kind === kind)) }]));
}
/** How many writes of its kind succeeded: the kind's own output (`rejected-certificate-transfers`, `declined-handshakes`, …). */
function kindWrites(report, kind) {
    const counts = report.kinds[kind].counts;
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindNamed */ .UL)(kind).verb === 'reject' ? counts.rejected : counts.declined;
}


/***/ }),

/***/ 8767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ isOrganizationListing),
/* harmony export */   Ng: () => (/* binding */ notReadCount),
/* harmony export */   PN: () => (/* binding */ ofKindService),
/* harmony export */   S0: () => (/* binding */ blindsAccount),
/* harmony export */   bH: () => (/* binding */ answeredAsAnother),
/* harmony export */   cB: () => (/* binding */ organizationUnlisted),
/* harmony export */   eI: () => (/* binding */ errorPlace),
/* harmony export */   jH: () => (/* binding */ MAX_HINT_SHOWN),
/* harmony export */   nH: () => (/* binding */ failingSkips),
/* harmony export */   uz: () => (/* binding */ alikePlace),
/* harmony export */   vo: () => (/* binding */ compareErrors),
/* harmony export */   x8: () => (/* binding */ noAccountRead),
/* harmony export */   xo: () => (/* binding */ widestFirst),
/* harmony export */   y$: () => (/* binding */ alikeByRegion)
/* harmony export */ });
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7286);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8017);
/* harmony import */ var _kinds_services_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9579);
/**
 * What a run could not read: its errors told apart (a role not assumed, a role answering as another
 * account, the organization's account list), put in order (widest first, the report's order) and
 * placed in words; the accounts not guarded that fail the step; and the one count of parts not read. Pure.
 */



/**
 * Whether an error is a guard role that answered as another account than the one it was assumed
 * for (account-inventory.ts): our own finding, so without AWS's error name (SweepError.code), where a role
 * that could not be assumed has one. Nothing of the account was read either way.
 */
function answeredAsAnother(e) {
    return e.service === 'sts' && e.account !== undefined && e.code === undefined;
}
/**
 * An error that leaves its account blind: its role not assumed (nothing of it was read), or its
 * region list not read (which regions it had to read is unknown). The merge tells from it that the
 * shard could not know which of the account's parts it owned; widestFirst puts it first.
 */
function blindsAccount(e) {
    return e.service === 'sts' || e.service === 'account';
}
/**
 * Errors, widest first: a merged run's shard whose report is missing, then a role not assumed (nothing of the account was read), then the
 * organization's account list and an account's region list (what was to be read is unknown), then an
 * account's handshakes, then one region of one service. A table cut to its first rows keeps the
 * widest failures: an organization whose role lacks one permission everywhere must not push the
 * accounts nothing was read of out of it. Stable within each rank.
 */
function widestFirst(errors) {
    // A shard's missing report first (a share of every account), then a blind account's role not
    // assumed (nothing of it was read), then its region list with the organization's account list.
    const rank = (e) => (e.service === 'shard' ? -1 : e.service === 'sts' ? 0 : blindsAccount(e) || isOrganizationListing(e) ? 1 : e.region === undefined ? 2 : 3);
    // Array.prototype.sort is stable: within a rank, the report's order.
    return [...errors].sort((a, b) => rank(a) - rank(b));
}
/** Whether an error is of a kind's service (a part of a kind read), not the role (`sts`), the region list (`account`) or a shard. */
function ofKindService(e) {
    return e.service !== 'sts' && e.service !== 'account' && e.service !== 'shard';
}
/**
 * The order buildRunReport gives `errors` (whatever order they happened in): those outside any
 * account (the organization's account list) first, then by account; within one, its role not
 * assumed, its region list, then its parts as the sweep lists them: by kind (KIND_NAMES order),
 * region (a global kind's part has none), then service. For errors gathered in the order they were
 * logged (run/stopped.ts), which varies with the accounts swept at once.
 */
function compareErrors(a, b) {
    if ((a.account === undefined) !== (b.account === undefined))
        return a.account === undefined ? -1 : 1;
    const rank = (e) => (e.service === 'shard' ? -1 : e.service === 'sts' ? 0 : e.service === 'account' ? 1 : 2 + _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd.indexOf(_kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .KIND_OF_SERVICE */ .ZQ[e.service]));
    const service = (e) => (ofKindService(e) ? _kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAMES */ .Z1.indexOf(e.service) : -1);
    return ((0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .U)(a.account ?? '', b.account ?? '') ||
        rank(a) - rank(b) ||
        (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .U)(a.region ?? '', b.region ?? '') ||
        service(a) - service(b) ||
        (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .U)(a.message, b.message));
}
/**
 * The longest hint (SweepError.hint) the job summary and the alert issue show, after AWS's message
 * and cut apart from it: ours, a sentence or two with the caller's ARN (run/targets-hint.ts).
 */
const MAX_HINT_SHOWN = 600;
/** Where an error was, in words: "IoT in eu-west-1 of 111122223333". */
function errorPlace(e) {
    const of = e.account === undefined ? '' : ` of ${e.account}`;
    switch (e.service) {
        case 'sts':
            return e.account === undefined ? 'the caller identity (STS)' : `account ${e.account} (STS)`;
        case 'account':
            return `the enabled regions${of} (Account ListRegions)`;
        case 'shard':
            return `the accounts and regions shard ${shardName(e)} owns`;
        case 'organizations':
            return e.account === undefined ? "the organization's accounts (Organizations)" : `Organizations handshakes${of}`;
        default:
            return `${_kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_LABEL */ .fX[e.service].short} in ${e.region ?? 'an unknown region'}${of}`;
    }
}
/**
 * `errors` in their order, those of one service in several regions of one account grouped where
 * they first appear: alike when AWS's error name, our hint and AWS's message (its region left out:
 * an ARN in it may name the region) are the same. Parts of no region, and those of no account, stay
 * one each.
 */
function alikeByRegion(errors) {
    const groups = [];
    const byKey = new Map();
    for (const e of errors) {
        if (e.region === undefined || e.account === undefined || !ofKindService(e)) {
            groups.push({ error: e, regions: e.region === undefined ? [] : [e.region] });
            continue;
        }
        const key = JSON.stringify([e.account, e.service, e.code ?? null, e.hint ?? null, e.message.split(e.region).join('\u0000')]);
        const group = byKey.get(key);
        if (group !== undefined)
            group.regions.push(e.region);
        else {
            const made = { error: e, regions: [e.region] };
            byKey.set(key, made);
            groups.push(made);
        }
    }
    return groups.map((g) => ({ error: g.error, regions: g.regions, parts: Math.max(1, g.regions.length) }));
}
/** Where alike errors were, in words: errorPlace's, or "IoT in 3 regions of 111122223333 (eu-west-1, us-east-1, us-west-2)". */
function alikePlace(g) {
    const e = g.error;
    if (g.regions.length < 2 || !ofKindService(e))
        return errorPlace(e);
    const of = e.account === undefined ? '' : ` of ${e.account}`;
    return `${_kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_LABEL */ .fX[e.service].short} in ${g.regions.length} regions${of} (${g.regions.join(', ')})`;
}
/** `2/3`: the shard a `shard` error names. */
function shardName(e) {
    return e.shard === undefined ? '?' : `${e.shard.index}/${e.shard.count}`;
}
/**
 * Whether the organization's account list (`targets.organization: true`) could not be read: every
 * account it would have named went unguarded. With no account read besides, the run checked
 * nothing, and the job summary's heading and the alert issue's title say so rather than count one
 * part not read among 0 accounts.
 */
function organizationUnlisted(errors) {
    return errors.some(isOrganizationListing);
}
/** Whether an error is the organization's account list not read (Organizations, of no account). */
function isOrganizationListing(e) {
    return e.service === 'organizations' && e.account === undefined;
}
/**
 * Whether the run read no account at all: it guarded none (the organization's accounts could not be
 * listed: organizationUnlisted; or every one was left out by choice), or the role of every one it
 * guarded was refused (in a plan: every one the PR's policy guards). Its counts are
 * then zeros of nothing read: summary-json's `checked` is false, and the job summary says nothing
 * was read where it would otherwise say what was (the Acted on section, the kinds table, the footer).
 */
function noAccountRead(report) {
    // A plan's accounts read for the base branch's policy alone (readFor) hold none of its counts.
    return report.accounts.filter((a) => a.readFor !== 'base').every((a) => a.read === 'none');
}
/**
 * The accounts that should have been guarded and were not (outside the policy's `accounts` pin):
 * each fails the step and is a part not read. Those left out by choice (targets.exclude, an
 * account the organization lists as suspended) are not.
 */
function failingSkips(skipped) {
    return skipped.filter((s) => s.fails);
}
/**
 * The parts of a run not read: every error, and every account not guarded that fails the step
 * (failingSkips). The one count of them: the job summary's headline and its Not read heading,
 * summary-json's `notRead` and the alert issue's title say this number (the title names the
 * organization's account list in words and counts the others as more: organizationUnlisted).
 */
function notReadCount(report) {
    return report.errors.length + failingSkips(report.skippedAccounts).length;
}


/***/ }),

/***/ 2089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ resolveRegions)
/* harmony export */ });
/**
 * The IoT regions to sweep: the `regions` input, else the policy's `iot.regions` (which is `all`
 * when the file says nothing). `all` is listed per account at run time.
 */
function resolveRegions(input, policy) {
    return input ?? policy;
}


/***/ }),

/***/ 3964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RunStoppedError)
/* harmony export */ });
/**
 * How far a dry-run, enforce, merge or plan run that stopped on an error had got. Apart from
 * run/stopped.ts and run-modes.ts, which build it, so that main.ts can tell it without loading the
 * run report (validate never does).
 */
/**
 * The error a dry-run, enforce, merge or plan run stopped on, with how far it had got: main.ts tells its job
 * summary and its alert issue from it (a custom class because main.ts branches on it).
 */
class RunStoppedError extends Error {
    at;
    constructor(message, at, options) {
        super(message, options);
        this.at = at;
    }
}


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   WF: () => (/* binding */ issueStdoutOutput),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export stdout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2963);
/**
 * The runner's protocol, the parts the action uses: workflow commands on stdout (log groups,
 * annotations, masks, the failed step) and the INPUT_* variables. Ours rather than @actions/core's:
 * importing that package loads its OIDC client and with it undici and @actions/exec, about 1 MB
 * that every run compiled and ran before its first line and none of them uses; that was half of
 * validate's start-up time (npm run cold-start). What is written here is byte for byte what
 * @actions/core 3 writes for the same call: test/runner.test.ts runs the two side by side.
 */


/**
 * Where log lines go. Straight to file descriptor 1 with a synchronous write while that takes the
 * whole line: process.stdout, a stream over the runner's pipe, costs 18 M instructions to create
 * (valgrind on `node -e 'process.stdout.write("x")' | cat` against a writeSync to descriptor 1),
 * a tenth of what validate spends over a bare `node -e 0`.
 * From the first write the descriptor does not take whole (a non-blocking pipe that is full, a
 * closed one, any error), the rest of that line and every later one go through process.stdout,
 * which queues, waits and reports errors as a stream does; the order of lines is kept. Tests
 * replace `write` to read what was logged.
 */
const stdout = {
    viaStream: false,
    write(text) {
        let bytes = Buffer.from(text, 'utf8');
        if (!this.viaStream) {
            try {
                while (bytes.length > 0) {
                    const written = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(1, bytes);
                    if (written === 0)
                        break;
                    bytes = bytes.subarray(written);
                }
            }
            catch {
                // Left to the stream below, with what was not written.
            }
            if (bytes.length === 0)
                return;
            this.viaStream = true;
        }
        process.stdout.write(bytes);
    },
};
/** The input's value, trimmed; '' when not set. `with:` names map to INPUT_<NAME> as the runner sets them. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function info(message) {
    stdout.write(message + _builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .EOL */ .$E);
}
function notice(message, properties = {}) {
    issueCommand('notice', annotation(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotation(properties), message);
}
function error(message, properties = {}) {
    issueCommand('error', annotation(properties), message);
}
/** An error annotation (at a place, when given: @actions/core's takes none), and the step fails when the process exits. */
function setFailed(message, properties = {}) {
    process.exitCode = 1;
    error(message, properties);
}
/** The runner masks the value in the log from here on. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/**
 * `::command key=value,…::message`. The message and the values are escaped (`%`, CR, LF, and in
 * values also `:` and `,`), so text quoted from a policy file or an AWS error cannot end the
 * command early or start another. Properties without a value ('', 0, undefined) are left out; as
 * in @actions/core, the space after the command stays when properties were given at all.
 */
function issueCommand(command, properties, message) {
    const given = Object.keys(properties).length > 0;
    const pairs = Object.entries(properties)
        .filter((entry) => Boolean(entry[1]))
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    stdout.write(`::${command}${given ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .EOL */ .$E}`);
}
/** The runner's names for an annotation's place; none at all when no property was given. */
function annotation(p) {
    if (Object.keys(p).length === 0)
        return {};
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** A step output without GITHUB_OUTPUT (an old runner, or a local run): see files.ts's setOutput. */
function issueStdoutOutput(name, value) {
    stdout.write(_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .EOL */ .$E);
    issueCommand('set-output', { name }, value);
}


/***/ }),

/***/ 1161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ appendSummary),
/* harmony export */   u: () => (/* binding */ setOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2963);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6910);
/**
 * The runner's file commands the action uses: step outputs (GITHUB_OUTPUT) and the job summary
 * (GITHUB_STEP_SUMMARY). Byte for byte what @actions/core 3 writes (test/runner.test.ts); why not
 * @actions/core itself: see commands.ts.
 */



/**
 * Sets a step output. On a runner, a `name<<delimiter` block appended to GITHUB_OUTPUT; the
 * delimiter is random per value, and a name or value that holds it is refused, so a value cannot
 * close its block and set another output. Without GITHUB_OUTPUT, the old `::set-output` command.
 */
function setOutput(name, value) {
    const text = String(value);
    const file = process.env['GITHUB_OUTPUT'] || '';
    if (!file)
        return (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .issueStdoutOutput */ .WF)(name, text);
    const delimiter = `ghadelimiter_${(0,_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .uuidShaped */ .zh)()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${name}<<${delimiter}${_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .EOL */ .$E}${text}${_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .EOL */ .$E}${delimiter}${_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .EOL */ .$E}`, { encoding: 'utf8' });
}
/** Appends Markdown (and a line end) to the job summary; rejects when there is none to write to. */
async function appendSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown + _builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .EOL */ .$E, { encoding: 'utf8' });
}


/***/ }),

/***/ 72:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ ownsUnit),
/* harmony export */   g2: () => (/* binding */ unitKey),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/**
 * Splitting a run over GitHub's job matrix: the work is a set of units — one per (account, region)
 * for regional kinds and one per account for global ones — and shard i of n takes the units whose
 * key hashes to i. Each unit belongs to exactly one shard whatever the others see; n jobs that see
 * the same accounts and regions cover every unit once. When they do not (the organization changed
 * while the matrix ran), the merge finds the units no shard read (AccountRegions.otherShards) and
 * reports them as not read.
 */
/** The unit key of a regional kind in one region, or of the global kinds (`global`). */
function unitKey(account, region) {
    return `${account}/${region}`;
}
/** Whether this shard does the unit. Without a shard, every unit is this job's. */
function ownsUnit(shard, key) {
    if (shard === undefined || shard.count === 1)
        return true;
    return mix(fnv1a(key)) % shard.count === shard.index - 1;
}
/** `i/n` with 1 ≤ i ≤ n ≤ 256, or an error that says what to write. */
function parseShard(text) {
    const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (match === null || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new Error(`'${text}' is not a shard: write i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, e.g. \${{ matrix.shard }}/3 for a matrix of shard: [1, 2, 3].`);
    }
    return { index, count };
}
/** GitHub allows 256 jobs per matrix. */
const MAX_SHARDS = 256;
/**
 * MurmurHash3's finaliser: FNV-1a's low bits are weak (its lowest bit is only the parity of the odd
 * characters), so `% n` for an even n would send every region of an account whose name has the same
 * parity to the same shard. Mixed, each bit depends on every bit of the key.
 */
function mix(hash) {
    let h = hash;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/** 32-bit FNV-1a over UTF-16 code units: stable across runs, machines and Node versions. */
function fnv1a(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
}


/***/ }),

/***/ 3759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ _regex),
/* harmony export */   G1: () => (/* binding */ _isoDateTime),
/* harmony export */   G8: () => (/* binding */ _never),
/* harmony export */   LK: () => (/* binding */ _int),
/* harmony export */   MB: () => (/* binding */ _superRefine),
/* harmony export */   Rl: () => (/* binding */ _string),
/* harmony export */   Zm: () => (/* binding */ _lte),
/* harmony export */   _L: () => (/* binding */ _boolean),
/* harmony export */   db: () => (/* binding */ _isoDate),
/* harmony export */   em: () => (/* binding */ _unknown),
/* harmony export */   fU: () => (/* binding */ _refine),
/* harmony export */   m9: () => (/* binding */ _minLength),
/* harmony export */   mI: () => (/* binding */ meta),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qm: () => (/* binding */ _gte)
/* harmony export */ });
/* unused harmony exports _coercedString, _email, _guid, _uuid, _uuidv4, _uuidv6, _uuidv7, _url, _emoji, _nanoid, _cuid, _cuid2, _ulid, _xid, _ksuid, _ipv4, _ipv6, _mac, _cidrv4, _cidrv6, _base64, _base64url, _e164, _creditCard, _iban, _jwt, TimePrecision, _isoTime, _isoDuration, _number, _coercedNumber, _float32, _float64, _int32, _uint32, _coercedBoolean, _bigint, _coercedBigint, _int64, _uint64, _symbol, _undefined, _null, _any, _void, _date, _coercedDate, _nan, _lt, _max, _gt, _min, _positive, _negative, _nonpositive, _nonnegative, _multipleOf, _maxSize, _minSize, _size, _maxLength, _length, _lowercase, _uppercase, _includes, _startsWith, _endsWith, _property, _properties, _mime, _overwrite, _normalize, _trim, _toLowerCase, _toUpperCase, _slugify, _array, _union, _xor, _discriminatedUnion, _intersection, _tuple, _record, _map, _set, _enum, _nativeEnum, _literal, _file, _transform, _optional, _nullable, _default, _nonoptional, _success, _catch, _pipe, _readonly, _templateLiteral, _lazy, _promise, _custom, _check, _stringbool, _stringFormat */
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4890);
/* harmony import */ var _registries_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9396);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4723);




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new checks.$ZodCheckLessThan({
        check: "less_than",
        ...util.normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new checks.$ZodCheckGreaterThan({
        check: "greater_than",
        ...util.normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new checks.$ZodCheckMultipleOf({
        check: "multiple_of",
        ...util.normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new checks.$ZodCheckMaxLength({
        check: "max_length",
        ...util.normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMinLength */ .Kk({
        check: "min_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new checks.$ZodCheckLengthEquals({
        check: "length_equals",
        ...util.normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckRegex */ .DG({
        check: "string_format",
        format: "regex",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new checks.$ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new checks.$ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new checks.$ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...util.normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new checks.$ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...util.normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new checks.$ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...util.normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new checks.$ZodCheckProperties({
        check: "properties",
        shape,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new checks.$ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => util.slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({
        check: "custom",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ $ZodCheckRegex),
/* harmony export */   J_: () => (/* binding */ $ZodCheckGreaterThan),
/* harmony export */   KH: () => (/* binding */ $ZodCheckNumberFormat),
/* harmony export */   Kk: () => (/* binding */ $ZodCheckMinLength),
/* harmony export */   QP: () => (/* binding */ $ZodCheck),
/* harmony export */   ql: () => (/* binding */ $ZodCheckStringFormat),
/* harmony export */   sm: () => (/* binding */ $ZodCheckLessThan)
/* harmony export */ });
/* unused harmony exports $ZodCheckMultipleOf, $ZodCheckBigIntFormat, $ZodCheckMaxSize, $ZodCheckMinSize, $ZodCheckSizeEquals, $ZodCheckMaxLength, $ZodCheckLengthEquals, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckProperty, $ZodCheckProperties, $ZodCheckMimeType, $ZodCheckOverwrite */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4723);
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !_util_js__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckNumberFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .NUMBER_FORMAT_RANGES */ .zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckMaxLength = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckMinLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckStringFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckUpperCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckIncludes = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckStartsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckEndsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...util.prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckProperties = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckOverwrite = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));


/***/ }),

/***/ 8532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony exports NEVER, $brand, $ZodEncodeError */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4723);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 3945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qg: () => (/* binding */ parse),
  EJ: () => (/* binding */ parseAsync),
  xL: () => (/* binding */ safeParse),
  bp: () => (/* binding */ safeParseAsync)
});

// UNUSED EXPORTS: _decode, _decodeAsync, _encode, _encodeAsync, _parse, _parseAsync, _safeDecode, _safeDecodeAsync, _safeEncode, _safeEncodeAsync, _safeParse, _safeParseAsync, decode, decodeAsync, encode, encodeAsync, safeDecode, safeDecodeAsync, safeEncode, safeEncodeAsync, validate, validateAsync

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var util = __nccwpck_require__(4723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, util/* jsonStringifyReplacer */.k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,core_core/* $constructor */.xI)("$ZodError", initializer);
const $ZodRealError = (0,core_core/* $constructor */.xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ (/* unused pure expression or super */ null && (0));
const COMPILE_FALLBACK = /* @__PURE__ */ (/* unused pure expression or super */ null && (0));
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core.$ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);


/***/ }),

/***/ 9396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fd: () => (/* binding */ globalRegistry)
/* harmony export */ });
/* unused harmony exports $output, $input, $ZodRegistry, registry */
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;


/***/ }),

/***/ 1041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $p: () => (/* binding */ $ZodArray),
  sF: () => (/* binding */ $ZodBoolean),
  b0: () => (/* binding */ $ZodCustom),
  rv: () => (/* binding */ $ZodDefault),
  P0: () => (/* binding */ $ZodDiscriminatedUnion),
  VO: () => (/* binding */ $ZodEnum),
  RL: () => (/* binding */ $ZodExactOptional),
  v1: () => (/* binding */ $ZodISODate),
  Ko: () => (/* binding */ $ZodISODateTime),
  nu: () => (/* binding */ $ZodLiteral),
  Um: () => (/* binding */ $ZodNever),
  vz: () => (/* binding */ $ZodNumber),
  I: () => (/* binding */ $ZodNumberFormat),
  L8: () => (/* binding */ $ZodObject),
  ig: () => (/* binding */ $ZodOptional),
  $v: () => (/* binding */ $ZodString),
  EY: () => (/* binding */ $ZodStringFormat),
  W4: () => (/* binding */ $ZodType),
  cu: () => (/* binding */ $ZodUnion),
  GP: () => (/* binding */ $ZodUnknown)
});

// UNUSED EXPORTS: $ZodAny, $ZodBase64, $ZodBase64URL, $ZodBigInt, $ZodBigIntFormat, $ZodCIDRv4, $ZodCIDRv6, $ZodCUID, $ZodCUID2, $ZodCatch, $ZodCodec, $ZodCreditCard, $ZodCustomStringFormat, $ZodDate, $ZodE164, $ZodEmail, $ZodEmoji, $ZodFile, $ZodFunction, $ZodGUID, $ZodIBAN, $ZodIPv4, $ZodIPv6, $ZodISODuration, $ZodISOTime, $ZodIntersection, $ZodJWT, $ZodKSUID, $ZodLazy, $ZodMAC, $ZodMap, $ZodNaN, $ZodNanoID, $ZodNonOptional, $ZodNull, $ZodNullable, $ZodObjectJIT, $ZodPipe, $ZodPrefault, $ZodPreprocess, $ZodPromise, $ZodReadonly, $ZodRecord, $ZodSet, $ZodSuccess, $ZodSymbol, $ZodTemplateLiteral, $ZodTransform, $ZodTuple, $ZodULID, $ZodURL, $ZodUUID, $ZodUndefined, $ZodVoid, $ZodXID, $ZodXor, URL_BAD_FORMAT, URL_UNPARSEABLE, base64Charset, base64urlCharset, canParseURL, clone, getDiscriminatedOption, isValidBase64, isValidBase64URL, isValidCIDRv6, isValidCreditCard, isValidIBAN, isValidIPv6, isValidJWT, mergeValues, parseURLObject, standardProps, stripTabAndNewline, urlHostnameOk, urlProtocolOk, validateURL

// EXTERNAL MODULE: ./node_modules/zod/v4/core/checks.js
var core_checks = __nccwpck_require__(4890);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(8532);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (0));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = (/* unused pure expression or super */ null && (0));
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(4723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    core_checks/* $ZodCheckStringFormat */.ql.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === regexes.httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodISODuration = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    core_checks/* $ZodCheckNumberFormat */.KH.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
core_core/* $constructor */.xI("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    core_util/* assignProp */.Vy(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = core_util/* rawShape */.MO(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = core_util/* cached */.PO(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isObject */.Gv(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (util.isPlainObject(a) && util.isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (util.aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...util.prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...util.prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? core_util/* escapeRegex */.sD(o) : o ? core_util/* escapeRegex */.sD(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodTransform = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodPipe = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCustom", (inst, def) => {
    core_checks/* $ZodCheck */.QP.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(core_util/* issue */.sn(_iss));
    }
}


/***/ }),

/***/ 4723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, joinValues, floatSafeRemainder, defineLazy, objectClone, mergeDefs, cloneDef, getElementAtPath, promiseAllObject, randomString, esc, slugify, allowsEval, isPlainObject, numKeys, getParsedType, primitiveTypes, createTransparentProxy, stringifyPrimitive, BIGINT_FORMAT_RANGES, pick, omit, extend, safeExtend, merge, partial, required, unwrapMessage, getSizableOrigin, parsedType, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, derived, CONSTANT_CATCH, constantCatch */

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (0));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ (/* unused pure expression or super */ null && (0));
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports ZodMiniISODateTime, ZodMiniISODate, ZodMiniISOTime, time, ZodMiniISODuration, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1041);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4343);


const ZodMiniISODateTime = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniISODateTime", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodISODateTime */ .Ko.init(inst, def);
    _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodMiniStringFormat */ .zUr.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_3__/* ._isoDateTime */ .G1(ZodMiniISODateTime, params);
}
const ZodMiniISODate = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniISODate", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodISODate */ .v1.init(inst, def);
    _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodMiniStringFormat */ .zUr.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_3__/* ._isoDate */ .db(ZodMiniISODate, params);
}
const ZodMiniISOTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function time(params) {
    return core._isoTime(ZodMiniISOTime, params);
}
const ZodMiniISODuration = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function duration(params) {
    return core._isoDuration(ZodMiniISODuration, params);
}


/***/ }),

/***/ 4343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ikc: () => (/* binding */ object),
/* harmony export */   KCZ: () => (/* binding */ union),
/* harmony export */   L5J: () => (/* binding */ unknown),
/* harmony export */   Rvf: () => (/* binding */ _default),
/* harmony export */   Whr: () => (/* binding */ int),
/* harmony export */   YOg: () => (/* binding */ array),
/* harmony export */   YPB: () => (/* binding */ refine),
/* harmony export */   YjP: () => (/* binding */ string),
/* harmony export */   euz: () => (/* binding */ literal),
/* harmony export */   gMt: () => (/* binding */ discriminatedUnion),
/* harmony export */   k5n: () => (/* binding */ _enum),
/* harmony export */   lqM: () => (/* binding */ optional),
/* harmony export */   rej: () => (/* binding */ strictObject),
/* harmony export */   yqP: () => (/* binding */ exactOptional),
/* harmony export */   zMY: () => (/* binding */ boolean),
/* harmony export */   zUr: () => (/* binding */ ZodMiniStringFormat),
/* harmony export */   zni: () => (/* binding */ superRefine)
/* harmony export */ });
/* unused harmony exports ZodMiniType, ZodMiniString, ZodMiniEmail, email, ZodMiniGUID, guid, ZodMiniUUID, uuid, uuidv4, uuidv6, uuidv7, ZodMiniURL, url, httpUrl, ZodMiniEmoji, emoji, ZodMiniNanoID, nanoid, ZodMiniCUID, cuid, ZodMiniCUID2, cuid2, ZodMiniULID, ulid, ZodMiniXID, xid, ZodMiniKSUID, ksuid, ZodMiniIPv4, ipv4, ZodMiniIPv6, ipv6, ZodMiniCIDRv4, cidrv4, ZodMiniCIDRv6, cidrv6, ZodMiniMAC, mac, ZodMiniBase64, base64, ZodMiniBase64URL, base64url, ZodMiniE164, e164, ZodMiniCreditCard, creditCard, ZodMiniIBAN, iban, ZodMiniJWT, jwt, ZodMiniCustomStringFormat, stringFormat, hostname, hex, currencyCode, hash, ZodMiniNumber, number, ZodMiniNumberFormat, float32, float64, int32, uint32, ZodMiniBoolean, ZodMiniBigInt, bigint, ZodMiniBigIntFormat, int64, uint64, ZodMiniSymbol, symbol, ZodMiniUndefined, undefined, ZodMiniNull, null, ZodMiniAny, any, ZodMiniUnknown, ZodMiniNever, never, ZodMiniVoid, void, ZodMiniDate, date, ZodMiniArray, keyof, ZodMiniObject, looseObject, extend, safeExtend, merge, pick, omit, partial, exactPartial, required, catchall, ZodMiniUnion, ZodMiniXor, xor, ZodMiniDiscriminatedUnion, ZodMiniIntersection, intersection, ZodMiniTuple, tuple, ZodMiniRecord, record, partialRecord, looseRecord, ZodMiniMap, map, ZodMiniSet, set, ZodMiniEnum, nativeEnum, ZodMiniLiteral, ZodMiniFile, file, ZodMiniTransform, transform, ZodMiniOptional, ZodMiniExactOptional, ZodMiniNullable, nullable, nullish, ZodMiniDefault, ZodMiniPrefault, prefault, ZodMiniNonOptional, nonoptional, ZodMiniSuccess, success, ZodMiniCatch, catch, ZodMiniNaN, nan, ZodMiniPipe, pipe, ZodMiniCodec, codec, invertCodec, ZodMiniReadonly, readonly, ZodMiniTemplateLiteral, templateLiteral, ZodMiniLazy, lazy, ZodMiniPromise, promise, ZodMiniCustom, check, custom, describe, meta, instanceof, stringbool, json, ZodMiniFunction, _function, function */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1041);
/* harmony import */ var _core_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4723);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3759);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3945);




const ZodMiniType = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniType", (inst, def) => {
    if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodType */ .W4.init(inst, def);
    inst.def = def;
    inst.type = def.type;
}, {
    // `with` is an alias for `check`: the same function object, not a wrapper.
    get with() {
        return this.check;
    },
    set with(value) {
        _core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .qh(this, "with", value);
    },
    parse(data, params) {
        return _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg(this, data, params, { callee: this.parse });
    },
    parseAsync(data, params) {
        return _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseAsync */ .EJ(this, data, params, { callee: this.parseAsync });
    },
    safeParse(data, params) {
        return _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .safeParse */ .xL(this, data, params);
    },
    safeParseAsync(data, params) {
        return _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .safeParseAsync */ .bp(this, data, params);
    },
    check(...checks) {
        const def = this.def;
        return this.clone({
            ...def,
            checks: [
                ...(def.checks ?? []),
                ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }, { parent: true });
    },
    clone(_def, params) {
        return _core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .clone */ .o8(this, _def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
});
const ZodMiniString = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniString", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodString */ .$v.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* ._string */ .Rl(ZodMiniString, params);
}
const ZodMiniStringFormat = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniStringFormat", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodStringFormat */ .EY.init(inst, def);
    ZodMiniString.init(inst, def);
});
const ZodMiniEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function email(params) {
    return core._email(ZodMiniEmail, params);
}
const ZodMiniGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function guid(params) {
    return core._guid(ZodMiniGUID, params);
}
const ZodMiniUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function uuid(params) {
    return core._uuid(ZodMiniUUID, params);
}
// @__NO_SIDE_EFFECTS__
function uuidv4(params) {
    return core._uuidv4(ZodMiniUUID, params);
}
// ZodMiniUUIDv6
// @__NO_SIDE_EFFECTS__
function uuidv6(params) {
    return core._uuidv6(ZodMiniUUID, params);
}
// ZodMiniUUIDv7
// @__NO_SIDE_EFFECTS__
function uuidv7(params) {
    return core._uuidv7(ZodMiniUUID, params);
}
const ZodMiniURL = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function url(params) {
    return core._url(ZodMiniURL, params);
}
// @__NO_SIDE_EFFECTS__
function httpUrl(params) {
    return core._url(ZodMiniURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodMiniEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function emoji(params) {
    return core._emoji(ZodMiniEmoji, params);
}
const ZodMiniNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function nanoid(params) {
    return core._nanoid(ZodMiniNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodMiniCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodMiniCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function cuid(params) {
    return core._cuid(ZodMiniCUID, params);
}
const ZodMiniCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function cuid2(params) {
    return core._cuid2(ZodMiniCUID2, params);
}
const ZodMiniULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function ulid(params) {
    return core._ulid(ZodMiniULID, params);
}
const ZodMiniXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function xid(params) {
    return core._xid(ZodMiniXID, params);
}
const ZodMiniKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function ksuid(params) {
    return core._ksuid(ZodMiniKSUID, params);
}
const ZodMiniIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function ipv4(params) {
    return core._ipv4(ZodMiniIPv4, params);
}
const ZodMiniIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function ipv6(params) {
    return core._ipv6(ZodMiniIPv6, params);
}
const ZodMiniCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function cidrv4(params) {
    return core._cidrv4(ZodMiniCIDRv4, params);
}
const ZodMiniCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function cidrv6(params) {
    return core._cidrv6(ZodMiniCIDRv6, params);
}
const ZodMiniMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function mac(params) {
    return core._mac(ZodMiniMAC, params);
}
const ZodMiniBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function base64(params) {
    return core._base64(ZodMiniBase64, params);
}
const ZodMiniBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function base64url(params) {
    return core._base64url(ZodMiniBase64URL, params);
}
const ZodMiniE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function e164(params) {
    return core._e164(ZodMiniE164, params);
}
const ZodMiniCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function creditCard(params) {
    return core._creditCard(ZodMiniCreditCard, params);
}
const ZodMiniIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function iban(params) {
    return core._iban(ZodMiniIBAN, params);
}
const ZodMiniJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function jwt(params) {
    return core._jwt(ZodMiniJWT, params);
}
const ZodMiniCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodMiniCustomStringFormat, format, fnOrRegex, _params);
}
// @__NO_SIDE_EFFECTS__
function hostname(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "hostname", regexes.hostname, _params);
}
// @__NO_SIDE_EFFECTS__
function hex(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "hex", regexes.hex, _params);
}
// @__NO_SIDE_EFFECTS__
function currencyCode(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
// @__NO_SIDE_EFFECTS__
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    // check for unrecognized format
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodMiniCustomStringFormat, format, regex, params);
}
const ZodMiniNumber = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniNumber", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodNumber */ .vz.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number(params) {
    return core._number(ZodMiniNumber, params);
}
const ZodMiniNumberFormat = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniNumberFormat", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodNumberFormat */ .I.init(inst, def);
    ZodMiniNumber.init(inst, def);
});
function int(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* ._int */ .LK(ZodMiniNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodMiniNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodMiniNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodMiniNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodMiniNumberFormat, params);
}
const ZodMiniBoolean = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniBoolean", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodBoolean */ .sF.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* ._boolean */ ._L(ZodMiniBoolean, params);
}
const ZodMiniBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function bigint(params) {
    return core._bigint(ZodMiniBigInt, params);
}
const ZodMiniBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function int64(params) {
    return core._int64(ZodMiniBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodMiniBigIntFormat, params);
}
const ZodMiniSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function symbol(params) {
    return core._symbol(ZodMiniSymbol, params);
}
const ZodMiniUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function _undefined(params) {
    return core._undefined(ZodMiniUndefined, params);
}

const ZodMiniNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function _null(params) {
    return core._null(ZodMiniNull, params);
}

const ZodMiniAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function any() {
    return core._any(ZodMiniAny);
}
const ZodMiniUnknown = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniUnknown", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodUnknown */ .GP.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* ._unknown */ .em(ZodMiniUnknown);
}
const ZodMiniNever = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniNever", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodNever */ .Um.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* ._never */ .G8(ZodMiniNever, params);
}
const ZodMiniVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function _void(params) {
    return core._void(ZodMiniVoid, params);
}

const ZodMiniDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function date(params) {
    return core._date(ZodMiniDate, params);
}
const ZodMiniArray = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniArray", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodArray */ .$p.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
    return new ZodMiniArray({
        type: "array",
        element: element,
        ..._core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeParams */ .A2(params),
    });
}
// .keyof
// @__NO_SIDE_EFFECTS__
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return _enum(Object.keys(shape));
}
const ZodMiniObject = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniObject", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodObject */ .L8.init(inst, def);
    ZodMiniType.init(inst, def);
    _core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .installLazyProp */ .X(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ..._core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeParams */ .A2(params),
    };
    return new ZodMiniObject(def);
}
// strictObject
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
    return new ZodMiniObject({
        type: "object",
        shape,
        catchall: never(),
        ..._core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeParams */ .A2(params),
    });
}
// looseObject
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
    return new ZodMiniObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
// object methods
// @__NO_SIDE_EFFECTS__
function extend(schema, shape) {
    return util.extend(schema, shape);
}
// @__NO_SIDE_EFFECTS__
function safeExtend(schema, shape) {
    return util.safeExtend(schema, shape);
}
/**
 * @deprecated Use [`z.extend(A, B.shape)`](https://zod.dev/api?id=extend) instead.
 */
// @__NO_SIDE_EFFECTS__
function merge(a, b) {
    return util.merge(a, b);
}
// @__NO_SIDE_EFFECTS__
function pick(schema, mask) {
    return util.pick(schema, mask);
}
// .omit
// @__NO_SIDE_EFFECTS__
function omit(schema, mask) {
    return util.omit(schema, mask);
}
// @__NO_SIDE_EFFECTS__
function partial(schema, mask) {
    const def = schema._zod.def;
    if (def.type !== "tuple")
        return util.partial(ZodMiniOptional, schema, mask);
    // a refinement was authored against the full arity; partialing would run it on a shorter array
    if (def.checks?.length)
        throw new Error(".partial() cannot be used on tuple schemas containing refinements");
    return util.clone(schema, {
        ...def,
        items: def.items.map((item) => new ZodMiniOptional({ type: "optional", innerType: item })),
    });
}
// @__NO_SIDE_EFFECTS__
function exactPartial(schema, mask) {
    return util.partial(ZodMiniExactOptional, schema, mask, "exactPartial");
}
// @__NO_SIDE_EFFECTS__
function required(schema, mask) {
    return util.required(ZodMiniNonOptional, schema, mask);
}
// @__NO_SIDE_EFFECTS__
function catchall(inst, catchall) {
    // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
    return inst.clone(util.mergeDefs(inst._zod.def, { catchall: catchall }));
}
const ZodMiniUnion = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniUnion", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodUnion */ .cu.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
    return new ZodMiniUnion({
        type: "union",
        options: options,
        ..._core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeParams */ .A2(params),
    });
}
const ZodMiniXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodMiniXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodMiniDiscriminatedUnion = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniDiscriminatedUnion", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodDiscriminatedUnion */ .P0.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
    return new ZodMiniDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ..._core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeParams */ .A2(params),
    });
}
const ZodMiniIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function intersection(left, right) {
    return new ZodMiniIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodMiniTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodMiniTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodMiniRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodMiniRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function partialRecord(keyType, valueType, params) {
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMiniMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function map(keyType, valueType, params) {
    return new ZodMiniMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function set(valueType, params) {
    return new ZodMiniSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniEnum = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniEnum", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodEnum */ .VO.init(inst, def);
    ZodMiniType.init(inst, def);
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ..._core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeParams */ .A2(params),
    });
}

// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodMiniLiteral = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniLiteral", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodLiteral */ .nu.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
    return new ZodMiniLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ..._core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeParams */ .A2(params),
    });
}
const ZodMiniFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function file(params) {
    return core._file(ZodMiniFile, params);
}
const ZodMiniTransform = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function transform(fn) {
    return new ZodMiniTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodMiniOptional = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniOptional", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodOptional */ .ig.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
    return new ZodMiniOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniExactOptional = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniExactOptional", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodExactOptional */ .RL.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function exactOptional(innerType) {
    return new ZodMiniExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniNullable = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
    return new ZodMiniNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
// @__NO_SIDE_EFFECTS__
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodMiniDefault = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniDefault", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodDefault */ .rv.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
    return new ZodMiniDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : _core_util_js__WEBPACK_IMPORTED_MODULE_2__/* .shallowClone */ .yG(defaultValue);
        },
    });
}
const ZodMiniPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function prefault(innerType, defaultValue) {
    return new ZodMiniPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
const ZodMiniNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function nonoptional(innerType, params) {
    return new ZodMiniNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function success(innerType) {
    return new ZodMiniSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodMiniCatch = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function _catch(innerType, catchValue) {
    return new ZodMiniCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core.util.constantCatch(catchValue)),
    });
}

const ZodMiniNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function nan(params) {
    return core._nan(ZodMiniNaN, params);
}
const ZodMiniPipe = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
    return new ZodMiniPipe({
        type: "pipe",
        in: in_,
        out: out,
    });
}
const ZodMiniCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function codec(in_, out, params) {
    return new ZodMiniCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
// @__NO_SIDE_EFFECTS__
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodMiniCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodMiniReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function readonly(innerType) {
    return new ZodMiniReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodMiniTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function templateLiteral(parts, params) {
    return new ZodMiniTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodMiniLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// export function lazy<T extends object>(getter: () => T): T {
//   return util.createTransparentProxy<T>(getter);
// }
// @__NO_SIDE_EFFECTS__
function _lazy(getter) {
    return new ZodMiniLazy({
        type: "lazy",
        getter: getter,
    });
}

const ZodMiniPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function promise(innerType) {
    return new ZodMiniPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodMiniCustom = /*@__PURE__*/ _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("ZodMiniCustom", (inst, def) => {
    _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCustom */ .b0.init(inst, def);
    ZodMiniType.init(inst, def);
});
// custom checks
// @__NO_SIDE_EFFECTS__
function check(fn, params) {
    const ch = new core.$ZodCheck({
        check: "custom",
        ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// ZodCustom custom schema
// @__NO_SIDE_EFFECTS__
function custom(fn, _params) {
    return core._custom(ZodMiniCustom, fn ?? (() => true), _params);
}
// refine
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* ._refine */ .fU(ZodMiniCustom, fn, _params);
}
// superRefine
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* ._superRefine */ .MB(fn, params);
}
// Re-export describe and meta from core
const describe = _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describe */ .q0;
const meta = _core_index_js__WEBPACK_IMPORTED_MODULE_4__/* .meta */ .mI;
// instanceof
class Class {
    constructor(..._args) { }
}
// @__NO_SIDE_EFFECTS__
function _instanceof(cls, params = {}) {
    const inst = custom((data) => data instanceof cls, params);
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodMiniCodec,
    Boolean: ZodMiniBoolean,
    String: ZodMiniString,
}, ...args);
// @__NO_SIDE_EFFECTS__
function json() {
    const jsonSchema = _lazy(() => {
        return union([string(), number(), boolean(), _null(), array(jsonSchema), record(string(), jsonSchema)]);
    });
    return jsonSchema;
}
const ZodMiniFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function _function(params) {
    return new ZodMiniFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5691);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
