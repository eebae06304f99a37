//! Talking to a Learning Record Store over HTTP(S) (xAPI 1.0.3), and the
//! LRS files of the data folder: the settings (`lrs.ron`), the secret
//! (`lrs-secret`, readable only by its owner) and the statements waiting to
//! be sent (`lrs-queue.ron`, also private). The app's jobs run on a worker
//! thread (`io::lrs_worker`).
//!
//! What an LRS can make the client do is bounded: the key and secret go
//! only to the endpoint's scheme, host and port (a `more` link or a
//! redirect elsewhere is refused); an answer is read up to
//! [`MAX_RESPONSE_BYTES`] and only the parts of a statement that loading
//! needs are kept; a load reads at most [`MAX_PAGES`] pages,
//! [`MAX_LOAD_BYTES`] in all, for at most [`MAX_LOAD_TIME`]; a silent
//! server is given up after [`Timeouts`]. A statement counts as sent only
//! when the LRS holds it: a batch refused with 409 is settled statement by
//! statement, and one the LRS holds with other content is a [`Conflict`].

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::Value;

use crate::i18n::{Msg, Translator};
use crate::io::fs::write_atomic;
use crate::io::private::{create_private_dir_all, write_private};
pub use crate::io::secret::{SecretPlace, SecretStore};
use crate::model::export::xapi::XAPI_VERSION;
use crate::model::lrs::{
    BATCH_SIZE, BadPage, Endpoint, LinkError, LrsQueue, LrsSettings, batches, parse_page, related,
};
use crate::msg;

/// The environment variable the command line reads the secret from.
pub const SECRET_ENV: &str = "SRM_STUDY_LRS_SECRET";

/// The largest answer read from the LRS (one page of statements).
pub const MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;
/// The most pages a load follows.
pub const MAX_PAGES: usize = 1_000;
/// The most bytes of answers a load reads, all pages together.
pub const MAX_LOAD_BYTES: usize = 256 * 1024 * 1024;
/// The longest a load may take, all pages together.
pub const MAX_LOAD_TIME: Duration = Duration::from_secs(300);
/// Pages in a row without a statement that end a load (an LRS that sends
/// only `more` links).
const MAX_EMPTY_PAGES: usize = 20;
/// Redirects followed (to the endpoint's own origin only).
const MAX_REDIRECTS: usize = 5;

/// Something that went wrong between the app and the LRS. Its `Display`
/// is English; [`LrsError::localized`] words it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum LrsError {
    /// No answer: refused, name not found, TLS failed.
    Connection {
        /// The address asked.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// The LRS took longer than the timeout to connect or to answer.
    TimedOut {
        /// The address asked.
        url: String,
        /// The timeout that ran out.
        seconds: u64,
    },
    /// The answer is larger than [`MAX_RESPONSE_BYTES`].
    TooLarge {
        /// The address asked.
        url: String,
        /// The limit, in MiB.
        limit_mib: u64,
    },
    /// The LRS answered with an error status.
    Status {
        /// The HTTP status.
        status: u16,
        /// What to do about it, when known (starts with a blank).
        hint: &'static str,
        /// GET or POST.
        method: &'static str,
        /// The address asked.
        url: String,
        /// The body of the answer (the LRS's message), shortened.
        message: String,
    },
    /// A `more` link or a redirect that is not followed.
    Link(#[from] LinkError),
    /// An answer that is not what xAPI says, or a load that does not end.
    Page(#[from] BadPage),
    /// The person stopped the job.
    Cancelled,
}

impl LrsError {
    /// The error as a message (its id and values; what the system or the
    /// LRS said stays as they said it).
    pub fn message(&self) -> Msg {
        match self {
            LrsError::Connection { url, message } => {
                msg!("lrs-error-connection", url = url, error = message)
            }
            LrsError::TimedOut { url, seconds } => {
                msg!("lrs-error-timed-out", url = url, seconds = *seconds)
            }
            LrsError::TooLarge { url, limit_mib } => {
                msg!("lrs-error-too-large", url = url, limit = *limit_mib)
            }
            LrsError::Status {
                status,
                hint,
                method,
                url,
                message,
            } => {
                let hint = match (hint.is_empty(), *status) {
                    (false, 401) => Some(msg!("lrs-error-hint-401")),
                    (false, 403) => Some(msg!("lrs-error-hint-403")),
                    (false, 404) => Some(msg!("lrs-error-hint-404")),
                    _ => None,
                };
                match hint {
                    Some(hint) => msg!(
                        "lrs-error-status-hint",
                        status = *status,
                        hint = hint,
                        method = *method,
                        url = url,
                        message = message
                    ),
                    None => msg!(
                        "lrs-error-status",
                        status = *status,
                        method = *method,
                        url = url,
                        message = message
                    ),
                }
            }
            LrsError::Link(error) => error.message(),
            LrsError::Page(error) => error.message(),
            LrsError::Cancelled => msg!("lrs-error-stopped"),
        }
    }

    /// The error in `tr`'s language.
    pub fn localized(&self, tr: &Translator) -> String {
        self.message().localized(tr)
    }

    /// Whether trying again later may work: no connection, no answer in
    /// time, or a server error (5xx). Statements that failed so are kept
    /// in the queue.
    pub fn is_temporary(&self) -> bool {
        match self {
            LrsError::Connection { .. } | LrsError::TimedOut { .. } => true,
            LrsError::Status { status, .. } => *status >= 500,
            LrsError::TooLarge { .. }
            | LrsError::Link(_)
            | LrsError::Page(_)
            | LrsError::Cancelled => false,
        }
    }

    /// Whether the same request is tried again at once: not after a
    /// timeout (a silent server stays silent; waiting again only makes
    /// the person wait longer).
    fn is_retried(&self) -> bool {
        self.is_temporary() && !matches!(self, LrsError::TimedOut { .. })
    }
}

fn hint(status: u16) -> &'static str {
    match status {
        401 => " Unauthorized (check the key and the secret)",
        403 => " Forbidden (these credentials may not do this)",
        404 => " Not Found (check the endpoint: it usually ends in /xAPI)",
        _ => "",
    }
}

/// How often and how patiently a request is tried again after a
/// connection error or a 5xx.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    /// Tries in all (at least 1).
    pub tries: u32,
    /// The wait after the first failure; it doubles after each.
    pub first_wait: Duration,
}

