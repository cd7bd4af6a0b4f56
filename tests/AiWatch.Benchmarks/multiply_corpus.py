#!/usr/bin/env python3
"""Builds a large AiWatch database from a small ingested one, for read benchmarks.

    python3 tests/AiWatch.Benchmarks/multiply_corpus.py SEED.db OUT.db [--articles 100000] [--seed 6]

SEED.db is a database where a few articles were ingested the normal way (`aiwatch ingest seeds --db ...`).
Each new article copies one seed article with all its facts (mentions, co-mentions, events and their actors
and groups, quotes, claims, amounts) under new ids: published on a date spread over 2019-2026 (more recent
years hold more articles, as a newsroom's archive does), filed under one of 20 sites, its actors swapped
for others of the same kind in most copies (some actors stay far more cited than others), and a paragraph
of words drawn from a Zipf distribution appended to the text and a few to the title, so search terms
have realistic frequencies. Appending keeps every fact offset valid. The search index fills itself through
the schema's triggers. Disputes are rebuilt roughly (pairs and counts of the copies' seed disputes).

This is a stand-in for `aiwatch generate` + ingestion: fast (a few minutes for 100,000 articles), with
the row counts and distributions a real import gives, not its language.
"""
import argparse
import datetime
import random
import re
import shutil
import sqlite3
import time

