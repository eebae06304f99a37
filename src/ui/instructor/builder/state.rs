//! The exercise builder's state: the form, the chosen cards, and the
//! export of an exercise file that students open under "Take an exercise".
//! It draws nothing.

use std::collections::BTreeSet;
use std::path::Path;

use crate::i18n::Translator;
use crate::io::exercise_files::{Written, random_salt, write_exercise_files};
use crate::model::exercise::Exercise;
use crate::model::load::{MAX_ID_LEN, is_valid_id};
use crate::model::{CardRef, Catalog};
use crate::tr;
use crate::ui::action::{Action, Note};
use crate::ui::file_prompt::words::format_name;
use crate::ui::instructor::action::{BuilderAction, BuilderForm, CardKey};
use crate::ui::shared::AppData;

/// What the builder remembers.
#[derive(Debug, Clone, Default)]
pub struct BuilderState {
    /// The form.
    pub form: BuilderForm,
    /// The chosen cards.
    pub chosen: BTreeSet<CardKey>,
    /// What the last export did.
    pub note: Option<Note>,
}

/// Applies a builder action; returns follow-up actions (none today).
pub fn apply(
    builder: &mut BuilderState,
    shared: &mut AppData,
    action: BuilderAction,
) -> Vec<Action> {
    match action {
        BuilderAction::SetForm(form) => builder.form = form,
        BuilderAction::Toggle(key) => {
            if !builder.chosen.remove(&key) {
                builder.chosen.insert(key);
            }
        }
        BuilderAction::Add(keys) => builder.chosen.extend(keys),
        BuilderAction::ChooseExactly(keys) => builder.chosen = keys.into_iter().collect(),
        BuilderAction::Clear => builder.chosen.clear(),
        BuilderAction::ExportTo(path) => {
            export(builder, &shared.catalog, &shared.tr, &path);
            return Vec::new();
        }
    }
    builder.note = None;
    Vec::new()
}

/// The chosen cards that are loaded, in catalog order.
pub fn chosen_cards(catalog: &Catalog, chosen: &BTreeSet<CardKey>) -> Vec<CardRef> {
    catalog
        .cards()
        .map(|(card, _)| card)
        .filter(|card| CardKey::of(catalog, *card).is_some_and(|k| chosen.contains(&k)))
        .collect()
}

/// What still stops the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The exercise has no id.
    NoId,
    /// The id breaks the rule (`id_rule`).
    BadId,
    /// The exercise has no title.
    NoTitle,
    /// No card is chosen.
    NoCards,
}

/// What still stops the export.
pub fn problems(form: &BuilderForm, cards: usize) -> Vec<Problem> {
    let mut problems = Vec::new();
    let id = form.id.trim();
    if id.is_empty() {
        problems.push(Problem::NoId);
    } else if !is_valid_id(id) {
        problems.push(Problem::BadId);
    }
    if form.title.trim().is_empty() {
        problems.push(Problem::NoTitle);
    }
    if cards == 0 {
        problems.push(Problem::NoCards);
    }
    problems
}

/// A problem as a sentence saying what to do, in the window's language.
pub fn problem_text(tr: &Translator, problem: Problem) -> String {
    match problem {
        Problem::NoId => tr!(tr, "builder-problem-no-id"),
        Problem::BadId => id_rule(tr),
        Problem::NoTitle => tr!(tr, "builder-problem-no-title"),
        Problem::NoCards => tr!(tr, "builder-problem-no-cards"),
    }
}

/// The rule an exercise id must follow, as advice.
pub fn id_rule(tr: &Translator) -> String {
    tr!(tr, "builder-id-rule", max = MAX_ID_LEN)
}

/// `<id>.ron`, or why the exercise cannot be exported yet (in the window's
/// language).
pub fn default_file_name(
    builder: &BuilderState,
    catalog: &Catalog,
    tr: &Translator,
) -> Result<String, String> {
    let cards = chosen_cards(catalog, &builder.chosen).len();
    let problems = problems(&builder.form, cards);
    if let Some(first) = problems.first() {
        return Err(problem_text(tr, *first));
    }
    let extension = builder
        .form
        .format
        .map_or("ron", crate::model::export::Format::extension);
    Ok(format!("{}.{extension}", builder.form.id.trim()))
}

/// Builds the exercise and writes it to `path` (sealed: the student file
/// there and the answer key beside it, as `srm-study exercise new` does);
/// the note says how it went.
fn export(builder: &mut BuilderState, catalog: &Catalog, tr: &Translator, path: &Path) {
    if let Some(format) = builder.form.format {
        builder.note = Some(match build(builder, catalog, tr) {
            Ok(exercise) => export_cards_of(&exercise, format, tr, path),
            Err(problem) => Note::Problem(problem),
        });
        return;
    }
    let salt = builder.form.sealed.then(random_salt);
    let note = match build(builder, catalog, tr) {
        Ok(exercise) => match write_exercise_files(path, &exercise, salt) {
            Ok(Written { key: None, .. }) => {
                Note::Done(tr!(tr, "builder-saved", path = path.display().to_string()))
            }
            Ok(Written { key: Some(key), .. }) => Note::Done(tr!(
                tr,
                "builder-saved-sealed",
                path = path.display().to_string(),
                key = key.display().to_string()
            )),
            Err(e) => Note::Problem(tr!(tr, "builder-save-failed", error = e.localized(tr))),
        },
        Err(problem) => Note::Problem(problem),
    };
    builder.note = Some(note);
}

