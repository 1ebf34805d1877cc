import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakableCode, code, ID_PIECE_LENGTH, inertLogLines, inertLogText, inertMarkdown, inertMarkdownWithCode, quotedMarkdown, truncate, UNBROKEN_ID_LENGTH } from '../src/report/escape.js';

/** Bidi overrides, isolates and marks reorder what a reader sees (Trojan Source); U+2028/9 break lines. */
const BIDI_OR_SEPARATOR = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
/** Characters that show nothing but are there: joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator, tag characters. */
const INVISIBLE = /\u200C|\u200D|\u2060|\uFEFF|\u00AD|\u180E|[\u{E0000}-\u{E007F}]/u;
/** Strings where such characters are more likely than in fc.string's uniform draw. */
const withBidi = fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029'))).map((parts) => parts.join(''));

describe.each([
  ['inertLogText', inertLogText],
  ['inertMarkdown', inertMarkdown],
] as const)('%s removes bidi controls and line separators', (_name, inert) => {
  it.each([
    ['a right-to-left override', '1111\u202E2222'],
    ['a left-to-right isolate', '\u2066x'],
    ['every bidi embedding, override and isolate', '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'],
    ['the left-to-right, right-to-left and Arabic letter marks', 'A\u200EB\u200FC\u061CD'],
    ['a line separator', 'a\u2028b'],
    ['a paragraph separator', 'a\u2029b'],
  ])('%s', (_case, text) => {
    const out = inert(text);
    expect(out).not.toMatch(BIDI_OR_SEPARATOR);
    // Replaced, not silently dropped: a reader can see something was there.
    expect(out).toContain('\uFFFD');
  });
});

