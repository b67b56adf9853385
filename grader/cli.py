"""The command line: `python -m grader COMMAND`. Thin: each command is a small function.

    grade [KATA ...] [--track T] [--solutions] [--file PATH] [--json] [--seed N] [--verbose]
    list [--json] · show KATA · hint KATA · reset KATA [--yes] · next
    learn KATA · explain KATA [--spoil] [--sheet] · mock [--interviewer [PATH]] ...

`main(argv)` returns the exit code: 0 all graded katas passed, 1 some did not, 2 a usage error
(one line on stderr naming the problem).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from grader import ROOT, manifest
from grader.usage import UsageError  # bad input: exit 2 with its one-line message on stderr
from grader.printable import printable


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError(f"{message} (see `{self.prog} --help`)")


# -- grade -------------------------------------------------------------------------------------
def _check_learner_file(path: Path) -> Path:
    if not path.exists():
        raise UsageError(f"no such file: {path}")
    if path.is_dir():
        raise UsageError(f"{path} is a directory; --file takes a Python file")
    from grader import staticcheck
    from grader.loading import NotARegularFile, read_bounded
    try:
        data = read_bounded(path, staticcheck.MAX_SOURCE + 1)  # the rest is never read
    except NotARegularFile:
        raise UsageError(f"{path} is not a regular file (a FIFO or a device); --file takes a Python file") from None
    except OSError as error:
        raise UsageError(f"{path} could not be read: {error.strerror or error}") from None
    if b"\0" in data:
        raise UsageError(f"{path} is a binary file, not Python source")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text") from None
    return path


KEEP_OUT = "KATAGRAD_TESTS_KEEP_OUT"  # the project's tests set it: the katas/ folder no test may read


def learner_file(kata) -> Path:
    """The learner's own file for `kata` (katas/<id>.py). The project's tests never read it:
    what a learner has written there must not turn `make test` red, so under the tests (which
    name their repository's katas/ in $KATAGRAD_TESTS_KEEP_OUT) reading it is a usage error."""
    keep_out = os.environ.get(KEEP_OUT)
    if keep_out and kata.stub_path.resolve().is_relative_to(Path(keep_out).resolve()):
        raise UsageError(f"a test read the learner's file {kata.stub_path}: tests grade the committed stubs "
                         "(the stub_files fixture) or a copy of the repository (repo_copy)")
    return kata.stub_path


def cmd_grade(args) -> int:
    from grader import grading, progress, report
    catalogue = _catalogue()
    if args.file and len(args.katas) != 1:
        raise UsageError("--file grades one kata: name exactly one KATA with it")
    if args.file and args.solutions:
        raise UsageError("--file and --solutions do not go together")
    if args.submission and (args.file or args.solutions):
        raise UsageError("--submission grades a folder of files: not with --file or --solutions")
    if args.submission:
        return _grade_submission(args, catalogue)
    katas = [_resolve(catalogue, name) for name in args.katas] if args.katas else list(catalogue)
    if args.track:
        try:
            track = {k.id for k in catalogue.track(args.track)}
        except manifest.UnknownKata as error:
            raise UsageError(str(error)) from None
        katas = [k for k in katas if k.id in track]
    if args.file:
        jobs = [grading.Job(katas[0], _check_learner_file(Path(args.file)).resolve(), "file")]
    elif args.solutions:
        jobs = [grading.Job(k, k.solution_path, "solutions") for k in katas]
    else:
        jobs = [grading.Job(k, learner_file(k), "katas") for k in katas]
    for job in jobs:
        if not job.path.exists():
            raise UsageError(f"missing file {job.path} for {job.kata.id}")
    results, seed = grading.grade(jobs, args.seed)
    if args.verbose:
        for result in results:
            if result.status == "failed" and not result.debug:  # a debug kata never says where
                result.feedback = grading.failure_feedback(
                    [t for t in result.tests if t["status"] == "failed"], seed, verbose=True)
    if not args.solutions:
        for job, result in zip(jobs, results):
            progress.record_grading(result, job.path)
    _emit(args, results, seed, catalogue)
    _say_what_isolation_holds()
    return _exit_status(args, all(r.status == "passed" for r in results))


def _grade_submission(args, catalogue) -> int:
    """Grade the kata files found in a submission folder (a course's upload): the katas named
    (or the track), each missing file scoring nothing; without either, the katas found."""
    from grader import submissions
    folder = Path(args.submission)
    if not folder.is_dir():
        raise UsageError(f"no submission folder at {folder}")
    results, seed, ignored = submissions.grade(folder, _assignment(catalogue, args), args.seed, catalogue)
    if ignored:
        print(printable(f"grader: ignored {len(ignored)} file(s) that are no kata of this catalogue: "
                        + ", ".join(ignored[:5]) + (" …" if len(ignored) > 5 else "")), file=sys.stderr)
    _emit(args, results, seed, catalogue)
    return _exit_status(args, bool(results) and all(r.status == "passed" for r in results))


def _exit_status(args, all_passed: bool) -> int:
    """0 when every kata passed, else 1; in a platform's format, 0 once its document is written:
    the platform reads the grades from the document (PrairieLearn drops what a failing run wrote)."""
    if all_passed or not getattr(args, "format", None):
        return 0 if all_passed else 1
    from grader import formats  # only with --format: not loaded by every grading
    return 0 if args.format in formats.PLATFORMS else 1


def _assignment(catalogue, args) -> list:
    """The katas named (KATA ...) and those of --track, in that order, each once."""
    katas = [_resolve(catalogue, name) for name in args.katas]
    if args.track:
        try:
            katas += [k for k in catalogue.track(args.track) if k not in katas]
        except manifest.UnknownKata as error:
            raise UsageError(str(error)) from None
    return katas


def _emit(args, results, seed: int, catalogue) -> None:
    """The results in the format asked for, to stdout or --output."""
    from grader import report
    if args.format:
        from grader import formats
        weights = {k.id: k.points for k in catalogue}
        try:
            formats.write(args.format, results, seed, weights, args.hidden_details, args.output)
        except IsADirectoryError:
            raise UsageError(f"{args.output} is a directory; --output takes a file path") from None
    elif args.json:
        print(json.dumps(report.as_json(results, seed), indent=2))
    else:
        print(report.scoreboard(results, catalogue, seed, report.use_colour()))


def _say_what_isolation_holds() -> None:
    """Once per run, on stderr, when a kernel layer of the sandbox was off on this machine."""
    from grader import sandbox
    off = {layer: state for layer, state in sandbox.last_layers.items() if not state.startswith("on")}
    if off:
        print("grader: note: on this machine the learner's process ran without "
              + "; ".join(f"{layer} ({state})" for layer, state in off.items())
              + ": the rules are then only checked inside Python (see README, 'What enforces what').",
              file=sys.stderr)


# -- batch --------------------------------------------------------------------------------------
def cmd_batch(args) -> int:
    """Many learners' submissions: a bounded pool, resumable, a CSV and a JSON summary."""
    from grader import batch
    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"no folder of submissions at {folder}")
    catalogue = _catalogue()
    katas = [k.id for k in _assignment(catalogue, args)]
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    out = Path(args.out) if args.out else folder.parent / f"{folder.name}-grades"
    started = __import__("time").monotonic()
    records = batch.run(folder, katas, out, jobs=args.jobs, seed=args.seed, catalogue=catalogue)
    seconds = __import__("time").monotonic() - started
    graded = sum(not r.get("resumed") for r in records)
    print(f"{len(records)} learner(s): {graded} graded, {len(records) - graded} already done "
          f"({seconds:.1f} s). Summary: {out / 'summary.csv'} and {out / 'summary.json'}")
    return 0


