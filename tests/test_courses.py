"""Courses and CI, checked as the platforms' own tools read the results: Gradescope's and
PrairieLearn's documents against schemas written from their documentation, JUnit XML against a
JUnit XSD and by real parsers, the GitHub Classroom result through the reporter's own decoding
and summing; the Gradescope bundle on Python 3.10 in a simulated /autograder, PrairieLearn's
command in a simulated /grade, the Classroom workflow step; batch grading of a hostile class."""
import base64
import csv
import glob
import io
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
import zipfile
from fractions import Fraction
from pathlib import Path

import pytest

from grader import ROOT, batch, formats, manifest, submissions
from grader.grading import Result
from tests.conftest import copy_repo, run_grader

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test-only extra: make test installs it")

VISIBILITY = {"enum": ["visible", "hidden", "after_due_date", "after_published"]}
FORMAT = {"enum": ["text", "html", "simple_format", "md", "ansi"]}
# Gradescope's autograder specification, "Output format" (gradescope-autograders.readthedocs.io/en/latest/specs/)
GRADESCOPE = {
    "type": "object", "additionalProperties": False, "anyOf": [{"required": ["score"]}, {"required": ["tests"]}],
    "properties": {
        "score": {"type": "number"}, "execution_time": {"type": "number"}, "output": {"type": "string"},
        "output_format": FORMAT, "test_output_format": FORMAT, "test_name_format": FORMAT,
        "visibility": VISIBILITY, "stdout_visibility": VISIBILITY, "extra_data": {"type": "object"},
        "tests": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "properties": {"score": {"type": "number"}, "max_score": {"type": "number"},
                           "status": {"enum": ["passed", "failed"]}, "name": {"type": "string"},
                           "name_format": FORMAT, "number": {"type": "string"}, "output": {"type": "string"},
                           "output_format": FORMAT, "tags": {"type": "array", "items": {"type": "string"}},
                           "visibility": VISIBILITY, "extra_data": {"type": "object"}}}},
        "leaderboard": {"type": "array"}}}
# PrairieLearn's external grading, "Grading results" (docs/externalGrading.md): score in [0, 1]
# required when gradable; gradable false marks the submission invalid (format_errors say why)
PRAIRIELEARN = {
    "type": "object",
    "if": {"properties": {"gradable": {"const": False}}, "required": ["gradable"]},
    "then": {"required": ["format_errors"]}, "else": {"required": ["score"]},
    "properties": {
        "gradable": {"type": "boolean"}, "score": {"type": "number", "minimum": 0, "maximum": 1},
        "message": {"type": "string"}, "output": {"type": "string"}, "images": {"type": "array"},
        "format_errors": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        "tests": {"type": "array", "items": {
            "type": "object", "required": ["name", "points", "max_points"],
            "properties": {"name": {"type": "string"}, "description": {"type": "string"},
                           "points": {"type": "number", "minimum": 0}, "max_points": {"type": "number", "minimum": 0},
                           "message": {"type": "string"}, "output": {"type": "string"},
                           "images": {"type": "array"}}}}}}
# what classroom-resources/autograding-grading-reporter@v1 reads from <RUNNER>_RESULTS
CLASSROOM = {
    "type": "object", "required": ["version", "status", "max_score", "tests"],
    "properties": {
        "version": {"const": 1}, "status": {"enum": ["pass", "fail", "error"]}, "max_score": {"type": "integer"},
        "tests": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["name", "status", "score", "line_no"],
            "properties": {"name": {"type": "string"}, "status": {"enum": ["pass", "fail", "error"]},
                           "message": {"type": "string"}, "score": {"type": "integer", "minimum": 0, "maximum": 1},
                           "line_no": {"const": 0}}}}}}
PLATFORMS = ("gradescope", "prairielearn", "classroom")
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
RERUN_ADVICE = re.compile(r"--seed|--verbose")
HOSTILE_TEXT = "bad \x1b[2J\x1b[32m✔ passed\x1b[0m \x00 nul \x0c feed \r return \ud800 surrogate"


def _submission(folder: Path, files: dict) -> Path:
    folder.mkdir(parents=True)
    for name, source in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, str) and source.startswith("text:"):
            target.write_text(source[5:], encoding="utf-8")
        else:
            shutil.copyfile(ROOT / source, target)
    return folder


HOSTILE_FILE = ("text:def gradient_descent(grad, x0, *, learning_rate, n_steps):\n"
                f"    raise ValueError({HOSTILE_TEXT!r})\n")


