//! The Progress area's view: score over time, mastery per topic, the
//! most-missed cards, counts, spaced review and a guarded reset.

use crate::ui::widgets::Plain;
use egui::{RichText, Ui};
use egui_plot::{Line, Plot, PlotPoints, Points};

use super::action::ProgressAction;
use super::state::ProgressState;
use crate::i18n::format::{percent_whole, short_date};
use crate::i18n::{Language, Translator};
use crate::model::clock::UtcDateTime;
use crate::model::progress::find_card;
use crate::tr;
use crate::ui::action::Action;
use crate::ui::context::ViewCtx;
use crate::ui::widgets::{owner_badge, share_bar};

/// How many most-missed cards the area lists.
const MOST_MISSED: usize = 8;

/// Draws the Progress area.
pub fn progress_ui(ui: &mut Ui, ctx: &ViewCtx, state: &ProgressState, actions: &mut Vec<Action>) {
    let now = ctx.clock.now_secs();
    let progress = ctx.progress;
    let summary = progress.summary(now);
    let push = |actions: &mut Vec<Action>, a| actions.push(Action::Progress(a));
    let tr = ctx.tr;
    let language = tr.language();

    egui::ScrollArea::vertical()
        .id_salt("progress-scroll")
        .show(ui, |ui| {
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.heading(tr!(tr, "progress-heading"));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(tr!(tr, "progress-reset")).clicked() {
                        push(actions, ProgressAction::AskReset);
                    }
                });
            });
            if state.confirm_reset {
                confirm_reset_ui(ui, tr, actions);
            }
            if summary.exercises == 0 {
                empty_ui(ui, tr, actions);
                return;
            }

            ui.add_space(6.0);
            let seen = tr!(
                tr,
                "progress-cards-seen-value",
                seen = summary.cards_seen,
                total = ctx.catalog.item_count()
            );
            let stats = [
                (tr!(tr, "progress-exercises"), summary.exercises.to_string()),
                (tr!(tr, "progress-cards-seen"), seen),
                (
                    tr!(tr, "progress-cards-mastered"),
                    summary.cards_mastered.to_string(),
                ),
                (tr!(tr, "progress-due-today"), summary.due_today.to_string()),
                (
                    tr!(tr, "progress-streak"),
                    tr!(tr, "progress-streak-days", days = summary.streak_days),
                ),
            ];
            ui.horizontal_wrapped(|ui| {
                for (label, value) in stats {
                    stat(ui, &label, value);
                }
            });
            ui.add_space(6.0);
            let label = crate::ui::widgets::review_label(tr, ctx.catalog, progress, now);
            ui.horizontal_wrapped(|ui| {
                let review = ui
                    .add(
                        egui::Button::new(RichText::new(label).strong())
                            .min_size(egui::vec2(180.0, 32.0)),
                    )
                    .plain();
                if review
                    .on_hover_text(tr!(tr, "progress-review-hint"))
                    .clicked()
                {
                    push(actions, ProgressAction::StartReview);
                }
                if let Some(avg) = summary.average_percent {
                    let score = percent_whole(language, f64::from(avg));
                    ui.label(tr!(tr, "progress-average", score = score));
                }
            });
            study_next_ui(ui, ctx, actions);
            ui.add_space(10.0);

            ui.columns(2, |cols| {
                // Columns lay out top-down justified, which would also
                // justify wrapped text (wide gaps between words): left-align.
                let left = egui::Layout::top_down(egui::Align::Min);
                cols[0].with_layout(left, |ui| {
                    chart_ui(ui, tr, progress.score_series());
                    ui.add_space(10.0);
                    let topics = progress.topic_accuracy(ctx.catalog);
                    let heading = tr!(tr, "progress-topic-accuracy");
                    accuracy_ui(ui, tr, &heading, &topics, actions);
                    ui.add_space(10.0);
                    mastery_ui(ui, ctx);
                });
                cols[1].with_layout(left, |ui| {
                    let services = progress.service_accuracy(ctx.catalog);
                    if !services.is_empty() {
                        let heading = tr!(tr, "progress-service-accuracy");
                        accuracy_ui(ui, tr, &heading, &services, actions);
                        ui.add_space(10.0);
                    }
                    missed_ui(ui, ctx, actions);
                });
            });
        });
}