def cmd_bundle(args) -> int:
    """The Gradescope autograder zip for an assignment (its katas fixed now)."""
    from grader import bundle
    catalogue = _catalogue()
    katas = [k.id for k in _assignment(catalogue, args)]
    if not katas:
        raise UsageError("name the assignment's katas (KATA ... or --track TRACK)")
    out = Path(args.out) if args.out else ROOT / "build" / "gradescope-autograder.zip"
    bundle.build(out, katas, args.hidden_details, args.seed)
    print(f"{out}: upload it as the autograder of the assignment ({len(katas)} kata(s): {', '.join(katas)})")
    return 0


# -- run ----------------------------------------------------------------------------------------
def cmd_run(args) -> int:
    """The statement's examples on your code, isolated: got vs expected (LeetCode's Run)."""
    from grader import report, run
    kata = _resolve(_catalogue(), args.kata)
    path = _check_learner_file(Path(args.file)).resolve() if args.file else learner_file(kata)
    try:
        results = run.run(kata, path)
    except run.RunError as error:
        print(f"{kata.id}: {error}")
        return 1
    if not results:
        print(f"{kata.id}: the statement has no examples to run.")
        return 0
    text = run.render(kata, _shown_path(path), results, report.Painter(report.use_colour()))
    print("\n".join(report.fit(text.splitlines(), report.terminal_width())))
    _say_what_isolation_holds()
    return 0 if all(r.passed for r in results) else 1


