"""Katas whose answer is an object: scenarios played on the reference, then on the learner's code.

A hidden test writes a scenario once, as a function of a `world`:

    def scenario(world):
        a = world.new("Value", 2.0, as_="a")
        b = world.new("Value", -3.0, as_="b")
        d = a * b + a                        # operators work on the learner's objects too
        world.call(d, "backward")
        world.get(a, "grad")                 # an observation: compared step by step
        world.get(b, "grad")

    kata.scenario(scenario)

It runs first in a world of reference objects (in this process), recording every observation:
each `world.get(obj, attribute)` and each `world.call(obj, method, ...)` that returns plain
data. Then it runs against the learner's file: their objects live in their own process, here
they are `Remote` handles, and every observation is compared with the reference's as soon as it
arrives, so feedback names the call, the method or attribute, and the calls that led to it. Only plain
data crosses the boundary: an attribute that is not plain data, a method that loops, a
`__getattr__` that lies all end in a message or a verdict, never in a pass.
"""
from __future__ import annotations

import copy
import inspect

import numpy as np

from grader import compare
from grader.compare import Mismatch, short_repr
from grader.sandbox import Handle, Step, within


class _Operators:
    """The operators a scenario may apply to an object: each one a call of the world that made
    it (not an observation)."""

    def _op(self, method: str, other=None, symbol: str = "", unary: bool = False, reverse: bool = False):
        raise NotImplementedError

    def __add__(self, other): return self._op("__add__", other, "+")
    def __radd__(self, other): return self._op("__radd__", other, "+", reverse=True)
    def __sub__(self, other): return self._op("__sub__", other, "-")
    def __rsub__(self, other): return self._op("__rsub__", other, "-", reverse=True)
    def __mul__(self, other): return self._op("__mul__", other, "*")
    def __rmul__(self, other): return self._op("__rmul__", other, "*", reverse=True)
    def __truediv__(self, other): return self._op("__truediv__", other, "/")
    def __rtruediv__(self, other): return self._op("__rtruediv__", other, "/", reverse=True)
    def __pow__(self, other): return self._op("__pow__", other, "**")
    def __matmul__(self, other): return self._op("__matmul__", other, "@")
    def __neg__(self): return self._op("__neg__", symbol="-", unary=True)


class Remote(_Operators):
    """An object in the learner's process, seen from a hidden test."""

    def __init__(self, world: "LearnerWorld", handle: Handle, name: str):
        self._world, self._handle, self._name = world, handle, name

    def __repr__(self):
        return self._name

    def _op(self, method: str, other=None, symbol: str = "", unary: bool = False, reverse: bool = False):
        if unary:
            return self._world.call(self, method, as_=f"({symbol}{self._name})", _observe=False)
        other_name = other._name if isinstance(other, Remote) else short_repr(other)
        name = f"({other_name} {symbol} {self._name})" if reverse else f"({self._name} {symbol} {other_name})"
        return self._world.call(self, method, other, as_=name, _observe=False)


class Local(_Operators):
    """An object of the reference (or of a known mistake), in this process, seen from a hidden
    test: its methods and operators go through the world, which writes each one down as the step
    the learner's objects will be asked to take (`ReferenceWorld.steps`)."""

    def __init__(self, world: "ReferenceWorld", value, step: int):
        self._world, self._value, self._step = world, value, step

    def __repr__(self):
        return f"step {self._step}"

    def _op(self, method: str, other=None, symbol: str = "", unary: bool = False, reverse: bool = False):
        if unary:
            return self._world.call(self, method, _observe=False)
        return self._world.call(self, method, other, _observe=False)


class _Object:
    """The observation "this call gave an object": keeps the two plays' steps in line."""

    def __repr__(self):
        return "an object"


OBJECT = _Object()


