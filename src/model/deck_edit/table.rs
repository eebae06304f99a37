//! Cards pasted from a spreadsheet or read from a CSV/TSV file.
//!
//! The columns are, in order: text, owner, topic, explanation, then the
//! optional services, source URL, aws_part and customer_part. A first row
//! naming those columns is a header and may put them in any order. The
//! separator (tab, semicolon or comma) is detected. Each row becomes a
//! [`RowPreview`]: the card it makes, or why it cannot; owner words such as
//! "cust" or "both" are mapped with a note, and an owner word that is not
//! clear ("Amazon", "maybe") is asked about, never guessed. Services and
//! topics are found in the deck, else among the built-in ones
//! ([`super::builtin`]: by id, name or short name such as "EBS" or "KMS"),
//! which are then copied into the deck; a name that matches nothing becomes
//! a new service or topic of the deck, with a note. A row whose text
//! matches a card of the deck updates that card. [`refused_csv`] gives the
//! rows left out, with why, as a table to fix and import again.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use super::builtin::{BuiltIns, NameIndex, name_key};
use super::{same_text_key, slug};
use crate::i18n::words::owner_name;
use crate::i18n::{Language, Msg, Translator};
use crate::model::deck::{Deck, Item, Layer, Owner, Service, Source, Topic};
use crate::model::lint::owner_msg;
use crate::model::load::{clean_text, forbidden_char_name};
use crate::msg;

/// The columns of a table, in the order used without a header.
pub const COLUMNS: [&str; 8] = [
    "text",
    "owner",
    "topic",
    "explanation",
    "services",
    "source",
    "aws_part",
    "customer_part",
];

/// The separator of `text`: a tab when the first line has one (what a
/// spreadsheet copies), else whichever of `;` and `,` it has more of.
pub fn detect_separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains('\t') {
        return b'\t';
    }
    let count = |c: char| first.chars().filter(|&x| x == c).count();
    if count(';') > count(',') { b';' } else { b',' }
}

/// One row of the table, as cells by column name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// The 1-based line of the row in the pasted text (or file).
    pub line: usize,
    /// The cells, by column name (see [`COLUMNS`]); missing ones are empty.
    pub cells: BTreeMap<&'static str, String>,
}

impl Row {
    fn get(&self, column: &str) -> &str {
        self.cells.get(column).map_or("", |s| s.trim())
    }
}

/// Reads the rows of a table; blank rows are skipped. An error says where
/// the table could not be read.
pub fn parse_rows(text: &str) -> Result<Vec<Row>, Msg> {
    let separator = detect_separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut columns: Vec<Option<&'static str>> = COLUMNS.iter().copied().map(Some).collect();
    let mut first = true;
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => msg!(
                "table-unreadable-at",
                line = p.line(),
                error = e.to_string()
            ),
            None => msg!("table-unreadable", error = e.to_string()),
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if first {
            first = false;
            if let Some(header) = header_columns(&record) {
                columns = header;
                continue;
            }
        }
        let cells = record
            .iter()
            .zip(&columns)
            .filter_map(|(cell, column)| column.map(|c| (c, cell.to_owned())))
            .collect();
        rows.push(Row { line, cells });
    }
    Ok(rows)
}

/// The columns a header row names, when the row is a header (it names the
/// text and owner columns).
fn header_columns(record: &csv::StringRecord) -> Option<Vec<Option<&'static str>>> {
    let columns: Vec<Option<&'static str>> = record
        .iter()
        .map(|cell| {
            let name = cell.trim().to_lowercase().replace([' ', '-'], "_");
            let name = match name.as_str() {
                "source_url" | "url" | "sources" => "source",
                "service" => "services",
                "aws" => "aws_part",
                "customer" => "customer_part",
                other => other,
            };
            COLUMNS.iter().copied().find(|c| *c == name)
        })
        .collect();
    (columns.contains(&Some("text")) && columns.contains(&Some("owner"))).then_some(columns)
}

/// The owners' names in every language of the window, lower case, as the
/// translation files give them ("customer", "kunde", "cliente", "お客様",
/// "geteilt", "compartido", "共有"...): read once.
fn owner_names() -> &'static [(String, Owner)] {
    static NAMES: OnceLock<Vec<(String, Owner)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        Language::ALL
            .into_iter()
            .filter(|language| *language != Language::Pseudo)
            .flat_map(|language| {
                let tr = Translator::new(language);
                Owner::ALL.map(|owner| (owner_name(&tr, owner).to_lowercase(), owner))
            })
            .collect()
    })
}

