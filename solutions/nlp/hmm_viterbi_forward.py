"""An HMM in log space: the most likely state path (Viterbi) and the likelihood (forward).

Task
    A hidden Markov model with S states and V observation symbols is given by LOG-probabilities:
        log_pi[j]     = ln P(state_0 = j)
        log_A[i, j]   = ln P(state_t+1 = j | state_t = i)       (row i: from state i)
        log_B[j, o]   = ln P(observation o | state j)
    Entries may be −inf (probability 0). Write two functions over an observation sequence
    o_0 … o_{T−1}:

    viterbi: δ_0(j) = log_pi[j] + log_B[j, o_0];
             δ_t(j) = max_i (δ_{t−1}(i) + log_A[i, j]) + log_B[j, o_t], with the back-pointer
             ψ_t(j) = the i attaining that max, chosen BEFORE log_B[j, o_t] is added (it does
             not depend on i, but a −inf there would make every i tie). The last state is the
             j maximising δ_{T−1}(j);
             follow the back-pointers to t = 0. Every tie (in ψ and in the last state) goes to
             the LOWEST state index — also when all candidates are −inf.
             Returns (path, log_prob): the states, and max_j δ_{T−1}(j).
    forward: α_0(j) = log_pi[j] + log_B[j, o_0];
             α_t(j) = logsumexp_i (α_{t−1}(i) + log_A[i, j]) + log_B[j, o_t];
             returns ln P(o_0 … o_{T−1}) = logsumexp_j α_{T−1}(j).
             logsumexp of values that are all −inf is −inf (never nan); sequences are long
             enough that exponentiating the log-probabilities without a shift underflows.
             Shift each logsumexp by the max of its OWN values (for α_t(j): the max over i for
             that j, not one max over the whole matrix), and never exponentiate the parameters
             themselves: a finite entry may be far below −745 (e^−800 is 0.0 in float64).

Signature
    viterbi(log_pi, log_A, log_B, observations) -> (path, log_prob)
    forward(log_pi, log_A, log_B, observations) -> float
    logsumexp(values, axis=0) -> array      a helper for forward (not graded on its own)

Shapes and types
    log_pi (S,), log_A (S, S), log_B (S, V): float64 arrays, entries ≤ 0 or −inf
    observations   a list of T ints in 0 … V−1, T ≥ 1
    path           a new int64 array of shape (T,); log_prob a Python float (−inf when every
                   path has probability 0); forward returns a Python float

Example
    >>> import numpy as np
    >>> log_pi = np.log([0.6, 0.4])
    >>> log_A = np.log([[0.7, 0.3], [0.4, 0.6]])
    >>> log_B = np.log([[0.9, 0.1], [0.2, 0.8]])
    >>> path, log_prob = viterbi(log_pi, log_A, log_B, [0, 1, 0])
    >>> path, round(float(np.exp(log_prob)), 6)          # 0.54 · 0.3 · 0.8 · 0.4 · 0.9
    (array([0, 1, 0]), 0.046656)
    >>> round(float(np.exp(forward(log_pi, log_A, log_B, [0, 1, 0]))), 6)
    0.10893

Constraints
    numpy only. Raise ValueError if observations is empty. The inputs are not modified.
    Hidden tests use S ≤ 5, V ≤ 4, T ≤ 600 and finite entries down to −1000.
    Coming from hmmlearn: its transmat_, startprob_ and emissionprob_ are probabilities with
    the same orientation (row = from-state); here they arrive as their logarithms.

Time budget: 35 minutes.
"""
import numpy as np


def viterbi(log_pi, log_A, log_B, observations):
    # BEGIN SOLUTION
    if len(observations) == 0:
        raise ValueError("observations is empty")
    T, S = len(observations), len(log_pi)
    delta = log_pi + log_B[:, observations[0]]
    back = np.zeros((T, S), dtype=np.int64)
    for t in range(1, T):
        scores = delta[:, None] + log_A            # scores[i, j]: come from i into j
        back[t] = np.argmax(scores, axis=0)        # argmax returns the first (lowest) maximiser
        delta = scores[back[t], np.arange(S)] + log_B[:, observations[t]]
    path = np.zeros(T, dtype=np.int64)
    path[-1] = np.argmax(delta)
    for t in range(T - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path, float(delta[path[-1]])
    # END SOLUTION


def logsumexp(values, axis=0):
    """A helper for forward: ln Σ exp(values) along axis, shifted by the max; all −inf gives −inf."""
    # BEGIN SOLUTION
    top = np.max(values, axis=axis, keepdims=True)
    top = np.where(np.isneginf(top), 0.0, top)     # all −inf: shift by 0, the sum is 0, ln 0 = −inf
    with np.errstate(divide="ignore"):
        total = np.log(np.sum(np.exp(values - top), axis=axis, keepdims=True)) + top
    return np.squeeze(total, axis=axis)
    # END SOLUTION


def forward(log_pi, log_A, log_B, observations):
    # BEGIN SOLUTION
    if len(observations) == 0:
        raise ValueError("observations is empty")
    alpha = log_pi + log_B[:, observations[0]]
    for t in range(1, len(observations)):
        alpha = logsumexp(alpha[:, None] + log_A, axis=0) + log_B[:, observations[t]]
    return float(logsumexp(alpha, axis=0))
    # END SOLUTION
