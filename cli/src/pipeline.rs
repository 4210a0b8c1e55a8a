//! A bounded, ordered parallel pipeline: one thread reads units and packs
//! them into batches, `threads` workers process batches, and the calling
//! thread receives the results in input order. Batches go back to the
//! reader once processed, so their buffers are reused.
//!
//! Memory is bounded: the reader may run at most `WINDOW_PER_THREAD *
//! threads` batches ahead of the oldest result not yet consumed, so neither
//! the queue nor the reordering buffer can grow with the input.

use crate::units::Batch;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};

/// Units are sent in batches of about this many bytes (or units), so that
/// channel traffic and thread wake-ups stay negligible next to the work
/// even for short lines: with 16 KiB batches, waking the threads was 6-10 %
/// of the CPU time of `--by line --threads 1` on a virtual machine, with
/// 64 KiB under 4 %.
pub const BATCH_BYTES: usize = 64 << 10;
pub const BATCH_UNITS: usize = 2048;
const WINDOW_PER_THREAD: u64 = 4;

/// Whether a batch is full and should be sent.
pub fn is_full(batch: &Batch) -> bool {
    batch.bytes() >= BATCH_BYTES || batch.len() >= BATCH_UNITS
}

/// Receives each unit: (its source, its index, its first line, its text);
/// returns `false` to stop.
pub type Emit<'e> = dyn FnMut(&Arc<str>, u64, u64, Cow<'_, str>) -> bool + 'e;

/// Gives the reader permission to run ahead.
struct Window {
    /// (next batch the consumer needs, consumer gone)
    state: Mutex<(u64, bool)>,
    moved: Condvar,
    size: u64,
}

impl Window {
    /// Waits until batch `seq` may be sent; false if the consumer is gone.
    fn wait_for(&self, seq: u64) -> bool {
        let mut s = self.state.lock().unwrap();
        while !s.1 && seq >= s.0 + self.size {
            s = self.moved.wait(s).unwrap();
        }
        !s.1
    }

    fn advance(&self, next: u64) {
        self.state.lock().unwrap().0 = next;
        self.moved.notify_all();
    }

    fn close(&self) {
        self.state.lock().unwrap().1 = true;
        self.moved.notify_all();
    }
}