/// One figure in a box. The box is measured first and allocated whole, so
/// in a narrow window the row of boxes wraps instead of squeezing the last
/// one into a column of single letters.
fn stat(ui: &mut Ui, label: &str, value: String) {
    let measure = |ui: &Ui, text: RichText| {
        egui::WidgetText::from(text).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
    };
    let value = measure(ui, RichText::new(value).size(24.0).strong());
    let label = measure(ui, RichText::new(label).weak());
    let margin = egui::Margin::symmetric(14, 8);
    let inner = egui::vec2(
        value.size().x.max(label.size().x),
        value.size().y + ui.spacing().item_spacing.y + label.size().y,
    );
    let size = inner + margin.sum();
    ui.allocate_ui(size, |ui| {
        egui::Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .corner_radius(8.0)
            .inner_margin(margin)
            .show(ui, |ui| {
                ui.vertical(|ui| {
                    ui.label(value);
                    ui.label(label);
                });
            });
    });
}

fn empty_ui(ui: &mut Ui, tr: &Translator, actions: &mut Vec<Action>) {
    ui.add_space(30.0);
    ui.vertical_centered(|ui| {
        ui.label(
            RichText::new(tr!(tr, "progress-empty-heading"))
                .size(22.0)
                .strong(),
        );
        ui.add_space(6.0);
        ui.label(tr!(tr, "progress-empty-text"));
        ui.add_space(12.0);
        if ui
            .add(
                egui::Button::new(RichText::new(tr!(tr, "progress-start-first")).strong())
                    .min_size(egui::vec2(220.0, 34.0)),
            )
            .plain()
            .clicked()
        {
            actions.push(Action::StartSortSetup);
        }
    });
}

fn confirm_reset_ui(ui: &mut Ui, tr: &Translator, actions: &mut Vec<Action>) {
    crate::ui::theme::question_frame(ui).show(ui, |ui| {
        ui.label(RichText::new(tr!(tr, "progress-reset-question")).strong());
        ui.label(tr!(tr, "progress-reset-text"));
        ui.horizontal(|ui| {
            if ui
                .button(
                    RichText::new(tr!(tr, "progress-reset-yes")).color(ui.visuals().warn_fg_color),
                )
                .clicked()
            {
                actions.push(Action::Progress(ProgressAction::ConfirmReset));
            }
            if ui.button(tr!(tr, "progress-reset-cancel")).clicked() {
                actions.push(Action::Progress(ProgressAction::CancelReset));
            }
        });
    });
}

fn chart_ui(ui: &mut Ui, tr: &Translator, series: Vec<(u64, f32)>) {
    let language = tr.language();
    ui.label(RichText::new(tr!(tr, "progress-chart-heading")).strong());
    let days: Vec<[f64; 2]> = series
        .iter()
        .map(|(when, percent)| [*when as f64 / 86_400.0, f64::from(*percent)])
        .collect();
    let color = ui.visuals().selection.bg_fill;
    let (first, last) = x_range(&days);
    let alt = chart_text(tr, &series);
    let shown = Plot::new("score-chart")
        .height(240.0)
        .include_y(0.0)
        .include_y(100.0)
        .include_x(first)
        .include_x(last)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .y_axis_label(tr!(tr, "progress-chart-axis"))
        // As wide from the first frame as the axis settles at (egui_plot
        // measures its labels a frame late): the chart does not jump.
        .y_axis_min_width(y_axis_width(ui))
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x().min_thickness(x_axis_height(ui)),
        ])
        .x_axis_formatter(move |mark, _range| axis_label(language, mark.value, last - first))
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint { position, .. } => {
                let secs = (position.x * 86_400.0).max(0.0) as u64;
                let date = date_label(language, secs);
                Some(format!("{date}\n{}", percent_whole(language, position.y)))
            }
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            plot.line(
                Line::new("score", PlotPoints::from(days.clone()))
                    .allow_band(false)
                    .stroke(egui::Stroke::new(2.0, color)),
            );
            plot.points(
                Points::new("exercises", PlotPoints::from(days))
                    .radius(3.5)
                    .color(color),
            );
        });
    // The chart's text alternative: every point as a date and a score.
    ui.ctx().accesskit_node_builder(shown.response.id, |node| {
        node.set_role(egui::Role::Image);
        node.set_label(alt);
    });
}