/// The owner a word means, and a note when it is not the exact name. The
/// owners' names in every language of the window are exact names too.
pub fn owner_word(word: &str) -> Option<(Owner, Option<Msg>)> {
    let lower = word.trim().to_lowercase();
    if let Some((_, owner)) = owner_names().iter().find(|(name, _)| *name == lower) {
        return Some((*owner, None));
    }
    let owner = match lower.as_str() {
        "a" | "provider" | "cloud provider" | "of" | "of the cloud" => Owner::Aws,
        "cust" | "c" | "client" | "user" | "you" | "in" | "in the cloud" | "tenant" => {
            Owner::Customer
        }
        "both" | "s" | "joint" | "share" | "aws and customer" | "aws/customer" => Owner::Shared,
        _ => return None,
    };
    Some((
        owner,
        Some(msg!(
            "table-owner-read-as",
            word = word.trim(),
            owner = owner_msg(owner)
        )),
    ))
}

/// What a row of the table becomes.
#[derive(Debug, Clone, PartialEq)]
pub struct RowPreview {
    /// The 1-based line of the row.
    pub line: usize,
    /// The card the row makes (`None` when it has problems).
    pub item: Option<Item>,
    /// Why the row cannot be added.
    pub problems: Vec<Msg>,
    /// What was read in a way worth saying (an owner word mapped, a topic
    /// or source to be created).
    pub notes: Vec<Msg>,
    /// The id of the card of the deck this row updates (same text).
    pub updates: Option<String>,
    /// Whether the owner cell is empty or not clearly AWS, Customer or
    /// Shared: the owner must be chosen.
    pub needs_owner: bool,
}

impl RowPreview {
    /// Whether the row can be added.
    pub fn is_good(&self) -> bool {
        self.problems.is_empty() && self.item.is_some()
    }
}

/// The preview of a whole table against a deck: each row, and the topics
/// and sources adding it would create.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TablePreview {
    /// One per row, in order.
    pub rows: Vec<RowPreview>,
    /// Topics named by rows that the deck does not have yet.
    pub new_topics: Vec<Topic>,
    /// Sources (by URL) that the deck does not have yet.
    pub new_sources: Vec<Source>,
    /// Services named by rows that the deck does not have yet: copies of
    /// built-in ones, and new ones for names that match nothing.
    pub new_services: Vec<Service>,
    /// The built-in layers the copied services need that the deck lacks,
    /// bottom to top.
    pub new_layers: Vec<Layer>,
}

impl TablePreview {
    /// How many rows can be added (new cards and updates).
    pub fn good(&self) -> usize {
        self.rows.iter().filter(|r| r.is_good()).count()
    }

    /// How many rows update a card rather than add one.
    pub fn updates(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.is_good() && r.updates.is_some())
            .count()
    }
}

/// Reads `rows` against `deck`: the card each makes, what is wrong with it,
/// which card it updates. Topics the deck does not have are created; no
/// built-in service or topic is known (see [`preview_with`]).
pub fn preview(deck: &Deck, rows: &[Row]) -> TablePreview {
    preview_with(deck, rows, true, &BuiltIns::default())
}

