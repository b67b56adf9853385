"""The grader's side of isolation: start a worker for the learner's file, call into it, kill it.

Nothing the worker sends is trusted: replies are plain data in grader.sandbox.wire's own format (no
class, no dtype object, sizes checked before anything is built, at a cost linear in the size),
so an object that lies about equality, or one that runs code when loaded, never reaches the
comparisons. The channel is non-blocking on this side: every read and write waits on the
kata's clocks, and every text the worker sends is cut to MAX_TEXT characters. Callables handed to the learner's code
stay here and are evaluated here when the worker asks, so their call counts are the grader's own.
A worker that dies, runs past its CPU budget (or the wall-clock backstop), or talks nonsense on
the channel ends with a verdict, never a pass.
"""
from __future__ import annotations

import atexit
import contextlib
import math
import multiprocessing
import multiprocessing.connection
import os
import pickle
import select
import signal
import struct
import sys
import tempfile
import threading
import time
import types
import weakref
from dataclasses import dataclass, field

from grader.sandbox import wire

OUTPUT_CAP = 64 * 1024  # bytes of learner output kept per kata; the rest is counted, not kept
GIB = 1024 ** 3
DEFAULT_LIMITS = {
    "RLIMIT_AS": 1 * GIB,        # address space: a memory hog fails to allocate instead of swapping
    "RLIMIT_FSIZE": 64 * 1024 ** 2,  # no file the learner writes grows past 64 MiB
    "RLIMIT_CORE": 0,            # a crash leaves no core file behind
    "RLIMIT_NOFILE": 256,        # descriptors
}
# The wall-clock backstop, for code that does not run (it sleeps or blocks): past WALL_FACTOR ×
# the CPU budget + WALL_EXTRA, a worker is stopped unless, over the last IDLE seconds, it was
# wanting the CPU (running, or runnable and waiting for a busy machine to give it a share: the
# kernel's scheduler statistics say which) at least RUNNABLE of the time, or the grader was
# busy answering it; one that is starved that way goes on, up to WALL_CAP × the budget +
# WALL_EXTRA in all. Printing, or waking up now and then, is not running.
WALL_FACTOR, WALL_EXTRA, WALL_CAP, IDLE, RUNNABLE = 2.0, 2.0, 10.0, 1.0, 0.5
POLL = 0.05                          # how often a busy worker's CPU time is read
MAX_REPLY = wire.MAX_MESSAGE
MAX_TEXT = 4000                      # characters of any text from the worker kept in a verdict
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


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
        text = (f"{call}: {detail.get('message', '')}" if detail.get("returned")
                else f"{call} raised {self.type}: {detail.get('message', '')}")
        if where:
            text += "\n" + where.rstrip()
        super().__init__(text)

    @property
    def not_implemented(self) -> bool:
        return self.type == "NotImplementedError"


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
        # (grader/__init__.py set them before numpy was first imported, in this process)
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        _context = multiprocessing.get_context(start_method())
        if _context.get_start_method() == "forkserver":
            preload = ["numpy", "grader.sandbox.worker"]
            if threading.current_thread() is threading.main_thread():
                # the server dies with this process (a parent-death signal; it is tied to the
                # thread that starts the server, so only when that is the main thread)
                preload.insert(0, "grader.sandbox.forkserver_guard")
            _context.set_forkserver_preload(preload)
    return _context


# bytes of a Unix socket's path (sun_path, less its final NUL): 107 on Linux, 103 on macOS and BSD
SOCKET_PATH_MAX = 107 if sys.platform.startswith("linux") else 103


def _socket_folder_short_enough() -> None:
    """The fork server listens on a Unix socket in multiprocessing's temporary folder, made
    inside $TMPDIR; a socket's path has at most ~104 bytes, so a long $TMPDIR (a deep project or
    batch folder) made the server fail to start ("AF_UNIX path too long"). Then that folder
    (removed by multiprocessing at exit, as always) is made in the system's short one instead,
    only when the server is about to start (the main thread: tempfile.tempdir is swapped)."""
    from multiprocessing import util
    tail = len("/pymp-12345678/listener-12345678")   # what multiprocessing adds: 8 random characters each
    if len(os.fsencode(tempfile.gettempdir())) + tail <= SOCKET_PATH_MAX:
        return
    for short in ("/tmp", "/var/tmp", "/dev/shm"):
        if os.path.isdir(short) and os.access(short, os.W_OK | os.X_OK):
            saved = tempfile.tempdir
            tempfile.tempdir = short
            try:
                util.get_temp_dir()   # made once per process, here: the server's socket goes in it
            finally:
                tempfile.tempdir = saved
            return


