//! What talking to a Learning Record Store (LRS) needs apart from the
//! network: the endpoint's normal form, batches, the `more` links of a
//! statement result, the settings file and the offline queue of statements
//! not sent yet. No I/O here: `io::lrs` sends and reads, this parses bytes.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// How many statements go in one POST.
pub const BATCH_SIZE: usize = 50;

/// An LRS endpoint that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EndpointError {
    /// Not an absolute http(s) address with a host.
    #[error(
        "\"{0}\" is not an LRS endpoint: give an http:// or https:// address with a host, \
         e.g. https://lrs.example.org/xAPI"
    )]
    NotHttp(String),
    /// A query or a fragment in the endpoint.
    #[error("\"{0}\": an LRS endpoint has no ? query or # fragment")]
    QueryOrFragment(String),
}

/// An LRS endpoint in its normal form: `scheme://host[:port][/path]`, no
/// trailing slash, so `statements` is `<endpoint>/statements`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    base: String,
    origin_len: usize,
}

impl Endpoint {
    /// Reads an endpoint as a person types it: with or without a trailing
    /// slash, blanks around it ignored.
    pub fn parse(text: &str) -> Result<Self, EndpointError> {
        let trimmed = text.trim();
        let lower = trimmed.to_ascii_lowercase();
        let scheme_len = if lower.starts_with("https://") {
            "https://".len()
        } else if lower.starts_with("http://") {
            "http://".len()
        } else {
            return Err(EndpointError::NotHttp(trimmed.to_owned()));
        };
        if trimmed.contains(['?', '#']) {
            return Err(EndpointError::QueryOrFragment(trimmed.to_owned()));
        }
        if trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(EndpointError::NotHttp(trimmed.to_owned()));
        }
        // The scheme is ASCII, so `scheme_len` is a char boundary.
        let rest = trimmed
            .get(scheme_len..)
            .unwrap_or_default()
            .trim_end_matches('/');
        let host_len = rest.find('/').unwrap_or(rest.len());
        if host_len == 0 {
            return Err(EndpointError::NotHttp(trimmed.to_owned()));
        }
        Ok(Self {
            base: format!("{}{rest}", &trimmed[..scheme_len]),
            origin_len: scheme_len + host_len,
        })
    }

    /// The endpoint, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.base
    }

    /// `scheme://host[:port]`, what `more` links are relative to.
    pub fn origin(&self) -> &str {
        &self.base[..self.origin_len]
    }

    /// The statements resource.
    pub fn statements(&self) -> String {
        format!("{}/statements", self.base)
    }

    /// The about resource (the LRS's xAPI versions).
    pub fn about(&self) -> String {
        format!("{}/about", self.base)
    }

    /// The first page of the statements about an activity (its object or a
    /// context activity).
    pub fn statements_about(&self, activity: &str) -> String {
        format!(
            "{}?activity={}&related_activities=true",
            self.statements(),
            percent_encode(activity)
        )
    }

    /// Every statement the credentials may read, first page.
    pub fn all_statements(&self) -> String {
        self.statements()
    }

    /// The address of a `more` link: an absolute link is kept, one that
    /// starts with `/` is relative to the origin (xAPI 1.0.3: "relative to
    /// the LRS server"), anything else to the endpoint.
    pub fn resolve_more(&self, more: &str) -> String {
        let lower = more.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            more.to_owned()
        } else if more.starts_with('/') {
            format!("{}{more}", self.origin())
        } else {
            format!("{}/{more}", self.base)
        }
    }
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.base)
    }
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The ranges of `len` statements cut into batches of at most `size` (at
/// least 1).
pub fn batches(len: usize, size: usize) -> Vec<std::ops::Range<usize>> {
    let size = size.max(1);
    (0..len)
        .step_by(size)
        .map(|start| start..(start + size).min(len))
        .collect()
}

/// A page of a statement query that is not a StatementResult.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the LRS answered something that is not a statement result: {0}")]
pub struct BadPage(pub String);

/// One page of a statement query: its statements and the `more` link, if
/// any (an empty `more` means the last page).
pub fn parse_page(body: &str) -> Result<(Vec<Value>, Option<String>), BadPage> {
    let value: Value = serde_json::from_str(body).map_err(|e| BadPage(e.to_string()))?;
    let Some(statements) = value.get("statements").and_then(Value::as_array) else {
        return Err(BadPage("no \"statements\" list".to_owned()));
    };
    let more = value
        .get("more")
        .and_then(Value::as_str)
        .filter(|m| !m.is_empty())
        .map(str::to_owned);
    Ok((statements.clone(), more))
}

/// Whether the activity is a statement's object or one of its context
/// activities: what `related_activities=true` matches.
pub fn related(statement: &Value, activity: &str) -> bool {
    if statement["object"]["id"].as_str() == Some(activity) {
        return true;
    }
    let Some(groups) = statement["context"]["contextActivities"].as_object() else {
        return false;
    };
    groups.values().any(|group| match group {
        Value::Array(list) => list.iter().any(|a| a["id"].as_str() == Some(activity)),
        one => one["id"].as_str() == Some(activity),
    })
}

/// The LRS settings kept in `<data dir>/lrs.ron`. The secret is never in
/// this file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LrsSettings {
    /// Whether the LRS is used at all (off by default).
    pub enabled: bool,
    /// The endpoint as typed, e.g. `https://lrs.example.org/xAPI`.
    pub endpoint: String,
    /// The Basic-auth user name (the LRS's "key").
    pub key: String,
    /// The class URI of the statements.
    pub class_uri: String,
}