describe.each([
  ['inertLogText', inertLogText],
  ['inertMarkdown', inertMarkdown],
] as const)('%s removes what shows nothing but is there', (_name, inert) => {
  it.each([
    ['zero-width joiner and non-joiner', 'pay\u200Dpal\u200C'],
    ['word joiner and byte order mark', 'a\u2060b\uFEFFc'],
    ['soft hyphen and Mongolian vowel separator', 'a\u00ADb\u180Ec'],
    ['tag characters spelling hidden text', `ok${[...'IGNORE'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')}`],
    ['a private-use character', 'a\uE000b'],
    ['a lone surrogate', 'a\uD800b'],
  ])('%s', (_case, text) => {
    const out = inert(text);
    expect(out).not.toMatch(INVISIBLE);
    expect(out).not.toMatch(/[\uE000-\uF8FF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(out).toContain('\uFFFD');
  });

  // Not format characters (Cf), yet drawn as nothing or as a blank: a name or a note of them looks empty.
  it.each([
    ['U+3164 Hangul filler', 0x3164],
    ['U+FFA0 halfwidth Hangul filler', 0xffa0],
    ['U+115F Hangul choseong filler', 0x115f],
    ['U+1160 Hangul jungseong filler', 0x1160],
    ['U+2800 braille pattern blank', 0x2800],
    ['U+034F combining grapheme joiner', 0x034f],
    ['U+FE00 variation selector 1', 0xfe00],
    ['U+FE0F variation selector 16 (emoji presentation)', 0xfe0f],
    ['U+E0100 variation selector 17', 0xe0100],
    ['U+E01EF variation selector 256', 0xe01ef],
  ])('%s becomes U+FFFD', (_case, cp) => {
    const char = String.fromCodePoint(cp);
    expect(inert(`a${char}b`)).toBe('a\uFFFDb');
    expect(inert(char.repeat(3))).toBe('\uFFFD'.repeat(3));
  });

  it('keeps tabs, ordinary non-ASCII text and emoji', () => {
    expect(inert('caf\u00E9 \u65E5\u672C \u{1F600}')).toContain('\u65E5\u672C \u{1F600}');
    expect(inertLogText('a\tb')).toBe('a\tb');
  });
});

/** Every character escape.ts must replace, as the Unicode-property class it is written with says (built here from a literal). */
const NOT_SHOWN = /(?![\t\u200B])[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/u;
/** ASCII with its control characters and DEL far likelier than a uniform draw makes them, and some non-ASCII beside. */
const asciiWithControls = fc
  .array(fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), fc.constant('\x7F'), fc.string({ unit: 'binary', maxLength: 2 })))
  .map((parts) => parts.join(''));

describe.each([
  ['inertLogText', inertLogText],
  ['inertMarkdown', inertMarkdown],
] as const)('%s: plain ASCII takes a shorter way, with the same result', (_name, inert) => {
  it.each([...Array.from({ length: 32 }, (_, c) => c).filter((c) => c !== 9 && c !== 10 && c !== 13), 127])('ASCII control character %i becomes U+FFFD', (c) => {
    expect(inert(`a${String.fromCharCode(c)}b`)).toBe('a\uFFFDb');
  });

  it('leaves no character of the class, whatever mix of ASCII, controls and other text (property)', () => {
    fc.assert(fc.property(asciiWithControls, (s) => !NOT_SHOWN.test(inert(s, 10_000))));
  });

  it('returns printable ASCII and tabs unchanged when there is no markup in them', () => {
    expect(inert('account 111122223333 in Ireland\tok')).toBe('account 111122223333 in Ireland\tok');
  });
});

describe('inertLogText', () => {
  it.each([
    '::add-mask::secret',
    'hello\n::error::pwned',
    'x\r::stop-commands::token',
    '##[error]old style',
    'a\u2028::set-output name=x::y',
    'three colons :::warning:::x',
    '::::',
  ])('%j cannot start a workflow command on any line', (text) => {
    const out = inertLogText(text);
    expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(out).not.toContain('::');
    expect(out).not.toContain('##[');
  });

  it.each([
    ['an IAM role (no region)', 'arn:aws:iam::111122223333:role/inbound-guard'],
    ['an STS assumed role', 'User: arn:aws:sts::111122223333:assumed-role/inbound-guard/run-7 is not authorized'],
    ['an S3 bucket (no region, no account)', 'arn:aws:s3:::my-bucket'],
    ['another partition', 'arn:aws-us-gov:iam::111122223333:role/x'],
  ])('keeps %s ARN whole, so that it can be copied from the log', (_case, text) => {
    expect(inertLogText(text)).toBe(text);
  });

  it.each([
    ['an ARN-looking text that starts the line', '::arn:aws:iam::1:role/x'],
    ['a command after an ARN', 'arn:aws:iam::add-mask::secret'],
    ['a command inside an ARN field', 'arn:aws:iam::x ::error::pwned'],
    ['more colons than an ARN has empty fields', 'arn:a:b::::error::x'],
  ])('still breaks every other `::`: %s', (_case, text) => {
    const out = inertLogText(text);
    expect(out.replace(/\barn:[a-z0-9-]+:[a-z0-9-]+:::?(?!:)/g, '')).not.toContain('::');
    expect(out.trimStart().startsWith('::')).toBe(false);
  });

  it('keeps ordinary text readable', () => {
    expect(inertLogText('factory provisioning account 111122223333')).toBe('factory provisioning account 111122223333');
  });

  it('holds for any string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const out = inertLogText(s);
      return !/[\r\n]/.test(out) && !BIDI_OR_SEPARATOR.test(out) && !out.includes('::') && !out.includes('##[');
    }));
    fc.assert(fc.property(withBidi, (s) => !BIDI_OR_SEPARATOR.test(inertLogText(s))));
  });
});

describe('inertLogLines (an annotation of several lines: a run that stopped)', () => {
  it('keeps the line breaks, and makes each line inert as inertLogText does', () => {
    expect(inertLogLines('The shard reports cannot be merged:\n- ::add-mask::x\r\n- ##[set-env]y\u202e')).toBe(
      'The shard reports cannot be merged:\n- :\u200B:add-mask:\u200B:x\n- #\u200B#[set-env]y\uFFFD',
    );
  });

  it('whatever the text, no line starts a workflow command or holds a control or bidi character', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\n', '\r', '::', ':', '##[', '\u202e', '\u0000')), { maxLength: 20 }).map((parts) => parts.join('')), (text) =>
        inertLogLines(text)
          .split('\n')
          .every((line) => !line.includes('::') && !line.includes('##[') && !['\r', '\u0000', '\u202e'].some((c) => line.includes(c))),
      ),
    );
  });
});

