//! Reading RON files safely and validating decks.
//!
//! Every file that comes from a person (decks, exercises, results and
//! progress) goes through [`parse_ron`]: it refuses oversized data before
//! parsing, accepts a UTF-8 byte-order mark and CRLF line ends, keeps ron's
//! recursion limit, and turns every failure into a [`LoadError`] that says
//! where the problem is and what to do.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::de::DeserializeOwned;
use thiserror::Error;

use super::deck::Deck;

/// Files larger than this are refused before parsing, and no writer makes
/// a file larger than this that SRM Study reads back (see
/// `io::fs::write_readable`).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The limit for deck drafts, written and read: a deck that grew past
/// [`MAX_FILE_BYTES`] in the editor is still kept (at shutdown too) and
/// opens again, to be split before it is saved as a deck.
pub const MAX_DRAFT_BYTES: u64 = 8 * MAX_FILE_BYTES;

/// Longest id accepted for decks, topics, items and the rest.
pub const MAX_ID_LEN: usize = 64;

/// What kind of problem a [`LoadError`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file could not be read from disk.
    Io,
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// The bytes are not UTF-8 text.
    NotUtf8,
    /// The file holds nothing but white space.
    Empty,
    /// RON syntax or a field of the wrong type or name.
    Syntax,
    /// The data parsed but breaks a rule (duplicate id, unknown reference...).
    Semantic,
}

/// One problem found while loading a file, with where it is.
///
/// Displays as `PATH:LINE:COL: message` when a position is known, else
/// `PATH: CONTEXT: message` (for example `deck.ron: item "x": empty text`).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct LoadError {
    /// What kind of problem this is.
    pub kind: ErrorKind,
    /// The file (or built-in name) the problem is in.
    pub path: String,
    /// One-based line and column, where known.
    pub position: Option<(usize, usize)>,
    /// What the problem is about, e.g. `item "ec2-patching"`; may be empty.
    pub context: String,
    /// What is wrong and, where useful, what to do.
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.position, self.context.is_empty()) {
            (Some((line, col)), _) => write!(f, "{}:{}:{}: {}", self.path, line, col, self.message),
            (None, true) => write!(f, "{}: {}", self.path, self.message),
            (None, false) => write!(f, "{}: {}: {}", self.path, self.context, self.message),
        }
    }
}

impl LoadError {
    fn new(kind: ErrorKind, path: &str, message: impl Into<String>) -> Self {
        Self {
            kind,
            path: path.to_owned(),
            position: None,
            context: String::new(),
            message: message.into(),
        }
    }

    fn semantic(path: &str, context: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::Semantic,
            path: path.to_owned(),
            position: None,
            context: context.into(),
            message: message.into(),
        }
    }
}

/// The error for a file of `size` bytes, over [`MAX_FILE_BYTES`].
pub fn too_large(label: &str, size: u64) -> LoadError {
    LoadError::new(
        ErrorKind::TooLarge,
        label,
        format!("the file is {size} bytes, more than the 8 MiB limit; split it into smaller files"),
    )
}

/// The ron options used for every file: the default recursion limit (128)
/// plus `implicit_some`, so optional values are written without `Some(..)`.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses RON bytes into `T`. `label` names the file in errors.
///
/// Accepts a UTF-8 byte-order mark and CRLF line ends. Never panics.
pub fn parse_ron<T: DeserializeOwned>(label: &str, bytes: &[u8]) -> Result<T, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(label, bytes.len() as u64));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            // The valid prefix is UTF-8 by construction.
            let prefix = String::from_utf8_lossy(good);
            let (line, col) = end_position(&prefix);
            let mut err = LoadError::new(
                ErrorKind::NotUtf8,
                label,
                "the file is not UTF-8 text; save it as UTF-8 in your editor",
            );
            err.position = Some((line, col));
            return Err(err);
        }
    };
    parse_ron_str(label, text)
}