impl Default for Retry {
    fn default() -> Self {
        Self {
            tries: 3,
            first_wait: Duration::from_millis(300),
        }
    }
}

/// How long the client waits for the LRS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// To connect (name lookup, TCP, TLS).
    pub connect: Duration,
    /// For the answer to start, and between two reads of it; the whole
    /// answer may take four times this.
    pub read: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            read: Duration::from_secs(30),
        }
    }
}

/// Where the LRS is and who asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LrsConfig {
    /// The endpoint.
    pub endpoint: Endpoint,
    /// The Basic-auth user name.
    pub key: String,
    /// The Basic-auth password.
    pub secret: String,
    /// Retries of temporary failures.
    pub retry: Retry,
    /// How long to wait for the LRS.
    pub timeouts: Timeouts,
}

/// Who asks for an LRS configuration: the messages name what to do there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asker {
    /// `srm-study lrs ...`: options and the environment.
    CommandLine,
    /// The app's LRS settings page.
    Window,
}

/// The one place an LRS configuration is made, for the command line and
/// the app: the endpoint and key as given (empty: not given), the secret
/// given now (empty or `None`: the one saved in `secrets`). What is
/// missing is said as the asker can give it (an option, or the settings
/// page), in the reader's language once worded.
pub fn lrs_config(
    endpoint: &str,
    key: &str,
    secret: Option<&str>,
    secrets: &SecretStore,
    asker: Asker,
) -> Result<LrsConfig, Msg> {
    let cli = asker == Asker::CommandLine;
    if endpoint.trim().is_empty() {
        return Err(if cli {
            msg!("lrs-config-no-endpoint-cli")
        } else {
            msg!("lrs-config-no-endpoint")
        });
    }
    let endpoint = Endpoint::parse(endpoint).map_err(|e| e.message())?;
    if key.is_empty() {
        return Err(if cli {
            msg!("lrs-config-no-key-cli")
        } else {
            msg!("lrs-config-no-key")
        });
    }
    let secret = match secret {
        Some(secret) if !secret.is_empty() => secret.to_owned(),
        _ => (secrets.load())
            .map_err(|error| msg!("lrs-config-secret-unreadable", error = error))?
            .0
            .ok_or_else(|| {
                if cli {
                    msg!("lrs-config-no-secret-cli", variable = SECRET_ENV)
                } else {
                    msg!("lrs-config-no-secret")
                }
            })?,
    };
    Ok(LrsConfig {
        endpoint,
        key: key.to_owned(),
        secret,
        retry: Retry::default(),
        timeouts: Timeouts::default(),
    })
}

