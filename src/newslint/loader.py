"""Stage 1: bytes to text, with errors a user can act on.

Nothing here raises for bad input: every problem becomes a `LoadError` that
names the file and, where it helps, the byte offset.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is < 1 MB; 20 MB is clearly not one

_CONTROL = bytes(sorted(set(range(0, 32)) - {9, 10, 12, 13, 27}))  # deleted to count them


@dataclass(frozen=True)
class LoadError(Exception):
    path: str
    message: str
    rule: str = "NL901"  # NL901 unreadable, NL902 binary/skipped, NL903 decode error

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def read_source(path: str, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read and decode a file; raises LoadError with a clear message."""
    return decode(path, read_bytes(path, max_bytes))


def read_bytes(path: str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """A file's raw bytes; raises LoadError for missing, unreadable or oversized files."""
    try:
        if os.path.isdir(path):
            raise LoadError(path, "is a directory, not a file")
        size = os.path.getsize(path)
        if size > max_bytes:
            raise LoadError(
                path,
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; skipped",
                "NL902",
            )
        with open(path, "rb") as fh:
            data = fh.read()
    except LoadError:
        raise
    except FileNotFoundError:
        raise LoadError(path, "no such file") from None
    except PermissionError:
        raise LoadError(path, "permission denied") from None
    except OSError as exc:
        raise LoadError(path, f"cannot read: {exc.strerror or exc}") from None
    return data


def decode(path: str, data: bytes) -> str:
    """Decode bytes as UTF-8 (or BOM-marked UTF-16/32); refuse binary data."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise LoadError(
                    path, f"not valid {encoding.upper()} at byte {exc.start}", "NL903"
                ) from None
    if looks_binary(data):
        raise LoadError(path, "binary file (not text); skipped", "NL902")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise LoadError(
            path,
            f"not valid UTF-8 at byte {exc.start} (line {line}): "
            f"byte 0x{data[exc.start]:02x}; save the file as UTF-8",
            "NL903",
        ) from None


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    """NUL bytes or many control characters in the first block mean binary."""
    head = data[:sample]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))  # C speed, not a byte loop
    return controls / len(head) > 0.1
