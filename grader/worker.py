"""The learner's side of grading: a process that imports the learner's file and runs calls.

It is forked from a clean server that has loaded numpy and this module only: no reference
solution, expected value or comparison ever exists in this process. It answers over a private
pipe; its standard output and error go to another pipe that the grader reads and caps.
Everything here trusts nothing it runs: an exception of any kind, or one whose `str` raises,
becomes a message; a death is seen by the grader as the pipe closing.
"""
from __future__ import annotations

import linecache
import os
import sys
import traceback
import types

# What the worker needs, imported once by the fork server so a fork costs milliseconds.
import numpy  # noqa: F401  (preloaded for the learner's `import numpy`)

from grader import guard

try:
    import resource
except ImportError:  # not on this platform: the grader's wall-clock kill still holds
    resource = None


def _safe_str(value) -> str:
    try:
        return str(value)
    except BaseException:  # the learner's exception may refuse to print
        return f"<{type(value).__name__} whose message cannot be printed>"


def _type_name(value) -> str:
    try:
        return type(value).__name__
    except BaseException:
        return "exception"


def describe_exception(error: BaseException, learner_path: str) -> dict:
    """Type, message and the traceback frames that are in the learner's file."""
    try:
        frames = [frame for frame in traceback.extract_tb(error.__traceback__)
                  if frame.filename == learner_path]
        where = "".join(traceback.format_list(frames))
    except BaseException:
        where = ""
    return {"type": _type_name(error), "message": _safe_str(error), "where": where}


class Counted:
    """A callable the grader passed in, counting how often the learner calls it."""

    def __init__(self, function):
        self.function = function
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.function(*args, **kwargs)

    def __repr__(self):
        return repr(self.function)


def counting(args, kwargs) -> tuple[list, dict]:
    """The arguments with every callable wrapped in a Counted."""
    return ([Counted(a) if callable(a) else a for a in args],
            {k: Counted(v) if callable(v) else v for k, v in kwargs.items()})


def counts_and_rest(args: list, kwargs: dict) -> tuple[dict, tuple]:
    """After a call: {position or name: times called} for the callables, and the other
    arguments as they are now (callables replaced by None), to check nothing was modified."""
    calls = {str(i): a.count for i, a in enumerate(args) if isinstance(a, Counted)}
    calls.update({k: v.count for k, v in kwargs.items() if isinstance(v, Counted)})
    rest = ([None if isinstance(a, Counted) else a for a in args],
            {k: None if isinstance(v, Counted) else v for k, v in kwargs.items()})
    return calls, rest


_PLAIN_SCALARS = (type(None), bool, int, float, complex, str, bytes)


def unplain(value, depth: int = 0) -> str | None:
    """None when `value` is plain data the grader can check; else what is not, for the learner."""
    if depth > 20:
        return "a structure nested too deeply"
    if type(value) in _PLAIN_SCALARS or type(value) in (numpy.float64, numpy.float32, numpy.int64,
                                                         numpy.int32, numpy.bool_, numpy.complex128):
        return None
    if type(value) is numpy.ndarray:
        return "a numpy array of Python objects" if value.dtype.hasobject else None
    if isinstance(value, numpy.ndarray):
        return f"a {type(value).__name__} (a numpy.ndarray subclass): return a plain numpy array"
    if type(value) in (list, tuple):
        return next((p for p in (unplain(v, depth + 1) for v in value) if p), None)
    if type(value) is dict:
        return next((p for p in (unplain(v, depth + 1) for v in (*value.keys(), *value.values())) if p), None)
    return f"a {_type_name(value)}"


def _limit(kind: str, value: int) -> None:
    if resource is None or not hasattr(resource, kind):
        return
    try:
        which = getattr(resource, kind)
        _, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(which, (value, hard))
    except (ValueError, OSError):  # the OS refuses this limit: the others still hold
        pass


