"""The learner's side of grading: a process that imports the learner's file and runs calls.

It is forked from a process that has loaded numpy and the grader's plumbing only: no reference
solution, expected value or comparison ever exists here. Before the learner's file is compiled it
confines itself (grader.sandbox.confine: Landlock, seccomp, no capabilities, hard limits; then the audit
hook of grader.sandbox.guard for clear messages). It answers over a private pipe with plain data only
(grader.sandbox.wire); what it prints goes to another pipe that the grader reads and caps.

The callables a test hands to the learner's function (`grad`, `f`, `schedule`) stay in the
grader: here they are `Callback` stand-ins that ask the grader to evaluate them, so the grader
counts the calls itself. What the worker still reports, and learner code could forge, is the
state of the arguments after a call and which returned arrays share memory with them.
"""
from __future__ import annotations

import linecache
import os
import signal
import sys
import threading
import traceback
import types
import warnings

# What the worker needs, imported once by the process it is forked from, so a fork costs
# milliseconds and nothing has to be read from disk once the boundary is up.
import numpy  # noqa: F401  (preloaded for the learner's `import numpy`)
import numpy.linalg  # noqa: F401
import numpy.random  # noqa: F401

from grader.sandbox import confine, guard, wire

confine.preload()

# The test functions hidden tests hand to learner code (grader/functions*.py) travel to this
# process and run here, counted here: loaded now, before the boundary hides the repository.
import importlib as _importlib
import pkgutil as _pkgutil

import grader as _grader
for _module in _pkgutil.iter_modules(_grader.__path__):
    if _module.name.startswith("functions"):
        _importlib.import_module(f"grader.{_module.name}")

try:
    import resource
except ImportError:  # not on this platform: the grader's clocks still hold
    resource = None

_channel = None
_channel_lock = threading.Lock()
_namespaces: str | None = ""   # None once in namespaces of its own; else why not ("" not tried)


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


MAX_MESSAGE_TEXT = 2000   # characters of an exception's message sent to the grader (it cuts again)
MAX_WHERE_TEXT = 4000     # characters of the traceback lines in the learner's file


def cut(text: str, limit: int) -> str:
    """`text`, or its first `limit` characters and how many more there were."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]} [… {len(text) - limit:,} more characters cut]"


def describe_exception(error: BaseException, learner_path: str) -> dict:
    """Type, message and the traceback frames that are in the learner's file (each capped)."""
    try:
        where = _where(error.__traceback__, learner_path)
    except BaseException:
        where = ""
    return {"type": cut(_type_name(error), 200), "message": cut(_safe_str(error), MAX_MESSAGE_TEXT),
            "where": cut(where, MAX_WHERE_TEXT)}


def _where(tb, learner_path: str) -> str:
    """The last 20 frames of `tb` in the learner's file, as traceback.format_list writes them.
    Only those frames are looked at: the worker's and numpy's are never read (their source
    lines, their files' state in linecache), nor the thousand frames of a deep recursion."""
    if getattr(sys, "tracebacklimit", None) is not None:  # set by the learner: counted over every frame
        frames = [frame for frame in traceback.extract_tb(tb) if frame.filename == learner_path][-20:]
        return "".join(traceback.format_list(frames))
    theirs = []
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == learner_path:
            theirs.append(tb)
        tb = tb.tb_next
    chain = None
    for tb in reversed(theirs[-20:]):
        chain = types.TracebackType(chain, tb.tb_frame, tb.tb_lasti, tb.tb_lineno)
    return "".join(traceback.format_list(traceback.extract_tb(chain))) if chain is not None else ""


def _send(message: tuple) -> None:
    try:
        data = wire.encoded(message)
    except wire.TooLarge as error:  # the grader would refuse it unread: say what it was instead
        data = wire.encode(("unsendable", str(error)))
    _channel.send_bytes(data)


