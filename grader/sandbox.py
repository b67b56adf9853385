"""The grader's side of isolation: start a worker for the learner's file, call into it, kill it.

Nothing the worker sends is trusted: replies are unpickled with an allow-list that admits plain
data and numpy arrays only, so an object that lies about equality, or one that runs code when
loaded, never reaches the comparisons. A worker that dies, hangs past its budget, or talks
nonsense on the channel ends with a verdict, never a pass.
"""
from __future__ import annotations

import contextlib
import io
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import sys
import tempfile
import time
import types
from dataclasses import dataclass, field

OUTPUT_CAP = 64 * 1024  # bytes of learner output kept per kata; the rest is counted, not kept
GIB = 1024 ** 3
DEFAULT_LIMITS = {
    "RLIMIT_AS": 4 * GIB,        # address space: a memory hog fails to allocate instead of swapping
    "RLIMIT_FSIZE": 64 * 1024 ** 2,  # no file the learner writes grows past 64 MiB
    "RLIMIT_CORE": 0,            # a crash leaves no core file behind
}


class Verdict(Exception):
    """A grading outcome that ends the kata: the status comes from CONTRACT.md."""
    status = "error"

    def __init__(self, message: str, detail: dict | None = None):
        super().__init__(message)
        self.message = message
        self.detail = detail or {}


class ImportFailed(Verdict):
    status = "error"


class TimedOut(Verdict):
    status = "timeout"


class Crashed(Verdict):
    status = "crashed"


class Forbidden(Verdict):
    status = "forbidden"


class LearnerError(Exception):
    """The learner's function raised; carries its type, message and the lines in their file."""

    def __init__(self, call: str, detail: dict):
        self.call = call
        self.type = detail.get("type", "Exception")
        self.detail = detail
        where = detail.get("where", "")
        text = f"{call} raised {self.type}: {detail.get('message', '')}"
        if where:
            text += "\n" + where.rstrip()
        super().__init__(text)

    @property
    def not_implemented(self) -> bool:
        return self.type == "NotImplementedError"


_SAFE_GLOBALS = {
    ("numpy", "ndarray"), ("numpy", "dtype"),
    ("numpy._core.numeric", "_frombuffer"), ("numpy.core.numeric", "_frombuffer"),
    ("numpy._core.multiarray", "_reconstruct"), ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "scalar"), ("numpy.core.multiarray", "scalar"),
    ("builtins", "complex"), ("builtins", "set"), ("builtins", "frozenset"),
}


class _SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in _SAFE_GLOBALS:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name}")


def safe_loads(data: bytes):
    """Unpickle data from the learner's process, admitting plain data and numpy values only."""
    return _SafeUnpickler(io.BytesIO(data)).load()


class CappedOutput:
    """What the learner printed: the first OUTPUT_CAP bytes, and a count of the rest."""

    def __init__(self, cap: int = OUTPUT_CAP):
        self.cap = cap
        self.kept = bytearray()
        self.dropped = 0

    def feed(self, data: bytes) -> None:
        room = self.cap - len(self.kept)
        self.kept += data[:max(room, 0)]
        self.dropped += max(len(data) - max(room, 0), 0)

    def text(self) -> str:
        text = self.kept.decode("utf-8", errors="replace")
        if self.dropped:
            text += f"\n[… {self.dropped:,} more bytes of output cut]"
        return text


def start_method() -> str:
    """forkserver where fork is safe (Linux); a fresh interpreter (spawn) elsewhere."""
    chosen = os.environ.get("KATAGRAD_START_METHOD")
    if chosen:
        return chosen
    return "forkserver" if sys.platform.startswith("linux") else "spawn"


_context = None


def context():
    """The multiprocessing context, with its fork server started early and numpy preloaded."""
    global _context
    if _context is None:
        # one BLAS thread per worker: faster to start, and results do not depend on the machine
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        _context = multiprocessing.get_context(start_method())
        if _context.get_start_method() == "forkserver":
            _context.set_forkserver_preload(["numpy", "grader.worker"])
    return _context


def warm_up() -> None:
    """Start the fork server now, in the background, before references or tests are loaded."""
    ctx = context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver
        forkserver.ensure_running()


# Workers forked ahead of time, while this process holds nothing but numpy and the grader's
# plumbing: no reference solution, test or expected value has been loaded yet.
_spare: list[tuple] = []
MAX_SPARE = 64


