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
editor-guide-intro = Wie man einen Stapel von Hand (eine .ron-Datei) oder als Tabelle zum Einfügen oder Importieren schreibt: die Anleitung, die SRM Study beiliegt (content/README.md in seinen Quellen). Die Anleitung gibt es vorerst nur auf Englisch.

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
