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

## Class report, LRS and student results

report-heading = Klassenbericht
report-intro = Wählen Sie die ausgegebene Übung und fügen Sie dann die Ergebnisdateien Ihrer Lernenden hinzu (oder einen Ordner damit). Die Punkte werden immer neu aus den Antworten berechnet.
report-choose-exercise = 🗁 Übung wählen…
report-add-results = 🗁 Ergebnisdateien hinzufügen…
report-clear-results = Ergebnisse entfernen
report-exercise-errors = Diese Datei kann nicht als Übung verwendet werden:
report-exercise = Übung: { $title } ({ $id }), { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}, aus { $path }
report-results-added = { $files ->
    [one] { $files } Ergebnisdatei hinzugefügt.
   *[other] { $files } Ergebnisdateien hinzugefügt.
}
report-grade-against = Wählen Sie die Übung, nach der diese Ergebnisse bewertet werden.
report-export-csv = 💾 CSV exportieren…
report-csv-card-texts = CSV: eine zweite Zeile mit den Kartentexten
report-no-results = Noch nichts zu bewerten: Fügen Sie die Ergebnisdateien der Lernenden hinzu.
report-summary = { $students ->
    [one] { $students } lernende Person
   *[other] { $students } Lernende
} · Klassendurchschnitt { $average }
report-penalty-on = Punktabzug an
report-grid-heading = Jede Karte, alle Lernenden
report-grid-legend = ✔ richtig · ✖ falsch · — nicht zugeordnet. Zeigen Sie auf eine Spaltennummer, um die Karte zu lesen.
report-confusion-heading = AWS, Kunde oder Geteilt: wohin die Klasse die Karten gelegt hat
report-per-card-heading = Karten, die häufigsten Fehler zuerst
report-xapi-heading = xAPI und der Learning Record Store
report-class-uri = Klassen-URI (xAPI):
report-export-xapi = 💾 xAPI exportieren…
report-left-out-heading = Nicht bewertet ({ $n })
report-left-out = { $label }: { $reason }
report-warnings-heading = Warnungen ({ $n })
report-column-student = Name
report-column-score = Punkte
report-column-max = Max.
report-column-percent = Prozent
report-column-seconds = Sekunden
report-cell = { $student }: { $what ->
    [score] Punkte
    [max] Maximum
    [percent] Prozent
   *[seconds] Sekunden
} { $value }
report-card-column = Karte { $number }: { $text }
report-grid-cell = { $student }, Karte { $number }: { $mark }
report-mark-right = richtig
report-mark-wrong = falsch
report-mark-unanswered = nicht zugeordnet
report-card-right = { $percent } richtig
report-card-counts = { $right } richtig · { $wrong } falsch · { $unanswered } nicht zugeordnet, von { $total }
report-placed-in = Zugeordnet zu:
report-most-common-mistake = { $placed } (häufigster Fehler)
report-confusion-legend = Zeilen: der richtige Verantwortliche. Spalten: wohin die Lernenden diese Karten gelegt haben.
report-not-placed = Nicht zugeordnet
report-counted-per-student = Gewertet wird je Person:
report-rule-first = erster Versuch
report-rule-best = bester Versuch
report-rule-latest = letzter Versuch
report-rule-note = Pro Person zählt ein Versuch: { $rule }. { $attempts ->
    [one] { $attempts } Versuch
   *[other] { $attempts } Versuche
} insgesamt, { $retakes ->
    [one] { $retakes } Wiederholung
   *[other] { $retakes } Wiederholungen
}; Klassendurchschnitt und CSV richten sich nach dieser Wahl.
report-attempt-number = Versuch { $n }
report-attempt-when = { $date }, { $time } UTC
report-no-date = ohne Datum
report-retake = Wiederholung
report-counted = gewertet
report-not-counted = nicht gewertet
report-ended-handed-in = abgegeben
report-ended-time-up = Zeit abgelaufen
report-ended-left-early = vorzeitig beendet
report-ended-showed-solution = Lösung angezeigt
report-choose-exercise-first = Wählen Sie zuerst die Übung.
report-nothing-to-send = Nichts zu senden: Fügen Sie zuerst die Ergebnisdateien der Lernenden hinzu.
report-nothing-sent = Es wurde nichts gesendet: { $problem }
report-class-uri-problem = Klassen-URI: { $problem }
report-exercise-closed = Die Übung wurde während des Ladens geschlossen: Wählen Sie sie und laden Sie erneut.
report-loaded-from-lrs = { $statements ->
    [one] { $statements } Statement
   *[other] { $statements } Statements
} von { $students ->
    [one] { $students } lernenden Person
   *[other] { $students } Lernenden
} aus { $endpoint } geladen.
report-loaded-left-out = Nicht übernommen: { $refused }.
report-sealed-file = { $path }: Dies ist eine versiegelte Datei für Lernende ohne Lösungen. Wählen Sie stattdessen ihren Lösungsschlüssel (die Datei auf .key.ron, die daneben gespeichert wurde).
report-skipped-exercise = { $path } übersprungen: Das ist die Übung, kein Ergebnis einer lernenden Person.
report-skipped-exercise-file = { $path } übersprungen: Das ist eine Übungsdatei (eine Datei für Lernende oder ein Lösungsschlüssel), kein Ergebnis.
report-empty-folder = Der Ordner { $path } enthält keine .ron-Dateien.
report-added = { $files ->
    [one] { $files } Ergebnisdatei hinzugefügt.
   *[other] { $files } Ergebnisdateien hinzugefügt.
}
report-already-added = { $files ->
    [one] { $files } war bereits im Bericht.
   *[other] { $files } waren bereits im Bericht.
}
report-add-results-first = Fügen Sie zuerst Ergebnisdateien der Lernenden hinzu.
report-choose-exercise-then-results = Wählen Sie zuerst die Übung und fügen Sie dann die Ergebnisdateien hinzu.
report-xapi-over-input = { $path } ist eine der Dateien, die dieser Bericht liest; es wurde nichts geschrieben. Wählen Sie einen anderen Namen.
report-xapi-not-written = Die Statements konnten nicht in { $path } geschrieben werden: { $problem }. Wählen Sie einen anderen Ort.
report-xapi-saved = Die xAPI-Statements { $students ->
    [one] einer lernenden Person
   *[other] von { $students } Lernenden
} wurden in { $path } gespeichert.
report-csv-over-input = { $path } ist eine der Dateien, die dieser Bericht liest; die CSV-Datei wurde nicht geschrieben. Wählen Sie einen anderen Namen.
report-csv-not-written = Die CSV-Datei konnte nicht in { $path } geschrieben werden: { $problem }. Wählen Sie einen anderen Ort.
report-csv-saved = In { $path } gespeichert. Sie öffnet sich in jeder Tabellenkalkulation: eine Zeile pro Person, 1 für eine richtige Karte.

