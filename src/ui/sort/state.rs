//! The Sort area's state and the one `apply` that changes it: starting
//! exercises, placing cards, checking, retries, the timer, recording the
//! first attempt in progress and saving an instructor's result file.
//! It draws nothing: the tests below drive it with actions alone.

use std::path::{Path, PathBuf};

use super::action::{SortAction, SortSetup};
use crate::i18n::Translator;
use crate::io::fs::write_atomic;
use crate::io::result_copy::{earlier_attempts, keep_copy};
use crate::model::clock::UtcDateTime;
use crate::model::exercise::{Ending, Exercise, ExerciseResult, result_to_ron};
use crate::model::session::{
    FirstAttempt, Session, SessionCard, SessionError, SessionOptions, choose_cards,
};
use crate::model::{CardRef, Catalog, Origin, Owner};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::shared::AppData;

/// A running (or finished) exercise and what the board shows.
#[derive(Debug, Clone)]
pub struct Running {
    /// What the exercise is called ("Practice", "Review", an exercise title).
    pub title: String,
    /// The model.
    pub session: Session,
    /// The card chosen for click-then-click and the keyboard.
    pub focus: Option<usize>,
    /// The card most recently marked, for the feedback strip.
    pub last_marked: Option<usize>,
    /// Whether the result screen is shown (after a check).
    pub show_results: bool,
    /// Whether the first attempt was recorded in progress.
    pub recorded: bool,
    /// A message for the student (e.g. why a move was refused): what
    /// happened, put into words in the window's language as it is shown.
    pub note: Option<SortNote>,
    /// Set when this is an instructor's exercise file: it runs on its own
    /// cards, and its result can be saved for the instructor.
    pub class_run: Option<ClassRun>,
    /// A question waiting for an answer before something is done for good.
    pub question: Option<Question>,
    /// Whether the round was ended by "Show solution" before any check:
    /// only the cards placed before it are recorded.
    pub ended_by_solution: bool,
}

/// A question the Sort area asks before something that cannot be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Check with this many cards still in the pile?
    CheckWithUnplaced(usize),
    /// Leave the exercise (its unchecked cards or unsaved result are lost)?
    Leave,
    /// Replace the file already at this path with the result?
    Replace(PathBuf),
    /// Sealed exam, not handed in yet: leave and hand in what is placed?
    HandIn,
    /// Practice, not checked yet: show the solution, which checks the
    /// round as it stands?
    ShowSolution,
}

impl Question {
    /// The action of the "yes" button.
    pub fn yes(&self) -> SortAction {
        match self {
            Question::CheckWithUnplaced(_) => SortAction::CheckAnyway,
            Question::Leave => SortAction::LeaveAnyway,
            Question::Replace(path) => SortAction::ReplaceResult(path.clone()),
            Question::HandIn => SortAction::HandInNow,
            Question::ShowSolution => SortAction::ShowSolutionAnyway,
        }
    }
}

impl Running {
    /// A new round of `session` called `title`, the focus on its first
    /// card; `exercise` when it is an instructor's exercise.
    fn new(title: String, session: Session, class_run: Option<ClassRun>) -> Self {
        Self {
            title,
            focus: (!session.cards().is_empty()).then_some(0),
            session,
            last_marked: None,
            show_results: false,
            recorded: false,
            note: None,
            question: None,
            ended_by_solution: false,
            class_run,
        }
    }

    /// Whether this is an instructor's exercise whose result is not saved
    /// yet: no solution and no retries until it is.
    pub fn graded(&self) -> bool {
        self.class_run
            .as_ref()
            .is_some_and(|r| r.saved_to.is_none())
    }

    /// Whether this is a sealed exercise (a student file without owners):
    /// no marks, no score, no solution and no retries, ever; the
    /// instructor grades the saved result against the answer key.
    pub fn sealed(&self) -> bool {
        self.class_run
            .as_ref()
            .is_some_and(|r| r.exercise.owners_hidden())
    }

    /// Whether the solution and retries are held back: a graded run whose
    /// result is not saved yet, or a sealed run.
    pub fn withholds_solution(&self) -> bool {
        self.graded() || self.sealed()
    }

    /// Whether leaving now loses something: placed cards not yet checked,
    /// or an instructor's exercise whose result is not saved.
    fn leaving_loses_work(&self) -> bool {
        self.graded() || (!self.session.is_checked() && self.session.placed_count() > 0)
    }
}

