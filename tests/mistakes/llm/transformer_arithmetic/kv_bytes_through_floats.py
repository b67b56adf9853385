"""kv_cache_bytes uses head_dim = d / H (a float) and int() at the end: beyond 2⁵³ bytes the last digits are lost.

d / H is a float even when H divides d; use d // H and keep the product in Python ints.
"""


def param_count(config):
    d, heads, kv_heads = config["d_model"], config["n_heads"], config["n_kv_heads"]
    if d % heads or heads % kv_heads:
        raise ValueError("d_model must be divisible by n_heads, and n_heads by n_kv_heads")
    d_kv = d // heads * kv_heads                               # width of K (and of V)
    attention = 2 * d * d + 2 * d * d_kv                      # W_q, W_o; W_k, W_v
    mlp = (3 if config["gated"] else 2) * d * config["d_ff"]
    layer = attention + mlp + 2 * d                            # two RMSNorm weight vectors
    embedding = config["vocab_size"] * d
    head = 0 if config["tied_embeddings"] else embedding
    return embedding + config["n_layers"] * layer + d + head


def forward_flops(config, seq_len):
    d, heads, kv_heads = config["d_model"], config["n_heads"], config["n_kv_heads"]
    if d % heads or heads % kv_heads:
        raise ValueError("d_model must be divisible by n_heads, and n_heads by n_kv_heads")
    d_kv = d // heads * kv_heads                               # width of K (and of V)
    matmul_weights = config["n_layers"] * (2 * d * d + 2 * d * d_kv
                                           + (3 if config["gated"] else 2) * d * config["d_ff"])
    matmul_weights += config["vocab_size"] * d                 # the LM head multiplies, tied or not
    projections = 2 * seq_len * matmul_weights
    attention = config["n_layers"] * 4 * seq_len * seq_len * d  # Q Kᵀ and P V, 2 FLOPs each
    return projections + attention


def training_flops(config, seq_len):
    return 3 * forward_flops(config, seq_len)


def kv_cache_bytes(config, batch_size, seq_len, bytes_per_value):
    d, heads, kv_heads = config["d_model"], config["n_heads"], config["n_kv_heads"]
    if d % heads or heads % kv_heads:
        raise ValueError("d_model must be divisible by n_heads, and n_heads by n_kv_heads")
    d_kv = d // heads * kv_heads                               # width of K (and of V)
    head_dim = d / heads                                       # the mistake: true division
    return int(2 * config["n_layers"] * kv_heads * head_dim * seq_len * batch_size * bytes_per_value)
