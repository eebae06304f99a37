//! What talking to a Learning Record Store (LRS) needs apart from the
//! network: the endpoint's normal form, batches, the `more` links of a
//! statement result, the settings file and the offline queue of statements
//! not sent yet. No I/O here: `io::lrs` sends and reads, this parses bytes.

use crate::i18n::{Msg, Translator};
use crate::msg;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// How many statements go in one POST.
pub const BATCH_SIZE: usize = 50;

/// An LRS endpoint that cannot be used. Its `Display` is English;
/// [`EndpointError::localized`] words it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum EndpointError {
    /// Not an absolute http(s) address with a host.
    NotHttp(String),
    /// A query or a fragment in the endpoint.
    QueryOrFragment(String),
}

impl EndpointError {
    /// The error as a message (its id and values).
    pub fn message(&self) -> Msg {
        match self {
            EndpointError::NotHttp(endpoint) => msg!("lrs-error-not-http", endpoint = endpoint),
            EndpointError::QueryOrFragment(endpoint) => {
                msg!("lrs-error-query-or-fragment", endpoint = endpoint)
            }
        }
    }

    /// The error in `tr`'s language.
    pub fn localized(&self, tr: &Translator) -> String {
        self.message().localized(tr)
    }
}

/// A link from the LRS (a `more` link, a redirect) that is not followed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum LinkError {
    /// The link is not an address.
    Bad(String),
    /// The link leads to another scheme, host or port than the endpoint:
    /// the key and secret are never sent there.
    Foreign {
        /// The link, resolved.
        link: String,
        /// The endpoint's `scheme://host:port`.
        origin: String,
    },
}

impl LinkError {
    /// The error as a message (its id and values).
    pub fn message(&self) -> Msg {
        match self {
            LinkError::Bad(link) => msg!("lrs-error-bad-link", link = link),
            LinkError::Foreign { link, origin } => {
                msg!("lrs-error-foreign-link", link = link, origin = origin)
            }
        }
    }
}

/// An LRS endpoint in its normal form: `scheme://host[:port][/path]`, no
/// trailing slash, so `statements` is `<endpoint>/statements`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    base: String,
    /// `base` with a trailing slash: what relative links resolve against.
    url: url::Url,
}

impl Endpoint {
    /// Reads an endpoint as a person types it: with or without a trailing
    /// slash, blanks around it ignored.
    pub fn parse(text: &str) -> Result<Self, EndpointError> {
        let trimmed = text.trim();
        let not_http = || EndpointError::NotHttp(trimmed.to_owned());
        let lower = trimmed.to_ascii_lowercase();
        let Some(rest) = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"))
        else {
            return Err(not_http());
        };
        if trimmed.contains(['?', '#']) {
            return Err(EndpointError::QueryOrFragment(trimmed.to_owned()));
        }
        if rest.starts_with('/')
            || rest.is_empty()
            || trimmed.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(not_http());
        }
        let parsed = url::Url::parse(trimmed).map_err(|_| not_http())?;
        if parsed.host_str().is_none_or(str::is_empty) {
            return Err(not_http());
        }
        let base = parsed.as_str().trim_end_matches('/').to_owned();
        let url = url::Url::parse(&format!("{base}/")).map_err(|_| not_http())?;
        Ok(Self { base, url })
    }

    /// The endpoint, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.base
    }

    /// `scheme://host[:port]`: the only place the key and secret go.
    pub fn origin(&self) -> String {
        self.url.origin().ascii_serialization()
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

    /// One statement, by id.
    pub fn statement(&self, id: &str) -> String {
        format!("{}?statementId={}", self.statements(), percent_encode(id))
    }

    /// Every statement the credentials may read, first page.
    pub fn all_statements(&self) -> String {
        self.statements()
    }

    /// The address of a `more` link or a redirect: an absolute link is
    /// kept, one that starts with `/` is relative to the origin (xAPI
    /// 1.0.3: "relative to the LRS server"), anything else to the
    /// endpoint. A link to another scheme, host or port is refused: the
    /// credentials go only to the endpoint's origin.
    pub fn resolve_more(&self, more: &str) -> Result<String, LinkError> {
        let link = self
            .url
            .join(more.trim())
            .map_err(|_| LinkError::Bad(more.to_owned()))?;
        if link.origin() != self.url.origin() {
            return Err(LinkError::Foreign {
                link: link.to_string(),
                origin: self.origin(),
            });
        }
        Ok(link.to_string())
    }
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.base)
    }
}

