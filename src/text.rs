//! Words for numbers: "1 card", "2 cards", "8.0 MB"; the start of a long
//! text. No egui; the window and the command line both use it.

/// `n` and the noun in the right number: `count(1, "card", "cards")` is
/// "1 card", `count(2, "day", "days")` is "2 days", zero takes the plural.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", noun(n, one, many))
}

/// The noun alone in the right number for `n`.
pub fn noun<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// Whether `text` holds Japanese: kana, kanji or their punctuation (the
/// window then needs its Japanese font, whatever its language).
pub fn has_japanese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{3000}'..='\u{30ff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{f900}'..='\u{faff}'
            | '\u{ff00}'..='\u{ffef}')
    })
}

/// Whether any text a person reads in `deck` holds Japanese.
pub fn deck_has_japanese(deck: &crate::model::Deck) -> bool {
    has_japanese(&deck.title)
        || deck.topics.iter().any(|t| has_japanese(&t.title))
        || deck.items.iter().any(|i| {
            has_japanese(&i.text)
                || has_japanese(&i.explanation)
                || has_japanese(&i.aws_part)
                || has_japanese(&i.customer_part)
        })
}

/// A size in bytes as a person reads it: "812 bytes", "64.0 KB", "8.0 MB"
/// (decimal units).
pub fn byte_size(bytes: usize) -> String {
    let b = bytes as f64;
    if bytes < 1_000 {
        format!("{bytes} bytes")
    } else if bytes < 1_000_000 {
        format!("{:.1} KB", b / 1e3)
    } else {
        format!("{:.1} MB", b / 1e6)
    }
}

/// The first `max` characters of `text` (all of it when shorter), without
/// copying: a row or a label that shows the start of a text of megabytes
/// lays out only that start.
pub fn clip_chars(text: &str, max: usize) -> &str {
    text.char_indices()
        .nth(max)
        .map_or(text, |(end, _)| &text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_takes_the_singular_and_everything_else_the_plural() {
        assert_eq!(count(0, "card", "cards"), "0 cards");
        assert_eq!(count(1, "card", "cards"), "1 card");
        assert_eq!(count(2, "deck", "decks"), "2 decks");
        assert_eq!(count(1, "day", "days"), "1 day");
        assert_eq!(noun(3, "problem", "problems"), "problems");
    }

    #[test]
    fn sizes_read_as_bytes_kb_and_mb_and_clipping_keeps_whole_characters() {
        assert_eq!(byte_size(812), "812 bytes");
        assert_eq!(byte_size(100_032), "100.0 KB");
        assert_eq!(byte_size(8_000_021), "8.0 MB");
        assert_eq!(clip_chars("héllo", 2), "hé");
        assert_eq!(clip_chars("hé", 5), "hé");
        assert_eq!(clip_chars("", 0), "");
    }
}
