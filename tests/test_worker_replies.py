"""The worker's replies, byte for byte, against the worker as it was before it was made cheaper
per request (grader/sandbox/worker.py and wire.py at BASE, read from git): the same requests,
learner code included that aliases, keeps, warns, raises, lies and gives what cannot travel."""
from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASE = "72a752d982095ef13f7a5d4eb6798abcf2a2d540"   # the last commit with the per-request walks as they were

LEARNER = r'''
import warnings
import numpy as np

def scalar(x): return float(np.sum(x))
def same(x): return x
def view(x): return x[1:]
def empty_same(x): return x
def copy(x): return x.copy()
def pair(x): return (x, x[:1], 3)
def both(x, y): return [y, x * 2.0]
def floats(n): return [0.1 * i for i in range(n)]
def mixed(n): return [0.5, 1, None, "s", b"b", 2j, True]
def nested(depth):
    v = 0.7
    for _ in range(depth):
        v = [v]
    return v
def huge_int(): return 10 ** 1300
def big_int(): return 2 ** 100
def longdouble(): return np.longdouble(1.5)
def scalars(): return (np.float32(0.7), np.int8(-3), np.bool_(True), np.complex64(1j), np.uint64(7))
def object_array(): return np.array([1, "a", None], dtype=object)
def unicode_array(): return np.array(["ab", "c"])
def subclass(): return np.ma.masked_array([1.0, 2.0])
def big_string(): return "x" * (2 ** 20 + 1)
def big_array(): return np.zeros(2 ** 22 + 1)
def mapping(d): return {"a": d, 1: [0.1], (1, 2): None}
def same_dict(d): return d
def inner_list(x): return [x[0], 1.0]
def mutate(x): x[0] = 5.0; return 0.0
def append_object(x): x.append(object()); return 1.0
def huge_key(d): d[10 ** 5000] = 1; return 1.0
def overflow(x): return float(np.exp(x).sum())
def many_warnings(x):
    warnings.warn("a user warning")
    for _ in range(5):
        np.log(np.zeros(1) - 1)
    return float(np.exp(1000.0))
def own_filter(x):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(np.exp(1000.0))
def raises(x): raise ValueError("bad value " + str(x))
def count(x): return len(x)
def system_exit(): raise SystemExit(3)
def deep(n): return deep(n - 1) if n else np.linalg.inv(np.zeros((2, 2)))
def recurse(n): return recurse(n + 1)
def limited(n):
    import sys
    sys.tracebacklimit = n
    return deep(3)
def unlimited():
    import sys
    del sys.tracebacklimit
    return deep(2)
class Unprintable(Exception):
    def __str__(self): raise RuntimeError("no")
def unprintable(): raise Unprintable()
def calls_f(f, x): return [f(x), f(x + 1.0)]
def calls_back(f, x): return f(x) + 1.0
def lying():
    class Liar:
        def __eq__(self, other): return True
        def __len__(self): raise ValueError("lie")
    return Liar()
not_callable = 3

class Model:
    def __init__(self, w, names=None):
        self.w = w
        self.names = names if names is not None else []
        self.state = {"h": np.zeros(2), "l": [1.0]}
        self.child = None
    def weights(self): return self.w
    def weights_copy(self): return self.w.copy()
    def state_list(self): return self.state["l"]
    def names_list(self): return self.names
    def step(self, g): self.w -= 0.1 * g; return float(self.w.sum())
    def keep(self, x): self.kept = [x]; return None
    def spawn(self, x): self.child = Model(x); return self.child
    def fails(self): raise KeyError("k")
    def nothing(self): return None

class Hidden:
    @property
    def __dict__(self): raise RuntimeError("no state")
    def value(self): return 1.0
'''


