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
language-picker-hint = Die Sprache des Fensters und der mitgelieferten Karten (ein Stapel ohne Übersetzung behält seine eigene)
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

xapi-verb-answered = beantwortete
xapi-verb-completed = schloss ab
xapi-card-question = Wer ist für diese Aufgabe verantwortlich: AWS, Kunde oder Geteilt?

## Command line

cli-lang-unknown = SRM Study spricht en, es, de und ja (und en-XA, die Pseudosprache), nicht „{ $tag }“
cli-list-more = { $list }, { $more }
cli-count-errors = { $errors ->
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}
cli-count-warnings = { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}
cli-count-exercises = { $exercises ->
    [one] { $exercises } Übung
   *[other] { $exercises } Übungen
}
cli-count-results = { $results ->
    [one] { $results } Ergebnis
   *[other] { $results } Ergebnisse
}
cli-count-translations = { $translations ->
    [one] { $translations } Übersetzung
   *[other] { $translations } Übersetzungen
}
cli-validate-missing = Datei oder Ordner nicht vorhanden
cli-validate-loaded = { $decks ->
    [one] { $decks } Stapel
   *[other] { $decks } Stapel
}, { $items ->
    [one] { $items } Karte
   *[other] { $items } Karten
}
cli-validate-ok = OK: { $loaded }
cli-validate-ok-no-warnings = OK: { $loaded }, 0 Warnungen
cli-validate-warnings = { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}; { $loaded }
cli-validate-nothing-found = keine Stapel-, Übungs- oder Ergebnisdateien gefunden (das sind .ron-Dateien)
cli-validate-decks-loaded = { $decks ->
    [one] { $decks } Stapel geladen
   *[other] { $decks } Stapel geladen
}
cli-validate-failed = { $problems }; { $loaded }
cli-list-built-in = integriert { $name }
cli-list-counts = { $items ->
    [one] { $items } Karte
   *[other] { $items } Karten
}, { $stacks ->
    [one] { $stacks } Dienst-Stack
   *[other] { $stacks } Dienst-Stacks
}
cli-list-not-loaded = nicht geladen: { $error }
cli-export-deck-wrote = Stapel „{ $id }“ ({ $items ->
    [one] { $items } Karte
   *[other] { $items } Karten
}) nach { $path } geschrieben
cli-report-left-out = { $file } ausgelassen: { $reason }
cli-report-warning = Warnung: { $warning }
cli-report-wrote-csv = CSV nach { $path } geschrieben
cli-report-empty-folder = keine .ron-Dateien in diesem Ordner
cli-rule-first = erste Versuch
cli-rule-best = beste Versuch
cli-rule-latest = letzte Versuch
cli-ending-handed-in = abgegeben
cli-ending-time-up = Zeit abgelaufen
cli-ending-left-early = vorzeitig verlassen
cli-ending-showed-solution = Lösung angezeigt
cli-report-title = { $title } ({ $id }): { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}, { $penalty ->
    [on] mit Punktabzug
   *[off] ohne Punktabzug
}
cli-report-student = Lernende(r)
cli-report-score = Punkte
cli-report-max = max.
cli-report-percent = Prozent
cli-report-seconds = Sekunden
cli-report-no-results = (keine verwendbaren Ergebnisse)
cli-report-average = { $students ->
    [one] { $students } Lernende(r)
   *[other] { $students } Lernende
}, Durchschnitt { $average } (es zählt der { $rule })
cli-report-attempts = Versuche (einer zählt je Lernende(n): der { $rule }; ändern mit --attempts first|best|latest):
cli-report-attempt = Versuch { $attempt }
cli-report-no-date = kein Datum
cli-report-retake = Wiederholung
cli-report-counted = zählt
cli-report-not-counted = zählt nicht
cli-report-per-card-none = Je Karte: nichts zu zählen, da keine Ergebnisdatei verwendet werden konnte (Gründe siehe oben).
cli-report-per-card = Je Karte, die häufigsten Fehler zuerst:
cli-report-misconceptions = Fehlvorstellungen: wohin die Klasse jede Karte gelegt hat (* das häufigste falsche Fach):
cli-report-card = Karte
cli-report-owner = zuständig
cli-report-unplaced = nicht gelegt
cli-report-confusion = Verwechslungen (Zeilen: die richtige Zuständigkeit; Spalten: wohin die Karten gelegt wurden):
cli-error-unknown-deck = kein geladener Stapel hat die ID „{ $id }“ (geladen: { $known }); siehe `srm-study list`
cli-error-exercise = die Übung kann nicht verwendet werden:
    { $errors }
cli-error-csv-over-input = { $path } ist eine der Eingabedateien des Berichts; sie wurde nicht verändert. Wählen Sie eine andere Datei für die CSV
cli-error-serialize = die Daten können nicht als RON geschrieben werden: { $error }
cli-error-write = { $path }: die Datei kann nicht geschrieben werden: { $error }
cli-output-over-input = { $path } ist eine der Eingabedateien von { $command }; sie wurde nicht verändert. Wählen Sie eine andere Datei für { $flag }
cli-output-exists = { $path } existiert bereits; die Datei wurde nicht verändert. Wählen Sie eine andere Datei für { $flag } oder ersetzen Sie sie mit --force
cli-exercise-wrote-sealed = versiegelte Datei für Lernende { $file } ({ $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}, ohne Zuständigkeiten) und ihren Lösungsschlüssel { $key } geschrieben; bewahren Sie den Schlüssel auf: `srm-study report --exercise { $key }` bewertet die Ergebnisse
cli-exercise-wrote = Übung { $file } ({ $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}) geschrieben
cli-exercise-fewer-cards = { $sentence }; nur { $cards ->
    [one] { $cards } Karte passt
   *[other] { $cards } Karten passen
} zu diesen Themen und Diensten, nicht die { $asked } mit --count verlangten
cli-exercise-old-key = { $sentence }; der Lösungsschlüssel der ersetzten Version ist jetzt { $key } (er bewertet nur die Ergebnisse dieser Version)
cli-exercise-copies = { $sentence }; dieselbe Übung für Lernende in anderen Sprachen: { $files }
cli-exercise-no-topic = der Stapel „{ $deck }“ hat kein Thema „{ $topic }“ (seine Themen: { $known })
cli-exercise-no-service = der Stapel „{ $deck }“ hat keinen Dienst „{ $service }“ (seine Dienste: { $known })
cli-exercise-no-cards = keine Karte des Stapels passt zu diesen Themen und Diensten
cli-exercise-bad-id = „{ $stem }“ (der Dateiname) ist keine gültige Übungs-ID: geben Sie eine mit --id an (Kleinbuchstaben, Ziffern und '-', beginnend mit einem Buchstaben)
cli-exercise-not-built = die Übung kann nicht erstellt werden: { $error }
cli-export-xapi-options = Ergebnisdateien und --class-uri gehören zu `export xapi`; Karten werden mit --deck ID (einem Stapel) oder --exercise FILE exportiert
cli-export-moodle-options = --matching und --questions sind Optionen von `export moodle`
cli-export-qti-option = --per-card (ein Item je Karte) ist eine Option von `export qti`
cli-export-matching = --matching fügt der einen Drag-and-drop-Frage Zuordnungsfragen hinzu; mit --questions per-topic oder per-card (je Thema oder je Karte) lassen Sie es weg
cli-export-what = geben Sie an, was exportiert werden soll: --deck ID (ein Stapel) oder --exercise FILE
cli-export-unknown-filter = { $unknown } nicht in „{ $id }“ (Themen: { $topics }; Dienste: { $services })
cli-export-wrote-cards = { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
} aus „{ $title }“ als { $format } nach { $path } geschrieben
cli-export-xapi-takes = `export xapi` nimmt --exercise FILE, Ergebnisdateien und --class-uri URI (nicht die Optionen für Stapel und Karten: --deck, --topic, --service, --matching, --questions oder --per-card)
cli-export-xapi-needs-exercise = `export xapi` braucht --exercise FILE: die Übung, zu der die Ergebnisse gehören
cli-export-xapi-needs-class = `export xapi` braucht --class-uri URI, z. B. https://school.example/classes/cloud-101
cli-export-xapi-needs-results = `export xapi` braucht mindestens eine Ergebnisdatei oder einen Ergebnisordner
cli-export-xapi-nothing = keine verwendbaren Ergebnisdateien: nichts zu exportieren
cli-export-wrote-xapi = { $statements ->
    [one] { $statements } xAPI-Statement
   *[other] { $statements } xAPI-Statements
} ({ $students ->
    [one] { $students } Lernende(r)
   *[other] { $students } Lernende
}, je { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}) nach { $path } geschrieben
cli-format-moodle = Moodle XML
cli-format-moodle-per-topic = Moodle XML, eine Frage je Thema
cli-format-moodle-per-card = Moodle XML, eine Frage je Karte
cli-format-qti = IMS-QTI-2.1-Paket (Canvas, Blackboard...)
cli-format-qti-per-card = IMS-QTI-2.1-Paket, eine Frage je Karte
cli-format-anki = Anki (Textdatei)
cli-format-quizlet = Quizlet (Text zum Einfügen)
cli-import-bad-id = „{ $id }“ ist keine gültige Stapel-ID: verwenden Sie Kleinbuchstaben, Ziffern und '-', beginnend mit einem Buchstaben
cli-import-note = { $at }: Hinweis: { $note }
cli-import-left-out = { $at }: ausgelassen: { $problems }
cli-import-owner-hint = { $at }: Tipp: schreiben Sie AWS, Customer oder Shared (AWS, Kunde oder geteilt) in die Spalte owner dieser Zeile
cli-import-refused-written = { $rows ->
    [one] die ausgelassene Zeile steht in { $path }, mit Grund: korrigieren Sie sie dort und importieren Sie diese Datei erneut
   *[other] die { $rows } ausgelassenen Zeilen stehen in { $path }, jeweils mit Grund: korrigieren Sie sie dort und importieren Sie diese Datei erneut
}
cli-import-refused-hint = { $rows ->
    [one] um die ausgelassene Zeile zu korrigieren, geben Sie --refused FILE.csv an: dort wird sie mit Grund geschrieben, um sie erneut zu importieren
   *[other] um die { $rows } ausgelassenen Zeilen zu korrigieren, geben Sie --refused FILE.csv an: dort werden sie mit Grund geschrieben, um sie erneut zu importieren
}
cli-import-too-large = der Stapel ({ $cards } Karten) ist zu groß: { $error }
cli-import-wrote = Stapel „{ $id }“ nach { $path } geschrieben: { $added } hinzugefügt, { $updated } aktualisiert, { $left } ausgelassen; { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
} insgesamt
cli-import-not-a-deck = { $path } existiert, ist aber kein gültiger Stapel und wurde daher nicht verändert:
    { $errors }