describe('truncate', () => {
  it('cuts to a number of characters, never inside a surrogate pair, and marks the cut', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
    expect(truncate('🛡️🛡️🛡️', 2)).toBe('🛡…');
  });
});

describe('inertMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', /<img/],
    ['[click](https://evil.example)', /\]\(/],
    ['| a | b |', /\|/],
    ['**bold** _it_ `code`', /[*_`]/],
    ['ping @octocat and @org/team', /@[a-z]/i],
    ['<!-- hidden --> <details>', /<!--|<details>/],
    ['see https://evil.example and www.evil.example', /https:\/\/|www\./],
    ['inline math $\\color{red}{APPROVED}$', /\$/],
    ['display math $$\\begin{array}x\\end{array}$$', /\$/],
    ['math with backticks $`\\huge{x}`$', /\$/],
  ])('%j renders as text', (text, forbidden) => {
    expect(inertMarkdown(text)).not.toMatch(forbidden);
  });

  it.each(['fixes #1', 'see acme/guard#2', 'per GH-3', 'gh-44 too'])('%j leaves no issue reference GitHub would link', (text) => {
    const decoded = inertMarkdown(text).replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    expect(decoded).not.toMatch(/#\d|GH-\d/i);
    expect(decoded.replace(/\u200B/g, '')).toBe(text);
  });

  it('holds for any string (property): no raw markup characters, no line breaks or bidi controls, no live mention', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const out = inertMarkdown(s);
      return !/[<>|`*_[\]$\r\n]/.test(out) && !BIDI_OR_SEPARATOR.test(out) && !/@[^\u200B]/.test(out) && !/&#35;[^\u200B]/.test(out);
    }));
    fc.assert(fc.property(withBidi, (s) => !BIDI_OR_SEPARATOR.test(inertMarkdown(s))));
  });

  it('caps the length', () => {
    expect(Array.from(inertMarkdown('a'.repeat(1000), 50)).length).toBe(50);
  });

  it('writes a dollar sign as an entity, so it still reads as $ but opens no math', () => {
    expect(inertMarkdown('costs $5 and $6')).toBe('costs &#36;5 and &#36;6');
  });
});

describe('quotedMarkdown (a sender\'s name, note or message in our quotes)', () => {
  /** The text as a reader sees it: entities decoded, zero-width spaces gone. */
  const seen = (markdown: string): string => markdown.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/\u200B/g, '');

  it('escapes a quote in the text, so it cannot close ours and add words that read as ours', () => {
    expect(seen(quotedMarkdown('Acme”, verified by inbound-guard “x'))).toBe('“Acme\\”, verified by inbound-guard \\“x”');
    expect(seen(quotedMarkdown('a \\” b "c" ＂d″'))).toBe('“a \\\\\\” b \\"c\\" \\＂d\\″”');
  });

  it('holds for any string (property): no quote-like character unescaped between ours, and inert as inertMarkdown', () => {
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('”', '“', '"', '\\', '＂', '″'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 80 }), (s) => {
      const out = quotedMarkdown(s, 60);
      const inner = seen(out).slice(1, -1).replace(/\\[\s\S]/gu, '');
      return out.startsWith('“') && out.endsWith('”') && !/["“”„‟″〝〞＂\\]/.test(inner) && !/[<>|`*_[\]$\r\n]/.test(out);
    }));
  });

  it('cuts the text before escaping it, so no escape is cut', () => {
    expect(seen(quotedMarkdown(`${'a'.repeat(9)}”`, 10))).toBe(`“${'a'.repeat(9)}\\””`);
    expect(seen(quotedMarkdown(`${'a'.repeat(10)}”`, 10))).toBe(`“${'a'.repeat(9)}…”`);
  });
});

