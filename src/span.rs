//! Byte spans into the text being analysed.

use std::ops::{Index, Range};

/// A half-open byte range `start..end` into the text a value was found in.
///
/// Every token, sentence and entity carries one. Slicing the original text
/// with it gives back exactly the matched text, so `&text[span]` works:
///
/// ```
/// use indonlp::Span;
///
/// let text = "Halo, Jakarta!";
/// let span = Span::new(6, 13);
/// assert_eq!(&text[span], "Jakarta");
/// assert_eq!(span.len(), 7);
/// assert_eq!(Span::from(6..13), span);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    ///
    /// ```
    /// let s = indonlp::Span::new(2, 5);
    /// assert_eq!((s.start, s.end), (2, 5));
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Length of the span in bytes.
    ///
    /// ```
    /// assert_eq!(indonlp::Span::new(3, 10).len(), 7);
    /// ```
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(indonlp::Span::new(4, 4).is_empty());
    /// ```
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    ///
    /// ```
    /// assert_eq!(indonlp::Span::new(1, 3).range(), 1..3);
    /// ```
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl Index<Span> for str {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}
