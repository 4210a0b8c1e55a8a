//! Many texts on all cores, results in input order.

use super::{Analyzer, Document};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Most texts handed to a worker at a time: few enough to balance texts of
/// very different lengths, enough that the shared counter is not touched
/// per text when there are many.
const MAX_BLOCK: usize = 16;

impl Analyzer {
    /// Analyses every text on all available cores and returns the documents
    /// in input order. The same as calling [`Analyzer::analyze`] on each
    /// text in turn, only faster: the analyzer (and its word cache) is
    /// shared by the threads.
    ///
    /// ```
    /// let texts = ["Hujan turun di Bandung.", "", "Presiden Prabowo Subianto tiba."];
    /// let docs = indonlp::Analyzer::new().analyze_many(&texts);
    /// assert_eq!(docs.len(), 3);
    /// assert_eq!(docs[0].entities()[0].text(), "Bandung");
    /// assert!(docs[1].tokens().is_empty());
    /// assert_eq!(docs[2].entities()[0].text(), "Prabowo Subianto");
    /// ```
    pub fn analyze_many<'t, S>(&self, texts: &'t [S]) -> Vec<Document<'t>>
    where
        S: AsRef<str> + Sync,
    {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        self.analyze_many_with_threads(texts, threads)
    }

    /// [`Analyzer::analyze_many`] on at most `threads` threads (`0` or `1`:
    /// on the calling thread only).
    ///
    /// ```
    /// let texts: Vec<String> = (0..100).map(|i| format!("Kalimat ke-{i} dari Surabaya.")).collect();
    /// let a = indonlp::Analyzer::new();
    /// let one = a.analyze_many_with_threads(&texts, 1);
    /// let two = a.analyze_many_with_threads(&texts, 2);
    /// assert_eq!(one.len(), 100);
    /// assert!(one.iter().zip(&two).all(|(x, y)| x.tokens() == y.tokens()));
    /// ```
    pub fn analyze_many_with_threads<'t, S>(
        &self,
        texts: &'t [S],
        threads: usize,
    ) -> Vec<Document<'t>>
    where
        S: AsRef<str> + Sync,
    {
        let threads = threads.min(texts.len());
        if threads <= 1 {
            return texts.iter().map(|t| self.analyze(t.as_ref())).collect();
        }
        // Several blocks per thread, so that one long text does not leave
        // the other threads idle at the end.
        let block = (texts.len() / (threads * 8)).clamp(1, MAX_BLOCK);
        let next = AtomicUsize::new(0);
        let done: Mutex<Vec<(usize, Vec<Document<'t>>)>> = Mutex::new(Vec::new());
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| loop {
                    let from = next.fetch_add(block, Ordering::Relaxed);
                    if from >= texts.len() {
                        break;
                    }
                    let mine = &texts[from..(from + block).min(texts.len())];
                    let docs = mine.iter().map(|t| self.analyze(t.as_ref())).collect();
                    // A poisoned lock means another worker panicked; the
                    // scope re-raises that panic, so keep going here.
                    done.lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push((from, docs));
                });
            }
        });
        let mut blocks = done.into_inner().unwrap_or_else(|e| e.into_inner());
        blocks.sort_unstable_by_key(|(from, _)| *from);
        blocks.into_iter().flat_map(|(_, docs)| docs).collect()
    }
}
