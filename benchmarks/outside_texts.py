"""Restore the texts of the outside splits (fresh4 … fresh12) on a new machine, and keep them restorable.

An outside split's texts are third-party copyright and live outside the repository (``$PRESSALIGN_FRESHn`` or
``../freshN-texts``); the repository keeps only the gold offsets and ``members.json``, which names each text and its
SHA-256. A new machine starts without the texts. This script puts back what can be put back and records, per text, a
*recipe* that rebuilds it from what the search tool returns, so that the next machine needs one look-up per text:

- ``status [--split S …]`` prints, per split, how many texts are present and right, absent, or different.
- ``restore [--split S …] [--raw DIR]`` writes every absent text it can: a member of a tarball in ../shared/corpus
  (its bytes, checked against the SHA-256), or a text with a recipe whose raw capture is in ``DIR`` (default: the
  split's folder, ``<pair>/<side>.raw.json``). Nothing is written unless its SHA-256 matches.
- ``recipe --split S --pair P --side source|derivative --raw FILE [--lookup TEXT] [--members FILE]`` reads a raw
  capture and the text now in the split's folder (which must match its SHA-256), and stores in ``members.json`` the
  edits that turn the one into the other (``recipe.ops``: [start, end, replacement] on the capture, applied right
  to left), the capture's SHA-256 and the look-up that found it. ``--check`` only reports whether the ops
  would rebuild it.

A raw capture is the search tool's answer saved verbatim as JSON: a ``search`` answer (``{"results": [{"url": …,
"excerpt": …}]}``: the result whose ``url`` is the text's ``url``, ``original_url`` or ``stored_url`` (the address
under which the search tool now returns the same page, when that is not the one the annotator named) is taken, http://
and https:// alike, feed-tracking ``utm_`` parameters aside) or a ``read_file`` answer (``{"text": …}``; several pages
of one file concatenated in a JSON list). Its text is never written to the repository: ``ops`` hold only what the
edit inserts (a headline made from the address, blank lines).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_pairs import CORPUS, OUTSIDE_SPLITS, extract_members

SIDES = ("source", "derivative")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _members(split: str, path: Path | None = None) -> tuple[Path, dict]:
    path = path or OUTSIDE_SPLITS[split].gold / "members.json"
    return path, json.loads(path.read_text(encoding="utf-8"))


def _address(url: str) -> str:
    """A web address without its scheme, fragment and feed-tracking parameters (``utm_…``): the search tool stores
    some pages under http:// that members.json names by https:// (or the other way), and some under the address a
    feed linked to (``?utm_source=feed&…``), which members.json names without them; they are the same page. Other
    query parameters are kept (``?p=3780`` names a page)."""
    rest, _, query = url.split("://", 1)[-1].split("#", 1)[0].partition("?")
    kept = [part for part in query.split("&") if part and not part.startswith("utm_")]
    return rest + ("?" + "&".join(kept) if kept else "")


def capture_text(raw: Path, item: dict) -> str:
    """The text a raw capture holds for ``item`` (a members.json side): the excerpt of the search result at the
    item's address (``url``, ``original_url`` or ``stored_url``; failing that, the same address in another scheme or
    with feed-tracking parameters), or a read_file answer's text (pages concatenated). An answer may hold two results
    at one address (two stored copies of the page): the one whose SHA-256 is the recipe's capture is taken, else the
    first."""
    data = json.loads(raw.read_text(encoding="utf-8"))
    answers = data if isinstance(data, list) else [data]
    if all("text" in a for a in answers):
        return "".join(a["text"] for a in answers)
    urls = {item.get("url"), item.get("original_url"), item.get("stored_url")} - {None}
    results = [result for answer in answers for result in answer.get("results", [])]
    same = {_address(u) for u in urls}
    found = ([str(r["excerpt"]) for r in results if r.get("url") in urls]
             or [str(r["excerpt"]) for r in results if _address(str(r.get("url", ""))) in same])
    wanted = item.get("recipe", {}).get("capture_sha256")
    for excerpt in found:
        if _sha(excerpt.encode("utf-8")) == wanted:
            return excerpt
    if found:
        return found[0]
    raise SystemExit(f"error: {raw} holds no search result at {' or '.join(sorted(urls)) or 'the text address'}")


def diff_ops(raw: str, text: str) -> list[list]:
    """The edits that turn ``raw`` into ``text``: [start, end, replacement] on ``raw``, in order."""
    matcher = difflib.SequenceMatcher(None, raw, text, autojunk=False)
    return [[i1, i2, text[j1:j2]] for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def apply_ops(raw: str, ops: list[list]) -> str:
    """``raw`` with ``ops`` applied (right to left, so each op's offsets are the capture's own)."""
    out = raw
    for start, end, replacement in sorted(ops, key=lambda op: op[0], reverse=True):
        out = out[:start] + replacement + out[end:]
    return out


def _restore_one(pair: str, side: str, item: dict, folder: Path, raw_dir: Path, dry: bool) -> str:
    """One text's state, restoring it first unless ``dry`` (then an absent text is named by how it would be)."""
    dest = folder / item["path"]
    if dest.is_file():
        return "ok" if _sha(dest.read_bytes()) == item["sha256"] else "differs"
    if dry:
        return ("absent (tarball member)" if "member" in item else
                "absent (recipe)" if "recipe" in item else "absent (no recipe)")
    data: bytes | None = None
    if "tarball" in item and "member" in item:
        part = dest.with_name(dest.name + ".member")
        if extract_members(CORPUS / item["tarball"], {item["member"]: part}):
            data = part.read_bytes()
            part.unlink()
    elif "recipe" in item:
        raw = raw_dir / pair / f"{side}.raw.json"
        if not raw.is_file():
            return "absent (no capture)"
        data = apply_ops(capture_text(raw, item), item["recipe"]["ops"]).encode("utf-8")
    else:
        return "absent (no recipe)"
    if data is None:
        return "absent (tarball missing)"
    if _sha(data) != item["sha256"]:
        return "absent (rebuilt text differs)"
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(dest)
    return "restored"


