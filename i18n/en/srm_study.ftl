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
language-picker-hint = The language of the window and of the built-in cards (a deck without a translation keeps its own)
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

xapi-verb-answered = answered
xapi-verb-completed = completed
xapi-card-question = Who is responsible for this duty: AWS, Customer or Shared?

## Command line

cli-lang-unknown = SRM Study speaks en, es, de and ja (and en-XA, the pseudo-locale), not “{ $tag }”
# Joins one more piece to a list: "1 deck, 2 items" + "1 exercise".
cli-list-more = { $list }, { $more }
cli-count-errors = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}
cli-count-warnings = { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
cli-count-exercises = { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
}
cli-count-results = { $results ->
    [one] { $results } result
   *[other] { $results } results
}
cli-count-translations = { $translations ->
    [one] { $translations } translation
   *[other] { $translations } translations
}
cli-validate-missing = no such file or folder
cli-validate-loaded = { $decks ->
    [one] { $decks } deck
   *[other] { $decks } decks
}, { $items ->
    [one] { $items } item
   *[other] { $items } items
}
cli-validate-ok = OK: { $loaded }
cli-validate-ok-no-warnings = OK: { $loaded }, 0 warnings
cli-validate-warnings = { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}; { $loaded }
cli-validate-nothing-found = no deck, exercise or result files found (they are .ron files)
cli-validate-decks-loaded = { $decks ->
    [one] { $decks } deck loaded
   *[other] { $decks } decks loaded
}
cli-validate-failed = { $problems }; { $loaded }
cli-list-built-in = built-in { $name }
cli-list-counts = { $items ->
    [one] { $items } item
   *[other] { $items } items
}, { $stacks ->
    [one] { $stacks } service stack
   *[other] { $stacks } service stacks
}
cli-list-not-loaded = not loaded: { $error }
cli-export-deck-wrote = wrote deck "{ $id }" ({ $items ->
    [one] { $items } item
   *[other] { $items } items
}) to { $path }
cli-report-left-out = left out { $file }: { $reason }
cli-report-warning = warning: { $warning }
cli-report-wrote-csv = wrote the CSV to { $path }
cli-report-empty-folder = no .ron files in this folder
cli-rule-first = first attempt
cli-rule-best = best attempt
cli-rule-latest = latest attempt
cli-ending-handed-in = handed in
cli-ending-time-up = time up
cli-ending-left-early = left early
cli-ending-showed-solution = asked for the solution
cli-report-title = { $title } ({ $id }): { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}, { $penalty ->
    [on] penalty on
   *[off] penalty off
}
cli-report-student = student
cli-report-score = score
cli-report-max = max
cli-report-percent = percent
cli-report-seconds = seconds
cli-report-no-results = (no usable results)
cli-report-average = { $students ->
    [one] { $students } student
   *[other] { $students } students
}, average { $average } ({ $rule } counted)
cli-report-attempts = Attempts (one counted per student: the { $rule }; change with --attempts first|best|latest):
cli-report-attempt = attempt { $attempt }
cli-report-no-date = no date
cli-report-retake = retake
cli-report-counted = counted
cli-report-not-counted = not counted
cli-report-per-card-none = Per card: nothing to count, as no result file could be used (see why above).
cli-report-per-card = Per card, most missed first:
cli-report-misconceptions = Misconceptions: where the class put each card (* the most common wrong bin):
cli-report-card = card
cli-report-owner = owner
cli-report-unplaced = unplaced
cli-report-confusion = Confusion (rows: the right owner; columns: where the cards were put):
cli-error-unknown-deck = no loaded deck has the id "{ $id }" (loaded: { $known }); see `srm-study list`
cli-error-exercise = cannot use the exercise:
    { $errors }
cli-error-csv-over-input = { $path } is one of the report's inputs; it was left unchanged. Choose another file for the CSV
cli-error-serialize = cannot write the data as RON: { $error }
cli-error-write = { $path }: cannot write the file: { $error }
cli-output-over-input = { $path } is one of the { $command }'s inputs; it was left unchanged. Choose another file for { $flag }
cli-output-exists = { $path } already exists; it was left unchanged. Choose another file for { $flag }, or add --force to replace it
cli-exercise-wrote-sealed = wrote the sealed student file { $file } ({ $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}, no owners) and its answer key { $key }; keep the key: `srm-study report --exercise { $key }` grades the results
cli-exercise-wrote = wrote the exercise { $file } ({ $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
})
cli-exercise-fewer-cards = { $sentence }; only { $cards ->
    [one] { $cards } card matches
   *[other] { $cards } cards match
} these topics and services, not the { $asked } asked with --count
cli-exercise-old-key = { $sentence }; the answer key of the version it replaced is now { $key } (it grades only the results of that version)
cli-exercise-copies = { $sentence }; the same exercise for students in other languages: { $files }
cli-exercise-no-topic = the deck "{ $deck }" has no topic "{ $topic }" (its topics: { $known })
cli-exercise-no-service = the deck "{ $deck }" has no service "{ $service }" (its services: { $known })
cli-exercise-no-cards = no card of the deck matches these topics and services
cli-exercise-bad-id = "{ $stem }" (the file name) is not a valid exercise id: give one with --id (lowercase letters, digits and '-', starting with a letter)
cli-exercise-not-built = the exercise cannot be built: { $error }
cli-export-xapi-options = result files and --class-uri are for `export xapi`; cards are exported with --deck ID or --exercise FILE
cli-export-moodle-options = --matching and --questions are options of `export moodle`
cli-export-qti-option = --per-card is an option of `export qti`
cli-export-matching = --matching adds matching questions to the one drag-and-drop question; with --questions per-topic or per-card leave it out
cli-export-what = say what to export: --deck ID or --exercise FILE
cli-export-unknown-filter = { $unknown } not in "{ $id }" (topics: { $topics }; services: { $services })
cli-export-wrote-cards = wrote { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} of "{ $title }" as { $format } to { $path }
cli-export-xapi-takes = `export xapi` takes --exercise FILE, result files and --class-uri URI (not --deck, --topic, --service, --matching, --questions or --per-card)
cli-export-xapi-needs-exercise = `export xapi` needs --exercise FILE: the exercise the results are for
cli-export-xapi-needs-class = `export xapi` needs --class-uri URI, e.g. https://school.example/classes/cloud-101
cli-export-xapi-needs-results = `export xapi` needs at least one result file or folder
cli-export-xapi-nothing = no usable result files: nothing to export
cli-export-wrote-xapi = wrote { $statements ->
    [one] { $statements } xAPI statement
   *[other] { $statements } xAPI statements
} ({ $students ->
    [one] { $students } student
   *[other] { $students } students
}, { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} each) to { $path }
cli-format-moodle = Moodle XML
cli-format-moodle-per-topic = Moodle XML, a question per topic
cli-format-moodle-per-card = Moodle XML, a question per card
cli-format-qti = IMS QTI 2.1 package (Canvas, Blackboard...)
cli-format-qti-per-card = IMS QTI 2.1 package, a question per card
cli-format-anki = Anki (text file)
cli-format-quizlet = Quizlet (text to paste)
cli-import-bad-id = "{ $id }" is not a valid deck id: use lowercase letters, digits and '-', starting with a letter
cli-import-note = { $at }: note: { $note }
cli-import-left-out = { $at }: left out: { $problems }
cli-import-owner-hint = { $at }: hint: write AWS, Customer or Shared in the owner column of this row
cli-import-refused-written = { $rows ->
    [one] the row left out is in { $path }, with why: fix it there and import that file again
   *[other] the { $rows } rows left out are in { $path }, each with why: fix them there and import that file again
}
cli-import-refused-hint = { $rows ->
    [one] to fix the row left out, add --refused FILE.csv: it is written there, with why, to import again
   *[other] to fix the { $rows } rows left out, add --refused FILE.csv: they are written there, each with why, to import again
}
cli-import-too-large = the deck ({ $cards } cards) is too large: { $error }
cli-import-wrote = wrote deck "{ $id }" to { $path }: { $added } added, { $updated } updated, { $left } left out; { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} in all
cli-import-not-a-deck = { $path } exists but is not a valid deck, so it was left unchanged:
    { $errors }
cli-import-other-deck = { $path } holds the deck "{ $found }", not "{ $id }"; it was left unchanged
cli-table-encoding = the table is { $encoding }, not UTF-8; save the table as CSV UTF-8 (in Excel: Save As, "CSV UTF-8") and import it again
cli-table-utf32-bom = UTF-32 text (with a byte-order mark)
cli-table-utf16-le-bom = UTF-16 LE text (with a byte-order mark)
cli-table-utf16-be-bom = UTF-16 BE text (with a byte-order mark)
cli-table-utf16-le = UTF-16 LE text (without a byte-order mark)
cli-table-utf16-be = UTF-16 BE text (without a byte-order mark)
cli-table-not-utf8 = the table is not UTF-8 text (line { $line }, byte { $byte }: binary data, or a legacy encoding such as Windows-1252 or Latin-1); save the table as CSV UTF-8 (in Excel: Save As, "CSV UTF-8") and import it again
cli-table-nul = the table holds a NUL byte (line { $line }): it is binary data, not text; save the table as CSV UTF-8 (in Excel: Save As, "CSV UTF-8") and import it again
cli-lrs-read-secret = cannot read the secret from standard input: { $error }
cli-lrs-class-uri = give --class-uri URI, e.g. https://school.example/classes/cloud-101
cli-lrs-send-needs-exercise = `lrs send` needs --exercise FILE: the exercise the results are for
cli-lrs-nothing-to-send = no usable result files: nothing to send
cli-lrs-nothing-waiting = no statements waiting to be sent, and no result files given
cli-lrs-sent = sent { $statements ->
    [one] { $statements } statement
   *[other] { $statements } statements
} to { $endpoint }
cli-lrs-not-stored = not stored: { $conflict }
cli-lrs-conflicts = { $statements ->
    [one] { $statements } statement was not stored: the LRS already holds a statement
   *[other] { $statements } statements were not stored: the LRS already holds statements
} with the same id and other content (listed above). Send these results as another attempt (--attempt N), or ask the LRS's administrator which version to keep
cli-lrs-waiting = { $error }
    { $statements ->
        [one] { $statements } statement is
       *[other] { $statements } statements are
    } waiting to be sent in { $path }; run `srm-study lrs send` again later
cli-lrs-loaded = loaded { $statements ->
    [one] { $statements } statement
   *[other] { $statements } statements
} of { $students ->
    [one] { $students } student
   *[other] { $students } students
} from { $endpoint }
cli-lrs-no-fingerprint = Some statements carry no exercise fingerprint (they were sent by an older SRM Study), so the answer key cannot tell which version of the exercise they answer: grade those students' result files with `srm-study report`, or send them again with another --attempt.
cli-open-folder = { $path }: is a folder
cli-open-unreadable = { $problem } (give the path of an exercise, answer key, result or deck file)
cli-standard-output = standard output
cli-window-failed = could not open the window (is a display available? see README.md)

## Class report, LRS and student results

report-heading = Class report
report-intro = Choose the exercise you handed out, then add your students' result files (or a folder of them). Scores are always worked out again from the answers.
report-choose-exercise = 🗁 Choose exercise…
report-add-results = 🗁 Add result files…
report-clear-results = Clear results
report-exercise-errors = This file cannot be used as an exercise:
report-exercise = Exercise: { $title } ({ $id }), { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}, from { $path }
report-results-added = { $files ->
    [one] { $files } result file added.
   *[other] { $files } result files added.
}
report-grade-against = Choose the exercise to grade these results against.
report-export-csv = 💾 Export CSV…
report-csv-card-texts = CSV: a second row with the card texts
report-no-results = No result to grade yet: add the students' result files.
# $average is a formatted percentage, e.g. "83%".
report-summary = { $students ->
    [one] { $students } student
   *[other] { $students } students
} · class average { $average }
report-penalty-on = penalty on
report-grid-heading = Every card, every student
report-grid-legend = ✔ right · ✖ wrong · — not placed. Hover a column number to read the card.
report-confusion-heading = AWS, Customer or Shared: where the class put the cards
report-per-card-heading = Cards, most missed first
report-xapi-heading = xAPI and the Learning Record Store
report-class-uri = Class URI (xAPI):
report-export-xapi = 💾 Export xAPI…
report-left-out-heading = Left out ({ $n })
# A result file the report could not grade: its name, and why.
report-left-out = { $label }: { $reason }
report-warnings-heading = Warnings ({ $n })
report-column-student = Student
report-column-score = Score
report-column-max = Max
report-column-percent = Percent
report-column-seconds = Seconds
# The screen reader's name of a cell of the students table: "Ana: score 3".
report-cell = { $student }: { $what ->
    [score] score
    [max] max
    [percent] percent
   *[seconds] seconds
} { $value }
report-card-column = Card { $number }: { $text }
report-grid-cell = { $student }, card { $number }: { $mark }
report-mark-right = right
report-mark-wrong = wrong
report-mark-unanswered = not placed
# $percent is a formatted percentage, e.g. "75%".
report-card-right = { $percent } right
report-card-counts = { $right } right · { $wrong } wrong · { $unanswered } not placed, of { $total }
report-placed-in = Placed in:
# $placed is an owner and a count, e.g. "AWS 3".
report-most-common-mistake = { $placed } (most common mistake)
report-confusion-legend = Rows: the right owner. Columns: where the students put those cards.
report-not-placed = Not placed
report-counted-per-student = Counted per student:
report-rule-first = first attempt
report-rule-best = best attempt
report-rule-latest = latest attempt
# $rule is one of report-rule-first, -best, -latest.
report-rule-note = One attempt counts per student: the { $rule }. { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
} in all, { $retakes ->
    [one] { $retakes } retake
   *[other] { $retakes } retakes
}; the class average and the CSV follow this choice.
report-attempt-number = attempt { $n }
# $date is a short date ("Nov 21"), $time a 24-hour time ("09:00").
report-attempt-when = { $date }, { $time } UTC
report-no-date = no date
report-retake = retake
report-counted = counted
report-not-counted = not counted
report-ended-handed-in = handed in
report-ended-time-up = time up
report-ended-left-early = left early
report-ended-showed-solution = asked for the solution
report-choose-exercise-first = Choose the exercise first.
report-nothing-to-send = No result to send: add the students' result files first.
report-nothing-sent = Nothing was sent: { $problem }
report-class-uri-problem = Class URI: { $problem }
report-exercise-closed = The exercise was closed while loading: choose it and load again.
report-loaded-from-lrs = Loaded { $statements ->
    [one] { $statements } statement
   *[other] { $statements } statements
} of { $students ->
    [one] { $students } student
   *[other] { $students } students
} from { $endpoint }.
report-loaded-left-out = Left out { $refused }.
report-sealed-file = { $path }: this is a sealed student file, which has no answers. Choose its answer key instead (the file ending in .key.ron that was saved beside it).
report-skipped-exercise = Skipped { $path }: it is the exercise, not a student's result.
report-skipped-exercise-file = Skipped { $path }: it is an exercise file (a student file or an answer key), not a student's result.
report-empty-folder = The folder { $path } has no .ron files in it.
report-added = Added { $files ->
    [one] { $files } result file
   *[other] { $files } result files
}.
report-already-added = { $files ->
    [one] { $files } was already in the report.
   *[other] { $files } were already in the report.
}
report-add-results-first = Add students' result files first.
report-choose-exercise-then-results = Choose the exercise first, then add the result files.
report-xapi-over-input = { $path } is one of the files this report reads; nothing was written. Choose another name.
report-xapi-not-written = The statements could not be written to { $path }: { $problem }. Choose another place.
report-xapi-saved = Saved the xAPI statements of { $students ->
    [one] { $students } student
   *[other] { $students } students
} to { $path }.
report-csv-over-input = { $path } is one of the files this report reads; the CSV was not written. Choose another name.
report-csv-not-written = The CSV could not be written to { $path }: { $problem }. Choose another place.
report-csv-saved = Saved to { $path }. It opens in any spreadsheet: one row per student, 1 for a right card.

lrs-heading = Learning Record Store (LRS)
lrs-intro = Send your class's results as xAPI statements to the LRS your school uses (Learning Locker, SQL LRS, Ralph, SCORM Cloud…), and load them back into the class report. Off unless you turn it on: nothing leaves this computer until you press Send.
lrs-use = Use a Learning Record Store
lrs-endpoint = Endpoint
lrs-key = Key (user name)
lrs-secret = Secret
lrs-secret-hint-saved = •••••• saved; type to replace it
lrs-secret-hint = the LRS's secret (password)
lrs-class-uri = Class URI
lrs-class-uri-note = The class URI names your class in the statements: the students' accounts and the exercises' ids are made from it.
lrs-save = 💾 Save settings
lrs-test = 🔌 Test connection
lrs-test-hint = Checks the endpoint, key and secret as typed
lrs-forget-secret = Forget the secret
lrs-waiting-heading = Waiting to be sent
lrs-secret-nowhere = This window has no data folder: nothing is saved.
lrs-secret-looking = Looking for the desktop's keyring…
lrs-secret-in-keyring = The secret is kept in your desktop's keyring (Secret Service).
lrs-secret-in-file = No desktop keyring answered, so the secret is kept in { $path }, a file only you can read.
lrs-secret-keyring-off = { $place } (SRM_STUDY_KEYRING=off)
lrs-nothing-waiting = Nothing is waiting: every statement made here has reached the LRS.
lrs-waiting-kept = { $n ->
    [one] { $n } statement waits
   *[other] { $n } statements wait
} to be sent (kept in { $path } until the LRS takes them).
lrs-send-now-button = 📤 Send now
lrs-drop = Drop them
lrs-drop-hint = Forget the waiting statements without sending them
lrs-sending = Sending: { $done } of { $total ->
    [one] { $total } statement
   *[other] { $total } statements
}
lrs-loading-pages = Loading: { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} read…
lrs-loading = Loading…
lrs-testing = Testing the connection…
lrs-asking-keyring = Asking the keyring…
lrs-stopping = Stopping…
lrs-cancel = Cancel
lrs-report-heading = Learning Record Store
lrs-settings-button = LRS settings…
lrs-send-results = 📤 Send results
lrs-send-results-hint = Send every student's statements to the LRS
lrs-load-results = 📥 Load results from LRS
lrs-load-results-hint = Read this exercise's statements back from the LRS and grade them like result files
lrs-send-waiting = Send { $n } waiting
lrs-marker-sending = 📤 Sending { $done } of { $total }…
lrs-marker-waiting = 📤 { $n ->
    [one] { $n } statement waits
   *[other] { $n } statements wait
} for the LRS
lrs-send-now = Send now
lrs-send-now-hint = Send the statements that could not be sent before
lrs-no-data-folder = This window has no data folder, so it has no LRS settings.
lrs-settings-unreadable = The LRS settings could not be read ({ $problem }); saving them again replaces the file.
lrs-queue-unreadable = The statements waiting for the LRS could not be read: { $problem }
lrs-off = The LRS is off: turn it on in Instructor › LRS settings.
lrs-not-set = Set the LRS's endpoint and key in Instructor › LRS settings.
lrs-busy = The LRS is busy: wait for it to finish, or press Cancel.
lrs-endpoint-problem = Endpoint: { $problem }
lrs-class-uri-problem = Class URI: { $problem }
lrs-needs-endpoint = To turn the LRS on, type its endpoint and key (and its secret).
lrs-cannot-save = This window has no data folder, so LRS settings cannot be saved.
lrs-not-saved = The settings could not be saved: { $problem }
lrs-saved = Settings saved.
lrs-not-kept = Nothing was sent: the statements could not be kept for sending ({ $problem }).
lrs-none-waiting = No statement is waiting to be sent.
lrs-dropped = Dropped { $n ->
    [one] { $n } statement
   *[other] { $n } statements
} that had not been sent.
lrs-load-stopped = Loading stopped; nothing was loaded.
# $problem is the worker's sentence (in English for now).
lrs-load-failed = Nothing was loaded. { $problem }
lrs-test-failed = The connection test failed. { $problem }
lrs-test-passed = The connection works. { $answer }
lrs-secret-removed = The secret was removed.
lrs-secret-problem = The secret: { $problem }
lrs-sent-queue-not-updated = Sent { $n ->
    [one] { $n } statement
   *[other] { $n } statements
}, but the list of those waiting could not be updated ({ $problem }); sending them again is harmless.
# The start of the notes below ($sent).
lrs-sent-nothing = Nothing was sent
lrs-sent-some = Sent { $n ->
    [one] { $n } statement
   *[other] { $n } statements
}
# $waiting in the notes below.
lrs-statements-wait = { $n ->
    [one] { $n } statement waits
   *[other] { $n } statements wait
}
lrs-not-stored-one = Not stored: { $conflict }.
lrs-not-stored-more = Not stored: { $conflict }, and { $more } more the LRS holds with other content.
lrs-sent-to = { $sent } to { $endpoint }.
lrs-conflicts-advice = Send those results as another attempt, or ask the LRS's administrator which to keep.
lrs-send-stopped = Stopped. { $sent }; { $waiting } to be sent (Send now).
lrs-send-failed-retry = { $problem } { $sent }; { $waiting } and will go with the next send: press Send now when the LRS answers again.
lrs-send-failed-fix = { $problem } { $sent }; { $waiting }. Fix the settings and press Send now, or drop them.

student-heading = Take an exercise
student-intro = Open the exercise file your instructor gave you, type your name and start. At the end, save your result and hand the file back.
student-open = 🗁 Open exercise…
student-exercise-errors = This file cannot be used as an exercise. Ask your instructor for a new copy, or fix these lines:
student-name = Your name
student-name-hint = as your instructor knows you
student-start = ▶ Start
student-close = Close this exercise
student-open-first = Open an exercise file first.
student-name-one-line = Type your name on one line, without tabs.
student-name-hidden-character = Your name holds a hidden character that changes the direction of the text; type it again without it.
student-name-empty = Type your name: it goes into the result file your instructor collects.
student-name-too-long = Your name is longer than { $max } characters; shorten it.
student-cards = { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}
student-sealed = sealed: no marks, your instructor grades it
student-answer-key = answer key: marks at the end, to review a sealed exercise
student-marks-instant = marks as each card lands
student-marks-at-end = marks at the end
student-time-limit = time limit { $minutes } min
student-penalty = −1 for a wrong card
student-from = From { $path }
student-no-cards = This exercise has no cards.

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

## Deck editor

editor-title = Edit decks
editor-intro = Write a deck here, card by card or pasted from a spreadsheet. A deck with errors is kept as a draft until it is fixed, so nothing you type is lost.
editor-guide = Deck format
editor-guide-hint = How to write a deck or a table: the guide, in the app
editor-new-deck = New deck
editor-new-deck-title = Title
editor-new-deck-id = Deck id (made from the title when left empty)
editor-new-deck-description = Description
editor-new-deck-language = Language (e.g. en, pt-BR; optional)
editor-create-deck = Create deck
editor-open-deck = Open a deck
editor-open-deck-row = { $title } ({ $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
})
editor-edit = Edit
editor-edit-hint = Change this deck in its file
editor-built-in = built in
editor-edit-copy = Edit a copy of { $id }
editor-edit-copy-hint = A new deck with these cards, saved under its own id
editor-drafts = Drafts (not in Browse until they have no errors)
editor-open-draft = Open draft { $draft }
editor-copy-title = { $title } (copy)

# The header of the deck being edited
editor-untitled = Untitled deck
editor-unsaved-mark = * Unsaved changes
editor-saved = Saved
editor-errors = { $errors ->
    [0] No errors
    [one] { $errors } error
   *[other] { $errors } errors
}
editor-errors-hint = What `srm-study validate` reports: a deck with errors is saved as a draft
editor-warnings = { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
editor-warnings-hint = The deck lint: never blocks saving
editor-undo = Undo (Ctrl+Z)
editor-redo = Redo (Ctrl+Shift+Z)
editor-save = Save (Ctrl+S)
editor-export = Export…
editor-paste = Paste from a spreadsheet
editor-close-deck = Close deck
editor-translate-into = Translate into:
editor-translate-none = (none)
editor-translate-hint = Show a field for this language's translation under each card's English; it is saved with the deck, in content/i18n/<language>/
editor-translate-save-first = Save the deck in a file first: a translation belongs to a saved deck
editor-note-translate-save-first = Save the deck in a file first (with no errors): a translation belongs to a saved deck.
editor-note-translation-unreadable = { $path } holds a translation that does not load (see the load errors); fix it in a text editor, then reload, so that nothing in it is written over.
editor-note-translation-not-saved = The translation was not saved to { $path }: { $error }. Your changes are still here; try again.
editor-translation-section = Translation: { $language }
editor-translation-untranslated = Not translated into { $language } yet: it shows in English.
editor-translation-up-to-date = Translated from the English as it is now.
editor-translation-stale = The English changed since this was translated, so it shows in English in { $language }; check the translation, then mark it up to date.
editor-translation-mark = ✔ Mark as up to date
editor-translation-field = { $field } ({ $language })
editor-cards-tab = { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}
editor-stack-tab = Stack: { $layers ->
    [one] { $layers } layer
   *[other] { $layers } layers
}, { $services ->
    [one] { $services } service
   *[other] { $services } services
}
editor-details = Deck details: id, title, description, language
editor-deck-title = Deck title
editor-deck-id = Deck id
editor-deck-description = Deck description
editor-deck-language = Deck language
editor-id-clash = another loaded deck has the id "{ $id }" ({ $origin }); give this deck its own id

# The card list and the card form
editor-new-card = New card text
editor-add-card = Add card (Enter)
editor-search = Search cards
editor-cards-shown = { $shown } of { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}
editor-card-has-errors = has errors
editor-card-has-warnings = has lint warnings
editor-card-no-text = (no text yet)
editor-no-card = Add a card (type its text at the left and press Enter), or pick one in the list.
editor-card-of = Card { $card } of { $cards }
editor-move-up = Move up
editor-move-down = Move down
editor-duplicate = Duplicate
editor-delete-card = Delete card
editor-card-text = Card text
editor-warning = Warning: { $warning }
editor-aws-part = AWS part
editor-customer-part = Customer part
editor-explanation = Explanation
editor-services = Services
editor-id = id: { $id }
editor-tags = Tags (comma-separated)
editor-card-id = Card id
editor-card-id-hint = Made from the text until the deck is saved; change it only if you care.
editor-owner = Owner
editor-owner-choice = Owner { $owner }
editor-topic = Topic
editor-choose-topic = (choose a topic)
editor-new-topic = New topic
editor-add-topic = Add topic
editor-layer = Layer
editor-no-layer = (no layer)
editor-sources = Sources
editor-new-source-title = New source title
editor-new-source-url = New source URL
editor-add-source = Add source
editor-show-less-text = Show less of the card text
editor-show-less-explanation = Show less of the explanation
editor-long-text = This text is { $size }: only its first { $shown } characters are shown, so the window stays quick. Show all of it to read or change the rest (it may take seconds).
editor-show-all = Show all ({ $size })
editor-size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}

# The Stack tab
editor-stack-intro = Browse draws every service on one stack, the built-in decks' layers, from the customer's data at the top to AWS's facilities at the bottom, each coloured by who owns it for that service. Give your services owners for those layers; layers of your own show in this deck's cards only. Ids are made from the first title or name and stay fixed.
editor-stack-layers = Layers, top to bottom
editor-stack-use-builtin = Use the built-in stack's { $layers ->
    [one] { $layers } layer
   *[other] { $layers } layers
}
editor-stack-add-missing = Add the built-in stack's { $layers ->
    [one] { $layers } layer
   *[other] { $layers } layers
} missing here
editor-stack-layer-title = Title of layer { $n }
editor-stack-layer-up = Move layer { $n } up
editor-stack-layer-down = Move layer { $n } down
editor-stack-layer-remove = Remove layer { $n }
editor-stack-remove = Remove
editor-stack-layer-summary = What layer { $n } holds
editor-stack-layer-summary-hint = What it holds (optional)
editor-stack-no-layers = No layers yet.
editor-stack-new-layer = New layer title
editor-stack-add-layer = Add layer on top
editor-stack-service-id = id: { $id } (a deck file or a table names the service by this id or its name)
editor-stack-service-name = Service name
editor-stack-service-category = Category (IaaS, PaaS, SaaS, Abstracted…)
editor-stack-service-summary = How the line moves for it
editor-stack-who-owns = Who owns each layer
editor-stack-layers-first = Add layers above first.
editor-stack-service-remove = Remove this service
editor-stack-service-remove-name = Remove service { $service }
editor-stack-no-services = No services yet.
editor-stack-new-service = New service name
editor-stack-add-service = Add service
editor-stack-not-applicable = Does not apply
editor-stack-owner-of = Owner of { $layer } for { $service }