def _shown_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


# -- list, show, hint, next --------------------------------------------------------------------
def cmd_list(args) -> int:
    from grader import progress, report
    catalogue = _catalogue()
    known = progress.summary()
    rows = [{"id": k.id, "title": k.title, "track": k.track, "difficulty": k.difficulty,
             "minutes": k.minutes, "status": known.get(k.id, {}).get("status", "not_started"),
             "best_seconds": known.get(k.id, {}).get("best_seconds")} for k in catalogue]
    if args.json:
        print(json.dumps({"schema": 1, "katas": rows}, indent=2))
        return 0
    paint = report.Painter(report.use_colour())
    width = max(len(r["id"]) for r in rows)
    for row in rows:
        best = f"best {_duration(row['best_seconds'])}" if row["best_seconds"] is not None else ""
        print(f"  {paint.status(row['status'], 11)} {row['id'].ljust(width)}  {row['difficulty']:<6} "
              f"{row['minutes']:>3} min  {row['title']}  {best}".rstrip())
    passed = sum(r["status"] == "passed" for r in rows)
    print(f"\n{passed} of {len(rows)} passed.")
    return 0


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def cmd_stats(args) -> int:
    from grader import progress, schedule
    catalogue = _catalogue()
    known = progress.summary()
    print(f"  {'track':<16} {'passed':>8} {'attempts':>9} {'hints':>6}")
    for track in dict.fromkeys(k.track for k in catalogue):
        katas = [k for k in catalogue if k.track == track]
        entries = [known.get(k.id, {}) for k in katas]
        passed = sum(e.get("status") == "passed" for e in entries)
        attempts = sum(e.get("attempts", 0) for e in entries)
        hints = sum(e.get("hints", 0) for e in entries)
        print(f"  {track:<16} {f'{passed}/{len(katas)}':>8} {attempts:>9} {hints:>6}")
    due = schedule.plan(catalogue, using=_scheduler()).due
    if due:
        print(f"\n{len(due)} kata(s) due for review: python -m grader review")
    return 0


def cmd_review(args) -> int:
    """Passed katas due for review (overdue first), then those coming up, each with its date and why."""
    from grader import schedule
    if args.upcoming < 0:
        raise UsageError("--upcoming must be 0 or more")
    catalogue = _catalogue()
    plan = schedule.plan(catalogue, now=_review_time(args.on), using=_scheduler())
    if args.json:
        print(json.dumps(plan.as_json(), indent=2))
        return 0
    width = max((len(e.kata.id) for e in plan.due + plan.upcoming), default=0)
    if plan.due:
        print(f"Due for review, overdue first ({len(plan.due)}):")
        for entry in plan.due:
            print(f"  {entry.kata.id.ljust(width)}  {_when(entry.due, plan.now):<15} {entry.why}")
    else:
        print("Nothing to review now: no passed kata is due.")
    if plan.upcoming:
        print(f"\nComing up ({len(plan.upcoming)}):")
        for entry in plan.upcoming[:args.upcoming]:
            print(f"  {entry.kata.id.ljust(width)}  {_when(entry.due, plan.now):<15} {entry.why}")
        if len(plan.upcoming) > args.upcoming:
            print(f"  … and {len(plan.upcoming) - args.upcoming} more (--upcoming N shows more)")
    if plan.not_passed:
        print(f"\nAttempted, not passed yet ({len(plan.not_passed)}): "
              + ", ".join(f"{k.id} ({s.replace('_', ' ')})" for k, s in plan.not_passed))
    print(f"\n(scheduler: {plan.scheduler}; {_other_scheduler(plan.scheduler)})")
    if plan.due:
        print("Practise the first one: python -m grader next --due   (or a mock on the due ones: mock --due)")
    return 0