class ReferenceWorld:
    """The scenario on the reference solution (or a known mistake), in this process. Each request
    the scenario makes is written down in `steps`, with its arguments as they were then:
    (head, args, kwargs, may_raise), where head is ("new", class), ("method", Step(i), name) or
    ("getattr", Step(i), name), and Step(i) stands for the object step i gave."""

    def __init__(self, module):
        self.module = module
        self.observations: list = []
        self.steps: list = []

    def _step(self, head: tuple, args: tuple, kwargs: dict, may_raise: bool = False) -> tuple:
        try:
            self.steps.append((head, copy.deepcopy(_steps(args)), copy.deepcopy(_steps(kwargs)), may_raise))
        except Exception:  # an argument that cannot be copied: these steps cannot be sent ahead
            self.steps.append(None)
        return _values(args), _values(kwargs)

    def new(self, cls: str, *args, as_: str | None = None, **kwargs):
        index = len(self.steps)
        args, kwargs = self._step(("new", cls), args, kwargs)
        value = getattr(self.module, cls)(*args, **kwargs)
        return value if _is_plain(value) else Local(self, value, index)

    def call(self, obj, method: str, *args, as_: str | None = None, _observe: bool = True, **kwargs):
        index = len(self.steps)
        args, kwargs = self._step(("method", _ref(obj), method), args, kwargs)
        value = getattr(_value(obj), method)(*args, **kwargs)
        plain = _is_plain(value)
        if _observe:
            # a copy: the reference may change the same array in place at a later step
            self.observations.append(copy.deepcopy(value) if plain else OBJECT)
        return value if plain else Local(self, value, index)

    def get(self, obj, attribute: str):
        self._step(("getattr", _ref(obj), attribute), (), {})
        value = getattr(_value(obj), attribute)
        self.observations.append(copy.deepcopy(value))
        return value

    def raises(self, obj, method: str, *args, **kwargs):
        args, kwargs = self._step(("method", _ref(obj), method), args, kwargs, may_raise=True)
        try:
            getattr(_value(obj), method)(*args, **kwargs)
        except Exception as error:
            self.observations.append(f"raises {type(error).__name__}")
        else:
            self.observations.append("returns")


def _ref(obj):
    return Step(obj._step) if isinstance(obj, Local) else obj


def _value(obj):
    return obj._value if isinstance(obj, Local) else obj


def _steps(value):
    """Arguments as a step holds them: each Local as the Step that gave it."""
    return within(value, lambda part: Step(part._step) if isinstance(part, Local) else None)


def _values(value):
    """Arguments as the reference's methods take them: each Local as its object."""
    return within(value, lambda part: part._value if isinstance(part, Local) else None)


def _is_plain(value) -> bool:
    from grader.sandbox import wire
    return wire.unplain(value) is None


