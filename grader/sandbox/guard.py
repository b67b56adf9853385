"""Runtime rules inside the learner's process, installed just before their file is loaded.

A Python audit hook (PEP 578) sees every file opened, every process started, every signal
sent. It refuses, with a PermissionError in the learner's code, and remembers the broken rule so
the worker reports `forbidden` even when the learner catches the error:
- reading the reference solutions or the hidden tests (`solutions/`, `tests/`);
- writing or removing files anywhere but the worker's private directory. Inside the repository
  or the Python installation (a planted conftest.py or sitecustomize.py) that is a broken rule;
  elsewhere (a library refreshing its cache in your home folder, say) the write just fails with
  the PermissionError, which libraries handle, and is not held against the learner;
- starting processes (subprocess, os.system, exec, fork) and sending signals, which could reach
  the grader or outlive the grade;
- calling into C libraries through ctypes (it can do all of the above behind the hook's back).
Reading the references and tampering writes are broken rules however the code reacts. A refused
process, signal or ctypes call is a broken rule when its PermissionError reaches the grader; a
library that catches it and carries on (matplotlib building its font cache runs `fc-list`) is
left to do so: nothing ran, so nothing was gained.
Audit hooks cannot be removed from Python once added. What they do not stop is code that gets
native execution some other way; see README, "What is not defended".
"""
from __future__ import annotations

import os
import sys

violations: list[str] = []

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_PROCESS_EVENTS = {
    "os.system": "starting a shell (os.system)",
    "os.exec": "replacing the process (os.exec*)",
    "os.posix_spawn": "starting a process (os.posix_spawn)",
    "os.spawn": "starting a process (os.spawn*)",
    "subprocess.Popen": "starting a process (subprocess)",
    "os.fork": "forking a process (os.fork)",
    "os.forkpty": "forking a process (os.forkpty)",
    "os.kill": "sending a signal (os.kill)",
    "os.killpg": "sending a signal (os.killpg)",
    "ctypes.dlopen": "loading a C library through ctypes",
    "ctypes.dlsym": "calling into a C library through ctypes",
    "ctypes.call_function": "calling a C function through ctypes",
    "pty.spawn": "starting a process (pty.spawn)",
}
_PATH_EVENTS = {"os.remove", "os.rename", "os.replace", "os.rmdir", "os.mkdir", "os.chmod",
                "os.chown", "os.link", "os.symlink", "os.truncate", "os.utime", "shutil.rmtree",
                "shutil.move", "shutil.copyfile", "shutil.copytree"}


PREFIX = "katagrad: "


_OFF_LIMITS = ("solutions", "tests", "grader")
_repo: list[str] = []   # the repository root, once installed


def rule_from(error: BaseException) -> str | None:
    """The rule a refusal names: one of this hook's PermissionErrors, the kernel refusing a path
    in the repository (Landlock), or an import of the grader, references or tests that failed
    because the kernel hid them."""
    if isinstance(error, PermissionError):
        if str(error).startswith(PREFIX):
            return str(error)[len(PREFIX):].removesuffix(" is not allowed in a kata")
        filename = getattr(error, "filename", None)
        if _repo and isinstance(filename, (str, bytes)):
            path = os.path.realpath(os.fsdecode(filename))
            if _inside(path, _repo[0]):
                return f"opening {path} (the repository is out of a kata's reach)"
            if not _inside(path, _repo[1]):
                return f"opening {path} (outside the private working directory, refused by the kernel)"
    if isinstance(error, ModuleNotFoundError) and (error.name or "").split(".")[0] in _OFF_LIMITS:
        return f"importing {error.name} (the grader, the reference solutions and hidden tests)"
    return None


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def install(repo: str, workdir: str, learner_path: str) -> None:
    """Add the hook. `repo` is the repository root, `workdir` the only place writes may go."""
    repo = os.path.realpath(repo)
    workdir = os.path.realpath(workdir)
    _repo[:] = [repo, workdir]
    guarded = {repo} | {os.path.realpath(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    own_file = os.path.realpath(learner_path)
    secret = [os.path.join(repo, "solutions"), os.path.join(repo, "tests")]
    devices = ("/dev/null", "/dev/zero", "/dev/urandom", "/dev/random")

    def refuse(rule: str, broken: bool = True):
        if broken and rule not in violations:
            violations.append(rule)
        raise PermissionError(f"{PREFIX}{rule} is not allowed in a kata")

    def tampering(path: str) -> bool:
        return any(_inside(path, folder) for folder in guarded)

    def resolve(path) -> str | None:
        if isinstance(path, int) or path is None:
            return None
        try:
            path = os.fsdecode(path)
        except TypeError:
            return None
        return os.path.realpath(path)

    def hook(event: str, args: tuple) -> None:
        if event == "import":
            top = str(args[0]).split(".")[0]
            if top in ("solutions", "tests", "grader") and args[0] not in sys.modules:
                refuse(f"importing {args[0]} (the grader, the reference solutions and hidden tests)")
        elif event == "open":
            path = resolve(args[0])
            if path is None or path in devices or path == own_file:
                return
            mode, flags = args[1], args[2]
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or bool(flags & _WRITE_FLAGS)
            if any(_inside(path, folder) for folder in secret):
                refuse(f"opening {path} (the reference solutions and hidden tests)")
            if writing and not _inside(path, workdir):
                refuse(f"writing to {path} (only the private working directory may be written)", tampering(path))
        elif event in _PATH_EVENTS:
            for arg in args[:2]:
                path = resolve(arg) if isinstance(arg, (str, bytes, os.PathLike)) else None
                if path is not None and not _inside(path, workdir):
                    refuse(f"changing files outside the private working directory ({event} {path})",
                           tampering(path))
        elif event in _PROCESS_EVENTS:
            refuse(_PROCESS_EVENTS[event], broken=False)

    sys.dont_write_bytecode = True  # imports must not write __pycache__ into site-packages
    sys.addaudithook(hook)
