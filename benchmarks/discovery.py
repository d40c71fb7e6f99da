"""Benchmark: source discovery (``index`` and ``find``) at 1k, 10k, all 14.9k and a synthetic 100k documents.

Measured in one run, on this machine, from ``../shared/corpus/`` (read there and unpacked into ``--cache``,
outside the repository; nothing of it is copied into the project):

* **the corpus**: the official texts of ``real-pairs/*/source.txt`` (8 releases and statements), the 546
  health releases of ``fakehealth.tar.xz`` (``HealthRelease/``: same-topic distractors, the hardest kind) and
  White House texts of ``official-texts.tar.xz`` as distractors, sampled (seeded) to each size; the synthetic
  100k adds documents made of sentences drawn at random from the White House texts.
* **queries with a source** (``real``): the news story of each real pair (``real-pairs/*/derivative.txt``,
  paired with its release by shared text and checked by reading; seven of them are FakeHealth stories,
  re-written, not copied). Pair 08's story has a second release on the same trial in ``HealthRelease``
  (news_reviews_00453, found by reading): either counts. Few, because the FakeHealth stories and releases turned
  out to be about different studies: of the 25 story/release pairs of highest TF-IDF cosine, read one by one,
  one (pair 08's) reported the same study; the others share a topic and not a source.
* **queries with a source** (``wh``): 30 White House transcripts (press calls, gaggles, briefings) and the
  release(s) each restates (a fact sheet, statement or readout of the same or previous day: a source used in
  part, inside a longer text, often in the officials' own words), listed by name in
  ``benchmarks/gold/discovery-pairs.json`` with how each was found (shared word 8-grams) and checked (read).
  The transcripts are left out of every corpus; their releases are in every corpus. FakeHealth was searched
  again for pairs (by shared word 8-grams this time): none. 28 more transcripts (drawn at random among those
  with a release over the same 8-gram rule, each checked by reading) are a third split, ``fresh``, set apart by
  the gold file and reported on their own; reported once, they are tuning data now. 20 more
  (``fresh2``: six transcripts of the fresh2 claim pairs and 14 drawn by the same rule, each read) were held out
  the same way; reported once, they are tuning data now too.
* **news queries** (``fresh3``: reported on their own; held out for one run in session 7, tuning data since
  session 8): 15 White House pages that reprint excerpts of news stories (or an op-ed) written from an official
  text, listed in the same file: the seven derivatives of the fresh3 claim pairs and three more, each with the
  official text it was written from (the stories paraphrase: 2.4% to 90% of the text's word 8-grams), and five
  whose stories have no source in the corpus (``"sources": []``), each read.
* **single news articles** (``fresh4``: reported on their own; held out for one run in session 8, tuning data since
  session 9): the sixteen articles of the fresh4 claim pairs (``benchmarks/gold/fresh4-pairs``), each one outlet's
  story written from the official text named as its source (0.1% to 45% of the text's word 8-grams). The articles
  are read from outside the repository (``$PRESSALIGN_FRESH4`` or ``../fresh4-texts``, checked against the SHA-256
  of ``fresh4-pairs/members.json``); without them these queries are left out, with one line on stderr.
* **fresh5 single news articles** (held out for one run at session 9's end, tuning data since session 10): the
  articles of the fresh5 claim pairs (``benchmarks/gold/fresh5-pairs``), held like fresh4's (``$PRESSALIGN_FRESH5``
  or ``../fresh5-texts``).
* **fresh6 single news articles** (held out for one run at session 10's end, tuning data since session 11): the
  articles of the fresh6 claim pairs (``benchmarks/gold/fresh6-pairs``: 01-08 written from a White House text, 09-16
  from a FakeHealth release), held like fresh4's (``$PRESSALIGN_FRESH6`` or ``../fresh6-texts``).
* **fresh7 single news articles** (held out for one run at session 11's end, tuning data since session 12): the
  articles of the fresh7 claim pairs (``benchmarks/gold/fresh7-pairs``, built like fresh6's), held like fresh4's
  (``$PRESSALIGN_FRESH7`` or ``../fresh7-texts``).
* **fresh8 single news articles** (held out for one run at session 12's end, tuning data since session 13): the
  articles of the fresh8 claim pairs (``benchmarks/gold/fresh8-pairs``: 01-08 written from a White House text,
  09-16 from another official source's text), held like fresh4's (``$PRESSALIGN_FRESH8`` or ``../fresh8-texts``).
  A source that is no tarball member is named ``fresh8-texts/<pair>/source.txt`` and indexed with the White House
  texts.
* **fresh9 single news articles** (held out for one run at session 13's end, tuning data since session 14): the
  articles of the fresh9 claim pairs (``benchmarks/gold/fresh9-pairs``, built like fresh8's), held like fresh4's
  (``$PRESSALIGN_FRESH9`` or ``../fresh9-texts``); a source that is no tarball member is named
  ``fresh9-texts/<pair>/source.txt`` and indexed with the White House texts.
* **fresh10 single news articles** (held out for one run at session 14's end, tuning data since session 15): the
  articles of the fresh10 claim pairs (``benchmarks/gold/fresh10-pairs``, built like fresh9's), held like fresh4's
  (``$PRESSALIGN_FRESH10`` or ``../fresh10-texts``); a source that is no tarball member is named
  ``fresh10-texts/<pair>/source.txt`` and indexed with the White House texts.
* **fresh11 single news articles** (held out for one run at session 15's end, tuning data since session 16): the
  articles of the fresh11 claim pairs (``benchmarks/gold/fresh11-pairs``: 01-04 written from a White House text,
  05-08 from a US agency's, state's or city's text, 09-17 from a non-US official source's text), held like fresh4's
  (``$PRESSALIGN_FRESH11`` or ``../fresh11-texts``); a source that is no tarball member is named
  ``fresh11-texts/<pair>/source.txt`` and indexed with the White House texts.
* **fresh12 single news articles** (held out for one run at session 16's end, tuning data since session 17): the
  articles of the fresh12 claim pairs (``benchmarks/gold/fresh12-pairs``: 01-06 written from a UK or Irish official
  text, 07-12 from an EU, international, Australian or Indian one, 13-18 from a US agency's, state's, city's or
  university's), held like fresh4's (``$PRESSALIGN_FRESH12`` or ``../fresh12-texts``); a source that is no tarball
  member is named ``fresh12-texts/<pair>/source.txt`` and indexed with the White House texts.
* **fresh13 single news articles** (held out for one run at session 17's end, tuning data since session 18): the
  articles of the fresh13 claim pairs (``benchmarks/gold/fresh13-pairs``: 01-06 written from a Canadian, New Zealand,
  South African or Asian official text, 07-12 from a European or international body's, 13-18 from a US agency's,
  governor's, city's or university's), held like fresh4's (``$PRESSALIGN_FRESH13`` or ``../fresh13-texts``); a source
  that is no tarball member is named ``fresh13-texts/<pair>/source.txt`` and indexed with the White House texts.
* **fresh14 single news articles** (held out for one run at session 18's end, tuning data since session 19): the
  articles of the fresh14 claim pairs (``benchmarks/gold/fresh14-pairs``: 01-06 written from an Asian, Middle
  Eastern, African or Latin American official text, 07-12 from a European body's or an international organisation's,
  13-18 from a US regulator's, agency's, state's or city's), held like fresh4's (``$PRESSALIGN_FRESH14`` or
  ``../fresh14-texts``); a source that is no tarball member is named ``fresh14-texts/<pair>/source.txt`` and indexed
  with the White House texts.
* **fresh15 single news articles** (held out for one run at session 19's end, tuning data since session 20): the
  articles of the fresh15 claim pairs (``benchmarks/gold/fresh15-pairs``: 01-06 written from an Asian, Pacific,
  Middle Eastern or African official text, 07-12 from a European central bank's or an international organisation's,
  13-18 from a US regulator's, agency's, state's or city's), held like fresh4's (``$PRESSALIGN_FRESH15`` or
  ``../fresh15-texts``); a source that is no tarball member is named ``fresh15-texts/<pair>/source.txt`` and indexed
  with the White House texts.
* **fresh16 single news articles** (held out for one run at session 20's end, tuning data since session 21): the
  articles of the fresh16 claim pairs (``benchmarks/gold/fresh16-pairs``: 01-06 written from an Asian, African or
  Caribbean official text, 07-11 from a European regulator's or central bank's, 13-18 from a US regulator's,
  agency's, state's or city's), held like fresh4's (``$PRESSALIGN_FRESH16`` or ``../fresh16-texts``); a source that
  is no tarball member is named ``fresh16-texts/<pair>/source.txt`` and indexed with the White House texts.
* **fresh17 single news articles** (held out for one run at session 21's end, tuning data since session 22): the
  articles of the fresh17 claim pairs (``benchmarks/gold/fresh17-pairs``: 01-06 written from an official text from
  outside Europe and the US, 07-12 from a European government's, regulator's or international organisation's, 13-18
  from a US federal agency's, state's or city's), held like fresh4's (``$PRESSALIGN_FRESH17`` or
  ``../fresh17-texts``); a source that is no tarball member is named ``fresh17-texts/<pair>/source.txt`` and indexed
  with the White House texts.
* **fresh18 single news articles** (held out for one run at session 22's end, tuning data since session 23): the
  articles of the fresh18 claim pairs (``benchmarks/gold/fresh18-pairs``: 01-06 written from an official text from
  outside Europe and the US, 07-12 from a European government's, regulator's or international organisation's, 13-18
  from a US federal agency's, state's or city's), held like fresh4's (``$PRESSALIGN_FRESH18`` or
  ``../fresh18-texts``); a source that is no tarball member is named ``fresh18-texts/<pair>/source.txt`` and indexed
  with the White House texts.
* **held-out single news articles** (``fresh19``, the held-out split now: the outside split marked ``held_out`` in
  :data:`real_pairs.OUTSIDE_SPLITS`; never tuned on nor diagnosed, and left out of a run unless ``--held-out`` is
  given: the lead's run): the articles of the fresh19 claim pairs (``benchmarks/gold/fresh19-pairs``: 01-06 written
  from an official text from outside Europe and the US, 07-12 from a European government's, regulator's or
  international organisation's, 13-18 from a US federal agency's, state's or city's), held like fresh4's
  (``$PRESSALIGN_FRESH19`` or ``../fresh19-texts``). A source that is no tarball member is named
  ``fresh19-texts/<pair>/source.txt`` and indexed with the White House texts.
* **queries without a source** (``no-source``): those 18 stories read and found to report another study than
  their nearest release (``HARD_NEGATIVES``: the nearest neighbour is on the same topic), and ``--no-source``
  FakeHealth stories sampled (seeded) among those whose TF-IDF cosine with every release is below 0.25 (left
  unread: none of the 25 read above 0.25 but one had its source, so these are very likely sourceless).
* **excerpt queries** (``excerpt``, synthetic, reported apart): ``--excerpts`` documents of the index, each
  cut to five of its sentences in order: verbatim reuse among near-identical White House texts.
* **metrics**: recall@1, recall@5, MRR over queries with a source; the share of no-source queries answered
  with no match; query latency (``find_sources`` on one article in a warm process: median and p95); index
  build rate (documents per second of wall time and per CPU-second of this process and its workers: the
  machine is shared, CPU time is the steadier figure), index size on disk, peak memory of the querying
  process (its spaCy pipeline included).
* **tuning**: ``min_score`` is chosen on one half of the queries (split by a hash of the query's name) and
  reported on the other half; the other options keep their defaults (``min_reverse``, ``min_contained``, the
  windows, the containment retrieval and the lead were set looking at the tune half only: docs/discovery.md).
  Each table reports the halves, the ``fresh`` … ``fresh19`` splits (fresh19, held out, with ``--held-out`` only),
  ``earlier`` (tune and report: the previous rounds' 38 sourced queries) and ``all``.
* ``--diagnose tune|report|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|``
  ``fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|all`` (all: tune and report): no timing; for each query of that
  half, on the indexes a run left in ``--cache``, where each of its sources ranks in BM25 and in the containment
  retrieval, its two shares, and ``find``'s first three answers with their raw scores.
* ``--dask``: on a ``LocalCluster`` of two workers, the index of the first size built there and every query
  run there give the same documents and the same JSON as in one process.

Usage: ``python benchmarks/discovery.py [--sizes 1000,10000,all] [--synthetic 100000] [--workers 2]
[--no-source 120] [--excerpts 40] [--dask] [--cache DIR] [--json results.json] [--reuse-index]
[--diagnose tune|report|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|
fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|all]
[--held-out]
[--skip-exchanges]``
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import math
import os
import random
import re
import resource
import sqlite3
import statistics
import sys
import tarfile
import time
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from real_pairs import OUTSIDE_SPLITS, outside_texts  # noqa: E402

from alignment.discovery import (  # noqa: E402
    INDEX_FILE,
    FindConfig,
    SourceIndex,
    build_index,
    find_json,
    find_sources,
    index_info,
)
from alignment.discovery.terms import content_terms, is_exchange  # noqa: E402
from alignment.text.reading import Document, read_document  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
REAL_PAIRS = SHARED / "real-pairs"
#: stories read and found to report another study than their nearest release (same topic, not the source)
HARD_NEGATIVES = ("01034", "01572", "01687", "00721", "01638", "01573", "00085", "01666", "01439", "00474", "01248",
                  "00596", "01639", "01657", "00842", "01089", "01115", "01249")
#: a second source of a real pair, found by reading (pair 08: the same trial's release in HealthRelease)
EXTRA_SOURCES = {"08_jama-abaloparatide-osteoporosis_healthday": ("HealthRelease/news_reviews_00453.txt",)}
#: White House transcripts (press calls, gaggles, briefings) and the releases they restate, names only, with how
#: each pair was found and checked: the transcripts are queries (left out of every corpus), their releases are in
#: every corpus
WH_PAIRS = json.loads((ROOT / "benchmarks" / "gold" / "discovery-pairs.json").read_text(encoding="utf-8"))["pairs"]
#: queries set apart from the two halves by the gold (``"split": "fresh"``, ``"fresh2"``, ``"fresh3"``, ``"fresh4"``):
#: reported on their own
SPLITS = {name: pair["split"] for name, pair in WH_PAIRS.items() if "split" in pair}
#: a fresh4 (fresh5 …) query's article is named ``fresh4-texts/<pair>/derivative.txt``: a file outside the repository,
#: in the folder of that split of :data:`real_pairs.OUTSIDE_SPLITS`
OUTSIDE_PREFIXES = {f"{name}-texts/": split for name, split in OUTSIDE_SPLITS.items()}
#: the outside splits held out now (``fresh19``): their queries are left out unless ``--held-out`` (the lead's run)
LEFT_OUT = {name for name, split in OUTSIDE_SPLITS.items() if split.held_out}


def member_path(wh: Path, member: str) -> Path:
    """Where a text named in discovery-pairs.json is: a member of official-texts.tar.xz (unpacked into ``wh``) or of
    fakehealth.tar.xz (unpacked beside it), or a fresh4 (fresh5 …) article in its split's folder outside the
    repository (:data:`real_pairs.OUTSIDE_SPLITS`)."""
    for prefix, split in OUTSIDE_PREFIXES.items():
        if member.startswith(prefix):
            return split.folder() / member.removeprefix(prefix)
    if member.startswith("fakehealth/"):  # a health release (fresh6/fresh7 09-16), unpacked beside the WH texts
        return wh.parent / member
    return wh / member.split("/", 1)[1]
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Query:
    name: str
    kind: str  # real | wh | no-source | excerpt
    doc: Document
    sources: frozenset[str]  # resolved paths; empty: no source in the corpus


def unpack(cache: Path) -> tuple[Path, Path]:
    for name in ("fakehealth", "official-texts"):
        if not (cache / name).is_dir():
            print(f"unpacking {name}.tar.xz into {cache}", file=sys.stderr)
            with tarfile.open(SHARED / f"{name}.tar.xz") as tar:
                tar.extractall(cache, filter="data")
    return cache / "fakehealth", cache / "official-texts"


def _link_all(folder: Path, files: list[Path], prefix: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        target = folder / (prefix + f.name)
        if target.is_symlink() and not target.exists():  # an earlier run's link to a folder since moved
            target.unlink()
        if not target.exists():
            target.symlink_to(f)


def corpus_folder(cache: Path, size: int | None, fakehealth: Path, wh: Path, seed: int) -> Path:
    """A folder of links: the real sources, the health releases and White House texts up to ``size``."""
    folder = cache / f"corpus-{size or 'all'}"
    if folder.is_dir():  # made by an earlier run: the gold may have grown since, its new sources go in (the
        # sample stays; a source missing from the corpus could never be found)
        for src in sorted(REAL_PAIRS.glob("*/source.txt")):  # (an earlier run's link may point at a copy since gone)
            _link_all(folder / "real", [src], prefix=src.parent.name + "-")
        queried, wanted = _wh_pair_files(wh)
        _link_all(folder / "wh", sorted(wanted - _link_outside(folder, wh, wanted)))
        asked = {q.resolve() for q in queried}
        for link in sorted((folder / "wh").iterdir()):
            if link.resolve() in asked:
                link.unlink()
        return folder
    real = sorted(REAL_PAIRS.glob("*/source.txt"))
    for src in real:
        _link_all(folder / "real", [src], prefix=src.parent.name + "-")
    _link_all(folder / "health", sorted((fakehealth / "HealthRelease").glob("*.txt")))
    queried, wanted = _wh_pair_files(wh)
    wanted -= _link_outside(folder, wh, wanted)
    whs = sorted(set(wh.glob("*.txt")) - queried - wanted)
    if size is not None:
        whs = sorted(random.Random(seed).sample(whs, max(0, size - len(real) - 546 - len(wanted))))
    _link_all(folder / "wh", sorted([*whs, *wanted]))
    return folder


def _link_outside(folder: Path, wh: Path, wanted: set[Path]) -> set[Path]:
    """Link the sources that are no tarball member (fresh8's … fresh19's: a web page or a repository's file),
    where present, into ``folder/outside`` by their pair's name (every one is a ``source.txt``); return them all."""
    outside = {p for p in wanted if not p.is_relative_to(wh)}
    for src in sorted(outside):
        if src.is_file():
            _link_all(folder / "outside", [src], prefix=src.parent.name + "-")
    return outside


def _wh_pair_files(wh: Path) -> tuple[set[Path], set[Path]]:
    """The White House pairs' transcripts (queries, never indexed) and their White House releases (always indexed;
    a health release is in the corpus's ``health`` folder already)."""
    return ({member_path(wh, p["derivative"]) for p in WH_PAIRS.values()},
            {member_path(wh, s) for p in WH_PAIRS.values() for s in p["sources"] if not s.startswith("fakehealth/")})


def synthetic_folder(cache: Path, total: int, base: Path, wh: Path, seed: int) -> Path:
    """The whole corpus plus documents of 15-40 sentences drawn at random from the White House texts."""
    folder = cache / f"corpus-synthetic-{total}"
    marker = folder / ".complete"
    queried, _ = _wh_pair_files(wh)
    if marker.exists():  # made by an earlier run: today's queries leave it (the gold may have grown since)
        names = {q.name for q in queried}
        for link in sorted((folder / "wh").iterdir()):
            if link.resolve().name in names:
                link.unlink()
        return folder
    for sub in ("real", "health", "wh"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        for link in sorted((base / sub).iterdir()):  # the same names as in the whole corpus (the queries use them)
            if not (folder / sub / link.name).exists():
                (folder / sub / link.name).symlink_to(link.resolve())
    have = sum(1 for _ in folder.rglob("*.txt"))
    sentences = [s.strip() for f in sorted(set(wh.glob("*.txt")) - queried)[::3]
                 for s in SENTENCE.split(f.read_text(encoding="utf-8")) if 40 < len(s) < 400]
    rng = random.Random(seed)
    out = folder / "synthetic"
    out.mkdir(parents=True, exist_ok=True)
    for i in range(max(0, total - have)):
        sub = out / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        text = f"Synthetic document {i}\n\n" + " ".join(rng.choice(sentences) for _ in range(rng.randint(15, 40)))
        (sub / f"syn-{i:06d}.txt").write_text(text + "\n", encoding="utf-8")
    marker.write_text("ok\n")
    return folder


def _cosine_screen(fakehealth: Path) -> dict[str, float]:
    """Each story's highest TF-IDF cosine (content-word stems) with any health release."""
    def vectors(paths):
        return {p: collections.Counter(content_terms(p.read_text(encoding="utf-8"))) for p in paths}
    rel = vectors(sorted((fakehealth / "HealthRelease").glob("*.txt")))
    sto = vectors(sorted((fakehealth / "HealthStory").glob("*.txt")))
    df: collections.Counter[str] = collections.Counter()
    for c in (*rel.values(), *sto.values()):
        df.update(c.keys())
    n = len(rel) + len(sto)

    def unit(c):
        v = {t: (1 + math.log(k)) * math.log(n / df[t]) for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}
    inv: dict[str, list[tuple[Path, float]]] = collections.defaultdict(list)
    for p, c in rel.items():
        for t, x in unit(c).items():
            inv[t].append((p, x))
    best = {}
    for p, c in sto.items():
        acc: collections.Counter[Path] = collections.Counter()
        for t, x in unit(c).items():
            for r, y in inv.get(t, ()):
                acc[r] += x * y
        best[p.stem[-5:]] = max(acc.values(), default=0.0)
    return best


def make_queries(fakehealth: Path, wh: Path, corpus: Path, n_nosource: int, n_excerpts: int,
                 seed: int) -> list[Query]:
    queries = []
    real_stories = set()
    for folder in sorted(REAL_PAIRS.iterdir()):
        der = read_document(folder / "derivative.txt")
        sources = {str((corpus / "real" / f"{folder.name}-source.txt").resolve())}
        sources |= {str((fakehealth / extra).resolve()) for extra in EXTRA_SOURCES.get(folder.name, ())}
        queries.append(Query(f"real/{folder.name}", "real", der, frozenset(sources)))
        first = der.text.splitlines()[0].strip()
        for story in (fakehealth / "HealthStory").glob("*.txt"):
            if story.read_text(encoding="utf-8").startswith(first):
                real_stories.add(story.stem[-5:])
    # a tuning split partly restored on this machine (benchmarks/outside_texts.py): its pairs present are queried
    present = {split: outside_texts(split, partial=not OUTSIDE_SPLITS[split].held_out) for split in OUTSIDE_SPLITS
               if split not in LEFT_OUT}
    for split, (found, problem) in present.items():
        if problem:
            print(f"the {split} queries are {'partly' if found else ''} left out: {problem}".replace("  ", " "),
                  file=sys.stderr)
    for name, pair in sorted(WH_PAIRS.items()):
        split = pair.get("split", "")
        if split in LEFT_OUT or (split in present and name.split("/", 1)[-1] not in present[split][0]):
            continue
        der = read_document(member_path(wh, pair["derivative"]))
        sources = frozenset(str(member_path(wh, s).resolve()) for s in pair["sources"])
        queries.append(Query(name, "wh", der, sources))
    for n in HARD_NEGATIVES:
        queries.append(Query(f"hard/{n}", "no-source",
                             read_document(fakehealth / "HealthStory" / f"story_reviews_{n}.txt"), frozenset()))
    cosine = _cosine_screen(fakehealth)
    pool = sorted(n for n, c in cosine.items() if c < 0.25 and n not in real_stories and n not in HARD_NEGATIVES)
    for n in sorted(random.Random(seed).sample(pool, min(n_nosource, len(pool)))):
        queries.append(Query(f"story/{n}", "no-source",
                             read_document(fakehealth / "HealthStory" / f"story_reviews_{n}.txt"), frozenset()))
    whs = sorted((corpus / "wh").glob("*.txt"))
    for path in sorted(random.Random(seed + 1).sample(whs, min(n_excerpts, len(whs)))):
        sentences = [s for s in SENTENCE.split(path.read_text(encoding="utf-8").split("\n", 1)[-1]) if len(s) > 40]
        if len(sentences) < 8:
            continue
        pick = sorted(random.Random(path.name).sample(range(len(sentences)), 5))
        text = " ".join(sentences[i].strip() for i in pick)
        queries.append(Query(f"excerpt/{path.name}", "excerpt", Document(text, f"excerpt-{path.name}"),
                             frozenset({str(path.resolve())})))
    return queries


def half(name: str) -> str:
    """``tune`` or ``report`` by a hash of the name, or the split the gold gives the query (``fresh``)."""
    if name in SPLITS:
        return SPLITS[name]
    return "tune" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "report"


def _cpu() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


Found = list[list[tuple[str, float]]]


def run_queries(queries: list[Query], index: Path,
                config: FindConfig) -> tuple[Found, list[float], list[float], Found]:
    """Every query alone (as a user asks), in this warm process: its matches (resolved source, score), the
    seconds it took, of wall time and of this process's CPU time, and its possible sources (the low-confidence
    tier, ``FindConfig.possible_lead``)."""
    got, wall, cpu, maybe = [], [], [], []
    for q in queries:
        start, start_cpu = time.perf_counter(), time.process_time()
        (found,) = find_sources([q.doc], index, config)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        got.append([(str(Path(m.key or m.source).resolve()), m.score) for m in found.matches])
        maybe.append([(str(Path(m.key or m.source).resolve()), m.score) for m in found.possible])
    return got, wall, cpu, maybe


def _quantiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    if not ordered:
        return {}
    return {"median": round(statistics.median(ordered), 3), "p95": round(ordered[int(0.95 * (len(ordered) - 1))], 3)}


def metrics(queries: list[Query], got: Found, threshold: float,
            maybe: Found | None = None) -> dict[str, float | int]:
    """recall@1/@5 and MRR over queries with a source, the share of no-source queries with no match. With the
    possible sources (``maybe``: the low-confidence tier, shown only for an article with no match at
    ``threshold``): recall@1/@5 counting them after the matches (``+possible``), and the share of no-source queries
    answered with nothing at all, not even a possible source (``no_source_strict``); ``no_source_no_match`` counts
    a query answered only with possible sources as answered with no match (it is: the tier is never a match)."""
    r1 = r5 = rr = n_src = n_none = none_ok = p1 = p5 = strict = 0.0
    for i, (q, matches) in enumerate(zip(queries, got, strict=True)):
        listed = [s for s, score in matches if score >= threshold] if matches and matches[0][1] >= threshold else []
        # the possible tier is shown only when nothing is listed, after the matches' threshold
        with_possible = listed or [s for s, _ in (maybe[i] if maybe else [])]
        if q.sources:
            n_src += 1
            ranks = [i for i, s in enumerate(listed, 1) if s in q.sources]
            r1 += bool(ranks and ranks[0] == 1)
            r5 += bool(ranks and ranks[0] <= 5)
            rr += 1 / ranks[0] if ranks else 0.0
            ranks = [i for i, s in enumerate(with_possible, 1) if s in q.sources]
            p1 += bool(ranks and ranks[0] == 1)
            p5 += bool(ranks and ranks[0] <= 5)
        else:
            n_none += 1
            none_ok += not listed
            strict += not with_possible
    out: dict[str, float | int] = {
        "with_source": int(n_src), "recall@1": round(r1 / n_src, 3) if n_src else math.nan,
        "recall@5": round(r5 / n_src, 3) if n_src else math.nan, "mrr": round(rr / n_src, 3) if n_src else math.nan,
        "no_source": int(n_none), "no_source_no_match": round(none_ok / n_none, 3) if n_none else math.nan}
    if maybe is not None:
        out |= {"recall@1+possible": round(p1 / n_src, 3) if n_src else math.nan,
                "recall@5+possible": round(p5 / n_src, 3) if n_src else math.nan,
                "no_source_strict": round(strict / n_none, 3) if n_none else math.nan}
    return out


def tune(queries: list[Query], got: Found) -> float:
    """The min_score that maximises recall@1 + no-source accuracy (real and no-source queries of the tune half)."""
    sel = [(q, g) for q, g in zip(queries, got, strict=True) if half(q.name) == "tune" and q.kind != "excerpt"]
    best, best_t = -1.0, FindConfig().min_score
    for t in [round(0.2 + 0.025 * i, 3) for i in range(17)]:
        m = metrics([q for q, _ in sel], [g for _, g in sel], t)
        value = (m["recall@1"] if not math.isnan(m["recall@1"]) else 0) + m["no_source_no_match"]
        if value > best + 1e-9:
            best, best_t = value, t
    return best_t


def _in_part(name: str, part: str) -> bool:
    """``all``: every query; ``earlier``: the tune and report halves; else the queries of that split."""
    return part == "all" or (part == "earlier" and half(name) in ("tune", "report")) or half(name) == part


def measure(label: str, folder: Path, cache: Path, queries: list[Query], workers: int, results: dict,
            reuse: bool = False) -> None:
    index = cache / f"index-{label}"
    if (index / INDEX_FILE).exists() and not reuse:
        (index / INDEX_FILE).unlink()
        for extra in index.glob(INDEX_FILE + "-*"):
            extra.unlink()
    cpu0, wall0 = _cpu(), time.perf_counter()
    built = build_index([folder], index, workers=workers)
    wall, cpu = time.perf_counter() - wall0, _cpu() - cpu0
    info = index_info(index)
    row: dict = {"documents": built.documents, "failed": len(built.failed), "build_seconds": round(wall, 1),
                 "docs_per_s": round(built.documents / wall, 1), "docs_per_cpu_s": round(built.documents / cpu, 1),
                 "index_mb": round(info.bytes / 2**20, 1), "workers": workers}
    raw = FindConfig(min_score=0.0, min_cover_score=0.0, top=20)
    find_sources([queries[0].doc], index, raw)  # warm: the spaCy pipeline loaded, the index's pages read once
    got, wall, cpu, maybe = run_queries(queries, index, raw)
    row["query_wall_s"] = _quantiles(wall)
    row["query_cpu_s"] = _quantiles(cpu)
    for kind in ("real", "wh", "no-source", "excerpt"):
        row[f"query_wall_s/{kind}"] = _quantiles([w for q, w in zip(queries, wall, strict=True) if q.kind == kind])
        row[f"query_cpu_s/{kind}"] = _quantiles([c for q, c in zip(queries, cpu, strict=True) if q.kind == kind])
    row["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)
    chosen = tune(queries, got)
    row["min_score_tuned"] = chosen
    # earlier: tune and report, the previous rounds' set; fresh3: the news pages; fresh4: single articles;
    # fresh5 … fresh18: tuning data since sessions 10-23; fresh19, held out: with --held-out only, reported, never
    # diagnosed
    for part in ("report", "tune", "fresh", "fresh2", "fresh3", *OUTSIDE_SPLITS, "earlier", "all"):
        for kind in ("real+no-source", "excerpt"):
            sel3 = [(q, g, m) for q, g, m in zip(queries, got, maybe, strict=True)
                    if _in_part(q.name, part) and (q.kind == "excerpt") == (kind == "excerpt")]
            row[f"{part}/{kind}"] = metrics([q for q, _, _ in sel3], [g for _, g, _ in sel3], chosen,
                                            [m for _, _, m in sel3])
        for kind in ("real", "wh"):  # the sourced queries of each kind alone
            sel = [(q, g) for q, g in zip(queries, got, strict=True)
                   if _in_part(q.name, part) and q.kind == kind]
            row[f"{part}/{kind}-only"] = {k: v for k, v in metrics([q for q, _ in sel], [g for _, g in sel],
                                                                   chosen).items() if not k.startswith("no_source")}
    row["default/all"] = metrics([q for q in queries if q.kind != "excerpt"],
                                 [g for q, g in zip(queries, got, strict=True) if q.kind != "excerpt"],
                                 FindConfig().min_score)
    misses = [q.name for q, g in zip(queries, got, strict=True)
              if (q.sources and not (g and g[0][0] in q.sources and g[0][1] >= chosen))
              or (not q.sources and g and g[0][1] >= chosen)]
    row["misses"] = misses
    # the possible tier: each query answered with no match at the chosen threshold but with possible sources, and
    # whether the first is its source (a no-source query: "none")
    row["possible"] = {q.name: ("none" if not q.sources else "source" if m[0][0] in q.sources else "other")
                       for q, g, m in zip(queries, got, maybe, strict=True)
                       if m and not (g and g[0][1] >= chosen)}
    print(json.dumps({label: row}, indent=1), flush=True)
    # per query (in --json only): its first five matches (file name, raw score), to read a run's answers after it
    row["found"] = {q.name: [[Path(s).name, score] for s, score in g[:5]] for q, g in zip(queries, got, strict=True)}
    row["found_possible"] = {q.name: [[Path(s).name, score] for s, score in m[:5]]
                             for q, m in zip(queries, maybe, strict=True) if m}
    results[label] = row


def diagnose(label: str, index: Path, queries: list[Query], part: str) -> list[dict]:
    """Retrieval, query by query (``--diagnose``, the queries of one half): where each source ranks in BM25 (the
    whole article's query, up to 200 documents) and in the containment retrieval (up to 50), its two shares (as
    ``find`` computes them), and ``find``'s answer (raw scores, no threshold)."""
    config = FindConfig()
    raw = FindConfig(min_score=0.0, min_cover_score=0.0, top=20)
    out = []
    with SourceIndex.open(index) as store:
        for q in queries:
            if not _in_part(q.name, "earlier" if part == "all" else part):
                continue
            counts = collections.Counter(content_terms(q.doc.text, regions=FindConfig().region_names))
            df = store.doc_freqs(counts)
            weight = {t: store.idf(df.get(t, 0)) for t in counts}
            total = sum(weight.values()) or 1.0
            terms = sorted((t for t in counts if t in df),
                           key=lambda t: (-weight[t] * (1 + math.log(counts[t])), t))[:config.query_terms]
            bm25 = [c.key for c in store.search(terms, 200)]
            rare = {t: weight[t] for t in counts if 0 < df.get(t, 0) <= max(1, int(config.rare_share * store.size))}
            contained = [c.key for c in store.contained(rare, 50, config.contained_min_terms)]
            row: dict = {"size": label, "query": q.name, "kind": q.kind, "sources": []}
            for key in sorted(q.sources):
                found = store.db.execute("SELECT terms FROM docs WHERE key = ?", (key,)).fetchone()
                if found is None:
                    row["sources"].append({"source": Path(key).name, "indexed": False})
                    continue
                own_terms = set(zlib.decompress(found[0]).decode("utf-8").split())
                own_df = store.doc_freqs(own_terms - df.keys())
                own = {t: weight[t] if t in weight else store.idf(own_df.get(t, 0)) for t in own_terms}
                row["sources"].append({
                    "source": Path(key).name,
                    "bm25_rank": bm25.index(key) + 1 if key in bm25 else None,
                    "contained_rank": contained.index(key) + 1 if key in contained else None,
                    "lexical": round(sum(weight[t] for t in counts if t in own_terms) / total, 3),
                    "contained": round(sum(w for t, w in own.items() if t in counts) / (sum(own.values()) or 1), 3)})
            (found_matches,) = find_sources([q.doc], index, raw)
            row["found"] = [{"source": Path(m.key or m.source).name, "score": m.score, "support": m.support,
                             "lexical": m.lexical, "is_source": str(Path(m.key).resolve()) in q.sources}
                            for m in found_matches.matches[:3]]
            row["possible"] = [{"source": Path(m.key or m.source).name, "score": m.score, "support": m.support,
                                "is_source": str(Path(m.key).resolve()) in q.sources}
                               for m in found_matches.possible[:3]]
            out.append(row)
            print(json.dumps(row), flush=True)
    return out


def dask_check(folder: Path, cache: Path, queries: list[Query]) -> dict:
    from distributed import LocalCluster

    local_index = cache / "index-dask-local"
    build_index([folder], local_index, workers=1)
    local = find_json(find_sources([q.doc for q in queries], local_index, workers=1))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        dask_index = cache / "index-dask-cluster"
        build_index([folder], dask_index, scheduler=cluster.scheduler_address)
        on_dask = find_json(find_sources([q.doc for q in queries], dask_index, scheduler=cluster.scheduler_address))

    def rows(index):
        with sqlite3.connect(index / INDEX_FILE) as db:
            return db.execute("SELECT key, sha256, title, date, terms FROM docs ORDER BY key").fetchall()
    same = {"documents": rows(local_index) == rows(dask_index), "matches": on_dask == local,
            "queries": len(queries)}
    print(json.dumps({"dask": same}), flush=True)
    return same


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sizes", default="1000,10000,all")
    ap.add_argument("--synthetic", type=int, default=0, help="also a corpus of this many documents (e.g. 100000)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-source", type=int, default=120)
    ap.add_argument("--excerpts", type=int, default=40)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--dask", action="store_true")
    ap.add_argument("--reuse-index", action="store_true", help="update each corpus's index from the last run "
                    "(incremental build: the build figures are then of the update) instead of building it anew")
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "pressalign-discovery")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--diagnose", choices=("tune", "report", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6",
                                                 "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
                                                 "fresh12", "fresh13", "fresh14", "fresh15", "fresh16",
                                                 "fresh17", "fresh18", "all"),
                    default=None,
                    help="only print, for the queries of this half (all: tune and report), where each source ranks "
                    "and its shares, and "
                    "find's answer, on indexes already built by a run with the same --cache (no timing)")
    ap.add_argument("--held-out", action="store_true", help="also the held-out split's queries (fresh19: the lead's "
                    "run only)")
    ap.add_argument("--skip-exchanges", action="store_true", help="leave out the queries that are records of "
                    "exchanges (the transcripts: most of a run's time; the stories, pages and no-source stories "
                    "stay)")
    args = ap.parse_args()
    if args.held_out:
        LEFT_OUT.clear()
    if not SHARED.is_dir():
        sys.exit(f"error: {SHARED} is absent: this benchmark needs ../shared/corpus")
    args.cache.mkdir(parents=True, exist_ok=True)
    fakehealth, wh = unpack(args.cache)
    full = corpus_folder(args.cache, None, fakehealth, wh, args.seed)
    results: dict = {}
    sizes = [s for s in args.sizes.split(",") if s]
    if args.diagnose:
        for size in sizes:
            folder = full if size == "all" else corpus_folder(args.cache, int(size), fakehealth, wh, args.seed)
            queries = make_queries(fakehealth, wh, folder, args.no_source, args.excerpts, args.seed)
            results[size] = diagnose(size, args.cache / f"index-{size}", queries, args.diagnose)
        if args.synthetic:
            folder = synthetic_folder(args.cache, args.synthetic, full, wh, args.seed)
            queries = make_queries(fakehealth, wh, folder, args.no_source, args.excerpts, args.seed)
            label = f"synthetic-{args.synthetic}"
            results[label] = diagnose(label, args.cache / f"index-{label}", queries, args.diagnose)
        if args.json:
            args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        return
    base_queries = None
    for size in sizes:
        folder = full if size == "all" else corpus_folder(args.cache, int(size), fakehealth, wh, args.seed)
        queries = make_queries(fakehealth, wh, folder, args.no_source, args.excerpts, args.seed)
        if args.skip_exchanges:
            queries = [q for q in queries if not is_exchange(q.doc.text, FindConfig().exchange_questions)]
        base_queries = base_queries or queries
        measure(size, folder, args.cache, queries, args.workers, results, args.reuse_index)
    if args.synthetic:
        folder = synthetic_folder(args.cache, args.synthetic, full, wh, args.seed)
        queries = make_queries(fakehealth, wh, folder, args.no_source, args.excerpts, args.seed)
        measure(f"synthetic-{args.synthetic}", folder, args.cache, queries, args.workers, results, args.reuse_index)
    if args.dask and sizes:
        first = full if sizes[0] == "all" else corpus_folder(args.cache, int(sizes[0]), fakehealth, wh, args.seed)
        results["dask"] = dask_check(first, args.cache, [replace(q) for q in base_queries or []])
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
