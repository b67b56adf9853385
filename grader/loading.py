"""Loading the grader's own Python files (references, known mistakes) safely.

Each file is read as source and compiled here: never a byte-code cache from `__pycache__` that
something else could have written, never a FIFO or device where a module should be (opened
without blocking, and refused unless it is a regular file).
"""
from __future__ import annotations

import os
import stat
import sys
import types
from pathlib import Path


class NotARegularFile(ImportError):
    """A module path that is a FIFO, a device or a directory: refused, never read."""


def read_bounded(path, limit: int | None = None) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them: a FIFO, a device or a
    directory is refused (NotARegularFile) without waiting for a writer or reading without end.
    Any file a learner controls is read this way. OSError (no such file, no permission) passes."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(f"{path} is not a regular file (a FIFO, a device or a folder): refused")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read() if limit is None else handle.read(limit)
    finally:
        os.close(fd)


def read_source(path: Path) -> str:
    return read_bounded(path).decode("utf-8")


def load_module(path: Path, name: str) -> types.ModuleType:
    """Compile and run the file at `path` as a new module called `name`."""
    source = read_source(path)
    module = types.ModuleType(name)
    module.__file__ = str(path)
    code = compile(source, str(path), "exec", dont_inherit=True)
    sys.modules[name] = module  # dataclasses and pickling look a module up by name
    try:
        exec(code, module.__dict__)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module
