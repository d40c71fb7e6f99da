"""Real discrepancies of the outside pairs' gold the checks missed (session 18, read on fresh2 ... fresh13): a sign
dropped from an amount, a person's given name changed, a figure rounded the wrong way, and a figure of a table's
row changed where the sentence gives another of the row's figures exactly. The sentences are our own."""

from __future__ import annotations

import pytest

from alignment import compare

from tests.conftest import found_discrepancies as _found

_RATE = ("At the same time, the bank is lowering the interest rate on sight deposits above a given threshold by 0.5 "
         "percentage points, to {}.")


def test_a_minus_sign_dropped_is_a_number_conflict():
    found = _found(_RATE.format("−0.75%"), _RATE.format("0.75 percent"))
    assert ("number", "0.75", "−0.75") in found
    # and one added
    assert ("number", "-0.75", "0.75") in _found(_RATE.format("0.75%"), _RATE.format("-0.75%"))


@pytest.mark.parametrize("article", [
    _RATE.format("minus 0.75 percent"),  # the sign in words
    _RATE.format("−0.75 percent"),  # kept
])
def test_a_sign_kept_is_no_conflict(article):
    assert _found(_RATE.format("−0.75%"), article) == []


def test_a_sign_said_by_a_word_of_change_or_a_range_is_no_conflict():
    # "fell 0.4%" says the sign of "-0.4%" in words
    assert _found("Output in the region shrank by 1.2% in the second quarter, after growth of -0.4% in the first.",
                  "Output in the region shrank by 1.2% in the second quarter, after it fell 0.4% in the first.") == []
    # a hyphen between two figures is a range's, no sign
    assert _found("The economy grew 2.1% in the quarter, and exports rose 3-4% over the year.",
                  "The economy grew 2.1% in the quarter, and exports rose 3 to 4% over the year.") == []


_THANKS = ("\u201cI wish to express my gratitude to Tyrone Seale for having acted in the position of spokesperson "
           "to the President since July 2020.\u201d")
_ACTING = "Tyson Seale, who has acted as spokesperson to the President since July 2020, was thanked for his work."


def test_a_given_name_changed_is_a_name_conflict_where_the_article_also_writes_the_sources():
    quoted = _ACTING + " \"I wish to express my gratitude to Tyrone Seale,\" the President said."
    assert ("name", "Tyson", "Tyrone") in _found(_THANKS, quoted)
    # the article's one form alone may be the person's other name: nothing to read it against
    assert _found(_THANKS, _ACTING) == []


@pytest.mark.parametrize(("source_name", "article_name"), [
    ("Joe", "Jill"),  # another person of the family: another start
    ("Daniel", "Dan"),  # a short form
    ("Michael", "Mike"),  # a short form of another length
])
def test_another_persons_or_a_short_given_name_is_no_conflict(source_name, article_name):
    source = f"Mayor {source_name} Carter thanked residents for their patience during the repairs to the bridge."
    article = (f"{article_name} Carter thanked residents for their patience during the repairs to the bridge. "
               f"{source_name} Carter was elected in 2020.")
    assert [f for f in _found(source, article) if f[0] == "name"] == []


_ELIGIBLE = ("The department estimates that {} borrowers in the state are eligible for relief, and {} of them are "
             "eligible for up to $20,000 because they received Pell grants.")


def test_a_round_figure_is_no_rounding_of_an_exact_half_below_it():
    # 785,500 rounds to 786,000 (an exact half rounds up): "785,000" is another figure
    assert ("number", "785,000", "785,500") in _found(_ELIGIBLE.format("1,190,500", "785,500"),
                                                      _ELIGIBLE.format("1,190,500", "785,000"))
    assert _found(_ELIGIBLE.format("1,190,500", "785,500"), _ELIGIBLE.format("1,190,500", "786,000")) == []
    assert _found(_ELIGIBLE.format("1,190,500", "785,400"), _ELIGIBLE.format("1,190,500", "785,000")) == []


_STATE_TABLE = ("The department released estimates of the borrowers eligible for relief in every state.\n\n"
                "State Borrowers Pell borrowers\n\nOH 1,677,800 1,085,700\n\nOK 454,300 321,600\n\n"
                "OR 499,000 332,100\n\nPA 1,717,300 988,800\n")


def _row_flags(article: str) -> list[tuple[str, str, str]]:
    report = compare(_STATE_TABLE, article)
    return [(str(x.kind), x.text, x.source_text) for x in report.discrepancies]


def test_a_figure_of_a_tables_row_changed_beside_one_given_exactly_is_a_number_conflict():
    article = ("In Oklahoma, officials estimated 454,300 borrowers are eligible for the relief, and 312,600 of them "
               "received Pell grants.")
    assert ("number", "312,600", "321,600") in _row_flags(article)
    # the row's figures given right: nothing
    assert _row_flags(article.replace("312,600", "321,600")) == []


@pytest.mark.parametrize("other", [
    "71% of them received Pell grants",  # a percentage: no cell of the row
    "one in nine of them received Pell grants",  # another figure, far from the row's
])
def test_a_figure_of_another_kind_beside_a_rows_figure_is_no_conflict(other):
    article = f"In Oklahoma, officials estimated 454,300 borrowers are eligible for the relief, and {other}."
    assert [f for f in _row_flags(article) if f[0] == "number"] == []
