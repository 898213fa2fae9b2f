#!/usr/bin/env python3
"""Writes a generated ledger of N claims straight as claim files, in the ledger's own YAML layout:
one claim with one evidence item each, varied in kind, participants, place, day, status and source.

    python3 Benchmarks/generate-ledger.py DIR N        # DIR/config.yaml (the defaults) and DIR/claims/*.yaml

Writing the files directly (not through `claims add`) keeps generation of 100,000 claims to seconds.
"""
import os, random, sys, datetime

root, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(14)
claims = os.path.join(root, "claims")
os.makedirs(claims, exist_ok=True)

kinds = ["talks", "meeting", "summit", "launch", "vote", "election", "trial", "hearing", "signing", "opening",
         "strike", "conference", "release", "delivery", "ceremony", "ruling", "deadline", "ceasefire"]
actors = ["Russia", "United States", "NATO", "China", "France", "Germany", "Japan", "Brazil", "India", "Kenya",
          "the European Union", "the union", "the council", "Parliament", "the ministry", "the port authority",
          "SpaceX", "NASA", "Boeing", "the court", "the senate", "Canada", "Mexico", "Turkey", "Egypt", "Chile"]
places = [None, None, "Geneva", "Brussels", "Vienna", "Nairobi", "Tokyo", "Houston", "Paris", "Lima"]
statuses = ["proposed"] * 5 + ["confirmed"] * 2 + ["postponed", "very_unlikely", "denied", "cancelled", "happened"]
cues = {"proposed": "scheduled for", "confirmed": "confirmed", "postponed": "postponed", "very_unlikely": "unlikely",
        "denied": "denied", "cancelled": "cancelled", "happened": "took place"}
sources = ["Example Wire", "Harbour Post", "Daily Ledger", "Metro Times", "Global Desk", "Evening Courier"]
start = datetime.date(2021, 1, 1)

def q(text):
    return '"' + text + '"'

for n in range(count):
    kind = rng.choice(kinds)
    who = rng.sample(actors, rng.choice([1, 2, 2, 3]))
    place = rng.choice(places)
    published = start + datetime.timedelta(days=rng.randrange(0, 5 * 365))
    day = published + datetime.timedelta(days=rng.randrange(1, 240))
    precision = rng.random()
    date = day.isoformat() if precision < 0.8 else day.isoformat()[:7]
    status = rng.choice(statuses)
    stamp = f"{published.isoformat()}T{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:00Z"
    ident = f"{'-'.join(w.lower().replace('the ', '').replace(' ', '-') for w in who)}-{kind}-{date}-{n}"
    statement = f"{' and '.join(who)} hold the {kind} {n}" + (f" in {place}" if place else "")
    source = rng.choice(sources)
    lines = [f"id: {ident}", f"statement: {statement}", f"status: {status}", "event:", f"  date: {q(date)}",
             f"  kind: {kind}", "  participants:"] + [f"  - {w}" for w in who]
    if place:
        lines.append(f"  place: {place}")
    lines += [f"created: {q(stamp)}", f"updated: {q(stamp)}", "evidence:",
              f"- source: {source}", f"  url: https://news.example/{n}", f"  published: {q(published.isoformat())}",
              f"  said_by: a spokesperson", f"  quote: The {kind} is {cues[status]} {day.strftime('%B')} {day.day}",
              f"  status: {status}", f"  cue: {cues[status]}", "  recorded_by: plain_text", f"  recorded_at: {q(stamp)}",
              "history:", f"- at: {q(stamp)}", f"  to: {status}", "  because: first report", "  rule: first_report",
              "  evidence: 0", "  by: plain_text"]
    with open(os.path.join(claims, ident + ".yaml"), "w") as out:
        out.write("\n".join(lines) + "\n")