/// A message the Sort area keeps for the student: what happened, not its
/// words, so that it shows in the window's language (see [`SortNote::text`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SortNote {
    /// An exam: the other areas are out of reach until the result is saved.
    Exam,
    /// A sealed run shows no marks, score or solution.
    Sealed,
    /// A key placed a card, but none is chosen.
    ChooseCardFirst,
    /// A graded run holds the solution back until its result is saved.
    GradedSolution,
    /// A graded run holds the retries back until its result is saved.
    GradedRetry,
    /// The time limit checked the round.
    TimeUp,
    /// A result of this student for this exercise was already saved here.
    Retake,
    /// The session refused a move.
    Refused(SessionError),
    /// No exercise from a file is running, so there is no result to save.
    NoClassRun,
    /// The exercise is not checked yet, so there is no result to save.
    NotChecked,
    /// The result could not be turned into a file's text.
    NotWritten(String),
    /// The result file could not be written there: (path, why).
    NotSaved(String, String),
    /// The app's own copy could not be kept: (folder, why).
    CopyNotKept(String, String),
    /// A message already in words (from the file prompt).
    Text(String),
}

impl SortNote {
    /// The note in the translator's language; `run` is the instructor's
    /// exercise running, if any (a retake names its student and attempt).
    pub fn text(&self, tr: &Translator, run: Option<&ClassRun>) -> String {
        match self {
            SortNote::Exam => tr!(tr, "sort-notice-exam"),
            SortNote::Sealed => tr!(tr, "sort-notice-sealed"),
            SortNote::ChooseCardFirst => tr!(tr, "sort-notice-choose-card"),
            SortNote::GradedSolution => tr!(tr, "sort-notice-graded-solution"),
            SortNote::GradedRetry => tr!(tr, "sort-notice-graded-retry"),
            SortNote::TimeUp => tr!(tr, "sort-notice-time-up"),
            SortNote::Retake => run.and_then(|r| r.retake_notice(tr)).unwrap_or_default(),
            SortNote::Refused(SessionError::NoSuchCard(n)) => {
                let number: usize = n + 1;
                tr!(tr, "sort-notice-no-such-card", number = number)
            }
            SortNote::Refused(SessionError::Checked) => tr!(tr, "sort-notice-checked"),
            SortNote::Refused(SessionError::Locked) => tr!(tr, "sort-notice-locked"),
            SortNote::NoClassRun => tr!(tr, "sort-notice-no-class-run"),
            SortNote::NotChecked => tr!(tr, "sort-notice-not-checked"),
            SortNote::NotWritten(why) => tr!(tr, "sort-notice-not-written", error = why.as_str()),
            SortNote::NotSaved(path, why) => tr!(
                tr,
                "sort-notice-not-saved",
                path = path.as_str(),
                error = why.as_str()
            ),
            SortNote::CopyNotKept(dir, why) => tr!(
                tr,
                "sort-notice-copy-not-kept",
                folder = dir.as_str(),
                error = why.as_str()
            ),
            SortNote::Text(text) => text.clone(),
        }
    }
}

/// An instructor's exercise being run by a student.
#[derive(Debug, Clone)]
pub struct ClassRun {
    /// The exercise file's contents.
    pub exercise: Exercise,
    /// A catalog holding only the exercise's own deck.
    pub catalog: Catalog,
    /// The student's name, for the result file.
    pub student: String,
    /// Where the result was saved, once it was.
    pub saved_to: Option<String>,
    /// Which attempt this is on this computer: 1, or one more than the
    /// results of this student for this exercise already kept in
    /// `<data dir>/results/`.
    pub attempt: u32,
    /// The dates of the earlier attempts kept on this computer (empty: none,
    /// or no date recorded).
    pub earlier: Vec<String>,
    /// How the run ended, once it did: the result file records it.
    pub ended: Option<Ending>,
}

impl ClassRun {
    /// Whether a result of this student for this exercise was already
    /// saved on this computer: this run is a retake.
    pub fn is_retake(&self) -> bool {
        self.attempt > 1
    }

    /// What the student is told when a result was already saved.
    pub fn retake_notice(&self, tr: &Translator) -> Option<String> {
        if !self.is_retake() {
            return None;
        }
        let dates: Vec<&str> = self
            .earlier
            .iter()
            .map(String::as_str)
            .filter(|d| !d.is_empty())
            .collect();
        let student = self.student.as_str();
        Some(if dates.is_empty() {
            tr!(
                tr,
                "sort-notice-retake",
                student = student,
                attempt = self.attempt
            )
        } else {
            tr!(
                tr,
                "sort-notice-retake-dates",
                student = student,
                dates = dates.join(", "),
                attempt = self.attempt
            )
        })
    }
}

/// What the Sort area remembers.
#[derive(Debug, Clone, Default)]
pub struct SortState {
    /// The start screen's choices.
    pub setup: SortSetup,
    /// The exercise, once started.
    pub running: Option<Running>,
    /// Whether the start screen shows the student's page (taking an
    /// instructor's exercise happens here, in the student's area).
    pub taking: bool,
}