def warm_up() -> None:
    """Start the fork server now, in the background, before references or tests are loaded."""
    ctx = context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver
        # the server never sees Ctrl-C: SIGINT is blocked while it starts, and a blocked signal
        # stays blocked across its exec. The terminal signals the whole process group, and the
        # grader, not the server, decides what an interrupt means; an interrupt that arrives
        # meanwhile waits, and reaches the grader as soon as the server is up.
        _socket_folder_short_enough()
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            forkserver.ensure_running()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


# Workers forked ahead of time, while this process holds nothing but numpy and the grader's
# plumbing: no reference solution, test or expected value has been loaded yet.
_spare: list[tuple] = []
MAX_SPARE = 64
_slot_lock = threading.Lock()


def _new_slot(ctx) -> tuple:
    """A worker process waiting for the file it is to load: (process, conn, output reader)."""
    from grader.sandbox import worker
    conn, child_conn = ctx.Pipe()
    out_read, out_write = ctx.Pipe(duplex=False)
    inherited = ()
    if ctx.get_start_method() == "fork":  # the fork copies the other spares' ends: close them
        inherited = tuple(fd for process, c, o in _spare for fd in (c.fileno(), o.fileno(), process.sentinel))
        inherited += (conn.fileno(), out_read.fileno())
    if ctx.get_start_method() == "forkserver" and threading.current_thread() is threading.main_thread():
        _socket_folder_short_enough()  # the server may start here (on other threads, warm_up() has run)
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
        from grader.sandbox import worker  # noqa: F401
        fork = multiprocessing.get_context("fork")
        while len(_spare) < min(n_workers, MAX_SPARE):
            _spare.append(_new_slot(fork))
        if n_workers > MAX_SPARE:
            warm_up()  # the fork server for the rest, starting meanwhile on the other core
    else:
        warm_up()


def release_spares() -> None:
    """End the workers that were forked but not needed, and finish closing the others."""
    while _spare:
        process, conn, out_read = _spare.pop()
        conn.close()
        out_read.close()
        process.join(timeout=1)
        if process.is_alive():
            process.kill()
    reap(block=True)


_dying: list[tuple] = []   # workers killed by close(): (process, conn, out_read, folder or None)


def reap(block: bool = False) -> None:
    """Finish closing the workers close() killed: those that have ended (with `block`, all of
    them, waiting up to 5 s each for one to end): their channel ends closed, their folders
    removed. Also when this process exits."""
    still = []
    for entry in _dying:
        process, conn, out_read, folder = entry
        if block:
            process.join(timeout=5)  # SIGKILLed: it ends now, whatever its descriptors
        elif process.exitcode is None:  # polled, never waited for
            still.append(entry)
            continue
        for end in (conn, out_read):
            end.close()
        if folder is not None:
            remove_tree(folder)
    _dying[:] = still


atexit.register(reap, True)


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


@dataclass(frozen=True)
class Handle:
    """An object that lives in the learner's process (object katas): its handle and type name."""
    key: int
    type: str


@dataclass(frozen=True)
class Step:
    """In the steps of a script (Worker.script): the object that step `index` gave."""
    index: int


def travels(function) -> bool:
    """A test function from grader/functions*.py (the worker has those modules loaded)."""
    owner = getattr(function, "__self__", function)
    module = getattr(type(owner), "__module__", "") or ""
    return module.startswith("grader.functions")


def within(value, leaf, depth: int = 0):
    """`value` with each part for which `leaf(part)` gives something (not None) replaced by
    that, looking inside lists, tuples and dicts, 20 levels deep at most."""
    found = leaf(value)
    if found is not None:
        return found
    if depth < 20 and type(value) in (list, tuple):
        return type(value)(within(v, leaf, depth + 1) for v in value)
    if depth < 20 and type(value) is dict:
        return {k: within(v, leaf, depth + 1) for k, v in value.items()}
    return value


def _refs(value):
    """A plain argument with every Handle inside it turned into the worker's Ref."""
    from grader.sandbox.worker import Ref
    return within(value, lambda part: Ref(part.key) if isinstance(part, Handle) else None)


@dataclass
class Reply:
    """What one call into the learner's code gave back."""
    value: object
    calls: dict = field(default_factory=dict)   # argument position or name -> times called
    args_after: tuple | None = ((), {})         # the arguments after the call (None: unsendable)
    aliases: list = field(default_factory=list)  # (kind, where in the result, what it shares with)
    warnings: list = field(default_factory=list)  # numpy's RuntimeWarnings during the call, as text


_readable: list[str] | None = None
last_layers: dict[str, str] = {}   # the kernel layers the last worker reported: {layer: "on" | why not}


def readable_paths() -> list[str]:
    """What the learner's process may read: the interpreter, its libraries, numpy. Computed once."""
    global _readable
    if _readable is None:
        from grader.sandbox import confine
        _readable = confine.system_paths()
    return _readable


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system, every thread) a running process has used; None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return None


