//! The scanner: finds the next token from a byte position.
//!
//! It works on bytes with an ASCII fast path and decodes a `char` only for
//! non-ASCII input. Every decision looks a bounded distance ahead or consumes
//! what it looked at, and the one unbounded look-ahead (the domain chain) is
//! remembered so it is never repeated: scanning is linear in the input.

use super::tables;
use super::token::TokenKind;

/// Character classes of ASCII bytes.
const SPACE: u8 = 1;
const LETTER: u8 = 2;
const DIGIT: u8 = 3;
const PUNCT: u8 = 4;
const SYMBOL: u8 = 5;
const CONTROL: u8 = 6;
/// A byte of a multi-byte UTF-8 sequence: decode the char to classify it.
const NON_ASCII: u8 = 7;

/// The class of every byte value, so the hot loops need one lookup per byte.
static ASCII_CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            NON_ASCII
        } else if b == b' ' || (b >= 9 && b <= 13) {
            SPACE
        } else if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if matches!(
            b,
            b'!' | b'"'
                | b'#'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b','
                | b'-'
                | b'.'
                | b'/'
                | b':'
                | b';'
                | b'?'
                | b'@'
                | b'['
                | b'\\'
                | b']'
                | b'_'
                | b'`'
                | b'{'
                | b'}'
        ) {
            PUNCT
        } else if b.is_ascii_graphic() {
            SYMBOL
        } else {
            CONTROL
        };
        i += 1;
    }
    t
};

/// Invisible format characters treated as whitespace so they never become
/// tokens of their own (zero-width space, word joiner, BOM).
#[inline]
fn is_space_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Combining marks that belong to the letter before them.
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x20D0..=0x20FF | 0x302A..=0x302F
        | 0x3099..=0x309A | 0xFE20..=0xFE2F)
}

#[inline]
pub(crate) fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x231A..=0x231B
        | 0x23E9..=0x23FA)
}

/// Modifiers that continue an emoji: variation selectors, skin tones, keycap.
#[inline]
fn is_emoji_modifier(c: char) -> bool {
    matches!(c as u32, 0xFE0E | 0xFE0F | 0x1F3FB..=0x1F3FF | 0x20E3 | 0xE0020..=0xE007F)
}

#[inline]
fn is_word_char(c: char) -> bool {
    // General Punctuation (curly quotes, dashes, ellipsis) is common in
    // news text and never alphanumeric: skip the Unicode tables for it.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return matches!(c, '\u{200C}' | '\u{200D}');
    }
    c.is_alphanumeric() || is_mark(c)
}

fn is_punct_char(c: char) -> bool {
    matches!(c as u32,
        0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF
        | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F | 0xFF01..=0xFF0F
        | 0x055A..=0x055F | 0x060C | 0x061B | 0x061F | 0x06D4)
}

fn is_currency_char(c: char) -> bool {
    matches!(
        c,
        '$' | '€' | '£' | '¥' | '₩' | '₹' | '₽' | '₱' | '฿' | '₫' | '¢'
    )
}

pub(crate) struct Scanner<'t> {
    text: &'t str,
    pos: usize,
    /// Position up to which a `word.word.word` chain is known not to be a
    /// domain, so the chain is not rescanned from each of its words.
    no_domain_until: usize,
    /// Position up to which no e-mail address can start.
    no_email_until: usize,
    whitespace: bool,
}

impl<'t> Scanner<'t> {
    pub(crate) fn new(text: &'t str, whitespace: bool) -> Self {
        Scanner {
            text,
            pos: 0,
            no_domain_until: 0,
            no_email_until: 0,
            whitespace,
        }
    }