/// A statement the LRS already holds with other content: it was not
/// stored, and sending it again will not store it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The student (the actor's account name).
    pub student: String,
    /// The card's id; `None` for the exercise's `completed` statement.
    pub card: Option<String>,
    /// The statement's id.
    pub statement_id: String,
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl Conflict {
    /// The conflict as a message (its id and values).
    pub fn message(&self) -> Msg {
        let what = match &self.card {
            Some(card) => msg!("lrs-conflict-card", card = printable(card)),
            None => msg!("lrs-conflict-exercise"),
        };
        msg!(
            "lrs-conflict",
            student = printable(&self.student),
            what = what,
            id = &self.statement_id
        )
    }

    fn of(statement: &Value) -> Self {
        let object = statement["object"]["id"].as_str().unwrap_or_default();
        let card = object
            .rsplit_once("/cards/")
            .map(|(_, card)| card.to_owned());
        Self {
            student: statement["actor"]["account"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            card,
            statement_id: statement["id"].as_str().unwrap_or_default().to_owned(),
        }
    }
}

/// A send that went to its end.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SendOutcome {
    /// Statements settled, from the start: stored (now or before) or in
    /// conflict. All of them, when the send went to its end.
    pub sent: usize,
    /// Those of them the LRS holds with other content.
    pub conflicts: Vec<Conflict>,
}

/// The outcome of a send that did not get through: how many statements
/// (from the start) were settled, and why it stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFailure {
    /// Statements settled before the failure (stored or in conflict).
    pub sent: usize,
    /// Those of them the LRS holds with other content.
    pub conflicts: Vec<Conflict>,
    /// Why the rest were not.
    pub error: LrsError,
}

/// A blocking xAPI client.
#[derive(Debug)]
pub struct LrsClient {
    config: LrsConfig,
    authorization: String,
    agent: ureq::Agent,
}

