"""Attention one position at a time: each position's softmax runs over its prefix alone (no mask)."""
import numpy as np


def embed(params, tokens):
    positions = np.arange(tokens.shape[1])
    return params["wte"][tokens] + params["wpe"][positions]


def softmax(scores):
    exps = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return exps / exps.sum(axis=-1, keepdims=True)


def causal_self_attention(x, params):
    q, k, v = x @ params["wq"], x @ params["wk"], x @ params["wv"]
    out = np.zeros_like(v)
    for t in range(x.shape[1]):          # position t: a softmax over the positions 0..t only
        scores = np.einsum("bd,bsd->bs", q[:, t], k[:, :t + 1]) / np.sqrt(x.shape[-1])
        weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
        weights /= weights.sum(axis=-1, keepdims=True)
        out[:, t] = np.einsum("bs,bsd->bd", weights, v[:, :t + 1])
    return out @ params["wo"]


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
