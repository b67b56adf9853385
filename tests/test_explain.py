"""Before and after the code: `learn` (the concept page), `explain` (the walkthrough once a kata has
passed), and the interviewer's sheet (`explain --sheet`, `mock --interviewer`)."""
import re
import sqlite3
from pathlib import Path

import pytest

from grader import ROOT, cli, debugkata, explain, learn, manifest, mistakes, notebook, progress, stubs
from grader.grading import Result
from tests.conftest import run_grader
from tests.test_mock_and_watch import Driver

CATALOGUE = manifest.load()
GD = CATALOGUE.resolve("optimization/gd_x_squared")


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


# -- learn --------------------------------------------------------------------------------------
def test_learn_prints_the_concept_page_with_its_example_as_a_calculation(capsys):
    assert cli.main(["learn", GD.name]) == 0
    out = capsys.readouterr().out
    for section in ("The idea", "The formula", "By hand", "Watch for", "Read more"):
        assert f"\n{section}\n{'-' * len(section)}\n" in out
    assert "```" not in out and "    gradient_descent(" in out  # the check block, indented


def test_learn_without_a_page_says_which_file_would_hold_it(repo_copy):
    proc = run_grader("learn", GD.name, cwd=repo_copy)  # the copy has no learn/ folder
    assert proc.returncode == 2 and proc.stdout == ""
    assert "no concept page" in _one_line(proc.stderr) and "learn/optimization/gd_x_squared.md" in proc.stderr
    assert "unknown kata" in _one_line(run_grader("learn", "no_such_kata").stderr)


def test_show_and_next_point_at_the_page_only_where_there_is_one(repo_copy, capsys):
    assert cli.main(["show", GD.name]) == 0
    assert f"python -m grader learn {GD.name}" in capsys.readouterr().out
    assert "grader learn" not in run_grader("show", GD.name, cwd=repo_copy).stdout
    assert "grader learn" not in run_grader("next", cwd=repo_copy).stdout


def test_the_notebook_shows_the_page_as_markdown():
    page = notebook.learn(GD.name)
    assert str(page).startswith(learn.read(GD).title) and "## The idea" in page._repr_markdown_()
    assert "```check" not in page._repr_markdown_() and "```text" in page._repr_markdown_()


