"""Source discovery: which official texts of a collection an article was written from.

``build_index(paths, index)`` reads every document under ``paths`` (with the readers of ``compare``) into an
on-disk index, one SQLite file with an FTS5 table of each document's content-word stems (BM25 retrieval, no
server, no new dependency); ``find_sources(articles, index)`` ranks the candidate sources of each article:
BM25 over the article's most distinctive stems, a lexical share of the article's content each candidate
holds, then the comparison engine (:func:`alignment.api.compare`) on the few candidates that pass, and a
greedy cover for articles drawn from several sources. ``batch_from_index`` hands the pairs it finds to the
batch run. docs/discovery.md says how and why.

The package: ``terms`` (the stems, title and date of a text), ``store`` (the SQLite index), ``build``
(reading documents into it, in parallel, incrementally), ``find`` (retrieval, re-scoring, cover), ``export``
(find's results as text, JSON and CSV), ``pipeline`` (find, then batch). It may import everything below the
command line (``batch``, ``api``, ``report``, ``outputs``, ``text``, ``config``, ``errors``); nothing but the
command line imports it.
"""

from alignment.discovery.build import BuildResult, build_index
from alignment.discovery.export import FIND_FORMATS, find_csv, find_json, find_text
from alignment.discovery.find import ArticleMatches, FindConfig, Match, find_sources
from alignment.discovery.pipeline import batch_from_index
from alignment.discovery.store import INDEX_FILE, IndexInfo, SourceIndex, index_info

__all__ = ["FIND_FORMATS", "INDEX_FILE", "ArticleMatches", "BuildResult", "FindConfig", "IndexInfo", "Match",
           "SourceIndex", "batch_from_index", "build_index", "find_csv", "find_json", "find_sources", "find_text",
           "index_info"]
