from alignment.text.normalize import fold_surface, fold_word, stem, words


def test_offsets_slice_back():
    text = "The U.S.-UK talks — held Sept. 10–11, 2024 — “covered” Ukraine’s défense."
    for w in words(text):
        assert text[w.start:w.end] == w.text


def test_uk_us_spelling_folds_to_one_form():
    pairs = [
        ("defence", "defense"), ("organised", "organized"), ("organisation", "organization"),
        ("colour", "color"), ("favourable", "favorable"), ("centre", "center"), ("programme", "program"),
        ("revolutionising", "revolutionizing"), ("analyse", "analyze"), ("travelled", "traveled"),
        ("paediatric", "pediatric"), ("tumour", "tumor"), ("licence", "license"), ("emphasising", "emphasizing"),
    ]
    for uk, us in pairs:
        assert fold_word(uk) == fold_word(us), (uk, us)


def test_a_short_given_name_is_its_full_form():
    """"President Joe Biden" in the article is the official text's "President Joseph R. Biden, Jr."; a short form
    that is also a common word ("bill", "rob") is left alone."""
    assert [w.norm for w in words("Joe Biden and Mike Roe")] == [w.norm for w in words("Joseph Biden and Michael Roe")]
    assert fold_word("bill") == "bill" and fold_word("rob") == "rob"
    # a mayor's statement signed "Martin J. Walsh", a story's "Marty Walsh"
    short, full = words("Marty Walsh and Jeff Roe"), words("Martin Walsh and Jeffrey Roe")
    assert [w.norm for w in short] == [w.norm for w in full]


def test_words_that_only_look_british_are_left_alone():
    for word in ["exercise", "promise", "advertising", "compromise", "hour", "our", "called", "filled"]:
        assert fold_word(word) == word


def test_numbers_dates_and_acronyms():
    assert [w.norm for w in words("2,800 people on 11th September; two days")] == [
        "2800", "people", "on", "11", "september", "2", "days"
    ]
    us = [w.norm for w in words("U.S. US United States USA")]
    assert us == ["us", "us", "us", "us"]
    assert not words("U.S.")[0].stop and words("us")[0].stop


def test_inflection_meets_through_the_stem():
    assert stem(fold_word("actions")) == stem(fold_word("action"))
    assert stem(fold_word("protecting")) == stem(fold_word("protection"))


def test_surface_folds_typography_only():
    assert fold_surface("“Ukraine’s” – ﬁne") == fold_surface('"ukraine\'s" - fine')
    assert fold_surface("defence") != fold_surface("defense")


def test_arbitrary_unicode_words():
    text = "Café naïve — 東京 مرحبا 👋 e\u0301t\u00e9"
    for w in words(text):
        assert text[w.start:w.end] == w.text


def test_the_fast_word_pattern_finds_what_the_full_one_finds_in_text_without_combining_marks():
    import random

    from alignment.text.normalize import _PLAIN_WORD_RE, WORD_RE

    rng = random.Random(7)
    pieces = ["U.S.", "e.g.", "A.B", "x.", "1990s", "2,800", "3.5", "11th", "21st", "5s", "Ukraine’s", "o'clock",
              "'quoted'", "_", "__init__", "ÅÉß", "中文", "١٢٣", "ǅ", "—", "-", ".", ",", " ", "\n", "a", "Z", "9"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", ""]) for _ in range(rng.randrange(1, 12)))
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        expected = [m.span() for m in WORD_RE.finditer(text, start, end)]
        assert [m.span() for m in _PLAIN_WORD_RE.finditer(text, start, end)] == expected, (text, start, end)


def test_words_keep_combining_marks_inside_the_word():
    import unicodedata

    text = unicodedata.normalize("NFD", "Le café de Zoë, 2,800 à côté")
    assert [w.text for w in words(text)] == [unicodedata.normalize("NFD", t)
                                             for t in ["Le", "café", "de", "Zoë", "2,800", "à", "côté"]]


def test_count_words_counts_what_words_makes():
    """The segmenter sizes a long sentence's pieces with count_words: it must count exactly the words words()
    makes, names joined included, for any span (a span may cut a word or a name in two)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from alignment.text.normalize import count_words

    pieces = st.sampled_from(["United", "States", "united", "Kingdom", "Nations", "the", "U.S.", "3.5", "café",
                              "cafe\u0301", "co-operation", "it's", " ", "  ", "\n", ", ", ". ", "-", "“", "”"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=30), st.integers(0, 200), st.integers(0, 200))
    def check(parts, a, b):
        text = "".join(parts)
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        assert count_words(text, start, end) == len(words(text, start, end))
        assert count_words(text) == len(words(text))

    check()
    text = "The United States and the United  Kingdom met the United\nNations."
    assert count_words(text) == len(words(text)) == 8


def test_first_norm_is_the_first_word_words_makes():
    """new_rank reads a detail's first word with first_norm: it must be words()'s first word (a name of two words
    joined included), for any text."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from alignment.text.normalize import first_norm

    pieces = st.sampled_from(["United", "States", "first", "Only", "the", "U.S.", "3.5", "café", "cafe\u0301",
                              "co-operation", "it's", " ", "\n", ", ", "... ", "-", "“", "”", "'"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=12))
    def check(parts):
        text = "".join(parts)
        found = words(text)
        assert first_norm(text) == (found[0].norm if found else None)

    check()
    assert first_norm("United States troops") == "us" and first_norm("First-ever approval") == "first"
    assert first_norm(" ... ") is None


def test_a_vulgar_fraction_is_its_decimal():
    """A central bank writes its rate with a vulgar fraction ("reduced its target for the overnight rate to 3¼%"), a
    news report in decimals ("cut its key rate to 3.25 per cent"): the same number, the same word key. A figure
    written with digits and a slash stays as it was."""
    keys = {w.text: w.key for w in words("The rate is now 3¼%, with the Bank Rate at 3½% and a ¾ point spread.")}
    assert keys["3¼"] == "3.25" and keys["3½"] == "3.5" and keys["¾"] == "0.75"
    assert [w.key for w in words("cut to 3.25 per cent")][2] == "3.25"
    assert [w.key for w in words("3 1/4")] == ["3", "1", "4"]


def test_region_named_only_for_a_code_or_an_abbreviation_before_its_stop():
    """Whatever precedes it, a word that is neither an acronym nor a word before a full stop names no region (the
    shape region_named tests first, before the place and its comma): every word of a text of datelines, codes,
    abbreviations, numbers and plain words gets the region it got when the place was tested first."""
    from alignment.text.normalize import region_named, words

    text = ("BISMARCK, N.D. (KFYR) - Officials in Uvalde, Tex. and Albany, NY met; Dallas, Tex, Reno, Nev. and "
            "Austin, TX. WE ARE IN, OK, said Smith, Pa. on May 5, 2021, in Springfield, Ill. and Miami, fla.")
    ws = words(text)
    found = {ws[i].text: region_named(text, ws, i) for i in range(len(ws)) if region_named(text, ws, i)}
    assert found == {"N.D.": "north dakota", "Tex": "texas", "NY": "new york", "Nev": "nevada", "TX": "texas",
                     "Pa": "pennsylvania", "Ill": "illinois"}
