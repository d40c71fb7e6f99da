"""Matching and alignment on small hand-made pairs: statuses, labels, many-to-many, details."""

from __future__ import annotations

from alignment import Config, compare


def _seg(side, phrase):
    pos = side.text.index(phrase)
    return next(s for s in side.segments if s.start <= pos < s.end)


def test_copy_paraphrase_and_addition():
    source = (
        "The central bank raised its main interest rate by a quarter point to 2 per cent.\n"
        "Inflation in the euro area remained close to the target of the bank.\n"
        "The governor will give a speech in Frankfurt next week.\n"
    )
    derivative = (
        "The central bank raised its main interest rate by a quarter point to 2 per cent.\n"
        "Prices across the euro area stayed close to the bank's target, officials said.\n"
        "Markets in Tokyo fell sharply after the announcement.\n"
    )
    r = compare(source, derivative)
    copy = _seg(r.derivative, "raised its main")
    assert copy.status == "supported"
    labels = {a.label.value for a in r.alignments if a.derivative_id == copy.id}
    assert labels == {"copy"}
    para = _seg(r.derivative, "Prices across")
    assert para.status in ("supported", "partial")
    assert _seg(r.derivative, "Markets in Tokyo").status == "added"
    assert _seg(r.source, "governor will give").status == "omitted"


def test_merge_of_two_source_sentences_is_many_to_one():
    source = (
        "The ministers condemned the missile strikes on civilian power plants.\n"
        "They pledged new funding for air defence systems in Ukraine.\n"
    )
    derivative = ("Condemning the missile strikes on civilian power plants, the ministers pledged new funding for air "
                  "defence systems in Ukraine.\n")
    r = compare(source, derivative)
    (d,) = r.derivative.segments
    assert d.status == "supported"
    assert set(d.aligned_to) == {s.id for s in r.source.segments}
    assert all(s.status == "covered" for s in r.source.segments)


def test_uk_us_spelling_does_not_hide_a_match():
    r = compare(
        "The defense ministers organized a program to modernize the harbor.\n",
        "Defence ministers organised a programme to modernise the harbour.\n",
    )
    assert r.derivative.segments[0].status == "supported"
    assert r.source.segments[0].status == "covered"


def test_unsupported_details_are_runs_with_offsets():
    source = "The two leaders called for a ceasefire in Gaza and more humanitarian aid.\n"
    derivative = "The two leaders called for a ceasefire in Gaza, the release of hostages and more humanitarian aid.\n"
    r = compare(source, derivative)
    (d,) = r.derivative.segments
    assert d.status == "supported"
    texts = [x.text for x in d.unsupported_details]
    assert texts == ["release of hostages"]
    for x in d.unsupported_details:
        assert r.derivative.text[x.start:x.end] == x.text


def test_a_preposition_heading_a_detail_joins_it():
    source = "The summit of the two leaders was held in Geneva.\nThey agreed to meet again.\n"
    for derivative, expected in (
        ("The summit of the two leaders was held in Geneva on 12 May 2024.\n", ["on 12 May 2024"]),
        ("In 2024 the summit of the two leaders was held in Geneva.\n", ["In 2024"]),
        # "in Geneva" is found, so its "in" is not marked; "with" heads no time or place
        ("The summit of the two leaders was held in Geneva with ceremony.\n", ["ceremony"]),
    ):
        r = compare(source, derivative)
        (d,) = r.derivative.segments
        assert [x.text for x in d.unsupported_details] == expected
        for x in d.unsupported_details:
            assert r.derivative.text[x.start:x.end] == x.text


def test_different_subjects_are_not_aligned():
    source = "They pledged support for Somalia's sovereignty and territorial integrity.\n"
    derivative = "They pledged support for Ukraine's sovereignty and territorial integrity.\n"
    r = compare(source, derivative)
    assert not r.alignments
    assert r.source.segments[0].status == "omitted"


def test_a_sentence_told_with_the_storys_own_name_is_no_different_subject():
    # A release names the disease by its acronym where the article, like the release elsewhere, names it: the two
    # sentences say the same in six words, and "Ebola" is a word the release uses. Somalia against Ukraine (above)
    # stays apart: neither text uses the other's name anywhere.
    source = ("Ebola outbreaks in west Africa are hard to contain without fast diagnosis.\n\n"
              "Both the RDT and the reference assay failed to detect a small number of EVD cases that tested positive "
              "by the Trombley test, all with very low amounts of virus.\n")
    derivative = ("However both tests failed to pick up a small number of Ebola cases that were identified by another "
                  "lab test which is not widely available.\n")
    r = compare(source, derivative)
    (d,) = r.derivative.segments
    assert _seg(r.source, "Both the RDT").id in d.aligned_to
    assert d.status in ("supported", "partial")
    assert _seg(r.source, "Both the RDT").status in ("covered", "partial")


def test_the_signer_named_in_a_title_the_parser_cuts_is_found_where_it_says_i():
    # "Statement from President Joe Biden | Ahead of ..." is one title line, so its signer speaks in "I am
    # announcing": the headline "Biden announces new grants for storm families" reports that sentence, which names
    # places the headline does not (cut in two, the title named no signer, and the two were about different things)
    source = ("Statement from President Joe Biden Ahead of the Second Anniversary of the Coastal Storm\n\n"
              "Two years ago, the storm destroyed four thousand homes along the coast.\n\n"
              "Today, I am announcing more than 300 new grants for the families of Port Elin and Marwick who lost "
              "their homes, their boats and their livelihoods to the surge.\n")
    derivative = ("Biden announces new grants for storm families\n\n"
                  "The grants will help families rebuild, officials said on Friday.\n")
    r = compare(source, derivative)
    headline = _seg(r.derivative, "Biden announces")
    assert _seg(r.source, "Today, I am").id in headline.aligned_to
    assert headline.status in ("supported", "partial")


def test_order_free():
    a = "Alpha company reported record profits this year.\nBeta company cut two thousand jobs in March.\n"
    b = "Beta company cut two thousand jobs in March.\nAlpha company reported record profits this year.\n"
    r = compare(a, b)
    assert all(s.status == "supported" for s in r.derivative.segments)
    assert {(x.source_id, x.derivative_id) for x in r.alignments} == {("S1", "D2"), ("S2", "D1")}


def test_a_claims_paragraph_supplies_the_names_it_left_behind():
    # The second source sentence does not name Gaza, but its paragraph does: an article sentence about
    # aid to Gaza still meets it. Somalia against Ukraine (above) stays apart: neither paragraph names both.
    source = (
        "The ministers discussed the war in Gaza at length. "
        "They called for ensuring UN aid delivery to civilians.\n"
        "They also discussed trade with Canada.\n"
    )
    derivative = "In Gaza, they agreed to ensure the delivery of aid to civilians.\n"
    r = compare(source, derivative)
    (d,) = r.derivative.segments
    assert d.status in ("supported", "partial")
    assert _seg(r.source, "They called for").id in d.aligned_to
    assert _seg(r.source, "trade with Canada").status == "omitted"


def test_a_short_source_line_does_not_align_to_every_sentence_that_names_it():
    # Pre-segmented evidence: the byline "Alex Massie" is wholly inside the claim, but supports almost
    # nothing of it (min_link_support); the sentence that carries the claim aligns.
    source = "Alex Massie\nMassie wrote that the comedy series was a minor offender by modern standards.\n"
    derivative = "Alex Massie wrote in January 2019 that the comedy series was a relatively minor offender.\n"
    r = compare(source, derivative, source_segmentation="lines", derivative_segmentation="lines")
    (d,) = r.derivative.segments
    assert d.aligned_to == ("S2",)


def test_unknown_segmentation_mode_is_refused():
    import pytest

    with pytest.raises(ValueError, match="segmentation"):
        compare("a b c", "a b c", source_segmentation="sentences")


def test_semantic_evidence_fuses_with_lexical(monkeypatch):
    # The semantic extra is optional; the fusion itself is tested with given cosines.
    import alignment.engine.semantic as semantic
    from alignment import Config

    source = (
        "The finance ministers agreed to boost funding for regional hospitals.\n"
        "The weather in the capital was cold and wet on Monday.\n"
    )
    derivative = "Officials promised more money for hospitals in the regions.\n"
    lexical = compare(source, derivative)
    assert not any(a.source_id == "S1" and a.label.value == "paraphrase" for a in lexical.alignments)

    def cosines(scores, der, src):
        return {p: (0.82 if src.segments[p[1]].text.startswith("The finance") else 0.1) for p in scores.support}

    monkeypatch.setattr(semantic, "pair_cosines", cosines)
    fused = compare(source, derivative, Config(semantic=True))
    (a,) = [a for a in fused.alignments if a.derivative_id == "D1"]
    assert (a.source_id, a.label.value, a.semantic) == ("S1", "paraphrase", 0.82)
    assert fused.config.semantic is True