# -- explain ------------------------------------------------------------------------------------
def _answer_lines(kata) -> list[str]:
    """Every line of code the stub hides (comments included), complexity lines left out."""
    lines = kata.solution_path.read_text(encoding="utf-8").splitlines()
    inside, hidden = False, []
    for line in lines:
        if stubs.BEGIN.match(line):
            inside = True
        elif stubs.END.match(line):
            inside = False
        elif inside and line.strip() and not explain.COMPLEXITY.match(line):
            hidden.append(line)
    return hidden


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda kata: kata.id)
def test_explain_with_spoil_works_for_every_kata_and_is_recorded(entry, katagrad_home, capsys, monkeypatch):
    kata = entry
    monkeypatch.setattr(explain, "mistake_outputs", lambda katas: {})  # grading them: tested once, below
    assert cli.main(["explain", kata.id, "--spoil"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{kata.id}: {kata.title}") and "You looked at the answer before passing" in out
    source = kata.solution_path.read_text(encoding="utf-8")
    if kata.kind == "debug":
        for bug in debugkata.planted_bugs(source):
            assert bug.description in out
        assert "+++ fixed/" in out
    else:
        shown = out.splitlines()
        for line in _answer_lines(kata):
            assert "    " + line in shown, line  # the answer, comments and all, as written
        assert "BEGIN SOLUTION" not in out and "END SOLUTION" not in out
    assert kata.statement().splitlines()[0] not in out  # the statement is the learner's already
    flat = " ".join(out.split())
    for mistake in mistakes.for_kata(kata.mistakes_dir):
        assert mistake.summary in flat and mistake.advice in flat
    for question in kata.follow_ups:
        assert question in flat
    assert progress.spoiled_at(kata.id) is not None and progress.first_pass(kata.id) is None

    assert cli.main(["explain", kata.id, "--sheet", "--spoil"]) == 0
    sheet = capsys.readouterr().out
    assert sheet.startswith("# Interviewer's sheet") and kata.statement() in sheet
    positions = [sheet.index(hint) for hint in kata.hints]
    assert positions == sorted(positions)  # in the order to give them
    for question in kata.follow_ups:
        assert question in sheet
    assert all(level in sheet for level, _ in explain.RUBRIC)


def test_the_sheet_shows_what_each_mistake_looks_like_when_graded(katagrad_home, capsys):
    progress.record_grading(Result(GD.id, "katas", "x", "passed", 9, 9, 0.1, ""), ROOT / "katas.toml")
    assert cli.main(["explain", GD.name, "--sheet"]) == 0
    sheet = capsys.readouterr().out
    known = mistakes.for_kata(GD.mistakes_dir)
    assert sheet.count("What the candidate's screen shows when they make it:") == len(known)
    # the sign flip's first failing case, as grading words it: computed, not written down
    assert "got      [3, 4.5, 6.75, 10.125]" in sheet and "expected [3, 1.5, 0.75, 0.375]" in sheet
    for mistake in known:
        assert f"  This looks like a known mistake: {mistake.summary}" in sheet
        assert sheet.count(mistake.advice) == 1  # the advice once, not again under the output


def test_explain_refuses_before_a_pass_with_one_line(katagrad_home, capsys):
    progress.record_grading(Result(GD.id, "katas", "x", "failed", 3, 9, 0.1, ""), ROOT / "katas.toml")
    progress.record_grading(Result(GD.id, "file", "x", "passed", 9, 9, 0.1, ""), ROOT / "katas.toml")
    for args in (["explain", GD.name], ["explain", GD.name, "--sheet"]):
        assert cli.main(args) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        line = _one_line(captured.err)
        assert "has not passed yet" in line and "--spoil" in line and f"make grade KATA={GD.name}" in line
    assert progress.spoiled_at(GD.id) is None  # a refusal is not a look
    text = notebook.explain(GD.name)
    assert "has not passed yet" in text and "spoil=True" in text
    assert "def gradient_descent" in notebook.explain(GD.name, spoil=True)
    assert cli.main(["explain", "no_such_kata"]) == 2 and "unknown kata" in _one_line(capsys.readouterr().err)


@pytest.mark.parametrize("source", ["katas", "notebook", "mock"])
def test_a_pass_of_the_learners_own_work_opens_the_walkthrough_without_a_spoiler_note(source, katagrad_home, capsys):
    progress.record_grading(Result(GD.id, source, "x", "passed", 9, 9, 0.1, ""), ROOT / "katas.toml")
    assert cli.main(["explain", GD.name]) == 0
    out = capsys.readouterr().out
    assert "def gradient_descent" in out and "You looked at the answer" not in out
    assert "(none of these was named in your gradings)" in out
    assert progress.spoiled_at(GD.id) is None
    assert cli.main(["explain", GD.name, "--spoil"]) == 0  # after a pass, --spoil records nothing
    assert progress.spoiled_at(GD.id) is None


def test_a_look_before_passing_is_still_said_after_the_pass(katagrad_home, capsys):
    assert cli.main(["explain", GD.name, "--spoil"]) == 0
    progress.record_grading(Result(GD.id, "katas", "x", "passed", 9, 9, 0.1, ""), ROOT / "katas.toml")
    capsys.readouterr()
    assert cli.main(["explain", GD.name]) == 0
    assert "You looked at the answer before passing" in capsys.readouterr().out


def test_complexity_is_shown_where_the_solution_states_it(katagrad_home, capsys):
    assert cli.main(["explain", GD.name, "--spoil"]) == 0
    out = capsys.readouterr().out
    assert "\nComplexity\n" in out and "gradient_descent: O(n_steps) time" in out
    assert "# Complexity:" not in out  # shown once, under its heading
    source = ('def f(n):\n    # BEGIN SOLUTION\n    # Complexity: O(n) time\n    return n\n    # END SOLUTION\n\n'
              'class C:\n    def g(self):\n        # BEGIN SOLUTION\n        return 1\n        # END SOLUTION\n\n'
              'def h(n):\n    # Complexity: not after a BEGIN, so not one\n    # BEGIN SOLUTION\n    return n\n'
              '    # END SOLUTION\n')
    assert explain.complexity(source) == [("f", "O(n) time")]
    assert explain.complexity(source.replace("        return 1", "        # Complexity: O(1)\n        return 1")) \
        == [("f", "O(n) time"), ("C.g", "O(1)")]
    without = next(k for k in CATALOGUE if not explain.complexity(k.solution_path.read_text(encoding="utf-8")))
    assert cli.main(["explain", without.id, "--spoil"]) == 0
    assert "\nComplexity\n" not in capsys.readouterr().out


def test_explain_after_a_real_pass_lists_the_mistake_the_learner_made(repo_copy):
    mine = repo_copy / "katas" / f"{GD.id}.py"
    sign_flip = GD.mistakes_dir / "sign_flip.py"
    mine.write_text(sign_flip.read_text())
    failed = run_grader("grade", GD.name, "--seed", "3", cwd=repo_copy)
    assert failed.returncode == 1 and "This looks like a known mistake: Sign flip" in failed.stdout
    refused = run_grader("explain", GD.name, cwd=repo_copy)
    assert refused.returncode == 1 and "has not passed yet" in _one_line(refused.stderr)
    mine.write_text(GD.solution_path.read_text())
    assert run_grader("grade", GD.name, cwd=repo_copy).returncode == 0
    proc = run_grader("explain", GD.name, cwd=repo_copy)
    assert proc.returncode == 0, proc.stderr
    summary = mistakes.describe(sign_flip)[0]
    mine_marked = [line for line in proc.stdout.splitlines() if line.startswith("  ✘ ")]
    assert len(mine_marked) == 1 and summary.split(":")[0] in mine_marked[0]
    assert "named in 1 of your gradings" in " ".join(proc.stdout.split())
    assert "✘ 1 of them yours" in proc.stdout
    assert sum(line.startswith("  · ") for line in proc.stdout.splitlines()) == len(
        mistakes.for_kata(GD.mistakes_dir)) - 1
    assert "You looked at the answer" not in proc.stdout


def test_a_debug_kata_records_only_the_mistakes_its_feedback_names(katagrad_home, tmp_path):
    from grader import grading
    kata = next(k for k in CATALOGUE if k.kind == "debug" and mistakes.for_kata(k.mistakes_dir))
    # one label per job: a job's records are kept under its kata and label
    jobs = [grading.Job(kata, m.path, f"file{number}") for number, m in enumerate(mistakes.for_kata(kata.mistakes_dir))]
    shipped = tmp_path / "shipped.py"
    shipped.write_text(stubs.make_stub(kata.solution_path.read_text(encoding="utf-8"), kata.id))
    jobs.append(grading.Job(kata, shipped, "shipped"))
    results, _ = grading.grade(jobs, seed=1)
    for result in results:
        named = {line[len(debugkata.KNOWN):].strip() for line in result.feedback.splitlines()
                 if line.startswith(debugkata.KNOWN)}
        assert set(result.mistakes) == named, result.feedback
    assert any(result.mistakes for result in results)  # a wrong fix is named, and recorded
    assert results[-1].mistakes == []                  # the shipped file's planted bugs are not mistakes


def test_an_old_store_without_the_new_tables_keeps_working(katagrad_home, capsys):
    katagrad_home.mkdir()
    with sqlite3.connect(katagrad_home / "progress.db") as db:
        db.executescript("""
            CREATE TABLE gradings (id INTEGER PRIMARY KEY, kata TEXT NOT NULL, status TEXT NOT NULL,
                tests_passed INTEGER NOT NULL, tests_total INTEGER NOT NULL, seconds REAL NOT NULL,
                graded_at REAL NOT NULL, file_sha256 TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'katas');
            INSERT INTO gradings VALUES (1, 'optimization/gd_x_squared', 'passed', 8, 8, 0.1, 1.0, '', 'katas');
        """)
    assert cli.main(["explain", GD.name]) == 0
    assert "def gradient_descent" in capsys.readouterr().out
    assert progress.summary()[GD.id]["status"] == "passed"
    progress.record_grading(Result(GD.id, "katas", "x", "failed", 1, 9, 0.1, "", mistakes=["Sign flip"]),
                            ROOT / "katas.toml")
    assert progress.mistakes_made(GD.id) == {"Sign flip": 1}


# -- the interviewer's sheet ----------------------------------------------------------------------
def test_mock_interviewer_writes_the_sheet_of_exactly_the_drawn_katas(tmp_path, katagrad_home):
    sheet = tmp_path / "sheet.md"
    driver = Driver("mock", "--seed", "5", "--count", "2", "--minutes", "5", "--poll",
                    "--workspace", str(tmp_path / "mock"), "--interviewer", str(sheet))
    try:
        driver.expect("The clock is running")
        drawn = re.findall(r"^  \d\. (\S+) · ", driver.text, re.M)
        driver.type("q")
        driver.expect("Debrief: you stopped")
        assert driver.finish() == 0
    finally:
        driver.stop()
    assert len(drawn) == 2
    text = sheet.read_text(encoding="utf-8")
    assert re.findall(r"^## \d+\. (\S+):", text, re.M) == drawn
    screen = driver.text
    assert str(sheet) in screen  # where the sheet is: said once
    for kata in map(CATALOGUE.resolve, drawn):
        assert kata.statement() in text
        for hint in kata.hints:
            assert hint in text and hint not in screen
        for mistake in mistakes.for_kata(kata.mistakes_dir):
            assert mistake.summary in text and mistake.summary not in screen
    assert "Rubric" in text and "Rubric" not in screen and "Working after hints" not in screen


def test_mock_interviewer_never_overwrites_a_file_unless_forced(tmp_path, katagrad_home):
    sheet = tmp_path / "notes.md"
    sheet.write_text("my own notes\n")
    proc = run_grader("mock", "--seed", "5", "--workspace", str(tmp_path / "m1"), "--interviewer", str(sheet),
                      input="q\n")
    assert proc.returncode == 2 and "already exists" in _one_line(proc.stderr) and "--force" in proc.stderr
    assert sheet.read_text() == "my own notes\n" and not (tmp_path / "m1").exists()
    proc = run_grader("mock", "--seed", "5", "--workspace", str(tmp_path / "m2"), "--interviewer", str(sheet),
                      "--force", "--poll", input="q\n")
    assert proc.returncode == 0, proc.stderr
    assert sheet.read_text().startswith("# Interviewer's sheet")
    for args, words in [(["mock", "--diff", str(tmp_path), "--interviewer", str(sheet)], "not with --diff"),
                        (["mock", "--force"], "--force only"),
                        (["mock", "--interviewer", str(tmp_path)], "is a directory"),
                        (["mock", "--workspace", str(tmp_path / "w"), "--interviewer", str(tmp_path / "w" / "s.md")],
                         "inside the candidate's workspace")]:
        proc = run_grader(*args)
        assert proc.returncode == 2 and words in _one_line(proc.stderr), (args, proc.stderr)


def test_mock_interviewer_default_path_is_beside_the_workspace(tmp_path, katagrad_home):
    proc = run_grader("mock", "--seed", "5", "--workspace", str(tmp_path / "m"), "--interviewer", "--poll",
                      input="q\n")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "m-interviewer.md").read_text().startswith("# Interviewer's sheet")
    assert not list((tmp_path / "m").glob("*.md"))  # not in the candidate's folder


def test_learn_and_explain_in_a_real_kernel(tmp_path):
    """In Jupyter the concept page renders as Markdown; explain refuses before a pass, in one line."""
    nbformat = pytest.importorskip("nbformat", reason="the notebook extra is not installed: make test installs it")
    nbclient = pytest.importorskip("nbclient", reason="the notebook extra is not installed: make test installs it")
    pytest.importorskip("ipykernel", reason="the notebook extra is not installed: make test installs it")
    home = tmp_path / "home"
    cells = [f"import os, sys\nsys.path.insert(0, {str(ROOT)!r})\nos.environ['KATAGRAD_HOME'] = {str(home)!r}",
             "from grader.notebook import learn, explain", "learn('gd_x_squared')", "explain('gd_x_squared')"]
    book = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nbclient.NotebookClient(book, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    page, refusal = (cell.outputs[0]["data"] for cell in book.cells[2:])
    assert page["text/markdown"].startswith("# ") and "## By hand" in page["text/markdown"]
    assert refusal["text/plain"].count("\n") == 0 and "has not passed yet" in refusal["text/plain"]


def test_a_notebook_check_records_the_mistake_it_names(katagrad_home):
    sign_flip = GD.mistakes_dir / "sign_flip.py"
    feedback = notebook.grade_source(GD.name, sign_flip.read_text(encoding="utf-8"), seed=3)
    summary = mistakes.describe(sign_flip)[0]
    assert feedback.status == "failed" and summary in feedback.result["feedback"]
    assert progress.mistakes_made(GD.id) == {summary: 1}


def test_every_complexity_line_of_the_solutions_is_where_explain_finds_it():
    """A `# Complexity:` line anywhere but right after `# BEGIN SOLUTION` would be silently left out."""
    misplaced = []
    for kata in CATALOGUE:
        source = kata.solution_path.read_text(encoding="utf-8")
        written = sum(bool(explain.COMPLEXITY.match(line)) for line in source.splitlines())
        if written != len(explain.complexity(source)):
            misplaced.append(kata.id)
    assert not misplaced, f"# Complexity: lines not right after # BEGIN SOLUTION in {misplaced}"
