"""The arithmetic of scale: parameters, FLOPs and KV-cache bytes of a LLaMA-style transformer.

Task
    A decoder-only transformer is described by a config dict with the integer keys
    vocab_size (V), d_model (d), n_layers (L), n_heads (H), n_kv_heads (H_kv), d_ff (F) and
    the bool keys gated and tied_embeddings. head_dim = d / H. Its weights, with NO biases
    anywhere and RMSNorm (one weight vector of d per norm):
        token embedding                     V · d
        per layer: attention norm           d
                   W_q, W_o                 d · d each
                   W_k, W_v                 d · (H_kv · head_dim) each      (grouped-query)
                   MLP norm                 d
                   MLP, gated (SwiGLU)      3 · d · F   (W_gate, W_up, W_down)
                   MLP, not gated           2 · d · F   (W_up, W_down)
        final norm                          d
        LM head                             V · d, unless tied_embeddings (then it IS the
                                            embedding and adds no parameter)
    Write:
    param_count(config)                      the number of parameters
    forward_flops(config, seq_len)           FLOPs of one forward pass over one sequence of
                                             T = seq_len tokens, counting 2 FLOPs per multiply-
                                             add of every matrix product and nothing else:
          T · 2 · (weights of all matmuls: L · (attention projections + MLP) + V · d for the
          LM head, tied or not) + L · 4 · T² · d for the scores Q Kᵀ and the product P V
          (full T × T, the causal mask saves nothing here). Embedding lookups, norms,
          softmax, activations and residual adds cost 0.
    training_flops(config, seq_len)          3 × forward_flops (the backward pass costs 2×)
    kv_cache_bytes(config, batch_size, seq_len, bytes_per_value)
                                             the bytes of the K and V caches of every layer
                                             for batch_size sequences of seq_len tokens:
          2 · L · H_kv · head_dim · seq_len · batch_size · bytes_per_value

Signature
    param_count(config) -> int
    forward_flops(config, seq_len) -> int
    training_flops(config, seq_len) -> int
    kv_cache_bytes(config, batch_size, seq_len, bytes_per_value) -> int

Shapes and types
    config: a dict with the seven keys above (other keys are ignored); V, d, L, H, H_kv, F
    positive ints. seq_len, batch_size: ints ≥ 0. bytes_per_value: an int ≥ 1 (2 for bf16).
    Every result is an exact Python int, however large (values beyond 2⁶³ occur in the
    hidden tests: no floats, no numpy int64).

Example
    >>> tiny = dict(vocab_size=10, d_model=4, n_layers=1, n_heads=2, n_kv_heads=1, d_ff=8,
    ...             gated=True, tied_embeddings=True)
    >>> param_count(tiny)       # 40 + (4 + 16 + 8 + 8 + 16 + 4 + 96) + 4
    196
    >>> forward_flops(tiny, 3)  # 3 · 2 · (48 + 96 + 40) + 4 · 9 · 4
    1248
    >>> kv_cache_bytes(tiny, batch_size=2, seq_len=3, bytes_per_value=2)
    48

Constraints
    Plain Python (numpy is not needed). Raise ValueError when d_model is not divisible by
    n_heads, or n_heads not divisible by n_kv_heads. The config is not modified.
    Conventions differ elsewhere: Kaplan et al. count 2·N FLOPs per token with N excluding
    embeddings, and 6·N·D for training; Chinchilla counts the softmax and the embedding
    lookups too; we count exactly the matmuls listed above.

Time budget: 20 minutes.
"""


def param_count(config):
    # BEGIN SOLUTION
    # Complexity: O(1) arithmetic on Python ints (a constant number of operations).
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
    # END SOLUTION


def forward_flops(config, seq_len):
    # BEGIN SOLUTION
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
    # END SOLUTION


def training_flops(config, seq_len):
    # BEGIN SOLUTION
    return 3 * forward_flops(config, seq_len)
    # END SOLUTION


def kv_cache_bytes(config, batch_size, seq_len, bytes_per_value):
    # BEGIN SOLUTION
    d, heads, kv_heads = config["d_model"], config["n_heads"], config["n_kv_heads"]
    if d % heads or heads % kv_heads:
        raise ValueError("d_model must be divisible by n_heads, and n_heads by n_kv_heads")
    d_kv = d // heads * kv_heads                               # width of K (and of V)
    return 2 * config["n_layers"] * d_kv * seq_len * batch_size * bytes_per_value
    # END SOLUTION
