"""Courses and CI: result formats validated against their platforms' schemas, the Gradescope
bundle run in a simulated /autograder layout, the GitHub Classroom workflow, batch grading."""
import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

import pytest

from grader import ROOT, formats, manifest
from grader.grading import Result
from tests.conftest import run_grader

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test-only extra: make test installs it")

VISIBILITY = {"enum": ["visible", "hidden", "after_due_date", "after_published"]}
# Gradescope's autograder results specification (gradescope-autograders docs, "Output format")
GRADESCOPE = {
    "type": "object", "required": ["tests"], "additionalProperties": False,
    "properties": {
        "score": {"type": "number"}, "execution_time": {"type": "number"}, "output": {"type": "string"},
        "output_format": {"enum": ["text", "html", "simple_format", "md", "ansi"]},
        "visibility": VISIBILITY, "stdout_visibility": VISIBILITY, "extra_data": {"type": "object"},
        "tests": {"type": "array", "items": {
            "type": "object", "required": ["name", "score", "max_score"], "additionalProperties": False,
            "properties": {"score": {"type": "number"}, "max_score": {"type": "number"},
                           "status": {"enum": ["passed", "failed"]}, "name": {"type": "string"},
                           "number": {"type": "string"}, "output": {"type": "string"},
                           "tags": {"type": "array"}, "visibility": VISIBILITY, "extra_data": {"type": "object"}}}},
        "leaderboard": {"type": "array"}}}
# PrairieLearn's external grader results (docs, "Grading results")
PRAIRIELEARN = {
    "type": "object", "required": ["gradable", "score"],
    "properties": {
        "gradable": {"type": "boolean"}, "score": {"type": "number", "minimum": 0, "maximum": 1},
        "message": {"type": "string"}, "output": {"type": "string"}, "images": {"type": "array"},
        "tests": {"type": "array", "items": {
            "type": "object", "required": ["name", "points", "max_points"],
            "properties": {"name": {"type": "string"}, "description": {"type": "string"},
                           "points": {"type": "number"}, "max_points": {"type": "number"},
                           "message": {"type": "string"}, "output": {"type": "string"}}}}}}
# what GitHub Classroom's autograding-grading-reporter reads from <RUNNER>_RESULTS
CLASSROOM = {
    "type": "object", "required": ["version", "status", "max_score", "tests"],
    "properties": {
        "version": {"const": 1}, "status": {"enum": ["pass", "fail", "error"]}, "max_score": {"type": "number"},
        "tests": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["name", "status", "score"],
            "properties": {"name": {"type": "string"}, "status": {"enum": ["pass", "fail", "error"]},
                           "message": {"type": "string"}, "score": {"type": "number"},
                           "line_no": {"type": "integer"}, "execution_time": {"type": "string"}}}}}}


def _submission(folder: Path, files: dict) -> Path:
    folder.mkdir(parents=True)
    for name, source in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / source, target)
    return folder


@pytest.fixture(scope="module")
def graded(tmp_path_factory, stub_files):
    """One real grading of a mixed submission: a pass, a known mistake, a timeout, a stub, a missing file."""
    folder = _submission(tmp_path_factory.mktemp("upload") / "student", {
        "adam.py": "solutions/optimization/adam.py",
        "katas/optimization/momentum.py": "tests/mistakes/optimization/momentum/sign_flip.py",
        "gd_x_squared.py": "tests/adversarial/endless_loop.py",
        "optimization/lr_schedules.py": stub_files["optimization/lr_schedules"],  # the committed stub
        "notes.txt": "README.md"})
    katas = ["adam", "momentum", "gd_x_squared", "lr_schedules", "rmsprop"]
    documents = {}
    for name in ("gradescope", "prairielearn", "classroom", "junit", "json"):
        proc = run_grader("grade", "--submission", str(folder), *katas, "--seed", "0", "--format", name)
        assert proc.returncode == 1, proc.stderr
        documents[name] = proc.stdout
    return documents


def test_gradescope_results_follow_the_specification(graded):
    document = json.loads(graded["gradescope"])
    jsonschema.validate(document, GRADESCOPE)
    by_kata = {}
    for test in document["tests"]:
        by_kata.setdefault(test["name"].split(":")[0], []).append(test)
    assert sum(t["score"] for t in by_kata["optimization/adam"]) == pytest.approx(1.0)
    assert 0 < sum(t["score"] for t in by_kata["optimization/momentum"]) < 1  # partial credit
    assert sum(t["score"] for t in by_kata["optimization/gd_x_squared"]) == 0  # timeout
    assert sum(t["score"] for t in by_kata["optimization/rmsprop"]) == 0  # never submitted
    assert "no file for optimization/rmsprop" in by_kata["optimization/rmsprop"][0]["output"]
    assert document["score"] == pytest.approx(sum(t["score"] for t in document["tests"]))


