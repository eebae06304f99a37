"""Imports SRM Study's Anki export with the real Anki library and checks it.

Usage: check_import.py FIRST.txt SECOND.txt EXPECTED.json

EXPECTED.json holds {"deck": name, "first": [note...], "second": [note...]},
each note {"guid", "front", "back", "tags"} as Anki should store it.
SECOND is a later export of the same cards with some text changed.

In a new collection in a temporary folder:
1. import FIRST, using the metadata Anki reads from the file's header lines;
   every note must exist with its GUID, fields, tags, the Basic note type and
   the deck named in the header;
2. import FIRST again: nothing new;
3. import SECOND: still the same notes and cards (same ids, so the review
   history is kept), now with SECOND's fields.
Prints one line per step and exits 1 on the first difference.
"""

import json
import os
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def import_file(col, path):
    # Delimiter None: Anki takes it from the "#separator:" header line.
    metadata = col.get_csv_metadata(path=path, delimiter=None)
    if metadata.guid_column != 4 or metadata.tags_column != 3:
        fail(f"header columns not read: guid {metadata.guid_column}, tags {metadata.tags_column}")
    if not metadata.is_html:
        fail("#html:true not read")
    return col.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log


def notes_by_guid(col):
    notes = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        notes[note.guid] = note
    return notes


def check_notes(col, expected, deck):
    notes = notes_by_guid(col)
    if len(notes) != len(expected):
        fail(f"{len(notes)} notes in the collection, expected {len(expected)}")
    for want in expected:
        note = notes.get(want["guid"])
        if note is None:
            fail(f"no note with GUID {want['guid']}")
        if note.note_type()["name"] != "Basic":
            fail(f"{want['guid']}: note type {note.note_type()['name']}")
        if note.fields != [want["front"], want["back"]]:
            fail(f"{want['guid']}: fields {note.fields!r}, expected {[want['front'], want['back']]!r}")
        if sorted(note.tags) != sorted(want["tags"]):
            fail(f"{want['guid']}: tags {note.tags!r}, expected {want['tags']!r}")
        decks = {col.decks.name(card.did) for card in note.cards()}
        if decks != {deck}:
            fail(f"{want['guid']}: in decks {decks!r}, expected {deck!r}")
    return notes


def main():
    first, second, expected_path = sys.argv[1:4]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(os.path.join(tmp, "collection.anki2"))
        try:
            log = import_file(col, first)
            if len(log.new) != len(expected["first"]):
                fail(f"first import: {len(log.new)} new notes, expected {len(expected['first'])}")
            notes = check_notes(col, expected["first"], expected["deck"])
            ids = {guid: (note.id, sorted(c.id for c in note.cards())) for guid, note in notes.items()}
            print(f"first import: {len(log.new)} notes in {expected['deck']!r}")

            log = import_file(col, first)
            if log.new or col.note_count() != len(expected["first"]):
                fail(f"second import of the same file added notes: {len(log.new)} new")
            print(f"same file again: 0 new, {len(log.duplicate) + len(log.updated)} matched")

            log = import_file(col, second)
            if log.new:
                fail(f"updated file added {len(log.new)} notes instead of updating")
            if not log.updated:
                fail("updated file changed no note")
            notes = check_notes(col, expected["second"], expected["deck"])
            after = {guid: (note.id, sorted(c.id for c in note.cards())) for guid, note in notes.items()}
            if after != ids:
                fail("note or card ids changed: review history would be lost")
            print(f"updated file: {len(log.updated)} updated, 0 new, same note and card ids")
        finally:
            col.close()
    print("OK")


if __name__ == "__main__":
    main()
