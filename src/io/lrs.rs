//! Talking to a Learning Record Store over HTTP(S) (xAPI 1.0.3), and the
//! LRS files of the data folder: the settings (`lrs.ron`), the secret
//! (`lrs-secret`, readable only by its owner) and the statements waiting to
//! be sent (`lrs-queue.ron`). Jobs run on a worker thread that reports
//! over a channel and wakes the window through a callback.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use serde_json::Value;

use crate::io::fs::write_atomic;
pub use crate::io::secret::{SecretPlace, SecretStore};
use crate::model::export::xapi::XAPI_VERSION;
use crate::model::lrs::{
    BATCH_SIZE, BadPage, Endpoint, LrsQueue, LrsSettings, batches, parse_page, related,
};

/// The environment variable the command line reads the secret from.
pub const SECRET_ENV: &str = "SRM_STUDY_LRS_SECRET";

/// The most pages a load follows (a loop of `more` links ends there).
const MAX_PAGES: usize = 100_000;

/// Something that went wrong between the app and the LRS.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LrsError {
    /// No answer: refused, timed out, name not found, TLS failed.
    #[error("cannot reach the LRS at {url}: {message}")]
    Connection {
        /// The address asked.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// The LRS answered with an error status.
    #[error("the LRS answered {status}{hint} to {method} {url}: {message}")]
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
    /// An answer that is not what xAPI says.
    #[error(transparent)]
    Page(#[from] BadPage),
    /// The person stopped the job.
    #[error("stopped")]
    Cancelled,
}

impl LrsError {
    /// Whether trying again later may work: no connection, or a server
    /// error (5xx). Statements that failed so are kept in the queue.
    pub fn is_temporary(&self) -> bool {
        match self {
            LrsError::Connection { .. } => true,
            LrsError::Status { status, .. } => *status >= 500,
            LrsError::Page(_) | LrsError::Cancelled => false,
        }
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
}

/// A blocking xAPI client.
#[derive(Debug)]
pub struct LrsClient {
    config: LrsConfig,
    authorization: String,
    agent: ureq::Agent,
}

/// The outcome of a send that did not get through: how many statements
/// (from the start) the LRS took, and why it stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFailure {
    /// Statements accepted before the failure.
    pub sent: usize,
    /// Why the rest were not.
    pub error: LrsError,
}

impl LrsClient {
    /// A client for this LRS.
    pub fn new(config: LrsConfig) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .user_agent(concat!("srm-study/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let authorization = format!(
            "Basic {}",
            base64(format!("{}:{}", config.key, config.secret).as_bytes())
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
    /// status but 2xx and 409 is an error.
    fn request(
        &self,
        method: &'static str,
        url: &str,
        body: Option<&str>,
    ) -> Result<(u16, String), LrsError> {
        let retry = self.config.retry;
        let mut wait = retry.first_wait;
        let mut tries = 0;
        loop {
            tries += 1;
            match self.request_once(method, url, body) {
                Err(error) if error.is_temporary() && tries < retry.tries.max(1) => {
                    std::thread::sleep(wait);
                    wait *= 2;
                }
                other => return other,
            }
        }
    }

    fn request_once(
        &self,
        method: &'static str,
        url: &str,
        body: Option<&str>,
    ) -> Result<(u16, String), LrsError> {
        let connection = |e: ureq::Error| LrsError::Connection {
            url: url.to_owned(),
            message: e.to_string(),
        };
        let answer = match body {
            Some(body) => self
                .agent
                .post(url)
                .header("Authorization", &self.authorization)
                .header("X-Experience-API-Version", XAPI_VERSION)
                .header("Content-Type", "application/json")
                .send(body),
            None => self
                .agent
                .get(url)
                .header("Authorization", &self.authorization)
                .header("X-Experience-API-Version", XAPI_VERSION)
                .call(),
        };
        let mut response = answer.map_err(connection)?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(256 * 1024 * 1024)
            .read_to_string()
            .map_err(connection)?;
        if (200..300).contains(&status) || status == 409 {
            return Ok((status, text));
        }
        Err(LrsError::Status {
            status,
            hint: hint(status),
            method,
            url: url.to_owned(),
            message: shorten(&text),
        })
    }

    /// POSTs statements in batches of [`BATCH_SIZE`]. `progress(done,
    /// total)` is called after each batch; returning false stops. A batch
    /// whose statements the LRS already has (409, 204, or fewer ids back)
    /// counts as sent: the ids are deterministic.
    pub fn send(
        &self,
        statements: &[Value],
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<usize, SendFailure> {
        let url = self.config.endpoint.statements();
        let total = statements.len();
        for range in batches(total, BATCH_SIZE) {
            let body = Value::Array(statements[range.clone()].to_vec()).to_string();
            if let Err(error) = self.request("POST", &url, Some(&body)) {
                return Err(SendFailure {
                    sent: range.start,
                    error,
                });
            }
            if !progress(range.end, total) {
                return Err(SendFailure {
                    sent: range.end,
                    error: LrsError::Cancelled,
                });
            }
        }
        Ok(total)
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
        let mut fetch = |url: &str| self.request("GET", url, None).map(|(_, body)| body);
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
    /// a sentence for the person.
    pub fn test(&self) -> Result<String, LrsError> {
        let endpoint = &self.config.endpoint;
        // Some LRSs (Ralph 5.1) have no /about: then only the credentials
        // are checked.
        let versions = match self.request("GET", &endpoint.about(), None) {
            Ok((_, about)) => serde_json::from_str::<Value>(&about)
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
                .map(|v| format!("xAPI {v}"))
                .ok_or_else(|| {
                    BadPage(format!("/about gave no xAPI version: {}", shorten(&about)))
                })?,
            Err(LrsError::Status { status: 404, .. }) => "no /about".to_owned(),
            Err(error) => return Err(error),
        };
        self.request("GET", &format!("{}?limit=1", endpoint.statements()), None)?;
        Ok(format!(
            "Connected to {endpoint} ({versions}): the key and secret are accepted."
        ))
    }
}

/// Reads `first` and every page its `more` links lead to, with `fetch`
/// (a GET). `progress(pages)` after each page; returning false stops.
pub fn follow_pages(
    endpoint: &Endpoint,
    first: &str,
    fetch: &mut dyn FnMut(&str) -> Result<String, LrsError>,
    progress: &mut dyn FnMut(usize) -> bool,
) -> Result<Vec<Value>, LrsError> {
    let mut statements = Vec::new();
    let mut next = Some(first.to_owned());
    let mut pages = 0;
    while let Some(url) = next.take() {
        let (page, more) = parse_page(&fetch(&url)?)?;
        statements.extend(page);
        pages += 1;
        if !progress(pages) {
            return Err(LrsError::Cancelled);
        }
        if pages >= MAX_PAGES {
            return Err(BadPage(format!("more than {MAX_PAGES} pages of statements")).into());
        }
        next = more
            .map(|m| endpoint.resolve_more(&m))
            .filter(|m| *m != url);
    }
    Ok(statements)
}

fn shorten(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(300) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None if text.is_empty() => "(no message)".to_owned(),
        None => text.to_owned(),
    }
}

/// Standard base64 with padding (RFC 4648), for Basic auth.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
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
        write_file(&self.queue, text.as_bytes())
    }

    /// The stored secret, or `None` when none was saved.
    pub fn load_secret(&self) -> Result<Option<String>, String> {
        Ok(read_small(&self.secret)?.map(|bytes| {
            String::from_utf8_lossy(&bytes)
                .trim_end_matches('\n')
                .to_owned()
        }))
    }

    /// Stores the secret in a file only its owner can read (0600 on Unix);
    /// an empty secret removes the file.
    pub fn save_secret(&self, secret: &str) -> Result<(), String> {
        let at = |e: std::io::Error| format!("{}: {e}", self.secret.display());
        if secret.is_empty() {
            return match std::fs::remove_file(&self.secret) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(at(e)),
                _ => Ok(()),
            };
        }
        if let Some(parent) = self.secret.parent() {
            std::fs::create_dir_all(parent).map_err(at)?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
            options.mode(0o600);
            // An older file keeps its mode on open: make it private first.
            if self.secret.exists() {
                std::fs::set_permissions(&self.secret, std::fs::Permissions::from_mode(0o600))
                    .map_err(at)?;
            }
        }
        use std::io::Write;
        let mut file = options.open(&self.secret).map_err(at)?;
        file.write_all(secret.as_bytes()).map_err(at)?;
        file.sync_all().map_err(at)
    }

    /// Where the secret is kept, in words for the settings page.
    pub fn secret_place(&self) -> String {
        format!(
            "Secret kept in {}, readable only by you",
            self.secret.display()
        )
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
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    write_atomic(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// What a worker is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum JobRequest {
    /// POST these statements.
    Send(Vec<Value>),
    /// GET the statements about this activity.
    Load(String),
    /// Check the endpoint and the credentials.
    Test,
    /// Find where the secret is kept (the keyring may have to be asked).
    FindSecret,
    /// Keep this secret (an empty one removes it).
    StoreSecret(String),
}

/// What a worker reports.
#[derive(Debug, Clone, PartialEq)]
pub enum JobEvent {
    /// Statements sent so far, of the total.
    Sent {
        /// Statements the LRS took.
        done: usize,
        /// Statements to send.
        total: usize,
    },
    /// Pages of statements read so far.
    Pages(usize),
    /// The send ended: the statements asked, how many (from the start)
    /// went through, and why the rest did not.
    SendDone {
        /// The statements asked.
        statements: Vec<Value>,
        /// How many of them (from the start) went through.
        sent: usize,
        /// Why the rest did not, and whether trying later may work.
        error: Option<(String, bool)>,
    },
    /// The load ended.
    Loaded(Result<Vec<Value>, String>),
    /// The connection test ended.
    Tested(Result<String, String>),
    /// Where the secret is kept, and whether one is saved.
    SecretFound(Result<(SecretPlace, bool), String>),
    /// The secret was kept (or removed) there.
    SecretStored(Result<SecretPlace, String>),
}

/// What a job needs to reach the LRS: the endpoint and key as typed, and
/// the secret (typed now, or else the one saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobSetup {
    /// The endpoint as typed.
    pub endpoint: String,
    /// The Basic-auth user name.
    pub key: String,
    /// A secret typed and not saved yet; `None` reads the saved one.
    pub typed_secret: Option<String>,
    /// Where the saved secret is.
    pub secrets: SecretStore,
    /// Retries of temporary failures.
    pub retry: Retry,
}

impl JobSetup {
    /// The client's configuration, or why there is none (read on the
    /// worker: the keyring may take a while to answer).
    pub fn config(&self) -> Result<LrsConfig, String> {
        if self.endpoint.trim().is_empty() {
            return Err("Type the LRS's endpoint in LRS settings first.".into());
        }
        let endpoint = Endpoint::parse(&self.endpoint).map_err(|e| e.to_string())?;
        if self.key.is_empty() {
            return Err("Type the LRS's key (user name) in LRS settings first.".into());
        }
        let secret = match &self.typed_secret {
            Some(secret) if !secret.is_empty() => secret.clone(),
            _ => self.secrets.load()?.0.ok_or_else(|| {
                "No secret is saved: type the LRS's secret in LRS settings and save.".to_owned()
            })?,
        };
        Ok(LrsConfig {
            endpoint,
            key: self.key.clone(),
            secret,
            retry: self.retry,
        })
    }
}

/// Runs one job to its end on this thread, reporting through `report`;
/// `cancel` is read between batches and pages.
pub fn run_job(
    setup: &JobSetup,
    request: JobRequest,
    cancel: &AtomicBool,
    report: &mut dyn FnMut(JobEvent),
) {
    let client = match &request {
        JobRequest::FindSecret => {
            let found = setup.secrets.load().map(|(s, place)| (place, s.is_some()));
            return report(JobEvent::SecretFound(found));
        }
        JobRequest::StoreSecret(secret) => {
            return report(JobEvent::SecretStored(setup.secrets.save(secret)));
        }
        _ => setup.config().map(LrsClient::new),
    };
    let client = match client {
        Ok(client) => client,
        Err(problem) => {
            return report(match request {
                JobRequest::Send(statements) => JobEvent::SendDone {
                    statements,
                    sent: 0,
                    error: Some((problem, false)),
                },
                JobRequest::Load(_) => JobEvent::Loaded(Err(problem)),
                _ => JobEvent::Tested(Err(problem)),
            });
        }
    };
    match request {
        JobRequest::Send(statements) => {
            let total = statements.len();
            report(JobEvent::Sent { done: 0, total });
            let outcome = client.send(&statements, &mut |done, total| {
                report(JobEvent::Sent { done, total });
                !cancel.load(Ordering::SeqCst)
            });
            let (sent, error) = match outcome {
                Ok(sent) => (sent, None),
                Err(SendFailure { sent, error }) => {
                    (sent, Some((error.to_string(), error.is_temporary())))
                }
            };
            report(JobEvent::SendDone {
                statements,
                sent,
                error,
            });
        }
        JobRequest::Load(activity) => {
            let loaded = client.load(&activity, &mut |pages| {
                report(JobEvent::Pages(pages));
                !cancel.load(Ordering::SeqCst)
            });
            report(JobEvent::Loaded(loaded.map_err(|e| e.to_string())));
        }
        JobRequest::Test => report(JobEvent::Tested(client.test().map_err(|e| e.to_string()))),
        JobRequest::FindSecret | JobRequest::StoreSecret(_) => {}
    }
}

/// A job running on its own thread.
#[derive(Debug)]
pub struct Job {
    receiver: Receiver<JobEvent>,
    cancel: Arc<AtomicBool>,
}

impl Job {
    /// Starts the job on a worker thread; `wake` is called (from that
    /// thread) after each event, so the window redraws only when there is
    /// news. Never blocks.
    pub fn start(setup: JobSetup, request: JobRequest, wake: impl Fn() + Send + 'static) -> Self {
        let (sender, receiver): (Sender<JobEvent>, _) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = cancel.clone();
        let spawned = std::thread::Builder::new()
            .name("lrs".into())
            .spawn(move || {
                run_job(&setup, request, &flag, &mut |event| {
                    // The app may have stopped listening: a closed channel is fine.
                    let _ = sender.send(event);
                    wake();
                });
            });
        if let Err(e) = spawned {
            let (sender, closed) = channel();
            let _ = sender.send(JobEvent::Tested(Err(format!(
                "cannot start the LRS worker: {e}"
            ))));
            return Self {
                receiver: closed,
                cancel,
            };
        }
        Self { receiver, cancel }
    }

    /// The events that arrived since the last call.
    pub fn poll(&self) -> Vec<JobEvent> {
        self.receiver.try_iter().collect()
    }

    /// Asks the worker to stop after the batch or page it is on.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_rfc_4648() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
        assert_eq!(
            base64(b"srm:srm-test-secret"),
            "c3JtOnNybS10ZXN0LXNlY3JldA=="
        );
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
