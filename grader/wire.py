"""What travels from the learner's process to the grader: plain data, checked before it is built.

The worker encodes a value as a tree of tagged tuples and pickles that tree; the grader unpickles
it with an unpickler that admits no class or function at all (only the builtin containers and
scalars the pickle opcodes build by themselves), then rebuilds the value here, checking as it
goes. A numpy array travels as (dtype code, shape, raw bytes): the dtype comes from an allow-list,
the byte count must equal the shape's size times the item size before anything is allocated, and
the array is built from those bytes (never from strides, a dtype object or a reduce call the
worker chose). The whole value is bounded in nodes and bytes, so a reply of a hundred bytes
cannot turn into a structure of hundreds of megabytes.

    encode(value) -> bytes        in the worker
    decode(data) -> value         in the grader; raises WireError naming what was refused
"""
from __future__ import annotations

import io
import math
import pickle

import numpy as np

MAX_NODES = 1_000_000          # values in one reply, containers included
MAX_BYTES = 512 * 1024 ** 2    # array bytes in one reply
MAX_DEPTH = 64

# The dtypes an answer may have: numbers and bools, native byte order, plus short unicode strings.
_DTYPES = {np.dtype(t).str: np.dtype(t) for t in (
    np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
    np.float16, np.float32, np.float64, np.complex64, np.complex128)}
_SCALAR_TYPES = {np.dtype(t).str: t for t in (
    np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
    np.float16, np.float32, np.float64, np.complex64, np.complex128)}
MAX_STR_ITEM = 1024            # characters per entry of a unicode array


class WireError(Exception):
    """A reply that is not plain data, or is too large; the message says which."""


def _array_dtype(code: str) -> np.dtype:
    if code in _DTYPES:
        return _DTYPES[code]
    if code.startswith("<U") and code[2:].isdigit() and 0 < int(code[2:]) <= MAX_STR_ITEM:
        return np.dtype(code)
    raise WireError(f"an array of dtype {code!r}")


# -- the worker's side -------------------------------------------------------------------------
def unplain(value, depth: int = 0) -> str | None:
    """None when `value` can travel; else what cannot, in words for the learner."""
    if depth > MAX_DEPTH:
        return "a structure nested too deeply"
    kind = type(value)
    if kind in (type(None), bool, int, float, complex, str, bytes):
        return None
    if kind is np.ndarray:
        try:
            _array_dtype(value.dtype.str)
        except WireError:
            return f"a numpy array of dtype {value.dtype}"
        return None
    if isinstance(value, np.ndarray):
        return f"a {kind.__name__} (a numpy.ndarray subclass): return a plain numpy array"
    if isinstance(value, np.generic):
        return None if value.dtype.str in _SCALAR_TYPES else f"a numpy {kind.__name__}"
    if kind in (list, tuple):
        return next((p for p in (unplain(v, depth + 1) for v in value) if p), None)
    if kind is dict:
        return next((p for p in (unplain(v, depth + 1) for v in (*value.keys(), *value.values())) if p), None)
    return f"a {kind.__name__}"


def _tree(value):
    kind = type(value)
    if kind in (type(None), bool, int, float, str, bytes):
        return value
    if kind is complex:
        return ("c", value.real, value.imag)
    if kind is np.ndarray:
        return ("a", value.dtype.str, tuple(int(n) for n in value.shape), value.tobytes(order="C"))
    if isinstance(value, np.generic):
        return ("s", value.dtype.str, value.tobytes())
    if kind is list:
        return ("l", [_tree(v) for v in value])
    if kind is tuple:
        return ("t", [_tree(v) for v in value])
    if kind is dict:
        return ("d", [(_tree(k), _tree(v)) for k, v in value.items()])
    raise WireError(f"a {kind.__name__}")


def encode(value) -> bytes:
    """The value as bytes for the grader; call unplain() first for a message a learner reads."""
    return pickle.dumps(_tree(value), protocol=pickle.HIGHEST_PROTOCOL)


# -- the grader's side -------------------------------------------------------------------------
class _NoClasses(pickle.Unpickler):
    def find_class(self, module, name):
        raise WireError(f"a reference to {module}.{name}")


class _Budget:
    def __init__(self):
        self.nodes = 0
        self.bytes = 0

    def take(self, nodes: int = 1, size: int = 0) -> None:
        self.nodes += nodes
        self.bytes += size
        if self.nodes > MAX_NODES:
            raise WireError(f"more than {MAX_NODES:,} values")
        if self.bytes > MAX_BYTES:
            raise WireError(f"more than {MAX_BYTES // 1024 ** 2} MiB of array data")


def decode(data: bytes):
    try:
        tree = _NoClasses(io.BytesIO(data)).load()
    except WireError:
        raise
    except Exception as error:  # a malformed pickle: any of a dozen exception types
        raise WireError(f"bytes that are not a reply ({type(error).__name__})") from None
    return _build(tree, _Budget(), 0)


def _build(node, budget: _Budget, depth: int):
    budget.take()
    if depth > MAX_DEPTH:
        raise WireError("a structure nested too deeply")
    kind = type(node)
    if kind in (type(None), bool, int, float):
        return node
    if kind in (str, bytes):
        budget.take(size=len(node))
        return node
    if kind is not tuple or not node or type(node[0]) is not str:
        raise WireError(f"a node of type {kind.__name__}")
    tag = node[0]
    if tag == "c" and len(node) == 3 and all(type(x) is float for x in node[1:]):
        return complex(node[1], node[2])
    if tag in ("l", "t") and len(node) == 2 and type(node[1]) is list:
        items = [_build(item, budget, depth + 1) for item in node[1]]
        return items if tag == "l" else tuple(items)
    if tag == "d" and len(node) == 2 and type(node[1]) is list:
        out = {}
        for pair in node[1]:
            if type(pair) is not tuple or len(pair) != 2:
                raise WireError("a malformed dict")
            key = _build(pair[0], budget, depth + 1)
            try:
                hash(key)
            except TypeError:
                raise WireError("a dict key that is not hashable") from None
            out[key] = _build(pair[1], budget, depth + 1)
        return out
    if tag == "a" and len(node) == 4:
        return _array(node[1], node[2], node[3], budget)
    if tag == "s" and len(node) == 3 and type(node[1]) is str and type(node[2]) is bytes:
        if node[1] not in _SCALAR_TYPES:
            raise WireError(f"a numpy scalar of dtype {node[1]!r}")
        scalar_type = _SCALAR_TYPES[node[1]]
        if len(node[2]) != np.dtype(scalar_type).itemsize:
            raise WireError("a numpy scalar of the wrong size")
        return np.frombuffer(node[2], dtype=scalar_type)[0].copy()
    raise WireError(f"an unknown node {tag!r}")


def _array(code, shape, raw, budget: _Budget) -> np.ndarray:
    if type(code) is not str or type(shape) is not tuple or type(raw) is not bytes:
        raise WireError("a malformed array")
    dtype = _array_dtype(code)
    if len(shape) > 32 or not all(type(n) is int and 0 <= n < 2 ** 40 for n in shape):
        raise WireError(f"an array of shape {shape!r}")
    count = math.prod(shape)
    if count * dtype.itemsize != len(raw):  # checked before anything is allocated
        raise WireError(f"an array whose {len(raw)} bytes do not fill shape {shape} of {dtype}")
    budget.take(size=len(raw))
    return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()