    #[inline]
    fn bytes(&self) -> &'t [u8] {
        self.text.as_bytes()
    }

    /// Decodes the char at byte `i` (which must be a char boundary < len).
    #[inline]
    fn char_at(&self, i: usize) -> (char, usize) {
        let b = self.bytes()[i];
        if b < 0x80 {
            return (b as char, 1);
        }
        // `i` is always a char boundary here, so this cannot fail; fall back
        // to a replacement char rather than panic if that ever changes.
        match self.text[i..].chars().next() {
            Some(c) => (c, c.len_utf8()),
            None => ('\u{FFFD}', 1),
        }
    }

    /// Whether a word character starts at `i`.
    #[inline]
    fn word_char_at(&self, i: usize) -> bool {
        let bytes = self.bytes();
        if i >= bytes.len() {
            return false;
        }
        let b = bytes[i];
        if b < 0x80 {
            let c = ASCII_CLASS[b as usize];
            c == LETTER || c == DIGIT
        } else {
            is_word_char(self.char_at(i).0)
        }
    }

    #[inline]
    fn letter_at(&self, i: usize) -> bool {
        let bytes = self.bytes();
        if i >= bytes.len() {
            return false;
        }
        let b = bytes[i];
        if b < 0x80 {
            b.is_ascii_alphabetic()
        } else {
            let c = self.char_at(i).0;
            c.is_alphabetic() || is_mark(c)
        }
    }

    #[inline]
    fn digit_at(&self, i: usize) -> bool {
        self.bytes().get(i).is_some_and(u8::is_ascii_digit)
    }

    /// End of the run of word characters starting at `i`.
    #[inline]
    fn run_word(&self, mut i: usize) -> usize {
        let bytes = self.bytes();
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                let c = ASCII_CLASS[b as usize];
                if c != LETTER && c != DIGIT {
                    break;
                }
                i += 1;
            } else {
                let (c, n) = self.char_at(i);
                if !is_word_char(c) {
                    break;
                }
                i += n;
            }
        }
        i
    }

    #[inline]
    fn run_digits(&self, mut i: usize) -> usize {
        let bytes = self.bytes();
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    fn run_space(&self, mut i: usize) -> usize {
        let bytes = self.bytes();
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if ASCII_CLASS[b as usize] != SPACE {
                    break;
                }
                i += 1;
            } else {
                let (c, n) = self.char_at(i);
                if !is_space_char(c) {
                    break;
                }
                i += n;
            }
        }
        i
    }

    /// The next token as `(start, end, kind)`.
    #[inline]
    pub(crate) fn next_token(&mut self) -> Option<(usize, usize, TokenKind)> {
        if !self.whitespace {
            // Fast paths for most tokens, after at most one space: a word
            // of ASCII letters (or two around a hyphen) that a space, a
            // comma, a closing bracket, quote or sentence mark, the end of
            // the text or a sentence's full stop closes; a plain number
            // before a space, the end, or a comma or full stop ending a
            // clause; a lone mark before a space or the end. The full scan
            // gives the same token (a test compares them); only `Rp` or
            // `RP` may open a currency.
            let bytes = self.bytes();
            let mut start = self.pos;
            if bytes.get(start) == Some(&b' ') {
                start += 1;
            }
            if let Some(&b) = bytes.get(start) {
                let currency = b == b'R' && matches!(bytes.get(start + 1), Some(b'p' | b'P'));
                if b.is_ascii_digit() {
                    let end = plain_number_end(bytes, start);
                    // Before a space or the end; or before a comma or a
                    // full stop that a space or the end follows.
                    let closed = match bytes.get(end) {
                        None => true,
                        Some(b',' | b'.') => matches!(bytes.get(end + 1), None | Some(b' ')),
                        Some(&c) => ASCII_CLASS[c as usize] == SPACE,
                    };
                    if closed {
                        self.pos = end;
                        return Some((start, end, TokenKind::Number));
                    }
                } else if b.is_ascii_alphabetic() && !currency {
                    let end = start + leading_ascii_letters(&bytes[start..]);
                    // What may follow a word the fast path takes.
                    let closes = |i: usize| match bytes.get(i) {
                        None | Some(b' ' | b',' | b')' | b'"' | b'?' | b'!' | b';') => true,
                        Some(&c) => ASCII_CLASS[c as usize] == SPACE,
                    };
                    if closes(end) {
                        self.pos = end;
                        return Some((start, end, TokenKind::Word));
                    }
                    // A word before a full stop that ends a sentence: a
                    // word unless it is an abbreviation or an initial, which
                    // take the stop (the full scan decides those).
                    if bytes.get(end) == Some(&b'.')
                        && bytes
                            .get(end + 1)
                            .is_none_or(|&c| ASCII_CLASS[c as usize] == SPACE)
                        && end - start >= 2
                        && !tables::is_abbreviation(&self.text[start..end])
                    {
                        self.pos = end;
                        return Some((start, end, TokenKind::Word));
                    }
                    // Two words of ASCII letters around a hyphen (`anak-anak`,
                    // `Jong-un`, `APBD-nya`), closed as above or by a
                    // full stop before a space or the end: one token when
                    // the hyphen joins them, else the first word.
                    if bytes.get(end) == Some(&b'-') {
                        let r = end + 1 + leading_ascii_letters(&bytes[end + 1..]);
                        let final_stop = bytes.get(r) == Some(&b'.')
                            && matches!(bytes.get(r + 1), None | Some(b' '));
                        if r > end + 1 && (closes(r) || final_stop) {
                            let (left, right) = (&self.text[start..end], &self.text[end + 1..r]);
                            let end = if join_hyphen(left, right) { r } else { end };
                            self.pos = end;
                            return Some((start, end, TokenKind::Word));
                        }
                    }
                } else if match b {
                    b',' => matches!(bytes.get(start + 1), None | Some(b' ' | b'"')),
                    b'.' | b'?' | b'!' | b':' | b';' | b'-' => {
                        matches!(bytes.get(start + 1), None | Some(b' '))
                    }
                    b'(' | b'"' => bytes
                        .get(start + 1)
                        .is_none_or(|c| *c == b' ' || c.is_ascii_alphabetic()),
                    b')' => bytes
                        .get(start + 1)
                        .is_none_or(|c| matches!(c, b' ' | b',' | b'.') || c.is_ascii_alphabetic()),
                    _ => false,
                } {
                    // A comma before a space, a quote or the end; a full
                    // stop or another mark before a space or the end; a
                    // bracket or a quote before a space, a letter or the
                    // end: over a third of the tokens the fast path above
                    // misses.
                    self.pos = start + 1;
                    return Some((start, start + 1, TokenKind::Punctuation));
                }
            }
        }
        self.next_token_full()
    }

    /// [`Scanner::next_token`] without the fast paths.
    #[inline(never)]
    fn next_token_full(&mut self) -> Option<(usize, usize, TokenKind)> {
        let len = self.text.len();
        let start = self.pos;
        if start >= len {
            self.pos = len;
            return None;
        }
        let space_end = self.run_space(start);
        if space_end > start {
            if self.whitespace {
                self.pos = space_end;
                return Some((start, space_end, TokenKind::Whitespace));
            }
            if space_end >= len {
                self.pos = len;
                return None;
            }
        }
        let start = space_end;
        let (end, kind) = self.scan_at(start);
        debug_assert!(end > start && self.text.is_char_boundary(end));
        self.pos = end;
        Some((start, end, kind))
    }

    fn scan_at(&mut self, start: usize) -> (usize, TokenKind) {
        let bytes = self.bytes();
        let b = bytes[start];
        if b < 0x80 {
            match ASCII_CLASS[b as usize] {
                LETTER | DIGIT => self.scan_word(start),
                _ => self.scan_ascii_other(start),
            }
        } else {
            let (c, n) = self.char_at(start);
            if is_word_char(c) {
                self.scan_word(start)
            } else if is_emoji(c) {
                (self.scan_emoji(start + n, c), TokenKind::Emoji)
            } else if is_currency_char(c) {
                (start + n, TokenKind::Currency)
            } else if c == '°'
                && matches!(bytes.get(start + n), Some(b'C' | b'F'))
                && !self.letter_at(start + n + 1)
            {
                (start + n + 1, TokenKind::Symbol)
            } else if is_punct_char(c) {
                (start + n, TokenKind::Punctuation)
            } else {
                (start + n, TokenKind::Symbol)
            }
        }
    }

    fn scan_emoji(&self, mut i: usize, first: char) -> usize {
        let len = self.text.len();
        // A flag is a pair of regional indicators.
        if (0x1F1E6..=0x1F1FF).contains(&(first as u32)) && i < len {
            let (c, n) = self.char_at(i);
            if (0x1F1E6..=0x1F1FF).contains(&(c as u32)) {
                return i + n;
            }
        }
        while i < len {
            let (c, n) = self.char_at(i);
            if is_emoji_modifier(c) {
                i += n;
            } else if c == '\u{200D}' && i + n < len && is_emoji(self.char_at(i + n).0) {
                let (_, m) = self.char_at(i + n);
                i += n + m;
            } else {
                break;
            }
        }
        i
    }

    fn scan_ascii_other(&mut self, start: usize) -> (usize, TokenKind) {
        let bytes = self.bytes();
        let b = bytes[start];
        let next = bytes.get(start + 1).copied();
        match b {
            b'@' if next.is_some_and(|n| n.is_ascii_alphanumeric() || n == b'_') => {
                let mut i = start + 1;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                // `@user.name`: dots inside a handle, not at its end.
                while i + 1 < bytes.len()
                    && bytes[i] == b'.'
                    && (bytes[i + 1].is_ascii_alphanumeric() || bytes[i + 1] == b'_')
                {
                    i += 1;
                    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_')
                    {
                        i += 1;
                    }
                }
                (i, TokenKind::Mention)
            }
            b'#' if self.word_char_at(start + 1) || next == Some(b'_') => {
                let mut i = start + 1;
                let mut has_letter = false;
                loop {
                    if i < bytes.len() && bytes[i] == b'_' {
                        i += 1;
                        continue;
                    }
                    let e = self.run_word(i);
                    if e == i {
                        break;
                    }
                    has_letter |= bytes[i..e].iter().any(|b| !b.is_ascii_digit());
                    i = e;
                }
                if has_letter {
                    (i, TokenKind::Hashtag)
                } else {
                    (start + 1, TokenKind::Punctuation)
                }
            }
            // Runs that are one token: `--` and two backticks. Repeated `.`,
            // `!` and `?` are separate tokens, as in UD.
            b'-' | b'`' => {
                let mut i = start + 1;
                while i < bytes.len() && bytes[i] == b {
                    i += 1;
                }
                (i, TokenKind::Punctuation)
            }
            b'$' => (start + 1, TokenKind::Currency),
            _ => match ASCII_CLASS[b as usize] {
                PUNCT => (start + 1, TokenKind::Punctuation),
                _ => (start + 1, TokenKind::Symbol),
            },
        }
    }

    /// Scans a token that starts with a word character: a word, number,
    /// date, time, abbreviation, domain, URL or e-mail.
    fn scan_word(&mut self, start: usize) -> (usize, TokenKind) {
        let bytes = self.bytes();
        let len = bytes.len();
        // Fast path: most words are letters up to a space.
        let (end, digits) = self.run_word_digits(start);
        if end >= len || ASCII_CLASS[bytes[end] as usize] == SPACE {
            if bytes[start] == b'R' && end - start >= 2 && matches!(bytes[start + 1], b'p' | b'P') {
                if end - start == 2 {
                    return (end, TokenKind::Currency);
                }
                if bytes[start + 1] == b'p' && bytes[start + 2].is_ascii_digit() {
                    return (start + 2, TokenKind::Currency);
                }
            }
            let kind = if digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            return (end, kind);
        }
        self.scan_word_slow(start)
    }

    /// End of the word run at `i` and whether it is all ASCII digits.
    #[inline]
    fn run_word_digits(&self, start: usize) -> (usize, bool) {
        let bytes = self.bytes();
        let mut i = start;
        let mut digits = true;
        // Eight ASCII letters at a time; most words are just letters.
        let n = leading_ascii_letters(&bytes[i..]);
        if n > 0 {
            digits = false;
            i += n;
        }
        loop {
            while i < bytes.len() {
                let c = ASCII_CLASS[bytes[i] as usize];
                // LETTER and DIGIT are adjacent classes: one comparison.
                if c.wrapping_sub(LETTER) > DIGIT - LETTER {
                    break;
                }
                digits &= c == DIGIT;
                i += 1;
            }
            if i < bytes.len() && bytes[i] >= 0x80 {
                let (c, n) = self.char_at(i);
                if is_word_char(c) {
                    digits = false;
                    i += n;
                    continue;
                }
            }
            return (i, digits);
        }
    }

    fn scan_word_slow(&mut self, start: usize) -> (usize, TokenKind) {
        let bytes = self.bytes();
        let len = bytes.len();
        if let Some(r) = self.try_url(start) {
            return r;
        }
        if let Some(r) = self.try_email(start) {
            return r;
        }
        let mut end = self.run_word(start);
        let first_piece = &self.text[start..end];
        // `Rp10.000` is two tokens, `Rp` and `10.000`, as in UD.
        if first_piece.len() > 2
            && first_piece.starts_with("Rp")
            && bytes[start + 2].is_ascii_digit()
        {
            return (start + 2, TokenKind::Currency);
        }
        if first_piece == "Rp" || first_piece == "RP" {
            // `Rp.10.000`: the period belongs to the currency sign.
            if bytes.get(end) == Some(&b'.') && self.digit_at(end + 1) {
                return (end + 1, TokenKind::Currency);
            }
            return (end, TokenKind::Currency);
        }
        let mut piece_start = start;
        let mut kind = if all_digits(first_piece) {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let mut pieces = 1usize;
        while end < len {
            let c = bytes[end];
            let piece = || &self.text[piece_start..end];
            match c {
                b'.' | b',' | b':'
                    if kind == TokenKind::Number
                        && all_digits(piece())
                        && self.digit_at(end + 1) =>
                {
                    let piece = piece();
                    let r = self.run_digits(end + 1);
                    if pieces == 1
                        && piece.len() <= 2
                        && r - end - 1 == 2
                        && c != b','
                        && !self.continues_number(r)
                    {
                        let h: u32 = piece.parse().unwrap_or(99);
                        let m: u32 = self.text[end + 1..r].parse().unwrap_or(99);
                        if h <= 24 && m <= 59 {
                            return (r, TokenKind::Time);
                        }
                    }
                    piece_start = end + 1;
                    end = r;
                    pieces += 1;
                }
                b'.' if self.word_char_at(end + 1) => {
                    if let Some(e) = self.domain_chain(start, end) {
                        return (e, TokenKind::Url);
                    }
                    if let Some(e) = self.abbreviation_chain(start, end) {
                        return (e, TokenKind::Abbreviation);
                    }
                    break;
                }
                b'/' if self.word_char_at(end + 1) => {
                    let piece = piece();
                    let r = self.run_word(end + 1);
                    let right = &self.text[end + 1..r];
                    if pieces == 1 && kind == TokenKind::Number && is_day(piece) && is_month(right)
                    {
                        // `13/7` or `25/9/2014`
                        if bytes.get(r) == Some(&b'/') && self.digit_at(r + 1) {
                            let y = self.run_digits(r + 1);
                            if matches!(y - r - 1, 2 | 4) && !self.word_char_at(y) {
                                return (y, TokenKind::Date);
                            }
                        }
                        if !(bytes.get(r) == Some(&b'/') && self.word_char_at(r + 1)) {
                            return (r, TokenKind::Date);
                        }
                        break;
                    }
                    // `II/2007`, `I/2006`: a quarter or volume in Roman numerals.
                    if pieces == 1
                        && is_roman(piece)
                        && all_digits(right)
                        && right.len() == 4
                        && bytes.get(r) != Some(&b'/')
                    {
                        return (r, TokenKind::Number);
                    }
                    // `d/a`, `s/d`, `C/O`: single letters around a slash.
                    if pieces == 1
                        && piece.len() == 1
                        && right.len() == 1
                        && piece.as_bytes()[0].is_ascii_alphabetic()
                        && right.as_bytes()[0].is_ascii_alphabetic()
                        && bytes.get(r) != Some(&b'/')
                    {
                        return (r, TokenKind::Abbreviation);
                    }
                    break;
                }
                b'-' if self.word_char_at(end + 1) => {
                    let piece = piece();
                    let r = self.run_word(end + 1);
                    let right = &self.text[end + 1..r];
                    // `17-8-1945`: a day-month-year date, not two ranges.
                    if pieces == 1
                        && is_day(piece)
                        && is_month(right)
                        && bytes.get(r) == Some(&b'-')
                    {
                        let y = self.run_digits(r + 1);
                        if y - r - 1 == 4 && !self.word_char_at(y) {
                            return (y, TokenKind::Date);
                        }
                    }
                    if !join_hyphen(piece, right) {
                        break;
                    }
                    kind = TokenKind::Word;
                    piece_start = end + 1;
                    end = r;
                    pieces += 1;
                }
                b'\'' if self.letter_at(end + 1) && self.letter_before(end) => {
                    let r = self.run_word(end + 1);
                    kind = TokenKind::Word;
                    piece_start = end + 1;
                    end = r;
                    pieces += 1;
                }
                // U+2019 RIGHT SINGLE QUOTATION MARK used as an apostrophe: `Jum’at`.
                0xE2 if bytes.get(end + 1) == Some(&0x80)
                    && bytes.get(end + 2) == Some(&0x99)
                    && self.letter_at(end + 3)
                    && self.letter_before(end) =>
                {
                    let r = self.run_word(end + 3);
                    kind = TokenKind::Word;
                    piece_start = end + 3;
                    end = r;
                    pieces += 1;
                }
                _ => break,
            }
        }
        // A final period belongs to an abbreviation or an initial.
        if end < len && bytes[end] == b'.' && pieces == 1 && kind == TokenKind::Word {
            let word = &self.text[start..end];
            if tables::is_abbreviation(word) || (is_initial(word) && self.more_on_line(end + 1)) {
                return (end + 1, TokenKind::Abbreviation);
            }
        }
        (end, kind)
    }

    /// Whether the number goes on after `i` (`1.250.000`), so `1.25` is not a time.
    #[inline]
    fn continues_number(&self, i: usize) -> bool {
        let b = self.bytes();
        i < b.len() && matches!(b[i], b'.' | b',' | b':') && self.digit_at(i + 1)
    }

    /// Whether a letter ends just before byte `i`.
    fn letter_before(&self, i: usize) -> bool {
        match self.text[..i].chars().next_back() {
            Some(c) => c.is_alphabetic() || is_mark(c),
            None => false,
        }
    }

    /// Whether something other than whitespace follows on the same line.
    fn more_on_line(&self, i: usize) -> bool {
        let bytes = self.bytes();
        let mut j = i;
        while j < bytes.len() {
            match bytes[j] {
                b' ' | b'\t' => j += 1,
                b'\n' | b'\r' => return false,
                _ => return true,
            }
        }
        false
    }

    fn try_url(&self, start: usize) -> Option<(usize, TokenKind)> {
        let rest = &self.bytes()[start..];
        let b0 = rest[0] | 0x20;
        if b0 != b'h' && b0 != b'w' {
            return None;
        }
        let prefix_len = if starts_with_ignore_case(rest, b"https://") {
            8
        } else if starts_with_ignore_case(rest, b"http://") {
            7
        } else if starts_with_ignore_case(rest, b"www.") {
            4
        } else {
            return None;
        };
        if !self.word_char_at(start + prefix_len) {
            return None;
        }
        Some((self.url_end(start + prefix_len), TokenKind::Url))
    }

    /// End of a URL body starting at `i`: up to whitespace, minus trailing
    /// punctuation that belongs to the sentence (a closing bracket stays when
    /// the URL opened one).
    fn url_end(&self, i: usize) -> usize {
        let bytes = self.bytes();
        let mut e = i;
        while e < bytes.len() {
            let b = bytes[e];
            if b < 0x80 {
                if ASCII_CLASS[b as usize] == SPACE || matches!(b, b'"' | b'<' | b'>') {
                    break;
                }
                e += 1;
            } else {
                let (c, n) = self.char_at(e);
                if is_space_char(c) || matches!(c, '“' | '”' | '‘' | '’' | '«' | '»') {
                    break;
                }
                e += n;
            }
        }
        let body = &bytes[i..e];
        let opens = body.iter().filter(|&&b| b == b'(').count();
        let mut closes = body.iter().filter(|&&b| b == b')').count();
        while e > i {
            let b = bytes[e - 1];
            let trim = match b {
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' => true,
                b')' if closes > opens => {
                    closes -= 1;
                    true
                }
                _ => false,
            };
            if !trim {
                break;
            }
            e -= 1;
        }
        e
    }

    fn try_email(&mut self, start: usize) -> Option<(usize, TokenKind)> {
        if start < self.no_email_until {
            return None;
        }
        let bytes = self.bytes();
        // Local part: [A-Za-z0-9._%+-]+ running right up to an `@`. Where
        // it stops short of one, no later start inside the run reaches one
        // either, so remember that and never rescan the run.
        let mut at = start;
        while at < bytes.len()
            && (bytes[at].is_ascii_alphanumeric()
                || matches!(bytes[at], b'.' | b'_' | b'%' | b'+' | b'-'))
        {
            at += 1;
        }
        if bytes.get(at) != Some(&b'@') {
            self.no_email_until = at;
            return None;
        }
        // Domain: labels separated by dots, the last alphabetic, 2+ letters.
        let mut j = at + 1;
        let mut labels = 0;
        let mut last_label_alpha;
        loop {
            let ls = j;
            while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
                j += 1;
            }
            if j == ls {
                return None;
            }
            labels += 1;
            last_label_alpha = j - ls >= 2 && bytes[ls..j].iter().all(u8::is_ascii_alphabetic);
            if j + 1 < bytes.len() && bytes[j] == b'.' && bytes[j + 1].is_ascii_alphanumeric() {
                j += 1;
            } else {
                break;
            }
        }
        (labels >= 2 && last_label_alpha).then_some((j, TokenKind::Email))
    }

    /// `kompas.com`, `KONTAN.CO.ID`, `x.id/a`: labels joined by dots whose
    /// last label is a top-level domain. `dot` is the first dot.
    fn domain_chain(&mut self, start: usize, dot: usize) -> Option<usize> {
        if dot < self.no_domain_until {
            return None;
        }
        let bytes = self.bytes();
        let mut j = dot;
        let mut last = (start, dot);
        while j + 1 < bytes.len() && bytes[j] == b'.' && bytes[j + 1].is_ascii_alphanumeric() {
            let ls = j + 1;
            let mut e = ls;
            while e < bytes.len()
                && (bytes[e].is_ascii_alphanumeric() || (bytes[e] == b'-' && e > ls))
            {
                e += 1;
            }
            last = (ls, e);
            j = e;
        }
        let label = &self.text[last.0..last.1];
        if last.0 > dot && tables::is_tld(label) && !self.word_char_at(last.1) {
            if bytes.get(last.1) == Some(&b'/')
                && last.1 + 1 < bytes.len()
                && ASCII_CLASS
                    .get(bytes[last.1 + 1] as usize)
                    .is_some_and(|&c| c != SPACE)
            {
                return Some(self.url_end(last.1));
            }
            return Some(last.1);
        }
        self.no_domain_until = j.max(dot + 1);
        None
    }

    /// `a.n.`, `S.H.`, `B.J.`, `M.Si.`: short letter groups each closed by a
    /// period. `dot` is the period after the first group.
    fn abbreviation_chain(&self, start: usize, dot: usize) -> Option<usize> {
        let bytes = self.bytes();
        let short = |s: usize, e: usize| {
            (1..=3).contains(&(e - s)) && bytes[s..e].iter().all(u8::is_ascii_alphabetic)
        };
        if !short(start, dot) {
            return None;
        }
        let mut j = dot;
        let mut groups = 1;
        while j + 1 < bytes.len() && bytes[j] == b'.' && bytes[j + 1].is_ascii_alphabetic() {
            let gs = j + 1;
            let mut e = gs;
            while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
                e += 1;
            }
            if !short(gs, e) || bytes.get(e) != Some(&b'.') {
                break;
            }
            groups += 1;
            j = e;
        }
        (groups >= 2).then_some(j + 1)
    }
}

