//! Appending text and numbers to the output buffers, escaped for each
//! format, without going through `fmt` or `serde`: these run once per token
//! and output is many times the size of the input (JSONL about 25×), so
//! they are the formats' hot path.
//!
//! Strings are scanned eight bytes at a time for the few bytes that need
//! escaping, and copied in runs.

use indonlp::{CharOffsets, Span};
use std::ops::Range;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `w` is below `n` (`n` ≤ 128; exact as a yes/no
/// answer, the classic "hasless" bit trick).
#[inline]
fn has_below(w: u64, n: u8) -> bool {
    w.wrapping_sub(ONES * u64::from(n)) & !w & HIGHS != 0
}

/// Whether any byte of `w` equals `b`.
#[inline]
fn has_byte(w: u64, b: u8) -> bool {
    has_below(w ^ (ONES * u64::from(b)), 1)
}

/// Eight bytes as a word.
#[inline]
fn word(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().expect("8 bytes"))
}

/// A word holding every byte of a 1-7 byte string (some twice), so that
/// one word test answers for a short string (most tokens and stems) where
/// a byte loop cost several instructions per byte.
#[inline]
fn short_word(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n >= 4 {
        let head = u32::from_le_bytes(bytes[..4].try_into().expect("4 bytes"));
        let tail = u32::from_le_bytes(bytes[n - 4..].try_into().expect("4 bytes"));
        u64::from(head) | u64::from(tail) << 32
    } else {
        let (a, b, c) = (bytes[0], bytes[n / 2], bytes[n - 1]);
        u64::from_le_bytes([a, b, c, a, a, a, a, a])
    }
}

/// Length of the longest prefix of `bytes` with no byte that `special`
/// marks; `special_in` answers the same question for eight bytes at once.
/// The bytes after the last whole word are tested as one word too (the
/// last eight bytes, or all of a short string), and looked at one by one
/// only when one of them is special.
#[inline]
fn plain_prefix(
    bytes: &[u8],
    special_in: impl Fn(u64) -> bool,
    special: impl Fn(u8) -> bool,
) -> usize {
    let n = bytes.len();
    // 9-16 bytes (a long token or stem): two overlapping words cover them
    if (9..=16).contains(&n) && !(special_in(word(&bytes[..8])) | special_in(word(&bytes[n - 8..])))
    {
        return n;
    }
    let mut i = 0;
    while i + 8 <= n && !special_in(word(&bytes[i..i + 8])) {
        i += 8;
    }
    if i + 8 > n {
        // every whole word is plain; the rest is 0-7 bytes
        let rest = match n {
            0 => return 0,
            1..=7 => short_word(bytes),
            _ => word(&bytes[n - 8..]),
        };
        if !special_in(rest) {
            return n;
        }
    }
    while i < n && !special(bytes[i]) {
        i += 1;
    }
    i
}