def test_a_detail_drawn_from_a_second_sentence_joins_as_a_weak_counterpart():
    """The article sentence copies one statement sentence and adds one item of another's long list: the second
    sentence explains too little of it alone to be a counterpart, but it explains what the first does not."""
    source = (
        "The foreign ministers met in Geneva on Monday to discuss the war in Sudan and the flight of refugees to "
            "Chad.\n\n"
        "Delegates separately reviewed budgets, fisheries quotas, customs rules, tourism visas, port fees, "
        "the monitoring mission's mandate and other items on a long agenda.\n"
    )
    derivative = ("The foreign ministers met in Geneva on Monday to discuss the war in Sudan, the flight of refugees "
                  "and the monitoring mission's mandate.\n")
    r = compare(source, derivative)
    d = _seg(r.derivative, "foreign ministers")
    first, second = _seg(r.source, "met in Geneva"), _seg(r.source, "Delegates")
    assert set(d.aligned_to) == {first.id, second.id}
    assert d.status == "supported" and d.score == 1.0
    assert d.unsupported_details == ()
    # the weak link alone does not make the long list reported
    assert second.status == "omitted"
    # and without weak counterparts the mandate is left unsupported: the second sentence, next to the first and
    # sharing three words with the article sentence, still links, but as context, which adds no support
    off = compare(source, derivative, Config(weak_gain=1.0))
    d_off = _seg(off.derivative, "foreign ministers")
    assert d_off.aligned_to == (first.id, second.id)
    assert d_off.score < 1.0
    # the mandate is not counted as support, but it is no unsupported detail either: the source has these words
    # (in its second sentence), so the reader got them from the source
    assert d_off.unsupported_details == ()


def test_a_short_item_spread_over_one_paragraph_is_found_there():
    """'Humanitarian aid deliveries' takes one word from each of two sentences of one paragraph; an item that
    shares only one word with a paragraph about other things stays added."""
    source = ("The ministers discussed the humanitarian situation in the north and the safe return of families. "
              "They welcomed the aid convoys, the reopening of crossings and a new vaccination campaign.\n\n"
              "Trade ministers of Japan will meet in Osaka.\n")
    derivative = "Key points:\n\n- Humanitarian aid deliveries\n- Trade rules with Brazil\n"
    r = compare(source, derivative)
    item = _seg(r.derivative, "Humanitarian aid")
    assert item.status != "added" and 0.0 < item.score < 1.0  # found there, "deliveries" not
    assert set(item.aligned_to) == {_seg(r.source, "humanitarian situation").id, _seg(r.source, "aid convoys").id}
    assert _seg(r.derivative, "Trade rules").status == "added"


def test_an_added_claims_details_leave_out_the_names_the_source_is_about():
    source = ("Acme Corp reported record profits for the year.\n"
              "Acme Corp will open a new factory in Leeds.\n")
    derivative = "Acme Corp reported record profits for the year.\nAcme was fined in Brazil for dumping waste.\n"
    r = compare(source, derivative)
    added = _seg(r.derivative, "was fined")
    assert added.status == "added"
    texts = [d.text for d in added.unsupported_details]
    assert texts and all("Acme" not in t for t in texts)
    assert any("Brazil" in t for t in texts)
    for d in added.unsupported_details:
        assert r.derivative.text[d.start:d.end] == d.text
    # summaries count the details of supported and partial claims only
    assert r.summary["unsupported_details"] == sum(len(s.unsupported_details) for s in r.detailed()) == 0


def test_a_long_document_keeps_the_candidates_that_share_the_most(monkeypatch):
    """Past ``_MAX_CANDIDATES`` candidate pairs per segment, the ones whose shared words weigh the most are
    kept: the copied sentence is still found, and no claim is scored against more than the cap."""
    import alignment.engine.match as match

    fillers = [f"The ministry published note number {n} about regional fisheries quotas." for n in range(12)]
    target = "The ministry confirmed that the northern bridge will reopen to lorries in March."
    source = " ".join([*fillers[:6], target, *fillers[6:]])
    derivative = "Officials said the ministry confirmed that the northern bridge will reopen to lorries in March."
    uncapped = compare(source, derivative)
    monkeypatch.setattr(match, "_MAX_CANDIDATES", 3)
    seen = []
    real_found = match._found

    def found(*args, flip=False):
        out = real_found(*args, flip=flip)
        seen.append([(t, q) for q, t in out] if flip else list(out))  # as (query row, target row)
        return out

    monkeypatch.setattr(match, "_found", found)
    capped = compare(source, derivative)
    assert all(sum(1 for q, _ in out if q == row) <= 3 for out in seen for row in {q for q, _ in out})
    assert len(seen[0]) == 3  # the derivative claim shared "ministry" with all 13 source sentences
    bridge = "northern bridge"
    assert _seg(capped.derivative, bridge).aligned_to == _seg(uncapped.derivative, bridge).aligned_to
    assert _seg(capped.derivative, "northern bridge").status == "supported"


def test_a_source_sentence_that_repeats_a_claims_names_does_not_link_to_it():
    """The second statement sentence shares the company and the day with the article sentence, enough to pass
    ``min_link_support`` alone, but ranks far below the sentence that states the appointment and explains
    nothing it leaves out: it stays omitted. The third adds the bank the article mentions, and still links."""
    source = ("Acme Corp appointed Maria Lopez as chief financial officer on Tuesday, replacing the retiring John "
        "Smith.\n\n"
              "Acme Corp shares rose on Tuesday in early trading in Frankfurt.\n\n"
              "Maria Lopez previously ran the treasury of a Spanish bank.\n")
    derivative = ("Acme Corp on Tuesday named Maria Lopez, a former Spanish bank treasurer, its new chief financial "
                  "officer.\n")
    r = compare(source, derivative)
    d = _seg(r.derivative, "named Maria Lopez")
    states, repeats, adds = (_seg(r.source, p) for p in ("appointed Maria", "shares rose", "Spanish bank"))
    assert set(d.aligned_to) == {states.id, adds.id}
    assert repeats.status == "omitted" and repeats.aligned_to == ()
    assert d.status == "supported"
    # without the relative cut the repeating sentence links as before
    old = compare(source, derivative, Config(min_link_relative=0.0))
    assert set(_seg(old.derivative, "named Maria Lopez").aligned_to) == {states.id, repeats.id, adds.id}


def test_a_neighbour_that_names_what_a_counterpart_leaves_implicit_joins():
    """The counterpart says "He was appointed ..."; the sentence before it names him and shares nothing else
    with the claim: it joins as context. The sentence after shares only a common word, and a later sentence
    that names him again is no neighbour: neither joins. With ``context_gain=1`` only the counterpart links."""
    source = ("Born in Brisbane, Uhr trained in Sydney and in London.\n"
              "He was appointed a Knight Commander in 1972.\n"
              "A radiologist ran the new hospital wing.\n"
              "Patients came from across the state.\n"
              "Later the family gave papers of Uhr to the library.\n")
    derivative = "The radiologist Uhr was appointed a Knight Commander in 1972.\n"
    kw = {"source_segmentation": "lines", "derivative_segmentation": "lines"}
    r = compare(source, derivative, **kw)
    d = r.derivative.segments[0]
    names, states, common, later = (_seg(r.source, p) for p in ("Born in", "He was", "A radiologist", "Later"))
    assert set(d.aligned_to) == {names.id, states.id}
    assert common.aligned_to == () and later.aligned_to == ()
    # the context link adds to the claim's support, not to the coverage of the sentence that gives the name
    assert names.status == "omitted" and states.status == "covered"
    off = compare(source, derivative, Config(context_gain=1.0), **kw)
    d_off = off.derivative.segments[0]
    assert d_off.aligned_to == (states.id,)
    assert d.score > d_off.score
    # offsets still slice back to the text
    for seg in r.source.segments:
        assert source[seg.start:seg.end] == seg.text


def test_a_neighbour_that_repeats_the_claim_links_as_context_without_adding_support():
    """Next to the sentence that states the appointment, one repeats three of the claim's words: it links, but
    the claim's score and unsupported details stay as they were. The sentence before, which repeats only
    names, and a later one that repeats the same words away from the counterpart, do not link."""
    source = ("Shares of Acme Corp rose on Tuesday in early trading.\n"
              "Acme Corp appointed Maria Lopez as chief financial officer on Tuesday, replacing the retiring John "
                  "Smith.\n"
              "Its chief financial officer sits on the board of Acme Corp.\n"
              "The weather in Frankfurt was fine.\n"
              "Traders in Frankfurt went home early.\n"
              "The board of Acme Corp has a chief financial officer.\n")
    derivative = ("On Tuesday Acme Corp named Maria Lopez, a former Spanish bank treasurer, its new chief financial "
                  "officer.\n")
    kw = {"source_segmentation": "lines", "derivative_segmentation": "lines"}
    r = compare(source, derivative, **kw)
    off = compare(source, derivative, Config(context_min_shared=100), **kw)
    d, d_off = r.derivative.segments[0], off.derivative.segments[0]
    names_only, states, repeats, far = (_seg(r.source, p) for p in ("rose on", "appointed", "sits on", "has a chief"))
    assert d_off.aligned_to == (states.id,)
    assert set(d.aligned_to) == {states.id, repeats.id}
    assert names_only.aligned_to == () and far.aligned_to == ()
    assert (d.status, d.score, d.unsupported_details) == (d_off.status, d_off.score, d_off.unsupported_details)
    assert repeats.status == "omitted"


