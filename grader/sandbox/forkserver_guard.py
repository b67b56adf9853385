"""Imported first by the fork server (and by nothing else), before it preloads numpy:
- it ignores Ctrl-C at once (the server sets that itself, but only once its preloads are done:
  a Ctrl-C at the terminal during those seconds printed the server's traceback);
- it dies with the grader that started it, so a grader that is killed leaves no fork server,
  and so no worker, behind (each worker also dies with its parent). See grader.sandbox.context().
"""
import signal

from grader.sandbox import confine

signal.signal(signal.SIGINT, signal.SIG_IGN)
confine.die_with_parent()
