//! The exercise builder: choose cards, set the options, export an exercise
//! file that students open under "Take an exercise".

use crate::ui::theme::{inner_central_panel, inner_side_panel};
use crate::ui::widgets::Plain;
use std::collections::BTreeMap;

use egui::{RichText, Ui};

use super::state::{BuilderState, Problem, chosen_cards, id_rule, problem_text, problems};
use crate::i18n::Translator;
use crate::model::browse::{Filter, topic_choices};
use crate::model::load::is_valid_id;
use crate::model::session::Feedback;
use crate::model::{CardRef, Catalog, Owner};
use crate::tr;
use crate::ui::action::{Action, Purpose};
use crate::ui::context::ViewCtx;
use crate::ui::file_prompt::view::file_button;
use crate::ui::file_prompt::words::format_name;
use crate::ui::instructor::action::{BuilderAction, BuilderForm, CardKey, InstructorAction};
use crate::ui::widgets::{note_ui, owner_badge, problem_label, section, text_width};

/// How many cards the preview lists.
const PREVIEW_CARDS: usize = 6;

/// The width kept for an owner badge in the card list.
const BADGE_WIDTH: f32 = 120.0;

/// Draws the exercise builder: the card list and the form.
pub fn builder_ui(ui: &mut Ui, ctx: &ViewCtx, builder: &BuilderState, actions: &mut Vec<Action>) {
    let catalog = ctx.catalog;
    let mut form = builder.form.clone();
    let chosen = chosen_cards(catalog, &builder.chosen);

    // A width dragged or remembered never leaves either side without room:
    // the list keeps its minimum, the form keeps FORM_MIN_WIDTH (in a window
    // too narrow for both, each keeps half).
    let total = ui.available_width();
    let list_min = CARDS_MIN_WIDTH.min(total * 0.5);
    let list_max = (total - FORM_MIN_WIDTH).max(list_min);
    egui::Panel::left("builder-cards")
        .frame(inner_side_panel(ui))
        .resizable(true)
        .default_size((total * 0.5).clamp(list_min, list_max))
        .size_range(list_min..=list_max)
        .show(ui, |ui| {
            cards_ui(ui, ctx, builder, &mut form, chosen.len(), actions);
        });
    // egui names the panel's resize handle "Resize panel", in English: a
    // screen reader reads ours, in the window's language.
    let handle = ui.scope_id().with("builder-cards").with("__resize");
    let handle_name = tr!(ctx.tr, "builder-resize-cards");
    ui.ctx()
        .accesskit_node_builder(handle, |node| node.set_label(handle_name));
    egui::CentralPanel::default()
        .frame(inner_central_panel(ui))
        .show(ui, |ui| {
            let problems = problems(&builder.form, chosen.len());
            // The export row at the foot of the form, on screen whatever the
            // form's length (in projector mode the form is twice the
            // window's height), with what still stops the export and what
            // became of it just above. The foot is measured first, in an
            // invisible pass at the same width, so that the very first frame
            // puts it where every later one does; its row is at the very
            // bottom, so a note that comes or goes never moves it.
            let full = ui.available_rect_before_wrap();
            let foot = |ui: &mut Ui,
                        form: &mut BuilderForm,
                        with_problems: bool,
                        actions: &mut Vec<Action>| {
                ui.separator();
                let shown: &[Problem] = if with_problems { &problems } else { &[] };
                export_notes_ui(ui, ctx, builder, form, shown);
                export_row_ui(ui, ctx, form, &problems, actions);
            };
            let mut measure = |with_problems: bool| {
                let mut hidden = ui.new_child(
                    egui::UiBuilder::new()
                        .max_rect(full)
                        // Each pass its own ids: two passes under one salt
                        // gave their widgets the same ids (egui's "ID
                        // clash" in projector mode).
                        .id_salt(("builder-foot-measure", with_problems))
                        .invisible(),
                );
                foot(
                    &mut hidden,
                    &mut form.clone(),
                    with_problems,
                    &mut Vec::new(),
                );
                hidden.min_rect().height()
            };
            // In a low window (projector mode at 800x600) the foot keeps the
            // row and the last export's note, and what still stops the
            // export goes to the end of the form (and the button's tooltip).
            let mut in_foot = true;
            let mut height = measure(true);
            if !problems.is_empty() && height > full.height() * FOOT_MAX_SHARE {
                in_foot = false;
                height = measure(false);
            }
            let mut foot_rect = full;
            foot_rect.min.y = (full.max.y - height).max(full.min.y);
            let mut foot_ui = ui.new_child(
                egui::UiBuilder::new()
                    .max_rect(foot_rect)
                    .id_salt("builder-foot"),
            );
            foot(&mut foot_ui, &mut form, in_foot, actions);
            ui.advance_cursor_after_rect(full);
            let mut form_rect = full;
            form_rect.max.y = foot_rect.min.y;
            let mut ui = ui.new_child(
                egui::UiBuilder::new()
                    .max_rect(form_rect)
                    .id_salt("builder-form-column"),
            );
            let ui = &mut ui;
            egui::ScrollArea::vertical()
                .id_salt("builder-form")
                .show(ui, |ui| {
                    // The form keeps clear of the scroll bar, which floats
                    // over the content's right edge (the Title field ran
                    // under it).
                    let scroll = &ui.spacing().scroll;
                    let gutter =
                        scroll.bar_width + scroll.bar_inner_margin + scroll.bar_outer_margin;
                    ui.set_max_width(ui.available_width() - gutter);
                    form_ui(ui, ctx.tr, &mut form);
                    ui.add_space(10.0);
                    if !in_foot {
                        problems_ui(ui, ctx.tr, &problems);
                        ui.add_space(6.0);
                    }
                    preview_ui(ui, ctx.tr, catalog, &chosen);
                });
        });
    if form != builder.form {
        actions.push(Action::Instructor(InstructorAction::Builder(
            BuilderAction::SetForm(form),
        )));
    }
}

