//! The deck lint: problems that do not stop a deck from loading but make it
//! worse to learn from. Each is a [`LintWarning`] shown as
//! `file:line:col: warning: message`.
//!
//! The rules:
//!
//! - **owner give-away**: a card's text uses a word that tells the student
//!   who owns the duty ("your", "customer", "shared", "end to end", ...);
//! - **near-duplicate**: two cards (in one deck, or in two decks of a
//!   catalog) whose texts are nearly the same;
//! - **single-owner topic**: a topic with two or more cards that all have the
//!   same owner, so drilling it puts every card in one bin.
//!
//! The lint reads the deck and, for positions, its source text; it never
//! opens a file.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use super::catalog::{Catalog, LoadedDeck, Origin};
use super::deck::{Deck, Owner};

/// Two texts whose word sets have at least this Jaccard similarity are
/// reported as near-duplicates.
pub const DUPLICATE_SIMILARITY: f64 = 0.8;

/// Which rule a warning comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LintRule {
    /// The card text names or hints at its owner.
    OwnerGiveAway,
    /// Two cards have nearly the same text.
    NearDuplicate,
    /// Every card of a topic has the same owner.
    SingleOwnerTopic,
}

/// One lint finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintWarning {
    /// Which rule found it.
    pub rule: LintRule,
    /// The file (or built-in name) of the deck.
    pub file: String,
    /// One-based line and column of the item's (or topic's) `id:`, when the
    /// source text was given and the id was found in it.
    pub position: Option<(usize, usize)>,
    /// The item or topic id the warning is about.
    pub id: String,
    /// What is wrong and how to fix it, for an instructor.
    pub message: String,
}

impl fmt::Display for LintWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(
                f,
                "{}:{}:{}: warning: {}",
                self.file, line, col, self.message
            ),
            None => write!(f, "{}: warning: {}", self.file, self.message),
        }
    }
}

/// A deck to lint: its file label, the deck and the text it was parsed from
/// (empty when unknown: the warnings then carry no position).
#[derive(Debug, Clone, Copy)]
pub struct LintInput<'a> {
    /// The file name shown in warnings.
    pub file: &'a str,
    /// The parsed deck.
    pub deck: &'a Deck,
    /// The RON text of the deck, for line and column numbers.
    pub text: &'a str,
}

/// Lints one deck: give-aways, near-duplicates within it and single-owner
/// topics, in the order of the file.
pub fn lint_deck(file: &str, deck: &Deck, text: &str) -> Vec<LintWarning> {
    lint_decks(&[LintInput { file, deck, text }])
}