@pytest.fixture(scope="module")
def graded(tmp_path_factory, stub_files):
    """One real grading per format of a mixed submission: a pass, a known mistake, a timeout, a stub,
    a missing file, and a file whose error message holds control characters and a lone surrogate."""
    folder = _submission(tmp_path_factory.mktemp("upload") / "student", {
        "adam.py": "solutions/optimization/adam.py",
        "katas/optimization/momentum.py": "tests/mistakes/optimization/momentum/sign_flip.py",
        "gd_x_squared.py": "tests/adversarial/endless_loop.py",
        "optimization/lr_schedules.py": stub_files["optimization/lr_schedules"],  # the committed stub
        "gradient_descent.py": HOSTILE_FILE,
        "notes.txt": "README.md"})
    katas = ["adam", "momentum", "gd_x_squared", "lr_schedules", "rmsprop", "gradient_descent"]
    documents, codes = {}, {}
    for name in ("gradescope", "prairielearn", "classroom", "junit", "markdown", "json"):
        proc = run_grader("grade", "--submission", str(folder), *katas, "--seed", "0", "--format", name,
                          env={"GITHUB_STEP_SUMMARY": "", "GITHUB_ENV": "", "GITHUB_OUTPUT": ""})
        documents[name], codes[name] = proc.stdout, proc.returncode
        assert proc.returncode in (0, 1), proc.stderr
    return documents, codes


def _by_kata(tests: list, key="name") -> dict:
    grouped = {}
    for test in tests:
        grouped.setdefault(test[key].split(":")[0], []).append(test)
    return grouped


# -- Gradescope ---------------------------------------------------------------------------------
def test_gradescope_results_follow_the_specification_with_exact_points(graded):
    document = json.loads(graded[0]["gradescope"])
    jsonschema.validate(document, GRADESCOPE)
    by_kata = _by_kata(document["tests"])
    for kata, tests in by_kata.items():  # every kata worth its 1 point, shared between its tests
        assert math.fsum(t["max_score"] for t in tests) == pytest.approx(1.0, abs=1e-12), kata
    assert sum(t["score"] for t in by_kata["optimization/adam"]) == pytest.approx(1.0)
    assert 0 < sum(t["score"] for t in by_kata["optimization/momentum"]) < 1  # partial credit
    assert sum(t["score"] for t in by_kata["optimization/gd_x_squared"]) == 0  # timeout
    rmsprop = by_kata["optimization/rmsprop"]  # never submitted: its hidden tests all listed, 0 each
    assert len(rmsprop) > 1 and all(t["score"] == 0 and "no file for optimization/rmsprop" in t["output"] for t in rmsprop)
    exact = sum((Fraction(t["score"]) for t in document["tests"]), Fraction(0))
    assert abs(document["score"] - float(exact)) < 1e-12
    # the output is shown as plain text (Gradescope's default for the top level renders HTML)
    assert document["output_format"] == "text" and {t["output_format"] for t in document["tests"]} == {"text"}


def test_gradescope_hidden_details_hide_how_each_kata_went(tmp_path):
    folder = _submission(tmp_path / "s", {"adam.py": "tests/mistakes/optimization/adam/sign_flip.py",
                                          "momentum.py": "solutions/optimization/momentum.py"})
    for visibility in ("after_published", "after_due_date", "hidden"):
        proc = run_grader("grade", "--submission", str(folder), "adam", "momentum", "rmsprop", "--seed", "0",
                          "--format", "gradescope", "--hidden-details", visibility)
        document = json.loads(proc.stdout)
        jsonschema.validate(document, GRADESCOPE)
        assert document["visibility"] == visibility  # the total score too, per the specification
        assert {t["visibility"] for t in document["tests"]} == {visibility}
        output = document["output"]
        for word in ("passed", "failed", "error", "/"):
            assert word not in output.replace("optimization/", ""), (visibility, output)
        assert "2 of 3 kata file(s)" in output and "no file for optimization/rmsprop" in output


def test_gradescope_output_is_capped_whatever_the_messages():
    huge = [Result("optimization/adam", "x", "", "failed", 0, 20, 0.1, "x" * 3_000_000,
                   tests=[{"name": f"t{i}", "status": "failed", "message": "y" * 3_000_000} for i in range(20)])]
    text = json.dumps(formats.gradescope(huge))
    assert len(text.encode()) < formats.GRADESCOPE_LIMIT
    document = json.loads(text)
    jsonschema.validate(document, GRADESCOPE)
    assert len(document["tests"]) == 20 and all("more characters cut" in t["output"] for t in document["tests"])


def test_platform_formats_exit_0_once_written_others_keep_the_verdict(graded):
    _, codes = graded
    assert {name: codes[name] for name in PLATFORMS} == dict.fromkeys(PLATFORMS, 0)
    assert codes["junit"] == codes["json"] == codes["markdown"] == 1  # CI: a red build when katas fail


def test_platform_documents_never_ask_to_rerun_and_escape_control_characters(graded):
    documents, _ = graded
    for name in PLATFORMS + ("junit", "markdown"):
        strings = _strings(json.loads(documents[name])) if name in PLATFORMS else [documents[name]]
        if name in PLATFORMS:
            assert not any(RERUN_ADVICE.search(s) for s in strings), name
        assert not any(UNPRINTABLE.search(s) for s in strings), name
    # the hostile message is there, escaped, in every format
    for name in ("gradescope", "prairielearn", "junit", "markdown"):
        strings = _strings(json.loads(documents[name])) if name in PLATFORMS else [documents[name]]
        assert any("\\x1b[2J" in s for s in strings), name


def _strings(value) -> list:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in _strings(key) + _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


