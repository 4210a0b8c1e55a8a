//! Cutting an input into units of work (lines, paragraphs or the whole
//! file) and decoding them, with invalid UTF-8 reported by byte offset.
//!
//! Memory stays bounded for line and paragraph units: a unit longer than
//! [`MAX_UNIT_BYTES`] is cut (at a character boundary) and continues in the
//! next unit, so a 50 GB file without a newline is read piece by piece.

use crate::args::By;
use crate::report::Reporter;
use std::io::{self, BufRead, Read};
use std::sync::Arc;

/// The largest line or paragraph unit; longer ones are cut.
pub const MAX_UNIT_BYTES: usize = 8 << 20;

/// A piece of input text and where it came from.
#[derive(Debug)]
pub struct Unit {
    /// The file path (`-` for stdin).
    pub source: Arc<str>,
    /// 0-based index of the unit within its source.
    pub index: u64,
    /// 1-based line of the source where the unit starts.
    pub line: u64,
    pub text: String,
}

/// Why reading a source stopped early.
pub enum Stop {
    /// The consumer does not want more units (output closed).
    Consumer,
    /// The source could not be read or decoded; the message names it.
    Failed(String),
}

/// Reads `reader` as units of kind `by`, calling `emit` for each; `emit`
/// returns `false` to stop. Without `strict`, invalid UTF-8 is replaced by
/// U+FFFD and reported once per source with its byte offset.
pub fn read_units(
    source: &Arc<str>,
    reader: &mut dyn BufRead,
    by: By,
    strict: bool,
    report: &Reporter,
    emit: &mut dyn FnMut(Unit) -> bool,
) -> Result<(), Stop> {
    let mut dec = Decoder {
        name: source,
        strict,
        warned: false,
        report,
    };
    let io_err = |e: io::Error| Stop::Failed(format!("{source}: {e}"));
    let mut send = |index: u64, line: u64, text: String| {
        if emit(Unit {
            source: source.clone(),
            index,
            line,
            text,
        }) {
            Ok(())
        } else {
            Err(Stop::Consumer)
        }
    };
    match by {
        By::File => {
            let mut bytes = Vec::new();
            reader.read_to_end(&mut bytes).map_err(io_err)?;
            let (bytes, offset) = strip_bom(bytes);
            let text = dec.decode(bytes, offset)?;
            send(0, 1, text)
        }
        By::Line => {
            let mut lines = Lines::new(reader);
            let mut index = 0;
            while let Some(l) = lines.next_line().map_err(io_err)? {
                let mut bytes = l.bytes;
                if l.ended {
                    bytes.pop();
                    if bytes.last() == Some(&b'\r') {
                        bytes.pop();
                    }
                }
                let text = dec.decode(bytes, l.offset)?;
                send(index, l.line, text)?;
                index += 1;
            }
            Ok(())
        }
        By::Paragraph => {
            let mut lines = Lines::new(reader);
            let mut index = 0;
            // (bytes, offset of its first byte, its first line)
            let mut para: Option<(Vec<u8>, u64, u64)> = None;
            while let Some(l) = lines.next_line().map_err(io_err)? {
                let blank = l.bytes.iter().all(u8::is_ascii_whitespace);
                if blank || para.as_ref().is_some_and(|p| p.0.len() >= MAX_UNIT_BYTES) {
                    if let Some((bytes, offset, line)) = para.take() {
                        send(index, line, dec.decode(trim_end_newlines(bytes), offset)?)?;
                        index += 1;
                    }
                }
                if !blank {
                    match &mut para {
                        Some(p) => p.0.extend_from_slice(&l.bytes),
                        None => para = Some((l.bytes, l.offset, l.line)),
                    }
                }
            }
            if let Some((bytes, offset, line)) = para {
                send(index, line, dec.decode(trim_end_newlines(bytes), offset)?)?;
            }
            Ok(())
        }
    }
}

fn strip_bom(mut bytes: Vec<u8>) -> (Vec<u8>, u64) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        (bytes, 3)
    } else {
        (bytes, 0)
    }
}

fn trim_end_newlines(mut bytes: Vec<u8>) -> Vec<u8> {
    while matches!(bytes.last(), Some(b'\n' | b'\r')) {
        bytes.pop();
    }
    bytes
}

struct Decoder<'a> {
    name: &'a str,
    strict: bool,
    warned: bool,
    report: &'a Reporter,
}

impl Decoder<'_> {
    /// `offset` is the position of `bytes[0]` in the (decompressed) source.
    fn decode(&mut self, bytes: Vec<u8>, offset: u64) -> Result<String, Stop> {
        match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                let at = offset + e.utf8_error().valid_up_to() as u64;
                if self.strict {
                    return Err(Stop::Failed(format!(
                        "{}: invalid UTF-8 at byte {at}",
                        self.name
                    )));
                }
                if !self.warned {
                    self.warned = true;
                    self.report.warn(&format!(
                        "{}: invalid UTF-8 at byte {at}, replaced by U+FFFD \
                         (later ones in this file are not reported)",
                        self.name
                    ));
                }
                Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
            }
        }
    }
}

/// A line of input with its terminator, or a piece of an over-long line.
struct Line {
    bytes: Vec<u8>,
    /// Ends with `\n` (otherwise end of input, or cut for length).
    ended: bool,
    offset: u64,
    line: u64,
}