lrs-heading = Learning Record Store (LRS)
lrs-intro = Senden Sie die Ergebnisse Ihrer Klasse als xAPI-Statements an den LRS Ihrer Schule (Learning Locker, SQL LRS, Ralph, SCORM Cloud…) und laden Sie sie zurück in den Klassenbericht. Aus, bis Sie ihn einschalten: Nichts verlässt diesen Computer, bevor Sie auf Senden drücken.
lrs-use = Einen Learning Record Store verwenden
lrs-endpoint = Endpunkt
lrs-key = Schlüssel (Benutzername)
lrs-secret = Geheimnis
lrs-secret-hint-saved = •••••• gespeichert; zum Ersetzen neu eingeben
lrs-secret-hint = das Geheimnis (Passwort) des LRS
lrs-class-uri = Klassen-URI
lrs-class-uri-note = Die Klassen-URI benennt Ihre Klasse in den Statements: Aus ihr werden die Konten der Lernenden und die IDs der Übungen gebildet.
lrs-save = 💾 Einstellungen speichern
lrs-test = 🔌 Verbindung testen
lrs-test-hint = Prüft Endpunkt, Schlüssel und Geheimnis wie eingegeben
lrs-forget-secret = Geheimnis löschen
lrs-waiting-heading = Warten auf Versand
lrs-secret-nowhere = Dieses Fenster hat keinen Datenordner: Nichts wird gespeichert.
lrs-secret-looking = Suche nach dem Schlüsselbund des Desktops…
lrs-secret-in-keyring = Das Geheimnis liegt im Schlüsselbund Ihres Desktops (Secret Service).
lrs-secret-in-file = Kein Schlüsselbund des Desktops hat geantwortet; das Geheimnis liegt daher in { $path }, einer Datei, die nur Sie lesen können.
lrs-secret-keyring-off = { $place } (SRM_STUDY_KEYRING=off)
lrs-nothing-waiting = Nichts wartet: Jedes hier erstellte Statement hat den LRS erreicht.
lrs-waiting-kept = { $n ->
    [one] { $n } Statement wartet
   *[other] { $n } Statements warten
} auf den Versand (aufbewahrt in { $path }, bis der LRS sie annimmt).
lrs-send-now-button = 📤 Jetzt senden
lrs-drop = Verwerfen
lrs-drop-hint = Die wartenden Statements löschen, ohne sie zu senden
lrs-sending = Senden: { $done } von { $total ->
    [one] { $total } Statement
   *[other] { $total } Statements
}
lrs-loading-pages = Laden: { $pages ->
    [one] { $pages } Seite
   *[other] { $pages } Seiten
} gelesen…
lrs-loading = Laden…
lrs-testing = Verbindung wird getestet…
lrs-asking-keyring = Schlüsselbund wird gefragt…
lrs-stopping = Wird angehalten…
lrs-cancel = Abbrechen
lrs-report-heading = Learning Record Store
lrs-settings-button = LRS-Einstellungen…
lrs-send-results = 📤 Ergebnisse senden
lrs-send-results-hint = Die Statements aller Lernenden an den LRS senden
lrs-load-results = 📥 Ergebnisse aus dem LRS laden
lrs-load-results-hint = Die Statements dieser Übung aus dem LRS zurücklesen und wie Ergebnisdateien bewerten
lrs-send-waiting = { $n } wartende senden
lrs-marker-sending = 📤 Sende { $done } von { $total }…
lrs-marker-waiting = 📤 { $n ->
    [one] { $n } Statement wartet
   *[other] { $n } Statements warten
} auf den LRS
lrs-send-now = Jetzt senden
lrs-send-now-hint = Die Statements senden, die vorher nicht gesendet werden konnten
lrs-no-data-folder = Dieses Fenster hat keinen Datenordner und daher keine LRS-Einstellungen.
lrs-settings-unreadable = Die LRS-Einstellungen konnten nicht gelesen werden ({ $problem }); erneutes Speichern ersetzt die Datei.
lrs-queue-unreadable = Die auf den LRS wartenden Statements konnten nicht gelesen werden: { $problem }
lrs-off = Der LRS ist aus: Schalten Sie ihn unter Lehrkraft › LRS-Einstellungen ein.
lrs-not-set = Legen Sie Endpunkt und Schlüssel des LRS unter Lehrkraft › LRS-Einstellungen fest.
lrs-busy = Der LRS ist beschäftigt: Warten Sie, bis er fertig ist, oder drücken Sie Abbrechen.
lrs-endpoint-problem = Endpunkt: { $problem }
lrs-class-uri-problem = Klassen-URI: { $problem }
lrs-needs-endpoint = Um den LRS einzuschalten, geben Sie seinen Endpunkt und Schlüssel (und sein Geheimnis) ein.
lrs-cannot-save = Dieses Fenster hat keinen Datenordner, daher können die LRS-Einstellungen nicht gespeichert werden.
lrs-not-saved = Die Einstellungen konnten nicht gespeichert werden: { $problem }
lrs-saved = Einstellungen gespeichert.
lrs-not-kept = Es wurde nichts gesendet: Die Statements konnten nicht für den Versand aufbewahrt werden ({ $problem }).
lrs-none-waiting = Kein Statement wartet auf den Versand.
lrs-dropped = { $n ->
    [one] { $n } nicht gesendetes Statement
   *[other] { $n } nicht gesendete Statements
} verworfen.
lrs-load-stopped = Laden angehalten; es wurde nichts geladen.
lrs-load-failed = Es wurde nichts geladen. { $problem }
lrs-test-failed = Der Verbindungstest ist fehlgeschlagen. { $problem }
lrs-test-passed = Die Verbindung funktioniert. { $answer }
lrs-secret-removed = Das Geheimnis wurde gelöscht.
lrs-secret-problem = Das Geheimnis: { $problem }
lrs-sent-queue-not-updated = { $n ->
    [one] { $n } Statement
   *[other] { $n } Statements
} gesendet, aber die Liste der wartenden konnte nicht aktualisiert werden ({ $problem }); ein erneutes Senden schadet nicht.
lrs-sent-nothing = Es wurde nichts gesendet
lrs-sent-some = { $n ->
    [one] { $n } Statement gesendet
   *[other] { $n } Statements gesendet
}
lrs-statements-wait = { $n ->
    [one] { $n } Statement wartet
   *[other] { $n } Statements warten
}
lrs-not-stored-one = Nicht gespeichert: { $conflict }.
lrs-not-stored-more = Nicht gespeichert: { $conflict } und { $more } weitere, die der LRS mit anderem Inhalt hat.
lrs-sent-to = { $sent } (an { $endpoint }).
lrs-conflicts-advice = Senden Sie diese Ergebnisse als weiteren Versuch oder fragen Sie die Verwaltung des LRS, welche gelten sollen.
lrs-send-stopped = Angehalten. { $sent }; { $waiting } auf den Versand (Jetzt senden).
lrs-send-failed-retry = { $problem } { $sent }; { $waiting } und gehen mit dem nächsten Versand mit: Drücken Sie Jetzt senden, wenn der LRS wieder antwortet.
lrs-send-failed-fix = { $problem } { $sent }; { $waiting }. Korrigieren Sie die Einstellungen und drücken Sie Jetzt senden, oder verwerfen Sie sie.

