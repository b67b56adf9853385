"""Row by row with plain Python lists and math.exp / math.log, shifting by the maximum."""
import math

import numpy as np


def _log_softmax(row):
    m = max(row)
    lse = m + math.log(sum(math.exp(v - m) for v in row))
    return [v - lse for v in row]


def _validate(s, t, y, T, alpha):
    s, t, y = np.asarray(s, dtype=np.float64), np.asarray(t, dtype=np.float64), np.asarray(y)
    if s.ndim != 2 or s.shape[0] < 1 or s.shape[1] < 1 or t.shape != s.shape:
        raise ValueError("logits")
    if y.shape != (s.shape[0],) or any(not 0 <= int(v) < s.shape[1] for v in y.tolist()):
        raise ValueError("targets")
    if T <= 0 or alpha < 0 or alpha > 1:
        raise ValueError("T or alpha")
    return s.tolist(), t.tolist(), [int(v) for v in y.tolist()]


def distillation_loss(student_logits, teacher_logits, targets, T=1.0, alpha=0.5):
    s, t, y = _validate(student_logits, teacher_logits, targets, T, alpha)
    soft = hard = 0.0
    for srow, trow, target in zip(s, t, y):
        lt = _log_softmax([v / T for v in trow])
        ls = _log_softmax([v / T for v in srow])
        soft += sum(math.exp(a) * (a - b) for a, b in zip(lt, ls))
        hard -= _log_softmax(srow)[target]
    n = len(s)
    return alpha * T * T * soft / n + (1 - alpha) * hard / n


def distillation_loss_grad(student_logits, teacher_logits, targets, T=1.0, alpha=0.5):
    s, t, y = _validate(student_logits, teacher_logits, targets, T, alpha)
    n, k = len(s), len(s[0])
    out = np.zeros((n, k))
    for i, (srow, trow, target) in enumerate(zip(s, t, y)):
        pt = [math.exp(v) for v in _log_softmax([v / T for v in trow])]
        ps = [math.exp(v) for v in _log_softmax([v / T for v in srow])]
        p1 = [math.exp(v) for v in _log_softmax(srow)]
        for j in range(k):
            out[i, j] = (alpha * T * (ps[j] - pt[j]) + (1 - alpha) * (p1[j] - (1.0 if j == target else 0.0))) / n
    return out