fn cards_ui(
    ui: &mut Ui,
    ctx: &ViewCtx,
    builder: &BuilderState,
    form: &mut BuilderForm,
    chosen: usize,
    actions: &mut Vec<Action>,
) {
    let catalog = ctx.catalog;
    let builder_push = |actions: &mut Vec<Action>, a| {
        actions.push(Action::Instructor(InstructorAction::Builder(a)))
    };
    ui.add_space(6.0);
    let tr = ctx.tr;
    ui.heading(tr!(tr, "builder-cards-heading", count = chosen));
    let browse = ctx.selection.len();
    let use_filter = ui
        .add_enabled(
            browse > 0,
            egui::Button::new(tr!(tr, "builder-use-filter", cards = browse)).wrap(),
        )
        .on_hover_text(tr!(tr, "builder-use-filter-hint"));
    if use_filter.clicked() {
        let keys = ctx
            .selection
            .iter()
            .filter_map(|c| CardKey::of(catalog, *c))
            .collect();
        builder_push(actions, BuilderAction::ChooseExactly(keys));
    }
    ui.label(RichText::new(tr!(tr, "builder-tick-intro")).weak());
    ui.horizontal(|ui| {
        let label = ui.label(tr!(tr, "builder-search"));
        let edit = egui::TextEdit::singleline(&mut form.search)
            .id_salt("builder-search")
            .hint_text(tr!(tr, "builder-search-hint"))
            .desired_width(ui.available_width() - 8.0);
        ui.add(edit).labelled_by(label.id);
    });
    let shown = ctx.index.filter(
        catalog,
        &Filter {
            search: builder.form.search.clone(),
            ..Filter::default()
        },
    );
    ui.horizontal_wrapped(|ui| {
        let all = ui.add_enabled(
            !shown.is_empty(),
            egui::Button::new(tr!(tr, "builder-select-shown", count = shown.len())),
        );
        if all.clicked() {
            let keys = shown
                .iter()
                .filter_map(|c| CardKey::of(catalog, *c))
                .collect();
            builder_push(actions, BuilderAction::Add(keys));
        }
        if ui
            .add_enabled(chosen > 0, egui::Button::new(tr!(tr, "builder-clear")))
            .clicked()
        {
            builder_push(actions, BuilderAction::Clear);
        }
    });
    ui.separator();
    if shown.is_empty() {
        ui.add(egui::Label::new(tr!(tr, "builder-no-match")).wrap());
    }
    // Only the rows on screen are laid out (every row is one line high):
    // laying out all 245 cards made the page's first frame 30 ms.
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body) + 4.0)
        + 2.0;
    egui::ScrollArea::vertical()
        .id_salt("builder-card-list")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, shown.len(), |ui, range| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            for &card in &shown[range] {
                let (Some(item), Some(key)) = (catalog.item(card), CardKey::of(catalog, card))
                else {
                    continue;
                };
                let width = ui.available_width();
                let layout = egui::Layout::left_to_right(egui::Align::Center);
                ui.allocate_ui_with_layout(egui::vec2(width, row_height), layout, |ui| {
                    ui.set_min_size(egui::vec2(width, row_height));
                    // A column of badges, so the checkboxes line up.
                    let left = ui.cursor().min.x;
                    owner_badge(ui, tr, item.owner, f32::INFINITY);
                    ui.add_space((left + BADGE_WIDTH - ui.cursor().min.x).max(0.0));
                    let mut on = builder.chosen.contains(&key);
                    let response = ui
                        .checkbox(&mut on, &item.text)
                        .on_hover_text(&item.explanation);
                    if response.clicked() {
                        builder_push(actions, BuilderAction::Toggle(key));
                    }
                });
            }
        });
}