def _scheduler():
    from grader import schedule
    try:
        return schedule.scheduler()
    except ValueError as error:
        raise UsageError(str(error)) from None


def _other_scheduler(name: str) -> str:
    if name == "fsrs":
        return "KATAGRAD_SCHEDULER=simple uses the built-in one"
    return 'pip install "fsrs>=6.1,<7" (the review extra) for FSRS, the algorithm Anki uses'


def _review_time(on: str | None) -> float | None:
    """`--on DATE`: what will be due on that day (its end, local time); None: now."""
    if on is None:
        return None
    from datetime import datetime, time as clock
    try:
        day = datetime.strptime(on, "%Y-%m-%d").date()
    except ValueError:
        raise UsageError(f"--on takes a date as YYYY-MM-DD, not {on!r}") from None
    return datetime.combine(day, clock(23, 59, 59)).timestamp()


def _when(due: float, now: float) -> str:
    """The due date and how far it is, in calendar days: '2026-12-04 (3 d late)', '(today)', '(in 5 d)'."""
    from datetime import date
    from grader import schedule
    day, today = schedule.date_of(due), schedule.date_of(now)
    days = (date.fromisoformat(day) - date.fromisoformat(today)).days
    if days < 0:
        return f"{day} ({-days} d late)"
    return f"{day} (today)" if days == 0 else f"{day} (in {days} d)"


def cmd_show(args) -> int:
    kata = _resolve(_catalogue(), args.kata)
    print(f"{kata.id}: {kata.title}")
    print(f"{kata.difficulty} · {kata.minutes} minutes · edit {kata.stub_path.relative_to(ROOT)} · "
          f"grade with: make grade KATA={kata.name}\n")
    print(kata.statement())
    if _has_page(kata):
        print(f"\nThe idea first, no spoilers: python -m grader learn {kata.name}")
    return 0


def _has_page(kata) -> bool:
    from grader import learn
    return learn.page_path(kata, kata.root).is_file()


def cmd_hint(args) -> int:
    from grader import progress
    kata = _resolve(_catalogue(), args.kata)
    tier = progress.take_hint(kata.id, len(kata.hints))
    print(f"Hint {tier} of {len(kata.hints)} for {kata.id}:\n  {kata.hints[tier - 1]}")
    if tier == len(kata.hints):
        print("\nThat was the last hint.")
    return 0


def cmd_next(args) -> int:
    """The first kata not yet passed; with --due, the passed kata most overdue for review."""
    from grader import progress, schedule
    catalogue = _catalogue()
    due = schedule.plan(catalogue, using=_scheduler()).due
    if args.due and due:
        entry = due[0]
        print(f"Due for review: {entry.kata.id}: {entry.kata.title} ({entry.kata.difficulty}, "
              f"{entry.kata.minutes} min; due {schedule.date_of(entry.due)}: {entry.why})")
        _how_to_practise(entry.kata, again=True)
        return 0
    if args.due:
        print("Nothing is due for review.")
    known = progress.summary()
    for kata in catalogue:
        status = known.get(kata.id, {}).get("status", "not_started")
        if status != "passed":
            print(f"Next: {kata.id}: {kata.title} ({kata.difficulty}, {kata.minutes} min; "
                  f"{status.replace('_', ' ')})")
            _how_to_practise(kata)
            break
    else:
        print(f"All {len(catalogue)} katas passed. Try a mock interview, or grade again with a new seed.")
    if due and not args.due:
        print(f"\n{len(due)} passed kata(s) due for review: python -m grader next --due (list: python -m grader review)")
    return 0


def _how_to_practise(kata, again: bool = False) -> None:
    print(f"  Read it:   python -m grader show {kata.name}")
    if _has_page(kata):
        print(f"  The idea:  python -m grader learn {kata.name}")
    if again:  # a review is the kata written anew, not the passing file graded once more
        print(f"  Start over: python -m grader reset {kata.name}   (your file is backed up), then write it again")
    print(f"  Edit:      {kata.stub_path.relative_to(ROOT)}")
    if kata.kind == "debug":
        print("  It is a debugging round: the file runs but has planted bugs; fix them.")
    print(f"  Grade it:  make grade KATA={kata.name}")


