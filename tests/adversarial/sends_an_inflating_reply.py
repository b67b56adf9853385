"""Writes its own reply on the channel: a few hundred bytes that claim an array of 10⁹ float64
entries (zero strides, a shape with no data behind it)."""
# expect: forbidden
import sys
import pickle


def gradient_descent(x0, learning_rate, n_steps):
    channel = sys.modules["gra" + "der.sandbox.worker"]._channel
    tree = ("t", ["returned", ("a", "<f8", (10 ** 9,), b"\0" * 8), None, ("l", [])])
    channel.send_bytes(pickle.dumps(tree))
    import time
    time.sleep(60)