cli-import-other-deck = { $path } enthält den Stapel „{ $found }“, nicht „{ $id }“; die Datei wurde nicht verändert
cli-table-encoding = die Tabelle ist { $encoding }, nicht UTF-8; speichern Sie die Tabelle als CSV UTF-8 (in Excel: Speichern unter, „CSV UTF-8“) und importieren Sie sie erneut
cli-table-utf32-bom = UTF-32-Text (mit Byte-Order-Mark)
cli-table-utf16-le-bom = UTF-16-LE-Text (mit Byte-Order-Mark)
cli-table-utf16-be-bom = UTF-16-BE-Text (mit Byte-Order-Mark)
cli-table-utf16-le = UTF-16-LE-Text (ohne Byte-Order-Mark)
cli-table-utf16-be = UTF-16-BE-Text (ohne Byte-Order-Mark)
cli-table-not-utf8 = die Tabelle ist kein UTF-8-Text (Zeile { $line }, Byte { $byte }: Binärdaten oder eine alte Kodierung wie Windows-1252 oder Latin-1); speichern Sie die Tabelle als CSV UTF-8 (in Excel: Speichern unter, „CSV UTF-8“) und importieren Sie sie erneut
cli-table-nul = die Tabelle enthält ein NUL-Byte (Zeile { $line }): das sind Binärdaten, kein Text; speichern Sie die Tabelle als CSV UTF-8 (in Excel: Speichern unter, „CSV UTF-8“) und importieren Sie sie erneut
cli-lrs-read-secret = das Geheimnis kann nicht von der Standardeingabe gelesen werden: { $error }
cli-lrs-class-uri = geben Sie --class-uri URI an, z. B. https://school.example/classes/cloud-101
cli-lrs-send-needs-exercise = `lrs send` braucht --exercise FILE: die Übung, zu der die Ergebnisse gehören
cli-lrs-nothing-to-send = keine verwendbaren Ergebnisdateien: nichts zu senden
cli-lrs-nothing-waiting = keine Statements warten auf das Senden, und keine Ergebnisdateien angegeben
cli-lrs-sent = { $statements ->
    [one] { $statements } Statement
   *[other] { $statements } Statements
} an { $endpoint } gesendet
cli-lrs-not-stored = nicht gespeichert: { $conflict }
cli-lrs-conflicts = { $statements ->
    [one] { $statements } Statement wurde nicht gespeichert: der LRS hat bereits ein Statement
   *[other] { $statements } Statements wurden nicht gespeichert: der LRS hat bereits Statements
} mit derselben ID und anderem Inhalt (oben aufgeführt). Senden Sie diese Ergebnisse als weiteren Versuch (--attempt N), oder fragen Sie die Administration des LRS, welche Version bleiben soll
cli-lrs-waiting = { $error }
    { $statements ->
        [one] { $statements } Statement wartet
       *[other] { $statements } Statements warten
    } in { $path } auf das Senden; führen Sie `srm-study lrs send` später erneut aus
cli-lrs-loaded = { $statements ->
    [one] { $statements } Statement
   *[other] { $statements } Statements
} von { $students ->
    [one] { $students } Lernenden
   *[other] { $students } Lernenden
} aus { $endpoint } geladen
cli-lrs-no-fingerprint = Einige Statements tragen keinen Fingerabdruck der Übung (sie wurden von einer älteren Version von SRM Study gesendet), daher kann der Lösungsschlüssel nicht erkennen, welche Version der Übung sie beantworten: bewerten Sie die Ergebnisdateien dieser Lernenden mit `srm-study report`, oder senden Sie sie mit einem anderen --attempt erneut.
cli-open-folder = { $path }: ist ein Ordner
cli-open-unreadable = { $problem } (geben Sie den Pfad einer Übung, eines Lösungsschlüssels, eines Ergebnisses oder einer Stapeldatei an)
cli-standard-output = Standardausgabe
cli-window-failed = das Fenster konnte nicht geöffnet werden (ist eine Anzeige verfügbar? siehe README.md)

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

## Exercise builder, Decks page and file prompt

instructor-page-builder = Neue Übung
instructor-page-student = Eine Übung machen (Lernende)
instructor-page-report = Klassenbericht
instructor-page-decks = Stapel
instructor-page-editor = Stapel bearbeiten
instructor-page-lrs = LRS-Einstellungen

file-purpose-export-exercise = Übung exportieren
file-purpose-open-exercise = Übungsdatei öffnen
file-purpose-save-result = Ergebnis speichern
file-purpose-report-exercise = Zu bewertende Übung wählen
file-purpose-report-results = Ergebnisdateien der Lernenden hinzufügen
file-purpose-export-csv = Klassenbericht als CSV exportieren
file-purpose-export-xapi = Ergebnisse der Klasse als xAPI-Statements exportieren
file-purpose-import-deck = Stapeldatei importieren
file-purpose-export-deck = Stapel exportieren
file-purpose-export-edited-deck = Bearbeiteten Stapel exportieren
file-field-path = Pfad der Datei
file-field-results = Pfad einer Ergebnisdatei oder eines Ordners
file-nothing-chosen = Es wurde keine Datei gewählt. Falls kein Dateidialog erschienen ist (manche Desktops können keinen anzeigen), geben Sie den Pfad hier ein; andernfalls klicken Sie auf Abbrechen.
file-hint-save = Die Datei wird dort geschrieben; eine gleichnamige Datei wird ersetzt. Ein Ordner erhält den vorgeschlagenen Dateinamen.
file-hint-results = Eine Ergebnisdatei oder ein Ordner: Jede .ron-Datei darin wird hinzugefügt.
file-hint-open = Der vollständige Pfad der Datei, z. B. /home/ich/woche-3-quiz.ron.
file-ok = OK
file-cancel = Abbrechen
file-waiting = Warten auf den Dateidialog: { $purpose }.
file-stop-waiting = Nicht mehr warten
file-stop-waiting-hint = Verwenden Sie dies, wenn kein Dialog erschienen ist; geben Sie dann den Pfad ein
file-type-path = Pfad eingeben
file-type-path-for = Pfad eingeben: { $purpose }
file-type-path-hint = Den Pfad der Datei eingeben, statt einen Dateidialog zu verwenden
file-path-empty = Geben Sie zuerst den Pfad einer Datei ein, z. B. /home/ich/quiz.ron.
file-path-no-folder = Der Ordner { $folder } existiert nicht. Geben Sie den Pfad eines vorhandenen Ordners ein.
file-path-nothing = Unter { $path } gibt es nichts. Prüfen Sie die Schreibweise oder geben Sie den vollständigen Pfad an.
file-path-is-folder = { $path } ist ein Ordner. Geben Sie den Pfad einer Datei darin ein.
file-filter-ron = SRM-Study-Dateien (.ron)
file-filter-csv = CSV-Tabelle (.csv)
file-filter-json = xAPI-Statements (.json)
file-filter-all = Alle Dateien
file-format-moodle = Moodle-XML
file-format-moodle-per-topic = Moodle-XML, eine Frage pro Thema
file-format-moodle-per-card = Moodle-XML, eine Frage pro Karte
file-format-qti = IMS-QTI-2.1-Paket (Canvas, Blackboard...)
file-format-qti-per-card = IMS-QTI-2.1-Paket, eine Frage pro Karte
file-format-anki = Anki (Textdatei)
file-format-quizlet = Quizlet (Text zum Einfügen)

builder-resize-cards = Breite der Kartenliste ändern
builder-cards-heading = Karten ({ $count } gewählt)
builder-use-filter = Filter aus „Durchsuchen“ verwenden ({ $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    })
builder-use-filter-hint = Genau die Karten wählen, die der Bereich „Durchsuchen“ gerade zeigt
builder-tick-intro = Oder Karten einzeln ankreuzen:
builder-search = Karten suchen
builder-search-hint = ein paar Buchstaben: patch, mfa…
builder-select-shown = Alle angezeigten wählen ({ $count })
builder-clear = Auswahl aufheben
builder-no-match = Keine Karte passt zur Suche. Versuchen Sie es mit weniger Buchstaben.
builder-export-button = 💾 Übung exportieren…
builder-export-as = Exportieren als
builder-format-exercise = Übungsdatei für Lernende (.ron)
builder-sealed-not-for-formats = „Versiegelt“ gilt nur für die Übungsdatei: Diese Dateien zeigen, wer zuständig ist.
builder-heading = Neue Übung
builder-intro = Wählen Sie links die Karten, benennen Sie die Übung, legen Sie ihren Ablauf fest, exportieren Sie dann die Datei und geben Sie sie Ihren Lernenden.
builder-id = Übungs-ID
builder-title = Titel
builder-instructions = Anleitung (optional)
builder-title-hint = Woche 3: Wer patcht was?
builder-instructions-hint = Wird den Lernenden vor dem Start gezeigt
builder-how-it-runs = Ablauf
builder-feedback = Rückmeldung
builder-feedback-instant = Sofort (jede Karte beim Ablegen)
builder-feedback-at-end = Am Ende (beim Prüfen)
builder-penalty = Abzug: −1 für jede falsch abgelegte Karte (die Summe fällt nie unter 0)
builder-shuffle-bins = Reihenfolge der Fächer mischen
builder-sealed = Versiegelt: Lernende sehen keine Bewertung; Sie behalten den Lösungsschlüssel (NAME.key.ron) und bewerten
builder-time-limit = Zeitlimit
builder-minutes = Minuten
builder-seed = Startwert
builder-seed-hint = Bei gleichem Startwert erhalten alle Lernenden die Karten in derselben Reihenfolge.
builder-preview = Vorschau: { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }
builder-no-card-chosen = Noch keine Karte gewählt.
builder-topics = Themen: { $topics }
builder-more = … und { $count } weitere
builder-problem-no-id = Geben Sie der Übung eine ID, z. B. woche-3-quiz.
builder-problem-no-title = Geben Sie der Übung einen Titel.
builder-problem-no-cards = Wählen Sie mindestens eine Karte.
builder-id-rule = Die ID darf Kleinbuchstaben, Ziffern und '-' enthalten, muss mit einem Buchstaben beginnen und darf höchstens { $max } Zeichen lang sein (z. B. woche-3-quiz).
builder-saved = Gespeichert unter { $path }. Geben Sie diese Datei Ihren Lernenden: Sie öffnen sie unter „Eine Übung machen“.
builder-saved-sealed = Die versiegelte Datei für Lernende { $path } und ihr Lösungsschlüssel { $key } wurden gespeichert. Geben Sie die Datei Ihren Lernenden und behalten Sie den Schlüssel: Der Klassenbericht bewertet damit.
builder-save-failed = Die Übung konnte nicht gespeichert werden: { $error }. Wählen Sie einen anderen Ort.
builder-cards-not-made = Die Karten konnten nicht als { $format } geschrieben werden: { $error }
builder-cards-saved = { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    } von „{ $title }“ als { $format } unter { $path } gespeichert.
builder-cards-not-saved = Die Karten konnten nicht unter { $path } geschrieben werden: { $error }. Wählen Sie einen anderen Ort.
builder-not-built = Die Übung kann nicht erstellt werden: { $error }