# The paste panel ("text", "owner", "aws_part"... are the table's column names: keep them)
editor-paste-intro = Columns: text, owner, topic, explanation, then optionally services, source URL, aws_part, customer_part. A header row naming them may order them as it likes. Tabs, semicolons or commas are detected. Rows with the text of a card already in the deck update that card. Services and topics may be the built-in ones, by id or name ("ec2", "Amazon EBS", "KMS", "Route 53"); a name that matches none becomes a new one. A row left out can be fixed below; changing the pasted text reads the rows again.
editor-paste-add = Add { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}
editor-paste-add-updating = Add { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} ({ $updates ->
    [one] { $updates } updates an existing card
   *[other] { $updates } update existing cards
})
editor-paste-cancel = Cancel paste
editor-paste-create-topics = Create the topics this deck does not have yet
editor-paste-table = Pasted table
editor-paste-new-topics = New topics to create: { $topics }
editor-paste-new-service = { $name } (id "{ $id }")
editor-paste-new-services = Services to add to the deck: { $services }
editor-paste-bad-rows = { $rows ->
    [one] { $rows } row has problems and will be left out unless fixed below:
   *[other] { $rows } rows have problems and will be left out unless fixed below:
}
editor-paste-all-good = { $rows ->
    [one] The row can be added.
   *[other] All { $rows } rows can be added.
}
editor-paste-line = Line { $line }
editor-paste-line-problem = Line { $line }: { $problem }
editor-paste-line-note = Note: { $note }
editor-paste-fix-text = Text (line { $line })
editor-paste-fix-owner = Owner (line { $line })
editor-paste-fix-topic = Topic (line { $line })
editor-paste-fix-explanation = Explanation (line { $line })
editor-paste-fix-services = Services (line { $line })
editor-paste-choose = Choose:
editor-paste-owner-of-line = Owner of line { $line }: { $owner }

