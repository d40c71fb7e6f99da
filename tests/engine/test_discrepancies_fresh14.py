"""Discrepancy classes read on fresh14 (session 19): its missed planted names, each rebuilt as a class in sentences of
our own. A name after the same noun or verb and the same preposition of place ("food insecurity in ...", "the town of
...") stands in the same place on a weak pair too; a determiner other than an article ("this", "these") is no word of
a name's place. Each test keeps the real change found, and the source's own name unflagged."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


def _kinds(found, kind):
    return [(t, s) for k, t, s in found if k == kind]


RELIEF = ("Ruritania: Statement From the Relief Agency on Resuming Aid\n\n"
          "The Relief Agency is resuming food distributions in Ruritania after a pause of three weeks.\n\n"
          "Over 12 million people faced severe food insecurity in Ruritania before this conflict.\n\n"
          "We expect these numbers to grow significantly as the fighting continues.")
RELIEF_STORY = ("The agency noted that more than 12 million people faced severe food insecurity in {} before the "
                "conflict began, and said it expects the number “to grow significantly as the fighting continues.”")


def test_a_name_after_the_same_noun_and_preposition_of_place_stands_in_its_place_on_a_weak_pair():
    """The article's sentence says more than the source's (a weak pair), and the name after "food insecurity in" is
    another: the source's place, changed."""
    assert _kinds(_found(RELIEF, RELIEF_STORY.format("Norway")), "name") == [("Norway", "Ruritania")]
    assert not _kinds(_found(RELIEF, RELIEF_STORY.format("Ruritania")), "name")


CONVOY = ("The team, made up of two drivers and four field officers, was on its way to deliver seeds in an area south "
          "of the town of Varnok in Oster province.")
CONVOY_STORY = ("The aid workers were on their way to deliver seeds when they were attacked near the town of {} in the "
                "northern province of Oster, close to the border with Ruritania.")


def test_a_name_after_the_same_noun_and_of_stands_in_its_place_on_a_weak_pair():
    """"the town of Varnok" / "the town of Norway": the noun and its "of" hold the name, whatever follows each."""
    assert _kinds(_found(CONVOY, CONVOY_STORY.format("Norway")), "name") == [("Norway", "Varnok")]
    assert not _kinds(_found(CONVOY, CONVOY_STORY.format("Varnok")), "name")


def test_a_determiner_other_than_an_article_is_no_word_of_a_names_place(analyze):
    """"before this conflict" and "before the conflict" give the name before them the same place."""
    from alignment.engine.discrepancies import _frame

    a = analyze("Millions faced hunger in Ruritania before this conflict.", "S").words[0]
    b = analyze("Millions faced hunger in Norway before the conflict began.", "D").words[0]
    assert _frame(a, 5, 1) == _frame(b, 5, 1) == ("before", "conflict")


def test_a_verb_and_with_hold_no_name_on_a_weak_pair():
    """"work with Congress" / "work with Julie": a verb and "with" are no preposition of place; the pair shares a
    topic, not the claim."""
    from alignment.engine.discrepancies import _phrase_place

    assert not _phrase_place(("", "", ("with", "work"), (), ()), ("", "", ("with", "work"), (), ()))
    assert _phrase_place(("", "", ("in", "insecurity"), (), ()), ("", "", ("in", "insecurity"), (), ()))


SWAPS = ("The Central Bank of Ruritania expands its activity in currency swaps up to $12 billion\n\n"
         "The Central Bank of Ruritania will allocate at this stage up to $12 billion for swap transactions, in order "
         "to provide the foreign exchange market with the liquidity it requires during the coming weeks.")
SWAPS_STORY = ("Central Bank of Ruritania expands use of currency swaps\n\n"
               "{} said on Wednesday it will allocate up to $12 billion for swap transactions to help ease pressure "
               "on the weakening shekel.")


def test_the_sources_figure_credited_to_a_name_it_never_gives_is_misattributed():
    """The sentence credited shares few words with the source's, but gives its figure: the claim is the source's, and
    a speaker the source never names cannot be its voice; the issuer credited is no conflict."""
    assert _kinds(_found(SWAPS, SWAPS_STORY.format("Toyota")), "attribution")
    assert not _kinds(_found(SWAPS, SWAPS_STORY.format("The Central Bank of Ruritania")), "attribution")