class LearnerWorld:
    """The scenario on the learner's code: each observation checked as it comes."""

    def __init__(self, kata, expected: list, rtol: float, atol: float, steps: list | None = None):
        self.kata, self.expected, self.rtol, self.atol = kata, expected, rtol, atol
        self.step = 0
        self.history: list[str] = []   # what the scenario did so far, for messages
        self.counter = 0
        # the reference's requests, sent ahead in one go (sandbox.Worker.script): each request of
        # this play must be the same, and then takes its reply from there (see _from_script)
        self.steps = steps
        self.outcomes: list | None = None
        self.taken = 0                     # steps whose reply was taken
        self.gave: dict[int, int] = {}     # handle key -> the step that gave that object

    # -- building and calling ----------------------------------------------------------------
    def new(self, cls: str, *args, as_: str | None = None, **kwargs):
        shown = f"{cls}({_args(args, kwargs)})"
        reply = self._request(("new", cls), args, kwargs, shown)
        if not isinstance(reply.value, Handle):
            raise Mismatch(f"{self._where()}{shown} should build an object, but it gave {compare._kind(reply.value)}")
        self._check_kept(shown, reply, cls, "__init__")
        self.counter += 1
        name = as_ or f"{cls.lower()}{self.counter}"
        self.history.append(f"{name} = {shown}")
        return Remote(self, reply.value, name)

    def call(self, obj: Remote, method: str, *args, as_: str | None = None, _observe: bool = True, **kwargs):
        shown = f"{obj._name}.{method}({_args(args, kwargs)})"
        if method.startswith("__") and as_:
            shown = as_
        reply = self._request(("method", obj._handle.key, method), args, kwargs, shown)
        self._check_kept(shown, reply, obj._handle.type, method)
        if isinstance(reply.value, Handle):
            if _observe:
                self._observe(shown, OBJECT, f"the result of {shown}")
            self.counter += 1
            name = as_ or f"{obj._name}.{method}()"
            if len(name) > 24:  # a long expression gets a short name of its own
                name = f"n{self.counter}"
                self.history.append(f"{name} = {_short(as_ or shown)}")
            else:
                self.history.append(name if method.startswith("__") else shown)
            return Remote(self, reply.value, name)
        if _observe:
            self._observe(shown, reply.value, f"the result of {shown}")
        else:  # an operator that gave plain data where the reference gives an object
            raise ScenarioMismatch(f"{self._where()}{shown} gave {compare._kind(reply.value)}; expected an object",
                                   self.step, reply.value)
        self._check_contract(shown, args, kwargs, reply)
        self.history.append(shown)
        return reply.value

    def _check_kept(self, shown: str, reply, cls: str, method: str) -> None:
        """An object never keeps what the caller handed it (an array, or the caller's own list or
        dict): the caller may change it later, and the object must not change with it. Checked
        in the learner's process after every constructor and method call (grader.sandbox.worker.kept)."""
        for kind, where, argument in reply.aliases:
            if kind != "kept":
                continue
            name = _parameter_name(self.kata.reference, cls, method, argument)
            raise Mismatch(f"{self._where()}{shown} keeps the caller's `{name}` as {where} (the same memory, "
                           "not a copy): when the caller changes it afterwards, your object changes "
                           "with it. Store a copy (np.array(x, dtype=float), list(x)).")

    def _check_contract(self, shown: str, args: tuple, kwargs: dict, reply) -> None:
        """A method's plain arguments are left as they were, and its arrays are new."""
        for kind, where, other in reply.aliases:
            if kind in ("itself", "kept"):  # parts of one result may share memory (testing.check_contract)
                continue
            if kind == "object":
                raise Mismatch(f"{self._where()}{shown}: {where} is the object's own `{other}` (its internal "
                               "array, list or dict, or a part of it): return a copy (np.array(x), list(x), "
                               "dict(x)), or the caller can change the object through it")
            what = f"the argument #{other.lstrip('#')}" if kind == "argument" else other
            raise Mismatch(f"{self._where()}{shown}: {where} shares memory with {what}: return new arrays "
                           "(a copy), never a view of the caller's array")
        if reply.args_after is None:
            return
        after_args, after_kwargs = reply.args_after
        given = [(str(i), a, after_args[i] if i < len(after_args) else a) for i, a in enumerate(args)]
        given += [(k, v, after_kwargs.get(k, v)) for k, v in kwargs.items()]
        for name, before, after in given:
            if isinstance(before, Remote) or callable(before):
                continue
            if not compare.identical(before, after):
                raise Mismatch(f"{self._where()}{shown} modified its argument #{name}: leave inputs as they were "
                               f"(work on a copy).\n  {compare.first_change(before, after)}")

    def get(self, obj: Remote, attribute: str):
        shown = f"{obj._name}.{attribute}"
        reply = self._request(("getattr", obj._handle.key, attribute), (), {}, shown)
        if isinstance(reply.value, Handle):
            raise Mismatch(f"{self._where()}{shown} is a {reply.value.type} object, not plain data: "
                           "attributes the statement names hold numbers, arrays, or lists and tuples of them")
        self._observe(shown, reply.value, shown)
        return reply.value

    def raises(self, obj: Remote, method: str, *args, **kwargs):
        """An observation: whether the method raises (and what), as the reference does."""
        from grader.sandbox import LearnerError
        shown = f"{obj._name}.{method}({_args(args, kwargs)})"
        try:
            self._request(("method", obj._handle.key, method), args, kwargs, shown)
            outcome = "returns"
        except LearnerError as error:
            if error.not_implemented:
                raise
            outcome = f"raises {error.type}"
        self._observe(shown, outcome, f"{shown}")
        self.history.append(shown)

    # -- plumbing ------------------------------------------------------------------------------
    def _request(self, head: tuple, args: tuple, kwargs: dict, shown: str):
        args = tuple(_handles(a) for a in args)
        kwargs = {k: _handles(v) for k, v in kwargs.items()}
        if self.steps is not None:
            return self._from_script(head, args, kwargs, shown)
        return self.kata.target.request(head, args, kwargs, self._where() + shown)

    def _from_script(self, head: tuple, args: tuple, kwargs: dict, shown: str):
        """The reply to this request from the steps sent ahead. The request must be the step's,
        exactly (same object, method, arguments): then the learner's process answered it just as
        it would have answered it alone. Otherwise `_Diverged`: the play starts again, a request
        at a time."""
        index = self.taken
        if index >= len(self.steps):
            raise _Diverged
        want_head, want_args, want_kwargs, _ = self.steps[index]
        try:
            mine = (head[0], Step(self.gave[head[1]]), head[2]) if head[0] in ("method", "getattr") else head
            same = (mine == want_head and _same_request(self._as_steps(args), want_args)
                    and _same_request(self._as_steps(kwargs), want_kwargs))
        except KeyError:
            same = False
        if not same:
            raise _Diverged
        if self.outcomes is None:
            self.outcomes = self.kata.target.script(self.steps, self._where() + shown)
        if index >= len(self.outcomes):
            raise _Diverged
        self.taken += 1
        outcome = self.outcomes[index]
        if isinstance(outcome, BaseException):
            from grader.sandbox import LearnerError
            raise LearnerError(self._where() + shown, outcome.detail)
        if isinstance(outcome.value, Handle):
            self.gave[outcome.value.key] = index
        return outcome

    def _as_steps(self, value):
        return within(value, lambda part: Step(self.gave[part.key]) if isinstance(part, Handle) else None)

    def _where(self) -> str:
        # the calls so far, as they read in the test (no step numbers: observations and calls
        # are counted differently, and a number that matches neither only confuses)
        if not self.history:
            return "in the scenario, first: "
        earlier = ("…; " if len(self.history) > 4 else "") + "; ".join(self.history[-4:])
        return f"in the scenario, after [{earlier}]: "

    def _observe(self, shown: str, value, what: str) -> None:
        if self.step >= len(self.expected):
            raise Mismatch(f"{self._where()}the scenario went further on your code than on the reference")
        want = self.expected[self.step]
        if value is OBJECT or want is OBJECT:
            problem = None if value is want else (
                f"{shown} gave {'an object' if value is OBJECT else compare._kind(value)}; expected "
                f"{'an object' if want is OBJECT else compare._kind(want)}")
        else:
            problem = compare.compare(value, want, self.rtol, self.atol, where=what)
        if problem:
            raise ScenarioMismatch(f"{self._where()}{problem}", self.step, value)
        self.step += 1


