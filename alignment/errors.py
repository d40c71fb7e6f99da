"""Error types. The library raises these; the command line turns each into one line and an exit code."""

from __future__ import annotations

__all__ = ["AlignmentError", "ConfigError", "InputError", "ModelError", "OutputError", "WorkerError"]


class AlignmentError(Exception):
    """Base class for every error this package raises on purpose. The message is one line."""

    exit_code = 1


class ConfigError(AlignmentError, ValueError):
    """An option out of range, or unknown (a ``ValueError`` too, for callers that catch that)."""

    exit_code = 2


class InputError(AlignmentError):
    """An input file cannot be read as text: missing, a directory, empty, binary or undecodable."""

    exit_code = 2


class ModelError(AlignmentError):
    """The spaCy pipeline is not installed or cannot be loaded."""

    exit_code = 3


class OutputError(AlignmentError):
    """A report cannot be written where it was asked to go."""

    exit_code = 4


class WorkerError(AlignmentError):
    """A batch's workers failed as a whole: a worker process died, the Dask scheduler cannot be reached, or the
    ``dask`` extra is missing (a problem of one pair is recorded in the batch instead)."""

    exit_code = 5
