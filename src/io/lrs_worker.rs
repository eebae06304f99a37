//! The LRS worker: jobs (a send, a load, a connection test, a secret
//! lookup) run on their own thread, report over a channel and wake the
//! window through a callback, so the UI thread never waits on the network
//! or on D-Bus. The client itself is `io::lrs`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use serde_json::Value;

use crate::i18n::{Language, Translator};
use crate::io::lrs::{
    Asker, Conflict, LrsClient, LrsConfig, Retry, SendFailure, SendOutcome, lrs_config,
};
use crate::io::secret::{SecretPlace, SecretStore};

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
    /// were settled, those the LRS holds with other content, and why the
    /// rest were not settled.
    SendDone {
        /// The statements asked.
        statements: Vec<Value>,
        /// How many of them (from the start) were settled: stored, or in
        /// conflict.
        sent: usize,
        /// Those the LRS holds with other content (not stored).
        conflicts: Vec<Conflict>,
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
    /// The language the LRS's errors are worded in (the window's).
    pub language: Language,
}

impl JobSetup {
    /// The client's configuration, or why there is none (read on the
    /// worker: the keyring may take a while to answer).
    pub fn config(&self) -> Result<LrsConfig, String> {
        let mut config = lrs_config(
            &self.endpoint,
            &self.key,
            self.typed_secret.as_deref(),
            &self.secrets,
            Asker::Window,
        )
        .map_err(|e| e.localized(&Translator::new(self.language)))?;
        config.retry = self.retry;
        Ok(config)
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
                    conflicts: Vec::new(),
                    error: Some((problem, false)),
                },
                JobRequest::Load(_) => JobEvent::Loaded(Err(problem)),
                _ => JobEvent::Tested(Err(problem)),
            });
        }
    };
    // The LRS's errors in the window's language (a translator is made
    // only when one is worded).
    let tr = || Translator::new(setup.language);
    match request {
        JobRequest::Send(statements) => {
            let total = statements.len();
            report(JobEvent::Sent { done: 0, total });
            let outcome = client.send(&statements, &mut |done, total| {
                report(JobEvent::Sent { done, total });
                !cancel.load(Ordering::SeqCst)
            });
            let (sent, conflicts, error) = match outcome {
                Ok(SendOutcome { sent, conflicts }) => (sent, conflicts, None),
                Err(SendFailure {
                    sent,
                    conflicts,
                    error,
                }) => (
                    sent,
                    conflicts,
                    Some((error.localized(&tr()), error.is_temporary())),
                ),
            };
            report(JobEvent::SendDone {
                statements,
                sent,
                conflicts,
                error,
            });
        }
        JobRequest::Load(activity) => {
            let loaded = client.load(&activity, &mut |pages| {
                report(JobEvent::Pages(pages));
                !cancel.load(Ordering::SeqCst)
            });
            report(JobEvent::Loaded(loaded.map_err(|e| e.localized(&tr()))));
        }
        JobRequest::Test => report(JobEvent::Tested(
            (client.test())
                .map(|m| m.localized(&tr()))
                .map_err(|e| e.localized(&tr())),
        )),
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

    /// Issue #30: the worker words the LRS's errors in the window's
    /// language.
    #[test]
    fn a_failed_test_is_worded_in_the_windows_language() {
        let dir = tempfile::tempdir().expect("tempdir");
        let setup = JobSetup {
            endpoint: "http://127.0.0.1:9/xAPI".into(),
            key: "k".into(),
            typed_secret: Some("s".into()),
            secrets: SecretStore::new(dir.path().join("lrs-secret")),
            retry: Retry {
                tries: 1,
                first_wait: std::time::Duration::from_millis(1),
            },
            language: Language::German,
        };
        let mut events = Vec::new();
        run_job(
            &setup,
            JobRequest::Test,
            &AtomicBool::new(false),
            &mut |e| events.push(e),
        );
        let Some(JobEvent::Tested(Err(problem))) = events.last() else {
            panic!("{events:?}");
        };
        assert!(
            problem.starts_with("Das LRS unter http://127.0.0.1:9/xAPI/about ist nicht erreichbar"),
            "{problem}"
        );
    }
}
