"""The command line as a learner and a script use it (CONTRACT.md: commands, JSON, exit codes)."""
import json
import os
import re
import stat
import subprocess
import sys

from grader import ROOT, cli, manifest, progress, stubs
from tests.conftest import run_grader

CATALOGUE = manifest.load()
FIRST = CATALOGUE[0]


def test_grade_json_is_one_document_with_the_contract_fields():
    proc = run_grader("grade", FIRST.name, "--solutions", "--json", "--seed", "1")
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    assert document["schema"] == 1 and document["summary"] == {"passed": 1, "total": 1}
    result = document["results"][0]
    assert set(result) >= {"kata", "status", "tests_passed", "tests_total", "seconds", "feedback"}
    assert result["kata"] == FIRST.id and result["status"] == "passed" and result["feedback"] == ""


def test_untouched_stub_grades_not_started_and_reads_as_a_todo_list(repo_copy):
    proc = run_grader("grade", FIRST.id, cwd=repo_copy)
    assert proc.returncode == 1
    assert "not started" in proc.stdout
    assert "Nothing started yet" in proc.stdout and f"make grade KATA={FIRST.name}" in proc.stdout
    assert "\033[" not in proc.stdout  # not a terminal: no colour


def test_grade_file_with_a_known_mistake_names_it(katagrad_home):
    mistake = ROOT / "tests/mistakes/optimization/gd_x_squared/sign_flip.py"
    proc = run_grader("grade", "gd_x_squared", "--file", str(mistake), "--seed", "3")
    assert proc.returncode == 1
    assert "✘ failed" in proc.stdout
    assert "This looks like a known mistake: Sign flip" in proc.stdout
    assert "--seed 3" in proc.stdout


def test_usage_errors_exit_2_with_one_line(tmp_path):
    binary = tmp_path / "blob.py"
    binary.write_bytes(b"\x00\x01\x02")
    latin = tmp_path / "latin.py"
    latin.write_bytes("x = 'caf\xe9'".encode("latin-1"))
    fifo = tmp_path / "fifo.py"
    os.mkfifo(fifo)   # opened as a file, it would wait for a writer for ever
    for args, words in [
        (["grade", "no_such_kata_xyz"], "unknown kata"),
        (["grade", "--file", "README.md"], "exactly one KATA"),
        (["grade", FIRST.name, "--file", str(tmp_path / "missing.py")], "no such file"),
        (["grade", FIRST.name, "--file", str(tmp_path)], "is a directory"),
        (["grade", FIRST.name, "--file", str(binary)], "binary"),
        (["grade", FIRST.name, "--file", str(latin)], "not UTF-8"),
        (["grade", FIRST.name, "--file", str(fifo)], "not a regular file"),
        (["run", FIRST.name, "--file", str(fifo)], "not a regular file"),
        (["grade", "--track", "nope"], "unknown track"),
        (["grade", "--bogus"], "unrecognized arguments"),
        (["show", "nope"], "unknown kata"),
    ]:
        proc = run_grader(*args)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, proc.stderr)
        assert "Traceback" not in proc.stderr


def test_broken_manifest_is_a_one_line_error(repo_copy):
    (repo_copy / "katas.toml").write_text('[[kata]]\nid = "optimization/x"\ntitle = 3\n')
    proc = run_grader("list", cwd=repo_copy)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "katas.toml" in proc.stderr