/// Bytes that JSON escapes: controls, `"` and `\`.
#[inline]
fn json_special(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether any of eight bytes is one JSON escapes (without branches).
#[inline]
fn json_special_in(w: u64) -> bool {
    has_below(w, 0x20) | has_byte(w, b'"') | has_byte(w, b'\\')
}

/// "00" to "99": two digits per table look-up.
const PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// A number's decimal digits, made once and written as often as needed:
/// in an ASCII unit the character offsets are the byte offsets, whose
/// digits are then copied rather than made again.
#[derive(Clone, Copy)]
pub enum Digits {
    /// Up to four digits (offsets within a line are mostly below 10,000),
    /// leading digits first, and how many there are: written with one
    /// store of a fixed size (no call to `memcpy`, several of which per
    /// token showed in profiles) cut to length.
    Short([u8; 4], usize),
    /// Larger numbers, written with `itoa`.
    Long(u64),
}

impl Digits {
    #[inline]
    pub fn of(n: usize) -> Digits {
        match u16::try_from(n) {
            Ok(n) if n < 10_000 => Digits::short(n),
            // `usize` is at most 64 bits wide on every target Rust supports
            _ => Digits::Long(u64::try_from(n).unwrap_or(u64::MAX)),
        }
    }

    /// `n` < 10,000.
    #[inline]
    fn short(n: u16) -> Digits {
        let (hi, lo) = (usize::from(n / 100) * 2, usize::from(n % 100) * 2);
        let digits = [PAIRS[hi], PAIRS[hi + 1], PAIRS[lo], PAIRS[lo + 1]];
        let zeros = usize::from(n < 10) + usize::from(n < 100) + usize::from(n < 1000);
        // little-endian: the leading digits are the low bytes
        let word = u32::from_le_bytes(digits) >> (8 * zeros);
        Digits::Short(word.to_le_bytes(), 4 - zeros)
    }

    #[inline]
    pub fn push(self, out: &mut Vec<u8>) {
        match self {
            Digits::Short(digits, len) => {
                let len = out.len() + len;
                out.extend_from_slice(&digits);
                out.truncate(len);
            }
            Digits::Long(n) => out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
        }
    }
}

/// Appends a decimal number ([`Digits`] for the usual small ones, `itoa`
/// for the others).
#[inline]
pub fn push_num(out: &mut Vec<u8>, n: impl TryInto<u16> + itoa::Integer + Copy) {
    match n.try_into() {
        Ok(n) if n < 10_000 => Digits::short(n).push(out),
        _ => out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
    }
}

/// Appends `s` as a JSON string, escaped exactly as `serde_json` does
/// (`\"`, `\\`, `\b \t \n \f \r`, other controls as `\u00XX`; everything
/// else, non-ASCII included, as it is), so the JSONL bytes did not change
/// when the formats stopped using it.
pub fn push_json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    push_json_content(out, s);
    out.push(b'"');
}

/// [`push_json_str`] without the quotes (the writers put them into the
/// constant text around a field).
pub fn push_json_content(out: &mut Vec<u8>, s: &str) {
    let mut rest = s.as_bytes();
    loop {
        let n = plain_prefix(rest, json_special_in, json_special);
        out.extend_from_slice(&rest[..n]);
        let Some(&b) = rest.get(n) else { break };
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0C => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            }
        }
        rest = &rest[n + 1..];
    }
}

/// Appends a TSV field: tab, line breaks and backslash escaped as `\t`,
/// `\n`, `\r`, `\\`.
pub fn push_tsv_field(out: &mut Vec<u8>, s: &str) {
    fn special(b: u8) -> bool {
        matches!(b, b'\t' | b'\n' | b'\r' | b'\\')
    }
    fn special_in(w: u64) -> bool {
        has_byte(w, b'\t') | has_byte(w, b'\n') | has_byte(w, b'\r') | has_byte(w, b'\\')
    }
    let mut rest = s.as_bytes();
    loop {
        let n = plain_prefix(rest, special_in, special);
        out.extend_from_slice(&rest[..n]);
        let Some(&b) = rest.get(n) else { break };
        out.extend_from_slice(match b {
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            _ => b"\\\\",
        });
        rest = &rest[n + 1..];
    }
}

/// Appends `s` on one line: line breaks and tabs become spaces (the number
/// of characters stays the same, which the table's alignment relies on).
pub fn push_one_line(out: &mut Vec<u8>, s: &str) {
    fn special(b: u8) -> bool {
        matches!(b, b'\t' | b'\n' | b'\r')
    }
    fn special_in(w: u64) -> bool {
        has_byte(w, b'\t') | has_byte(w, b'\n') | has_byte(w, b'\r')
    }
    let mut rest = s.as_bytes();
    loop {
        let n = plain_prefix(rest, special_in, special);
        out.extend_from_slice(&rest[..n]);
        if n == rest.len() {
            break;
        }
        out.push(b' ');
        rest = &rest[n + 1..];
    }
}

/// Appends `s` on one line, left-aligned and padded with spaces to `width`
/// characters, as `{:<width}` pads (longer text is not cut).
pub fn push_cell(out: &mut Vec<u8>, s: &str, width: usize) {
    push_one_line(out, s);
    let chars = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    pad(out, width.saturating_sub(chars));
}

