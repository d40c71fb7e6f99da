"""Discrepancies of figures (numbers and dates) in the shapes news articles give them: a unit joined to its number by
a hyphen, a name qualifying what is counted, a list of figures keyed by names, a source segment copied into a longer
sentence, and a date in a sentence the alignment leaves unlinked. The sentences are our own, modelled on real
article/release pairs."""

from __future__ import annotations

import pytest

from alignment import compare
from alignment.model import Alignment, AlignmentLabel

#: shared sentences around each case, so that the pair aligns as in a real document
PAD = " Officials will meet again in the spring. The talks covered energy, climate and migration."


def _found(report):
    return [(str(x.kind), x.text, x.source_text) for x in report.discrepancies]


def _heads(analyze, text):
    from alignment.engine.discrepancies import _facts

    doc = analyze(text, "D")
    return [q.head for q in _facts(doc.text, doc.words[0])[1]]


def test_a_unit_joined_to_its_number_by_a_hyphen_is_what_the_number_counts(analyze):
    """"two 12-week placebo-controlled clinical trials" counts weeks (12) and trials (two), not placebos."""
    assert _heads(analyze, "It was tested in two 12-week placebo-controlled clinical trials of 406 women.")[1:] == \
        _heads(analyze, "It ran for 12 weeks in 406 women.")
    source = ("Efficacy of the gel was established in two 12-week placebo-controlled clinical trials of 406 healthy "
              "women aged 40 to 80.")
    derivative = "The gel's effectiveness was established in two 19-week clinical trials involving 406 women."
    assert _found(compare(source + PAD, derivative + PAD)) == [("number", "19", "12")]
    assert _found(compare(source + PAD, derivative.replace("19", "12") + PAD)) == []


def test_a_name_before_a_participle_qualifies_the_noun_counted(analyze):
    """"nearly 50 Ohio elected officials" counts officials: the name and the participle qualify the noun."""
    assert _heads(analyze, "The mayor was among nearly 50 Ohio elected officials at the forum.") == \
        _heads(analyze, "The mayor was among nearly 50 officials at the forum.")
    # (a participle after a common noun is no qualifier: the noun is what is counted)
    assert _heads(analyze, "The agency counted 3 million doses administered in May.") == \
        _heads(analyze, "The agency counted 3 million doses in May.")


#: a source sentence that lists figures of one thing, each keyed by a name
TARIFFS = ("The order imposes a 10% duty on Japan to address unfair subsidies, a 15% duty on Korea to address the "
           "flow of cheap steel across the border, and a 20% duty on India to address currency practices.")


@pytest.mark.parametrize(("derivative", "text", "source_text"), [
    ("India: A 30% levy on imported goods to offset currency practices.", "30", "20"),
    ("Korea faces a 25% tax on steel that crosses the border.", "25", "15"),
])
def test_an_entry_of_a_list_keyed_by_names_is_the_figure_given_for_the_same_name(derivative, text, source_text):
    assert _found(compare(TARIFFS + PAD, derivative + PAD)) == [("number", text, source_text)]


@pytest.mark.parametrize("derivative", [
    "India: A 20% levy on imported goods to offset currency practices.",  # the source's figure for India
    "Korea faces a 10% tax on steel that crosses the border.",  # Japan's figure: no list entry of its own name
])
def test_a_list_entry_needs_a_changed_figure_for_its_own_name(derivative):
    found = _found(compare(TARIFFS + PAD, derivative + PAD))
    assert [f for f in found if f[0] == "number" and f[1] == "20"] == []
    if "10%" in derivative:  # (Japan's 10% given for Korea is a figure the source gives: never flagged as changed)
        assert found == []


def test_a_name_near_a_single_figure_makes_no_list(analyze):
    """One figure of the thing in the source's sentence: a name near it keys no list ("China's economy grew 5%"
    says nothing of China's exports); each figure of a list needs a name of its own."""
    from alignment.engine.discrepancies import _facts, _keyed

    def keyed(text):
        doc = analyze(text, "S")
        return sorted(k[3] for k in _keyed(doc.words[0], tuple(_facts(doc.text, doc.words[0])[1])))

    assert keyed("Officials said China's economy grew 5% last year as factories reopened.") == []
    assert keyed("Exports to China rose 5% and imports from China fell 3% last year.") == []
    assert len(keyed(TARIFFS)) == 3


def _link(der, src, si: str, label: str, score: float, support: float):
    return (Alignment(source_id=si, derivative_id=der.segments[0].id, score=score, label=AlignmentLabel(label),
                      support=support, coverage=support, fuzzy=score),)


#: a source statement whose one sentence an article quotes within a longer paragraph
COPIED_SOURCE = ("The company is investing $20 billion this decade and up to $100 billion over twenty years. "
                 "Together, we are building an economy from the bottom up.")
COPIED = ("“The company is investing $20 billion this decade and up to $100 billion over 31 years to build chip "
          "plants in upstate New York, creating tens of thousands of good jobs for the state,” the governor said.")


