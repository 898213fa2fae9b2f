#!/usr/bin/env python3
"""A source plugin for `claims`: given no input, it yields the articles that arrived in a folder
since the last run, remembering what it has handed over in a state file.

Python's standard library only. Speaks the JSON Lines protocol of docs/plugin-protocol.md:

    extractors:
      - id: exec
        name: inbox
        command: [python3, Plugins/examples/folder_source.py, inbox, inbox-state.json]

Every `.txt` or `.md` file of the folder not seen before is one document, with no findings of its own:
the built-in analysis reads its text. A first line `Published: 2022-01-05` gives its publication date.
The state is written only after the host has the documents, so an interrupted run hands them over again.
"""
import json
import os
import re
import sys

folder, state_path = sys.argv[1], sys.argv[2]


def send(record):
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def load_state():
    try:
        with open(state_path, encoding="utf-8") as file:
            return set(json.load(file))
    except FileNotFoundError:
        return set()


def article(path):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    document = {"file": path, "item": None, "text": text}
    match = re.match(r"Published: (\d{4}-\d{2}-\d{2})\n", text)
    if match:
        document["published"] = match.group(1)
        document["text"] = text[match.end():]
    return document


seen = load_state()
handed_over = set()
for line in sys.stdin:
    request = json.loads(line)
    if request["type"] == "hello":
        send({"type": "hello", "protocol_version": "1.0", "capabilities": ["source"], "plugin": "folder_source 1.0"})
    elif request["type"] == "collect":
        names = sorted(name for name in os.listdir(folder) if name.endswith((".txt", ".md")) and name not in seen)
        print("%d new article(s) in %s" % (len(names), folder), file=sys.stderr)
        for index, name in enumerate(names):
            document = article(os.path.join(folder, name))
            if request.get("published"):
                document["published"] = request["published"]
            # One answer per article, each complete: a failure later keeps the ones already handed over.
            send({"type": "result", "id": request["id"], "documents": [document], "more": index < len(names) - 1})
            handed_over.add(name)
        if not names:
            send({"type": "result", "id": request["id"], "documents": []})

# The host closed our input: the run is over and every document was taken.
with open(state_path, "w", encoding="utf-8") as file:
    json.dump(sorted(seen | handed_over), file)
