//! Exports to the tools instructors and students already use: Moodle XML,
//! an IMS QTI 2.1 package, Anki and Quizlet text files (cards), and xAPI
//! statements (a student's results).
//!
//! Everything here is plain data in, bytes or text out: nothing drawn, no file
//! I/O. The command line (`srm-study export`) and the app write what these
//! functions return, so both write the same bytes.
//!
//! - [`CardSet`] is what the card formats export: a deck or an exercise,
//!   optionally narrowed by a [`CardFilter`] (topics, services).
//! - [`export_cards`] turns a card set into the bytes of a [`Format`].
//! - [`xapi::statements_json`] turns an exercise and results into xAPI.

pub mod anki;
pub mod moodle;
pub mod qti;
pub mod quizlet;
pub mod xapi;
/// The test helper that reads the exporters' XML back (shared with the
/// integration tests; not part of the library).
#[cfg(test)]
#[path = "../../../tests/common/xml_tree.rs"]
pub(crate) mod xml_tree;

use thiserror::Error;

use crate::i18n::{Msg, Translator};
use crate::msg;

use super::deck::{Deck, Item, Owner};
use super::exercise::Exercise;

/// The card formats [`export_cards`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Moodle XML: a drag-and-drop-into-text question (and optionally one
    /// matching question per topic) in a category named after the deck.
    Moodle,
    /// Moodle XML: one matching question per topic (a topic of one card:
    /// a three-choice question).
    MoodlePerTopic,
    /// Moodle XML: one three-choice question per card.
    MoodlePerCard,
    /// An IMS QTI 2.1 content package (zip) with one matching item and an
    /// assessment test holding it.
    Qti,
    /// An IMS QTI 2.1 package with one three-choice item per card and an
    /// assessment test holding them.
    QtiPerCard,
    /// A tab-separated text file with Anki's import header lines.
    Anki,
    /// Term and definition rows for Quizlet's import box.
    Quizlet,
}

impl Format {
    /// Every card format, in menu order.
    pub const ALL: [Format; 7] = [
        Format::Moodle,
        Format::MoodlePerTopic,
        Format::MoodlePerCard,
        Format::Qti,
        Format::QtiPerCard,
        Format::Anki,
        Format::Quizlet,
    ];

    /// The name shown to a person, e.g. in an "Export to..." menu.
    pub fn label(self) -> &'static str {
        match self {
            Format::Moodle => "Moodle XML",
            Format::MoodlePerTopic => "Moodle XML, a question per topic",
            Format::MoodlePerCard => "Moodle XML, a question per card",
            Format::Qti => "IMS QTI 2.1 package (Canvas, Blackboard...)",
            Format::QtiPerCard => "IMS QTI 2.1 package, a question per card",
            Format::Anki => "Anki (text file)",
            Format::Quizlet => "Quizlet (text to paste)",
        }
    }

    /// The usual file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Moodle | Format::MoodlePerTopic | Format::MoodlePerCard => "xml",
            Format::Qti | Format::QtiPerCard => "zip",
            Format::Anki | Format::Quizlet => "txt",
        }
    }
}

/// An XML writer with a two-space indent that has already written the
/// `<?xml version="1.0" encoding="UTF-8"?>` declaration: how every XML
/// exporter (Moodle, QTI item and manifest) starts.
fn xml_writer() -> Result<quick_xml::Writer<Vec<u8>>, ExportError> {
    use quick_xml::events::{BytesDecl, Event};
    let mut w = quick_xml::Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    Ok(w)
}

