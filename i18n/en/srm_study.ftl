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
# A result file the report could not grade: its name, and why (in English for now).
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
