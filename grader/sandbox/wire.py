"""What travels from the learner's process to the grader: plain data in a format of our own.

Nothing the worker sends is unpickled. A value is written as a tree of tagged, length-prefixed
nodes (below), and the grader reads it back with a decoder whose cost is linear in the size of
the message and capped before anything is built: a message is at most MAX_MESSAGE bytes (the
grader checks the length header before it reads the body), a count or a length is checked
against the bytes that are left before anything of that size exists, the whole value is at most
MAX_NODES values and MAX_DEPTH deep, and a dict's keys are hashed only once their types are
known to be plain, with at most MAX_COLLISIONS keys per hash value (keys crafted so that all hash
alike would otherwise make building the dict quadratic). A numpy array travels as (dtype code
from an allow-list, shape, exactly that many bytes) and is built from those bytes, never from
strides, a dtype object or a reduce call the worker chose.

    encode(value) -> bytes        in the worker
    decode(data) -> value         in the grader; raises WireError naming what was refused

The nodes (integers little-endian; n is an unsigned 32-bit count or length):
    N none   1 true   0 false   i int64   I n + big integer (at most MAX_INT_BYTES bytes)
    f float64   c two float64 (complex)   s n + UTF-8 text   b n + bytes
    l n + n nodes (list)   t n + n nodes (tuple)   d n + n (key, value) pairs (dict)
    D n + n float64 (a list of floats, packed)
    a code + ndim + ndim uint64 dims + the array's bytes (C order)   g code + bytes (numpy scalar)
where code is one byte of length + the dtype's ASCII code (`<f8`).
"""
from __future__ import annotations

import math
import struct
import sys
from array import array

import numpy as np

MAX_MESSAGE = 32 * 1024 ** 2   # bytes in one message (the length header is checked first)
MAX_NODES = 500_000            # values in one message, containers included
MAX_DEPTH = 64
MAX_INT_BYTES = 512            # an integer of more than ~1200 digits does not travel
MAX_STRING = 1024 ** 2         # characters of one string, bytes of one bytes value
MAX_COLLISIONS = 8             # keys of one dict that may share a hash value
MAX_STR_ITEM = 1024            # characters per entry of a unicode array
MAX_BYTES = MAX_MESSAGE        # kept for callers that name the old limit

# The dtypes an answer may have: numbers and bools, native byte order, plus short unicode strings.
_NUMERIC = (np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32,
            np.uint64, np.float16, np.float32, np.float64, np.complex64, np.complex128)
_DTYPES = {np.dtype(t).str: np.dtype(t) for t in _NUMERIC}
_SCALAR_TYPES = {np.dtype(t).str: t for t in _NUMERIC}
_LITTLE = sys.byteorder == "little"
# numpy's own scalar classes: a subclass of one could give its own `dtype` or `tobytes` (bytes
# that the grader would read as the nodes after it), so it does not travel
_NUMPY_SCALARS = frozenset({np.dtype(code).type for code in np.typecodes["All"]} | set(_NUMERIC))


def a_type(name: str) -> str:
    """A type's name with its article, for messages: "a tuple", "an AffineCoupling", "a uint8"."""
    low = name.lower()
    vowel = low[:1] in ("a", "e", "i", "o", "u") and not low.startswith(("uint", "uni", "use", "usu", "one", "eu"))
    return f"{'an' if vowel else 'a'} {name}"


class WireError(Exception):
    """A reply that is not plain data, or is too large; the message says which."""


def _array_dtype(code: str) -> np.dtype:
    if code in _DTYPES:
        return _DTYPES[code]
    if code.startswith("<U") and code[2:].isdigit() and 0 < int(code[2:]) <= MAX_STR_ITEM:
        return np.dtype(code)
    raise WireError(f"an array of dtype {code!r}")


# -- the worker's side -------------------------------------------------------------------------
_ATOMS = frozenset((type(None), bool, float, complex, str, bytes))   # always plain, whatever the value


def unplain(value, depth: int = 0) -> str | None:
    """None when `value` can travel; else what cannot, in words for the learner (the first
    thing found, items in order, a dict's keys before its values)."""
    if depth > MAX_DEPTH:
        return "a structure nested too deeply"
    kind = type(value)
    if kind in _ATOMS:
        return None
    if kind is int:
        return None if _int_size(value) <= MAX_INT_BYTES else "an integer of more than 1,200 digits"
    if kind is np.ndarray:
        try:
            _array_dtype(value.dtype.str)
        except WireError:
            return f"a numpy array of dtype {value.dtype}"
        return None
    if isinstance(value, np.ndarray):
        return f"{a_type(kind.__name__)} (a numpy.ndarray subclass): return a plain numpy array"
    if isinstance(value, np.generic):
        if kind not in _NUMPY_SCALARS:
            return f"{a_type(kind.__name__)} (a subclass of a numpy scalar): return a plain number"
        return None if value.dtype.str in _SCALAR_TYPES else f"a numpy {kind.__name__}"
    if kind is list or kind is tuple:
        return _first_unplain(value, depth + 1)
    if kind is dict:
        # taken whole before any is looked at (a numpy scalar's subclass may run code that changes it)
        return _first_unplain((*value.keys(), *value.values()), depth + 1)
    return a_type(kind.__name__)