def _new_slot(ctx) -> tuple:
    """A worker process waiting for the file it is to load: (process, conn, output reader)."""
    from grader import worker
    conn, child_conn = ctx.Pipe()
    out_read, out_write = ctx.Pipe(duplex=False)
    inherited = ()
    if ctx.get_start_method() == "fork":  # the fork copies the other spares' ends: close them
        inherited = tuple(fd for process, c, o in _spare for fd in (c.fileno(), o.fileno(), process.sentinel))
        inherited += (conn.fileno(), out_read.fileno())
    process = ctx.Process(target=worker.main, args=(child_conn, out_write, inherited), daemon=True,
                          name="katagrad-learner")
    with _main_module_hidden():
        process.start()
    child_conn.close()
    out_write.close()
    return process, conn, out_read


def fork_is_clean() -> bool:
    """Forking this process now gives a clean worker: Linux, and no test or reference loaded."""
    return (sys.platform.startswith("linux") and "KATAGRAD_START_METHOD" not in os.environ
            and "_pytest" not in sys.modules)


def prepare(n_workers: int) -> None:
    """Get workers ready before grading loads anything: forked now where that is clean and
    cheap (milliseconds each), else a fork server (or fresh interpreters) started early."""
    context()  # sets the BLAS thread variables before numpy is imported
    if fork_is_clean():
        import numpy  # noqa: F401  (loaded once here, shared by every fork)
        from grader import worker  # noqa: F401
        fork = multiprocessing.get_context("fork")
        while len(_spare) < min(n_workers, MAX_SPARE):
            _spare.append(_new_slot(fork))
    else:
        warm_up()


def release_spares() -> None:
    """End the workers that were forked but not needed."""
    while _spare:
        process, conn, out_read = _spare.pop()
        conn.close()
        out_read.close()
        process.join(timeout=1)
        if process.is_alive():
            process.kill()


@contextlib.contextmanager
def _main_module_hidden():
    """Start a process without multiprocessing re-running our `__main__` in it.

    forkserver and spawn children normally import the parent's main script (a test runner's
    entry point, say) before the target runs: slow, and code the learner's process has no
    business holding. A main module with neither a file nor a spec is left alone.
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def _describe_death(exitcode) -> str:
    if exitcode is None:
        return "the process running your code stopped answering"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        reasons = {"SIGSEGV": " (a segmentation fault)", "SIGKILL": " (killed: out of memory?)",
                   "SIGXCPU": " (it used more CPU time than allowed)",
                   "SIGXFSZ": " (it wrote a file larger than allowed)", "SIGABRT": " (aborted)"}
        return f"the process running your code was killed by {name}{reasons.get(name, '')}"
    return f"the process running your code exited with status {exitcode} (os._exit or a fatal error)"


@dataclass
class Reply:
    """What one call into the learner's code gave back."""
    value: object
    calls: dict = field(default_factory=dict)   # argument position or name -> times called
    args_after: tuple = ((), {})                # the arguments as they were after the call


