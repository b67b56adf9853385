"""Solutions are the single source: a stub is its solution with the marked parts hidden.

Inside a solution, the lines between `# BEGIN SOLUTION` and `# END SOLUTION` are the answer.
In the stub, a marked region inside a function becomes
`raise NotImplementedError("<kata id>: implement <function>")` at the region's indentation;
a marked region at the top level (a helper or an import only the answer needs) disappears.
"""
from __future__ import annotations

import ast
import re

BEGIN = re.compile(r"^(\s*)# BEGIN SOLUTION\s*$")
END = re.compile(r"^\s*# END SOLUTION\s*$")
GENERATED_NOTE = "# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run\n# `make grade KATA={kata_id}`.\n"


class MarkerError(ValueError):
    """Unbalanced or misplaced solution markers; the message names the line."""


def _regions(lines: list[str]) -> list[tuple[int, int, str]]:
    """(begin, end, indent) of each marked region, 0-based line numbers of the markers."""
    regions, begin, indent = [], None, ""
    for number, line in enumerate(lines):
        if match := BEGIN.match(line):
            if begin is not None:
                raise MarkerError(f"line {number + 1}: BEGIN SOLUTION inside another region")
            begin, indent = number, match.group(1)
        elif END.match(line):
            if begin is None:
                raise MarkerError(f"line {number + 1}: END SOLUTION without BEGIN")
            regions.append((begin, number, indent))
            begin = None
    if begin is not None:
        raise MarkerError(f"line {begin + 1}: BEGIN SOLUTION is never closed")
    return regions


def _enclosing_functions(source: str) -> dict[int, str]:
    """Map each 1-based line number inside a top-level function to that function's name."""
    owner = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef):
            for line in range(node.lineno, node.end_lineno + 1):
                owner[line] = node.name
    return owner


def hidden_functions(source: str) -> list[str]:
    """Names of the top-level functions that contain a marked region, in file order."""
    lines = source.splitlines()
    owner = _enclosing_functions(source)
    names = []
    for begin, _, indent in _regions(lines):
        name = owner.get(begin + 1)
        if indent and name and name not in names:
            names.append(name)
    return names


def make_stub(source: str, kata_id: str) -> str:
    """The stub text for a solution's source."""
    lines = source.splitlines()
    owner = _enclosing_functions(source)
    regions = _regions(lines)
    if not any(indent for _, _, indent in regions):
        raise MarkerError("no marked region inside a function: the stub would have nothing to do")
    out, position = [], 0
    for begin, end, indent in regions:
        out.extend(lines[position:begin])
        if indent:
            name = owner.get(begin + 1)
            if name is None:
                raise MarkerError(f"line {begin + 1}: an indented region must sit in a top-level function")
            out.append(f'{indent}raise NotImplementedError("{kata_id}: implement {name}")')
        else:
            # drop the blank lines that separated the hidden top-level block
            while out and not out[-1].strip() and end + 1 < len(lines) and not lines[end + 1].strip():
                out.pop()
        position = end + 1
    out.extend(lines[position:])
    text = "\n".join(out) + "\n"
    return _insert_note(text, kata_id)


def _insert_note(text: str, kata_id: str) -> str:
    """Put the how-to note right after the module docstring."""
    tree = ast.parse(text)
    note = GENERATED_NOTE.format(kata_id=kata_id)
    if tree.body and isinstance(tree.body[0], ast.Expr) and isinstance(tree.body[0].value, ast.Constant):
        lines = text.splitlines(keepends=True)
        cut = tree.body[0].end_lineno
        return "".join(lines[:cut]) + note + "".join(lines[cut:])
    return note + text


def expected_stubs(catalogue) -> dict:
    """{stub path: text it should have} for every kata in the catalogue."""
    return {kata.stub_path: make_stub(kata.solution_path.read_text(encoding="utf-8"), kata.id)
            for kata in catalogue if kata.solution_path.exists()}


def _is_committed(path) -> bool:
    """True when the file is exactly as committed (a stub no learner has touched)."""
    import subprocess
    try:
        relative = path.resolve().relative_to(path.parents[2].resolve())
        committed = subprocess.run(["git", "show", f"HEAD:{relative.as_posix()}"], cwd=path.parents[2],
                                   capture_output=True, timeout=10)
    except (OSError, ValueError, subprocess.SubprocessError):
        return False
    return committed.returncode == 0 and committed.stdout == path.read_bytes()


def main(argv=None) -> int:
    """`make stubs`: write katas/ from solutions/ (only stubs that changed)."""
    from grader import backup, manifest, readme
    catalogue = manifest.load()
    written = 0
    for path, text in expected_stubs(catalogue).items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists() and not _is_committed(path):  # it may hold a learner's work: keep a copy
                print(f"saved the old {path.name} to {backup.backup(path)}")
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(path.parents[2])}")
            written += 1
    print(f"{written} stub(s) regenerated" if written else "stubs are up to date")
    if readme.update(catalogue):
        print("updated the catalogue in README.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
