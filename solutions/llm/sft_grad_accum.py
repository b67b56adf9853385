"""One SFT step with gradient accumulation over micro-batches, equal to the big-batch step.

Task
    A (toy) language model maps each position's features to logits with one matrix:
    logits[b, t] = features[b, t] @ W. The per-token loss is the cross-entropy
        ce[b, t] = logsumexp(logits[b, t]) − logits[b, t, targets[b, t]]
    (targets are already shifted: targets[b, t] is the token that follows position t), and
    only positions with loss_mask True count. The batch loss is, for B sequences:
        loss_type="token"      Σ_{b,t} ce·mask / Σ_{b,t} mask   (0.0 if nothing is kept)
        loss_type="sequence"   (1/B) Σ_b [Σ_t ce[b,t]·mask[b,t] / max(Σ_t mask[b,t], 1)]
                               (a sequence with no kept token contributes 0 and still counts)
    The batch does not fit in memory, so split it into consecutive micro-batches of
    micro_batch_size rows (the last may be smaller), and for each micro-batch compute its
    CONTRIBUTION to the batch loss — the part of the sum above that its rows make up, with
    the normaliser of the WHOLE batch (Σ mask over all B rows for "token", B for
    "sequence") — and the gradient of that contribution; accumulate the gradients, then take
    one plain gradient-descent step: W_new = W − learning_rate · Σ gradients. The
    contributions sum to the batch loss, and W_new equals the step on the whole batch at once.

Signature
    sft_step(W, features, targets, loss_mask, micro_batch_size, learning_rate, loss_type)
        -> (new_W, loss, contributions)

Shapes and types
    W         float64 (d, V); features float64 (B, T, d), B, T ≥ 1; targets int (B, T) in 0 … V − 1
    loss_mask bool (B, T); micro_batch_size an int ≥ 1 (may exceed B); learning_rate a float
    loss_type "token" or "sequence"
    returns   new_W a new float64 (d, V); loss a Python float (the batch loss at W, before
              the step); contributions a new float64 array (ceil(B / micro_batch_size),),
              one per micro-batch in order, summing to loss.
    Hidden tests use B ≤ 6, T ≤ 5, d ≤ 3, V ≤ 4.

Example
    >>> W = np.zeros((1, 2)); x = np.array([[[0.7], [0.1]], [[0.3], [0.9]]])
    >>> y = np.array([[0, 1], [1, 0]]); keep = np.array([[True, True], [True, False]])
    >>> new_W, loss, parts = sft_step(W, x, y, keep, 1, 0.1, "token")
    >>> new_W.round(12), round(loss, 6), parts.round(6)   # 3 kept tokens, each ln 2
    (array([[ 0.005, -0.005]]), 0.693147, array([0.462098, 0.231049]))

Constraints
    numpy only. Returns new arrays; the inputs are not modified. The cross-entropy must be
    stable for logits of ±1000 (log-sum-exp with the maximum subtracted). The gradient of ce
    with respect to the logits is softmax(logits) − onehot(target).
    Raise ValueError if micro_batch_size < 1 or loss_type is not "token" or "sequence".
    Coming from Hugging Face: dividing each micro-batch's mean loss by the number of
    accumulation steps is what Trainer did before transformers 4.46 (the "gradient
    accumulation bug"): it differs from the big batch when micro-batches hold different
    numbers of tokens. The fix passes the batch's token count to every micro-batch, as here.

Time budget: 30 minutes.
"""
import numpy as np


def sft_step(W, features, targets, loss_mask, micro_batch_size, learning_rate, loss_type):
    # BEGIN SOLUTION
    # Complexity: O(B·T·V·d) time; O(micro_batch_size·T·V + d·V) extra memory, whatever B is.
    if micro_batch_size < 1:
        raise ValueError(f"micro_batch_size must be at least 1, not {micro_batch_size}")
    if loss_type not in ("token", "sequence"):
        raise ValueError(f"loss_type must be 'token' or 'sequence', not {loss_type!r}")
    B = features.shape[0]
    # the weight of each token in the BATCH loss, known before any micro-batch runs
    if loss_type == "token":
        weights = loss_mask / max(int(loss_mask.sum()), 1)
    else:
        weights = loss_mask / np.maximum(loss_mask.sum(axis=1, keepdims=True), 1) / B
    grad = np.zeros(W.shape)
    contributions = []
    for start in range(0, B, micro_batch_size):
        rows = slice(start, start + micro_batch_size)
        logits = features[rows] @ W                                   # (b, T, V)
        top = logits.max(axis=-1, keepdims=True)
        log_z = top[..., 0] + np.log(np.exp(logits - top).sum(axis=-1))
        chosen = np.take_along_axis(logits, targets[rows][..., None], axis=-1)[..., 0]
        w = weights[rows]
        contributions.append(float(np.where(loss_mask[rows], (log_z - chosen) * w, 0.0).sum()))
        d_logits = np.exp(logits - log_z[..., None])                  # softmax
        np.put_along_axis(d_logits, targets[rows][..., None],
                          np.take_along_axis(d_logits, targets[rows][..., None], axis=-1) - 1.0, axis=-1)
        d_logits *= w[..., None]
        grad += np.einsum("btd,btv->dv", features[rows], d_logits)    # accumulate
    contributions = np.array(contributions, dtype=np.float64)
    return W - learning_rate * grad, float(contributions.sum()), contributions
    # END SOLUTION