def test_a_source_sentence_the_article_copies_whole_is_a_close_pair(analyze):
    """A copy of the whole source sentence, inside a longer one, holds less than half the article's sentence
    (a support below WEAK_SUPPORT) and is still a restatement: a figure in its place is the source's, changed."""
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(COPIED_SOURCE, "S"), analyze(COPIED, "D")
    found = find_discrepancies(der, src, _link(der, src, "S1", "copy", 0.9, 0.44))
    assert [(str(x.kind), x.text, x.source_text) for x in found] == [("number", "31", "twenty")]
    # the same words linked as a partial, a share of the topic: two amounts of years with no other word in common
    assert find_discrepancies(der, src, _link(der, src, "S1", "partial", 0.45, 0.44)) == ()


#: a proclamation that gives its date once, with other dates of other things
PROCLAMATION = ("Harvest Day, 2025\n\nOn October 12, 1620, the first settlers gathered the harvest in the valley. "
                "The Congress has requested the President proclaim the second Monday of October of each year as "
                "Harvest Day. I do hereby proclaim October 13, 2025, as Harvest Day.")


@pytest.mark.parametrize(("derivative", "text"), [
    ("The governor's office on Thursday released a proclamation designating Monday, October 16, 2025, as Harvest "
     "Day.", "October 16, 2025"),
    ("The governor's office on Thursday released a proclamation designating Monday, March 13, 2025, as Harvest Day.",
     "March 13, 2025"),
    ("The governor's office on Thursday released a proclamation designating Monday, October 13, 2023, as Harvest "
     "Day.", "October 13, 2023"),
])
def test_an_unlinked_date_meets_the_one_date_the_source_gives_for_the_same_thing(analyze, derivative, text):
    """A changed date is a rare word the alignment weighs heavily: the sentence may be linked to nothing. The one
    date of the source with two words around it in common ("as Harvest Day") is its counterpart; the source's year
    in its heading and its "second Monday of October" agree with it."""
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(PROCLAMATION, "S"), analyze(derivative, "D")
    found = find_discrepancies(der, src, ())
    assert [(str(x.kind), x.text, x.source_text) for x in found] == [("date", text, "October 13, 2025")]
    assert found[0].explanation.endswith("which the alignment does not link to it)")


@pytest.mark.parametrize("derivative", [
    # the source's date
    "The governor's office on Thursday released a proclamation designating Monday, October 13, 2025, as Harvest Day.",
    # a date of something else: no two words around it in common with a source date
    "The governor's office said on October 16, 2025, that the valley's farms had a good year.",
    # two source dates of different days with the words around them in common: no one counterpart
    "The settlers gathered the harvest in the valley on October 20, 1620.",
])
def test_an_unlinked_date_needs_one_counterpart_of_the_same_thing(analyze, derivative):
    from alignment.engine.discrepancies import find_discrepancies

    source = PROCLAMATION.replace("the first settlers gathered", "the first settlers gathered the harvest in the "
                                  "valley. On October 14, 1620, the settlers gathered")
    src, der = analyze(source, "S"), analyze(derivative, "D")
    assert [x for x in find_discrepancies(der, src, ()) if str(x.kind) == "date"] == []


@pytest.mark.parametrize(("derivative", "flagged"), [
    # the one count of each sentence, two nouns for one thing, two words before it in common
    ("The government is adding new export restrictions against around 151 enterprises that supply the army.", True),
    ("The government is adding new export restrictions against around 100 enterprises that supply the army.", False),
    # no two words around it in common: another count
    ("Around 151 enterprises in the region depend on the port, officials said.", False),
])
def test_the_one_count_of_each_sentence_may_name_the_thing_counted_in_other_words(derivative, flagged):
    source = ("We are also imposing new export restrictions on nearly 100 entities for supplying the army with "
              "drones and parts.")
    found = [f for f in _found(compare(source + PAD, derivative + PAD)) if f[0] == "number"]
    assert found == ([("number", "151", "100")] if flagged else [])


@pytest.mark.parametrize(("derivative", "flagged"), [
    ("The president is enacting the policy under Section 184 of the 1974 Trade Act, which allows tariffs for 150 "
     "days.", True),
    ("The president is enacting the policy under Section 122 of the 1974 Trade Act, which allows tariffs for 150 "
     "days.", False),
    # a section the source names elsewhere is the source's
    ("The president is enacting the policy under Section 301 of the 1974 Trade Act, which allows tariffs for 150 "
     "days.", False),
])
def test_a_labels_number_is_compared_with_the_same_labels_number(derivative, flagged):
    """"Section 184" / "section 122": a label's number is no amount, but another section is another law."""
    source = ("The President is invoking his authority under section 122 of the Trade Act of 1974, which allows "
              "surcharges for up to 150 days. The trade representative will also use its section 301 authority.")
    found = [f for f in _found(compare(source + PAD, derivative + PAD)) if f[0] == "number"]
    assert found == ([("number", "184", "122")] if flagged else [])
