"""Lists every weight matrix as (rows, cols), then sums; FLOPs from the same list."""


def _matrices(config):
    d, h, kv = config["d_model"], config["n_heads"], config["n_kv_heads"]
    if d % h != 0 or h % kv != 0:
        raise ValueError("indivisible heads")
    head_dim = d // h
    layer = [(d, d), (d, kv * head_dim), (d, kv * head_dim), (d, d)]
    layer += [(d, config["d_ff"])] * (3 if config["gated"] else 2)
    return layer, head_dim


def param_count(config):
    layer, _ = _matrices(config)
    d, V = config["d_model"], config["vocab_size"]
    per_layer = sum(r * c for r, c in layer) + d + d
    total = V * d + config["n_layers"] * per_layer + d
    if not config["tied_embeddings"]:
        total += V * d
    return total


def forward_flops(config, seq_len):
    layer, _ = _matrices(config)
    d = config["d_model"]
    total = 0
    for _ in range(config["n_layers"]):
        for r, c in layer:
            total += 2 * seq_len * r * c
        total += 2 * seq_len * seq_len * d      # Q Kᵀ over all heads
        total += 2 * seq_len * seq_len * d      # P V
    total += 2 * seq_len * d * config["vocab_size"]
    return total


def training_flops(config, seq_len):
    f = forward_flops(config, seq_len)
    return f + 2 * f


def kv_cache_bytes(config, batch_size, seq_len, bytes_per_value):
    _, head_dim = _matrices(config)
    per_token_per_layer = 2 * config["n_kv_heads"] * head_dim
    return per_token_per_layer * config["n_layers"] * seq_len * batch_size * bytes_per_value