/// A short text (up to `N` bytes) kept in an array of a fixed size and
/// written with one store cut to length: a format's constant pieces around
/// a token kind, or a row's first columns, without a `memcpy` call each.
#[derive(Clone, Copy)]
pub struct Fragment<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> Fragment<N> {
    /// `parts` end to end, or `None` when they are longer than `N` bytes.
    pub fn new(parts: &[&[u8]]) -> Option<Fragment<N>> {
        let mut f = Fragment {
            bytes: [0; N],
            len: 0,
        };
        for p in parts {
            f.bytes.get_mut(f.len..f.len + p.len())?.copy_from_slice(p);
            f.len += p.len();
        }
        Some(f)
    }

    #[inline]
    pub fn push(&self, out: &mut Vec<u8>) {
        let len = out.len() + self.len;
        out.extend_from_slice(&self.bytes);
        out.truncate(len);
    }
}

/// Appends `n` spaces: table cells' padding, one store of a fixed size for
/// the usual widths (`resize` called `memset`, once per cell).
#[inline]
pub fn pad(out: &mut Vec<u8>, n: usize) {
    const SPACES: [u8; 32] = [b' '; 32];
    if n <= SPACES.len() {
        let len = out.len() + n;
        out.extend_from_slice(&SPACES);
        out.truncate(len);
    } else {
        out.resize(out.len() + n, b' ');
    }
}

/// The bytes a format escapes or replaces, from the fewest to the most:
/// a text with none of one level's bytes has none of the levels before it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Escaping {
    /// Tab and line breaks (one-line cells, CoNLL-U, BIO). Quotes, common
    /// in news, leave a unit plain for these.
    Lines,
    /// Tab, line breaks and `\\` (TSV).
    Tsv,
    /// Controls, `"` and `\\` (JSON).
    Json,
}

impl Escaping {
    /// Whether any of eight bytes is one this level escapes (without
    /// branches).
    #[inline]
    fn special_in(self, w: u64) -> bool {
        let breaks = || has_byte(w, b'\t') | has_byte(w, b'\n') | has_byte(w, b'\r');
        match self {
            Escaping::Lines => breaks(),
            Escaping::Tsv => breaks() | has_byte(w, b'\\'),
            Escaping::Json => json_special_in(w),
        }
    }
}

/// Whether `s` has no byte that `special_in` finds in a word, and whether
/// it is ASCII, learnt in one pass over its words.
#[inline]
fn classify(s: &str, special_in: impl Fn(u64) -> bool) -> (bool, bool) {
    let mut words = s.as_bytes().chunks_exact(8);
    let (mut special, mut any) = (false, 0u64);
    for w in &mut words {
        let w = word(w);
        special |= special_in(w);
        any |= w;
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let w = short_word(rest);
        special |= special_in(w);
        any |= w;
    }
    (!special, any & HIGHS == 0)
}

/// One unit's text and what the formats need to know about it, learnt in
/// one pass: byte to character offsets (the library's [`CharOffsets`], or
/// nothing to count when the text is ASCII, as most lines of Indonesian
/// news are), and whether the text is plain (nothing in it to escape, as
/// in most lines): then its slices (sentences, tokens, entities) are copied
/// as they are instead of being scanned once more for every format field.
#[derive(Clone)]
pub struct UnitText<'t> {
    text: &'t str,
    /// Whether nothing in the text needs escaping for a format that
    /// escapes as [`Escaping::Lines`], [`Escaping::Tsv`], [`Escaping::Json`]
    /// do (answered once: a comparison per field cost more).
    plain: [bool; 3],
    chars: Option<CharOffsets<'t>>,
}

impl<'t> UnitText<'t> {
    /// `text`, to be written by a format that escapes as `escaping` does
    /// (only that level is looked for: looking for every level cost more
    /// than it saved).
    pub fn new(text: &'t str, escaping: Escaping) -> UnitText<'t> {
        // one loop for each level
        let (plain, ascii) = match escaping {
            Escaping::Lines => classify(text, |w| Escaping::Lines.special_in(w)),
            Escaping::Tsv => classify(text, |w| Escaping::Tsv.special_in(w)),
            Escaping::Json => classify(text, |w| Escaping::Json.special_in(w)),
        };
        UnitText {
            text,
            plain: [Escaping::Lines, Escaping::Tsv, Escaping::Json].map(|e| plain && e <= escaping),
            chars: (!ascii).then(|| CharOffsets::new(text)),
        }
    }

    /// Whether the text is ASCII (a character per byte).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars.is_none()
    }

