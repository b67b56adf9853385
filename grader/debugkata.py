"""Debug katas: the learner gets working-looking code with planted bugs, not a stub.

The solution file is the fixed reference. Each planted bug is marked in it, the correct lines
first and the buggy ones, commented out, after `# PLANTED`:

    # BEGIN BUG mask_after_softmax: the mask is applied after the softmax
    scores = np.where(mask, scores, -np.inf)
    weights = softmax(scores)
    # PLANTED
    # weights = softmax(scores)
    # weights = np.where(mask, weights, 0.0)
    # END BUG

`learner_file` writes the learner's file with every bug planted and no markers (the buggy lines
read like the rest of the code); `variant` writes the file with any set of bugs planted. A bug's
*signature* is the set of hidden tests the file with only that bug planted fails; grading runs
those single-bug files next to the learner's (same seed) and counts a bug as remaining while a
test of its signature fails. Feedback says how many bugs remain and names the ones fixed, never
which test failed or why: a debugging round does not point at the line.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

BEGIN = re.compile(r"^(\s*)# BEGIN BUG ([a-z][a-z0-9_]*): (.+?)\s*$")
PLANTED = re.compile(r"^\s*# PLANTED\s*$")
END = re.compile(r"^\s*# END BUG\s*$")
NOTE = ("# Your debug kata: this code has planted bugs (the statement above says how many). Find and fix\n"
        "# them, then run `make grade KATA={kata_id}`. Grading says how many remain, not where.\n")
LABEL = "bug:"  # grading labels of the single-bug variants: bug:<name>


class BugMarkerError(ValueError):
    """Unbalanced or malformed bug markers; the message names the line."""


@dataclass(frozen=True)
class Bug:
    name: str         # the slug, e.g. mask_after_softmax
    description: str  # the mistake, as feedback names it once fixed
    begin: int        # 0-based line numbers of the three markers
    planted: int
    end: int
    indent: str


def is_debug(source: str) -> bool:
    return any(BEGIN.match(line) for line in source.splitlines())


def bugs(source: str) -> list[Bug]:
    """The marked regions of a debug solution, in file order (see planted_bugs for the bugs)."""
    found, current, planted = [], None, None
    lines = source.splitlines()
    for number, line in enumerate(lines):
        if match := BEGIN.match(line):
            if current is not None:
                raise BugMarkerError(f"line {number + 1}: BEGIN BUG inside another bug")
            current, planted = (number, match.group(1), match.group(2), match.group(3)), None
        elif PLANTED.match(line):
            if current is None or planted is not None:
                raise BugMarkerError(f"line {number + 1}: PLANTED outside a bug, or twice")
            planted = number
        elif END.match(line):
            if current is None or planted is None:
                raise BugMarkerError(f"line {number + 1}: END BUG without BEGIN BUG and PLANTED")
            begin, indent, name, description = current
            for inner in lines[planted + 1:number]:
                if inner.strip() and not inner.startswith(indent + "#"):
                    raise BugMarkerError(f"bug {name}: the planted lines must be commented out at the marker's indentation")
            found.append(Bug(name, description, begin, planted, number, indent))
            current = None
    if current is not None:
        raise BugMarkerError(f"line {current[0] + 1}: BEGIN BUG is never closed")
    for bug in found:  # a bug may span several regions: the same name, the same description
        first = next(other for other in found if other.name == bug.name)
        if bug.description != first.description:
            raise BugMarkerError(f"bug {bug.name}: its regions describe it differently")
    return found


def planted_bugs(source: str) -> list[Bug]:
    """One Bug per name (its first region), in file order: the bugs a learner has to fix."""
    seen, out = set(), []
    for bug in bugs(source):
        if bug.name not in seen:
            seen.add(bug.name)
            out.append(bug)
    return out


def _uncomment(line: str, indent: str) -> str:
    rest = line[len(indent):]
    if rest.startswith("# "):
        return indent + rest[2:]
    return indent + rest[1:] if rest.startswith("#") else line


def variant(source: str, planted) -> str:
    """The source with the bugs named in `planted` planted, the others fixed, and no markers."""
    planted = set(planted)
    lines = source.splitlines()
    marked = bugs(source)
    unknown = planted - {bug.name for bug in marked}
    if unknown:
        raise BugMarkerError(f"no such bug: {', '.join(sorted(unknown))}")
    out, position = [], 0
    for bug in marked:
        out.extend(lines[position:bug.begin])
        if bug.name in planted:
            out.extend(_uncomment(line, bug.indent) for line in lines[bug.planted + 1:bug.end])
        else:
            out.extend(lines[bug.begin + 1:bug.planted])
        position = bug.end + 1
    out.extend(lines[position:])
    return "\n".join(out) + "\n"


def reference(source: str) -> str:
    """The fixed file without markers."""
    return variant(source, ())


def learner_file(source: str, kata_id: str) -> str:
    """The learner's file: every bug planted, no markers, a how-to note after the docstring."""
    text = variant(source, [bug.name for bug in planted_bugs(source)])
    tree = ast.parse(text)
    note = NOTE.format(kata_id=kata_id)
    lines = text.splitlines(keepends=True)
    cut = tree.body[0].end_lineno if tree.body and isinstance(tree.body[0], ast.Expr) else 0
    return "".join(lines[:cut]) + note + "".join(lines[cut:])