# The deck format guide (the guide itself, content/README.md, is in English for now)
editor-guide-title = Deck format
editor-guide-close = Close the deck format guide
editor-guide-intro = How to write a deck by hand (a .ron file) or as a table to paste or import: the guide that comes with SRM Study (content/README.md in its sources).

# The questions
editor-unsaved-title = Unsaved changes
editor-unsaved-question = The deck has changes that are not saved. Save them first?
editor-unsaved-save = Save
editor-unsaved-discard = Don't save
editor-keep-editing = Keep editing
editor-changed-title = The deck file changed
editor-changed-text = { $path } was changed by someone else (another window?) since you opened it. Saving would replace those changes with yours.
editor-changed-keep-both = Keep both (mine as a draft)
editor-changed-replace = Replace it with mine

# What saving, exporting and editing did ({ $error } is the system's message)
editor-note-no-deck = No loaded deck has the id “{ $id }”.
editor-note-draft-unreadable = The draft cannot be opened: { $error }
editor-note-not-kept-no-files = The changes could not be kept: this window keeps no files.
editor-note-not-kept = The changes could not be kept as a draft in { $path }: { $error }
editor-note-unwritable = The deck cannot be written: { $error }
editor-note-no-files = This window keeps no files: use Export… to write the deck somewhere.
editor-note-draft-not-saved = The draft could not be saved to { $path }: { $error }
editor-note-saved-draft = Saved as a draft ({ $path }): fix the { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
} to see the deck in Browse.
editor-note-exists = { $path } already exists and was not replaced: give the deck another id.
editor-note-not-saved = The deck could not be saved to { $path }: { $error }
editor-note-saved = Saved to { $path }; it is in Browse.
editor-note-old-draft-stays = The old draft { $draft } stays: { $error }
editor-note-exported = Exported to { $path }.
editor-note-export-failed = Could not write { $path }: { $error }
editor-note-open-first = Open or create a deck first.
editor-note-kept-both = Kept both: { $path } stays as the other window saved it, and your deck is the draft { $draft } (open both to bring the cards together).
editor-note-draft-failed = Your deck could not be saved as the draft { $draft }: { $error }. Nothing was written.
editor-note-layers-added = Added { $layers ->
    [one] { $layers } layer
   *[other] { $layers } layers
}: give each service an owner for them.
editor-note-builtin-service-added = Added the built-in service “{ $service }” (id “{ $id }”) with who owns each layer{ $layers ->
    [0] {""}
    [one] , and the { $layers } layer its stack needs
   *[other] , and the { $layers } layers its stack needs
}.
editor-note-service-added = Added the service “{ $service }” (id “{ $id }”): a deck file or a table names it by this id or its name. Give it an owner for each layer below.
editor-note-deleted = Deleted “{ $text }”. Undo (Ctrl+Z) brings it back.
editor-note-layer-removed = Removed “{ $layer }”{ $cards ->
    [0] {""}
    [one] , and from the card on it
   *[other] , and from the { $cards } cards on it
}. Undo (Ctrl+Z) brings it back.
editor-note-service-removed = Removed “{ $service }”{ $cards ->
    [0] {""}
    [one] , and from the card that named it
   *[other] , and from the { $cards } cards that named it
}. Undo (Ctrl+Z) brings it back.
editor-note-pasted = { $added ->
    [one] { $added } card added
   *[other] { $added } cards added
}, { $updated } updated, { $left ->
    [one] { $left } row left out
   *[other] { $left } rows left out
}.

