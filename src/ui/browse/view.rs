//! The Browse area: the responsibility stack per service, the filterable list
//! of every card, and the details of the selected card.

use crate::ui::theme::{inner_central_panel, inner_side_panel};
use crate::ui::widgets::Plain;
use egui::{RichText, Ui};

use super::action::{BrowseAction, BrowseTab};
use super::stack::{compare_ui, stack_ui};
use super::state::BrowseState;
use crate::i18n::Translator;
use crate::i18n::format::number;
use crate::i18n::words::{owner_name, owner_tagline};
use crate::model::browse::{
    Filter, is_openable_url, related, services, stack_layers, topic_choices,
};
use crate::model::{CardRef, Catalog, Owner};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::context::ViewCtx;
use crate::ui::theme::{owner_color, owner_glyph};
use crate::ui::widgets::{keep_together, owner_badge, owner_badge_text, text_width};

/// Draws the Browse area.
pub fn browse_ui(ui: &mut Ui, ctx: &ViewCtx, state: &BrowseState, actions: &mut Vec<Action>) {
    let wide = ui.available_width() >= 1100.0;
    let narrow = ui.available_width() < NARROW_WIDTH;
    if narrow {
        narrow_ui(ui, ctx, state, actions);
        return;
    }
    {
        egui::Panel::left("browse-stack")
            .frame(inner_side_panel(ui))
            .resizable(true)
            .default_size(if wide { 330.0 } else { 270.0 })
            .min_size(220.0)
            .show(ui, |ui| {
                // The panels keep their width whatever they show: a panel
                // that shrank to its contents would be drawn at its
                // default width in the first frame and narrower from the
                // second on, and would move the list whenever another card
                // is picked.
                egui::ScrollArea::vertical()
                    .id_salt("stack-scroll")
                    .auto_shrink([false, true])
                    .show(ui, |ui| stack_ui(ui, ctx, state, actions));
            });
    }
    // The details panel takes its place at the right first (egui lays out
    // side panels before the central one), but is filled after the list:
    // the Tab order, which follows the order widgets are added, then goes
    // from the stack to the list to the details, as the eye reads them.
    let details = egui::Panel::right("browse-details")
        .frame(inner_side_panel(ui))
        .resizable(true)
        .default_size(if wide { DETAILS_WIDE } else { 280.0 })
        .min_size(240.0)
        .max_size(560.0)
        .show(ui, |ui| {
            // The whole width, whatever the details hold (the panel keeps
            // its width: see the stack panel above).
            let rect = ui.max_rect();
            ui.expand_to_include_rect(rect);
            rect
        })
        .inner;
    name_resize_handles(ui, ctx.tr, &["browse-stack", "browse-details"]);
    egui::CentralPanel::default()
        .frame(inner_central_panel(ui))
        .show(ui, |ui| {
            if state.compare.is_some() {
                compare_ui(ui, ctx, state, actions);
                return;
            }
            filters_ui(ui, ctx, state, actions);
            ui.separator();
            list_ui(ui, ctx, state, actions);
        });
    let mut details_area = ui.new_child(
        egui::UiBuilder::new()
            .id_salt("browse-details-content")
            .max_rect(details)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    details_area.shrink_clip_rect(details);
    egui::ScrollArea::vertical()
        .id_salt("details-scroll")
        .auto_shrink([false, true])
        .show(&mut details_area, |ui| details_ui(ui, ctx, state, actions));
}

/// Names the resize handles of the panels shown in `ui` (their salts) in
/// the window's language: egui names each "Resize panel" in English. The
/// handle's id is egui's: the panel's id with "__resize".
fn name_resize_handles(ui: &Ui, tr: &Translator, salts: &[&str]) {
    let name = tr!(tr, "browse-resize-panel");
    for salt in salts {
        let id = ui
            .scope_id()
            .with_salt(egui::IdSalt::new(*salt))
            .with("__resize");
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_label(name.as_str()));
    }
}

