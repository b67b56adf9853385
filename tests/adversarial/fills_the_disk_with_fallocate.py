"""Reserves 60 MiB in each of forty files with fallocate (2.4 GB in microseconds): the private
directory's size cap stops it at the second."""
# expect: failed
import os


def gradient_descent(x0, learning_rate, n_steps):
    for i in range(40):
        fd = os.open(f"big{i}", os.O_CREAT | os.O_WRONLY, 0o600)
        os.posix_fallocate(fd, 0, 60 * 1024 ** 2)
        os.close(fd)
    return None
