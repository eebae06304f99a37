//! The class report page: the exercise, the result files, the students
//! table, the students-by-cards grid, the confusion table and the per-card
//! figures with where the class put each card.

use egui::{Color32, RichText, Sense, Ui};

use crate::i18n::Translator;
use crate::i18n::format::{percent, percent_whole};
use crate::i18n::words::owner_name;
use crate::model::Owner;
use crate::model::report::{CardSummary, ClassReport};
use crate::model::session::Mark;
use crate::tr;
use crate::ui::action::{Action, Purpose};
use crate::ui::context::ViewCtx;
use crate::ui::file_prompt::view::file_button;
use crate::ui::instructor::action::{InstructorAction, ReportAction};
use crate::ui::instructor::lrs::state::LrsState;
use crate::ui::instructor::report::state::ReportState;
use crate::ui::widgets::{errors_ui, good_color, note_ui, owner_badge, section};

fn mark_text(tr: &Translator, mark: Mark) -> (&'static str, String) {
    match mark {
        Mark::Right => ("✔", tr!(tr, "report-mark-right")),
        Mark::Wrong => ("✖", tr!(tr, "report-mark-wrong")),
        Mark::Unanswered => ("—", tr!(tr, "report-mark-unanswered")),
    }
}

fn mark_color(ui: &Ui, mark: Mark) -> Color32 {
    match mark {
        Mark::Right => good_color(ui.visuals().dark_mode),
        Mark::Wrong => ui.visuals().error_fg_color,
        Mark::Unanswered => ui.visuals().weak_text_color(),
    }
}

/// Draws the class report page.
pub fn report_ui(
    ui: &mut Ui,
    ctx: &ViewCtx,
    report: &ReportState,
    lrs: &LrsState,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt("report-page")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.heading(tr!(ctx.tr, "report-heading"));
            ui.label(tr!(ctx.tr, "report-intro"));
            ui.add_space(6.0);
            // The buttons first, in one row: an error or a note below them
            // never moves them out from under a click.
            ui.horizontal_wrapped(|ui| {
                file_button(
                    ui,
                    ctx,
                    &tr!(ctx.tr, "report-choose-exercise"),
                    Purpose::ReportExercise,
                    true,
                    actions,
                );
                file_button(
                    ui,
                    ctx,
                    &tr!(ctx.tr, "report-add-results"),
                    Purpose::ReportResults,
                    true,
                    actions,
                );
                if ui
                    .add_enabled(
                        !report.results.is_empty(),
                        egui::Button::new(tr!(ctx.tr, "report-clear-results")),
                    )
                    .clicked()
                {
                    actions.push(Action::Instructor(InstructorAction::Report(
                        ReportAction::ClearResults,
                    )));
                }
            });
            errors_ui(
                ui,
                &tr!(ctx.tr, "report-exercise-errors"),
                &report.exercise_errors,
            );
            if let Some(loaded) = &report.exercise {
                ui.label(tr!(
                    ctx.tr,
                    "report-exercise",
                    title = loaded.exercise.title.as_str(),
                    id = loaded.exercise.id.as_str(),
                    cards = loaded.exercise.deck.items.len(),
                    path = loaded.path.display().to_string()
                ));
            }
            ui.label(tr!(
                ctx.tr,
                "report-results-added",
                files = report.results.len()
            ));
            note_ui(ui, &report.note);
            match &report.report {
                None => {
                    if !report.results.is_empty() {
                        ui.label(tr!(ctx.tr, "report-grade-against"));
                    }
                }
                Some(class) => class_ui(ui, ctx, report, lrs, class, actions),
            }
        });
}

