"""The catalogue: one ordered manifest, `katas.toml`, read and validated here.

`list`, `show` and `hint` read only this file and the solutions' docstrings: they never
import learner code.
"""
from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from grader import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10 (Gradescope's default image): the same parser, installed as tomli by setup.sh
    import tomli as tomllib

DIFFICULTIES = ("easy", "medium", "hard")
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*/[a-z][a-z0-9_]*$")
KINDS = ("implement", "debug")
DEFAULT_TIME_LIMIT = 3.0  # the floor of a kata's CPU budget, seconds (grader.budget)


class ManifestError(Exception):
    """The manifest is missing or malformed; the message names the entry and the field."""


class UnknownKata(Exception):
    """A kata id that is not in the catalogue, or a bare name that is ambiguous."""


@dataclass(frozen=True)
class Kata:
    id: str
    title: str
    difficulty: str
    minutes: int
    hints: tuple[str, ...]
    follow_ups: tuple[str, ...]
    forbidden: tuple[str, ...] = ()
    time_limit: float = DEFAULT_TIME_LIMIT
    points: float = 1.0  # the kata's weight in course formats (grader.formats)
    kind: str = "implement"  # or "debug": the learner fixes planted bugs (grader.debugkata)
    root: Path = field(default=ROOT, compare=False, repr=False)

    @property
    def track(self) -> str:
        return self.id.split("/")[0]

    @property
    def name(self) -> str:
        return self.id.split("/")[1]

    @property
    def stub_path(self) -> Path:
        return self.root / "katas" / f"{self.id}.py"

    @property
    def solution_path(self) -> Path:
        return self.root / "solutions" / f"{self.id}.py"

    @property
    def test_path(self) -> Path:
        return self.root / "tests" / "katas" / self.track / f"test_{self.name}.py"

    @property
    def mistakes_dir(self) -> Path:
        return self.root / "tests" / "mistakes" / self.id

    @property
    def alternatives_dir(self) -> Path:
        return self.root / "tests" / "alternatives" / self.id

    def statement(self) -> str:
        """The problem statement: the module docstring of the solution (and so of the stub)."""
        tree = ast.parse(self.solution_path.read_text(encoding="utf-8"))
        return ast.get_docstring(tree) or ""

    def entry_points(self) -> list[str]:
        """The functions the stub asks for: top-level functions whose body the stub hides."""
        from grader.markers import hidden_functions
        return hidden_functions(self.solution_path.read_text(encoding="utf-8"))


class Catalogue(list):
    """The katas in catalogue order, with id resolution."""

    def resolve(self, name: str) -> Kata:
        for kata in self:
            if kata.id == name:
                return kata
        matches = [k for k in self if k.name == name]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise UnknownKata(f"kata name {name!r} is ambiguous: "
                              + ", ".join(k.id for k in matches))
        guess = _did_you_mean(name, {**{k.id: k.id for k in self}, **{k.name: k.id for k in self}})
        raise UnknownKata(f"unknown kata {name!r}; " + (f"did you mean {guess}?" if guess
                                                         else "see `python -m grader list`"))

    def track(self, track: str) -> list[Kata]:
        katas = [k for k in self if k.track == track]
        if not katas:
            tracks = sorted({k.track for k in self})
            guess = _did_you_mean(track, {t: t for t in tracks})
            raise UnknownKata(f"unknown track {track!r}; " + (f"did you mean {guess}?" if guess
                                                               else f"tracks: {', '.join(tracks)}"))
        return katas


def _did_you_mean(name: str, candidates: dict) -> str | None:
    """The closest known spelling of `name` (difflib), as the id it stands for."""
    import difflib
    close = difflib.get_close_matches(name.lower(), list(candidates), n=1, cutoff=0.6)
    return candidates[close[0]] if close else None


def _field(entry: dict, key: str, kind, where: str, default=...):
    if key not in entry:
        if default is ...:
            raise ManifestError(f"{where}: missing field {key!r}")
        return default
    value = entry[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ManifestError(f"{where}: field {key!r} must be {getattr(kind, '__name__', kind)}, "
                            f"not {type(value).__name__}")
    return value


def _strings(entry: dict, key: str, where: str, minimum: int, default=...) -> tuple[str, ...]:
    values = _field(entry, key, list, where, default)
    if len(values) < minimum or not all(isinstance(v, str) and v.strip() for v in values):
        raise ManifestError(f"{where}: field {key!r} must list at least {minimum} non-empty strings")
    return tuple(values)


def _toml(text: str, source: str) -> dict:
    """The manifest's TOML as data. Parsing it is most of what `list`, `show` and every grading
    pay to know the catalogue (17 ms for 195 katas), so the result is kept as JSON in the home
    folder under the SHA-256 of the text: any edit parses again, a cache that cannot be read or
    written is ignored. Only the parse is cached; every entry is validated each time."""
    import hashlib
    import json
    from grader import home
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    cache = home() / "manifest-cache.json"
    try:
        kept = json.loads(cache.read_text(encoding="utf-8"))
        if isinstance(kept, dict) and kept.get("sha256") == digest and isinstance(kept.get("data"), dict):
            return kept["data"]
    except (OSError, ValueError):
        pass
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ManifestError(f"{source}: not valid TOML: {error}") from None
    import os
    import tempfile
    temporary = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=cache.parent, prefix=".manifest-cache-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"sha256": digest, "data": data}, handle)
        os.replace(temporary, cache)  # whole or not at all, whoever else writes it
    except (OSError, TypeError, ValueError):  # a read-only home, or a value JSON cannot hold
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
    return data


def parse(text: str, root: Path = ROOT, source: str = "katas.toml") -> Catalogue:
    data = _toml(text, source)
    entries = data.get("kata")
    if not isinstance(entries, list) or not entries:
        raise ManifestError(f"{source}: no [[kata]] entries")
    catalogue = Catalogue()
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        where = f"{source}: kata #{number}"
        kata_id = _field(entry, "id", str, where)
        where = f"{source}: kata {kata_id!r}"
        if not ID_PATTERN.match(kata_id):
            raise ManifestError(f"{where}: id must look like 'track/name' (lowercase, digits, _)")
        if kata_id in seen:
            raise ManifestError(f"{where}: duplicate id")
        seen.add(kata_id)
        difficulty = _field(entry, "difficulty", str, where)
        if difficulty not in DIFFICULTIES:
            raise ManifestError(f"{where}: difficulty must be one of {', '.join(DIFFICULTIES)}")
        minutes = _field(entry, "minutes", int, where)
        if not 1 <= minutes <= 120:
            raise ManifestError(f"{where}: minutes must be between 1 and 120")
        time_limit = _field(entry, "time_limit", (int, float), where, DEFAULT_TIME_LIMIT)
        if not 0 < time_limit <= 120:
            raise ManifestError(f"{where}: time_limit must be between 0 and 120 seconds")
        points = _field(entry, "points", (int, float), where, 1.0)
        if not 0 <= points <= 1000:
            raise ManifestError(f"{where}: points must be between 0 and 1000")
        unknown = set(entry) - {"id", "title", "difficulty", "minutes", "hints", "follow_ups",
                                "forbidden", "time_limit", "points", "kind"}
        if unknown:
            raise ManifestError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        kind = _field(entry, "kind", str, where, "implement")
        if kind not in KINDS:
            raise ManifestError(f"{where}: kind must be one of {', '.join(KINDS)}")
        hints = _strings(entry, "hints", where, 2)
        if len(hints) > 3:
            raise ManifestError(f"{where}: at most 3 hint tiers")
        catalogue.append(Kata(
            id=kata_id,
            title=_field(entry, "title", str, where),
            difficulty=difficulty,
            minutes=minutes,
            hints=hints,
            follow_ups=_strings(entry, "follow_ups", where, 1),
            forbidden=_strings(entry, "forbidden", where, 0, []),
            time_limit=float(time_limit),
            points=float(points),
            kind=kind,
            root=root,
        ))
    return catalogue


_cache: dict[Path, tuple[float, Catalogue]] = {}


def load(root: Path = ROOT) -> Catalogue:
    path = root / "katas.toml"
    try:
        mtime = path.stat().st_mtime
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ManifestError(f"cannot read the manifest {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise ManifestError(f"the manifest {path} is not UTF-8 text") from None
    cached = _cache.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    catalogue = parse(text, root, str(path.relative_to(root)))
    _cache[path] = (mtime, catalogue)
    return catalogue
