//! The LRS link's state and its `apply`: the settings as typed and as
//! saved, where the secret is kept, the statements waiting to be sent, and
//! the job running on the worker. Statements are written to the queue file
//! before a send starts, so quitting in the middle loses nothing. It draws
//! nothing.

use crate::i18n::{Language, Translator};
use crate::io::lrs::{LrsFiles, Retry, SecretPlace, SecretStore};
use crate::io::lrs_worker::{Job, JobEvent, JobRequest, JobSetup};
use crate::model::export::xapi::check_class_uri;
use crate::model::lrs::{Endpoint, LrsQueue, LrsSettings};
use crate::tr;
use crate::ui::action::{Action, Note};
use crate::ui::instructor::action::{InstructorAction, ReportAction};
use crate::ui::shared::AppData;

use super::action::{LrsAction, LrsForm};

/// Why a window without a data folder cannot use the LRS.
fn no_data_folder(tr: &Translator) -> String {
    tr!(tr, "lrs-no-data-folder")
}

/// Where the secret is kept, in the window's language.
pub fn secret_place_text(tr: &Translator, place: &SecretPlace) -> String {
    place.message().localized(tr)
}

/// A file of the LRS link that could not be read when the window opened
/// (the reason is the file layer's, in English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartupProblem {
    /// The settings file.
    Settings(String),
    /// The file of the statements waiting.
    Queue(String),
}

impl StartupProblem {
    /// The sentence for the settings page.
    pub fn text(&self, tr: &Translator) -> String {
        match self {
            StartupProblem::Settings(problem) => {
                tr!(tr, "lrs-settings-unreadable", problem = problem.as_str())
            }
            StartupProblem::Queue(problem) => {
                tr!(tr, "lrs-queue-unreadable", problem = problem.as_str())
            }
        }
    }
}

/// What a job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// Sending statements.
    Send,
    /// Loading statements.
    Load,
    /// Testing the connection.
    Test,
    /// Finding where the secret is kept.
    FindSecret,
    /// Keeping a new secret.
    KeepSecret,
    /// Removing the secret.
    ForgetSecret,
}

/// How jobs run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Runner {
    /// On a worker thread (the app).
    #[default]
    Thread,
    /// Not at all: requests stay in [`LrsState::started`] and tests feed
    /// the events.
    Held,
}

/// The job on the worker.
#[derive(Debug)]
pub struct LrsJob {
    /// What it does.
    pub kind: JobKind,
    /// Statements sent so far.
    pub done: usize,
    /// Statements to send.
    pub total: usize,
    /// Pages read so far.
    pub pages: usize,
    /// Whether Cancel was pressed.
    pub cancelled: bool,
    /// The worker (none until the shell starts it, or with [`Runner::Held`]).
    job: Option<Job>,
}

impl LrsJob {
    /// A job of this kind that has reported nothing yet (and has no
    /// worker: for tests and screenshots of the page).
    pub fn new(kind: JobKind) -> Self {
        Self {
            kind,
            done: 0,
            total: 0,
            pages: 0,
            cancelled: false,
            job: None,
        }
    }
}

/// What the LRS link remembers.
#[derive(Debug, Default)]
pub struct LrsState {
    /// The settings page's fields.
    pub form: LrsForm,
    /// The settings as saved.
    pub saved: LrsSettings,
    /// The files; `None` in a window without a data folder.
    pub files: Option<LrsFiles>,
    /// Where the secret is kept, once known.
    pub secret_place: Option<SecretPlace>,
    /// Whether a secret is saved.
    pub secret_saved: bool,
    /// Statements waiting to be sent.
    pub waiting: usize,
    /// What the last LRS operation did.
    pub note: Option<Note>,
    /// What could not be read when the window opened (shown while there
    /// is no note).
    pub startup_problem: Option<StartupProblem>,
    /// The job on the worker.
    pub running: Option<LrsJob>,
    /// A job asked for this frame: the shell starts it.
    pub queued: Option<(JobSetup, JobRequest)>,
    /// How jobs run.
    pub runner: Runner,
    /// Requests made with [`Runner::Held`].
    pub started: Vec<JobRequest>,
    /// Whether the keyring may be used.
    pub use_keyring: bool,
    /// How patiently requests are tried again.
    pub retry: Retry,
}