/// The y axis's width: its label on its side and the widest tick, "100".
fn y_axis_width(ui: &Ui) -> f32 {
    let label = ui.text_style_height(&egui::TextStyle::Body);
    let ticks = crate::ui::widgets::text_width(ui, "100", egui::TextStyle::Small);
    label + ticks + 17.0
}

/// The x axis's height: one row of small text and its margin.
fn x_axis_height(ui: &Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Small) + 8.0
}

/// What the score chart shows, as text for a screen reader: "First-attempt
/// score over time: Nov 29 80%, Nov 30 92%." (dates and percentages in
/// the window's language).
pub fn chart_text(tr: &Translator, series: &[(u64, f32)]) -> String {
    if series.is_empty() {
        return tr!(tr, "progress-chart-text-empty");
    }
    let language = tr.language();
    let points: Vec<String> = series
        .iter()
        .map(|(when, percent)| {
            let score = percent_whole(language, f64::from(*percent));
            tr!(
                tr,
                "progress-chart-point",
                date = date_label(language, *when),
                score = score
            )
        })
        .collect();
    tr!(
        tr,
        "progress-chart-text",
        points = points.join(&tr!(tr, "progress-list-separator"))
    )
}

/// The day of `secs` unix seconds, short, in `language`: "Nov 29",
/// "29. Nov.", "11月29日".
fn date_label(language: Language, secs: u64) -> String {
    let date = UtcDateTime::from_unix(secs).date_string();
    // `YYYY-MM-DD`.
    let month = date.get(5..7).and_then(|m| m.parse::<u8>().ok());
    let day = date.get(8..10).and_then(|d| d.parse::<u8>().ok());
    match (month, day) {
        (Some(month), Some(day)) => short_date(language, month, day),
        _ => date,
    }
}

/// The days the chart's axis shows: the span of the data and a twentieth
/// of it either side (at least half an hour), so the points fill the
/// width; four exercises of one afternoon spread over the chart, not
/// bunched in the middle of four days.
fn x_range(days: &[[f64; 2]]) -> (f64, f64) {
    let (first, last) = days.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p[0]), hi.max(p[0]))
    });
    if days.is_empty() {
        return (0.0, 1.0);
    }
    let pad = ((last - first) / 20.0).max(1.0 / 48.0);
    (first - pad, last + pad)
}

/// The axis's label at `day`: the date at whole days on a chart of several
/// days, the time of day ("14:30") on a chart of less than two days.
fn axis_label(language: Language, day: f64, span: f64) -> String {
    if span >= 2.0 || day < 0.0 {
        return day_label(language, day);
    }
    let secs = (day * 86_400.0).round() as u64;
    // Only marks on a whole quarter of an hour: no "14:07" repeated.
    if !secs.is_multiple_of(900) {
        return String::new();
    }
    let in_day = secs % 86_400;
    format!("{:02}:{:02}", in_day / 3600, (in_day % 3600) / 60)
}

/// The x axis's label at `day` (days since 1970): the date ("Nov 29",
/// "29. Nov.", "11月29日") at a whole day, nothing between, so one day is
/// named once however far the chart is zoomed in.
fn day_label(language: Language, day: f64) -> String {
    if (day - day.round()).abs() > 1e-6 || day < 0.0 {
        return String::new();
    }
    date_label(language, day.round() as u64 * 86_400)
}

