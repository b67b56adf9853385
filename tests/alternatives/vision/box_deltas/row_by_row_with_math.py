"""One box at a time with the math module; centres as the midpoint (x1 + x2) / 2."""
import math

import numpy as np

LIMIT = math.log(1000 / 16)


def _check_weights(weights):
    w = [float(v) for v in weights]
    if len(w) != 4 or not all(v > 0 for v in w):
        raise ValueError("weights")
    return w


def _rows(array, name):
    a = np.array(array, dtype=np.float64)
    if a.ndim != 2 or a.shape[1] != 4:
        raise ValueError(name)
    return a


def encode(anchors, boxes, weights=(1.0, 1.0, 1.0, 1.0)):
    wx, wy, ww, wh = _check_weights(weights)
    A, B = _rows(anchors, "anchors"), _rows(boxes, "boxes")
    if len(A) != len(B):
        raise ValueError("N")
    out = np.zeros((len(A), 4))
    for row in A.tolist() + B.tolist():
        if not (row[2] > row[0] and row[3] > row[1]):
            raise ValueError("empty box")
    for i, ((a1, b1, a2, b2), (c1, d1, c2, d2)) in enumerate(zip(A.tolist(), B.tolist())):
        aw, ah, bw, bh = a2 - a1, b2 - b1, c2 - c1, d2 - d1
        out[i] = [wx * ((c1 + c2) / 2 - (a1 + a2) / 2) / aw, wy * ((d1 + d2) / 2 - (b1 + b2) / 2) / ah,
                  ww * math.log(bw / aw), wh * math.log(bh / ah)]
    return out


def decode(anchors, deltas, weights=(1.0, 1.0, 1.0, 1.0)):
    wx, wy, ww, wh = _check_weights(weights)
    A, D = _rows(anchors, "anchors"), _rows(deltas, "deltas")
    if len(A) != len(D):
        raise ValueError("N")
    out = np.zeros((len(A), 4))
    for i, ((a1, b1, a2, b2), (dx, dy, dw, dh)) in enumerate(zip(A.tolist(), D.tolist())):
        if not (a2 > a1 and b2 > b1):
            raise ValueError("empty anchor")
        aw, ah = a2 - a1, b2 - b1
        cx = dx / wx * aw + (a1 + a2) / 2
        cy = dy / wy * ah + (b1 + b2) / 2
        w = math.exp(min(dw / ww, LIMIT)) * aw
        h = math.exp(min(dh / wh, LIMIT)) * ah
        out[i] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2]
    return out