## Sort and Stack drill

sort-back-to-start = Back to the start screen
sort-practice-title = Practice
sort-title-ended-by-solution = { $title } (ended by Show solution)
sort-setup-heading = New sorting exercise
sort-setup-intro = Drag each card into AWS, Customer or Shared. Your first attempt is your score.
sort-setup-drill-intro = Or set the owner of each layer of a service's stack:
sort-setup-drill-button = ▶ Stack drill
sort-setup-take-intro = Got an exercise file from your instructor?
sort-setup-take-button = 🗁 Take an exercise…
sort-setup-what = What to practise
sort-setup-decks = Decks (none ticked = all)
sort-setup-topics = Topics (none ticked = all)
sort-setup-services = Services (none ticked = any card)
sort-setup-how = How
sort-setup-count = Number of cards
sort-setup-count-all = All
sort-setup-matching = { $cards ->
    [one] { $cards } card matches these choices
   *[other] { $cards } cards match these choices
}
sort-setup-feedback = Feedback
sort-setup-feedback-instant = Instant (each card as it lands)
sort-setup-feedback-at-end = At the end (on Check)
sort-setup-penalty = Penalty: −1 for a wrong card (total never below 0)
sort-setup-shuffle-bins = Shuffle the order of the bins
sort-setup-time-limit = Time limit
sort-setup-minutes = minutes
sort-setup-timer-note = No points for speed, ever: the timer only ends the round.
sort-setup-start = { $cards ->
    [one] ▶ Start exercise ({ $cards } card)
   *[other] ▶ Start exercise ({ $cards } cards)
}
sort-review-hint = Sort the cards your review schedule says are due, plus a few new ones
sort-board-title-retry = { $title } · retry round { $round }
sort-board-placed = { $placed } of { $total } placed
sort-board-time-left = ⏱ { $time } left
sort-board-student = Student: { $student }
sort-board-sealed = Sealed: your instructor grades this exercise; no marks are shown.
sort-board-pile = Pile ({ $count })
sort-board-pile-empty = All cards are placed. Press Check (Enter).
sort-board-pile-name = { $cards ->
    [one] Pile, { $cards } card
   *[other] Pile, { $cards } cards
}
sort-board-see-results = See results
sort-board-check = ✔ Check (Enter)
sort-board-show-solution = Show solution
sort-board-quit = Quit
sort-board-quit-hint = Leave this exercise for the start screen
sort-board-place-name = Place here: { $owner }
sort-board-place-here = ⬇ Place here ({ $key })
sort-board-place-short = ⬇ Here ({ $key })
sort-board-bin-name = { $cards ->
    [one] { $owner } bin, { $cards } card
   *[other] { $owner } bin, { $cards } cards
}
sort-board-how-to-play = Drag a card onto a bin — or click a card, then a bin's “Place here”. Keys on a card: arrows move to the nearest card on screen, 1/2/3 or A/C/S place it (the focus goes on to the next card), Backspace returns it to the pile, Enter checks. Tab goes through the cards and buttons; Enter on a button presses it.
sort-card-in-bin = { $text }, in the { $bin } bin
sort-card-right = { $name } (right)
sort-card-wrong = { $name } (wrong, belongs to { $owner })
sort-card-unanswered = { $name } (unanswered, belongs to { $owner })
sort-announce-placed = { $text }: placed in { $bin }.
sort-announce-right = Right.
sort-announce-wrong = Wrong: belongs to { $owner }.
sort-announce-count = { $placed } of { $total } placed.
sort-mark-right = ✔ Right
sort-mark-wrong = ✖ Wrong: belongs to { $owner }
sort-mark-unanswered = — Not placed: belongs to { $owner }
sort-question-check-unplaced = { $cards ->
    [one] { $cards } card is still in the pile: check anyway?
   *[other] { $cards } cards are still in the pile: check anyway?
}
sort-question-leave-unsaved = Your result is not saved: leave this exercise anyway?
sort-question-leave = Leave this exercise? The cards you placed are not checked yet.
sort-question-replace = { $path } already exists. Replace it with your result?
sort-question-show-solution = { $placed ->
    [one] Show the solution? This ends the round: your score counts only the { $placed } card you placed (of { $total }); the others count as not placed and come back for review.
   *[other] Show the solution? This ends the round: your score counts only the { $placed } cards you placed (of { $total }); the others count as not placed and come back for review.
}
sort-question-hand-in = { $placed ->
    [one] Leave and hand in now? The { $placed } card you placed is handed in as it is; the others count as not placed, and your result says you left early.
   *[other] Leave and hand in now? The { $placed } cards you placed are handed in as they are; the others count as not placed, and your result says you left early.
}
sort-answer-check-anyway = Check anyway
sort-answer-keep-sorting = Keep sorting
sort-answer-leave = Leave
sort-answer-stay = Stay
sort-answer-replace = Replace
sort-answer-keep-file = Keep the old file
sort-answer-hand-in = Leave and hand in now
sort-answer-keep-working = Keep working
sort-answer-show-solution = Show the solution
sort-notice-exam = You are taking a sealed exercise: Browse, Progress, Stack drill and Instructor open again once your result is saved. To stop now, use Quit: what you placed is handed in.
sort-notice-sealed = Your instructor grades this exercise: no marks or score are shown here. Save your result and hand the file to your instructor.
sort-notice-choose-card = Choose a card first (arrow keys or a click).
sort-notice-graded-solution = This exercise is graded: the solution opens once your result is saved.
sort-notice-graded-retry = This exercise is graded: retries open once your result is saved.
sort-notice-time-up = Time is up: the round was checked as it stood.
sort-notice-retake = A result of this exercise was already saved on this computer for { $student }. This run is attempt { $attempt }, a retake: the result file says so, and your instructor's report shows every attempt.
sort-notice-retake-dates = A result of this exercise was already saved on this computer for { $student } ({ $dates }). This run is attempt { $attempt }, a retake: the result file says so, and your instructor's report shows every attempt.
sort-notice-no-such-card = There is no card number { $number }.
sort-notice-checked = This round is checked: retry the missed cards to place them again.
sort-notice-locked = With instant feedback a card stays where it first landed.
sort-notice-no-class-run = There is no exercise from a file running: open one with “Take an exercise” on Sort's start screen.
sort-notice-not-checked = Check the exercise first: the result is your first attempt.
sort-notice-not-written = The result could not be written: { $error }
sort-notice-not-saved = The result could not be saved to { $path }: { $error }. Choose another place.
sort-notice-copy-not-kept = The app's own copy of your result could not be kept in { $folder }: { $error }.
sort-results-heading = { $title } — results
sort-results-score = Score { $points } / { $max } ({ $percent })
sort-results-spoken = { $title } results. { $score }: { $right } right, { $wrong } wrong, { $unplaced } not placed.
sort-results-counts = { $right } right · { $wrong } wrong · { $unplaced } not placed
sort-results-time = Time taken: { $time }
sort-results-time-penalty = Time taken: { $time } · penalty on
sort-results-retry-rounds = Retry rounds: { $rounds }. Your score stays the first attempt's.
sort-results-first-attempt = The first attempt is the score: retrying the misses is for learning.
sort-results-retry = 🔁 Retry missed ({ $missed })
sort-results-new = New exercise
sort-results-browse = Back to Browse
sort-results-board = See the board
sort-results-by-topic = By topic
sort-results-topic-name = { $topic }: { $right } of { $total } right, { $percent }
sort-results-all-right = Every card was right the first time. Well done!
sort-results-missed = Missed cards ({ $missed })
sort-results-belongs-to = Belongs to
sort-results-placed-in = · you placed it in
sort-results-not-placed = · you did not place it
sort-results-handed-in = { $title } — handed in
sort-results-sealed-placed = You placed { $placed } of { $total } cards in { $time }.
sort-results-save = 💾 Save result…
sort-results-save-hint = Save your first attempt as a file for your instructor
sort-results-type-path = Type a path
sort-results-type-path-name = Type a path: Save your result
sort-results-saved = ✔ Saved to { $path }. Hand this file to your instructor.
sort-results-student = Student: { $student }. Save your result and hand the file to your instructor.
drill-heading = Stack drill
drill-intro = Pick a service: its layers appear without their owners, and you set each one to AWS, Customer or Shared.
drill-no-stack = No loaded deck defines a responsibility stack.
drill-service-button = Drill { $service }
drill-back-to-browse = Back to Browse
drill-title = Stack drill: { $service }
drill-score = Score: { $right } of { $total } layers right
drill-instructions = Who secures each layer? Drag an owner onto a layer, click AWS, Customer or Shared on its row, or move with the Up and Down keys and press 1 (AWS), 2 (Customer) or 3 (Shared).
drill-drag = Drag:
drill-drag-owner = Drag { $owner }
drill-set-layer = Set { $layer } to { $owner }
drill-check = Check ({ $set } of { $total } set)
drill-again = Drill it again
drill-another = Another service
drill-mark-right = ✔ right
drill-mark-wrong = ✖ wrong
drill-mark-not-set = ✖ not set
drill-mark-answer = · answer:

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