/// Below [`NARROW_WIDTH`] the three parts take turns in the full width, as
/// tabs (in points, so projector mode's zoom applies the same rule).
fn narrow_ui(ui: &mut Ui, ctx: &ViewCtx, state: &BrowseState, actions: &mut Vec<Action>) {
    let tr = ctx.tr;
    ui.horizontal(|ui| {
        for (tab, label) in [
            (BrowseTab::Stack, tr!(tr, "browse-tab-stack")),
            (BrowseTab::Cards, tr!(tr, "browse-tab-cards")),
            (BrowseTab::Details, tr!(tr, "browse-tab-details")),
        ] {
            let text = RichText::new(label).strong();
            if ui
                .add(egui::Button::selectable(state.tab == tab, text))
                .clicked()
            {
                actions.push(Action::Browse(BrowseAction::ShowTab(tab)));
            }
        }
    });
    ui.separator();
    let before = actions.len();
    match state.tab {
        BrowseTab::Stack => {
            egui::ScrollArea::vertical()
                .id_salt("stack-scroll")
                .show(ui, |ui| stack_ui(ui, ctx, state, actions));
        }
        BrowseTab::Cards if state.compare.is_some() => compare_ui(ui, ctx, state, actions),
        BrowseTab::Cards => {
            filters_ui(ui, ctx, state, actions);
            ui.separator();
            list_ui(ui, ctx, state, actions);
        }
        BrowseTab::Details => {
            egui::ScrollArea::vertical()
                .id_salt("details-scroll")
                .show(ui, |ui| details_ui(ui, ctx, state, actions));
        }
    }
    // What was just asked for is shown: a picked card's details, a clicked
    // layer's cards, a comparison.
    let follow = actions[before..].iter().find_map(|a| match a {
        Action::Browse(BrowseAction::Select(_)) => Some(BrowseTab::Details),
        Action::Browse(BrowseAction::SetFilter(f))
            if state.tab == BrowseTab::Stack && f.layer != state.filter.layer =>
        {
            Some(BrowseTab::Cards)
        }
        Action::Browse(BrowseAction::CompareWith(Some(_))) => Some(BrowseTab::Cards),
        _ => None,
    });
    if let Some(tab) = follow
        && tab != state.tab
    {
        actions.push(Action::Browse(BrowseAction::ShowTab(tab)));
    }
}

fn filters_ui(ui: &mut Ui, ctx: &ViewCtx, state: &BrowseState, actions: &mut Vec<Action>) {
    let (catalog, tr) = (ctx.catalog, ctx.tr);
    let filter = &state.filter;
    let mut changed = filter.clone();
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label(tr!(tr, "browse-search")).plain();
        let mut search = filter.search.clone();
        let edit = egui::TextEdit::singleline(&mut search)
            .id_salt("browse-search")
            .hint_text(tr!(tr, "browse-search-hint"))
            .desired_width(ui.available_width() - 8.0);
        let response = ui.add(edit).labelled_by(label.id);
        if response.changed() {
            changed.search = search;
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(tr, "browse-owner-filter"));
        for owner in Owner::ALL {
            let on = filter.owners.contains(&owner);
            let text = RichText::new(owner_badge_text(tr, owner))
                .color(owner_color(owner, ui.visuals().dark_mode));
            let response = ui.add(egui::Button::selectable(on, text));
            let label = tr!(tr, "browse-show-owner", owner = owner_name(tr, owner));
            response
                .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, on, &label));
            if response.clicked() {
                changed.toggle_owner(owner);
            }
        }
        ui.separator();
        choice_combo(
            ui,
            tr,
            &tr!(tr, "browse-topic"),
            "filter-topic",
            &topic_choices(catalog)
                .into_iter()
                .map(|c| (c.id, c.label))
                .collect::<Vec<_>>(),
            &filter.topic,
            &mut changed.topic,
        );
        choice_combo(
            ui,
            tr,
            &tr!(tr, "browse-service"),
            "filter-service",
            &services(catalog)
                .into_iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect::<Vec<_>>(),
            &filter.service,
            &mut changed.service,
        );
        if catalog.decks.len() > 1 {
            choice_combo(
                ui,
                tr,
                &tr!(tr, "browse-deck"),
                "filter-deck",
                &catalog
                    .decks
                    .iter()
                    .map(|d| (d.deck.id.clone(), d.deck.title.clone()))
                    .collect::<Vec<_>>(),
                &filter.deck,
                &mut changed.deck,
            );
        }
    });
    ui.horizontal_wrapped(|ui| {
        let count = tr!(
            tr,
            "browse-matching",
            shown = state.matches.len(),
            total = catalog.item_count()
        );
        ui.label(RichText::new(count).strong());
        if let Some(layer) = &filter.layer {
            let title = stack_layers(catalog)
                .iter()
                .find(|l| &l.id == layer)
                .map_or(layer.as_str(), |l| l.title.as_str());
            // Say which service's stack the layer was clicked in, and
            // offer every service's cards of that layer.
            match &filter.layer_service {
                Some(id) => {
                    let service = crate::model::browse::services(catalog)
                        .into_iter()
                        .find(|s| &s.id == id)
                        .map_or(id.as_str(), |s| s.shown_name());
                    let text = tr!(
                        tr,
                        "browse-layer-of-service",
                        layer = title,
                        service = service
                    );
                    ui.label(RichText::new(text).weak()).plain();
                    if ui
                        .button(tr!(tr, "browse-every-service"))
                        .on_hover_text(tr!(tr, "browse-every-service-hint"))
                        .clicked()
                    {
                        changed.layer_service = None;
                    }
                }
                None => {
                    let text = tr!(tr, "browse-layer-every-service", layer = title);
                    ui.label(RichText::new(text).weak()).plain();
                }
            }
        }
        if ui
            .add_enabled(
                !filter.is_empty(),
                egui::Button::new(tr!(tr, "browse-clear-filters")),
            )
            .clicked()
        {
            changed = Filter::default();
        }
        let sort = ui
            .add_enabled(
                !state.matches.is_empty(),
                egui::Button::new(tr!(tr, "browse-sort-these")),
            )
            .plain();
        if sort
            .on_hover_text(tr!(tr, "browse-sort-these-hint"))
            .clicked()
        {
            actions.push(Action::StartSort(
                state.matches.clone(),
                tr!(tr, "browse-selection-title"),
            ));
        }
    });
    if changed != *filter {
        actions.push(Action::Browse(BrowseAction::SetFilter(changed)));
    }
}