def functions(source: str) -> list[str]:
    """The top-level functions (or Class.method) holding a planted bug, in file order."""
    owners = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef):
            owners.update({line: node.name for line in range(node.lineno, node.end_lineno + 1)})
        elif isinstance(node, ast.ClassDef):
            for method in node.body:
                if isinstance(method, ast.FunctionDef):
                    owners.update({line: f"{node.name}.{method.name}"
                                   for line in range(method.lineno, method.end_lineno + 1)})
    names = []
    for bug in bugs(source):
        name = owners.get(bug.begin + 1)
        if name and name not in names:
            names.append(name)
    return names


# -- grading ----------------------------------------------------------------------------------

def variant_count(jobs) -> int:
    """How many single-bug files grading the jobs adds (one per bug of each debug kata)."""
    katas = {job.kata.id: job.kata for job in jobs if job.kata.kind == "debug"}
    return sum(len(planted_bugs(kata.solution_path.read_text(encoding="utf-8"))) for kata in katas.values())


def variant_jobs(jobs, folder) -> list:
    """For every debug kata among the jobs, one job per planted bug: the file with only that bug
    planted (written into `folder`), labelled bug:<name>."""
    from grader.jobs import Job
    extra, seen = [], set()
    for job in jobs:
        kata = job.kata
        if kata.kind != "debug" or kata.id in seen:
            continue
        seen.add(kata.id)
        source = kata.solution_path.read_text(encoding="utf-8")
        for bug in planted_bugs(source):
            path = Path(folder) / kata.track / kata.name / f"{bug.name}.py"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(variant(source, [bug.name]), encoding="utf-8")
            extra.append(Job(kata, path, LABEL + bug.name))
    return extra


def signatures(kata, records: dict) -> tuple[dict[str, set], dict[str, set]]:
    """{bug name: its signature}: the hidden tests the file with only that bug planted fails and
    no other single-bug file fails (a test two bugs both fail tells neither apart); and every
    failing test of each single-bug file. The catalogue's checks require every bug to have a
    signature, with a test that draws no random input."""
    failed = {}
    for bug in planted_bugs(kata.solution_path.read_text(encoding="utf-8")):
        ran = records.get(f"{kata.id}[{LABEL}{bug.name}]", [])
        failed[bug.name] = {r.name for r in ran if r.outcome == "failed"}
    return {name: tests - set().union(*(other for key, other in failed.items() if key != name))
            for name, tests in failed.items()}, failed


CONTRACT = (  # the contract's messages (grader.testing.check_contract): what the learner's code did
    (re.compile(r" modified its argument `([^`]+)`"),
     "{function}(...) modified its argument `{0}`: a function must leave its inputs as they were (work on a copy)"),
    (re.compile(r": ([^:]*?) shares memory with the argument `([^`]+)`"),
     "{function}(...): {0} shares memory with the argument `{1}`: return new arrays (a copy)"),
    (re.compile(r": ([^:]*?) is the object's own `([^`]+)`, not a copy"),
     "{function}(...): {0} is the object's own `{1}`, not a copy"),
)


def contract_breach(message: str) -> str | None:
    """The contract's complaint in a failing test's message, without the call's arguments (they
    would say which test), or None. The contract is checked on a call whose values were right,
    so such a test failed for the learner's own change, not for a planted bug."""
    first = message.splitlines()[0] if message else ""
    function = re.match(r"\s*([A-Za-z_][\w.]*)\(", first)
    for pattern, text in CONTRACT:
        if function and (found := pattern.search(first)):
            return text.format(*found.groups(), function=function.group(1))
    return None


def summary(kata, records: list, all_records: dict) -> dict:
    """What the learner may know: the planted bugs, the ones remaining and fixed (names), how
    many failing tests no remaining bug explains, and the contract breaches (the learner's code
    modified an argument or returned a view of one). A bug remains while a test of its signature
    fails; a test failed by a contract breach counts for no bug (its values were right, and the
    calls after it did not run)."""
    marked = planted_bugs(kata.solution_path.read_text(encoding="utf-8"))
    breaches = {r.name: contract_breach(r.message) for r in records if r.outcome != "passed"}
    breaches = {name: text for name, text in breaches.items() if text}
    failing = {r.name for r in records if r.outcome != "passed"} - set(breaches)
    signs, failed = signatures(kata, all_records)
    remaining = [bug.name for bug in marked if signs[bug.name] & failing]
    # failing tests that no remaining bug fails on its own: the learner's change broke them
    explained = set().union(*(failed[name] for name in remaining))
    return {"bugs": len(marked), "remaining": remaining,
            "fixed": [bug.name for bug in marked if bug.name not in remaining],
            "unexplained": len(failing - explained),
            "contract": list(dict.fromkeys(breaches.values())),
            "signatures": {name: sorted(tests) for name, tests in signs.items()}}


