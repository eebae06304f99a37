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