SITES = 20
VARIANTS = 64


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("seed_db")
    parser.add_argument("out_db")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    shutil.copyfile(args.seed_db, args.out_db)
    db = sqlite3.connect(args.out_db)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-400000")
    started = time.time()

    seeds = db.execute("SELECT Id, Title, Text, PublishedDate FROM Articles ORDER BY Id").fetchall()
    vocabulary = build_vocabulary(rng, [s[2] for s in seeds])
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(vocabulary))]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)

    sources = add_sources(db)
    variants = actor_variants(db, rng)
    db.execute("CREATE TEMP TABLE Remap(Variant INTEGER, OldId INTEGER, NewId INTEGER, PRIMARY KEY(Variant, OldId))")
    db.executemany("INSERT INTO Remap VALUES (?,?,?)", [(v, old, new) for v, m in enumerate(variants) for old, new in m.items()])
    slugs = dict(db.execute("SELECT Id, Slug FROM Actors"))
    ids_by_slug = {s: i for i, s in slugs.items()}
    db.execute("CREATE TEMP TABLE GroupSlugs(Variant INTEGER, GroupId INTEGER, Slugs TEXT, PRIMARY KEY(Variant, GroupId))")
    groups = db.execute("SELECT Id, ActorSlugs FROM EventGroups").fetchall()
    db.executemany("INSERT INTO GroupSlugs VALUES (?,?,?)", [
        (v, gid, ",".join(slugs[m[ids_by_slug[s]]] if s in ids_by_slug else s for s in text.split(",") if s))
        for v, m in enumerate(variants) for gid, text in groups])

    base = datetime.date(2019, 1, 1)
    span = (datetime.date(2026, 11, 20) - base).days
    copies = []
    for c in range(1, args.articles - len(seeds) + 1):
        seed_id, title, text, published = seeds[rng.randrange(len(seeds))]
        # Density grows with time: sqrt of a uniform draw leans towards recent dates.
        day = base + datetime.timedelta(days=int(span * rng.random() ** 0.5))
        seed_day = datetime.date.fromisoformat(published) if published else datetime.date(2024, 11, 1)
        delta = (day - seed_day).days
        words = rng.choices(vocabulary, cum_weights=cumulative, k=80)
        extra = " ".join(words).capitalize() + "."
        head = title or text.split("\n", 1)[0][:90]
        new_title = head + " : " + " ".join(rng.choices(vocabulary, cum_weights=cumulative, k=3))
        undated = rng.random() < 0.02
        variant = 0 if rng.random() < 0.35 else rng.randrange(1, VARIANTS)
        copies.append((c, seed_id, variant, delta, None if undated else day.isoformat(),
                       sources[rng.randrange(len(sources))], new_title, text + "\n" + extra))
    db.execute("""CREATE TEMP TABLE Copies(C INTEGER PRIMARY KEY, Seed INTEGER, Variant INTEGER, Delta INTEGER,
                  Pub TEXT, SourceId INTEGER, Title TEXT, Text TEXT)""")
    db.executemany("INSERT INTO Copies VALUES (?,?,?,?,?,?,?,?)", copies)
    db.execute("CREATE INDEX temp.Copies_Seed ON Copies(Seed)")
    print(f"{len(copies)} copies planned in {time.time() - started:.0f} s", flush=True)

    stride = {t: db.execute(f"SELECT coalesce(max(Id), 0) FROM {t}").fetchone()[0]
              for t in ["Articles", "Mentions", "CoMentions", "Events", "EventGroups", "Quotes", "Claims", "Amounts"]}
    a0 = stride["Articles"]
    step = lambda t: f"{stride[t]} * c.C"  # noqa: E731 - new id = old id + copy * (seed table's max id)

    run(db, "articles", f"""
        INSERT INTO Articles(Id, AnalyzedUtc, AnalyzerVersion, Author, CanonicalUrl, ContentHash, ContentType, FetchedUtc,
                             Language, PublishedDate, RawContent, SimHash, SourceId, Text, Title, Url)
        SELECT {a0} + c.C, a.AnalyzedUtc, a.AnalyzerVersion, a.Author,
               'https://www.site' || c.SourceId || '.fr/articles/' || c.C, lower(hex(randomblob(32))), 'text/plain', a.FetchedUtc,
               a.Language, c.Pub, c.Text, random(), c.SourceId, c.Text, c.Title,
               'https://www.site' || c.SourceId || '.fr/articles/' || c.C
        FROM Copies c JOIN Articles a ON a.Id = c.Seed ORDER BY c.C""")
    run(db, "mentions", f"""
        INSERT INTO Mentions(Id, ArticleId, ActorId, Start, Length, Surface, AnalyzerVersion, Kind)
        SELECT m.Id + {step('Mentions')}, {a0} + c.C, r.NewId, m.Start, m.Length, m.Surface, m.AnalyzerVersion, m.Kind
        FROM Copies c JOIN Mentions m ON m.ArticleId = c.Seed JOIN Remap r ON r.Variant = c.Variant AND r.OldId = m.ActorId
        ORDER BY c.C, m.Id""")
    run(db, "co-mentions", f"""
        INSERT INTO CoMentions(Id, ArticleId, ActorAId, ActorBId, SentenceCount, AnalyzerVersion)
        SELECT x.Id + {step('CoMentions')}, {a0} + c.C, min(ra.NewId, rb.NewId), max(ra.NewId, rb.NewId), x.SentenceCount, x.AnalyzerVersion
        FROM Copies c JOIN CoMentions x ON x.ArticleId = c.Seed
        JOIN Remap ra ON ra.Variant = c.Variant AND ra.OldId = x.ActorAId
        JOIN Remap rb ON rb.Variant = c.Variant AND rb.OldId = x.ActorBId
        ORDER BY c.C, x.Id""")
    shifted = "date({col}, c.Delta || ' days')"
    run(db, "event groups", f"""
        INSERT INTO EventGroups(Id, Type, Date, DateStart, AmountValue, AmountCurrency, Hedged, ActorSlugs, SourceCount)
        SELECT g.Id + {step('EventGroups')}, g.Type,
               CASE length(g.Date) WHEN 4 THEN strftime('%Y', {shifted.format(col='g.DateStart')})
                                   WHEN 7 THEN strftime('%Y-%m', {shifted.format(col='g.DateStart')})
                                   ELSE {shifted.format(col='g.DateStart')} END,
               CASE length(g.Date) WHEN 4 THEN strftime('%Y-01-01', {shifted.format(col='g.DateStart')})
                                   WHEN 7 THEN strftime('%Y-%m-01', {shifted.format(col='g.DateStart')})
                                   ELSE {shifted.format(col='g.DateStart')} END,
               g.AmountValue, g.AmountCurrency, g.Hedged, s.Slugs, 1
        FROM Copies c JOIN EventGroups g ON g.Id IN (SELECT GroupId FROM Events WHERE ArticleId = c.Seed AND GroupId IS NOT NULL)
        JOIN GroupSlugs s ON s.Variant = c.Variant AND s.GroupId = g.Id
        ORDER BY c.C, g.Id""")
    run(db, "events", f"""
        INSERT INTO Events(Id, AmountCurrency, AmountValue, AnalyzerVersion, ArticleId, Date, DateApproximate, DateStart, Evidence,
                           EvidenceLength, EvidenceStart, GroupId, Hedged, Type)
        SELECT e.Id + {step('Events')}, e.AmountCurrency, e.AmountValue, e.AnalyzerVersion, {a0} + c.C,
               CASE length(e.Date) WHEN 4 THEN strftime('%Y', {shifted.format(col='e.DateStart')})
                                   WHEN 7 THEN strftime('%Y-%m', {shifted.format(col='e.DateStart')})
                                   ELSE {shifted.format(col='e.DateStart')} END,
               e.DateApproximate,
               CASE length(e.Date) WHEN 4 THEN strftime('%Y-01-01', {shifted.format(col='e.DateStart')})
                                   WHEN 7 THEN strftime('%Y-%m-01', {shifted.format(col='e.DateStart')})
                                   ELSE {shifted.format(col='e.DateStart')} END,
               e.Evidence, e.EvidenceLength, e.EvidenceStart, e.GroupId + {step('EventGroups')}, e.Hedged, e.Type
        FROM Copies c JOIN Events e ON e.ArticleId = c.Seed ORDER BY c.C, e.Id""")
    run(db, "event actors", f"""
        INSERT INTO EventActors(EventId, ActorId, Position)
        SELECT x.EventId + {step('Events')}, r.NewId, x.Position
        FROM Copies c JOIN Events e ON e.ArticleId = c.Seed JOIN EventActors x ON x.EventId = e.Id
        JOIN Remap r ON r.Variant = c.Variant AND r.OldId = x.ActorId
        ORDER BY c.C, x.EventId""")
    run(db, "quotes", f"""
        INSERT INTO Quotes(Id, ArticleId, Text, SpeakerActorId, SpeakerName, Start, Length, AnalyzerVersion)
        SELECT q.Id + {step('Quotes')}, {a0} + c.C, q.Text, r.NewId, q.SpeakerName, q.Start, q.Length, q.AnalyzerVersion
        FROM Copies c JOIN Quotes q ON q.ArticleId = c.Seed LEFT JOIN Remap r ON r.Variant = c.Variant AND r.OldId = q.SpeakerActorId
        ORDER BY c.C, q.Id""")
    run(db, "claims", f"""
        INSERT INTO Claims(Id, ArticleId, SpeakerActorId, TargetActorId, Text, Hedged, Start, Length, AnalyzerVersion)
        SELECT x.Id + {step('Claims')}, {a0} + c.C, rs.NewId, rt.NewId, x.Text, x.Hedged, x.Start, x.Length, x.AnalyzerVersion
        FROM Copies c JOIN Claims x ON x.ArticleId = c.Seed JOIN Remap rs ON rs.Variant = c.Variant AND rs.OldId = x.SpeakerActorId
        LEFT JOIN Remap rt ON rt.Variant = c.Variant AND rt.OldId = x.TargetActorId
        ORDER BY c.C, x.Id""")
    run(db, "amounts", f"""
        INSERT INTO Amounts(Id, ArticleId, Value, Currency, Text, Start, Length, AnalyzerVersion)
        SELECT x.Id + {step('Amounts')}, {a0} + c.C, x.Value, x.Currency, x.Text, x.Start, x.Length, x.AnalyzerVersion
        FROM Copies c JOIN Amounts x ON x.ArticleId = c.Seed ORDER BY c.C, x.Id""")
    rebuild_disputes(db, variants, slugs)
    db.commit()
    run(db, "analyze", "ANALYZE")
    db.commit()
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    print(f"done in {time.time() - started:.0f} s", flush=True)


