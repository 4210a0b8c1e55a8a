//! Text of any length from a reader, analysed chunk by chunk in bounded
//! memory.

use super::{Analyzer, Document};
use std::io::{self, BufRead, BufReader, Read};

/// A chunk ends at the first paragraph break (a blank line) after this
/// many bytes: paragraphs stay whole, so names introduced in one sentence
/// are known in the next.
const SOFT_LIMIT: usize = 64 * 1024;

/// No chunk is longer: text without paragraph breaks (or without any line
/// break) is cut at the last line end, else the last space, else a
/// character boundary before this size. Analysing a chunk takes memory
/// proportional to its length, so this bounds the peak.
const HARD_LIMIT: usize = 256 * 1024;

impl Analyzer {
    /// Analyses everything `reader` yields, one chunk at a time, calling
    /// `each` with the chunk's byte offset in the stream and its
    /// [`Document`]. Memory stays bounded whatever the length of the input:
    /// chunks end at a paragraph break (blank line) once they hold 64 KiB,
    /// and are never longer than 256 KiB (cut at a line end, a space or, for
    /// text without either, a character boundary). Invalid UTF-8 is
    /// replaced by U+FFFD, so offsets count the decoded text's bytes.
    ///
    /// ```
    /// let text = "Hujan turun di Bandung.\n\nWarga Medan bersiap.\n";
    /// let mut seen = Vec::new();
    /// indonlp::Analyzer::new().analyze_reader(text.as_bytes(), |offset, doc| {
    ///     for e in doc.entities() {
    ///         seen.push((offset + e.span().start as u64, e.text().to_owned()));
    ///     }
    /// })?;
    /// assert_eq!(seen, [(15, "Bandung".to_owned()), (31, "Medan".to_owned())]);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn analyze_reader<R: Read>(
        &self,
        reader: R,
        mut each: impl FnMut(u64, &Document<'_>),
    ) -> io::Result<()> {
        let mut chunks = Chunks {
            reader: BufReader::with_capacity(64 * 1024, reader),
            pending: Vec::new(),
        };
        let mut offset = 0u64;
        while let Some(text) = chunks.next_chunk()? {
            each(offset, &self.analyze(&text));
            offset += text.len() as u64;
        }
        Ok(())
    }
}

/// Cuts a byte stream into chunks of text.
struct Chunks<R> {
    reader: BufReader<R>,
    /// Bytes read past the end of the last chunk.
    pending: Vec<u8>,
}

impl<R: Read> Chunks<R> {
    fn next_chunk(&mut self) -> io::Result<Option<String>> {
        let mut buf = std::mem::take(&mut self.pending);
        let mut line_start = 0;
        let mut last_line_end = None;
        loop {
            // Read at most up to the hard limit, a line at a time.
            let room = HARD_LIMIT.saturating_sub(buf.len());
            if room == 0 {
                break;
            }
            let n = (&mut self.reader)
                .take(room as u64)
                .read_until(b'\n', &mut buf)?;
            if n == 0 {
                // End of input.
                if buf.is_empty() {
                    return Ok(None);
                }
                return Ok(Some(decode(buf)));
            }
            if buf.last() != Some(&b'\n') {
                // The line did not end within the room left.
                break;
            }
            let line = &buf[line_start..];
            let blank = line.iter().all(|b| b.is_ascii_whitespace());
            line_start = buf.len();
            last_line_end = Some(buf.len());
            if blank && buf.len() >= SOFT_LIMIT {
                return Ok(Some(decode(buf)));
            }
        }
        // Over the hard limit: cut at the last line end, else the last
        // space, else a character boundary, and keep the rest for later.
        let cut = last_line_end
            .or_else(|| buf.iter().rposition(|&b| b == b' ').map(|p| p + 1))
            .filter(|&c| c > 0)
            .unwrap_or_else(|| char_boundary(&buf));
        self.pending = buf.split_off(cut);
        Ok(Some(decode(buf)))
    }
}

/// The last UTF-8 character boundary of `buf` that leaves some text before it.
fn char_boundary(buf: &[u8]) -> usize {
    let mut cut = buf.len();
    // At most three continuation bytes end a character; a cut before them
    // keeps the character whole.
    for back in 1..=3.min(buf.len() - 1) {
        let b = buf[buf.len() - back];
        if b & 0xC0 != 0x80 {
            // A lead byte (or ASCII): cut before it if its character is
            // not complete.
            let width = match b {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            if width > back {
                cut = buf.len() - back;
            }
            break;
        }
    }
    cut.max(1)
}

fn decode(buf: Vec<u8>) -> String {
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(input: &[u8]) -> Vec<String> {
        let mut c = Chunks {
            reader: BufReader::with_capacity(4096, input),
            pending: Vec::new(),
        };
        let mut out = Vec::new();
        while let Some(s) = c.next_chunk().unwrap() {
            out.push(s);
        }
        out
    }

    #[test]
    fn nothing_is_lost_and_chunks_are_bounded() {
        let para = "Warga Medan bersiap menyambut hujan. ".repeat(40) + "\n\n";
        let long_line = "kata ".repeat(300_000);
        let no_space = "é".repeat(700_000);
        for input in [
            para.repeat(100),
            long_line,
            no_space,
            String::new(),
            "a".into(),
        ] {
            let got = chunks(input.as_bytes());
            assert_eq!(got.concat(), input);
            assert!(got.iter().all(|c| c.len() <= HARD_LIMIT && !c.is_empty()));
        }
    }

    #[test]
    fn paragraphs_stay_whole() {
        let para = "x".repeat(1000) + "\n\n";
        let input = para.repeat(200);
        for c in chunks(input.as_bytes()) {
            assert!(c.ends_with("\n\n"), "a chunk ends inside a paragraph");
        }
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        assert_eq!(chunks(b"a\xffb\n"), ["a\u{FFFD}b\n"]);
    }
}