fn class_ui(
    ui: &mut Ui,
    ctx: &ViewCtx,
    report: &ReportState,
    lrs: &LrsState,
    class: &ClassReport,
    actions: &mut Vec<Action>,
) {
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        file_button(
            ui,
            ctx,
            &tr!(ctx.tr, "report-export-csv"),
            Purpose::ExportCsv,
            !class.students.is_empty(),
            actions,
        );
        let mut card_texts = report.card_texts;
        if ui
            .checkbox(&mut card_texts, tr!(ctx.tr, "report-csv-card-texts"))
            .changed()
        {
            actions.push(Action::Instructor(InstructorAction::Report(
                ReportAction::SetCardTexts(card_texts),
            )));
        }
    });
    if class.students.is_empty() {
        ui.label(tr!(ctx.tr, "report-no-results"));
    } else {
        let language = ctx.tr.language();
        let mut summary = tr!(
            ctx.tr,
            "report-summary",
            students = class.students.len(),
            average = percent_whole(language, f64::from(class.average_percent()))
        );
        if class.penalty {
            summary = format!("{summary} · {}", tr!(ctx.tr, "report-penalty-on"));
        }
        section(ui, &summary);
        students_table(ui, ctx.tr, class);
        super::attempts::attempts_ui(ui, ctx.tr, class, actions);
        section(ui, &tr!(ctx.tr, "report-grid-heading"));
        ui.label(
            RichText::new(tr!(ctx.tr, "report-grid-legend"))
                .small()
                .weak(),
        );
        grid_ui(ui, ctx.tr, class);
        section(ui, &tr!(ctx.tr, "report-confusion-heading"));
        confusion_ui(ui, ctx.tr, class);
        section(ui, &tr!(ctx.tr, "report-per-card-heading"));
        per_card_ui(ui, ctx.tr, class);
    }
    // xAPI and the LRS after the tables: the students table's head is on
    // screen when the report opens, at every size.
    section(ui, &tr!(ctx.tr, "report-xapi-heading"));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!(ctx.tr, "report-class-uri"));
        let mut uri = report.class_uri.clone();
        let field = egui::TextEdit::singleline(&mut uri)
            .id_salt("class-uri")
            .hint_text("https://school.example/classes/cloud-101")
            .desired_width(280.0);
        if ui.add(field).labelled_by(label.id).changed() {
            actions.push(Action::Instructor(InstructorAction::Report(
                ReportAction::SetClassUri(uri),
            )));
        }
    });
    file_button(
        ui,
        ctx,
        &tr!(ctx.tr, "report-export-xapi"),
        Purpose::ExportXapi,
        !class.students.is_empty(),
        actions,
    );
    crate::ui::instructor::lrs::view::report_section_ui(
        ui,
        ctx.tr,
        lrs,
        !class.students.is_empty(),
        actions,
    );
    if !class.left_out.is_empty() {
        let heading = tr!(ctx.tr, "report-left-out-heading", n = class.left_out.len());
        section(ui, &heading);
        for (label, reason) in &class.left_out {
            let line = tr!(
                ctx.tr,
                "report-left-out",
                label = label.as_str(),
                reason = reason.localized(ctx.tr)
            );
            ui.add(
                egui::Label::new(
                    RichText::new(format!("⚠ {line}")).color(ui.visuals().warn_fg_color),
                )
                .wrap(),
            );
        }
    }
    if !class.warnings.is_empty() {
        let heading = tr!(ctx.tr, "report-warnings-heading", n = class.warnings.len());
        section(ui, &heading);
        for warning in &class.warnings {
            let warning = warning.localized(ctx.tr);
            ui.add(
                egui::Label::new(
                    RichText::new(format!("⚠ {warning}")).color(ui.visuals().warn_fg_color),
                )
                .wrap(),
            );
        }
    }
}

/// Height of one row of the students table and of the grid.
const ROW_HEIGHT: f32 = 24.0;
/// Width of the students' name column.
const NAME_WIDTH: f32 = 180.0;

/// Whether a row of `height` placed at the cursor would be on screen. Rows
/// off screen only take their space, so a class of hundreds costs no more per
/// frame than the rows in view.
fn row_visible(ui: &Ui, height: f32) -> bool {
    let row = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(ui.available_width(), height));
    ui.clip_rect().intersects(row)
}

/// A fixed-size cell with a label, so rows line up without a Grid (which
/// would lay out every row, visible or not).
fn cell(ui: &mut Ui, width: f32, text: RichText) -> egui::Response {
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(egui::vec2(width, ROW_HEIGHT), layout, |ui| {
        ui.set_min_size(egui::vec2(width, ROW_HEIGHT));
        ui.add(egui::Label::new(text).truncate())
    })
    .inner
}

