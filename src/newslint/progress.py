"""A progress line on a terminal for long runs: `[=====     ] 512/1000 files  84.2 files/s`."""

from __future__ import annotations

import sys
import time
from typing import TextIO

MIN_FILES = 50  # short runs finish before a bar would help


class ProgressBar:
    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.start = time.monotonic()
        self.last_draw = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last_draw < 0.1:
            return
        self.last_draw = now
        filled = int(self.width * done / max(total, 1))
        rate = done / max(now - self.start, 1e-6)
        bar = "=" * filled + " " * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} files  {rate:.1f} files/s")
        if done >= total:
            self.stream.write("\r" + " " * (self.width + 40) + "\r")
        self.stream.flush()


def progress_for(
    fmt: str, files: int, quiet: bool, stream: TextIO = sys.stderr
) -> ProgressBar | None:
    """A bar only for text output on a terminal, and only for runs worth one."""
    if quiet or fmt != "text" or files < MIN_FILES or not stream.isatty():
        return None
    return ProgressBar(stream)