fn choice_combo(
    ui: &mut Ui,
    tr: &Translator,
    label: &str,
    salt: &str,
    choices: &[(String, String)],
    current: &Option<String>,
    out: &mut Option<String>,
) {
    // A label and its dropdown wrap together: when both no longer fit on
    // the row, they start the next one. Measured from the text itself, so
    // the very first frame is laid out as every later one.
    let label_width = text_width(ui, label, egui::TextStyle::Body);
    keep_together(ui, label_width + ui.spacing().item_spacing.x + COMBO_WIDTH);
    let label_response = ui.label(label);
    let any = tr!(tr, "browse-any");
    let selected_text = current
        .as_deref()
        .and_then(|id| choices.iter().find(|(i, _)| i == id))
        .map_or(any.as_str(), |(_, l)| l.as_str());
    egui::ComboBox::from_id_salt(salt)
        .selected_text(selected_text)
        .width(COMBO_WIDTH)
        .height(480.0)
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), &any).clicked() {
                *out = None;
            }
            for (id, text) in choices {
                if ui
                    .selectable_label(current.as_deref() == Some(id.as_str()), text)
                    .clicked()
                {
                    *out = Some(id.clone());
                }
            }
        })
        .response
        .labelled_by(label_response.id);
}

const ROW_HEIGHT: f32 = 48.0;
/// The details panel's width in a wide window: its owner legend and its
/// first sentence on one line each, and a list of about 580 beside it at
/// 1280, where the filters take two rows.
const DETAILS_WIDE: f32 = 360.0;
/// The width of a filter's dropdown.
pub(super) const COMBO_WIDTH: f32 = 150.0;
/// Below this width (points) Browse shows its parts as tabs. Measured: the
/// stack panel (270) and the details panel (280) need a list of at least
/// 480 beside them (badge 100, two lines of text, the topic) plus margins;
/// below about 1050 the list is squeezed and its counts overlap.
const NARROW_WIDTH: f32 = 1050.0;
const BADGE_WIDTH: f32 = 100.0;

