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

## Browse, Progress and the window

app-reload = ⟲ Inhalte neu laden
app-reload-hint = Alle Kartenstapel neu laden, nachdem Sie eine Datei korrigiert haben
app-dismiss = Schließen
app-content-problems = { $problems ->
    [one] { $problems } Inhaltsproblem
   *[other] { $problems } Inhaltsprobleme
}
app-lint-warnings = { $warnings ->
    [one] { $warnings } Prüfhinweis
   *[other] { $warnings } Prüfhinweise
}
app-problems-hint = Die Probleme ein- oder ausblenden
app-retry-save = Erneut versuchen
app-retry-save-hint = Den Fortschritt erneut speichern, nachdem Sie die Ursache behoben haben
app-lint-intro = { $warnings ->
    [one] { $warnings } Prüfhinweis
   *[other] { $warnings } Prüfhinweise
} in Ihren Kartenstapeln: Karten, die ihre Zuständigkeit verraten könnten, Beinahe-Duplikate oder Themen mit nur einer Zuständigkeit. Prüfen Sie sie mit `srm-study validate --lint FILE`.
app-errors-intro = { $errors ->
    [one] { $errors } Problem
   *[other] { $errors } Probleme
} in Inhaltsdateien. Die geladenen Kartenstapel sind verfügbar; korrigieren Sie diese Dateien und laden Sie neu, oder prüfen Sie sie mit `srm-study validate FILE`.
app-save-failed = Ihr Fortschritt konnte nicht gespeichert werden: { $error }
app-not-saving = Der Fortschritt wird nicht gespeichert: { $error }
app-typed-no-folder = Den Ordner { $folder } gibt es nicht. Geben Sie den Pfad eines vorhandenen Ordners ein.
app-typed-nothing = Unter { $path } gibt es nichts. Prüfen Sie die Schreibweise oder geben Sie den vollständigen Pfad an.
app-typed-folder = { $path } ist ein Ordner. Geben Sie den Pfad einer Datei darin ein.

app-dialog-export-exercise = Übung exportieren
app-dialog-open-exercise = Übungsdatei öffnen
app-dialog-save-result = Ihr Ergebnis speichern
app-dialog-report-exercise = Die zu bewertende Übung wählen
app-dialog-report-results = Ergebnisdateien der Lernenden hinzufügen
app-dialog-export-csv = Klassenbericht als CSV exportieren
app-dialog-export-xapi = Ergebnisse der Klasse als xAPI-Statements exportieren
app-dialog-import-deck = Kartenstapel-Datei importieren
app-dialog-export-deck = Kartenstapel exportieren
app-dialog-export-edited-deck = Den bearbeiteten Kartenstapel exportieren
app-typed-field = Pfad der Datei
app-typed-field-results = Pfad einer Ergebnisdatei oder eines Ordners
app-typed-no-file-chosen = Es wurde keine Datei gewählt. Wenn kein Dateidialog erschienen ist (manche Desktops können keinen zeigen), geben Sie den Pfad hier ein; sonst drücken Sie „Abbrechen“.
app-typed-hint-save = Die Datei wird dort geschrieben; eine Datei mit demselben Namen wird ersetzt. Ein Ordner erhält den vorgeschlagenen Dateinamen.
app-typed-hint-results = Eine Ergebnisdatei oder ein Ordner: Jede .ron-Datei darin wird hinzugefügt.
app-typed-hint-open = Der vollständige Pfad der Datei, z. B. /home/me/week-3-quiz.ron.
app-typed-empty = Geben Sie zuerst den Pfad einer Datei ein, z. B. /home/me/quiz.ron.
app-typed-ok = OK
app-typed-cancel = Abbrechen

