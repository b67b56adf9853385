"""Grading from a Jupyter notebook: the same katas, the same isolation, feedback in the notebook.

    from grader.notebook import check, hint, show
    show("adam")                 # the statement
    def adam(grad, x0, *, n_steps, ...): ...
    check("adam", adam)          # grades the SOURCE of adam (and of any other functions given)
    hint("adam")                 # the next hint tier, recorded
    learn("adam")                # the concept page, before the code
    explain("adam")              # the walkthrough, once it has passed (spoil=True before: recorded)

or, with the magic (`%load_ext grader.notebook`), a whole cell is the kata's file:

    %%kata adam
    import numpy as np
    def adam(grad, x0, *, n_steps, ...): ...

What is graded is source code, never the kernel's objects: it is written to a private file and
graded by a separate grading process, whose learner worker is sandboxed exactly as for a file
(grader.sandbox). Gradings are recorded in the same progress store, as the learner's own work.
Needs IPython only for the magic; `check`, `hint`, `show`, `learn` and `explain` work in any Python.
"""
from __future__ import annotations

import html
import inspect
import shutil
import tempfile
import textwrap
from pathlib import Path

from grader import manifest

PRELUDE = "import math\nimport numpy as np\n\n"


class Feedback:
    """A grading's result, shown as text in a terminal and as a small report in a notebook."""

    def __init__(self, result: dict):
        self.result = result
        self.status = result["status"]
        self.passed = self.status == "passed"

    def __bool__(self):
        return self.passed

    def _lines(self) -> list[str]:
        r = self.result
        head = f"{r['kata']}: {r['status'].replace('_', ' ')} ({r['tests_passed']}/{r['tests_total']} hidden tests)"
        return [head] + ([r["feedback"]] if r["feedback"] else [])

    def __repr__(self):
        return "\n".join(self._lines())

    def _repr_html_(self):
        colour = "#2e7d32" if self.passed else "#c62828"
        head, *rest = self._lines()
        body = f"<pre style='white-space: pre-wrap'>{html.escape(chr(10).join(rest))}</pre>" if rest else ""
        return f"<div><b style='color: {colour}'>{'✔' if self.passed else '✘'} {html.escape(head)}</b>{body}</div>"


def _kata(name: str):
    try:
        return manifest.load().resolve(name)
    except manifest.UnknownKata as error:
        raise ValueError(str(error)) from None


def source_of(*functions) -> str:
    """The source of the functions given (as the kernel holds them), after the usual imports."""
    parts = []
    for function in functions:
        if isinstance(function, str):
            parts.append(textwrap.dedent(function))
            continue
        try:
            parts.append(textwrap.dedent(inspect.getsource(function)))
        except (OSError, TypeError):
            raise ValueError(f"cannot find the source of {function!r}: define it in a cell, or use %%kata") from None
    return PRELUDE + "\n\n".join(parts)


def grade_source(name: str, source: str, seed: int | None = None, record: bool = True) -> Feedback:
    """Grade `source` as kata `name` in a separate, sandboxed grading; record it."""
    kata = _kata(name)
    folder = Path(tempfile.mkdtemp(prefix="katagrad-notebook-"))
    try:  # the learner's code is graded from a file of its own, removed once graded
        path = folder / f"{kata.name}.py"
        path.write_text(source, encoding="utf-8")
        from grader import jobs
        (result,) = jobs.grade_elsewhere([{"kata": kata.id, "path": str(path), "label": "notebook"}],
                                         seed if seed is not None else 0)
        if record:
            from grader import grading, progress
            progress.record_grading(grading.Result(**result), path, "notebook")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return Feedback(result)


def check(name: str, *functions, seed: int | None = None) -> Feedback:
    """Grade the functions given (their source) as the kata `name`."""
    if not functions:
        raise ValueError(f"pass the function(s) you wrote: check({name!r}, your_function)")
    return grade_source(name, source_of(*functions), seed)


class Text(str):
    """Text shown once: as a cell's value, Jupyter (and the Python prompt) show it as it reads,
    not as a quoted string; nothing is printed besides (printing too showed it twice)."""

    def __repr__(self):
        return str(self)

    def _repr_pretty_(self, printer, cycle):
        printer.text(str(self))


def hint(name: str) -> Text:
    """The next hint tier for kata `name`, recorded."""
    from grader import progress
    kata = _kata(name)
    tier = progress.take_hint(kata.id, len(kata.hints))
    return Text(f"Hint {tier} of {len(kata.hints)} for {kata.id}: {kata.hints[tier - 1]}")


def show(name: str) -> Text:
    """The statement of kata `name`."""
    kata = _kata(name)
    return Text(f"{kata.id}: {kata.title} ({kata.difficulty}, {kata.minutes} min)\n\n{kata.statement()}")


class Markdown(Text):
    """Text that a notebook renders as Markdown (a concept page); plain text anywhere else."""

    def __new__(cls, text: str, markdown: str):
        self = super().__new__(cls, text)
        self.markdown = markdown
        return self

    def _repr_markdown_(self):
        return self.markdown


def learn(name: str) -> Markdown:
    """The concept page of kata `name`: the idea, the formula, a worked example; no code."""
    from grader import learn as pages
    kata = _kata(name)
    try:
        page = pages.read(kata, kata.root)
    except pages.PageError as error:
        return Text(str(error))
    raw = page.path if page.path.is_absolute() else kata.root / page.path
    markdown = raw.read_text(encoding="utf-8").replace("```check", "```text")
    return Markdown(pages.render(page), markdown)


def explain(name: str, spoil: bool = False) -> Text:
    """The walkthrough of kata `name` once it has passed (`spoil=True` to look before: recorded)."""
    from grader import explain as walkthrough
    try:
        return Text(walkthrough.for_learner(_kata(name), spoil, how=f"explain({name!r}, spoil=True)"))
    except walkthrough.NotYetPassed as refusal:
        return Text(str(refusal))


def load_ipython_extension(ipython) -> None:
    """`%load_ext grader.notebook`: the `%%kata NAME` cell magic."""
    from IPython.core.magic import register_cell_magic

    @register_cell_magic
    def kata(line, cell):
        name = line.strip()
        if not name:
            raise ValueError("name the kata: %%kata adam")
        ipython.run_cell(cell)  # the functions stay usable in the notebook
        return grade_source(name, cell)