def test_gradescope_hidden_details_after_published(tmp_path):
    folder = _submission(tmp_path / "s", {"adam.py": "tests/mistakes/optimization/adam/sign_flip.py"})
    proc = run_grader("grade", "--submission", str(folder), "adam", "--format", "gradescope",
                      "--hidden-details", "after_published")
    document = json.loads(proc.stdout)
    jsonschema.validate(document, GRADESCOPE)
    assert {t["visibility"] for t in document["tests"]} == {"after_published"}


def test_prairielearn_results_follow_the_specification_and_stay_under_1_mb(graded):
    document = json.loads(graded["prairielearn"])
    jsonschema.validate(document, PRAIRIELEARN)
    assert 0 < document["score"] < 1
    huge = [Result("optimization/adam", "x", "", "failed", 0, 1, 0.1, "x" * 3_000_000,
                   tests=[{"name": f"t{i}", "status": "failed", "message": "y" * 200_000} for i in range(20)])]
    text = json.dumps(formats.prairielearn(huge))
    assert len(text.encode()) < formats.PRAIRIELEARN_LIMIT
    jsonschema.validate(json.loads(text), PRAIRIELEARN)


def test_classroom_result_is_what_the_reporter_decodes(graded):
    document = json.loads(graded["classroom"])
    jsonschema.validate(document, CLASSROOM)
    # the reporter reads base64 JSON from KATAGRAD_RESULTS and sums the tests' scores
    decoded = json.loads(base64.b64decode(base64.b64encode(graded["classroom"].encode())).decode())
    assert decoded["status"] == "error"  # a timeout among the katas
    assert sum(t["score"] for t in decoded["tests"]) < decoded["max_score"]


def test_junit_xml_has_one_testcase_per_hidden_test(graded):
    root = ElementTree.fromstring(graded["junit"].encode())
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    expected_tests = {r["kata"]: max(1, r["tests_total"]) for r in json.loads(graded["json"])["results"]}
    for kata, suite in suites.items():
        cases = suite.findall("testcase")
        assert len(cases) == int(suite.get("tests")) == expected_tests[kata]
    adam = suites["optimization/adam"]
    assert not adam.findall(".//failure") and not adam.findall(".//error")
    momentum = suites["optimization/momentum"].findall(".//failure")
    assert momentum and "Sign flip" in "".join(f.text or "" for f in momentum)
    assert suites["optimization/gd_x_squared"].findall(".//error")[0].get("type") == "timeout"