/// Parses RON text into `T`; see [`parse_ron`].
pub fn parse_ron_str<T: DeserializeOwned>(label: &str, text: &str) -> Result<T, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::new(
            ErrorKind::Empty,
            label,
            "the file is empty; a deck starts with `Deck(` (see content/README.md)",
        ));
    }
    let normalised;
    let text = if text.contains('\r') {
        normalised = text.replace("\r\n", "\n");
        normalised.as_str()
    } else {
        text
    };
    ron_options().from_str::<T>(text).map_err(|e| {
        let message = match e.code {
            ron::Error::ExceededRecursionLimit => {
                "the data is nested too deeply (more than 128 levels); a deck needs only a few"
                    .to_owned()
            }
            ron::Error::Eof => {
                "the file ends too early: a bracket, parenthesis or string is not closed".to_owned()
            }
            ron::Error::ExpectedStringEnd => {
                "a string is not closed: add the missing '\"'".to_owned()
            }
            other => other.to_string(),
        };
        LoadError {
            kind: ErrorKind::Syntax,
            path: label.to_owned(),
            position: Some((e.span.start.line.max(1), e.span.start.col.max(1))),
            context: String::new(),
            message,
        }
    })
}

fn end_position(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Whether `id` is a valid id: lowercase ASCII letters, digits and '-',
/// starting with a letter, at most [`MAX_ID_LEN`] characters.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && id.len() <= MAX_ID_LEN
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Parses and validates one deck from bytes. All semantic problems are
/// reported at once.
pub fn load_deck_bytes(label: &str, bytes: &[u8]) -> Result<Deck, Vec<LoadError>> {
    let deck: Deck = parse_ron(label, bytes).map_err(|e| vec![e])?;
    let errors = validate_deck(label, &deck);
    if errors.is_empty() {
        Ok(deck)
    } else {
        Err(errors)
    }
}

/// Parses and validates one deck from text; see [`load_deck_bytes`].
pub fn load_deck_str(label: &str, text: &str) -> Result<Deck, Vec<LoadError>> {
    load_deck_bytes(label, text.as_bytes())
}

/// Checks the rules that RON syntax cannot: id syntax, uniqueness, that every
/// reference names something that exists, and that no text is empty.
pub fn validate_deck(label: &str, deck: &Deck) -> Vec<LoadError> {
    let mut errors = Vec::new();
    let mut push = |context: String, message: String| {
        errors.push(LoadError::semantic(label, context, message));
    };

    let deck_ctx = format!("deck \"{}\"", deck.id);
    if !is_valid_id(&deck.id) {
        push(deck_ctx.clone(), bad_id_message(&deck.id));
    }
    if deck.title.trim().is_empty() {
        push(deck_ctx.clone(), "the title is empty".into());
    }
    if deck.items.is_empty() {
        push(
            deck_ctx.clone(),
            "the deck has no items; add at least one Item(...)".into(),
        );
    }

    let topics = check_ids(
        "topic",
        deck.topics
            .iter()
            .map(|t| (t.id.as_str(), t.title.as_str())),
        &mut push,
    );
    let sources = check_ids(
        "source",
        deck.sources
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str())),
        &mut push,
    );
    let layers = check_ids(
        "layer",
        deck.layers
            .iter()
            .map(|l| (l.id.as_str(), l.title.as_str())),
        &mut push,
    );
    let services = check_ids(
        "service",
        deck.services
            .iter()
            .map(|s| (s.id.as_str(), s.name.as_str())),
        &mut push,
    );
    for service in &deck.services {
        for layer in service.layers.keys() {
            if !layers.contains(layer.as_str()) {
                push(
                    format!("service \"{}\"", service.id),
                    format!("names layer \"{layer}\", which is not in this deck's layers"),
                );
            }
        }
    }

    check_text(deck, &mut push);
    let refs = Refs {
        topics,
        layers,
        services,
        sources,
    };
    let mut item_ids = HashSet::with_capacity(deck.items.len());
    for item in &deck.items {
        if !item_ids.insert(item.id.as_str()) {
            push(
                format!("item \"{}\"", item.id),
                "this id is used by another item of the deck".into(),
            );
        }
        check_item(item, &refs, &mut push);
    }
    errors
}

/// The ids a card may name, by kind.
struct Refs<'a> {
    topics: HashSet<&'a str>,
    layers: HashSet<&'a str>,
    services: HashSet<&'a str>,
    sources: HashSet<&'a str>,
}

