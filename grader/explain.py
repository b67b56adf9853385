"""After the code: a kata's walkthrough (`python -m grader explain KATA`) and the interviewer's sheet.

    walkthrough(kata, made, spoiled_at) -> str    the reference, its complexity, the known mistakes
                                                  (the ones the learner made marked), the follow-ups
    sheet_for(katas, title, outputs) -> str       Markdown for whoever plays the interviewer
    mistake_outputs(katas) -> dict                what grading shows for each classic mistake

The reference is the solution file without its statement and without the markers; for a debug
kata, the planted bugs and the diff that fixes them. The complexity is a comment the solution
carries right after `# BEGIN SOLUTION`: `# Complexity: O(n_steps) time, O(n_steps) memory`.
`for_learner(kata, spoil)` decides whether the learner may see it: once the kata has passed as
their own work (grader.progress), or with `spoil`, which is recorded and said in the walkthrough.
"""
from __future__ import annotations

import ast
import difflib
import re
import textwrap
import time

from grader import debugkata, jobs, markers, mistakes, progress

COMPLEXITY = re.compile(r"^\s*# Complexity:\s*(.+?)\s*$")
RUBRIC = (  # (level, what to look for), the same four levels for every kata
    ("Working and clean", "passes every hidden test within about {minutes} minutes without a hint; explains the idea "
                          "and the complexity unprompted; handles the edge cases the statement names"),
    ("Working after hints", "passes, but only after a hint or a nudge; or needs the grader to find an edge "
                            "case; can answer a follow-up when led"),
    ("Partial", "the idea is right (the formula, the update, the data structure) but the code fails hidden "
                "tests: one of the classic mistakes below, or edge cases missed"),
    ("Not started", "cannot state the idea, or is still at the blank stub when time runs out: give the "
                    "first hint early, then note how far it gets them"),
)


def _without_docstring(source: str) -> list[str]:
    """The source's lines after its module docstring, leading blank lines dropped."""
    lines = source.splitlines()
    tree = ast.parse(source)
    if tree.body and isinstance(tree.body[0], ast.Expr) and isinstance(tree.body[0].value, ast.Constant):
        lines = lines[tree.body[0].end_lineno:]
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines


def complexity(source: str) -> list[tuple[str, str]]:
    """(where, complexity) for each `# Complexity:` line right after a `# BEGIN SOLUTION`.

    >>> complexity("def f(n):\\n    # BEGIN SOLUTION\\n    # Complexity: O(n) time\\n    return n\\n    # END SOLUTION\\n")
    [('f', 'O(n) time')]
    """
    lines = source.splitlines()
    owner = markers.enclosing_functions(source)
    found = []
    for number, line in enumerate(lines[:-1]):
        if markers.BEGIN.match(line) and (match := COMPLEXITY.match(lines[number + 1])):
            found.append((owner.get(number + 1, "the module"), match.group(1)))
    return found


def reference(kata) -> str:
    """What the learner had to write, readable: for an implement kata, the solution without its
    statement, markers or complexity lines; for a debug kata, the planted bugs and the diff
    from the file as shipped to the fixed one."""
    source = kata.solution_path.read_text(encoding="utf-8")
    if kata.kind == "debug":
        planted = debugkata.planted_bugs(source)
        shipped = _without_docstring(debugkata.variant(source, [bug.name for bug in planted]))
        fixed = _without_docstring(debugkata.reference(source))
        diff = difflib.unified_diff(shipped, fixed, f"shipped/{kata.id}.py", f"fixed/{kata.id}.py", n=2, lineterm="")
        return "\n".join([f"The {len(planted)} planted bugs:"]
                         + [f"  {number}. {bug.description}" for number, bug in enumerate(planted, 1)]
                         + ["", "The diff that fixes them:", *diff])
    lines = _without_docstring(source)
    kept, after_begin = [], False
    for line in lines:
        if markers.BEGIN.match(line):
            after_begin = True
            continue
        if markers.END.match(line) or (after_begin and COMPLEXITY.match(line)):
            after_begin = False
            continue
        after_begin = False
        if not line.strip() and len(kept) >= 2 and not kept[-1].strip() and not kept[-2].strip():
            continue  # the markers of a top-level region stood between blank lines: two are enough
        kept.append(line)
    return "\n".join(kept).rstrip()