decks-heading = Stapel
decks-import-section = Stapel importieren
decks-import-intro = Sie können einen Stapel auch von Hand schreiben (Anleitung unter Stapel bearbeiten > Stapelformat). Die Datei wird geprüft, dann nach { $folder } kopiert und geladen.
decks-import-intro-no-folder = Sie können einen Stapel auch von Hand schreiben (Anleitung unter Stapel bearbeiten > Stapelformat). Die Datei wird geprüft; dieses Fenster speichert keine Dateien, daher wird sie nicht kopiert.
decks-import-button = 🗁 Stapel importieren…
decks-import-errors = Dieser Stapel wurde nicht importiert. Korrigieren Sie diese Zeilen und importieren Sie ihn erneut:
decks-replace-deck = Ein Stapel mit der ID „{ $id }“ ist bereits geladen: „{ $title }“ ({ $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }) aus { $path }. Ersetzen?
decks-replace-file = Der Inhaltsordner enthält bereits eine Datei { $path }. Ersetzen?
decks-new-file = Die neue Datei: „{ $title }“, { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }, aus { $path }.
decks-replace = Ersetzen
decks-cancel = Abbrechen
decks-import-cancelled = Es wurde nichts importiert: Der bereits geladene Stapel „{ $id }“ bleibt, wie er ist.
decks-import-not-kept = „{ $title }“ ({ $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }) ist ein gültiger Stapel, aber dieses Fenster speichert keine Dateien, daher wurde er nicht kopiert. Starten Sie SRM Study normal (oder mit --data-dir), um ihn zu importieren, oder legen Sie die Datei selbst in den Inhaltsordner.
decks-import-built-in = „{ $id }“ ist die ID eines mitgelieferten Stapels, der nicht ersetzt werden kann. Ändern Sie die ID in Ihrer Datei (z. B. "{ $example }") und importieren Sie sie erneut.
decks-import-outside = Ein Stapel mit der ID „{ $id }“ ist bereits aus { $path } geladen, außerhalb des Inhaltsordners. Ändern Sie die ID in Ihrer Datei oder entfernen Sie zuerst diesen Stapel.
decks-import-in-place = { $path } liegt bereits im Inhaltsordner; die Stapel wurden neu geladen.
decks-imported = „{ $title }“ ({ $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }) wurde als { $path } importiert. Seine Karten sind jetzt unter „Durchsuchen“.
decks-import-not-copied = Der Stapel konnte nicht nach { $path } kopiert werden: { $error }. Prüfen Sie, ob in den Ordner geschrieben werden darf.
decks-export-section = Stapel exportieren
decks-filter-choice = Der aktuelle Filter aus „Durchsuchen“ als neuer Stapel ({ $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    })
decks-deck-choice = { $title } ({ $id }, { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    })
decks-export-choice = Zu exportierender Stapel
decks-new-id = ID des neuen Stapels
decks-new-title = Titel des neuen Stapels
decks-new-title-hint = Patchen: Wer macht was
decks-export-as = Als
decks-format-deck = SRM-Study-Stapel (.ron)
decks-export-button = 💾 Stapel exportieren…
decks-problem-gone = Der Stapel „{ $id }“ ist nicht mehr geladen; wählen Sie einen anderen.
decks-problem-no-id = Geben Sie dem neuen Stapel eine ID, z. B. mein-patch-stapel.
decks-problem-id-rule = Die ID darf Kleinbuchstaben, Ziffern und '-' enthalten, muss mit einem Buchstaben beginnen und darf höchstens { $max } Zeichen lang sein.
decks-problem-no-title = Geben Sie dem neuen Stapel einen Titel.
decks-problem-id-taken = Ein geladener Stapel hat bereits die ID „{ $id }“; wählen Sie eine andere ID, damit beide geladen werden können.
decks-problem-no-cards = Der Filter unter „Durchsuchen“ zeigt keine Karte; ändern Sie ihn zuerst dort.
decks-not-built = Der Stapel kann nicht erstellt werden: { $error }
decks-not-made = Der Stapel konnte nicht geschrieben werden: { $error }
decks-cards-not-made = Die Karten konnten nicht als { $format } geschrieben werden: { $error }
decks-not-saved = Der Stapel konnte nicht unter { $path } geschrieben werden: { $error }. Wählen Sie einen anderen Ort.
decks-not-saved-too-large = Der Stapel konnte nicht unter { $path } geschrieben werden: { $error }. Exportieren Sie weniger Karten (mit einem Filter unter „Durchsuchen“) oder teilen Sie den Stapel auf.
decks-saved = „{ $title }“ ({ $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }) unter { $path } gespeichert. Legen Sie ihn in einen Inhaltsordner oder importieren Sie ihn hier, um ihn zu laden.
decks-saved-as = „{ $title }“ ({ $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }) als { $format } unter { $path } gespeichert.

## Deck editor

editor-title = Stapel bearbeiten
editor-intro = Schreiben Sie hier einen Stapel, Karte für Karte oder aus einer Tabellenkalkulation eingefügt. Ein Stapel mit Fehlern wird als Entwurf aufbewahrt, bis er korrigiert ist, damit nichts verloren geht, was Sie eingeben.
editor-guide = Stapelformat
editor-guide-hint = Wie man einen Stapel oder eine Tabelle schreibt: die Anleitung, in der App
editor-new-deck = Neuer Stapel
editor-new-deck-title = Titel
editor-new-deck-id = Stapel-ID (wird aus dem Titel gebildet, wenn leer)
editor-new-deck-description = Beschreibung
editor-new-deck-language = Sprache (z. B. en, pt-BR; optional)
editor-create-deck = Stapel anlegen
editor-open-deck = Stapel öffnen
editor-open-deck-row = { $title } ({ $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
})
editor-edit = Bearbeiten
editor-edit-hint = Diesen Stapel in seiner Datei ändern
editor-built-in = integriert
editor-edit-copy = Kopie von { $id } bearbeiten
editor-edit-copy-hint = Ein neuer Stapel mit diesen Karten, unter einer eigenen ID gespeichert
editor-drafts = Entwürfe (erst ohne Fehler unter Durchsuchen zu sehen)
editor-open-draft = Entwurf { $draft } öffnen
editor-copy-title = { $title } (Kopie)

# The header of the deck being edited
editor-untitled = Stapel ohne Titel
editor-unsaved-mark = * Ungespeicherte Änderungen
editor-saved = Gespeichert
editor-errors = { $errors ->
    [0] Keine Fehler
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}
editor-errors-hint = Was `srm-study validate` meldet: Ein Stapel mit Fehlern wird als Entwurf gespeichert
editor-warnings = { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}
editor-warnings-hint = Die Prüfung des Stapels (Lint): verhindert nie das Speichern
editor-undo = Rückgängig (Ctrl+Z)
editor-redo = Wiederholen (Ctrl+Shift+Z)
editor-save = Speichern (Ctrl+S)
editor-export = Exportieren…
editor-paste = Aus Tabellenkalkulation einfügen
editor-close-deck = Stapel schließen
editor-translate-into = Übersetzen in:
editor-translate-none = (keine)
editor-translate-hint = Zeigt unter dem Englisch jeder Karte ein Feld für die Übersetzung in diese Sprache; sie wird mit dem Stapel gespeichert, in content/i18n/<Sprache>/
editor-translate-save-first = Speichern Sie den Stapel zuerst in einer Datei: eine Übersetzung gehört zu einem gespeicherten Stapel
editor-note-translate-save-first = Speichern Sie den Stapel zuerst in einer Datei (ohne Fehler): eine Übersetzung gehört zu einem gespeicherten Stapel.
editor-note-translation-unreadable = { $path } enthält eine Übersetzung, die nicht geladen wird (siehe die Ladefehler); korrigieren Sie sie in einem Texteditor und laden Sie neu, damit nichts davon überschrieben wird.
editor-note-translation-not-saved = Die Übersetzung wurde nicht in { $path } gespeichert: { $error }. Ihre Änderungen sind noch da; versuchen Sie es erneut.
editor-translation-section = Übersetzung: { $language }
editor-translation-untranslated = Noch nicht in { $language } übersetzt: wird auf Englisch gezeigt.
editor-translation-up-to-date = Aus dem Englischen übersetzt, wie es jetzt ist.
editor-translation-stale = Das Englische hat sich seit der Übersetzung geändert, daher erscheint es in { $language } auf Englisch; prüfen Sie die Übersetzung und markieren Sie sie dann als aktuell.
editor-translation-mark = ✔ Als aktuell markieren
editor-translation-field = { $field } ({ $language })
editor-cards-tab = { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}
editor-stack-tab = Aufbau: { $layers ->
    [one] { $layers } Schicht
   *[other] { $layers } Schichten
}, { $services ->
    [one] { $services } Service
   *[other] { $services } Services
}
editor-details = Details des Stapels: ID, Titel, Beschreibung, Sprache
editor-deck-title = Titel des Stapels
editor-deck-id = Stapel-ID
editor-deck-description = Beschreibung des Stapels
editor-deck-language = Sprache des Stapels
editor-id-clash = ein anderer geladener Stapel hat die ID "{ $id }" ({ $origin }); geben Sie diesem Stapel eine eigene ID