fn list_ui(ui: &mut Ui, ctx: &ViewCtx, state: &BrowseState, actions: &mut Vec<Action>) {
    let (catalog, tr) = (ctx.catalog, ctx.tr);
    if state.matches.is_empty() {
        ui.vertical_centered(|ui| {
            ui.add_space(30.0);
            ui.add(egui::Label::new(empty_text(tr, catalog, state)).wrap());
        });
        return;
    }
    let count = state.matches.len();
    let nav = ListNav::read(ui);
    // The keys that move along the list while one of its rows has the focus:
    // the next row is drawn (scrolled to) and focused, however far it is.
    let target = nav.focused.and_then(|row| {
        let page = nav.page.max(1);
        let to = ui.input_mut(|i| {
            use egui::{Key, Modifiers};
            let mut to = None;
            for (key, next) in [
                (Key::ArrowDown, row + 1),
                (Key::ArrowUp, row.saturating_sub(1)),
                (Key::PageDown, row + page),
                (Key::PageUp, row.saturating_sub(page)),
                (Key::Home, 0),
                (Key::End, count.saturating_sub(1)),
            ] {
                if i.consume_key(Modifiers::NONE, key) {
                    to = Some(next.min(count.saturating_sub(1)));
                }
            }
            to
        });
        if to.is_some() {
            // egui moves the focus by arrow keys itself, unless the row
            // locked them, which it can do only from its second frame with
            // the focus: a key that comes sooner would move it twice.
            ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        }
        to.filter(|to| *to != row)
    });
    let target = target.or(nav.target);
    let row_step = ROW_HEIGHT + ui.spacing().item_spacing.y;
    let mut area = egui::ScrollArea::vertical()
        .id_salt("card-list")
        .auto_shrink([false, false]);
    // The row to focus is scrolled into view in the frame it takes the
    // focus, by setting the offset, so it is drawn (and keeps the focus)
    // from its first frame: egui's `scroll_to_me` moves the list a frame
    // later, and its animation, still going when the next key scrolls
    // elsewhere, pulled the list back until the focused row was no longer
    // drawn and the focus fell to the window.
    if let Some(to) = target {
        let top = to as f32 * row_step;
        let bottom = top + ROW_HEIGHT;
        let offset = if top < nav.offset || nav.height <= 0.0 {
            top
        } else if bottom > nav.offset + nav.height {
            bottom - nav.height
        } else {
            nav.offset
        };
        if offset != nav.offset {
            area = area.vertical_scroll_offset(offset);
        }
    }
    let mut next = ListNav {
        target,
        ..ListNav::default()
    };
    let output = area.show_rows(ui, ROW_HEIGHT, count, |ui, range| {
        next.page = range.len().saturating_sub(1);
        let list = egui::UiBuilder::new()
            .accessibility_role(egui::Role::List)
            .accessibility_label(tr!(tr, "browse-list-name", count = count));
        ui.scope_builder(list, |ui| {
            for (row, card) in range.clone().zip(&state.matches[range]) {
                // An id of the card's own, so the focus stays with the card
                // and not with the row's place on screen as the list scrolls.
                let selected = state.selected == Some(*card);
                // (`scope_id`, not `push_id`: a pushed id still mixes in the
                // rows drawn before it, which change as the list scrolls.)
                let scope = egui::UiBuilder::new().scope_id(egui::Id::unique((
                    "browse-row",
                    card.deck,
                    card.item,
                )));
                let response = ui
                    .scope_builder(scope, |ui| {
                        card_row(ui, ctx, *card, selected, (row, count), actions)
                    })
                    .inner;
                let Some(response) = response else {
                    continue;
                };
                if next.target == Some(row) {
                    response.request_focus();
                    next.target = None;
                }
                if response.has_focus() {
                    next.focused = Some(row);
                    // Up and Down go along the list (above), not to whatever
                    // widget egui finds that way.
                    ui.memory_mut(|m| {
                        m.set_focus_lock_filter(
                            response.id,
                            egui::EventFilter {
                                vertical_arrows: true,
                                ..Default::default()
                            },
                        );
                    });
                }
            }
        });
    });
    // A row still to be focused is drawn next frame: ask for that frame
    // (the window repaints on input only, and no more input is coming).
    if next.target.is_some() {
        ui.ctx().request_repaint();
    }
    next.offset = output.state.unclamped_offset().y;
    next.height = output.inner_rect.height();
    next.write(ui);
}