class NotYetPassed(Exception):
    """The kata has not passed and no spoiler was asked for; the message says how to get there."""


def for_learner(kata, spoil: bool = False, sheet: bool = False, how: str = "add --spoil") -> str:
    """The walkthrough (or with `sheet`, the interviewer's sheet) of `kata` for the learner on
    this machine: once it has passed, else with `spoil` (recorded). Raises NotYetPassed."""
    passed = progress.first_pass(kata.id)
    if passed is None and not spoil:
        raise NotYetPassed(f"{kata.id} has not passed yet: explain shows the reference once it has "
                           f"(make grade KATA={kata.name}); to look now, {how} (it is recorded)")
    if passed is None:
        progress.record_spoiler(kata.id)  # only a look before the first pass is a spoiler
    if sheet:
        return sheet_for([kata], kata.id, mistake_outputs([kata]))
    return walkthrough(kata, progress.mistakes_made(kata.id), progress.spoiled_at(kata.id))


def _heading(text: str, underline: str = "-") -> list[str]:
    return [text, underline * len(text)]


def walkthrough(kata, made: dict[str, int], spoiled_at: float | None = None) -> str:
    """The explain view: `made` maps the names of the known mistakes the learner's gradings were
    given to how many gradings named them; `spoiled_at` is when they looked before passing."""
    title = f"{kata.id}: {kata.title}, the walkthrough"
    out = [*_heading(title, "="), ""]
    if spoiled_at is not None:
        out += [f"You looked at the answer before passing (explain --spoil, "
                f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(spoiled_at))}).", ""]
    where = "the fix" if kata.kind == "debug" else f"solutions/{kata.id}.py, without its statement"
    out += [*_heading(f"The reference ({where})"), _indent(reference(kata)), ""]
    costs = complexity(kata.solution_path.read_text(encoding="utf-8"))
    if costs:
        out += [*_heading("Complexity")] + [f"  {name}: {cost}" for name, cost in costs] + [""]
    known = mistakes.for_kata(kata.mistakes_dir)
    yours = [m for m in known if m.summary in made]
    out += _heading(f"Classic mistakes ({len(known)} known" + (f"; ✘ {len(yours)} of them yours" if yours else "")
                    + ")")
    if not known:
        out.append("  none recorded for this kata yet")
    for mistake in known:
        count = made.get(mistake.summary)
        mark = "✘" if count else "·"
        said = f"  (named in {count} of your gradings)" if count else ""
        out += _wrap(f"{mark} {mistake.summary}{said}", "  ", "    ")
        if mistake.advice:
            out += _wrap(mistake.advice, "      ", "      ")
    if known and not yours:
        out.append("  (none of these was named in your gradings)")
    out += ["", *_heading("Follow-up questions")]
    for number, question in enumerate(kata.follow_ups, 1):
        out += _wrap(f"{number}. {question}", "  ", "     ")
    out += ["", f"For whoever plays the interviewer: python -m grader explain {kata.name} --sheet"]
    return "\n".join(out) + "\n"


WIDTH = 100  # prose is wrapped to this; code never is


def _wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False) or [first]


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in text.splitlines())


SHOWN_LINES = 12  # of a mistake's grading output, on the sheet


