//! Cutting an input into units of work (lines, paragraphs or the whole
//! file) and decoding them, with invalid UTF-8 reported by byte offset.
//!
//! Memory stays bounded for line and paragraph units: a unit longer than
//! [`MAX_UNIT_BYTES`] is cut (at a character boundary) and continues in the
//! next unit, so a 50 GB file without a newline is read piece by piece.

use crate::args::By;
use crate::report::Reporter;
use std::borrow::Cow;
use std::io::{self, BufRead, Read};
use std::ops::Range;
use std::sync::Arc;

/// The largest line or paragraph unit; longer ones are cut.
pub const MAX_UNIT_BYTES: usize = 8 << 20;

/// A piece of input text and where it came from, as the formats see it
/// (borrowed from the [`Batch`] that carries it).
#[derive(Clone, Copy, Debug)]
pub struct Unit<'a> {
    /// The file path (`-` for stdin).
    pub source: &'a str,
    /// 0-based index of the unit within its source.
    pub index: u64,
    /// 1-based line of the source where the unit starts.
    pub line: u64,
    pub text: &'a str,
}

/// Units sent to a worker together: their texts end to end in one string,
/// so that reading a line costs a copy into it rather than an allocation
/// of its own (and a free in another thread), and a batch's buffers are
/// reused from batch to batch.
#[derive(Debug, Default)]
pub struct Batch {
    text: String,
    sources: Vec<Arc<str>>,
    /// (index into `sources`, unit index, line, range of `text`)
    units: Vec<(usize, u64, u64, Range<usize>)>,
}

impl Batch {
    /// Texts larger than this are not kept for reuse (a `--by file` unit).
    const KEEP_TEXT_BYTES: usize = MAX_UNIT_BYTES;

    /// Appends a unit; an owned text is taken as it is when the batch is
    /// empty (a whole file is not copied).
    pub fn push(&mut self, source: &Arc<str>, index: u64, line: u64, text: Cow<'_, str>) {
        if !self.sources.last().is_some_and(|s| Arc::ptr_eq(s, source)) {
            self.sources.push(source.clone());
        }
        let start = self.text.len();
        match text {
            Cow::Owned(s) if start == 0 => self.text = s,
            text => self.text.push_str(&text),
        }
        let range = start..self.text.len();
        self.units
            .push((self.sources.len() - 1, index, line, range));
    }

    /// Number of units.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// Bytes of text.
    pub fn bytes(&self) -> usize {
        self.text.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = Unit<'_>> {
        self.units.iter().map(|(source, index, line, range)| Unit {
            source: &self.sources[*source],
            index: *index,
            line: *line,
            text: &self.text[range.clone()],
        })
    }

    /// Empties the batch for reuse, keeping its buffers unless they are large.
    pub fn clear(&mut self) {
        if self.text.capacity() > Self::KEEP_TEXT_BYTES {
            self.text = String::new();
        }
        self.text.clear();
        self.sources.clear();
        self.units.clear();
    }
}

/// Why reading a source stopped early.
pub enum Stop {
    /// The consumer does not want more units (output closed).
    Consumer,
    /// The source could not be read or decoded; the message names it.
    Failed(String),
}

/// Receives each unit of a source: (its index, its first line, its text);
/// returns `false` to stop.
pub type Emit<'e> = dyn FnMut(u64, u64, Cow<'_, str>) -> bool + 'e;