class Counted:
    """A test function of the grader's that runs in this process: its calls are counted here
    (and reported with the result: code that rewrites the worker could forge that count)."""

    def __init__(self, function, where: str):
        self.function, self.where, self.count = function, where, 0
        self.__name__ = self.__qualname__ = getattr(function, "__name__", "function")

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.function(*args, **kwargs)

    def __repr__(self):
        return repr(self.function)


class Callback:
    """A callable of the grader's, seen from the learner's code: each call is a round trip."""

    def __init__(self, key: int, shown: str):
        self.key = key
        self.shown = shown
        self.__name__ = self.__qualname__ = shown  # code that prints a function's name still reads well

    def __call__(self, *args, **kwargs):
        problem = wire.unplain((list(args), kwargs))
        if problem:
            raise TypeError(f"{self.shown} was called with {problem}, which it cannot take")
        with _channel_lock:
            _send(("callback", self.key, list(args), kwargs))
            reply = _channel.recv()
        if reply[0] == "value":
            return reply[1]
        raise _BUILTIN_ERRORS.get(reply[1], RuntimeError)(reply[2])

    def __repr__(self):
        return self.shown


_BUILTIN_ERRORS = {cls.__name__: cls for cls in (ValueError, TypeError, IndexError, KeyError,
                                                 ZeroDivisionError, ArithmeticError, OverflowError,
                                                 FloatingPointError, RuntimeError)}


def _arrays(value, path: str, depth: int = 0, found: list | None = None) -> list:
    """[(path, array)] for every numpy array in a plain value, in order."""
    if found is None:
        found = []
    if depth > 20:
        return found
    kind = type(value)
    if kind is numpy.ndarray:
        found.append((path, value))
    elif kind is list or kind is tuple:
        for i, item in enumerate(value):
            kind = type(item)
            if kind is numpy.ndarray:
                if depth < 20:
                    found.append((f"{path}[{i}]", item))
            elif kind is list or kind is tuple or kind is dict:
                _arrays(item, f"{path}[{i}]", depth + 1, found)
    elif kind is dict:
        for key, item in value.items():
            _arrays(item, f"{path}[{key!r}]", depth + 1, found)
    return found


def _containers(value, path: str, depth: int = 0, found: list | None = None) -> list:
    """[(path, list or dict)] for every mutable container in a plain value, itself included."""
    if found is None:
        found = []
    if depth > 20:
        return found
    kind = type(value)
    if kind is list or kind is dict:
        found.append((path, value))
    if kind is list or kind is tuple:
        for i, item in enumerate(value):
            kind = type(item)
            if kind is list or kind is tuple or kind is dict:
                _containers(item, f"{path}[{i}]", depth + 1, found)
    elif kind is dict:
        for key, item in value.items():
            _containers(item, f"{path}[{key!r}]", depth + 1, found)
    return found


def _show_keys(value, depth: int = 0) -> None:
    """repr() of every dict key _arrays would show in a path, in the order it would."""
    if depth > 20:
        return
    kind = type(value)
    if kind is list or kind is tuple:
        for item in value:
            kind = type(item)
            if kind is list or kind is tuple or kind is dict:
                _show_keys(item, depth + 1)
    elif kind is dict:
        for key, item in value.items():
            repr(key)
            _show_keys(item, depth + 1)


# values without parts: no array, list or dict in them to share with anything
_WHOLE = frozenset({type(None), bool, int, float, complex, str, bytes} | wire._NUMPY_SCALARS)


def shares_memory(array, other) -> bool:
    """Whether two arrays share memory. An empty array has none to share, so for it the question
    is whether it IS the other one, or a view of it (returning x itself when N = 0 is still x)."""
    if array.size and other.size:
        return bool(numpy.may_share_memory(array, other))
    return _root(array) is _root(other)


def _root(array):
    while isinstance(getattr(array, "base", None), numpy.ndarray):
        array = array.base
    return array