impl LrsState {
    /// The link over the LRS files of a data folder: reads the settings
    /// and counts the waiting statements. Problems end in the note.
    pub fn load(files: LrsFiles, use_keyring: bool) -> Self {
        let mut state = Self {
            use_keyring,
            ..Self::default()
        };
        match files.load_settings() {
            Ok(saved) => state.saved = saved,
            Err(problem) => state.startup_problem = Some(StartupProblem::Settings(problem)),
        }
        match files.load_queue() {
            Ok(queue) => state.waiting = queue.len(),
            Err(problem) => state.startup_problem = Some(StartupProblem::Queue(problem)),
        }
        state.form = form_of(&state.saved);
        state.files = Some(files);
        state
    }

    /// Whether a job is running or about to start.
    pub fn is_busy(&self) -> bool {
        self.running.is_some() || self.queued.is_some()
    }

    /// Whether sending and loading can be asked for: on, with an endpoint
    /// and a key saved.
    pub fn ready(&self, tr: &Translator) -> Result<(), String> {
        if self.files.is_none() {
            return Err(no_data_folder(tr));
        }
        if !self.saved.enabled {
            return Err(tr!(tr, "lrs-off"));
        }
        if self.saved.endpoint.trim().is_empty() || self.saved.key.is_empty() {
            return Err(tr!(tr, "lrs-not-set"));
        }
        Ok(())
    }

    fn store(&self) -> Option<SecretStore> {
        let files = self.files.clone()?;
        Some(SecretStore::with_keyring(files.secret, self.use_keyring))
    }

    /// The setup of a job with the saved settings (`typed` for the form).
    fn setup(&self, typed: bool, language: Language) -> Option<JobSetup> {
        let store = self.store()?;
        let (endpoint, key, typed_secret) = if typed {
            let secret = Some(self.form.secret.clone()).filter(|s| !s.is_empty());
            (self.form.endpoint.clone(), self.form.key.clone(), secret)
        } else {
            (self.saved.endpoint.clone(), self.saved.key.clone(), None)
        };
        Some(JobSetup {
            endpoint,
            key,
            typed_secret,
            secrets: store,
            retry: self.retry,
            language,
        })
    }

    /// Asks for a job; false (with a note) when one is running or the
    /// window has no data folder.
    fn start(&mut self, tr: &Translator, kind: JobKind, typed: bool, request: JobRequest) -> bool {
        if self.is_busy() {
            self.note = Some(Note::Problem(tr!(tr, "lrs-busy")));
            return false;
        }
        let Some(setup) = self.setup(typed, tr.language()) else {
            self.note = Some(Note::Problem(no_data_folder(tr)));
            return false;
        };
        self.running = Some(LrsJob::new(kind));
        match self.runner {
            Runner::Thread => self.queued = Some((setup, request)),
            Runner::Held => self.started.push(request),
        }
        true
    }

    /// Starts the job asked for this frame; `wake` is called (from the
    /// worker) each time it reports.
    pub fn start_queued(&mut self, wake: impl Fn() + Send + 'static) {
        if let Some((setup, request)) = self.queued.take() {
            let job = Job::start(setup, request, wake);
            if let Some(running) = self.running.as_mut() {
                running.job = Some(job);
            }
        }
    }