def _first_unplain(items, depth: int) -> str | None:
    if depth > MAX_DEPTH:   # past the depth even a float is refused
        return next((p for p in (unplain(item, depth) for item in items) if p), None)
    for item in items:
        kind = type(item)
        if kind in _ATOMS:
            continue
        if kind is np.ndarray and item.dtype.str in _DTYPES:
            continue
        if kind is int and -0x8000000000000000 <= item <= 0x7FFFFFFFFFFFFFFF:
            continue
        problem = unplain(item, depth)
        if problem:
            return problem
    return None


def _int_size(value: int) -> int:
    return value.bit_length() // 8 + 1


_pack_q, _pack_d, _pack_I = struct.Struct("<q").pack, struct.Struct("<d").pack, struct.Struct("<I").pack
_pack_dd = struct.Struct("<dd").pack
# a tag and its number in one bytes object (one allocation, not three)
_tag_d, _tag_q, _tag_I, _tag_dd = (struct.Struct(f).pack for f in ("<cd", "<cq", "<cI", "<cdd"))
_FLOAT_ONLY = {float}
_EMPTY = {list: b"l\0\0\0\0", tuple: b"t\0\0\0\0", dict: b"d\0\0\0\0"}
_texts: dict[str, bytes] = {}      # short strings already encoded ("returned", "the result", ...)
_TEXTS_KEPT, _TEXT_KEPT_LENGTH = 4096, 40
_array_heads: dict[str, bytes] = {}   # dtype code -> b"a" + its length + the code, once allowed
_scalar_heads = {code: b"g" + bytes((len(code),)) + code.encode("ascii") for code in _SCALAR_TYPES}