fn students_table(ui: &mut Ui, tr: &Translator, class: &ClassReport) {
    const NUMBER_WIDTH: f32 = 72.0;
    let width = NAME_WIDTH + 4.0 * (NUMBER_WIDTH + ui.spacing().item_spacing.x);
    let language = tr.language();
    ui.horizontal(|ui| {
        let student = tr!(tr, "report-column-student");
        cell(ui, NAME_WIDTH, RichText::new(&student).strong()).on_hover_text(&student);
        let headings = [
            tr!(tr, "report-column-score"),
            tr!(tr, "report-column-max"),
            tr!(tr, "report-column-percent"),
            tr!(tr, "report-column-seconds"),
        ];
        for heading in headings {
            // Cut to fit in a long language; whole on hover.
            cell(ui, NUMBER_WIDTH, RichText::new(&heading).strong()).on_hover_text(heading);
        }
    });
    for (row, graded) in class.students.iter().enumerate() {
        if !row_visible(ui, ROW_HEIGHT) {
            ui.allocate_space(egui::vec2(width, ROW_HEIGHT));
            continue;
        }
        let top = ui.cursor().min;
        if row % 2 == 0 {
            let stripe = egui::Rect::from_min_size(top, egui::vec2(width, ROW_HEIGHT));
            ui.painter()
                .rect_filled(stripe, 2.0, ui.visuals().faint_bg_color);
        }
        ui.horizontal(|ui| {
            cell(ui, NAME_WIDTH, RichText::new(&graded.student));
            let cells = [
                ("score", graded.score.points.to_string()),
                ("max", graded.score.max.to_string()),
                (
                    "percent",
                    percent(language, f64::from(graded.score.percent())),
                ),
                ("seconds", graded.seconds.to_string()),
            ];
            for (what, value) in cells {
                let response = cell(ui, NUMBER_WIDTH, RichText::new(&value));
                let label = tr!(
                    tr,
                    "report-cell",
                    student = graded.student.as_str(),
                    what = what,
                    value = value.as_str()
                );
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
            }
        });
    }
}

fn grid_ui(ui: &mut Ui, tr: &Translator, class: &ClassReport) {
    let texts: Vec<&str> = class
        .card_ids
        .iter()
        .map(|id| {
            class
                .per_card
                .iter()
                .find(|c| &c.item_id == id)
                .map_or(id.as_str(), |c| c.text.as_str())
        })
        .collect();
    let cell_size = egui::vec2(26.0, ROW_HEIGHT - 2.0);
    egui::ScrollArea::horizontal()
        .id_salt("report-grid")
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing = egui::vec2(2.0, 2.0);
            let width = NAME_WIDTH + texts.len() as f32 * (cell_size.x + 2.0);
            ui.horizontal(|ui| {
                cell(
                    ui,
                    NAME_WIDTH,
                    RichText::new(tr!(tr, "report-column-student")).strong(),
                );
                for (n, text) in texts.iter().enumerate() {
                    let number = n + 1;
                    let (rect, response) = ui.allocate_exact_size(cell_size, Sense::hover());
                    ui.painter().text(
                        rect.center(),
                        egui::Align2::CENTER_CENTER,
                        number.to_string(),
                        egui::TextStyle::Small.resolve(ui.style()),
                        ui.visuals().text_color(),
                    );
                    let label = tr!(
                        tr,
                        "report-card-column",
                        number = number,
                        text = text.to_string()
                    );
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::ColumnHeader, true, &label)
                    });
                    response.on_hover_text(format!("{number}. {text}"));
                }
            });
            for graded in &class.students {
                if !row_visible(ui, ROW_HEIGHT) {
                    ui.allocate_space(egui::vec2(width, ROW_HEIGHT));
                    continue;
                }
                ui.horizontal(|ui| {
                    cell(ui, NAME_WIDTH, RichText::new(&graded.student));
                    for (n, (_, mark)) in graded.per_card.iter().enumerate() {
                        let (glyph, word) = mark_text(tr, *mark);
                        let color = mark_color(ui, *mark);
                        let (rect, response) = ui.allocate_exact_size(cell_size, Sense::hover());
                        ui.painter()
                            .rect_filled(rect, 3.0, color.gamma_multiply(0.25));
                        ui.painter().text(
                            rect.center(),
                            egui::Align2::CENTER_CENTER,
                            glyph,
                            egui::TextStyle::Body.resolve(ui.style()),
                            color,
                        );
                        let label = tr!(
                            tr,
                            "report-grid-cell",
                            student = graded.student.as_str(),
                            number = n.saturating_add(1),
                            mark = word.as_str()
                        );
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Cell, true, &label)
                        });
                        let text = texts.get(n).copied().unwrap_or_default();
                        response.on_hover_text(format!("{}. {text}: {word}", n + 1));
                    }
                });
            }
        });
}

