"""Ignores SIGALRM (pytest-timeout's signal method) and loops."""
# expect: timeout
import signal


def gradient_descent(x0, learning_rate, n_steps):
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    while True:
        pass
