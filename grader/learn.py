"""Concept pages: the idea behind a kata before its code (`python -m grader learn KATA`).

A page is `learn/<track>/<name>.md`, plain Markdown in five sections, in this order:

    # <title>
    ## The idea        the intuition, in words
    ## The formula     the maths, and where it comes from
    ## By hand         a small worked example, with at least one ```check block
    ## Watch for       what goes wrong (no code, no spoilers)
    ## Read more       the classic source: a paper or a textbook section

A ```check block holds the worked example's numbers so that the suite can recompute them with the
reference: Python statements run in one namespace holding `np`, `math` and the reference module's
public names; a line `-> <literal>` states the value of the expression just above it. Floats agree
to half a unit in the last decimal place written (`0.245` means 0.2445 to 0.2455), so a page shows
the precision it means. The learner reads the block as a calculation, never as an implementation.
"""
from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from grader import ROOT

SECTIONS = ("The idea", "The formula", "By hand", "Watch for", "Read more")
MAX_WORDS = 1000  # about five minutes of reading
_FENCE = re.compile(r"^```check[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)


class PageError(Exception):
    """A concept page that is missing or malformed; the message names the page and the problem."""


@dataclass
class Check:
    code: str          # the statements before the expression
    expression: str    # the expression whose value the page states
    expected: str      # the literal after "->"
    line: int          # where "->" is, in the page


@dataclass
class Page:
    path: Path
    title: str
    sections: dict[str, str]
    checks: list[Check] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(len(text.split()) for text in self.sections.values())


def page_path(kata, root: Path = ROOT) -> Path:
    return root / "learn" / kata.track / f"{kata.name}.md"


def read(kata, root: Path = ROOT) -> Page:
    path = page_path(kata, root)
    if not path.is_file():
        raise PageError(f"no concept page for {kata.id} yet ({path.relative_to(root)})")
    return parse(path.read_text(encoding="utf-8"), path.relative_to(root))


def parse(text: str, path: Path = Path("<page>")) -> Page:
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# "):
        raise PageError(f"{path}: the first line must be '# <title>'")
    title = lines[0][2:].strip()
    sections: dict[str, str] = {}
    current, body = None, []
    for line in lines[1:]:
        if line.startswith("## "):
            if current is not None:
                sections[current] = "\n".join(body).strip()
            current, body = line[3:].strip(), []
        elif current is not None:
            body.append(line)
    if current is not None:
        sections[current] = "\n".join(body).strip()
    if tuple(sections) != SECTIONS:
        raise PageError(f"{path}: sections must be {', '.join(SECTIONS)} in this order, "
                        f"found {', '.join(sections) or 'none'}")
    empty = [name for name, body in sections.items() if not body]
    if empty:
        raise PageError(f"{path}: empty section(s): {', '.join(empty)}")
    page = Page(path, title, sections)
    page.checks = _checks(text, path)
    if "```check" not in sections["By hand"] or not page.checks:
        raise PageError(f"{path}: 'By hand' needs at least one ```check block with a '-> value' line")
    return page


def _checks(text: str, path: Path) -> list[Check]:
    checks = []
    for match in _FENCE.finditer(text):
        first_line = text.count("\n", 0, match.start(1)) + 1
        pending: list[str] = []
        for offset, line in enumerate(match.group(1).splitlines()):
            if line.lstrip().startswith("->"):
                code = "\n".join(pending)
                try:
                    tree = ast.parse(code)
                except SyntaxError as error:
                    raise PageError(f"{path}:{first_line + offset}: the example does not parse: {error.msg}")
                if not tree.body or not isinstance(tree.body[-1], ast.Expr):
                    raise PageError(f"{path}:{first_line + offset}: '->' must follow an expression")
                *before, last = tree.body
                checks.append(Check(ast.unparse(ast.Module(before, [])) if before else "",
                                    ast.unparse(last), line.lstrip()[2:].strip(), first_line + offset))
                pending = []
            else:
                pending.append(line)
        if any(line.strip() for line in pending):
            # statements after the last "->" still set up nothing that is checked: refuse them
            raise PageError(f"{path}:{first_line}: a ```check block must end with a '-> value' line")
    return checks


_NUMBER = re.compile(r"(?<![\w.])[-+]?(\d+)(?:\.(\d*))?(?:[eE]([-+]?\d+))?")


def _tolerances(literal: str, size: int):
    """Half a unit in the last place each number of the literal is written to, in reading order."""
    import numpy as np
    numbers = _NUMBER.findall(literal)
    if len(numbers) != size:
        return 0.0  # True/False, nan or inf among them: compared exactly
    return np.array([0.5 * 10.0 ** (int(exponent or 0) - len(places)) if places or exponent else 0.0
                     for _, places, exponent in numbers])


def agree(value, literal: str) -> tuple[bool, str]:
    """Does `value` (what the reference computed) round to `literal` (what the page says)?"""
    import numpy as np
    try:
        expected = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return False, f"the stated value {literal!r} is not a Python literal"
    if isinstance(expected, (str, bytes, type(None))) or isinstance(value, (str, bytes, type(None))):
        return value == expected, ""
    if isinstance(expected, (tuple, list)) and isinstance(value, (tuple, list)) and not _rectangular(expected):
        # a tuple of results of different sizes (an array and a number, say): part by part
        parts = _split_literal(literal)
        if len(value) != len(expected) or parts is None:
            return False, f"{len(value)} parts, the page states {len(expected)}"
        for got_part, part in zip(value, parts):
            ok, why = agree(got_part, part)
            if not ok:
                return False, why
        return True, ""
    try:
        got = np.asarray(value, dtype=float)
        want = np.asarray(expected, dtype=float)
    except (TypeError, ValueError):
        try:
            return bool(value == expected), ""
        except (TypeError, ValueError):  # arrays compared with ==: ambiguous, so not equal
            return False, "a value the page cannot state as one literal"
    if got.shape != want.shape:
        return False, f"shape {got.shape}, the page states {want.shape}"
    tolerance = _tolerances(literal, want.size)
    ok = np.all((np.abs(got - want).ravel() <= tolerance * (1 + 1e-9) + 1e-12) | (np.isnan(got) & np.isnan(want)).ravel()
                | (got == want).ravel())
    return bool(ok), ""


def _rectangular(expected) -> bool:
    import numpy as np
    try:
        np.asarray(expected, dtype=float)
        return True
    except (TypeError, ValueError):
        return False


def _split_literal(literal: str):
    """The top-level parts of a tuple or list literal, as source text (None if it is not one)."""
    try:
        node = ast.parse(literal.strip(), mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, (ast.Tuple, ast.List)):
        return None
    return [ast.get_source_segment(literal.strip(), element) for element in node.elts]


def verify(kata, root: Path = ROOT) -> list[str]:
    """Problems with the kata's page: structure, length, and every check recomputed by the reference."""
    import numpy as np
    from grader.loading import load_module
    try:
        page = read(kata, root)
    except PageError as error:
        return [str(error)]
    problems = []
    if page.words > MAX_WORDS:
        problems.append(f"{page.path}: {page.words} words, more than {MAX_WORDS} (five minutes of reading)")
    module = load_module(kata.solution_path, f"_katagrad_learn_{kata.track}_{kata.name}")
    names = {k: v for k, v in vars(module).items() if not k.startswith("_")}
    namespace = {"np": np, "math": math, **names}
    for check in page.checks:
        try:
            if check.code:
                exec(compile(check.code, str(page.path), "exec"), namespace)
            value = eval(compile(check.expression, str(page.path), "eval"), namespace)
        except Exception as error:  # a worked example that does not run is a broken page
            problems.append(f"{page.path}:{check.line}: {check.expression} raised "
                            f"{type(error).__name__}: {error}")
            continue
        ok, why = agree(value, check.expected)
        if not ok:
            shown = _shown_value(value)
            problems.append(f"{page.path}:{check.line}: {check.expression} is {shown}, "
                            f"the page states {check.expected}" + (f" ({why})" if why else ""))
    return problems


def _shown_value(value) -> str:
    """A computed value for a message: arrays to 6 significant digits, anything else by repr."""
    import numpy as np
    if isinstance(value, (tuple, list)) and not _rectangular(value):
        return "(" + ", ".join(_shown_value(part) for part in value) + ")"
    if isinstance(value, str):
        return repr(value)
    try:
        return np.array2string(np.asarray(value, dtype=float), precision=6)
    except (TypeError, ValueError):
        return repr(value)[:300]


def render(page: Page) -> str:
    """The page for a terminal: headings kept, check blocks shown as calculations."""
    out = [page.title, "=" * len(page.title), ""]
    for name, body in page.sections.items():
        out += [name, "-" * len(name)]
        body = _FENCE.sub(lambda m: "\n".join("    " + line for line in m.group(1).splitlines()), body + "\n")
        out += [body.rstrip(), ""]
    return "\n".join(out).rstrip() + "\n"