impl SortState {
    /// Whether a sealed exercise is being taken and its result is not saved
    /// yet: exam mode, where the other areas are out of reach.
    pub fn in_exam(&self) -> bool {
        self.running
            .as_ref()
            .is_some_and(|r| r.sealed() && r.graded())
    }

    /// Refuses to leave the Sort area during an exam: says why and how to
    /// stop (hand in what is placed). Returns whether leaving was refused.
    pub fn refuse_leaving(&mut self) -> bool {
        if !self.in_exam() {
            return false;
        }
        if let Some(running) = self.running.as_mut() {
            running.note = Some(SortNote::Exam);
        }
        true
    }

    /// The finished instructor's exercise and its first attempt, or why
    /// there is no result to save.
    pub fn finished_run(&self) -> Result<(&ClassRun, &FirstAttempt), SortNote> {
        let running = self.running.as_ref();
        let Some(run) = running.and_then(|r| r.class_run.as_ref()) else {
            return Err(SortNote::NoClassRun);
        };
        let Some(first) = running.and_then(|r| r.session.first_attempt()) else {
            return Err(SortNote::NotChecked);
        };
        Ok((run, first))
    }

    /// The result's default file name, or why there is no result to save
    /// (in the translator's language).
    pub fn default_result_name(&self, tr: &Translator) -> Result<String, String> {
        match self.finished_run() {
            Ok((run, _)) => Ok(result_file_name(&run.exercise.id, &run.student)),
            Err(why) => Err(why.text(tr, None)),
        }
    }
}

/// Applies a Sort action; returns follow-up actions. A round's first check
/// is recorded in progress (and saved) here, once per exercise.
pub fn apply(state: &mut SortState, shared: &mut AppData, action: SortAction) -> Vec<Action> {
    let now_ms = shared.clock.now_ms();
    let catalog = &shared.catalog;
    // Exam mode: no other run (practice on the built-in cards, a review,
    // another exercise) takes the place of a sealed run not handed in.
    if matches!(
        action,
        SortAction::Start
            | SortAction::StartWith(..)
            | SortAction::StartExercise(..)
            | SortAction::TakeExercise(_)
    ) && state.refuse_leaving()
    {
        return Vec::new();
    }
    match action {
        SortAction::SetSetup(setup) => state.setup = setup,
        SortAction::Start => {
            let seed = state.setup.fixed_seed.unwrap_or(now_ms);
            let cards = choose_cards(catalog, &state.setup.selection, seed);
            let title = tr!(shared.tr, "sort-practice-title");
            start(state, catalog, cards, title, seed, now_ms);
        }
        SortAction::StartWith(cards, title) => {
            let seed = state.setup.fixed_seed.unwrap_or(now_ms);
            start(state, catalog, cards, title, seed, now_ms);
        }
        SortAction::TakeExercise(on) => state.taking = on,
        SortAction::StartExercise(exercise, student) => {
            state.taking = false;
            let earlier = shared.storage.as_ref().map_or_else(Vec::new, |s| {
                earlier_attempts(&s.paths.results_dir(), &exercise, &student)
            });
            start_exercise(state, *exercise, student, now_ms);
            if let Some(running) = state.running.as_mut()
                && let Some(run) = running.class_run.as_mut()
            {
                run.attempt = earlier
                    .iter()
                    .map(ExerciseResult::attempt_number)
                    .max()
                    .map_or(1, |n| n + 1);
                run.earlier = earlier.into_iter().map(|r| r.finished_at).collect();
                running.note = run.is_retake().then_some(SortNote::Retake);
            }
        }
        SortAction::Quit => match state.running.as_mut() {
            Some(running) if running.sealed() && !running.session.is_checked() => {
                running.question = Some(Question::HandIn);
            }
            Some(running) if running.leaving_loses_work() => {
                running.question = Some(Question::Leave);
            }
            _ => state.running = None,
        },
        SortAction::LeaveAnyway => state.running = None,
        SortAction::HandInNow => {
            if let Some(running) = state.running.as_mut()
                && !running.session.is_checked()
            {
                running.session.check(now_ms);
                running.show_results = true;
                running.question = None;
                if let Some(run) = running.class_run.as_mut() {
                    run.ended = Some(Ending::LeftEarly);
                }
            }
        }
        SortAction::SaveResult(path) => {
            if path.exists()
                && let Some(running) = state.running.as_mut()
                && state_has_result(running)
            {
                running.question = Some(Question::Replace(path));
            } else {
                save_result(state, shared, &path);
            }
        }
        SortAction::ReplaceResult(path) => save_result(state, shared, &path),
        SortAction::Tick => tick(state, now_ms),
        other => {
            if let Some(running) = state.running.as_mut() {
                apply_running(running, other, now_ms);
            }
        }
    }
    record_first_attempt(state, shared);
    Vec::new()
}

/// Whether the run has a result to save (so a "Replace?" makes sense).
fn state_has_result(running: &Running) -> bool {
    running.class_run.is_some() && running.session.first_attempt().is_some()
}

