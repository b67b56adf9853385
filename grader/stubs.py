"""Solutions are the single source: a stub is its solution with the marked parts hidden.

Inside a solution, the lines between `# BEGIN SOLUTION` and `# END SOLUTION` are the answer.
In the stub, a marked region inside a function becomes
`raise NotImplementedError("<kata id>: implement <function>")` at the region's indentation;
a marked region at the top level (a helper or an import only the answer needs) disappears.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

from grader.markers import BEGIN, END, MarkerError, enclosing_functions, hidden_functions, regions  # noqa: F401

GENERATED_NOTE = "# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run\n# `make grade KATA={kata_id}`.\n"


def make_stub(source: str, kata_id: str) -> str:
    """The stub text for a solution's source (for a debug kata: the file with its bugs planted)."""
    from grader import debugkata
    if debugkata.is_debug(source):
        return debugkata.learner_file(source, kata_id)
    lines = source.splitlines()
    owner = enclosing_functions(source)
    marked = regions(lines)
    if not any(indent for _, _, indent in marked):
        raise MarkerError("no marked region inside a function: the stub would have nothing to do")
    out, position = [], 0
    for begin, end, indent in marked:
        out.extend(lines[position:begin])
        if indent:
            name = owner.get(begin + 1)
            if name is None:
                raise MarkerError(f"line {begin + 1}: an indented region must sit in a top-level function or method")
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


class NotACheckout(Exception):
    """The repository is not a git checkout (or git is missing): committed stubs are unknown."""


def committed_text(path: Path, root: Path | None = None) -> str | None:
    """The file at `path` as committed at HEAD (None when HEAD has no such file).

    Raises NotACheckout outside a git checkout. The committed stub, not the file in katas/, is
    what the project's own checks compare with: katas/ holds the learner's work."""
    import subprocess
    root = Path(root) if root is not None else Path(path).resolve().parents[2]
    relative = Path(path).resolve().relative_to(root.resolve()).as_posix()
    try:
        shown = subprocess.run(["git", "show", f"HEAD:./{relative}"], cwd=root, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as error:
        raise NotACheckout(f"git is not available ({error})") from None
    if shown.returncode == 0:
        return shown.stdout.decode("utf-8")
    inside = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "HEAD"], cwd=root, capture_output=True)
    if inside.returncode != 0:
        raise NotACheckout(f"{root} is not a git checkout with a commit")
    return None


def text_of(path: Path) -> str | None:
    """The text of a file in katas/, or None when it is not a regular file (a FIFO, a device, a
    folder), which is then never read, waited on, or replaced."""
    from grader.loading import NotARegularFile, read_bounded
    try:
        return read_bounded(path).decode("utf-8", "replace")
    except NotARegularFile:
        return None


def _learner_work(path: Path, text: str) -> bool:
    """True when the file in katas/ may hold a learner's work: it differs from its committed
    stub (outside a git checkout: from the stub it should be)."""
    current = text_of(path)
    if current is None:
        return True
    try:
        committed = committed_text(path)
    except NotACheckout:
        committed = None
    return current not in (committed, text)


def main(argv=None) -> int:
    """`make stubs`: write katas/ from solutions/ (only stubs that changed).

    A file in katas/ that differs from its committed stub is a learner's work: it is left alone
    unless --force is given (and then a backup is kept in .katagrad/backups/)."""
    import argparse
    from grader import backup, manifest, readme
    parser = argparse.ArgumentParser(prog="python -m grader.stubs", description=main.__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true",
                        help="also overwrite files that differ from their committed stub (a backup is kept)")
    args = parser.parse_args(argv)
    catalogue = manifest.load()
    written, kept = 0, []
    for path, text in expected_stubs(catalogue).items():
        if path.exists() and text_of(path) == text:
            continue
        if path.exists() and _learner_work(path, text):
            if not args.force or text_of(path) is None:  # never replaced: a FIFO, a device, a folder
                kept.append(path)
                continue
            print(f"saved the old {path.name} to {backup.backup(path)}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(path.parents[2])}")
        written += 1
    if written or not kept:
        print(f"{written} stub(s) regenerated" if written else "stubs are up to date")
    if kept:
        print(f"left {len(kept)} file(s) you have edited as they are: "
              + ", ".join(str(p.relative_to(p.parents[2])) for p in kept))
    if readme.update(catalogue):
        print("updated the catalogue in README.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
