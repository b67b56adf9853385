"""The marked regions of a solution file: `# BEGIN SOLUTION` … `# END SOLUTION`.

A leaf module: the catalogue (which functions a kata asks for) and the stub generator (what
the learner's file hides) both read the markers here.
"""
from __future__ import annotations

import ast
import re

BEGIN = re.compile(r"^(\s*)# BEGIN SOLUTION\s*$")
END = re.compile(r"^\s*# END SOLUTION\s*$")


class MarkerError(ValueError):
    """Unbalanced or misplaced solution markers; the message names the line."""


def regions(lines: list[str]) -> list[tuple[int, int, str]]:
    """(begin, end, indent) of each marked region, 0-based line numbers of the markers."""
    found, begin, indent = [], None, ""
    for number, line in enumerate(lines):
        if match := BEGIN.match(line):
            if begin is not None:
                raise MarkerError(f"line {number + 1}: BEGIN SOLUTION inside another region")
            begin, indent = number, match.group(1)
        elif END.match(line):
            if begin is None:
                raise MarkerError(f"line {number + 1}: END SOLUTION without BEGIN")
            found.append((begin, number, indent))
            begin = None
    if begin is not None:
        raise MarkerError(f"line {begin + 1}: BEGIN SOLUTION is never closed")
    return found


def enclosing_functions(source: str) -> dict[int, str]:
    """Map each 1-based line number inside a top-level function, or a method of a top-level
    class, to its name (`function`, or `Class.method` for object katas)."""
    owner = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef):
            for line in range(node.lineno, node.end_lineno + 1):
                owner[line] = node.name
        elif isinstance(node, ast.ClassDef):
            for method in node.body:
                if isinstance(method, ast.FunctionDef):
                    for line in range(method.lineno, method.end_lineno + 1):
                        owner[line] = f"{node.name}.{method.name}"
    return owner


def hidden_functions(source: str) -> list[str]:
    """Names of the top-level functions that contain a marked region, in file order (for a
    debug kata: the functions holding a planted bug)."""
    from grader import debugkata
    if debugkata.is_debug(source):
        return debugkata.functions(source)
    lines = source.splitlines()
    owner = enclosing_functions(source)
    names = []
    for begin, _, indent in regions(lines):
        name = owner.get(begin + 1)
        if indent and name and name not in names:
            names.append(name)
    return names
