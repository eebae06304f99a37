//! The class report's attempts: the rule that picks each student's counted
//! attempt (a combo box the instructor can change) and every attempt with
//! its date, the retakes named. Drawing only; the rule is applied by
//! `state::apply` (`ReportAction::SetAttemptRule`).

use egui::{RichText, Ui};

use crate::i18n::Translator;
use crate::i18n::format::{percent, short_date};
use crate::model::exercise::Ending;
use crate::model::report::{AttemptRule, ClassReport, Graded};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::instructor::action::{InstructorAction, ReportAction};

/// A rule's name in the window's language: "first attempt".
pub fn rule_name(tr: &Translator, rule: AttemptRule) -> String {
    match rule {
        AttemptRule::First => tr!(tr, "report-rule-first"),
        AttemptRule::Best => tr!(tr, "report-rule-best"),
        AttemptRule::Latest => tr!(tr, "report-rule-latest"),
    }
}

/// How an attempt ended, in the window's language: "time up".
fn ending_name(tr: &Translator, ending: Ending) -> String {
    match ending {
        Ending::HandedIn => tr!(tr, "report-ended-handed-in"),
        Ending::TimeUp => tr!(tr, "report-ended-time-up"),
        Ending::LeftEarly => tr!(tr, "report-ended-left-early"),
        Ending::ShowedSolution => tr!(tr, "report-ended-showed-solution"),
    }
}

/// The rule's combo box and the list of every attempt.
pub fn attempts_ui(ui: &mut Ui, tr: &Translator, class: &ClassReport, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!(tr, "report-counted-per-student"));
        let response = egui::ComboBox::from_id_salt("attempt-rule")
            .selected_text(rule_name(tr, class.rule))
            .show_ui(ui, |ui| {
                for rule in AttemptRule::ALL {
                    if ui
                        .selectable_label(class.rule == rule, rule_name(tr, rule))
                        .clicked()
                        && rule != class.rule
                    {
                        actions.push(Action::Instructor(InstructorAction::Report(
                            ReportAction::SetAttemptRule(rule),
                        )));
                    }
                }
            });
        response.response.labelled_by(label.id);
    });
    let retakes = class.retakes();
    ui.add(
        egui::Label::new(
            RichText::new(tr!(
                tr,
                "report-rule-note",
                rule = rule_name(tr, class.rule),
                attempts = class.attempts.len(),
                retakes = retakes
            ))
            .small()
            .weak(),
        )
        .wrap(),
    );
    if class.attempts.len() == class.students.len() && retakes == 0 {
        return;
    }
    for graded in &class.attempts {
        ui.label(attempt_line(tr, graded));
    }
}

/// When an attempt ended, short: "Nov 21, 09:00 UTC"; the
/// stored text as it is when it is not an RFC 3339 time.
fn when(tr: &Translator, finished_at: &str) -> String {
    let parsed = (|| {
        let month: u8 = finished_at.get(5..7)?.parse().ok()?;
        let day: u8 = finished_at.get(8..10)?.parse().ok()?;
        let time = finished_at.get(11..16)?;
        (finished_at.get(4..5)? == "-" && finished_at.get(13..14)? == ":").then(|| {
            let date = short_date(tr.language(), month, day);
            tr!(tr, "report-attempt-when", date = date, time = time)
        })
    })();
    parsed.unwrap_or_else(|| finished_at.to_owned())
}

/// "Ana · attempt 2 · Nov 21, 09:00 UTC · 100.0% · retake · counted".
pub fn attempt_line(tr: &Translator, graded: &Graded) -> String {
    let mut parts = vec![
        graded.student.clone(),
        tr!(tr, "report-attempt-number", n = graded.attempt),
        if graded.finished_at.is_empty() {
            tr!(tr, "report-no-date")
        } else {
            when(tr, &graded.finished_at)
        },
        percent(tr.language(), f64::from(graded.score.percent())),
    ];
    if let Some(ended) = graded.ended {
        parts.push(ending_name(tr, ended));
    }
    if graded.retake {
        parts.push(tr!(tr, "report-retake"));
    }
    parts.push(if graded.counted {
        tr!(tr, "report-counted")
    } else {
        tr!(tr, "report-not-counted")
    });
    parts.join(" · ")
}
