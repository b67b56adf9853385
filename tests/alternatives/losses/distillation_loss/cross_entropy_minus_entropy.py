"""KL(p_T ‖ p_S) = H(p_T, p_S) − H(p_T), with log-softmax written as z − logsumexp(z); gradient by the same pieces."""
import numpy as np


def _lsm(z):
    m = np.max(z, axis=-1, keepdims=True)
    return z - (m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True)))


def _args(s, t, y, T, alpha):
    s, t, y = np.array(s, dtype=float), np.array(t, dtype=float), np.array(y)
    ok = (s.ndim == 2 and min(s.shape) > 0 and t.shape == s.shape and y.shape == (len(s),)
          and T > 0 and 0 <= alpha <= 1)
    if not ok or (y < 0).any() or (y >= s.shape[1]).any():
        raise ValueError("invalid arguments")
    return s, t, y.astype(int)


def distillation_loss(student_logits, teacher_logits, targets, T=1.0, alpha=0.5):
    s, t, y = _args(student_logits, teacher_logits, targets, T, alpha)
    lt, ls = _lsm(t / T), _lsm(s / T)
    pt = np.exp(lt)
    cross = -(pt * ls).sum(axis=1)
    entropy = -(pt * lt).sum(axis=1)
    soft = (T ** 2) * np.mean(cross - entropy)
    hard = np.mean(-np.take_along_axis(_lsm(s), y[:, None], axis=1))
    return float(alpha * soft + (1 - alpha) * hard)


def distillation_loss_grad(student_logits, teacher_logits, targets, T=1.0, alpha=0.5):
    s, t, y = _args(student_logits, teacher_logits, targets, T, alpha)
    n = len(s)
    soft = T * (np.exp(_lsm(s / T)) - np.exp(_lsm(t / T)))
    hard = np.exp(_lsm(s))
    hard[np.arange(n), y] -= 1.0
    return (alpha * soft + (1 - alpha) * hard) / n