/// Records the first attempt of a just-checked exercise, once. An
/// instructor's exercise is a class run: it stays out of the personal
/// progress (it may be the instructor trying it, or a shared lab PC).
fn record_first_attempt(state: &mut SortState, shared: &mut AppData) {
    let Some(running) = state.running.as_mut() else {
        return;
    };
    if running.recorded {
        return;
    }
    let Some(first) = running.session.first_attempt() else {
        return;
    };
    running.recorded = true;
    if running.class_run.is_some() {
        return;
    }
    if running.ended_by_solution {
        // Ended by "Show solution": what was placed before it is what the
        // student knew; the cards left in the pile are not held against them.
        let cards: Vec<_> = first
            .cards
            .iter()
            .filter(|(_, placed)| placed.is_some())
            .cloned()
            .collect();
        if cards.is_empty() {
            return;
        }
        let penalty = running.session.options().penalty;
        let score = crate::model::session::Score::grade(
            cards.iter().map(|(card, placed)| (card.owner, *placed)),
            penalty,
        );
        let placed_only = FirstAttempt {
            cards,
            score,
            seconds: first.seconds,
        };
        let title = tr!(
            shared.tr,
            "sort-title-ended-by-solution",
            title = running.title.as_str()
        );
        shared.record_attempt(&placed_only, running.session.round(), &title);
        return;
    }
    shared.record_attempt(first, running.session.round(), &running.title);
}
fn start_exercise(state: &mut SortState, exercise: Exercise, student: String, now_ms: u64) {
    let mut catalog = Catalog::new();
    let label = format!("exercise {}", exercise.id);
    if !catalog.add_deck(
        &label,
        exercise.deck.clone(),
        Origin::File(label.clone().into()),
    ) {
        return;
    }
    let refs: Vec<CardRef> = catalog.cards().map(|(card, _)| card).collect();
    let cards = SessionCard::from_catalog(&catalog, &refs);
    if cards.is_empty() {
        return;
    }
    let mut options = exercise.options();
    if exercise.owners_hidden() {
        // Its owners are placeholders: nothing may be marked while sorting.
        options.feedback = crate::model::session::Feedback::AtEnd;
    }
    let session = Session::new(cards, options, now_ms);
    let title = exercise.title.clone();
    let run = ClassRun {
        exercise,
        catalog,
        student,
        saved_to: None,
        attempt: 1,
        earlier: Vec::new(),
        ended: None,
    };
    state.running = Some(Running::new(title, session, Some(run)));
}

fn start(
    state: &mut SortState,
    catalog: &Catalog,
    cards: Vec<CardRef>,
    title: String,
    seed: u64,
    now_ms: u64,
) {
    let cards = SessionCard::from_catalog(catalog, &cards);
    if cards.is_empty() {
        return;
    }
    let options = SessionOptions {
        seed,
        ..state.setup.options.clone()
    };
    let session = Session::new(cards, options, now_ms);
    state.running = Some(Running::new(title, session, None));
}

