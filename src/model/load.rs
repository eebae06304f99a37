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
use crate::i18n::{Msg, Translator};
use crate::msg;

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

/// What a problem is about: a part of a deck, an exercise or a result,
/// by its id. Shown as `item "x"` in English, in the reader's words by
/// [`About::msg`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum About {
    /// The deck itself.
    Deck(String),
    /// A card (`Item(...)`).
    Item(String),
    /// A topic.
    Topic(String),
    /// A source.
    Source(String),
    /// A layer of the stack.
    Layer(String),
    /// A service of the stack.
    Service(String),
    /// An exercise.
    Exercise(String),
    /// A student's result, by the student's name.
    Result(String),
    /// One answer of a student's result: the student, the card's id
    /// (boxed, so that a `LoadError` stays small).
    Answer(Box<(String, String)>),
}

impl About {
    /// The id (or name) this is about.
    pub fn id(&self) -> &str {
        match self {
            About::Deck(id)
            | About::Item(id)
            | About::Topic(id)
            | About::Source(id)
            | About::Layer(id)
            | About::Service(id)
            | About::Exercise(id)
            | About::Result(id) => id,
            About::Answer(answer) => &answer.1,
        }
    }

    /// The words for it: `item "x"`.
    pub fn msg(&self) -> Msg {
        let kind = match self {
            About::Deck(_) => "deck",
            About::Item(_) => "item",
            About::Topic(_) => "topic",
            About::Source(_) => "source",
            About::Layer(_) => "layer",
            About::Service(_) => "service",
            About::Exercise(_) => "exercise",
            About::Result(student) => return msg!("load-about-result", student = student),
            About::Answer(answer) => {
                let (student, item) = answer.as_ref();
                let result = About::Result(student.clone()).msg();
                return msg!("load-about-answer", result = result, id = item);
            }
        };
        msg!("load-about", kind = kind, id = self.id())
    }
}

impl fmt::Display for About {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.msg(), f)
    }
}

/// One problem found while loading a file, with where it is.
///
/// Displays as `PATH:LINE:COL: message` when a position is known, else
/// `PATH: CONTEXT: message` (for example `deck.ron: item "x": empty text`),
/// in English; [`LoadError::localized`] words it in the reader's language,
/// the path and position as they are.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct LoadError {
    /// What kind of problem this is.
    pub kind: ErrorKind,
    /// The file (or built-in name) the problem is in.
    pub path: String,
    /// One-based line and column, where known.
    pub position: Option<(usize, usize)>,
    /// What the problem is about, e.g. `item "ec2-patching"`, if anything.
    /// (Boxed, so that a `LoadError` stays small.)
    pub context: Option<Box<About>>,
    /// What is wrong and, where useful, what to do.
    pub message: Msg,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.worded(&self.message.to_string(), Msg::to_string))
    }
}

impl LoadError {
    /// The error in `tr`'s language: `PATH:LINE:COL: message`, the path,
    /// position and ids as they are.
    pub fn localized(&self, tr: &Translator) -> String {
        self.worded(&self.message.localized(tr), |m| m.localized(tr))
    }

    fn worded(&self, message: &str, word: impl Fn(&Msg) -> String) -> String {
        match (self.position, self.context.as_deref()) {
            (Some((line, col)), _) => format!("{}:{}:{}: {}", self.path, line, col, message),
            (None, None) => format!("{}: {}", self.path, message),
            (None, Some(about)) => format!("{}: {}: {}", self.path, word(&about.msg()), message),
        }
    }

    /// An error of `kind` in the file `path`, about nothing in particular.
    pub fn new(kind: ErrorKind, path: &str, message: Msg) -> Self {
        Self {
            kind,
            path: path.to_owned(),
            position: None,
            context: None,
            message,
        }
    }

    /// A rule of the data broken by the part `about`.
    pub fn semantic(path: &str, about: About, message: Msg) -> Self {
        Self {
            kind: ErrorKind::Semantic,
            path: path.to_owned(),
            position: None,
            context: Some(Box::new(about)),
            message,
        }
    }

    /// The same error at one-based `line` and `col`.
    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.position = Some((line, col));
        self
    }
}

/// The error for a file of `size` bytes, over [`MAX_FILE_BYTES`].
pub fn too_large(label: &str, size: u64) -> LoadError {
    LoadError::new(
        ErrorKind::TooLarge,
        label,
        msg!("load-too-large", size = size),
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
            return Err(
                LoadError::new(ErrorKind::NotUtf8, label, msg!("load-not-utf8")).at(line, col),
            );
        }
    };
    parse_ron_str(label, text)
}

