"""Isolation: hostile or broken learner code always gets a verdict, never a false pass."""
import dataclasses
import re
import textwrap

import numpy as np
import pytest

from grader import ROOT, manifest
from grader.grading import Job, grade

KATA = manifest.load().resolve("optimization/gd_x_squared")
CORRECT = """
import numpy as np

def gradient_descent(x0, learning_rate, n_steps):
    out = [float(x0)]
    for _ in range(n_steps):
        out.append(out[-1] - learning_rate * 2 * out[-1])
    return np.array(out)
"""


def grade_sources(tmp_path, sources: dict, time_limit: float = 2.0):
    kata = dataclasses.replace(KATA, time_limit=time_limit)
    jobs = []
    for label, source in sources.items():
        path = tmp_path / f"{label}.py"
        path.write_text(textwrap.dedent(source))
        jobs.append(Job(kata, path, label))
    results, _ = grade(jobs, seed=0)
    return {r.label: r for r in results}


ADVERSARIAL = ROOT / "tests" / "adversarial"
# The cases of the adversarial corpus (tests/test_adversarial.py grades them all the way the
# command line does) that this module also grades in-process, through the fork server that
# watch and mock use.
CASES = {name: ((ADVERSARIAL / f"{name}.py").read_text(),
                re.search(r"^# expect: (\w+)$", (ADVERSARIAL / f"{name}.py").read_text(), re.M).group(1))
         for name in ("endless_loop", "swallows_every_exception", "sleeps_at_import", "os_exit_zero",
                      "os_exit_at_import", "sys_exit_at_import", "sys_exit_in_call", "segfault",
                      "syntax_error", "empty_file", "imports_the_reference", "imports_the_grader",
                      "always_equal", "patches_numpy_comparisons", "memory_hog", "prints_tens_of_megabytes")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Every case above graded in one grade() call, next to a correct file."""
    sources = {name: source for name, (source, _) in CASES.items()}
    sources["correct"] = CORRECT
    return grade_sources(tmp_path_factory.mktemp("corpus"), sources)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_code_gets_its_exact_status(corpus, name):
    result = corpus[name]
    assert result.status == CASES[name][1], result.feedback


def test_the_correct_file_in_the_same_run_passes(corpus):
    assert corpus["correct"].status == "passed", corpus["correct"].feedback


def test_timeouts_come_within_the_limit_plus_a_margin(corpus):
    """An endless loop ends on its CPU budget (2 s here), within the wall-clock backstop even on a
    busy machine; a sleeper ends on the backstop."""
    from grader.sandbox import WALL_CAP, WALL_EXTRA
    for name in ("endless_loop", "swallows_every_exception"):
        assert corpus[name].seconds < WALL_CAP * 2.0 + WALL_EXTRA, corpus[name].seconds
        assert "time limit of 2 s of CPU time" in corpus[name].feedback, corpus[name].feedback
    assert "wall-clock" in corpus["sleeps_at_import"].feedback


def test_output_is_capped_and_the_cut_is_noted(corpus):
    output = corpus["prints_tens_of_megabytes"].output
    assert len(output) < 100_000
    assert "more bytes of output cut" in output


def test_crash_feedback_says_how_the_process_died(corpus):
    assert "SIGSEGV" in corpus["segfault"].feedback
    assert "exited with status 0" in corpus["os_exit_zero"].feedback


def test_memory_hog_is_told_the_limit(corpus):
    assert "more than the 1 GiB" in corpus["memory_hog"].feedback


def test_import_error_points_at_the_learners_line(corpus):
    assert "syntax_error.py" in corpus["syntax_error"].feedback
    assert "line 5" in corpus["syntax_error"].feedback


def test_forbidden_names_the_rule(corpus):
    assert "not allowed" in corpus["imports_the_reference"].feedback


@pytest.mark.parametrize("start_method", ["prefork", "spawn"])
def test_every_way_of_starting_workers_gives_the_same_verdicts(tmp_path, start_method):
    """The command line forks workers ahead of time; macOS starts fresh interpreters (spawn)."""
    import json
    import os
    import subprocess
    import sys

    jobs = []
    for name in ("os_exit_zero", "segfault", "always_equal", "imports_the_grader"):
        path = tmp_path / f"{name}.py"
        path.write_text(CASES[name][0])
        jobs.append({"kata": KATA.id, "path": str(path), "label": name})
    jobs.append({"kata": KATA.id, "path": str(KATA.solution_path), "label": "reference"})
    env = dict(os.environ)
    if start_method != "prefork":
        env["KATAGRAD_START_METHOD"] = start_method
    proc = subprocess.run([sys.executable, "-m", "grader.grading"], cwd=ROOT, capture_output=True, text=True,
                          input=json.dumps({"seed": 0, "jobs": jobs}), timeout=120, env=env)
    results = json.loads(proc.stdout)["results"]
    statuses = {r["label"]: r["status"] for r in results}
    assert statuses == {"os_exit_zero": "crashed", "segfault": "crashed", "always_equal": "failed",
                        "imports_the_grader": "forbidden", "reference": "passed"}, \
        [(r["label"], r["feedback"][:600]) for r in results] + [proc.stderr[-2000:]]


def test_honest_libraries_that_write_caches_or_temp_files_still_pass(tmp_path):
    """matplotlib imported with an empty home folder builds its font cache (and runs fc-list):
    refused quietly, as nothing is gained; a temporary file goes to the private directory."""
    import json
    import os
    import subprocess
    import sys

    pytest.importorskip("matplotlib")
    path = tmp_path / "honest_matplotlib.py"
    path.write_text(CORRECT + textwrap.dedent('''
        import tempfile
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        _correct = gradient_descent

        def gradient_descent(x0, learning_rate, n_steps):
            with tempfile.NamedTemporaryFile(suffix=".png") as handle:
                plt.plot([1, 2])
                plt.savefig(handle.name)
            return _correct(x0, learning_rate, n_steps)
        '''))
    env = {key: value for key, value in os.environ.items() if key not in ("MPLCONFIGDIR", "XDG_CACHE_HOME")}
    env["HOME"] = str(tmp_path / "empty-home")
    job = {"kata": KATA.id, "path": str(path), "label": "honest", "time_limit": 30}
    proc = subprocess.run([sys.executable, "-m", "grader.grading"], cwd=ROOT, capture_output=True, text=True,
                          input=json.dumps({"seed": 0, "jobs": [job]}), timeout=120, env=env)
    (result,) = json.loads(proc.stdout)["results"]
    assert result["status"] == "passed", result["feedback"]


def test_the_wire_round_trips_plain_data():
    import numpy as np
    from grader.sandbox import wire
    values = [None, True, False, 0, -1, 2 ** 63, -2 ** 70, 0.1, 1 + 2j, "h\udcffé", b"\x00", [], [0.7, 0.1],
              (1, "a"), {"a": 1, (1, 2): [3], None: np.float32(2)}, np.arange(6.0).reshape(2, 3),
              np.array(["ab", "c"]), np.int64(5), np.zeros((0, 3))]
    for value in values:
        back = wire.decode(wire.encode(value))
        assert type(back) is type(value)
        if isinstance(value, np.ndarray):
            assert back.dtype == value.dtype and back.shape == value.shape and (back == value).all()
        else:
            assert back == value


def test_the_wire_refuses_before_building():
    """Colliding dict keys, a flood of empty lists, an array with no bytes behind it, a count
    larger than the message: each refused at once, in a message of a few bytes or MB."""
    import struct
    import time
    from grader.sandbox import wire
    P = 2 ** 61 - 1
    colliding = b"d" + struct.pack("<I", 50_000) + b"".join(
        b"I" + struct.pack("<I", 16) + (k * P).to_bytes(16, "little", signed=True) + b"N" for k in range(1, 50_001))
    flood = b"l" + struct.pack("<I", 1_000_000) + b"l\0\0\0\0" * 1_000_000
    cases = {"collide": colliding, "values": flood,
             "bytes behind it": b"a\x03<f8\x01" + struct.pack("<Q", 10 ** 9) + b"\0" * 8,
             "items in a message": b"l" + struct.pack("<I", 10 ** 9),
             "unknown node": b"\x80\x05\x8f\x8f.",
             "after the reply": b"NN"}
    for words, data in cases.items():
        started = time.process_time()
        with pytest.raises(wire.WireError, match=words):
            wire.decode(data)
        assert time.process_time() - started < 10
    with pytest.raises(wire.TooLarge):
        wire.encode(bytes(wire.MAX_MESSAGE + 1))


def test_a_tree_thousands_of_folders_deep_is_removed(tmp_path):
    import os
    from grader.sandbox import remove_tree
    top = tmp_path / "private"
    top.mkdir()
    fd = os.open(top, os.O_RDONLY)
    for _ in range(3000):
        os.mkdir("d", dir_fd=fd)
        inner = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    os.close(os.open("bottom", os.O_CREAT | os.O_WRONLY, 0o600, dir_fd=fd))
    os.close(fd)
    (top / "locked").mkdir()
    (top / "locked" / "file").write_text("x")
    (top / "locked").chmod(0o000)
    remove_tree(str(top))
    assert not top.exists()


def test_a_malformed_reply_to_the_statements_examples_is_a_verdict(tmp_path):
    """Code that answers `run` with something else than the worker's reply gets a verdict, not
    a traceback."""
    import subprocess
    import sys
    path = tmp_path / "answers_run_itself.py"
    path.write_text(CORRECT + textwrap.dedent('''
        import sys
        _worker = sys.modules["gra" + "der.sandbox.worker"]
        _worker._examples = lambda module, items: _worker._send(("examples", [1, 2, 3]))
        '''))
    proc = subprocess.run([sys.executable, "-m", "grader", "run", KATA.id, "--file", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    assert "forbidden" in proc.stdout + proc.stderr and "tampered" in proc.stdout + proc.stderr, proc.stdout + proc.stderr


BATCH_SOURCE = textwrap.dedent('''
    import numpy as np

    def f(x, *, scale=1.0):
        if x == 3:
            raise ValueError("three is not allowed")
        return np.full(x, scale * x, dtype=float)

    def big(x):
        return np.zeros(1 << 17) + x   # 1 MiB a reply

    def hand_back(a):
        return a
    ''')


@pytest.fixture
def batch_worker():
    from grader import sandbox
    worker = sandbox.Worker("batch.py", BATCH_SOURCE, 20.0)
    worker.start()
    yield worker
    worker.close()


def test_a_batch_of_calls_answers_each_call_as_one_call_would(batch_worker):
    from grader import sandbox
    items = [((x,), {"scale": 0.5}) for x in (0, 1, 2)]
    replies = batch_worker.calls("f", items, [f"f({x})" for x in (0, 1, 2)])
    singles = [batch_worker.call("f", args, kwargs, "f") for args, kwargs in items]
    assert [type(r) for r in replies] == [sandbox.Reply] * 3
    for reply, single in zip(replies, singles):
        np.testing.assert_array_equal(reply.value, single.value)
        assert reply.args_after == single.args_after and reply.aliases == single.aliases


def test_a_batch_stops_at_the_call_that_raises_as_a_loop_would(batch_worker):
    from grader import sandbox
    outcomes = batch_worker.calls("f", [((x,), {}) for x in (1, 2, 3, 4)], [f"f({x})" for x in (1, 2, 3, 4)])
    assert len(outcomes) == 3 and isinstance(outcomes[2], sandbox.LearnerError)
    assert outcomes[2].type == "ValueError" and "f(3)" in str(outcomes[2])


def test_a_batch_larger_than_a_message_takes_several_round_trips(batch_worker):
    """40 replies of 1 MiB: more than a quarter of a message's cap, so the worker sends what it
    has and the grader asks again for the rest; every call is answered once, in order."""
    replies = batch_worker.calls("big", [((float(x),), {}) for x in range(40)], [f"big({x})" for x in range(40)])
    assert [float(r.value[0]) for r in replies] == [float(x) for x in range(40)]


def test_a_batch_reports_an_argument_handed_back(batch_worker):
    a = np.arange(3.0)
    (reply,) = batch_worker.calls("hand_back", [((a,), {})], ["hand_back(a)"])
    assert reply.aliases, "returning the argument itself must be reported, batched or not"


def test_a_batch_refuses_callables_that_would_run_in_the_grader(batch_worker):
    with pytest.raises(TypeError, match="batch of calls"):
        batch_worker.calls("f", [((lambda v: v,), {})], ["f(<lambda>)"])


def test_a_long_temporary_folder_still_starts_the_fork_server(tmp_path):
    """The fork server's socket lives in multiprocessing's folder inside $TMPDIR, and a Unix
    socket's path has at most ~104 bytes: with a deep $TMPDIR the server failed to start
    ("AF_UNIX path too long"), and `watch` (or a run of more than 64 katas) with it."""
    import os
    import subprocess
    import sys
    deep = tmp_path / ("d" * 100)
    deep.mkdir()
    code = ("from grader import sandbox; sandbox.warm_up(); "
            "w = sandbox.Worker('a.py', 'def f():\\n    return 41\\n', 5.0); w.start(); "
            "w.send(('call', 'f'), (), {}); print(w.receive('f()').value + 1); w.close()")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TMPDIR": str(deep), "KATAGRAD_START_METHOD": "forkserver"})
    assert proc.returncode == 0 and proc.stdout.strip() == "42", proc.stderr[-2000:]
    assert not list(deep.iterdir())   # its worker's folder removed, as always