/// What [`percent_encode`] leaves as it is: the unreserved characters of
/// RFC 3986.
const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn percent_encode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, UNRESERVED).to_string()
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
#[error("{}", self.message())]
pub struct BadPage(pub String);

impl BadPage {
    /// The error as a message (what was wrong stays as the parser or the
    /// client said it).
    pub fn message(&self) -> Msg {
        msg!("lrs-error-bad-page", detail = &self.0)
    }
}

/// One page of a statement query: its statements and the `more` link, if
/// any (an empty `more` means the last page).
///
/// Only what loading results needs is kept of each statement (its id,
/// the actor's account, the verb, the object's id, the response, the
/// duration, the timestamp, the registration, the context activities and
/// the exercise fingerprint), so a page costs little more memory than its
/// text, whatever else the LRS puts in it.
pub fn parse_page(body: &str) -> Result<(Vec<Value>, Option<String>), BadPage> {
    let page: slim::Page = serde_json::from_str(body).map_err(|e| BadPage(e.to_string()))?;
    let Some(statements) = page.statements else {
        return Err(BadPage("no \"statements\" list".to_owned()));
    };
    let more = page.more.and_then(|m| m.0).filter(|m| !m.is_empty());
    Ok((
        statements
            .into_iter()
            .map(slim::Statement::into_value)
            .collect(),
        more,
    ))
}

/// The parts of a statement [`parse_page`] keeps.
mod slim {
    use serde::Deserialize;
    use serde_json::{Map, Value, json};

    /// A string, or nothing when the LRS put something else there.
    #[derive(Debug, Default)]
    pub struct Text(pub Option<String>);