# -- reset -------------------------------------------------------------------------------------
def cmd_reset(args) -> int:
    from grader import backup, stubs
    kata = _resolve(_catalogue(), args.kata)
    stub = stubs.make_stub(kata.solution_path.read_text(encoding="utf-8"), kata.id)
    path = learner_file(kata)
    if path.exists() and stubs.text_of(path) is None:
        raise UsageError(f"{path.relative_to(ROOT)} is not a regular file (a FIFO, a device or a folder): "
                         "move it away yourself; reset only replaces a file")
    if path.exists() and stubs.text_of(path) == stub:
        print(f"{path.relative_to(ROOT)} is already the untouched stub: nothing to do.")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("reset replaces your file: confirm with --yes when not on a terminal")
        answer = input(f"Replace {path.relative_to(ROOT)} with the stub? A backup is kept. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing changed.")
            return 0
    saved = backup.backup(path) if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(stub, encoding="utf-8")
    if saved:
        print(f"Your file was saved to {saved}")
    print(f"{path.relative_to(ROOT)} is the stub again.")
    return 0


# -- learn, explain ------------------------------------------------------------------------------
def cmd_learn(args) -> int:
    """The concept page: the idea, the formula, a worked example; no code."""
    from grader import learn
    kata = _resolve(_catalogue(), args.kata)
    try:
        page = learn.read(kata, kata.root)
    except learn.PageError as error:
        raise UsageError(str(error)) from None
    print(learn.render(page), end="")
    return 0


def cmd_explain(args) -> int:
    """The walkthrough once a kata has passed: the reference, its complexity, the mistakes."""
    from grader import explain
    kata = _resolve(_catalogue(), args.kata)
    try:
        text = explain.for_learner(kata, args.spoil, args.sheet)
    except explain.NotYetPassed as refusal:  # not bad input: exit 1, as for a kata not passed
        print(f"grader: {refusal}", file=sys.stderr)
        return 1
    print(text, end="")
    return 0


# -- watch -------------------------------------------------------------------------------------
def cmd_watch(args) -> int:
    from grader import watch
    catalogue = _catalogue()
    katas = [_resolve(catalogue, args.kata)] if args.kata else list(catalogue)
    return watch.run({learner_file(k).resolve(): k for k in katas}, poll=args.poll)