# The card list and the card form
editor-new-card = Text der neuen Karte
editor-add-card = Karte hinzufügen (Enter)
editor-search = Karten suchen
editor-cards-shown = { $shown } von { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}
editor-card-has-errors = hat Fehler
editor-card-has-warnings = hat Prüfwarnungen
editor-card-no-text = (noch kein Text)
editor-no-card = Fügen Sie eine Karte hinzu (Text links eingeben und Enter drücken) oder wählen Sie eine in der Liste.
editor-card-of = Karte { $card } von { $cards }
editor-move-up = Nach oben
editor-move-down = Nach unten
editor-duplicate = Duplizieren
editor-delete-card = Karte löschen
editor-card-text = Kartentext
editor-warning = Warnung: { $warning }
editor-aws-part = Teil von AWS
editor-customer-part = Teil des Kunden
editor-explanation = Erklärung
editor-services = Services
editor-id = ID: { $id }
editor-tags = Schlagwörter (durch Kommas getrennt)
editor-card-id = Karten-ID
editor-card-id-hint = Wird aus dem Text gebildet, bis der Stapel gespeichert ist; ändern Sie sie nur, wenn es Ihnen wichtig ist.
editor-owner = Zuständig
editor-owner-choice = Zuständig: { $owner }
editor-topic = Thema
editor-choose-topic = (Thema wählen)
editor-new-topic = Neues Thema
editor-add-topic = Thema hinzufügen
editor-layer = Schicht
editor-no-layer = (keine Schicht)
editor-sources = Quellen
editor-new-source-title = Titel der neuen Quelle
editor-new-source-url = URL der neuen Quelle
editor-add-source = Quelle hinzufügen
editor-show-less-text = Weniger vom Kartentext zeigen
editor-show-less-explanation = Weniger von der Erklärung zeigen
editor-long-text = Dieser Text ist { $size } groß: Nur seine ersten { $shown } Zeichen werden gezeigt, damit das Fenster schnell bleibt. Zeigen Sie alles, um den Rest zu lesen oder zu ändern (das kann Sekunden dauern).
editor-show-all = Alles zeigen ({ $size })
editor-size-bytes = { $bytes ->
    [one] { $bytes } Byte
   *[other] { $bytes } Bytes
}

# The Stack tab
editor-stack-intro = Durchsuchen zeichnet jeden Service auf einem Schichtenaufbau, den Schichten der integrierten Kartenstapel, von den Daten des Kunden oben bis zu den Rechenzentren von AWS unten, jede danach eingefärbt, wer bei diesem Service für sie zuständig ist. Legen Sie für Ihre Services fest, wer für diese Schichten zuständig ist; eigene Schichten erscheinen nur in den Karten dieses Stapels. IDs werden aus dem ersten Titel oder Namen gebildet und bleiben fest.
editor-stack-layers = Schichten, von oben nach unten
editor-stack-use-builtin = { $layers ->
    [one] { $layers } Schicht
   *[other] Die { $layers } Schichten
} des integrierten Aufbaus verwenden
editor-stack-add-missing = { $layers ->
    [one] { $layers } hier fehlende Schicht
   *[other] Die { $layers } hier fehlenden Schichten
} des integrierten Aufbaus hinzufügen
editor-stack-layer-title = Titel der Schicht { $n }
editor-stack-layer-up = Schicht { $n } nach oben
editor-stack-layer-down = Schicht { $n } nach unten
editor-stack-layer-remove = Schicht { $n } entfernen
editor-stack-remove = Entfernen
editor-stack-layer-summary = Was Schicht { $n } enthält
editor-stack-layer-summary-hint = Was sie enthält (optional)
editor-stack-no-layers = Noch keine Schichten.
editor-stack-new-layer = Titel der neuen Schicht
editor-stack-add-layer = Schicht oben hinzufügen
editor-stack-service-id = ID: { $id } (eine Stapeldatei oder eine Tabelle nennt den Service bei dieser ID oder seinem Namen)
editor-stack-service-name = Name des Service
editor-stack-service-category = Kategorie (IaaS, PaaS, SaaS, abstrahiert…)
editor-stack-service-summary = Wie sich die Grenze bei ihm verschiebt
editor-stack-who-owns = Wer für jede Schicht zuständig ist
editor-stack-layers-first = Fügen Sie zuerst oben Schichten hinzu.
editor-stack-service-remove = Diesen Service entfernen
editor-stack-service-remove-name = Service { $service } entfernen
editor-stack-no-services = Noch keine Services.
editor-stack-new-service = Name des neuen Service
editor-stack-add-service = Service hinzufügen
editor-stack-not-applicable = Trifft nicht zu
editor-stack-owner-of = Zuständig für { $layer } bei { $service }

# The paste panel ("text", "owner", "aws_part"... are the table's column names: keep them)
editor-paste-intro = Spalten: text, owner, topic, explanation, dann optional services, URL der Quelle, aws_part, customer_part (Teil des Kunden). Eine Kopfzeile, die sie benennt, darf sie beliebig anordnen. Tabulatoren, Semikolons oder Kommas werden erkannt. Zeilen mit dem Text einer Karte, die schon im Stapel ist, aktualisieren diese Karte. Services und Themen dürfen die integrierten sein, nach ID oder Name ("ec2", "Amazon EBS", "KMS", "Route 53"); ein Name, der keinem entspricht, wird neu angelegt. Eine ausgelassene Zeile lässt sich unten korrigieren; wenn Sie den eingefügten Text ändern, werden die Zeilen neu gelesen.
editor-paste-add = { $cards ->
    [one] { $cards } Karte hinzufügen
   *[other] { $cards } Karten hinzufügen
}
editor-paste-add-updating = { $cards ->
    [one] { $cards } Karte hinzufügen
   *[other] { $cards } Karten hinzufügen
} ({ $updates ->
    [one] { $updates } aktualisiert eine vorhandene Karte
   *[other] { $updates } aktualisieren vorhandene Karten
})
editor-paste-cancel = Einfügen abbrechen
editor-paste-create-topics = Themen anlegen, die dieser Stapel noch nicht hat
editor-paste-table = Eingefügte Tabelle
editor-paste-new-topics = Neu anzulegende Themen: { $topics }
editor-paste-new-service = { $name } (ID "{ $id }")
editor-paste-new-services = Services, die dem Stapel hinzugefügt werden: { $services }
editor-paste-bad-rows = { $rows ->
    [one] { $rows } Zeile hat Probleme und wird ausgelassen, wenn sie nicht unten korrigiert wird:
   *[other] { $rows } Zeilen haben Probleme und werden ausgelassen, wenn sie nicht unten korrigiert werden:
}
editor-paste-all-good = { $rows ->
    [one] Die Zeile kann hinzugefügt werden.
   *[other] Alle { $rows } Zeilen können hinzugefügt werden.
}
editor-paste-line = Zeile { $line }
editor-paste-line-problem = Zeile { $line }: { $problem }
editor-paste-line-note = Hinweis: { $note }
editor-paste-fix-text = Text (Zeile { $line })
editor-paste-fix-owner = Zuständig (Zeile { $line })
editor-paste-fix-topic = Thema (Zeile { $line })
editor-paste-fix-explanation = Erklärung (Zeile { $line })
editor-paste-fix-services = Services (Zeile { $line })
editor-paste-choose = Wählen:
editor-paste-owner-of-line = Zuständig in Zeile { $line }: { $owner }

# The deck format guide (the guide itself, content/README.md, is in English for now)
editor-guide-title = Stapelformat
editor-guide-close = Anleitung zum Stapelformat schließen
editor-guide-intro = Wie man einen Stapel von Hand (eine .ron-Datei) oder als Tabelle zum Einfügen oder Importieren schreibt: die Anleitung, die SRM Study beiliegt (content/README.de.md in seinen Quellen; maßgeblich ist das englische Original, content/README.md).

# The questions
editor-unsaved-title = Ungespeicherte Änderungen
editor-unsaved-question = Der Stapel hat Änderungen, die nicht gespeichert sind. Zuerst speichern?
editor-unsaved-save = Speichern
editor-unsaved-discard = Nicht speichern
editor-keep-editing = Weiter bearbeiten
editor-changed-title = Die Stapeldatei wurde geändert
editor-changed-text = { $path } wurde von jemand anderem (einem anderen Fenster?) geändert, seit Sie sie geöffnet haben. Beim Speichern würden diese Änderungen durch Ihre ersetzt.
editor-changed-keep-both = Beide behalten (meine als Entwurf)
editor-changed-replace = Durch meine ersetzen

