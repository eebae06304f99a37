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