/// The end of the number at `start` in the scanner's fast path: digits,
/// with decimal commas (`3,5`) and groups of three after full stops
/// (`10.000`), which the full scan reads as one number too. Two digits
/// after a full stop may make a time (`13.30`): the full scan decides.
fn plain_number_end(bytes: &[u8], start: usize) -> usize {
    let digits = |i: usize| bytes[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut end = start + digits(start);
    loop {
        match bytes.get(end) {
            Some(b',') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => {
                end += 1 + digits(end + 1);
            }
            Some(b'.') if digits(end + 1) == 3 => end += 4,
            _ => return end,
        }
    }
}

/// How many ASCII letters `bytes` starts with, counted eight at a time
/// (SWAR): a byte is a letter when, with bit 5 set, it lies in `a..=z`.
#[inline]
fn leading_ascii_letters(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let t = (x | 0x2020_2020_2020_2020) & !HIGH;
        // High bit of each byte: t >= 0x61, t > 0x7A. No carries cross
        // bytes because every byte of t is below 0x80.
        let ge_a = t.wrapping_add(0x1F * ONES) & HIGH;
        let gt_z = t.wrapping_add(0x05 * ONES) & HIGH;
        let letters = ge_a & !gt_z & !x;
        if letters == HIGH {
            i += 8;
        } else {
            return i + ((!letters & HIGH).trailing_zeros() / 8) as usize;
        }
    }
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

fn starts_with_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

#[inline]
fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_day(s: &str) -> bool {
    s.len() <= 2 && s.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_month(s: &str) -> bool {
    s.len() <= 2 && all_digits(s) && s.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
}

fn is_roman(s: &str) -> bool {
    (1..=4).contains(&s.len()) && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// A single uppercase letter: `H.` in `H. Agus`, `B.` in `B. Habibie`.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Whether `left-right` is one token. Reduplication (`anak-anak`,
/// `Diam-Diam`, `berbondong-bondong`) and prefixed or lowercase compounds
/// (`non-migas`, `se-Jawa`, `ke-2`, `Jong-un`) join; ranges (`2019-2024`)
/// and pairs of distinct capitalised names (`Januari-September`) split.
fn join_hyphen(left: &str, right: &str) -> bool {
    let l_digits = all_digits(left);
    let r_digits = all_digits(right);
    if l_digits {
        return !r_digits;
    }
    let l_first_upper = left.chars().next().is_some_and(char::is_uppercase);
    if r_digits {
        // `ke-2`, `COVID-19`, `F-16` join; `April-14` splits.
        return !l_first_upper || left.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    }
    if is_reduplication(left, right) {
        return true;
    }
    if !l_first_upper {
        return true;
    }
    let r_first_upper = right.chars().next().is_some_and(char::is_uppercase);
    let l_all_upper = left.chars().count() >= 2 && left.chars().all(|c| !c.is_lowercase());
    if !r_first_upper {
        // `APBD-nya` splits, `Jong-un` joins.
        return !l_all_upper;
    }
    if right.chars().count() == 1 {
        return true; // `APBN-P`
    }
    // Arabic articles and name particles: `Al-Qur'an`, `Abu-Bakar`.
    matches!(
        left,
        "Al" | "El" | "Ad" | "Ar" | "As" | "At" | "Az" | "An" | "Abu" | "Ibnu" | "Bin"
    )
}

/// Whether the halves are a reduplication: equal ignoring case, or one
/// contains the other (`bersalam-salaman`, `berbondong-bondong`), or a
/// rhyming/ablaut pair sharing most of their letters (`sayur-mayur`,
/// `bolak-balik`).
fn is_reduplication(left: &str, right: &str) -> bool {
    if left.eq_ignore_ascii_case(right) {
        return true;
    }
    let (l, r) = (left.as_bytes(), right.as_bytes());
    if !left.is_ascii() || !right.is_ascii() || l.len() < 2 || r.len() < 2 {
        return left.to_lowercase() == right.to_lowercase();
    }
    let lower_eq = |a: &[u8], b: &[u8]| a.eq_ignore_ascii_case(b);
    let contains = |hay: &[u8], needle: &[u8]| {
        hay.len() >= needle.len() && hay.windows(needle.len()).any(|w| lower_eq(w, needle))
    };
    contains(l, r)
        || contains(r, l)
        || (l.len() == r.len() && lower_eq(&l[1..], &r[1..]))
        || (l.len() == r.len()
            && l[0].eq_ignore_ascii_case(&r[0])
            && lower_eq(&l[l.len() - 2..], &r[r.len() - 2..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swar_letter_count_matches_bytewise_count() {
        let samples: &[&[u8]] = &[
            b"",
            b"a",
            b"abcdefgh",
            b"abcdefghi",
            b"abcdefg1",
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            b"abc@defg",
            b"abc[defgh",
            b"abc`defgh",
            b"abc{defgh",
            b"z\x80abcdefg",
            b"mengatakan bahwa",
        ];
        for s in samples {
            let naive = s.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            assert_eq!(
                leading_ascii_letters(s),
                naive,
                "{:?}",
                String::from_utf8_lossy(s)
            );
        }
        // Every byte value in every position of an 8-byte chunk.
        for pos in 0..8 {
            for b in 0..=255u8 {
                let mut s = *b"abcdefghij";
                s[pos] = b;
                let naive = s.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                assert_eq!(leading_ascii_letters(&s), naive, "byte {b:#x} at {pos}");
            }
        }
    }

    /// Every token of `text`: with `whitespace` the scanner never takes
    /// the fast path, so the two runs compare it with the full scan.
    fn tokens(text: &str, whitespace: bool) -> Vec<(usize, usize, TokenKind)> {
        let mut sc = Scanner::new(text, whitespace);
        std::iter::from_fn(|| sc.next_token())
            .filter(|t| t.2 != TokenKind::Whitespace)
            .collect()
    }

    #[test]
    fn fast_path_gives_the_full_scans_tokens() {
        let pieces = [
            "kata",
            "Rp",
            "Rp5",
            "RP",
            "Ramah",
            "Rusia",
            "RI",
            "R",
            "Rpx",
            "rp",
            "2019",
            "10km",
            "12:30",
            "1/2",
            "3-4",
            "5%",
            "7\u{a0}",
            "0",
            "?",
            "!",
            ":",
            ";",
            "?!",
            "--",
            "-5",
            ")",
            "),",
            ").",
            ",\"",
            "2019,",
            "2019.",
            "1.",
            "5,5.",
            "anak-anak",
            "Jong-un",
            "APBD-nya",
            "Al-Quran",
            "Indonesia-Malaysia",
            "e-KTP",
            "a-",
            "x-y-z",
            "ke-3",
            "Rp-an",
            "10.000",
            "1.000.000,25",
            "3,25,",
            "2.50",
            "12.300",
            "1.0000",
            "10.000.",
            "7,",
            "dll.",
            "B.J.",
            "ke-3",
            "e-mail",
            "a@b.co",
            "kompas.com",
            "http://x.id/a",
            "3,5",
            "13.30",
            "café",
            "naïf",
            "x\u{200B}y",
            "—",
            "\n",
            "\t",
            "  ",
            "\u{3000}",
            "😀",
            "#tag",
            "@user",
            "-",
            ".",
            "Dr",
            "KTP-el",
            "1",
            ",",
            "a,b",
            "dll,",
            "3,",
            ",5",
            "x,y.z",
            "me,",
            "O'Neil",
            "tel,",
            "M.",
            "Prof.",
            "st.",
            "kemarin.",
            "(kata)",
            "(1)",
            "(:",
            ":-)",
            "(y)",
            "\"\"",
            ")(",
            "\"kata\"",
            "kata?",
            "kata!",
            "kata;",
            "ke)",
            "Rp)",
            "www\"",
            "...",
            ". .",
            ":)",
            ";)",
            "(",
            ")",
            "5.",
            "a.",
            "1.000,5",
            ",,",
            ".,",
        ];
        // Every ordered pair and triple of pieces, joined by a space or not.
        let mut texts = Vec::new();
        for a in pieces {
            for b in pieces {
                texts.push(format!("{a} {b}"));
                texts.push(format!("{a}{b}"));
                for c in ["kata", "Rp", " ", ".", ",", ", "] {
                    texts.push(format!("{a} {b}{c}"));
                    texts.push(format!("{c}{a} {b} "));
                }
            }
        }
        for t in &texts {
            assert_eq!(tokens(t, false), tokens(t, true), "{t:?}");
        }
    }
}
