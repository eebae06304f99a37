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
