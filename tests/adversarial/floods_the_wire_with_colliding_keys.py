"""Writes its own reply on the channel: a dict of 200,000 integer keys that all hash alike
(multiples of 2**61 - 1), which would cost the grader a quarter of an hour inside one dict
insertion if it built the dict before checking it."""
# expect: forbidden
import struct
import sys

P = 2 ** 61 - 1


def gradient_descent(x0, learning_rate, n_steps):
    channel = sys.modules["gra" + "der.sandbox.worker"]._channel
    n = 200_000
    keys = []
    for k in range(1, n + 1):
        raw = (k * P).to_bytes(16, "little", signed=True)
        keys.append(b"I" + struct.pack("<I", 16) + raw + b"N")
    body = b"d" + struct.pack("<I", n) + b"".join(keys)
    reply = b"t" + struct.pack("<I", 5) + b"s" + struct.pack("<I", 8) + b"returned" + body + b"N" + b"l\0\0\0\0" + b"d\0\0\0\0"
    channel.send_bytes(reply)
    import time
    time.sleep(60)
