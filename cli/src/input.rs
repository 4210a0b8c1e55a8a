//! Which inputs to read (files, directories walked recursively, stdin) and
//! opening them, with `.gz` decompressed transparently.

use crate::report::Reporter;
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One input: a file or standard input.
#[derive(Clone, Debug)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name used in output records and messages (`-` for stdin).
    pub fn name(&self) -> Arc<str> {
        match self {
            Source::Stdin => Arc::from("-"),
            Source::File(p) => Arc::from(p.display().to_string()),
        }
    }

    /// Its size on disk, for the progress bar.
    pub fn len(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        }
    }
}

/// The default pattern for files found in directories.
const DEFAULT_GLOB: &str = "*.txt";

/// Builds the directory filter; a bad pattern is a usage error.
pub fn glob_set(patterns: &[String]) -> Result<GlobSet, String> {
    let mut b = GlobSetBuilder::new();
    let defaults = [DEFAULT_GLOB.to_owned()];
    let patterns = if patterns.is_empty() {
        &defaults[..]
    } else {
        patterns
    };
    for p in patterns {
        b.add(Glob::new(p).map_err(|e| format!("--glob {p:?}: {e}"))?);
    }
    b.build().map_err(|e| e.to_string())
}

/// Expands the command-line inputs in order: files as given, directories
/// walked recursively in name order keeping the files that match `globs`
/// (with or without a `.gz` ending). A path that does not exist is reported
/// and skipped.
pub fn expand(inputs: &[PathBuf], globs: &GlobSet, report: &Reporter) -> Vec<Source> {
    if inputs.is_empty() {
        return vec![Source::Stdin];
    }
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if input.is_dir() {
            walk(input, globs, report, &mut out);
        } else if input.exists() {
            out.push(Source::File(input.clone()));
        } else {
            report.error(&format!("{}: No such file or directory", input.display()));
        }
    }
    out
}

fn walk(dir: &Path, globs: &GlobSet, report: &Reporter, out: &mut Vec<Source>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                report.error(&walk_error(&e));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let plain = rel.to_string_lossy();
        let without_gz = plain.strip_suffix(".gz").unwrap_or(&plain);
        if globs.is_match(&*plain) || globs.is_match(without_gz) {
            out.push(Source::File(entry.into_path()));
        }
    }
}

fn walk_error(e: &walkdir::Error) -> String {
    let reason = e
        .io_error()
        .map(|io| io.to_string())
        .unwrap_or_else(|| e.to_string());
    match e.path() {
        Some(p) => format!("{}: {reason}", p.display()),
        None => reason,
    }
}

/// Counts the bytes read from disk for the progress bar.
struct Counting<'r, R> {
    inner: R,
    report: &'r Reporter,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.report.add_bytes(n as u64);
        Ok(n)
    }
}

/// Opens a source for reading; gzip data (by its magic bytes) is
/// decompressed, so `.gz` files and gzipped stdin both work.
pub fn open<'r>(source: &Source, report: &'r Reporter) -> io::Result<Box<dyn BufRead + 'r>> {
    let raw: Box<dyn Read + 'r> = match source {
        Source::Stdin => Box::new(io::stdin()),
        Source::File(p) => {
            if p.is_dir() {
                return Err(io::Error::other("is a directory"));
            }
            Box::new(File::open(p)?)
        }
    };
    let mut reader = BufReader::with_capacity(256 << 10, Counting { inner: raw, report });
    let gz = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gz {
        Box::new(BufReader::with_capacity(
            256 << 10,
            flate2::bufread::MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    })
}