student-heading = Eine Übung machen
student-intro = Öffne die Übungsdatei deiner Lehrkraft, gib deinen Namen ein und beginne. Speichere am Ende dein Ergebnis und gib die Datei zurück.
student-open = 🗁 Übung öffnen…
student-exercise-errors = Diese Datei kann nicht als Übung verwendet werden. Bitte deine Lehrkraft um eine neue Kopie oder korrigiere diese Zeilen:
student-name = Dein Name
student-name-hint = wie deine Lehrkraft dich kennt
student-start = ▶ Starten
student-close = Diese Übung schließen
student-open-first = Öffne zuerst eine Übungsdatei.
student-name-one-line = Gib deinen Namen in einer Zeile ein, ohne Tabulatoren.
student-name-hidden-character = Dein Name enthält ein unsichtbares Zeichen, das die Schreibrichtung ändert; gib ihn ohne dieses Zeichen neu ein.
student-name-empty = Gib deinen Namen ein: Er kommt in die Ergebnisdatei, die deine Lehrkraft einsammelt.
student-name-too-long = Dein Name ist länger als { $max } Zeichen; kürze ihn.
student-cards = { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}
student-sealed = versiegelt: keine Bewertung, deine Lehrkraft bewertet sie
student-answer-key = Lösungsschlüssel: Bewertung am Ende, um eine versiegelte Übung durchzusehen
student-marks-instant = Bewertung nach jeder gelegten Karte
student-marks-at-end = Bewertung am Ende
student-time-limit = Zeitlimit { $minutes } Min.
student-penalty = −1 für eine falsche Karte
student-from = Aus { $path }
student-no-cards = Diese Übung hat keine Karten.