def test_a_source_headline_links_to_the_lead_that_restates_it():
    """The release's headline states the news its first sentence states again: the article's lead, explained by that
    sentence already, still links to the headline (a source line that merely names things does not: see above)."""
    source = ("Regulators approve Acme asthma inhaler\n\n"
              "The medicines regulator on Monday approved Breathwell, an inhaler made by Acme, for adults whose "
              "severe asthma is not controlled by steroids.\n\nThe company will launch it in May.\n")
    derivative = ("Breathwell wins approval\n\n"
                  "The medicines regulator has approved Breathwell, an asthma inhaler made by Acme, for adults whose "
                  "severe asthma is not controlled by steroids, after a trial in which attacks fell by half.\n")
    r = compare(source, derivative)
    headline = _seg(r.source, "Regulators approve")
    assert headline.is_claim and headline.status == "covered"
    lead = _seg(r.derivative, "The medicines regulator")
    assert headline.id in lead.aligned_to


def test_a_statements_title_is_covered_when_the_briefing_gives_its_subject_and_a_label_when_not():
    """A statement titled "Statement by the Governor on the Flood Relief Fund" is about the fund: a briefing that
    reports the fund covers its title; a briefing on other things leaves it a label (``not_a_claim``, ``heading``),
    not an omission."""
    source = ("Statement by the Governor on the Flood Relief Fund for Riverside Families\n\n"
              "Today I opened a relief fund of $20 million for the families of Riverside whose homes were damaged "
              "by the March floods.\n\nEach family may apply for up to $5,000 from next week.\n")
    derivative = ("Press Briefing by the Press Secretary\n\n"
                  "The Governor's new flood relief fund for Riverside families opens applications next week.\n\n"
                  "Each family whose home was damaged can receive up to $5,000 from the $20 million fund.\n")
    title = _seg(compare(source, derivative).source, "Statement by")
    assert title.is_claim and title.status in ("covered", "partial") and title.aligned_to
    unrelated = ("Press Briefing by the Press Secretary\n\n"
                 "The Governor will travel to the capital on Thursday to meet the trade delegation.\n")
    label = _seg(compare(source, unrelated).source, "Statement by")
    assert (label.status, label.reason, label.kind) == ("not_a_claim", "heading", "heading")


def test_the_two_headlines_are_linked_when_they_share_words_about_the_same_things():
    """Headlines put the same news in other words: sharing a name and a word is enough to link them (two
    sentences of a body need more), while a headline about something else stays apart."""
    source = ("Acme Announces Zorvex Significantly Reduced The Risk Of Cardiac Events In Outcomes Study\n\n"
              "Acme said that Zorvex reduced the risk of cardiac events by 15 percent in a study of 27,500 "
              "patients.\n")
    derivative = ("Acme cholesterol drug succeeds in cutting serious heart problems: study\n\n"
                  "The drug Zorvex reduced the risk of cardiac events by 15 percent, Acme said.\n")
    r = compare(source, derivative)
    d1, s1 = _seg(r.derivative, "Acme cholesterol"), _seg(r.source, "Acme Announces")
    assert (d1.id, s1.id) in {(a.derivative_id, a.source_id) for a in r.alignments}
    other = compare(source, "Rival firm Bolt opens new factory in Leeds: report\n\nBolt hired 300 staff.\n")
    assert not any(a.derivative_id == "D1" for a in other.alignments)


def test_a_reporting_verb_and_one_common_word_do_not_link():
    """Two sentences that both report someone's words share the verb and nothing else by it: "says" and "drug"
    do not make an aside about the writer's expert a counterpart of the company's quotation about the drug."""
    source = (
        "Northfield Pharma won approval for Calmora, a tablet for chronic migraine.\n"
        "\"Calmora gives patients with chronic migraine a new choice of drug,\" said Dr. Ana Ruiz, the company's "
        "medical director.\n"
        "The tablet will reach pharmacies in March.\n"
    )
    derivative = (
        "Regulators approved Calmora, a tablet for chronic migraine made by Northfield Pharma.\n"
        "(He says he has no ties to the drug or its maker.)\n"
    )
    r = compare(source, derivative)
    aside = _seg(r.derivative, "no ties")
    assert aside.status == "added", aside.reason
    assert aside.aligned_to == ()


def test_the_names_of_the_main_actors_do_not_relate_sentences_by_themselves():
    """Names that most sentences of both texts carry (the two countries of a bilateral meeting) say that two
    sentences come from the same story, not that they say the same thing: a source sentence about the Copper
    Dialogue that shares only those names and "Dialogue" or "cooperation" with article sentences is omitted, and
    the article's sentence about another dialogue is added, not linked to it."""
    source = (
        "Norway and Chile agreed to expand salmon farming research in Patagonia.\n"
        "The ministers of Norway and Chile condemned illegal fishing in the Pacific.\n"
        "Norway welcomed Chile's plan to double offshore wind capacity by 2030.\n"
        "They noted existing Norway-Chile mining cooperation, including the Copper Dialogue.\n"
    )
    derivative = (
        "The Norway-Chile Strategic Dialogue underscored the strength of their partnership.\n"
        "Norway and Chile will expand salmon farming research in Patagonia, officials said.\n"
        "Chile and Norway condemned illegal fishing in the Pacific and pledged closer naval cooperation.\n"
        "Chile plans to double its offshore wind capacity by 2030.\n"
    )
    r = compare(source, derivative)
    copper = _seg(r.source, "Copper Dialogue")
    assert copper.status == "omitted", copper.reason
    assert _seg(r.derivative, "Strategic Dialogue").status == "added"
    # the same names with the words of the same claim still link
    assert _seg(r.source, "salmon farming").status == "covered"
    assert _seg(r.derivative, "illegal fishing").status == "supported"


def test_a_neighbour_that_repeats_only_the_main_actors_and_one_word_is_no_context():
    """Next to the counterpart, a sentence that shares the two countries every sentence names and "research" does
    not say the claim again: it is no context link, and stays omitted without a counterpart."""
    source = ("Norway and Chile signed a fisheries agreement in Oslo on Monday.\n"
              "Norway and Chile will fund joint research on salmon diseases.\n"
              "Norway and Chile also discussed research vessels for the Antarctic.\n")
    derivative = ("Norway and Chile signed a fisheries agreement on Monday.\n"
                  "Norway and Chile will pay for joint research into salmon diseases.\n")
    r = compare(source, derivative)
    claim, vessels = _seg(r.derivative, "salmon"), _seg(r.source, "vessels")
    assert claim.aligned_to == (_seg(r.source, "fund joint").id,)
    assert vessels.aligned_to == () and vessels.status == "omitted"
    assert not any(a.source_id == vessels.id for a in r.alignments)


def test_a_month_does_not_make_two_sentences_about_different_things():
    """The different-things check asks what each sentence is about; a month says when. A sentence that gives the
    trial's stroke and death risk "in March" restates the statement's sentence on that risk (which names the trial,
    not the month); another country is still another thing."""
    source = ("The Zorvex trial at Leeds General Infirmary cut the risk of non-fatal stroke and cardiac death "
              "in adults with diabetes.\n")
    derivative = "In March, doctors will report how much the drug cut the risk of non-fatal stroke and cardiac death.\n"
    r = compare(source, derivative)
    assert r.derivative.segments[0].aligned_to == ("S1",)
    assert r.source.segments[0].status in ("covered", "partial")
    other = compare("They pledged support for Somalia's sovereignty and territorial integrity.\n",
                    "In May they pledged support for Ukraine's sovereignty and territorial integrity.\n")
    assert not other.alignments


def test_a_closing_attribution_is_not_part_of_what_an_article_must_report():
    """"..., according to the study published in <journal>" says where a claim comes from: an article that reports
    the fall and not the journal has reported the claim. An attribution that opens the claim stays part of it."""
    source = ("The rate of attacks in adults taking the new inhaler fell from 5.4 to 1.1 a year over 12 weeks, "
              "according to the study published today in the Northern Journal of Respiratory Research.\n")
    derivative = "Attacks in adults taking the inhaler fell from 5.4 to 1.1 a year.\n"
    r = compare(source, derivative)
    assert r.source.segments[0].status == "covered"
    plain = compare(source.replace("according to", "as reported by"), derivative)
    assert plain.source.segments[0].status == "partial"