    /// The character range of a byte span (fastest in increasing order).
    #[inline]
    pub fn span(&mut self, span: Span) -> Range<usize> {
        match &mut self.chars {
            None => span.start..span.end,
            Some(c) => c.span(span),
        }
    }

    /// Where `s` starts in this text, when it is a slice of it and the text
    /// is `plain` for the format: then `s` needs no escaping (token and
    /// entity texts are slices of it; stems may not be).
    #[inline]
    fn plain_at(&self, s: &str, escaping: Escaping) -> Option<usize> {
        let text = self.text.as_bytes().as_ptr_range();
        let start = (s.as_ptr() as usize).wrapping_sub(text.start as usize);
        let inside = start <= self.text.len() && s.len() <= self.text.len() - start;
        let plain = match escaping {
            Escaping::Lines => self.plain[0],
            Escaping::Tsv => self.plain[1],
            Escaping::Json => self.plain[2],
        };
        (plain && inside).then_some(start)
    }

    /// Appends `s`, the slice of the text at `at`. A short one is copied
    /// with one store of a fixed size, taken from the text around it and
    /// cut to length: a `memcpy` call per token field was a tenth of the
    /// formats' instructions.
    #[inline]
    fn copy(&self, out: &mut Vec<u8>, s: &str, at: usize) {
        const WINDOW: usize = 16;
        let window = self.text.as_bytes().get(at..at + WINDOW);
        match window {
            Some(w) if s.len() <= WINDOW => {
                let len = out.len() + s.len();
                out.extend_from_slice(<&[u8; WINDOW]>::try_from(w).expect("WINDOW bytes"));
                out.truncate(len);
            }
            _ => out.extend_from_slice(s.as_bytes()),
        }
    }

    /// [`push_json_str`], without the scan for a slice of a plain text.
    #[inline]
    pub fn json_str(&self, out: &mut Vec<u8>, s: &str) {
        out.push(b'"');
        self.json_content(out, s);
        out.push(b'"');
    }

    /// [`push_json_content`], without the scan for a slice of a plain text.
    #[inline]
    pub fn json_content(&self, out: &mut Vec<u8>, s: &str) {
        match self.plain_at(s, Escaping::Json) {
            Some(at) => self.copy(out, s, at),
            None => push_json_content(out, s),
        }
    }

    /// [`push_tsv_field`], without the scan for a slice of a plain text.
    #[inline]
    pub fn tsv_field(&self, out: &mut Vec<u8>, s: &str) {
        match self.plain_at(s, Escaping::Tsv) {
            Some(at) => self.copy(out, s, at),
            None => push_tsv_field(out, s),
        }
    }

    /// [`push_one_line`], without the scan for a slice of a plain text.
    #[inline]
    pub fn one_line(&self, out: &mut Vec<u8>, s: &str) {
        match self.plain_at(s, Escaping::Lines) {
            Some(at) => self.copy(out, s, at),
            None => push_one_line(out, s),
        }
    }