def mistake_outputs(katas, seed: int = 0) -> dict[str, str]:
    """{path of a known mistake: what grading it shows} for the implement katas among `katas`:
    the first failing test's message (the known mistakes it names, without their advice), or the
    verdict. Empty when grading could not run: the sheet then names the mistakes only.

    Graded by a separate process (`python -m grader.grading`): this one may grade a candidate's
    code next (mock), and its workers must come from a process that never loaded a reference."""
    files = [(kata, mistake) for kata in katas if kata.kind != "debug" for mistake in mistakes.for_kata(kata.mistakes_dir)]
    if not files:
        return {}
    request = [{"kata": kata.id, "path": str(mistake.path), "label": f"mistake{number}"}
               for number, (kata, mistake) in enumerate(files)]
    try:
        results = jobs.grade_elsewhere(request, seed)
    except RuntimeError:
        results = []
    outputs = {}
    for (kata, mistake), result in zip(files, results):
        failures = result.get("failures") or []
        text = failures[0]["message"] if failures else f"{result['status']}: {result['feedback']}"
        lines, in_advice = [], False
        for line in text.splitlines():
            if line.startswith(debugkata.KNOWN):
                lines.append(line)
                in_advice = True
            elif not (in_advice and line.startswith("  ")):
                lines.append(line)
                in_advice = False
        outputs[str(mistake.path)] = "\n".join(lines[:SHOWN_LINES] + (["…"] if len(lines) > SHOWN_LINES else []))
    return outputs


def kata_sheet(kata, number: int | None = None, outputs: dict | None = None) -> str:
    """One kata's part of the interviewer's sheet, in Markdown."""
    head = f"{number}. " if number is not None else ""
    out = [f"## {head}{kata.id}: {kata.title}", "",
           f"{kata.difficulty}, about {kata.minutes} minutes"
           + (" · a debugging round: the candidate fixes planted bugs" if kata.kind == "debug" else ""), "",
           "### The statement (what the candidate sees)", "", "```text", kata.statement(), "```", "",
           "### Hints, in the order to give them", ""]
    out += [f"{tier}. {hint}" for tier, hint in enumerate(kata.hints, 1)]
    out += ["", "### Classic mistakes to watch for", ""]
    known = mistakes.for_kata(kata.mistakes_dir)
    if not known:
        out.append("None recorded for this kata yet.")
    for mistake in known:
        out.append(f"- **{mistake.summary}**")
        if mistake.advice:
            out.append(f"  {mistake.advice}")
        shown = (outputs or {}).get(str(mistake.path))
        if shown:
            out += ["  What the candidate's screen shows when they make it:", "", "  ```text"]
            out += [f"  {line}" for line in shown.splitlines()] + ["  ```"]
        else:
            out.append(f"  In the grader's output: `This looks like a known mistake: {mistake.summary}`")
    if kata.kind == "debug":
        out += ["", "The planted bugs (the grader names each one once it is fixed: `✔ <the bug>`):", ""]
        out += [f"- {bug.description}" for bug in
                debugkata.planted_bugs(kata.solution_path.read_text(encoding="utf-8"))]
    costs = complexity(kata.solution_path.read_text(encoding="utf-8"))
    if costs:
        out += ["", "### Complexity of the reference", ""] + [f"- {name}: {cost}" for name, cost in costs]
    out += ["", "### Follow-up questions", ""]
    out += [f"{number}. {question}" for number, question in enumerate(kata.follow_ups, 1)]
    out += ["", "### Rubric", "", "| level | what to look for |", "| --- | --- |"]
    out += [f"| {level} | {what.format(minutes=kata.minutes)} |" for level, what in RUBRIC]
    return "\n".join(out) + "\n"


def sheet_for(katas, title: str, outputs: dict | None = None) -> str:
    """The interviewer's sheet for `katas`, in Markdown: never for the candidate's screen;
    `outputs` (mistake_outputs) shows what each classic mistake looks like when graded."""
    out = [f"# Interviewer's sheet: {title}", "",
           "Not for the candidate's eyes. Give the hints in order, only when the candidate is stuck; "
           "note the time of each. The candidate sees the grader's verdicts on their screen.", ""]
    parts = [kata_sheet(kata, number if len(katas) > 1 else None, outputs) for number, kata in enumerate(katas, 1)]
    return "\n".join(out) + "\n" + "\n".join(parts)