/// The rules about one card but the uniqueness of its id: its id, its
/// texts, what it names.
fn check_item(item: &super::deck::Item, refs: &Refs<'_>, push: &mut impl FnMut(String, String)) {
    let ctx = format!("item \"{}\"", item.id);
    if !is_valid_id(&item.id) {
        push(ctx.clone(), bad_id_message(&item.id));
    }
    if item.text.trim().is_empty() {
        push(ctx.clone(), "the text is empty".into());
    }
    if item.explanation.trim().is_empty() {
        push(
            ctx.clone(),
            "the explanation is empty; say why this owner".into(),
        );
    }
    if !refs.topics.contains(item.topic.as_str()) {
        push(ctx.clone(), unknown_ref("topic", &item.topic, &refs.topics));
    }
    if !item.layer.is_empty() && !refs.layers.contains(item.layer.as_str()) {
        push(ctx.clone(), unknown_ref("layer", &item.layer, &refs.layers));
    }
    for service in &item.services {
        if !refs.services.contains(service.as_str()) {
            push(ctx.clone(), unknown_ref("service", service, &refs.services));
        }
    }
    for source in &item.sources {
        if !refs.sources.contains(source.as_str()) {
            push(ctx.clone(), unknown_ref("source", source, &refs.sources));
        }
    }
}

/// What [`validate_deck`] says about the card at `index` alone (its
/// text characters included), but whether another card has its id: for
/// the editor, which checks again only the card being typed in. Empty
/// when there is no such card.
pub fn validate_item(label: &str, deck: &Deck, index: usize) -> Vec<LoadError> {
    let Some(item) = deck.items.get(index) else {
        return Vec::new();
    };
    let refs = Refs {
        topics: deck.topics.iter().map(|t| t.id.as_str()).collect(),
        layers: deck.layers.iter().map(|l| l.id.as_str()).collect(),
        services: deck.services.iter().map(|s| s.id.as_str()).collect(),
        sources: deck.sources.iter().map(|s| s.id.as_str()).collect(),
    };
    let mut errors = Vec::new();
    let mut push = |context: String, message: String| {
        errors.push(LoadError::semantic(label, context, message));
    };
    check_item_text(item, &mut push);
    check_item(item, &refs, &mut push);
    errors
}

/// Whether a deck's text may not hold `c`: the characters XML 1.0 cannot
/// carry and a terminal acts on, that is every control character (C0, DEL,
/// C1) and U+FFFE and U+FFFF. Tab and line feed are allowed where the text
/// may have several lines (`multiline`); the deck validator allows them in
/// every text, a table import only in a card's texts.
pub fn is_forbidden_char(c: char, multiline: bool) -> bool {
    match c {
        '\t' | '\n' => !multiline,
        '\u{fffe}' | '\u{ffff}' => true,
        c => c.is_control(),
    }
}

/// How a forbidden character (see [`is_forbidden_char`]) is named in a
/// message: `U+001B (escape)`; `None` when `c` is allowed.
pub fn forbidden_char_name(c: char, multiline: bool) -> Option<String> {
    if !is_forbidden_char(c, multiline) {
        return None;
    }
    let name = match c {
        '\0' => " (null)",
        '\u{7}' => " (bell)",
        '\u{8}' => " (backspace)",
        '\t' => " (tab)",
        '\n' => " (line break)",
        '\u{b}' => " (vertical tab)",
        '\u{c}' => " (form feed)",
        '\r' => " (carriage return)",
        '\u{1b}' => " (escape)",
        '\u{7f}' => " (delete)",
        '\u{fffe}' | '\u{ffff}' => " (not a character)",
        _ => "",
    };
    Some(format!("U+{:04X}{name}", u32::from(c)))
}