/// The narrowest the card list is made (by a drag or a remembered width).
const CARDS_MIN_WIDTH: f32 = 320.0;

/// The width the form keeps whatever the card list's width: room for
/// "Export as" and its list on one line in every language.
const FORM_MIN_WIDTH: f32 = 300.0;

/// Above the export row: why the export cannot be made yet, that a sealed
/// exercise's cards for another tool show their owners, and what became of
/// the last export.
fn export_notes_ui(
    ui: &mut Ui,
    ctx: &ViewCtx,
    builder: &BuilderState,
    form: &BuilderForm,
    problems: &[Problem],
) {
    if form.format.is_some() && form.sealed {
        let text = tr!(ctx.tr, "builder-sealed-not-for-formats");
        ui.add(egui::Label::new(RichText::new(text).small().weak()).wrap());
    }
    problems_ui(ui, ctx.tr, problems);
    note_ui(ui, &builder.note);
}

/// What still stops the export, one line each.
fn problems_ui(ui: &mut Ui, tr: &Translator, problems: &[Problem]) {
    for problem in problems {
        let text = format!("• {}", problem_text(tr, *problem));
        ui.add(egui::Label::new(RichText::new(text).small().weak()).wrap());
    }
}

/// The most of the form's column the foot takes with its list of what
/// still stops the export; beyond it, that list goes to the end of the form.
const FOOT_MAX_SHARE: f32 = 0.4;

/// "Export as", its list, the export button and its link: on one line when
/// they fit, else the button (with its link, kept together) on the next. A
/// disabled button says in its tooltip what still stops the export.
fn export_row_ui(
    ui: &mut Ui,
    ctx: &ViewCtx,
    form: &mut BuilderForm,
    problems: &[Problem],
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        format_ui(ui, ctx.tr, form);
        let button = file_button(
            ui,
            ctx,
            &tr!(ctx.tr, "builder-export-button"),
            Purpose::ExportExercise,
            problems.is_empty(),
            actions,
        );
        if !problems.is_empty() {
            let why: Vec<String> = problems.iter().map(|p| problem_text(ctx.tr, *p)).collect();
            button.on_disabled_hover_text(why.join("\n"));
        }
    });
}

