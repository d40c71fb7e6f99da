"""Writing files: whole or not at all, never over an input file.

A report's files appear whole or not at all: each is written to a temporary file in the target folder and
renamed into place only when every file of the report has been written. An output path is never replaced by
something else: a symbolic link's target is written (the link stays), a device or a FIFO is written through, and
anything else that is not a regular file is refused (:func:`destination`).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from alignment.errors import OutputError

__all__ = ["atomic_paths", "destination", "remove_files", "resolved_path", "write_atomic"]


def write_atomic(files: dict[Path, str], protect: Sequence[Path] = ()) -> None:
    """Write every ``path -> text`` or none of them (temporary files, then renames).

    A path that is a symbolic link writes the file it points to (the link stays); a path that is a character
    device or a FIFO (``/dev/stdout``, ``/dev/null``, a named pipe) is written through, after every other file
    is ready and before any is renamed into place (:func:`destination`)."""
    through = {p: text for p, text in files.items() if destination(p)[1]}
    regular = {p: text for p, text in files.items() if p not in through}
    with _temporaries(list(regular), protect) as temps:
        with ExitStack() as opened:
            handles = [opened.enter_context(os.fdopen(fd, "w", encoding="utf-8", newline="")) for fd, _ in temps]
            for fh, text in zip(handles, regular.values(), strict=True):
                fh.write(text)
        for path, text in through.items():
            _write_through(path, text, protect)


def destination(path: Path) -> tuple[Path, bool]:
    """Where a file written to ``path`` goes, and whether it is written through rather than replaced.

    * a regular file, or nothing yet: ``path`` itself, replaced whole (a temporary file, then a rename);
    * a symbolic link (to a file or to nothing yet): the file it points to, replaced whole; the link stays a link;
    * a character device or a FIFO (``-o /dev/stdout`` streams the report to standard output, ``/dev/null``
      discards it, a named pipe hands it to its reader): ``path``, opened and written through, never replaced;
    * anything else (a block device, a socket): an :class:`OutputError`, before anything is written.
    """
    try:
        info = os.stat(path)  # follows links: what the path finally names
    except FileNotFoundError:
        info = None
    except OSError as exc:
        msg = f"cannot write the report: {exc.strerror or exc} ({path})"
        raise OutputError(msg) from None
    if info is not None and not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            return path, True
        msg = f"{path}: not a regular file, a character device or a FIFO; refusing to write onto it"
        raise OutputError(msg)
    if path.is_symlink():
        return Path(os.path.realpath(path)), False
    return path, False


def _write_through(path: Path, text: str, protect: Sequence[Path]) -> None:
    """Write ``text`` into the device or FIFO ``path``. A FIFO no process reads is refused, not waited on."""
    if _file_key(path) in {key for key in map(_file_key, protect) if key is not None}:
        msg = f"{path}: refusing to overwrite an input file"
        raise OutputError(msg)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO opened without blocking, with no reader
            msg = f"{path}: no process is reading this FIFO; refusing to wait for one"
            raise OutputError(msg) from None
        msg = f"cannot write the report: {exc.strerror or exc} ({path})"
        raise OutputError(msg) from None
    try:
        os.set_blocking(fd, True)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as exc:
        msg = f"cannot write the report: {exc.strerror or exc} ({path})"
        raise OutputError(msg) from None


@contextmanager
def atomic_paths(paths: Sequence[Path], protect: Sequence[Path] = ()) -> Iterator[list[Path]]:
    """Temporary files beside each of ``paths``, for the block to write (as text, bytes or through a library);
    when the block ends without an error they are renamed onto ``paths``, otherwise removed.

    A path in ``protect`` (an input) is refused; an ``OSError`` becomes a one-line :class:`OutputError`. A symbolic
    link writes the file it points to; a device or a FIFO, which a library cannot write in one go, is refused.
    """
    for path in paths:
        if destination(path)[1]:
            msg = f"{path}: not a regular file; refusing to write onto it"
            raise OutputError(msg)
    with _temporaries(paths, protect) as temps:
        for fd, _ in temps:
            os.close(fd)
        yield [tmp for _, tmp in temps]


@contextmanager
def _temporaries(paths: Sequence[Path], protect: Sequence[Path]) -> Iterator[list[tuple[int, Path]]]:
    """:func:`atomic_paths` with each temporary file's descriptor, open for writing (the block closes it)."""
    if protect:
        protected = {resolved_path(p) for p in protect}
        protected_files = {key for key in map(_file_key, protect) if key is not None}
        for path in paths:
            if resolved_path(path) in protected or _file_key(path) in protected_files:  # a symlink or a hard link too
                msg = f"{path}: refusing to overwrite an input file"
                raise OutputError(msg)
    paths = [destination(path)[0] for path in paths]  # a symbolic link's target, replaced; the link stays
    temps: list[tuple[Path, Path]] = []
    try:
        fds: list[int] = []
        try:
            for parent in dict.fromkeys(path.parent for path in paths):
                parent.mkdir(parents=True, exist_ok=True)
            mode = _file_mode()
            for path in paths:
                # a short name whatever the target's (a 250-character name plus a prefix would pass the file system's
                # 255), readable as any file this process creates would be (mkstemp's are 0600)
                fd, tmp_name = tempfile.mkstemp(prefix=".pa-", suffix=".tmp", dir=path.parent)
                fds.append(fd)
                temps.append((Path(tmp_name), path))
                if hasattr(os, "fchmod"):
                    os.fchmod(fd, mode)
        except BaseException:
            for fd in fds:  # not handed out yet: ours to close
                os.close(fd)
            raise
        yield [(fd, tmp) for fd, (tmp, _) in zip(fds, temps, strict=True)]
        for tmp, path in temps:
            os.replace(tmp, path)
        temps = []
    except OSError as exc:
        msg = f"cannot write the report: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})"
        raise OutputError(msg.replace(" ()", "")) from None
    finally:
        for tmp, _ in temps:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _file_mode() -> int:
    """The mode a new file gets under this process's umask (0o666 less the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _file_key(p: Path | str) -> tuple[int, int] | None:
    """(device, inode) of an existing file, None otherwise."""
    try:
        info = os.stat(p)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino)


def resolved_path(p: Path | str) -> Path:
    try:
        return Path(p).resolve()
    except OSError:
        return Path(p).absolute()



def remove_files(paths: Sequence[Path], what: str) -> None:
    """Remove ``paths`` (missing ones are fine); a failure is an :class:`OutputError` naming ``what``."""
    try:
        for path in paths:
            path.unlink(missing_ok=True)
    except OSError as exc:
        msg = f"cannot write {what}: {exc.strerror or exc} ({path})"
        raise OutputError(msg) from None