/// [`preview`], knowing the built-in services and topics `builtins`, and
/// creating the topics the deck does not have only when `create_topics` is
/// set (else a row naming one has a problem).
pub fn preview_with(
    deck: &Deck,
    rows: &[Row],
    create_topics: bool,
    builtins: &BuiltIns,
) -> TablePreview {
    let mut out = TablePreview::default();
    let existing: HashMap<String, &Item> = deck
        .items
        .iter()
        .map(|i| (same_text_key(&i.text), i))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut item_ids = FreeIds::new(deck.items.iter().map(|i| i.id.as_str()));
    let mut topic_lookup = TopicLookup::new(deck, builtins);
    let mut service_lookup = ServiceLookup::new(deck, builtins);
    let mut source_lookup = SourceLookup::new(deck);
    for row in rows {
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        let (row, cleaned) = clean_row(row);
        if let Some(cleaned) = cleaned {
            notes.push(cleaned);
        }
        let row = row.as_ref();
        let text = row.get("text");
        if text.is_empty() {
            problems.push(msg!("table-text-empty"));
        }
        let owner_cell = row.get("owner");
        let owner = match owner_word(owner_cell) {
            Some((owner, note)) => {
                notes.extend(note);
                Some(owner)
            }
            None if owner_cell.is_empty() => {
                problems.push(msg!("table-owner-empty"));
                None
            }
            None => {
                problems.push(msg!("table-owner-unclear", word = owner_cell));
                None
            }
        };
        let explanation = row.get("explanation");
        if explanation.is_empty() {
            problems.push(msg!("table-explanation-empty"));
        }
        let mut topic_notes = Vec::new();
        let topic = topic_lookup.topic_for(&mut out.new_topics, row.get("topic"), &mut topic_notes);
        if !create_topics && out.new_topics.iter().any(|t| t.id == topic) {
            problems.push(msg!("table-topic-not-in-deck", topic = row.get("topic")));
        } else {
            notes.extend(topic_notes);
        }
        let mut services = Vec::new();
        for name in split_list(row.get("services")) {
            let id = service_lookup.service_for(&mut out, name, &mut notes);
            if !services.contains(&id) {
                services.push(id);
            }
        }
        let url = row.get("source");
        let mut row_sources = Vec::new();
        if !url.is_empty() {
            row_sources.push(source_lookup.source_for(&mut out.new_sources, url, &mut notes));
        }
        let key = same_text_key(text);
        if let Some(first) = seen.get(&key).filter(|_| !text.is_empty()) {
            problems.push(msg!("table-same-text", line = *first));
        }
        seen.insert(key.clone(), row.line);
        let updates = existing.get(&key).map(|i| i.id.clone());
        let item = match (problems.is_empty(), owner) {
            (true, Some(owner)) => {
                let id = match &updates {
                    Some(id) => id.clone(),
                    None => item_ids.take(&slug(text, "card")),
                };
                let old = updates.as_ref().and_then(|_| existing.get(&key));
                Some(Item {
                    id,
                    text: text.to_owned(),
                    owner,
                    topic: topic.clone(),
                    explanation: explanation.to_owned(),
                    services,
                    layer: old.map(|o| o.layer.clone()).unwrap_or_default(),
                    tags: old.map(|o| o.tags.clone()).unwrap_or_default(),
                    sources: if row_sources.is_empty() {
                        old.map(|o| o.sources.clone()).unwrap_or_default()
                    } else {
                        row_sources
                    },
                    aws_part: row.get("aws_part").to_owned(),
                    customer_part: row.get("customer_part").to_owned(),
                })
            }
            _ => None,
        };
        if let Some(id) = &updates
            && item.is_some()
        {
            notes.push(msg!("table-updates-card", id = id));
        }
        out.rows.push(RowPreview {
            line: row.line,
            item,
            problems,
            notes,
            updates,
            needs_owner: owner.is_none(),
        });
    }
    // Only what a good row uses is created.
    let used_topics: HashSet<&str> = out
        .rows
        .iter()
        .filter_map(|r| r.item.as_ref())
        .map(|i| i.topic.as_str())
        .collect();
    out.new_topics
        .retain(|t| used_topics.contains(&t.id.as_str()));
    let used_sources: HashSet<&str> = out
        .rows
        .iter()
        .filter_map(|r| r.item.as_ref())
        .flat_map(|i| i.sources.iter().map(String::as_str))
        .collect();
    out.new_sources
        .retain(|s| used_sources.contains(&s.id.as_str()));
    let used_services: HashSet<&str> = out
        .rows
        .iter()
        .filter_map(|r| r.item.as_ref())
        .flat_map(|i| i.services.iter().map(String::as_str))
        .collect();
    out.new_services
        .retain(|s| used_services.contains(&s.id.as_str()));
    let used_layers: HashSet<&str> = out
        .new_services
        .iter()
        .flat_map(|s| s.layers.keys().map(String::as_str))
        .collect();
    out.new_layers
        .retain(|l| used_layers.contains(&l.id.as_str()));
    out.new_layers.sort_by_key(|l| {
        builtins
            .layers
            .iter()
            .position(|b| b.id == l.id)
            .unwrap_or(usize::MAX)
    });
    out
}

/// The deck's services (and those the table adds) by the names people
/// write, then the built-in ones.
struct ServiceLookup<'a> {
    index: NameIndex,
    ids: Vec<String>,
    free: FreeIds,
    layers: HashSet<String>,
    builtins: &'a BuiltIns,
}

impl<'a> ServiceLookup<'a> {
    fn new(deck: &Deck, builtins: &'a BuiltIns) -> Self {
        Self {
            index: NameIndex::of_services(&deck.services),
            ids: deck.services.iter().map(|s| s.id.clone()).collect(),
            free: FreeIds::new(deck.services.iter().map(|s| s.id.as_str())),
            layers: deck.layers.iter().map(|l| l.id.clone()).collect(),
            builtins,
        }
    }

