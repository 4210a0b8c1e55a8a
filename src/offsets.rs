//! Converting byte offsets to character offsets.

use crate::span::Span;
use std::ops::Range;

/// Converts byte offsets in one text to character (Unicode scalar value)
/// offsets, as Python and many annotation formats count.
///
/// Queries in increasing order cost time proportional to the distance
/// between them, so converting every token or entity of a text is linear;
/// a query before the previous one restarts from the beginning.
///
/// ```
/// let text = "Wŏnsan, Korea Utara";
/// let mut offsets = indonlp::CharOffsets::new(text);
/// assert_eq!(offsets.char_offset(8), 7);   // 'ŏ' is two bytes, one char
/// assert_eq!(offsets.span(indonlp::Span::new(8, 19)), 7..18);
/// ```
#[derive(Clone, Debug)]
pub struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    /// A converter for `text`.
    ///
    /// ```
    /// let mut o = indonlp::CharOffsets::new("abc");
    /// assert_eq!(o.char_offset(3), 3);
    /// ```
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `byte`. A byte offset inside a
    /// character counts that character as started; offsets past the end
    /// give the text's length in characters.
    ///
    /// ```
    /// let mut o = indonlp::CharOffsets::new("“x”");
    /// assert_eq!(o.char_offset(3), 1);
    /// assert_eq!(o.char_offset(100), 3);
    /// ```
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        // Count char starts (bytes that are not UTF-8 continuation bytes).
        let n = self.text.as_bytes()[self.byte..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        self.byte = byte;
        self.chars += n;
        self.chars
    }

    /// The character range of a byte span.
    ///
    /// ```
    /// let mut o = indonlp::CharOffsets::new("é é");
    /// assert_eq!(o.span(indonlp::Span::new(3, 5)), 2..3);
    /// ```
    pub fn span(&mut self, span: Span) -> Range<usize> {
        let s = self.char_offset(span.start);
        let e = self.char_offset(span.end);
        s..e
    }
}
