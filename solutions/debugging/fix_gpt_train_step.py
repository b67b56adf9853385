"""Debug: a tiny GPT's forward pass, loss and training loop in numpy.

Task
    This file has 5 bugs. The code below is meant to be a one-layer, one-head, attention-only
    GPT (nanoGPT's shape, much smaller) with its next-token loss and a training loop with
    gradient accumulation. Find and fix the bugs; grading tells you how many remain and which
    ones you have fixed, not where they are.

    What the code should do (B rows of T tokens, width D, vocabulary V):

    embed(params, tokens)            x[b, t] = wte[tokens[b, t]] + wpe[t]
    causal_self_attention(x, params) q, k, v = x·wq, x·wk, x·wv; scores = q kᵀ/√D per row;
                                     position t attends to positions ≤ t only (scores of later
                                     positions are −∞ before the softmax); out = (weights v)·wo
    forward(params, tokens)          x = embed; x = x + causal_self_attention(x); logits = x·head
    cross_entropy(logits, tokens)    the logits at position t predict the token at t + 1: the
                                     mean over the B·(T − 1) predictions of −log softmax(logits)
                                     at the next token
    train(params, batches, *, learning_rate, grad, accumulation_steps=1)
                                     for each batch in order, g = grad(params, batch); every
                                     accumulation_steps batches, one SGD update with the MEAN of
                                     those gradients: p = p − learning_rate·mean(g); a last group
                                     of fewer batches makes no update. Returns the new params.

Signature
    embed(params, tokens) -> x;  causal_self_attention(x, params) -> out
    forward(params, tokens) -> logits;  cross_entropy(logits, tokens) -> float
    train(params, batches, *, learning_rate, grad, accumulation_steps=1) -> params

Shapes and types
    params     a dict of float64 arrays: wte (V, D), wpe (T_max, D), wq, wk, wv, wo (D, D),
               head (D, V); for train, any dict of float64 arrays (grad returns one like it)
    tokens     an int array (B, T), 1 ≤ T ≤ T_max (T ≥ 2 for cross_entropy)
    x, out     float64 arrays (B, T, D);  logits float64 (B, T, V)
    batches    a list of arrays; grad(params, batch) is called once per batch, in order
    Hidden tests: B ≤ 3, T ≤ 5, D ≤ 4, V ≤ 6, at most 6 batches.

Example
    >>> params = {"wte": np.eye(2), "wpe": np.zeros((3, 2))}
    >>> embed(params, np.array([[1, 0]]))
    array([[[0., 1.],
            [1., 0.]]])

Constraints
    numpy only. Returns new arrays (train returns a new dict of new arrays); the inputs are not
    modified. Attention scores up to 4·10⁶ (in the hidden tests) give no overflow, no NaN and
    no numpy warning.

Time budget: 45 minutes.
"""
import numpy as np


def embed(params, tokens):
    # BEGIN BUG positions_never_added: the positional embeddings are never added
    positions = np.arange(tokens.shape[1])
    return params["wte"][tokens] + params["wpe"][positions]
    # PLANTED
    # return params["wte"][tokens]
    # END BUG


def softmax(scores):
    exps = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return exps / exps.sum(axis=-1, keepdims=True)


def causal_self_attention(x, params):
    q, k, v = x @ params["wq"], x @ params["wk"], x @ params["wv"]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(x.shape[-1])
    t = x.shape[1]
    causal = np.tril(np.ones((t, t), dtype=bool))
    # BEGIN BUG mask_after_softmax: the causal mask is applied after the softmax
    weights = softmax(np.where(causal, scores, -np.inf))
    # PLANTED
    # weights = np.where(causal, softmax(scores), 0.0)
    # END BUG
    return weights @ v @ params["wo"]


def forward(params, tokens):
    x = embed(params, tokens)
    x = x + causal_self_attention(x, params)
    return x @ params["head"]


def cross_entropy(logits, tokens):
    # BEGIN BUG labels_not_shifted: each position is scored on its own token, not the next one
    predictions, targets = logits[:, :-1], tokens[:, 1:]
    # PLANTED
    # predictions, targets = logits[:, :-1], tokens[:, :-1]
    # END BUG
    shifted = predictions - predictions.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    picked = np.take_along_axis(log_probs, targets[..., None], axis=-1)
    return float(-picked.mean())


def train(params, batches, *, learning_rate, grad, accumulation_steps=1):
    params = {name: np.array(value, dtype=float) for name, value in params.items()}
    total = {name: np.zeros_like(value) for name, value in params.items()}
    for number, batch in enumerate(batches, 1):
        g = grad(params, batch)
        for name in params:
            # BEGIN BUG gradients_summed_not_averaged: the accumulated gradients are summed, not averaged
            total[name] = total[name] + g[name] / accumulation_steps
            # PLANTED
            # total[name] = total[name] + g[name]
            # END BUG
        if number % accumulation_steps == 0:
            for name in params:
                params[name] = params[name] - learning_rate * total[name]
            # BEGIN BUG gradients_never_reset: the accumulated gradients are never reset after an update (no zero_grad)
            total = {name: np.zeros_like(value) for name, value in params.items()}
            # PLANTED
            # END BUG
    return params