# -- PrairieLearn -------------------------------------------------------------------------------
def test_prairielearn_results_follow_the_specification_and_stay_under_1_mb(graded):
    document = json.loads(graded[0]["prairielearn"])
    jsonschema.validate(document, PRAIRIELEARN)
    assert document["gradable"] is False  # rmsprop was not submitted
    assert any("optimization/rmsprop" in error for error in document["format_errors"])
    huge = [Result("optimization/adam", "x", "", "failed", 0, 20, 0.1, "x" * 3_000_000,
                   tests=[{"name": f"t{i}", "status": "failed", "message": "y" * 200_000} for i in range(20)])]
    text = json.dumps(formats.prairielearn(huge))
    assert len(text.encode()) < formats.PRAIRIELEARN_LIMIT
    jsonschema.validate(json.loads(text), PRAIRIELEARN)


def _readme_prairielearn_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"`(python -m grader grade --submission /grade/student [^`]*prairielearn[^`]*)`", readme).group(1)


@pytest.mark.parametrize("files, gradable", [
    ({"gd_x_squared.py": "solutions/optimization/gd_x_squared.py",
      "momentum.py": "tests/mistakes/optimization/momentum/sign_flip.py"}, True),
    ({"gd_x_squared.py": "solutions/optimization/gd_x_squared.py"}, False),  # momentum.py missing
    ({"gd_x_squared.py": "text:def gradient_descent(:\n",
      "momentum.py": "solutions/optimization/momentum.py"}, False),  # a syntax error
])
def test_the_readme_prairielearn_command_runs_in_a_simulated_grade_folder(tmp_path, files, gradable):
    """As PrairieLearn runs it: /grade/student holds the files, /grade/results does not exist yet,
    and the results count only when the command exits 0."""
    grade = tmp_path / "grade"
    _submission(grade / "student", files)
    command = _readme_prairielearn_command().replace("KATA", "gd_x_squared momentum").replace("/grade", str(grade))
    assert command.startswith("python -m grader ")
    proc = subprocess.run([sys.executable, *command.split()[1:], "--seed", "0"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    document = json.loads((grade / "results" / "results.json").read_text())
    jsonschema.validate(document, PRAIRIELEARN)
    assert document["gradable"] is gradable
    if gradable:
        assert 0.5 < document["score"] < 1  # one kata whole, one in part
    assert not RERUN_ADVICE.search(json.dumps(document))


# -- GitHub Classroom ---------------------------------------------------------------------------
def reporter(runners: str, environ: dict) -> tuple[list[str], str]:
    """What classroom-resources/autograding-grading-reporter@v1 (dist/main.js) does with the
    runners: decode each <RUNNER>_RESULTS from base64, parse it, log per runner
    "Total points for R: (passed/tests × max_score).toFixed(2)/max_score", and record
    "Points <sum of every test's score>/<sum of max_score>" (added in order, as JavaScript does).
    Written here from reading its source; returns (the log's lines, the recorded notice)."""
    results = []
    for runner in runners.split(","):
        encoded = environ[f"{runner.strip().upper()}_RESULTS"]
        results.append((runner, json.loads(base64.b64decode(encoded).decode("utf-8"))))
    log, total, maximum = [], 0.0, 0.0
    for runner, result in results:
        max_score = result.get("max_score") or 0
        passed = sum(test["status"] == "pass" for test in result["tests"])
        if max_score:
            log.append(f"Total points for {runner}: {passed / len(result['tests']) * max_score:.2f}/{_js(max_score)}")
            maximum += max_score
            for test in result["tests"]:
                total += test["score"]
    return log, f"Points {_js(total)}/{_js(maximum)}"


def _js(number) -> str:
    """A number as JavaScript's template strings print it."""
    return str(int(number)) if float(number).is_integer() else repr(float(number))


def _agree(log: list[str], recorded: str):
    shown = [re.search(r": ([\d.]+)/([\d.]+)$", line).groups() for line in log]
    points, maximum = re.fullmatch(r"Points (\S+)/(\S+)", recorded).groups()
    assert "e" not in points + maximum and "." not in points + maximum, recorded  # whole numbers, exactly
    assert sum(Fraction(score) for score, _ in shown) == Fraction(points), (log, recorded)
    assert sum(Fraction(top) for _, top in shown) == Fraction(maximum), (log, recorded)


def test_classroom_log_and_recorded_points_agree_and_are_exact(graded):
    document = json.loads(graded[0]["classroom"])
    jsonschema.validate(document, CLASSROOM)
    assert document["status"] == "error"  # a timeout among the katas
    chunks = formats.runner_chunks(document)
    environ = {f"KATAGRAD{n}_RESULTS": chunk for n, chunk in enumerate(chunks, 1)}
    log, recorded = reporter(",".join(f"katagrad{n}" for n in range(1, len(chunks) + 1)), environ)
    _agree(log, recorded)
    json_results = json.loads(graded[0]["json"])["results"]
    assert recorded == (f"Points {sum(r['tests_passed'] for r in json_results if r['status'] in ('passed', 'failed'))}"
                        f"/{sum(max(1, r['tests_total']) for r in json_results)}")


def test_classroom_results_of_mixed_weights_agree(tmp_path):
    """The case the issue measured: a kata with 9 tests, 7 passing, beside a missing one."""
    results = [Result("optimization/momentum", "s", "", "failed", 7, 9, 0.1, "",
                      tests=[{"name": f"t{i}", "status": "passed" if i < 7 else "failed", "message": ""} for i in range(9)]),
               Result("optimization/adam", "missing", "", "error", 0, 0, 0.0, "no file")]
    chunks = formats.runner_chunks(formats.classroom(results))
    log, recorded = reporter("katagrad1", {"KATAGRAD1_RESULTS": chunks[0]})
    assert len(chunks) == 1 and recorded == "Points 7/10" and log == ["Total points for katagrad1: 7.00/10"]


def test_a_classroom_result_too_big_for_one_variable_is_split_into_runners_that_still_agree():
    results = [Result(f"optimization/k{k}", "s", "", "failed", 3, 9, 0.1, "",
                      tests=[{"name": f"test_{'x' * 60}_{i}", "status": "passed" if i % 3 == 0 else "failed",
                              "message": "m" * 5000} for i in range(9)]) for k in range(40)]
    document = formats.classroom(results)
    chunks = formats.runner_chunks(document, limit=8_000)
    assert len(chunks) > 3 and all(len(chunk) <= 8_000 for chunk in chunks)
    runners = ",".join(f"katagrad{n}" for n in range(1, len(chunks) + 1))
    log, recorded = reporter(runners, {f"KATAGRAD{n}_RESULTS": c for n, c in enumerate(chunks, 1)})
    _agree(log, recorded)
    assert recorded == "Points 120/360"


def _failing_loudly(stub: str) -> str:
    """A kata file whose every function raises with a long message: the largest result there is."""
    return re.sub(r"raise NotImplementedError\([^)]*\)", 'raise ValueError("a long explanation; " * 300)', stub)


def _run_grading_step(workflow_step: dict, cwd: Path, tmp_path: Path, katas: str) -> dict:
    command = workflow_step["run"].replace("make setup\n", "").replace(".venv/bin/python", sys.executable)
    files = {name: tmp_path / name for name in ("summary.md", "output", "env")}
    for path in files.values():
        path.write_text("")
    env = {**os.environ, **workflow_step["env"], "KATAS": katas, "GITHUB_STEP_SUMMARY": str(files["summary.md"]),
           "GITHUB_OUTPUT": str(files["output"]), "GITHUB_ENV": str(files["env"]),
           "KATAGRAD_HOME": str(tmp_path / "home"), "PYTHONPATH": str(cwd)}
    proc = subprocess.run(["bash", "-ec", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    runners = re.search(r"^runners=(\S+)$", files["output"].read_text(), re.M).group(1)
    environ = dict(line.split("=", 1) for line in files["env"].read_text().splitlines())
    return {"runners": runners, "environ": environ, "summary": files["summary.md"].read_text()}


def _workflow_steps():
    yaml = pytest.importorskip("yaml", reason="pyyaml is a test-only extra: make test installs it")
    workflow = yaml.safe_load((ROOT / "course" / "github-classroom" / "classroom.yml").read_text())
    steps = workflow["jobs"]["run-autograding-tests"]["steps"]
    grading = next(step for step in steps if step.get("id") == "katagrad")
    reporting = next(step for step in steps if "autograding-grading-reporter" in step.get("uses", ""))
    return grading, reporting


def test_the_github_classroom_workflow_runs_as_written(tmp_path):
    """The template's grading step, run here with GitHub's files: the runners the reporter reads,
    their results in the environment, the scoreboard in the job summary."""
    grading, reporting = _workflow_steps()
    assert reporting["with"]["runners"] == "${{ steps.katagrad.outputs.runners }}" and "env" not in reporting
    repo = copy_repo(tmp_path / "repo")
    step = _run_grading_step(grading, repo, tmp_path, grading["env"]["KATAS"])
    for name in step["runners"].split(","):
        jsonschema.validate(json.loads(base64.b64decode(step["environ"][f"{name.upper()}_RESULTS"])), CLASSROOM)
    _agree(*reporter(step["runners"], step["environ"]))
    assert "katagrad:" in step["summary"] and "| kata | status |" in step["summary"]


def test_the_classroom_workflow_passes_the_largest_track(tmp_path):
    """A whole 16-kata track, every test failing with long messages: the reporter's step starts
    (no variable over Linux's 128 KiB, the environment under the kernel's limit: it is run here),
    and its log and recorded points agree."""
    grading, _ = _workflow_steps()
    repo = copy_repo(tmp_path / "repo")
    track = [kata for kata in manifest.load() if kata.track == "optimization"]
    assert len(track) == 16
    for kata in track:
        path = repo / "katas" / f"{kata.id}.py"
        path.write_text(_failing_loudly(path.read_text(encoding="utf-8")), encoding="utf-8")
    step = _run_grading_step(grading, repo, tmp_path, " ".join(kata.id for kata in track))
    environ = step["environ"]
    for name, value in environ.items():
        assert len(f"{name}={value}".encode()) < 128 * 1024, name
    node = subprocess.run(["env"], env={**os.environ, **environ}, capture_output=True, text=True)  # E2BIG otherwise
    assert node.returncode == 0
    log, recorded = reporter(step["runners"], environ)
    _agree(log, recorded)
    tests = [test for runner in step["runners"].split(",")
             for test in json.loads(base64.b64decode(environ[f"{runner.upper()}_RESULTS"]))["tests"]]
    passing = sum(test["status"] == "pass" for test in tests)  # the few tests that expect a ValueError
    assert recorded == f"Points {passing}/{len(tests)}" and len(tests) > 150 and passing < 10
    print(f"largest track: {len(tests)} tests, runners {step['runners']}, "
          f"{sum(map(len, environ.values()))} base64 characters")
    assert "a long explanation" in step["summary"]


# -- JUnit and markdown -------------------------------------------------------------------------
def _validate_junit(text: str):
    etree = pytest.importorskip("lxml.etree", reason="lxml is a test-only extra: make test installs it")
    schema = etree.XMLSchema(etree.parse(str(ROOT / "tests" / "courses" / "junit.xsd")))
    document = etree.fromstring(text.encode("utf-8"))
    schema.assertValid(document)
    return ElementTree.fromstring(text.encode("utf-8"))


def test_junit_xml_validates_and_its_counts_are_its_testcases(graded):
    documents, _ = graded
    root = _validate_junit(documents["junit"])
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    expected_tests = {r["kata"]: max(1, r["tests_total"]) for r in json.loads(documents["json"])["results"]}
    for kata, suite in suites.items():
        cases = suite.findall("testcase")
        assert len(cases) == int(suite.get("tests")) == expected_tests[kata]
        for outcome, attribute in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
            assert int(suite.get(attribute)) == sum(len(case.findall(outcome)) for case in cases), (kata, outcome)
        assert all(len(case.findall("failure") + case.findall("error") + case.findall("skipped")) <= 1 for case in cases)
    adam = suites["optimization/adam"]
    assert not adam.findall(".//failure") and not adam.findall(".//error")
    momentum = suites["optimization/momentum"].findall(".//failure")
    assert momentum and "Sign flip" in "".join(f.text or "" for f in momentum)
    timeout = suites["optimization/gd_x_squared"]
    assert timeout.get("errors") == timeout.get("tests") and timeout.get("skipped") == "0"
    assert timeout.findall(".//error")[0].get("type") == "timeout"
    assert "\\x1b[2J" in "".join(f.text or "" for f in suites["optimization/gradient_descent"].iter("failure"))


@pytest.mark.parametrize("text", [HOSTILE_TEXT, "\ud800", "\x1b", "\x00", "\x0c", "\udcff tail", "\ufffe"])
def test_junit_and_markdown_survive_any_message(text):
    results = [Result("optimization/adam", "x", "path\x1b", "failed", 0, 2, 0.1, text,
                      tests=[{"name": "t1", "status": "failed", "message": text},
                             {"name": "t2\x00", "status": "skipped", "message": text}]),
               Result("optimization/momentum", "x", "", "crashed", 0, 1, 0.1, text,
                      tests=[{"name": "t1", "status": "failed", "message": text}])]
    root = _validate_junit(formats.junit(results))
    assert root.get("tests") == "3" and root.get("failures") == "1" and root.get("errors") == "1"
    summary = formats.markdown(results)
    summary.encode("utf-8")
    for document in (formats.junit(results), summary, json.dumps(formats.gradescope(results), ensure_ascii=False),
                     json.dumps(formats.prairielearn(results), ensure_ascii=False),
                     json.dumps(formats.classroom(results), ensure_ascii=False)):
        assert not UNPRINTABLE.search(document)


# -- the Gradescope bundle on Python 3.10 ---------------------------------------------------------
def _python(version: str) -> str:
    candidates = [shutil.which(f"python{version}"), *sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}*/bin/python{version}"))),
                  f"/usr/bin/python{version}"]
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "-c", f"import sys; assert sys.version.startswith('{version}.')"],
                               capture_output=True)
        if probe.returncode == 0:
            return candidate
    pytest.skip(f"no Python {version} on this machine")


def _autograder(tmp_path: Path, python: str, katas: list[str]) -> tuple[Path, dict]:
    """The bundle unpacked in a simulated /autograder, with `python` as the image's python3."""
    zipped = tmp_path / "autograder.zip"
    proc = run_grader("bundle", *katas, "--hidden-details", "visible", "--out", str(zipped))
    assert proc.returncode == 0, proc.stderr
    root = tmp_path / "autograder"
    with zipfile.ZipFile(zipped) as archive:
        names = set(archive.namelist())
        assert {"setup.sh", "run_autograder", "katas.toml", "grader/cli.py", "katas/optimization/adam.py"} <= names
        archive.extractall(root / "source")
    for name in ("setup.sh", "run_autograder"):
        (root / "source" / name).chmod(0o755)
    image_bin = tmp_path / "image-bin"
    image_bin.mkdir()
    (image_bin / "python3").symlink_to(python)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env.update(PATH=f"{image_bin}:{env['PATH']}", AUTOGRADER_ROOT=str(root))
    return root, env


def test_the_gradescope_bundle_grades_on_python_3_10(tmp_path):
    """Gradescope's default image (Ubuntu 22.04) has Python 3.10 as python3: setup.sh makes the
    virtualenv from it and checks the references pass; run_autograder then gives real grades to a
    correct, a wrong and a missing file. One test, the slowest of this file: setup makes a
    virtualenv, installs packages (from pip's cache after the first run) and grades the references
    on 3.10; 25 s on a quiet machine, about a minute on this shared one."""
    root, env = _autograder(tmp_path, _python("3.10"), ["gd_x_squared", "momentum", "adam"])
    setup = subprocess.run(["bash", str(root / "source" / "setup.sh")], env=env, capture_output=True, text=True,
                           timeout=900)
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert "Python 3.10." in setup.stdout and "references of 3 kata(s) pass" in setup.stdout
    assert subprocess.run([str(root / "venv" / "bin" / "python"), "-c", "import sys; print(sys.version_info[:2])"],
                          capture_output=True, text=True).stdout.strip() == "(3, 10)"
    _submission(root / "submission", {"gd_x_squared.py": "solutions/optimization/gd_x_squared.py",
                                      "momentum.py": "tests/mistakes/optimization/momentum/sign_flip.py"})
    run = subprocess.run([str(root / "source" / "run_autograder")], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    document = json.loads((root / "results" / "results.json").read_text())
    jsonschema.validate(document, GRADESCOPE)
    by_kata = _by_kata(document["tests"])
    assert sum(t["score"] for t in by_kata["optimization/gd_x_squared"]) == pytest.approx(1)
    assert 0 < sum(t["score"] for t in by_kata["optimization/momentum"]) < 1
    assert sum(t["score"] for t in by_kata["optimization/adam"]) == 0 and len(by_kata["optimization/adam"]) > 1
    assert "could not grade" not in document["output"] and 1 < document["score"] < 2


def test_the_gradescope_setup_fails_loudly_on_a_python_too_old(tmp_path):
    root, env = _autograder(tmp_path, _python("3.9"), ["gd_x_squared"])
    setup = subprocess.run(["bash", str(root / "source" / "setup.sh")], env=env, capture_output=True, text=True,
                           timeout=300)
    assert setup.returncode != 0
    assert "katagrad setup FAILED" in setup.stderr and "Python 3.10 or later" in setup.stderr
    assert "Ubuntu 22.04" in setup.stderr and not (root / "venv").exists()


# -- submissions and batch ------------------------------------------------------------------------
def test_no_mode_follows_a_link_out_of_the_submission_folder(tmp_path):
    reference = ROOT / "solutions" / "optimization" / "gd_x_squared.py"
    folder = tmp_path / "upload"
    (folder / "optimization").mkdir(parents=True)
    (folder / "gd_x_squared.py").symlink_to(reference)
    (folder / "katas").symlink_to(ROOT / "solutions", target_is_directory=True)
    (folder / "optimization" / "momentum.py").symlink_to(ROOT / "solutions" / "optimization" / "momentum.py")
    found, ignored = submissions.find(folder, manifest.load())
    assert found == {} and {"gd_x_squared.py", "katas", "optimization/momentum.py"} <= set(ignored)
    flat = tmp_path / "class"
    flat.mkdir()
    (flat / "cheater__gd_x_squared.py").symlink_to(reference)
    (flat / "linked").symlink_to(ROOT / "solutions" / "optimization", target_is_directory=True)
    warnings = []
    assert batch.learners(flat, manifest.load(), tmp_path / "staging", warnings.append) == {}
    assert len(warnings) == 2


def test_a_flat_upload_of_gigabytes_is_not_copied_whole_and_is_refused_with_its_size(tmp_path):
    """A flat file of 8 GiB (sparse here): the batch stages only what grading may read, keeps its
    size (a sparse copy), and the kata is refused as too large, naming the real size."""
    flat = tmp_path / "class"
    flat.mkdir()
    huge = flat / "ada__gd_x_squared.py"
    with open(huge, "wb") as handle:
        handle.write(b"x = 1\n")
        handle.truncate(8 * 1024 ** 3)
    staging = tmp_path / "staging"
    found = batch.learners(flat, manifest.load(), staging)
    staged = found["ada"] / "gd_x_squared.py"
    assert staged.stat().st_size == 8 * 1024 ** 3
    assert staged.stat().st_blocks * 512 < 16 * 1024 ** 2   # the copy holds about 1 MiB, not 8 GiB
    proc = run_grader("grade", "--submission", str(found["ada"]), "--json", "--seed", "0", "gd_x_squared")
    result = json.loads(proc.stdout)["results"][0]
    assert result["status"] == "forbidden" and "8192.0 MiB" in result["feedback"], result


def test_a_batch_stopped_by_sigterm_ends_its_gradings_and_records_none_of_them(tmp_path):
    """SIGTERM to the batch alone (`timeout`, a cancelled job): the gradings under way get it too
    and clean up, no learner's record is written from a grading cut short (a resumed batch would
    have kept it as final), and nothing is left in the temporary folder."""
    folder = tmp_path / "class"
    for name in ("ada", "bob", "cy"):
        _submission(folder / name, {"gd_x_squared.py": "tests/adversarial/endless_loop.py"})
    out, temporary = tmp_path / "grades", tmp_path / "tmp"
    temporary.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "grader", "batch", str(folder), "--jobs", "2", "gd_x_squared",
                             "--out", str(out)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "TMPDIR": str(temporary)})
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(glob.glob(str(out / batch.STAGING / "tmp" / "*" / "katagrad-*"))) < 2:
            time.sleep(0.05)   # two learners' workers have started (the endless loop runs 5 s of CPU)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 143, stderr
    assert "terminated" in stderr and "Traceback" not in stderr, stderr
    assert not list(out.glob("results/*.json"))   # no record from a grading cut short
    assert not (out / batch.STAGING).exists()
    assert not list(temporary.iterdir()), list(temporary.iterdir())