# What saving, exporting and editing did ({ $error } is the system's message)
editor-note-no-deck = Kein geladener Stapel hat die ID „{ $id }“.
editor-note-draft-unreadable = Der Entwurf lässt sich nicht öffnen: { $error }
editor-note-not-kept-no-files = Die Änderungen konnten nicht behalten werden: Dieses Fenster speichert keine Dateien.
editor-note-not-kept = Die Änderungen konnten nicht als Entwurf in { $path } behalten werden: { $error }
editor-note-unwritable = Der Stapel lässt sich nicht schreiben: { $error }
editor-note-no-files = Dieses Fenster speichert keine Dateien: Schreiben Sie den Stapel mit Exportieren… an einen anderen Ort.
editor-note-draft-not-saved = Der Entwurf konnte nicht in { $path } gespeichert werden: { $error }
editor-note-saved-draft = Als Entwurf gespeichert ({ $path }): Beheben Sie { $errors ->
    [one] den Fehler
   *[other] die { $errors } Fehler
}, um den Stapel unter Durchsuchen zu sehen.
editor-note-exists = { $path } existiert bereits und wurde nicht ersetzt: Geben Sie dem Stapel eine andere ID.
editor-note-not-saved = Der Stapel konnte nicht in { $path } gespeichert werden: { $error }
editor-note-saved = In { $path } gespeichert; er ist unter Durchsuchen zu sehen.
editor-note-old-draft-stays = Der alte Entwurf { $draft } bleibt: { $error }
editor-note-exported = Nach { $path } exportiert.
editor-note-export-failed = { $path } konnte nicht geschrieben werden: { $error }
editor-note-open-first = Öffnen Sie zuerst einen Stapel oder legen Sie einen an.
editor-note-kept-both = Beide behalten: { $path } bleibt, wie das andere Fenster sie gespeichert hat, und Ihr Stapel ist der Entwurf { $draft } (öffnen Sie beide, um die Karten zusammenzuführen).
editor-note-draft-failed = Ihr Stapel konnte nicht als Entwurf { $draft } gespeichert werden: { $error }. Es wurde nichts geschrieben.
editor-note-layers-added = { $layers ->
    [one] { $layers } Schicht hinzugefügt
   *[other] { $layers } Schichten hinzugefügt
}: Legen Sie für jeden Service fest, wer dafür zuständig ist.
editor-note-builtin-service-added = Der integrierte Service „{ $service }“ (ID „{ $id }“) wurde hinzugefügt, mit den Zuständigen jeder Schicht{ $layers ->
    [0] {""}
    [one] , dazu { $layers } Schicht, die sein Aufbau braucht
   *[other] , dazu die { $layers } Schichten, die sein Aufbau braucht
}.
editor-note-service-added = Der Service „{ $service }“ (ID „{ $id }“) wurde hinzugefügt: Eine Stapeldatei oder eine Tabelle nennt ihn bei dieser ID oder seinem Namen. Legen Sie unten für jede Schicht fest, wer zuständig ist.
editor-note-deleted = „{ $text }“ gelöscht. Rückgängig (Ctrl+Z) holt die Karte zurück.
editor-note-layer-removed = „{ $layer }“ entfernt{ $cards ->
    [0] {""}
    [one] , auch von der Karte darauf
   *[other] , auch von den { $cards } Karten darauf
}. Rückgängig (Ctrl+Z) holt sie zurück.
editor-note-service-removed = „{ $service }“ entfernt{ $cards ->
    [0] {""}
    [one] , auch von der Karte, die ihn nannte
   *[other] , auch von den { $cards } Karten, die ihn nannten
}. Rückgängig (Ctrl+Z) holt ihn zurück.
editor-note-pasted = { $added ->
    [one] { $added } Karte hinzugefügt
   *[other] { $added } Karten hinzugefügt
}, { $updated } aktualisiert, { $left ->
    [one] { $left } Zeile ausgelassen
   *[other] { $left } Zeilen ausgelassen
}.

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

## clap

cli-help-usage = Aufruf:
cli-help-commands = Befehle:
cli-help-arguments = Argumente:
cli-help-options = Optionen:
cli-help-print-help = Hilfe anzeigen
cli-help-print-help-more = Hilfe anzeigen (ausführlicher mit '--help')
cli-help-print-help-summary = Hilfe anzeigen (kurz mit '-h')
cli-help-print-version = Version anzeigen
cli-help-help-command = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen
cli-help-default = [Standard: { $value }]
cli-help-possible-values-list = [mögliche Werte: { $values }]
cli-help-possible-values = Mögliche Werte:
cli-man-name = BEZEICHNUNG
cli-man-synopsis = ÜBERSICHT
cli-man-description = BESCHREIBUNG
cli-man-options = OPTIONEN
cli-man-commands = BEFEHLE
cli-man-version = VERSION
cli-help = Offline-Lern-App für das Modell der geteilten Verantwortung von AWS
cli-help--content = Auch die Stapel in diesem Ordner laden (mehrfach möglich)
cli-help--data-dir = Fortschritt und eigene Inhalte in diesem Ordner statt im Datenordner der Plattform speichern (auch: SRM_STUDY_DATA_DIR)
cli-help--area = Die App in diesem Bereich öffnen
cli-help--area--browse = Der Verantwortungs-Browser
cli-help--area--sort = Sortierübungen
cli-help--area--progress = Verlauf und verteilte Wiederholung
cli-help--area--instructor = Übungsdateien und Klassenberichte
cli-help--lang = Die Sprache des Fensters, der Meldungen, dieser Hilfe und der Karten, die `exercise new` und `export` schreiben: en, es, de, ja oder en-XA (pseudoübersetzt, um unübersetzten Text zu finden). Auch: SRM_STUDY_LANG. Ohne beides zeigt das Fenster die zuletzt gewählte Sprache (beim ersten Start die des Systems), die Befehle die des Systems
cli-help--files = Übungs-, Lösungsschlüssel-, Ergebnis- oder Stapeldateien, die im Fenster geöffnet werden: eine Übung auf der Seite für Lernende, ein Schlüssel oder Ergebnisse im Klassenbericht, ein Stapel importiert auf der Seite „Stapel“
cli-help-validate = Stapel-, Übungs- und Ergebnisdateien oder Ordner prüfen (Standard: die eingebauten Stapel und --content)
cli-help-validate--lint = Auch die Stapelprüfung ausführen: Karten, deren Text ihre Zuständigkeit verrät, fast doppelte Karten, Themen, deren Karten alle dieselbe Zuständigkeit haben
cli-help-validate--paths = Zu prüfende Dateien oder Ordner
cli-help-report = Ergebnisdateien der Lernenden anhand einer Übung oder des Lösungsschlüssels einer versiegelten Übung bewerten: eine Tabelle je Lernende(r), die am häufigsten verfehlten Karten, die Fehlvorstellungsmatrix, die Verwechslungstabelle und auf Wunsch eine CSV-Datei
cli-help-report--exercise = Die Übungsdatei, zu der die Ergebnisse gehören, oder der Lösungsschlüssel (NAME.key.ron) einer versiegelten Übung
cli-help-report--results = Ergebnisdateien oder Ordner davon
cli-help-report--csv = Den Bericht zusätzlich als CSV in diese Datei schreiben
cli-help-report--card-texts = In der CSV-Datei eine zweite Zeile mit den Kartentexten
cli-help-report--attempts = Welcher Versuch bei Lernenden mit mehreren Ergebnissen zählt
cli-help-report--attempts--first = Der erste Versuch (nach Versuchsnummer, dann Datum)
cli-help-report--attempts--best = Der Versuch mit den meisten Punkten
cli-help-report--attempts--latest = Der letzte Versuch
cli-help-report--force = Die CSV-Datei ersetzen, falls sie existiert (nie eine der Eingaben)
cli-help-exercise = Übungsdateien erstellen (wie der Übungsersteller der Lehrkraft)
cli-help-exercise-new = Eine neue Übungsdatei aus Karten eines geladenen Stapels schreiben (mit --sealed: eine Datei für Lernende ohne Zuständigkeiten und ihren Lösungsschlüssel FILE.key.ron)
cli-help-exercise-new--deck = Der geladene Stapel, aus dem die Karten stammen (siehe `srm-study list`)
cli-help-exercise-new--topics = Nur Karten dieser Themen-ID (wiederholbar)
cli-help-exercise-new--services = Nur Karten zu dieser Service-ID (wiederholbar)
cli-help-exercise-new--count = Wie viele Karten (Standard: alle passenden), zufällig gewählt nach --seed
cli-help-exercise-new--seed = Der Startwert, der die Karten wählt, und der Startwert der Übung
cli-help-exercise-new--feedback = Wann Markierungen erscheinen
cli-help-exercise-new--feedback--instant = Nach jeder Zuordnung
cli-help-exercise-new--feedback--end = Nach der Prüfung
cli-help-exercise-new--sealed = Versiegeln: Die Datei für Lernende hat keine Zuständigkeiten, der Lösungsschlüssel FILE.key.ron bleibt bei Ihnen und bewertet die Ergebnisse
cli-help-exercise-new--penalty = Eine falsche Zuordnung kostet einen Punkt
cli-help-exercise-new--time-limit = Ein Zeitlimit in Sekunden
cli-help-exercise-new--id = Die ID der Übung (Standard: der Dateiname ohne .ron)
cli-help-exercise-new--title = Der Titel, den Lernende sehen (Standard: der Titel des Stapels)
cli-help-exercise-new--instructions = Anweisungen, die vor dem Start angezeigt werden
cli-help-exercise-new--out = Die zu schreibende Übungsdatei
cli-help-exercise-new--force = Die Datei (und ihren Lösungsschlüssel) ersetzen, falls sie existieren; der alte Schlüssel wird als FILE.replaced-FINGERPRINT.key.ron aufbewahrt, um die bereits ausgegebenen Kopien zu bewerten
cli-help-exercise-new--also-in = Schreibt die Datei für Lernende auch in dieser Sprache, als DATEI.SPRACHE.ron: dieselben Karten, dieselbe Reihenfolge, dieselben Optionen und derselbe Lösungsschlüssel, sodass ein Klassenbericht jede Kopie bewertet (wiederholbar)
cli-help-export-deck = Einen geladenen Stapel als formatiertes RON schreiben
cli-help-export-deck--id = Die ID des Stapels (siehe `srm-study list`)
cli-help-export-deck--out = Wohin er geschrieben wird
cli-help-export-deck--force = Die Datei ersetzen, falls sie existiert (nie die eigene Datei des Stapels)
cli-help-list = Die geladenen Stapel auflisten
cli-help-import-table = Die Zeilen einer CSV/TSV-Tabelle (text, owner, topic, explanation, services, source URL, aws_part, customer_part: Teil des Kunden) als Karten zu einer Stapeldatei hinzufügen; Zeilen, deren Text einer Karte entspricht, aktualisieren sie
cli-help-import-table--file = Die Tabelle: CSV, TSV oder durch Semikolons getrennt
cli-help-import-table--deck = Die ID des Stapels (der Stapel in --out, ein geladener Stapel oder ein neuer)
cli-help-import-table--out = Die zu schreibende Stapeldatei
cli-help-import-table--force = Die Zeilen zum Stapel hinzufügen, der schon in --out liegt (er wird durch den Stapel mit den Zeilen ersetzt); nie die Tabelle selbst
cli-help-import-table--refused = Die ausgelassenen Zeilen mit dem Grund in diese CSV-Datei schreiben, um sie zu korrigieren und erneut zu importieren (nur mit --force ersetzt)
cli-help-export = Karten nach Moodle XML, als QTI-2.1-Paket, nach Anki oder Quizlet exportieren, oder Ergebnisse von Lernenden als xAPI-Statements
cli-help-export--format = Das zu schreibende Format
cli-help-export--format--moodle = Moodle XML: eine Drag-and-Drop-in-Text-Frage (Import in die Fragensammlung)
cli-help-export--format--qti = Ein IMS-QTI-2.1-Paket (zip) mit einem Zuordnungsitem
cli-help-export--format--anki = Eine Textdatei für Ankis Datei > Importieren (Notizen werden beim erneuten Import aktualisiert)
cli-help-export--format--quizlet = Begriff-und-Definition-Zeilen für Quizlets Importfeld
cli-help-export--format--xapi = xAPI-1.0.3-Statements (JSON) der Ergebnisse von Lernenden
cli-help-export--deck = Die Karten dieses geladenen Stapels exportieren (siehe `srm-study list`)
cli-help-export--exercise = Die Karten dieser Übungsdatei exportieren (bei xapi: die Übung, zu der die Ergebnisse gehören)
cli-help-export--results = Nur xapi: die Ergebnisdateien der Lernenden oder Ordner davon
cli-help-export--topics = Nur Karten dieses Themas (ID oder Titel; wiederholbar)
cli-help-export--services = Nur Karten zu diesem Service (ID oder Name; wiederholbar)
cli-help-export--matching = Nur moodle: zusätzlich eine Zuordnungsfrage je Thema schreiben (neben der Drag-and-Drop-Frage)
cli-help-export--questions = moodle: welche Fragen: eine Drag-and-Drop-Frage (Standard), eine je Thema oder eine je Karte
cli-help-export--questions--one = Eine Drag-and-Drop-in-Text-Frage mit allen Karten
cli-help-export--questions--per-topic = Eine Zuordnungsfrage je Thema (eine Frage mit drei Antworten bei einem Thema mit einer Karte)
cli-help-export--questions--per-card = Eine Frage mit drei Antworten je Karte
cli-help-export--per-card = Nur qti: ein Item mit drei Antworten je Karte (mit der Erklärung als Feedback) statt eines Zuordnungsitems
cli-help-export--class-uri = Nur xapi: die Klasse, eine http(s)-URI: die homePage der Konten der Lernenden und die Basis der Aktivitäts-IDs
cli-help-export--attempt = Nur xapi: der wievielte Versuch diese Ergebnisse sind; eine andere Nummer ergibt neue Statement-IDs
cli-help-export--out = Die zu schreibende Datei
cli-help-export--force = Die Datei ersetzen, falls sie existiert (nie eine der Eingaben)
cli-help-lrs = Ergebnisse an einen Learning Record Store (xAPI) senden, sie in einen Klassenbericht zurückladen oder die Verbindung testen. Das Geheimnis wird aus SRM_STUDY_LRS_SECRET gelesen
cli-help-lrs-send = Ergebnisse (und die von früheren Sendungen wartenden Statements) an den LRS senden. Ohne Ergebnisdateien werden nur die wartenden Statements gesendet
cli-help-lrs-send--endpoint = Der xAPI-Endpunkt des LRS, z. B. https://lrs.example.org/xAPI
cli-help-lrs-send--key = Der Basic-Auth-Schlüssel (Benutzername); das Geheimnis wird aus SRM_STUDY_LRS_SECRET gelesen
cli-help-lrs-send--exercise = Die Übung (oder der Lösungsschlüssel), zu der die Ergebnisse gehören
cli-help-lrs-send--class-uri = Die Klasse, eine http(s)-URI (Standard: die LRS-Einstellungen der App)
cli-help-lrs-send--attempt = Der wievielte Versuch diese Ergebnisse sind
cli-help-lrs-send--results = Ergebnisdateien oder Ordner davon
cli-help-lrs-load = Die Statements einer Übung vom LRS laden und den Klassenbericht ausgeben, wie `srm-study report` es für Ergebnisdateien tut
cli-help-lrs-load--endpoint = Der xAPI-Endpunkt des LRS, z. B. https://lrs.example.org/xAPI
cli-help-lrs-load--key = Der Basic-Auth-Schlüssel (Benutzername); das Geheimnis wird aus SRM_STUDY_LRS_SECRET gelesen
cli-help-lrs-load--exercise = Die Übung (oder der Lösungsschlüssel), anhand der bewertet wird
cli-help-lrs-load--class-uri = Die Klasse, eine http(s)-URI (Standard: die LRS-Einstellungen der App)
cli-help-lrs-load--attempt = Welcher Versuch geladen wird
cli-help-lrs-load--csv = Den Bericht zusätzlich als CSV in diese Datei schreiben
cli-help-lrs-test = Den Endpunkt und die Zugangsdaten prüfen
cli-help-lrs-test--endpoint = Der xAPI-Endpunkt des LRS, z. B. https://lrs.example.org/xAPI
cli-help-lrs-test--key = Der Basic-Auth-Schlüssel (Benutzername); das Geheimnis wird aus SRM_STUDY_LRS_SECRET gelesen
cli-help-lrs-set-secret = Das Geheimnis, von der Standardeingabe gelesen (eine Zeile), dort aufbewahren, wo die App es aufbewahrt: im Schlüsselbund des Desktops oder sonst in einer Datei, die nur Sie lesen können. Eine leere Zeile entfernt es
cli-help-generate = Die Man-Pages oder die Shell-Vervollständigungen schreiben (für Paketierer)
cli-help-generate-man = Die Man-Pages (`srm-study.1` und `srm-study-SUBCOMMAND.1`) in einen Ordner schreiben (in der Sprache von --lang, sonst Englisch)
cli-help-generate-man--dir = Der Ordner (wird bei Bedarf angelegt)
cli-help-generate-completions = Das Vervollständigungsskript für eine Shell ausgeben
cli-help-generate-completions--shell = Die Shell
cli-help-generate-completions--shell--bash = bash (mit dem Paket bash-completion)
cli-help-generate-completions--shell--zsh = zsh
cli-help-generate-completions--shell--fish = fish

