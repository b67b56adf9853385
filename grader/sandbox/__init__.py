"""The sandbox: everything on either side of the boundary between the grader and the learner's
code, in one folder that an audit reads alone.

    boundary.py          the grader's side: start a worker, call into it, read its replies on the
                         kata's clocks, kill it (Worker, the verdicts, the replies)
    worker.py            what runs in the learner's process: load the file, answer calls
    wire.py              the only format that crosses the boundary (plain data, sizes first)
    confine.py           what the kernel enforces: namespaces, Landlock, seccomp, limits
    guard.py             the audit hook inside the worker, for clear messages
    forkserver_guard.py  the fork server dies with the grader

`from grader import sandbox` gives the grader's side (`sandbox.Worker`, `sandbox.LearnerError`,
...), loaded on first use: the learner's process imports grader.sandbox.worker, and the
grader's side of the boundary has no business being loaded there.
"""


_MODULES = {"boundary", "worker", "wire", "confine", "guard", "forkserver_guard"}


def __getattr__(name: str):
    if name.startswith("__") or name in _MODULES:
        # a module of this folder not imported yet: AttributeError lets `from grader.sandbox
        # import wire` import it, without loading the grader's side on the way
        raise AttributeError(f"module 'grader.sandbox' has no attribute {name!r}")
    import importlib
    return getattr(importlib.import_module("grader.sandbox.boundary"), name)
