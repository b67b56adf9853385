"""Hidden tests for llm/transformer_arithmetic: param_count, forward_flops, training_flops, kv_cache_bytes."""
from grader.testing import require

TINY = dict(vocab_size=10, d_model=4, n_layers=1, n_heads=2, n_kv_heads=1, d_ff=8, gated=True, tied_embeddings=True)
LLAMA2_7B = dict(vocab_size=32000, d_model=4096, n_layers=32, n_heads=32, n_kv_heads=32, d_ff=11008,
                 gated=True, tied_embeddings=False)
TINYLLAMA = dict(vocab_size=32000, d_model=2048, n_layers=22, n_heads=32, n_kv_heads=4, d_ff=5632,
                 gated=True, tied_embeddings=False)
LLAMA3_70B = dict(vocab_size=128256, d_model=8192, n_layers=80, n_heads=64, n_kv_heads=8, d_ff=28672,
                  gated=True, tied_embeddings=False)


def test_llama2_7b_parameters(kata):
    """LLaMA-2-7B: 32000·4096 ·2 (untied) + 32 · (4·4096² + 3·4096·11008 + 2·4096) + 4096 = 6 738 415 616."""
    kata.check("param_count", LLAMA2_7B, expected=6_738_415_616)


def test_grouped_query_parameters(kata):
    """TinyLlama (32 heads, 4 KV heads of width 64): W_k and W_v are 2048 × 256, total 1 100 048 384."""
    # per layer: 2·2048² + 2·2048·256 + 3·2048·5632 + 2·2048 = 44 042 240; ×22 + 2·32000·2048 + 2048
    kata.check("param_count", TINYLLAMA, expected=1_100_048_384)


def test_tied_and_ungated_parameters(kata):
    """Tied embeddings count the V·d table once; an ungated MLP has 2·d·F weights, a gated one 3·d·F."""
    kata.check("param_count", TINY, expected=196)
    kata.check("param_count", {**TINY, "tied_embeddings": False}, expected=236)
    kata.check("param_count", {**TINY, "gated": False}, expected=164)


def test_large_model_exact(kata):
    """LLaMA-3-70B (V = 128256, GQA 64/8): exactly 70 553 706 496 parameters, an int."""
    kata.check("param_count", LLAMA3_70B, expected=70_553_706_496)


def test_forward_flops_by_hand(kata):
    """Tiny model, T = 3: 3 · 2 · (16+16+8+8 + 96 + 40 for the tied head) + 1 · 4 · 3² · 4 = 1248."""
    kata.check("forward_flops", TINY, 3, expected=1248)
    # ungated: MLP 64 weights instead of 96: 3 · 2 · 152 + 144 = 1056
    kata.check("forward_flops", {**TINY, "gated": False}, 3, expected=1056)


def test_flops_of_one_token_and_of_none(kata):
    """T = 1: 2 · matmul weights + 4·d per layer; T = 0 costs 0 FLOPs."""
    kata.check("forward_flops", TINY, 1, expected=2 * 184 + 16)
    kata.check("forward_flops", TINY, 0, expected=0)
    kata.check("training_flops", TINY, 0, expected=0)


def test_training_is_three_forwards(kata):
    """training_flops = 3 × forward: LLaMA-2-7B on 4096 tokens."""
    forward = 4096 * 2 * (32 * (4 * 4096 ** 2 + 3 * 4096 * 11008) + 32000 * 4096) + 32 * 4 * 4096 ** 2 * 4096
    kata.check("forward_flops", LLAMA2_7B, 4096, expected=forward)
    kata.check("training_flops", LLAMA2_7B, 4096, expected=3 * forward)


def test_flops_beyond_int64(kata):
    """LLaMA-3-70B on 2 000 000 tokens: about 3.3·10¹⁹ training FLOPs, beyond 2⁶³, still exact."""
    T = 2_000_000
    weights = 80 * (2 * 8192 ** 2 + 2 * 8192 * 1024 + 3 * 8192 * 28672) + 128256 * 8192
    expected = 3 * (2 * T * weights + 80 * 4 * T * T * 8192)
    require(expected > 2 ** 63, "test setup")
    kata.check("training_flops", LLAMA3_70B, T, expected=expected)