## msgreport

report-reason-other-exercise = Dieses Ergebnis gehört zur Übung „{ $found }“, nicht zu „{ $expected }“
report-reason-other-version = Für eine andere Fassung dieser Übung erstellt (ihr Fingerabdruck ist { $found }, der dieser Übung { $expected }); nicht bewertet
report-reason-no-fingerprint = Für eine andere Fassung dieser Übung erstellt (ihr fehlt der Fingerabdruck, der dieser Übung ist { $expected }); nicht bewertet
report-reason-sealed = Dies ist eine versiegelte Datei für Lernende ohne Lösungen; bewerten Sie mit ihrem Lösungsschlüssel (der .key.ron-Datei)
report-warning-unknown-cards = { $file }: Antworten zu Karten, die nicht in der Übung sind, wurden ignoriert: { $ids }
report-warning-ignored-fields = { $file }: Felder, die diese Version nicht verwendet, wurden ignoriert: { $fields }
report-warning-attempts = „{ $student }“ hat { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
}: { $files }. Gewertet: { $rule } ({ $chosen }); die anderen sind als Wiederholungen aufgeführt
report-warning-attempt-file = { $file } (Versuch { $attempt }, { $date })
report-csv-error = Die CSV-Datei kann nicht geschrieben werden: { $error }
lrs-error-not-http = „{ $endpoint }“ ist kein LRS-Endpunkt: Geben Sie eine http://- oder https://-Adresse mit Host an, z. B. https://lrs.example.org/xAPI
lrs-error-query-or-fragment = „{ $endpoint }“: Ein LRS-Endpunkt hat keine ?-Abfrage und kein #-Fragment
lrs-error-bad-link = Das LRS gab einen Link, der keine Adresse ist: „{ $link }“
lrs-error-foreign-link = Das LRS gab einen Link zu einem anderen Server ({ $link }, nicht { $origin }); er wurde nicht verfolgt, Schlüssel und Geheimnis gingen also nur an { $origin }
lrs-error-bad-page = Das LRS antwortete mit etwas, das kein Statement-Ergebnis ist: { $detail }
lrs-error-connection = Das LRS unter { $url } ist nicht erreichbar: { $error }
lrs-error-timed-out = Das LRS unter { $url } hat nicht innerhalb von { $seconds } s geantwortet; prüfen Sie den Endpunkt oder versuchen Sie es später erneut
lrs-error-too-large = Die Antwort des LRS auf { $url } ist größer als { $limit } MiB und wurde nicht gelesen (fragen Sie die Administration des LRS, ob der Endpunkt stimmt)
lrs-error-status = Das LRS antwortete { $status } auf { $method } { $url }: { $message }
lrs-error-status-hint = Das LRS antwortete { $status } { $hint } auf { $method } { $url }: { $message }
lrs-error-hint-401 = Unauthorized (prüfen Sie Schlüssel und Geheimnis)
lrs-error-hint-403 = Forbidden (diese Zugangsdaten dürfen das nicht)
lrs-error-hint-404 = Not Found (prüfen Sie den Endpunkt: Er endet meist auf /xAPI)
lrs-error-stopped = abgebrochen
save-error-serialize = Der Fortschritt kann nicht als RON geschrieben werden: { $error }
save-error-too-large = Der Fortschritt ist zu groß zum Speichern ({ $bytes } Byte Kartenstatistik)
save-error-io = Der Fortschritt kann nicht in { $path } gespeichert werden: { $error }
save-error-dangling-link = { $path } ist ein symbolischer Link auf { $target }, das es nicht gibt (ein nicht eingehängter Ordner, eine verschobene Datei?). Der Link bleibt, wie er ist; der Fortschritt wird erst wieder gespeichert, wenn sein Ziel zurück ist oder der Link entfernt wurde
save-error-newer-shown = { $reason }; Ihr Fortschritt wird angezeigt, aber nicht geändert
save-error-newer-left = { $reason }; die Datei bleibt, wie sie ist
save-error-changed-on-disk = { $path } wurde auf der Festplatte geändert und kann nicht gelesen werden ({ $reason }); die Datei bleibt daher unverändert
save-error-no-backup = Die aktuelle Fortschrittsdatei konnte nicht als Sicherung behalten werden: { $error }
save-error-not-read = Die Fortschrittsdatei konnte nicht gelesen werden: { $error }

## msgload
load-about = { $kind ->
        [deck] Stapel
        [item] Karte
        [topic] Thema
        [source] Quelle
        [layer] Schicht
        [service] Dienst
       *[exercise] Übung
    } „{ $id }“