fn mastery_ui(ui: &mut Ui, ctx: &ViewCtx) {
    let tr = ctx.tr;
    ui.label(RichText::new(tr!(tr, "progress-mastery-heading")).strong());
    ui.label(
        RichText::new(tr!(tr, "progress-mastery-hint"))
            .small()
            .weak(),
    );
    // The title takes what the bar leaves, cut with "…" (the whole title
    // shows on hover), so a long topic never pushes the bar into the
    // column beside it.
    let bar_width = (ui.available_width() * 0.55).clamp(150.0, 240.0);
    let title_width = (ui.available_width() - bar_width - ui.spacing().item_spacing.x).max(40.0);
    let height = ui.spacing().interact_size.y;
    for topic in ctx.progress.topic_mastery(ctx.catalog) {
        ui.horizontal(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(title_width, height),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_width(title_width);
                    ui.add(egui::Label::new(&topic.title).truncate());
                },
            );
            let text = tr!(
                tr,
                "progress-mastery-line",
                mastered = topic.mastered,
                total = topic.total,
                seen = topic.seen
            );
            share_bar(
                ui,
                topic.share,
                bar_width,
                &text,
                &text,
                egui::TextStyle::Small,
            );
        });
    }
}

/// The weakest topic with "practise these" beside it: what to study next,
/// one click away.
fn study_next_ui(ui: &mut Ui, ctx: &ViewCtx, actions: &mut Vec<Action>) {
    let topics = ctx.progress.topic_accuracy(ctx.catalog);
    let Some((weakest, share)) = topics
        .iter()
        .find_map(|t| t.share().filter(|s| *s < 1.0).map(|s| (t, s)))
    else {
        return;
    };
    let tr = ctx.tr;
    crate::ui::theme::note_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!(tr, "progress-study-next")).strong());
            let score = percent_whole(tr.language(), f64::from(share) * 100.0);
            ui.label(tr!(
                tr,
                "progress-study-next-topic",
                topic = weakest.title.as_str(),
                score = score
            ));
            let text = tr!(tr, "progress-practise-these", cards = weakest.cards.len());
            practise_button(ui, tr, weakest, &text, actions);
        });
    });
}

/// "Practise" for a topic or a service: a sorting exercise on its cards.
/// `text` says how many cards it holds.
fn practise_button(
    ui: &mut Ui,
    tr: &Translator,
    group: &crate::model::progress::GroupAccuracy,
    text: &str,
    actions: &mut Vec<Action>,
) {
    let button = ui.button(text);
    let group_title = group.title.as_str();
    let label = tr!(tr, "progress-practise-name", group = group_title);
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if button.clicked() {
        actions.push(Action::StartSort(
            group.cards.clone(),
            tr!(tr, "progress-practise-title", group = group_title),
        ));
    }
}

/// Accuracy per topic or per service, weakest first, each with its
/// "Practise" button.
fn accuracy_ui(
    ui: &mut Ui,
    tr: &Translator,
    heading: &str,
    groups: &[crate::model::progress::GroupAccuracy],
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(heading).strong());
    let widest = tr!(tr, "progress-practise", cards = 100);
    let button_width = crate::ui::widgets::text_width(ui, widest, egui::TextStyle::Button)
        + 2.0 * ui.spacing().button_padding.x
        + 4.0;
    let bar_width = (ui.available_width() * 0.4).clamp(110.0, 220.0);
    let height = ui.spacing().interact_size.y;
    for group in groups {
        // Right to left: the button, in a slot as wide as the widest
        // button, and the bar keep their place, so every bar starts at the
        // same x; the title takes what is left, cut with "…".
        ui.horizontal(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let text = tr!(tr, "progress-practise", cards = group.cards.len());
                ui.allocate_ui_with_layout(
                    egui::vec2(button_width, height),
                    egui::Layout::right_to_left(egui::Align::Center),
                    |ui| {
                        ui.set_min_width(button_width);
                        practise_button(ui, tr, group, &text, actions);
                    },
                );
                let (share, text) = match group.share() {
                    Some(share) => (
                        share,
                        tr!(
                            tr,
                            "progress-group-right",
                            score = percent_whole(tr.language(), f64::from(share) * 100.0),
                            answers = group.answers
                        ),
                    ),
                    None => (0.0, tr!(tr, "progress-not-answered")),
                };
                let name = tr!(
                    tr,
                    "progress-group-bar",
                    group = group.title.as_str(),
                    result = text.as_str()
                );
                share_bar(ui, share, bar_width, &text, &name, egui::TextStyle::Small);
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(egui::Label::new(&group.title).truncate());
                });
            });
        });
    }
}

