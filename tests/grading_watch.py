"""Runs `python -m grader.grading` as a child and watches what it leaves (tests/test_adversarial.py).

    python tests/grading_watch.py [--kill-after SECONDS] < request.json > report.json

This process becomes a child subreaper (Linux), so whatever the grading process starts and
leaves behind is re-parented here, where it can be counted (a learner's process that outlived
the grade, a fork server). It reads the grading process's peak resident memory (VmHWM) while it
runs, and prints one JSON document: the grading's own output, its exit status and stderr's tail,
its peak memory, its wall time, and the processes left behind (then killed). With --kill-after,
the grading process is SIGKILLed after that many seconds, as an impatient user or a batch
driver's timeout would, to see that its workers die with it.
"""
import ctypes
import json
import os
import signal
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def descendants_left(own: int) -> list[dict]:
    """Live processes whose parent is this one (orphans re-parented here), reaping zombies."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break
    found = []
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            if int(fields[1]) != own or fields[0] == b"Z":
                continue
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                command = handle.read().replace(b"\0", b" ").decode(errors="replace")[:200]
            found.append({"pid": int(entry), "command": command})
        except (OSError, IndexError, ValueError):
            continue
    return found


def high_water(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def main() -> int:
    kill_after = float(sys.argv[sys.argv.index("--kill-after") + 1]) if "--kill-after" in sys.argv else None
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except AttributeError:  # not Linux: orphans go to init, and are not counted here
        pass
    request = sys.stdin.buffer.read()
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "grader.grading"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdin.write(request)
    child.stdin.close()
    import threading
    chunks = {"out": [], "err": []}
    readers = [threading.Thread(target=lambda s=stream, k=key: chunks[k].append(s.read()))
               for stream, key in ((child.stdout, "out"), (child.stderr, "err"))]
    for reader in readers:
        reader.start()
    peak = 0
    while child.poll() is None:
        peak = max(peak, high_water(child.pid))
        if kill_after is not None and time.monotonic() - started >= kill_after:
            child.send_signal(signal.SIGKILL)
            child.wait()
            break
        time.sleep(0.02)
    for reader in readers:
        reader.join()
    seconds = time.monotonic() - started
    time.sleep(1.0 if kill_after is not None else 0.3)  # a parent-death signal is prompt: a second is plenty
    left = descendants_left(os.getpid())
    for process in left:
        try:
            os.kill(process["pid"], signal.SIGKILL)
        except OSError:
            pass
    out = b"".join(chunks["out"])
    json.dump({"returncode": child.returncode, "stderr": b"".join(chunks["err"]).decode(errors="replace")[-3000:],
               "stdout_bytes": len(out), "output": out.decode(errors="replace"),
               "peak_rss": peak, "seconds": seconds, "left": left, "uid": os.getuid()}, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