fn apply_running(running: &mut Running, action: SortAction, now_ms: u64) {
    running.note = None;
    // Any answer or other move puts the question away.
    let question = running.question.take();
    let graded = running.graded();
    let sealed = running.sealed();
    let session = &mut running.session;
    let result = match action {
        SortAction::Focus(focus) => {
            running.focus = focus;
            Ok(())
        }
        SortAction::Place(i, owner) => place(running, i, owner),
        SortAction::PlaceFocused(owner) => match running.focus {
            Some(i) => place(running, i, owner),
            None => {
                running.note = Some(SortNote::ChooseCardFirst);
                Ok(())
            }
        },
        SortAction::Unplace(i) => session.unplace(i),
        SortAction::UnplaceFocused => match running.focus {
            Some(i) if session.placement(i).is_some() => session.unplace(i),
            _ => Ok(()),
        },
        SortAction::MoveFocus(step) => {
            let n = session.cards().len() as i32;
            if n > 0 {
                let current = running.focus.map_or(-1, |f| f as i32);
                let next = if current < 0 && step < 0 {
                    n - 1
                } else {
                    (current + step).rem_euclid(n)
                };
                running.focus = Some(next as usize);
            }
            Ok(())
        }
        SortAction::Check if session.is_checked() => Ok(()),
        SortAction::Check if !session.pile().is_empty() => {
            // A second Enter while asking is not a "yes": it keeps asking.
            let unplaced = session.pile().len();
            running.question = match question {
                Some(Question::CheckWithUnplaced(_)) | None => {
                    Some(Question::CheckWithUnplaced(unplaced))
                }
                other => other,
            };
            Ok(())
        }
        SortAction::Check | SortAction::CheckAnyway => {
            if !session.is_checked() {
                session.check(now_ms);
                running.show_results = true;
                if let Some(run) = running.class_run.as_mut() {
                    run.ended.get_or_insert(Ending::HandedIn);
                }
            }
            Ok(())
        }
        SortAction::ShowSolution | SortAction::RetryMissed if sealed => {
            running.note = Some(SortNote::Sealed);
            Ok(())
        }
        SortAction::ShowSolution if graded => {
            running.note = Some(SortNote::GradedSolution);
            Ok(())
        }
        SortAction::ShowSolution if !session.is_checked() => {
            running.question = Some(Question::ShowSolution);
            Ok(())
        }
        SortAction::ShowSolution | SortAction::ShowSolutionAnyway => {
            if !session.is_checked() && session.round() == 1 {
                running.ended_by_solution = true;
            }
            session.show_solution(now_ms);
            Ok(())
        }
        SortAction::RetryMissed if graded => {
            running.note = Some(SortNote::GradedRetry);
            Ok(())
        }
        SortAction::RetryMissed => {
            if session.retry_missed(now_ms) {
                running.show_results = false;
                running.focus = Some(0);
                running.last_marked = None;
            }
            Ok(())
        }
        SortAction::ShowResults(show) => {
            running.show_results = show && running.session.is_checked();
            Ok(())
        }
        SortAction::Note(text) => {
            running.note = Some(SortNote::Text(text));
            Ok(())
        }
        SortAction::SetSetup(_)
        | SortAction::Start
        | SortAction::StartWith(..)
        | SortAction::StartExercise(..)
        | SortAction::Quit
        | SortAction::LeaveAnyway
        | SortAction::HandInNow
        | SortAction::TakeExercise(_)
        | SortAction::SaveResult(_)
        | SortAction::ReplaceResult(_)
        | SortAction::CancelQuestion
        | SortAction::Tick => Ok(()),
    };
    if let Err(error) = result {
        running.note = Some(SortNote::Refused(error));
    }
}

fn place(running: &mut Running, i: usize, owner: Owner) -> Result<(), SessionError> {
    running.session.place(i, owner)?;
    running.last_marked = Some(i);
    // Move the focus on to the next card still on the pile.
    let pile = running.session.pile();
    running.focus = pile
        .iter()
        .copied()
        .find(|p| *p > i)
        .or_else(|| pile.first().copied());
    Ok(())
}

/// Checks the time limit: the round is checked as it stands when time is up.
fn tick(state: &mut SortState, now_ms: u64) {
    if let Some(running) = state.running.as_mut()
        && running.session.is_expired(now_ms)
    {
        running.session.check(now_ms);
        running.show_results = true;
        running.question = None;
        running.note = Some(SortNote::TimeUp);
        if let Some(run) = running.class_run.as_mut() {
            run.ended.get_or_insert(Ending::TimeUp);
        }
    }
}

/// Whether a timed round is running, so the window must repaint each second.
pub fn timer_running(state: &SortState) -> bool {
    state
        .running
        .as_ref()
        .is_some_and(|r| !r.session.is_checked() && r.session.options().time_limit_secs.is_some())
}

/// A name as a file-name piece: letters and digits of any script,
/// lowercased, joined by single '-' ("Ana María O'Neil" -> "ana-maría-o-neil",
/// "王明明" -> "王明明"); "student" when nothing is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "student".to_owned()
    } else {
        out
    }
}

/// `<exercise-id>-<student-slug>.ron`.
pub fn result_file_name(exercise_id: &str, student: &str) -> String {
    format!("{exercise_id}-{}.ron", slug(student))
}

