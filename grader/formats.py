"""Results in the formats course platforms and CI systems read.

    gradescope(results, ...)    Gradescope's autograder results.json
    prairielearn(results)       PrairieLearn's external grader results.json (score 0–1, < 1 MB)
    classroom(results)          GitHub Classroom's runner result, as the autograding-grading-reporter
                                action decodes and sums it; runner_chunks() splits it into
                                <RUNNER>_RESULTS values that each fit an environment variable
    junit(results)              JUnit XML: one testcase per hidden test, for any CI system
    markdown(results)           the scoreboard for a CI job summary

Every format is built from the same per-test records (`Result.tests`). Points: a kata is worth
its manifest `points` (1 by default), shared equally between its hidden tests, added up exactly
(fractions, not floats); a kata that ended with a verdict (timeout, crashed, forbidden, error,
not started) scores 0. GitHub Classroom is the exception: see classroom().

Every text a learner's code can influence goes through printable(): no control character or lone
surrogate reaches a terminal, a web page or an XML parser.
"""
from __future__ import annotations

import base64
import json
import os
import re
import sys
import xml.etree.ElementTree as ElementTree
from fractions import Fraction
from pathlib import Path

from grader import report
from grader.grading import failure_feedback
from grader.printable import printable
from grader.submissions import MISSING

VISIBILITIES = ("visible", "hidden", "after_due_date", "after_published")
PLATFORMS = ("gradescope", "prairielearn", "classroom")  # read by a platform: exit 0 once written
PRAIRIELEARN_LIMIT = 1_000_000  # bytes: PrairieLearn refuses larger results
GRADESCOPE_LIMIT = 1_000_000    # bytes: Gradescope states none; a results page stays readable
TEST_OUTPUT_LIMIT = 10_000      # characters of one test's output on a platform
CLASSROOM_CHUNK = 64 * 1024     # base64 characters per runner: Linux caps one variable at 128 KiB
RUNNER = "katagrad"             # the reporter's runner ids: katagrad1, katagrad2, ...


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + f"\n[… {len(text) - limit:,} more characters cut]"


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0][:300]


def _ended(result) -> bool:
    return result.status not in ("passed", "failed")


def missing(result) -> bool:
    """True when no file was submitted for the result's kata (grade --submission)."""
    return result.label == MISSING


def _tests_of(result) -> list[dict]:
    """The hidden tests of a result; a kata whose tests never ran has one synthetic record."""
    if result.tests:
        return result.tests
    return [{"name": "import", "status": "failed", "message": result.feedback}]


def credits(result, points) -> list[tuple[dict, bool, Fraction, Fraction]]:
    """(test, passed, score, max_score) for each hidden test: the kata's points shared equally."""
    tests = _tests_of(result)
    share = Fraction(str(points)) / len(tests)
    rows = []
    for test in tests:
        ok = not _ended(result) and test["status"] == "passed"
        rows.append((test, ok, share if ok else Fraction(0), share))
    return rows


def _points(result, weights: dict | None) -> float:
    return (weights or {}).get(result.kata, 1.0)


def _number(value: Fraction) -> float | int:
    """A point value for JSON: an integer when whole, else the float nearest the exact value."""
    return int(value) if value.denominator == 1 else float(value)


def feedback(result) -> str:
    """The kata's feedback as a platform shows it: every failing test in full, no advice to rerun
    with --seed or --verbose (a student on a platform cannot), control characters escaped."""
    if result.status == "failed":
        failing = [t for t in result.tests if t["status"] == "failed"]
        if failing and all(key in failing[0] for key in ("doc", "learner_error")):
            return printable(failure_feedback(failing, 0, verbose=True, rerun_hints=False))
    return printable(result.feedback)


def _message(result, test: dict) -> str:
    """What a test's record says: its own message, or the kata's verdict when that ended it."""
    if missing(result) or (_ended(result) and not (test["status"] == "failed" and test["message"])):
        return feedback(result)
    return printable(test["message"])


def _shrink(document: dict, texts: list[tuple[dict, str]], limit: int) -> dict:
    """Cut the long texts of `document` (each (holder, key)) until its JSON is under `limit`
    bytes: shorten, never drop a test."""
    for cap in (TEST_OUTPUT_LIMIT, 4_000, 1_000, 200, 40):
        if len(json.dumps(document).encode()) < limit:
            break
        for holder, key in texts:
            holder[key] = _cut(holder[key], cap)
    return document


# -- Gradescope --------------------------------------------------------------------------------
WHEN_SHOWN = {"hidden": "to your instructor only", "after_due_date": "after the due date",
              "after_published": "when your instructor publishes the grades"}


