"""The README's catalogue table, generated from the manifest (`make stubs` refreshes it)."""
from __future__ import annotations

from grader import ROOT

START = "<!-- catalogue: generated from katas.toml by `make stubs`; do not edit by hand -->"
END = "<!-- end of catalogue -->"


def table(catalogue) -> str:
    lines = ["| # | kata | what you implement | difficulty | minutes |", "|---|---|---|---|---|"]
    for number, kata in enumerate(catalogue, 1):
        lines.append(f"| {number} | `{kata.id}` | {kata.title} | {kata.difficulty} | {kata.minutes} |")
    return "\n".join(lines)


def expected(text: str, catalogue) -> str:
    head, start, rest = text.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError(f"README.md lacks the catalogue markers {START!r} … {END!r}")
    return f"{head}{START}\n{table(catalogue)}\n{END}{tail}"


def update(catalogue, path=ROOT / "README.md") -> bool:
    text = path.read_text(encoding="utf-8")
    new = expected(text, catalogue)
    if new != text:
        path.write_text(new, encoding="utf-8")
        return True
    return False
