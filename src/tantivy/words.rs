//! The first step of the chain: our tokens as tantivy tokens.

use crate::tokenize::{TokenKind, Tokens};
use tantivy_tokenizer_api::{Token, TokenStream};

/// Our tokens with something to search for (punctuation, symbols, emoji and
/// whitespace are dropped), optionally lowercased, numbered from position 0.
pub struct WordStream<'a> {
    tokens: Tokens<'a, 'a>,
    lowercase: bool,
    token: Token,
    next_position: usize,
}

impl<'a> WordStream<'a> {
    pub(super) fn new(tokens: Tokens<'a, 'a>, lowercase: bool) -> WordStream<'a> {
        WordStream {
            tokens,
            lowercase,
            token: Token::default(),
            next_position: 0,
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        for t in self.tokens.by_ref() {
            if matches!(
                t.kind(),
                TokenKind::Punctuation
                    | TokenKind::Symbol
                    | TokenKind::Emoji
                    | TokenKind::Whitespace
            ) {
                continue;
            }
            let token = &mut self.token;
            token.offset_from = t.span().start;
            token.offset_to = t.span().end;
            token.position = self.next_position;
            token.position_length = 1;
            self.next_position += 1;
            token.text.clear();
            if !self.lowercase {
                token.text.push_str(t.text());
            } else if t.text().is_ascii() {
                token.text.push_str(t.text());
                token.text.make_ascii_lowercase();
            } else {
                token
                    .text
                    .extend(t.text().chars().flat_map(char::to_lowercase));
            }
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
