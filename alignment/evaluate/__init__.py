"""Evaluation: scoring a report against gold annotations.

Owns ``gold`` (the ``pressalign-gold/1`` format, ``docs/gold-format.md``, parsed and checked) and ``score`` (per
category TP/FP/FN, precision, recall, F1, and the misses, as text, JSON or CSV). It may import ``report``,
``outputs``, ``text``, ``model``, ``config`` and ``errors``.
"""

from alignment.evaluate.gold import GOLD_SCHEMA, Gold, GoldCase, load_gold, parse_gold, read_report
from alignment.evaluate.score import (
    CATEGORIES,
    EVALUATION_CSV_FILES,
    Evaluation,
    Miss,
    Score,
    evaluate,
    evaluation_csv_tables,
    evaluation_json,
    evaluation_text,
    write_evaluation_csv,
    write_evaluation_json,
)

__all__ = ["CATEGORIES", "EVALUATION_CSV_FILES", "GOLD_SCHEMA", "Evaluation", "Gold", "GoldCase", "Miss", "Score",
           "evaluate", "evaluation_csv_tables", "evaluation_json", "evaluation_text", "load_gold", "parse_gold",
           "read_report", "write_evaluation_csv", "write_evaluation_json"]
