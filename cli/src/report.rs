//! What the user sees on stderr: a progress bar when stderr is a terminal,
//! warnings and per-file errors always, and the exit status they add up to.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Ok,
    /// Some input could not be read (already reported); the others were done.
    SomeFailed,
}

impl Status {
    pub fn exit_code(self) -> ExitCode {
        match self {
            Status::Ok => ExitCode::SUCCESS,
            Status::SomeFailed => ExitCode::from(1),
        }
    }
}

/// Shared by the reading thread and the main thread.
pub struct Reporter {
    quiet: bool,
    bar: std::sync::OnceLock<ProgressBar>,
    failed: AtomicBool,
}

impl Reporter {
    pub fn new(quiet: bool) -> Reporter {
        Reporter {
            quiet,
            bar: std::sync::OnceLock::new(),
            failed: AtomicBool::new(false),
        }
    }

    /// Shows a progress bar over the sources' bytes, only if stderr is a
    /// terminal and the user did not ask for quiet.
    pub fn start(&self, sources: &[crate::input::Source]) {
        if self.quiet || !std::io::stderr().is_terminal() {
            return;
        }
        let total: Option<u64> = sources.iter().map(|s| s.len()).sum();
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
        let template = if total.is_some() {
            "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}"
        } else {
            "{spinner} {bytes} {binary_bytes_per_sec} {msg}"
        };
        bar.set_style(ProgressStyle::with_template(template).expect("valid template"));
        bar.set_message(format!("files 0/{}", sources.len()));
        bar.enable_steady_tick(Duration::from_millis(200));
        let _ = self.bar.set(bar);
    }

    /// Bytes of input read from disk.
    pub fn add_bytes(&self, n: u64) {
        if let Some(b) = self.bar.get() {
            b.inc(n);
        }
    }

    pub fn files_done(&self, done: usize, total: usize) {
        if let Some(b) = self.bar.get() {
            b.set_message(format!("files {done}/{total}"));
        }
    }

    pub fn warn(&self, message: &str) {
        self.print(&format!("indonlp: warning: {message}"));
    }

    /// An input that could not be processed; the run goes on and exits 1.
    pub fn error(&self, message: &str) {
        self.failed.store(true, Ordering::Relaxed);
        self.print(&format!("indonlp: {message}"));
    }

    fn print(&self, line: &str) {
        match self.bar.get() {
            Some(b) => b.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    pub fn finish(&self) -> Status {
        if let Some(b) = self.bar.get() {
            b.finish_and_clear();
        }
        if self.failed.load(Ordering::Relaxed) {
            Status::SomeFailed
        } else {
            Status::Ok
        }
    }
}