def feedback(kata, records: list, all_records: dict, seed: int) -> tuple[str, dict]:
    """The feedback of a failing debug kata, and its summary (for the project's own checks)."""
    facts = summary(kata, records, all_records)
    described = {bug.name: bug.description for bug in planted_bugs(kata.solution_path.read_text(encoding="utf-8"))}
    left = len(facts["remaining"])
    failing = len({r.name for r in records if r.outcome != "passed"})  # with no bug left: none is a bug's
    lines = [f"{left} of {facts['bugs']} planted bugs remain." if left
             else f"No planted bug remains, but {failing} hidden test(s) still fail."]
    if facts["fixed"]:
        lines.append("Fixed so far:")
        lines += [f"  ✔ {described[name]}" for name in facts["fixed"]]
    if facts["unexplained"] and left:
        lines.append(f"{facts['unexplained']} other failing hidden test(s) fail for none of the remaining bugs: "
                     "check what you changed.")
    elif facts["unexplained"]:
        lines.append("A change of yours broke something that worked: compare it with the statement.")
    for breach in facts["contract"][:2]:
        lines.append(f"A change of yours breaks something the bugs did not touch: {breach}.")
    if facts["contract"]:
        lines.append("(the tests it stops count for no planted bug until it is fixed)")
    # Known mistakes (wrong fixes) are named, except those a planted bug alone also matches:
    # those would point at the bug, not at the learner's change. "Matches" is on the test's
    # failing call alone, before the calls a single-bug file passed rule the mistake out: a
    # learner's file with more bugs passes fewer calls, so the witnesses that tell the bug and
    # the mistake apart in the single-bug file may fail there (a look-alike of the bug named
    # while the bug itself explains the failure).
    planted = {(r.name, summary) for key, ran in all_records.items() if key.startswith(f"{kata.id}[{LABEL}")
               for r in ran for summary, _ in (getattr(r, "matched", None) or r.known)}
    known = []
    for record in records:
        for line in record.message.splitlines():
            if (line.startswith(KNOWN) and line not in known
                    and (record.name, line[len(KNOWN):].strip()) not in planted):
                known.append(line)
    lines += known[:2]
    lines.append("(a debugging round does not say where: `python -m grader hint "
                 f"{kata.name}` narrows it down; random inputs used --seed {seed})")
    return "\n".join(lines), facts


HIDDEN = "hidden in a debugging round"
KNOWN = "This looks like a known mistake:"
WARNING = re.compile(r"^\S.*:\d+: \w*Warning: ")


def redact(tests: list[dict]) -> list[dict]:
    """Per-test records of a debug kata with the messages hidden: they would point at the line."""
    return [{**test, "message": HIDDEN if test["status"] == "failed" else test["message"], "doc": ""}
            for test in tests]


def untouched(kata, path) -> bool:
    """Whether the file at `path` is the debug kata's file exactly as shipped."""
    from grader.loading import NotARegularFile, read_bounded
    from grader.staticcheck import MAX_SOURCE
    try:  # never a FIFO or a device, never more than a kata file may hold
        text = read_bounded(Path(path), MAX_SOURCE + 1).decode("utf-8")
    except (OSError, TypeError, ValueError, NotARegularFile):
        return False
    return text == learner_file(kata.solution_path.read_text(encoding="utf-8"), kata.id)


def conclude(kata, result, records: list, all_records: dict, seed: int, path=None) -> None:
    """Turn a debug kata's result into a debugging round's: the count of bugs remaining and the
    ones fixed, no test's message (nor, on a timeout, the test it happened in). The file as
    shipped is `not_started`, as an untouched stub is (the contract's status for "not begun")."""
    result.failures = [{"test": failure["test"], "message": HIDDEN} for failure in result.failures]
    result.tests = redact(result.tests)
    result.output = quiet(result.output)
    if result.status == "failed":
        result.feedback, result.debug = feedback(kata, records, all_records, seed)
        # the mistakes recorded are the ones the feedback names (a planted bug's look-alike is not)
        shown = {line[len(KNOWN):].strip() for line in result.feedback.splitlines() if line.startswith(KNOWN)}
        result.mistakes = [name for name in result.mistakes if name in shown]
        if path is not None and untouched(kata, path):
            result.status = "not_started"
            result.feedback = (f"not started: the file is as shipped, with its {result.debug['bugs']} planted "
                               f"bugs. Find and fix them.\n" + result.feedback)
    elif result.status == "passed":
        names = [bug.name for bug in planted_bugs(kata.solution_path.read_text(encoding="utf-8"))]
        result.debug = {"bugs": len(names), "remaining": [], "fixed": names, "unexplained": 0}
    else:
        result.feedback = re.sub(r"\n\(in test `[^`]*`\)", "", result.feedback)
        result.mistakes = []  # the messages that named them are hidden


def quiet(output: str) -> str:
    """What the learner's code printed, without Python's warnings: their `file:line:` and the
    source line under it would point at the bug."""
    lines, skip = [], False
    for line in output.splitlines(keepends=True):
        if WARNING.match(line):
            skip = True
            continue
        if skip and line.startswith(" "):
            continue
        skip = False
        lines.append(line)
    return "".join(lines)
