"""Looks for the grader's environment everywhere a process can: os.environ, the raw copy
posix.environ, /proc/self/environ, the parent's /proc/<pid>/environ; prints what it finds and
raises it in its message."""
# expect: failed
import os
import posix


def gradient_descent(x0, learning_rate, n_steps):
    found = [repr(dict(os.environ)), repr(posix.environ)]
    for path in ("/proc/self/environ", f"/proc/{os.getppid()}/environ"):
        try:
            with open(path, "rb") as handle:
                found.append(handle.read().decode(errors="replace"))
        except OSError as error:
            found.append(f"{path}: {error}")
    print("\n".join(found))
    raise RuntimeError("\n".join(found))