def test_a_grading_that_produced_no_result_is_graded_again_when_the_batch_resumes(tmp_path, monkeypatch):
    """A grading process that crashed (or that something else killed) leaves a record for the
    summary, but not one a resumed batch keeps: the learner is graded again."""
    folder = tmp_path / "class"
    _submission(folder / "ada", {"gd_x_squared.py": "solutions/optimization/gd_x_squared.py"})
    grading = batch._grading
    monkeypatch.setattr(batch, "_grading", lambda command, env: ("", "the grader broke", 1))
    first = batch.run(folder, ["optimization/gd_x_squared"], tmp_path / "out", jobs=1, stream=io.StringIO())
    assert first[0]["results"][0]["status"] == "error" and "the grader broke" in first[0]["results"][0]["feedback"]
    monkeypatch.setattr(batch, "_grading", grading)
    second = batch.run(folder, ["optimization/gd_x_squared"], tmp_path / "out", jobs=1, stream=io.StringIO())
    assert not second[0].get("resumed") and second[0]["results"][0]["status"] == "passed", second[0]


def test_batch_takes_options_after_its_katas_and_says_how_to_get_help(tmp_path):
    folder = _submission(tmp_path / "class" / "ada", {"gd_x_squared.py": "solutions/optimization/gd_x_squared.py"})
    proc = run_grader("batch", str(folder.parent), "--jobs", "2", "gd_x_squared", "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["katas"] == ["optimization/gd_x_squared"]
    wrong = run_grader("batch", str(folder.parent), "gd_x_squared", "--bogus")
    assert wrong.returncode == 2 and "python -m grader batch --help" in wrong.stderr
    assert "grader grader" not in wrong.stderr


def test_the_instructors_scoreboard_escapes_learners_text(tmp_path):
    folder = _submission(tmp_path / "s", {"gradient_descent.py": HOSTILE_FILE})
    proc = run_grader("grade", "--submission", str(folder), "gradient_descent", "--seed", "0")
    assert proc.returncode == 1
    assert "\x1b" not in proc.stdout and "\\x1b[32m✔ passed" in proc.stdout


ADVERSARIAL = sorted((ROOT / "tests" / "adversarial").glob("*.py"))
KATA = "optimization/gd_x_squared"


def _expected(path: Path) -> tuple[str, str]:
    """(kata, status) of a corpus file graded from a learner's folder outside the repository."""
    text = path.read_text()
    kata = re.search(r"^# kata: (\S+)$", text, re.M)
    elsewhere = re.search(r"^# expect outside the repository: (\w+)", text, re.M)
    status = elsewhere.group(1) if elsewhere else re.search(r"^# expect: (\w+)$", text, re.M).group(1)
    return (kata.group(1) if kata else KATA), status


ODD_NAMES = ["x y", "x_y", "x%20y", os.fsdecode(b"caf\xe9-latin1"), os.fsdecode(b"\xff\xfe"), "_lead", "__dunder",
             "esc\x1b[32m✔ passed", "new\nline", "Ada", "ada", "-dash", "a" * 200, "ünïcode"]


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory, stub_files):
    """A class of 64 learners: every gd_x_squared submission of the adversarial corpus (hostile
    ones among them), its known mistakes and alternatives, the reference and the stub; learners
    with odd names (spaces, non-UTF-8 bytes, leading underscores, escape sequences, names that
    differ only in case or in `_` vs ` `), flat files among them, links to references, and a flat
    file named __gd_x_squared.py. Assignment: gd_x_squared and adam (only some send adam)."""
    folder = tmp_path_factory.mktemp("batch") / "class"
    folder.mkdir()
    expected = {}
    sources = [(p, status) for p in ADVERSARIAL for kata, status in [_expected(p)] if kata == KATA]
    sources += [(p, "failed") for p in sorted((ROOT / "tests/mistakes" / KATA).glob("*.py"))]
    sources += [(p, "passed") for p in sorted((ROOT / "tests/alternatives" / KATA).glob("*.py"))]
    # the committed stub, not the learner's file in katas/
    sources += [(ROOT / "solutions" / f"{KATA}.py", "passed"), (stub_files[KATA], "not_started")]
    names = ODD_NAMES + [f"learner{number:02d}" for number in range(64)]
    for number, name in enumerate(names[:60]):
        path, status = sources[number % len(sources)]
        flat = number % 5 == 4 and "/" not in name and "\n" not in name
        if flat:
            shutil.copyfile(path, folder / f"{name}__gd_x_squared.py")
        else:
            (folder / name).mkdir()
            shutil.copyfile(path, folder / name / "gd_x_squared.py")
        adam = number % 7 == 0
        if adam:
            target = folder / f"{name}__adam.py" if flat else folder / name / "adam.py"
            shutil.copyfile(ROOT / "solutions" / "optimization" / "adam.py", target)
        expected[name] = (status, "passed" if adam else "missing")
    reference = ROOT / "solutions" / f"{KATA}.py"
    (folder / "linker__gd_x_squared.py").symlink_to(reference)  # a link, flat: ignored
    (folder / "linkfolder").symlink_to(ROOT / "solutions" / "optimization", target_is_directory=True)
    (folder / "inside").mkdir()  # a learner whose only file is a link: missing
    (folder / "inside" / "gd_x_squared.py").symlink_to(reference)
    expected["inside"] = ("missing", "missing")
    shutil.copyfile(reference, folder / "__gd_x_squared.py")  # no learner name: ignored
    (folder / "notes.txt").write_text("not a submission")
    for number in range(60, 63):
        name = f"late{number}"
        (folder / name).mkdir()
        shutil.copyfile(reference, folder / name / "gd_x_squared.py")
        expected[name] = ("passed", "missing")
    return folder, expected


