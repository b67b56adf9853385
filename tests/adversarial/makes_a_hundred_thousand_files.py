"""Creates a hundred thousand empty files: the private directory's cap on files stops it."""
# expect: failed
import os


def gradient_descent(x0, learning_rate, n_steps):
    for i in range(100_000):
        os.close(os.open(f"f{i}", os.O_CREAT | os.O_WRONLY, 0o600))
    return None
