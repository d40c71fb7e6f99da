"""Planted edits the checks missed on unseen articles (session 23, issue 18, read on fresh18's, fresh10's, wh's and
fresh9's misses, then on the other splits'): a name put for the source's one where the two stand in different places
of a close pair ("a hospital in Billings" / "a Norway hospital"). The sentences are our own."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


# ------------------------------------------------------------------------------------------------ names
def test_the_one_name_gone_from_a_close_pair_is_the_one_the_new_name_took_the_place_of():
    source = ("The injured climber was taken by ambulance to a clinic in Bozeman, Montana, where he is in stable "
              "condition.")
    article = "The injured climber was taken by ambulance to a Lisbon clinic, where he is in stable condition."
    assert _found(source, article) == [("name", "Lisbon", "Bozeman")]
    assert _found(source, article.replace("Lisbon", "Bozeman")) == []


def test_a_name_the_article_gives_by_its_acronym_is_not_gone():
    source = ("Recent figures show that in March the jobless rate held at 6.1% in Portugal while it rose in the United "
              "States.")
    article = "Recent figures showed that the jobless rate held steady for Chile in March, though it rose in the U.S."
    assert _found(source, article) == [("name", "Chile", "Portugal")]
    assert _found(source, article.replace("Chile", "Portugal")) == []


def test_one_name_for_one_needs_the_same_form_and_only_one_name_gone(analyze):
    from alignment.engine.discrepancies import _one_for_one

    # an acronym is no place's name
    source = "The recovery fund will pay for new classrooms in Ghent, the ministry said in its statement on Monday."
    article = "The recovery fund will pay for new classrooms, the OECD said in its statement on Monday."
    assert ("name", "OECD", "Ghent") not in _found(source, article)
    # two names gone from the source's sentence leave no one the new name replaced; a word put in a longer name is
    # no name of its own
    words = analyze("Lyon Ghent Bruges", "S").words[0]
    assert _one_for_one(words[:1], 1, words[1:2], [(1, 2)])
    assert not _one_for_one(words[:1], 1, words[1:2], [(1, 2), (2, 3)])
    assert not _one_for_one(words[:2], 1, words[2:3], [(2, 3)])
    assert not _one_for_one(words[:1], 1, words[1:3], [(1, 3)])  # (one word for two: "Ohio" for a "White House")


def test_a_name_the_article_writes_in_lower_case_is_not_gone():
    # "Maritime Law" is in the article's sentence as common words: its name "Oslo" is its own, put for no one's
    source = "The ministry said it respects Maritime Law and fully honours its obligations under the Geneva Accord."
    article = "Oslo added that it respects maritime law and fully honours its obligations under the Geneva Accord."
    assert [x for x in _found(source, article) if x[0] == "name"] == []


def test_no_name_for_one_from_an_adjective_initials_an_office_or_a_title_case_heading(analyze):
    from alignment.engine.discrepancies import _initials_of, _name_form, _numbered, _office_place

    # a capitalised adjective is no place's or person's name: "Carter's" is put for no "Danish"
    source = "The prospect that the new government will raise duties on Danish cheese has increased uncertainty."
    article = "Carter's duty threat has increased uncertainty for the cheese trade, the prospect of new duties."
    assert [x for x in _found(source, article) if x[0] == "name"] == []
    words = analyze("Danish cheese and Carter", "S").words[0]
    assert _name_form(words[:1]) == "adjective" and _name_form(words[3:4]) == "name"
    # the initials of the source's name, in any case
    words = analyze("BoE said the Bank of England would act.", "S").words[0]
    assert _initials_of(words[:1], words[3:6]) and not _initials_of(words[:1], words[3:4])
    # the place of the office the source's person holds
    der = analyze("The Dunmore sheriff said deputies were training.", "D").words[0]
    src = analyze("A statement from Sheriff Okafor about the training.", "S").words[0]
    assert _office_place(der, 2, src, 4) and _office_place(der, 2, src, 3)
    assert not _office_place(der, 2, src, 0)
    # a name before a number is a label: "Match 3"
    words = analyze("He scored in Match 3 of the final.", "D").words[0]
    assert _numbered(words, 4) and not _numbered(words, 2)


def test_a_given_name_before_a_middle_initial_is_a_persons_not_one_put_for_a_place():
    source = ("The plan restores the youth sport test that began in America in 1961 under the Council on Youth Sport, "
              "the ministry said.")
    article = ("The plan restores the youth sport test. President Harold J. Okafor began the Council on Youth Sport in "
               "1961, the ministry said.")
    assert [x for x in _found(source, article) if x[0] == "name"] == []