/// Keyboard travel in Browse's list, kept from frame to frame: the row with
/// the focus, the row to focus once it is drawn, the rows in a page, and
/// where the list was scrolled to (its offset and the height it shows).
#[derive(Debug, Clone, Default)]
struct ListNav {
    focused: Option<usize>,
    target: Option<usize>,
    page: usize,
    offset: f32,
    height: f32,
}

impl ListNav {
    fn key() -> egui::Id {
        egui::Id::unique("browse-list-nav")
    }

    fn read(ui: &Ui) -> Self {
        ui.data(|d| d.get_temp::<Self>(Self::key()))
            .unwrap_or_default()
    }

    fn write(self, ui: &Ui) {
        ui.data_mut(|d| d.insert_temp(Self::key(), self));
    }
}

/// What the empty list says: which filter emptied it, and how many cards
/// dropping it would list.
fn empty_text(tr: &Translator, catalog: &Catalog, state: &BrowseState) -> String {
    use crate::model::browse::Dropped;
    let reasons = crate::model::browse::emptied_by(&state.index, catalog, &state.filter);
    if reasons.is_empty() {
        return tr!(tr, "browse-empty-together");
    }
    let parts: Vec<String> = reasons
        .iter()
        .map(|(dropped, n)| {
            let filter = match dropped {
                Dropped::Search => tr!(tr, "browse-without-search"),
                Dropped::Owners => tr!(tr, "browse-without-owner"),
                Dropped::Topic => tr!(tr, "browse-without-topic"),
                Dropped::Service => tr!(tr, "browse-without-service"),
                Dropped::Deck => tr!(tr, "browse-without-deck"),
                Dropped::LayerService(service) => {
                    tr!(
                        tr,
                        "browse-without-layer-service",
                        service = service.as_str()
                    )
                }
                Dropped::Layer => tr!(tr, "browse-without-layer"),
            };
            let cards = *n;
            tr!(tr, "browse-without", filter = filter, cards = cards)
        })
        .collect();
    tr!(
        tr,
        "browse-empty-without",
        reasons = parts.join(&tr!(tr, "browse-reason-separator"))
    )
}

/// A text's size, "12,5 KB", in the window's language.
fn text_size(tr: &Translator, bytes: usize) -> String {
    let language = tr.language();
    let b = bytes as f64;
    if bytes < 1_000_000 {
        tr!(tr, "browse-size-kb", size = number(language, b / 1e3, 1))
    } else {
        tr!(tr, "browse-size-mb", size = number(language, b / 1e6, 1))
    }
}

fn topic_title<'a>(catalog: &'a Catalog, card: CardRef, topic: &'a str) -> &'a str {
    catalog
        .decks
        .get(card.deck)
        .and_then(|d| d.deck.topics.iter().find(|t| t.id == topic))
        .map_or(topic, |t| t.title.as_str())
}

