//! The fuzz targets' checks on the stable toolchain: every file in
//! `tests/fuzz_regressions/` (minimised fuzzer inputs, kept forever) and a
//! property test feeding random bytes through the same `arbitrary` decoding
//! the fuzzers use.

mod fuzz_check;

use arbitrary::{Arbitrary, Unstructured};
use proptest::prelude::*;

fn run(bytes: &[u8]) {
    let mut u = Unstructured::new(bytes);
    if let Ok(input) = fuzz_check::Input::arbitrary(&mut u) {
        fuzz_check::check(&input);
    }
}

#[test]
fn regression_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("regression corpus directory") {
        let path = entry.expect("directory entry").path();
        let bytes = std::fs::read(&path).expect("corpus file");
        run(&bytes);
        n += 1;
    }
    assert!(n > 0, "no regression inputs found in {}", dir.display());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn arbitrary_inputs(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        run(&bytes);
    }
}

#[test]
fn stemming_an_uppercase_letter_without_lowercase_terminates() {
    // U+03D2 is uppercase but lowercases to itself; this once recursed forever.
    let stemmer = indonlp::Stemmer::builder()
        .keep_capitalized(false)
        .build()
        .expect("defaults build");
    assert_eq!(stemmer.stem("ϒϒϒϒ"), "ϒϒϒϒ");
    assert_eq!(stemmer.stem("Pϒgϒg"), "pϒgϒg");
}