def aliasing(value, args: list, kwargs: dict, owner=None) -> list:
    """Where the result shares memory with an argument (an array, or a list or dict that is the
    caller's own), with the state of the object whose method gave it (an array sharing memory
    with it, or a list or dict that is one held in it), or with another part of itself."""
    if owner is None and type(value) in _WHOLE:
        # a number or a string shares nothing: only what walking the arguments could raise
        # (a dict key's repr, as the paths below would show it) is left to find
        for argument in (*args, *kwargs.values()):
            _show_keys(argument)
        return []
    found = []
    ours = _arrays(value, "the result")[:200]
    given = [(f"#{i}", a) for i, arg in enumerate(args) for _, a in _arrays(arg, "")]
    given += [(name, a) for name, arg in kwargs.items() for _, a in _arrays(arg, "")]
    for where, array in ours:
        for parameter, argument in given:
            if shares_memory(array, argument):
                found.append(("argument", where, parameter))
                break
    theirs = {id(c): name for name, arg in [*((f"#{i}", a) for i, a in enumerate(args)), *kwargs.items()]
              for _, c in _containers(arg, name)}
    for where, container in _containers(value, "the result"):
        if id(container) in theirs:
            found.append(("argument", where, theirs[id(container)]))
    state = getattr(owner, "__dict__", None)
    if isinstance(state, dict):
        held = [(name, a) for name, item in list(state.items())[:50] for _, a in _arrays(item, "")]
        for where, array in ours:
            for name, inside in held:
                if shares_memory(array, inside):
                    found.append(("object", where, name))
                    break
        # a list or dict of the object's own state handed out as it is (not a copy)
        inside = {id(c): name for name, item in list(state.items())[:50] for _, c in _containers(item, name)}
        for where, container in _containers(value, "the result"):
            if id(container) in inside:
                found.append(("object", where, inside[id(container)]))
    for i, (where, array) in enumerate(ours):
        for other, second in ours[i + 1:]:
            if shares_memory(array, second):
                found.append(("itself", where, other))
    return found[:10]


def kept(obj, args: list, kwargs: dict) -> list:
    """Where an object keeps an argument (an array, or the caller's own list or dict) in its state,
    directly or inside its lists, tuples and dicts: ("kept", "its `name`", the argument)."""
    try:  # the object is the learner's: a __dict__ that raises, or lies, just hides its own mistake
        state = object.__getattribute__(obj, "__dict__")
    except BaseException:
        return []
    if type(state) is not dict:
        return []
    found = []
    given = [(f"#{i}", a) for i, arg in enumerate(args) for _, a in _arrays(arg, "")]
    given += [(name, a) for name, arg in kwargs.items() for _, a in _arrays(arg, "")]
    theirs = {id(c): name for name, arg in [*((f"#{i}", a) for i, a in enumerate(args)), *kwargs.items()]
              for _, c in _containers(arg, name)}
    for attribute, item in list(state.items())[:50]:
        where = f"its `{attribute}`"
        for path, array in _arrays(item, where):
            owner = next((p for p, a in given if shares_memory(array, a)), None)
            if owner is not None:
                found.append(("kept", path, owner))
        for path, container in _containers(item, where):
            if id(container) in theirs:
                found.append(("kept", path, theirs[id(container)]))
    return found[:10]


def _limit(kind: str, value: int) -> None:
    """Soft and hard limit both set to `value` (or lower, if the hard one already is)."""
    if resource is None or not hasattr(resource, kind):
        return
    try:
        which = getattr(resource, kind)
        _, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(which, (value, value))
    except (ValueError, OSError):  # the OS refuses this limit: the others still hold
        pass


def _close_inherited(keep: set[int], keep_pipe: int | None) -> None:
    """Close every descriptor but 0-2, `keep`, and the end of the pipe whose inode is
    `keep_pipe` (the one by which the grader sees this process end): nothing of the grader's
    (its terminal, its other workers' pipes, a database) stays reachable."""
    try:
        fds = [int(name) for name in os.listdir("/proc/self/fd" if os.path.isdir("/proc/self/fd") else "/dev/fd")]
    except OSError:
        fds = range(3, 1024)
    for fd in fds:
        if fd <= 2 or fd in keep:
            continue
        try:
            if keep_pipe is not None and os.fstat(fd).st_ino == keep_pipe:
                continue
            os.close(fd)
        except OSError:
            pass