def test_the_github_classroom_workflow_runs_as_written(tmp_path, repo_copy):
    """The template's grading step, run here with GitHub's output files: a result the reporter
    can read, and the scoreboard in the job summary."""
    yaml = pytest.importorskip("yaml", reason="pyyaml is a test-only extra: make test installs it")
    workflow = yaml.safe_load((ROOT / "course" / "github-classroom" / "classroom.yml").read_text())
    steps = workflow["jobs"]["run-autograding-tests"]["steps"]
    grading = next(step for step in steps if step.get("id") == "katagrad")
    reporter = next(step for step in steps if "autograding-grading-reporter" in step.get("uses", ""))
    assert reporter["with"]["runners"] == "katagrad" and "KATAGRAD_RESULTS" in reporter["env"]
    command = grading["run"].replace("make setup\n", "").replace(".venv/bin/python", sys.executable)
    summary, output = tmp_path / "summary.md", tmp_path / "output"
    env = {**os.environ, **grading["env"], "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(output),
           "KATAGRAD_HOME": str(tmp_path / "home")}
    # a copy of the repository: the workflow grades katas/, and no test reads the learner's
    proc = subprocess.run(["bash", "-ec", command], cwd=tmp_path, env={**env, "PYTHONPATH": str(repo_copy)},
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    encoded = re.search(r"^result=(\S+)$", output.read_text(), re.M).group(1)
    jsonschema.validate(json.loads(base64.b64decode(encoded)), CLASSROOM)
    assert "katagrad:" in summary.read_text() and "| kata | status |" in summary.read_text()


def test_the_gradescope_bundle_runs_in_a_simulated_autograder(tmp_path):
    proc = run_grader("bundle", "adam", "gd_x_squared", "--hidden-details", "after_published",
                      "--out", str(tmp_path / "autograder.zip"))
    assert proc.returncode == 0, proc.stderr
    root = tmp_path / "autograder"
    with zipfile.ZipFile(tmp_path / "autograder.zip") as archive:
        names = set(archive.namelist())
        assert {"setup.sh", "run_autograder", "katas.toml", "grader/cli.py"} <= names
        assert "tests/katas/optimization/test_adam.py" in names
        archive.extractall(root / "source")
    _submission(root / "submission", {"adam.py": "solutions/optimization/adam.py",
                                      "gd_x_squared.py": "tests/mistakes/optimization/gd_x_squared/sign_flip.py"})
    run = subprocess.run(["bash", str(root / "source" / "run_autograder")], capture_output=True, text=True,
                         env={**os.environ, "AUTOGRADER_ROOT": str(root), "KATAGRAD_PYTHON": sys.executable},
                         timeout=300)
    assert run.returncode == 0, run.stderr
    document = json.loads((root / "results" / "results.json").read_text())
    jsonschema.validate(document, GRADESCOPE)
    assert 1 < document["score"] < 2
    assert {t["visibility"] for t in document["tests"]} == {"after_published"}


# -- batch ----------------------------------------------------------------------------------------
ADVERSARIAL = sorted((ROOT / "tests" / "adversarial").glob("*.py"))


def _expected(path: Path) -> tuple[str, str]:
    """(kata, status) of a corpus file graded from a learner's folder outside the repository."""
    text = path.read_text()
    kata = re.search(r"^# kata: (\S+)$", text, re.M)
    elsewhere = re.search(r"^# expect outside the repository: (\w+)", text, re.M)
    status = elsewhere.group(1) if elsewhere else re.search(r"^# expect: (\w+)$", text, re.M).group(1)
    return (kata.group(1) if kata else "optimization/gd_x_squared"), status


@pytest.fixture(scope="module")
def classroom(tmp_path_factory, stub_files):
    """A class of 60 learners: every gd_x_squared submission of the adversarial corpus (hostile
    ones among them), its known mistakes and alternatives, the reference and the stub."""
    folder = tmp_path_factory.mktemp("batch") / "class"
    folder.mkdir()
    expected = {}
    sources = [(p, _expected(p)) for p in ADVERSARIAL if _expected(p)[0] == "optimization/gd_x_squared"]
    kata_dir = "optimization/gd_x_squared"
    sources += [(p, (kata_dir, "failed")) for p in sorted((ROOT / "tests/mistakes" / kata_dir).glob("*.py"))]
    sources += [(p, (kata_dir, "passed")) for p in sorted((ROOT / "tests/alternatives" / kata_dir).glob("*.py"))]
    sources += [(ROOT / "solutions" / f"{kata_dir}.py", (kata_dir, "passed")),
                (stub_files[kata_dir], (kata_dir, "not_started"))]  # the committed stub, not the learner's
    number = 0
    while len(expected) < 60:
        for path, (_, status) in sources:
            if len(expected) >= 60:
                break
            learner = f"learner{number:02d}"
            (folder / learner).mkdir()
            shutil.copyfile(path, folder / learner / "gd_x_squared.py")
            expected[learner] = status
            number += 1
    return folder, expected


def _tree_state():
    state = {}
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in (".git", ".venv", ".katagrad", "__pycache__")]
        for name in files:
            info = os.lstat(os.path.join(folder, name))
            state[os.path.join(folder, name)] = (info.st_size, info.st_mtime_ns)
    return state


def test_batch_grades_a_class_resumes_after_a_kill_and_changes_nothing(classroom, tmp_path):
    folder, expected = classroom
    out = tmp_path / "grades"
    before = _tree_state()
    command = [sys.executable, "-m", "grader", "batch", str(folder), "gd_x_squared", "--jobs", "2", "--out", str(out)]
    first = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(list((out / "results").glob("*.json"))) < 10:
        time.sleep(0.1)
    os.killpg(first.pid, signal.SIGKILL)  # midway: the batch and every grading it started
    first.wait()
    done_before = len(list((out / "results").glob("*.json")))
    assert 10 <= done_before < len(expected)
    started = time.monotonic()
    second = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    seconds = time.monotonic() - started
    assert second.returncode == 0, second.stderr
    assert f"{len(expected) - done_before} graded, {done_before} already done" in second.stdout
    summary = json.loads((out / "summary.json").read_text())
    statuses = {row["learner"]: row["statuses"]["optimization/gd_x_squared"] for row in summary["learners"]}
    wrong = {learner: (statuses.get(learner), status) for learner, status in expected.items()
             if statuses.get(learner) != status}
    assert not wrong, wrong
    assert (out / "summary.csv").read_text().count("\n") == len(expected) + 1
    assert _tree_state() == before
    assert not Path("/tmp/katagrad-pwned").exists()
    print(f"batch: {len(expected) - done_before} learners in {seconds:.1f} s on {os.cpu_count()} cores")