load-about-result = Ergebnis von „{ $student }“
load-about-answer = { $result }: Antwort „{ $id }“
load-too-large = die Datei ist { $size } Bytes groß, mehr als die Grenze von 8 MiB; teilen Sie sie in kleinere Dateien auf
load-not-utf8 = die Datei ist kein UTF-8-Text; speichern Sie sie in Ihrem Editor als UTF-8
load-empty = die Datei ist leer; ein Stapel beginnt mit `Deck(` (siehe content/README.md)
load-too-deep = die Daten sind zu tief verschachtelt (mehr als 128 Ebenen); ein Stapel braucht nur wenige
load-ends-early = die Datei endet zu früh: eine Klammer oder eine Zeichenkette ist nicht geschlossen
load-string-not-closed = eine Zeichenkette ist nicht geschlossen: ergänzen Sie das fehlende '"'
load-ron-variant = Unerwartete Variante { $found } im Enum { $outer }; { $expected }
load-ron-enum-variant = Unerwartete Enum-Variante { $found }; { $expected }
load-ron-field = Unerwartetes Feld { $found } in { $outer }; { $expected }
load-ron-field-plain = Unerwartetes Feld { $found }; { $expected }
load-ron-missing-field = Das Feld { $field } fehlt in { $outer }
load-ron-missing-field-plain = Das Feld { $field } fehlt
load-ron-duplicate-field = Das Feld { $field } steht doppelt in { $outer }
load-ron-duplicate-field-plain = Das Feld { $field } steht doppelt
load-ron-struct-name = Struktur { $expected } erwartet, aber { $found } gefunden
load-ron-struct-open = Öffnende `(` für die Struktur { $name } erwartet
load-ron-char = Unerwartetes Zeichen { $char }
load-ron-expected = { $what ->
        [comma] Komma
        [string] Zeichenkette
        [integer] Ganzzahl
        [boolean] Wahrheitswert
        [colon] Doppelpunkt
       *[identifier] Bezeichner
    } erwartet
load-ron-opening = Öffnende `{ $bracket }` erwartet
load-ron-closing = Schließende `{ $bracket }` erwartet
load-ron-trailing = Nach dem Ende der Daten folgen noch Zeichen
load-ron-other = Syntaxfehler: { $detail }
load-ron-none = es gibt keine { $what ->
        [variants] Varianten
       *[fields] Felder
    }
load-ron-expected-one = erwartet wurde { $first }
load-ron-expected-two = erwartet wurde { $first } oder { $second }
load-ron-expected-many = erwartet wurde eines von { $list } oder { $last }
load-title-empty = der Titel ist leer
load-no-items = der Stapel hat keine Einträge; fügen Sie mindestens ein Item(...) hinzu
load-service-unknown-layer = nennt die Schicht „{ $layer }“, die nicht zu den Schichten dieses Stapels gehört
load-id-taken = { $what ->
        [item] ein anderer Eintrag
        [topic] ein anderes Thema
        [source] eine andere Quelle
        [layer] eine andere Schicht
       *[service] ein anderer Dienst
    } des Stapels hat diese ID
load-text-empty = der Text ist leer
load-explanation-empty = die Erklärung ist leer; sagen Sie, warum diese Zuständigkeit gilt
load-char = U+{ $code }{ $name ->
        [null] {" "}(Null)
        [bell] {" "}(Klingel)
        [backspace] {" "}(Rückschritt)
        [tab] {" "}(Tabulator)
        [line-break] {" "}(Zeilenumbruch)
        [vertical-tab] {" "}(vertikaler Tabulator)
        [form-feed] {" "}(Seitenvorschub)
        [carriage-return] {" "}(Wagenrücklauf)
        [escape] {" "}(Escape)
        [delete] {" "}(Löschen)
        [not-a-character] {" "}(kein Zeichen)
       *[none] {""}
    }
load-forbidden-char = das Feld „{ $field ->
        [title] Titel
        [description] Beschreibung
        [language] Sprache
        [summary] Zusammenfassung
        [address] Adresse
        [name] Name
        [category] Kategorie
        [text] Text
        [explanation] Erklärung
        [aws-part] AWS-Anteil
        [customer-part] Kundenanteil
       *[tag] Schlagwort
    }“ enthält { $char } an Zeichen { $at }{ $more ->
        [0] {""}
        [one] {" "}und { $more } weiteres Steuerzeichen
       *[other] {" "}und { $more } weitere Steuerzeichen
    }; entfernen Sie es (Exporte nach Moodle und QTI und das Terminal können es nicht darstellen)
load-bad-id = { $what ->
        [exercise-id] die Übungs-ID
        [item-id] die Karten-ID
       *[id] die ID
    } „{ $id }“ ist ungültig: verwenden Sie Kleinbuchstaben, Ziffern und '-', am Anfang einen Buchstaben, höchstens { $max } Zeichen
load-unknown-ref = nennt { $what ->
        [topic] das Thema
        [layer] die Schicht
        [service] den Dienst
       *[source] die Quelle
    } „{ $id }“, { $what ->
        [topic] das
        [layer] die
        [service] den
       *[source] die
    } dieser Stapel nicht definiert ({ $list })
load-defines-none = dieser Stapel hat keine { $what ->
        [topic] Themen
        [layer] Schichten
        [service] Dienste
       *[source] Quellen
    }
load-known = bekannte { $what ->
        [topic] Themen
        [layer] Schichten
        [service] Dienste
       *[source] Quellen
    }: { $list }
load-defines-many = der Stapel hat { $count } { $what ->
        [topic] Themen
        [layer] Schichten
        [service] Dienste
       *[source] Quellen
    }
load-title-or-name-empty = der Titel oder Name ist leer
load-not-utf8-at = die Datei ist kein UTF-8-Text (bei Byte { $byte }); speichern Sie sie in Ihrem Editor als UTF-8
load-cannot-read = die Datei kann nicht gelesen werden: { $error }
load-not-regular = dies ist { $kind ->
        [folder] ein Ordner
        [fifo] ein FIFO (benannte Pipe)
        [socket] ein Socket
        [device] ein Gerät
       *[special] eine Spezialdatei
    }, keine normale Datei; geben Sie den Pfad einer .ron-Datei an
load-over-limit = die Datei ist { $size } Bytes groß, mehr als die Grenze von { $limit } MiB
load-cannot-read-folder = der Ordner kann nicht gelesen werden: { $error }
load-origin-builtin = dem eingebauten { $name }
load-origin-file = { $path }
load-deck-id-taken = diese Stapel-ID wird schon von { $origin } verwendet; geben Sie einem der Stapel eine andere ID
load-translation-no-deck = diese Übersetzung gehört zu einem Stapel, der nicht geladen ist; fügen Sie den Stapel hinzu oder legen Sie die Übersetzung daneben
load-translation-language = „{ $tag }“ ist kein Sprachkennzeichen; schreiben Sie eines wie es, de, ja oder pt-BR
load-progress-empty = die Fortschrittsdatei ist leer
name-control = der Name muss in einer Zeile stehen, ohne Zeilenumbrüche, Tabulatoren oder Steuerzeichen
name-bidi = der Name enthält ein Steuerzeichen für die Schreibrichtung (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F oder U+061C), das verändert, wie er angezeigt wird; geben Sie den Namen ohne es ein
name-empty = der Name ist leer
name-too-long = der Name ist länger als { $max } Zeichen
exercise-file-at = Zeile { $line }, Spalte { $col }: { $message }
exercise-file-about = { $about }: { $message }
exercise-file-starts-with = die Datei beginnt mit `{ $word }`; Dateien von SRM Study beginnen mit `Deck(` (ein Stapel), `Exercise(` oder `ExerciseResult(` (siehe content/README.md)
exercise-file-cards-not-sealed = `cards:` (die Karten) gibt es nur in einer versiegelten Datei für Lernende (sealed: true, ohne key)
exercise-file-cards-and-items = eine versiegelte Datei für Lernende hat ihre Karten in `cards:`, nicht in den Einträgen des Stapels
exercise-file-wrong-kind = diese Datei beginnt mit `{ $found }(`, nicht mit `{ $wanted }(`: sie ist keine { $kind ->
        [deck] Stapeldatei
        [exercise] Übungsdatei
       *[result] Ergebnisdatei
    }
exercise-file-time-limit-zero = time_limit_secs ist 0; lassen Sie es weg, wenn es kein Zeitlimit geben soll
exercise-file-no-fingerprint = eine versiegelte Datei für Lernende braucht den Fingerabdruck ihres Lösungsschlüssels
exercise-file-key-not-sealed = `key:` gibt es nur in einem Lösungsschlüssel, der sealed: true hat
exercise-file-answered-twice = diese Karte ist zweimal beantwortet; ein Ergebnis hat eine Antwort pro Karte
deck-edit-no-id = der Stapel hat noch keine ID
deck-edit-no-cards = der Stapel hat noch keine Karten: fügen Sie mindestens eine Karte hinzu
deck-edit-card-unknown-topic = ihr Thema „{ $id }“ ist nicht in diesem Stapel: wählen Sie eines der Themen des Stapels
deck-edit-card-unknown-layer = ihre Schicht „{ $id }“ ist nicht in diesem Stapel: wählen Sie eine der Schichten des Stapels
deck-edit-card-unknown-service = sie nennt den Dienst „{ $id }“, den dieser Stapel nicht hat: fügen Sie den Dienst hinzu (auf der Seite Aufbau) oder entfernen Sie das Häkchen
deck-edit-card-unknown-source = sie zitiert die Quelle „{ $id }“, die dieser Stapel nicht hat: fügen Sie die Quelle hinzu oder entfernen Sie das Häkchen
deck-edit-layer-owner-unknown = gibt eine Zuständigkeit für die Schicht „{ $id }“ an, die dieser Stapel nicht hat: fügen Sie die Schicht hinzu (auf der Seite Aufbau)
deck-edit-unknown-ref = nennt { $what ->
        [topic] das Thema
        [layer] die Schicht
        [service] den Dienst
       *[source] die Quelle
    } „{ $id }“, { $what ->
        [topic] das
        [layer] die
        [service] den
       *[source] die
    } dieser Stapel nicht hat
deck-edit-id-taken = { $what ->
        [card] eine andere Karte hat
        [deck] ein anderer Stapel hat
        [topic] ein anderes Thema hat
        [source] eine andere Quelle hat
        [layer] eine andere Schicht hat
       *[service] ein anderer Dienst hat
    } dieselbe ID „{ $id }“