    /// The id of the service `name` names: one of the deck's, else a copy
    /// of a built-in one (with the layers its stack needs), else a new
    /// service; the last two with a note.
    fn service_for(&mut self, out: &mut TablePreview, name: &str, notes: &mut Vec<Msg>) -> String {
        if let Some(id) = self.index.find(name).and_then(|i| self.ids.get(i)) {
            return id.clone();
        }
        let service = match self.builtins.service(name) {
            Some(built) => {
                let id = self.free.take(&built.id);
                for layer in built.layers.keys() {
                    if self.layers.insert(layer.clone())
                        && let Some(l) = self.builtins.layers.iter().find(|l| &l.id == layer)
                    {
                        out.new_layers.push(l.clone());
                    }
                }
                notes.push(msg!(
                    "table-service-builtin",
                    name = name,
                    builtin = &built.name,
                    id = &id
                ));
                Service {
                    id,
                    ..built.clone()
                }
            }
            None => {
                let id = self.free.take(&slug(name, "service"));
                notes.push(msg!("table-service-new", name = name, id = &id));
                Service {
                    id,
                    name: name.to_owned(),
                    category: String::new(),
                    summary: String::new(),
                    layers: BTreeMap::new(),
                }
            }
        };
        let id = service.id.clone();
        self.index.add(self.ids.len(), &service.id, &service.name);
        self.ids.push(id.clone());
        out.new_services.push(service);
        id
    }
}

fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', ',', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Ids taken so far, and the next number to try after each base: a free
/// id in constant time, however many cards share a base (a table of
/// 250,000 rows stays linear). Gives what `unique_id` gives: the base,
/// else `base-2`, `base-3`...
struct FreeIds {
    taken: HashSet<String>,
    next: HashMap<String, u32>,
}