impl LrsClient {
    /// A client for this LRS.
    pub fn new(config: LrsConfig) -> Self {
        let t = config.timeouts;
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            // Redirects are followed here, and only to the endpoint's origin.
            .max_redirects(0)
            .timeout_connect(Some(t.connect))
            .timeout_resolve(Some(t.connect))
            .timeout_send_request(Some(t.read))
            .timeout_send_body(Some(t.read))
            .timeout_recv_response(Some(t.read))
            .timeout_per_read(Some(t.read))
            .timeout_recv_body(Some(t.read * 4))
            .user_agent(concat!("srm-study/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let authorization = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD
                .encode(format!("{}:{}", config.key, config.secret))
        );
        Self {
            config,
            authorization,
            agent,
        }
    }

    /// The endpoint asked.
    pub fn endpoint(&self) -> &Endpoint {
        &self.config.endpoint
    }

    /// One request, tried again on a connection error or a 5xx; any other
    /// status but 2xx is an error.
    fn request(
        &self,
        method: &'static str,
        url: &str,
        body: Option<&str>,
    ) -> Result<String, LrsError> {
        let retry = self.config.retry;
        let mut wait = retry.first_wait;
        let mut tries = 0;
        loop {
            tries += 1;
            match self.request_once(method, url, body) {
                Err(error) if error.is_retried() && tries < retry.tries.max(1) => {
                    std::thread::sleep(wait);
                    wait *= 2;
                }
                other => return other,
            }
        }
    }

    fn transport_error(&self, url: &str, e: ureq::Error) -> LrsError {
        match e {
            ureq::Error::Timeout(which) => {
                let t = self.config.timeouts;
                let seconds = match which {
                    ureq::Timeout::Connect | ureq::Timeout::Resolve => t.connect,
                    ureq::Timeout::RecvBody => t.read * 4,
                    _ => t.read,
                };
                LrsError::TimedOut {
                    url: url.to_owned(),
                    seconds: seconds.as_secs().max(1),
                }
            }
            ureq::Error::BodyExceedsLimit(_) => LrsError::TooLarge {
                url: url.to_owned(),
                limit_mib: MAX_RESPONSE_BYTES / (1024 * 1024),
            },
            other => LrsError::Connection {
                url: url.to_owned(),
                message: other.to_string(),
            },
        }
    }

    fn request_once(
        &self,
        method: &'static str,
        url: &str,
        body: Option<&str>,
    ) -> Result<String, LrsError> {
        let mut url = url.to_owned();
        for _ in 0..=MAX_REDIRECTS {
            let answer = match body {
                Some(body) => self
                    .agent
                    .post(&url)
                    .header("Authorization", &self.authorization)
                    .header("X-Experience-API-Version", XAPI_VERSION)
                    .header("Content-Type", "application/json")
                    .send(body),
                None => self
                    .agent
                    .get(&url)
                    .header("Authorization", &self.authorization)
                    .header("X-Experience-API-Version", XAPI_VERSION)
                    .call(),
            };
            let mut response = answer.map_err(|e| self.transport_error(&url, e))?;
            let status = response.status().as_u16();
            if matches!(status, 301 | 302 | 303 | 307 | 308) {
                let location = response
                    .headers()
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                url = self.config.endpoint.resolve_more(&location)?;
                continue;
            }
            let text = response
                .body_mut()
                .with_config()
                .limit(MAX_RESPONSE_BYTES)
                .read_to_string()
                .map_err(|e| self.transport_error(&url, e))?;
            if (200..300).contains(&status) {
                return Ok(text);
            }
            return Err(LrsError::Status {
                status,
                hint: hint(status),
                method,
                url,
                message: shorten(&text),
            });
        }
        Err(BadPage(format!("more than {MAX_REDIRECTS} redirects from {url}")).into())
    }

    /// POSTs statements in batches of [`BATCH_SIZE`]. `progress(done,
    /// total)` is called after each batch; returning false stops. A batch
    /// the LRS refuses with 409 (one of its ids is stored with other
    /// content) is settled statement by statement: one the LRS holds with
    /// the same content counts as sent, one it does not hold is sent
    /// alone, one it holds with other content is a [`Conflict`].
    pub fn send(
        &self,
        statements: &[Value],
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<SendOutcome, SendFailure> {
        let url = self.config.endpoint.statements();
        let total = statements.len();
        let mut conflicts = Vec::new();
        for range in batches(total, BATCH_SIZE) {
            let batch = &statements[range.clone()];
            let before_batch = conflicts.len();
            let body = Value::Array(batch.to_vec()).to_string();
            let sent = match self.request("POST", &url, Some(&body)) {
                Ok(_) => Ok(()),
                Err(LrsError::Status { status: 409, .. }) => batch.iter().try_for_each(|one| {
                    if let Some(conflict) = self.settle_one(one)? {
                        conflicts.push(conflict);
                    }
                    Ok(())
                }),
                Err(error) => Err(error),
            };
            if let Err(error) = sent {
                // What this batch settled is settled again next time.
                conflicts.truncate(before_batch);
                return Err(SendFailure {
                    sent: range.start,
                    conflicts,
                    error,
                });
            }
            if !progress(range.end, total) {
                return Err(SendFailure {
                    sent: range.end,
                    conflicts,
                    error: LrsError::Cancelled,
                });
            }
        }
        Ok(SendOutcome {
            sent: total,
            conflicts,
        })
    }

    /// One statement of a batch refused with 409: asked for by id, then
    /// compared, or sent alone when the LRS does not hold it.
    fn settle_one(&self, statement: &Value) -> Result<Option<Conflict>, LrsError> {
        let Some(id) = statement["id"].as_str() else {
            return Ok(Some(Conflict::of(statement)));
        };
        match self.request("GET", &self.config.endpoint.statement(id), None) {
            Ok(body) => {
                let stored: Value =
                    serde_json::from_str(&body).map_err(|e| BadPage(e.to_string()))?;
                // An LRS that ignores `statementId` (Ralph 5.1's file
                // backend) answers a statement result: look for the id in it.
                let stored = match stored.get("statements").and_then(Value::as_array) {
                    Some(list) => list
                        .iter()
                        .find(|s| {
                            s["id"]
                                .as_str()
                                .is_some_and(|other| other.eq_ignore_ascii_case(id))
                        })
                        .cloned(),
                    None => Some(stored),
                };
                match stored {
                    Some(stored) => {
                        Ok((!same_statement(statement, &stored)).then(|| Conflict::of(statement)))
                    }
                    None => self.send_alone(statement),
                }
            }
            Err(LrsError::Status { status: 404, .. }) => self.send_alone(statement),
            Err(error) => Err(error),
        }
    }

    /// One statement the LRS does not hold, sent alone; a 409 now means
    /// the LRS holds its id with other content.
    fn send_alone(&self, statement: &Value) -> Result<Option<Conflict>, LrsError> {
        let url = self.config.endpoint.statements();
        let body = Value::Array(vec![statement.clone()]).to_string();
        match self.request("POST", &url, Some(&body)) {
            Ok(_) => Ok(None),
            Err(LrsError::Status { status: 409, .. }) => Ok(Some(Conflict::of(statement))),
            Err(error) => Err(error),
        }
    }

    /// Every statement about the activity (its object or a context
    /// activity), following `more` links. An LRS whose activity filter
    /// matches nothing (Ralph 5.1's file backend) is read whole and
    /// filtered here. `progress(pages)` after each page; false stops.
    pub fn load(
        &self,
        activity: &str,
        progress: &mut dyn FnMut(usize) -> bool,
    ) -> Result<Vec<Value>, LrsError> {
        let endpoint = &self.config.endpoint;
        let mut fetch = |url: &str| self.request("GET", url, None);
        let mut statements = follow_pages(
            endpoint,
            &endpoint.statements_about(activity),
            &mut fetch,
            progress,
        )?;
        if statements.is_empty() {
            statements = follow_pages(endpoint, &endpoint.all_statements(), &mut fetch, progress)?;
        }
        statements.retain(|s| related(s, activity));
        Ok(statements)
    }

    /// Checks the endpoint and the credentials: the LRS's xAPI versions
    /// (`/about`), then one statement read with the credentials. Returns
    /// a sentence for the person. Only the endpoint's own origin is asked
    /// (a redirect elsewhere is an error), so "accepted" means the
    /// endpoint accepted the key and secret.
    pub fn test(&self) -> Result<Msg, LrsError> {
        let endpoint = &self.config.endpoint;
        // Some LRSs (Ralph 5.1) have no /about: then only the credentials
        // are checked.
        let versions = match self.request("GET", &endpoint.about(), None) {
            Ok(about) => serde_json::from_str::<Value>(&about)
                .ok()
                .and_then(|v| {
                    v["version"].as_array().map(|list| {
                        list.iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                })
                .filter(|v| !v.is_empty())
                .map(|v| msg!("lrs-test-versions", versions = v))
                .ok_or_else(|| {
                    BadPage(format!("/about gave no xAPI version: {}", shorten(&about)))
                })?,
            Err(LrsError::Status { status: 404, .. }) => msg!("lrs-test-no-about"),
            Err(error) => return Err(error),
        };
        let page = self.request("GET", &format!("{}?limit=1", endpoint.statements()), None)?;
        parse_page(&page)?;
        Ok(msg!(
            "lrs-test-connected",
            endpoint = endpoint.to_string(),
            versions = versions
        ))
    }
}

/// Whether a statement the LRS holds is the one sent: the same actor,
/// verb, object, result and registration. What an LRS adds or may change
/// on storing (`stored`, `authority`, `version`, a `timestamp` of arrival,
/// the display texts) is not compared, as xAPI's statement comparison says.
pub fn same_statement(sent: &Value, stored: &Value) -> bool {
    fn number(v: &Value) -> Option<f64> {
        v.as_f64()
    }
    let parts = |s: &Value| {
        let r = &s["result"];
        (
            s["actor"]["account"]["homePage"].clone(),
            s["actor"]["account"]["name"].clone(),
            s["verb"]["id"].clone(),
            s["object"]["id"].clone(),
            s["context"]["registration"]
                .as_str()
                .map(str::to_ascii_lowercase),
            (
                r["response"].clone(),
                r["success"].clone(),
                r["completion"].clone(),
                r["duration"].clone(),
            ),
            (
                number(&r["score"]["raw"]),
                number(&r["score"]["min"]),
                number(&r["score"]["max"]),
                number(&r["score"]["scaled"]),
            ),
        )
    };
    parts(sent) == parts(stored)
}

/// Reads `first` and every page its `more` links lead to, with `fetch`
/// (a GET). `progress(pages)` after each page; returning false stops.
/// A link to another origin, a circle of links, more than [`MAX_PAGES`]
/// pages, [`MAX_LOAD_BYTES`] or [`MAX_LOAD_TIME`], or a run of empty pages
/// ends the load with an error; a link to the page itself ends it.
pub fn follow_pages(
    endpoint: &Endpoint,
    first: &str,
    fetch: &mut dyn FnMut(&str) -> Result<String, LrsError>,
    progress: &mut dyn FnMut(usize) -> bool,
) -> Result<Vec<Value>, LrsError> {
    let started = Instant::now();
    let mut statements = Vec::new();
    let mut seen = HashSet::new();
    let mut next = Some(first.to_owned());
    let mut pages = 0;
    let mut bytes = 0;
    let mut empty_in_a_row = 0;
    while let Some(url) = next.take() {
        if !seen.insert(url.clone()) {
            return Err(BadPage(format!(
                "its `more` links go round in a circle (back to {url}); stopped after {pages} \
                 pages"
            ))
            .into());
        }
        let body = fetch(&url)?;
        bytes += body.len();
        let (page, more) = parse_page(&body)?;
        drop(body);
        empty_in_a_row = if page.is_empty() {
            empty_in_a_row + 1
        } else {
            0
        };
        statements.extend(page);
        pages += 1;
        if !progress(pages) {
            return Err(LrsError::Cancelled);
        }
        let Some(more) = more else {
            break;
        };
        let stop = if pages >= MAX_PAGES {
            Some(format!("more than {MAX_PAGES} pages of statements"))
        } else if bytes > MAX_LOAD_BYTES {
            Some(format!(
                "more than {} MiB of statements",
                MAX_LOAD_BYTES / (1024 * 1024)
            ))
        } else if empty_in_a_row >= MAX_EMPTY_PAGES {
            Some(format!(
                "{MAX_EMPTY_PAGES} pages in a row without a statement"
            ))
        } else if started.elapsed() > MAX_LOAD_TIME {
            Some(format!(
                "still sending pages after {} s",
                MAX_LOAD_TIME.as_secs()
            ))
        } else {
            None
        };
        if let Some(stop) = stop {
            return Err(BadPage(format!(
                "{stop}; the load was stopped (load one exercise and class at a time, or ask \
                 the LRS's administrator)"
            ))
            .into());
        }
        let more = endpoint.resolve_more(&more)?;
        if more != url {
            next = Some(more);
        }
    }
    Ok(statements)
}

/// Text from the LRS as it may reach a terminal or a note: control
/// characters (line breaks, escape sequences) become spaces.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn shorten(text: &str) -> String {
    let text = text.trim();
    let text = printable(text);
    match text.char_indices().nth(300) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None if text.is_empty() => "(no message)".to_owned(),
        None => text,
    }
}

/// The LRS files of a data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LrsFiles {
    /// `<data dir>/lrs.ron`: endpoint, key, class URI.
    pub settings: PathBuf,
    /// `<data dir>/lrs-secret`: the secret, mode 0600.
    pub secret: PathBuf,
    /// `<data dir>/lrs-queue.ron`: statements waiting to be sent.
    pub queue: PathBuf,
}

impl LrsFiles {
    /// The files in `data_dir`.
    pub fn in_dir(data_dir: &Path) -> Self {
        Self {
            settings: data_dir.join("lrs.ron"),
            secret: data_dir.join("lrs-secret"),
            queue: data_dir.join("lrs-queue.ron"),
        }
    }