class _Diverged(BaseException):
    """The play asked for something other than the reference's next step: the steps sent
    ahead no longer apply. A BaseException: a scenario's own `except Exception` lets it by."""


def _same_request(a, b, depth: int = 0) -> bool:
    """The same arguments, exactly: types, shapes, dtypes and every bit (0.0 is not -0.0)."""
    if type(a) is not type(b) or depth > 20:
        return False
    if isinstance(a, (np.ndarray, np.generic)):
        return a.shape == b.shape and a.dtype == b.dtype and a.dtype != object and a.tobytes() == b.tobytes()
    if type(a) in (list, tuple):
        return len(a) == len(b) and all(_same_request(x, y, depth + 1) for x, y in zip(a, b))
    if type(a) is dict:
        return list(a) == list(b) and all(_same_request(a[k], b[k], depth + 1) for k in a)
    if type(a) is float:
        return a.hex() == b.hex() if a == a else b != b
    if type(a) in (int, bool, str, bytes, type(None), Step):
        return a == b
    return False


def _sendable(steps: list, limit: int = 2_000_000) -> bool:
    """Steps that can be sent ahead: each one written down, nothing but plain data (no
    callable), and not too many numbers in all."""
    from grader.mistakes import numbers_in
    if len(steps) < 2 or any(step is None for step in steps):
        return False
    total = 0
    for head, args, kwargs, _ in steps:
        if _has_callable((args, kwargs)):
            return False
        total += numbers_in((args, kwargs))
        if total > limit:
            return False
    return True


