"""may_hold_neutralised: the Parquet copies skip restoring a table only when no cell of it could need it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alignment.outputs.csv_tables import csv_text, may_hold_neutralised, restore_cell

CELLS = st.one_of(st.sampled_from(["=1+1", "@SUM(A1)", "-2+3", "-0.5", "'=x", "''@y", "it's", "Ukraine’s", "a,'b",
                                   "\t=x", "\r+1", "two\n'=lines", "'", "x'", '"=q"', ""]),
                  st.text(alphabet="'=+-@,\"\n\r\t ab1", max_size=8))


@settings(deadline=None, suppress_health_check=list(HealthCheck), max_examples=300)
@given(st.lists(st.lists(CELLS, min_size=2, max_size=2), max_size=5), st.booleans())
def test_a_table_said_to_hold_no_neutralised_cell_has_none(tmp_path_factory, rows, excel) -> None:
    text = csv_text(["a", "b"], rows, excel=excel)
    path = Path(tmp_path_factory.mktemp("csv")) / "t.csv"
    path.write_bytes(text.encode("utf-8-sig" if excel else "utf-8"))
    read = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))[1:]
    changed = any(restore_cell(c) != c for r in read for c in r)
    if changed:
        assert may_hold_neutralised(path)


def test_plain_tables_are_seen_as_such(tmp_path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(csv_text(["a", "b"], [["Ukraine’s", "it's"], ["-0.5", "x'y"], ["two\nlines", "'"]]),
                    encoding="utf-8")
    assert not may_hold_neutralised(path)
    path.write_text(csv_text(["a", "b"], [["ok", "=cmd()"]]), encoding="utf-8")
    assert may_hold_neutralised(path)
    path.write_text(csv_text(["a", "b"], [["ok", "=cmd()\nmore"]], excel=True), encoding="utf-8-sig")
    assert may_hold_neutralised(path)