/// The narrowest and widest the list of formats is drawn.
const FORMAT_MIN_WIDTH: f32 = 120.0;
const FORMAT_MAX_WIDTH: f32 = 300.0;

/// What the export writes: the exercise file students take, or its cards
/// for another tool (the files of `srm-study export FORMAT --exercise`).
fn format_ui(ui: &mut Ui, tr: &Translator, form: &mut BuilderForm) {
    use crate::model::export::Format;
    let name = |format: Option<Format>| match format {
        None => tr!(tr, "builder-format-exercise"),
        Some(format) => format_name(tr, format),
    };
    let label = ui.label(tr!(tr, "builder-export-as"));
    // The list takes what is left of the row, up to a limit (on a row of its
    // own when less than FORMAT_MIN_WIDTH is left): a long format name is
    // cut there, and whole in its tooltip and in the open list.
    if ui.available_size_before_wrap().x < FORMAT_MIN_WIDTH {
        ui.end_row();
    }
    let width = ui.available_size_before_wrap().x.min(FORMAT_MAX_WIDTH);
    let selected = name(form.format);
    egui::ComboBox::from_id_salt("builder-format")
        // Every format in view, without scrolling.
        .height(f32::INFINITY)
        .width(width)
        .truncate()
        .selected_text(selected.clone())
        .show_ui(ui, |ui| {
            for format in std::iter::once(None).chain(Format::ALL.map(Some)) {
                ui.selectable_value(&mut form.format, format, name(format));
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(selected);
}

fn form_ui(ui: &mut Ui, tr: &Translator, form: &mut BuilderForm) {
    ui.add_space(6.0);
    ui.heading(tr!(tr, "builder-heading"));
    ui.add(egui::Label::new(tr!(tr, "builder-intro")).wrap());
    // Labels in a column of their measured width, fields beside them; in a
    // narrow panel, each label above its field. (Laid out in one pass: a
    // grid measures itself in a hidden first frame, one more frame to paint.)
    let labels = [
        tr!(tr, "builder-id"),
        tr!(tr, "builder-title"),
        tr!(tr, "builder-instructions"),
    ];
    let label_width = labels
        .iter()
        .map(|text| text_width(ui, text.as_str(), egui::TextStyle::Body))
        .fold(0.0, f32::max)
        + 10.0;
    let beside = ui.available_width() >= label_width + 240.0;
    let field_row = |ui: &mut Ui, text: &str, add: &mut dyn FnMut(&mut Ui, egui::Id)| {
        ui.add_space(3.0);
        if beside {
            ui.horizontal_top(|ui| {
                let size = egui::vec2(label_width, ui.spacing().interact_size.y);
                let layout = egui::Layout::left_to_right(egui::Align::Center);
                let label = ui.allocate_ui_with_layout(size, layout, |ui| {
                    ui.set_min_size(size);
                    ui.label(text)
                });
                ui.vertical(|ui| add(ui, label.inner.id));
            });
        } else {
            let label = ui.label(text);
            add(ui, label.id);
        }
    };
    field_row(ui, &labels[0], &mut |ui, label| {
        let edit = egui::TextEdit::singleline(&mut form.id)
            .id_salt("builder-id")
            .hint_text("week-3-quiz")
            .desired_width(ui.available_width().min(280.0));
        ui.add(edit).labelled_by(label);
        let id = form.id.trim();
        if !id.is_empty() && !is_valid_id(id) {
            problem_label(ui, &id_rule(tr));
        }
    });
    field_row(ui, &labels[1], &mut |ui, label| {
        let edit = egui::TextEdit::singleline(&mut form.title)
            .id_salt("builder-title")
            .hint_text(tr!(tr, "builder-title-hint"))
            .desired_width(f32::INFINITY);
        ui.add(edit).labelled_by(label);
    });
    field_row(ui, &labels[2], &mut |ui, label| {
        let edit = egui::TextEdit::multiline(&mut form.instructions)
            .id_salt("builder-instructions")
            .hint_text(tr!(tr, "builder-instructions-hint"))
            .desired_rows(3)
            .desired_width(f32::INFINITY);
        ui.add(edit).labelled_by(label);
    });
    section(ui, &tr!(tr, "builder-how-it-runs"));
    let options = &mut form.options;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(tr, "builder-feedback"));
        ui.radio_value(
            &mut options.feedback,
            Feedback::Instant,
            tr!(tr, "builder-feedback-instant"),
        );
        ui.radio_value(
            &mut options.feedback,
            Feedback::AtEnd,
            tr!(tr, "builder-feedback-at-end"),
        );
    });
    ui.checkbox(&mut options.penalty, tr!(tr, "builder-penalty"));
    ui.checkbox(&mut options.shuffle_bins, tr!(tr, "builder-shuffle-bins"));
    ui.checkbox(&mut form.sealed, tr!(tr, "builder-sealed"));
    let options = &mut form.options;
    ui.horizontal(|ui| {
        let mut timed = options.time_limit_secs.is_some();
        if ui
            .checkbox(&mut timed, tr!(tr, "builder-time-limit"))
            .changed()
        {
            options.time_limit_secs = timed.then_some(600);
        }
        if let Some(secs) = options.time_limit_secs {
            let mut minutes = (secs / 60).max(1);
            let drag = ui.add(egui::DragValue::new(&mut minutes).range(1..=180));
            let label = ui.label(tr!(tr, "builder-minutes"));
            if drag.labelled_by(label.id).changed() {
                options.time_limit_secs = Some(minutes * 60);
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!(tr, "builder-seed"));
        ui.add(egui::DragValue::new(&mut options.seed).range(0..=u32::MAX))
            .labelled_by(label.id);
        ui.label(RichText::new(tr!(tr, "builder-seed-hint")).small().weak());
    });
}

fn preview_ui(ui: &mut Ui, tr: &Translator, catalog: &Catalog, chosen: &[CardRef]) {
    section(ui, &tr!(tr, "builder-preview", cards = chosen.len()));
    if chosen.is_empty() {
        ui.label(RichText::new(tr!(tr, "builder-no-card-chosen")).weak());
        return;
    }
    let items: Vec<_> = chosen.iter().filter_map(|c| catalog.item(*c)).collect();
    ui.horizontal_wrapped(|ui| {
        for owner in Owner::ALL {
            let n = items.iter().filter(|i| i.owner == owner).count();
            owner_badge(ui, tr, owner, f32::INFINITY);
            ui.label(format!("{n}"));
            ui.add_space(8.0);
        }
    });
    let titles: BTreeMap<String, String> = topic_choices(catalog)
        .into_iter()
        .map(|c| (c.id, c.label))
        .collect();
    let mut per_topic: BTreeMap<&str, usize> = BTreeMap::new();
    for item in &items {
        *per_topic.entry(item.topic.as_str()).or_default() += 1;
    }
    let topics: Vec<String> = per_topic
        .iter()
        .map(|(topic, n)| {
            let title = titles.get(*topic).map_or(*topic, String::as_str);
            format!("{title} ({n})")
        })
        .collect();
    let topics = topics.join(", ");
    ui.add(egui::Label::new(tr!(tr, "builder-topics", topics = topics)).wrap());
    for item in items.iter().take(PREVIEW_CARDS) {
        ui.horizontal(|ui| {
            owner_badge(ui, tr, item.owner, f32::INFINITY);
            ui.add(egui::Label::new(&item.text).truncate());
        });
    }
    if items.len() > PREVIEW_CARDS {
        let more = items.len() - PREVIEW_CARDS;
        ui.label(RichText::new(tr!(tr, "builder-more", count = more)).weak())
            .plain();
    }
}