fn per_card_ui(ui: &mut Ui, tr: &Translator, class: &ClassReport) {
    let language = tr.language();
    for card in &class.per_card {
        crate::ui::theme::note_frame(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                let right = tr!(
                    tr,
                    "report-card-right",
                    percent = percent_whole(language, f64::from(card.percent))
                );
                ui.label(RichText::new(right).strong());
                owner_badge(ui, tr, card.owner, f32::INFINITY);
                ui.add(egui::Label::new(RichText::new(&card.text).strong()).wrap());
            });
            ui.label(
                RichText::new(tr!(
                    tr,
                    "report-card-counts",
                    right = card.right,
                    wrong = card.wrong,
                    unanswered = card.unanswered,
                    total = card.total
                ))
                .weak(),
            );
            misconception_row(ui, tr, card);
            ui.add(egui::Label::new(&card.explanation).wrap());
        });
        ui.add_space(4.0);
    }
}

/// Where the class put one card, the most common wrong bin highlighted.
fn misconception_row(ui: &mut Ui, tr: &Translator, card: &CardSummary) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!(tr, "report-placed-in")).weak());
        for bin in Owner::ALL {
            let text = format!("{} {}", owner_name(tr, bin), card.placed_in(bin));
            if card.most_common_wrong == Some(bin) {
                ui.label(
                    RichText::new(tr!(tr, "report-most-common-mistake", placed = text))
                        .strong()
                        .color(ui.visuals().warn_fg_color),
                );
            } else {
                ui.label(text);
            }
        }
    });
}

/// The class's confusion table: rows the right owner, columns the bin.
fn confusion_ui(ui: &mut Ui, tr: &Translator, class: &ClassReport) {
    ui.label(
        RichText::new(tr!(tr, "report-confusion-legend"))
            .small()
            .weak(),
    );
    // Headings longer than the columns (German, the pseudo-locale) scroll
    // sideways rather than widen the page.
    egui::ScrollArea::horizontal()
        .id_salt("confusion-scroll")
        .show(ui, |ui| {
            egui::Grid::new("confusion-table")
                .num_columns(5)
                .spacing([16.0, 4.0])
                .striped(true)
                .show(ui, |ui| {
                    ui.label("");
                    let headings = [
                        owner_name(tr, Owner::Aws),
                        owner_name(tr, Owner::Customer),
                        owner_name(tr, Owner::Shared),
                        tr!(tr, "report-not-placed"),
                    ];
                    for heading in headings {
                        ui.label(RichText::new(heading).strong());
                    }
                    ui.end_row();
                    for right in Owner::ALL {
                        owner_badge(ui, tr, right, f32::INFINITY);
                        for placed in [
                            Some(Owner::Aws),
                            Some(Owner::Customer),
                            Some(Owner::Shared),
                            None,
                        ] {
                            let n = class.confusion.get(right, placed);
                            let text = RichText::new(n.to_string());
                            ui.label(if placed == Some(right) {
                                text.strong().color(good_color(ui.visuals().dark_mode))
                            } else if n > 0 {
                                text.color(ui.visuals().warn_fg_color)
                            } else {
                                text
                            });
                        }
                        ui.end_row();
                    }
                });
        });
}