## clap

# The command line's --help and man pages. clap's own words in the help
# (each heading is followed by a list; keep the colon where the language
# puts one).
cli-help-usage = Usage:
cli-help-commands = Commands:
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-help-print-help = Print help
cli-help-print-help-more = Print help (see more with '--help')
cli-help-print-help-summary = Print help (see a summary with '-h')
cli-help-print-version = Print version
cli-help-help-command = Print this message or the help of the given subcommand(s)
# $value is an option's default value, e.g. "[default: 1]".
cli-help-default = [default: { $value }]
# $values are the values an option takes, e.g. "browse, sort, progress".
cli-help-possible-values-list = [possible values: { $values }]
# Followed by a list of the values, each with what it means.
cli-help-possible-values = Possible values:
# The section titles of the man pages (man's conventions in each language).
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-options = OPTIONS
cli-man-commands = SUBCOMMANDS
cli-man-version = VERSION

# What --help says about each command, argument and value: the ids are made
# from where they are (see src/cli/help.rs): cli-help-exercise-new is
# `exercise new`, cli-help-exercise-new--count its --count,
# cli-help-report--attempts--first the value "first" of `report --attempts`.
# The English text is the one in the code (a test compares them).
cli-help = Offline desktop study app for the AWS Shared Responsibility Model
cli-help--content = Also load the decks in this folder (may be given more than once)
cli-help--data-dir = Keep progress and user content in this folder instead of the platform data folder (also: SRM_STUDY_DATA_DIR)
cli-help--area = Open the app on this area
cli-help--area--browse = The responsibility browser
cli-help--area--sort = Sorting exercises
cli-help--area--progress = History and spaced review
cli-help--area--instructor = Exercise files and class reports
cli-help--lang = The language of the window, of the messages, of this help and of the cards `exercise new` and `export` write: en, es, de, ja, or en-XA (pseudo-translated, to find untranslated text). Also: SRM_STUDY_LANG. Without either, the window shows the language picked last time (on the first run the system's), and the commands the system's
cli-help--files = Exercise, answer key, result or deck files to open in the window: an exercise on the student's page, a key or results in the class report, a deck imported on the Decks page
cli-help-validate = Check deck, exercise and result files or folders (default: the built-in decks and --content)
cli-help-validate--lint = Also run the deck lint: cards whose text gives their owner away, near-duplicate cards, topics whose cards all have one owner
cli-help-validate--paths = Files or folders to check
cli-help-report = Grade students' result files against an exercise or the answer key of a sealed one: a table per student, the cards most missed, the misconception matrix, the confusion table, and optionally a CSV
cli-help-report--exercise = The exercise file the results are for, or the answer key (NAME.key.ron) of a sealed exercise
cli-help-report--results = Result files, or folders of them
cli-help-report--csv = Also write the report as CSV to this file
cli-help-report--card-texts = In the CSV, a second row with the card texts
cli-help-report--attempts = Which attempt counts for a student with several results
cli-help-report--attempts--first = The first attempt (by attempt number, then date)
cli-help-report--attempts--best = The attempt with the most points
cli-help-report--attempts--latest = The last attempt
cli-help-report--force = Replace the CSV file if it exists (never one of the inputs)
cli-help-exercise = Make exercise files (as the Instructor's builder does)
cli-help-exercise-new = Write a new exercise file from cards of a loaded deck (with --sealed: a student file without owners and its answer key FILE.key.ron)
cli-help-exercise-new--deck = The loaded deck the cards come from (see `srm-study list`)
cli-help-exercise-new--topics = Only cards of this topic id (may be repeated)
cli-help-exercise-new--services = Only cards about this service id (may be repeated)
cli-help-exercise-new--count = How many cards (default: all that match), chosen at random by --seed
cli-help-exercise-new--seed = The seed that chooses the cards and the exercise's seed
cli-help-exercise-new--feedback = When marks appear
cli-help-exercise-new--feedback--instant = After each placement
cli-help-exercise-new--feedback--end = After the check
cli-help-exercise-new--sealed = Seal it: the student file has no owners, the answer key FILE.key.ron stays with you and grades the results
cli-help-exercise-new--penalty = A wrong placement costs a point
cli-help-exercise-new--time-limit = A time limit in seconds
cli-help-exercise-new--id = The exercise id (default: the file name without .ron)
cli-help-exercise-new--title = The title students see (default: the deck's title)
cli-help-exercise-new--instructions = Instructions shown before the student starts
cli-help-exercise-new--out = The exercise file to write
cli-help-exercise-new--force = Replace the file (and its answer key) if they exist; the old key is kept as FILE.replaced-FINGERPRINT.key.ron to grade the copies already handed out
cli-help-exercise-new--also-in = Also write the student file in this language, as FILE.LANG.ron: the same cards, order, options and answer key, so one class report grades every copy (may be repeated)
cli-help-export-deck = Write a loaded deck as pretty RON
cli-help-export-deck--id = The id of the deck (see `srm-study list`)
cli-help-export-deck--out = Where to write it
cli-help-export-deck--force = Replace the file if it exists (never the deck's own file)
cli-help-list = List the loaded decks
cli-help-import-table = Add the rows of a CSV/TSV table (text, owner, topic, explanation, services, source URL, aws_part, customer_part) as cards to a deck file; rows whose text matches a card update it
cli-help-import-table--file = The table: CSV, TSV or semicolon-separated
cli-help-import-table--deck = The deck's id (the deck in --out, a loaded deck, or a new one)
cli-help-import-table--out = The deck file to write
cli-help-import-table--force = Add the rows to the deck already in --out (it is replaced by the deck with the rows); never the table itself
cli-help-import-table--refused = Write the rows left out to this CSV file, each with why, to fix and import again (replaced only with --force)
cli-help-export = Export cards to Moodle XML, a QTI 2.1 package, Anki or Quizlet, or students' results to xAPI statements
cli-help-export--format = The format to write
cli-help-export--format--moodle = Moodle XML: a drag-and-drop-into-text question (question bank import)
cli-help-export--format--qti = An IMS QTI 2.1 package (zip) with one matching item
cli-help-export--format--anki = A text file for Anki's File > Import (notes update on re-import)
cli-help-export--format--quizlet = Term and definition rows for Quizlet's import box
cli-help-export--format--xapi = xAPI 1.0.3 statements (JSON) of students' results
cli-help-export--deck = Export the cards of this loaded deck (see `srm-study list`)
cli-help-export--exercise = Export the cards of this exercise file (for xapi: the exercise the results are for)
cli-help-export--results = xapi only: the students' result files, or folders of them
cli-help-export--topics = Only cards of this topic (id or title; may be repeated)
cli-help-export--services = Only cards about this service (id or name; may be repeated)
cli-help-export--matching = moodle only: also write one matching question per topic (next to the drag-and-drop question)
cli-help-export--questions = moodle: which questions: one drag-and-drop question (default), one per topic, or one per card
cli-help-export--questions--one = One drag-and-drop-into-text question with every card
cli-help-export--questions--per-topic = One matching question per topic (a three-choice question for a topic of one card)
cli-help-export--questions--per-card = One three-choice question per card
cli-help-export--per-card = qti only: one three-choice item per card (with the explanation as feedback) instead of one matching item
cli-help-export--class-uri = xapi only: the class, an http(s) URI: the students' account homePage and the base of the activity ids
cli-help-export--attempt = xapi only: which attempt these results are; another number gives new statement ids
cli-help-export--out = The file to write
cli-help-export--force = Replace the file if it exists (never one of the inputs)
cli-help-lrs = Send results to a Learning Record Store (xAPI), load them back into a class report, or test the connection. The secret is read from SRM_STUDY_LRS_SECRET
cli-help-lrs-send = Send results (and the statements waiting from earlier sends) to the LRS. Without result files, only the waiting statements are sent
cli-help-lrs-send--endpoint = The LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI
cli-help-lrs-send--key = The Basic-auth key (user name); the secret is read from SRM_STUDY_LRS_SECRET
cli-help-lrs-send--exercise = The exercise (or answer key) the results are for
cli-help-lrs-send--class-uri = The class, an http(s) URI (default: the app's LRS settings)
cli-help-lrs-send--attempt = Which attempt these results are
cli-help-lrs-send--results = Result files, or folders of them
cli-help-lrs-load = Load an exercise's statements from the LRS and print the class report, as `srm-study report` does for result files
cli-help-lrs-load--endpoint = The LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI
cli-help-lrs-load--key = The Basic-auth key (user name); the secret is read from SRM_STUDY_LRS_SECRET
cli-help-lrs-load--exercise = The exercise (or answer key) to grade against
cli-help-lrs-load--class-uri = The class, an http(s) URI (default: the app's LRS settings)
cli-help-lrs-load--attempt = Which attempt to load
cli-help-lrs-load--csv = Also write the report as CSV to this file
cli-help-lrs-test = Check the endpoint and the credentials
cli-help-lrs-test--endpoint = The LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI
cli-help-lrs-test--key = The Basic-auth key (user name); the secret is read from SRM_STUDY_LRS_SECRET
cli-help-lrs-set-secret = Keep the secret, read from standard input (one line), where the app keeps it: the desktop's keyring, or else a file only you can read. An empty line removes it
cli-help-generate = Write the man pages or the shell completions (for packagers)
cli-help-generate-man = Write the man pages (`srm-study.1` and `srm-study-SUBCOMMAND.1`) into a folder (in the language of --lang, else English)
cli-help-generate-man--dir = The folder (created if missing)
cli-help-generate-completions = Print the completion script for a shell
cli-help-generate-completions--shell = The shell
cli-help-generate-completions--shell--bash = bash (with the bash-completion package)
cli-help-generate-completions--shell--zsh = zsh
cli-help-generate-completions--shell--fish = fish

## msgreport

# Why a result file is left out of the class report, and the report's warnings.
report-reason-other-exercise = this result is for the exercise "{ $found }", not "{ $expected }"
report-reason-other-version = made for another version of this exercise (its fingerprint is { $found }, this exercise's is { $expected }); not graded
report-reason-no-fingerprint = made for another version of this exercise (its fingerprint is missing, this exercise's is { $expected }); not graded
report-reason-sealed = this is a sealed student file, which has no answers; grade with its answer key (the .key.ron file)
# $ids and $fields are lists of ids as the file gives them.
report-warning-unknown-cards = { $file }: ignored answers for cards that are not in the exercise: { $ids }
report-warning-ignored-fields = { $file }: ignored fields this version does not use: { $fields }
# $files is a list of report-warning-attempt-file; $rule one of report-rule-first, -best, -latest.
report-warning-attempts = student "{ $student }" has { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}: { $files }; the { $rule } counts ({ $chosen }), the others are listed as retakes
# $date is the attempt's date as the file gives it, or report-no-date.
report-warning-attempt-file = { $file } (attempt { $attempt }, { $date })
report-csv-error = cannot write the CSV: { $error }
# What went wrong with the LRS; $error and $message are the system's or the LRS's own words.
lrs-error-not-http = "{ $endpoint }" is not an LRS endpoint: give an http:// or https:// address with a host, e.g. https://lrs.example.org/xAPI
lrs-error-query-or-fragment = "{ $endpoint }": an LRS endpoint has no ? query or # fragment
lrs-error-bad-link = the LRS gave a link that is not an address: "{ $link }"
lrs-error-foreign-link = the LRS gave a link to another server ({ $link }, not { $origin }); it was not followed, so the key and secret went only to { $origin }
lrs-error-bad-page = the LRS answered something that is not a statement result: { $detail }
lrs-error-connection = cannot reach the LRS at { $url }: { $error }
lrs-error-timed-out = the LRS at { $url } did not answer within { $seconds } s; check the endpoint, or try again later
lrs-error-too-large = the LRS's answer to { $url } is larger than { $limit } MiB; it was not read (ask the LRS's administrator whether the endpoint is right)
lrs-error-status = the LRS answered { $status } to { $method } { $url }: { $message }
# $hint is one of lrs-error-hint-401, -403, -404 (the HTTP status's name stays English).
lrs-error-status-hint = the LRS answered { $status } { $hint } to { $method } { $url }: { $message }
lrs-error-hint-401 = Unauthorized (check the key and the secret)
lrs-error-hint-403 = Forbidden (these credentials may not do this)
lrs-error-hint-404 = Not Found (check the endpoint: it usually ends in /xAPI)
lrs-error-stopped = stopped
# Why progress could not be saved; $error is the system's words, $reason why the file cannot be read.
save-error-serialize = cannot write the progress as RON: { $error }
save-error-too-large = the progress is too large to save ({ $bytes } bytes of card statistics)
save-error-io = cannot save progress to { $path }: { $error }
save-error-dangling-link = { $path } is a symbolic link to { $target }, which does not exist (a folder that is not mounted, a file moved away?). The link was left as it is; progress is not saved until its target is back or the link is removed
save-error-newer-shown = { $reason }; your progress is shown but not changed
save-error-newer-left = { $reason }; it is left as it is
save-error-changed-on-disk = { $path } changed on disk and cannot be read ({ $reason }), so it was left alone
save-error-no-backup = the current progress file could not be kept as a backup: { $error }
save-error-not-read = the progress file could not be read: { $error }

## msgload
# Messages the model writes about decks, exercises and results (load
# errors, lint warnings, the editor's problems), worded when shown. The
# path, line and column, ids, field names and RON keywords stay as they are.
load-about = { $kind ->
        [deck] deck
        [item] item
        [topic] topic
        [source] source
        [layer] layer
        [service] service
       *[exercise] exercise
    } "{ $id }"
load-about-result = result of "{ $student }"
load-about-answer = { $result }: answer "{ $id }"
load-too-large = the file is { $size } bytes, more than the 8 MiB limit; split it into smaller files
load-not-utf8 = the file is not UTF-8 text; save it as UTF-8 in your editor
load-empty = the file is empty; a deck starts with `Deck(` (see content/README.md)
load-too-deep = the data is nested too deeply (more than 128 levels); a deck needs only a few
load-ends-early = the file ends too early: a bracket, parenthesis or string is not closed
load-string-not-closed = a string is not closed: add the missing '"'
load-ron-variant = Unexpected variant named { $found } in enum { $outer }, { $expected }
load-ron-enum-variant = Unexpected enum variant named { $found }, { $expected }
load-ron-field = Unexpected field named { $found } in { $outer }, { $expected }
load-ron-field-plain = Unexpected field named { $found }, { $expected }
load-ron-missing-field = Unexpected missing field named { $field } in { $outer }
load-ron-missing-field-plain = Unexpected missing field named { $field }
load-ron-duplicate-field = Unexpected duplicate field named { $field } in { $outer }
load-ron-duplicate-field-plain = Unexpected duplicate field named { $field }
load-ron-struct-name = Expected struct { $expected } but found { $found }
load-ron-struct-open = Expected opening `(` for struct { $name }
load-ron-char = Unexpected char { $char }
load-ron-expected = Expected { $what ->
        [comma] comma
        [string] string
        [integer] integer
        [boolean] boolean
        [colon] colon
       *[identifier] identifier
    }
load-ron-opening = Expected opening `{ $bracket }`
load-ron-closing = Expected closing `{ $bracket }`
load-ron-trailing = Non-whitespace trailing characters
load-ron-other = { $detail }
load-ron-none = there are no { $what ->
        [variants] variants
       *[fields] fields
    }
load-ron-expected-one = expected { $first } instead
load-ron-expected-two = expected either { $first } or { $second } instead
load-ron-expected-many = expected one of { $list }, or { $last } instead
load-title-empty = the title is empty
load-no-items = the deck has no items; add at least one Item(...)
load-service-unknown-layer = names layer "{ $layer }", which is not in this deck's layers
load-id-taken = this id is used by another { $what ->
        [item] item
        [topic] topic
        [source] source
        [layer] layer
       *[service] service
    } of the deck
load-text-empty = the text is empty
load-explanation-empty = the explanation is empty; say why this owner
load-char = U+{ $code }{ $name ->
        [null] {" "}(null)
        [bell] {" "}(bell)
        [backspace] {" "}(backspace)
        [tab] {" "}(tab)
        [line-break] {" "}(line break)
        [vertical-tab] {" "}(vertical tab)
        [form-feed] {" "}(form feed)
        [carriage-return] {" "}(carriage return)
        [escape] {" "}(escape)
        [delete] {" "}(delete)
        [not-a-character] {" "}(not a character)
       *[none] {""}
    }
load-forbidden-char = the { $field ->
        [title] title
        [description] description
        [language] language
        [summary] summary
        [address] address
        [name] name
        [category] category
        [text] text
        [explanation] explanation
        [aws-part] AWS part
        [customer-part] customer part
       *[tag] tag
    } holds { $char } at character { $at }{ $more ->
        [0] {""}
        [one] {" "}and { $more } more control character
       *[other] {" "}and { $more } more control characters
    }; remove it (exports to Moodle and QTI and the terminal cannot show it)
load-bad-id = the { $what ->
        [exercise-id] exercise id
        [item-id] item id
       *[id] id
    } "{ $id }" is not valid: use lowercase letters, digits and '-', starting with a letter, at most { $max } characters
load-unknown-ref = names { $what ->
        [topic] topic
        [layer] layer
        [service] service
       *[source] source
    } "{ $id }", which this deck does not define ({ $list })
load-defines-none = this deck defines no { $what ->
        [topic] topics
        [layer] layers
        [service] services
       *[source] sources
    }
load-known = known { $what ->
        [topic] topics
        [layer] layers
        [service] services
       *[source] sources
    }: { $list }
load-defines-many = the deck defines { $count } { $what ->
        [topic] topics
        [layer] layers
        [service] services
       *[source] sources
    }
load-title-or-name-empty = the title or name is empty
load-not-utf8-at = the file is not UTF-8 text (at byte { $byte }); save it as UTF-8 in your editor
load-cannot-read = cannot read the file: { $error }
load-not-regular = this is { $kind ->
        [folder] a folder
        [fifo] a FIFO (named pipe)
        [socket] a socket
        [device] a device
       *[special] a special file
    }, not a regular file; give the path of a .ron file
load-over-limit = the file is { $size } bytes, more than the { $limit } MiB limit
load-cannot-read-folder = cannot read the folder: { $error }
load-origin-builtin = built-in { $name }
load-origin-file = { $path }
load-deck-id-taken = this deck id is already used by { $origin }; give one of the decks another id
load-translation-no-deck = this translation is for a deck that is not loaded; add the deck, or put the translation beside it
load-translation-language = "{ $tag }" is not a language tag; write one such as es, de, ja or pt-BR
load-progress-empty = the progress file is empty
name-control = the student name must be on one line, without line breaks, tabs or control characters
name-bidi = the student name holds a right-to-left or left-to-right control character (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F or U+061C), which changes how it is shown; type the name without it
name-empty = the student name is empty
name-too-long = the student name is longer than { $max } characters
exercise-file-at = line { $line }, column { $col }: { $message }
exercise-file-about = { $about }: { $message }
exercise-file-starts-with = the file starts with `{ $word }`; SRM Study files start with `Deck(`, `Exercise(` or `ExerciseResult(` (see content/README.md)
exercise-file-cards-not-sealed = `cards:` is only for a sealed student file (sealed: true, no key)
exercise-file-cards-and-items = a sealed student file has its cards in `cards:`, not in the deck's items
exercise-file-wrong-kind = this file starts with `{ $found }(`, not `{ $wanted }(`: it is not { $kind ->
        [deck] a deck file
        [exercise] an exercise file
       *[result] a result file
    }
exercise-file-time-limit-zero = time_limit_secs is 0; leave it out for no time limit
exercise-file-no-fingerprint = a sealed student file needs the fingerprint of its answer key
exercise-file-key-not-sealed = `key:` is only for an answer key, which has sealed: true
exercise-file-answered-twice = this card is answered twice; a result holds one answer per card
deck-edit-no-id = the deck has no id yet
deck-edit-no-cards = the deck has no cards yet: add at least one card
deck-edit-card-unknown-topic = its topic “{ $id }” is not in this deck: choose one of the deck's topics
deck-edit-card-unknown-layer = its layer “{ $id }” is not in this deck: choose one of the deck's layers
deck-edit-card-unknown-service = it names the service “{ $id }”, which this deck does not have: add the service (on the Stack page) or untick it
deck-edit-card-unknown-source = it cites the source “{ $id }”, which this deck does not have: add the source or untick it
deck-edit-layer-owner-unknown = gives an owner for the layer “{ $id }”, which this deck does not have: add the layer (on the Stack page)
deck-edit-unknown-ref = names the { $what ->
        [topic] topic
        [layer] layer
        [service] service
       *[source] source
    } “{ $id }”, which this deck does not have
deck-edit-id-taken = another { $what ->
        [card] card
        [deck] deck
        [topic] topic
        [source] source
        [layer] layer
       *[service] service
    } has the same id “{ $id }”
deck-edit-name-empty = the name is empty
deck-edit-about = { $what ->
        [topic] Topic
        [source] Source
        [layer] Layer
        [service] Service
       *[other] Part
    } “{ $id }”: { $message }
lint-warning = warning
lint-whole-area = item "{ $id }": "{ $text }" names a whole area ({ $words }) while { $specific } other cards of topic "{ $topic }" name specific duties, so it stands out from them; name the specific resource, setting or step (for a Shared card, what each party does)
lint-where-line = {" "}(line { $line })
lint-where-file-line = {" "}in { $file }:{ $line }
lint-where-file = {" "}in { $file }
lint-near-duplicate = item "{ $id }": its text "{ $text }" is nearly the same as item "{ $other }"{ $where_other }: "{ $other_text }"; merge the two cards, or reword one so the difference between the duties is clear
lint-list-and = { $list } and { $last }
lint-give-away = item "{ $id }": { $listed } in the card text { $count ->
        [one] gives
       *[other] give
    } the owner away; { $advice }
lint-advice-second-person = second-person and possessive words point at the customer; name the thing instead ("Patching the guest OS of an EC2 instance", not "Patching your own OS")
lint-advice-names-owner = it names an owner; describe the duty without saying who does it ("Securing the data centre buildings", not "Securing AWS's buildings")
lint-advice-shared = it marks the card as Shared; name the concrete duty, or make one card per party ("Writing key policies for AWS KMS keys" and "Protecting KMS key material in HSMs")
lint-opening = item "{ $id }": all { $count } cards whose text starts with "{ $phrase }" belong to { $owner } ({ $ids }), so a student can sort them by their first words; reword some of them, or start cards of another owner the same way
lint-single-owner-topic = topic "{ $id }": all { $count } cards belong to { $owner }, so sorting this topic puts every card in the same bin; add cards with another owner to it, or merge it with another topic
lint-translation-wrong-deck = this translation names the deck "{ $named }" but is applied to "{ $base }"; write the id of the deck it translates
lint-translation-unknown = { $what ->
        [about] the deck's title
        [topic] topic "{ $id }"
        [layer] layer "{ $id }"
        [service] service "{ $id }"
        [source] source "{ $id }"
       *[item] item "{ $id }"
    }: the deck has no such entry; fix the id or remove the entry
lint-translation-duplicate = { $what ->
        [about] the deck's title
        [topic] topic "{ $id }"
        [layer] layer "{ $id }"
        [service] service "{ $id }"
        [source] source "{ $id }"
       *[item] item "{ $id }"
    }: translated twice; keep one entry
lint-translation-stale = { $what ->
        [about] the deck's title
        [topic] topic "{ $id }"
        [layer] layer "{ $id }"
        [service] service "{ $id }"
        [source] source "{ $id }"
       *[item] item "{ $id }"
    }: the English changed since this was translated, so it shows in English; update the translation, then copy the new `from` from a template (`cargo run --example overlay_template`)
lint-translation-empty = { $what ->
        [about] the deck's title
        [topic] topic "{ $id }"
        [layer] layer "{ $id }"
        [service] service "{ $id }"
        [source] source "{ $id }"
       *[item] item "{ $id }"
    }: the translation is empty; write it, or remove the entry to show the English
lint-translation-missing = { $what ->
        [about] the deck's title
        [topic] topic "{ $id }"
        [layer] layer "{ $id }"
        [service] service "{ $id }"
        [source] source "{ $id }"
       *[item] item "{ $id }"
    }: not translated into { $language }; it shows in English
lint-translation-give-away = item "{ $id }": { $listed } in the card text ({ $language }) { $count ->
        [one] tells
       *[other] tell
    } the student who owns the duty; describe the duty without saying who does it
lint-translation-english = item "{ $id }": the card text is the same as the English; translate it into { $language }
lint-translation-glossary = "{ $id }": the English says "{ $term }"; use the glossary's word for it ({ $words })
lint-translation-service = "{ $id }": keep the service name "{ $service }" as it is

## table
# What a pasted or imported table of cards says about a row (the editor's
# paste preview, `import-table`, the refused rows' CSV). $owner is an
# owner's name; $error is the CSV reader's own words.
table-unreadable = the table cannot be read: { $error }
table-unreadable-at = line { $line }: the table cannot be read: { $error }
table-text-empty = the text is empty
table-owner-empty = the owner is empty: choose AWS, Customer or Shared
table-owner-unclear = the owner "{ $word }" is not clearly AWS, Customer or Shared: choose one
table-owner-read-as = owner "{ $word }" was read as { $owner }
table-explanation-empty = the explanation is empty: say why this owner
table-topic-not-in-deck = the topic "{ $topic }" is not in this deck: create it, or name a topic the deck has
table-same-text = the same text as the row on line { $line }
table-updates-card = updates the card "{ $id }" with the same text
table-service-builtin = the service "{ $name }" is the built-in { $builtin } (id "{ $id }"): it is copied into this deck with its stack
table-service-new = the service "{ $name }" is not a built-in one: it is added to this deck as a new service (id "{ $id }"); give it an owner per layer on the Stack page
table-topic-builtin = the topic "{ $name }" is the built-in "{ $title }": it is copied into this deck
table-topic-new = the topic "{ $name }" is new and will be created
table-source-new = the source { $url } is new and will be added
table-control-characters = control characters ({ $names }) were turned into spaces

## export
# Why an export could not be made; $error is the writer's own words.
export-error-no-cards = there are no cards to export (check the --topic and --service filters)
export-error-xml = cannot write the XML: { $error }
export-error-zip = cannot write the zip package: { $error }
export-error-json = cannot write the JSON: { $error }
export-error-class-uri = the class URI "{ $uri }" is not usable: give an absolute http:// or https:// address, e.g. https://school.example/classes/cloud-101
export-error-duplicate-student = two results of the student "{ $student }" are the same attempt; keep one, or export them separately with different attempts
export-error-other-exercise = the result of "{ $student }" is for the exercise "{ $found }", not "{ $expected }"
# A filter's topic or service that names nothing in the deck.
export-unknown-topic = topic "{ $topic }"
export-unknown-service = service "{ $service }"

## lrs-config
# What is missing to talk to an LRS: said as the command line's options
# (-cli) or the LRS settings page can give it. $error is the keyring's or
# the system's own words.
lrs-config-no-endpoint-cli = give the LRS's endpoint with --endpoint URL
lrs-config-no-endpoint = Type the LRS's endpoint in LRS settings first.
lrs-config-no-key-cli = give the LRS's key (user name) with --key KEY
lrs-config-no-key = Type the LRS's key (user name) in LRS settings first.
lrs-config-no-secret-cli = set { $variable } to the LRS's secret (it is never given on the command line)
lrs-config-no-secret = No secret is saved: type the LRS's secret in LRS settings and save.
lrs-config-secret-unreadable = the saved secret cannot be read: { $error }
# The connection test's answer; $versions is lrs-test-versions or lrs-test-no-about.
lrs-test-connected = Connected to { $endpoint } ({ $versions }): the key and secret are accepted.
lrs-test-versions = xAPI { $versions }
lrs-test-no-about = no /about
# A statement the LRS already holds with other content; $what is lrs-conflict-card or lrs-conflict-exercise.
lrs-conflict = { $student }, { $what }: the LRS already holds statement { $id } with other content
lrs-conflict-card = card { $card }
lrs-conflict-exercise = the exercise

## exercise-build
# Why an exercise could not be built from the chosen cards ($item and $deck
# are positions in the loaded decks), or its files written ($error is the
# system's own words, $path a file).
exercise-build-no-cards = choose at least one card for the exercise
exercise-build-unknown-card = card { $item } of deck { $deck } is not among the loaded decks
exercise-write-ron = the exercise could not be written as RON: { $error }
exercise-write-io = { $path }: cannot write the file: { $error }
exercise-write-key-over-student = { $path }: the answer key cannot have the student file's name; choose a name ending in .ron