browse-resize-panel = Bereichsgröße ändern
browse-tab-stack = Schichten
browse-tab-cards = Karten
browse-tab-details = Kartendetails
browse-stack-heading = Wer schützt was
browse-no-stack = Kein geladener Kartenstapel legt Schichten der Verantwortung fest.
browse-stack-for = Schichten für
browse-drill-stack = ▶ Diese Schichten üben
browse-drill-stack-hint = Legen Sie für jede Schicht selbst fest, wer zuständig ist, und prüfen Sie dann
browse-compare = Schichten vergleichen
browse-compare-hint = Diese Schichten neben denen eines anderen Dienstes zeigen
browse-stack-hint = Klicken Sie auf eine Schicht, um ihre Karten aufzulisten; ein weiterer Klick zeigt wieder alle.
browse-compare-heading = Schichten nebeneinander
browse-compare-close = Vergleich schließen
browse-compare-left = Links
browse-compare-right = Rechts
browse-compare-explained = Mit „{ browse-differs }“ markierte Zeilen haben eine andere Zuständigkeit; die fette Linie zeigt, wo der Teil von AWS endet.
browse-differs = anders
browse-differs-hint = Die Zuständigkeit ist anders
browse-not-applicable = — entfällt
browse-no-owner = nicht zutreffend
browse-layer-owner = { $layer }: { $owner }
browse-compare-cell = { $service } · { $layer }: { $owner }
browse-compare-cell-differs = { $service } · { $layer }: { $owner } (andere Zuständigkeit)
browse-boundary = ⬆ Teil des Kunden  ·  Teil von AWS ⬇
browse-search = 🔍 Suchen
browse-search-hint = ein paar Buchstaben: patch, mfa, lambda…
browse-owner-filter = Zuständig
browse-show-owner = Karten von { $owner } zeigen
browse-topic = Thema
browse-service = Dienst
browse-services = Dienste
browse-layer = Schicht
browse-deck = Kartenstapel
browse-any = Alle
browse-matching = { $total ->
    [one] { $shown } von { $total } Karte passt
   *[other] { $shown } von { $total } Karten passen
}
browse-layer-of-service = · Schicht: { $layer } von { $service }
browse-every-service = Alle Dienste
browse-every-service-hint = Die Karten dieser Schicht aus allen Diensten auflisten
browse-layer-every-service = · Schicht: { $layer }, alle Dienste
browse-clear-filters = Filter löschen
browse-sort-these = ▶ Diese zuordnen
browse-sort-these-hint = Eine Zuordnungsübung mit den passenden Karten beginnen
browse-selection-title = Auswahl aus „Durchsuchen“
browse-list-name = Karten, { $count }
browse-empty-together = Keine Karte erfüllt alle diese Filter zugleich. Löschen Sie die Filter, um alle Karten zu sehen.
browse-empty-without = Keine Karte passt: { $reasons }.
browse-reason-separator = {"; "}
browse-without = ohne { $filter }: { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}
browse-without-search = die Suchwörter
browse-without-owner = den Zuständigkeitsfilter
browse-without-topic = den Themenfilter
browse-without-service = den Dienstfilter
browse-without-deck = den Kartenstapelfilter
browse-without-layer-service = den Dienst der Schicht ({ $service })
browse-without-layer = den Schichtfilter
browse-row-name = { $text } ({ $owner }, { $topic })
browse-details-empty = Wählen Sie eine Karte in der Liste, um zu sehen, wer zuständig ist und warum.
browse-three-owners = Die drei Zuständigkeiten
browse-size-kb = { $size } KB
browse-size-mb = { $size } MB
browse-long-text = Dieser Text ist { $size } groß: Nur die ersten { $shown } Zeichen werden gezeigt. Bearbeiten Sie eine Kopie des Kartenstapels, um alles zu sehen.
browse-why = Warum
browse-owner-part = Anteil von { $owner }:
browse-sources = Quellen
browse-copy-link = 📋 Link kopieren
browse-copy-link-name = Link kopieren: { $source }
browse-copy-link-hint = Die Adresse kopieren, um sie anderswo in einem Browser zu öffnen
browse-related = Verwandte Karten
browse-edit-copy = Eine Kopie dieses Kartenstapels bearbeiten
browse-edit-copy-hint = Eine Kopie von „{ $deck }“ im Kartenstapel-Editor öffnen (Lehrkraft)