    impl<'de> Deserialize<'de> for Text {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visit;
            impl<'de> serde::de::Visitor<'de> for Visit {
                type Value = Text;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("any JSON value")
                }
                fn visit_str<E>(self, v: &str) -> Result<Text, E> {
                    Ok(Text(Some(v.to_owned())))
                }
                fn visit_string<E>(self, v: String) -> Result<Text, E> {
                    Ok(Text(Some(v)))
                }
                fn visit_bool<E>(self, _: bool) -> Result<Text, E> {
                    Ok(Text(None))
                }
                fn visit_i64<E>(self, _: i64) -> Result<Text, E> {
                    Ok(Text(None))
                }
                fn visit_u64<E>(self, _: u64) -> Result<Text, E> {
                    Ok(Text(None))
                }
                fn visit_f64<E>(self, _: f64) -> Result<Text, E> {
                    Ok(Text(None))
                }
                fn visit_unit<E>(self) -> Result<Text, E> {
                    Ok(Text(None))
                }
                fn visit_seq<A: serde::de::SeqAccess<'de>>(
                    self,
                    mut a: A,
                ) -> Result<Text, A::Error> {
                    while a.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                    Ok(Text(None))
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut a: A,
                ) -> Result<Text, A::Error> {
                    while a
                        .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                        .is_some()
                    {}
                    Ok(Text(None))
                }
            }
            d.deserialize_any(Visit)
        }
    }

    /// One of the objects with an id that context activities list.
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct HasId {
        pub id: Text,
    }

    /// A context activity group: one activity or a list of them.
    #[derive(Debug, Deserialize)]
    #[serde(untagged)]
    pub enum Group {
        Many(Vec<HasId>),
        One(HasId),
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct Page {
        pub statements: Option<Vec<Statement>>,
        pub more: Option<Text>,
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct Account {
        #[serde(rename = "homePage")]
        pub home_page: Text,
        pub name: Text,
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct Actor {
        pub account: Option<Account>,
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct Outcome {
        pub response: Text,
        pub duration: Text,
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct Extensions {
        #[serde(rename = "urn:srm-study:xapi:fingerprint")]
        pub fingerprint: Text,
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct Context {
        pub registration: Text,
        #[serde(rename = "contextActivities")]
        pub activities: Option<std::collections::BTreeMap<String, Option<Group>>>,
        pub extensions: Option<Extensions>,
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct Statement {
        pub id: Text,
        pub actor: Option<Actor>,
        pub verb: Option<HasId>,
        pub object: Option<HasId>,
        pub result: Option<Outcome>,
        pub timestamp: Text,
        pub context: Option<Context>,
    }

    fn put(map: &mut Map<String, Value>, key: &str, text: Text) {
        if let Some(text) = text.0 {
            map.insert(key.to_owned(), Value::String(text));
        }
    }

    fn with_id(text: Text) -> Value {
        let mut map = Map::new();
        put(&mut map, "id", text);
        Value::Object(map)
    }

    impl Statement {
        /// The kept parts as the JSON of a statement.
        pub fn into_value(self) -> Value {
            let mut out = Map::new();
            put(&mut out, "id", self.id);
            put(&mut out, "timestamp", self.timestamp);
            if let Some(Actor {
                account: Some(account),
            }) = self.actor
            {
                let mut map = Map::new();
                put(&mut map, "homePage", account.home_page);
                put(&mut map, "name", account.name);
                out.insert("actor".into(), json!({ "account": map }));
            }
            if let Some(verb) = self.verb {
                out.insert("verb".into(), with_id(verb.id));
            }
            if let Some(object) = self.object {
                out.insert("object".into(), with_id(object.id));
            }
            if let Some(result) = self.result {
                let mut map = Map::new();
                put(&mut map, "response", result.response);
                put(&mut map, "duration", result.duration);
                out.insert("result".into(), Value::Object(map));
            }
            if let Some(context) = self.context {
                let mut map = Map::new();
                put(&mut map, "registration", context.registration);
                if let Some(groups) = context.activities {
                    let mut activities = Map::new();
                    for (name, group) in groups {
                        let list = match group {
                            Some(Group::Many(list)) => list,
                            Some(Group::One(one)) => vec![one],
                            None => Vec::new(),
                        };
                        let list = list.into_iter().map(|a| with_id(a.id)).collect();
                        activities.insert(name, Value::Array(list));
                    }
                    map.insert("contextActivities".into(), Value::Object(activities));
                }
                if let Some(Extensions {
                    fingerprint: Text(Some(fingerprint)),
                }) = context.extensions
                {
                    map.insert(
                        "extensions".into(),
                        json!({ "urn:srm-study:xapi:fingerprint": fingerprint }),
                    );
                }
                out.insert("context".into(), Value::Object(map));
            }
            Value::Object(out)
        }
    }
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
/// sending one twice is harmless. Each waiting text's id is read once, the
/// first time the queue is changed after it was read from its file, and
/// kept beside it: adding costs time in proportion to the statements added,
/// removing to the statements waiting, and nothing re-reads the JSON of
/// what waits.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LrsQueue {
    /// The statements' JSON texts, oldest first (the file holds only these).
    statements: Vec<String>,
    /// The id of each text, in the same order, once read.
    #[serde(skip)]
    ids: Vec<Option<String>>,
    /// Where each id is in `statements`.
    #[serde(skip)]
    index: std::collections::HashMap<String, usize>,
}

/// A statement's id, read without building the whole statement.
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default)]
    id: slim::Text,
}

#[cfg(test)]
thread_local! {
    /// How many times this thread read an id from a statement's text.
    static IDS_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The id of a statement's JSON text (`None`: no string id, or no JSON).
fn text_id(text: &str) -> Option<String> {
    #[cfg(test)]
    IDS_READ.with(|n| n.set(n.get() + 1));
    serde_json::from_str::<IdOnly>(text)
        .ok()
        .and_then(|s| s.id.0)
}

/// Two queues are equal when the same texts wait, in the same order.
impl PartialEq for LrsQueue {
    fn eq(&self, other: &Self) -> bool {
        self.statements == other.statements
    }
}

impl Eq for LrsQueue {}

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

    /// The waiting statements' JSON texts, oldest first.
    pub fn texts(&self) -> &[String] {
        &self.statements
    }

    /// Reads the ids of texts read from the file (once: afterwards they
    /// are kept in step with the texts).
    fn index_ids(&mut self) {
        if self.ids.len() == self.statements.len() {
            return;
        }
        self.ids = self.statements.iter().map(|text| text_id(text)).collect();
        self.reindex();
    }

    fn reindex(&mut self) {
        self.index = self
            .ids
            .iter()
            .enumerate()
            .filter_map(|(n, id)| id.clone().map(|id| (id, n)))
            .collect();
    }

    /// Adds statements; one with the id of a waiting statement replaces it.
    pub fn add(&mut self, statements: &[Value]) {
        self.index_ids();
        for statement in statements {
            let text = statement.to_string();
            let id = statement_id(statement);
            match id.and_then(|id| self.index.get(id)) {
                Some(&n) => self.statements[n] = text,
                None => {
                    if let Some(id) = id {
                        self.index.insert(id.to_owned(), self.statements.len());
                    }
                    self.ids.push(id.map(str::to_owned));
                    self.statements.push(text);
                }
            }
        }
    }

    /// Removes the statements with these ids (those sent).
    pub fn remove(&mut self, sent: &[Value]) {
        let gone: std::collections::HashSet<&str> = sent.iter().filter_map(statement_id).collect();
        if gone.is_empty() {
            return;
        }
        self.index_ids();
        let kept = |id: &Option<String>| id.as_deref().is_none_or(|id| !gone.contains(id));
        let mut n = 0;
        self.statements.retain(|_| {
            n += 1;
            kept(&self.ids[n - 1])
        });
        self.ids.retain(kept);
        self.reindex();
    }

    /// The waiting statements; a text that is not JSON is skipped.
    pub fn values(&self) -> Vec<Value> {
        self.statements
            .iter()
            .filter_map(|text| serde_json::from_str(text).ok())
            .collect()
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
                endpoint.statement("a b"),
                "http://127.0.0.1:8100/xAPI/statements?statementId=a%20b"
            );
            assert_eq!(
                endpoint.statements(),
                "http://127.0.0.1:8100/xAPI/statements"
            );
            assert_eq!(endpoint.about(), "http://127.0.0.1:8100/xAPI/about");
        }
        let bare = Endpoint::parse("HTTPS://LRS.example.org").expect("bare host");
        assert_eq!(bare.origin(), "https://lrs.example.org");
        assert_eq!(bare.statements(), "https://lrs.example.org/statements");
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
            Ok("https://lrs.example.org/data/xAPI/statements?pit_id=7".to_owned())
        );
        assert_eq!(
            endpoint.resolve_more("https://LRS.example.org:443/data/xAPI/statements?p=3"),
            Ok("https://lrs.example.org/data/xAPI/statements?p=3".to_owned())
        );
        assert_eq!(
            endpoint.resolve_more("statements?page=2"),
            Ok("https://lrs.example.org/data/xAPI/statements?page=2".to_owned())
        );
        assert_eq!(
            endpoint.statements_about("https://school.example/c/exercises/q 1"),
            "https://lrs.example.org/data/xAPI/statements?activity=\
             https%3A%2F%2Fschool.example%2Fc%2Fexercises%2Fq%201&related_activities=true"
        );
    }

    #[test]
    fn more_links_to_another_scheme_host_or_port_are_refused() {
        let endpoint = Endpoint::parse("https://lrs.example.org/xAPI").expect("endpoint");
        for foreign in [
            "https://other.example.org/more/1",
            "http://lrs.example.org/xAPI/statements?p=2",
            "https://lrs.example.org:8443/xAPI/statements?p=2",
            "//evil.example/xAPI/statements",
            "https://lrs.example.org@evil.example/x",
        ] {
            assert!(
                matches!(
                    endpoint.resolve_more(foreign),
                    Err(LinkError::Foreign { .. })
                ),
                "{foreign} was accepted: {:?}",
                endpoint.resolve_more(foreign)
            );
        }
        let local = Endpoint::parse("http://127.0.0.1:18081/xAPI").expect("endpoint");
        let Err(LinkError::Foreign { link, origin }) =
            local.resolve_more("http://127.0.0.1:18082/steal/more")
        else {
            panic!("another port was accepted");
        };
        assert_eq!(link, "http://127.0.0.1:18082/steal/more");
        assert_eq!(origin, "http://127.0.0.1:18081");
    }

    #[test]
    fn a_page_keeps_only_what_loading_needs() {
        let body = r#"{"statements":[{"id":"s1","actor":{"objectType":"Agent","name":"x",
            "account":{"homePage":"https://c.example","name":"Ana"}},
            "verb":{"id":"v","display":{"en-US":"answered"}},
            "object":{"id":"o","definition":{"name":{"en-US":"big"}}},
            "result":{"response":"a[.]AWS","success":true,"duration":"PT1S","score":{"raw":1}},
            "timestamp":"2026-11-20T10:15:00Z","stored":"x","authority":{"name":"y"},
            "context":{"registration":"r","contextActivities":{"parent":[{"id":"p"}],
              "grouping":{"id":"g"}},"extensions":{"urn:srm-study:xapi:fingerprint":"f",
              "other":[1,2,3]}}},
            {"id":5,"actor":{"mbox":"mailto:a@b"},"result":{"response":{"odd":true}}}],
            "more":null}"#;
        let (statements, more) = parse_page(body).expect("page");
        assert_eq!(more, None);
        assert_eq!(
            statements[0],
            json!({"id":"s1","timestamp":"2026-11-20T10:15:00Z",
                "actor":{"account":{"homePage":"https://c.example","name":"Ana"}},
                "verb":{"id":"v"},"object":{"id":"o"},
                "result":{"response":"a[.]AWS","duration":"PT1S"},
                "context":{"registration":"r",
                    "contextActivities":{"grouping":[{"id":"g"}],"parent":[{"id":"p"}]},
                    "extensions":{"urn:srm-study:xapi:fingerprint":"f"}}})
        );
        assert_eq!(statements[1], json!({"result":{}}));
        assert!(related(&statements[0], "g"));
    }

    #[test]
    fn the_queue_reads_each_waiting_statement_once_per_call() {
        // 20,000 statements added one at a time used to re-read the whole
        // queue for each (quadratic); now each add is one pass.
        let mut queue = LrsQueue::default();
        let many: Vec<Value> = (0..20_000).map(|n| json!({"id": n.to_string()})).collect();
        let started = std::time::Instant::now();
        queue.add(&many);
        queue.add(&many[..10]);
        queue.remove(&many[..19_990]);
        assert_eq!(queue.len(), 10);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }

    /// Issue #25: adding to a queue read from its file used to read the id
    /// of every waiting statement again at each add (a class sent student
    /// by student: the square of the class); now each id is read once.
    #[test]
    fn adding_and_removing_never_read_a_waiting_statement_twice() {
        let many: Vec<Value> = (0..2_000).map(|n| json!({"id": n.to_string()})).collect();
        let mut queue = LrsQueue::default();
        queue.add(&many);
        let text = queue.to_ron().expect("ron");
        let mut queue = LrsQueue::from_ron(text.as_bytes()).expect("back");
        IDS_READ.with(|n| n.set(0));
        for n in 0..100 {
            queue.add(&[json!({"id": format!("new-{n}")})]);
            queue.add(&[json!({"id": "7", "changed": n})]);
        }
        queue.remove(&many[..1_000]);
        queue.add(&many[..10]);
        queue.remove(&many[..5]);
        assert_eq!(IDS_READ.with(std::cell::Cell::get), 2_000, "once each");
        assert_eq!(queue.len(), 1_000 + 100 + 5);
        let texts = queue.texts();
        assert_eq!(texts[0], r#"{"id":"1000"}"#, "oldest first");
        assert!(!texts.contains(&r#"{"changed":99,"id":"7"}"#.to_owned()));
        let back = LrsQueue::from_ron(queue.to_ron().expect("ron").as_bytes()).expect("back");
        assert_eq!(back.texts(), queue.texts());
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