def _put(value, out: bytearray, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise WireError("a structure nested too deeply")
    kind = type(value)
    if kind is float:
        out += _tag_d(b"f", value)
    elif kind is list or kind is tuple:
        if kind is list and value and set(map(type, value)) == _FLOAT_ONLY:
            packed = array("d", value)
            if not _LITTLE:
                packed.byteswap()
            out += _tag_I(b"D", len(value))
            out += packed.tobytes()
            return
        out += _tag_I(b"l" if kind is list else b"t", len(value))
        inner = depth + 1
        if inner > MAX_DEPTH:   # even a float is refused this deep
            for item in value:
                _put(item, out, inner)
        else:
            texts = _texts
            for item in value:   # the commonest leaves written here, as _put would write them
                kind = type(item)
                if kind is float:
                    out += _tag_d(b"f", item)
                elif kind is str and item in texts:
                    out += texts[item]
                elif kind is int and -0x8000000000000000 <= item <= 0x7FFFFFFFFFFFFFFF:
                    out += _tag_q(b"i", item)
                elif item is None:
                    out += b"N"
                elif (kind is list or kind is tuple or kind is dict) and not item:
                    out += _EMPTY[kind]
                    if kind is not dict and len(out) > MAX_MESSAGE:  # where _put checks it
                        raise TooLarge(len(out))
                else:
                    _put(item, out, inner)
        if len(out) > MAX_MESSAGE:
            raise TooLarge(len(out))
    elif value is None:
        out += b"N"
    elif kind is str:
        known = _texts.get(value)
        if known is None:
            if len(value) > MAX_STRING:
                raise TooLarge(len(value), f"a string of {len(value):,} characters (at most {MAX_STRING:,} travel)")
            raw = value.encode("utf-8", "surrogatepass")
            known = _tag_I(b"s", len(raw)) + raw
            if len(value) <= _TEXT_KEPT_LENGTH and len(_texts) < _TEXTS_KEPT:
                _texts[value] = known
        out += known
    elif kind is np.ndarray:
        if len(out) + value.nbytes > MAX_MESSAGE:  # known before a byte of it is copied
            raise TooLarge(len(out) + value.nbytes)
        code = value.dtype.str
        head = _array_heads.get(code)
        if head is None:
            allowed = _array_dtype(code).str.encode("ascii")
            head = _array_heads[code] = b"a" + bytes((len(allowed),)) + allowed
        out += head
        out += struct.pack(f"<B{value.ndim}Q", value.ndim, *value.shape)
        # C order: its own memory when it is laid out so (copied once), else a C-ordered copy
        out += value.data if value.flags.c_contiguous else value.tobytes(order="C")
    elif kind is int:
        if -(1 << 63) <= value < (1 << 63):
            out += _tag_q(b"i", value)
        else:
            size = _int_size(value)
            if size > MAX_INT_BYTES:
                raise WireError("an integer of more than 1,200 digits")
            out += _tag_I(b"I", size)
            out += value.to_bytes(size, "little", signed=True)
    elif kind is bool:
        out += b"1" if value else b"0"
    elif kind is dict:
        out += _tag_I(b"d", len(value))
        inner = depth + 1
        texts = _texts if inner <= MAX_DEPTH else {}
        for key, item in value.items():
            if type(key) is str and key in texts:
                out += texts[key]
            else:
                _put(key, out, inner)
            if type(item) is float and inner <= MAX_DEPTH:
                out += _tag_d(b"f", item)
            else:
                _put(item, out, inner)
    elif kind is bytes:
        if len(value) > MAX_STRING:
            raise TooLarge(len(value), f"a bytes value of {len(value):,} bytes (at most {MAX_STRING:,} travel)")
        out += _tag_I(b"b", len(value))
        out += value
    elif kind is complex:
        out += _tag_dd(b"c", value.real, value.imag)
    elif kind in _NUMPY_SCALARS and value.dtype.str in _SCALAR_TYPES:
        out += _scalar_heads[value.dtype.str]
        out += value.tobytes()
    else:
        raise WireError(a_type(kind.__name__))


class TooLarge(WireError):
    """A value that would make a message longer than MAX_MESSAGE (at least `size` bytes)."""

    def __init__(self, size: int, text: str | None = None):
        super().__init__(text or f"a value of more than {size / 1024 ** 2:.0f} MiB, more than the "
                                  f"{MAX_MESSAGE // 1024 ** 2} MiB a reply may have")
        self.size = size


def encode(value, depth: int = 0) -> bytes:
    """The value as bytes for the grader (TooLarge past MAX_MESSAGE, as soon as that is known);
    call unplain() first for a message a learner reads. With `depth`, the value as the part of
    a larger one it is that deep in (refused as that would be: see joined())."""
    return bytes(encoded(value, depth))


def encoded(value, depth: int = 0) -> bytearray:
    """What encode() gives, in the bytearray it was written to (no copy for a caller that only
    sends it)."""
    out = bytearray()
    _put(value, out, depth)
    if len(out) > MAX_MESSAGE:
        raise TooLarge(len(out))
    return out


def joined(kind: type, parts: list) -> bytes:
    """The bytes encode() writes for a tuple or list (not of floats only) whose items' own
    bytes are `parts`, each encoded at the depth it has in the whole; the caller checks the
    total against MAX_MESSAGE."""
    return _tag_I(b"t" if kind is tuple else b"l", len(parts)) + b"".join(parts)


def nodes(value, depth: int = 0) -> int:
    """How many values the grader's reader counts in a plain value (see MAX_NODES)."""
    kind = type(value)
    if depth < MAX_DEPTH and (kind is list or kind is tuple):
        if kind is list and value and all(type(v) is float for v in value):
            return 1 + len(value)
        return 1 + sum(nodes(v, depth + 1) for v in value)
    if depth < MAX_DEPTH and kind is dict:
        return 1 + sum(nodes(k, depth + 1) + nodes(v, depth + 1) for k, v in value.items())
    return 1


# -- the grader's side -------------------------------------------------------------------------
_q, _d, _I, _dd = (struct.Struct(f).unpack_from for f in ("<q", "<d", "<I", "<dd"))
_KEY_TYPES = (type(None), bool, int, float, complex, str, bytes, *_SCALAR_TYPES.values())


class _Reader:
    """Reads one message, checking every count and length against what is left."""

    def __init__(self, data):
        self.data = memoryview(data).cast("B") if not isinstance(data, memoryview) else data.cast("B")
        self.end = len(self.data)
        self.pos = 0
        self.nodes = 0

    def take(self, size: int, what: str) -> int:
        """Claim `size` bytes; returns where they start."""
        start = self.pos
        if size < 0 or size > self.end - start:
            raise WireError(f"{what} longer than the message")
        self.pos = start + size
        return start

    def count(self, what: str) -> int:
        n = _I(self.data, self.take(4, what))[0]
        if n > self.end - self.pos:   # every item is at least a byte: checked before building
            raise WireError(f"{what} of {n:,} items in a message of {self.end:,} bytes")
        return n

    def code(self) -> str:
        size = self.data[self.take(1, "a dtype")]
        return bytes(self.data[self.take(size, "a dtype"):self.pos]).decode("ascii", "replace")

    def value(self, depth: int):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise WireError(f"more than {MAX_NODES:,} values")
        if depth > MAX_DEPTH:
            raise WireError("a structure nested too deeply")
        data = self.data
        tag = data[self.take(1, "a value")]
        if tag == 0x66:    # f
            return _d(data, self.take(8, "a float"))[0]
        if tag == 0x69:    # i
            return _q(data, self.take(8, "an integer"))[0]
        if tag == 0x4E:    # N
            return None
        if tag == 0x31:    # 1
            return True
        if tag == 0x30:    # 0
            return False
        if tag == 0x73:    # s
            n = self.count("a string")
            if n > 4 * MAX_STRING:
                raise WireError(f"a string of {n:,} bytes")
            start = self.take(n, "a string")
            try:
                return str(data[start:self.pos], "utf-8", "surrogatepass")
            except UnicodeDecodeError:
                raise WireError("a string that is not UTF-8") from None
        if tag == 0x6C or tag == 0x74:   # l, t
            items = [self.value(depth + 1) for _ in range(self.count("a list"))]
            return items if tag == 0x6C else tuple(items)
        if tag == 0x44:    # D
            n = self.count("a list")
            start = self.take(8 * n, "a list of floats")
            packed = array("d")
            packed.frombytes(data[start:self.pos])
            if not _LITTLE:
                packed.byteswap()
            self.nodes += n
            if self.nodes > MAX_NODES:
                raise WireError(f"more than {MAX_NODES:,} values")
            return packed.tolist()
        if tag == 0x64:    # d
            return self.mapping(depth)
        if tag == 0x61:    # a
            return self.ndarray()
        if tag == 0x67:    # g
            code = self.code()
            if code not in _SCALAR_TYPES:
                raise WireError(f"a numpy scalar of dtype {code!r}")
            scalar = _SCALAR_TYPES[code]
            start = self.take(np.dtype(scalar).itemsize, "a numpy scalar")
            return np.frombuffer(data[start:self.pos], dtype=scalar)[0].copy()
        if tag == 0x63:    # c
            real, imag = _dd(data, self.take(16, "a complex number"))
            return complex(real, imag)
        if tag == 0x62:    # b
            n = self.count("bytes")
            if n > MAX_STRING:
                raise WireError(f"a bytes value of {n:,} bytes")
            start = self.take(n, "bytes")
            return bytes(data[start:self.pos])
        if tag == 0x49:    # I
            n = _I(data, self.take(4, "an integer"))[0]
            if n > MAX_INT_BYTES:
                raise WireError("an integer of more than 1,200 digits")
            start = self.take(n, "an integer")
            return int.from_bytes(data[start:self.pos], "little", signed=True)
        raise WireError(f"an unknown node {bytes((tag,))!r}")

    def mapping(self, depth: int) -> dict:
        out = {}
        hashes: dict[int, int] = {}
        for _ in range(self.count("a dict")):
            key = self.value(depth + 1)
            if not _plain_key(key, 0):
                raise WireError(f"a dict key of type {type(key).__name__}")
            seen = hashes.get(hash(key), 0) + 1   # an int: hash(int) is itself, never crafted to collide
            if seen > MAX_COLLISIONS:
                raise WireError("a dict whose keys were made to collide")
            hashes[hash(key)] = seen
            out[key] = self.value(depth + 1)
        return out

    def ndarray(self) -> np.ndarray:
        dtype = _array_dtype(self.code())
        ndim = self.data[self.take(1, "an array")]
        if ndim > 32:
            raise WireError(f"an array of {ndim} dimensions")
        shape = struct.unpack_from(f"<{ndim}Q", self.data, self.take(8 * ndim, "an array"))
        if not all(n < 2 ** 40 for n in shape):
            raise WireError(f"an array of shape {shape!r}")
        size = math.prod(shape) * dtype.itemsize
        if size > self.end - self.pos:   # checked before anything is allocated
            raise WireError(f"an array of shape {shape} of {dtype} with only "
                            f"{self.end - self.pos:,} bytes behind it")
        start = self.take(size, "an array")
        return np.frombuffer(self.data[start:self.pos], dtype=dtype).reshape(shape).copy()


def _plain_key(key, depth: int) -> bool:
    """A dict key whose hash and equality are those of plain data (no learner-defined method)."""
    if type(key) in _KEY_TYPES:
        return True
    return type(key) is tuple and depth < MAX_DEPTH and all(_plain_key(k, depth + 1) for k in key)


def decode(data) -> object:
    """The value in `data` (bytes, bytearray or memoryview), or WireError."""
    if len(data) > MAX_MESSAGE:
        raise WireError(f"a message of {len(data):,} bytes, more than {MAX_MESSAGE // 1024 ** 2} MiB")
    reader = _Reader(data)
    try:
        value = reader.value(0)
    except (struct.error, IndexError, ValueError, TypeError) as error:
        if isinstance(error, WireError):
            raise
        raise WireError(f"bytes that are not a reply ({type(error).__name__})") from None
    if reader.pos != reader.end:
        raise WireError(f"{reader.end - reader.pos:,} bytes after the reply")
    return value
