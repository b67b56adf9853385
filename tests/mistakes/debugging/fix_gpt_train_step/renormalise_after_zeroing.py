"""Causal weights zeroed after an unmasked softmax, then renormalised

The statement sets the scores of later positions to −∞ BEFORE the softmax. Zeroing afterwards and renormalising is not the same in floating point: when a later position has a far larger score, the earlier positions' weights underflow (to subnormals, or to exactly 0) before you renormalise. Mask the scores, then take the softmax.
"""
import numpy as np


def embed(params, tokens):
    positions = np.arange(tokens.shape[1])
    return params["wte"][tokens] + params["wpe"][positions]


def softmax(scores):
    exps = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return exps / exps.sum(axis=-1, keepdims=True)


def causal_self_attention(x, params):
    q, k, v = x @ params["wq"], x @ params["wk"], x @ params["wv"]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(x.shape[-1])
    t = x.shape[1]
    causal = np.tril(np.ones((t, t), dtype=bool))
    weights = np.where(causal, softmax(scores), 0.0)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ v @ params["wo"]


def forward(params, tokens):
    x = embed(params, tokens)
    x = x + causal_self_attention(x, params)
    return x @ params["head"]


def cross_entropy(logits, tokens):
    predictions, targets = logits[:, :-1], tokens[:, 1:]
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
            total[name] = total[name] + g[name] / accumulation_steps
        if number % accumulation_steps == 0:
            for name in params:
                params[name] = params[name] - learning_rate * total[name]
            total = {name: np.zeros_like(value) for name, value in params.items()}
    return params
