"""Lint files across processes: this one and `jobs - 1` workers, surviving a dead worker.

The parent lints its share instead of only waiting on workers, so a run holds `jobs`
copies of the checks, not `jobs + 1` (10,000 files on two cores: about 70 MB less
resident in all). Files go out in small chunks from one queue, each process taking
the next when it is done, so a slow file holds nobody back.

A worker can die without raising: the kernel's out-of-memory killer, a crash in a
native library. `multiprocessing.Pool` then loses the task and waits forever; here
the pool reports itself broken, the parent lints what was still queued, and the
files that were in the dead worker's hands are linted again one at a time in a fresh
worker, so the file that kills a worker is named (NL905) and every other file is
linted.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import TYPE_CHECKING, Any

from newslint.model import FileError

if TYPE_CHECKING:
    from newslint.engine import FileResult

Task = Callable[[str], "FileResult"]
Record = Callable[["FileResult"], None]

WORKER_DIED = (
    "newslint's worker process died while linting this file (out of memory, or a crash "
    "in a native library); no findings for it. Please report the file"
)


def _lint_chunk(task: Task, paths: list[str]) -> list[FileResult]:
    return [task(path) for path in paths]


def _context() -> Any:
    import multiprocessing

    return multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")


class _Chunks:
    """The queue of chunks every process takes from, and what came of them."""

    def __init__(self, todo: list[str], jobs: int, record: Record) -> None:
        size = max(1, min(8, len(todo) // (jobs * 8)))
        self._chunks = iter([todo[i : i + size] for i in range(0, len(todo), size)])
        self._lock = threading.Lock()
        self._record = record
        self.lost: list[str] = []  # files in the hands of a worker that died
        self.failures: list[BaseException] = []

    def take(self) -> list[str] | None:
        with self._lock:
            return None if self.failures else next(self._chunks, None)

    def record(self, results: list[FileResult]) -> None:
        with self._lock:
            for result in results:
                self._record(result)

    def finished(self, chunk: list[str], slots: threading.Semaphore, future: Future) -> None:
        """Done-callback of a worker's chunk (runs in the pool's thread)."""
        try:
            self.record(future.result())
        except BrokenProcessPool:
            with self._lock:
                self.lost.extend(chunk)
        except BaseException as exc:  # re-raised in the parent
            with self._lock:
                self.failures.append(exc)
        finally:
            slots.release()


def lint_in_processes(task: Task, todo: list[str], jobs: int, record: Record) -> None:
    """Lint `todo` with `task` in `jobs` processes; `record` gets every result once.

    `record` is called under a lock, from this thread and from the pool's thread.
    """
    chunks = _Chunks(todo, jobs, record)
    window = 2 * (jobs - 1)  # one chunk in hand and one queued, per worker
    slots = threading.Semaphore(window)
    futures: list[Future] = []

    def send(pool: ProcessPoolExecutor) -> bool:
        slots.acquire()
        chunk = chunks.take()
        if chunk is None:
            slots.release()
            return False
        try:
            future = pool.submit(_lint_chunk, task, chunk)
        except (BrokenProcessPool, RuntimeError):
            chunks.lost.extend(chunk)  # the pool died: this thread's chunk goes back
            slots.release()
            return False
        futures.append(future)
        future.add_done_callback(partial(chunks.finished, chunk, slots))
        return True

    def feed(pool: ProcessPoolExecutor) -> None:
        while send(pool):
            pass

    pool = ProcessPoolExecutor(jobs - 1, mp_context=_context())
    try:
        # The first submissions fork the workers: from this thread, before any other
        # thread of ours runs, so no lock is copied into a child while held.
        for _ in range(window):
            send(pool)
        feeder = threading.Thread(target=feed, args=(pool,), daemon=True)
        feeder.start()
        while (chunk := chunks.take()) is not None:
            chunks.record([task(path) for path in chunk])
        feeder.join()
        wait(futures)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if chunks.failures:
        raise chunks.failures[0]
    _relint_one_by_one(task, chunks.lost, record)


def _relint_one_by_one(task: Task, paths: list[str], record: Record) -> None:
    """Files a dead worker held, each in a worker of its own until one dies again."""
    from newslint.engine import FileResult

    pool: ProcessPoolExecutor | None = None
    try:
        for path in sorted(paths):
            pool = pool or ProcessPoolExecutor(1, mp_context=_context())
            try:
                record(pool.submit(task, path).result())
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                pool = None
                record(FileResult(path=path, errors=[FileError(path, WORKER_DIED, "NL905")]))
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