/// Parses RON text into `T`; see [`parse_ron`].
pub fn parse_ron_str<T: DeserializeOwned>(label: &str, text: &str) -> Result<T, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::new(ErrorKind::Empty, label, msg!("load-empty")));
    }
    let normalised;
    let text = if text.contains('\r') {
        normalised = text.replace("\r\n", "\n");
        normalised.as_str()
    } else {
        text
    };
    ron_options().from_str::<T>(text).map_err(|e| {
        LoadError::new(ErrorKind::Syntax, label, ron_message(&e.code))
            .at(e.span.start.line.max(1), e.span.start.col.max(1))
    })
}

/// What a RON syntax error says: ron's own English for each kind of
/// error, worded by id so that it can be translated; an error this does
/// not know keeps ron's text.
pub fn ron_message(code: &ron::Error) -> Msg {
    use ron::Error as E;
    let worded = match code {
        E::ExceededRecursionLimit => return msg!("load-too-deep"),
        E::Eof => return msg!("load-ends-early"),
        E::ExpectedStringEnd => return msg!("load-string-not-closed"),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let expected = one_of(expected, "variants");
            match outer {
                Some(outer) => msg!(
                    "load-ron-variant",
                    found = ident(found),
                    outer = ident(outer),
                    expected = expected
                ),
                None => msg!(
                    "load-ron-enum-variant",
                    found = ident(found),
                    expected = expected
                ),
            }
        }
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let expected = one_of(expected, "fields");
            match outer {
                Some(outer) => msg!(
                    "load-ron-field",
                    found = ident(found),
                    outer = ident(outer),
                    expected = expected
                ),
                None => msg!(
                    "load-ron-field-plain",
                    found = ident(found),
                    expected = expected
                ),
            }
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => msg!(
                "load-ron-missing-field",
                field = ident(field),
                outer = ident(outer)
            ),
            None => msg!("load-ron-missing-field-plain", field = ident(field)),
        },
        E::DuplicateStructField { field, outer } => match outer {
            Some(outer) => msg!(
                "load-ron-duplicate-field",
                field = ident(field),
                outer = ident(outer)
            ),
            None => msg!("load-ron-duplicate-field-plain", field = ident(field)),
        },
        E::ExpectedDifferentStructName { expected, found } => msg!(
            "load-ron-struct-name",
            expected = ident(expected),
            found = ident(found)
        ),
        E::ExpectedNamedStructLike(name) if !name.is_empty() => {
            msg!("load-ron-struct-open", name = ident(name))
        }
        E::UnexpectedChar(c) => msg!("load-ron-char", char = format!("{c:?}")),
        E::ExpectedComma => msg!("load-ron-expected", what = "comma"),
        E::ExpectedString => msg!("load-ron-expected", what = "string"),
        E::ExpectedInteger => msg!("load-ron-expected", what = "integer"),
        E::ExpectedBoolean => msg!("load-ron-expected", what = "boolean"),
        E::ExpectedIdentifier => msg!("load-ron-expected", what = "identifier"),
        E::ExpectedMapColon => msg!("load-ron-expected", what = "colon"),
        E::ExpectedArray => msg!("load-ron-opening", bracket = "["),
        E::ExpectedStructLike => msg!("load-ron-opening", bracket = "("),
        E::ExpectedMap => msg!("load-ron-opening", bracket = "{"),
        E::ExpectedArrayEnd => msg!("load-ron-closing", bracket = "]"),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => {
            msg!("load-ron-closing", bracket = ")")
        }
        E::ExpectedMapEnd => msg!("load-ron-closing", bracket = "}"),
        E::TrailingCharacters => msg!("load-ron-trailing"),
        _ => return msg!("load-ron-other", detail = code.to_string()),
    };
    // ron writes some names differently (raw or invalid identifiers):
    // its own text then, rather than different English.
    let english = code.to_string();
    if worded.english() == english {
        worded
    } else {
        msg!("load-ron-other", detail = english)
    }
}

/// A name in a RON error, as ron writes it: `` `Owner` ``.
fn ident(name: &str) -> String {
    format!("`{name}`")
}

