//! Tokenization (in progress).
