"""Where a batch's pairs run: in this process, a local process pool, or a Dask cluster; and the identity of the
spaCy pipeline the workers load (part of every pair's key)."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from typing import Any

from alignment import __version__
from alignment.api import compare
from alignment.config import GC_FIRST_THRESHOLD, Config
from alignment.errors import AlignmentError, WorkerError
from alignment.text.nlp import pipeline_identity  # a pair's key names the pipeline (re-exported here)

__all__ = ["GC_FIRST_THRESHOLD", "Pool", "collect_less_often", "dask_client", "default_workers", "open_workers",
           "pipeline_identity", "settle_process", "watch_parent"]

# ---------------------------------------------------------------------------------------------- executors
class _InProcess(Executor):
    """One worker: run each pair here, now (no process to start, the pipeline loaded once in this process)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _warm_up(model: str) -> dict[str, Any]:
    """Load the pipeline and run one tiny comparison up front, so that no pair's ``seconds`` include the
    start-up; return this process's tool version and pipeline (what the pairs' keys name)."""
    try:
        compare("The minister met the press on Monday.", "The minister met reporters on Monday.", Config(model=model))
    except AlignmentError:
        pass  # the first pair raises it again, where the main process sees it
    return {"version": __version__, "pipeline": pipeline_identity(model)}


def settle_process() -> tuple[int, ...]:
    """After the pipeline is loaded: move every object alive now (the pipeline, the modules) out of the
    garbage collector's reach, so that its collections during the pairs scan only the pairs' objects, and
    collect less often (:data:`GC_FIRST_THRESHOLD`). Done in the batch's own worker processes, and around an
    in-process run (undone at its end). Returns the thresholds it replaced."""
    gc.freeze()
    return collect_less_often()


def collect_less_often() -> tuple[int, ...]:
    """Scan the youngest objects every :data:`GC_FIRST_THRESHOLD` container allocations rather than Python's 700;
    return the thresholds replaced. A worker does it before it loads the pipeline (as the command line does from
    its start): loading it makes containers by the hundred thousand, and at 700 the collector scans them over and
    over while they are all still alive (``benchmarks/batch_throughput.py`` measures a worker's start)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_FIRST_THRESHOLD), *thresholds[1:])
    return thresholds


def _worker_start(model: str) -> None:
    """A worker process's start: Ctrl-C is the main process's to handle (it stops the pool); the worker ends
    with its parent (:func:`watch_parent`)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent()
    collect_less_often()  # before the pipeline loads
    _warm_up(model)
    settle_process()


def watch_parent() -> bool:
    """End this process at once when the process that started it ends, however it ends (``kill -9`` included):
    a daemon thread waits on multiprocessing's parent sentinel — on POSIX the read end of a pipe whose write
    end only the parent holds, so it reads end-of-file when the parent is gone; on Windows the parent's process
    handle — and then calls ``os._exit``. Nothing is polled and no timer guesses. A pair in flight is dropped
    as a killed run drops it: its record is not written, so the next run computes it again. The resource
    tracker, whose pipe the workers hold too, then sees end-of-file and exits as well. Returns whether there is
    a parent to watch (not in the main process)."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    if sentinel is None:
        return False

    def watch() -> None:
        wait([sentinel])
        os._exit(_ORPHANED)

    threading.Thread(target=watch, name="pressalign-parent-watch", daemon=True).start()
    return True


#: a worker's exit status when its parent died under it
_ORPHANED = 70


def dask_client(scheduler: str) -> Any:
    """A ``distributed.Client`` of the Dask scheduler at ``scheduler``, or :class:`WorkerError` in one line when the
    dask extra is missing or the scheduler cannot be reached (batch's and discovery's ``--scheduler``)."""
    try:
        from distributed import Client
    except ImportError:
        msg = "--scheduler needs Dask: pip install 'pressalign[dask]'"
        raise WorkerError(msg) from None
    try:
        return Client(scheduler, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        msg = f"cannot reach the Dask scheduler at {scheduler}: {exc}".splitlines()[0]
        raise WorkerError(msg) from None


def _describe(pipeline: dict[str, str]) -> str:
    return (f"{pipeline.get('model', '?')} {pipeline.get('model_version', '?')} "
            f"(spaCy {pipeline.get('spacy_version', '?')})")


@dataclass(frozen=True)
class Pool:
    executor: Executor
    #: pairs in flight at most
    window: int
    #: the workers share this machine's disk: they read the inputs and write the pairs' folders themselves
    local: bool


class open_workers:
    """``with open_workers(...) as pool``: in-process, a local process pool, or a Dask cluster."""

    def __init__(self, workers: int | None, scheduler: str | None, model: str, pairs: int) -> None:
        self.workers, self.scheduler, self.model, self.pairs = workers, scheduler, model, pairs
        self.executor: Executor | None = None
        self.client: Any = None
        #: the collector's thresholds before an in-process run froze it and changed them (restored at its end)
        self.thresholds: tuple[int, ...] | None = None

    def __enter__(self) -> Pool:
        if self.scheduler:
            return self._dask()
        n = min(self.workers or default_workers(), self.pairs)
        if n <= 1:
            if gc.get_freeze_count() == 0:  # the caller froze nothing: ours to undo at the end
                self.thresholds = collect_less_often()  # before the pipeline loads
                try:
                    _warm_up(self.model)
                except BaseException:
                    gc.set_threshold(*self.thresholds)
                    raise
                settle_process()
            else:
                _warm_up(self.model)
            self.executor = _InProcess()
            return Pool(self.executor, 1, local=True)
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.executor = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_worker_start, initargs=(self.model,))
        return Pool(self.executor, 2 * n, local=True)

    def _dask(self) -> Pool:
        assert self.scheduler is not None
        self.client = dask_client(self.scheduler)
        try:
            answers = self.client.run(_warm_up, self.model)  # each worker loads the pipeline now, once
        except Exception as exc:  # e.g. pressalign not installed where the workers run
            self.client.close()
            msg = f"the Dask workers cannot run pressalign: {type(exc).__name__}: {exc}".splitlines()[0]
            raise WorkerError(msg) from None
        pipeline = pipeline_identity(self.model)
        expected = {"version": __version__, "pipeline": pipeline}
        for worker, answer in sorted(answers.items()):
            if answer != expected:  # the keys would name another pipeline than the one that parsed the pairs
                self.client.close()
                msg = (f"the Dask worker {worker} runs pressalign {answer.get('version')} with "
                       f"{_describe(answer.get('pipeline', {}))}, this machine pressalign {__version__} with "
                       f"{_describe(pipeline)}: install the same everywhere")
                raise WorkerError(msg)
        self.executor = self.client.get_executor(pure=False)
        threads = sum(self.client.nthreads().values())
        return Pool(self.executor, max(2, 2 * threads), local=False)

    def __exit__(self, *exc_info: object) -> None:
        if self.thresholds is not None:
            gc.unfreeze()
            gc.set_threshold(*self.thresholds)
        if self.client is not None:  # the in-flight futures were cancelled; Dask's executor takes no cancel_futures
            if self.executor is not None:
                self.executor.shutdown(wait=True)
            self.client.close()
        elif self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)