/// Lints several decks: each on its own, plus near-duplicates between
/// decks. Warnings come deck by deck, each deck's sorted by position.
pub fn lint_decks(inputs: &[LintInput<'_>]) -> Vec<LintWarning> {
    lint_decks_reporting(inputs, &vec![true; inputs.len()])
}

/// [`lint_decks`], keeping only the warnings of the decks `report` marks
/// (near-duplicates are still looked for against every deck); the others
/// are not linted at all.
pub fn lint_decks_reporting(inputs: &[LintInput<'_>], report: &[bool]) -> Vec<LintWarning> {
    let reported = |d: usize| report.get(d).copied().unwrap_or(false);
    let positions: Vec<IdPositions> = inputs.iter().map(|i| IdPositions::scan(i.text)).collect();
    let mut per_deck: Vec<Vec<LintWarning>> = inputs
        .iter()
        .zip(&positions)
        .enumerate()
        .map(|(d, (input, pos))| {
            if !reported(d) {
                return Vec::new();
            }
            let mut warnings = give_aways(input, pos);
            warnings.extend(single_owner_topics(input, pos));
            warnings
        })
        .collect();

    // Near-duplicates over every card of every deck, reported at the later
    // card. Words are numbered, so a card's word set is a sorted list of
    // numbers and comparing two cards is one merge.
    let mut numbers: HashMap<String, u32> = HashMap::new();
    let cards: Vec<(usize, usize, Vec<u32>, String)> = inputs
        .iter()
        .enumerate()
        .flat_map(|(d, input)| {
            input
                .deck
                .items
                .iter()
                .enumerate()
                .map(move |(i, item)| (d, i, item))
        })
        .map(|(d, i, item)| {
            let mut words: Vec<u32> = word_set(&item.text)
                .into_iter()
                .map(|word| {
                    let next = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
                    *numbers.entry(word).or_insert(next)
                })
                .collect();
            words.sort_unstable();
            words.dedup();
            (d, i, words, normalised(&item.text))
        })
        .collect();
    for (later, (d, i, words, norm)) in cards.iter().enumerate() {
        if !reported(*d) {
            continue;
        }
        let item = &inputs[*d].deck.items[*i];
        let earlier = cards[..later].iter().find(|(_, _, words2, norm2)| {
            norm2 == norm || similarity(words, words2) >= DUPLICATE_SIMILARITY
        });
        let Some((d2, i2, _, _)) = earlier else {
            continue;
        };
        let other = &inputs[*d2].deck.items[*i2];
        let where_other = match positions[*d2].item(&other.id) {
            Some((line, _)) if d2 == d => format!(" (line {line})"),
            Some((line, _)) => format!(" in {}:{line}", inputs[*d2].file),
            None if d2 == d => String::new(),
            None => format!(" in {}", inputs[*d2].file),
        };
        per_deck[*d].push(LintWarning {
            rule: LintRule::NearDuplicate,
            file: inputs[*d].file.to_owned(),
            position: positions[*d].item(&item.id),
            id: item.id.clone(),
            message: format!(
                "item \"{}\": its text \"{}\" is nearly the same as item \"{}\"{where_other}: \"{}\"; \
                 merge the two cards, or reword one so the difference between the duties is clear",
                item.id, item.text, other.id, other.text
            ),
        });
    }

    for warnings in &mut per_deck {
        warnings.sort_by_key(|w| (w.position.unwrap_or((usize::MAX, 0)), w.rule));
    }
    per_deck.into_iter().flatten().collect()
}

/// The file label a catalog deck is shown with: the built-in name or the path.
pub fn origin_label(origin: &Origin) -> String {
    match origin {
        Origin::BuiltIn(name) => (*name).to_owned(),
        Origin::File(path) => path.display().to_string(),
    }
}

/// Lints every deck of a catalog, with near-duplicates across decks. Decks
/// loaded from text keep it ([`LoadedDeck::text`]), so their warnings have
/// positions.
pub fn lint_catalog(catalog: &Catalog) -> Vec<LintWarning> {
    lint_catalog_reporting(catalog, |_| true)
}

/// [`lint_catalog`], keeping only the warnings of the decks `report`
/// accepts; the others are only compared with for near-duplicates.
pub fn lint_catalog_reporting(
    catalog: &Catalog,
    report: impl Fn(&LoadedDeck) -> bool,
) -> Vec<LintWarning> {
    let labels: Vec<String> = catalog
        .decks
        .iter()
        .map(|d: &LoadedDeck| origin_label(&d.origin))
        .collect();
    let inputs: Vec<LintInput<'_>> = catalog
        .decks
        .iter()
        .zip(&labels)
        .map(|(loaded, file)| LintInput {
            file,
            deck: &loaded.deck,
            text: loaded.text.as_deref().unwrap_or(""),
        })
        .collect();
    let reported: Vec<bool> = catalog.decks.iter().map(report).collect();
    if !reported.contains(&true) {
        return Vec::new();
    }
    lint_decks_reporting(&inputs, &reported)
}

// ------------------------------------------------------------------ give-aways

/// Single words that name or hint at an owner, lowercase.
const GIVE_AWAY_WORDS: &[&str] = &[
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "own",
    "customer",
    "customers",
    "customer's",
    "aws's",
    "amazon's",
    "shared",
    "jointly",
];

/// Phrases (as word sequences) that name or hint at an owner.
const GIVE_AWAY_PHRASES: &[&[&str]] = &[
    &["by", "aws"],
    &["both", "parties"],
    &["taken", "as", "a", "whole"],
    &["end", "to", "end"],
];

/// The words of `text` with their byte ranges: letters and digits, with
/// apostrophes inside a word kept (`customer's`); curly apostrophes become
/// straight ones; lowercase.
fn words_with_spans(text: &str) -> Vec<(String, usize, usize)> {
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

/// Every give-away word or phrase in `text`, as written, in order.
fn give_away_terms(text: &str) -> Vec<String> {
    let words = words_with_spans(text);
    let mut found: Vec<(usize, String)> = Vec::new();
    for (i, (word, start, end)) in words.iter().enumerate() {
        if GIVE_AWAY_WORDS.contains(&word.as_str()) {
            found.push((*start, text[*start..*end].to_owned()));
        }
        for phrase in GIVE_AWAY_PHRASES {
            let matches = phrase
                .iter()
                .enumerate()
                .all(|(k, p)| words.get(i + k).is_some_and(|(w, _, _)| w == p));
            if matches {
                let last = words[i + phrase.len() - 1].2;
                found.push((*start, text[*start..last].to_owned()));
            }
        }
    }
    found.sort();
    let mut seen = BTreeSet::new();
    found
        .into_iter()
        .map(|(_, term)| term)
        .filter(|t| seen.insert(t.to_lowercase()))
        .collect()
}

/// The advice for a give-away term.
fn give_away_advice(term: &str) -> &'static str {
    match term.to_lowercase().as_str() {
        "you" | "your" | "yours" | "yourself" | "yourselves" | "own" => {
            "second-person and possessive words point at the customer; name the thing instead \
             (\"Patching the guest OS of an EC2 instance\", not \"Patching your own OS\")"
        }
        "customer" | "customers" | "customer's" | "aws's" | "amazon's" | "by aws" => {
            "it names an owner; describe the duty without saying who does it \
             (\"Securing the data centre buildings\", not \"Securing AWS's buildings\")"
        }
        _ => {
            "it marks the card as Shared; name the concrete duty, or make one card per party \
             (\"Writing key policies for AWS KMS keys\" and \"Protecting KMS key material in HSMs\")"
        }
    }
}

fn give_aways(input: &LintInput<'_>, pos: &IdPositions) -> Vec<LintWarning> {
    let mut warnings = Vec::new();
    for item in &input.deck.items {
        let terms = give_away_terms(&item.text);
        let Some(first) = terms.first() else { continue };
        let quoted: Vec<String> = terms.iter().map(|t| format!("\"{t}\"")).collect();
        let (listed, verb) = match quoted.as_slice() {
            [one] => (one.clone(), "gives"),
            [rest @ .., last] => (format!("{} and {last}", rest.join(", ")), "give"),
            [] => continue,
        };
        warnings.push(LintWarning {
            rule: LintRule::OwnerGiveAway,
            file: input.file.to_owned(),
            position: pos.item(&item.id),
            id: item.id.clone(),
            message: format!(
                "item \"{}\": {listed} in the card text {verb} the owner away; {}",
                item.id,
                give_away_advice(first)
            ),
        });
    }
    warnings
}

// ------------------------------------------------------------ near-duplicates

/// Words that carry no meaning for telling duties apart.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "by", "from", "at", "as",
    "into", "onto", "its", "it", "that", "this", "these", "those", "is", "are", "be", "such",
    "like", "other", "each", "every", "any", "all", "which", "what", "who", "so", "aws", "amazon",
];

/// A word with a plural `s` taken off, so "keys" and "key" match.
fn stem(word: &str) -> String {
    let word = word.strip_suffix("'s").unwrap_or(word);
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        word[..word.len() - 1].to_owned()
    } else {
        word.to_owned()
    }
}

