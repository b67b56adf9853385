"""Writes a pickle of millions of "empty set" opcodes on the channel (1.8 GiB in the grader when
it was unpickled before it was checked)."""
# expect: forbidden
import sys


def gradient_descent(x0, learning_rate, n_steps):
    channel = sys.modules["gra" + "der.sandbox.worker"]._channel
    channel.send_bytes(b"\x80\x05" + b"\x8f" * 20_000_000 + b"\x8f.")
    import time
    time.sleep(60)