def _old_modules():
    def blob(path):
        try:
            return subprocess.run(["git", "show", f"{BASE}:{path}"], cwd=ROOT, capture_output=True,
                                  text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            pytest.skip(f"{BASE[:8]} is not in this clone")
    wire = types.ModuleType("old_wire")
    exec(compile(blob("grader/sandbox/wire.py"), "old_wire.py", "exec"), wire.__dict__)
    worker = types.ModuleType("old_worker")
    exec(compile(blob("grader/sandbox/worker.py"), "old_worker.py", "exec"), worker.__dict__)
    worker.wire = wire
    return worker, wire


class Channel:
    def __init__(self):
        self.sent = []

    def send_bytes(self, data):
        self.sent.append(bytes(data))

    def recv(self):  # a callback's answer from the grader
        return ("value", 2.5)


def _learner(path: str):
    import linecache
    linecache.cache[path] = (len(LEARNER), None, LEARNER.splitlines(True), path)  # as load_learner does
    module = types.ModuleType("learner")
    exec(compile(LEARNER, path, "exec"), module.__dict__)
    return module


def _requests(w, np):
    """The requests, built for worker module `w` (its own Counted, Callback and Ref)."""
    from grader import functions
    counted = w.Counted(functions.__dict__[next(n for n in dir(functions) if not n.startswith("_")
                                               and callable(getattr(functions, n)))], "0")
    x = lambda: np.array([0.1, 0.7, -2.0])  # noqa: E731
    calls = [
        ("scalar", [x()], {}), ("same", [x()], {}), ("view", [x()], {}), ("empty_same", [np.zeros(0)], {}),
        ("copy", [x()], {}), ("pair", [x()], {}), ("both", [x()], {"y": x()}), ("floats", [5], {}),
        ("floats", [0], {}), ("mixed", [1], {}), ("nested", [10], {}), ("nested", [63], {}), ("nested", [64], {}),
        ("nested", [65], {}), ("nested", [300], {}), ("huge_int", [], {}), ("big_int", [], {}),
        ("longdouble", [], {}), ("scalars", [], {}), ("object_array", [], {}), ("unicode_array", [], {}),
        ("subclass", [], {}), ("big_string", [], {}), ("big_array", [], {}),
        ("mapping", [{"k": [1.0, 2.0]}], {}), ("same_dict", [{"k": 1}], {}), ("inner_list", [[[1.0], 2]], {}),
        ("mutate", [x()], {}), ("mutate", [[1.0, 2.0]], {}), ("append_object", [[1.0]], {}),
        ("huge_key", [{"a": 1}], {}), ("overflow", [np.array([1.0, 1000.0])], {}), ("many_warnings", [1.0], {}),
        ("own_filter", [1.0], {}), ("raises", [0.7], {}), ("system_exit", [], {}), ("deep", [0], {}),
        ("deep", [30], {}), ("recurse", [0], {}), ("limited", [2], {}), ("limited", [0], {}), ("limited", [-1], {}),
        ("unlimited", [], {}), ("unprintable", [], {}),
        ("calls_f", [counted, 0.5], {}), ("calls_back", [w.Callback(0, "f"), 0.5], {}), ("lying", [], {}),
        ("not_callable", [], {}), ("missing", [], {}), ("scalar", [x()], {"extra": 1}),
    ]
    requests = [("call", name, args, kwargs) for name, args, kwargs in calls]
    requests += [
        ("new", "Model", [x()], {}),                           # handle 1, keeps its argument
        ("new", "Model", [x()], {"names": ["a", "b"]}),        # handle 2, keeps both
        ("new", "Hidden", [], {}),                             # handle 3
        ("new", "lying", [], {}),                              # handle 4 (a function's object)
        ("new", "scalar", [x()], {}),                          # plain: answered as a call
        ("method", 1, "weights", [], {}), ("method", 1, "weights_copy", [], {}),
        ("method", 1, "state_list", [], {}), ("method", 2, "names_list", [], {}),
        ("method", 1, "step", [x()], {}), ("method", 1, "keep", [x()], {}),
        ("method", 1, "spawn", [x()], {}),                     # handle 5
        ("method", 1, "fails", [], {}), ("method", 1, "nothing", [], {}),
        ("method", 3, "value", [], {}), ("method", 1, "step", [w.Ref(2)], {}),
        ("method", 1, "keep", [w.Ref(4)], {}), ("method", 1, "absent", [], {}),
        ("getattr", 1, "w"), ("getattr", 1, "state"), ("getattr", 1, "child"), ("getattr", 5, "w"),
        ("getattr", 1, "nope"), ("getattr", 9, "w"),
        ("call", "scalar", [w.Ref(1)], {}), ("call", "same", [w.Ref(1)], {}),
        ("new", "object_array", [], {}), ("new", "huge_int", [], {}),   # held: handles 7 and 8
        ("call", "count", [[w.Ref(7), w.Ref(8), 3, 0.5, np.ones(2)]], {}), ("call", "count", [(w.Ref(8), 1)], {}),
        ("call", "same", [[1, [2, {"k": w.Ref(7)}]]], {}),
    ]
    return requests


def _batch(np, n=40):
    return ("calls", "floats", [[[i % 7], {}] for i in range(n)])


def _replies(w, wire, tmp_path):
    import numpy as np
    path = str(tmp_path / "learner.py")
    module = _learner(path)
    w._objects.clear()
    channel = Channel()
    w._channel = channel
    out = []
    for request in _requests(w, np):
        channel.sent.clear()
        w._call(module, path, request)
        out.append((request[:2], channel.sent[:]))
    for batch in (_batch(np), ("calls", "raises", [[[1.0], {}], [[2.0], {}]]),
                  ("calls", "big_array", [[[], {}]] * 3), ("calls", "scalar", [[[np.ones(2 ** 19)], {}]] * 12),
                  ("calls", "nested", [[[64], {}], [[3], {}]]), ("calls", "missing", [[[1], {}]])):
        channel.sent.clear()
        try:
            w._calls(module, path, batch)
        except Exception as error:  # the same failure on both sides (the process would end TAMPERED)
            channel.sent.append(repr(error))
        out.append((batch[:2], channel.sent[:]))
    return out


def test_the_worker_sends_the_same_bytes_as_before(tmp_path, monkeypatch):
    import warnings
    from grader.sandbox import wire, worker
    old_worker, old_wire = _old_modules()
    monkeypatch.setattr(worker, "_channel", None)
    with warnings.catch_warnings():
        warnings.resetwarnings()  # no filter of pytest's: as in a worker
        before = _replies(old_worker, old_wire, tmp_path)
        after = _replies(worker, wire, tmp_path)
    assert len(before) == len(after)
    deep = ("calls", "nested")
    for (request, old), (_, new) in zip(before, after):
        if request[:2] != deep:
            assert new == old, request
    # a batch whose replies nest 63 deep: each fits alone, but not two levels deeper, in the
    # batch. The old worker's own code failed on it (a tampering verdict); the reply is now
    # "unsendable", said of the call that gave it, and the batch stops there
    (old,) = [ms for request, ms in before if request[:2] == deep]
    (new,) = [ms for request, ms in after if request[:2] == deep]
    assert old == ["WireError('a structure nested too deeply')"]
    assert len(new) == 1 and b"unsendable" in new[0] and b"nested too deeply" in new[0]
    assert [m for _, ms in after for m in ms if isinstance(m, str)] == []
    sent = [m for _, messages in after for m in messages if isinstance(m, bytes)]
    assert any(b"a user warning" in m for m in sent) is False  # only RuntimeWarnings are reported
    assert any(b"overflow encountered in exp" in m for m in sent)
    assert any(b"unsendable" in m for m in sent) and any(b"handle" in m for m in sent)
    assert any(b"raised" in m for m in sent) and any(b"kept" in m for m in sent)


def test_the_wire_encodes_as_before():
    import numpy as np
    from grader.sandbox import wire
    _, old_wire = _old_modules()
    values = [None, True, False, 0, -1, 2 ** 63, -2 ** 63, 2 ** 63 - 1, -2 ** 70, 0.1, -0.0, float("nan"), 1 + 2j,
              "h\udcffé", "", b"\x00", [], (), {}, [0.7, 0.1], [0.7, 1], [True, 0.5], (0.5, 0.25), (1, "a"),
              {"a": 1, (1, 2): [3], None: np.float32(2)}, np.arange(6.0).reshape(2, 3),
              np.array(["ab", "c"]), np.int64(5), np.zeros((0, 3)), np.array(2.5), np.zeros((3, 0))[:, ::2],
              np.array([True, False]), np.arange(24.0).reshape(2, 3, 4).transpose(2, 0, 1), [[], (), {}, [[]]],
              np.arange(12)[::2], np.asfortranarray(np.ones((2, 3))),
              np.float16(0.7), np.bool_(False), [[[[0.1]]]], ("returned", 0.7, ([np.ones(2)], {}), [], {}, [])]
    for value in values:
        assert wire.encode(value) == old_wire.encode(value), value
        assert wire.unplain(value) == old_wire.unplain(value)
    for bad in [object(), [1, object()], {object(): 1}, {1: {2: np.longdouble(1)}}, np.ma.masked_array([1.0]),
                np.array([None]), 10 ** 1300, [10 ** 1300], np.zeros(2, dtype=">f8"), np.float64,
                [0.1] * 3 + [np.float64(1)]]:
        assert wire.unplain(bad) == old_wire.unplain(bad), bad
        assert _outcome(wire, bad) == _outcome(old_wire, bad), bad
    deep = 0.5
    for depth in range(70):
        deep = [deep]
        assert wire.unplain(deep) == old_wire.unplain(deep)
    big = {str(i): "x" * wire.MAX_STRING for i in range(33)}   # over MAX_MESSAGE, no check of its own
    for value in ([big, []], [big, ()], [big, {}], [big, [], 1.0], [big, [], "x" * wire.MAX_STRING],
                  ("t", big, {}, [[]]), [[], big, [0.5]]):
        assert _outcome(wire, value) == _outcome(old_wire, value)
    for limit in (wire.MAX_STRING, wire.MAX_STRING + 1):
        for value in ("x" * limit, b"x" * limit, [0.5, "x" * limit]):
            assert _outcome(wire, value) == _outcome(old_wire, value)


def _outcome(wire, value):
    try:
        return wire.encode(value)
    except wire.WireError as error:
        return type(error).__name__, str(error)


def test_a_numpy_scalar_subclass_cannot_write_its_own_bytes_into_a_reply():
    """Before, np.float64 subclasses travelled, and their own tobytes() was written as is: bytes
    the grader read as the nodes after the scalar (a forged count, aliasing or argument)."""
    import numpy as np
    from grader.sandbox import wire
    forged = wire.encode("forged")

    class Forging(np.float64):
        def tobytes(self):
            return b"\0" * 8 + forged

    assert wire.unplain(Forging(1.0)) == "a Forging (a subclass of a numpy scalar): return a plain number"
    assert wire.unplain([1, {"k": Forging(1.0)}])
    with pytest.raises(wire.WireError, match="a Forging"):
        wire.encode(("returned", Forging(1.0), "x"))
    for value in (np.longlong(3), np.intc(-2), np.double(0.7), np.half(0.5), np.csingle(1j), np.ubyte(9)):
        assert wire.unplain(value) is None
        back = wire.decode(wire.encode(value))
        assert type(back) is type(value) or back.dtype == value.dtype
        assert back == value