/// Lines of at most [`MAX_UNIT_BYTES`]; a leading BOM is dropped.
struct Lines<'r> {
    reader: &'r mut dyn BufRead,
    /// Bytes of a character cut in two by the length limit.
    carry: Vec<u8>,
    offset: u64,
    line: u64,
    first: bool,
}

impl<'r> Lines<'r> {
    fn new(reader: &'r mut dyn BufRead) -> Self {
        Lines {
            reader,
            carry: Vec::new(),
            offset: 0,
            line: 1,
            first: true,
        }
    }

    fn next_line(&mut self) -> io::Result<Option<Line>> {
        let mut bytes = std::mem::take(&mut self.carry);
        let start_offset = self.offset - bytes.len() as u64;
        let room = (MAX_UNIT_BYTES - bytes.len()) as u64;
        // Most lines lie whole in the reader's buffer: copy them at once
        // into a vector of their size (`read_until` into an empty vector
        // grew it several times per line, a tenth of the reading time).
        let whole = if bytes.is_empty() {
            let buf = self.reader.fill_buf()?;
            let limit = buf.len().min(MAX_UNIT_BYTES);
            buf[..limit].iter().position(|&b| b == b'\n').map(|i| {
                bytes = buf[..=i].to_vec();
                i + 1
            })
        } else {
            None
        };
        let n = match whole {
            Some(n) => {
                self.reader.consume(n);
                n
            }
            None => (&mut *self.reader)
                .take(room)
                .read_until(b'\n', &mut bytes)?,
        };
        self.offset += n as u64;
        if bytes.is_empty() {
            return Ok(None);
        }
        let mut offset = start_offset;
        if std::mem::take(&mut self.first) && bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
            offset += 3;
        }
        let ended = bytes.last() == Some(&b'\n');
        let line = self.line;
        if ended {
            self.line += 1;
        } else if n as u64 == room {
            // Cut for length: keep an incomplete character for the next piece.
            let cut = char_boundary_before_end(&bytes);
            self.carry = bytes.split_off(cut);
        }
        Ok(Some(Line {
            bytes,
            ended,
            offset,
            line,
        }))
    }
}

/// Where a trailing incomplete UTF-8 sequence starts (or the length).
fn char_boundary_before_end(bytes: &[u8]) -> usize {
    let len = bytes.len();
    for back in 1..=4.min(len) {
        let b = bytes[len - back];
        if b & 0xC0 != 0x80 {
            // `b` starts a sequence of this many bytes
            let need = match b {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            return if need > back { len - back } else { len };
        }
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(input: &[u8], by: By) -> Vec<(u64, u64, String)> {
        let report = Reporter::new(true);
        let mut out = Vec::new();
        let name: Arc<str> = Arc::from("t");
        let mut r = input;
        let res = read_units(&name, &mut r, by, false, &report, &mut |u| {
            out.push((u.index, u.line, u.text));
            true
        });
        assert!(res.is_ok());
        out
    }

    #[test]
    fn lines_and_paragraphs() {
        let text = b"\xEF\xBB\xBFSatu.\r\nDua.\n\n \nTiga\nempat.\n";
        let l = units(text, By::Line);
        assert_eq!(l.len(), 6);
        assert_eq!(l[0], (0, 1, "Satu.".to_owned()));
        assert_eq!(l[5], (5, 6, "empat.".to_owned()));
        let p = units(text, By::Paragraph);
        assert_eq!(
            p,
            [
                (0, 1, "Satu.\r\nDua.".to_owned()),
                (1, 5, "Tiga\nempat.".to_owned())
            ]
        );
        let f = units(text, By::File);
        assert_eq!(f[0].2, "Satu.\r\nDua.\n\n \nTiga\nempat.\n");
    }

    #[test]
    fn lines_across_the_read_buffer() {
        let text = "\u{FEFF}satu dua\r\n\ntiga é empat lima enam\n\ntujuh\n\n\ndelapan";
        let report = Reporter::new(true);
        let name: Arc<str> = Arc::from("t");
        for by in [By::Line, By::Paragraph] {
            // a 5-byte buffer: lines end inside, at and past its end
            let mut small = io::BufReader::with_capacity(5, text.as_bytes());
            let mut got = Vec::new();
            let res = read_units(&name, &mut small, by, true, &report, &mut |u| {
                got.push((u.index, u.line, u.text));
                true
            });
            assert!(res.is_ok());
            assert_eq!(got, units(text.as_bytes(), by), "{by:?}");
        }
    }

    #[test]
    fn long_lines_are_cut_at_char_boundaries() {
        let word = "é".repeat(MAX_UNIT_BYTES / 2 + 10); // 2 bytes each
        let mut text = String::from("a");
        text.push_str(&word);
        text.push('\n');
        let l = units(text.as_bytes(), By::Line);
        assert_eq!(l.len(), 2);
        assert!(l[0].2.len() <= MAX_UNIT_BYTES);
        assert_eq!(format!("{}{}", l[0].2, l[1].2), text.trim_end());
    }

    #[test]
    fn boundary_helper() {
        assert_eq!(char_boundary_before_end(b"ab"), 2);
        assert_eq!(char_boundary_before_end("aé".as_bytes()), 3);
        assert_eq!(char_boundary_before_end(&"aé".as_bytes()[..2]), 1);
        assert_eq!(char_boundary_before_end(&"a😀".as_bytes()[..4]), 1);
    }
}
