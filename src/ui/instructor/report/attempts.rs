//! The class report's attempts: the rule that picks each student's counted
//! attempt (a combo box the instructor can change) and every attempt with
//! its date, the retakes named. Drawing only; the rule is applied by
//! `state::apply` (`ReportAction::SetAttemptRule`).

use egui::{RichText, Ui};

use crate::model::report::{AttemptRule, ClassReport, Graded};
use crate::ui::action::Action;
use crate::ui::instructor::action::{InstructorAction, ReportAction};

/// The rule's combo box and the list of every attempt.
pub fn attempts_ui(ui: &mut Ui, class: &ClassReport, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let label = ui.label("Counted per student:");
        let response = egui::ComboBox::from_id_salt("attempt-rule")
            .selected_text(class.rule.label())
            .show_ui(ui, |ui| {
                for rule in AttemptRule::ALL {
                    if ui
                        .selectable_label(class.rule == rule, rule.label())
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
    ui.label(
        RichText::new(format!(
            "One attempt counts per student: the {}. {} attempt{} in all, {} retake{}; the \
             class average and the CSV follow this choice.",
            class.rule.label(),
            class.attempts.len(),
            if class.attempts.len() == 1 { "" } else { "s" },
            retakes,
            if retakes == 1 { "" } else { "s" },
        ))
        .small()
        .weak(),
    );
    if class.attempts.len() == class.students.len() && retakes == 0 {
        return;
    }
    for graded in &class.attempts {
        ui.label(attempt_line(graded));
    }
}

/// "Ana · attempt 2 · 2026-11-21T09:00:00Z · 100.0% · retake · counted".
pub fn attempt_line(graded: &Graded) -> String {
    let mut parts = vec![
        graded.student.clone(),
        format!("attempt {}", graded.attempt),
        if graded.finished_at.is_empty() {
            "no date".to_owned()
        } else {
            graded.finished_at.clone()
        },
        format!("{:.1}%", graded.score.percent()),
    ];
    if let Some(ended) = graded.ended {
        parts.push(ended.label().to_owned());
    }
    if graded.retake {
        parts.push("retake".to_owned());
    }
    parts.push(
        if graded.counted {
            "counted"
        } else {
            "not counted"
        }
        .to_owned(),
    );
    parts.join(" · ")
}