def runnable_seconds(pid: int) -> float | None:
    """Seconds the process's threads have spent running or runnable (waiting for a CPU) in all,
    from the scheduler's statistics (Linux); None where unknown. A sleeper's count stands still
    however often it wakes up; a process starved by a busy machine counts the wall clock."""
    total, read = 0.0, False
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat", "rb") as handle:
                running, waiting = handle.read().split()[:2]
            total += (int(running) + int(waiting)) / 1e9
            read = True
        except (OSError, ValueError):
            continue
    return total if read else None


def peak_memory(pid: int) -> int | None:
    """The largest address space the process has had, in bytes; None where unknown."""
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(b"VmPeak:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


class Worker:
    """One learner file, imported in its own process; calls go over a private pipe.

    `time_limit` is the kata's CPU budget in seconds, for all calls together; the wall clock
    backstop (for code that sleeps or blocks) is WALL_FACTOR times that plus WALL_EXTRA.
    """

    def __init__(self, path: str, source: str, time_limit: float, limits: dict | None = None,
                 real_path: str | None = None, repo: str | None = None, confine: bool = True):
        self.path = path
        self.real_path = real_path or path
        self.repo = repo
        self.source = source
        self.time_limit = time_limit
        self.wall_limit = WALL_FACTOR * time_limit + WALL_EXTRA
        self.remaining = self.wall_limit
        self.remaining_cap = WALL_CAP * time_limit + WALL_EXTRA
        self.limits = dict(DEFAULT_LIMITS if limits is None else limits)
        self.confine = confine
        self.output = CappedOutput()
        self.process = None
        self.workdir = None
        self.output_open = False
        self.layers: dict = {}
        self.cpu_used = 0.0
        self._callbacks: dict[int, tuple] = {}   # key -> (function, argument position or name)
        self._counts: dict[str, int] = {}
        self._inbox = bytearray()                # bytes of the message being received
        self._expected: int | None = None        # its length, once its header is in
        self._filled = 0                         # bytes of it received so far
        self._load_out = b""                     # bytes of the file handed over, not written yet
        self._outbox = b""                       # bytes of a request not written to the channel yet
        self._loading = False                    # the file was handed over, its answer not read yet
        self._sent: tuple | None = None          # the request sent and not answered yet: its head

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker and wait until it has imported the learner's file."""
        self.launch()
        self._await_ready()

    def launch(self) -> None:
        """Start the worker and hand it the learner's file, without waiting for the import: the
        first request can be sent at once, and the import ends (or fails) before it is read."""
        self.workdir = tempfile.mkdtemp(prefix="katagrad-")
        self._remove_workdir = weakref.finalize(self, remove_tree, self.workdir)  # at exit at the latest
        # the kernel's own CPU limit is a backstop behind the grader's finer clock
        cpu = math.ceil(self.time_limit * 1.5) + 1
        spec = {"path": self.path, "real_path": self.real_path, "repo": self.repo,
                "source": self.source, "workdir": self.workdir, "confine": self.confine,
                "readable": readable_paths() if self.confine else [],
                "limits": {**self.limits, "RLIMIT_CPU": cpu}}
        with _slot_lock:  # a worker may be started on another thread (grading.Session.launch_ahead)
            self.process, self.conn, self.out_read = _spare.pop(0) if _spare else _new_slot(context())
        _widen_pipe(self.out_read.fileno())
        os.set_blocking(self.conn.fileno(), False)  # every read and write waits on our clocks
        spec["sentinel_inode"] = os.fstat(self.process.sentinel).st_ino
        self.output_open = True
        self._load_out = _frame(("load", spec))
        self._loading = True
        self._flush_outbox()

    def _await_ready(self) -> None:
        """The worker's answer to the file it was handed: ready, or the verdict it says."""
        if not self._loading:
            return
        self._loading = False
        framed, self._load_out = self._load_out, b""
        reply = self._wait("importing your file", framed=framed or None)
        if reply[0] == "forbidden" and len(reply) == 2:
            raise Forbidden(f"while importing your file: {_text(reply[1])} is not allowed in a kata")
        if reply[0] == "import_failed" and len(reply) == 2:
            detail = _detail(reply[1])
            text = f"your file could not be imported: {detail['type']}: {detail['message']}"
            if detail.get("where"):
                text += "\n" + detail["where"].rstrip()
            raise ImportFailed(text, detail)
        if reply[0] != "ready" or len(reply) != 2 or type(reply[1]) is not dict:
            raise Forbidden("the channel between your code and the grader was tampered with")
        self.layers = {_text(k, 100): _text(v, 200) for k, v in list(reply[1].items())[:20]}
        last_layers.update(self.layers)

    def close(self) -> None:
        """Kill the worker now; the rest (waiting for it to end, closing the channel, removing
        its folder) is done by `reap`, later, at the latest when grading ends: a killed process
        takes a millisecond or two to end, time the next kata's tests can use."""
        if self.process is not None and self.process.pid:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.process.kill()
            except (OSError, ValueError):
                pass
            self._drain_output()  # what it printed before it was killed
            remove = None
            if self.workdir is not None:  # removed once the process has ended, not while it may write
                self._remove_workdir.detach()
                remove, self.workdir = self.workdir, None
            _dying.append((self.process, self.conn, self.out_read, remove))
            self.process = None
            reap()
        if self.workdir is not None:
            self._remove_workdir()
            self.workdir = None

    # -- calls -----------------------------------------------------------------------------
    def call(self, name: str, args: tuple, kwargs: dict, shown: str) -> Reply:
        """Call the function `name(*args, **kwargs)` in the learner's process."""
        return self.request(("call", name), args, kwargs, shown)

    def request(self, head: tuple, args: tuple, kwargs: dict, shown: str) -> Reply:
        """One request to the learner's process: ("call", function), ("new", class),
        ("method", handle, name) or ("getattr", handle, name). Callables among the top-level
        arguments stay here: the learner's code gets stand-ins, and the calls are counted here.
        Handle arguments name objects living in the learner's process."""
        self.send(head, args, kwargs)
        return self.receive(shown)

    def send(self, head: tuple, args: tuple, kwargs: dict) -> None:
        """The first half of `request`: the request goes to the learner's process, which works
        on it while this one goes on (computing the reference's answer, say) until `receive`.
        One request at a time: each is received before the next is sent."""
        from grader.sandbox.worker import Callback, Counted, Ref
        if self._sent is not None:
            raise RuntimeError("a request was sent and its reply not received")
        self._callbacks.clear()
        self._counts = {}

        def stand_in(value, where: str):
            if isinstance(value, Handle):
                return Ref(value.key)
            if not callable(value):
                return _refs(value)
            if travels(value):  # a test function of grader/functions*.py: it runs in the worker
                return Counted(value, where)
            key = len(self._callbacks)
            self._callbacks[key] = (value, where)
            self._counts[where] = 0
            return Callback(key, _callable_text(value))

        sent_args = [stand_in(a, str(i)) for i, a in enumerate(args)]
        sent_kwargs = {k: stand_in(v, k) for k, v in kwargs.items()}
        message = head if head[0] == "getattr" else (*head, sent_args, sent_kwargs)
        self._outbox += _frame(message)
        self._sent = head
        self._flush_outbox()

    def receive(self, shown: str) -> Reply:
        """The second half of `request`: wait for the reply to the request sent (answering the
        learner's calls of our callables meanwhile), on the kata's clocks, and check it."""
        head, self._sent = self._sent, None
        if head is None:
            raise RuntimeError("no request was sent")
        self._await_ready()
        framed, self._outbox = self._outbox, b""
        return self._parse(self._wait(shown, framed=framed or None), head, shown)

    def _flush_outbox(self) -> None:
        """Write what the channel takes now, without waiting: the file handed over first, then
        the request; the rest goes out in `_wait`. A channel that is closed is left for `_wait`
        to find, where the verdict can say what was being done."""
        for name in ("_load_out", "_outbox"):
            pending = getattr(self, name)
            if not pending:
                continue
            try:
                written = os.write(self.conn.fileno(), pending)
            except (BlockingIOError, OSError):
                written = 0
            setattr(self, name, pending[written:])
            if written < len(pending):
                return

    def calls(self, name: str, items: list, shown: list, meanwhile=None) -> list:
        """The function `name` called on each (args, kwargs) of `items` in turn, in as few round
        trips as the replies' size allows. Returns a Reply per call made, and, where a call did
        not return, its LearnerError last (the calls after it are not made, as in a loop).
        Arguments must be plain data or the grader's test functions that run in the worker.
        `meanwhile()`, if given, runs here once the first batch is sent, while the learner's
        process works on it."""
        from grader.sandbox.worker import Counted
        self._await_ready()

        def stand_in(value, where: str):
            if not callable(value):
                return _refs(value)
            if travels(value):
                return Counted(value, where)
            raise TypeError(f"a batch of calls cannot take {value!r}: only plain data and the test "
                            "functions of grader/functions*.py (they run in the worker)")

        outcomes: list = []
        done = 0
        while done < len(items):
            sent = [[[stand_in(a, str(i)) for i, a in enumerate(args)], {k: stand_in(v, k) for k, v in kwargs.items()}]
                    for args, kwargs in items[done:]]
            rest = len(items) - done - 1
            doing = shown[done] + (f" (the first of {rest + 1} calls in a row)" if rest else "")
            self._callbacks.clear()
            self._outbox = _frame(("calls", name, sent))
            self._flush_outbox()
            if meanwhile is not None:
                meanwhile, later = None, meanwhile
                later()
            framed, self._outbox = self._outbox, b""
            reply = self._wait(doing, framed=framed or None)
            if reply[0] != "batch":
                self._counts = {}
                self._parse(reply, ("call", name), doing)  # a verdict or the learner's error
                raise Forbidden("the channel between your code and the grader was tampered with")
            if len(reply) != 2 or type(reply[1]) is not list or not 0 < len(reply[1]) <= len(items) - done:
                raise Forbidden("the channel between your code and the grader was tampered with")
            for answer in reply[1]:
                if type(answer) is not tuple or not answer or type(answer[0]) is not str or answer[0] == "handle":
                    raise Forbidden("the channel between your code and the grader was tampered with")
                self._counts = {}
                try:
                    outcomes.append(self._parse(answer, ("call", name), shown[done]))
                except LearnerError as error:
                    outcomes.append(error)
                    return outcomes
                done += 1
        return outcomes

    def script(self, steps: list, doing: str) -> list:
        """An object kata's scenario sent ahead: `steps` is [(head, args, kwargs, may_raise)],
        each head ("new", class), ("method", object, name) or ("getattr", object, name), where an
        object is a Handle or Step(i), the object step i gave, and arguments may hold either.
        The steps are taken in order in the learner's process, each answered and checked as its
        own request would be, in as few round trips as the replies' size allows. Returns a Reply
        or a LearnerError per step taken: it stops after a step that raised (unless it may),
        and before a step that needs an object no step gave. Arguments must be plain data."""
        from grader.sandbox.worker import Earlier, Ref
        self._await_ready()
        outcomes: list = []
        keys: list = []   # the handle key each step gave, or None
        done = 0

        def leaf(value):
            if isinstance(value, Step):
                if value.index >= done:
                    return Earlier(value.index - done)
                if keys[value.index] is None:
                    raise LookupError(value.index)
                return Ref(keys[value.index])
            if isinstance(value, Handle):
                return Ref(value.key)
            if callable(value):
                raise TypeError(f"a script cannot take {value!r}: only plain data")
            return None

        def convert(value):
            return within(value, leaf)

        while done < len(steps):
            try:
                sent = [(convert(head if head[0] == "getattr" else (*head, list(args), dict(kwargs))), may_raise)
                        for head, args, kwargs, may_raise in steps[done:]]
            except LookupError:
                return outcomes
            self._callbacks.clear()
            self._counts = {}
            reply = self._wait(doing, outgoing=("script", sent))
            if reply[0] != "script":
                self._parse(reply, steps[done][0], doing)  # a verdict
                raise Forbidden("the channel between your code and the grader was tampered with")
            if len(reply) != 2 or type(reply[1]) is not list or len(reply[1]) > len(steps) - done:
                raise Forbidden("the channel between your code and the grader was tampered with")
            if not reply[1]:
                return outcomes
            for answer in reply[1]:
                if type(answer) is not tuple or not answer or type(answer[0]) is not str:
                    raise Forbidden("the channel between your code and the grader was tampered with")
                self._counts = {}
                may_raise = steps[done][3]
                try:
                    outcome = self._parse(answer, steps[done][0], doing)
                except LearnerError as error:
                    outcomes.append(error)
                    keys.append(None)
                    done += 1
                    if not may_raise or answer[0] != "raised":
                        return outcomes
                    continue
                outcomes.append(outcome)
                keys.append(outcome.value.key if isinstance(outcome.value, Handle) else None)
                done += 1
        return outcomes

    def _parse(self, reply: tuple, head: tuple, shown: str) -> Reply:
        """The worker's reply to one request, checked: a Reply, or the verdict or error it says."""
        kind = reply[0]
        name = head[-1]
        if kind == "handle" and len(reply) == 4 and type(reply[1]) is int and head[0] != "call":
            return Reply(value=Handle(reply[1], _text(reply[2], 200)), calls=dict(self._counts),
                         aliases=[tuple(_text(part, 200) for part in a) for a in reply[3] if type(a) in (list, tuple)]
                         if type(reply[3]) is list else [])
        if kind == "returned" and len(reply) in (5, 6):
            after = reply[2]
            counts = reply[4] if type(reply[4]) is dict else {}
            self._counts.update({_text(k, 100): int(v) for k, v in list(counts.items())[:100] if type(v) is int})
            if after is not None and not (type(after) in (list, tuple) and len(after) == 2
                                          and type(after[0]) is list and type(after[1]) is dict):
                raise Forbidden("the channel between your code and the grader was tampered with")
            return Reply(value=reply[1], calls=dict(self._counts),
                         args_after=None if after is None else (after[0], after[1]),
                         aliases=[tuple(_text(x, 200) for x in a[:3]) for a in reply[3][:10]
                                  if type(a) in (list, tuple)]
                         if type(reply[3]) is list else [],
                         warnings=[_text(w, 200) for w in reply[5][:3]]
                         if len(reply) == 6 and type(reply[5]) is list else [])
        if len(reply) != 2:
            raise Forbidden("the channel between your code and the grader was tampered with")
        if kind == "out_of_memory":
            gib = self.limits.get("RLIMIT_AS", 0) / GIB
            where = _detail(reply[1]).get("where", "").rstrip()
            raise Crashed(f"{shown} ran out of memory: it tried to use more than the {gib:g} GiB "
                          f"this kata allows" + (f"\n{where}" if where else ""))
        if kind == "forbidden":
            raise Forbidden(f"{shown}: {_text(reply[1])} is not allowed in a kata")
        if kind == "raised":
            raise LearnerError(shown, _detail(reply[1]))
        if kind == "missing":
            raise LearnerError(shown, {"type": "AttributeError",
                                       "message": f"your file defines no {'class' if head[0] == 'new' else 'function'} "
                                                  f"named {_text(name, 200)!r}"})
        if kind == "unsendable":
            raise LearnerError(shown, {"type": "TypeError", "returned": True,  # nothing was raised
                                       "value": _text(reply[1], 200),
                                       "message": f"it returned {_text(reply[1])}, which is not a value the grader can check: "
                                                  "return numbers, numpy arrays, or lists and tuples of them"})
        raise Forbidden("the channel between your code and the grader was tampered with")

    def examples(self, items: list[tuple[str, str]], shown: str = "the statement's examples") -> list:
        """Run doctest examples [(source, wanted output)] in the learner's module; returns
        [(source, wanted, got, passed)]."""
        self._await_ready()
        reply = self._wait(shown, outgoing=("examples", [list(item) for item in items]))
        if reply[0] == "forbidden" and len(reply) == 2:
            raise Forbidden(f"{shown}: {_text(reply[1])} is not allowed in a kata")
        if (reply[0] != "examples" or len(reply) != 2 or type(reply[1]) is not list
                or len(reply[1]) > len(items)
                or not all(type(r) in (list, tuple) and len(r) == 4 for r in reply[1])):
            raise Forbidden("the channel between your code and the grader was tampered with: "
                            "the reply to the statement's examples is not one the worker sends")
        return [(_text(a), _text(b), _text(c), d is True) for a, b, c, d in reply[1]]

    def _callback(self, message) -> bytes:
        """The learner's code called one of our callables: evaluate it here, count it; returns
        the answer, framed, for the wait loop to send."""
        _, key, args, kwargs = message if len(message) == 4 else (None, None, None, None)
        if (type(key) is not int or key not in self._callbacks or type(args) is not list
                or type(kwargs) is not dict or not all(type(k) is str for k in kwargs)):
            raise Forbidden("the channel between your code and the grader was tampered with")
        function, where = self._callbacks[key]
        self._counts[where] += 1
        try:
            answer = ("value", function(*args, **kwargs))
        except Exception as error:
            answer = ("raised", type(error).__name__, _text(str(error)))
        return _frame(answer)

    def _wait(self, doing: str, outgoing=None, framed: bytes | None = None):
        """Send `outgoing` (a message), or `framed` (the bytes of one, framed), or nothing, and wait for the worker's reply, answering its
        callbacks meanwhile. Every read and write is non-blocking and every wait is bounded by
        the kata's clocks: a reply that stops half-way, a worker that never reads what we send,
        or one that prints now and then while it sleeps all end on the same deadline."""
        started = time.monotonic()
        deadline, cap = started + self.remaining, started + self.remaining_cap
        pid = self.process.pid
        last_cpu = self.cpu_used
        polled = started  # the CPU clock is read every POLL seconds, not on every message
        samples: list[tuple[float, float]] = []   # (time, runnable + serving seconds), the last IDLE s
        serving = 0.0                              # seconds this call spent answering callbacks
        if outgoing is not None:
            framed = _frame(outgoing)
        pending = memoryview(framed) if framed else None
        conn_fd, out_fd, sentinel = self.conn.fileno(), self.out_read.fileno(), self.process.sentinel
        try:
            while True:
                now = time.monotonic()
                if now - polled >= POLL or now == started:
                    polled = now
                    cpu = cpu_seconds(pid)
                    if cpu is not None:
                        last_cpu = max(cpu, last_cpu)
                        self.cpu_used = last_cpu
                        if cpu > self.time_limit:
                            raise self._timed_out(doing, wall=False)
                    if now > started:  # a call that lasts: how much it wanted the CPU lately
                        wanting = runnable_seconds(pid)
                        if wanting is None:  # no scheduler statistics: its CPU time, then
                            wanting = last_cpu
                        samples.append((now, wanting + serving))
                        samples = [(t, w) for t, w in samples if t >= now - IDLE - POLL]
                    if now >= deadline and samples:
                        first_t, first_w = samples[0]
                        if now - first_t >= IDLE and (samples[-1][1] - first_w) < RUNNABLE * (now - first_t):
                            raise self._timed_out(doing, wall=True)
                if now >= cap:
                    raise self._timed_out(doing, wall=True)
                readable = [conn_fd, sentinel] + ([out_fd] if self.output_open else [])
                writable = [conn_fd] if pending is not None else []
                timeout = min(max(deadline - now, 0) + IDLE, POLL)
                try:
                    ready, can_write, _ = select.select(readable, writable, [], timeout)
                except InterruptedError:
                    continue
                if out_fd in ready:
                    self._drain_output(block=True)
                if can_write:
                    try:
                        sent = os.write(conn_fd, pending)
                    except BlockingIOError:
                        sent = 0
                    except OSError:
                        raise self._died(doing) from None
                    pending = pending[sent:] if sent < len(pending) else None
                if conn_fd in ready:
                    message = self._receive(doing)
                    if message is not None:
                        if message[0] == "callback":
                            began = time.monotonic()
                            answer = self._callback(message)
                            pending = memoryview(answer if pending is None else bytes(pending) + answer)
                            serving += time.monotonic() - began
                            continue
                        if pending is not None:  # a reply before it read the request: not the worker's code
                            raise Forbidden("the channel between your code and the grader was tampered with")
                        return message
                if sentinel in ready and conn_fd not in ready:
                    raise self._died(doing)
        finally:
            spent = time.monotonic() - started
            self.remaining -= spent
            self.remaining_cap -= spent

    def _receive(self, doing: str):
        """Read what the channel holds now, without waiting; a whole message once it is all
        here (its length checked against MAX_REPLY before the body is read, and the body read
        into a buffer of exactly that size), else None."""
        fd = self.conn.fileno()
        try:
            while True:
                if self._expected is None:  # the 4-byte header
                    data = os.read(fd, 4 - len(self._inbox))
                    if not data:
                        raise self._died(doing)
                    self._inbox += data
                    if len(self._inbox) < 4:
                        continue
                    (size,) = struct.unpack("!i", self._inbox)
                    if size < 0 or size > MAX_REPLY:
                        raise self._refused(wire.WireError(
                            f"a message of {'more than 2 GiB' if size < 0 else f'{size:,} bytes'}, "
                            f"more than the {MAX_REPLY // 1024 ** 2} MiB a reply may have"))
                    self._expected, self._filled = size, 0
                    self._inbox = bytearray(size)
                if self._filled < self._expected:
                    with memoryview(self._inbox) as view:
                        got = os.readv(fd, [view[self._filled:self._filled + (1 << 20)]])
                    if not got:
                        raise self._died(doing)
                    self._filled += got
                    if self._filled < self._expected:
                        continue
                body, self._inbox, self._expected = self._inbox, bytearray(), None
                try:
                    message = wire.decode(body)  # decoded where it was received, not copied
                except wire.WireError as error:
                    raise self._refused(error) from None
                finally:
                    del body
                if type(message) is not tuple or not message or type(message[0]) is not str:
                    raise Forbidden("the channel between your code and the grader was tampered with")
                return message
        except (BlockingIOError, InterruptedError):
            return None
        except OSError:
            raise self._died(doing) from None

    def _refused(self, error: Exception) -> Verdict:
        self.close()
        return Forbidden("the channel between your code and the grader broke: your code wrote to it, "
                         f"or sent something that is not plain data ({_text(str(error), 300)}): "
                         "tampering is not allowed")

    def _timed_out(self, doing: str, wall: bool) -> Verdict:
        peak = peak_memory(self.process.pid)
        self.close()
        limit = self.limits.get("RLIMIT_AS", 0)
        if peak is not None and limit and peak >= 0.5 * limit:  # a hog stopped on its way to the limit
            return Crashed(f"{doing} ran out of memory: it tried to use more than the {limit / GIB:g} GiB "
                           f"this kata allows (it had reached {peak / GIB:.1f} GiB when it was stopped)")
        if wall:
            return TimedOut(f"{doing} ran past the time limit: more than {self.wall_limit:g} s of wall-clock "
                            f"time, the last {IDLE:g} s without running (it used {self.cpu_used:.1f} s of CPU "
                            "in all): sleeping, or waiting for something that never comes?")
        return TimedOut(f"{doing} ran past the time limit of {self.time_limit:g} s of CPU time for this kata: "
                        "an endless loop, or far too slow?")

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
        from grader.sandbox.worker import TAMPERED
        if exitcode == TAMPERED:
            return Forbidden(f"while {doing}, the grader's side of your process broke: your code changed "
                             "something the grader relies on (a builtin such as len, say): tampering is not allowed")
        if exitcode == -signal.SIGSYS:
            return Forbidden(f"while {doing}, your code made a system call that katas rule out (starting a "
                             "process or a program, signalling, tracing or limiting another process, making "
                             "a device or FIFO, changing its own limits): the kernel's sandbox ended it")
        if exitcode in (-signal.SIGXCPU, -signal.SIGKILL) and self.cpu_used >= self.time_limit * 0.9:
            return TimedOut(f"{doing} ran past the time limit of {self.time_limit:g} s of CPU time for "
                            "this kata: an endless loop, or far too slow?")
        return Crashed(f"{_describe_death(exitcode)} while {doing}")

    def _drain_output(self, block: bool = False) -> None:
        """Read what the learner printed: everything available now (one wake-up reads up to a
        few MiB), without ever waiting for more."""
        fd = self.out_read.fileno()
        os.set_blocking(fd, False)
        try:
            for _ in range(64 if block else 1 << 30):
                data = os.read(fd, 1 << 20)
                if not data:
                    self.output_open = False
                    return
                self.output.feed(data)
        except (BlockingIOError, OSError):
            return


def _widen_pipe(fd: int) -> None:
    """A 1 MiB pipe for the learner's output (Linux): a chatty solution costs fewer wake-ups."""
    try:
        import fcntl
        fcntl.fcntl(fd, 1031, 1 << 20)  # F_SETPIPE_SZ
    except (ImportError, OSError, ValueError):
        pass


def _callable_text(function, limit: int = 60) -> str:
    """How a callable the grader keeps reads in the learner's process (the stand-in's repr):
    "grad of f(x) = …" for a test function's method, else its repr, on one line, clipped."""
    owner = getattr(function, "__self__", None)
    describe = getattr(owner, "describe", None) if owner is not None else None
    try:
        text = describe(function.__name__) if callable(describe) else repr(function)
    except Exception:
        text = object.__repr__(function)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _text(value, limit: int = MAX_TEXT) -> str:
    """Text from the worker for a verdict: a string at most `limit` characters long (and what
    was cut counted), whatever the worker sent."""
    text = value if type(value) is str else _safe_repr(value, limit)
    if len(text) <= limit:
        return text
    return f"{text[:limit]} [… {len(text) - limit:,} more characters cut]"


def _safe_repr(value, limit: int) -> str:
    try:
        import reprlib
        shortener = reprlib.Repr()
        shortener.maxstring = shortener.maxother = limit
        return shortener.repr(value)
    except Exception:
        return f"<{type(value).__name__}>"


def _detail(value) -> dict:
    """An exception's description from the worker, as capped strings whatever the worker sent."""
    if type(value) is not dict:
        return {"type": "Exception", "message": _text(value), "where": ""}
    detail = {_text(k, 100): _text(v) for k, v in list(value.items())[:10]}
    detail.setdefault("type", "Exception")
    detail["type"] = _text(detail["type"], 200)
    detail.setdefault("message", "")
    return detail


def _frame(message) -> bytes:
    """A message for the worker, as multiprocessing's Connection.recv() reads it (a pickle:
    messages hold plain data, arrays and the worker's own small classes, none of which needs
    multiprocessing's extra reducers; plain pickle is a third faster)."""
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    if len(body) > 0x7FFFFFFF:
        return struct.pack("!i", -1) + struct.pack("!Q", len(body)) + body
    return struct.pack("!i", len(body)) + body


def remove_tree(path: str) -> None:
    """Remove a folder and everything in it, whatever its depth (a tree thousands of folders
    deep, deeper than a path may be long or than recursion goes) and whatever the permissions
    its owner left: one folder descriptor at a time, walking back up through "..".
    Never raises: what cannot be removed is left, and the rest still goes."""
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(path)
        return
    names: list[str] = []       # the folders we are in, below `path`
    skipped: set = set()        # (depth, name) of entries that cannot be removed
    try:
        while True:
            child = None
            try:
                with os.scandir(fd) as entries:
                    for entry in entries:
                        if (len(names), entry.name) in skipped:
                            continue
                        try:
                            is_dir = entry.is_dir(follow_symlinks=False)
                        except OSError:
                            is_dir = False
                        if is_dir:
                            child = entry.name
                            break
                        try:
                            os.unlink(entry.name, dir_fd=fd)
                        except OSError:
                            skipped.add((len(names), entry.name))
            except OSError:
                pass
            if child is not None:
                try:
                    with contextlib.suppress(OSError):
                        os.chmod(child, 0o700, dir_fd=fd, follow_symlinks=False)
                    inner = os.open(child, flags, dir_fd=fd)
                except OSError:
                    skipped.add((len(names), child))
                    continue
                os.close(fd)
                fd = inner
                names.append(child)
                continue
            if not names:
                break
            try:
                parent = os.open("..", flags, dir_fd=fd)
            except OSError:
                break
            os.close(fd)
            fd = parent
            name = names.pop()
            try:
                os.rmdir(name, dir_fd=fd)
            except OSError:
                skipped.add((len(names), name))
            skipped = {(depth, n) for depth, n in skipped if depth <= len(names)}
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):
        os.rmdir(path)