# -- mock ---------------------------------------------------------------------------------------
def cmd_mock(args) -> int:
    from grader import grading, mock
    catalogue = _catalogue()
    if args.diff and args.interviewer:
        raise UsageError("--interviewer writes the sheet of a new mock: not with --diff")
    if args.force and not args.interviewer:
        raise UsageError("--force only allows --interviewer to replace an existing sheet")
    if args.diff:
        folder = Path(args.diff)
        if not folder.is_dir():
            raise UsageError(f"no mock workspace at {folder}")
        print(mock.diff(folder, catalogue))
        return 0
    if args.track:
        try:
            catalogue.track(args.track)
        except manifest.UnknownKata as error:
            raise UsageError(str(error)) from None
    if args.count < 1:
        raise UsageError("--count must be at least 1")
    seed = args.seed if args.seed is not None else grading.new_seed()
    first = None
    if args.due:
        from grader import schedule
        first = [entry.kata for entry in schedule.plan(catalogue, using=_scheduler()).due]
        print(f"{len(first)} kata(s) due for review" + (": drawn first." if first else "."))
    katas, fresh = mock.draw(catalogue, args.count, seed, args.track, args.difficulty, first=first)
    if not katas:
        raise UsageError("no kata matches that track and difficulty")
    if not fresh and not first:
        print("You have passed every kata that matches: drawing from all of them.")
    workspace = Path(args.workspace) if args.workspace else mock.default_workspace()
    if workspace.exists() and any(workspace.iterdir()):
        raise UsageError(f"the workspace {workspace} is not empty: choose a new folder")
    sheet = _interviewer_sheet(args.interviewer, workspace, args.force)
    if workspace.exists():
        workspace.rmdir()
    minutes = args.minutes or sum(k.minutes for k in katas)
    if sheet is not None:
        from grader import explain
        text = explain.sheet_for(katas, f"mock interview, seed {seed}, {minutes} minutes",
                                 explain.mistake_outputs(katas))
        try:
            sheet.write_text(text, encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot write the interviewer's sheet to {sheet}: {error.strerror}") from None
        print(f"The interviewer's sheet is in {sheet} (for the interviewer only; the screen below is the candidate's).")
    interview = mock.Interview(katas, workspace, minutes, seed, hints=not args.no_hints,
                               hide_difficulty=args.hide_difficulty, poll=args.poll)
    return interview.run()


INTERVIEWER_DEFAULT = "<beside the workspace>"  # `--interviewer` without a PATH


def _interviewer_sheet(asked: str | None, workspace: Path, force: bool) -> Path | None:
    """Where `mock --interviewer [PATH]` writes its sheet (default: beside the workspace); a file
    already there is refused unless --force: never overwrite what someone wrote without asking."""
    if asked is None:
        return None
    path = Path(asked) if asked != INTERVIEWER_DEFAULT else workspace.with_name(workspace.name + "-interviewer.md")
    if path.is_dir():
        raise UsageError(f"{path} is a directory; --interviewer takes a file path")
    if path.resolve().is_relative_to(workspace.resolve()):
        raise UsageError(f"{path} is inside the candidate's workspace {workspace}: put the sheet elsewhere")
    if path.exists() and not force:
        raise UsageError(f"{path} already exists: choose another path, or add --force to replace it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"cannot make the folder {path.parent} for the sheet: {error.strerror}") from None
    return path


# -- plot ---------------------------------------------------------------------------------------
def cmd_plot(args) -> int:
    from grader import plots, progress
    kata = _resolve(_catalogue(), args.kata)
    if args.file and args.solutions:
        raise UsageError("--file and --solutions do not go together")
    path = _check_learner_file(Path(args.file)).resolve() if args.file else (
        kata.solution_path if args.solutions else learner_file(kata))
    out = Path(args.out) if args.out else progress.home() / "plots" / f"{kata.name}.png"
    try:
        written = plots.plot(kata, path, out)
    except plots.PlotError as error:
        if error.code == 2:
            raise UsageError(str(error)) from None
        print(f"grader: {error}", file=sys.stderr)
        return 1
    print(written)
    return 0


# -- plumbing ----------------------------------------------------------------------------------
def _catalogue():
    try:
        return manifest.load()
    except manifest.ManifestError as error:
        raise UsageError(str(error)) from None


def _resolve(catalogue, name: str):
    try:
        return catalogue.resolve(name)
    except manifest.UnknownKata as error:
        raise UsageError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m grader", description="katagrad: ML interview katas and their grader.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    grade = commands.add_parser("grade", help="grade katas (all of them, by default)",
                                description="Run the hidden tests against your katas and say what is right and wrong.")
    grade.add_argument("katas", nargs="*", metavar="KATA", help="kata ids (track/name) or bare names; default: all")
    grade.add_argument("--track", help="only the katas of this track")
    grade.add_argument("--solutions", action="store_true", help="grade the reference solutions instead of katas/")
    grade.add_argument("--file", metavar="PATH", help="grade the file at PATH as the implementation of the one KATA named")
    grade.add_argument("--json", action="store_true", help="print one JSON document (schema 1) instead of the scoreboard")
    grade.add_argument("--seed", type=int, help="seed for the random inputs (default: a fresh one, printed)")
    grade.add_argument("--submission", metavar="DIR",
                       help="grade the kata files in DIR (katas/<track>/<name>.py, <track>/<name>.py or <name>.py): "
                            "a course upload; the KATAs named, or --track, are the assignment (missing files score 0); "
                            "nothing is recorded in your progress")
    grade.add_argument("--format", choices=("json", "gradescope", "prairielearn", "classroom", "junit", "markdown"),
                       help="print the results in a course platform's or CI system's format instead")
    grade.add_argument("--output", metavar="PATH", help="with --format: write the document to PATH instead of stdout")
    grade.add_argument("--hidden-details", default="visible", metavar="VISIBILITY",
                       choices=("visible", "hidden", "after_due_date", "after_published"),
                       help="with --format gradescope: when students see each hidden test's output")
    grade.add_argument("--verbose", "-v", action="store_true", help="explain every failing test in full, not just the first")
    grade.set_defaults(run=cmd_grade)

    batching = commands.add_parser("batch", help="grade a folder of learners' submissions (courses)",
                                   description="Grade every learner's submission in FOLDER (one folder per learner, "
                                               "or files named <learner>__<kata>.py), at most --jobs at a time, each "
                                               "isolated. Resumable: learners already graded (same files) are skipped.")
    batching.add_argument("folder", metavar="FOLDER")
    batching.add_argument("katas", nargs="*", metavar="KATA", help="the assignment's katas (default: what each learner submitted)")
    batching.add_argument("--track", help="the assignment is this whole track")
    batching.add_argument("--jobs", type=int, default=2, help="learners graded at once (default 2)")
    batching.add_argument("--out", metavar="DIR", help="where results go (default FOLDER-grades beside FOLDER)")
    batching.add_argument("--seed", type=int, default=0, help="the same random inputs for every learner (default 0)")
    batching.set_defaults(run=cmd_batch)

    bundling = commands.add_parser("bundle", help="build the Gradescope autograder zip for an assignment")
    bundling.add_argument("katas", nargs="*", metavar="KATA", help="the assignment's katas")
    bundling.add_argument("--track", help="the assignment is this whole track")
    bundling.add_argument("--hidden-details", default="visible",
                          choices=("visible", "hidden", "after_due_date", "after_published"),
                          help="when students see each hidden test's output (default visible)")
    bundling.add_argument("--seed", type=int, default=0, help="the random inputs, the same for every student (default 0)")
    bundling.add_argument("--out", metavar="ZIP", help="where to write it (default build/gradescope-autograder.zip)")
    bundling.set_defaults(run=cmd_bundle)

    running = commands.add_parser("run", help="run the statement's examples on your code: got vs expected",
                                  description="Run the >>> examples of a kata's statement on your code, in the same "
                                              "isolated worker as grading, and show what you got next to what the "
                                              "statement expects. Grades nothing, records nothing.")
    running.add_argument("kata", metavar="KATA")
    running.add_argument("--file", metavar="PATH", help="run the examples on this file instead of katas/")
    running.set_defaults(run=cmd_run)

    listing = commands.add_parser("list", help="the catalogue, with your status per kata")
    listing.add_argument("--json", action="store_true", help="print one JSON document (schema 1)")
    listing.set_defaults(run=cmd_list)

    show = commands.add_parser("show", help="print a kata's statement")
    show.add_argument("kata", metavar="KATA")
    show.set_defaults(run=cmd_show)

    hint = commands.add_parser("hint", help="the next hint for a kata (remembered)")
    hint.add_argument("kata", metavar="KATA")
    hint.set_defaults(run=cmd_hint)

    learning = commands.add_parser("learn", help="the concept page of a kata: the idea before the code")
    learning.add_argument("kata", metavar="KATA")
    learning.set_defaults(run=cmd_learn)

    explaining = commands.add_parser("explain", help="the walkthrough of a kata you have passed",
                                     description="The reference with its comments, its complexity, the kata's "
                                                 "classic mistakes (the ones your gradings named marked) and the "
                                                 "follow-up questions. Available once the kata has passed.")
    explaining.add_argument("kata", metavar="KATA")
    explaining.add_argument("--spoil", action="store_true",
                            help="show it before passing (recorded: the walkthrough says so later)")
    explaining.add_argument("--sheet", action="store_true",
                            help="print the interviewer's sheet for the kata instead (Markdown)")
    explaining.set_defaults(run=cmd_explain)

    reset = commands.add_parser("reset", help="back up your file for a kata, then restore its stub")
    reset.add_argument("kata", metavar="KATA")
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    reset.set_defaults(run=cmd_reset)

    watching = commands.add_parser("watch", help="re-grade a kata every time you save it")
    watching.add_argument("kata", metavar="KATA", nargs="?", help="the kata to watch (default: every kata file)")
    watching.add_argument("--poll", action="store_true", help="poll the files instead of using file-system events")
    watching.set_defaults(run=cmd_watch)

    mocking = commands.add_parser("mock", help="a timed mock interview on katas you have not passed",
                                  description="A timed mock interview: katas drawn for you, a clock, grading "
                                              "on every save, and a debrief with follow-up questions.")
    mocking.add_argument("--track", help="draw from this track only")
    mocking.add_argument("--difficulty", choices=manifest.DIFFICULTIES, help="draw katas of this difficulty only")
    mocking.add_argument("--count", type=int, default=1, help="how many katas (default 1)")
    mocking.add_argument("--minutes", type=int, help="the time budget (default: the katas' budgets added up)")
    mocking.add_argument("--seed", type=int, help="seed for the draw (default: a fresh one, printed)")
    mocking.add_argument("--no-hints", action="store_true", help="no hints, as in a real interview")
    mocking.add_argument("--hide-difficulty", action="store_true", help="do not show the katas' difficulty")
    mocking.add_argument("--workspace", metavar="DIR", help="where to put the files (default .katagrad/mock/<time>)")
    mocking.add_argument("--poll", action="store_true", help="poll the files instead of using file-system events")
    mocking.add_argument("--due", action="store_true", help="draw the katas due for review first (python -m grader review)")
    mocking.add_argument("--diff", metavar="WORKSPACE", help="show the references as diffs against a past mock's files")
    mocking.add_argument("--interviewer", nargs="?", const=INTERVIEWER_DEFAULT, metavar="PATH",
                         help="write the interviewer's sheet (statements, hints, mistakes to watch for, follow-ups, "
                              "a rubric) for the drawn katas to PATH (default: beside the workspace), never to the screen")
    mocking.add_argument("--force", action="store_true", help="with --interviewer: replace a sheet already at PATH")
    mocking.set_defaults(run=cmd_mock)

    plotting = commands.add_parser("plot", help="draw your optimizer over several learning rates (PNG)")
    plotting.add_argument("kata", metavar="KATA")
    plotting.add_argument("--file", metavar="PATH", help="plot this file's implementation instead of katas/")
    plotting.add_argument("--solutions", action="store_true", help="plot the reference solution")
    plotting.add_argument("--out", metavar="PNG", help="where to save the image (default .katagrad/plots/<name>.png)")
    plotting.set_defaults(run=cmd_plot)

    stats = commands.add_parser("stats", help="your progress, by track")
    stats.set_defaults(run=cmd_stats)

    review = commands.add_parser("review", help="passed katas due for review, with dates and why",
                                 description="Passed katas come back like flash cards: soon when the pass "
                                             "took hints or failed attempts, in weeks when it was fast and clean.")
    review.add_argument("--json", action="store_true", help="one JSON document: due, upcoming, not passed")
    review.add_argument("--on", metavar="YYYY-MM-DD", help="what is due on that day (default: now)")
    review.add_argument("--upcoming", type=int, default=10, metavar="N", help="how many upcoming katas to list (default 10)")
    review.set_defaults(run=cmd_review)

    following = commands.add_parser("next", help="the first kata in catalogue order not yet passed")
    following.add_argument("--due", action="store_true", help="the passed kata most overdue for review instead")
    following.set_defaults(run=cmd_next)
    return parser


_terminated = False  # a SIGTERM arrived during this run of main()


def _on_sigterm(signum, frame) -> None:
    """SIGTERM (`timeout`, a platform's time limit, `docker stop`, a CI job cancelled) is handled
    as Ctrl-C is: workers ended, temporary folders removed, then exit 143. A second one while
    that cleanup runs is ignored (SIGKILL still ends everything at once)."""
    global _terminated
    if not _terminated:
        _terminated = True
        raise KeyboardInterrupt


def main(argv=None) -> int:
    import signal
    import threading
    global _terminated
    _terminated = False
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _main(argv)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _main(argv) -> int:
    parser = build_parser()
    try:
        args, rest = parser.parse_known_args(argv)
        if rest and isinstance(getattr(args, "katas", None), list) and not any(r.startswith("-") for r in rest):
            args.katas += rest  # `batch FOLDER --jobs 2 KATA ...`: KATAs after an option are KATAs still
        elif rest:
            raise UsageError(f"unrecognized arguments: {' '.join(rest)} (see `python -m grader "
                             f"{args.command + ' ' if args.command else ''}--help`)")
        if not getattr(args, "run", None):
            parser.print_help()
            return 2
        code = args.run(args)
        return 143 if _terminated else code   # watch and mock end on it as on Ctrl-C
    except UsageError as error:
        print(f"grader: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nterminated" if _terminated else "\ninterrupted", file=sys.stderr)
        return 143 if _terminated else 130
    except BrokenPipeError:  # `python -m grader show x | head`: the reader left, nothing to say
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
