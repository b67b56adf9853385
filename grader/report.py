"""How results read: the scoreboard on a terminal, and the JSON document for scripts."""
from __future__ import annotations

import os
import re
import shutil
import sys
import textwrap

from grader.printable import printable

ANSI = re.compile(r"\033\[[0-9;]*m")
SYMBOLS = {"passed": "✔", "failed": "✘", "not_started": "·", "error": "!", "timeout": "⧗",
           "crashed": "☠", "forbidden": "⊘"}
COLOURS = {"passed": "32", "failed": "31", "not_started": "2", "error": "31", "timeout": "33",
           "crashed": "35", "forbidden": "35"}
LABELS = {"not_started": "not started"}


def terminal_width(stream=None) -> int | None:
    """The terminal's width when writing to one, else None (pipes and files get whole lines)."""
    stream = stream or sys.stdout
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    return max(40, shutil.get_terminal_size().columns)


def fit(lines: list[str], width: int | None) -> list[str]:
    """Wrap long lines to `width`, keeping each line's indentation (a narrow terminal still reads)."""
    if not width:
        return lines
    out = []
    for line in lines:
        if len(ANSI.sub("", line)) <= width:
            out.append(line)
            continue
        line = ANSI.sub("", line)  # a wrapped line loses its colour, not its words
        indent = line[:len(line) - len(line.lstrip())]
        out.extend(textwrap.wrap(line.strip(), width, initial_indent=indent, subsequent_indent=indent + "  ",
                                 break_on_hyphens=False) or [line])
    return out


def use_colour(stream=None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


class Painter:
    def __init__(self, colour: bool):
        self.colour = colour

    def __call__(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def status(self, status: str, width: int = 0) -> str:
        label = LABELS.get(status, status).ljust(width)
        return self(f"{SYMBOLS.get(status, '?')} {label}", COLOURS.get(status, "0"))


def scoreboard(results, catalogue, seed: int, colour: bool) -> str:
    paint = Painter(colour)
    lines = []
    width = max([len(r.kata) for r in results] + [4])
    for result in results:
        tests = f"{result.tests_passed}/{result.tests_total}"
        seconds = f"{result.seconds:.2f}s" if result.status != "not_started" else ""
        lines.append(f"  {paint.status(result.status, 11)} {result.kata.ljust(width)}  {tests:>6}  {seconds:>7}")
    details = [r for r in results if r.status not in ("passed", "not_started")]
    columns = terminal_width()
    for result in details:
        lines.append("")
        title = f"── {result.kata}: {LABELS.get(result.status, result.status)} "
        rule = max(0, min(72, columns or 72) - len(title))
        lines.append(paint(title, "1") + paint("─" * rule, "2"))
        lines.append(f"   file: {printable(result.path)}")
        lines.extend(detail_lines(result))
    lines.append("")
    lines.extend(closing_line(results, catalogue, seed, paint).splitlines())
    return "\n".join(fit(lines, columns))


def detail_lines(result) -> list[str]:
    """Why a kata did not pass, indented: the feedback, then the tail of what the code printed."""
    lines = ["   " + line for line in printable(result.feedback).splitlines()]
    if result.output.strip():
        shown = printable(result.output.strip()).splitlines()
        lines.append("   your code printed:" + ("" if len(shown) <= 10 else f" (last 10 of {len(shown)} lines)"))
        lines.extend("     " + line[:200] for line in shown[-10:])
    return lines


def closing_line(results, catalogue, seed: int, paint) -> str:
    passed = sum(r.status == "passed" for r in results)
    total = len(results)
    first_open = next((r for r in results if r.status != "passed"), None)
    if first_open is None:
        head = f"{results[0].kata} passed." if total == 1 else f"All {total} graded katas passed."
        return paint(head, "32;1") + f" (seed {seed})"
    kata = catalogue.resolve(first_open.kata)
    katas = "kata" if total == 1 else "katas"
    if all(r.status == "not_started" for r in results):
        head = f"Nothing started yet: {total} {katas} to go."
    else:
        head = f"{passed} of {total} {katas} passed."
    path = printable(first_open.path)
    if first_open.label == "file":
        todo = (f"  Fix {path}, then run:  python -m grader grade {kata.name} --file {path}\n")
    else:
        verb = ("find and fix its planted bugs" if kata.kind == "debug"
                else "fill it in" if first_open.status == "not_started" else "fix it")
        todo = f"  Open {path}, {verb}, then run:  make grade KATA={kata.name}\n"
    return (paint(head, "1") + f" Next: {kata.id} ({kata.difficulty}, {kata.minutes} min).\n" + todo +
            f"  The statement: python -m grader show {kata.name}    A hint: python -m grader hint {kata.name}\n"
            f"  (random inputs used seed {seed}; pass --seed {seed} to grade on the same cases)")


def as_json(results, seed: int) -> dict:
    return {"schema": 1, "seed": seed, "results": [r.to_json() for r in results],
            "summary": {"passed": sum(r.status == "passed" for r in results), "total": len(results)}}