deck-edit-name-empty = der Name ist leer
deck-edit-about = { $what ->
        [topic] Thema
        [source] Quelle
        [layer] Schicht
        [service] Dienst
       *[other] Teil
    } „{ $id }“: { $message }
lint-warning = Warnung
lint-whole-area = Karte „{ $id }“: „{ $text }“ nennt einen ganzen Bereich ({ $words }), während { $specific } andere Karten des Themas „{ $topic }“ konkrete Aufgaben nennen, daher fällt sie unter ihnen auf; nennen Sie die konkrete Ressource, Einstellung oder den Schritt (bei einer geteilten Karte, was jede Seite tut)
lint-where-line = {" "}(Zeile { $line })
lint-where-file-line = {" "}in { $file }:{ $line }
lint-where-file = {" "}in { $file }
lint-near-duplicate = Karte „{ $id }“: ihr Text „{ $text }“ ist fast gleich wie bei Karte „{ $other }“{ $where_other }: „{ $other_text }“; führen Sie die beiden Karten zusammen oder formulieren Sie eine um, damit der Unterschied zwischen den Aufgaben klar wird
lint-list-and = { $list } und { $last }
lint-give-away = Karte „{ $id }“: { $listed } im Kartentext { $count ->
        [one] verrät
       *[other] verraten
    } die Zuständigkeit; { $advice }
lint-advice-second-person = Wörter in der zweiten Person und Possessivwörter zeigen auf den Kunden; nennen Sie stattdessen die Sache („Patching the guest OS of an EC2 instance“, nicht „Patching your own OS“)
lint-advice-names-owner = sie nennt eine Zuständigkeit; beschreiben Sie die Aufgabe, ohne zu sagen, wer sie erledigt („Securing the data centre buildings“, nicht „Securing AWS's buildings“)
lint-advice-shared = sie kennzeichnet die Karte als geteilt; nennen Sie die konkrete Aufgabe oder machen Sie eine Karte pro Seite („Writing key policies for AWS KMS keys“ und „Protecting KMS key material in HSMs“)
lint-opening = Karte „{ $id }“: alle { $count } Karten, deren Text mit „{ $phrase }“ beginnt, gehören zu { $owner } ({ $ids }), daher können Lernende sie nach den ersten Wörtern sortieren; formulieren Sie einige um oder beginnen Sie Karten einer anderen Zuständigkeit genauso
lint-single-owner-topic = Thema „{ $id }“: alle { $count } Karten gehören zu { $owner }, daher landet beim Sortieren dieses Themas jede Karte im selben Feld; fügen Sie Karten mit einer anderen Zuständigkeit hinzu oder führen Sie es mit einem anderen Thema zusammen
lint-translation-wrong-deck = diese Übersetzung nennt den Stapel "{ $named }", wird aber auf "{ $base }" angewendet; schreiben Sie die ID des Stapels, den sie übersetzt
lint-translation-unknown = { $what ->
        [about] der Titel des Stapels
        [topic] Thema "{ $id }"
        [layer] Schicht "{ $id }"
        [service] Dienst "{ $id }"
        [source] Quelle "{ $id }"
       *[item] Eintrag "{ $id }"
    }: der Stapel hat keinen solchen Eintrag; korrigieren Sie die ID oder entfernen Sie den Eintrag
lint-translation-duplicate = { $what ->
        [about] der Titel des Stapels
        [topic] Thema "{ $id }"
        [layer] Schicht "{ $id }"
        [service] Dienst "{ $id }"
        [source] Quelle "{ $id }"
       *[item] Eintrag "{ $id }"
    }: zweimal übersetzt; behalten Sie einen Eintrag
lint-translation-stale = { $what ->
        [about] der Titel des Stapels
        [topic] Thema "{ $id }"
        [layer] Schicht "{ $id }"
        [service] Dienst "{ $id }"
        [source] Quelle "{ $id }"
       *[item] Eintrag "{ $id }"
    }: das Englische hat sich seit der Übersetzung geändert, daher wird es auf Englisch gezeigt; aktualisieren Sie die Übersetzung und kopieren Sie das neue `from` aus einer Vorlage (`cargo run --example overlay_template`)
lint-translation-empty = { $what ->
        [about] der Titel des Stapels
        [topic] Thema "{ $id }"
        [layer] Schicht "{ $id }"
        [service] Dienst "{ $id }"
        [source] Quelle "{ $id }"
       *[item] Eintrag "{ $id }"
    }: die Übersetzung ist leer; schreiben Sie sie oder entfernen Sie den Eintrag, damit das Englische erscheint
lint-translation-missing = { $what ->
        [about] der Titel des Stapels
        [topic] Thema "{ $id }"
        [layer] Schicht "{ $id }"
        [service] Dienst "{ $id }"
        [source] Quelle "{ $id }"
       *[item] Eintrag "{ $id }"
    }: nicht nach { $language } übersetzt; wird auf Englisch gezeigt
lint-translation-give-away = Eintrag "{ $id }": { $listed } im Kartentext ({ $language }) { $count ->
        [one] verrät
       *[other] verraten
    } den Lernenden, wem die Aufgabe gehört; beschreiben Sie die Aufgabe, ohne zu sagen, wer sie erledigt
lint-translation-english = Eintrag "{ $id }": der Kartentext ist derselbe wie der englische; übersetzen Sie ihn nach { $language }
lint-translation-glossary = "{ $id }": das Englische sagt "{ $term }"; verwenden Sie das Wort des Glossars ({ $words })
lint-translation-service = "{ $id }": lassen Sie den Dienstnamen "{ $service }" unverändert

## table
table-unreadable = die Tabelle kann nicht gelesen werden: { $error }
table-unreadable-at = Zeile { $line }: die Tabelle kann nicht gelesen werden: { $error }
table-text-empty = der Text ist leer
table-owner-empty = die Zuständigkeit ist leer: wählen Sie AWS, Kunde oder Geteilt
table-owner-unclear = die Zuständigkeit „{ $word }“ ist nicht eindeutig AWS, Kunde oder Geteilt: wählen Sie eine
table-owner-read-as = Zuständigkeit „{ $word }“ wurde als { $owner } gelesen
table-explanation-empty = die Erklärung ist leer: sagen Sie, warum diese Zuständigkeit
table-topic-not-in-deck = das Thema „{ $topic }“ ist nicht in diesem Stapel: legen Sie es an oder nennen Sie ein Thema des Stapels
table-same-text = derselbe Text wie die Zeile { $line }
table-updates-card = aktualisiert die Karte „{ $id }“ mit demselben Text
table-service-builtin = der Service „{ $name }“ ist der eingebaute { $builtin } (ID „{ $id }“): er wird mit seinem Aufbau in diesen Stapel kopiert
table-service-new = der Service „{ $name }“ ist kein eingebauter: er wird diesem Stapel als neuer Service hinzugefügt (ID „{ $id }“); geben Sie ihm auf der Seite „Aufbau“ eine Zuständigkeit je Schicht
table-topic-builtin = das Thema „{ $name }“ ist das eingebaute „{ $title }“: es wird in diesen Stapel kopiert
table-topic-new = das Thema „{ $name }“ ist neu und wird angelegt
table-source-new = die Quelle { $url } ist neu und wird hinzugefügt
table-control-characters = Steuerzeichen ({ $names }) wurden durch Leerzeichen ersetzt

## export
export-error-no-cards = es gibt keine Karten zu exportieren (prüfen Sie die Filter --topic und --service)
export-error-xml = das XML kann nicht geschrieben werden: { $error }
export-error-zip = das ZIP-Paket kann nicht geschrieben werden: { $error }
export-error-json = das JSON kann nicht geschrieben werden: { $error }
export-error-class-uri = die Klassen-URI „{ $uri }“ ist nicht verwendbar: geben Sie eine absolute http://- oder https://-Adresse an, z. B. https://school.example/classes/cloud-101
export-error-duplicate-student = zwei Ergebnisse der oder des Lernenden „{ $student }“ sind derselbe Versuch; behalten Sie eines, oder exportieren Sie sie getrennt mit verschiedenen Versuchen
export-error-other-exercise = das Ergebnis von „{ $student }“ gehört zur Übung „{ $found }“, nicht zu „{ $expected }“
export-unknown-topic = Thema „{ $topic }“
export-unknown-service = Service „{ $service }“

## lrs-config
lrs-config-no-endpoint-cli = geben Sie den Endpunkt des LRS mit --endpoint URL an
lrs-config-no-endpoint = Geben Sie zuerst den Endpunkt des LRS in den LRS-Einstellungen ein.
lrs-config-no-key-cli = geben Sie den Schlüssel des LRS (Benutzername) mit --key KEY an
lrs-config-no-key = Geben Sie zuerst den Schlüssel des LRS (Benutzername) in den LRS-Einstellungen ein.
lrs-config-no-secret-cli = setzen Sie { $variable } auf das Geheimnis des LRS (es wird nie auf der Befehlszeile angegeben)
lrs-config-no-secret = Kein Geheimnis gespeichert: geben Sie das Geheimnis des LRS in den LRS-Einstellungen ein und speichern Sie.
lrs-config-secret-unreadable = das gespeicherte Geheimnis kann nicht gelesen werden: { $error }
lrs-test-connected = Verbunden mit { $endpoint } ({ $versions }): Schlüssel und Geheimnis werden akzeptiert.
lrs-test-versions = xAPI { $versions }
lrs-test-no-about = kein /about
lrs-conflict = { $student }, { $what }: der LRS hat die Anweisung { $id } bereits mit anderem Inhalt
lrs-conflict-card = Karte { $card }
lrs-conflict-exercise = die Übung

## exercise-build
exercise-build-no-cards = Wählen Sie mindestens eine Karte für die Übung
exercise-build-unknown-card = Karte { $item } des Stapels { $deck } ist in keinem geladenen Stapel
exercise-write-ron = Die Übung konnte nicht als RON geschrieben werden: { $error }
exercise-write-io = { $path }: Die Datei kann nicht geschrieben werden: { $error }
exercise-write-key-over-student = { $path }: Der Lösungsschlüssel kann nicht den Namen der Datei für Lernende tragen; wählen Sie einen Namen, der auf .ron endet
