"""Causal linear attention with decay: the recurrent form and the parallel form agree.

Task
    Drop the softmax from causal attention and the output of step t becomes
        o_t = Σ_{s ≤ t} γ^(t − s) (q_t · k_s) v_s
    (identity feature map, no 1/√D, no normaliser: RetNet's retention without its group norm;
    γ = 1 is plain causal linear attention). It can be computed in two ways:
    parallel    O = ((Q Kᵀ) ⊙ M) V  with the decay mask M[t, s] = γ^(t − s) for s ≤ t and
                exactly 0 for s > t (M[t, t] = 1, also when γ = 0): O(T²) time, like attention.
    recurrent   a state S (D × Dv), starting from `state` (zeros when None):
                    S_t = γ · S_{t−1} + k_tᵀ v_t          (outer product: column k_t, row v_t)
                    o_t = q_t S_t                          (AFTER the update: step t sees itself)
                O(T) time and O(1) memory per step, how such models generate; return the outputs
                and the final state S_T, to resume with the next chunk of the sequence.
    With state=None the two forms give the same O. With a state S_0, the recurrent outputs
    gain o_t += γ^(t+1) · q_t S_0 (t counted from 0 within the chunk).

Signature
    linear_attention_parallel(q, k, v, gamma) -> output
    linear_attention_recurrent(q, k, v, gamma, state=None) -> (output, final_state)

Shapes and types
    q, k   float64 (T, D); v float64 (T, Dv); T ≥ 0, D, Dv ≥ 1
    gamma  a float in [0, 1]
    state  None or a float64 array (D, Dv)
    returns output a new float64 array (T, Dv); final_state a new float64 array (D, Dv)
    (T = 0: output (0, Dv), final_state equal to the given state, zeros if None).
    Hidden tests use T ≤ 12, D, Dv ≤ 4.

Example
    >>> q = np.array([[1.0], [2.0]]); k = np.array([[0.7], [0.1]]); v = np.array([[1.0], [3.0]])
    >>> linear_attention_parallel(q, k, v, 0.5)            # o_1 = 2 · (0.5·0.7·1 + 0.1·3)
    array([[0.7],
           [1.3]])
    >>> out, s = linear_attention_recurrent(q, k, v, 0.5)
    >>> out.tolist(), s.tolist()
    ([[0.7], [1.3]], [[0.65]])

Constraints
    numpy only. Returns new arrays; the inputs (state included) are not modified.
    γ = 0: M is the identity (0⁰ = 1), o_t = (q_t · k_t) v_t, with no NaN (beware
    0 raised to a negative power above the diagonal: build the mask with np.where or tril).
    Coming from the literature: Katharopoulos et al. use φ(x) = elu(x) + 1 and divide by a
    normaliser q_t · Σ k_s; RetNet scales and group-normalises; we use none of them.

Time budget: 25 minutes.
"""
import numpy as np


def linear_attention_parallel(q, k, v, gamma):
    # BEGIN SOLUTION
    # Complexity: O(T²·(D + Dv)) time, O(T²) memory for the mask; the recurrent form is O(T·D·Dv) time, O(D·Dv) memory.
    T = q.shape[0]
    t = np.arange(T)
    distance = t[:, None] - t[None, :]                  # t − s, negative above the diagonal
    causal = distance >= 0
    # exponentiate only where s ≤ t: 0 ** negative would be inf
    decay = np.where(causal, float(gamma) ** np.where(causal, distance, 0), 0.0)
    return ((q @ k.T) * decay) @ v
    # END SOLUTION


def linear_attention_recurrent(q, k, v, gamma, state=None):
    # BEGIN SOLUTION
    s = np.zeros((q.shape[1], v.shape[1])) if state is None else np.array(state, dtype=np.float64)
    out = np.zeros((q.shape[0], v.shape[1]))
    for t in range(q.shape[0]):
        s = gamma * s + np.outer(k[t], v[t])            # decay the past, then add step t
        out[t] = q[t] @ s
    return out, s
    # END SOLUTION