def run(db, what, sql):
    started = time.time()
    count = db.execute(sql).rowcount
    db.commit()
    print(f"{what}: {count} rows in {time.time() - started:.1f} s", flush=True)


def build_vocabulary(rng, texts):
    """The seeds' French words (most frequent first) followed by invented ones for the long tail."""
    counts = {}
    for text in texts:
        for word in re.findall(r"[a-zà-ÿœæ]{3,}", text.lower()):
            counts[word] = counts.get(word, 0) + 1
    words = sorted(counts, key=lambda w: -counts[w])
    syllables = ["ba", "cor", "di", "fen", "ga", "lu", "mar", "no", "pli", "quen", "ra", "sel", "tou", "vin", "zé", "ain", "eur", "ion"]
    invented = set()
    while len(invented) < 20_000:
        invented.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return words + sorted(invented - set(words))


def add_sources(db):
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")
    ids = []
    for n in range(1, SITES + 1):
        cursor = db.execute("INSERT INTO Sources(Kind, Name, Url, CreatedUtc) VALUES (0, ?, ?, ?)",
                            (f"www.site{n}.fr", f"https://www.site{n}.fr/", now))
        ids.append(cursor.lastrowid)
    # The copies use the source's id as the site number in their URL.
    return ids


def actor_variants(db, rng):
    """Variant 0 keeps the seed's actors; the others permute actors within each kind, biased to a few."""
    actors = db.execute("SELECT Id, Kind FROM Actors ORDER BY Id").fetchall()
    variants = [{a: a for a, _ in actors}]
    for _ in range(1, VARIANTS):
        mapping = {}
        for kind in {k for _, k in actors}:
            ids = [a for a, k in actors if k == kind]
            shuffled = ids[:]
            rng.shuffle(shuffled)
            mapping.update(zip(ids, shuffled))
        variants.append(mapping)
    return variants