    /// What the worker reported since the last call, as actions.
    pub fn poll(&self) -> Vec<Action> {
        self.running
            .as_ref()
            .and_then(|r| r.job.as_ref())
            .map(|job| {
                job.poll()
                    .into_iter()
                    .map(|e| Action::Lrs(LrsAction::Event(e)))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn queue_file(&self, tr: &Translator) -> Result<(&LrsFiles, LrsQueue), String> {
        let files = self.files.as_ref().ok_or_else(|| no_data_folder(tr))?;
        let queue = files.load_queue()?;
        Ok((files, queue))
    }
}

/// The form showing these settings (no secret: it is never shown back).
fn form_of(saved: &LrsSettings) -> LrsForm {
    LrsForm {
        enabled: saved.enabled,
        endpoint: saved.endpoint.clone(),
        key: saved.key.clone(),
        secret: String::new(),
        class_uri: saved.class_uri.clone(),
    }
}

/// Applies an LRS action; returns follow-up actions (what the class
/// report is to do with saved settings or loaded statements).
pub fn apply(lrs: &mut LrsState, shared: &mut AppData, action: LrsAction) -> Vec<Action> {
    let tr = &shared.tr;
    match action {
        LrsAction::SetForm(form) => lrs.form = form,
        LrsAction::Save => return save(lrs, tr),
        LrsAction::ForgetSecret => {
            lrs.start(
                tr,
                JobKind::ForgetSecret,
                false,
                JobRequest::StoreSecret(String::new()),
            );
        }
        LrsAction::Test => {
            lrs.note = None;
            lrs.start(tr, JobKind::Test, true, JobRequest::Test);
        }
        LrsAction::FindSecret => {
            if lrs.secret_place.is_none() && lrs.files.is_some() && !lrs.is_busy() {
                lrs.start(tr, JobKind::FindSecret, false, JobRequest::FindSecret);
            }
        }
        LrsAction::Send(statements) => send_statements(lrs, tr, &statements),
        LrsAction::SendWaiting => send_waiting(lrs, tr),
        LrsAction::DiscardWaiting => discard_waiting(lrs, tr),
        LrsAction::Load(activity) => load_activity(lrs, tr, activity),
        LrsAction::ShowNote(note) => lrs.note = Some(note),
        LrsAction::Cancel => {
            if let Some(running) = lrs.running.as_mut() {
                running.cancelled = true;
                if let Some(job) = &running.job {
                    job.cancel();
                }
            }
        }
        LrsAction::Event(event) => return on_event(lrs, tr, event),
    }
    Vec::new()
}

fn save(lrs: &mut LrsState, tr: &Translator) -> Vec<Action> {
    let form = lrs.form.clone();
    let endpoint = form.endpoint.trim();
    if !endpoint.is_empty()
        && let Err(e) = Endpoint::parse(endpoint)
    {
        lrs.note = Some(Note::Problem(tr!(
            tr,
            "lrs-endpoint-problem",
            problem = e.localized(tr)
        )));
        return Vec::new();
    }
    let class_uri = form.class_uri.trim();
    if !class_uri.is_empty()
        && let Err(e) = check_class_uri(class_uri)
    {
        lrs.note = Some(Note::Problem(tr!(
            tr,
            "lrs-class-uri-problem",
            problem = e.localized(tr)
        )));
        return Vec::new();
    }
    if form.enabled && (endpoint.is_empty() || form.key.trim().is_empty()) {
        lrs.note = Some(Note::Problem(tr!(tr, "lrs-needs-endpoint")));
        return Vec::new();
    }
    let Some(files) = &lrs.files else {
        lrs.note = Some(Note::Problem(tr!(tr, "lrs-cannot-save")));
        return Vec::new();
    };
    let settings = LrsSettings {
        enabled: form.enabled,
        endpoint: endpoint.to_owned(),
        key: form.key.trim().to_owned(),
        class_uri: class_uri.to_owned(),
    };
    if let Err(problem) = files.save_settings(&settings) {
        lrs.note = Some(Note::Problem(tr!(
            tr,
            "lrs-not-saved",
            problem = problem.as_str()
        )));
        return Vec::new();
    }
    // The class report uses the class URI saved here unless another was
    // typed there.
    let follow_up = Action::Instructor(InstructorAction::Report(ReportAction::ClassUriSaved {
        old: lrs.saved.class_uri.clone(),
        new: settings.class_uri.clone(),
    }));
    lrs.saved = settings;
    lrs.form = LrsForm {
        secret: form.secret.clone(),
        ..form_of(&lrs.saved)
    };
    lrs.note = Some(Note::Done(tr!(tr, "lrs-saved")));
    if !form.secret.is_empty()
        && lrs.start(
            tr,
            JobKind::KeepSecret,
            false,
            JobRequest::StoreSecret(form.secret),
        )
    {
        lrs.form.secret.clear();
    }
    vec![follow_up]
}

/// The class report's statements, added to the queue file before
/// anything is sent; then the whole queue goes.
fn send_statements(lrs: &mut LrsState, tr: &Translator, statements: &[serde_json::Value]) {
    if let Err(problem) = lrs.ready(tr) {
        lrs.note = Some(Note::Problem(problem));
        return;
    }
    let added = (|| {
        let (files, mut queue) = lrs.queue_file(tr)?;
        queue.add(statements);
        files.save_queue(&queue)?;
        Ok::<_, String>(queue)
    })();
    match added {
        Ok(queue) => {
            lrs.waiting = queue.len();
            lrs.note = None;
            lrs.start(tr, JobKind::Send, false, JobRequest::Send(queue.values()));
        }
        Err(problem) => {
            lrs.note = Some(Note::Problem(tr!(tr, "lrs-not-kept", problem = problem)));
        }
    }
}

fn send_waiting(lrs: &mut LrsState, tr: &Translator) {
    if let Err(problem) = lrs.ready(tr) {
        lrs.note = Some(Note::Problem(problem));
        return;
    }
    match lrs.queue_file(tr) {
        Ok((_, queue)) if queue.is_empty() => {
            lrs.waiting = 0;
            lrs.note = Some(Note::Done(tr!(tr, "lrs-none-waiting")));
        }
        Ok((_, queue)) => {
            lrs.waiting = queue.len();
            lrs.note = None;
            lrs.start(tr, JobKind::Send, false, JobRequest::Send(queue.values()));
        }
        Err(problem) => lrs.note = Some(Note::Problem(problem)),
    }
}

fn discard_waiting(lrs: &mut LrsState, tr: &Translator) {
    if lrs.is_busy() {
        lrs.note = Some(Note::Problem(tr!(tr, "lrs-busy")));
        return;
    }
    let Some(files) = &lrs.files else {
        return;
    };
    match files.save_queue(&LrsQueue::default()) {
        Ok(()) => {
            lrs.note = Some(Note::Done(tr!(tr, "lrs-dropped", n = lrs.waiting)));
            lrs.waiting = 0;
        }
        Err(problem) => lrs.note = Some(Note::Problem(problem)),
    }
}

/// Loads the statements of the exercise's activity (the class report
/// checked the exercise and the class URI).
fn load_activity(lrs: &mut LrsState, tr: &Translator, activity: String) {
    if let Err(problem) = lrs.ready(tr) {
        lrs.note = Some(Note::Problem(problem));
        return;
    }
    lrs.note = None;
    lrs.start(tr, JobKind::Load, false, JobRequest::Load(activity));
}

fn on_event(lrs: &mut LrsState, tr: &Translator, event: JobEvent) -> Vec<Action> {
    let Some(running) = lrs.running.as_mut() else {
        return Vec::new();
    };
    let cancelled = running.cancelled;
    let kind = running.kind;
    match event {
        JobEvent::Sent { done, total } => {
            running.done = done;
            running.total = total;
            return Vec::new();
        }
        JobEvent::Pages(pages) => {
            running.pages = pages;
            return Vec::new();
        }
        JobEvent::SendDone {
            statements,
            sent,
            conflicts,
            error,
        } => sent_out(lrs, tr, &statements, (sent, &conflicts), error, cancelled),
        JobEvent::Loaded(Ok(statements)) => {
            lrs.running = None;
            let load = ReportAction::LrsStatements {
                statements,
                from: lrs.saved.endpoint.clone(),
            };
            return vec![Action::Instructor(InstructorAction::Report(load))];
        }
        JobEvent::Loaded(Err(_)) if cancelled => {
            lrs.note = Some(Note::Done(tr!(tr, "lrs-load-stopped")));
        }
        // The worker's words (English for now) inside the window's.
        JobEvent::Loaded(Err(problem)) => {
            let problem = as_sentence(&problem);
            lrs.note = Some(Note::Problem(tr!(tr, "lrs-load-failed", problem = problem)));
        }
        JobEvent::Tested(Err(problem)) => {
            let problem = as_sentence(&problem);
            lrs.note = Some(Note::Problem(tr!(tr, "lrs-test-failed", problem = problem)));
        }
        JobEvent::Tested(Ok(sentence)) => {
            let answer = as_sentence(&sentence);
            lrs.note = Some(Note::Done(tr!(tr, "lrs-test-passed", answer = answer)));
        }
        JobEvent::SecretFound(Ok((place, saved))) => {
            lrs.secret_place = Some(place);
            lrs.secret_saved = saved;
        }
        JobEvent::SecretStored(Ok(place)) => {
            let saved = kind == JobKind::KeepSecret;
            lrs.secret_saved = saved;
            lrs.note = Some(Note::Done(if saved {
                let place = secret_place_text(tr, &place);
                format!("{} {place}", tr!(tr, "lrs-saved"))
            } else {
                tr!(tr, "lrs-secret-removed")
            }));
            lrs.secret_place = Some(place);
        }
        JobEvent::SecretFound(Err(problem)) | JobEvent::SecretStored(Err(problem)) => {
            lrs.note = Some(Note::Problem(tr!(
                tr,
                "lrs-secret-problem",
                problem = problem.as_str()
            )));
            if lrs.secret_place.is_none()
                && let Some(files) = &lrs.files
            {
                lrs.secret_place = Some(SecretPlace::File(files.secret.clone()));
            }
        }
    }
    lrs.running = None;
    Vec::new()
}

/// The text with a capital first letter and a full stop at the end.
fn as_sentence(text: &str) -> String {
    let text = first_upper(text.trim());
    if text.ends_with(['.', '!', '?', '…']) {
        text
    } else {
        format!("{text}.")
    }
}

fn first_upper(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A send ended: what was settled leaves the queue file; statements the
/// LRS holds with other content (conflicts) are reported, never counted
/// as sent.
fn sent_out(
    lrs: &mut LrsState,
    tr: &Translator,
    statements: &[serde_json::Value],
    (settled, conflicts): (usize, &[crate::io::lrs::Conflict]),
    error: Option<(String, bool)>,
    cancelled: bool,
) {
    let sent = settled.saturating_sub(conflicts.len());
    let kept = (|| {
        let (files, mut queue) = lrs.queue_file(tr)?;
        queue.remove(&statements[..settled.min(statements.len())]);
        files.save_queue(&queue)?;
        Ok::<_, String>(queue.len())
    })();
    let waiting = match kept {
        Ok(waiting) => waiting,
        Err(problem) => {
            lrs.note = Some(Note::Problem(tr!(
                tr,
                "lrs-sent-queue-not-updated",
                n = sent,
                problem = problem
            )));
            return;
        }
    };
    lrs.waiting = waiting;
    let endpoint = lrs.saved.endpoint.as_str();
    let sent_text = if sent == 0 {
        tr!(tr, "lrs-sent-nothing")
    } else {
        tr!(tr, "lrs-sent-some", n = sent)
    };
    let waiting_text = tr!(tr, "lrs-statements-wait", n = waiting);
    let conflicts_text = match conflicts {
        [] => String::new(),
        [one] => format!(
            " {}",
            tr!(
                tr,
                "lrs-not-stored-one",
                conflict = one.message().localized(tr)
            )
        ),
        [first, rest @ ..] => format!(
            " {}",
            tr!(
                tr,
                "lrs-not-stored-more",
                conflict = first.message().localized(tr),
                more = rest.len()
            )
        ),
    };
    let (sent, waiting) = (sent_text.as_str(), waiting_text.as_str());
    let stopped = || tr!(tr, "lrs-send-stopped", sent = sent, waiting = waiting);
    lrs.note = Some(match error {
        None if !conflicts.is_empty() => Note::Problem(format!(
            "{}{conflicts_text} {}",
            tr!(tr, "lrs-sent-to", sent = sent, endpoint = endpoint),
            tr!(tr, "lrs-conflicts-advice")
        )),
        None => Note::Done(tr!(tr, "lrs-sent-to", sent = sent, endpoint = endpoint)),
        Some(_) if cancelled && conflicts.is_empty() => Note::Done(stopped()),
        Some(_) if cancelled => Note::Problem(format!("{}{conflicts_text}", stopped())),
        Some((problem, true)) => Note::Problem(format!(
            "{}{conflicts_text}",
            tr!(
                tr,
                "lrs-send-failed-retry",
                problem = as_sentence(&problem),
                sent = sent,
                waiting = waiting
            )
        )),
        Some((problem, false)) => Note::Problem(format!(
            "{}{conflicts_text}",
            tr!(
                tr,
                "lrs-send-failed-fix",
                problem = as_sentence(&problem),
                sent = sent,
                waiting = waiting
            )
        )),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::lrs::LrsError;
    use crate::model::Owner;
    use crate::model::exercise::{Answer, Exercise, ExerciseResult};
    use crate::model::export::xapi::{self, XapiOptions};
    use crate::model::session::SessionOptions;
    use crate::ui::instructor::report::state::ResultSource;
    use crate::ui::instructor::report::state::{
        self as report_state, ReportState, set_lrs_results, usable_results,
    };
    use crate::ui::instructor::student::state::LoadedExercise;
    use crate::ui::test_support::catalog;

    /// Applies `action` to the LRS and the class report, with every
    /// follow-up between the two, as the app does.
    fn run(lrs: &mut LrsState, report: &mut ReportState, action: Action) {
        let mut shared = AppData::new(catalog());
        let mut queue = vec![action];
        while let Some(action) = queue.pop() {
            let follow_ups = match action {
                Action::Lrs(action) => apply(lrs, &mut shared, action),
                Action::Instructor(InstructorAction::Report(action)) => {
                    report_state::apply(report, &mut shared, action)
                }
                other => panic!("not for the LRS or the report: {other:?}"),
            };
            queue.extend(follow_ups.into_iter().rev());
        }
    }

    fn send() -> Action {
        Action::Instructor(InstructorAction::Report(ReportAction::SendToLrs))
    }

    fn load() -> Action {
        Action::Instructor(InstructorAction::Report(ReportAction::LoadFromLrs))
    }

    const CLASS: &str = "https://school.example/classes/cloud-101";

    fn lrs_in(dir: &std::path::Path) -> LrsState {
        let mut lrs = LrsState::load(LrsFiles::in_dir(dir), false);
        lrs.runner = Runner::Held;
        lrs
    }

    fn saved_form() -> LrsForm {
        LrsForm {
            enabled: true,
            endpoint: "http://127.0.0.1:9/xAPI".into(),
            key: "srm".into(),
            secret: "s3cret".into(),
            class_uri: CLASS.into(),
        }
    }

    /// A report over the test deck with two students' results.
    fn report() -> ReportState {
        let catalog = catalog();
        let cards: Vec<_> = catalog.cards().map(|(card, _)| card).collect();
        let exercise =
            Exercise::from_cards("quiz", "Quiz", &catalog, &cards, SessionOptions::default())
                .expect("exercise");
        let mut report = ReportState {
            class_uri: CLASS.into(),
            ..ReportState::default()
        };
        let results: Vec<ExerciseResult> = ["Ana", "Ben"]
            .iter()
            .map(|name| {
                let answers = exercise
                    .deck
                    .items
                    .iter()
                    .map(|item| Answer {
                        item: item.id.clone(),
                        placed: if *name == "Ana" {
                            item.owner
                        } else {
                            Owner::Aws
                        },
                    })
                    .collect();
                ExerciseResult::new("quiz", name, answers, 30)
            })
            .collect();
        report.exercise = Some(LoadedExercise {
            path: "quiz.ron".into(),
            exercise,
        });
        set_lrs_results(&mut report, results);
        report
    }

    /// The LRS saved in `dir` and asked to send the class report's
    /// statements: the state, the report and the statements of the send
    /// started.
    fn sending(dir: &std::path::Path) -> (LrsState, ReportState, Vec<serde_json::Value>) {
        let (mut lrs, _) = saved(dir);
        let mut report = report();
        lrs.started.clear();
        run(&mut lrs, &mut report, send());
        let Some(JobRequest::Send(statements)) = lrs.started.last().cloned() else {
            panic!("a send starts: {:?}", lrs.started);
        };
        (lrs, report, statements)
    }

    fn saved(dir: &std::path::Path) -> (LrsState, ReportState) {
        let mut lrs = lrs_in(dir);
        let mut report = ReportState::default();
        run(
            &mut lrs,
            &mut report,
            Action::Lrs(LrsAction::SetForm(saved_form())),
        );
        run(&mut lrs, &mut report, Action::Lrs(LrsAction::Save));
        run(
            &mut lrs,
            &mut report,
            Action::Lrs(LrsAction::Event(JobEvent::SecretStored(Ok(
                SecretPlace::File(dir.join("lrs-secret")),
            )))),
        );
        (lrs, report)
    }

    #[test]
    fn settings_are_checked_saved_and_the_secret_goes_to_the_worker() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lrs = lrs_in(dir.path());
        let mut report = ReportState::default();
        assert!(!lrs.saved.enabled, "off by default");
        let bad = LrsForm {
            endpoint: "lrs.example.org".into(),
            ..saved_form()
        };
        run(&mut lrs, &mut report, Action::Lrs(LrsAction::SetForm(bad)));
        run(&mut lrs, &mut report, Action::Lrs(LrsAction::Save));
        assert!(matches!(&lrs.note, Some(Note::Problem(t)) if t.starts_with("Endpoint:")));
        let no_key = LrsForm {
            key: String::new(),
            ..saved_form()
        };
        run(
            &mut lrs,
            &mut report,
            Action::Lrs(LrsAction::SetForm(no_key)),
        );
        run(&mut lrs, &mut report, Action::Lrs(LrsAction::Save));
        assert!(matches!(&lrs.note, Some(Note::Problem(t)) if t.contains("key")));
        assert!(!dir.path().join("lrs.ron").exists(), "nothing saved yet");

        let (lrs, report) = saved(dir.path());
        assert_eq!(report.class_uri, CLASS, "the report takes the class URI");
        assert!(lrs.form.secret.is_empty(), "the typed secret is not kept");
        assert!(lrs.secret_saved);
        let note = lrs.note.as_ref().map(Note::text).unwrap_or_default();
        assert!(note.contains("only you can read"), "{note}");
        let text = std::fs::read_to_string(dir.path().join("lrs.ron")).expect("settings");
        assert!(!text.contains("s3cret"), "the secret is never in lrs.ron");
        let again = LrsState::load(LrsFiles::in_dir(dir.path()), false);
        assert!(again.saved.enabled);
        assert_eq!(again.saved.endpoint, "http://127.0.0.1:9/xAPI");
    }

    #[test]
    fn statements_are_kept_before_sending_and_what_fails_waits_across_a_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut lrs, mut report, statements) = sending(dir.path());
        // 4 cards and a "completed" statement for each of the 2 students.
        assert_eq!(statements.len(), 10);
        assert_eq!(lrs.waiting, 10, "in the queue file before anything is sent");
        run(&mut lrs, &mut report, Action::Lrs(LrsAction::SendWaiting));
        assert!(matches!(&lrs.note, Some(Note::Problem(t)) if t.contains("busy")));

        let down = LrsError::Connection {
            url: "http://127.0.0.1:9/xAPI/statements".into(),
            message: "refused".into(),
        };
        let event = JobEvent::SendDone {
            statements: statements.clone(),
            sent: 4,
            conflicts: Vec::new(),
            error: Some((down.to_string(), down.is_temporary())),
        };
        run(&mut lrs, &mut report, Action::Lrs(LrsAction::Event(event)));
        assert!(lrs.running.is_none());
        assert_eq!(lrs.waiting, 6);
        let note = lrs.note.as_ref().map(Note::text).unwrap_or_default();
        assert!(
            note.starts_with(
                "Cannot reach the LRS at http://127.0.0.1:9/xAPI/statements: refused. \
                 Sent 4 statements; 6 statements wait and will go with the next send"
            ),
            "{note}"
        );

        // A new window finds them, and Send now sends exactly those.
        let mut next = lrs_in(dir.path());
        assert_eq!(next.waiting, 6);
        run(&mut next, &mut report, Action::Lrs(LrsAction::SendWaiting));
        let Some(JobRequest::Send(rest)) = next.started.last().cloned() else {
            panic!("a send starts");
        };
        assert_eq!(rest, statements[4..]);
        let done = JobEvent::SendDone {
            statements: rest,
            sent: 6,
            conflicts: Vec::new(),
            error: None,
        };
        run(&mut next, &mut report, Action::Lrs(LrsAction::Event(done)));
        assert_eq!(next.waiting, 0);
        assert!(!dir.path().join("lrs-queue.ron").exists());
        assert!(matches!(&next.note, Some(Note::Done(t)) if t.starts_with("Sent 6 statements")));
    }

    #[test]
    fn a_conflict_is_reported_and_never_counted_as_sent() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut lrs, mut report, statements) = sending(dir.path());
        let conflict = crate::io::lrs::Conflict {
            student: "Ana".into(),
            card: Some("tricky".into()),
            statement_id: "0000-id".into(),
        };
        let done = JobEvent::SendDone {
            statements: statements.clone(),
            sent: statements.len(),
            conflicts: vec![conflict],
            error: None,
        };
        run(&mut lrs, &mut report, Action::Lrs(LrsAction::Event(done)));
        let Some(Note::Problem(note)) = &lrs.note else {
            panic!("a conflict is a problem: {:?}", lrs.note);
        };
        assert!(
            note.starts_with(&format!("Sent {} statements", statements.len() - 1)),
            "{note}"
        );
        assert!(note.contains("Ana, card tricky"), "{note}");
        assert!(note.contains("0000-id"), "{note}");
    }

    #[test]
    fn nothing_is_sent_while_the_lrs_is_off_and_waiting_statements_can_be_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lrs = lrs_in(dir.path());
        let mut report = report();
        run(&mut lrs, &mut report, send());
        assert!(matches!(&lrs.note, Some(Note::Problem(t)) if t.contains("turn it on")));
        assert!(lrs.started.is_empty() && lrs.waiting == 0);

        let (mut lrs, _) = saved(dir.path());
        lrs.started.clear();
        run(&mut lrs, &mut report, send());
        run(&mut lrs, &mut report, Action::Lrs(LrsAction::Cancel));
        assert!(lrs.running.as_ref().is_some_and(|r| r.cancelled));
        let Some(JobRequest::Send(statements)) = lrs.started.last().cloned() else {
            panic!("a send starts");
        };
        let stopped = JobEvent::SendDone {
            statements,
            sent: 0,
            conflicts: Vec::new(),
            error: Some((LrsError::Cancelled.to_string(), false)),
        };
        run(
            &mut lrs,
            &mut report,
            Action::Lrs(LrsAction::Event(stopped)),
        );
        let note = lrs.note.as_ref().map(Note::text).unwrap_or_default();
        assert_eq!(
            note,
            "Stopped. Nothing was sent; 10 statements wait to be sent (Send now)."
        );
        assert_eq!(lrs.waiting, 10);
        run(
            &mut lrs,
            &mut report,
            Action::Lrs(LrsAction::DiscardWaiting),
        );
        assert_eq!(lrs.waiting, 0);
        assert!(!dir.path().join("lrs-queue.ron").exists());
    }