/// The names ron expected instead: "expected one of `a`, `b`, or `c`
/// instead".
fn one_of(alternatives: &[&str], none: &'static str) -> Msg {
    match alternatives {
        [] => msg!("load-ron-none", what = none),
        [one] => msg!("load-ron-expected-one", first = ident(one)),
        [first, second] => msg!(
            "load-ron-expected-two",
            first = ident(first),
            second = ident(second)
        ),
        [first @ .., last] => {
            let list: Vec<String> = first.iter().map(|a| ident(a)).collect();
            msg!(
                "load-ron-expected-many",
                list = list.join(", "),
                last = ident(last)
            )
        }
    }
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
    let mut push = |about: About, message: Msg| {
        errors.push(LoadError::semantic(label, about, message));
    };

    let deck_ctx = || About::Deck(deck.id.clone());
    if !is_valid_id(&deck.id) {
        push(deck_ctx(), bad_id_message(&deck.id));
    }
    if deck.title.trim().is_empty() {
        push(deck_ctx(), msg!("load-title-empty"));
    }
    if deck.items.is_empty() {
        push(deck_ctx(), msg!("load-no-items"));
    }

    let topics = check_ids(
        Kind::Topic,
        deck.topics
            .iter()
            .map(|t| (t.id.as_str(), t.title.as_str())),
        &mut push,
    );
    let sources = check_ids(
        Kind::Source,
        deck.sources
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str())),
        &mut push,
    );
    let layers = check_ids(
        Kind::Layer,
        deck.layers
            .iter()
            .map(|l| (l.id.as_str(), l.title.as_str())),
        &mut push,
    );
    let services = check_ids(
        Kind::Service,
        deck.services
            .iter()
            .map(|s| (s.id.as_str(), s.name.as_str())),
        &mut push,
    );
    for service in &deck.services {
        for layer in service.layers.keys() {
            if !layers.contains(layer.as_str()) {
                push(
                    About::Service(service.id.clone()),
                    msg!("load-service-unknown-layer", layer = layer),
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
                About::Item(item.id.clone()),
                msg!("load-id-taken", what = "item"),
            );
        }
        check_item(item, &refs, &mut push);
    }
    errors
}

/// The kinds of part a deck lists, as the messages name them.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Topic,
    Source,
    Layer,
    Service,
}