def _isolate(spec: dict, output_fd: int) -> None:
    os.setsid()  # a process group of its own, so the grader can kill everything it starts
    os.dup2(output_fd, 1)
    os.dup2(output_fd, 2)
    os.close(output_fd)
    sys.stdout = open(1, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
    sys.stderr = open(2, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    sys.stdin = open(0, closefd=False)
    os.chdir(spec["workdir"])
    # temporary files go to the private directory, the one place the runtime rules allow writes
    os.environ["TMPDIR"] = spec["workdir"]
    import tempfile
    tempfile.tempdir = spec["workdir"]
    limits = spec.get("limits", {})
    for kind, value in limits.items():
        _limit(kind, int(value))


def load_learner(spec: dict) -> types.ModuleType:
    """Compile the learner's source under the name they know it by, so tracebacks point at it."""
    module = types.ModuleType("learner")
    module.__file__ = spec.get("real_path", spec["path"])
    sys.modules["learner"] = module
    # tracebacks read source lines from linecache: give it the source, no file access needed
    linecache.cache[spec["path"]] = (len(spec["source"]), None, spec["source"].splitlines(True), spec["path"])
    code = compile(spec["source"], spec["path"], "exec", dont_inherit=True)
    if spec.get("repo"):
        guard.install(spec["repo"], spec["workdir"], spec.get("real_path", spec["path"]))
    exec(code, module.__dict__)
    return module


def _forbidden(conn, error: BaseException | None = None) -> bool:
    """Report a broken runtime rule: one recorded (even if the learner's code caught it), or a
    refusal that reached us uncaught."""
    rule = guard.violations[0] if guard.violations else guard.rule_from(error)
    if rule:
        _flush()
        conn.send(("forbidden", rule))
        return True
    return False


def serve(conn, module, learner_path: str) -> None:
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message[0] == "close":
            return
        _, name, args, kwargs = message
        function = getattr(module, name, None)
        if not callable(function):
            conn.send(("missing", name))
            continue
        args, kwargs = counting(args, kwargs)
        try:
            value = function(*args, **kwargs)
        except MemoryError as error:
            if _forbidden(conn):
                continue
            _flush()
            conn.send(("out_of_memory", describe_exception(error, learner_path)))
            continue
        except BaseException as error:  # SystemExit and KeyboardInterrupt are the learner's too
            if _forbidden(conn, error):
                continue
            _flush()
            conn.send(("raised", describe_exception(error, learner_path)))
            continue
        if _forbidden(conn):
            continue
        _flush()
        calls, after = counts_and_rest(args, kwargs)
        problem = unplain(value)
        if problem:
            conn.send(("unsendable", problem))
            continue
        try:
            conn.send(("returned", value, calls, after))
        except BaseException as error:
            conn.send(("unsendable", f"a {_type_name(value)} ({_safe_str(error)})"))


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass


def main(conn, output, inherited: tuple = ()) -> None:
    """Entry point of the worker process (the target of a multiprocessing.Process).

    It may be forked well before it is needed; it waits for the spec of the file to load.
    `inherited` lists the grader's descriptors a fork copied in (other workers' pipes): closed
    first, so no learner can listen in on, or talk over, another worker's channel.
    """
    for fd in inherited:
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        message = conn.recv()
    except EOFError:  # the grader finished without needing this worker
        return
    spec = message[1]
    _isolate(spec, os.dup(output.fileno()))
    output.close()
    try:
        module = load_learner(spec)
    except BaseException as error:
        if _forbidden(conn, error):
            return
        _flush()
        if isinstance(error, SyntaxError):
            detail = {"type": "SyntaxError", "message": _safe_str(error.msg),
                      "where": f'  File "{error.filename}", line {error.lineno}\n    {(error.text or "").strip()}\n'}
        else:
            detail = describe_exception(error, spec["path"])
        conn.send(("import_failed", detail))
        return
    if _forbidden(conn):
        return
    _flush()
    conn.send(("ready",))
    serve(conn, module, spec["path"])