    /// [`push_cell`], without the scans for a slice of a plain ASCII text.
    #[inline]
    pub fn cell(&self, out: &mut Vec<u8>, s: &str, width: usize) {
        match self
            .plain_at(s, Escaping::Lines)
            .filter(|_| self.is_ascii())
        {
            Some(at) => {
                self.copy(out, s, at);
                pad(out, width.saturating_sub(s.len()));
            }
            None => push_cell(out, s, width),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text with every byte class the escapers treat differently, at
    /// positions inside and across eight-byte words.
    fn samples() -> Vec<String> {
        let mut v: Vec<String> = (0u8..0x80)
            .map(|b| format!("abcdefg{}hijklmnopq{}", b as char, b as char))
            .collect();
        v.extend(
            [
                "",
                "x",
                "\\",
                "\"\"",
                "Jakarta — “kutip” é 😀 \u{7f}\u{2028}",
                "tab\there\nnew\r\nline\\back\u{1}\u{1f}",
                "12345678\t12345678\n",
            ]
            .map(String::from),
        );
        v
    }

    #[test]
    fn json_strings_are_escaped_as_serde_json_does() {
        for s in samples() {
            let mut out = Vec::new();
            push_json_str(&mut out, &s);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&s).unwrap(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn tsv_fields_and_one_line_text() {
        for s in samples() {
            let mut field = Vec::new();
            push_tsv_field(&mut field, &s);
            let expected = s
                .replace('\\', "\\\\")
                .replace('\t', "\\t")
                .replace('\n', "\\n")
                .replace('\r', "\\r");
            assert_eq!(String::from_utf8(field).unwrap(), expected, "{s:?}");

            let mut line = Vec::new();
            push_one_line(&mut line, &s);
            assert_eq!(
                String::from_utf8(line).unwrap(),
                s.replace(['\n', '\r', '\t'], " "),
                "{s:?}"
            );
        }
    }

    #[test]
    fn cells_pad_like_fmt() {
        for s in samples() {
            for width in [0, 4, 24] {
                let mut out = Vec::new();
                push_cell(&mut out, &s, width);
                let one = s.replace(['\n', '\r', '\t'], " ");
                assert_eq!(String::from_utf8(out).unwrap(), format!("{one:<width$}"));
            }
        }
    }

    #[test]
    fn unit_text_writes_what_the_escapers_write() {
        let mut texts = samples();
        texts.extend(["Presiden tiba di Jakarta.", "Wŏnsan, Korea"].map(String::from));
        let levels = [Escaping::Lines, Escaping::Tsv, Escaping::Json];
        for (text, &escaping) in texts
            .iter()
            .flat_map(|t| levels.iter().map(move |l| (t, l)))
        {
            let unit = UnitText::new(text, escaping);
            let elsewhere = format!("{text}\"x");
            // every slice of the text (on character boundaries), and strings
            // that are not slices of it (stems)
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let mut pieces: Vec<&str> = Vec::new();
            for &a in &bounds {
                for &b in bounds.iter().filter(|&&b| b >= a) {
                    pieces.push(&text[a..b]);
                }
            }
            pieces.extend([elsewhere.as_str(), "é\tx", "plain"]);
            for s in pieces {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                unit.json_str(&mut a, s);
                push_json_str(&mut b, s);
                assert_eq!(a, b, "json {s:?} in {text:?}, {escaping:?}");
                let (mut a, mut b) = (Vec::new(), Vec::new());
                unit.tsv_field(&mut a, s);
                push_tsv_field(&mut b, s);
                assert_eq!(a, b, "tsv {s:?} in {text:?}, {escaping:?}");
                let (mut a, mut b) = (Vec::new(), Vec::new());
                unit.one_line(&mut a, s);
                push_one_line(&mut b, s);
                assert_eq!(a, b, "one line {s:?} in {text:?}, {escaping:?}");
                let (mut a, mut b) = (Vec::new(), Vec::new());
                unit.cell(&mut a, s, 12);
                push_cell(&mut b, s, 12);
                assert_eq!(a, b, "cell {s:?} in {text:?}, {escaping:?}");
            }
        }
    }

    #[test]
    fn numbers_and_char_offsets() {
        let mut out = Vec::new();
        for n in [
            0u64,
            7,
            10,
            99,
            100,
            999,
            1000,
            9999,
            10_000,
            65_535,
            65_536,
            u64::MAX,
        ] {
            push_num(&mut out, n);
            out.push(b' ');
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "0 7 10 99 100 999 1000 9999 10000 65535 65536 18446744073709551615 "
        );
        for n in 0..20_000usize {
            let mut out = b"x".to_vec();
            push_num(&mut out, n);
            assert_eq!(out, format!("x{n}").as_bytes());
        }
        let text = "Wŏnsan, Korea";
        let mut counted = UnitText::new(text, Escaping::Json);
        assert_eq!(counted.span(Span::new(8, 13)), 7..12);
        let mut ascii = UnitText::new("Korea Utara", Escaping::Lines);
        assert_eq!(ascii.span(Span::new(6, 11)), 6..11);
    }
}
