//! Splitting card texts into words, shared by the lint rules.

use std::collections::BTreeSet;

/// The words of `text` with their byte ranges: letters and digits, with
/// apostrophes inside a word kept (`customer's`); curly apostrophes become
/// straight ones; lowercase.
pub(super) fn words_with_spans(text: &str) -> Vec<(String, usize, usize)> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let raw = &text[s..i];
                let trimmed = raw.trim_matches(['\'', '\u{2019}']);
                if !trimmed.is_empty() {
                    let lead = raw.len() - raw.trim_start_matches(['\'', '\u{2019}']).len();
                    let begin = s + lead;
                    let word = trimmed.replace('\u{2019}', "'").to_lowercase();
                    words.push((word, begin, begin + trimmed.len()));
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Words that carry no meaning for telling duties apart.
pub(super) const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "by", "from", "at", "as",
    "into", "onto", "its", "it", "that", "this", "these", "those", "is", "are", "be", "such",
    "like", "other", "each", "every", "any", "all", "which", "what", "who", "so", "aws", "amazon",
];

/// A word with a plural `s` taken off, so "keys" and "key" match.
pub(super) fn stem(word: &str) -> String {
    let word = word.strip_suffix("'s").unwrap_or(word);
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        word[..word.len() - 1].to_owned()
    } else {
        word.to_owned()
    }
}

/// The meaningful words of a text, stemmed.
pub(super) fn word_set(text: &str) -> BTreeSet<String> {
    words_with_spans(text)
        .into_iter()
        .map(|(w, _, _)| w)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

/// The text lowercased with its words joined by single spaces.
pub(super) fn normalised(text: &str) -> String {
    words_with_spans(text)
        .into_iter()
        .map(|(w, _, _)| w)
        .collect::<Vec<_>>()
        .join(" ")
}