def gradescope(results, weights: dict | None = None, hidden_details: str = "visible",
               execution_time: float | None = None) -> dict:
    """Gradescope's results.json: one test per hidden test, a kata's points shared between them.
    `hidden_details` is the visibility of the results (e.g. "after_published"): then the tests,
    the score and any word on how a kata went are hidden until then; the student sees only which
    files arrived."""
    if hidden_details not in VISIBILITIES:
        raise ValueError(f"visibility must be one of {', '.join(VISIBILITIES)}")
    tests, total = [], Fraction(0)
    for result in results:
        for test, ok, score, max_score in credits(result, _points(result, weights)):
            total += score
            tests.append({"name": printable(f"{result.kata}: {test['name']}"), "score": _number(score),
                          "max_score": _number(max_score), "status": "passed" if ok else "failed",
                          "output": _cut(_message(result, test), TEST_OUTPUT_LIMIT),
                          "output_format": "text", "visibility": hidden_details})
    if hidden_details == "visible":
        passed = sum(r.status == "passed" for r in results)
        output = f"{passed} of {len(results)} kata(s) passed.\n" + "\n".join(
            f"{r.kata}: {r.status.replace('_', ' ')} ({r.tests_passed}/{r.tests_total} hidden tests passed)"
            for r in results)
    else:  # nothing about how it went: only what arrived, which the student knows anyway
        received = [r.kata for r in results if not missing(r)]
        absent = [r.kata for r in results if missing(r)]
        output = (f"Your submission was received: {len(received)} of {len(results)} kata file(s)"
                  + (f" (no file for {', '.join(absent)})" if absent else "")
                  + f". The results are shown {WHEN_SHOWN[hidden_details]}.")
    seconds = execution_time if execution_time is not None else sum(r.seconds for r in results)
    document = {"score": _number(total), "execution_time": round(seconds, 3), "output": output,
                "output_format": "text", "test_output_format": "text", "test_name_format": "text",
                "visibility": hidden_details, "stdout_visibility": "hidden", "tests": tests}
    return _shrink(document, [(test, "output") for test in tests], GRADESCOPE_LIMIT)


# -- PrairieLearn ------------------------------------------------------------------------------
def prairielearn(results, weights: dict | None = None) -> dict:
    """PrairieLearn's results.json: score in [0, 1], tests with points, under 1 MB. A missing file
    or code that does not import makes the submission not gradable: the student keeps the attempt."""
    tests, total, maximum = [], Fraction(0), Fraction(0)
    for result in results:
        for test, ok, score, max_score in credits(result, _points(result, weights)):
            total, maximum = total + score, maximum + max_score
            tests.append({"name": printable(f"{result.kata}: {test['name']}"), "points": _number(score),
                          "max_points": _number(max_score), "message": _message(result, test)})
    unusable = [r for r in results if r.status == "error"]
    document = {"gradable": not unusable and bool(results),
                "score": _number(min(Fraction(1), total / maximum)) if maximum else 0,
                "message": f"{sum(r.status == 'passed' for r in results)} of {len(results)} kata(s) passed",
                "output": "\n\n".join(f"{r.kata}: {r.status.replace('_', ' ')}\n{feedback(r)}".rstrip()
                                      for r in results),
                "tests": tests}
    if unusable:
        document["format_errors"] = [f"{r.kata}: {_first_line(feedback(r))}" for r in unusable]
        document["message"] = "Not graded: " + "; ".join(document["format_errors"])
    return _shrink(document, [(document, "output"), (document, "message")] + [(t, "message") for t in tests],
                   PRAIRIELEARN_LIMIT)


# -- GitHub Classroom --------------------------------------------------------------------------
def classroom(results, weights: dict | None = None) -> dict:
    """GitHub Classroom's runner result (version 1), one point per hidden test.

    Its reporter logs (passing tests / tests) × max_score but records the sum of the tests'
    scores: the two agree only when every test is worth the same and is all or nothing, so here a
    hidden test is worth one point (kata `points` do not apply) and points are whole numbers. The
    result is compact (no test code, a message only where a kata ended with a verdict); the full
    feedback goes to the job summary (markdown())."""
    del weights  # one point per hidden test, see above
    tests = []
    for result in results:
        for number, (test, ok, _, _) in enumerate(credits(result, 1)):
            status = "pass" if ok else ("fail" if result.status in ("failed", "not_started") else "error")
            message = _first_line(_message(result, test)) if status == "error" and number == 0 else ""
            tests.append({"name": printable(f"{result.kata}: {test['name']}"), "status": status,
                          "message": message, "score": int(ok), "line_no": 0})
    statuses = {t["status"] for t in tests}
    overall = "error" if "error" in statuses else ("fail" if "fail" in statuses else "pass")
    return {"version": 1, "status": overall, "max_score": len(tests), "tests": tests}


def runner_chunks(document: dict, limit: int = CLASSROOM_CHUNK) -> list[str]:
    """The classroom result as base64 values for <RUNNER>_RESULTS, one runner per value, each
    at most `limit` characters: each holds whole tests and its own max_score (its test count),
    so the reporter's log and its recorded total still agree, runner by runner and in all."""
    budget = limit * 3 // 4 - 100  # bytes of JSON that stay under `limit` in base64, with the envelope
    groups, size = [[]], 0
    for test in document["tests"]:
        length = len(json.dumps(test, separators=(",", ":")).encode()) + 1
        if groups[-1] and size + length > budget:
            groups.append([])
            size = 0
        groups[-1].append(test)
        size += length
    return [_encoded(tests) for tests in groups]


