"""The API's input decisions agree with the command line's (issue 17): what ``pressalign compare`` refuses in a
file, ``compare()`` refuses in a string, as the package's :class:`InputError` (one line), never a bare
``TypeError`` or an empty report."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from alignment import compare
from alignment.cli import app
from alignment.errors import AlignmentError, InputError
from alignment.text.reading import Document

from tests.conftest import DERIVATIVE, SOURCE

ARTICLE = DERIVATIVE.read_text(encoding="utf-8")

#: (what, text, the words both refusals share)
REFUSED = [
    ("empty", "", "empty or holds only whitespace"),
    ("whitespace only", " \t\n\r\n \u00a0\u3000\n", "empty or holds only whitespace"),
    ("NUL characters", "The minister\x00 met reporters.", "NUL"),
]


@pytest.mark.parametrize(("what", "text", "reason"), REFUSED, ids=[r[0] for r in REFUSED])
@pytest.mark.parametrize("side", ["source", "derivative"])
def test_the_api_refuses_what_the_command_line_refuses(tmp_path, what, text, reason, side):
    args = (text, ARTICLE) if side == "source" else (ARTICLE, text)
    with pytest.raises(InputError) as err:
        compare(*args)
    message = str(err.value)
    assert message.startswith(f"{side}: ") and reason in message and "\n" not in message
    bad = tmp_path / "bad.txt"
    bad.write_text(text, encoding="utf-8", newline="")
    files = (bad, DERIVATIVE) if side == "source" else (SOURCE, bad)
    result = CliRunner().invoke(app, ["compare", str(files[0]), str(files[1]), "-q"])
    assert result.exit_code == InputError.exit_code
    assert reason in result.output and result.output.count("\n") == 1, result.output


def test_a_document_is_checked_like_a_string():
    with pytest.raises(InputError, match=r"^notes\.txt: the text is empty"):
        compare(Document("  \n", "notes.txt"), ARTICLE)


@pytest.mark.parametrize("value", [b"The minister met reporters.", bytearray(b"The minister"), None, 42],
                         ids=["bytes", "bytearray", "None", "int"])
def test_anything_but_text_is_the_packages_error_not_a_type_error(value):
    for args, side in (((value, ARTICLE), "source"), ((ARTICLE, value), "derivative")):
        with pytest.raises(InputError) as err:
            compare(*args)
        assert isinstance(err.value, AlignmentError) and not isinstance(err.value, TypeError)
        assert str(err.value).startswith(f"{side}: a {type(value).__name__}, not text")
    if isinstance(value, bytes):
        assert "decode it first" in str(err.value)


def test_a_text_with_content_is_still_compared():
    report = compare("The minister met the press on Monday.", " The minister met reporters on Monday.\n")
    assert report.derivative.segments[0].status == "supported"