/// Reads a settings or queue file's bytes (UTF-8 RON).
fn read_ron<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, FileError> {
    let text = std::str::from_utf8(bytes).map_err(|e| FileError(e.to_string()))?;
    ron::from_str(text).map_err(|e| FileError(e.to_string()))
}

/// A settings or queue file's text.
fn write_ron<T: Serialize>(value: &T) -> Result<String, FileError> {
    ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())
        .map_err(|e| FileError(e.to_string()))
}

/// A settings or queue file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FileError(pub String);

impl LrsSettings {
    /// Reads the settings file's bytes.
    pub fn from_ron(bytes: &[u8]) -> Result<Self, FileError> {
        read_ron(bytes)
    }

    /// The settings file's text.
    pub fn to_ron(&self) -> Result<String, FileError> {
        write_ron(self)
    }
}

/// Statements that could not be sent yet, kept in `<data dir>/lrs-queue.ron`
/// across runs; each is its compact JSON text. Ids are deterministic, so
/// sending one twice is harmless.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LrsQueue {
    /// The statements' JSON texts, oldest first.
    pub statements: Vec<String>,
}

impl LrsQueue {
    /// Reads the queue file's bytes.
    pub fn from_ron(bytes: &[u8]) -> Result<Self, FileError> {
        read_ron(bytes)
    }

    /// The queue file's text.
    pub fn to_ron(&self) -> Result<String, FileError> {
        write_ron(self)
    }