def test_an_attribution_set_off_inside_a_claim_is_set_aside_up_to_its_comma():
    """A prosecutor's release attributes its facts mid-sentence ("The District Attorney said that, according to the
    indictment, the defendants ..."): the attribution runs to its comma and the claim's words after it count in
    its coverage (before, everything from "according to" on was read as a closing attribution, and a claim the
    article restates in full had coverage 0). An attribution that goes on past its comma (", which ...") is still
    set aside to the end."""
    source = ("The District Attorney noted that, according to court records, there are approximately 1.2 million "
              "open warrants across the city, most of them issued over a year ago.\n")
    derivative = ("The prosecutor said there are 1.2 million open warrants across the city, most issued over a "
                  "year ago.\n")
    seg = compare(source, derivative).source.segments[0]
    assert seg.status == "covered", (seg.score, seg.reason)
    assert seg.score > 0.5
    closing = ("The rate of attacks in adults taking the new inhaler fell from 5.4 to 1.1 a year, according to the "
               "study published today in the Northern Journal, which was funded by the Medical Research Council.\n")
    article = "Attacks in adults taking the inhaler fell from 5.4 to 1.1 a year.\n"
    seg = compare(closing, article).source.segments[0]
    shorter = compare(closing.replace(", which was funded by the Medical Research Council", ""), article)
    assert seg.status == "covered" and seg.score == shorter.source.segments[0].score, (seg.score, seg.reason)


_STATE_TABLE = ("The department released estimates of the borrowers eligible for relief in every state.\n\n"
                "State Borrowers Pell borrowers\n\nOH 1,677,800 1,085,700\n\nOK 454,300 321,600\n\n"
                "OR 499,000 332,100\n\nPA 1,717,300 988,800\n")


def test_a_specific_figure_shared_with_a_table_row_links_the_sentence_to_it():
    """A reporter names the state ("In Oklahoma") where the table has its code ("OK"): the two share one word, the
    figure, and one shared word relates nothing, except a specific figure (454,300: four significant digits, no
    year), which is a shared fact. The row is then reported, not omitted."""
    report = compare(_STATE_TABLE, "In Oklahoma, officials estimated 454,300 borrowers are eligible for the relief.")
    (seg,) = [s for s in report.derivative.segments if s.is_claim]
    rows = {s.text.split()[0]: s for s in report.source.segments if s.kind == "table_row"}
    assert rows["OK"].id in seg.aligned_to, (seg.aligned_to, seg.reason)
    assert rows["OK"].status != "omitted" and rows["OH"].status == "omitted", rows["OK"].reason


def test_a_round_figure_alone_relates_nothing():
    """"$10,000" (one significant digit) and a year are in many sentences: sharing one with one more word is no
    link."""
    report = compare("The plan cancels up to $10,000 of debt for each borrower in 2022.\n",
                     "A used car sold for $10,000 at the auction last week.")
    (seg,) = [s for s in report.derivative.segments if s.is_claim]
    assert seg.status == "added" and not seg.aligned_to, seg.reason


def test_a_tables_rows_do_not_make_the_source_look_longer_than_it_reads():
    """A fact sheet's fifty rows are fifty claims of one figure each: counted as running text they would make a
    news page of many stories look no longer than its source, and the slight-links rule for long derivatives
    would no longer apply (alignment.engine.align.derivative_is_long counts the running text only)."""
    from alignment.api import _analyze
    from alignment.engine.align import derivative_is_long
    from alignment.text.reading import Document

    config = Config()
    rows = "".join(f"\n\nST{n} {100 + n},{n:03d} {50 + n},{n:03d}" for n in range(40))
    source = _analyze(Document("The plan helps borrowers.\n\nIt starts in the fall." + rows, ""), config, "S", "auto")
    story = " ".join(f"Reporter {n} wrote about the plan for borrowers." for n in range(8))
    deriv = _analyze(Document(story, ""), config, "D", "auto")
    assert sum(s.kind == "table_row" for s in source.segments) == 40
    assert derivative_is_long(deriv, source, config)


def test_a_plain_integer_is_no_specific_figure():
    """A year or a count without separators ("in 645", "223 pounds") is shared by chance as often as not: only a
    figure written with a separator or a decimal point relates two sentences by itself."""
    from alignment.engine.align import _specific
    from alignment.text.normalize import words

    assert [w.text for w in words("645 2022 223 454,300 3.63", 0, 26) if _specific(w)] == ["454,300", "3.63"]


def test_a_scale_word_alone_is_no_reported_figure():
    """A source sentence whose "12 million heat pumps" shares only "million" with "$86 million in assistance" does
    not have its figure reported (judge_source keeps a claim with a reported figure partial however little else
    is found)."""
    from alignment.engine.align import _bare_scale
    from alignment.text.normalize import words
    from alignment.text.segment import TaggedWord

    tagged = [TaggedWord(w, "", w.key) for w in words("deploying 12 million heat pumps", 0, 31) if w.content]
    assert [t.word.text for t in tagged] == ["deploying", "12", "million", "heat", "pumps"]
    assert _bare_scale(tagged, 2, frozenset({2, 3}))  # "million" found, "12" not
    assert not _bare_scale(tagged, 2, frozenset({1, 2}))  # "12 million" found
    assert not _bare_scale(tagged, 1, frozenset({1}))  # a number is no scale word


def test_a_claim_giving_a_rows_figure_is_supported_though_it_writes_out_the_rows_label():
    """"Mississippi" for the row's "MS": the state a story names is the label of the row whose figure it gives, no
    new fact, so the claim is supported (the code is the state: lang ``region_codes``; and were it not, from
    min_support_restated like any restatement without new facts); the same sentence with a figure no row has is
    partial at most."""
    table = _STATE_TABLE.replace("OR 499,000", "MS 417,200 316,400\n\nOR 499,000")
    text = "In Mississippi, 417,200 borrowers are eligible for relief, local officials estimated."
    (seg,) = [s for s in compare(table, text).derivative.segments if s.is_claim]
    assert seg.status == "supported", (seg.score, seg.reason)
    assert any("Mississippi" in d.text for d in seg.unsupported_details)  # a name the source lacks, yet no new fact
    (other,) = [s for s in compare(table, text.replace("417,200", "418,900")).derivative.segments if s.is_claim]
    assert other.status != "supported", (other.score, other.reason)


def test_an_amount_shared_in_a_long_derivative_is_no_chance_meeting():
    """In a page many times longer than its statement, a link holding a slight share of both claims is taken for
    chance, and a claim with only such links for the story's own; one that gives the statement's amount with its
    scale ("$20 billion") met it by no chance."""
    source = ("Acme, an American company, is investing $20 billion dollars this decade and up to $100 billion over "
              "twenty years in chip manufacturing in upstate New York.\n\nThe plant will employ thousands of workers.")
    chatter = " ".join(f"Reporter {n} walked past the old mill on the river and counted the geese there." for n
                       in range(8))
    story = chatter + " Acme would spend $20 billion through 2030 as it ramps up operations."
    report = compare(source, story)
    seg = next(s for s in report.derivative.segments if s.text.startswith("Acme would"))
    assert seg.status != "added" and seg.aligned_to == ("S1",), (seg.status, seg.reason)


def test_a_rows_figure_given_in_round_terms_restates_the_row():
    """"more than 3.3 million" for the row's 3,323,200: the story's figure is found in the row (the row's exact
    figure is not in the story), which is as much a restatement of the row as the exact figure."""
    table = _STATE_TABLE.replace("OR 499,000", "TX 3,323,200 2,306,700\n\nOR 499,000")
    text = "In Texas, more than 3.3 million borrowers are eligible for relief, officials said."
    report = compare(table, text)
    (seg,) = [s for s in report.derivative.segments if s.is_claim]
    row = next(s for s in report.source.segments if s.text.startswith("TX"))
    assert row.id in seg.aligned_to and seg.status == "supported", (seg.score, seg.reason)


def test_a_long_claim_giving_a_rows_specific_figure_is_linked_to_the_row():
    """The row's figure is a small share of a long sentence, too small for the claim to take the row as a
    counterpart or for the link model to keep it; the row takes the claim all the same, as a verified quotation
    takes its passage."""
    text = ("In a fact sheet put out by the department on how many people are eligible for relief under the plan, "
            "there are 454,300 people in Oklahoma eligible for relief.")
    report = compare(_STATE_TABLE, text)
    (seg,) = [s for s in report.derivative.segments if s.is_claim]
    row = next(s for s in report.source.segments if s.text.startswith("OK"))
    assert row.id in seg.aligned_to and row.status != "omitted", (seg.aligned_to, row.reason)


