"""Bayesian personalised ranking (BPR): the loss and its gradient for a batch of triples.

Task
    Implicit feedback: user u interacted with item i (a positive) and not with item j (a
    sampled negative). BPR asks that u score i above j. With user factors P and item factors
    Q, the score of (u, i) is P[u] · Q[i], and for each triple b = (u, i, j) of the batch

        x_b = P[u] · Q[i] − P[u] · Q[j]

    The loss is the mean negative log-likelihood that i beats j, plus an L2 penalty on the
    WHOLE of P and Q (every row, also rows no triple touches):

        loss = (1/B) Σ_b −log σ(x_b)  +  (reg/2) · (‖P‖² + ‖Q‖²)      σ(x) = 1 / (1 + e^(−x))

    −log σ(x) = log(1 + e^(−x)) must be computed stably (np.logaddexp(0, −x)): it is ≈ −x for
    x = −800 and ≈ 0 for x = +800, never inf or NaN. Its derivative is −σ(−x) = −(1 − σ(x)).

    Return the loss and its gradients with respect to P and Q:

        grad_P[u] += −σ(−x_b) · (Q[i] − Q[j]) / B       for every triple b = (u, i, j)
        grad_Q[i] += −σ(−x_b) · P[u] / B
        grad_Q[j] += +σ(−x_b) · P[u] / B
        then grad_P += reg · P and grad_Q += reg · Q

    A row that appears in several triples receives the sum of their contributions (beware
    grad[idx] += v with repeated idx: numpy keeps only one; use np.add.at or a loop). A triple
    with i = j has x = 0: it adds log 2 to the sum and nothing to grad_Q.

Signature
    bpr_loss_and_grads(P, Q, users, pos_items, neg_items, *, reg) -> (loss, grad_P, grad_Q)

Shapes and types
    P          float array (n_users, k);  Q  float array (n_items, k), k ≥ 1
    users, pos_items, neg_items   1-D int arrays of the same length B ≥ 1 (indices may repeat)
    reg        a float ≥ 0
    returns    a tuple (loss, grad_P, grad_Q): loss a float, grad_P a float64 array (n_users, k),
               grad_Q a float64 array (n_items, k)

Example
    P = [[1, 2]], Q = [[1, 0], [0, 1], [0.5, 0.5]], one triple (0, 0, 1), reg = 0: x = 1 − 2 = −1,
    loss = log(1 + e) = 1.313262, σ(1) = 0.731059, grad_P[0] = −0.731059 · [1, −1],
    grad_Q[0] = −0.731059 · [1, 2], grad_Q[1] = +0.731059 · [1, 2], grad_Q[2] = 0.

    >>> loss, gP, gQ = bpr_loss_and_grads(np.array([[1.0, 2.0]]), np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]]),
    ...                                   np.array([0]), np.array([0]), np.array([1]), reg=0.0)
    >>> round(loss, 6), np.round(gP, 6)
    (1.313262, array([[-0.731059,  0.731059]]))
    >>> np.round(gQ, 6)
    array([[-0.731059, -1.462117],
           [ 0.731059,  1.462117],
           [ 0.      ,  0.      ]])

Constraints
    numpy only. Raise ValueError when users, pos_items and neg_items are not 1-D of one length
    B ≥ 1, when an index is out of range (negative included), when P and Q are not 2-D with
    the same k, or when reg < 0. Returns new arrays; the inputs are not modified. The hidden
    tests use n_users, n_items ≤ 20, k ≤ 6, B ≤ 40, and scores x from −800 to +800.
    Coming from the BPR paper (Rendle et al. 2009) and its SGD: the paper maximises
    Σ ln σ(x) − λ‖Θ‖² and regularises only the rows of the sampled triple at each step; here
    the loss is a batch MEAN to minimise and the penalty (reg/2)‖·‖² covers the whole of P
    and Q (as weight decay on an embedding table does). No item biases.

Time budget: 25 minutes.
"""
import numpy as np


def bpr_loss_and_grads(P, Q, users, pos_items, neg_items, *, reg):
    # BEGIN SOLUTION
    # Complexity: O(B·k + (n_users + n_items)·k) time, O(B·k + (n_users + n_items)·k) memory (B triples, k factors).
    P, Q = np.asarray(P, dtype=float), np.asarray(Q, dtype=float)
    users, pos_items, neg_items = np.asarray(users), np.asarray(pos_items), np.asarray(neg_items)
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P and Q must be 2-D with the same number of columns")
    if users.ndim != 1 or users.shape != pos_items.shape or users.shape != neg_items.shape or users.size == 0:
        raise ValueError("users, pos_items and neg_items must be 1-D of one length B >= 1")
    if (users.min() < 0 or users.max() >= P.shape[0]
            or min(pos_items.min(), neg_items.min()) < 0 or max(pos_items.max(), neg_items.max()) >= Q.shape[0]):
        raise ValueError("an index is out of range")
    if reg < 0:
        raise ValueError(f"reg must be >= 0, got {reg}")
    batch = users.size
    p, q_pos, q_neg = P[users], Q[pos_items], Q[neg_items]
    x = np.sum(p * q_pos, axis=1) - np.sum(p * q_neg, axis=1)
    # −log σ(x) = log(1 + e^(−x)) = logaddexp(0, −x): no overflow for x = −800.
    loss = np.mean(np.logaddexp(0.0, -x)) + 0.5 * reg * (np.sum(P * P) + np.sum(Q * Q))
    weight = np.exp(-np.logaddexp(0.0, x)) / batch     # σ(−x) / B, also stable
    grad_P, grad_Q = reg * P, reg * Q
    # np.add.at accumulates repeated rows; grad[idx] += v would keep only one of them.
    np.add.at(grad_P, users, -weight[:, None] * (q_pos - q_neg))
    np.add.at(grad_Q, pos_items, -weight[:, None] * p)
    np.add.at(grad_Q, neg_items, weight[:, None] * p)
    return float(loss), grad_P, grad_Q
    # END SOLUTION
