#!/usr/bin/env python3
"""Writes N short one-paragraph news articles (plain text, one file each) about dated future events
among the same actors and kinds as generate-ledger.py, so that ingest has to match them against a
large ledger: some speak of claims the ledger has, most open new ones.

    python3 Benchmarks/generate-articles.py DIR N
"""
import os, random, sys, datetime

root, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(41)
os.makedirs(root, exist_ok=True)
kinds = ["talks", "meeting", "summit", "launch", "vote", "election", "trial", "hearing", "signing", "opening"]
actors = ["Russia", "the United States", "NATO", "China", "France", "Germany", "Japan", "Brazil", "India", "Kenya",
          "the European Union", "the union", "the council", "Parliament", "the ministry", "the port authority"]
places = ["Geneva", "Brussels", "Vienna", "Nairobi", "Tokyo", "Houston", "Paris", "Lima"]
verbs = ["is scheduled for", "is planned for", "is expected on", "was postponed to", "was confirmed for"]
sources = ["officials said", "a spokesperson said on Monday", "the ministry announced", "diplomats said"]
for n in range(count):
    a, b = rng.sample(actors, 2)
    day = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randrange(0, 400))
    kind = rng.choice(kinds)
    text = (f"{a.capitalize() if a[0].islower() else a} and {b} said their {kind} in {rng.choice(places)} "
            f"{rng.choice(verbs)} {day.strftime('%B')} {day.day}, {day.year}, {rng.choice(sources)}. "
            f"The {kind} would be the first since the spring, and delegation {n} has been named.\n")
    with open(os.path.join(root, f"article-{n:05d}.txt"), "w") as out:
        out.write(text)
