"""A results cache keyed like ruff's: file content, newslint, config and rule packs.

Entries are pickled FileResults in `<cache dir>/v1/<key[:2]>/<key>`. Writes go to a
temporary file and are renamed into place, so concurrent runs never see a torn
entry; an unreadable entry is a miss. Deleting the folder is always safe.

A cache folder can arrive inside a repository (a pull request may add one), so
an entry is only unpickled when it carries an HMAC made with a secret that never
leaves this user's own cache folder (`~/.cache/newslint/secret`).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.config import Config
from newslint.rulepack import builtin_rules_dir, pack_files

DEFAULT_DIR = ".newslint_cache"
_CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# newslint results cache\n"


@cache
def code_fingerprint(extra_dirs: tuple[str, ...]) -> str:
    """Identity of the code and rule packs in use (version, file sizes and mtimes)."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    files = sorted(str(p) for p in package.rglob("*") if p.suffix in (".py", ".json", ".yaml"))
    for folder in (builtin_rules_dir(), *extra_dirs):
        files.extend(pack_files(folder))
    for name in files:
        try:
            st = os.stat(name)
        except OSError:
            continue
        digest.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def cache_key(path: str, data: bytes, config: Config, flags: tuple[Any, ...]) -> str:
    digest = hashlib.sha256()
    digest.update(code_fingerprint(config.rules_dirs).encode())
    digest.update(repr((os.path.normpath(path), config, flags)).encode())
    digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"


@cache
def _secret() -> bytes:
    """This user's signing key, created on first use (mode 0600)."""
    path = user_cache_dir() / "secret"
    try:
        return bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError):
        pass
    key = secrets.token_bytes(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key.hex())
    except OSError:
        pass  # an unwritable home: entries from this run are valid for this run only
    return key


def _sign(payload: bytes) -> bytes:
    return hmac.new(_secret(), payload, hashlib.sha256).digest()


def pack_cache() -> ResultCache:
    """Validated rule packs, so a warm run never re-parses unchanged YAML."""
    return ResultCache(str(user_cache_dir() / "packs"))


class ResultCache:
    """Get and put signed, pickled results; every failure is a silent miss."""

    def __init__(self, folder: str) -> None:
        self.root = Path(folder) / "v1"

    def _entry(self, key: str) -> Path:
        return self.root / key[:2] / key

    def get(self, key: str) -> Any | None:
        try:
            blob = self._entry(key).read_bytes()
        except OSError:
            return None
        mac, payload = blob[:32], blob[32:]
        if len(mac) != 32 or not hmac.compare_digest(mac, _sign(payload)):
            return None
        try:
            return pickle.loads(payload)
        except Exception:  # from another version of a class: a miss
            return None

    def get_or_compute(self, key: str, kind: type, compute: Callable[[], Any]) -> Any:
        """The cached value for `key` if it is a `kind`, else `compute()`, stored."""
        cached = self.get(key)
        if isinstance(cached, kind):
            return cached
        value = compute()
        self.put(key, value)
        return value

    def put(self, key: str, value: Any) -> None:
        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            tag = self.root.parent / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text(_CACHEDIR_TAG)
                (self.root.parent / ".gitignore").write_text("*\n")
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(_sign(payload) + payload)
            os.replace(tmp, entry)
        except OSError:
            return
