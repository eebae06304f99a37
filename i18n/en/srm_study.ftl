# SRM Study's window and command line, in English (the source language).
# Every other language has a file of the same name in its own folder; a
# message missing there is shown in English. See CONTRIBUTING.md, "Adding
# a language".

## The top bar

app-name = SRM Study
area-browse = Browse
area-sort = Sort
area-progress = Progress
area-instructor = Instructor
area-drill = Stack drill
projector-button = 📽 Projector
projector-hint = Large type and high contrast for a classroom (F11 or Esc to leave)
language-picker = Language
language-picker-hint = The language of the window; the decks keep theirs
theme-system = System theme
theme-dark = Dark
theme-light = Light

## The status bar

status-decks = { $decks ->
    [one] { $decks } deck
   *[other] { $decks } decks
}
status-cards = { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}

## Owners (shared by every area and the command line)

owner-aws = AWS
owner-customer = Customer
owner-shared = Shared
owner-aws-tagline = security OF the cloud
owner-customer-tagline = security IN the cloud
owner-shared-tagline = each secures its own part

## Browse, Progress and the window

app-reload = ⟲ Reload content
app-reload-hint = Load every deck again, after fixing a file
app-dismiss = Dismiss
app-content-problems = { $problems ->
    [one] { $problems } content problem
   *[other] { $problems } content problems
}
app-lint-warnings = { $warnings ->
    [one] { $warnings } lint warning
   *[other] { $warnings } lint warnings
}
app-problems-hint = Show or hide the problems
app-retry-save = Try again
app-retry-save-hint = Save progress again, after fixing the cause
app-lint-intro = { $warnings ->
    [one] { $warnings } lint warning
   *[other] { $warnings } lint warnings
} in your decks: cards that may give their owner away, near-duplicates or single-owner topics. Check with `srm-study validate --lint FILE`.
app-errors-intro = { $errors ->
    [one] { $errors } problem
   *[other] { $errors } problems
} in content files. The decks that loaded are available; fix these files and reload, or check them with `srm-study validate FILE`.
app-save-failed = Your progress could not be saved: { $error }
app-not-saving = Progress is not being saved: { $error }
app-typed-no-folder = The folder { $folder } does not exist. Type the path of an existing folder.
app-typed-nothing = There is nothing at { $path }. Check the spelling, or give the full path.
app-typed-folder = { $path } is a folder. Type the path of a file in it.

app-dialog-export-exercise = Export the exercise
app-dialog-open-exercise = Open an exercise file
app-dialog-save-result = Save your result
app-dialog-report-exercise = Choose the exercise to grade
app-dialog-report-results = Add students' result files
app-dialog-export-csv = Export the class report as CSV
app-dialog-export-xapi = Export the class's results as xAPI statements
app-dialog-import-deck = Import a deck file
app-dialog-export-deck = Export a deck
app-dialog-export-edited-deck = Export the deck being edited
app-typed-field = Path of the file
app-typed-field-results = Path of a result file or folder
app-typed-no-file-chosen = No file was chosen. If no file dialog appeared (some desktops cannot show one), type the path here instead; otherwise press Cancel.
app-typed-hint-save = The file is written there; a file of the same name is replaced. A folder gets the proposed file name.
app-typed-hint-results = A result file, or a folder: every .ron file in it is added.
app-typed-hint-open = The full path of the file, e.g. /home/me/week-3-quiz.ron.
app-typed-empty = Type the path of a file first, e.g. /home/me/quiz.ron.
app-typed-ok = OK
app-typed-cancel = Cancel