/// Text as XML 1.0 can hold it: the characters XML 1.0 has no place for
/// (controls other than tab, line feed and carriage return; U+FFFE and
/// U+FFFF) become spaces. Every XML exporter passes its whole output
/// through this, so no text (title, card, explanation, topic) can make a
/// file that an XML parser refuses.
pub fn xml_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    if text.contains(bad) {
        std::borrow::Cow::Owned(text.chars().map(|c| if bad(c) { ' ' } else { c }).collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A writer's XML as text XML 1.0 can hold ([`xml_safe`]), ending in a
/// new line.
fn finish_xml(w: quick_xml::Writer<Vec<u8>>) -> Result<String, ExportError> {
    let mut text =
        String::from_utf8(w.into_inner()).map_err(|e| ExportError::Xml(e.to_string()))?;
    text.push('\n');
    Ok(xml_safe(&text).into_owned())
}

/// Text for a plain-text format (Anki, Quizlet): control characters other
/// than tab and line breaks become spaces, so no word runs into the next.
pub fn controls_as_spaces(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Options of the card formats; the defaults suit most uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Moodle: also write one matching question per topic.
    pub moodle_matching_per_topic: bool,
}

/// Why an export could not be made. Its `Display` is English;
/// [`ExportError::localized`] words it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.message())]
pub enum ExportError {
    /// The card set is empty (no card, or the filter matched none).
    NoCards,
    /// The XML writer failed.
    Xml(String),
    /// The zip writer failed.
    Zip(String),
    /// JSON could not be written.
    Json(String),
    /// The class URI given for xAPI is not an absolute http(s) address.
    BadClassUri(String),
    /// Two results of the same student would give the same statement ids.
    DuplicateStudent(String),
    /// A result names another exercise than the one exported.
    OtherExercise {
        /// The student of the result.
        student: String,
        /// The exercise exported.
        expected: String,
        /// The exercise the result names.
        found: String,
    },
}

impl ExportError {
    /// The error as a message (its id and values).
    pub fn message(&self) -> Msg {
        match self {
            ExportError::NoCards => msg!("export-error-no-cards"),
            ExportError::Xml(error) => msg!("export-error-xml", error = error),
            ExportError::Zip(error) => msg!("export-error-zip", error = error),
            ExportError::Json(error) => msg!("export-error-json", error = error),
            ExportError::BadClassUri(uri) => msg!("export-error-class-uri", uri = uri),
            ExportError::DuplicateStudent(student) => {
                msg!("export-error-duplicate-student", student = student)
            }
            ExportError::OtherExercise {
                student,
                expected,
                found,
            } => msg!(
                "export-error-other-exercise",
                student = student,
                expected = expected,
                found = found
            ),
        }
    }

    /// The error in `tr`'s language.
    pub fn localized(&self, tr: &Translator) -> String {
        self.message().localized(tr)
    }
}

impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> Self {
        ExportError::Xml(e.to_string())
    }
}

/// The cards to export, with the deck they come from (for topic titles,
/// service names and ids).
#[derive(Debug, Clone)]
pub struct CardSet<'a> {
    /// The id of the deck or exercise: names the questions and the package.
    pub id: String,
    /// The title of the deck or exercise: names the category or Anki deck.
    pub title: String,
    /// The deck the cards are in.
    pub deck: &'a Deck,
    /// The cards, in order.
    pub items: Vec<&'a Item>,
    /// The filter the set was made with (empty: every card).
    pub filter: CardFilter,
    /// Whether a wrong answer takes a point (an exercise's penalty), the
    /// total bounded at 0; formats that score (QTI) score so.
    pub penalty: bool,
}

impl<'a> CardSet<'a> {
    /// Every card of a deck.
    pub fn from_deck(deck: &'a Deck) -> Self {
        Self {
            id: deck.id.clone(),
            title: deck.title.clone(),
            deck,
            items: deck.items.iter().collect(),
            filter: CardFilter::default(),
            penalty: false,
        }
    }

    /// Every card of an exercise, named after the exercise.
    pub fn from_exercise(exercise: &'a Exercise) -> Self {
        Self {
            id: exercise.id.clone(),
            title: exercise.title.clone(),
            deck: &exercise.deck,
            items: exercise.deck.items.iter().collect(),
            filter: CardFilter::default(),
            penalty: exercise.penalty,
        }
    }

    /// Keeps only the cards the filter matches.
    pub fn filtered(mut self, filter: &CardFilter) -> Self {
        self.items.retain(|item| filter.matches(self.deck, item));
        self.filter = filter.clone();
        self
    }

