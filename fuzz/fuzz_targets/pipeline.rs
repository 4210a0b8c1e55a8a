#![no_main]
//! Arbitrary text, builder options and user data through every component:
//! tokenizer, sentences, stemmer, stopwords, entity tagger, analyzer and the
//! loaders. The checks live in `tests/fuzz_check/` so CI runs them too.
//!
//! Run on the stable toolchain from `fuzz/`:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run pipeline -- -max_total_time=600`

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fuzz_check/mod.rs"]
mod fuzz_check;

fuzz_target!(|input: fuzz_check::Input| {
    fuzz_check::check(&input);
});