/// Reads `reader` as units of kind `by`, calling `emit` for each; `emit`
/// returns `false` to stop. Without `strict`, invalid UTF-8 is replaced by
/// U+FFFD and reported once per source with its byte offset. Line and
/// paragraph texts are lent to `emit` from the reader's buffer when they
/// lie whole in it.
pub fn read_units(
    source: &str,
    reader: &mut dyn BufRead,
    by: By,
    strict: bool,
    report: &Reporter,
    emit: &mut Emit<'_>,
) -> Result<(), Stop> {
    let mut dec = Decoder {
        name: source,
        strict,
        warned: false,
        report,
    };
    let io_err = |e: io::Error| Stop::Failed(format!("{source}: {e}"));
    let mut send = |index: u64, line: u64, text: Cow<'_, str>| {
        if emit(index, line, text) {
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
            let text = dec.decode_owned(bytes, offset)?;
            send(0, 1, Cow::Owned(text))
        }
        By::Line => {
            let mut lines = Lines::new(reader);
            let mut index = 0;
            loop {
                let r = lines.next_line(|l| {
                    let mut bytes = l.bytes;
                    if l.ended {
                        bytes = &bytes[..bytes.len() - 1];
                        if bytes.last() == Some(&b'\r') {
                            bytes = &bytes[..bytes.len() - 1];
                        }
                    }
                    send(index, l.line, dec.decode(bytes, l.offset)?)
                });
                match r.map_err(io_err)? {
                    None => return Ok(()),
                    Some(r) => r?,
                }
                index += 1;
            }
        }
        By::Paragraph => {
            let mut lines = Lines::new(reader);
            let mut index = 0;
            // its bytes, the offset of its first byte, its first line
            let (mut para, mut offset, mut first) = (Vec::new(), 0, 0);
            let mut flush = |para: &mut Vec<u8>, offset: u64, first: u64| {
                if para.is_empty() {
                    return Ok(());
                }
                let mut end = para.len();
                while matches!(para[..end].last(), Some(b'\n' | b'\r')) {
                    end -= 1;
                }
                let r = send(index, first, dec.decode(&para[..end], offset)?);
                index += 1;
                para.clear();
                r
            };
            loop {
                let r = lines.next_line(|l| {
                    let blank = l.bytes.iter().all(u8::is_ascii_whitespace);
                    if blank || para.len() >= MAX_UNIT_BYTES {
                        flush(&mut para, offset, first)?;
                    }
                    if !blank {
                        if para.is_empty() {
                            (offset, first) = (l.offset, l.line);
                        }
                        para.extend_from_slice(l.bytes);
                    }
                    Ok(())
                });
                match r.map_err(io_err)? {
                    None => break,
                    Some(r) => r?,
                }
            }
            flush(&mut para, offset, first)
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

struct Decoder<'a> {
    name: &'a str,
    strict: bool,
    warned: bool,
    report: &'a Reporter,
}

impl Decoder<'_> {
    /// `offset` is the position of `bytes[0]` in the (decompressed) source.
    fn decode<'b>(&mut self, bytes: &'b [u8], offset: u64) -> Result<Cow<'b, str>, Stop> {
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Cow::Borrowed(s)),
            Err(e) => {
                self.invalid(offset + e.valid_up_to() as u64)?;
                Ok(String::from_utf8_lossy(bytes))
            }
        }
    }

    /// [`Decoder::decode`] for bytes it may keep.
    fn decode_owned(&mut self, bytes: Vec<u8>, offset: u64) -> Result<String, Stop> {
        match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                self.invalid(offset + e.utf8_error().valid_up_to() as u64)?;
                Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
            }
        }
    }

    /// Invalid UTF-8 at byte `at`: an error with `strict`, else a warning
    /// (the first in the source).
    fn invalid(&mut self, at: u64) -> Result<(), Stop> {
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
        Ok(())
    }
}

/// A line of input with its terminator, or a piece of an over-long line.
struct Line<'b> {
    bytes: &'b [u8],
    /// Ends with `\n` (otherwise end of input, or cut for length).
    ended: bool,
    offset: u64,
    line: u64,
}