progress-heading = Ihr Fortschritt
progress-reset = Fortschritt zurücksetzen…
progress-exercises = Erledigte Übungen
progress-cards-seen = Gesehene Karten
progress-cards-seen-value = { $seen } von { $total }
progress-cards-mastered = Beherrschte Karten
progress-due-today = Heute fällig
progress-streak = Lernserie
progress-streak-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
progress-review-hint = Die zur Wiederholung fälligen Karten zuordnen, dazu ein paar, die Sie noch nicht gesehen haben
progress-average = Durchschnitt beim ersten Versuch: { $score }
progress-empty-heading = Noch keine Übungen
progress-empty-text = Schließen Sie eine Zuordnungsübung ab, dann füllt sich diese Seite: Ihre Punktzahl beim ersten Versuch im Zeitverlauf, wie gut Sie jedes Thema kennen, die Karten, die Sie am häufigsten falsch zuordnen, die fälligen Karten und Ihre Lernserie.
progress-start-first = ▶ Erste Übung beginnen
progress-reset-question = Den gesamten Fortschritt zurücksetzen?
progress-reset-text = Verlauf, Punktzahlen und Wiederholungsplan beginnen von vorn. Die aktuelle Fortschrittsdatei bleibt als Sicherung daneben erhalten, es geht also nichts verloren.
progress-reset-yes = Ja, zurücksetzen
progress-reset-cancel = Abbrechen
progress-chart-heading = Punktzahl beim ersten Versuch im Zeitverlauf
progress-chart-axis = Punktzahl %
progress-chart-text = Punktzahl beim ersten Versuch im Zeitverlauf: { $points }.
progress-chart-text-empty = Punktzahl beim ersten Versuch im Zeitverlauf: noch keine Übungen.
progress-chart-point = { $date } { $score }
progress-list-separator = {", "}
progress-topic-accuracy = Trefferquote nach Thema, schwächste zuerst
progress-service-accuracy = Trefferquote nach Dienst, schwächste zuerst
progress-mastery-heading = Beherrschung nach Thema
progress-mastery-hint = Eine Karte gilt als beherrscht, wenn Ihre letzten zwei Antworten richtig waren oder sie im Wiederholungsplan in Fach 3 aufgestiegen ist.
progress-mastery-line = { $mastered } von { $total } beherrscht · { $seen } gesehen
progress-study-next = Als Nächstes lernen:
progress-study-next-topic = { $topic }, { $score } Ihrer Antworten richtig
progress-practise-these = ▶ Diese üben ({ $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
})
progress-practise = Üben ({ $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
})
progress-practise-name = { $group } üben
progress-practise-title = Übung: { $group }
progress-group-right = { $score } richtig · { $answers ->
    [one] { $answers } Antwort
   *[other] { $answers } Antworten
}
progress-not-answered = noch nicht beantwortet
progress-group-bar = { $group }: { $result }
progress-most-missed = Am häufigsten verfehlte Karten
progress-drill-these = Diese üben
progress-no-misses = Noch keine Fehler. Weiter so!
progress-missed = { $misses }-mal von { $seen } verfehlt
progress-drill = Üben
progress-drill-name = Üben: { $text }
progress-review-title = Wiederholung
progress-most-missed-title = Übung der häufigsten Fehler
progress-review-nothing = 🔁 Wiederholen (nichts fällig)
progress-review-new = 🔁 Wiederholen: { $new ->
    [one] { $new } neue Karte
   *[other] { $new } neue Karten
}
progress-review-due = 🔁 Fällige wiederholen ({ $due })
progress-review-due-new = 🔁 Fällige wiederholen ({ $due }) + { $new } neue
progress-reset-kept = Der Fortschritt wurde zurückgesetzt. Ihr bisheriger Fortschritt liegt unter { $path }.
progress-reset-done = Der Fortschritt wurde zurückgesetzt.
progress-reset-failed = Der Fortschritt wurde nicht zurückgesetzt: { $error }
progress-reset-blocked = Der Fortschritt wurde nicht zurückgesetzt: Die Fortschrittsdatei konnte nicht beiseitegelegt werden.