def _encoded(tests: list[dict]) -> str:
    statuses = {t["status"] for t in tests}
    status = "error" if "error" in statuses else ("fail" if "fail" in statuses else "pass")
    text = json.dumps({"version": 1, "status": status, "max_score": len(tests), "tests": tests},
                      separators=(",", ":"))
    return base64.b64encode(text.encode()).decode()


# -- markdown and JUnit ------------------------------------------------------------------------
def _cell(text: str) -> str:
    return printable(text).replace("|", "\\|").replace("\n", " ")


def markdown(results) -> str:
    """The scoreboard as markdown, for a CI job summary ($GITHUB_STEP_SUMMARY)."""
    lines = ["| kata | status | tests | seconds |", "|---|---|---|---|"]
    for r in results:
        lines.append(f"| `{_cell(r.kata)}` | {r.status.replace('_', ' ')} | {r.tests_passed}/{r.tests_total} | {r.seconds:.2f} |")
    passed = sum(r.status == "passed" for r in results)
    details = []
    for r in results:
        if r.status != "passed":
            text = _cut(feedback(r), 4000)
            fence = "`" * max(3, 1 + max((len(run) for run in re.findall("`+", text)), default=0))
            details.append(f"\n<details><summary>{_cell(r.kata)}: {r.status.replace('_', ' ')}</summary>\n\n"
                           f"{fence}\n{text}\n{fence}\n</details>")
    return (f"### katagrad: {passed} of {len(results)} kata(s) passed\n\n" + "\n".join(lines) + "\n"
            + "".join(details) + "\n")


def junit(results) -> str:
    """JUnit XML: a testsuite per kata, a testcase per hidden test. A kata that ended with a
    verdict gives every testcase an <error>; otherwise failing tests hold a <failure> and tests
    not run a <skipped>. The suite's counts are those of its testcases."""
    root = ElementTree.Element("testsuites", name="katagrad")
    totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for result in results:
        tests = _tests_of(result)
        counts = dict.fromkeys(("failures", "errors", "skipped"), 0)
        suite = ElementTree.SubElement(root, "testsuite", name=printable(result.kata), tests=str(len(tests)),
                                       time=f"{result.seconds:.3f}")
        for test in tests:
            case = ElementTree.SubElement(suite, "testcase", classname=printable(result.kata.replace("/", ".")),
                                          name=printable(test["name"]))
            text = _message(result, test)
            if _ended(result):
                counts["errors"] += 1
                node = ElementTree.SubElement(case, "error", type=result.status, message=_first_line(text))
                node.text = text
            elif test["status"] == "failed":
                counts["failures"] += 1
                node = ElementTree.SubElement(case, "failure", type="failed", message=_first_line(text))
                node.text = text
            elif test["status"] == "skipped":
                counts["skipped"] += 1
                ElementTree.SubElement(case, "skipped", message=_first_line(text))
        for key, value in counts.items():
            suite.set(key, str(value))
        totals["tests"] += len(tests)
        for key in counts:
            totals[key] += counts[key]
    for key, value in totals.items():
        root.set(key, str(value))
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write(name: str, results, seed: int, weights: dict | None, hidden_details: str, output: str | None,
          environ=None) -> None:
    """Write the document of format `name` to `output` (its folder made if need be: PrairieLearn
    does not create /grade/results) or to stdout. In GitHub Actions, the classroom format also
    hands the reporter its <RUNNER>_RESULTS through $GITHUB_ENV (runner ids in the step output
    `runners`) and writes the scoreboard into the job summary."""
    environ = os.environ if environ is None else environ
    text = render(name, results, seed, weights, hidden_details)
    if output:
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise IsADirectoryError(output)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)  # whole or not at all
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if name != "classroom":
        return
    if environ.get("GITHUB_STEP_SUMMARY"):
        with open(environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
            handle.write(markdown(results))
    if environ.get("GITHUB_ENV") and environ.get("GITHUB_OUTPUT"):
        chunks = runner_chunks(json.loads(text))
        runners = [f"{RUNNER}{number}" for number in range(1, len(chunks) + 1)]
        with open(environ["GITHUB_ENV"], "a", encoding="utf-8") as handle:
            handle.writelines(f"{runner.upper()}_RESULTS={chunk}\n" for runner, chunk in zip(runners, chunks))
        with open(environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as handle:
            handle.write(f"runners={','.join(runners)}\n")


FORMATS = ("json", "gradescope", "prairielearn", "classroom", "junit", "markdown")


def render(name: str, results, seed: int, weights: dict | None = None, hidden_details: str = "visible") -> str:
    """The document of format `name` as text."""
    if name == "json":
        return json.dumps(report.as_json(results, seed), indent=2)
    if name == "gradescope":
        return json.dumps(gradescope(results, weights, hidden_details), indent=2)
    if name == "prairielearn":
        return json.dumps(prairielearn(results, weights))
    if name == "classroom":
        return json.dumps(classroom(results, weights), indent=2)
    if name == "junit":
        return junit(results)
    if name == "markdown":
        return markdown(results)
    raise ValueError(f"unknown format {name!r} (formats: {', '.join(FORMATS)})")
