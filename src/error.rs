//! The crate's one error type, returned only by builders and loaders of user data.

use std::fmt;

/// What went wrong while loading user data.
///
/// ```
/// let err = indonlp::Stemmer::builder().add_roots("roots.txt", "makan minum\n").build().unwrap_err();
/// assert!(matches!(err.kind(), indonlp::ErrorKind::Malformed));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read.
    Io,
    /// The file is not valid UTF-8.
    InvalidUtf8,
    /// A line or record does not have the expected shape (column count, empty
    /// field, unknown label, over-long line, bad JSON ...).
    Malformed,
}

/// An error from a builder or a loader of user-supplied data.
///
/// It names the source (a file path or a caller-chosen name), the 1-based
/// line where the problem is, and the problem itself:
///
/// ```
/// let err = indonlp::StopWords::builder()
///     .add_list("mine.txt", "dan\nyang dan\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.kind(), indonlp::ErrorKind::Malformed);
/// assert_eq!(err.source_name(), Some("mine.txt"));
/// assert_eq!(err.line(), Some(2));
/// assert!(err.to_string().starts_with("mine.txt:2: "));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    source_name: Option<String>,
    line: Option<usize>,
    message: String,
}

impl Error {
    pub(crate) fn new(
        kind: ErrorKind,
        source_name: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Error {
        Error {
            kind,
            source_name: Some(source_name.into()),
            line,
            message: message.into(),
        }
    }

    /// A malformed line `line` (1-based) in `source_name`.
    pub(crate) fn malformed(source_name: &str, line: usize, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Malformed, source_name, Some(line), message)
    }

    /// The category of the error.
    ///
    /// ```
    /// let err = indonlp::StopWords::builder().add_file("/no/such/file").build().unwrap_err();
    /// assert_eq!(err.kind(), indonlp::ErrorKind::Io);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The file path or name of the data that was being loaded.
    ///
    /// ```
    /// let err = indonlp::StopWords::builder().add_file("/no/such/file").build().unwrap_err();
    /// assert_eq!(err.source_name(), Some("/no/such/file"));
    /// ```
    pub fn source_name(&self) -> Option<&str> {
        self.source_name.as_deref()
    }

    /// The 1-based line of the problem, when it is tied to one line.
    ///
    /// ```
    /// let err = indonlp::StopWords::builder().add_file("/no/such/file").build().unwrap_err();
    /// assert_eq!(err.line(), None);
    /// ```
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.source_name, self.line) {
            (Some(s), Some(l)) => write!(f, "{s}:{l}: {}", self.message),
            (Some(s), None) => write!(f, "{s}: {}", self.message),
            (None, _) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}