    /// The title with the filter in words: `Title` for every card, else
    /// `Title (Patch management; Amazon EC2)`, so that exports made with
    /// different filters have different names.
    pub fn full_title(&self) -> String {
        let title = self.title.trim();
        let mut parts: Vec<String> = Vec::new();
        let topics = chosen(
            &self.filter.topics,
            self.deck
                .topics
                .iter()
                .map(|t| (t.id.as_str(), t.title.as_str())),
        );
        let services = chosen(
            &self.filter.services,
            self.deck
                .services
                .iter()
                .map(|s| (s.id.as_str(), s.name.as_str())),
        );
        parts.extend(topics.into_iter().map(str::to_owned));
        parts.extend(services.into_iter().map(str::to_owned));
        if parts.is_empty() {
            title.to_owned()
        } else {
            format!("{title} ({})", parts.join("; "))
        }
    }

    /// The id with the filter: `deck-id` for every card, else
    /// `deck-id--topic-patch--service-ec2` (ids of the deck, sorted), so
    /// that exports made with different filters never share an id.
    pub fn full_id(&self) -> String {
        let mut topics: Vec<&str> = self
            .filter
            .topics
            .iter()
            .filter_map(|t| self.deck.topics.iter().find(|d| names(t, &d.id, &d.title)))
            .map(|d| d.id.as_str())
            .collect();
        topics.sort_unstable();
        topics.dedup();
        let mut services: Vec<&str> = self
            .filter
            .services
            .iter()
            .filter_map(|s| self.deck.services.iter().find(|d| names(s, &d.id, &d.name)))
            .map(|d| d.id.as_str())
            .collect();
        services.sort_unstable();
        services.dedup();
        let mut id = self.id.clone();
        for topic in topics {
            id.push_str("--topic-");
            id.push_str(topic);
        }
        for service in services {
            id.push_str("--service-");
            id.push_str(service);
        }
        id
    }

    /// The title of a topic of the deck (its id when it has none).
    pub fn topic_title<'s>(&'s self, topic_id: &'s str) -> &'s str {
        topic_title(self.deck, topic_id)
    }

    /// The display name of a service of the deck (its id when it has none).
    pub fn service_name<'s>(&'s self, service_id: &'s str) -> &'s str {
        service_name(self.deck, service_id)
    }
}

fn topic_title<'a>(deck: &'a Deck, topic_id: &'a str) -> &'a str {
    deck.topics
        .iter()
        .find(|t| t.id == topic_id)
        .map_or(topic_id, |t| t.title.as_str())
}

fn service_name<'a>(deck: &'a Deck, service_id: &'a str) -> &'a str {
    deck.services
        .iter()
        .find(|s| s.id == service_id)
        .map_or(service_id, |s| s.name.as_str())
}

/// Narrows a card set to some topics and services. Each is named by id, or
/// by title (topics) or name (services) in any case. An empty list allows
/// all; a card must match both lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardFilter {
    /// Topics: a card must be in one of them.
    pub topics: Vec<String>,
    /// Services: a card must name one of them.
    pub services: Vec<String>,
}

impl CardFilter {
    /// Whether the item passes the filter.
    pub fn matches(&self, deck: &Deck, item: &Item) -> bool {
        let topic_ok = self.topics.is_empty()
            || self
                .topics
                .iter()
                .any(|t| names(t, &item.topic, topic_title(deck, &item.topic)));
        let service_ok = self.services.is_empty()
            || self.services.iter().any(|s| {
                item.services
                    .iter()
                    .any(|id| names(s, id, service_name(deck, id)))
            });
        topic_ok && service_ok
    }

    /// The filter's topics and services that name nothing in the deck, each
    /// as `topic "x"` or `service "y"` (in English when displayed).
    pub fn unknown(&self, deck: &Deck) -> Vec<Msg> {
        let mut unknown = Vec::new();
        for t in &self.topics {
            if !deck.topics.iter().any(|d| names(t, &d.id, &d.title)) {
                unknown.push(msg!("export-unknown-topic", topic = t));
            }
        }
        for s in &self.services {
            if !deck.services.iter().any(|d| names(s, &d.id, &d.name)) {
                unknown.push(msg!("export-unknown-service", service = s));
            }
        }
        unknown
    }
}

