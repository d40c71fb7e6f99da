"""Languages: every table of words and tags the rules read, one module per language.

Owns :class:`~alignment.lang.base.Language` and ``en.py`` (English, the one language with tables today). Imports
nothing of the package but ``errors``. The text and engine rules read :data:`RULES_LANGUAGE`; a spaCy pipeline of
another language is refused by :func:`language_for` with a clear error instead of silently giving worse results
(its sentences would be split and matched by English rules).

>>> language_for("en").name
'English'
>>> language_for("de")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
alignment.errors.ModelError: the spaCy pipeline is for language 'de'; pressalign's rules have tables for ... only
"""

from __future__ import annotations

from alignment.errors import ModelError
from alignment.lang.base import Language
from alignment.lang.en import ENGLISH

__all__ = ["LANGUAGES", "RULES_LANGUAGE", "Language", "language_for"]

#: the languages with tables, by code
LANGUAGES: dict[str, Language] = {ENGLISH.code: ENGLISH}
#: the language whose tables the rules read
RULES_LANGUAGE = ENGLISH


def language_for(code: str) -> Language:
    """The tables for a spaCy pipeline's language ``code`` (``nlp.lang``); a :class:`ModelError` when the rules
    have none for it."""
    if code == RULES_LANGUAGE.code:
        return RULES_LANGUAGE
    have = ", ".join(f"{lang.name} ({lang.code})" for lang in LANGUAGES.values())
    msg = f"the spaCy pipeline is for language {code!r}; pressalign's rules have tables for {have} only"
    raise ModelError(msg)
