"""A two-tower retrieval model's in-batch softmax loss with the logQ correction, and its gradient.

Task
    A batch holds B (query, positive item) pairs: U[a] is query a's embedding from the query
    tower, V[b] the embedding of row b's item from the item tower, item_ids[b] that item's id.
    Every other row's item serves as a negative for query a ("in-batch negatives"). Popular
    items appear in more batches and so are pushed down more often; the logQ correction
    (Yi et al., RecSys 2019) subtracts the log of each item's sampling probability:

        logits[a, b] = U[a] · V[b] / temperature − log_q[b]        for every a, b, b = a included

    Duplicates: when item_ids[b] == item_ids[a] for b ≠ a, column b is the SAME item as a's
    positive, not a negative: it is removed from row a (logits[a, b] = −inf, softmax weight
    0). The diagonal is always kept. The label of row a is column a (the diagonal):

        loss = (1/B) Σ_a [ −logits[a, a] + log Σ_b exp(logits[a, b]) ]

    computed stably (subtract each row's maximum before exp). With S the row-wise softmax of
    the logits (0 where removed) and I the identity, the gradients are

        grad_U = (S − I) V / (temperature · B)        grad_V = (S − I)ᵀ U / (temperature · B)

    (log_q is a constant: no gradient). V's rows are per batch row: a duplicated item has two
    rows of V, each with its own gradient.

Signature
    in_batch_softmax_loss(U, V, item_ids, log_q, *, temperature) -> (loss, grad_U, grad_V)

Shapes and types
    U, V         float arrays (B, d), B ≥ 1, d ≥ 1
    item_ids     int array (B,)
    log_q        float array (B,): log of the sampling probability of row b's item (≤ 0)
    temperature  a float > 0
    returns      a tuple (loss, grad_U, grad_V): loss a float, then two float64 arrays
                 of shape (B, d)

Example
    U = [[1], [2]], V = [[1], [−1]], distinct ids, log_q = 0, temperature 1: logits =
    [[1, −1], [2, −2]]; row 0's label is column 0 (logit 1), row 1's is column 1 (logit −2), so
    the row losses are log(1 + e^−2) = 0.126928 and 4 + log(1 + e^−4) = 4.018150, mean
    2.072539. The row softmaxes are [0.8808, 0.1192] and [0.9820, 0.0180].

    >>> loss, gU, gV = in_batch_softmax_loss(np.array([[1.0], [2.0]]), np.array([[1.0], [-1.0]]),
    ...                                      np.array([10, 11]), np.zeros(2), temperature=1.0)
    >>> round(loss, 6), np.round(gU.ravel(), 6), np.round(gV.ravel(), 6)
    (2.072539, array([-0.119203,  0.982014]), array([ 0.922412, -0.922412]))

Constraints
    numpy only. Raise ValueError when U and V are not 2-D of the same shape (B, d) with B ≥ 1,
    when item_ids or log_q are not of shape (B,) (a length-1 log_q is not broadcast), or when
    temperature ≤ 0. Returns new arrays;
    the inputs are not modified. The hidden tests use B ≤ 16, d ≤ 8 and logits up to ±2000.
    Coming from TensorFlow Recommenders: its Retrieval task's candidate_sampling_probability
    subtracts log q from every logit too, and remove_accidental_hits masks the same duplicates
    (it matches on candidate ids, diagonal excluded). Some write-ups correct only the
    negatives' logits; here the positive's logit is corrected as well.

Time budget: 30 minutes.
"""
import numpy as np


def in_batch_softmax_loss(U, V, item_ids, log_q, *, temperature):
    # BEGIN SOLUTION
    # Complexity: O(B²·d) time, O(B² + B·d) extra memory (B pairs, d dimensions).
    U, V = np.asarray(U, dtype=float), np.asarray(V, dtype=float)
    item_ids, log_q = np.asarray(item_ids), np.asarray(log_q, dtype=float)
    if U.ndim != 2 or U.shape != V.shape or U.shape[0] == 0:
        raise ValueError("U and V must be 2-D arrays of the same shape (B, d), B >= 1")
    batch = U.shape[0]
    if item_ids.shape != (batch,) or log_q.shape != (batch,):
        raise ValueError("item_ids and log_q must have shape (B,)")
    if temperature <= 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    logits = U @ V.T / temperature - log_q[None, :]
    # A column holding the row's own item (off the diagonal) is not a negative: remove it.
    duplicate = (item_ids[:, None] == item_ids[None, :]) & ~np.eye(batch, dtype=bool)
    logits = np.where(duplicate, -np.inf, logits)
    shifted = logits - logits.max(axis=1, keepdims=True)      # the diagonal is finite, so the max is
    log_normaliser = np.log(np.sum(np.exp(shifted), axis=1))  # exp(−inf) = 0 for removed columns
    log_softmax = shifted - log_normaliser[:, None]
    loss = -np.mean(np.diag(log_softmax))
    softmax = np.exp(log_softmax)
    delta = (softmax - np.eye(batch)) / (temperature * batch)
    return float(loss), delta @ V, delta.T @ U
    # END SOLUTION
