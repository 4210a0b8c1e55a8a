//! Reading user-supplied text files: one place that turns bytes into numbered
//! lines and reports invalid UTF-8, BOMs, CRLF and over-long lines uniformly.

use crate::error::{Error, ErrorKind};
use std::path::Path;

/// Lines longer than this are rejected: no word list or gazetteer has them,
/// and refusing them keeps memory bounded on garbage input.
pub(crate) const MAX_LINE_BYTES: usize = 64 * 1024;

/// Reads a file whole, naming it by its path in any error.
pub(crate) fn read_path(path: &Path) -> Result<(String, String), Error> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| Error::new(ErrorKind::Io, name.clone(), None, e.to_string()))?;
    let text = decode(&name, &bytes)?;
    Ok((name, text))
}

/// Decodes UTF-8, dropping one leading BOM; invalid UTF-8 is reported with
/// the line it occurs on.
pub(crate) fn decode(name: &str, bytes: &[u8]) -> Result<String, Error> {
    let (bom, bytes) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (3, rest),
        None => (0, bytes),
    };
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Err(Error::new(
                ErrorKind::InvalidUtf8,
                name,
                Some(line),
                // the offset in the file, as a hex editor shows it
                format!("invalid UTF-8 at byte {}", bom + e.valid_up_to()),
            ))
        }
    }
}

/// Iterates the lines of `text` as `(1-based line number, line)`, without the
/// line terminator (`\n` or `\r\n`) and without a leading BOM. Over-long lines
/// are an error. A BOM at the start of a later line (files joined with `cat`)
/// is dropped too: it would otherwise become an invisible part of a word.
pub(crate) fn lines<'a>(
    name: &'a str,
    text: &'a str,
) -> impl Iterator<Item = Result<(usize, &'a str), Error>> + 'a {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().enumerate().map(move |(i, line)| {
        if line.len() > MAX_LINE_BYTES {
            Err(Error::malformed(
                name,
                i + 1,
                format!("line is {} bytes long (limit {MAX_LINE_BYTES})", line.len()),
            ))
        } else {
            Ok((i + 1, line.strip_prefix('\u{feff}').unwrap_or(line)))
        }
    })
}

/// Lines that carry data: trimmed, skipping blank lines and `#` comments.
pub(crate) fn data_lines<'a>(
    name: &'a str,
    text: &'a str,
) -> impl Iterator<Item = Result<(usize, &'a str), Error>> + 'a {
    lines(name, text).filter_map(|r| match r {
        Ok((n, l)) => {
            let l = l.trim();
            (!l.is_empty() && !l.starts_with('#')).then_some(Ok((n, l)))
        }
        Err(e) => Some(Err(e)),
    })
}