_TWO_LEADERS = ("The two leaders agreed to expand cooperation on clean energy and critical minerals.\n"
                "The Prime Minister invited the President to visit Canberra later this year.\n")


def test_a_reporters_opening_frame_is_not_part_of_what_the_source_must_support():
    """"In a readout posted on the government website, officials said that ...": who said it and where is the
    article's frame around what it reports, which the source, in its own voice, never says of itself. The claim is
    judged on what follows the frame; without a speech verb the same words are the claim's own."""
    framed = compare(_TWO_LEADERS, "In a readout posted on the government website, officials said that the two "
                                   "leaders agreed to expand cooperation on clean energy.\n")
    (seg,) = framed.derivative.segments
    assert seg.status == "supported" and seg.score >= 0.9, seg.reason
    plain = compare(_TWO_LEADERS, "In a readout posted on the government website, officials were glad that the two "
                                  "leaders agreed to expand cooperation on clean energy.\n")
    assert plain.derivative.segments[0].score < 0.6
    # no "that": the reported clause's subject right after the speech verb
    says = compare(_TWO_LEADERS, "A readout on the government website says the two leaders agreed to expand "
                                 "cooperation on clean energy.\n")
    assert says.derivative.segments[0].score >= 0.9, says.derivative.segments[0].reason
    shows = compare(_TWO_LEADERS, "A readout on the government website shows the two leaders agreed to expand "
                                  "cooperation on clean energy.\n")
    assert shows.derivative.segments[0].score < 0.6


def test_a_frame_may_say_where_and_when_before_its_that():
    """"The Ministry said in a statement on Thursday that ...": where and when it was said, a phrase opening with
    a preposition, lies between the speech verb and its "that"; it is frame all the same. "will announce in a video
    that ..." says what the author will do, not who reported it: the claim's own words."""
    framed = compare(_TWO_LEADERS, "The Ministry of Foreign Affairs said in a statement on Thursday that the two "
                                   "leaders agreed to expand cooperation on clean energy.\n")
    (seg,) = framed.derivative.segments
    assert seg.status == "supported" and seg.score >= 0.9, seg.reason
    future = compare(_TWO_LEADERS, "The Ministry of Foreign Affairs will announce in a statement on Thursday that "
                                   "the two leaders agreed to expand cooperation on clean energy.\n")
    assert future.derivative.segments[0].score < 0.9, future.derivative.segments[0].reason


def test_a_reporters_closing_frame_is_not_part_of_what_the_source_must_support():
    """", the minister's office wrote in a readout on Tuesday." closes the claim with its source; ", while ..." and
    ", and the office wrote ..." are clauses of their own. A quotation of words the source does not have stays
    ``added`` under its frame: the frame weighs how much of a restatement is the source's, not whether there is one."""
    claim = "The leaders agreed to expand cooperation on clean energy"
    framed = compare(_TWO_LEADERS, f"{claim}, the minister's office wrote in a readout on Tuesday.\n")
    assert framed.derivative.segments[0].status == "supported", framed.derivative.segments[0].reason
    for other in (", while the minister's office prepared a readout on Tuesday.",
                  ", and the minister's office wrote in a readout on Tuesday."):
        assert compare(_TWO_LEADERS, claim + other + "\n").derivative.segments[0].status == "partial"
    quoted = compare(_TWO_LEADERS, "“We will double our support for the miners and their families,” the minister's "
                                   "office said in a statement on Tuesday.\n")
    assert quoted.derivative.segments[0].status == "added"


_SIGNED = ("Statement by Governor Jane Roe on the Harbor Bridge\n\n"
           "Today I signed the law that funds the repair of the Harbor Bridge.\n\n"
           "The bridge carries forty thousand cars a day across the river.\n")


def test_the_signer_of_a_first_person_statement_is_found_where_it_says_i():
    """A statement in the first person ("Today I signed the law ...") is the signer's own voice; the article names
    the signer in the third person ("Governor Jane Roe signed a law ..."). The signer's name and office, found in the
    statement's title, count as found in the claims that say "I"; another person's name does not."""
    report = compare(_SIGNED, "Governor Jane Roe signed a law on Monday that funds the repair of the Harbor Bridge.\n")
    link = next(a for a in report.alignments if a.source_id == "S2")
    assert link.support >= 0.8, link
    other = compare(_SIGNED, "Mayor John Poe signed a law on Monday that funds the repair of the Harbor Bridge.\n")
    assert next(a for a in other.alignments if a.source_id == "S2").support < 0.6


def test_the_signer_is_read_from_the_title_the_opening_formula_or_the_signature(nlp):
    from alignment.engine.align import signer_keys
    from alignment.text.segment import segment

    def keys(text: str) -> list[str]:
        return sorted(signer_keys(segment(text, nlp, Config(), "S", official=True)))

    assert keys(_SIGNED) == ["governor", "jane", "roe"]
    # the first word of office with a name only: not the senator the statement mourns
    assert keys("Statement by President John Poe on the Passing of Senator Jane Roe\n\nI mourn her.\n") == [
        "john", "poe", "presid"]
    assert keys("Harbor Day, 2025\n\nNOW, THEREFORE, I, JOHN Q. POE, President of the Republic, proclaim it.\n") == [
        "john", "poe", "presid"]
    assert keys("Memorandum for the Secretary of State\n\nYou are directed to act.\n\nJOHN Q. POE JR.\n") == [
        "john", "poe"]
    assert keys("Readout of the meeting on the Harbor Bridge\n\nThe council met.\n") == []


def test_the_signers_opening_formula_starts_at_a_word():
    """"I, NAME," opens the formula only where "I" is a word of its own: "AI, Harbor Tools, ..." and "XI, Part Two,"
    name no signer; the name is the capitalised words up to the comma."""
    from alignment.lang import RULES_LANGUAGE

    opening = RULES_LANGUAGE.signer_opening
    assert opening is not None
    m = opening.search("NOW, THEREFORE, I, JOHN Q. POE, President of the Republic, proclaim it.")
    assert m is not None and m.group(1) == "JOHN Q. POE" and m.start() == 16
    assert opening.search("AI, Harbor Tools, and more.") is None
    assert opening.search("Chapter XI, Part Two, ends") is None
    assert opening.search("(I, Jane Roe, swear)").group(1) == "Jane Roe"


def test_a_states_common_name_meets_its_official_name():
    """An official text calls South Korea "the Republic of Korea (ROK)"; "South Korea" is the ROK, which the acronym
    rules tie to the official name. North Korea is not."""
    source = ("The President reaffirmed the commitment of the United States to the defense of the Republic of Korea "
              "(ROK) and its people.\n\nThe leaders discussed trade.\n")
    south = compare(source, "The President reaffirmed the U.S. commitment to the defense of South Korea.\n")
    assert south.derivative.segments[0].status == "supported" and not south.derivative.segments[0].unsupported_details
    north = compare(source, "The President reaffirmed the U.S. commitment to the defense of North Korea.\n")
    assert [d.text for d in north.derivative.segments[0].unsupported_details] == ["North Korea"]


#: a readout in the shape of a White House call readout, and a news story quoting its longest sentence whole
_READOUT = ("Readout of President John Poe's Call with Prime Minister Jane Roe of Freedonia\n\n"
            "President John Poe spoke today with Prime Minister Jane Roe of Freedonia.\n\n"
            "The President conveyed his intention to strengthen the close partnership between our nations and renew "
            "regional ties, underscoring the vital role of the alliance to our common defense and shared values.\n\n"
            "The leaders also discussed the need for coordination on trade.\n")
_CALL_STORY = ("Poe and Roe talk alliance and trade in first phone call\n\n"
               "President Poe and Prime Minister Jane Roe discussed trade and the alliance on Saturday in their first "
               "call.\n\n"
               "What they're saying: Poe \"conveyed his intention to strengthen the close partnership between our "
               "nations and renew regional ties, underscoring the vital role of the alliance to our common defense and "
               "shared values,\" a White House readout of the call said.\n")


def test_a_quotation_verified_in_a_source_claim_reports_it_whatever_the_rules_made_of_the_pair():
    """The readout's sentence is cut into two claims; the rules link the story's sentence to the second and, as
    "about different things" ("The President" against "Poe" and "White House"), see the first only as a neighbour
    repeating it. The quotation verified word for word in the first makes the link, and its words count on both
    sides: the first claim is covered, the story's sentence supported (not partial at the share of one half)."""
    r = compare(_READOUT, _CALL_STORY)
    assert _seg(r.source, "conveyed his intention").status == "covered"
    story = _seg(r.derivative, "What they're saying")
    assert story.status == "supported"
    assert "quote Q1 exact" in story.reason


