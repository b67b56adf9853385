"""Raises an exception whose message is 50 MB long, on every call (a 549 MiB results file in a
batch, when messages were not capped)."""
# expect: failed


def gradient_descent(x0, learning_rate, n_steps):
    raise ValueError("no " * 17_000_000)