/// Lines of at most [`MAX_UNIT_BYTES`]; a leading BOM is dropped.
struct Lines<'r> {
    reader: &'r mut dyn BufRead,
    /// A line that did not lie whole in the reader's buffer, copied here
    /// (reused from line to line).
    long: Vec<u8>,
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
            long: Vec::new(),
            carry: Vec::new(),
            offset: 0,
            line: 1,
            first: true,
        }
    }

    /// Calls `f` with the next line; `None` at the end of the input.
    fn next_line<R>(&mut self, f: impl FnOnce(Line<'_>) -> R) -> io::Result<Option<R>> {
        let carried = self.carry.len();
        let start_offset = self.offset - carried as u64;
        // Most lines lie whole in the reader's buffer: lend them from there
        // (no copy, no allocation).
        if carried == 0 {
            let buf = self.reader.fill_buf()?;
            let limit = buf.len().min(MAX_UNIT_BYTES);
            if let Some(i) = memchr::memchr(b'\n', &buf[..limit]) {
                let mut bytes = &buf[..=i];
                let mut offset = start_offset;
                if std::mem::take(&mut self.first) && bytes.starts_with(b"\xEF\xBB\xBF") {
                    bytes = &bytes[3..];
                    offset += 3;
                }
                let line = self.line;
                let r = f(Line {
                    bytes,
                    ended: true,
                    offset,
                    line,
                });
                self.reader.consume(i + 1);
                self.offset += i as u64 + 1;
                self.line += 1;
                return Ok(Some(r));
            }
        }
        let mut bytes = std::mem::take(&mut self.long);
        bytes.clear();
        bytes.append(&mut self.carry);
        let room = (MAX_UNIT_BYTES - carried) as u64;
        let n = (&mut *self.reader)
            .take(room)
            .read_until(b'\n', &mut bytes)?;
        self.offset += n as u64;
        if bytes.is_empty() {
            self.long = bytes;
            return Ok(None);
        }
        let mut skip = 0;
        if std::mem::take(&mut self.first) && bytes.starts_with(b"\xEF\xBB\xBF") {
            skip = 3;
        }
        let ended = bytes.last() == Some(&b'\n');
        let line = self.line;
        let mut end = bytes.len();
        if ended {
            self.line += 1;
        } else if n as u64 == room {
            // Cut for length: keep an incomplete character for the next piece.
            end = char_boundary_before_end(&bytes);
            self.carry.extend_from_slice(&bytes[end..]);
        }
        let r = f(Line {
            bytes: &bytes[skip..end],
            ended,
            offset: start_offset + skip as u64,
            line,
        });
        self.long = bytes;
        Ok(Some(r))
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
        let res = read_units(
            &name,
            &mut r,
            by,
            false,
            &report,
            &mut |index, line, text| {
                out.push((index, line, text.into_owned()));
                true
            },
        );
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
            let res = read_units(
                &name,
                &mut small,
                by,
                true,
                &report,
                &mut |index, line, text| {
                    got.push((index, line, text.into_owned()));
                    true
                },
            );
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
    fn batches_carry_units_end_to_end() {
        let (a, b): (Arc<str>, Arc<str>) = (Arc::from("a.txt"), Arc::from("b.txt"));
        let mut batch = Batch::default();
        batch.push(&a, 0, 1, Cow::Borrowed("Satu."));
        batch.push(&a, 1, 3, Cow::Owned("Dua é.".to_owned()));
        batch.push(&b, 0, 1, Cow::Borrowed(""));
        batch.push(&b, 1, 2, Cow::Borrowed("Tiga."));
        assert_eq!((batch.len(), batch.bytes()), (4, 17));
        let got: Vec<(&str, u64, u64, &str)> = batch
            .iter()
            .map(|u| (u.source, u.index, u.line, u.text))
            .collect();
        assert_eq!(
            got,
            [
                ("a.txt", 0, 1, "Satu."),
                ("a.txt", 1, 3, "Dua é."),
                ("b.txt", 0, 1, ""),
                ("b.txt", 1, 2, "Tiga.")
            ]
        );
        batch.clear();
        assert_eq!(
            (batch.len(), batch.bytes(), batch.iter().count()),
            (0, 0, 0)
        );
        // a whole file, owned, is taken without a copy
        let file = "Isi berkas.".to_owned();
        let at = file.as_ptr();
        batch.push(&a, 0, 1, Cow::Owned(file));
        assert_eq!(batch.iter().next().unwrap().text.as_ptr(), at);
    }

    #[test]
    fn boundary_helper() {
        assert_eq!(char_boundary_before_end(b"ab"), 2);
        assert_eq!(char_boundary_before_end("aé".as_bytes()), 3);
        assert_eq!(char_boundary_before_end(&"aé".as_bytes()[..2]), 1);
        assert_eq!(char_boundary_before_end(&"a😀".as_bytes()[..4]), 1);
    }
}