def test_a_news_headline_without_a_tagged_verb_is_a_claim_when_it_meets_the_source_headline():
    """"Poe and Roe talk alliance and trade in first phone call": the tagger reads "talk" as a noun. The headline
    states the news and shares its main actors and the call with the readout's title (names the running text
    shares with every sentence, which do not relate two sentences there): a claim, linked to the title. A headline
    the source takes up nowhere stays a heading."""
    r = compare(_READOUT, _CALL_STORY)
    head = _seg(r.derivative, "Poe and Roe talk")
    assert head.is_claim and head.status in ("partial", "supported")
    assert "S1" in head.aligned_to
    body = _CALL_STORY.split("\n\n", 1)[1]
    other = compare(_READOUT, "Weekend briefing on harbor storms and ferry delays\n\n" + body)
    assert _seg(other.derivative, "Weekend briefing").status == "not_a_claim"


_LEAD_SOURCE = ("Readout of President John Poe's Call with Prime Minister Jane Roe of Freedonia\n\n"
                "President John Poe spoke today with Prime Minister Jane Roe of Freedonia.\n\n"
                "The President conveyed his intention to strengthen the partnership between our nations. "
                "President John Poe and Prime Minister Jane Roe agreed on the need for coordination on Ruritania. "
                "Poe also noted the importance of cooperation with Jane Roe on energy.\n")


def test_the_two_leads_are_linked_on_the_two_actors_they_name():
    """A readout's first sentence ("President John Poe spoke today with Prime Minister Jane Roe of Freedonia.") and
    a story's lead ("President John Poe and Prime Minister Jane Roe discussed on Saturday ... in their first phone
    call ...") share only the names every sentence of the pair has, which relate no two sentences of the running
    text; as leads naming the same two actors they give the same news (who met whom): linked. Another sentence
    naming the two and nothing more of the lead stays unlinked."""
    derivative = ("Poe and Roe talk energy and Ruritania in first phone call\n\n"
                  "President John Poe and Prime Minister Jane Roe discussed on Saturday issues including Borduria in "
                  "their first phone call since Roe took office.\n\n"
                  "President John Poe and Prime Minister Jane Roe also talked about energy, according to the "
                  "readout.\n")
    r = compare(_LEAD_SOURCE, derivative)
    lead = _seg(r.source, "spoke today")
    assert lead.status in ("covered", "partial") and lead.aligned_to == (_seg(r.derivative, "discussed on").id,)
    assert _seg(r.derivative, "discussed on").status == "partial"
    assert _seg(r.source, "need for coordination").status == "omitted"


def test_actors_counts_separate_runs_of_names(nlp):
    """"President John Poe and Prime Minister Jane Roe met." names two actors; "Queen Jane Roe II of Freedonia
    spoke." one, however many words her name takes: two leads sharing one actor's name share no news by it (a
    statement on the Queen and the story of her death)."""
    from alignment.engine.align import _actors
    from alignment.engine.match import profile_segments
    from alignment.text.segment import segment

    doc = segment("President John Poe and Prime Minister Jane Roe met.\n\nQueen Jane Roe II spoke.\n", nlp, Config(),
                  "D")
    two, one = profile_segments([doc], [[True, True]])[0]
    assert _actors(two, frozenset(range(len(two.words))), frozenset(two.names)) == 2
    assert _actors(one, frozenset(range(len(one.words))), frozenset(one.names)) == 1


def test_whose_word_a_claim_is_does_not_relate_two_claims():
    """"According to the National Institute of Health Statistics, ..." says whose figures these are: two sentences
    that give different figures on one agency's word share its name and no fact. Neither links to the other."""
    source = ("The regulator approved Hepavir, a pill for chronic hepatitis B.\n"
              "According to the National Institute of Health Statistics, the infection turns chronic in about "
              "one case in ten.\n")
    derivative = ("Regulators approved Hepavir, a pill for chronic hepatitis B.\n"
                  "Hepatitis B killed more than 800 people in the country last year, according to the National "
                  "Institute of Health Statistics.\n")
    r = compare(source, derivative)
    assert _seg(r.source, "turns chronic").status == "omitted", _seg(r.source, "turns chronic").reason
    assert _seg(r.derivative, "killed more than").status == "added"


def test_a_quotation_the_source_does_not_hold_supports_nothing_of_its_sentence():
    """"Nigeria's readout said the country intends “to broaden its trade and partnerships with the United States to
    some $60 billion.”" quotes someone else's readout: the quote check finds no passage of it in the source
    (``unsupported``), so its words met in the source's sentence on trade with the United States met it by chance.
    They count as found in no source claim, and the sentence is added, not a partial restatement."""
    source = ("President Alvarez spoke today with Prime Minister Okafor of Nigeria.\n"
              "The two leaders discussed trade between Nigeria and the United States over the next four years.\n"
              "President Alvarez also noted the importance of investments in clean energy.\n")
    derivative = ("President Alvarez spoke by phone with Nigerian Prime Minister Okafor on Wednesday.\n"
                  "Nigeria's readout said the country intends \u201cto broaden its trade and partnerships with the "
                  "United States to some $60 billion.\u201d\n")
    r = compare(source, derivative)
    assert [q.status for q in r.quotes] == ["unsupported"]
    readout = _seg(r.derivative, "readout said")
    assert readout.status == "added", readout.reason
    assert _seg(r.derivative, "spoke by phone").status == "supported"


def test_the_names_of_a_reporters_frame_are_no_new_fact():
    """", the Harbour Transit Authority said in a statement" says who gave the news, which the source, in its own
    voice, never says of itself: the names of the reporter's frame are no fact the source lacks, and a restatement
    in the article's own words under that frame is supported (``restated``). The same name in the claim itself
    (who shuts the bridge) is a new fact, and the claim stays partial."""
    source = ("The city will close the old north bridge to traffic for repairs from June 2.\n"
              "Buses will take a detour through the market square.\n")
    framed = ("The city is shutting the old north bridge to cars and trucks for urgent welding work from June 2, "
              "the Harbour Transit Authority said in a statement.\n"
              "Buses will detour through the market square.\n")
    claim = _seg(compare(source, framed).derivative, "welding work")
    assert claim.status == "supported" and claim.reason.startswith("restated"), claim.reason
    assert any("Harbour Transit Authority" in d.text for d in claim.unsupported_details)
    named = framed.replace("The city is shutting", "The Harbour Transit Authority is shutting").replace(
        ", the Harbour Transit Authority said in a statement", "")
    assert _seg(compare(source, named).derivative, "welding work").status == "partial"


def test_a_claim_whose_every_link_is_below_min_partial_is_added():
    """"The first public agency to honour the day was the coast guard, whose boats sailed in a parade with the fire
    brigade after the mayor signed the new executive order" meets the proclamation's "the first ever Harbour Day"
    and "I signed Executive Order 1417", a few words of each: each link alone would leave it added, and their sum
    restates neither sentence. It is added (``weak``, each link below min_partial); a claim with one link that
    restates its sentence is judged as before."""
    source = ("Today, I am very honored to proclaim May 3, 2025, as the first ever Harbour Day.\n"
              "On January 20, 2025, I signed Executive Order 1417 on the names of our harbours.\n"
              "I call upon public officials and all the people of the city to observe this day with ceremonies.\n"
              "The harbour has fed our families for three hundred years.\n")
    derivative = ("The mayor proclaimed May 3 Harbour Day.\n"
                  "The first public agency to honour the day was the coast guard, whose boats sailed in a parade "
                  "with the fire brigade after the mayor signed the new executive order.\n")
    r = compare(source, derivative)
    parade = _seg(r.derivative, "coast guard")
    assert len(parade.aligned_to) >= 2
    assert parade.status == "added" and "each link below min_partial" in parade.reason, parade.reason
    assert _seg(r.derivative, "proclaimed May 3").status == "supported"


_TRIAL_SOURCE = (
    "A hormonal injection for men prevented pregnancy in their partners, a new study reports.\n\n"
    "The men received injections of 200 milligrams of a long-acting progestogen called norethisterone enanthate and "
    "1,000 milligrams of a long-acting androgen called testosterone undecanoate to suppress their "
    "sperm counts.\n\n"
    "The couples agreed to use the injections as their only method of contraception for up to a year.\n\n"
    "Researchers stopped enrolling new participants because of side effects such as mood changes.\n"
)
_TRIAL_STORY = (
    "A contraceptive jab for men has proved effective at preventing pregnancy, researchers say.\n\n"
    "The trial involved 320 men who were given a hormone injection of progestogen, which blocks sperm production by "
    "acting on the pituitary gland, and testosterone, which offsets the resulting drop in male hormones.\n\n"
    "Some participants reported mood changes and acne.\n"
)