    /// The settings; defaults when there is no file yet.
    pub fn load_settings(&self) -> Result<LrsSettings, String> {
        match read_small(&self.settings)? {
            None => Ok(LrsSettings::default()),
            Some(bytes) => LrsSettings::from_ron(&bytes)
                .map_err(|e| format!("{}: {e}", self.settings.display())),
        }
    }

    /// Writes the settings atomically.
    pub fn save_settings(&self, settings: &LrsSettings) -> Result<(), String> {
        let text = settings.to_ron().map_err(|e| e.to_string())?;
        write_file(&self.settings, text.as_bytes())
    }

    /// The waiting statements; an empty queue when there is no file.
    pub fn load_queue(&self) -> Result<LrsQueue, String> {
        match read_small(&self.queue)? {
            None => Ok(LrsQueue::default()),
            Some(bytes) => {
                LrsQueue::from_ron(&bytes).map_err(|e| format!("{}: {e}", self.queue.display()))
            }
        }
    }

    /// Writes the queue atomically; an empty queue removes the file.
    pub fn save_queue(&self, queue: &LrsQueue) -> Result<(), String> {
        if queue.is_empty() {
            return match std::fs::remove_file(&self.queue) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(format!("{}: {e}", self.queue.display()))
                }
                _ => Ok(()),
            };
        }
        let text = queue.to_ron().map_err(|e| e.to_string())?;
        write_private(&self.queue, text.as_bytes())
            .map_err(|e| format!("{}: {e}", self.queue.display()))
    }

    /// The stored secret, or `None` when none was saved.
    pub fn load_secret(&self) -> Result<Option<String>, String> {
        crate::io::secret::load_secret_file(&self.secret)
    }

    /// Stores the secret in a file only its owner can read (0600 on Unix);
    /// an empty secret removes the file; a symbolic link there is refused.
    pub fn save_secret(&self, secret: &str) -> Result<(), String> {
        crate::io::secret::save_secret_file(&self.secret, secret)
    }
}