def _tree_state():
    state = {}
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in (".git", ".venv", ".katagrad", "__pycache__")]
        for name in files:
            info = os.lstat(os.path.join(folder, name))
            state[os.path.join(folder, name)] = (info.st_size, info.st_mtime_ns)
    return state


def test_batch_grades_a_hostile_class_resumes_after_a_kill_and_leaves_nothing_behind(class_folder, tmp_path):
    folder, expected = class_folder
    out = tmp_path / "grades"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    before = _tree_state()
    command = [sys.executable, "-m", "grader", "batch", str(folder), "--jobs", "2", "gd_x_squared", "adam",
               "--out", str(out)]
    env = {**os.environ, "TMPDIR": str(temporary)}
    first = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True, env=env)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(list((out / "results").glob("*.json"))) < 10:
        time.sleep(0.1)
    os.killpg(first.pid, signal.SIGKILL)  # midway: the batch and every grading it started
    first.wait()
    done_before = len(list((out / "results").glob("*.json")))
    assert 10 <= done_before < len(expected)
    started = time.monotonic()
    second = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1200, env=env,
                            errors="backslashreplace")
    seconds = time.monotonic() - started
    assert second.returncode == 0, second.stderr
    assert f"{len(expected)} learner(s): {len(expected) - done_before} graded, {done_before} already done" in second.stdout
    assert "ignored __gd_x_squared.py" in second.stderr and "ignored linker__gd_x_squared.py" in second.stderr
    assert "\x1b" not in second.stderr + second.stdout

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    rows = {row["learner"]: row for row in summary["learners"]}
    assert len(rows) == len(summary["learners"]) == len(expected)  # nobody listed twice, nobody lost
    assert len({row["results_file"] for row in rows.values()}) == len(expected)
    wrong = {}
    for name, (status, adam) in expected.items():
        row = rows[batch.shown(name)]
        got = (row["statuses"][KATA], row["statuses"]["optimization/adam"])
        if got != (status, adam):
            wrong[name] = (got, (status, adam))
        record = json.loads((out / row["results_file"]).read_text(encoding="utf-8"))
        result = {r["kata"]: r for r in record["results"]}[KATA]
        share = Fraction(result["tests_passed"], result["tests_total"]) if result["tests_total"] else 0
        kata_points = 1 if status == "passed" else (share if status == "failed" else 0)
        assert row["kata_points"][KATA] == pytest.approx(float(kata_points), abs=1e-4), name
        assert row["points"] == pytest.approx(float(kata_points) + (adam == "passed"), abs=1e-4), name
        assert row["max_points"] == 2
    assert not wrong, wrong
    with open(out / "summary.csv", newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == len(expected)
    assert {row["optimization/adam status"] for row in table} == {"passed", "missing"}
    assert not (out / batch.STAGING).exists()
    assert not list(temporary.iterdir()), list(temporary.iterdir())  # no temp copy, no leftover
    assert _tree_state() == before
    assert not Path("/tmp/katagrad-pwned").exists()
    graded = len(expected) - done_before
    print(f"batch: {graded} learners ({len(expected)} in the class) in {seconds:.1f} s, "
          f"{graded / seconds * 60:.0f} a minute, on {os.cpu_count()} cores")