browse-resize-panel = Resize panel
browse-tab-stack = Layer stack
browse-tab-cards = Cards
browse-tab-details = Card details
browse-stack-heading = Who secures what
browse-no-stack = No loaded deck defines a responsibility stack.
browse-stack-for = Stack for
browse-drill-stack = ▶ Drill this stack
browse-drill-stack-hint = Set each layer's owner yourself, then check
browse-compare = Compare stacks
browse-compare-hint = Show this stack beside another service's
browse-stack-hint = Click a layer to list its cards; click it again to show all.
browse-compare-heading = Stacks side by side
browse-compare-close = Close comparison
browse-compare-left = Left
browse-compare-right = Right
browse-compare-explained = Rows marked "{ browse-differs }" have a different owner; the bold line is where AWS's part ends.
browse-differs = differs
browse-differs-hint = The owner differs
browse-not-applicable = — n/a
browse-no-owner = not applicable
browse-layer-owner = { $layer }: { $owner }
browse-compare-cell = { $service } · { $layer }: { $owner }
browse-compare-cell-differs = { $service } · { $layer }: { $owner } (differs)
browse-boundary = ⬆ customer's part  ·  AWS's part ⬇
browse-search = 🔍 Search
browse-search-hint = type a few letters: patch, mfa, lambda…
browse-owner-filter = Owner
browse-show-owner = Show { $owner } cards
browse-topic = Topic
browse-service = Service
browse-services = Services
browse-layer = Layer
browse-deck = Deck
browse-any = Any
browse-matching = { $total ->
    [one] { $shown } of { $total } card match
   *[other] { $shown } of { $total } cards match
}
browse-layer-of-service = · layer: { $layer } of { $service }
browse-every-service = Every service
browse-every-service-hint = List every service's cards of this layer
browse-layer-every-service = · layer: { $layer }, every service
browse-clear-filters = Clear filters
browse-sort-these = ▶ Sort these
browse-sort-these-hint = Start a sorting exercise with the cards that match
browse-selection-title = Browse selection
browse-list-name = Cards, { $count }
browse-empty-together = No card matches these filters together. Clear the filters to see every card.
browse-empty-without = No card matches: { $reasons }.
browse-reason-separator = {"; "}
browse-without = without { $filter }, { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}
browse-without-search = the search words
browse-without-owner = the owner filter
browse-without-topic = the topic filter
browse-without-service = the service filter
browse-without-deck = the deck filter
browse-without-layer-service = the layer's service ({ $service })
browse-without-layer = the layer filter
browse-row-name = { $text } ({ $owner }, { $topic })
browse-details-empty = Select a card in the list to see who owns it and why.
browse-three-owners = The three owners
browse-size-kb = { $size } KB
browse-size-mb = { $size } MB
browse-long-text = This text is { $size }: only its first { $shown } characters are shown. Edit a copy of the deck to see all of it.
browse-why = Why
browse-owner-part = { $owner }'s part:
browse-sources = Sources
browse-copy-link = 📋 Copy link
browse-copy-link-name = Copy link: { $source }
browse-copy-link-hint = Copy the address, to open it in a browser elsewhere
browse-related = Related cards
browse-edit-copy = Edit a copy of this deck
browse-edit-copy-hint = Open a copy of “{ $deck }” in the deck editor (Instructor)

progress-heading = Your progress
progress-reset = Reset progress…
progress-exercises = Exercises done
progress-cards-seen = Cards seen
progress-cards-seen-value = { $seen } of { $total }
progress-cards-mastered = Cards mastered
progress-due-today = Due today
progress-streak = Study streak
progress-streak-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
progress-review-hint = Sort the cards due for review, plus a few you have not seen yet
progress-average = Average first-attempt score: { $score }
progress-empty-heading = No exercises yet
progress-empty-text = Finish a sorting exercise and this page fills in: your first-attempt score over time, how well you know each topic, the cards you miss most, the cards due for review and your study streak.
progress-start-first = ▶ Start a first exercise
progress-reset-question = Reset all progress?
progress-reset-text = Your history, scores and review schedule start afresh. The current progress file is kept beside it as a backup, so nothing is lost.
progress-reset-yes = Yes, reset
progress-reset-cancel = Cancel
progress-chart-heading = First-attempt score over time
progress-chart-axis = score %
progress-chart-text = First-attempt score over time: { $points }.
progress-chart-text-empty = First-attempt score over time: no exercises yet.
progress-chart-point = { $date } { $score }
progress-list-separator = {", "}
progress-topic-accuracy = Accuracy by topic, weakest first
progress-service-accuracy = Accuracy by service, weakest first
progress-mastery-heading = Mastery by topic
progress-mastery-hint = A card is mastered when your last two answers were right, or it has moved up to box 3 of the review schedule.
progress-mastery-line = { $mastered } of { $total } mastered · { $seen } seen
progress-study-next = Study next:
progress-study-next-topic = { $topic }, { $score } of your answers right
progress-practise-these = ▶ Practise these ({ $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
})
progress-practise = Practise ({ $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
})
progress-practise-name = Practise { $group }
progress-practise-title = Practise: { $group }
progress-group-right = { $score } right · { $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
}
progress-not-answered = not answered yet
progress-group-bar = { $group }: { $result }
progress-most-missed = Most-missed cards
progress-drill-these = Drill these
progress-no-misses = No misses yet. Keep going!
progress-missed = missed { $misses } of { $seen }
progress-drill = Drill
progress-drill-name = Drill: { $text }
progress-review-title = Review
progress-most-missed-title = Most-missed drill
progress-review-nothing = 🔁 Review (nothing due)
progress-review-new = 🔁 Review: { $new ->
    [one] { $new } new card
   *[other] { $new } new cards
}
progress-review-due = 🔁 Review due ({ $due })
progress-review-due-new = 🔁 Review due ({ $due }) + { $new } new
progress-reset-kept = Progress was reset. Your old progress is kept at { $path }.
progress-reset-done = Progress was reset.
progress-reset-failed = Progress was not reset: { $error }
progress-reset-blocked = Progress was not reset: the progress file could not be set aside.
