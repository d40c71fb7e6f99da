"""Planted edits the checks missed on unseen articles (session 21, issue 18, read on fresh16's, fresh15's and
fresh14's misses, then on the other splits'): a name changed right before or after words the article copies, its
other side the article's own. The sentences are our own."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


# ------------------------------------------------------------------------------------------------ names
def test_a_name_changed_before_words_the_article_copies_is_flagged_on_a_weak_pair():
    source = ("Through all those years, Senator Halvorsen was also a man of deep faith and of a quiet humour, "
              "loved by colleagues of both parties.")
    article = "The governor went on to say that Okoro was also a man of deep faith."
    assert _found(source, article) == [("name", "Okoro", "Halvorsen")]
    assert _found(source, article.replace("Okoro", "Halvorsen")) == []


def test_a_name_changed_after_words_the_article_copies_is_flagged():
    source = "The regulator said the cargo had been loaded onto a ship bound for the port of Valparaiso."
    article = ("Officials in the capital said on Monday that the cargo had been loaded onto a ship bound for the port "
               "of Rotterdam.")
    assert ("name", "Rotterdam", "Valparaiso") in _found(source, article)


def test_a_name_beside_copied_words_that_is_the_sources_written_otherwise_is_no_discrepancy():
    # one name written as one word or two
    source = "Residents should continue to use the services of Grace Kennedy Payment Services at their branches."
    article = ("The bank urged residents to continue to use the services of GraceKennedy Payment Services at their "
               "branches.")
    assert _found(source, article) == []


def test_on_a_weak_pair_a_lone_new_name_after_the_sources_place_preposition_is_flagged():
    source = ("On May 2, 2023, border officers assigned to the Laredo cargo facility stopped a refrigerated truck "
              "making entry from Guatemala.")
    article = "Inspectors stopped a big truck coming from Portugal on May 2."
    assert _found(source, article) == [("name", "Portugal", "Guatemala")]
    assert _found(source, article.replace("Portugal", "Guatemala")) == []
    # two new names: which stands for the source's is not known
    assert _found(source, "Inspectors from Laredo stopped a big truck coming from Portugal, Spain on May 2.") == []
    # a part of the name the article adds, after a mark: no other name in the source's place
    source = "Okoro was assigned to the 3rd Battalion, 7th Special Forces Group, U.S. Army, at Fort Kellan."
    article = "He was assigned to the 3rd Battalion, 7th Special Forces Group (Airborne) out of Fort Kellan."
    assert _found(source, article) == []