    /// How many statements wait.
    pub fn len(&self) -> usize {
        self.statements.len()
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// Adds statements; one with the id of a waiting statement replaces it.
    pub fn add(&mut self, statements: &[Value]) {
        for statement in statements {
            let text = statement.to_string();
            match statement_id(statement).and_then(|id| self.position(id)) {
                Some(index) => self.statements[index] = text,
                None => self.statements.push(text),
            }
        }
    }

    /// Removes the statements with these ids (those sent).
    pub fn remove(&mut self, sent: &[Value]) {
        let ids: std::collections::HashSet<&str> = sent.iter().filter_map(statement_id).collect();
        self.statements.retain(|text| {
            serde_json::from_str::<Value>(text)
                .ok()
                .and_then(|v| v["id"].as_str().map(|id| !ids.contains(id)))
                .unwrap_or(true)
        });
    }

    /// The waiting statements; a text that is not JSON is skipped.
    pub fn values(&self) -> Vec<Value> {
        self.statements
            .iter()
            .filter_map(|text| serde_json::from_str(text).ok())
            .collect()
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.statements.iter().position(|text| {
            serde_json::from_str::<Value>(text)
                .ok()
                .is_some_and(|v| v["id"].as_str() == Some(id))
        })
    }
}

fn statement_id(statement: &Value) -> Option<&str> {
    statement["id"].as_str()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn endpoints_are_taken_with_or_without_a_trailing_slash() {
        for typed in [
            "http://127.0.0.1:8100/xAPI",
            "http://127.0.0.1:8100/xAPI/",
            "  http://127.0.0.1:8100/xAPI//  ",
        ] {
            let endpoint = Endpoint::parse(typed).expect(typed);
            assert_eq!(endpoint.as_str(), "http://127.0.0.1:8100/xAPI");
            assert_eq!(endpoint.origin(), "http://127.0.0.1:8100");
            assert_eq!(
                endpoint.statements(),
                "http://127.0.0.1:8100/xAPI/statements"
            );
            assert_eq!(endpoint.about(), "http://127.0.0.1:8100/xAPI/about");
        }
        let bare = Endpoint::parse("HTTPS://lrs.example.org").expect("bare host");
        assert_eq!(bare.origin(), "HTTPS://lrs.example.org");
        assert_eq!(bare.statements(), "HTTPS://lrs.example.org/statements");
        for bad in [
            "",
            "lrs.example.org/xAPI",
            "ftp://lrs.example.org",
            "http://",
            "http:///xAPI",
            "http://lrs.example.org/xAPI?x=1",
            "http://lrs.example.org/x API",
        ] {
            assert!(Endpoint::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn more_links_resolve_against_the_origin_or_the_endpoint() {
        let endpoint = Endpoint::parse("https://lrs.example.org/data/xAPI/").expect("endpoint");
        assert_eq!(
            endpoint.resolve_more("/data/xAPI/statements?pit_id=7"),
            "https://lrs.example.org/data/xAPI/statements?pit_id=7"
        );
        assert_eq!(
            endpoint.resolve_more("https://other.example.org/more/1"),
            "https://other.example.org/more/1"
        );
        assert_eq!(
            endpoint.resolve_more("statements?page=2"),
            "https://lrs.example.org/data/xAPI/statements?page=2"
        );
        assert_eq!(
            endpoint.statements_about("https://school.example/c/exercises/q 1"),
            "https://lrs.example.org/data/xAPI/statements?activity=\
             https%3A%2F%2Fschool.example%2Fc%2Fexercises%2Fq%201&related_activities=true"
        );
    }

    #[test]
    fn batches_cover_every_statement_once() {
        assert_eq!(batches(0, 50), Vec::<std::ops::Range<usize>>::new());
        assert_eq!(batches(50, 50), vec![0..50]);
        assert_eq!(batches(51, 50), vec![0..50, 50..51]);
        assert_eq!(batches(1230, 50).len(), 25);
        assert_eq!(batches(3, 0), vec![0..1, 1..2, 2..3]);
        let total: usize = batches(1230, 50).iter().map(|r| r.len()).sum();
        assert_eq!(total, 1230);
    }

    #[test]
    fn pages_give_statements_and_the_next_link() {
        let (statements, more) =
            parse_page(r#"{"statements":[{"id":"a"},{"id":"b"}],"more":"/xAPI/statements?p=2"}"#)
                .expect("page");
        assert_eq!(statements.len(), 2);
        assert_eq!(more.as_deref(), Some("/xAPI/statements?p=2"));
        let (_, last) = parse_page(r#"{"statements":[],"more":""}"#).expect("last page");
        assert_eq!(last, None);
        assert!(parse_page(r#"{"detail":"nope"}"#).is_err());
        assert!(parse_page("<html>").is_err());
    }

    #[test]
    fn related_matches_the_object_and_context_activities() {
        let a = "https://s.example/c/exercises/q";
        let object = json!({"object": {"id": a}});
        let parent = json!({"object": {"id": "x"},
            "context": {"contextActivities": {"parent": [{"id": a}]}}});
        let single = json!({"object": {"id": "x"},
            "context": {"contextActivities": {"grouping": {"id": a}}}});
        let other = json!({"object": {"id": "x"},
            "context": {"contextActivities": {"parent": [{"id": "y"}]}}});
        assert!(related(&object, a));
        assert!(related(&parent, a));
        assert!(related(&single, a));
        assert!(!related(&other, a));
    }

    #[test]
    fn the_queue_survives_its_file_and_forgets_what_was_sent() {
        let mut queue = LrsQueue::default();
        let one = json!({"id": "1", "verb": {"id": "v"}});
        let two = json!({"id": "2", "text": "quote \" and \\ and ü"});
        queue.add(&[one.clone(), two.clone()]);
        queue.add(&[json!({"id": "1", "verb": {"id": "w"}})]);
        assert_eq!(queue.len(), 2, "the same id is queued once");
        let text = queue.to_ron().expect("ron");
        let back = LrsQueue::from_ron(text.as_bytes()).expect("read back");
        assert_eq!(back, queue);
        assert_eq!(back.values()[1], two);
        assert_eq!(back.values()[0]["verb"]["id"], "w");
        let mut back = back;
        back.remove(&[one]);
        assert_eq!(back.values(), vec![two]);
        assert!(LrsQueue::from_ron(b"(statements: [1])").is_err());
    }

    #[test]
    fn settings_round_trip_without_a_secret() {
        let settings = LrsSettings {
            enabled: true,
            endpoint: "http://127.0.0.1:8100/xAPI".into(),
            key: "srm".into(),
            class_uri: "https://school.example/classes/cloud-101".into(),
        };
        let text = settings.to_ron().expect("ron");
        assert!(!text.contains("secret"));
        assert_eq!(LrsSettings::from_ron(text.as_bytes()), Ok(settings));
        assert_eq!(LrsSettings::from_ron(b"()"), Ok(LrsSettings::default()));
    }
}