def test_list_json_in_catalogue_order_with_status(katagrad_home, capsys):
    assert cli.main(["list", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema"] == 1
    assert [k["id"] for k in document["katas"]] == [k.id for k in CATALOGUE]
    assert all(k["status"] == "not_started" for k in document["katas"])
    assert {"id", "title", "track", "difficulty", "minutes", "status"} <= set(document["katas"][0])


def test_show_prints_the_statement_without_importing_learner_code(repo_copy):
    (repo_copy / "katas" / f"{FIRST.id}.py").write_text("raise SystemExit('imported!')\n")
    proc = run_grader("show", FIRST.name, cwd=repo_copy)
    assert proc.returncode == 0 and "imported!" not in proc.stdout + proc.stderr
    assert FIRST.title in proc.stdout and "Time budget" in proc.stdout


def test_hints_come_in_tiers_and_are_remembered(katagrad_home, capsys):
    for tier in range(1, len(FIRST.hints) + 2):
        assert cli.main(["hint", FIRST.name]) == 0
        out = capsys.readouterr().out
        shown = min(tier, len(FIRST.hints))
        assert f"Hint {shown} of {len(FIRST.hints)}" in out and FIRST.hints[shown - 1] in out


def test_next_follows_progress(repo_copy):
    proc = run_grader("next", cwd=repo_copy)
    assert FIRST.id in proc.stdout
    solution = (repo_copy / "solutions" / f"{FIRST.id}.py").read_text()
    (repo_copy / "katas" / f"{FIRST.id}.py").write_text(solution)
    assert run_grader("grade", FIRST.name, cwd=repo_copy).returncode == 0
    proc = run_grader("next", cwd=repo_copy)
    assert CATALOGUE[1].id in proc.stdout
    listing = json.loads(run_grader("list", "--json", cwd=repo_copy).stdout)
    assert listing["katas"][0]["status"] == "passed"


def test_reset_backs_up_then_restores_the_stub(repo_copy, tmp_path):
    stub_path = repo_copy / "katas" / f"{FIRST.id}.py"
    stub_path.write_text("# my precious work\n")
    proc = run_grader("reset", FIRST.name, cwd=repo_copy)  # no terminal, no --yes: refuses
    assert proc.returncode == 2 and "--yes" in proc.stderr
    assert stub_path.read_text() == "# my precious work\n"
    proc = run_grader("reset", FIRST.name, "--yes", cwd=repo_copy)
    assert proc.returncode == 0, proc.stderr
    backups = list((tmp_path / "home" / "backups").rglob("*.py"))
    assert len(backups) == 1 and backups[0].read_text() == "# my precious work\n"
    assert str(backups[0]) in proc.stdout
    expected = stubs.make_stub((repo_copy / "solutions" / f"{FIRST.id}.py").read_text(), FIRST.id)
    assert stub_path.read_text() == expected


def test_a_fifo_in_katas_is_refused_never_waited_on(repo_copy):
    """A named pipe where the kata file should be: opened as a file, every command that reads it
    would wait for a writer for ever. grade gives the kata an error naming it (and grades the
    others), run and reset refuse it in one line, and regenerating the stubs leaves it alone."""
    second = CATALOGUE[1]
    fifo = repo_copy / "katas" / f"{FIRST.id}.py"
    fifo.unlink()
    os.mkfifo(fifo)
    proc = run_grader("grade", FIRST.name, second.name, "--json", "--seed", "0", cwd=repo_copy)
    assert proc.returncode == 1, proc.stderr
    results = {r["kata"]: r for r in json.loads(proc.stdout)["results"]}
    assert results[FIRST.id]["status"] == "error" and "not a regular file" in results[FIRST.id]["feedback"]
    assert results[second.id]["status"] == "not_started"   # the stub beside it, graded as usual
    empty = repo_copy / "upload"
    empty.mkdir()   # a submission without the kata: its tests are listed from a placeholder, never the FIFO
    proc = run_grader("grade", "--submission", str(empty), "--json", "--seed", "0", FIRST.name, cwd=repo_copy)
    assert json.loads(proc.stdout)["results"][0]["status"] == "error", proc.stdout
    for args in (["run", FIRST.name], ["reset", FIRST.name, "--yes"]):
        proc = run_grader(*args, cwd=repo_copy)
        assert proc.returncode in (1, 2) and "not a regular file" in proc.stdout + proc.stderr, (args, proc)
        assert "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "grader.stubs", "--force"], cwd=repo_copy, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0 and f"{FIRST.id}.py" in proc.stdout, (proc.stdout, proc.stderr)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert progress.file_hash(fifo) == ""


def test_grading_writes_nothing_into_katas_or_solutions(repo_copy):
    def snapshot():
        return {p: p.read_bytes() for folder in ("katas", "solutions") for p in (repo_copy / folder).rglob("*.py")}
    before = snapshot()
    assert run_grader("grade", FIRST.name, "--seed", "0", cwd=repo_copy).returncode == 1  # not started
    assert snapshot() == before


def test_no_test_reads_the_learners_katas(katagrad_home):
    """Under the project's tests the learner's katas/ is out of bounds: a test that would grade,
    run, plot, watch or reset it fails with a usage error naming the file, whatever is in it."""
    for args in (["grade", FIRST.name], ["run", FIRST.name], ["plot", "gd_x_squared"], ["reset", FIRST.name, "--yes"]):
        proc = run_grader(*args)
        assert proc.returncode == 2 and "a test read the learner's file" in proc.stderr, (args, proc.stderr)


def test_no_color_is_respected(katagrad_home):
    proc = run_grader("grade", FIRST.name, "--solutions", env={"NO_COLOR": "1"})
    assert "\033[" not in proc.stdout


def test_a_narrow_terminal_gets_wrapped_lines():
    from grader.report import fit
    long_line = "     " + "word " * 40
    wrapped = fit([long_line, "\033[1mshort\033[0m"], 40)
    assert all(len(line) <= 40 for line in wrapped) and len(wrapped) > 3
    assert all(line.startswith("     ") for line in wrapped[:-1])
    assert wrapped[-1] == "\033[1mshort\033[0m"
    assert fit([long_line], None) == [long_line]  # not a terminal: whole lines


def test_a_misspelt_kata_or_track_gets_a_suggestion(repo_copy):
    """`grade adma` says: unknown kata 'adma'; did you mean optimization/adam? (as do hint,
    show, reset and --track)."""
    for args, words in [
        (["grade", "adma"], "unknown kata 'adma'; did you mean optimization/adam?"),
        (["hint", "nestrov"], "did you mean optimization/nesterov?"),
        (["show", "optimization/line_serach"], "did you mean optimization/line_search?"),
        (["reset", "adamm", "--yes"], "did you mean optimization/adam?"),
        (["grade", "--track", "optimisation"], "unknown track 'optimisation'; did you mean optimization?"),
    ]:
        proc = run_grader(*args, cwd=repo_copy)
        assert proc.returncode == 2 and proc.stderr.strip().splitlines() == [f"grader: error: {proc.stderr.split('error: ')[1].strip()}"]
        assert words in proc.stderr, (args, proc.stderr)
    assert "see `python -m grader list`" in run_grader("show", "qqqqqq", cwd=repo_copy).stderr


def test_grade_json_lists_every_hidden_test_in_order(katagrad_home):
    mistake = ROOT / "tests/mistakes/optimization/gd_x_squared/sign_flip.py"
    document = json.loads(run_grader("grade", "gd_x_squared", "--file", str(mistake), "--json", "--seed", "1").stdout)
    result = document["results"][0]
    tests = result["tests"]
    assert len(tests) == result["tests_total"] and all(set(t) == {"name", "status", "message"} for t in tests)
    assert tests[0]["name"] == "test_three_steps_by_hand" and tests[0]["status"] == "failed"
    assert "10.125" in tests[0]["message"]
    assert sum(t["status"] == "passed" for t in tests) == result["tests_passed"]
    assert all(t["message"] == "" for t in tests if t["status"] == "passed")
    names = [line.split("::")[-1] for line in (ROOT / "tests/katas/optimization/test_gd_x_squared.py").read_text().splitlines()
             if line.startswith("def test_")]
    assert [t["name"] for t in tests] == [n.split("def ")[1].split("(")[0] for n in names]


def test_verbose_explains_every_failing_test(katagrad_home):
    mistake = ROOT / "tests/mistakes/optimization/gd_x_squared/sign_flip.py"
    short = run_grader("grade", "gd_x_squared", "--file", str(mistake), "--seed", "1").stdout
    full = run_grader("grade", "gd_x_squared", "--file", str(mistake), "--seed", "1", "--verbose").stdout
    assert "also failed: test_negative_start_by_hand" in short and "add --verbose" in short
    assert "also failed" not in full
    failing = int(full.split(" hidden test(s) failed:")[0].split()[-1])
    assert failing > 2 and all(f"\n   {n}. test_" in full for n in range(1, failing + 1))
    assert full.count("got      [") >= 2  # more than the first failure in full


def test_functions_not_written_yet_are_named(tmp_path, katagrad_home):
    """Two of four schedules written: the feedback names the two still to write, not a pile of
    'also failed' lines."""
    kata = CATALOGUE.resolve("lr_schedules")
    half = tmp_path / "lr_schedules.py"
    half.write_text(kata.solution_path.read_text() + "\n\n"
                    "def cosine_annealing(lr0, step, *, total_steps, lr_min=0.0):\n"
                    "    raise NotImplementedError('optimization/lr_schedules: implement cosine_annealing')\n\n\n"
                    "def warmup_cosine(lr0, step, *, warmup_steps, total_steps, lr_min=0.0):\n"
                    "    raise NotImplementedError('optimization/lr_schedules: implement warmup_cosine')\n")
    proc = run_grader("grade", "lr_schedules", "--file", str(half), "--seed", "1")
    assert proc.returncode == 1
    assert "not written yet: cosine_annealing, warmup_cosine" in proc.stdout, proc.stdout
    assert "also failed" not in proc.stdout and "hidden test(s) failed" not in proc.stdout


def test_messages_show_test_functions_as_maths_and_small_matrices_as_rows():
    import numpy as np
    from grader.compare import compare, describe_call
    from grader.functions import Sphere, TableSchedule
    call = describe_call("gradient_descent", (Sphere(0.5).grad, np.array([1.0, 2.0])),
                         {"schedule": TableSchedule([0.1, 0.05, 0.02, 0.01, 0.005, 0.001]), "n_steps": 2})
    assert "grad of f(x) = 0.5·‖x‖²" in call and "schedule [0.1, 0.05, 0.02, 0.01, 0.005, …]" in call
    assert "Sphere" not in call and "TableSchedule" not in call
    message = compare(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[1.0, 2.0], [3.0, 5.0]]))
    lines = message.splitlines()
    assert lines[1] == "  got      [[1, 2]," and lines[2] == "            [3, 4]]"
    assert lines[3] == "  expected [[1, 2]," and lines[4] == "            [3, 5]]"


def test_a_test_that_opens_the_learners_katas_is_noted():
    """The conftest's audit hook: opening a file of katas/ in a test fails that test."""
    import tests.conftest as conftest
    with open(FIRST.stub_path, encoding="utf-8"):
        pass
    assert conftest._OPENED == [str(FIRST.stub_path)]
    conftest._OPENED.clear()  # this test opened it on purpose


def test_the_readme_example_counts_the_hidden_tests_there_are(katagrad_home):
    """README's first-kata example prints `0/N` and `k/N`: N is gd_x_squared's number of hidden
    tests today (it said 0/8 when there were 9); and no hard count of tracks to go stale."""
    readme = (ROOT / "README.md").read_text()
    counts = re.findall(r"optimization/gd_x_squared\s+(\d+)/(\d+)", readme)
    document = json.loads(run_grader("grade", "gd_x_squared", "--solutions", "--json", "--seed", "1").stdout)
    total = document["results"][0]["tests_total"]
    assert counts and all(int(n) == total for _, n in counts), (counts, total)
    assert not re.search(r"\b(Seven|Eight|Nine|Ten|Eleven) tracks", readme)