/// The titles (the id where a title is blank) of the `entries` (id,
/// title) that `wanted` names, sorted and each once.
fn chosen<'a>(
    wanted: &[String],
    entries: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) -> Vec<&'a str> {
    let mut titles: Vec<&str> = wanted
        .iter()
        .filter_map(|w| {
            entries
                .clone()
                .find(|(id, title)| names(w, id, title))
                .map(|(id, title)| {
                    if title.trim().is_empty() {
                        id
                    } else {
                        title.trim()
                    }
                })
        })
        .collect();
    titles.sort_unstable();
    titles.dedup();
    titles
}

fn names(wanted: &str, id: &str, title: &str) -> bool {
    let wanted = wanted.trim();
    wanted == id || wanted.to_lowercase() == title.to_lowercase()
}

/// Writes a card set in a card format.
pub fn export_cards(
    format: Format,
    set: &CardSet<'_>,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    if set.items.is_empty() {
        return Err(ExportError::NoCards);
    }
    match format {
        Format::Moodle => {
            let layout = if options.moodle_matching_per_topic {
                moodle::Layout::OneAndPerTopic
            } else {
                moodle::Layout::One
            };
            moodle::to_moodle_xml(set, layout).map(String::into_bytes)
        }
        Format::MoodlePerTopic => {
            moodle::to_moodle_xml(set, moodle::Layout::PerTopic).map(String::into_bytes)
        }
        Format::MoodlePerCard => {
            moodle::to_moodle_xml(set, moodle::Layout::PerCard).map(String::into_bytes)
        }
        Format::Qti => qti::to_qti_package(set, qti::Layout::Matching),
        Format::QtiPerCard => qti::to_qti_package(set, qti::Layout::PerCard),
        Format::Anki => anki::to_anki_text(set).map(String::into_bytes),
        Format::Quizlet => quizlet::to_quizlet_text(set).map(String::into_bytes),
    }
}

/// Escapes text for HTML: `&`, `<`, `>`, `"` and `'`.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The answer side of a card as plain lines: the owner with its tagline,
/// the explanation, and for a shared card what AWS and the customer do.
pub fn answer_lines(item: &Item) -> Vec<String> {
    let mut lines = vec![
        format!("{}: {}.", item.owner.label(), item.owner.tagline()),
        item.explanation.trim().to_owned(),
    ];
    if !item.aws_part.trim().is_empty() {
        lines.push(format!("AWS: {}", item.aws_part.trim()));
    }
    if !item.customer_part.trim().is_empty() {
        lines.push(format!("Customer: {}", item.customer_part.trim()));
    }
    lines
}

/// The owner a bin identifier (`AWS`, `Customer`, `Shared`, any case) names.
pub fn owner_from_label(label: &str) -> Option<Owner> {
    Owner::ALL
        .into_iter()
        .find(|o| o.label().eq_ignore_ascii_case(label.trim()))
}

#[cfg(test)]
pub(crate) mod test_support {
    //! A deck whose cards hold every awkward character the formats must carry.

    use crate::model::deck::{Deck, Item, Owner, Service, Topic};

    /// The text of the tricky card: markup, an ampersand, both quotes, an
    /// emoji, a tab, a newline and something that looks like a Moodle gap.
    pub const TRICKY: &str = "Keeping <script> & \"quotes\" 'safe' 🔐\tand [[2]]\nsecond line";

    pub fn item(id: &str, text: &str, owner: Owner, topic: &str) -> Item {
        Item {
            explanation: format!("Why {id}: because <b>it</b> & so."),
            ..Item::new(id, text, owner, topic)
        }
    }

