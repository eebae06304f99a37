//! Cards pasted from a spreadsheet or read from a CSV/TSV file.
//!
//! The columns are, in order: text, owner, topic, explanation, then the
//! optional services, source URL, aws_part and customer_part. A first row
//! naming those columns is a header and may put them in any order. The
//! separator (tab, semicolon or comma) is detected. Each row becomes a
//! [`RowPreview`]: the card it makes, or why it cannot; owner words such as
//! "cust" or "both" are mapped with a note, and unknown topics are created.
//! A row whose text matches a card of the deck updates that card.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::{same_text_key, slug};
use crate::model::deck::{Deck, Item, Owner, Source, Topic};
use crate::model::load::{clean_text, forbidden_char_name};

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
pub fn parse_rows(text: &str) -> Result<Vec<Row>, String> {
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
            Some(p) => format!("line {}: {e}", p.line()),
            None => e.to_string(),
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

/// The owner a word means, and a note when it is not the exact name.
pub fn owner_word(word: &str) -> Option<(Owner, Option<String>)> {
    let lower = word.trim().to_lowercase();
    let exact = match lower.as_str() {
        "aws" => Some(Owner::Aws),
        "customer" => Some(Owner::Customer),
        "shared" => Some(Owner::Shared),
        _ => None,
    };
    if let Some(owner) = exact {
        return Some((owner, None));
    }
    let owner = match lower.as_str() {
        "amazon" | "a" | "provider" | "cloud provider" | "of" | "of the cloud" => Owner::Aws,
        "cust" | "c" | "client" | "user" | "you" | "in" | "in the cloud" | "tenant" => {
            Owner::Customer
        }
        "both" | "s" | "joint" | "share" | "aws and customer" | "aws/customer" => Owner::Shared,
        _ => return None,
    };
    Some((
        owner,
        Some(format!(
            "owner \"{}\" was read as {}",
            word.trim(),
            owner.label()
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
    pub problems: Vec<String>,
    /// What was read in a way worth saying (an owner word mapped, a topic
    /// or source to be created).
    pub notes: Vec<String>,
    /// The id of the card of the deck this row updates (same text).
    pub updates: Option<String>,
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
/// which card it updates. Topics the deck does not have are created.
pub fn preview(deck: &Deck, rows: &[Row]) -> TablePreview {
    preview_with(deck, rows, true)
}

/// [`preview`], creating the topics the deck does not have only when
/// `create_topics` is set (else a row naming one has a problem).
pub fn preview_with(deck: &Deck, rows: &[Row], create_topics: bool) -> TablePreview {
    let mut out = TablePreview::default();
    let existing: HashMap<String, &Item> = deck
        .items
        .iter()
        .map(|i| (same_text_key(&i.text), i))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut item_ids = FreeIds::new(deck.items.iter().map(|i| i.id.as_str()));
    let mut topic_lookup = TopicLookup::new(deck);
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
            problems.push("the text is empty".to_owned());
        }
        let owner_cell = row.get("owner");
        let owner = match owner_word(owner_cell) {
            Some((owner, note)) => {
                notes.extend(note);
                Some(owner)
            }
            None if owner_cell.is_empty() => {
                problems.push("the owner is empty: write AWS, Customer or Shared".to_owned());
                None
            }
            None => {
                problems.push(format!(
                    "the owner \"{owner_cell}\" is not known: write AWS, Customer or Shared"
                ));
                None
            }
        };
        let explanation = row.get("explanation");
        if explanation.is_empty() {
            problems.push("the explanation is empty: say why this owner".to_owned());
        }
        let mut topic_notes = Vec::new();
        let topic = topic_lookup.topic_for(&mut out.new_topics, row.get("topic"), &mut topic_notes);
        if !create_topics && out.new_topics.iter().any(|t| t.id == topic) {
            problems.push(format!(
                "the topic \"{}\" is not in this deck: create it, or name a topic the deck has",
                row.get("topic")
            ));
        } else {
            notes.extend(topic_notes);
        }
        let mut services = Vec::new();
        for name in split_list(row.get("services")) {
            match deck
                .services
                .iter()
                .find(|s| s.id.eq_ignore_ascii_case(name) || s.name.eq_ignore_ascii_case(name))
            {
                Some(service) => services.push(service.id.clone()),
                None => problems.push(format!(
                    "the service \"{name}\" is not in this deck; add it to the deck or leave it out"
                )),
            }
        }
        let url = row.get("source");
        let mut row_sources = Vec::new();
        if !url.is_empty() {
            row_sources.push(source_lookup.source_for(&mut out.new_sources, url, &mut notes));
        }
        let key = same_text_key(text);
        if let Some(first) = seen.get(&key).filter(|_| !text.is_empty()) {
            problems.push(format!("the same text as the row on line {first}"));
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
            notes.push(format!("updates the card \"{id}\" with the same text"));
        }
        out.rows.push(RowPreview {
            line: row.line,
            item,
            problems,
            notes,
            updates,
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
    out
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

/// The deck's topics (and those the table creates) by id and by title,
/// any ASCII case.
struct TopicLookup {
    by_name: HashMap<String, String>,
    ids: FreeIds,
}

impl TopicLookup {
    fn new(deck: &Deck) -> Self {
        let mut by_name = HashMap::new();
        // The first topic with a name wins, as a search in deck order does.
        for topic in deck.topics.iter().rev() {
            by_name.insert(topic.title.to_ascii_lowercase(), topic.id.clone());
            by_name.insert(topic.id.to_ascii_lowercase(), topic.id.clone());
        }
        Self {
            by_name,
            ids: FreeIds::new(deck.topics.iter().map(|t| t.id.as_str())),
        }
    }

    /// The id of the topic a cell names (by id or title, any case),
    /// creating one (with a note) when the deck has none; "general" for an
    /// empty cell.
    fn topic_for(&mut self, new: &mut Vec<Topic>, cell: &str, notes: &mut Vec<String>) -> String {
        let cell = if cell.is_empty() { "General" } else { cell };
        if let Some(id) = self.by_name.get(&cell.to_ascii_lowercase()) {
            return id.clone();
        }
        let id = self.ids.take(&slug(cell, "topic"));
        notes.push(format!("the topic \"{cell}\" is new and will be created"));
        self.by_name.insert(cell.to_ascii_lowercase(), id.clone());
        self.by_name
            .entry(id.to_ascii_lowercase())
            .or_insert_with(|| id.clone());
        new.push(Topic {
            id: id.clone(),
            title: cell.to_owned(),
            summary: String::new(),
        });
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
    fn source_for(&mut self, new: &mut Vec<Source>, url: &str, notes: &mut Vec<String>) -> String {
        if let Some(id) = self.by_key.get(url) {
            return id.clone();
        }
        let readable = url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.");
        let id = self.ids.take(&slug(readable, "source"));
        notes.push(format!("the source {url} is new and will be added"));
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
fn clean_row(row: &Row) -> (Cow<'_, Row>, Option<String>) {
    let mut found: Vec<String> = Vec::new();
    let mut cleaned: Option<Row> = None;
    for (column, cell) in &row.cells {
        let multiline = MULTILINE_COLUMNS.contains(column);
        if let Cow::Owned(clean) = clean_text(cell, multiline) {
            for c in cell.chars() {
                if let Some(name) = forbidden_char_name(c, multiline)
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
            Some(format!(
                "control characters ({}) were turned into spaces",
                found.join(", ")
            )),
        ),
    }
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
        assert!(note.is_some_and(|n| n.contains("cust")));
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
        assert!(p.rows[1].notes.iter().any(|n| n.contains("cust")));
        assert!(p.rows[2].problems[0].contains("text is empty"));
        assert!(p.rows[3].problems[0].contains("\"maybe\""));
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
        let p = preview_with(&doc.deck, &rows, false);
        assert_eq!(
            p.good(),
            0,
            "an unknown topic is not created when not asked"
        );
        assert!(p.rows[0].problems[0].contains("\"patching\" is not in this deck"));
        assert!(p.new_topics.is_empty());
        let p = preview(&doc.deck, &rows);
        assert!(p.rows[1].problems[0].contains("line 1"));
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
            .find(|n| n.contains("turned into spaces"))
            .expect("said");
        assert!(
            note.contains("U+001B (escape)") && note.contains("U+0007 (bell)"),
            "{note}"
        );
        let mut deck = doc.deck.clone();
        add_rows(&mut deck, &p);
        assert!(validate_deck("d", &deck).is_empty());
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
