"""Accuracy on real press-release -> news pairs with hand-made gold: per pair and overall.

    python benchmarks/real_pairs.py                  # every gold file, tuning and held-out sets apart
    python benchmarks/real_pairs.py --split tune     # the sample pair and the tuning half only
    python benchmarks/real_pairs.py --no-link-model  # the alignment rules alone
    python benchmarks/real_pairs.py --split tune --set min_support=0.5 --set min_coverage=0.4   # other options
    python benchmarks/real_pairs.py --split fresh    # the fresh pairs, tuning data now (texts from ../shared)
    python benchmarks/real_pairs.py --split tune-wh  # the White House tuning pairs (texts from ../shared's tarballs)
    python benchmarks/real_pairs.py --split fresh2   # the second fresh set, tuning data now (reported once, session 6)
    python benchmarks/real_pairs.py --split fresh3   # the third fresh set, news pages: tuning data now (session 7)
    python benchmarks/real_pairs.py --split fresh4   # the fourth fresh set, news articles: tuning data now (session 8)
    python benchmarks/real_pairs.py --split fresh5   # the fifth fresh set, news articles: tuning data now (session 9)
    python benchmarks/real_pairs.py --split fresh6   # the sixth fresh set, news articles: tuning data now (session 10)
    python benchmarks/real_pairs.py --split fresh7   # the seventh fresh set, news articles: tuning data (session 12)
    python benchmarks/real_pairs.py --split fresh8   # the eighth fresh set, news articles: tuning data (session 13)
    python benchmarks/real_pairs.py --split fresh9   # the ninth fresh set, news articles: tuning data (session 14)
    python benchmarks/real_pairs.py --split fresh10  # the tenth fresh set, news articles: tuning data (session 15)
    python benchmarks/real_pairs.py --split fresh11  # the eleventh fresh set, news articles: tuning data (session 16)
    python benchmarks/real_pairs.py --split fresh12  # the twelfth fresh set, news articles: tuning data (session 17)
    python benchmarks/real_pairs.py --split fresh13  # the thirteenth fresh set, news articles: tuning data (session 18)
    python benchmarks/real_pairs.py --split fresh14  # the fourteenth fresh set, news articles: tuning data (session 19)
    python benchmarks/real_pairs.py --split fresh15  # the fifteenth fresh set, news articles: tuning data (session 20)
    python benchmarks/real_pairs.py --split fresh16  # the sixteenth fresh set, news articles: tuning data (session 21)
    python benchmarks/real_pairs.py --split fresh17  # the seventeenth fresh set, news: tuning data (session 22)
    python benchmarks/real_pairs.py --split fresh18  # the eighteenth fresh set, news: tuning data (session 23)
    python benchmarks/real_pairs.py --split fresh19  # the nineteenth fresh set, news articles: held out (lead only)

The gold files are ``data/gold_sample_pair.json`` and ``benchmarks/gold/real-pairs/*.json`` (offsets only: the
news texts stay in ``../shared/corpus/real-pairs``, which must be present for the corpus pairs). The sample pair
and the pairs in :data:`TUNE` are for choosing rules and thresholds; the pairs in :data:`HELD_OUT` are reported,
never tuned on.

Columns: claims (status cases the report gets right, both sides), quotes (right verdict and passage), omission
precision (of the source claims the report calls ``omitted``, the share the gold calls so), detail precision on the
gold's ``absent`` detail cases and recall on its present ones, all cases right, and disc: of the gold's real
discrepancies (``discrepancy`` cases), the share the report finds at that place ("–" where the gold has none).

The **fresh** split (``--split fresh``, never part of ``all``) was a second held-out set, annotated after the
others; reported once, it is tuning data now (as **fresh2** … **fresh7** are since):
``benchmarks/gold/fresh-pairs/*.json`` (offsets only, no ``source``/``derivative``
key) and ``benchmarks/gold/fresh-pairs/members.json``, which names, per pair, the tarball under
``../shared/corpus`` and the member holding each text, with its SHA-256. The members are extracted once into a
cache folder outside the repository (``--cache``, default ``$XDG_CACHE_HOME/pressalign/fresh-pairs`` or
``~/.cache/pressalign/fresh-pairs``); without ``../shared/corpus`` the split is skipped with a message.

The **tune-wh** split (``--split tune-wh``, part of neither ``tune`` nor ``all``) is more tuning gold on White House
pairs, held the same way: ``benchmarks/gold/tune-pairs/*.json`` and its ``members.json``, extracted by the same code
into ``.../pressalign/tune-pairs``.

The **fresh2** split (``--split fresh2``, never part of ``all``) was a third held-out set, annotated when every
earlier one had been seen: ``benchmarks/gold/fresh2-pairs/*.json`` and its ``members.json``, held and extracted
like the fresh pairs (into ``.../pressalign/fresh2-pairs``). Reported once (session 6), it is tuning data now.

The **fresh3** split (``--split fresh3``, never part of ``all``) was the fourth held-out set, and the first of the
news kind since the corpus pairs: official White House texts and the next day's page reprinting the news stories
written from them (``benchmarks/gold/fresh3-pairs/*.json`` and its ``members.json``, held and extracted like the
fresh pairs, into ``.../pressalign/fresh3-pairs``). Reported once (session 7) and its misses read, it is tuning data
now.

The **fresh4** split (``--split fresh4``, never part of ``all``) was the sixth held-out set: official White
House texts (readouts, statements, a disaster declaration, executive orders, a proclamation, fact sheets, nominations,
a memorandum) and ONE news article written from each (one outlet's story; seven of the sixteen are cut off where the
stored page stops). Reported once and its misses read (session 8), it is tuning data now.
The **fresh5** split (``--split fresh5``, never part of ``all``), built the same way (official White House texts
of 2021-2026 and one outlet's news article each), was reported once (session 9's end): tuning data since session 10.
The **fresh6** split (``--split fresh6``, never part of ``all``) built in session 10: pairs 01-08 an
official White House text and one outlet's news article written from it, pairs 09-16 a FakeHealth press release and
the news story written from it (both members of ``../shared/corpus/fakehealth.tar.xz``, copied
out); reported once (session 10's end), tuning data since session 11.
The **fresh7** split (``--split fresh7``, never part of ``all``) built in session
11 the same way: pairs 01-08 an official White House text and one outlet's news article written from it, pairs
09-16 a FakeHealth press release and the news story written from it; reported once (session 11's end), tuning data since
session 12.
The **fresh8** split (``--split fresh8``, never part of ``all``) built in session
12: pairs 01-08 an official White House text and one outlet's news article written from it, pairs 09-16 another
official source's text (a tarball member, a web page or a file of a public repository) and one news article written
from it; reported once (session 12's end), tuning data since session 13.
The **fresh9** split (``--split fresh9``, never part of ``all``) built in session
13 the same way: pairs 01-08 an official White House text and one outlet's news article written from it, pairs 09-16
another official source's text (a tarball member, a web page or a file of a public repository) and one news article
written from it; reported once (session 13's end), tuning data since session 14.
The **fresh10** split (``--split fresh10``, never part of ``all``) built in session 14 the same way: pairs 01-08
an official White House text and one outlet's news article written from it, pairs 09-16 another official source's
text (a tarball member, a web page or a file of a public repository) and one news article written from it; reported
once (session 14's end), tuning data since session 15.
The **fresh11** split (``--split fresh11``, never part of ``all``) built in session 15 the same way: pairs 01-04
an official White House text and one outlet's news article written from it, 05-08 a US federal agency's, state's or
city's text, 09-17 a non-US official source's text (a tarball member, a web page or a file of a public repository),
each with one news article written from it; reported once (session 15's end), tuning data since session 16.
The **fresh12** split (``--split fresh12``, never part of ``all``) built in session 16: pairs 01-06 an official text
of the United Kingdom or Ireland, 07-12 of the European Union, an international body, Australia or India, 13-18 of a
US federal agency, state, city or university not used before, each with one news article written from it; reported
once (session 16's end), tuning data since session 17.
The **fresh13** split (``--split fresh13``, never part of ``all``) built in session 17: pairs 01-06 an official text
of Canada, New Zealand, South Africa or an Asian government or central bank, 07-12 of a European national government
or body or an international body, 13-18 of a US federal agency, state governor, city or university not used before,
each with one news article written from it; reported once (session 17's end), tuning data since session 18.
The **fresh14** split (``--split fresh14``, never part of ``all``) built in session 18: pairs 01-06 an official text
of an Asian, Middle Eastern, African or Latin American government, central bank or agency, 07-12 of a European body
or an international organisation not used before, 13-18 of a US federal regulator, agency, state or city not used
before, each with one news article written from it; reported once (session 18's end), tuning data since session 19.
The **fresh15** split (``--split fresh15``, never part of ``all``) built in session 19: pairs 01-06 an official text
of an Asian, Pacific, Middle Eastern or African government, central bank or agency, 07-12 of a European central bank
or an international organisation not used before, 13-18 of a US federal regulator, agency, state or city not used
before, each with one news article written from it; reported once (session 19's end), tuning data since session 20.
The **fresh16** split (``--split fresh16``, never part of ``all``) built in session 20: pairs 01-06 an official text
of an Asian, African or Caribbean government, central bank or agency, 07-12 of a European regulator or central bank
not used before, 13-18 of a US federal regulator, agency, state or city not used before, each with one news article
written from it; reported once (session 20's end), tuning data since session 21.
The **fresh17** split (``--split fresh17``, never part of ``all``) built in session 21: pairs 01-06 an official text
of a government, central bank or agency outside Europe and the US, 07-12 of a European government, regulator or
international organisation, 13-18 of a US federal agency, state or city, every issuer new to the gold, each with one
news article written from it; reported once (session 21's end), tuning data since session 22.
The **fresh18** split (``--split fresh18``, never part of ``all``) built in session 22: pairs 01-06 an official text
of a government, central bank or agency outside Europe and the US, 07-12 of a European government, regulator or
international organisation, 13-18 of a US federal agency, state or city, every issuer new to the gold, each with one
news article written from it; reported once (session 22's end), tuning data since session 23.
The **fresh19** split (``--split fresh19``, never part of ``all``) is the held-out set in its place, built in
session 23: pairs 01-06 an official text of a government, central bank or agency outside Europe and the US, 07-12 of
a European government, regulator or international organisation, 13-18 of a US federal agency, state or city, every
issuer new to the gold, each with one news article written from it. Report it, never tune on it.

All sixteen are :data:`OUTSIDE_SPLITS`: the gold is ``benchmarks/gold/<split>-pairs/*.json`` (offsets only) and its
``members.json`` (each text's origin: tarball member or web address, and SHA-256). The texts are NOT in the
repository (the articles are their publishers' copyright): they are read from ``$PRESSALIGN_FRESH4`` /
``$PRESSALIGN_FRESH5`` … ``$PRESSALIGN_FRESH19``, else ``../<split>-texts`` beside the
repository (``/work/fresh4-texts`` … ``/work/fresh19-texts``), as ``<pair>/source.txt`` and
``<pair>/derivative.txt``; when one is absent or its SHA-256 differs the split prints one line saying so and exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tarfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alignment.evaluate import Evaluation, Gold

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "real-pairs"
SAMPLE_GOLD = ROOT / "data" / "gold_sample_pair.json"
#: the corpus pairs rules and thresholds are chosen on (with the sample pair)
TUNE = ("01_fda-siliq-approval_time", "03_fomc-statement-2004-11-10_bbc",
        "05_leicester-asthma-fevipiprant_medicaldaily", "07_amgen-repatha-fourier_reuters")
#: the corpus pairs reported untouched
HELD_OUT = ("02_fda-concussion-blood-test_cnn", "04_ucl-prostate-vtp_reuters", "06_ecc-breath-test-cancer_healthday",
            "08_jama-abaloparatide-osteoporosis_healthday")
#: the fresh held-out pairs: gold files, and where their texts are in ../shared/corpus's tarballs
FRESH = ROOT / "benchmarks" / "gold" / "fresh-pairs"
FRESH_MEMBERS = FRESH / "members.json"
#: the White House tuning pairs, held like the fresh ones (gold files and members.json)
TUNE_WH = ROOT / "benchmarks" / "gold" / "tune-pairs"
#: the second fresh set, held like the fresh pairs: annotated after every other set had been seen (tuning data now)
FRESH2 = ROOT / "benchmarks" / "gold" / "fresh2-pairs"
#: the third fresh held-out set (news stories written from official texts), held like the fresh pairs
FRESH3 = ROOT / "benchmarks" / "gold" / "fresh3-pairs"
#: the splits whose texts are members of ../shared/corpus's tarballs: split -> gold folder
TARBALL_SPLITS = {"fresh": FRESH, "tune-wh": TUNE_WH, "fresh2": FRESH2, "fresh3": FRESH3}
CORPUS = ROOT.parent / "shared" / "corpus"
#: the fourth fresh set (an official text and one news article per pair; tuning data now): gold files and
#: members.json here, the texts outside the repository (see :data:`OUTSIDE_SPLITS`)
FRESH4 = ROOT / "benchmarks" / "gold" / "fresh4-pairs"
#: the fifth fresh set (built like fresh4; reported once at session 9's end, tuning data since session 10)
FRESH5 = ROOT / "benchmarks" / "gold" / "fresh5-pairs"
#: the sixth fresh set (01-08 White House text -> news article, 09-16 FakeHealth release -> story; reported once at
#: session 10's end, tuning data since session 11)
FRESH6 = ROOT / "benchmarks" / "gold" / "fresh6-pairs"
#: the seventh fresh set (built like fresh6; reported once at session 11's end, tuning data since session 12)
FRESH7 = ROOT / "benchmarks" / "gold" / "fresh7-pairs"
#: the eighth fresh set (01-08 White House text -> news article, 09-16 another official source -> news article;
#: reported once at session 12's end, tuning data since session 13)
FRESH8 = ROOT / "benchmarks" / "gold" / "fresh8-pairs"
#: the ninth fresh set (built like fresh8 in session 13: 01-08 White House text -> news article, 09-16 another
#: official source -> news article; reported once at session 13's end, tuning data since session 14)
FRESH9 = ROOT / "benchmarks" / "gold" / "fresh9-pairs"
#: the tenth fresh set (built like fresh9 in session 14: 01-08 White House text -> news article, 09-16 another
#: official source -> news article; reported once at session 14's end, tuning data since session 15)
FRESH10 = ROOT / "benchmarks" / "gold" / "fresh10-pairs"
#: the eleventh fresh set (built in session 15: 01-04 White House text -> news article, 05-08 a US agency's, state's
#: or city's text -> news article, 09-17 a non-US official source -> news article; reported once at session 15's
#: end, tuning data since session 16)
FRESH11 = ROOT / "benchmarks" / "gold" / "fresh11-pairs"
#: the twelfth fresh set (built in session 16: 01-06 a UK or Irish official text, 07-12 an EU, international,
#: Australian or Indian one, 13-18 a US agency's, state's, city's or university's, each -> one news article; reported
#: once at session 16's end, tuning data since session 17)
FRESH12 = ROOT / "benchmarks" / "gold" / "fresh12-pairs"
#: the thirteenth fresh set (built in session 17: 01-06 a Canadian, New Zealand, South African or Asian official
#: text, 07-12 a European or international body's, 13-18 a US agency's, governor's, city's or university's, each ->
#: one news article; reported once at session 17's end, tuning data since session 18)
FRESH13 = ROOT / "benchmarks" / "gold" / "fresh13-pairs"
#: the fourteenth fresh set (built in session 18: 01-06 an Asian, Middle Eastern, African or Latin American official
#: text, 07-12 a European body's or international organisation's, 13-18 a US regulator's, agency's, state's or city's,
#: each -> one news article; reported once at session 18's end, tuning data since session 19)
FRESH14 = ROOT / "benchmarks" / "gold" / "fresh14-pairs"
#: the fifteenth fresh set (built in session 19: 01-06 an Asian, Pacific, Middle Eastern or African official text,
#: 07-12 a European central bank's or international organisation's, 13-18 a US regulator's, agency's, state's or
#: city's, each -> one news article; reported once at session 19's end, tuning data since session 20)
FRESH15 = ROOT / "benchmarks" / "gold" / "fresh15-pairs"
#: the sixteenth fresh set (built in session 20: 01-06 an Asian, African or Caribbean official text, 07-11 a European
#: regulator's or central bank's, 13-18 a US regulator's, agency's, state's or city's, each -> one news article;
#: reported once at session 20's end, tuning data since session 21)
FRESH16 = ROOT / "benchmarks" / "gold" / "fresh16-pairs"
#: the seventeenth fresh set (built in session 21: 01-06 an official text from outside Europe and the US, 07-12 a
#: European government's, regulator's or international organisation's, 13-18 a US federal agency's, state's or
#: city's, each -> one news article; reported once at session 21's end, tuning data since session 22)
FRESH17 = ROOT / "benchmarks" / "gold" / "fresh17-pairs"
#: the eighteenth fresh set (built in session 22: 01-06 an official text from outside Europe and the US, 07-12 a
#: European government's, regulator's or international organisation's, 13-18 a US federal agency's, state's or
#: city's, each -> one news article; reported once at session 22's end, tuning data since session 23)
FRESH18 = ROOT / "benchmarks" / "gold" / "fresh18-pairs"
#: the nineteenth fresh set, the held-out set now (built in session 23: 01-06 an official text from outside Europe
#: and the US, 07-12 a European government's, regulator's or international organisation's, 13-18 a US federal
#: agency's, state's or city's, each -> one news article)
FRESH19 = ROOT / "benchmarks" / "gold" / "fresh19-pairs"


@dataclass(frozen=True)
class OutsideSplit:
    """A split whose texts live outside the repository (the articles are their publishers' copyright): its gold
    folder (``*.json`` and ``members.json``) is here, its texts in ``$<env>``, else ``../<name>-texts`` beside the
    repository, as ``<pair>/source.txt`` and ``<pair>/derivative.txt``."""

    name: str
    gold: Path
    env: str
    #: the held-out set now: run by the lead only (discovery.py leaves its queries out unless --held-out)
    held_out: bool = False

    def folder(self) -> Path:
        """Where the texts are: ``$<env>``, else ``<name>-texts`` beside the repository."""
        return Path(os.environ.get(self.env) or ROOT.parent / f"{self.name}-texts")


#: the splits whose texts live outside the repository: split -> its gold folder and the variable naming its texts'
#: folder. Never part of ``all``.
OUTSIDE_SPLITS = {s.name: s for s in (OutsideSplit("fresh4", FRESH4, "PRESSALIGN_FRESH4"),
                                      OutsideSplit("fresh5", FRESH5, "PRESSALIGN_FRESH5"),
                                      OutsideSplit("fresh6", FRESH6, "PRESSALIGN_FRESH6"),
                                      OutsideSplit("fresh7", FRESH7, "PRESSALIGN_FRESH7"),
                                      OutsideSplit("fresh8", FRESH8, "PRESSALIGN_FRESH8"),
                                      OutsideSplit("fresh9", FRESH9, "PRESSALIGN_FRESH9"),
                                      OutsideSplit("fresh10", FRESH10, "PRESSALIGN_FRESH10"),
                                      OutsideSplit("fresh11", FRESH11, "PRESSALIGN_FRESH11"),
                                      OutsideSplit("fresh12", FRESH12, "PRESSALIGN_FRESH12"),
                                      OutsideSplit("fresh13", FRESH13, "PRESSALIGN_FRESH13"),
                                      OutsideSplit("fresh14", FRESH14, "PRESSALIGN_FRESH14"),
                                      OutsideSplit("fresh15", FRESH15, "PRESSALIGN_FRESH15"),
                                      OutsideSplit("fresh16", FRESH16, "PRESSALIGN_FRESH16"),
                                      OutsideSplit("fresh17", FRESH17, "PRESSALIGN_FRESH17"),
                                      OutsideSplit("fresh18", FRESH18, "PRESSALIGN_FRESH18"),
                                      OutsideSplit("fresh19", FRESH19, "PRESSALIGN_FRESH19", held_out=True))}
FRESH4_ENV = OUTSIDE_SPLITS["fresh4"].env


def outside_texts(split: str, folder: Path | None = None,
                  partial: bool = False) -> tuple[dict[str, tuple[Path, Path]], str]:
    """An outside split's pairs' texts, pair name -> (source path, derivative path), from ``folder`` (default: the
    split's :meth:`OutsideSplit.folder`) as its ``members.json`` names them; ``({}, why)`` when the manifest has no
    pair, or a text is absent or its bytes do not match the manifest's SHA-256 (the gold's offsets would not fall
    where they were written), so the caller skips the split with that one line.

    With ``partial`` (a tuning split on a machine where only some texts could be restored:
    benchmarks/outside_texts.py), a pair with an absent text is left out instead, and ``why`` names how many were
    (the pairs found are returned with it); no pair found, or a text that differs, is still ``({}, why)``."""
    entry_of = OUTSIDE_SPLITS[split]
    base = folder or entry_of.folder()
    manifest = tarball_manifest(entry_of.gold) if (entry_of.gold / "members.json").is_file() else {}
    if not manifest:
        return {}, f"{entry_of.gold.name}/members.json names no pair yet"
    out: dict[str, tuple[Path, Path]] = {}
    absent: list[Path] = []
    for name, entry in manifest.items():
        paths = []
        for side in ("source", "derivative"):
            path = base / entry[side]["path"]
            if not path.is_file():
                absent.append(path)
                break
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest != entry[side]["sha256"]:
                return {}, (f"{path} is not the text the gold was written on (sha256 {digest[:12]}…, expected "
                            f"{entry[side]['sha256'][:12]}…)")
            paths.append(path)
        else:
            out[name] = (paths[0], paths[1])
    if absent and not (partial and out):
        return {}, f"{absent[0]} is absent (set ${entry_of.env} to the folder holding the {split} texts)"
    if absent:
        return out, (f"{len(out)} of {len(manifest)} pairs: {len(absent)} with a text absent from {base} "
                     "(python benchmarks/outside_texts.py status)")
    return out, ""


def fresh4_folder() -> Path:
    """Where the fresh4 texts are (:data:`OUTSIDE_SPLITS`)."""
    return OUTSIDE_SPLITS["fresh4"].folder()


def fresh4_texts(folder: Path | None = None) -> tuple[dict[str, tuple[Path, Path]], str]:
    """The fresh4 pairs' texts (:func:`outside_texts`)."""
    return outside_texts("fresh4", folder)


def default_cache(folder: Path = FRESH) -> Path:
    """Where the texts of a gold folder's pairs (``fresh-pairs``, ``tune-pairs``, ``fresh2-pairs`` …) are extracted:
    a folder outside the repository."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pressalign" / folder.name


def tarball_manifest(folder: Path = FRESH) -> dict[str, dict[str, dict[str, str]]]:
    """``folder/members.json``: pair name -> {"source": {...}, "derivative": {...}}, each side naming its
    ``tarball`` (a file in ../shared/corpus), ``member`` (the path inside it) and ``sha256`` (of the member's
    bytes)."""
    data = json.loads((folder / "members.json").read_text(encoding="utf-8"))
    return {name: entry for name, entry in data["pairs"].items()}


def tarball_texts(cache: Path, corpus: Path = CORPUS, folder: Path = FRESH) -> dict[str, tuple[Path, Path]] | None:
    """Extract (once) the texts of ``folder``'s pairs (the fresh pairs by default) into ``cache``; pair name ->
    (source path, derivative path).

    ``None`` when ``corpus`` or one of its tarballs is absent. A member whose bytes do not match the
    manifest's SHA-256 is an error: the offsets of the gold would not fall where they were written."""
    manifest = tarball_manifest(folder)
    wanted: dict[str, dict[str, Path]] = {}  # tarball -> member -> cached path
    out: dict[str, tuple[Path, Path]] = {}
    for name, entry in manifest.items():
        paths = []
        for side in ("source", "derivative"):
            item = entry[side]
            dest = cache / item["sha256"][:16] / Path(item["member"]).name
            wanted.setdefault(item["tarball"], {})[item["member"]] = dest
            paths.append(dest)
        out[name] = (paths[0], paths[1])
    for tarball, members in wanted.items():
        if not extract_members(corpus / tarball, members):
            return None
    for name, entry in manifest.items():
        for side, path in zip(("source", "derivative"), out[name], strict=True):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest != entry[side]["sha256"]:
                raise SystemExit(f"error: {path} ({name} {side}) is not the text the gold was written on "
                                 f"(sha256 {digest[:12]}…, expected {entry[side]['sha256'][:12]}…)")
    return out


#: the fresh split's names for the two, which other benchmarks import
fresh_manifest = tarball_manifest
fresh_texts = tarball_texts


def extract_members(tarball: Path, members: dict[str, Path]) -> bool:
    """Extract (once) each ``member`` of ``tarball`` to its path (member -> path); ``False`` when a member is not
    extracted yet and the tarball is absent. A member the tarball lacks is an error."""
    missing = {m: d for m, d in members.items() if not d.is_file()}
    if not missing:
        return True
    if not tarball.is_file():
        return False
    with tarfile.open(tarball, "r:*") as tar:
        for info in tar:
            if info.name in missing and info.isfile():
                stream = tar.extractfile(info)
                assert stream is not None
                dest = missing.pop(info.name)
                dest.parent.mkdir(parents=True, exist_ok=True)
                tmp = dest.with_suffix(dest.suffix + ".part")
                tmp.write_bytes(stream.read())
                tmp.replace(dest)
                if not missing:
                    break
    if missing:
        raise SystemExit(f"error: {tarball.name} has no member {next(iter(missing))}")
    return True


def split_pairs(split: str) -> list[tuple[str, Path, Path, Path]]:
    """(name, gold file, source, derivative) of each pair of ``split`` (``tune``, a tarball split or an outside split);
    none, with a message, when the split's texts are absent."""
    from alignment.evaluate import load_gold

    if split == "tune":
        out = []
        for name, path in [("sample", SAMPLE_GOLD), *((n, GOLD / f"{n}.json") for n in TUNE)]:
            gold = load_gold(path)
            out.append((name, path, path.parent / str(gold.source), path.parent / str(gold.derivative)))
        return out
    if split in OUTSIDE_SPLITS:
        found, problem = outside_texts(split, partial=not OUTSIDE_SPLITS[split].held_out)
        if problem:
            print(f"{'partial' if found else 'skipped'} {split}: {problem}")
        return [(n, OUTSIDE_SPLITS[split].gold / f"{n}.json", *found[n]) for n in sorted(found)]
    folder = TARBALL_SPLITS[split]
    texts = tarball_texts(default_cache(folder), CORPUS, folder)
    if texts is None:
        print(f"skipped {split}: its texts come from {CORPUS}, which is absent")
        return []
    return [(n, folder / f"{n}.json", *texts[n]) for n in sorted(texts)]


#: the printed columns: key and width ("disc": the gold's discrepancies the report finds, found / in the gold)
_COLUMNS = (("claims", 7), ("quotes", 7), ("omit", 7), ("detP", 6), ("detR", 6), ("all", 6), ("disc", 7))


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  –  "


def pair_row(ev: Evaluation, gold: Gold) -> dict[str, tuple[int, int]]:
    """One pair's columns as (right, of) counts: claims (status cases), quotes, omit (P of `omitted`), detP, detR
    (unsupported details), all (every case) and disc (discrepancies found of the gold's)."""
    missed = {m.label for m in ev.misses}
    status = [c for c in gold.cases if c.kind in ("source_status", "derivative_status")]
    quotes = [c for c in gold.cases if c.kind == "quote"]
    omitted, details, found = ev.score("omitted"), ev.score("details"), ev.score("discrepancies")
    return {"claims": (sum(c.label not in missed for c in status), len(status)),
            "quotes": (sum(c.label not in missed for c in quotes), len(quotes)),
            "omit": (omitted.tp, omitted.tp + omitted.fp),
            "detP": (details.tp, details.tp + details.fp), "detR": (details.tp, details.tp + details.fn),
            "all": (ev.correct, ev.cases), "disc": (found.tp, found.tp + found.fn)}


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from alignment import Config, compare_files
    from alignment.evaluate import evaluate, load_gold

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("all", "tune", "held-out", "fresh", "tune-wh", "fresh2", "fresh3",
                                            *OUTSIDE_SPLITS),
                        default="all", help="all (tune and held-out), one of them, the fresh pairs, the White House "
                        "tuning pairs, or a fresh set (fresh2 ...; never part of all): the one marked held out in "
                        "OUTSIDE_SPLITS (now " + ", ".join(n for n, s in OUTSIDE_SPLITS.items() if s.held_out)
                        + ") is the lead's, run once at the end of a session")
    parser.add_argument("--cache", type=Path, default=None, metavar="DIR",
                        help="where the fresh, tune-wh, fresh2 or fresh3 pairs' texts are extracted (default: "
                             "$XDG_CACHE_HOME/pressalign/fresh-pairs, .../tune-pairs, .../fresh2-pairs or "
                             ".../fresh3-pairs)")
    parser.add_argument("--no-link-model", action="store_true", help="the alignment rules alone")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a Config option for this run (repeatable), e.g. min_support=0.5")
    parser.add_argument("--misses", action="store_true",
                        help="also the status, quote and detail cases the report gets wrong: each, and their count by "
                             "(side or kind, expected, got) at the end of each split (for reading tuning data; a "
                             "held-out set so read is seen)")
    args = parser.parse_args()
    overrides = {}
    for item in args.set:
        name, _, value = item.partition("=")
        overrides[name] = type(getattr(Config(), name))(value)
    config = Config(link_model=not args.no_link_model).replace(**overrides).validate()

    sets = {"tune": [("sample", SAMPLE_GOLD), *((n, GOLD / f"{n}.json") for n in TUNE)],
            "held-out": [(n, GOLD / f"{n}.json") for n in HELD_OUT]}
    texts: dict[str, tuple[Path, Path]] = {}
    if args.split in TARBALL_SPLITS:
        folder = TARBALL_SPLITS[args.split]
        found = tarball_texts(args.cache or default_cache(folder), CORPUS, folder)
        if found is None:
            print(f"skipped: the {args.split} pairs' texts come from {CORPUS}, which is absent (or lacks a tarball)")
            return 0
        texts = found
        sets[args.split] = [(n, folder / f"{n}.json") for n in sorted(texts)]
    elif args.split in OUTSIDE_SPLITS:
        texts, problem = outside_texts(args.split, partial=not OUTSIDE_SPLITS[args.split].held_out)
        if problem:
            print(f"{'partial' if texts else 'skipped'} {args.split}: {problem}")
        if not texts:
            return 0
        sets[args.split] = [(n, OUTSIDE_SPLITS[args.split].gold / f"{n}.json") for n in sorted(texts)]
    chosen = {"tune": sets["tune"], "held-out": sets["held-out"]} if args.split == "all" else {
        args.split: sets[args.split]}
    print(f"{'pair':<46} {'claims':>7} {'quotes':>7} {'omit P':>7} {'det P':>6} {'det R':>6} {'cases':>6} "
          f"{'disc':>7}")
    for name, pairs in chosen.items():
        totals = {"claims": [0, 0], "quotes": [0, 0], "omit": [0, 0], "detP": [0, 0], "detR": [0, 0], "all": [0, 0],
                  "disc": [0, 0]}
        wrong: Counter[tuple[str, str, str]] = Counter()
        for pair, path in pairs:
            if not path.is_file():
                print(f"{pair:<46} (no gold file: {path.relative_to(ROOT)})")
                continue
            gold = load_gold(path)
            source, derivative = texts[pair] if pair in texts else (path.parent / str(gold.source),
                                                                    path.parent / str(gold.derivative))
            report = compare_files(source, derivative, config)
            ev = evaluate(report, gold)
            row = pair_row(ev, gold)
            for key, (num, den) in row.items():
                totals[key][0] += num
                totals[key][1] += den
            print(f"{pair:<46} " + " ".join(f"{_ratio(*row[k]):>{w}}" for k, w in
                  _COLUMNS))
            for m in ev.misses if args.misses else ():
                if m.kind in ("source_status", "derivative_status"):
                    side = m.kind.split("_")[0]
                    wrong[side, m.expected, m.got.split(" ")[0]] += 1
                    print(f"    {side:<10} {m.expected} -> {m.got[:40]}: {m.where[:100]}")
                elif m.kind in ("quote", "detail"):
                    wrong[m.kind, m.expected[:30], m.got.split(" ")[0][:20]] += 1
                    print(f"    {m.kind:<10} {m.expected[:40]} -> {m.got[:50]}: {m.where[:100]}")
        print(f"{'= ' + name:<46} " + " ".join(f"{_ratio(*totals[k]):>{w}}" for k, w in
              _COLUMNS) + "\n")
        for (side, expected, got), n in sorted(wrong.items(), key=lambda item: (-item[1], item[0])):
            print(f"{n:>4}  {side:<10} {expected} -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