fn read_small(path: &Path) -> Result<Option<Vec<u8>>, String> {
    match crate::io::files::read_regular(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        create_private_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    write_atomic(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #30: the LRS's errors are worded in the reader's language;
    /// their English is as it was.
    #[test]
    fn lrs_errors_are_worded_in_the_readers_language() {
        use crate::i18n::Language;
        let refused = LrsError::Status {
            status: 401,
            hint: hint(401),
            method: "GET",
            url: "http://127.0.0.1:9/xAPI/about".into(),
            message: "no".into(),
        };
        assert_eq!(
            refused.to_string(),
            "the LRS answered 401 Unauthorized (check the key and the secret) to GET \
             http://127.0.0.1:9/xAPI/about: no"
        );
        let german = refused.localized(&Translator::new(Language::German));
        assert_eq!(
            german,
            "Das LRS antwortete 401 Unauthorized (prüfen Sie Schlüssel und Geheimnis) auf GET \
             http://127.0.0.1:9/xAPI/about: no"
        );
        let foreign = LrsError::Link(LinkError::Foreign {
            link: "http://b/x".into(),
            origin: "http://a".into(),
        });
        let japanese = foreign.localized(&Translator::new(Language::Japanese));
        assert_ne!(japanese, foreign.to_string());
        assert!(japanese.contains("http://b/x"), "{japanese}");
        let bad = crate::model::lrs::Endpoint::parse("ftp://x").expect_err("not http");
        assert!(
            bad.to_string()
                .starts_with("\"ftp://x\" is not an LRS endpoint")
        );
        assert_ne!(
            bad.localized(&Translator::new(Language::Spanish)),
            bad.to_string()
        );
    }

    #[test]
    fn basic_auth_is_base64_of_key_and_secret() {
        let client = LrsClient::new(LrsConfig {
            endpoint: Endpoint::parse("http://127.0.0.1:9/xAPI").expect("endpoint"),
            key: "srm".into(),
            secret: "srm-test-secret".into(),
            retry: Retry::default(),
            timeouts: Timeouts::default(),
        });
        assert_eq!(client.authorization, "Basic c3JtOnNybS10ZXN0LXNlY3JldA==");
    }

    #[test]
    fn pages_are_followed_until_there_is_no_more_link() {
        let endpoint = Endpoint::parse("http://127.0.0.1:9/xAPI/").expect("endpoint");
        let mut asked = Vec::new();
        let mut fetch = |url: &str| {
            asked.push(url.to_owned());
            Ok(match asked.len() {
                1 => r#"{"statements":[{"id":"1"},{"id":"2"}],"more":"/xAPI/statements?pit=a"}"#,
                2 => r#"{"statements":[{"id":"3"}],"more":"http://127.0.0.1:9/xAPI/statements?pit=b"}"#,
                _ => r#"{"statements":[{"id":"4"}],"more":""}"#,
            }
            .to_owned())
        };
        let mut seen = 0;
        let statements = follow_pages(
            &endpoint,
            &endpoint.statements(),
            &mut fetch,
            &mut |pages| {
                seen = pages;
                true
            },
        )
        .expect("pages");
        let ids: Vec<&str> = statements.iter().filter_map(|s| s["id"].as_str()).collect();
        assert_eq!(ids, ["1", "2", "3", "4"]);
        assert_eq!(seen, 3);
        assert_eq!(
            asked,
            [
                "http://127.0.0.1:9/xAPI/statements",
                "http://127.0.0.1:9/xAPI/statements?pit=a",
                "http://127.0.0.1:9/xAPI/statements?pit=b",
            ]
        );
    }

    #[test]
    fn a_page_loop_or_a_cancel_ends_the_load() {
        let endpoint = Endpoint::parse("http://127.0.0.1:9/xAPI").expect("endpoint");
        let mut fetch = |_: &str| Ok(r#"{"statements":[],"more":"/xAPI/statements"}"#.to_owned());
        let same = follow_pages(&endpoint, &endpoint.statements(), &mut fetch, &mut |_| true);
        assert_eq!(same, Ok(Vec::new()), "a link to the same page ends");
        let mut ping_pong = |url: &str| {
            Ok(if url.ends_with("?p=a") {
                r#"{"statements":[{"id":"1"}],"more":"/xAPI/statements?p=b"}"#
            } else {
                r#"{"statements":[{"id":"2"}],"more":"/xAPI/statements?p=a"}"#
            }
            .to_owned())
        };
        let circle = follow_pages(
            &endpoint,
            &endpoint.statements(),
            &mut ping_pong,
            &mut |_| true,
        );
        assert!(
            matches!(&circle, Err(LrsError::Page(BadPage(m))) if m.contains("circle")),
            "{circle:?}"
        );
        let mut asked = 0;
        let mut empty_forever = |url: &str| {
            asked += 1;
            Ok(format!(
                r#"{{"statements":[],"more":"{}x"}}"#,
                url.trim_start_matches("http://127.0.0.1:9")
            ))
        };
        let empty = follow_pages(
            &endpoint,
            &endpoint.statements(),
            &mut empty_forever,
            &mut |_| true,
        );
        assert!(matches!(empty, Err(LrsError::Page(_))), "{empty:?}");
        assert_eq!(asked, MAX_EMPTY_PAGES);
        let mut full_forever = |url: &str| {
            Ok(format!(
                r#"{{"statements":[{{"id":"1"}}],"more":"{}x"}}"#,
                url.trim_start_matches("http://127.0.0.1:9")
            ))
        };
        let endless = follow_pages(
            &endpoint,
            &endpoint.statements(),
            &mut full_forever,
            &mut |_| true,
        );
        assert!(
            matches!(&endless, Err(LrsError::Page(BadPage(m))) if m.contains("pages")),
            "{endless:?}"
        );
        let mut foreign = |_: &str| {
            Ok(r#"{"statements":[],"more":"http://127.0.0.1:18082/steal/more"}"#.to_owned())
        };
        let refused = follow_pages(&endpoint, &endpoint.statements(), &mut foreign, &mut |_| {
            true
        });
        assert!(
            matches!(refused, Err(LrsError::Link(LinkError::Foreign { .. }))),
            "{refused:?}"
        );
        let mut endless = |url: &str| {
            Ok(format!(
                r#"{{"statements":[],"more":"{}x"}}"#,
                url.trim_start_matches("http://127.0.0.1:9")
            ))
        };
        let stopped = follow_pages(&endpoint, &endpoint.statements(), &mut endless, &mut |p| {
            p < 5
        });
        assert_eq!(stopped, Err(LrsError::Cancelled));
    }

    #[test]
    fn a_closed_port_is_a_temporary_error_after_the_retries() {
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
            listener.local_addr().expect("addr").port()
        };
        let endpoint = Endpoint::parse(&format!("http://127.0.0.1:{port}/xAPI")).expect("e");
        let client = LrsClient::new(LrsConfig {
            endpoint,
            key: "k".into(),
            secret: "s".into(),
            retry: Retry {
                tries: 2,
                first_wait: Duration::from_millis(1),
            },
            timeouts: Timeouts::default(),
        });
        let statements = vec![serde_json::json!({"id": "1"}); 3];
        let failure = client
            .send(&statements, &mut |_, _| true)
            .expect_err("nothing listens");
        assert_eq!(failure.sent, 0);
        assert!(failure.error.is_temporary(), "{}", failure.error);
        assert!(failure.error.to_string().contains("cannot reach"));
    }

    #[test]
    fn a_stored_statement_is_the_same_whatever_the_lrs_adds() {
        let sent = serde_json::json!({"id": "1", "actor": {"account": {"homePage": "h", "name": "Ana"}},
            "verb": {"id": "v"}, "object": {"id": "o"}, "timestamp": "2026-11-20T10:15:00Z",
            "result": {"response": "a[.]AWS", "success": true, "score": {"raw": 1, "min": 0, "max": 1, "scaled": 1}},
            "context": {"registration": "ABC"}});
        let mut stored = sent.clone();
        stored["stored"] = "2026-12-01T00:00:00Z".into();
        stored["timestamp"] = "2026-11-20T10:15:00.000+00:00".into();
        stored["result"]["score"]["scaled"] = 1.0.into();
        stored["context"]["registration"] = "abc".into();
        assert!(same_statement(&sent, &stored));
        let mut other = stored.clone();
        other["result"]["response"] = "a[.]SHARED".into();
        assert!(!same_statement(&sent, &other));
    }

    #[cfg(unix)]
    #[test]
    fn the_queue_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let files = LrsFiles::in_dir(&dir.path().join("data"));
        let mut queue = LrsQueue::default();
        queue.add(&[serde_json::json!({"id": "a", "actor": {"name": "Ana"}})]);
        files.save_queue(&queue).expect("queue");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&files.queue), 0o600);
        assert_eq!(mode(&dir.path().join("data")), 0o700);
    }

    #[test]
    fn files_round_trip_and_the_secret_is_private() {
        let dir = tempfile::tempdir().expect("tempdir");
        let files = LrsFiles::in_dir(&dir.path().join("data"));
        assert_eq!(files.load_settings(), Ok(LrsSettings::default()));
        assert_eq!(files.load_queue(), Ok(LrsQueue::default()));
        assert_eq!(files.load_secret(), Ok(None));
        let mut queue = LrsQueue::default();
        queue.add(&[serde_json::json!({"id": "a"})]);
        files.save_queue(&queue).expect("queue");
        assert_eq!(files.load_queue(), Ok(queue));
        files.save_queue(&LrsQueue::default()).expect("empty");
        assert!(!files.queue.exists(), "an empty queue leaves no file");
        files.save_secret("s3cret").expect("secret");
        assert_eq!(files.load_secret(), Ok(Some("s3cret".into())));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&files.secret)
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&files.queue, "(statements: [").expect("write");
        assert!(files.load_queue().is_err());
    }
}