    pub fn deck() -> Deck {
        let mut shared = item("patching", "Patch management", Owner::Shared, "patch");
        shared.aws_part = "Patches the hypervisor & host OS".into();
        shared.customer_part = "Patches the guest OS".into();
        shared.services = vec!["ec2".into()];
        let mut guest = item(
            "guest-os",
            "Patching the guest OS",
            Owner::Customer,
            "patch",
        );
        guest.services = vec!["ec2".into(), "rds".into()];
        Deck {
            id: "tricky-deck".into(),
            title: "Tricky <deck> & co/2".into(),
            description: String::new(),
            language: String::new(),
            sources: vec![],
            layers: vec![],
            services: vec![
                Service {
                    id: "ec2".into(),
                    name: "Amazon EC2".into(),
                    category: String::new(),
                    summary: String::new(),
                    layers: Default::default(),
                },
                Service {
                    id: "rds".into(),
                    name: "Amazon RDS".into(),
                    category: String::new(),
                    summary: String::new(),
                    layers: Default::default(),
                },
            ],
            topics: vec![
                Topic {
                    id: "physical".into(),
                    title: "Physical security".into(),
                    summary: String::new(),
                },
                Topic {
                    id: "patch".into(),
                    title: "Patch management".into(),
                    summary: String::new(),
                },
            ],
            items: vec![
                item("tricky", TRICKY, Owner::Aws, "physical"),
                guest,
                shared,
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::deck;
    use super::*;

    #[test]
    fn filter_by_topic_and_service_id_or_name() {
        let deck = deck();
        let ids = |f: &CardFilter| -> Vec<String> {
            CardSet::from_deck(&deck)
                .filtered(f)
                .items
                .iter()
                .map(|i| i.id.clone())
                .collect()
        };
        assert_eq!(ids(&CardFilter::default()).len(), 3);
        let by_topic = CardFilter {
            topics: vec!["patch".into()],
            ..Default::default()
        };
        assert_eq!(ids(&by_topic), ["guest-os", "patching"]);
        let by_title = CardFilter {
            topics: vec!["physical SECURITY".into()],
            ..Default::default()
        };
        assert_eq!(ids(&by_title), ["tricky"]);
        let by_service = CardFilter {
            services: vec!["Amazon RDS".into()],
            ..Default::default()
        };
        assert_eq!(ids(&by_service), ["guest-os"]);
        let both = CardFilter {
            topics: vec!["patch".into()],
            services: vec!["ec2".into()],
        };
        assert_eq!(ids(&both), ["guest-os", "patching"]);
        let unknown = CardFilter {
            topics: vec!["nope".into()],
            services: vec!["ec2".into(), "lambda".into()],
        };
        assert_eq!(
            unknown
                .unknown(&deck)
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["topic \"nope\"", "service \"lambda\""]
        );
        assert!(ids(&unknown).is_empty());
    }

    /// Issue #30: an export's errors are worded in the reader's language.
    #[test]
    fn export_errors_are_worded_in_the_readers_language() {
        use crate::i18n::Language;
        let de = Translator::new(Language::German);
        let ja = Translator::new(Language::Japanese);
        let error = ExportError::DuplicateStudent("Ana".into());
        assert_eq!(
            error.to_string(),
            "two results of the student \"Ana\" are the same attempt; keep one, or export \
             them separately with different attempts"
        );
        let german = error.localized(&de);
        assert!(
            german.contains("Ana") && german != error.to_string(),
            "{german}"
        );
        let none = ExportError::NoCards.localized(&ja);
        assert!(
            none.contains("--topic") && none.contains("カード"),
            "{none}"
        );
        let uri = ExportError::BadClassUri("ftp://x".into()).localized(&de);
        assert!(uri.contains("ftp://x") && uri.contains("https://"), "{uri}");
    }

    #[test]
    fn empty_set_is_an_error_in_every_format() {
        let deck = deck();
        let none = CardFilter {
            topics: vec!["nope".into()],
            ..Default::default()
        };
        let set = CardSet::from_deck(&deck).filtered(&none);
        for format in Format::ALL {
            assert_eq!(
                export_cards(format, &set, &ExportOptions::default()),
                Err(ExportError::NoCards)
            );
        }
    }

    #[test]
    fn html_escape_escapes_markup_and_quotes() {
        assert_eq!(
            html_escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn owner_labels_round_trip() {
        for owner in Owner::ALL {
            assert_eq!(owner_from_label(owner.label()), Some(owner));
        }
        assert_eq!(owner_from_label("customer"), Some(Owner::Customer));
        assert_eq!(owner_from_label("nobody"), None);
    }
}
