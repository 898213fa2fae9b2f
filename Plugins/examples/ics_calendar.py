#!/usr/bin/env python3
"""An extractor plugin for `claims`: iCalendar (.ics) event listings, each VEVENT a claim.

Python's standard library only. Speaks the JSON Lines protocol of docs/plugin-protocol.md:

    extractors:
      - id: exec
        name: ics_calendar
        command: [python3, Plugins/examples/ics_calendar.py]
        extensions: [ics]

Each event becomes one document (its item is the event's UID) whose text is a sentence written from
the event's fields, and one claim over that sentence: the SUMMARY is the statement, DTSTART the event
date, LOCATION the place, ORGANIZER who says so, and STATUS the claim's status (TENTATIVE → proposed,
CONFIRMED → confirmed, CANCELLED → cancelled; statuses of the default vocabulary).
"""
import json
import re
import sys

STATUSES = {"TENTATIVE": "proposed", "CONFIRMED": "confirmed", "CANCELLED": "cancelled"}


def send(record):
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def unfolded_lines(text):
    """RFC 5545 content lines: a line starting with a space or tab continues the one before."""
    lines = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def parse_line(line):
    """'DTSTART;TZID=Europe/Paris:20220110T140000' -> ('DTSTART', {'TZID': 'Europe/Paris'}, '20220110T140000')."""
    head, sep, value = line.partition(":")
    if not sep:
        raise ValueError("line without ':' in %r" % line[:40])
    name, *params = head.split(";")
    parameters = dict(p.split("=", 1) for p in params if "=" in p)
    value = value.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
    return name.upper(), parameters, value


def event_date(value):
    """'20220110' -> '2022-01-10'; '20220110T140000Z' -> '2022-01-10T14:00'."""
    match = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})\d{2}Z?)?", value)
    if not match:
        raise ValueError("DTSTART %r is not an iCalendar date" % value)
    year, month, day, hour, minute = match.groups()
    date = "%s-%s-%s" % (year, month, day)
    return date + ("T%s:%s" % (hour, minute) if hour else "")


def person(parameters, value):
    return parameters.get("CN") or value.replace("mailto:", "")


def documents(request):
    text = request.get("text")
    if text is None:
        with open(request["path"], encoding="utf-8") as file:
            text = file.read()
    if "BEGIN:VCALENDAR" not in text:
        raise ValueError("not an iCalendar file (no BEGIN:VCALENDAR)")
    result, event = [], None
    for line in unfolded_lines(text):
        name, parameters, value = parse_line(line)
        if name == "BEGIN" and value.upper() == "VEVENT":
            event = {"ATTENDEE": []}
        elif name == "END" and value.upper() == "VEVENT" and event is not None:
            result.append(document(event, request.get("published")))
            event = None
        elif event is not None:
            if name == "ATTENDEE":
                event["ATTENDEE"].append(person(parameters, value))
            elif name == "ORGANIZER":
                event[name] = person(parameters, value)
            else:
                event[name] = value
    return result


def document(event, published):
    summary = event.get("SUMMARY", "").strip() or "untitled event"
    if "DTSTART" not in event:
        raise ValueError("event %r has no DTSTART" % summary)
    date = event_date(event["DTSTART"])
    place = event.get("LOCATION", "").strip() or None
    organizer = event.get("ORGANIZER")
    # One sentence written from the fields, so that evidence quotes something readable.
    lead = "%s is scheduled for " % summary
    sentence = lead + date + (" at %s" % place if place else "") + "."
    text = sentence + ("\n\n" + event["DESCRIPTION"].strip() if event.get("DESCRIPTION", "").strip() else "")
    start = len(lead.encode("utf-8"))
    end = start + len(date.encode("utf-8"))
    stamp = event.get("LAST-MODIFIED") or event.get("DTSTAMP")
    status = event.get("STATUS", "TENTATIVE").upper()
    return {
        "item": event.get("UID") or summary,
        "title": summary,
        "published": published or (event_date(stamp)[:10] if stamp else None),
        "text": text,
        "dates": [{"start": start, "end": end, "type": "TIME" if "T" in date else "DATE", "value": date}],
        "claims": [{
            "statement": summary,
            "event_date": date,
            "kind": (event.get("CATEGORIES") or "").split(",")[0].strip().lower() or None,
            "participants": event["ATTENDEE"],
            "place": place,
            "said_by": organizer,
            "status": STATUSES.get(status, "proposed"),
            "cue": "STATUS:" + status,
            "sentence": {"start": 0, "end": len(sentence.encode("utf-8"))},
        }],
    }


for line in sys.stdin:
    request = json.loads(line)
    if request["type"] == "hello":
        send({"type": "hello", "protocol_version": "1.0", "capabilities": ["files", "claims"], "plugin": "ics_calendar 1.0"})
    elif request["type"] == "extract":
        try:
            send({"type": "result", "id": request["id"], "documents": documents(request)})
        except (ValueError, OSError) as problem:
            send({"type": "error", "id": request["id"], "message": str(problem)})
