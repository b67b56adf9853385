"""Rules checked on the learner's source before it runs: no grader internals, no ruled-out APIs.

A kata's manifest entry lists the APIs it rules out by dotted name (`numpy.linalg.lstsq`);
this resolves `import numpy as np` / `from numpy import linalg as la` aliases and plain
assignments (`la = np.linalg`), so `np.linalg.lstsq` and `la.lstsq` are caught too. What a static check cannot see (getattr with a computed name)
is the runtime checks' job.
"""
from __future__ import annotations

import ast
import os

# The grader, the references and the hidden tests are off limits to learner code.
ALWAYS_FORBIDDEN = ("grader", "solutions", "tests")
MAX_SOURCE = 1024 ** 2   # bytes of source a kata file may have: checked before anything is parsed


class Violation(Exception):
    """A rule broken; the message names the rule and the line."""


class Unimportable(Exception):
    """A file Python could not import at all: not a regular file, not UTF-8, or too deeply
    nested for its parser. The message says which, as the import would."""


def read(path, shown: str) -> str:
    """The learner's file as text, read once and never past MAX_SOURCE + 1 bytes (Violation
    beyond that), line endings as `read_text` gives them."""
    from grader.loading import NotARegularFile, read_bounded
    try:
        raw = read_bounded(path, MAX_SOURCE + 1)
    except NotARegularFile:
        raise Unimportable(f"{shown} is not a regular file (a FIFO, a device or a folder): it was not read") from None
    if len(raw) > MAX_SOURCE:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = len(raw)
        raise Violation(too_large(shown, max(size, len(raw))))
    try:
        return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        raise Unimportable(f"{shown} is not UTF-8 text") from None


def too_large(path: str, size: int) -> str:
    return (f"{path} is {size / 1024 ** 2:.1f} MiB: a kata file may be at most "
            f"{MAX_SOURCE // 1024 ** 2} MiB of source, and is not read further")


def _matches(dotted: str, rule: str) -> bool:
    return dotted == rule or dotted.startswith(rule + ".")


def check(source: str, path: str, forbidden: tuple[str, ...] = ()) -> None:
    """Raise Violation for the first rule the source breaks; SyntaxError propagates, and
    Unimportable for a file too deep for Python's parser."""
    size = len(source) if len(source) > MAX_SOURCE // 4 else len(source.encode("utf-8", "surrogatepass"))
    if size > MAX_SOURCE:
        raise Violation(too_large(path, size))
    try:
        tree = ast.parse(source, filename=path)
    except (RecursionError, MemoryError) as error:  # Python's own import fails the same way
        raise Unimportable(f"your file could not be imported: {type(error).__name__}: "
                           f"{str(error) or 'the parser ran out of room'} (an expression nested "
                           "or chained too deeply for Python to compile)") from None
    aliases: dict[str, str] = {}
    imports, assignments, uses = [], [], []   # one walk of the tree, read in three passes below
    for node in ast.walk(tree):
        kind = type(node)
        if kind is ast.Import or kind is ast.ImportFrom:
            imports.append(node)
        elif kind is ast.Attribute or kind is ast.Call:
            uses.append(node)
        elif kind is ast.Assign and isinstance(node.value, (ast.Name, ast.Attribute)):
            assignments.append(node)
    for node in imports:
        if isinstance(node, ast.Import):
            for alias in node.names:
                _check_module(alias.name, node.lineno, path, forbidden)
                aliases[alias.asname or alias.name.split(".")[0]] = alias.name if alias.asname else alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                raise Violation(f"{path}, line {node.lineno}: relative imports are not allowed in a kata")
            module = node.module or ""
            _check_module(module, node.lineno, path, forbidden)
            for alias in node.names:
                full = f"{module}.{alias.name}"
                _check_api(full, node.lineno, path, forbidden)
                aliases[alias.asname or alias.name] = full
    # `la = np.linalg` (or `solve = la.solve`) makes one more alias: follow such plain
    # assignments until nothing new appears, whatever order they come in.
    changed = True
    while changed:
        changed = False
        for node in assignments:
            dotted = _dotted(node.value, aliases)
            if dotted is None:
                continue
            for target in node.targets:
                if isinstance(target, ast.Name) and aliases.get(target.id) != dotted:
                    _check_api(dotted, node.lineno, path, forbidden)
                    aliases[target.id] = dotted
                    changed = True
    for node in uses:
        if isinstance(node, ast.Attribute):
            dotted = _dotted(node, aliases)
            if dotted:
                _check_api(dotted, node.lineno, path, forbidden)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "__import__":
            raise Violation(f"{path}, line {node.lineno}: __import__ is not allowed in a kata; use import")


def _dotted(node: ast.AST, aliases: dict[str, str]) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in aliases:
        return None
    return ".".join([aliases[node.id], *reversed(parts)])


def _check_module(module: str, line: int, path: str, forbidden) -> None:
    top = module.split(".")[0]
    if top in ALWAYS_FORBIDDEN:
        raise Violation(f"{path}, line {line}: importing `{module}` is not allowed: "
                        "a kata may not use the grader, the reference solutions or the tests")
    _check_api(module, line, path, forbidden)


def _check_api(dotted: str, line: int, path: str, forbidden) -> None:
    for rule in forbidden:
        if _matches(dotted, rule):
            raise Violation(f"{path}, line {line}: this kata rules out `{rule}`: "
                            "write it yourself from the statement")