def test_two_long_sentences_sharing_rare_words_are_linked_however_slight_each_share(monkeypatch):
    """The story's trial sentence and the release's dosing sentence each carry details of their own, so neither
    finds a quarter of itself in the other (``min_pair_share``); but they share "injection", "progestogen",
    "sperm" and "testosterone", words no other claim of either text uses (``RARE_STRONG``): one fact, reported, so
    the dosing sentence is partly reported. Without the rule the pair is only a weak link, which reports nothing of
    the dosing sentence by itself: omitted."""
    from alignment.engine import align as align_module

    r = compare(_TRIAL_SOURCE, _TRIAL_STORY)
    d = _seg(r.derivative, "The trial involved")
    dosing = _seg(r.source, "The men received")
    assert d.status == "partial" and dosing.id in d.aligned_to, d.reason
    assert dosing.status == "partial" and d.id in dosing.aligned_to, dosing.reason
    monkeypatch.setattr(align_module, "RARE_STRONG", float("inf"))
    before = compare(_TRIAL_SOURCE, _TRIAL_STORY)
    assert _seg(before.source, "The men received").status == "omitted"


_HIGHLIGHTS = ("Study finds benefits of free school breakfasts\n\n"
               "The review found that free breakfasts:\n\n"
               "raised pupils' attendance by a tenth\n\n"
               "reduced reported hunger in class\n\n"
               "improved reading scores over two years\n\n"
               "LEEDS - A review of free breakfast clubs in primary schools has found that the clubs raised pupils' "
               "attendance by a tenth and reduced reported hunger in class.\n")
_HIGHLIGHTS_STORY = ("Free school breakfasts boost attendance\n\n"
                     "A review of breakfast clubs in primary schools found they reduced reported hunger in class, "
                     "among other benefits for the children.\n\n"
                     "The clubs also raised pupils' attendance by a tenth, improved their reading scores over two "
                     "years and helped them concentrate, the researchers said.\n")


def test_a_highlight_restated_whole_inside_a_long_sentence_is_covered(monkeypatch):
    """A release's highlights ("raised pupils' attendance by a tenth") are said again in its lead, which the story's
    long sentences report; each highlight is found whole there (``RESTATED_WHOLE``), however small a share of the
    story's sentence it is and although the lead explains the same words: covered, not omitted."""
    from alignment.engine import align as align_module

    r = compare(_HIGHLIGHTS, _HIGHLIGHTS_STORY)
    for phrase in ("raised pupils", "reduced reported hunger", "improved reading"):
        assert _seg(r.source, phrase).status == "covered", _seg(r.source, phrase).reason
    monkeypatch.setattr(align_module, "RESTATED_WHOLE", float("inf"))
    before = compare(_HIGHLIGHTS, _HIGHLIGHTS_STORY)
    assert _seg(before.source, "raised pupils").status == "omitted"
    assert _seg(before.source, "reduced reported hunger").status == "omitted"


def test_the_items_of_a_list_a_report_gives_in_one_sentence_are_linked_to_it():
    """A release lists the goods an order leaves out, one line each after "including:"; a story gives them in one
    long sentence. Each item it names is reported (linked to that sentence, as the list's lead-in is), however
    little of the long sentence the short line supports; an item it leaves out stays omitted."""
    source = (
        "The President signed an order today that sets a new fee on most imports from next month.\n\n"
        "Some goods will not be subject to the new fee because of the needs of the national economy, including:\n"
        "rare earth magnets used in wind turbines;\n\n"
        "frozen seafood and shellfish;\n\n"
        "vaccines and vaccine ingredients;\n\n"
        "certain medical devices; and\n\n"
        "printed books and newspapers.\n"
    )
    derivative = (
        "The President on Friday signed an order that sets a new fee on most imports from next month, officials "
        "said.\n\nA long list of goods will be spared from the fee, including rare earth magnets, coffee, cocoa, "
        "bananas, crude oil, natural gas, fertilizers, aircraft parts, vaccines, medical devices and printed "
        "newspapers, according to the text of the order published late on Friday by the administration.\n"
    )
    r = compare(source, derivative)
    devices = _seg(r.source, "certain medical devices")
    assert devices.kind.value == "sentence"
    assert devices.status in ("covered", "partial"), devices.reason
    last = _seg(r.source, "printed books")  # the last item, after "; and", ends with the sentence's stop
    assert last.status in ("covered", "partial"), last.reason
    # an item that shares a single word with the long sentence is related to it by the list
    vaccines = _seg(r.source, "vaccines and vaccine ingredients")
    assert vaccines.status in ("covered", "partial"), vaccines.reason
    seafood = _seg(r.source, "frozen seafood")
    assert seafood.status == "omitted", seafood.reason


def test_an_answer_after_a_reported_question_is_linked_to_the_source():
    """"When asked if ..., the prosecutor said that ...": the reported question is a clause of its own, and the main
    clause answers it with the release's words. The sentence asserts the answer: it is linked, and the release's
    sentence is reported."""
    source = ("The District Attorney filed a murder charge against the husband on Tuesday.\n\n"
              "State law allows prosecutors to file murder charges even though the victim's body has not been "
              "found.\n")
    derivative = ("The District Attorney charged the husband with murder on Tuesday.\n\n"
                  "When asked if the case would suffer without a body, the District Attorney said that state law "
                  "allows prosecutors to file murder charges even though the body has not been found.\n")
    report = compare(source, derivative)
    answer = _seg(report.derivative, "When asked")
    assert answer.status != "added" and answer.reason.split(":")[0] != "question", answer.reason
    law = _seg(report.source, "State law allows")
    assert law.status == "covered", law.reason


def test_a_place_against_a_figure_is_no_different_thing():
    # The statement gives how long the country waited for the law ("in almost thirty years"), the report where the
    # violence it aims at happens ("in America"): a place and a figure are not rival names, as two places are.
    source = ("We are shocked by the shooting at the parade this morning.\n\n"
              "Last month I signed the first major bipartisan gun safety legislation in almost thirty years, "
              "which will save lives.\n")
    derivative = "He also spoke about the new bipartisan gun safety legislation that aims to curb violence in Texas.\n"
    r = compare(source, derivative)
    assert _seg(r.source, "Last month I signed").id in r.derivative.segments[0].aligned_to
    # two places, or two figures, still make two different things
    other = compare("Last month the council passed the first major bipartisan gun safety bill in Ohio.\n",
                    "He also spoke about the new bipartisan gun safety bill that aims to curb violence in Texas.\n")
    assert not other.alignments
    figures = compare("The council passed the first major bipartisan gun safety bill in almost thirty years.\n",
                      "It is the second major bipartisan gun safety bill in 45 years.\n")
    assert not figures.alignments
    # "one" of "no one" is a pronoun as often as a count: against a place it still makes two different things
    pronoun = compare("The council passed a major bipartisan gun safety bill so that no one is left behind.\n",
                      "He also spoke about the new bipartisan gun safety bill that aims to curb violence in Texas.\n")
    assert not pronoun.alignments


def test_a_source_sentence_whose_amount_a_claim_reports_is_not_omitted():
    """A story's long sentence draws on a release's sentence that explains most of it, and gives too the amount of
    another sentence ("a planned $312 million investment", for "announced investments of over $312 million"): that
    sentence takes no counterpart of its own (the pair supports too little of the long claim, and what it adds is
    the figure alone), so it came out omitted. A figure is the fact: the claim that gives it reports the sentence.
    Without the figure, the sentence stays omitted."""
    source = ("The Department of Transportation today announced a plan to repair rural bridges, and county road "
              "agencies and small townships will receive new investments under the plan.\n\n"
              "The Federal Highway Administration announced investments of over $312 million to small townships.\n\n"
              "Construction on the first bridges is expected to begin next spring.\n")
    derivative = ("Jane Moss of Ohio Rural Roads, a Dayton nonprofit that offers training, advice and grants to "
                  "small townships, called the plan to repair rural bridges encouraging, in particular a planned "
                  "$312 million investment for county road agencies.\n\n"
                  "Work on the first bridges should begin next spring, officials said.\n")
    r = compare(source, derivative)
    figure = _seg(r.source, "$312 million")
    assert figure.status != "omitted", figure.reason
    assert _seg(r.derivative, "Jane Moss").id in figure.aligned_to
    r = compare(source, derivative.replace("a planned $312 million investment", "the investments"))
    assert _seg(r.source, "$312 million").status == "omitted"


def test_a_releases_highlight_lines_no_story_takes_up_are_labels_not_omissions():
    """A release opens with its headline and a few highlight lines that sum up its body ("Drug can block a tumour's
    blood supply"): a highlight the story does not take up is a label, as the title is (``not_a_claim``,
    ``heading``), while one it reports stays a claim; a sentence of the body the story leaves out is omitted."""
    source = ("New compound stops tumour growth in mouse trials\n\n"
              "Compound can block a tumour's blood supply\n\n"
              "Compound is cheap to make from common metals\n\n"
              "Tests in mice showed that the compound, NX-7, stopped the growth of lung tumours within two weeks.\n\n"
              "The team will apply for approval of a first human trial next year.\n")
    derivative = ("Mouse study raises hopes for lung cancer compound\n\n"
                  "A compound called NX-7 stopped lung tumours growing in mice within two weeks, researchers "
                  "said.\n\n"
                  "The compound is also cheap to make from common metals, the institute said.\n")
    r = compare(source, derivative)
    label = _seg(r.source, "blood supply")
    assert (label.status, label.reason, label.kind) == ("not_a_claim", "heading", "heading")
    assert _seg(r.source, "cheap to make").status in ("covered", "partial")
    assert _seg(r.source, "apply for approval").status == "omitted"