impl Kind {
    /// The name the messages select their words by.
    fn key(self) -> &'static str {
        match self {
            Kind::Topic => "topic",
            Kind::Source => "source",
            Kind::Layer => "layer",
            Kind::Service => "service",
        }
    }

    fn about(self, id: &str) -> About {
        let id = id.to_owned();
        match self {
            Kind::Topic => About::Topic(id),
            Kind::Source => About::Source(id),
            Kind::Layer => About::Layer(id),
            Kind::Service => About::Service(id),
        }
    }
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
fn check_item(item: &super::deck::Item, refs: &Refs<'_>, push: &mut impl FnMut(About, Msg)) {
    let ctx = || About::Item(item.id.clone());
    if !is_valid_id(&item.id) {
        push(ctx(), bad_id_message(&item.id));
    }
    if item.text.trim().is_empty() {
        push(ctx(), msg!("load-text-empty"));
    }
    if item.explanation.trim().is_empty() {
        push(ctx(), msg!("load-explanation-empty"));
    }
    if !refs.topics.contains(item.topic.as_str()) {
        push(ctx(), unknown_ref(Kind::Topic, &item.topic, &refs.topics));
    }
    if !item.layer.is_empty() && !refs.layers.contains(item.layer.as_str()) {
        push(ctx(), unknown_ref(Kind::Layer, &item.layer, &refs.layers));
    }
    for service in &item.services {
        if !refs.services.contains(service.as_str()) {
            push(ctx(), unknown_ref(Kind::Service, service, &refs.services));
        }
    }
    for source in &item.sources {
        if !refs.sources.contains(source.as_str()) {
            push(ctx(), unknown_ref(Kind::Source, source, &refs.sources));
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
    let mut push = |about: About, message: Msg| {
        errors.push(LoadError::semantic(label, about, message));
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
pub fn forbidden_char_name(c: char, multiline: bool) -> Option<Msg> {
    if !is_forbidden_char(c, multiline) {
        return None;
    }
    let name = match c {
        '\0' => "null",
        '\u{7}' => "bell",
        '\u{8}' => "backspace",
        '\t' => "tab",
        '\n' => "line-break",
        '\u{b}' => "vertical-tab",
        '\u{c}' => "form-feed",
        '\r' => "carriage-return",
        '\u{1b}' => "escape",
        '\u{7f}' => "delete",
        '\u{fffe}' | '\u{ffff}' => "not-a-character",
        _ => "none",
    };
    Some(msg!(
        "load-char",
        code = format!("{:04X}", u32::from(c)),
        name = name
    ))
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
/// `the title holds U+001B (escape) at character 4; remove it`. `field`
/// is the field's key for the messages (`title`, `aws-part`...).
fn forbidden_in(field: &'static str, text: &str, multiline: bool) -> Option<Msg> {
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
    Some(msg!(
        "load-forbidden-char",
        field = field,
        char = name,
        at = at + 1,
        more = more
    ))
}

/// Checks every free text of the deck for forbidden characters.
fn check_text(deck: &Deck, push: &mut impl FnMut(About, Msg)) {
    // Tab and line feed are allowed in every text a deck has (titles
    // included, as decks have always allowed); a table's cells keep them
    // only in the card's own texts (`deck_edit::table`).
    let mut field = |ctx: &dyn Fn() -> About, name: &'static str, text: &str| {
        if let Some(problem) = forbidden_in(name, text, true) {
            push(ctx(), problem);
        }
    };
    let deck_ctx = || About::Deck(deck.id.clone());
    field(&deck_ctx, "title", &deck.title);
    field(&deck_ctx, "description", &deck.description);
    field(&deck_ctx, "language", &deck.language);
    for topic in &deck.topics {
        let ctx = || About::Topic(topic.id.clone());
        field(&ctx, "title", &topic.title);
        field(&ctx, "summary", &topic.summary);
    }
    for source in &deck.sources {
        let ctx = || About::Source(source.id.clone());
        field(&ctx, "title", &source.title);
        field(&ctx, "address", &source.url);
    }
    for layer in &deck.layers {
        let ctx = || About::Layer(layer.id.clone());
        field(&ctx, "title", &layer.title);
        field(&ctx, "summary", &layer.summary);
    }
    for service in &deck.services {
        let ctx = || About::Service(service.id.clone());
        field(&ctx, "name", &service.name);
        field(&ctx, "category", &service.category);
        field(&ctx, "summary", &service.summary);
    }
    for item in &deck.items {
        check_item_text(item, push);
    }
}

/// Checks the texts of one card for forbidden characters.
fn check_item_text(item: &super::deck::Item, push: &mut impl FnMut(About, Msg)) {
    let ctx = || About::Item(item.id.clone());
    let mut field = |name: &'static str, text: &str| {
        if let Some(problem) = forbidden_in(name, text, true) {
            push(ctx(), problem);
        }
    };
    field("text", &item.text);
    field("explanation", &item.explanation);
    field("aws-part", &item.aws_part);
    field("customer-part", &item.customer_part);
    for tag in &item.tags {
        field("tag", tag);
    }
}

/// "the id "X" is not valid: use lowercase letters...". `what` is `id`,
/// `exercise-id` or `item-id`.
pub fn bad_id(what: &'static str, id: &str) -> Msg {
    msg!("load-bad-id", what = what, id = id, max = MAX_ID_LEN)
}

fn bad_id_message(id: &str) -> Msg {
    bad_id("id", id)
}

fn unknown_ref(what: Kind, id: &str, known: &HashSet<&str>) -> Msg {
    let mut names: Vec<&str> = known.iter().copied().collect();
    names.sort_unstable();
    let list = if names.is_empty() {
        msg!("load-defines-none", what = what.key())
    } else if names.len() <= 12 {
        msg!("load-known", what = what.key(), list = names.join(", "))
    } else {
        msg!("load-defines-many", what = what.key(), count = names.len())
    };
    msg!("load-unknown-ref", what = what.key(), id = id, list = list)
}

/// Checks id syntax, uniqueness and non-empty titles for one kind of entry,
/// and returns the set of ids.
fn check_ids<'a>(
    what: Kind,
    entries: impl Iterator<Item = (&'a str, &'a str)>,
    push: &mut impl FnMut(About, Msg),
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (id, title) in entries {
        if !is_valid_id(id) {
            push(what.about(id), bad_id_message(id));
        }
        if !seen.insert(id) {
            push(what.about(id), msg!("load-id-taken", what = what.key()));
        }
        if title.trim().is_empty() {
            push(what.about(id), msg!("load-title-or-name-empty"));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    const DECK: &str = r#"Deck(id: "d", title: "D", topics: [Topic(id: "t", title: "T")],
    items: [Item(id: "a", text: "Patching", owner: Amazon, topic: "t", explanation: "E")])"#;

    #[test]
    fn a_syntax_error_is_worded_in_german_and_keeps_its_file_line_and_column() {
        let errors = load_deck_str("deck.ron", DECK).expect_err("Amazon is no owner");
        let error = &errors[0];
        let english = error.to_string();
        assert!(
            english.starts_with("deck.ron:2:52: Unexpected variant named `Amazon` in enum"),
            "{english}"
        );
        let german = error.localized(&Translator::new(Language::German));
        assert!(german.starts_with("deck.ron:2:52: "), "{german}");
        assert_ne!(german, english);
        assert!(german.contains("Unerwartete Variante `Amazon`"), "{german}");
        assert!(german.contains("`Aws`"), "the names stay: {german}");
        let english_again = error.localized(&Translator::new(Language::English));
        assert_eq!(english_again, english);
    }

    #[test]
    fn a_rule_broken_is_worded_in_japanese_with_its_file_and_the_part_it_is_about() {
        let text = DECK
            .replace("owner: Amazon", "owner: Aws")
            .replace("topic: \"t\", expl", "topic: \"gone\", expl");
        let errors = load_deck_str("deck.ron", &text).expect_err("unknown topic");
        assert_eq!(
            errors[0].to_string(),
            "deck.ron: item \"a\": names topic \"gone\", which this deck does not define \
             (known topics: t)"
        );
        let japanese = errors[0].localized(&Translator::new(Language::Japanese));
        assert_eq!(
            japanese,
            "deck.ron: カード「a」: トピック「gone」を指定していますが、このデッキにはありません \
             (使えるトピック: t)"
        );
    }

    #[test]
    fn every_ron_message_worded_by_id_is_rons_own_english() {
        let cases = [
            "Deck(id: \"d\" title: \"D\")",
            "Deck(id: \"d\", colour: 3)",
            "Deck(id: \"d\", id: \"e\")",
            "Exercise(id: \"d\")",
            "Deck(id: 3)",
            "Deck(id: \"d\", items: 3)",
            "Deck(id: \"d\", title: \"D\", items: [Item(id: \"a\"]",
            "Deck(id: \"d\") x",
            "Deck(id: \"d\", title: \"D\", items: [], topics: [Topic(id: \"t\")])",
            "Deck(id: \"d\", title: \"D\", items: [], topics: [] ",
            "Deck(id: \"d\", title: \"D\", items: [Item(id: \"a\", owner: Nobody)])",
            "Deck(id: \"d\", title: \"D\", items: [], topics: [Topic(id: \"t\", title: \"T\")], \
             layers: [Layer(id: \"l\", title: \"L\")], services: [Service(id: \"s\", name: \"S\", \
             layers: {\"l\": Nobody})])",
            "Deck(id: \"d\", title: @)",
        ];
        let german = Translator::new(Language::German);
        for text in cases {
            let Err(errors) = load_deck_str("x.ron", text) else {
                panic!("{text} loads");
            };
            let error = &errors[0];
            let ron = ron_options()
                .from_str::<Deck>(text)
                .expect_err("a syntax error")
                .code
                .to_string();
            assert_eq!(error.message.to_string(), ron, "{text}");
            assert_ne!(error.message.id(), "load-ron-other", "{text}: {ron}");
            let worded = error.localized(&german);
            assert_ne!(worded, error.to_string(), "{text}");
        }
    }

    #[test]
    fn a_forbidden_character_is_named_in_each_language() {
        let text = DECK
            .replace("owner: Amazon", "owner: Aws")
            .replace("\"Patching\"", "\"Pat\\u{1b}ch\\u{7}in\\u{7}g\"");
        let errors = load_deck_str("deck.ron", &text).expect_err("control characters");
        assert_eq!(
            errors[0].message.to_string(),
            "the text holds U+001B (escape) at character 4 and 2 more control characters; \
             remove it (exports to Moodle and QTI and the terminal cannot show it)"
        );
        let spanish = errors[0].localized(&Translator::new(Language::Spanish));
        assert!(
            spanish.contains("el campo texto contiene U+001B (escape) en el carácter 4 y 2"),
            "{spanish}"
        );
        let pseudo = errors[0].localized(&Translator::new(Language::Pseudo));
        assert!(
            pseudo.starts_with("deck.ron: [") && pseudo.ends_with(']'),
            "{pseudo}"
        );
    }

    #[test]
    fn the_size_limit_is_worded_without_digit_grouping() {
        let error = too_large("big.ron", 9_000_000);
        assert_eq!(
            error.to_string(),
            "big.ron: the file is 9000000 bytes, more than the 8 MiB limit; split it into \
             smaller files"
        );
    }
}