def _has_callable(value, depth: int = 0) -> bool:
    if callable(value) and not isinstance(value, type):
        return True
    if depth < 20 and type(value) in (list, tuple):
        return any(_has_callable(v, depth + 1) for v in value)
    if depth < 20 and type(value) is dict:
        return any(_has_callable(v, depth + 1) for v in value.values())
    return False


class ScenarioMismatch(Mismatch):
    """A scenario's observation differs: the step and the learner's value, to name a mistake."""

    def __init__(self, message: str, step: int, actual):
        super().__init__(message)
        self.step, self.actual = step, actual


def _parameter_name(reference, cls: str, method: str, argument: str) -> str:
    """`#0` as the reference's class names that parameter (`k`), else as given."""
    if not argument.startswith("#"):
        return argument
    try:
        function = getattr(getattr(reference, cls), method)
        names = [p for p in inspect.signature(function).parameters if p != "self"]
        return names[int(argument[1:])]
    except (AttributeError, TypeError, ValueError, IndexError):
        return f"argument #{argument[1:]}"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _handles(value):
    return within(value, lambda part: part._handle if isinstance(part, Remote) else None)


def _args(args: tuple, kwargs: dict) -> str:
    parts = [repr(a) if isinstance(a, Remote) else short_repr(a) for a in args]
    parts += [f"{k}={repr(v) if isinstance(v, Remote) else short_repr(v)}" for k, v in kwargs.items()]
    return ", ".join(parts)


def _same(actual, theirs, rtol: float, atol: float) -> bool:
    if actual is OBJECT or theirs is OBJECT:
        return actual is theirs
    try:
        return compare.compare(actual, theirs, rtol, atol) is None
    except TypeError:
        return False


def observations(scenario, module) -> list:
    """The scenario's observations on the objects of `module` (the reference, or a mistake)."""
    world = ReferenceWorld(module)
    try:
        scenario(world)
    except Exception:  # a mistake may fail later on: what it showed up to there still counts
        pass
    return world.observations


def play(kata, scenario, rtol: float = compare.RTOL, atol: float = compare.ATOL):
    """Run `scenario` on the reference, then on the learner's code, comparing step by step; on a
    difference, name the known mistakes whose objects give the learner's value at that step.
    Returns what the scenario returned on the learner's code (for property checks)."""
    from grader import mistakes
    reference = ReferenceWorld(kata.reference)
    try:
        scenario(reference)
    except Exception:
        pass
    expected = reference.observations
    # the reference's requests are sent ahead in one go where they can be; a play that asks for
    # anything else starts again, a request at a time
    for steps in ([reference.steps] if _sendable(reference.steps) else []) + [None]:
        world = LearnerWorld(kata, expected, rtol, atol, steps)
        try:
            returned = scenario(world)
            break
        except _Diverged:
            continue
        except ScenarioMismatch as mismatch:
            known = []
            for mistake in mistakes.for_kata(kata.kata.mistakes_dir):
                try:
                    theirs = observations(scenario, mistake.module)
                except Exception:
                    continue
                if len(theirs) > mismatch.step and _same(mismatch.actual, theirs[mismatch.step], rtol, atol):
                    known.append((mistake.summary, mistake.advice))
            mismatch.known = known
            raise
    if world.step < len(expected):
        raise Mismatch(f"{world._where()}the scenario stopped early on your code")
    kata.witnesses.scenario(lambda module: observations(scenario, module), expected,
                            lambda ours, theirs: _same(ours, theirs, rtol, atol))
    return returned