/// The meaningful words of a text, stemmed.
fn word_set(text: &str) -> BTreeSet<String> {
    words_with_spans(text)
        .into_iter()
        .map(|(w, _, _)| w)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

/// The text lowercased with its words joined by single spaces.
fn normalised(text: &str) -> String {
    words_with_spans(text)
        .into_iter()
        .map(|(w, _, _)| w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Jaccard similarity of two word sets (0 when both are empty).
/// The Jaccard similarity of two word sets, each sorted and without
/// repeats.
fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // Jaccard >= t needs |small| / |large| >= t: skip the count otherwise.
    if (small.len() as f64) < (large.len() as f64) * DUPLICATE_SIMILARITY {
        return small.len() as f64 / large.len() as f64;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < small.len() && j < large.len() {
        match small[i].cmp(&large[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

// ---------------------------------------------------------- single-owner topics

fn single_owner_topics(input: &LintInput<'_>, pos: &IdPositions) -> Vec<LintWarning> {
    let mut owners: BTreeMap<&str, (usize, BTreeSet<Owner>)> = BTreeMap::new();
    for item in &input.deck.items {
        let entry = owners.entry(item.topic.as_str()).or_default();
        entry.0 += 1;
        entry.1.insert(item.owner);
    }
    let mut warnings = Vec::new();
    for topic in &input.deck.topics {
        let Some((count, set)) = owners.get(topic.id.as_str()) else {
            continue;
        };
        let mut owners = set.iter();
        let (2.., Some(&owner), None) = (*count, owners.next(), owners.next()) else {
            continue;
        };
        warnings.push(LintWarning {
            rule: LintRule::SingleOwnerTopic,
            file: input.file.to_owned(),
            position: pos.topic(&topic.id),
            id: topic.id.clone(),
            message: format!(
                "topic \"{}\": all {count} cards belong to {}, so sorting this topic puts every card \
                 in the same bin; add cards with another owner to it, or merge it with another topic",
                topic.id,
                owner.label()
            ),
        });
    }
    warnings
}

// ------------------------------------------------------------------ positions

/// Where each item's and topic's `id: "..."` is in a deck's text.
#[derive(Debug, Default)]
struct IdPositions {
    items: HashMap<String, (usize, usize)>,
    topics: HashMap<String, (usize, usize)>,
}

/// One open bracket while scanning: the struct name before a `(`, or the
/// field name before a `[`.
#[derive(Debug)]
struct Frame {
    name: String,
    field: String,
}

impl IdPositions {
    fn item(&self, id: &str) -> Option<(usize, usize)> {
        self.items.get(id).copied()
    }

    fn topic(&self, id: &str) -> Option<(usize, usize)> {
        self.topics.get(id).copied()
    }

    /// A small RON scanner: skips strings and comments, keeps a stack of open
    /// brackets, and records `id: "value"` fields of `Item(...)` and
    /// `Topic(...)` structs (or of unnamed structs inside `items: [...]` and
    /// `topics: [...]`). The first position of an id wins.
    fn scan(text: &str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let chars: Vec<char> = text.chars().collect();
        let mut found = Self::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut last_ident = String::new();
        let mut last_field = String::new();
        let (mut line, mut col) = (1usize, 1usize);
        let mut i = 0;
        let advance = |i: &mut usize, line: &mut usize, col: &mut usize| {
            if chars[*i] == '\n' {
                *line += 1;
                *col = 1;
            } else {
                *col += 1;
            }
            *i += 1;
        };
        while i < chars.len() {
            let c = chars[i];
            if c == '/' && chars.get(i + 1) == Some(&'/') {
                while i < chars.len() && chars[i] != '\n' {
                    advance(&mut i, &mut line, &mut col);
                }
            } else if c == '/' && chars.get(i + 1) == Some(&'*') {
                let mut depth = 0usize;
                while i < chars.len() {
                    if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                        depth += 1;
                        advance(&mut i, &mut line, &mut col);
                    } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        advance(&mut i, &mut line, &mut col);
                        if depth == 0 {
                            advance(&mut i, &mut line, &mut col);
                            break;
                        }
                    }
                    advance(&mut i, &mut line, &mut col);
                }
            } else if c == '"' {
                skip_string(&chars, &mut i, &mut line, &mut col, None);
                last_ident.clear();
            } else if c == 'r'
                && matches!(chars.get(i + 1), Some('"') | Some('#'))
                && (i == 0 || !is_ident(chars[i - 1]))
            {
                advance(&mut i, &mut line, &mut col);
                let mut hashes = 0;
                while chars.get(i) == Some(&'#') {
                    hashes += 1;
                    advance(&mut i, &mut line, &mut col);
                }
                if chars.get(i) == Some(&'"') {
                    skip_string(&chars, &mut i, &mut line, &mut col, Some(hashes));
                }
                last_ident.clear();
            } else if is_ident_start(c) {
                let (start_line, start_col) = (line, col);
                let mut ident = String::new();
                while i < chars.len() && is_ident(chars[i]) {
                    ident.push(chars[i]);
                    advance(&mut i, &mut line, &mut col);
                }
                // Look past blanks for `:` then a string value.
                let mut j = i;
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                if chars.get(j) == Some(&':') {
                    last_field = ident.clone();
                    if ident == "id" {
                        let mut k = j + 1;
                        while k < chars.len() && chars[k].is_whitespace() {
                            k += 1;
                        }
                        if chars.get(k) == Some(&'"') {
                            let value = read_plain_string(&chars, k);
                            let kind = stack.last().map(|f| {
                                let list = stack
                                    .len()
                                    .checked_sub(2)
                                    .map(|p| stack[p].field.as_str())
                                    .unwrap_or("");
                                match (f.name.as_str(), list) {
                                    ("Item", _) | ("", "items") => Some(true),
                                    ("Topic", _) | ("", "topics") => Some(false),
                                    _ => None,
                                }
                            });
                            let map = match kind.flatten() {
                                Some(true) => Some(&mut found.items),
                                Some(false) => Some(&mut found.topics),
                                None => None,
                            };
                            if let (Some(map), Some(value)) = (map, value) {
                                map.entry(value).or_insert((start_line, start_col));
                            }
                        }
                    }
                    last_ident.clear();
                } else {
                    last_ident = ident;
                }
            } else {
                match c {
                    '(' | '[' | '{' => {
                        let name = if c == '(' {
                            std::mem::take(&mut last_ident)
                        } else {
                            String::new()
                        };
                        let field = std::mem::take(&mut last_field);
                        stack.push(Frame { name, field });
                    }
                    ')' | ']' | '}' => {
                        stack.pop();
                    }
                    c if c.is_whitespace() => {}
                    _ => last_ident.clear(),
                }
                advance(&mut i, &mut line, &mut col);
            }
        }
        found
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Moves past a string that starts at `chars[*i] == '"'`. `raw` is `None`
/// for an ordinary string (with escapes), else the number of `#` of a raw
/// string (`r"..."` has 0, `r#"..."#` has 1).
fn skip_string(
    chars: &[char],
    i: &mut usize,
    line: &mut usize,
    col: &mut usize,
    raw: Option<usize>,
) {
    let step = |i: &mut usize, line: &mut usize, col: &mut usize| {
        if chars[*i] == '\n' {
            *line += 1;
            *col = 1;
        } else {
            *col += 1;
        }
        *i += 1;
    };
    step(i, line, col);
    while *i < chars.len() {
        let c = chars[*i];
        if raw.is_none() && c == '\\' {
            step(i, line, col);
            if *i < chars.len() {
                step(i, line, col);
            }
            continue;
        }
        if c == '"' {
            let hashes = raw.unwrap_or(0);
            let closing = (1..=hashes).all(|h| chars.get(*i + h) == Some(&'#'));
            step(i, line, col);
            if closing {
                for _ in 0..hashes {
                    step(i, line, col);
                }
                return;
            }
            continue;
        }
        step(i, line, col);
    }
}

/// The value of an ordinary string starting at `chars[start] == '"'`, when it
/// has no escapes (ids never need any).
fn read_plain_string(chars: &[char], start: usize) -> Option<String> {
    let mut value = String::new();
    for &c in chars.get(start + 1..)? {
        match c {
            '"' => return Some(value),
            '\\' | '\n' => return None,
            c => value.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load::load_deck_str;

    fn deck(text: &str) -> Deck {
        load_deck_str("t.ron", text).expect("test deck loads")
    }

    fn lint(text: &str) -> Vec<LintWarning> {
        lint_deck("t.ron", &deck(text), text)
    }

    /// A deck with one topic holding the given (id, text, owner) cards.
    fn deck_text(cards: &[(&str, &str, &str)]) -> String {
        let items: Vec<String> = cards
            .iter()
            .map(|(id, text, owner)| {
                format!(
                    "        Item(id: \"{id}\", text: \"{text}\", owner: {owner}, topic: \"t\", explanation: \"E\"),\n"
                )
            })
            .collect();
        format!(
            "Deck(\n    id: \"d\",\n    title: \"D\",\n    topics: [Topic(id: \"t\", title: \"T\")],\n    items: [\n{}    ],\n)\n",
            items.concat()
        )
    }

    fn rules(warnings: &[LintWarning]) -> Vec<LintRule> {
        warnings.iter().map(|w| w.rule).collect()
    }

    #[test]
    fn give_away_words_are_found_as_whole_words_in_any_case() {
        for text in [
            "Patching your guest OS",
            "Securing YOUR account",
            "What you store",
            "Data that is yours",
            "Protecting it yourself",
            "Running your own database",
            "Securing customer data",
            "Training customers",
            "A customer's keys",
            "A customer’s keys",
            "Guarding AWS's buildings",
            "Amazon's network",
            "Data encrypted by AWS",
            "Security of a workload, taken as a whole",
            "Securing an app end to end",
            "Securing an app end-to-end",
            "Both parties patch",
            "Jointly owned keys",
            "The shared controls",
        ] {
            let terms = give_away_terms(text);
            assert!(!terms.is_empty(), "{text}: nothing found");
        }
        assert_eq!(
            give_away_terms("Running your own DB, end-to-end"),
            vec!["your", "own", "end-to-end"]
        );
        assert_eq!(give_away_terms("A customer’s keys"), vec!["customer’s"]);
    }

    #[test]
    fn service_names_and_longer_words_are_not_give_aways() {
        for text in [
            "Choosing between AWS managed keys and AWS owned keys in AWS KMS",
            "Operating Amazon EC2",
            "Setting the owner tag",
            "Youthful yoghurt", // "you" only as a whole word
            "Sharing a snapshot with another account",
            "Owners of S3 objects",
            "Customized images",
            "Keys managed in AWS KMS",
            "Ending a session",
        ] {
            assert!(
                give_away_terms(text).is_empty(),
                "{text}: {:?}",
                give_away_terms(text)
            );
        }
    }

    #[test]
    fn a_give_away_is_reported_at_the_item_id_with_advice() {
        let text = deck_text(&[
            ("ok", "Patching the hypervisor", "Aws"),
            ("bad", "Patching your guest OS", "Customer"),
        ]);
        let warnings = lint(&text);
        assert_eq!(
            rules(&warnings),
            vec![LintRule::OwnerGiveAway],
            "{warnings:?}"
        );
        let w = &warnings[0];
        assert_eq!(w.id, "bad");
        assert_eq!(w.position, Some((7, 14)));
        let shown = w.to_string();
        assert!(
            shown.starts_with("t.ron:7:14: warning: item \"bad\": "),
            "{shown}"
        );
        assert!(shown.contains("\"your\""), "{shown}");
        assert!(shown.contains("name the thing instead"), "{shown}");
    }

    #[test]
    fn shared_phrases_get_the_split_advice() {
        let text = deck_text(&[
            ("a", "Securing a workload, taken as a whole", "Shared"),
            ("b", "Patching the hypervisor", "Aws"),
        ]);
        let warnings = lint(&text);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].message.contains("\"taken as a whole\""));
        assert!(warnings[0].message.contains("marks the card as Shared"));
    }

    #[test]
    fn only_the_decks_asked_for_are_reported_but_all_are_compared_with() {
        let first = deck_text(&[
            ("a", "Patching the hypervisor", "Aws"),
            ("b", "patching the  Hypervisor.", "Aws"),
        ]);
        let second = deck_text(&[("c", "Patching, the hypervisor", "Aws")]);
        let (d1, d2) = (deck(&first), deck(&second));
        let inputs = [
            LintInput {
                file: "builtin",
                deck: &d1,
                text: &first,
            },
            LintInput {
                file: "user.ron",
                deck: &d2,
                text: &second,
            },
        ];
        let all = lint_decks(&inputs);
        let files: Vec<&str> = all.iter().map(|w| w.file.as_str()).collect();
        assert!(
            files.contains(&"builtin") && files.contains(&"user.ron"),
            "{all:?}"
        );
        let user = lint_decks_reporting(&inputs, &[false, true]);
        let expected: Vec<_> = all.into_iter().filter(|w| w.file == "user.ron").collect();
        assert_eq!(user, expected);
        assert!(
            user.iter()
                .any(|w| w.rule == LintRule::NearDuplicate && w.message.contains("in builtin:")),
            "a user card like a built-in one is still found: {user:?}"
        );
        assert!(lint_decks_reporting(&inputs, &[false, false]).is_empty());
    }

    #[test]
    fn near_duplicates_are_caught() {
        for (a, b) in [
            (
                "Rotating IAM access keys and other credentials",
                "Rotating the IAM access keys and credentials",
            ),
            ("Patching the hypervisor", "patching the  Hypervisor."),
            (
                "Choosing the maintenance window for updates on Amazon RDS",
                "Choosing a maintenance window for Amazon RDS updates",
            ),
            (
                "Operating the container runtime and ECS agent for AWS Fargate tasks",
                "Operating the container runtime and the ECS agent of AWS Fargate",
            ),
        ] {
            let text = deck_text(&[("a", a, "Customer"), ("b", b, "Aws")]);
            let warnings = lint(&text);
            assert_eq!(
                rules(&warnings),
                vec![LintRule::NearDuplicate],
                "{a} / {b}: {warnings:?}"
            );
            assert_eq!(warnings[0].id, "b");
            assert!(
                warnings[0].message.contains("item \"a\" (line 6)"),
                "{}",
                warnings[0]
            );
        }
    }

    #[test]
    fn distinct_duties_are_not_duplicates() {
        for (a, b) in [
            (
                "Patching the host OS of the server under an EC2 instance",
                "Patching the guest OS of an EC2 instance",
            ),
            (
                "Choosing the KMS key that encrypts an Amazon DynamoDB table",
                "Choosing the KMS key that encrypts an Amazon RDS database",
            ),
            (
                "Patching the hypervisor",
                "Patching the database engine on Amazon RDS",
            ),
            (
                "Setting the security groups of an Amazon RDS database",
                "Setting the security group rules of an EC2 instance",
            ),
            (
                "Security awareness training for staff",
                "Security training for the people who run the cloud",
            ),
        ] {
            let text = deck_text(&[("a", a, "Customer"), ("b", b, "Aws")]);
            let warnings = lint(&text);
            assert!(warnings.is_empty(), "{a} / {b}: {warnings:?}");
        }
    }

    #[test]
    fn a_single_owner_topic_is_reported_at_the_topic_id() {
        let text = deck_text(&[
            ("a", "Patching the hypervisor", "Aws"),
            ("b", "Guarding data centre doors", "Aws"),
        ]);
        let warnings = lint(&text);
        assert_eq!(rules(&warnings), vec![LintRule::SingleOwnerTopic]);
        assert_eq!(warnings[0].position, Some((4, 20)));
        assert!(
            warnings[0].to_string().starts_with(
                "t.ron:4:20: warning: topic \"t\": all 2 cards belong to AWS, so sorting"
            ),
            "{}",
            warnings[0]
        );
        // One card alone, or two owners, is fine.
        assert!(lint(&deck_text(&[("a", "Patching the hypervisor", "Aws")])).is_empty());
        assert!(
            lint(&deck_text(&[
                ("a", "Patching the hypervisor", "Aws"),
                ("b", "Patching the guest OS of an EC2 instance", "Customer"),
            ]))
            .is_empty()
        );
    }

    #[test]
    fn positions_skip_strings_and_comments_and_tell_topics_from_items() {
        let text = r##"// id: "x" in a comment
Deck(
    id: "x",
    title: "A title with id: \"x\" (and a paren",
    /* Item(id: "x") */
    topics: [Topic(id: "x", title: "T"), (id: "y", title: "U")],
    items: [
        Item(
            text: r#"raw id: "x""#, owner: Aws, topic: "x",
            id: "x",
            explanation: "E",
        ),
        (id: "z", text: "Z", owner: Customer, topic: "x", explanation: "E"),
    ],
)"##;
        let pos = IdPositions::scan(text);
        assert_eq!(pos.topic("x"), Some((6, 20)));
        assert_eq!(pos.topic("y"), Some((6, 43)));
        assert_eq!(pos.item("x"), Some((10, 13)));
        assert_eq!(pos.item("z"), Some((13, 10)));
        assert_eq!(pos.item("y"), None);
        assert!(deck(text).items.len() == 2);
    }

    #[test]
    fn a_byte_order_mark_does_not_shift_columns() {
        let text = format!("\u{feff}{}", deck_text(&[("bad", "Your data", "Customer")]));
        let warnings = lint_deck("t.ron", &deck(&text), &text);
        assert_eq!(warnings[0].position, Some((6, 14)));
    }

    #[test]
    fn without_text_warnings_have_no_position() {
        let text = deck_text(&[("bad", "Your data", "Customer")]);
        let warnings = lint_deck("t.ron", &deck(&text), "");
        assert_eq!(warnings[0].position, None);
        assert!(
            warnings[0]
                .to_string()
                .starts_with("t.ron: warning: item \"bad\"")
        );
    }

    #[test]
    fn the_catalog_lint_finds_duplicates_across_decks() {
        let one = deck_text(&[("a", "Rotating IAM access keys", "Customer")]);
        let two = one
            .replace("id: \"d\"", "id: \"e\"")
            .replace("id: \"a\"", "id: \"b\"");
        let mut catalog = Catalog::new();
        assert!(catalog.add_bytes("one.ron", Origin::File("one.ron".into()), one.as_bytes()));
        assert!(catalog.add_bytes("two.ron", Origin::File("two.ron".into()), two.as_bytes()));
        let warnings = lint_catalog(&catalog);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let shown = warnings[0].to_string();
        assert!(
            shown.starts_with("two.ron:6:14: warning: item \"b\""),
            "{shown}"
        );
        assert!(shown.contains("item \"a\" in one.ron:6"), "{shown}");
    }
}
