import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inertLogLines, inertLogText, inertMarkdown, inertMarkdownWithCode, truncate } from '../src/report/escape.js';

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

  it('keeps tabs, ordinary non-ASCII text and emoji', () => {
    expect(inert('caf\u00E9 \u65E5\u672C \u{1F600}')).toContain('\u65E5\u672C \u{1F600}');
    expect(inertLogText('a\tb')).toBe('a\tb');
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
