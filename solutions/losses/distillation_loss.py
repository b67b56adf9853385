"""Knowledge distillation: KL at temperature T with the T² factor, plus the hard-label cross-entropy.

Task
    A student learns from a teacher's softened probabilities and from the true labels (Hinton,
    Vinyals and Dean, 2015). With p_T = softmax(teacher_logits / T) and p_S = softmax(student_logits / T)
    row by row,
        soft = T² · Σ_i KL(p_T,i ‖ p_S,i) / N          (KL(p ‖ q) = Σ_k p_k (log p_k − log q_k), "batchmean")
        hard = Σ_i −log softmax(student_logits_i)[targets_i] / N     (at temperature 1)
        loss = alpha · soft + (1 − alpha) · hard
    alpha weights the SOFT term. Also return the gradient of the loss with respect to the
    student's logits (the teacher is frozen):
        alpha · T · (p_S − p_T) / N + (1 − alpha) · (softmax(student_logits) − onehot(targets)) / N

Signature
    distillation_loss(student_logits, teacher_logits, targets, T=1.0, alpha=0.5) -> loss
    distillation_loss_grad(student_logits, teacher_logits, targets, T=1.0, alpha=0.5) -> d_student

Shapes and types
    student_logits, teacher_logits: float64 (N, K), N >= 1, K >= 1. targets: int array (N,) in [0, K).
    T: a float > 0. alpha: a float in [0, 1]. loss: a float. d_student: a new float64 array (N, K).

Example
    >>> import numpy as np
    >>> s, t = np.zeros((1, 2)), np.array([[np.log(3.0), 0.0]])   # p_S = [1/2, 1/2], p_T = [3/4, 1/4]
    >>> round(distillation_loss(s, t, np.array([0]), T=1.0, alpha=1.0), 6)    # 0.75 ln 1.5 + 0.25 ln 0.5
    0.130812
    >>> distillation_loss_grad(s, t, np.array([0]), T=1.0, alpha=1.0).round(6).tolist()
    [[-0.25, 0.25]]

Constraints
    Plain Python and numpy only. Take every log from a stable log-softmax (subtract the row's
    maximum), and KL's terms as p_T · (log p_T − log p_S) with those logs: a teacher probability
    that underflows to 0 then contributes exactly 0, and logits in the thousands of both signs
    give finite results. ValueError for: logits not 2-D, N = 0 or K = 0, shapes that differ,
    targets not of shape (N,) or outside [0, K), T <= 0, alpha outside [0, 1].
    Returns new arrays; the inputs are not modified.

    Coming from PyTorch: soft = T*T * F.kl_div(F.log_softmax(s / T, 1), F.log_softmax(t / T, 1),
    reduction="batchmean", log_target=True) and hard = F.cross_entropy(s, targets). Note that
    kl_div's default reduction "mean" divides by N·K, not N: this kata uses "batchmean". Some
    code bases put alpha on the hard term instead: here it is on the soft one.

    The hidden tests use N ≤ 20, K ≤ 10.

Time budget: 20 minutes.
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
    # BEGIN SOLUTION
    # Complexity: O(N·K) time and memory.
    s, t, y = _check(student_logits, teacher_logits, targets, T, alpha)
    n = s.shape[0]
    log_pt = _log_softmax(t / T)
    log_ps = _log_softmax(s / T)
    soft = T * T * float(np.sum(np.exp(log_pt) * (log_pt - log_ps))) / n
    hard = -float(np.sum(_log_softmax(s)[np.arange(n), y])) / n
    return alpha * soft + (1.0 - alpha) * hard
    # END SOLUTION


def distillation_loss_grad(student_logits, teacher_logits, targets, T=1.0, alpha=0.5):
    # BEGIN SOLUTION
    s, t, y = _check(student_logits, teacher_logits, targets, T, alpha)
    n = s.shape[0]
    p_t = np.exp(_log_softmax(t / T))
    p_s = np.exp(_log_softmax(s / T))
    onehot = np.zeros(s.shape)
    onehot[np.arange(n), y] = 1.0
    # d/ds of T² KL(p_T ‖ softmax(s / T)) = T² · (p_S − p_T) / T
    return (alpha * T * (p_s - p_t) + (1.0 - alpha) * (np.exp(_log_softmax(s)) - onehot)) / n
    # END SOLUTION
