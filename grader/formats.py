"""Results in the formats course platforms and CI systems read.

    gradescope(results, ...)    Gradescope's autograder results.json
    prairielearn(results)       PrairieLearn's external grader results.json (score 0–1, < 1 MB)
    classroom(results)          GitHub Classroom's autograding runner result (what the
                                autograding-grading-reporter action decodes), and a markdown
                                scoreboard for the job summary
    junit(results)              JUnit XML: one testcase per hidden test, for any CI system

Every format is built from the same per-test records (`Result.tests`). Points: a kata is worth
its manifest `points` (1 by default), shared equally between its hidden tests; a kata that ended
with a verdict (timeout, crashed, forbidden, error, not started) scores 0.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

VISIBILITIES = ("visible", "hidden", "after_due_date", "after_published")
PRAIRIELEARN_LIMIT = 1_000_000  # bytes: PrairieLearn refuses larger results


def _tests_of(result) -> list[dict]:
    """The hidden tests of a result; a kata whose file never ran has one synthetic record."""
    if result.tests:
        return result.tests
    return [{"name": "import", "status": "failed", "message": result.feedback}]


def _points(result, weight: float) -> list[tuple[dict, bool, float, float]]:
    """(test, passed, score, max_score) for each hidden test of a result."""
    tests = _tests_of(result)
    share = weight / len(tests)
    ended = result.status not in ("passed", "failed")
    return [(test, ok, share if ok else 0.0, share)
            for test, ok in ((t, not ended and t["status"] == "passed") for t in tests)]


def _weight(result, weights: dict | None) -> float:
    return float((weights or {}).get(result.kata, 1.0))


def _message(result, test: dict) -> str:
    """What a test's record says: its own message, or the kata's verdict when that ended it."""
    if result.status not in ("passed", "failed"):
        return test["message"] if test["status"] == "failed" and test["message"] else result.feedback
    return test["message"]


def gradescope(results, weights: dict | None = None, hidden_details: str = "visible",
               execution_time: float | None = None) -> dict:
    """Gradescope's results.json: one test per hidden test, a kata's points shared between them.
    `hidden_details` is the visibility of each test's output (e.g. "after_published")."""
    if hidden_details not in VISIBILITIES:
        raise ValueError(f"visibility must be one of {', '.join(VISIBILITIES)}")
    tests, total = [], 0.0
    for result in results:
        for test, ok, score, max_score in _points(result, _weight(result, weights)):
            total += score
            tests.append({"name": f"{result.kata}: {test['name']}", "score": score,
                          "max_score": max_score, "status": "passed" if ok else "failed",
                          "output": _message(result, test), "visibility": hidden_details})
    passed = sum(r.status == "passed" for r in results)
    return {"score": round(total, 9),
            "execution_time": round(execution_time if execution_time is not None else sum(r.seconds for r in results), 3),
            "output": f"{passed} of {len(results)} kata(s) passed.\n" + "\n".join(
                f"{r.kata}: {r.status} ({r.tests_passed}/{r.tests_total})" for r in results),
            "visibility": "visible", "stdout_visibility": "hidden", "tests": tests}


def prairielearn(results, weights: dict | None = None) -> dict:
    """PrairieLearn's results.json: score in [0, 1], gradable, tests with points, under 1 MB."""
    tests, total, maximum = [], 0.0, 0.0
    for result in results:
        for test, ok, score, max_score in _points(result, _weight(result, weights)):
            total, maximum = total + score, maximum + max_score
            tests.append({"name": f"{result.kata}: {test['name']}", "points": score,
                          "max_points": max_score, "message": _message(result, test)})
    document = {"gradable": True, "score": min(1.0, total / maximum) if maximum else 0.0,
                "message": f"{sum(r.status == 'passed' for r in results)} of {len(results)} kata(s) passed",
                "output": "\n\n".join(f"{r.kata}: {r.status}\n{r.feedback}".rstrip() for r in results),
                "tests": tests}
    # stay under PrairieLearn's limit: shorten the long texts first, never drop a test
    for limit in (20_000, 4_000, 1_000, 200):
        if len(json.dumps(document).encode()) < PRAIRIELEARN_LIMIT:
            break
        document["output"] = _cut(document["output"], limit * 10)
        for test in tests:
            test["message"] = _cut(test["message"], limit)
    return document


def classroom(results, weights: dict | None = None) -> dict:
    """GitHub Classroom's runner result (version 1): base64 of its JSON is what the
    autograding-grading-reporter action reads from <RUNNER>_RESULTS."""
    tests, maximum = [], 0.0
    for result in results:
        for test, ok, score, max_score in _points(result, _weight(result, weights)):
            maximum += max_score
            status = "pass" if ok else ("fail" if result.status in ("failed", "not_started") else "error")
            tests.append({"name": f"{result.kata}: {test['name']}", "status": status,
                          "message": _message(result, test), "score": score,
                          "line_no": 0, "execution_time": "0s", "test_code": ""})
    statuses = {t["status"] for t in tests}
    overall = "error" if "error" in statuses else ("fail" if "fail" in statuses else "pass")
    return {"version": 1, "status": overall, "max_score": maximum, "tests": tests}


def markdown(results) -> str:
    """The scoreboard as markdown, for a CI job summary ($GITHUB_STEP_SUMMARY)."""
    lines = ["| kata | status | tests | seconds |", "|---|---|---|---|"]
    for r in results:
        lines.append(f"| `{r.kata}` | {r.status.replace('_', ' ')} | {r.tests_passed}/{r.tests_total} | {r.seconds:.2f} |")
    passed = sum(r.status == "passed" for r in results)
    details = [f"\n<details><summary>{r.kata}: {r.status}</summary>\n\n```\n{_cut(r.feedback, 4000)}\n```\n</details>"
               for r in results if r.status != "passed"]
    return f"### katagrad: {passed} of {len(results)} kata(s) passed\n\n" + "\n".join(lines) + "\n" + "".join(details) + "\n"


def junit(results) -> str:
    """JUnit XML: a testsuite per kata, a testcase per hidden test, failures with their messages."""
    root = ElementTree.Element("testsuites", name="katagrad")
    for result in results:
        tests = _tests_of(result)
        failed = [t for t in tests if t["status"] == "failed" or result.status not in ("passed", "failed")]
        suite = ElementTree.SubElement(root, "testsuite", name=result.kata, tests=str(len(tests)),
                                       failures=str(len([t for t in failed if result.status == "failed"])),
                                       errors=str(len(tests) if result.status not in ("passed", "failed") else 0),
                                       skipped=str(sum(t["status"] == "skipped" for t in tests)),
                                       time=f"{result.seconds:.3f}")
        for test in tests:
            case = ElementTree.SubElement(suite, "testcase", classname=result.kata.replace("/", "."),
                                          name=test["name"])
            if result.status not in ("passed", "failed"):
                node = ElementTree.SubElement(case, "error", type=result.status, message=_first_line(result.feedback))
                node.text = _message(result, test)
            elif test["status"] == "failed":
                node = ElementTree.SubElement(case, "failure", message=_first_line(test["message"]))
                node.text = test["message"]
            elif test["status"] == "skipped":
                ElementTree.SubElement(case, "skipped", message=test["message"])
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0][:300]


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + f"\n[… {len(text) - limit:,} more characters cut]"


FORMATS = ("json", "gradescope", "prairielearn", "classroom", "junit", "markdown")


def render(name: str, results, seed: int, weights: dict | None = None, hidden_details: str = "visible") -> str:
    """The document of format `name` as text."""
    from grader import report
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