def restore(splits: list[str], raw_dir: Path | None, dry: bool = False) -> int:
    """Restore (or, with ``dry``, only count) each split's texts; print one line per split."""
    missing = 0
    for split in splits:
        folder = OUTSIDE_SPLITS[split].folder()
        _, data = _members(split)
        counts: dict[str, int] = {}
        for pair, entry in data["pairs"].items():
            for side in SIDES:
                item = entry[side]
                state = _restore_one(pair, side, item, folder, raw_dir or folder, dry)
                counts[state] = counts.get(state, 0) + 1
                if state == "differs":
                    print(f"  {pair} {side}: {folder / item['path']} is not the text the gold was written on")
        pairs = sum(1 for entry in data["pairs"].values()
                    if all((folder / entry[s]["path"]).is_file() for s in SIDES))
        missing += len(data["pairs"]) - pairs
        print(f"{split:8} {folder}: {pairs}/{len(data['pairs'])} pairs whole; "
              + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return missing


def recipe(split: str, pair: str, side: str, raw: Path, lookup: str | None, check: bool,
           members: Path | None = None) -> None:
    """Store (or check) the recipe of one text from its raw capture and the right text in the split's folder, in
    the split's members.json (or ``members``, a part of it being written)."""
    path, data = _members(split, members)
    if pair not in data["pairs"]:
        raise SystemExit(f"error: {split} has no pair {pair}")
    item = data["pairs"][pair][side]
    text_path = OUTSIDE_SPLITS[split].folder() / item["path"]
    if not text_path.is_file() or _sha(text_path.read_bytes()) != item["sha256"]:
        raise SystemExit(f"error: {text_path} is absent or not the text the gold was written on")
    captured = capture_text(raw, item)
    text = text_path.read_text(encoding="utf-8")
    ops = item["recipe"]["ops"] if check and "recipe" in item else diff_ops(captured, text)
    rebuilt = apply_ops(captured, ops)
    if _sha(rebuilt.encode("utf-8")) != item["sha256"]:
        raise SystemExit(f"error: the ops do not rebuild {text_path} from {raw}")
    inserted = sum(len(op[2]) for op in ops)
    print(f"{split} {pair} {side}: {len(ops)} edits, {inserted} characters inserted, "
          f"{sum(op[1] - op[0] for op in ops)} removed")
    if check:
        return
    item["recipe"] = {"capture_sha256": _sha(captured.encode("utf-8")), "lookup": lookup or "", "ops": ops}
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("status", "restore"):
        p = sub.add_parser(name)
        p.add_argument("--split", action="append", choices=sorted(OUTSIDE_SPLITS), help="default: every outside split")
        if name == "restore":
            p.add_argument("--raw", type=Path, help="folder of raw captures (<pair>/<side>.raw.json); default: the "
                                                    "split's text folder")
    p = sub.add_parser("recipe")
    p.add_argument("--split", required=True, choices=sorted(OUTSIDE_SPLITS))
    p.add_argument("--pair", required=True)
    p.add_argument("--side", required=True, choices=SIDES)
    p.add_argument("--raw", required=True, type=Path)
    p.add_argument("--lookup", help="the look-up that returned the capture, e.g. 'search pages: <query>'")
    p.add_argument("--check", action="store_true", help="only check that the stored ops rebuild the text")
    p.add_argument("--members", type=Path, help="the members file to read and write (default: the split's "
                                                "members.json), e.g. a part of it being annotated")
    args = parser.parse_args(argv)
    if args.command == "recipe":
        recipe(args.split, args.pair, args.side, args.raw, args.lookup, args.check, args.members)
        return 0
    splits = args.split or list(OUTSIDE_SPLITS)
    missing = restore(splits, getattr(args, "raw", None), dry=args.command == "status")
    return 1 if missing and args.command == "restore" else 0


if __name__ == "__main__":
    sys.exit(main())