impl FreeIds {
    fn new<'a>(taken: impl Iterator<Item = &'a str>) -> Self {
        Self {
            taken: taken.map(str::to_owned).collect(),
            next: HashMap::new(),
        }
    }

    fn take(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let next = self.next.entry(base.to_owned()).or_insert(2);
        loop {
            let id = format!("{base}-{next}");
            *next += 1;
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// The key a topic is found by: its [`name_key`], or the lowercase text
/// when that has no letter or digit.
fn topic_key(name: &str) -> String {
    let key = name_key(name);
    if key.is_empty() {
        name.trim().to_lowercase()
    } else {
        key
    }
}

/// The deck's topics (and those the table creates) by id and by title,
/// any case and spacing; then the built-in ones.
struct TopicLookup<'a> {
    by_name: HashMap<String, String>,
    ids: FreeIds,
    builtins: &'a BuiltIns,
}

impl<'a> TopicLookup<'a> {
    fn new(deck: &Deck, builtins: &'a BuiltIns) -> Self {
        let mut by_name = HashMap::new();
        // The first topic with a name wins, as a search in deck order does.
        for topic in deck.topics.iter().rev() {
            by_name.insert(topic_key(&topic.title), topic.id.clone());
            by_name.insert(topic_key(&topic.id), topic.id.clone());
        }
        Self {
            by_name,
            ids: FreeIds::new(deck.topics.iter().map(|t| t.id.as_str())),
            builtins,
        }
    }

    /// The id of the topic a cell names (by id or title, any case and
    /// spacing): the deck's, else a copy of a built-in one, else a new one
    /// (both with a note); "general" for an empty cell.
    fn topic_for(&mut self, new: &mut Vec<Topic>, cell: &str, notes: &mut Vec<Msg>) -> String {
        let cell = if cell.is_empty() { "General" } else { cell };
        if let Some(id) = self.by_name.get(&topic_key(cell)) {
            return id.clone();
        }
        let topic = match self.builtins.topic(cell) {
            Some(built) => {
                let id = self.ids.take(&built.id);
                notes.push(msg!(
                    "table-topic-builtin",
                    name = cell,
                    title = &built.title
                ));
                Topic {
                    id,
                    ..built.clone()
                }
            }
            None => {
                notes.push(msg!("table-topic-new", name = cell));
                Topic {
                    id: self.ids.take(&slug(cell, "topic")),
                    title: cell.to_owned(),
                    summary: String::new(),
                }
            }
        };
        let id = topic.id.clone();
        self.by_name.insert(topic_key(cell), id.clone());
        self.by_name
            .entry(topic_key(&topic.title))
            .or_insert_with(|| id.clone());
        self.by_name
            .entry(topic_key(&id))
            .or_insert_with(|| id.clone());
        new.push(topic);
        id
    }
}

/// The deck's sources (and those the table adds) by URL and by id.
struct SourceLookup {
    by_key: HashMap<String, String>,
    ids: FreeIds,
}

impl SourceLookup {
    fn new(deck: &Deck) -> Self {
        let mut by_key = HashMap::new();
        for source in deck.sources.iter().rev() {
            by_key.insert(source.id.clone(), source.id.clone());
            by_key.insert(source.url.clone(), source.id.clone());
        }
        Self {
            by_key,
            ids: FreeIds::new(deck.sources.iter().map(|s| s.id.as_str())),
        }
    }

    /// The id of the source with this URL (or id), creating one when none
    /// has it.
    fn source_for(&mut self, new: &mut Vec<Source>, url: &str, notes: &mut Vec<Msg>) -> String {
        if let Some(id) = self.by_key.get(url) {
            return id.clone();
        }
        let readable = url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.");
        let id = self.ids.take(&slug(readable, "source"));
        notes.push(msg!("table-source-new", url = url));
        self.by_key.insert(url.to_owned(), id.clone());
        self.by_key.entry(id.clone()).or_insert_with(|| id.clone());
        new.push(Source {
            id: id.clone(),
            title: readable.trim_end_matches('/').to_owned(),
            url: url.to_owned(),
        });
        id
    }
}

/// The columns where a line break and a tab may stay.
const MULTILINE_COLUMNS: [&str; 4] = ["text", "explanation", "aws_part", "customer_part"];

/// `row` with the characters a deck refuses (controls, U+FFFE, U+FFFF)
/// turned into spaces, and the note that says so; the row itself when it
/// has none.
fn clean_row(row: &Row) -> (Cow<'_, Row>, Option<Msg>) {
    let mut found: Vec<String> = Vec::new();
    let mut cleaned: Option<Row> = None;
    for (column, cell) in &row.cells {
        let multiline = MULTILINE_COLUMNS.contains(column);
        if let Cow::Owned(clean) = clean_text(cell, multiline) {
            for c in cell.chars() {
                if let Some(name) = forbidden_char_name(c, multiline).map(|n| n.to_string())
                    && !found.contains(&name)
                {
                    found.push(name);
                }
            }
            cleaned
                .get_or_insert_with(|| row.clone())
                .cells
                .insert(column, clean);
        }
    }
    match cleaned {
        None => (Cow::Borrowed(row), None),
        Some(clean) => (
            Cow::Owned(clean),
            Some(msg!("table-control-characters", names = found.join(", "))),
        ),
    }
}

/// The rows of `rows` that `preview` leaves out, as a CSV table to fix and
/// import again: a header, then each row's cells in the order of
/// [`COLUMNS`], then why it was left out and the line it came from (two
/// columns an import ignores), the problems in `tr`'s language. Empty when
/// no row was left out.
pub fn refused_csv(rows: &[Row], preview: &TablePreview, tr: &Translator) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut any = false;
    for (row, shown) in rows.iter().zip(&preview.rows) {
        if shown.is_good() {
            continue;
        }
        if !any {
            let header = COLUMNS.iter().copied().chain(["problem", "line"]);
            // Writing to a Vec cannot fail.
            let _ = writer.write_record(header);
            any = true;
        }
        let line = row.line.to_string();
        let problem = (shown.problems.iter())
            .map(|p| p.localized(tr))
            .collect::<Vec<_>>()
            .join("; ");
        let cells = COLUMNS
            .iter()
            .map(|c| row.cells.get(c).map_or("", String::as_str))
            .chain([problem.as_str(), line.as_str()]);
        let _ = writer.write_record(cells);
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// What adding a table did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Added {
    /// Cards added.
    pub added: usize,
    /// Cards updated (same text).
    pub updated: usize,
}

/// Adds the good rows of `preview` to `deck` (updating cards with the same
/// text in place) with the topics and sources they need.
pub fn add_rows(deck: &mut Deck, preview: &TablePreview) -> Added {
    let mut done = Added::default();
    let topics: HashSet<String> = deck.topics.iter().map(|t| t.id.clone()).collect();
    for topic in &preview.new_topics {
        if !topics.contains(&topic.id) {
            deck.topics.push(topic.clone());
        }
    }
    let sources: HashSet<String> = deck.sources.iter().map(|s| s.id.clone()).collect();
    for source in &preview.new_sources {
        if !sources.contains(&source.id) {
            deck.sources.push(source.clone());
        }
    }
    let layers: HashSet<String> = deck.layers.iter().map(|l| l.id.clone()).collect();
    for layer in &preview.new_layers {
        if !layers.contains(&layer.id) {
            deck.layers.push(layer.clone());
        }
    }
    let services: HashSet<String> = deck.services.iter().map(|s| s.id.clone()).collect();
    for service in &preview.new_services {
        if !services.contains(&service.id) {
            deck.services.push(service.clone());
        }
    }
    let mut index: HashMap<String, usize> = HashMap::with_capacity(deck.items.len());
    for (i, item) in deck.items.iter().enumerate() {
        index.entry(item.id.clone()).or_insert(i);
    }
    for row in preview.rows.iter().filter(|r| r.is_good()) {
        let Some(item) = &row.item else { continue };
        match index.get(&item.id).copied() {
            Some(i) if row.updates.is_some() => {
                deck.items[i] = item.clone();
                done.updated += 1;
            }
            _ => {
                index.entry(item.id.clone()).or_insert(deck.items.len());
                deck.items.push(item.clone());
                done.added += 1;
            }
        }
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::deck_edit::EditDoc;
    use crate::model::load::validate_deck;

    #[test]
    fn the_separator_is_detected() {
        assert_eq!(detect_separator("a\tb,c\n"), b'\t');
        assert_eq!(detect_separator("a;b;c,d\n"), b';');
        assert_eq!(detect_separator("\n a,b\n"), b',');
    }

    #[test]
    fn owner_words_are_mapped_with_a_note() {
        assert_eq!(owner_word("AWS"), Some((Owner::Aws, None)));
        let (owner, note) = owner_word("cust").expect("known");
        assert_eq!(owner, Owner::Customer);
        assert!(note.is_some_and(|n| n.to_string().contains("cust")));
        assert_eq!(owner_word(" Both ").map(|o| o.0), Some(Owner::Shared));
        assert_eq!(owner_word("maybe"), None);
    }

    #[test]
    fn rows_become_cards_with_problems_and_a_second_paste_updates() {
        let table = "Text\tOwner\tTopic\tExplanation\tSource URL\n\
                     Guards at data centre doors\tAWS\tPhysical\tAWS runs the buildings.\thttps://aws.amazon.com/x\n\
                     Choosing \"strong\" passwords\tcust\tIdentity\tThe customer sets them.\n\
                     \tAWS\tPhysical\tNo text\n\
                     Something\tmaybe\tPhysical\tWhy\n";
        let rows = parse_rows(table).expect("rows");
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0].line, 2);
        let mut doc = EditDoc::new_deck("d", "D", "");
        let p = preview(&doc.deck, &rows);
        assert_eq!(p.good(), 2);
        assert!(
            p.rows[1]
                .notes
                .iter()
                .any(|n| n.to_string().contains("cust"))
        );
        assert!(p.rows[2].problems[0].to_string().contains("text is empty"));
        assert!(p.rows[3].problems[0].to_string().contains("\"maybe\""));
        assert_eq!(p.new_topics.len(), 2);
        assert_eq!(p.new_sources.len(), 1);
        let added = add_rows(&mut doc.deck, &p);
        assert_eq!(
            added,
            Added {
                added: 2,
                updated: 0
            }
        );
        assert!(validate_deck("d", &doc.deck).is_empty(), "{:?}", doc.deck);
        // Again, with a changed explanation: updated, not duplicated.
        let again = table.replace("The customer sets them.", "Changed.");
        let p = preview(&doc.deck, &parse_rows(&again).expect("rows"));
        assert_eq!(p.updates(), 2);
        assert!(p.new_topics.is_empty() && p.new_sources.is_empty());
        let added = add_rows(&mut doc.deck, &p);
        assert_eq!(
            added,
            Added {
                added: 0,
                updated: 2
            }
        );
        assert_eq!(doc.deck.items.len(), 2);
        assert_eq!(doc.deck.items[1].explanation, "Changed.");
    }

    #[test]
    fn headerless_csv_uses_the_column_order_and_repeats_are_problems() {
        let table = "Patching hosts,AWS,patching,Only AWS reaches them.\n\
                     Patching hosts,AWS,patching,Twice.\n";
        let rows = parse_rows(table).expect("rows");
        let doc = EditDoc::new_deck("d", "D", "");
        let p = preview(&doc.deck, &rows);
        assert_eq!(p.good(), 1);
        assert_eq!(p.new_topics.len(), 1);
        let p = preview_with(&doc.deck, &rows, false, &BuiltIns::default());
        assert_eq!(
            p.good(),
            0,
            "an unknown topic is not created when not asked"
        );
        assert!(
            p.rows[0].problems[0]
                .to_string()
                .contains("\"patching\" is not in this deck")
        );
        assert!(p.new_topics.is_empty());
        let p = preview(&doc.deck, &rows);
        assert!(p.rows[1].problems[0].to_string().contains("line 1"));
        assert!(parse_rows("\"unclosed,AWS\n").is_ok_and(|r| r.len() == 1));
    }

    #[test]
    fn control_characters_in_cells_become_spaces_with_a_note() {
        let table =
            "text,owner,topic,explanation\n\"Two\nlines\u{1b}[31m\",AWS,Phys\u{7}ical,Why\u{0}\n";
        let rows = parse_rows(table).expect("rows");
        let doc = EditDoc::new_deck("d", "D", "");
        let p = preview(&doc.deck, &rows);
        assert!(p.rows[0].is_good(), "{:?}", p.rows[0]);
        let item = p.rows[0].item.as_ref().expect("a card");
        assert_eq!(
            item.text, "Two\nlines [31m",
            "a line break stays in a card's text"
        );
        assert_eq!(item.explanation, "Why");
        assert_eq!(p.new_topics[0].title, "Phys ical");
        let note = p.rows[0]
            .notes
            .iter()
            .find(|n| n.to_string().contains("turned into spaces"))
            .expect("said")
            .to_string();
        assert!(
            note.contains("U+001B (escape)") && note.contains("U+0007 (bell)"),
            "{note}"
        );
        let mut deck = doc.deck.clone();
        add_rows(&mut deck, &p);
        assert!(validate_deck("d", &deck).is_empty());
    }

    /// The instructor's table of issue 27: AWS services by the names
    /// people write, quotes, an emoji, loose owner words, one owner that is
    /// not clear and one empty text.
    const SPREADSHEET: &str = "Text,Owner,Topic,Explanation,Services\n\
        Encrypting EBS volumes,cust,Data protection,The customer turns it on.,Amazon EBS\n\
        Rotating KMS keys you made,Customer,Data protection,Your keys.,AWS KMS\n\
        \"Watching \"\"findings\"\"\",both,Detection,AWS finds; you act.,Amazon GuardDuty\n\
        DNS servers 🌍,aws,Edge,AWS runs them.,Amazon Route 53\n\
        Edge locations,AWS,Edge,AWS runs the edge.,Amazon CloudFront\n\
        Table backups,Shared,Databases,Both.,Amazon DynamoDB\n\
        IAM policies,customer,Identity and access,Yours.,AWS IAM\n\
        Guest OS patches,Customer,Patch management,Yours.,ec2\n\
        Bucket policies,customer,,Yours.,s3; EC2\n\
        Our own tool,customer,Tools,Yours.,Quantum Toaster\n\
        Who patches what,Amazon,Patch management,Depends.,ec2\n\
        ,AWS,Edge,No text.,\n";

    #[test]
    fn builtin_services_and_topics_are_found_and_unknown_names_become_new_ones() {
        let builtins = BuiltIns::of_catalog(&super::super::builtin::builtin_catalog());
        let rows = parse_rows(SPREADSHEET).expect("rows");
        assert_eq!(rows.len(), 12);
        let mut doc = EditDoc::new_deck("d", "D", "");
        let p = preview_with(&doc.deck, &rows, true, &builtins);
        let bad: Vec<usize> = p
            .rows
            .iter()
            .filter(|r| !r.is_good())
            .map(|r| r.line)
            .collect();
        assert_eq!(bad, vec![12, 13], "{:#?}", p.rows);
        let services = |i: usize| p.rows[i].item.as_ref().map(|c| c.services.clone());
        assert_eq!(services(0), Some(vec!["ebs".to_owned()]));
        assert_eq!(services(1), Some(vec!["kms".to_owned()]));
        assert_eq!(services(3), Some(vec!["route53".to_owned()]));
        assert_eq!(services(6), Some(vec!["iam".to_owned()]));
        assert_eq!(services(8), Some(vec!["s3".to_owned(), "ec2".to_owned()]));
        assert_eq!(services(9), Some(vec!["quantum-toaster".to_owned()]));
        assert!(
            p.rows[9]
                .notes
                .iter()
                .any(|n| n.to_string().contains("not a built-in one")),
            "{:?}",
            p.rows[9].notes
        );
        assert!(
            p.rows[0]
                .notes
                .iter()
                .any(|n| n.to_string().contains("built-in Amazon EBS"))
        );
        // A built-in topic is copied, with its id.
        assert_eq!(
            p.rows[6].item.as_ref().map(|c| c.topic.as_str()),
            Some("identity-access")
        );
        assert!(p.rows[10].needs_owner);
        assert!(
            p.rows[10].problems[0]
                .to_string()
                .contains("\"Amazon\" is not clearly")
        );
        assert!(p.rows[11].problems[0].to_string().contains("text is empty"));
        let added = add_rows(&mut doc.deck, &p);
        assert_eq!(added.added, 10);
        assert!(
            validate_deck("d", &doc.deck).is_empty(),
            "{:?}",
            validate_deck("d", &doc.deck)
        );
        let ebs = doc
            .deck
            .services
            .iter()
            .find(|s| s.id == "ebs")
            .expect("copied");
        assert!(!ebs.layers.is_empty(), "the built-in stack comes along");
        assert_eq!(
            doc.deck.layers.first().map(|l| l.id.as_str()),
            Some("physical")
        );
        // A second import finds what the first copied, in the deck.
        let p = preview_with(&doc.deck, &rows, true, &builtins);
        assert!(p.new_services.is_empty() && p.new_layers.is_empty());
        assert_eq!(p.updates(), 10);
    }

    #[test]
    fn unclear_owner_words_are_asked_not_guessed() {
        for word in ["Amazon", "maybe", "both?", "aws or customer"] {
            assert_eq!(owner_word(word), None, "{word}");
        }
        for (word, owner) in [
            ("aws", Owner::Aws),
            ("cust", Owner::Customer),
            ("both", Owner::Shared),
        ] {
            assert_eq!(owner_word(word).map(|o| o.0), Some(owner));
        }
    }

    fn english() -> Translator {
        Translator::new(crate::i18n::Language::English)
    }

    /// Issue #30: a row's problems and notes are worded in the reader's
    /// language (they were English whatever the window spoke), and the
    /// owners' names of that language are read as owners.
    #[test]
    fn problems_and_notes_are_worded_in_the_readers_language() {
        use crate::i18n::Language;
        let builtins = BuiltIns::of_catalog(&super::super::builtin::builtin_catalog());
        let rows = parse_rows(
            "text,owner,topic,explanation,services\n\
             Patch the guest OS,vielleicht,Patching,Why,EC2\n\
             Rotate keys,Kunde,Keys,Why,\n\
             Rack the servers,共有,Keys,,\n",
        )
        .expect("rows");
        let doc = EditDoc::new_deck("d", "D", "");
        let p = preview_with(&doc.deck, &rows, true, &builtins);
        let de = Translator::new(Language::German);
        let unclear = p.rows[0].problems[0].localized(&de);
        assert!(
            unclear.contains("„vielleicht“") && unclear.contains("Kunde"),
            "{unclear}"
        );
        assert_eq!(
            p.rows[1].item.as_ref().map(|i| i.owner),
            Some(Owner::Customer),
            "Kunde is an owner's name"
        );
        assert_eq!(owner_word("お客様").map(|o| o.0), Some(Owner::Customer));
        assert_eq!(owner_word("Compartido").map(|o| o.0), Some(Owner::Shared));
        let ja = Translator::new(Language::Japanese);
        let empty = p.rows[2].problems[0].localized(&ja);
        assert!(empty.contains("説明"), "{empty}");
        let note = p.rows[1].notes[0].localized(&Translator::new(Language::Spanish));
        assert!(note.contains("\"Keys\""), "{note}");
        assert_ne!(note, p.rows[1].notes[0].english(), "worded in Spanish");
        let refused = refused_csv(&rows, &p, &de);
        assert!(refused.contains("vielleicht"), "{refused}");
        assert!(!refused.contains("is not clearly"), "{refused}");
    }

    #[test]
    fn refused_rows_are_written_as_a_table_to_fix_and_import_again() {
        let builtins = BuiltIns::of_catalog(&super::super::builtin::builtin_catalog());
        let rows = parse_rows(SPREADSHEET).expect("rows");
        let doc = EditDoc::new_deck("d", "D", "");
        let p = preview_with(&doc.deck, &rows, true, &builtins);
        let refused = refused_csv(&rows, &p, &english());
        assert!(refused.starts_with("text,owner,topic,explanation,services,source,aws_part,customer_part,problem,line\r\n"), "{refused}");
        assert!(refused.contains("not clearly AWS"), "{refused}");
        let again = parse_rows(&refused).expect("rows");
        assert_eq!(again.len(), 2);
        for column in COLUMNS {
            assert_eq!(again[0].get(column), rows[10].get(column), "{column}");
        }
        assert_eq!(
            again[1].cells.get("explanation").map(String::as_str),
            Some("No text.")
        );
        // Fixed (the owner chosen), the row goes in.
        let fixed = refused.replacen(",Amazon,", ",AWS,", 1);
        let p = preview_with(
            &doc.deck,
            &parse_rows(&fixed).expect("rows"),
            true,
            &builtins,
        );
        assert_eq!(p.good(), 1);
        assert_eq!(
            refused_csv(
                &rows[..1],
                &preview_with(&doc.deck, &rows[..1], true, &builtins),
                &english()
            ),
            ""
        );
    }

    #[test]
    fn a_large_table_is_read_in_linear_time() {
        // 30,000 rows, each a new card with its own source: the old search
        // of every card and source per row took minutes here.
        let mut table = String::from("text,owner,topic,explanation,services,source\n");
        for i in 0..30_000 {
            table.push_str(&format!(
                "Duty {i},AWS,Topic {},Why,,https://example.com/{i}\n",
                i % 5
            ));
        }
        let started = std::time::Instant::now();
        let rows = parse_rows(&table).expect("rows");
        let mut doc = EditDoc::new_deck("d", "D", "");
        let p = preview(&doc.deck, &rows);
        let added = add_rows(&mut doc.deck, &p);
        assert_eq!(added.added, 30_000);
        assert_eq!(doc.deck.sources.len(), 30_000);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
        assert!(validate_deck("d", &doc.deck).is_empty());
    }
}