/// Runs `produce` (which calls its argument with every unit, in order, and
/// stops when it returns `false`) on a reading thread, `work` on `threads`
/// workers, and `consume` on the calling thread with the results in input
/// order. When `consume` fails, everything stops and its error is returned.
pub fn run<T, E>(
    threads: usize,
    produce: impl FnOnce(&mut Emit<'_>) + Send,
    work: impl Fn(&Batch) -> T + Sync,
    mut consume: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
{
    let threads = threads.max(1);
    let window = Window {
        state: Mutex::new((0, false)),
        moved: Condvar::new(),
        size: WINDOW_PER_THREAD * threads as u64,
    };
    let (batch_tx, batch_rx) = mpsc::sync_channel::<(u64, Batch)>(2 * threads);
    let batch_rx = Mutex::new(batch_rx);
    let (result_tx, result_rx) = mpsc::channel::<(u64, T)>();
    // Processed batches, back for the reader to fill again (at most one per
    // batch in flight).
    let spare: Mutex<Vec<Batch>> = Mutex::new(Vec::new());

    std::thread::scope(|scope| {
        let (window, spare) = (&window, &spare);
        scope.spawn(move || {
            let mut seq = 0u64;
            let fresh = || spare.lock().unwrap().pop().unwrap_or_default();
            let mut batch = fresh();
            let send = |batch: Batch, seq: &mut u64| -> bool {
                if !window.wait_for(*seq) || batch_tx.send((*seq, batch)).is_err() {
                    return false;
                }
                *seq += 1;
                true
            };
            let mut emit = |source: &Arc<str>, index: u64, line: u64, text: Cow<'_, str>| {
                batch.push(source, index, line, text);
                if is_full(&batch) {
                    return send(std::mem::replace(&mut batch, fresh()), &mut seq);
                }
                true
            };
            produce(&mut emit);
            if batch.len() > 0 {
                send(batch, &mut seq);
            }
            // dropping batch_tx ends the workers
        });
        for _ in 0..threads {
            let (rx, tx, work) = (&batch_rx, result_tx.clone(), &work);
            scope.spawn(move || {
                // Once the consumer is gone, keep draining (without working)
                // so a reader blocked on a full queue can finish.
                let mut consumer_gone = false;
                loop {
                    let next = rx.lock().unwrap().recv();
                    let Ok((seq, mut batch)) = next else { return };
                    if !consumer_gone && tx.send((seq, work(&batch))).is_err() {
                        consumer_gone = true;
                    }
                    batch.clear();
                    spare.lock().unwrap().push(batch);
                }
            });
        }
        drop(result_tx);

        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        let result = (|| {
            for (seq, out) in &result_rx {
                pending.insert(seq, out);
                while let Some(out) = pending.remove(&next) {
                    consume(out)?;
                    next += 1;
                    window.advance(next);
                }
            }
            Ok(())
        })();
        // On error: release the reader, and let the workers' sends fail.
        window.close();
        drop(result_rx);
        result
    })
}

/// With one worker: `produce` runs on a reading thread as in [`run`], and
/// `consume` processes every batch, in order, on the calling thread: no
/// worker thread, no reordering, and whatever `consume` writes can go out
/// as it is made (a batch's output, many times its size, need not wait
/// whole in a buffer of its own for its turn). When `consume` fails,
/// reading stops and its error is returned.
pub fn run_inline<E>(
    produce: impl FnOnce(&mut Emit<'_>) + Send,
    mut consume: impl FnMut(&Batch) -> Result<(), E>,
) -> Result<(), E> {
    let (batch_tx, batch_rx) = mpsc::sync_channel::<Batch>(WINDOW_PER_THREAD as usize);
    let spare: Mutex<Vec<Batch>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        let spare = &spare;
        scope.spawn(move || {
            let fresh = || spare.lock().unwrap().pop().unwrap_or_default();
            let mut batch = fresh();
            let mut emit = |source: &Arc<str>, index: u64, line: u64, text: Cow<'_, str>| {
                batch.push(source, index, line, text);
                !is_full(&batch)
                    || batch_tx
                        .send(std::mem::replace(&mut batch, fresh()))
                        .is_ok()
            };
            produce(&mut emit);
            if batch.len() > 0 {
                let _ = batch_tx.send(batch);
            }
        });
        let result = (|| {
            for mut batch in &batch_rx {
                consume(&batch)?;
                batch.clear();
                spare.lock().unwrap().push(batch);
            }
            Ok(())
        })();
        // On error: the reader's next send fails and it stops.
        drop(batch_rx);
        result
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(i: u64) -> String {
        "x".repeat((i % 7) as usize * 20_000)
    }

    #[test]
    fn keeps_order_with_many_threads() {
        let mut seen = Vec::new();
        let source: Arc<str> = Arc::from("t");
        let r: Result<(), ()> = run(
            4,
            |emit| {
                for i in 0..500 {
                    if !emit(&source, i, i + 1, Cow::Owned(unit(i))) {
                        return;
                    }
                }
            },
            |batch| {
                // uneven work so batches finish out of order
                if batch.iter().next().unwrap().index % 3 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                batch
                    .iter()
                    .map(|u| {
                        assert_eq!(u.text, unit(u.index));
                        u.index
                    })
                    .collect::<Vec<_>>()
            },
            |v| {
                seen.extend(v);
                Ok(())
            },
        );
        assert!(r.is_ok());
        assert_eq!(seen, (0..500).collect::<Vec<_>>());
    }

    #[test]
    fn inline_keeps_order_and_a_failing_consumer_stops_the_reader() {
        let source: Arc<str> = Arc::from("t");
        let mut seen = Vec::new();
        let r: Result<(), ()> = run_inline(
            |emit| {
                for i in 0..500 {
                    if !emit(&source, i, i + 1, Cow::Owned(unit(i))) {
                        return;
                    }
                }
            },
            |batch| {
                for u in batch.iter() {
                    assert_eq!(u.text, unit(u.index));
                    seen.push(u.index);
                }
                Ok(())
            },
        );
        assert!(r.is_ok());
        assert_eq!(seen, (0..500).collect::<Vec<_>>());

        let produced = std::sync::atomic::AtomicU64::new(0);
        let r = run_inline(
            |emit| {
                for i in 0..1_000_000 {
                    produced.store(i, std::sync::atomic::Ordering::Relaxed);
                    if !emit(&source, i, i + 1, Cow::Borrowed("x")) {
                        return;
                    }
                }
            },
            |_| Err("closed"),
        );
        assert_eq!(r, Err("closed"));
        assert!(produced.load(std::sync::atomic::Ordering::Relaxed) < 100_000);
    }

    #[test]
    fn a_failing_consumer_stops_the_reader() {
        let produced = std::sync::atomic::AtomicU64::new(0);
        let source: Arc<str> = Arc::from("t");
        let r = run(
            2,
            |emit| {
                for i in 0..1_000_000 {
                    produced.store(i, std::sync::atomic::Ordering::Relaxed);
                    if !emit(&source, i, i + 1, Cow::Borrowed("x")) {
                        return;
                    }
                }
            },
            |batch| batch.len(),
            |_| Err("closed"),
        );
        assert_eq!(r, Err("closed"));
        assert!(produced.load(std::sync::atomic::Ordering::Relaxed) < 100_000);
    }
}
