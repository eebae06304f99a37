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

## Exercise builder, Decks page and file prompt

# The Instructor area's page bar.
instructor-page-builder = New exercise
instructor-page-student = Take an exercise (student)
instructor-page-report = Class report
instructor-page-decks = Decks
instructor-page-editor = Edit decks
instructor-page-lrs = LRS settings

# What a file is chosen for: the file dialog's title and the heading of the
# box where a path is typed instead.
file-purpose-export-exercise = Export the exercise
file-purpose-open-exercise = Open an exercise file
file-purpose-save-result = Save your result
file-purpose-report-exercise = Choose the exercise to grade
file-purpose-report-results = Add students' result files
file-purpose-export-csv = Export the class report as CSV
file-purpose-export-xapi = Export the class's results as xAPI statements
file-purpose-import-deck = Import a deck file
file-purpose-export-deck = Export a deck
file-purpose-export-edited-deck = Export the deck being edited
file-field-path = Path of the file
file-field-results = Path of a result file or folder
file-nothing-chosen = No file was chosen. If no file dialog appeared (some desktops cannot show one), type the path here instead; otherwise press Cancel.
file-hint-save = The file is written there; a file of the same name is replaced. A folder gets the proposed file name.
file-hint-results = A result file, or a folder: every .ron file in it is added.
file-hint-open = The full path of the file, e.g. /home/me/week-3-quiz.ron.
file-ok = OK
file-cancel = Cancel
file-waiting = Waiting for the file dialog: { $purpose }.
file-stop-waiting = Stop waiting
file-stop-waiting-hint = Use this if no dialog appeared; then type the path instead
file-type-path = Type a path
file-type-path-for = Type a path: { $purpose }
file-type-path-hint = Type the file's path instead of using a file dialog
file-path-empty = Type the path of a file first, e.g. /home/me/quiz.ron.
file-path-no-folder = The folder { $folder } does not exist. Type the path of an existing folder.
file-path-nothing = There is nothing at { $path }. Check the spelling, or give the full path.
file-path-is-folder = { $path } is a folder. Type the path of a file in it.
# The file dialog's filters.
file-filter-ron = SRM Study files (.ron)
file-filter-csv = CSV table (.csv)
file-filter-json = xAPI statements (.json)
file-filter-all = All files
# The files a card export writes for other tools.
file-format-moodle = Moodle XML
file-format-moodle-per-topic = Moodle XML, a question per topic
file-format-moodle-per-card = Moodle XML, a question per card
file-format-qti = IMS QTI 2.1 package (Canvas, Blackboard...)
file-format-qti-per-card = IMS QTI 2.1 package, a question per card
file-format-anki = Anki (text file)
file-format-quizlet = Quizlet (text to paste)

# The exercise builder.
builder-resize-cards = Resize the card list
builder-cards-heading = Cards ({ $count } chosen)
builder-use-filter = Use the Browse filter ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    })
builder-use-filter-hint = Choose exactly the cards the Browse area shows now
builder-tick-intro = Or tick cards one by one:
builder-search = Search cards
builder-search-hint = a few letters: patch, mfa…
builder-select-shown = Select all shown ({ $count })
builder-clear = Clear selection
builder-no-match = No card matches the search. Try fewer letters.
builder-export-button = 💾 Export exercise…
builder-export-as = Export as
builder-format-exercise = Exercise file for students (.ron)
builder-sealed-not-for-formats = Sealed applies to the exercise file only: these files show the owners.
builder-heading = New exercise
builder-intro = Choose the cards on the left, name the exercise, set how it runs, then export the file and hand it to your students.
builder-id = Exercise id
builder-title = Title
builder-instructions = Instructions (optional)
builder-title-hint = Week 3: who patches what?
builder-instructions-hint = Shown to the student before they start
builder-how-it-runs = How it runs
builder-feedback = Feedback
builder-feedback-instant = Instant (each card as it lands)
builder-feedback-at-end = At the end (on Check)
builder-penalty = Penalty: −1 for a wrong card (total never below 0)
builder-shuffle-bins = Shuffle the order of the bins
builder-sealed = Sealed: students see no marks; you keep the answer key (NAME.key.ron) and grade
builder-time-limit = Time limit
builder-minutes = minutes
builder-seed = Seed
builder-seed-hint = Every student gets the same card order for one seed.
builder-preview = Preview: { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }
builder-no-card-chosen = No card chosen yet.
builder-topics = Topics: { $topics }
builder-more = … and { $count } more
builder-problem-no-id = Give the exercise an id, e.g. week-3-quiz.
builder-problem-no-title = Give the exercise a title.
builder-problem-no-cards = Choose at least one card.
builder-id-rule = The id may use lowercase letters, digits and '-', must start with a letter and be at most { $max } characters (e.g. week-3-quiz).
builder-saved = Saved to { $path }. Hand this file to your students: they open it under “Take an exercise”.
builder-saved-sealed = Saved the sealed student file { $path } and its answer key { $key }. Hand the student file to your students; keep the key: the class report grades with it.
builder-save-failed = The exercise could not be saved: { $error }. Choose another place.
builder-cards-not-made = The cards could not be written as { $format }: { $error }
builder-cards-saved = Saved the { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    } of “{ $title }” as { $format } to { $path }.
builder-cards-not-saved = The cards could not be written to { $path }: { $error }. Choose another place.
builder-not-built = The exercise cannot be built: { $error }