def rebuild_disputes(db, variants, slugs):
    """Each seed dispute, remapped per variant, counted over the copies of its seed articles."""
    seeds = db.execute("SELECT ActorAId, ActorBId, EventCount, ClaimCount FROM Disputes").fetchall()
    per_variant = dict(db.execute("SELECT Variant, count(*) FROM Copies GROUP BY Variant"))
    last = dict(db.execute("SELECT Variant, max(Pub) FROM Copies GROUP BY Variant"))
    first = dict(db.execute("SELECT Variant, min(Pub) FROM Copies GROUP BY Variant"))
    disputes = {}
    for v, mapping in enumerate(variants):
        for a, b, events, claims in seeds:
            x, y = sorted((mapping[a], mapping[b]))
            share = per_variant.get(v, 0) // 5
            d = disputes.setdefault((x, y), [0, 0, None, None])
            d[0] += events * share
            d[1] += claims * share
            d[2] = min(filter(None, [d[2], first.get(v)]), default=None)
            d[3] = max(filter(None, [d[3], last.get(v)]), default=None)
    db.execute("DELETE FROM Disputes")
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")
    db.executemany("INSERT INTO Disputes(Slug, ActorAId, ActorBId, EventCount, ClaimCount, FirstDate, LastDate, UpdatedUtc) VALUES (?,?,?,?,?,?,?,?)",
                   [(f"{slugs[x]}-vs-{slugs[y]}", x, y, e, c, f, l, now) for (x, y), (e, c, f, l) in disputes.items()])
    print(f"disputes: {len(disputes)}", flush=True)


if __name__ == "__main__":
    main()