def test_kv_cache_by_hand(kata):
    """LLaMA-2-7B, bf16, 4096 tokens, batch 1: 2 · 32 · 4096 · 4096 · 2 = 2 GiB exactly."""
    kata.check("kv_cache_bytes", LLAMA2_7B, 1, 4096, 2, expected=2 * 1024 ** 3)


def test_kv_cache_uses_kv_heads(kata):
    """TinyLlama: only 4 KV heads of 64: 2 · 22 · 256 · 2048 tokens · 3 sequences · 2 bytes."""
    kata.check("kv_cache_bytes", TINYLLAMA, 3, 2048, 2, expected=2 * 22 * 256 * 2048 * 3 * 2)
    kata.check("kv_cache_bytes", TINY, 2, 3, 2, expected=48)
    kata.check("kv_cache_bytes", TINY, 5, 7, 1, expected=2 * 1 * 2 * 7 * 5)


def test_empty_cache(kata):
    """batch_size 0 or seq_len 0: 0 bytes."""
    kata.check("kv_cache_bytes", LLAMA2_7B, 0, 4096, 2, expected=0)
    kata.check("kv_cache_bytes", LLAMA2_7B, 4, 0, 2, expected=0)


def test_kv_cache_beyond_int64(kata):
    """LLaMA-3-70B, fp32, 10⁶ sequences of 10⁷ tokens: about 1.3·10²¹ bytes, exact."""
    kata.check("kv_cache_bytes", LLAMA3_70B, 10 ** 6, 10 ** 7, 4, expected=2 * 80 * 1024 * 10 ** 13 * 4)


def test_extra_keys_are_ignored(kata):
    """Keys the statement does not name (a model name, rope_theta) change nothing."""
    kata.check("param_count", {**TINY, "name": "tiny", "rope_theta": 10000.0}, expected=196)


def test_indivisible_heads_raise(kata):
    """d_model not divisible by n_heads, or n_heads not divisible by n_kv_heads: ValueError."""
    kata.raises("ValueError", "param_count", {**TINY, "d_model": 5})
    kata.raises("ValueError", "kv_cache_bytes", {**LLAMA2_7B, "n_kv_heads": 5}, 1, 16, 2)
    kata.raises("ValueError", "forward_flops", {**TINY, "n_heads": 4, "n_kv_heads": 3}, 3)


def test_odd_sizes_exact_beyond_float(kata):
    """Odd sizes (no factors of 2 to hide rounding), T = 10⁹ + 1: 174·T + 12·T² exactly, an int, not a float."""
    odd = dict(vocab_size=7, d_model=3, n_layers=1, n_heads=1, n_kv_heads=1, d_ff=5, gated=False,
               tied_embeddings=True)
    # matmul weights: W_q, W_o 9 each, W_k, W_v 9 each, MLP 2·3·5 = 30, LM head 7·3 = 21: 87
    # 2·87·T + 1·4·T²·3 = 174·(10⁹+1) + 12·(10¹⁸ + 2·10⁹ + 1)
    kata.check("forward_flops", odd, 10 ** 9 + 1, expected=12_000_000_198_000_000_186)
    kata.check("training_flops", odd, 10 ** 9 + 1, expected=36_000_000_594_000_000_558)
    kata.check("param_count", odd, expected=7 * 3 + (3 + 36 + 3 + 30) + 3)


def test_kv_cache_exact_beyond_float(kata):
    """All sizes 1, one sequence of 10¹⁷ + 1 tokens, 1 byte: 2 · (10¹⁷ + 1) bytes exactly (a float rounds the + 1 away)."""
    ones = dict(vocab_size=1, d_model=1, n_layers=1, n_heads=1, n_kv_heads=1, d_ff=1, gated=True,
                tied_embeddings=True)
    kata.check("kv_cache_bytes", ones, 1, 10 ** 17 + 1, 1, expected=200_000_000_000_000_002)