class Worker:
    """One learner file, imported in its own process; calls go over a private pipe."""

    def __init__(self, path: str, source: str, time_limit: float, limits: dict | None = None,
                 real_path: str | None = None, repo: str | None = None):
        self.path = path
        self.real_path = real_path or path
        self.repo = repo
        self.source = source
        self.time_limit = time_limit
        self.remaining = time_limit
        self.limits = dict(DEFAULT_LIMITS if limits is None else limits)
        self.output = CappedOutput()
        self.process = None
        self.workdir = None
        self.output_open = False

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        self.workdir = tempfile.TemporaryDirectory(prefix="katagrad-")
        cpu = int(self.time_limit) + 5
        spec = {"path": self.path, "real_path": self.real_path, "repo": self.repo,
                "source": self.source, "workdir": self.workdir.name,
                "limits": {**self.limits, "RLIMIT_CPU": cpu}}
        self.process, self.conn, self.out_read = _spare.pop(0) if _spare else _new_slot(context())
        self.output_open = True
        self.conn.send(("load", spec))
        reply = self._wait("importing your file")
        if reply[0] == "forbidden":
            raise Forbidden(f"while importing your file: {reply[1]} is not allowed in a kata")
        if reply[0] == "import_failed":
            detail = reply[1]
            text = f"your file could not be imported: {detail['type']}: {detail['message']}"
            if detail.get("where"):
                text += "\n" + detail["where"].rstrip()
            raise ImportFailed(text, detail)
        if reply[0] != "ready":
            raise Forbidden("the channel between your code and the grader was tampered with")

    def close(self) -> None:
        if self.process is not None and self.process.pid:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.process.kill()
            except (OSError, ValueError):
                pass
            self.process.join(timeout=5)  # SIGKILLed: it ends now, whatever its descriptors
            self._drain_output()
            for end in (self.conn, self.out_read):
                end.close()
            self.process = None
        if self.workdir is not None:
            self.workdir.cleanup()
            self.workdir = None

    # -- calls -----------------------------------------------------------------------------
    def call(self, name: str, args: tuple, kwargs: dict, shown: str) -> Reply:
        try:
            self.conn.send(("call", name, args, kwargs))
        except (BrokenPipeError, ConnectionResetError, EOFError):
            raise self._died(shown) from None
        reply = self._wait(shown)
        kind = reply[0]
        if kind == "returned":
            return Reply(value=reply[1], calls=reply[2], args_after=reply[3])
        if kind == "out_of_memory":
            gib = self.limits.get("RLIMIT_AS", 0) / GIB
            where = reply[1].get("where", "").rstrip()
            raise Crashed(f"{shown} ran out of memory: it tried to use more than the {gib:g} GiB "
                          f"this kata allows" + (f"\n{where}" if where else ""))
        if kind == "forbidden":
            raise Forbidden(f"{shown}: {reply[1]} is not allowed in a kata")
        if kind == "raised":
            raise LearnerError(shown, reply[1])
        if kind == "missing":
            raise LearnerError(shown, {"type": "AttributeError",
                                       "message": f"your file defines no function named {name!r}"})
        if kind == "unsendable":
            raise LearnerError(shown, {"type": "TypeError",
                                       "message": f"it returned {reply[1]}, which is not a value the grader can check: "
                                                  "return numbers, numpy arrays, or lists and tuples of them"})
        raise Forbidden("the channel between your code and the grader was tampered with")

    def _wait(self, doing: str):
        deadline = time.monotonic() + self.remaining
        started = time.monotonic()
        try:
            while True:
                timeout = deadline - time.monotonic()
                if timeout <= 0:
                    self.close()
                    raise TimedOut(f"{doing} ran past the time limit of {self.time_limit:g} s "
                                   "for this kata: an endless loop, or far too slow?")
                waiting = [self.conn, self.process.sentinel]
                if self.output_open:
                    waiting.append(self.out_read)
                ready = multiprocessing.connection.wait(waiting, timeout)
                if self.out_read in ready:
                    self._drain_output(block=True)
                    continue
                if self.conn in ready:
                    try:
                        data = self.conn.recv_bytes()
                    except (EOFError, OSError):
                        raise self._died(doing) from None
                    try:
                        return safe_loads(data)
                    except Exception as error:
                        raise Forbidden("the channel between your code and the grader broke: your code "
                                        "wrote to it, or changed something the grader relies on (a builtin "
                                        f"such as len): tampering is not allowed ({error})") from None
                if self.process.sentinel in ready:
                    raise self._died(doing)
        finally:
            self.remaining -= time.monotonic() - started

    def _died(self, doing: str) -> Verdict:
        """The channel closed or the process ended: find out which, without ever blocking on
        a process that is still running (one that closed its descriptors and kept going)."""
        deadline = time.monotonic() + 0.5
        while self.process.exitcode is None and time.monotonic() < deadline:  # exitcode polls, never blocks
            time.sleep(0.01)
        exitcode = self.process.exitcode
        self.close()
        if exitcode is None:
            return Forbidden(f"your code closed its channel to the grader while {doing}, and kept "
                             "running: tampering is not allowed")
        return Crashed(f"{_describe_death(exitcode)} while {doing}")

    def _drain_output(self, block: bool = False) -> None:
        fd = self.out_read.fileno()
        if not block:
            os.set_blocking(fd, False)
        try:
            while True:
                data = os.read(fd, 65536)
                if not data:
                    self.output_open = False
                    return
                self.output.feed(data)
                if block:
                    return
        except (BlockingIOError, OSError):
            return