/// `text` with every forbidden character (see [`is_forbidden_char`])
/// turned into a space; borrowed when there is none.
pub fn clean_text(text: &str, multiline: bool) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| is_forbidden_char(c, multiline)) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| {
                if is_forbidden_char(c, multiline) {
                    ' '
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// The problem with the forbidden characters of one field, if any:
/// `the title holds U+001B (escape) at character 4; remove it`.
fn forbidden_in(field: &str, text: &str, multiline: bool) -> Option<String> {
    let (at, c) = text
        .chars()
        .enumerate()
        .find(|&(_, c)| is_forbidden_char(c, multiline))?;
    let name = forbidden_char_name(c, multiline)?;
    let more = text
        .chars()
        .skip(at + 1)
        .filter(|&c| is_forbidden_char(c, multiline))
        .count();
    let others = match more {
        0 => String::new(),
        1 => " and 1 more control character".to_owned(),
        n => format!(" and {n} more control characters"),
    };
    Some(format!(
        "the {field} holds {name} at character {}{others}; remove it (exports to Moodle \
         and QTI and the terminal cannot show it)",
        at + 1
    ))
}

/// Checks every free text of the deck for forbidden characters.
fn check_text(deck: &Deck, push: &mut impl FnMut(String, String)) {
    // Tab and line feed are allowed in every text a deck has (titles
    // included, as decks have always allowed); a table's cells keep them
    // only in the card's own texts (`deck_edit::table`).
    let mut field = |ctx: &dyn Fn() -> String, name: &str, text: &str| {
        if let Some(problem) = forbidden_in(name, text, true) {
            push(ctx(), problem);
        }
    };
    let deck_ctx = || format!("deck \"{}\"", deck.id);
    field(&deck_ctx, "title", &deck.title);
    field(&deck_ctx, "description", &deck.description);
    field(&deck_ctx, "language", &deck.language);
    for topic in &deck.topics {
        let ctx = || format!("topic \"{}\"", topic.id);
        field(&ctx, "title", &topic.title);
        field(&ctx, "summary", &topic.summary);
    }
    for source in &deck.sources {
        let ctx = || format!("source \"{}\"", source.id);
        field(&ctx, "title", &source.title);
        field(&ctx, "address", &source.url);
    }
    for layer in &deck.layers {
        let ctx = || format!("layer \"{}\"", layer.id);
        field(&ctx, "title", &layer.title);
        field(&ctx, "summary", &layer.summary);
    }
    for service in &deck.services {
        let ctx = || format!("service \"{}\"", service.id);
        field(&ctx, "name", &service.name);
        field(&ctx, "category", &service.category);
        field(&ctx, "summary", &service.summary);
    }
    for item in &deck.items {
        check_item_text(item, push);
    }
}

/// Checks the texts of one card for forbidden characters.
fn check_item_text(item: &super::deck::Item, push: &mut impl FnMut(String, String)) {
    let ctx = || format!("item \"{}\"", item.id);
    let mut field = |name: &str, text: &str| {
        if let Some(problem) = forbidden_in(name, text, true) {
            push(ctx(), problem);
        }
    };
    field("text", &item.text);
    field("explanation", &item.explanation);
    field("AWS part", &item.aws_part);
    field("customer part", &item.customer_part);
    for tag in &item.tags {
        field("tag", tag);
    }
}

fn bad_id_message(id: &str) -> String {
    format!(
        "the id \"{id}\" is not valid: use lowercase letters, digits and '-', \
         starting with a letter, at most {MAX_ID_LEN} characters"
    )
}

fn unknown_ref(what: &str, id: &str, known: &HashSet<&str>) -> String {
    let mut names: Vec<&str> = known.iter().copied().collect();
    names.sort_unstable();
    let list = if names.is_empty() {
        format!("this deck defines no {what}s")
    } else if names.len() <= 12 {
        format!("known {what}s: {}", names.join(", "))
    } else {
        format!("the deck defines {} {what}s", names.len())
    };
    format!("names {what} \"{id}\", which this deck does not define ({list})")
}

/// Checks id syntax, uniqueness and non-empty titles for one kind of entry,
/// and returns the set of ids.
fn check_ids<'a>(
    what: &str,
    entries: impl Iterator<Item = (&'a str, &'a str)>,
    push: &mut impl FnMut(String, String),
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (id, title) in entries {
        let ctx = format!("{what} \"{id}\"");
        if !is_valid_id(id) {
            push(ctx.clone(), bad_id_message(id));
        }
        if !seen.insert(id) {
            push(
                ctx.clone(),
                format!("this id is used by another {what} of the deck"),
            );
        }
        if title.trim().is_empty() {
            push(ctx, "the title or name is empty".into());
        }
    }
    seen
}

/// Writes a deck as readable, pretty RON that loads back equal.
pub fn deck_to_ron(deck: &Deck) -> Result<String, ron::Error> {
    to_pretty_ron(deck)
}

/// Writes any value as the pretty RON this app uses for its files.
pub fn to_pretty_ron<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_owned())
        .struct_names(true)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    let mut text = ron_options().to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}

/// Counts items per owner, for summaries.
pub fn owner_counts(deck: &Deck) -> BTreeMap<super::deck::Owner, usize> {
    let mut counts = BTreeMap::new();
    for item in &deck.items {
        *counts.entry(item.owner).or_insert(0) += 1;
    }
    counts
}
