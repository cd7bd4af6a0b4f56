#!/usr/bin/env python3
"""What a trigger per row costs FTS5 inside one transaction, on the app's own SQLite.

    python3 tests/AiWatch.Benchmarks/fts_statement_segments.py \
        [--lib src/AiWatch.Cli/bin/Release/net10.0/runtimes/linux-x64/native/libe_sqlite3.so] [--db /tmp/fts_segments.db]

Inside a transaction, each INSERT into a table with triggers runs in a statement savepoint, and at a savepoint
FTS5 writes the terms it holds in memory out as a new segment: rows indexed by a trigger, one statement each,
become one segment each, merged again and again later. The same rows indexed by one INSERT ... SELECT at the
end of the transaction make a few large segments. Prints the time of each way for sentence-sized rows (quotes,
claims) and article-sized rows, with random words so that every run indexes the same text.
"""
import argparse
import ctypes
import os
import random
import time

WORDS = ("le la les de des un une openai microsoft musk altman softbank milliard dollars centre données accord "
         "procès plainte investissement annonce selon affirme que contre avec pour dans sur nouvelle entreprise").split()


class Database:
    def __init__(self, lib, path):
        if os.path.exists(path):
            os.remove(path)
        self.lib = lib
        self.handle = ctypes.c_void_p()
        # SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        lib.sqlite3_open_v2(path.encode(), ctypes.byref(self.handle), 6, None)

    def execute(self, sql):
        if self.lib.sqlite3_exec(self.handle, sql.encode(), None, None, None):
            raise RuntimeError(self.lib.sqlite3_errmsg(self.handle).decode())

    def close(self):
        self.lib.sqlite3_close(self.handle)


def run(lib, path, texts, by_trigger):
    db = Database(lib, path)
    db.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
               "CREATE TABLE q(id INTEGER PRIMARY KEY, t TEXT);"
               "CREATE VIRTUAL TABLE f USING fts5(t, tokenize='unicode61 remove_diacritics 2');")
    if by_trigger:
        db.execute("CREATE TRIGGER q_ai AFTER INSERT ON q BEGIN INSERT INTO f(rowid, t) VALUES (new.id, new.t); END;")
    start = time.perf_counter()
    db.execute("BEGIN")
    for text in texts:
        db.execute(f"INSERT INTO q(t) VALUES('{text}')")
    if not by_trigger:
        db.execute("INSERT INTO f(rowid, t) SELECT id, t FROM q")
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lib", default="src/AiWatch.Cli/bin/Release/net10.0/runtimes/linux-x64/native/libe_sqlite3.so")
    parser.add_argument("--db", default="/tmp/fts_segments.db")
    args = parser.parse_args()
    lib = ctypes.CDLL(args.lib)
    lib.sqlite3_errmsg.restype = ctypes.c_char_p
    lib.sqlite3_libversion.restype = ctypes.c_char_p
    print(f"SQLite {lib.sqlite3_libversion().decode()}")
    rng = random.Random(1)
    cases = [("20,000 rows of 25 words", 20_000, 25, 500), ("3,000 rows of 600 words", 3_000, 600, 3_000)]
    for name, count, length, variety in cases:
        texts = [" ".join(rng.choice(WORDS) + str(rng.randint(0, variety)) for _ in range(length)) for _ in range(count)]
        per_row = run(lib, args.db, texts, by_trigger=True)
        at_end = run(lib, args.db, texts, by_trigger=False)
        print(f"{name}: trigger per row {per_row * 1000:7.0f} ms, one statement at the end {at_end * 1000:7.0f} ms")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)


if __name__ == "__main__":
    main()