/// Writes the first attempt as a result file, keeps the app's own copy in
/// `<data dir>/results/`, and tells the results screen where it went (or
/// why it did not).
fn save_result(state: &mut SortState, shared: &mut AppData, path: &Path) {
    let finished_at = rfc3339(shared.clock.now_secs());
    let copies = shared.storage.as_ref().map(|s| s.paths.results_dir());
    let written = state.finished_run().and_then(|(run, first)| {
        let mut result = ExerciseResult::from_attempt(
            &run.exercise.id,
            &run.student,
            first,
            &finished_at,
            env!("CARGO_PKG_VERSION"),
        );
        result.fingerprint = run.exercise.fingerprint();
        result.attempt = run.attempt;
        result.ended = run.ended;
        let text = result_to_ron(&result).map_err(|e| SortNote::NotWritten(e.to_string()))?;
        write_atomic(path, text.as_bytes())
            .map_err(|e| SortNote::NotSaved(path.display().to_string(), e.to_string()))?;
        let name = result_file_name(&run.exercise.id, &run.student);
        Ok(copies.map(|dir| {
            keep_copy(&dir, &name, text.as_bytes())
                .map_err(|e| SortNote::CopyNotKept(dir.display().to_string(), e.to_string()))
        }))
    });
    match (written, state.running.as_mut()) {
        (Ok(copy), Some(running)) => {
            if let Some(run) = running.class_run.as_mut() {
                run.saved_to = Some(path.display().to_string());
            }
            running.note = match copy {
                Some(Err(problem)) => Some(problem),
                _ => None,
            };
        }
        (Err(problem), Some(running)) => running.note = Some(problem),
        (Err(problem), None) => shared.banner = Some(problem.text(&shared.tr, None)),
        (Ok(_), None) => {}
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
fn rfc3339(secs: u64) -> String {
    UtcDateTime::from_unix(secs).rfc3339()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::session::{Feedback, SessionOptions};
    use crate::ui::test_support::shared;

    fn all_cards(shared: &AppData) -> Vec<CardRef> {
        shared.catalog.cards().map(|(card, _)| card).collect()
    }

    fn started(shared: &mut AppData, options: SessionOptions) -> SortState {
        let mut state = SortState::default();
        state.setup.options = options;
        let cards = all_cards(shared);
        apply(&mut state, shared, SortAction::StartWith(cards, "T".into()));
        state
    }

    /// Started with `feedback` and the rest of the options as default.
    fn started_with(shared: &mut AppData, feedback: Feedback) -> SortState {
        let options = SessionOptions {
            feedback,
            ..SessionOptions::default()
        };
        started(shared, options)
    }

    /// The exercise under way.
    fn running(state: &SortState) -> &Running {
        state.running.as_ref().expect("running")
    }

    fn owner_of(state: &SortState, i: usize) -> Owner {
        running(state).session.cards()[i].owner
    }

    #[test]
    fn placing_and_checking_records_the_first_attempt_once() {
        let mut shared = shared();
        let mut state = started(&mut shared, SessionOptions::default());
        let n = running(&state).session.cards().len();
        assert_eq!(n, 4);
        // Every card in the Aws bin: some right, some wrong.
        for i in 0..n {
            apply(&mut state, &mut shared, SortAction::Place(i, Owner::Aws));
        }
        apply(&mut state, &mut shared, SortAction::Check);
        let first = running(&state);
        assert!(first.show_results && first.recorded);
        assert_eq!(shared.progress.exercises.len(), 1);
        // A retry is for learning: it records nothing more.
        apply(&mut state, &mut shared, SortAction::RetryMissed);
        assert!(!running(&state).show_results);
        let missed = running(&state).session.cards().len();
        for i in 0..missed {
            let owner = owner_of(&state, i);
            apply(&mut state, &mut shared, SortAction::Place(i, owner));
        }
        apply(&mut state, &mut shared, SortAction::Check);
        assert_eq!(shared.progress.exercises.len(), 1);
    }

    #[test]
    fn placing_moves_the_focus_to_the_next_pile_card() {
        let mut shared = shared();
        let mut state = started_with(&mut shared, Feedback::AtEnd);
        apply(&mut state, &mut shared, SortAction::Focus(Some(1)));
        apply(
            &mut state,
            &mut shared,
            SortAction::PlaceFocused(Owner::Shared),
        );
        assert_eq!(running(&state).focus, Some(2));
        apply(&mut state, &mut shared, SortAction::MoveFocus(-1));
        assert_eq!(running(&state).focus, Some(1));
        apply(&mut state, &mut shared, SortAction::UnplaceFocused);
        let running = running(&state);
        assert_eq!(running.session.placement(1), None);
    }

    #[test]
    fn instant_feedback_refuses_to_move_a_marked_card_and_says_why() {
        let mut shared = shared();
        let mut state = started_with(&mut shared, Feedback::Instant);
        apply(&mut state, &mut shared, SortAction::Place(0, Owner::Aws));
        apply(
            &mut state,
            &mut shared,
            SortAction::Place(0, Owner::Customer),
        );
        let running = running(&state);
        assert!(running.note.is_some(), "a refused move is explained");
    }

    #[test]
    fn the_timer_checks_the_round_when_time_is_up_and_records_it() {
        let mut shared = shared();
        let options = SessionOptions {
            time_limit_secs: Some(30),
            ..SessionOptions::default()
        };
        let mut state = started(&mut shared, options);
        assert!(timer_running(&state));
        shared.clock.advance_ms(29_000);
        apply(&mut state, &mut shared, SortAction::Tick);
        assert!(!running(&state).session.is_checked());
        shared.clock.advance_ms(2_000);
        apply(&mut state, &mut shared, SortAction::Tick);
        let running = running(&state);
        assert!(running.session.is_checked() && running.show_results);
        assert!(!timer_running(&state));
        assert_eq!(shared.progress.exercises.len(), 1);
    }

    #[test]
    fn an_exercise_result_is_saved_only_after_the_check() {
        let mut shared = shared();
        let mut state = exercise_state(&mut shared);
        assert!(
            state.default_result_name(&shared.tr).is_err(),
            "not checked yet"
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("r.ron");
        apply(
            &mut state,
            &mut shared,
            SortAction::SaveResult(path.clone()),
        );
        assert!(!path.exists());
        assert!(running(&state).note.is_some());
        apply(&mut state, &mut shared, SortAction::Place(0, Owner::Aws));
        apply(&mut state, &mut shared, SortAction::Check);
        assert!(
            state.default_result_name(&shared.tr).is_err(),
            "it asks first"
        );
        apply(&mut state, &mut shared, SortAction::CheckAnyway);
        assert_eq!(
            state.default_result_name(&shared.tr).as_deref(),
            Ok("quiz-ana.ron")
        );
        apply(
            &mut state,
            &mut shared,
            SortAction::SaveResult(path.clone()),
        );
        assert!(path.is_file());
        let run = state.running.as_ref().and_then(|r| r.class_run.as_ref());
        assert_eq!(
            run.and_then(|r| r.saved_to.clone()),
            Some(path.display().to_string())
        );
    }

    #[test]
    fn leaving_returns_to_the_start_screen() {
        let mut shared = shared();
        let mut state = started(&mut shared, SessionOptions::default());
        apply(&mut state, &mut shared, SortAction::Quit);
        assert!(state.running.is_none());
    }

    fn exercise_state(shared: &mut AppData) -> SortState {
        let mut state = SortState::default();
        let cards = all_cards(shared);
        let exercise = Exercise::from_cards(
            "quiz",
            "Quiz",
            &shared.catalog,
            &cards,
            SessionOptions::default(),
        )
        .expect("builds");
        let start = SortAction::StartExercise(Box::new(exercise), "Ana".into());
        apply(&mut state, shared, start);
        state
    }

    #[test]
    fn a_graded_run_refuses_the_solution_and_retries_until_saved() {
        let mut shared = shared();
        let mut state = exercise_state(&mut shared);
        assert!(running(&state).graded());
        apply(&mut state, &mut shared, SortAction::ShowSolution);
        assert!(!running(&state).session.solution_shown());
        assert!(running(&state).note.is_some(), "the refusal is explained");
        apply(&mut state, &mut shared, SortAction::Place(0, Owner::Aws));
        apply(&mut state, &mut shared, SortAction::CheckAnyway);
        assert!(running(&state).session.is_checked());
        apply(&mut state, &mut shared, SortAction::RetryMissed);
        assert_eq!(running(&state).session.round(), 1, "no retry yet");
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("r.ron");
        apply(&mut state, &mut shared, SortAction::SaveResult(path));
        assert!(!running(&state).graded());
        apply(&mut state, &mut shared, SortAction::RetryMissed);
        assert_eq!(running(&state).session.round(), 2, "saved: retries open");
    }

    #[test]
    fn a_sealed_run_marks_nothing_withholds_the_solution_even_once_saved_and_saves_choices() {
        let mut shared = shared();
        let cards = all_cards(&shared);
        let options = SessionOptions {
            feedback: Feedback::Instant,
            ..SessionOptions::default()
        };
        let exercise =
            Exercise::from_cards("quiz", "Quiz", &shared.catalog, &cards, options).expect("builds");
        let pair = crate::model::exercise::seal(&exercise, 3);
        let mut state = SortState::default();
        let start = SortAction::StartExercise(Box::new(pair.student.clone()), "Ana".into());
        apply(&mut state, &mut shared, start);
        assert!(running(&state).sealed());
        assert_eq!(
            running(&state).session.options().feedback,
            Feedback::AtEnd,
            "no instant marks from placeholder owners"
        );
        apply(
            &mut state,
            &mut shared,
            SortAction::Place(0, Owner::Customer),
        );
        assert_eq!(running(&state).session.visible_mark(0), None);
        apply(&mut state, &mut shared, SortAction::CheckAnyway);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("r.ron");
        apply(
            &mut state,
            &mut shared,
            SortAction::SaveResult(path.clone()),
        );
        assert!(!running(&state).graded(), "saved");
        for action in [SortAction::ShowSolution, SortAction::RetryMissed] {
            apply(&mut state, &mut shared, action);
            assert_eq!(running(&state).note, Some(SortNote::Sealed));
        }
        assert!(!running(&state).session.solution_shown());
        assert_eq!(running(&state).session.round(), 1);
        let result = crate::io::files::load_result(&path).expect("saved");
        assert_eq!(result.fingerprint, pair.key.fingerprint());
        let item = &running(&state).session.cards()[0].item_id;
        assert_eq!(
            result.answers,
            [crate::model::exercise::Answer {
                item: item.clone(),
                placed: Owner::Customer
            }]
        );
    }

    #[test]
    fn practice_keeps_the_solution() {
        let mut shared = shared();
        let mut state = started(&mut shared, SessionOptions::default());
        assert!(!running(&state).graded());
        apply(&mut state, &mut shared, SortAction::ShowSolution);
        assert!(!running(&state).session.solution_shown(), "it asks first");
        let question = running(&state).question.clone().expect("a question");
        assert_eq!(question, Question::ShowSolution);
        apply(&mut state, &mut shared, question.yes());
        assert!(running(&state).session.solution_shown());
    }

    #[test]
    fn a_round_ended_by_show_solution_records_only_what_was_placed() {
        let mut shared = shared();
        let mut state = started(&mut shared, SessionOptions::default());
        let right = owner_of(&state, 0);
        apply(&mut state, &mut shared, SortAction::Place(0, right));
        apply(&mut state, &mut shared, SortAction::ShowSolution);
        apply(&mut state, &mut shared, SortAction::ShowSolutionAnyway);
        assert_eq!(shared.progress.exercises.len(), 1);
        let entry = &shared.progress.exercises[0];
        assert_eq!(
            (entry.score.right, entry.score.max),
            (1, 1),
            "one card known of one placed, not 1 of 4"
        );
        assert!(entry.title.contains("Show solution"), "{}", entry.title);
    }

    #[test]
    fn a_class_run_leaves_personal_progress_unchanged() {
        let mut shared = shared();
        let before = shared.progress.clone();
        let mut state = exercise_state(&mut shared);
        let n = running(&state).session.cards().len();
        for i in 0..n {
            apply(&mut state, &mut shared, SortAction::Place(i, Owner::Aws));
        }
        apply(&mut state, &mut shared, SortAction::Check);
        assert!(running(&state).session.is_checked());
        assert_eq!(shared.progress, before);
    }

    #[test]
    fn checking_with_cards_in_the_pile_asks_and_a_second_check_is_no_yes() {
        let mut shared = shared();
        let mut state = started(&mut shared, SessionOptions::default());
        apply(&mut state, &mut shared, SortAction::Place(0, Owner::Aws));
        apply(&mut state, &mut shared, SortAction::Check);
        assert_eq!(
            running(&state).question,
            Some(Question::CheckWithUnplaced(3))
        );
        apply(&mut state, &mut shared, SortAction::Check);
        assert!(!running(&state).session.is_checked());
        apply(&mut state, &mut shared, SortAction::CancelQuestion);
        assert_eq!(running(&state).question, None);
        assert!(!running(&state).session.is_checked());
        apply(&mut state, &mut shared, SortAction::CheckAnyway);
        assert!(running(&state).session.is_checked());
    }

    #[test]
    fn leaving_an_unsaved_exercise_asks_first() {
        let mut shared = shared();
        let mut state = exercise_state(&mut shared);
        apply(&mut state, &mut shared, SortAction::Quit);
        assert_eq!(running(&state).question, Some(Question::Leave));
        apply(&mut state, &mut shared, SortAction::CancelQuestion);
        assert!(state.running.is_some());
        apply(&mut state, &mut shared, SortAction::Quit);
        apply(&mut state, &mut shared, SortAction::LeaveAnyway);
        assert!(state.running.is_none());
    }

    #[test]
    fn saving_over_a_file_asks_before_replacing_it() {
        let mut shared = shared();
        let mut state = exercise_state(&mut shared);
        apply(&mut state, &mut shared, SortAction::CheckAnyway);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("quiz-ana.ron");
        std::fs::write(&path, "someone else's result").expect("write");
        apply(
            &mut state,
            &mut shared,
            SortAction::SaveResult(path.clone()),
        );
        assert_eq!(
            running(&state).question,
            Some(Question::Replace(path.clone()))
        );
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "someone else's result"
        );
        apply(&mut state, &mut shared, SortAction::CancelQuestion);
        assert!(
            running(&state)
                .class_run
                .as_ref()
                .is_some_and(|r| r.saved_to.is_none())
        );
        apply(
            &mut state,
            &mut shared,
            SortAction::SaveResult(path.clone()),
        );
        apply(
            &mut state,
            &mut shared,
            SortAction::ReplaceResult(path.clone()),
        );
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(text.starts_with("ExerciseResult("), "{text}");
    }

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(slug("Ana María O'Neil"), "ana-maría-o-neil");
        assert_eq!(slug("王明明"), "王明明");
        assert_eq!(slug("Ωμέγα"), "ωμέγα");
        assert_ne!(slug("王明明"), slug("李华"));
        assert_eq!(slug("  Bo 2 "), "bo-2");
        assert_eq!(slug("???"), "student");
        assert_eq!(result_file_name("quiz", "Cy"), "quiz-cy.ron");
    }

    #[test]
    fn finished_at_is_utc_rfc3339() {
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
    }
}
