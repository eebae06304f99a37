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
sort-review-nothing-due = 🔁 Review (nothing due)
sort-review-new = { $new ->
    [one] 🔁 Review: { $new } new card
   *[other] 🔁 Review: { $new } new cards
}
sort-review-due = 🔁 Review due ({ $due })
sort-review-due-and-new = 🔁 Review due ({ $due }) + { $new } new
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