describe('inertMarkdownWithCode (our messages, which mark names in backticks)', () => {
  it.each([
    ['unknown key `organisations`. Did you mean `organizations`?', 'unknown key <code>organisations</code>. Did you mean <code>organizations</code>?'],
    ['a lone ` stays text', 'a lone &#96; stays text'],
    ['`a` and a lone `', '<code>a</code> and a lone &#96;'],
    ['`<img src=x>` and `@octocat`', '<code>&#60;img src&#61;x&#62;</code> and <code>@\u200Boctocat</code>'],
  ])('%j → %j', (text, expected) => {
    expect(inertMarkdownWithCode(text)).toBe(expected);
  });

  it('holds for any string (property): only our <code> tags, no raw markup, no live mention', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const out = inertMarkdownWithCode(s).replace(/<\/?code>/g, '');
      return !/[<>|`*_[\]\r\n]/.test(out) && !BIDI_OR_SEPARATOR.test(out) && !/@[^\u200B]/.test(out);
    }));
  });
});

describe('breakableCode (ids shown whole, able to wrap)', () => {
  /** The id as a reader copies it: our tags gone (`<wbr>` adds no character), entities decoded. */
  const copied = (html: string) => html.replace(/<\/?code>|<wbr>/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

  it('shows a short id (a handshake id, a GuardDuty invitation id) as code() does, unbroken', () => {
    for (const id of ['h-examplehandshakeid', 'b'.repeat(UNBROKEN_ID_LENGTH), '111122223333']) expect(breakableCode(id)).toBe(code(id));
  });

  it('shows a 64-character certificate id whole, with a <wbr> every 16 characters', () => {
    const id = '90355b1587c4a0b3d7e1f2a6c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0';
    expect(breakableCode(id)).toBe(`<code>${id.slice(0, 16)}<wbr>${id.slice(16, 32)}<wbr>${id.slice(32, 48)}<wbr>${id.slice(48)}</code>`);
    expect(copied(breakableCode(id))).toBe(id);
  });

  it('escapes each piece of an ARN on its own: the whole ARN copies back, and no <wbr> falls inside an entity', () => {
    const arn = 'arn:aws:ram:eu-west-1:999988887777:resource-share-invitation/8e2f3a4b-0c1d-4e5f-a6b7-c8d9e0f1a2b3';
    const out = breakableCode(arn);
    expect(out.split('<wbr>')).toHaveLength(Math.ceil(arn.length / ID_PIECE_LENGTH));
    expect(out).not.toMatch(/&#?\w*<wbr>/);
    expect(out).not.toMatch(/[:-]/);
    expect(copied(out)).toBe(arn);
  });

  it('keeps a stranger-written id with markup, links, mentions and credentials inert, even split across pieces', () => {
    // Each payload starts 2 characters before a piece boundary, so it is cut in two.
    const at = (payload: string) => `${'0'.repeat(ID_PIECE_LENGTH - 2)}${payload}${'0'.repeat(ID_PIECE_LENGTH)}`;
    // What GitHub would still link or show after decoding entities: broken with zero-width spaces, or redacted.
    const decoded: [string, RegExp][] = [
      ['[x](https://evil.example)', /https:\/\//],
      ['www.evil.example', /www\./],
      ['@octocat', /@[a-z]/],
      ['#12 and GH-3', /#\d|GH-\d/],
      ['AKIAABCDEFGHIJKLMNOP', /AKIA/],
    ];
    for (const [payload, forbidden] of decoded) expect(copied(breakableCode(at(payload))), payload).not.toMatch(forbidden);
    // What would be markup as written: only entities, only our own tags.
    for (const payload of ['<img src=x onerror=alert(1)>', '</code><script>', '[x](https://evil.example)', '$x$ `c` | a | **b** _i_']) {
      const out = breakableCode(at(payload));
      expect(out).toContain('<wbr>');
      expect(out.replace(/<\/?code>|<wbr>/g, ''), payload).not.toMatch(/[<>`|*_[\]$]/);
    }
  });

  it('is code() with <wbr> between pieces, for any string (property): the escaping is the same', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => breakableCode(s).replace(/<wbr>/g, '') === code(s)));
  });
});