# The environment learner code sees: these variables of the grader's (locale, time zone,
# terminal), the private directory as home and temporary folder, one BLAS thread. Nothing else
# of the grader's environment (tokens, paths, a course's secrets) reaches the learner's code.
ENVIRONMENT_KEPT = ("LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LC_MESSAGES", "TZ",
                    "TERM", "NO_COLOR")
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def _environment(workdir: str) -> None:
    """Replace the inherited environment by the allow-list above, everywhere Python keeps it,
    and wipe the original block in memory (what /proc/self/environ shows)."""
    kept = {k: os.environ[k] for k in ENVIRONMENT_KEPT if k in os.environ}
    kept.update({"HOME": workdir, "TMPDIR": workdir, "MPLCONFIGDIR": workdir,
                 "PYTHONDONTWRITEBYTECODE": "1", **{k: "1" for k in THREAD_VARIABLES}})
    os.environ.clear()  # unsetenv for each: the C library's environ too
    try:
        import posix
        posix.environ.clear()  # the raw copy os.environ was built from
    except (ImportError, AttributeError):
        pass
    os.environ.update(kept)
    confine.wipe_initial_environment()


def _isolate(spec: dict, output_fd: int, conn_fd: int) -> dict:
    os.setsid()  # a process group of its own, so the grader can kill everything it starts
    os.dup2(output_fd, 1)
    os.dup2(output_fd, 2)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    _close_inherited({conn_fd}, spec.get("sentinel_inode"))
    sys.stdout = open(1, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
    sys.stderr = open(2, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
    sys.stdin = open(0, closefd=False)
    layers = {}
    if spec.get("confine", True):
        # the private directory: a small file system of its own where the kernel allows it
        layers["a size-capped private directory"] = confine.private_tmpfs(
            spec["workdir"], **spec.get("tmpfs", {}), namespaces=_namespaces)
    confine.die_with_parent()
    os.chdir(spec["workdir"])
    # temporary files go to the private directory, the one place that may be written
    _environment(spec["workdir"])
    import tempfile
    tempfile.tempdir = spec["workdir"]
    for kind, value in spec.get("limits", {}).items():
        _limit(kind, int(value))
    # threads the learner starts get 1 MiB stacks, not 8: the address-space limit counts them
    threading.stack_size(1 << 20)
    confine.few_malloc_arenas()
    if spec.get("confine", True):
        layers.update(confine.apply(spec.get("readable", []), [spec["workdir"]]))
    return layers


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


def _forbidden(error: BaseException | None = None) -> bool:
    """Report a broken runtime rule: one recorded (even if the learner's code caught it), or a
    refusal that reached us uncaught."""
    rule = guard.violations[0] if guard.violations else guard.rule_from(error)
    if rule:
        _flush()
        _send(("forbidden", rule))
        return True
    return False


class Ref:
    """An object living in this process, named by the grader by its handle (object katas)."""

    def __init__(self, key: int):
        self.key = key


class Earlier:
    """In a script (object katas): the object that step `index` of the same script gave."""

    def __init__(self, index: int):
        self.index = index


_objects: dict[int, object] = {}   # handle -> a learner object the grader holds a Ref to


_ATOMS = frozenset((type(None), bool, int, float, complex, str, bytes, numpy.ndarray))
# what can never be a held object: every value of these types can travel (unplain says None)
_ALWAYS_PLAIN = frozenset((type(None), bool, float, complex, str, bytes))


def _resolve(value, depth: int = 0):
    """Arguments from the grader with every Ref replaced by its object."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if isinstance(value, Ref):
        if value.key not in _objects:
            raise LookupError(f"no object with handle {value.key}")
        return _objects[value.key]
    if depth < 20 and (kind is list or kind is tuple):
        atoms = _ATOMS
        return kind([v if type(v) in atoms else _resolve(v, depth + 1) for v in value])
    if depth < 20 and kind is dict:
        return {k: _resolve(v, depth + 1) for k, v in value.items()}
    return value


def _as_sent(value, objects: set, depth: int = 0):
    """The arguments as they can travel back: callables and held objects as None."""
    if type(value) in _ALWAYS_PLAIN:
        return value
    if isinstance(value, (Callback, Counted)) or id(value) in objects:
        return None
    kind = type(value)
    if depth < 20 and (kind is list or kind is tuple):
        sent = []
        for item in value:
            kind_of = type(item)
            if kind_of in _ALWAYS_PLAIN:
                sent.append(item)
            elif kind_of is int or kind_of is numpy.ndarray:   # never a stand-in; perhaps held
                sent.append(None if id(item) in objects else item)
            else:
                sent.append(_as_sent(item, objects, depth + 1))
        return sent if kind is list else tuple(sent)
    if depth < 20 and kind is dict:
        return {k: _as_sent(v, objects, depth + 1) for k, v in value.items()}
    return value


def _handle(value) -> tuple:
    key = len(_objects) + 1
    _objects[key] = value
    return ("handle", key, _type_name(value))


def _answer(module, learner_path: str, message: tuple):
    """One request: call a function ("call"), build an object ("new"), call a method of one
    ("method") or read one of its attributes ("getattr"). A function's result must be plain
    data; an object's method or attribute may also give an object, which stays here and is
    answered with a handle. Returns the reply to send, or None when a broken rule was
    reported instead (its own message is the reply)."""
    kind = message[0]
    owner = None
    numeric: list[str] = []  # numpy's RuntimeWarnings during a function call (overflow in exp, ...)
    if kind == "getattr":
        _, key, name = message
        args, kwargs = [], {}
    elif kind == "method":
        _, key, name, args, kwargs = message
    else:
        _, name, args, kwargs = message
    try:
        args, kwargs = _resolve(list(args)), _resolve(dict(kwargs))
        if kind in ("call", "new"):
            function = getattr(module, name, None)
            if not callable(function):
                return ("missing", name)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", RuntimeWarning)  # numpy's overflow, divide, invalid
                value = function(*args, **kwargs)
            numeric = [_safe_str(w.message)[:200] for w in caught[:3] if isinstance(w.message, RuntimeWarning)]
        elif kind == "method":
            owner = _resolve(Ref(key))
            value = getattr(owner, name)(*args, **kwargs)
        else:
            value = getattr(_resolve(Ref(key)), name)
    except MemoryError as error:
        if _forbidden():
            return None
        _flush()
        return ("out_of_memory", describe_exception(error, learner_path))
    except BaseException as error:  # SystemExit and KeyboardInterrupt are the learner's too
        if _forbidden(error):
            return None
        _flush()
        return ("raised", describe_exception(error, learner_path))
    if _forbidden():
        return None
    _flush()
    problem = wire.unplain(value)
    if problem and kind != "call":
        # an object built or given back: does it, or the object called, keep an argument?
        try:
            holding = kept(value, args, kwargs) + (kept(owner, args, kwargs) if owner is not None else [])
        except BaseException:  # a state that cannot be walked: nothing to report
            holding = []
        return (*_handle(value), holding)
    if problem:
        return ("unsendable", problem)
    objects = {id(o) for o in _objects.values()}
    after = (_as_sent(args, objects), _as_sent(kwargs, objects))
    if wire.unplain(after):
        after = None  # an argument was turned into something that cannot travel: it changed
    try:
        counts = {a.where: a.count for a in [*args, *kwargs.values()] if isinstance(a, Counted)}
        reply = ("returned", value, after,
                 aliasing(value, args, kwargs, owner if kind == "method" else None)
                 + (kept(owner, args, kwargs) if kind == "method" else []), counts, numeric)
        return reply
    except BaseException as error:
        return ("unsendable", f"{wire.a_type(_type_name(value))} ({_safe_str(error)})")


def _call(module, learner_path: str, message: tuple) -> None:
    reply = _answer(module, learner_path, message)
    if reply is not None:
        _send(reply)


def _calls(module, learner_path: str, message: tuple) -> None:
    """A batch: the function `name` called on each argument set in turn, as that many "call"
    requests would, in one round trip. It stops at the first call that does not return (raises,
    runs out of memory, gives what cannot travel): a test's loop of calls would stop there too.
    Replies: ("batch", [reply of each call made])."""
    _, name, items = message
    batch = _Batch()
    for args, kwargs in items:
        reply = _answer(module, learner_path, ("call", name, args, kwargs))
        if reply is None:
            return  # a broken rule, reported: that message is the grader's answer
        reply = batch.add(reply)
        if reply[0] != "returned" or batch.full():
            break  # stopped, or a full message: the grader asks again for the calls not made
    _channel.send_bytes(batch.message("batch"))


class _Batch:
    """Replies of a batch, each encoded as it is made (what a later call does to a list it
    returned earlier does not change that reply), up to about a quarter of a message."""

    def __init__(self):
        self.parts: list[bytes] = []
        self.size = self.count = 0

    def add(self, reply: tuple) -> tuple:
        """Keep the reply (or, where it cannot travel, why); returns what was kept."""
        try:
            part = wire.encoded(reply, 2)  # as deep as it is in ("batch", [reply, ...])
            # values the grader's reader will count: at most one per byte, counted exactly only
            # once the bytes alone no longer say the batch is far from the cap
            count = wire.nodes(reply) if self.size + len(part) > wire.MAX_NODES // 4 else len(part)
            if self.size + len(part) > wire.MAX_MESSAGE - 1024 or self.count + count > wire.MAX_NODES - 16:
                raise wire.TooLarge(self.size + len(part), "a reply that, with the replies before it in "
                                    "the same batch, is more than a message may hold")
        except wire.TooLarge as error:
            reply = ("unsendable", str(error))
            part, count = wire.encode(reply), 3
        except BaseException as error:
            reply = ("unsendable", f"{wire.a_type(_type_name(reply[1]))} ({_safe_str(error)})")
            part, count = wire.encode(reply), 3
        self.parts.append(part)
        self.size += len(part)
        self.count += count
        return reply

    def full(self) -> bool:
        return self.size > wire.MAX_MESSAGE // 4 or self.count > wire.MAX_NODES // 4

    def message(self, head: str) -> bytes:
        return wire.joined(tuple, [wire.encode(head, 1), wire.joined(list, self.parts)])


def _from_earlier(value, gave: list, depth: int = 0):
    """A step's head or arguments with each Earlier replaced by the Ref of the object that step
    gave; LookupError where it gave none (it gave plain data, or it was not taken)."""
    if isinstance(value, Earlier):
        if not 0 <= value.index < len(gave) or gave[value.index] is None:
            raise LookupError(f"step {value.index} gave no object")
        return Ref(gave[value.index])
    if depth < 20 and type(value) in (list, tuple):
        return type(value)(_from_earlier(v, gave, depth + 1) for v in value)
    if depth < 20 and type(value) is dict:
        return {k: _from_earlier(v, gave, depth + 1) for k, v in value.items()}
    return value


def _script(module, learner_path: str, message: tuple) -> None:
    """An object kata's scenario, its steps sent ahead in one round trip: each step
    ("new", class, args, kwargs), ("method", key, name, args, kwargs) or ("getattr", key, name),
    where an Earlier names the object an earlier step of this script gave, answered as that
    request alone would be, in order. It stops at the first step that does not return (raises,
    unless the step is one that may; runs out of memory; gives what cannot travel), before a step
    that needs an object no step gave, or once the replies fill a quarter of a message: the
    grader asks again for the rest. Replies: ("script", [reply of each step taken])."""
    _, steps = message
    gave: list = []   # the handle key of the object each step gave, or None
    batch = _Batch()
    for request, may_raise in steps:
        try:
            request = _from_earlier(request, gave)
        except LookupError:
            break
        if request[0] in ("method", "getattr"):
            request = (request[0], request[1].key, *request[2:])
        reply = _answer(module, learner_path, request)
        if reply is None:
            return  # a broken rule, reported: that message is the grader's answer
        reply = batch.add(reply)
        gave.append(reply[1] if reply[0] == "handle" else None)
        if not (reply[0] in ("returned", "handle") or (may_raise and reply[0] == "raised")) or batch.full():
            break
    _channel.send_bytes(batch.message("script"))


def _examples(module, items: list) -> None:
    """Run the statement's examples (doctest source and wanted output) in the learner's module."""
    import doctest  # only `run` asks for examples: not loaded into every worker
    checker = doctest.OutputChecker()
    results = []
    namespace = dict(module.__dict__)
    for source, want in items:
        import io
        captured = io.StringIO()
        stdout = sys.stdout
        sys.stdout = captured
        try:
            try:
                code = compile(source, "<example>", "single")
                exec(code, namespace)
                got = captured.getvalue()
            except BaseException as error:
                got = f"{_type_name(error)}: {_safe_str(error)}\n"
        finally:
            sys.stdout = stdout
        ok = checker.check_output(want, got, doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
        results.append([source, want, cut(got, MAX_MESSAGE_TEXT), bool(ok)])
        if _forbidden():
            return
    _send(("examples", results))


def serve(module, learner_path: str) -> None:
    while True:
        try:
            message = _channel.recv()
        except EOFError:
            return
        if message[0] == "close":
            return
        if message[0] in ("call", "new", "method", "getattr"):
            _call(module, learner_path, message)
        elif message[0] == "calls":
            _calls(module, learner_path, message)
        elif message[0] == "script":
            _script(module, learner_path, message)
        elif message[0] == "examples":
            _examples(module, message[1])


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass


TAMPERED = 87  # the worker's own code failed after the learner's ran: the exit status that says so


def main(conn, output, inherited: tuple = ()) -> None:
    """Run the worker; if the grader's own code in it breaks (a builtin it uses was replaced,
    say), end with TAMPERED so the grader can tell tampering from a crash."""
    try:
        _main(conn, output, inherited)
    except BaseException:
        os._exit(TAMPERED)


def _main(conn, output, inherited: tuple = ()) -> None:
    """Entry point of the worker process (the target of a multiprocessing.Process).

    It may be forked well before it is needed; it waits for the spec of the file to load.
    A Ctrl-C at the terminal is the grader's to handle: the worker ignores it.
    """
    global _channel, _namespaces
    # the namespaces of the private directory, entered now: a spare worker waits for its file
    # with them ready (the die-with-parent signal comes after: entering them may clear it)
    _namespaces = confine.private_namespaces()
    confine.die_with_parent()  # a grader that is killed takes its workers with it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the grader's handler (grader.cli.main), forked with it
    _channel = conn
    for fd in inherited:
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        message = conn.recv()
    except (EOFError, OSError):  # the grader finished without needing this worker
        return
    spec = message[1]
    output_fd = os.dup(output.fileno())
    output.close()
    layers = _isolate(spec, output_fd, conn.fileno())  # output_fd is 1 and 2 from here on
    try:
        module = load_learner(spec)
    except BaseException as error:
        if _forbidden(error):
            return
        _flush()
        if isinstance(error, SyntaxError):
            detail = {"type": "SyntaxError", "message": cut(_safe_str(error.msg), MAX_MESSAGE_TEXT),
                      "where": f'  File "{error.filename}", line {error.lineno}\n    {cut((error.text or "").strip(), 500)}\n'}
        else:
            detail = describe_exception(error, spec["path"])
        _send(("import_failed", detail))
        return
    if _forbidden():
        return
    _flush()
    _send(("ready", layers))
    serve(module, spec["path"])
