#![no_main]
//! Arbitrary text and options through the tokenizer and sentence splitter.
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run tokenize` from `fuzz/`.

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fuzz_check/mod.rs"]
mod fuzz_check;

fuzz_target!(|input: fuzz_check::Input| {
    fuzz_check::check(&input);
});