def test_a_verbless_summary_line_under_the_title_is_a_label_when_no_story_takes_it_up():
    """A page's summary under its title ("An update from the chief engineers on the state of the river bridges.")
    names what the page gives, as a verbless title does: left out by the story, it is a label (``heading``), not an
    omission; a sentence of the body the story leaves out stays omitted."""
    source = ("Update from the chief engineers on the river bridges\n\n"
              "An update from the chief engineers of Harlan Falls on the state of the river bridges.\n\n"
              "The engineers found cracks in two of the steel supports of the Riverside bridge.\n\n"
              "The bridge will close to heavy trucks from Monday.\n\n"
              "A ferry service for commuters is under study.\n")
    derivative = ("Engineers found cracks in two steel supports of the Riverside bridge, which will close to heavy "
                  "trucks from Monday.\n")
    r = compare(source, derivative)
    label = _seg(r.source, "An update from")
    assert (label.status, label.reason) == ("not_a_claim", "heading"), (label.status, label.reason)
    assert _seg(r.source, "ferry service").status == "omitted"


def test_a_line_introducing_the_statement_no_story_takes_up_is_furniture_not_an_omission():
    """A statement opens with a line that says who issued it and on what ("Mayor Ada Morrow issued the following
    statement in response to the flooding:", "The following statement was issued today by ..."): a story gives it by
    its attribution ("Morrow said in a statement") or not at all. Left out, it is boilerplate (not_a_claim), not an
    omission; a sentence of the statement the story leaves out stays omitted, and a lead-in that states a fact of its
    own ("... will make available 50 tonnes of grain in two ways:") is no such line."""
    for lead in ("Mayor Ada Morrow issued the following statement in response to the flooding in the valley:",
                 "HARLAN (CNS) - The following statement was issued today by Mayor Ada Morrow on the valley floods:"):
        source = (f"{lead}\n\n"
                  "\u201cOur thoughts are with every family who lost a home to the river this week.\n\n"
                  "Crews will repair the levee on the east bank before the spring rains.\n\n"
                  "The city will also open two shelters at the high school and the town hall.\u201d\n")
        derivative = ("Mayor Ada Morrow said her thoughts were with the families who lost their homes to the river "
                      "this week.\n\nShe said crews would repair the east bank levee before the spring rains.\n")
        r = compare(source, derivative)
        line = _seg(r.source, "following statement")
        assert (line.status, line.reason) == ("not_a_claim", "boilerplate"), (line.status, line.reason)
        assert _seg(r.source, "two shelters").status == "omitted"
    source = ("The city will make available 50 tonnes of grain to farmers in the valley in two ways:\n\n"
              "Farmers may collect the grain at the depot on Monday.\n\n"
              "Trucks will deliver grain to the farms that cannot reach the depot.\n")
    derivative = "Trucks will deliver grain to the farms that cannot reach the depot, the city said.\n"
    assert _seg(compare(source, derivative).source, "50 tonnes").status == "omitted"


def test_a_signature_no_story_takes_up_is_furniture_not_an_omission():
    """A proclamation ends with its signer's name in capitals ("ADA L. MORROW JR."): who signed, which its opening says.
    Left out by the story, it is boilerplate (not_a_claim), not an omission; a sentence of the body the story
    leaves out stays omitted."""
    source = ("I, ADA MORROW, Governor of the State of Harlan, order that flags fly at half-staff on Monday.\n\n"
              "The state will also hold a memorial service for the victims.\n\n"
              "ADA L. MORROW JR.\n")
    derivative = "Flags will fly at half-staff across the state on Monday, under an order from the governor.\n"
    r = compare(source, derivative)
    signature = r.source.segments[-1]
    assert (signature.status, signature.reason) == ("not_a_claim", "boilerplate"), (signature.status, signature.reason)
    assert _seg(r.source, "memorial service").status == "omitted"


def test_a_signature_is_furniture_though_a_story_names_the_signer():
    """A story that says the signer signed ("Governor Ada Morrow signed an order ...") names who signed and reports
    nothing of the signature line: the line is boilerplate before the matching, no story claim's counterpart."""
    source = ("Governor Ada Morrow ordered today that flags fly at half-staff on Monday in honor of the victims.\n\n"
              "The state will also hold a memorial service for the victims.\n\n"
              "ADA L. MORROW JR.\n")
    derivative = ("On Friday, Harlan Governor Ada Morrow signed a decree.\n\n"
                  "The decree orders flags to fly at half-staff across the state on Monday, and the state will hold a "
                  "memorial service.\n")
    r = compare(source, derivative)
    signature = r.source.segments[-1]
    assert (signature.status, signature.reason) == ("not_a_claim", "boilerplate"), (signature.status, signature.reason)
    assert all(a.source_id != signature.id for a in r.alignments)


def test_a_region_codes_key_is_no_other_places_name():
    """A row labelled "WV", "NM" or "RI" is found under its state's whole name ("West Virginia" offers the compound
    key), not under the name's last word where that names another place ("Virginia", "Mexico") or ends two names
    ("Island" of Rhode Island and the Virgin Islands, "Dakota"); a last word that names its region alone stays."""
    from alignment.engine.match import _REGION_KEYS
    from alignment.text.normalize import fold_word, stem

    def key(name: str) -> str:
        return stem(fold_word(name))

    for code, other in [("wv", "virginia"), ("nm", "mexico"), ("ri", "island"), ("vi", "island"), ("mp", "island"),
                        ("nd", "dakota"), ("sc", "carolina"), ("nj", "jersey"), ("as", "samoa")]:
        assert key(other) not in _REGION_KEYS[code], code
    assert _REGION_KEYS["wv"] == {key("westvirginia")} and _REGION_KEYS["nd"] == {key("northdakota")}
    assert _REGION_KEYS["va"] == {key("virginia")} and key("rico") in _REGION_KEYS["pr"]


def test_a_region_named_in_full_is_found_where_its_rows_code_is():
    """The last word of "West Virginia" written out is found under the name's key, which the row "WV" offers; the
    same word alone ("in Virginia") is not."""
    from alignment.engine.match import _raw_profile
    from alignment.text.normalize import words
    from alignment.text.segment import TaggedWord

    def alternatives(text: str) -> list[tuple[str, frozenset[str]]]:
        tagged = [TaggedWord(w, "", w.key) for w in words(text, 0, len(text))]
        content, _, alts, _ = _raw_profile(tagged, False, text)
        return [(t.word.text, a) for t, a in zip(content, alts, strict=True)]

    _, _, _, row_keys = _raw_profile([TaggedWord(w, "", w.key) for w in words("WV 1,200 900", 0, 12)], True,
                                     "WV 1,200 900")
    text = "Borrowers in West Virginia and in Virginia, and New Jersey residents."
    found = [i for i, (_, alts) in enumerate(alternatives(text)) if alts & row_keys]
    assert found == [2]  # "Borrowers West Virginia": West Virginia's "Virginia", not the one after it
    (jersey,) = [alts for word, alts in alternatives(text) if word == "Jersey"]
    assert "newjersey" in jersey


def test_a_fact_box_field_is_a_claim_when_reported_and_a_label_when_not():
    """A designation's fact box gives its facts as fields ("Application Deadline: June 30, 2024"): a field the story
    reports is covered, and one that no claim of the story takes up ("Impacted Area: Ohio", which labels the fields
    under it) is a label, as the release's title is (``not_a_claim``), no omission."""
    source = ("State Designates Two Counties as Disaster Areas\n\n"
              "The designation lets farmers in the counties apply for emergency loans from the farm agency.\n\n"
              "Impacted Area: Ohio\n\n"
              "Application Deadline: June 30, 2024\n\n"
              "Primary Counties Eligible: Adams and Brown\n")
    derivative = ("Adams and Brown counties named disaster areas\n\n"
                  "Farmers in Adams and Brown counties can apply for emergency loans from the farm agency after the "
                  "designation, officials said.\n\n"
                  "The application deadline is June 30, 2024.\n")
    r = compare(source, derivative)
    assert _seg(r.source, "Application Deadline").status == "covered"
    assert _seg(r.source, "Primary Counties").status in ("covered", "partial")
    label = _seg(r.source, "Impacted Area")
    assert (label.status, label.reason) == ("not_a_claim", "heading")