# The Decks page.
decks-heading = Decks
decks-import-section = Import a deck
decks-import-intro = Write a deck by hand (Edit decks > Deck format explains how). The file is checked, then copied into { $folder } and loaded.
decks-import-intro-no-folder = Write a deck by hand (Edit decks > Deck format explains how). The file is checked; this window keeps no files, so it is not copied.
decks-import-button = 🗁 Import deck…
decks-import-errors = This deck was not imported. Fix these lines and import it again:
decks-replace-deck = A deck with the id “{ $id }” is already loaded: “{ $title }” ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }) from { $path }. Replace it?
decks-replace-file = The content folder already has a file { $path }. Replace it?
decks-new-file = The new file: “{ $title }”, { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }, from { $path }.
decks-replace = Replace
decks-cancel = Cancel
decks-import-cancelled = Nothing was imported: the deck “{ $id }” already loaded stays as it is.
decks-import-not-kept = “{ $title }” ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }) is a valid deck, but this window keeps no files, so it was not copied. Start SRM Study normally (or with --data-dir) to import it, or put the file in the content folder yourself.
decks-import-built-in = “{ $id }” is the id of a built-in deck, which cannot be replaced. Change the id in your file (e.g. "{ $example }") and import it again.
decks-import-outside = A deck with the id “{ $id }” is already loaded from { $path }, outside the content folder. Change the id in your file, or remove that deck first.
decks-import-in-place = { $path } is already in the content folder; the decks were loaded again.
decks-imported = Imported “{ $title }” ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }) as { $path }. Its cards are in Browse now.
decks-import-not-copied = The deck could not be copied to { $path }: { $error }. Check that the folder can be written to.
decks-export-section = Export a deck
decks-filter-choice = The current Browse filter as a new deck ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    })
decks-deck-choice = { $title } ({ $id }, { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    })
decks-export-choice = Deck to export
decks-new-id = New deck id
decks-new-title = New deck title
decks-new-title-hint = Patching: who does what
decks-export-as = As
decks-format-deck = SRM Study deck (.ron)
decks-export-button = 💾 Export deck…
decks-problem-gone = The deck “{ $id }” is no longer loaded; choose another.
decks-problem-no-id = Give the new deck an id, e.g. my-patching-deck.
decks-problem-id-rule = The id may use lowercase letters, digits and '-', must start with a letter and be at most { $max } characters.
decks-problem-no-title = Give the new deck a title.
decks-problem-id-taken = A loaded deck already has the id “{ $id }”; choose another id so both can load.
decks-problem-no-cards = The Browse filter shows no card; change it in Browse first.
decks-not-built = The deck cannot be built: { $error }
decks-not-made = The deck could not be written: { $error }
decks-cards-not-made = The cards could not be written as { $format }: { $error }
decks-not-saved = The deck could not be written to { $path }: { $error }. Choose another place.
decks-not-saved-too-large = The deck could not be written to { $path }: { $error }. Export fewer cards (a Browse filter), or split the deck.
decks-saved = Saved “{ $title }” ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }) to { $path }. Put it in a content folder, or import it here, to load it.
decks-saved-as = Saved “{ $title }” ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }) as { $format } to { $path }.