/// A card of the list, `(row, of)` its place in it; returns the row's
/// button.
fn card_row(
    ui: &mut Ui,
    ctx: &ViewCtx,
    card: CardRef,
    selected: bool,
    (row, of): (usize, usize),
    actions: &mut Vec<Action>,
) -> Option<egui::Response> {
    let (catalog, tr) = (ctx.catalog, ctx.tr);
    let item = catalog.item(card)?;
    let width = ui.available_width();
    let inner = ui.allocate_ui(egui::vec2(width, ROW_HEIGHT), |ui| {
        ui.set_min_size(egui::vec2(width, ROW_HEIGHT - 4.0));
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            let badge = owner_badge(ui, tr, item.owner, f32::INFINITY);
            ui.add_space((BADGE_WIDTH - badge.rect.width()).max(0.0));
            // Two rows' worth at most: a text of megabytes is not copied
            // and laid out whole every frame (issue 26).
            let shown = crate::text::clip_chars(&item.text, 600);
            let mut job = egui::text::LayoutJob::single_section(
                shown.to_owned(),
                egui::TextFormat {
                    font_id: egui::TextStyle::Body.resolve(ui.style()),
                    color: ui.visuals().strong_text_color(),
                    ..Default::default()
                },
            );
            let topic = RichText::new(topic_title(catalog, card, &item.topic))
                .small()
                .weak();
            // The topic is never cut: its width is measured.
            let topic_width = text_width(ui, topic.clone(), egui::TextStyle::Small) + 24.0;
            job.wrap = egui::text::TextWrapping {
                max_rows: 2,
                break_anywhere: false,
                overflow_character: Some('…'),
                max_width: (ui.available_width() - topic_width).max(80.0),
            };
            let galley = ui.painter().layout_job(job);
            let elided = galley.elided;
            let text = egui::WidgetText::from(galley);
            let button = egui::Button::selectable(selected, text)
                .right_text(topic)
                .min_size(egui::vec2(ui.available_width(), ROW_HEIGHT - 8.0));
            let response = ui.add(button);
            // The name says what the row shows: the text, the owner's badge
            // and the topic; "3 of 245" comes from the list.
            let topic = topic_title(catalog, card, &item.topic);
            let name = row_name(tr, shown, item.owner, topic);
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name)
            });
            ui.ctx().accesskit_node_builder(response.id, |node| {
                node.set_position_in_set(row);
                node.set_size_of_set(of);
            });
            // A tooltip only where the text was cut, with the whole text:
            // one that repeats what the row shows only hides the next row.
            let response = if elided {
                response.on_hover_text(crate::text::clip_chars(&item.text, LONG_TEXT_SHOWN))
            } else {
                response
            };
            if response.clicked() {
                actions.push(Action::Browse(BrowseAction::Select(card)));
            }
            response
        })
        .inner
    });
    Some(inner.inner)
}

/// A Browse row's accessible name: "Encrypting data at rest (Customer,
/// Data protection)".
pub fn row_name(tr: &Translator, text: &str, owner: Owner, topic: &str) -> String {
    let owner = owner_name(tr, owner);
    tr!(
        tr,
        "browse-row-name",
        text = text,
        owner = owner,
        topic = topic
    )
}

/// How much of a card's text the details show, in characters: a text of
/// megabytes laid out whole costs seconds a frame and gigabytes.
const LONG_TEXT_SHOWN: usize = 2_000;

fn shown_cut(text: &str) -> bool {
    crate::text::clip_chars(text, LONG_TEXT_SHOWN).len() < text.len()
}

