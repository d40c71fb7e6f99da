"""Benchmark: the instructions pair scoring and alignment take on one of ``tests/test_limits.py``'s shapes, counted
by callgrind for each ``--code`` checkout: a figure that other work on the machine does not move, where
``limit_stages.py``'s CPU seconds do (on a shared 2-core machine a stage's time moves by a tenth from one run to
the next).

The shape is built and analysed (spaCy's parse and the segmentation) once, in this process, with this checkout;
each checkout's child process gets the analysed texts (pickled), profiles them, scores every pair and aligns once
unmeasured (to warm its caches), then runs the stage asked for once inside ``operator.call``: only that call is
counted (``--toggle-collect=_operator_call``), with ``PYTHONHASHSEED=0`` (see ``tool_instructions.py``). The child
also prints a digest of what the stage returned, so that two checkouts are seen to give the same result.

Usage: ``python benchmarks/limit_instructions.py [--shape both] [--size 600] [--stage align|score]
[--code DIR ...]`` (default: this checkout; an older one made with ``git archive COMMIT | tar -x -C DIR``)
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: run in the child under callgrind, with the checkout first on its path: argv = pickle, stage
_CHILD = """
import hashlib, operator, pickle, sys
from alignment import Config
from alignment.engine import align as al
from alignment.engine.match import profile_segments, score_pairs
config = Config().validate()
src, der = pickle.load(open(sys.argv[1], "rb"))
src_claims = [i for i, s in enumerate(src.segments) if s.is_claim]
der_claims = [i for i, s in enumerate(der.segments) if s.is_claim]
sp, dp = profile_segments([src, der], [[s.is_claim for s in src.segments], [s.is_claim for s in der.segments]])
scores = score_pairs(dp, der_claims, sp, src_claims)
al.align(der, src, dp, sp, scores, config, {})
if sys.argv[2] == "score":
    out = operator.call(score_pairs, dp, der_claims, sp, src_claims)
    out = (list(out.found.items()), list(out.found_rev.items()), list(out.support.items()), list(out.coverage.items()))
else:
    out = operator.call(al.align, der, src, dp, sp, scores, config, {})
print("digest", hashlib.sha256(repr(out).encode()).hexdigest()[:16])
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", default="both", choices=["both", "quotes", "lines"])
    parser.add_argument("--size", type=int, default=600)
    parser.add_argument("--stage", default="align", choices=["align", "score"])
    parser.add_argument("--code", nargs="*", type=Path, default=[ROOT])
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from alignment import Config
    from alignment.api import _analyze, _as_document

    from tests.test_limits import build

    config = Config().validate()
    source, derivative = build(args.shape, args.size)
    analysed = (_analyze(_as_document(source, "source"), config, "S", "auto"),
                _analyze(_as_document(derivative, "derivative"), config, "D", "auto"))
    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "analysed.pkl"
        state.write_bytes(pickle.dumps(analysed))
        for code in args.code:
            out = Path(tmp) / "callgrind.out"
            child = subprocess.run(
                ["valgrind", "--tool=callgrind", "--toggle-collect=_operator_call", f"--callgrind-out-file={out}",
                 sys.executable, "-c", _CHILD, str(state), args.stage],
                capture_output=True, text=True, cwd=tmp,
                env={**os.environ, "PYTHONPATH": str(code.resolve()), "PYTHONHASHSEED": "0"}, check=True)
            total = re.search(r"^summary: (\d+)", out.read_text(), re.MULTILINE)
            digest = re.search(r"^digest (\w+)", child.stdout, re.MULTILINE)
            print(f"{code}  {args.shape} {args.size} {args.stage}: {int(total.group(1)) if total else 0:,} instructions"
                  f"  (result {digest.group(1) if digest else '?'})", flush=True)


if __name__ == "__main__":
    main()