    #[test]
    fn loaded_statements_become_results_and_a_second_load_replaces_them() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut lrs, _) = saved(dir.path());
        let mut report = report();
        let statements = {
            let exercise = &report.exercise.as_ref().expect("exercise").exercise;
            let results = usable_results(&report, "quiz");
            xapi::statements(exercise, &results, &XapiOptions::new(CLASS)).expect("statements")
        };
        let expected: Vec<_> = report.report.as_ref().expect("report").students.clone();
        report.results.clear();
        for _ in 0..2 {
            lrs.started.clear();
            run(&mut lrs, &mut report, load());
            let activity = xapi::exercise_activity_id(CLASS, "quiz");
            assert_eq!(lrs.started, [JobRequest::Load(activity)]);
            run(
                &mut lrs,
                &mut report,
                Action::Lrs(LrsAction::Event(JobEvent::Pages(1))),
            );
            assert_eq!(lrs.running.as_ref().map(|r| r.pages), Some(1));
            let loaded = JobEvent::Loaded(Ok(statements.clone()));
            run(&mut lrs, &mut report, Action::Lrs(LrsAction::Event(loaded)));
        }
        let sources: Vec<_> = report.results.iter().map(|r| r.source.clone()).collect();
        assert_eq!(
            sources,
            [
                ResultSource::Lrs("Ana".into()),
                ResultSource::Lrs("Ben".into())
            ]
        );
        let graded = &report.report.as_ref().expect("report").students;
        let scores = |s: &[crate::model::report::Graded]| {
            s.iter()
                .map(|r| (r.student.clone(), r.score))
                .collect::<Vec<_>>()
        };
        assert_eq!(scores(graded), scores(&expected));
        let note = lrs.note.as_ref().map(Note::text).unwrap_or_default();
        assert!(
            note.starts_with("Loaded 10 statements of 2 students"),
            "{note}"
        );
    }
}