fn details_ui(ui: &mut Ui, ctx: &ViewCtx, state: &BrowseState, actions: &mut Vec<Action>) {
    let (catalog, tr) = (ctx.catalog, ctx.tr);
    ui.add_space(6.0);
    let Some(card) = state.selected else {
        ui.heading(tr!(tr, "browse-tab-details"));
        ui.label(tr!(tr, "browse-details-empty"));
        ui.add_space(8.0);
        ui.label(RichText::new(tr!(tr, "browse-three-owners")).strong());
        for owner in Owner::ALL {
            ui.horizontal_wrapped(|ui| {
                owner_badge(ui, tr, owner, f32::INFINITY);
                ui.label(owner_tagline(tr, owner));
            });
        }
        return;
    };
    let (Some(item), Some(loaded)) = (catalog.item(card), catalog.decks.get(card.deck)) else {
        return;
    };
    let deck = &loaded.deck;
    // The card's text wraps; a very long one scrolls in a box of its own,
    // so the owner and the explanation below it stay in view.
    let max_text_height = (ui.available_height() * 0.35).max(80.0);
    let width = ui.available_width();
    egui::ScrollArea::vertical()
        .id_salt(("details-card-text", card.deck, card.item))
        .max_height(max_text_height)
        .max_width(width)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            ui.set_max_width(width - ui.spacing().scroll.allocated_width());
            let shown = crate::text::clip_chars(&item.text, LONG_TEXT_SHOWN);
            ui.add(egui::Label::new(RichText::new(shown).heading()).wrap());
        });
    if shown_cut(&item.text) {
        ui.label(
            RichText::new(tr!(
                tr,
                "browse-long-text",
                size = text_size(tr, item.text.len()),
                shown = LONG_TEXT_SHOWN
            ))
            .weak(),
        );
    }
    ui.horizontal_wrapped(|ui| {
        owner_badge(ui, tr, item.owner, f32::INFINITY);
        ui.label(RichText::new(owner_tagline(tr, item.owner)).italics());
    });
    // Why comes right under the owner: it is what the card teaches, and it
    // stays in view in a small window (projector mode at 800x600) where the
    // facts below may not.
    ui.add_space(8.0);
    ui.label(RichText::new(tr!(tr, "browse-why")).strong());
    ui.add(egui::Label::new(&item.explanation).wrap());
    if !item.aws_part.is_empty() || !item.customer_part.is_empty() {
        ui.add_space(8.0);
        for (owner, part) in [
            (Owner::Aws, &item.aws_part),
            (Owner::Customer, &item.customer_part),
        ] {
            if part.is_empty() {
                continue;
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        owner_glyph(owner),
                        tr!(tr, "browse-owner-part", owner = owner_name(tr, owner))
                    ))
                    .strong(),
                );
                ui.add(egui::Label::new(part.as_str()).wrap());
            });
        }
    }
    ui.add_space(8.0);
    // One fact a line, its value wrapping under it when long (a grid
    // would widen the panel to the longest topic or deck name).
    let fact = |ui: &mut Ui, name: &str, value: &str| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(name).weak());
            ui.add(egui::Label::new(value).wrap());
        });
    };
    fact(
        ui,
        &tr!(tr, "browse-topic"),
        topic_title(catalog, card, &item.topic),
    );
    if !item.services.is_empty() {
        let names: Vec<&str> = item
            .services
            .iter()
            .map(|id| {
                deck.services
                    .iter()
                    .find(|s| &s.id == id)
                    .map_or(id.as_str(), |s| s.name.as_str())
            })
            .collect();
        fact(ui, &tr!(tr, "browse-services"), &names.join(", "));
    }
    if !item.layer.is_empty() {
        let layer = deck
            .layers
            .iter()
            .find(|l| l.id == item.layer)
            .map_or(item.layer.as_str(), |l| l.title.as_str());
        fact(ui, &tr!(tr, "browse-layer"), layer);
    }
    fact(ui, &tr!(tr, "browse-deck"), &deck.title);
    if !item.sources.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(tr!(tr, "browse-sources")).strong());
        for id in &item.sources {
            let Some(source) = deck.sources.iter().find(|s| &s.id == id) else {
                continue;
            };
            if is_openable_url(&source.url) {
                ui.hyperlink_to(&source.title, &source.url)
                    .on_hover_text(&source.url);
                // A machine without a browser opens nothing: the address
                // can always be selected or copied.
                ui.horizontal_wrapped(|ui| {
                    let copy = ui.small_button(tr!(tr, "browse-copy-link"));
                    let label = tr!(tr, "browse-copy-link-name", source = source.title.as_str());
                    copy.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                    });
                    if copy
                        .on_hover_text(tr!(tr, "browse-copy-link-hint"))
                        .clicked()
                    {
                        ui.ctx().copy_text(source.url.clone());
                    }
                });
                // On its own line: an address is one long word.
                ui.add(egui::Label::new(RichText::new(&source.url).small().weak()).wrap());
            } else {
                ui.label(format!("• {}", source.title));
            }
        }
    }
    let related = related(catalog, card, 8);
    if !related.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(tr!(tr, "browse-related")).strong());
        for other in related {
            let Some(other_item) = catalog.item(other) else {
                continue;
            };
            // The link wraps in a column of its own beside the badge: in a
            // wrapping row, egui would give each further line of the link a
            // focusable node of its own, with no name.
            ui.horizontal_top(|ui| {
                owner_badge(ui, tr, other_item.owner, f32::INFINITY);
                ui.vertical(|ui| {
                    let link = egui::Link::new(&other_item.text);
                    if ui.add(link).clicked() {
                        actions.push(Action::Browse(BrowseAction::Select(other)));
                    }
                });
            });
        }
    }
    // Last, after what a student reads: the deck's title can be long, and
    // the explanation must stay in view.
    ui.add_space(8.0);
    let edit = ui.button(tr!(tr, "browse-edit-copy")).on_hover_text(tr!(
        tr,
        "browse-edit-copy-hint",
        deck = deck.title.as_str()
    ));
    if edit.clicked() {
        actions.push(Action::EditDeckCopy(deck.id.clone()));
    }
}