fn missed_ui(ui: &mut Ui, ctx: &ViewCtx, actions: &mut Vec<Action>) {
    let tr = ctx.tr;
    let missed = ctx.progress.most_missed(MOST_MISSED);
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!(tr, "progress-most-missed")).strong());
        if !missed.is_empty() && ui.button(tr!(tr, "progress-drill-these")).clicked() {
            actions.push(Action::Progress(ProgressAction::DrillMostMissed));
        }
    });
    if missed.is_empty() {
        ui.label(RichText::new(tr!(tr, "progress-no-misses")).weak());
        return;
    }
    for entry in missed {
        let Some(card) = find_card(ctx.catalog, &entry.key) else {
            continue;
        };
        let Some(item) = ctx.catalog.item(card) else {
            continue;
        };
        crate::ui::theme::note_frame(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                owner_badge(ui, tr, item.owner, f32::INFINITY);
                ui.label(
                    RichText::new(tr!(
                        tr,
                        "progress-missed",
                        misses = entry.misses,
                        seen = entry.seen
                    ))
                    .weak(),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let drill = ui.button(tr!(tr, "progress-drill"));
                    let label = tr!(tr, "progress-drill-name", text = item.text.as_str());
                    drill.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                    });
                    if drill.clicked() {
                        actions.push(Action::Progress(ProgressAction::DrillCard(
                            entry.key.clone(),
                        )));
                    }
                });
            });
            ui.add(egui::Label::new(RichText::new(&item.text).strong()).wrap());
            ui.add(egui::Label::new(&item.explanation).wrap());
        });
        ui.add_space(4.0);
    }
}

#[cfg(test)]
mod tests {
    use super::{axis_label, day_label, x_range};
    use crate::i18n::Language;

    #[test]
    fn the_axis_fits_the_span_of_the_data() {
        // Four exercises in one afternoon of 2026-11-29 (day 20,786).
        let day = 20_786.0;
        let points: Vec<[f64; 2]> = [14.0, 14.5, 15.0, 16.0]
            .iter()
            .map(|h| [day + h / 24.0, 50.0])
            .collect();
        let (first, last) = x_range(&points);
        assert!(
            last - first < 0.2,
            "{first}..{last} spans more than the afternoon"
        );
        assert!(first < points[0][0] && last > points[3][0]);
        // A week of runs spans the week.
        let week: Vec<[f64; 2]> = (0..7).map(|d| [day + f64::from(d), 50.0]).collect();
        let (first, last) = x_range(&week);
        assert!((last - first - 6.6).abs() < 0.01, "{first}..{last}");
        // The afternoon's axis names hours, the week's names days.
        let en = Language::English;
        assert_eq!(axis_label(en, day + 14.5 / 24.0, 0.1), "14:30");
        assert_eq!(axis_label(en, day + 1.0, 7.0), "Nov 30");
        assert_eq!(axis_label(Language::German, day + 1.0, 7.0), "30. Nov.");
        assert_eq!(axis_label(Language::Japanese, day + 1.0, 7.0), "11月30日");
    }

    #[test]
    fn a_day_is_named_once_on_the_chart_axis() {
        // 2026-11-29 is day 20,786 since 1970.
        let day = 20_786.0;
        let en = Language::English;
        assert_eq!(day_label(en, day), "Nov 29");
        // Marks between whole days (the axis zoomed in on one day) say
        // nothing, where they used to repeat "11-29".
        let labels: Vec<String> = (1..8)
            .map(|k| day_label(en, day + f64::from(k) * 0.125))
            .collect();
        assert!(labels.iter().all(String::is_empty), "{labels:?}");
        assert_eq!(day_label(en, day + 1.0), "Nov 30");
    }
}
