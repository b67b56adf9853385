"""Writes garbage to every inherited file descriptor, hoping to hit the grader's channel."""
# expect: forbidden
import os


def gradient_descent(x0, learning_rate, n_steps):
    for fd in range(3, 4096):
        try:
            os.write(fd, b"\x00\x00\x00\x10" + b"\x80\x05garbage!" * 2)
        except OSError:
            pass
    return None
