"""Empties the audit hook's table of process events, then creates a System V shared memory
segment of 256 MiB through ctypes: it would outlive the grade, outside any memory limit."""
# expect: forbidden
import ctypes
import gc

for thing in gc.get_objects():
    if getattr(thing, "__name__", "") == "hook" and getattr(thing, "__closure__", None):
        for cell in thing.__closure__:
            try:
                if isinstance(cell.cell_contents, dict):
                    cell.cell_contents.clear()
            except ValueError:
                pass
import sys
sys.modules["gra" + "der.sandbox.guard"]._PROCESS_EVENTS.clear()


def gradient_descent(x0, learning_rate, n_steps):
    libc = ctypes.CDLL(None)
    IPC_PRIVATE, IPC_CREAT = 0, 0o1000
    segment = libc.shmget(IPC_PRIVATE, 256 * 1024 ** 2, IPC_CREAT | 0o600)
    libc.semget(IPC_PRIVATE, 4, IPC_CREAT | 0o600)
    libc.msgget(IPC_PRIVATE, IPC_CREAT | 0o600)
    return segment
