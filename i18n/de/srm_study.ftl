# SRM Study auf Deutsch. Begriffe des Modells der geteilten Verantwortung wie
# auf der deutschen Seite von AWS (Glossar: i18n/de/glossary.ron).

app-name = SRM Study
area-browse = Durchsuchen
area-sort = Zuordnen
area-progress = Fortschritt
area-instructor = Lehrkraft
area-drill = Schichten üben
projector-button = 📽 Beamer
projector-hint = Große Schrift und hoher Kontrast für den Unterricht (F11 oder Esc zum Verlassen)
language-picker = Sprache
language-picker-hint = Die Sprache des Fensters; die Kartenstapel behalten ihre eigene
theme-system = Systemdesign
theme-dark = Dunkel
theme-light = Hell

status-decks = { $decks ->
    [one] { $decks } Kartenstapel
   *[other] { $decks } Kartenstapel
}
status-cards = { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}

## Owners (shared by every area and the command line)

owner-aws = AWS
owner-customer = Kunde
owner-shared = Geteilt
owner-aws-tagline = Sicherheit DER Cloud
owner-customer-tagline = Sicherheit IN DER Cloud
owner-shared-tagline = jeder sichert seinen Teil

## Sort and Stack drill

sort-back-to-start = Zurück zum Startbildschirm
sort-practice-title = Übung
sort-title-ended-by-solution = { $title } (mit „Lösung zeigen“ beendet)
sort-setup-heading = Neue Zuordnungsübung
sort-setup-intro = Ziehe jede Karte zu AWS, Kunde oder Geteilt. Dein erster Versuch ist deine Punktzahl.
sort-setup-drill-intro = Oder lege für jede Schicht des Stacks eines Dienstes fest, wer zuständig ist:
sort-setup-drill-button = ▶ Schichten üben
sort-setup-take-intro = Hast du eine Übungsdatei von deiner Lehrkraft bekommen?
sort-setup-take-button = 🗁 Übung bearbeiten…
sort-setup-what = Was üben
sort-setup-decks = Kartenstapel (keiner angehakt = alle)
sort-setup-topics = Themen (keines angehakt = alle)
sort-setup-services = Dienste (keiner angehakt = jede Karte)
sort-setup-how = Wie
sort-setup-count = Anzahl der Karten
sort-setup-count-all = Alle
sort-setup-matching = { $cards ->
    [one] { $cards } Karte passt zu dieser Auswahl
   *[other] { $cards } Karten passen zu dieser Auswahl
}
sort-setup-feedback = Rückmeldung
sort-setup-feedback-instant = Sofort (jede Karte beim Ablegen)
sort-setup-feedback-at-end = Am Ende (beim Prüfen)
sort-setup-penalty = Abzug: −1 für jede falsch abgelegte Karte (die Summe fällt nie unter 0)
sort-setup-shuffle-bins = Reihenfolge der Fächer mischen
sort-setup-time-limit = Zeitlimit
sort-setup-minutes = Minuten
sort-setup-timer-note = Für Tempo gibt es nie Punkte: Der Timer beendet nur die Runde.
sort-setup-start = { $cards ->
    [one] ▶ Übung starten ({ $cards } Karte)
   *[other] ▶ Übung starten ({ $cards } Karten)
}
sort-review-nothing-due = 🔁 Wiederholen (nichts fällig)
sort-review-new = { $new ->
    [one] 🔁 Wiederholen: { $new } neue Karte
   *[other] 🔁 Wiederholen: { $new } neue Karten
}
sort-review-due = 🔁 Wiederholung fällig ({ $due })
sort-review-due-and-new = 🔁 Wiederholung fällig ({ $due }) + { $new } neue
sort-review-hint = Ordne die Karten zu, die laut deinem Wiederholungsplan fällig sind, dazu ein paar neue
sort-board-title-retry = { $title } · Wiederholungsrunde { $round }
sort-board-placed = { $placed } von { $total } abgelegt
sort-board-time-left = ⏱ noch { $time }
sort-board-student = Lernende Person: { $student }
sort-board-sealed = Versiegelt: Deine Lehrkraft bewertet diese Übung; es werden keine Markierungen gezeigt.
sort-board-pile = Unsortiert ({ $count })
sort-board-pile-empty = Alle Karten sind abgelegt. Drücke Prüfen (Enter).
sort-board-pile-name = { $cards ->
    [one] Unsortiert, { $cards } Karte
   *[other] Unsortiert, { $cards } Karten
}
sort-board-see-results = Ergebnisse ansehen
sort-board-check = ✔ Prüfen (Enter)
sort-board-show-solution = Lösung zeigen
sort-board-quit = Beenden
sort-board-quit-hint = Diese Übung verlassen und zum Startbildschirm zurückkehren
sort-board-place-name = Hier ablegen: { $owner }
sort-board-place-here = ⬇ Hier ablegen ({ $key })
sort-board-place-short = ⬇ Hier ({ $key })
sort-board-bin-name = { $cards ->
    [one] Fach { $owner }, { $cards } Karte
   *[other] Fach { $owner }, { $cards } Karten
}
sort-board-how-to-play = Ziehe eine Karte in ein Fach – oder klicke eine Karte an und dann „Hier ablegen“ eines Fachs. Tasten auf einer Karte: Die Pfeile gehen zur nächstgelegenen Karte auf dem Bildschirm, 1/2/3 oder A/C/S legen sie ab (der Fokus geht zur nächsten Karte), Backspace legt sie zurück zu den unsortierten, Enter prüft. Tab geht durch die Karten und Schaltflächen; Enter auf einer Schaltfläche drückt sie.
sort-card-in-bin = { $text }, im Fach { $bin }
sort-card-right = { $name } (richtig)
sort-card-wrong = { $name } (falsch, gehört zu { $owner })
sort-card-unanswered = { $name } (nicht abgelegt, gehört zu { $owner })
sort-announce-placed = { $text }: abgelegt bei { $bin }.
sort-announce-right = Richtig.
sort-announce-wrong = Falsch: gehört zu { $owner }.
sort-announce-count = { $placed } von { $total } abgelegt.
sort-mark-right = ✔ Richtig
sort-mark-wrong = ✖ Falsch: gehört zu { $owner }
sort-mark-unanswered = — Nicht abgelegt: gehört zu { $owner }
sort-question-check-unplaced = { $cards ->
    [one] { $cards } Karte ist noch unsortiert: trotzdem prüfen?
   *[other] { $cards } Karten sind noch unsortiert: trotzdem prüfen?
}
sort-question-leave-unsaved = Dein Ergebnis ist nicht gespeichert: Diese Übung trotzdem verlassen?
sort-question-leave = Diese Übung verlassen? Die Karten, die du abgelegt hast, sind noch nicht geprüft.
sort-question-replace = { $path } gibt es schon. Durch dein Ergebnis ersetzen?
sort-question-show-solution = { $placed ->
    [one] Lösung zeigen? Das beendet die Runde: Deine Punktzahl zählt nur die { $placed } Karte, die du abgelegt hast (von { $total }); die anderen zählen als nicht abgelegt und kommen zur Wiederholung zurück.
   *[other] Lösung zeigen? Das beendet die Runde: Deine Punktzahl zählt nur die { $placed } Karten, die du abgelegt hast (von { $total }); die anderen zählen als nicht abgelegt und kommen zur Wiederholung zurück.
}
sort-question-hand-in = { $placed ->
    [one] Jetzt verlassen und abgeben? Die { $placed } Karte, die du abgelegt hast, wird so abgegeben, wie sie ist; die anderen zählen als nicht abgelegt, und dein Ergebnis vermerkt, dass du vorzeitig aufgehört hast.
   *[other] Jetzt verlassen und abgeben? Die { $placed } Karten, die du abgelegt hast, werden so abgegeben, wie sie sind; die anderen zählen als nicht abgelegt, und dein Ergebnis vermerkt, dass du vorzeitig aufgehört hast.
}
sort-answer-check-anyway = Trotzdem prüfen
sort-answer-keep-sorting = Weiter zuordnen
sort-answer-leave = Verlassen
sort-answer-stay = Bleiben
sort-answer-replace = Ersetzen
sort-answer-keep-file = Alte Datei behalten
sort-answer-hand-in = Jetzt verlassen und abgeben
sort-answer-keep-working = Weiterarbeiten
sort-answer-show-solution = Lösung zeigen
sort-notice-exam = Du bearbeitest eine versiegelte Übung: Durchsuchen, Fortschritt, Schichten üben und Lehrkraft öffnen sich wieder, sobald dein Ergebnis gespeichert ist. Um jetzt aufzuhören, wähle Beenden: Was du abgelegt hast, wird abgegeben.
sort-notice-sealed = Deine Lehrkraft bewertet diese Übung: Hier werden weder Markierungen noch Punktzahl gezeigt. Speichere dein Ergebnis und gib die Datei deiner Lehrkraft.
sort-notice-choose-card = Wähle zuerst eine Karte (Pfeiltasten oder ein Klick).
sort-notice-graded-solution = Diese Übung wird bewertet: Die Lösung öffnet sich, sobald dein Ergebnis gespeichert ist.
sort-notice-graded-retry = Diese Übung wird bewertet: Wiederholungen öffnen sich, sobald dein Ergebnis gespeichert ist.
sort-notice-time-up = Die Zeit ist um: Die Runde wurde so geprüft, wie sie war.
sort-notice-retake = Auf diesem Computer wurde schon ein Ergebnis dieser Übung für { $student } gespeichert. Dies ist Versuch { $attempt }, eine Wiederholung: Die Ergebnisdatei vermerkt das, und der Bericht deiner Lehrkraft zeigt jeden Versuch.
sort-notice-retake-dates = Auf diesem Computer wurde schon ein Ergebnis dieser Übung für { $student } gespeichert ({ $dates }). Dies ist Versuch { $attempt }, eine Wiederholung: Die Ergebnisdatei vermerkt das, und der Bericht deiner Lehrkraft zeigt jeden Versuch.
sort-notice-no-such-card = Es gibt keine Karte mit der Nummer { $number }.
sort-notice-checked = Diese Runde ist geprüft: Wiederhole die falschen Karten, um sie erneut abzulegen.
sort-notice-locked = Bei sofortiger Rückmeldung bleibt eine Karte dort, wo sie zuerst gelandet ist.
sort-notice-no-class-run = Es läuft keine Übung aus einer Datei: Öffne eine mit „Übung bearbeiten“ auf dem Startbildschirm von Zuordnen.
sort-notice-not-checked = Prüfe zuerst die Übung: Das Ergebnis ist dein erster Versuch.
sort-notice-not-written = Das Ergebnis konnte nicht geschrieben werden: { $error }
sort-notice-not-saved = Das Ergebnis konnte nicht unter { $path } gespeichert werden: { $error }. Wähle einen anderen Ort.
sort-notice-copy-not-kept = Die eigene Kopie deines Ergebnisses konnte die App nicht in { $folder } ablegen: { $error }.
sort-results-heading = { $title } – Ergebnisse
sort-results-score = Punktzahl { $points } / { $max } ({ $percent })
sort-results-spoken = Ergebnisse von { $title }. { $score }: { $right } richtig, { $wrong } falsch, { $unplaced } nicht abgelegt.
sort-results-counts = { $right } richtig · { $wrong } falsch · { $unplaced } nicht abgelegt
sort-results-time = Benötigte Zeit: { $time }
sort-results-time-penalty = Benötigte Zeit: { $time } · mit Abzug
sort-results-retry-rounds = Wiederholungsrunden: { $rounds }. Deine Punktzahl bleibt die des ersten Versuchs.
sort-results-first-attempt = Der erste Versuch ist die Punktzahl: Das Wiederholen der Fehler dient dem Lernen.
sort-results-retry = 🔁 Fehler wiederholen ({ $missed })
sort-results-new = Neue Übung
sort-results-browse = Zurück zu Durchsuchen
sort-results-board = Spielfeld ansehen
sort-results-by-topic = Nach Thema
sort-results-topic-name = { $topic }: { $right } von { $total } richtig, { $percent }
sort-results-all-right = Jede Karte war beim ersten Mal richtig. Gut gemacht!
sort-results-missed = Falsche Karten ({ $missed })
sort-results-belongs-to = Gehört zu
sort-results-placed-in = · du hast sie abgelegt bei
sort-results-not-placed = · du hast sie nicht abgelegt
sort-results-handed-in = { $title } – abgegeben
sort-results-sealed-placed = Du hast { $placed } von { $total } Karten in { $time } abgelegt.
sort-results-save = 💾 Ergebnis speichern…
sort-results-save-hint = Deinen ersten Versuch als Datei für deine Lehrkraft speichern
sort-results-type-path = Pfad eingeben
sort-results-type-path-name = Pfad eingeben: Ergebnis speichern
sort-results-saved = ✔ Gespeichert unter { $path }. Gib diese Datei deiner Lehrkraft.
sort-results-student = Lernende Person: { $student }. Speichere dein Ergebnis und gib die Datei deiner Lehrkraft.
drill-heading = Schichten üben
drill-intro = Wähle einen Dienst: Seine Schichten erscheinen ohne Zuständigkeit, und du ordnest jede AWS, Kunde oder Geteilt zu.
drill-no-stack = Kein geladener Kartenstapel beschreibt einen Verantwortungs-Stack.
drill-service-button = { $service } üben
drill-back-to-browse = Zurück zu Durchsuchen
drill-title = Schichten üben: { $service }
drill-score = Punktzahl: { $right } von { $total } Schichten richtig
drill-instructions = Wer sichert welche Schicht? Ziehe eine Zuständigkeit auf eine Schicht, klicke in ihrer Zeile auf AWS, Kunde oder Geteilt, oder gehe mit den Pfeiltasten nach oben und unten und drücke 1 (AWS), 2 (Kunde) oder 3 (Geteilt).
drill-drag = Ziehen:
drill-drag-owner = { $owner } ziehen
drill-set-layer = { $layer } auf { $owner } setzen
drill-check = Prüfen ({ $set } von { $total } gesetzt)
drill-again = Noch einmal üben
drill-another = Anderer Dienst
drill-mark-right = ✔ richtig
drill-mark-wrong = ✖ falsch
drill-mark-not-set = ✖ nicht gesetzt
drill-mark-answer = · Lösung:
