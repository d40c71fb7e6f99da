"""Statuses: the share of a claim found in its counterparts, and the thresholds of the config, give its status."""

from __future__ import annotations

from alignment.config import Config
from alignment.model import DerivativeStatus, SourceStatus

__all__ = ["derivative_status", "source_status"]


def source_status(share: float, config: Config) -> SourceStatus:
    """``covered`` from ``min_coverage``, ``partial`` from ``min_partial``, else ``omitted``.

    >>> source_status(0.3, Config()), source_status(0.5, Config())
    (<SourceStatus.PARTIAL: 'partial'>, <SourceStatus.COVERED: 'covered'>)
    """
    if share >= config.min_coverage:
        return SourceStatus.COVERED
    if share >= config.min_partial:
        return SourceStatus.PARTIAL
    return SourceStatus.OMITTED


def derivative_status(share: float, linked: bool, config: Config) -> DerivativeStatus:
    """``added`` when nothing is linked or below ``min_partial``; ``supported`` from ``min_support``; else
    ``partial``.

    >>> derivative_status(0.9, False, Config()), derivative_status(0.4, True, Config())
    (<DerivativeStatus.ADDED: 'added'>, <DerivativeStatus.PARTIAL: 'partial'>)
    """
    if not linked or share < config.min_partial:
        return DerivativeStatus.ADDED
    return DerivativeStatus.SUPPORTED if share >= config.min_support else DerivativeStatus.PARTIAL
