"""KL's logs taken from the probabilities, log(p): a teacher probability that underflows to 0 gives 0 · (−inf) = nan.

Keep the log-probabilities from the stable log-softmax and use them directly in
p_T · (log p_T − log p_S); exponentiating and taking the log again loses every probability
below about 1e-308.
"""
import numpy as np


def _log_softmax(z):
    shifted = z - z.max(axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def _check(student_logits, teacher_logits, targets, T, alpha):
    s = np.asarray(student_logits, dtype=np.float64)
    t = np.asarray(teacher_logits, dtype=np.float64)
    y = np.asarray(targets)
    if s.ndim != 2 or s.shape[0] == 0 or s.shape[1] == 0:
        raise ValueError("student_logits must be (N, K) with N, K >= 1")
    if t.shape != s.shape:
        raise ValueError("teacher_logits must have the student's shape")
    if y.shape != (s.shape[0],) or np.any((y < 0) | (y >= s.shape[1])):
        raise ValueError("targets must be (N,) with values in [0, K)")
    if not T > 0:
        raise ValueError("T must be > 0")
    if not 0.0 <= alpha <= 1.0:
        raise ValueError("alpha must be in [0, 1]")
    return s, t, y


def distillation_loss(student_logits, teacher_logits, targets, T=1.0, alpha=0.5):
    s, t, y = _check(student_logits, teacher_logits, targets, T, alpha)
    n = s.shape[0]
    p_t = np.exp(_log_softmax(t / T))
    p_s = np.exp(_log_softmax(s / T))
    with np.errstate(all="ignore"):
        soft = T * T * float(np.sum(p_t * (np.log(p_t) - np.log(p_s)))) / n
    hard = -float(np.sum(_log_softmax(s)[np.arange(n), y])) / n
    return alpha * soft + (1.0 - alpha) * hard


def distillation_loss_grad(student_logits, teacher_logits, targets, T=1.0, alpha=0.5):
    s, t, y = _check(student_logits, teacher_logits, targets, T, alpha)
    n = s.shape[0]
    p_t = np.exp(_log_softmax(t / T))
    p_s = np.exp(_log_softmax(s / T))
    onehot = np.zeros(s.shape)
    onehot[np.arange(n), y] = 1.0
    return (alpha * T * (p_s - p_t) + (1.0 - alpha) * (np.exp(_log_softmax(s)) - onehot)) / n
