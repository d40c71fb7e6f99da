"""The output folder's lock: one batch run at a time writes into a folder; another is refused at once."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alignment.errors import OutputError

__all__ = ["LOCK_FILE", "folder_lock"]

#: the lock file in the output folder: empty, left in place (removing it would let a third run lock another file)
LOCK_FILE = ".batch.lock"


@contextmanager
def folder_lock(out: Path) -> Iterator[Path]:
    """Hold the exclusive lock of the folder ``out`` (created if missing) for the block; yield the lock file.

    The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), held by an open
    descriptor: it goes with the process however the process ends, ``kill -9`` included, so there is no stale
    lock to clear. A folder another run holds raises :class:`OutputError` at once: a second run with other
    options would otherwise delete the first's temporary files and mix its results into the tables.
    """
    path = out / LOCK_FILE
    try:
        out.mkdir(parents=True, exist_ok=True)
        # not through a symbolic link planted in the folder; the mode follows the umask
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        msg = f"cannot lock the output folder: {exc.strerror or exc} ({path})"
        raise OutputError(msg) from None
    try:
        if not _try_lock(fd):
            msg = (f"{out}: another batch run is writing into this folder (it holds {path}); wait for it to end "
                   "or write elsewhere")
            raise OutputError(msg)
        yield path
    finally:
        os.close(fd)  # releases the lock


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock on ``fd`` without waiting; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # a file system without locks
        msg = f"cannot lock the output folder: {exc.strerror or exc}"
        raise OutputError(msg) from None
    return True