/// Writes the exercise's cards for another tool: the bytes of `srm-study
/// export FORMAT --exercise FILE`.
fn export_cards_of(
    exercise: &Exercise,
    format: crate::model::export::Format,
    tr: &Translator,
    path: &Path,
) -> Note {
    use crate::model::export::{CardSet, ExportOptions, export_cards};
    let bytes = match export_cards(
        format,
        &CardSet::from_exercise(exercise),
        &ExportOptions::default(),
    ) {
        Ok(bytes) => bytes,
        Err(e) => {
            return Note::Problem(tr!(
                tr,
                "builder-cards-not-made",
                format = format_name(tr, format),
                error = e.localized(tr)
            ));
        }
    };
    match crate::io::fs::write_atomic(path, &bytes) {
        Ok(()) => Note::Done(tr!(
            tr,
            "builder-cards-saved",
            cards = exercise.deck.items.len(),
            title = exercise.title.clone(),
            format = format_name(tr, format),
            path = path.display().to_string()
        )),
        Err(e) => Note::Problem(tr!(
            tr,
            "builder-cards-not-saved",
            path = path.display().to_string(),
            error = e.to_string()
        )),
    }
}

fn build(builder: &BuilderState, catalog: &Catalog, tr: &Translator) -> Result<Exercise, String> {
    let form = &builder.form;
    let cards = chosen_cards(catalog, &builder.chosen);
    if let Some(problem) = problems(form, cards.len()).into_iter().next() {
        return Err(problem_text(tr, problem));
    }
    let mut exercise = Exercise::from_cards(
        form.id.trim(),
        form.title.trim(),
        catalog,
        &cards,
        form.options.clone(),
    )
    .map_err(|e| tr!(tr, "builder-not-built", error = e.localized(tr)))?;
    exercise.instructions = form.instructions.trim().to_owned();
    Ok(exercise)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::files::load_exercise;
    use crate::ui::test_support::shared;

    fn key(item: &str) -> CardKey {
        CardKey::new("t", item)
    }

    #[test]
    fn cards_are_chosen_by_actions_and_the_export_waits_for_a_valid_form() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut shared = shared();
        let mut builder = BuilderState::default();
        apply(
            &mut builder,
            &mut shared,
            BuilderAction::Toggle(key("guards")),
        );
        apply(
            &mut builder,
            &mut shared,
            BuilderAction::Add(vec![key("guest"), key("patch")]),
        );
        apply(
            &mut builder,
            &mut shared,
            BuilderAction::Toggle(key("guards")),
        );
        assert_eq!(
            builder.chosen.iter().cloned().collect::<Vec<_>>(),
            [key("guest"), key("patch")]
        );
        // No id and no title yet: nothing is written, and the note says why.
        let path = dir.path().join("quiz.ron");
        assert!(default_file_name(&builder, &shared.catalog, &shared.tr).is_err());
        assert_eq!(problems(&builder.form, 2).len(), 2);
        apply(
            &mut builder,
            &mut shared,
            BuilderAction::ExportTo(path.clone()),
        );
        assert!(!path.exists());
        assert!(matches!(builder.note, Some(Note::Problem(_))));

        let form = BuilderForm {
            id: "quiz".into(),
            title: "Quiz".into(),
            ..builder.form.clone()
        };
        apply(&mut builder, &mut shared, BuilderAction::SetForm(form));
        assert_eq!(builder.note, None, "editing the form clears the note");
        assert_eq!(
            default_file_name(&builder, &shared.catalog, &shared.tr),
            Ok("quiz.ron".into())
        );
        apply(
            &mut builder,
            &mut shared,
            BuilderAction::ExportTo(path.clone()),
        );
        assert!(
            matches!(builder.note, Some(Note::Done(_))),
            "{:?}",
            builder.note
        );
        let exercise = load_exercise(&path).expect("the exercise loads");
        let mut ids: Vec<&str> = exercise.deck.items.iter().map(|i| i.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!(ids, ["guest", "patch"]);

        apply(
            &mut builder,
            &mut shared,
            BuilderAction::ChooseExactly(vec![key("region")]),
        );
        assert_eq!(builder.chosen.len(), 1);
        apply(&mut builder, &mut shared, BuilderAction::Clear);
        assert!(builder.chosen.is_empty());
    }
}
