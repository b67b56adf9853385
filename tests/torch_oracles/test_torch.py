"""`make oracle`: our references against PyTorch, where PyTorch has the same thing.

Optional, never part of `make test` (pytest's testpaths do not include this folder): PyTorch is
large and no learner needs it. Every comparison applies the convention differences the
statements name (PyTorch's 1e-6 in clip_grad_norm_, its softplus threshold, ...).
"""
from __future__ import annotations

import importlib.util
import math

import numpy as np
import pytest

from grader import ROOT

torch = pytest.importorskip("torch")
torch.set_default_dtype(torch.float64)
F = torch.nn.functional
SEEDS = range(8)


def reference(kata_id: str):
    path = ROOT / "solutions" / f"{kata_id}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_{kata_id.replace('/', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def quadratic(rng, d):
    q, _ = np.linalg.qr(rng.standard_normal((d, d)))
    A = (q * np.geomspace(1, 10, d)) @ q.T
    b = rng.standard_normal(d)
    return lambda x: A @ x - b


def torch_trajectory(optimizer_class, grad, x0, n_steps, **options):
    p = torch.nn.Parameter(torch.tensor(x0, dtype=torch.float64))
    optimizer = optimizer_class([p], **options)
    rows = [p.detach().numpy().copy()]
    for _ in range(n_steps):
        p.grad = torch.tensor(grad(p.detach().numpy().copy()))
        optimizer.step()
        rows.append(p.detach().numpy().copy())
    return np.array(rows)


# -- optimization -------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_optimizers_match_torch_optim(seed):
    rng = np.random.default_rng(seed)
    d, n = int(rng.integers(1, 6)), int(rng.integers(1, 40))
    grad, x0 = quadratic(rng, d), rng.standard_normal(d)
    lr = float(rng.uniform(0.01, 0.1))
    cases = [
        (reference("optimization/adam").adam(grad, x0, n_steps=n, learning_rate=lr),
         torch_trajectory(torch.optim.Adam, grad, x0, n, lr=lr, eps=1e-8)),
        (reference("optimization/adamw").adamw(grad, x0, n_steps=n, learning_rate=lr, weight_decay=0.1),
         torch_trajectory(torch.optim.AdamW, grad, x0, n, lr=lr, weight_decay=0.1, eps=1e-8)),
        # our RMSProp's decay is torch's alpha; we default to 0.9 where torch defaults to 0.99
        (reference("optimization/rmsprop").rmsprop(grad, x0, learning_rate=lr, n_steps=n, decay=0.9, eps=1e-8),
         torch_trajectory(torch.optim.RMSprop, grad, x0, n, lr=lr, alpha=0.9, eps=1e-8)),
        # our AdaGrad's eps defaults to 1e-8 where torch's is 1e-10: pass it explicitly
        (reference("optimization/adagrad").adagrad(grad, x0, learning_rate=lr, n_steps=n, eps=1e-8),
         torch_trajectory(torch.optim.Adagrad, grad, x0, n, lr=lr, eps=1e-8)),
        (reference("optimization/momentum").sgd_momentum(grad, x0, learning_rate=lr, momentum=0.9, n_steps=n),
         torch_trajectory(torch.optim.SGD, grad, x0, n, lr=lr, momentum=0.9)),
    ]
    for ours, theirs in cases:
        np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_clip_by_global_norm_matches_clip_grad_norm_up_to_its_epsilon(seed):
    """torch divides by norm + 1e-6; ours (TensorFlow's rule) by the norm itself."""
    rng = np.random.default_rng(seed)
    grads = [rng.standard_normal(tuple(rng.integers(1, 4, size=int(rng.integers(0, 3))))) for _ in range(3)]
    max_norm = float(rng.uniform(0.1, 3.0))
    clipped, norm = reference("optimization/clip_grad_norm").clip_by_global_norm(grads, max_norm=max_norm)
    params = [torch.nn.Parameter(torch.zeros(g.shape)) for g in grads]
    for p, g in zip(params, grads):
        p.grad = torch.tensor(g)
    total = torch.nn.utils.clip_grad_norm_(params, max_norm)
    assert math.isclose(norm, float(total), rel_tol=1e-12)
    for ours, p in zip(clipped, params):
        np.testing.assert_allclose(ours, p.grad.numpy(), rtol=1e-5)


def test_cosine_annealing_matches_torch_up_to_total_steps():
    """Equal for step ≤ total_steps; past it torch climbs back up and ours holds at lr_min."""
    schedules = reference("optimization/lr_schedules")
    p = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([p], lr=0.5)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=20, eta_min=0.01)
    for step in range(21):
        assert math.isclose(schedules.cosine_annealing(0.5, step, total_steps=20, lr_min=0.01),
                            optimizer.param_groups[0]["lr"], rel_tol=1e-9)
        optimizer.step()
        scheduler.step()


# -- numerics -----------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_numerics_match_torch(seed):
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 30, size=(4, 6))
    softmax = reference("numerics/softmax")
    for axis in (0, 1, -1):
        np.testing.assert_allclose(softmax.softmax(x, axis=axis), torch.softmax(torch.tensor(x), dim=axis).numpy(),
                                   rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(softmax.log_softmax(x, axis=axis),
                                   torch.log_softmax(torch.tensor(x), dim=axis).numpy(), rtol=1e-12)
        np.testing.assert_allclose(reference("numerics/logsumexp").logsumexp(x, axis=axis),
                                   torch.logsumexp(torch.tensor(x), dim=axis).numpy(), rtol=1e-12)
    np.testing.assert_allclose(reference("numerics/stable_sigmoid").sigmoid(x),
                               torch.sigmoid(torch.tensor(x)).numpy(), rtol=1e-12, atol=1e-300)
    targets = rng.random(x.shape)
    assert math.isclose(reference("numerics/bce_with_logits").bce_with_logits(x, targets),
                        float(F.binary_cross_entropy_with_logits(torch.tensor(x), torch.tensor(targets))),
                        rel_tol=1e-12)
    labels = rng.integers(0, 6, size=4)
    assert math.isclose(reference("numerics/cross_entropy_logits").cross_entropy(x, labels),
                        float(F.cross_entropy(torch.tensor(x), torch.tensor(labels))), rel_tol=1e-12)


# -- neural nets --------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_activations_and_their_derivatives_match_autograd(seed):
    activations = reference("neural_nets/activations")
    x = np.random.default_rng(seed).normal(0, 3, size=50)
    x[:3] = [0.0, 25.0, -25.0]
    pairs = [("relu", F.relu, {}), ("leaky_relu", lambda t: F.leaky_relu(t, 0.01), {}),
             ("sigmoid", torch.sigmoid, {}), ("tanh", torch.tanh, {}),
             ("gelu", lambda t: F.gelu(t), {}), ("gelu", lambda t: F.gelu(t, approximate="tanh"), {"approximate": "tanh"}),
             # torch's softplus returns x itself past x > 20: ours differs there by at most 2.1e-9
             ("softplus", F.softplus, {})]
    for name, function, options in pairs:
        t = torch.tensor(x, requires_grad=True)
        out = function(t)
        out.sum().backward()
        np.testing.assert_allclose(getattr(activations, name)(x, **options), out.detach().numpy(), rtol=1e-9, atol=3e-9)
        np.testing.assert_allclose(getattr(activations, f"{name}_grad")(x, **options), t.grad.numpy(),
                                   rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_backward_passes_match_autograd(seed):
    rng = np.random.default_rng(seed)
    N, D, H, C = 5, 4, 3, 3
    X, W1, b1 = rng.standard_normal((N, D)), rng.standard_normal((D, H)), rng.standard_normal(H)
    W2, b2, y = rng.standard_normal((H, C)), rng.standard_normal(C), rng.integers(0, C, size=N)
    # dense layer: our W is (D, H), torch's Linear weight is its transpose
    dout = rng.standard_normal((N, H))
    tX, tW, tb = (torch.tensor(a, requires_grad=True) for a in (X, W1, b1))
    (tX @ tW + tb).backward(torch.tensor(dout))
    for ours, theirs in zip(reference("neural_nets/dense_layer").dense_backward(dout, X, W1), (tX, tW, tb)):
        np.testing.assert_allclose(ours, theirs.grad.numpy(), rtol=1e-10)
    # softmax cross-entropy and its gradient
    logits = torch.tensor(rng.normal(0, 5, size=(N, C)), requires_grad=True)
    loss = F.cross_entropy(logits, torch.tensor(y))
    loss.backward()
    ours_loss, ours_grad = reference("neural_nets/softmax_cross_entropy_grad").softmax_cross_entropy(
        logits.detach().numpy(), y)
    assert math.isclose(ours_loss, float(loss.detach()), rel_tol=1e-12)
    np.testing.assert_allclose(ours_grad, logits.grad.numpy(), rtol=1e-10, atol=1e-15)
    # the two-layer MLP
    params = [torch.tensor(a, requires_grad=True) for a in (W1, b1, W2, b2)]
    loss = F.cross_entropy(F.relu(torch.tensor(X) @ params[0] + params[1]) @ params[2] + params[3], torch.tensor(y))
    loss.backward()
    ours_loss, ours_grads = reference("neural_nets/mlp_backprop").mlp_backprop(X, y, W1, b1, W2, b2)
    assert math.isclose(ours_loss, float(loss.detach()), rel_tol=1e-12)
    for ours, theirs in zip(ours_grads, params):
        np.testing.assert_allclose(ours, theirs.grad.numpy(), rtol=1e-9, atol=1e-14)


# -- autodiff -----------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_value_matches_torch_autograd(seed):
    Value = reference("autodiff/value").Value
    rng = np.random.default_rng(seed)
    a0, b0, c0 = (float(v) for v in rng.uniform(-1.5, 1.5, size=3))

    def expression(a, b, c, tanh, relu, exp):
        d = a * b + a
        e = tanh(d) * c - (b ** 2) / (c * c + 1)
        f = relu(e + 0.3) + exp(tanh(a)) * 2 - 1 / (a * a + 2)
        return f * d + e

    ours = [Value(a0), Value(b0), Value(c0)]
    out = expression(*ours, Value.tanh, Value.relu, Value.exp)
    out.backward()
    theirs = [torch.tensor(v, requires_grad=True) for v in (a0, b0, c0)]
    t_out = expression(*theirs, torch.tanh, torch.relu, torch.exp)
    t_out.backward()
    assert math.isclose(out.data, float(t_out.detach()), rel_tol=1e-12)
    for mine, torch_leaf in zip(ours, theirs):
        assert math.isclose(mine.grad, float(torch_leaf.grad), rel_tol=1e-9, abs_tol=1e-12)


# -- layers, transformers, llm ------------------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_normalisation_layers_match_torch(seed):
    rng = np.random.default_rng(seed)
    N, D = 6, 5
    x, gamma, beta, dout = (rng.standard_normal(s) for s in ((N, D), D, D, (N, D)))
    layer_norm = reference("layers/layer_norm")
    tx, tg, tb = (torch.tensor(a, requires_grad=True) for a in (x, gamma, beta))
    out = F.layer_norm(tx, (D,), tg, tb, eps=1e-5)
    out.backward(torch.tensor(dout))
    np.testing.assert_allclose(layer_norm.layer_norm_forward(x, gamma, beta), out.detach().numpy(), rtol=1e-10, atol=1e-12)
    for ours, theirs in zip(layer_norm.layer_norm_backward(dout, x, gamma), (tx, tg, tb)):
        np.testing.assert_allclose(ours, theirs.grad.numpy(), rtol=1e-9, atol=1e-12)
    rms = reference("layers/rms_norm")
    tx, tg = (torch.tensor(a, requires_grad=True) for a in (x, gamma))
    out = F.rms_norm(tx, (D,), tg, eps=1e-6)
    out.backward(torch.tensor(dout))
    np.testing.assert_allclose(rms.rms_norm_forward(x, gamma), out.detach().numpy(), rtol=1e-10, atol=1e-12)
    for ours, theirs in zip(rms.rms_norm_backward(dout, x, gamma), (tx, tg)):
        np.testing.assert_allclose(ours, theirs.grad.numpy(), rtol=1e-9, atol=1e-12)
    # batch norm in training, running statistics, then eval (PyTorch's conventions throughout)
    ours = reference("layers/batch_norm").BatchNorm1d(D, eps=1e-5, momentum=0.1)
    theirs = torch.nn.BatchNorm1d(D, eps=1e-5, momentum=0.1).double()
    for _ in range(3):
        batch = rng.standard_normal((N, D)) * 2 + 1
        np.testing.assert_allclose(ours.forward(batch), theirs(torch.tensor(batch)).detach().numpy(), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(ours.running_mean, theirs.running_mean.numpy(), rtol=1e-12)
    np.testing.assert_allclose(ours.running_var, theirs.running_var.numpy(), rtol=1e-12)
    ours.eval()
    theirs.eval()
    np.testing.assert_allclose(ours.forward(x), theirs(torch.tensor(x)).detach().numpy(), rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_convolution_pooling_embedding_and_cells_match_torch(seed):
    rng = np.random.default_rng(seed)
    x, w, b = rng.standard_normal((2, 3, 7, 6)), rng.standard_normal((4, 3, 3, 2)), rng.standard_normal(4)
    for stride, padding in ((1, 0), (2, 1)):
        np.testing.assert_allclose(
            reference("layers/conv2d_naive").conv2d_forward(x, w, b, stride=stride, padding=padding),
            F.conv2d(torch.tensor(x), torch.tensor(w), torch.tensor(b), stride=stride, padding=padding).numpy(),
            rtol=1e-10, atol=1e-12)
    pooling = reference("layers/pooling")
    t = torch.tensor(x, requires_grad=True)
    F.max_pool2d(t, 2).backward(torch.ones_like(F.max_pool2d(t, 2)))
    np.testing.assert_allclose(pooling.max_pool_forward(x, 2), F.max_pool2d(torch.tensor(x), 2).numpy())
    np.testing.assert_allclose(pooling.max_pool_backward(np.ones((2, 3, 3, 3)), x, 2), t.grad.numpy())
    np.testing.assert_allclose(pooling.avg_pool_forward(x, 2), F.avg_pool2d(torch.tensor(x), 2).numpy(), rtol=1e-12)
    ids, weight = rng.integers(0, 5, size=(3, 4)), rng.standard_normal((5, 3))
    tw = torch.tensor(weight, requires_grad=True)
    dout = rng.standard_normal((3, 4, 3))
    F.embedding(torch.tensor(ids), tw).backward(torch.tensor(dout))
    embedding = reference("layers/embedding")
    np.testing.assert_allclose(embedding.embedding_forward(ids, weight), F.embedding(torch.tensor(ids), torch.tensor(weight)).numpy())
    np.testing.assert_allclose(embedding.embedding_backward(dout, ids, 5), tw.grad.numpy(), rtol=1e-12)
    # LSTM and GRU cells: the kata uses PyTorch's own (4H, D) / (3H, D) layout and gate order
    N, D, H = 3, 4, 5
    cells = reference("layers/lstm_gru_cells")
    xs, h, c = rng.standard_normal((N, D)), rng.standard_normal((N, H)), rng.standard_normal((N, H))
    lstm = torch.nn.LSTMCell(D, H).double()
    h_new, c_new = cells.lstm_cell(xs, h, c, *(p.detach().numpy() for p in
                                                (lstm.weight_ih, lstm.weight_hh, lstm.bias_ih, lstm.bias_hh)))
    t_h, t_c = lstm(torch.tensor(xs), (torch.tensor(h), torch.tensor(c)))
    np.testing.assert_allclose(h_new, t_h.detach().numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(c_new, t_c.detach().numpy(), rtol=1e-10, atol=1e-12)
    gru = torch.nn.GRUCell(D, H).double()
    h_gru = cells.gru_cell(xs, h, *(p.detach().numpy() for p in (gru.weight_ih, gru.weight_hh, gru.bias_ih, gru.bias_hh)))
    np.testing.assert_allclose(h_gru, gru(torch.tensor(xs), torch.tensor(h)).detach().numpy(), rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_attention_matches_torch(seed):
    """Boolean masks with True = may attend, like PyTorch's attn_mask; a fully masked row gives
    zeros (as PyTorch's scaled_dot_product_attention does since 2.5)."""
    rng = np.random.default_rng(seed)
    q, k, v = (rng.standard_normal((2, 5, 4)) for _ in range(3))
    mask = rng.random((5, 5)) < 0.7
    mask[1] = False  # a fully masked row
    out, _ = reference("transformers/scaled_dot_product_attention").scaled_dot_product_attention(q, k, v, mask=mask)
    theirs = F.scaled_dot_product_attention(*(torch.tensor(a) for a in (q, k, v)), attn_mask=torch.tensor(mask))
    np.testing.assert_allclose(out, theirs.numpy(), rtol=1e-10, atol=1e-12)
    # multi-head self-attention: our weights are (in, out), PyTorch's in_proj and out_proj are (out, in)
    D, H = 8, 2
    x = rng.standard_normal((3, 6, D))
    Wq, Wk, Wv, Wo = (rng.standard_normal((D, D)) / 3 for _ in range(4))
    ours = reference("transformers/multi_head_attention").multi_head_attention(x, Wq, Wk, Wv, Wo, H)
    ours = ours[0] if isinstance(ours, tuple) else ours
    mha = torch.nn.MultiheadAttention(D, H, bias=False, batch_first=True).double()
    with torch.no_grad():
        mha.in_proj_weight.copy_(torch.tensor(np.concatenate([Wq.T, Wk.T, Wv.T])))
        mha.out_proj.weight.copy_(torch.tensor(Wo.T))
    t = torch.tensor(x)
    np.testing.assert_allclose(ours, mha(t, t, t, need_weights=False)[0].detach().numpy(), rtol=1e-9, atol=1e-12)


# -- backward passes by hand (transformers), against autograd ------------------------------------
def _leaf(array):
    return torch.tensor(array, dtype=torch.float64, requires_grad=True)


@pytest.mark.parametrize("seed", SEEDS)
def test_attention_backward_matches_autograd(seed):
    """Masked attention written with torch ops, differentiated by autograd; every query keeps at
    least one key (a fully masked row is NaN for a hand-written softmax in torch)."""
    rng = np.random.default_rng(seed)
    lead = tuple(int(n) for n in rng.integers(1, 3, size=int(rng.integers(0, 3))))
    tq, tk, d, dv = (int(n) for n in rng.integers(1, 6, size=4))
    q, k, v = rng.standard_normal(lead + (tq, d)), rng.standard_normal(lead + (tk, d)), rng.standard_normal(lead + (tk, dv))
    d_out = rng.standard_normal(lead + (tq, dv))
    mask = rng.random((tq, tk)) < 0.6
    mask[np.arange(tq), rng.integers(0, tk, size=tq)] = True
    for m in (None, mask):
        dq, dk, dvv = reference("transformers/attention_backward").attention_backward(q, k, v, d_out, mask=m)
        tq_, tk_, tv_ = _leaf(q), _leaf(k), _leaf(v)
        scores = tq_ @ tk_.transpose(-1, -2) / math.sqrt(d)
        if m is not None:
            scores = scores.masked_fill(~torch.tensor(m), float("-inf"))
        (torch.softmax(scores, dim=-1) @ tv_).backward(torch.tensor(d_out))
        for ours, theirs in ((dq, tq_), (dk, tk_), (dvv, tv_)):
            np.testing.assert_allclose(ours, theirs.grad.numpy(), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_swiglu_forward_and_backward_match_autograd(seed):
    rng = np.random.default_rng(seed)
    n, d, f = (int(x) for x in rng.integers(1, 7, size=3))
    x, wg, wu, wd = rng.standard_normal((n, d)), rng.standard_normal((d, f)), rng.standard_normal((d, f)), rng.standard_normal((f, d))
    x[0, 0] = 300.0 * (-1) ** seed  # a saturated gate on either side
    d_out = rng.standard_normal((n, d))
    kata = reference("transformers/swiglu_ffn")
    leaves = [_leaf(a) for a in (x, wg, wu, wd)]
    out = (F.silu(leaves[0] @ leaves[1]) * (leaves[0] @ leaves[2])) @ leaves[3]
    np.testing.assert_allclose(kata.swiglu_forward(x, wg, wu, wd), out.detach().numpy(), rtol=1e-10, atol=1e-10)
    out.backward(torch.tensor(d_out))
    for ours, leaf in zip(kata.swiglu_backward(x, wg, wu, wd, d_out), leaves):
        np.testing.assert_allclose(ours, leaf.grad.numpy(), rtol=1e-9, atol=1e-9)


# -- losses: PyTorch's own loss functions, and autograd for the gradients --------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_clip_loss_matches_cross_entropy_both_ways(seed):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(1, 7)), int(rng.integers(1, 6))
    a, b = rng.standard_normal((n, d)), rng.standard_normal((n, d))
    tau = float(rng.choice([0.07, 0.5, 1.0]))
    kata = reference("losses/clip_contrastive_loss")
    for normalize in (True, False):
        ta, tb = _leaf(a), _leaf(b)
        u, v = (F.normalize(ta, dim=1), F.normalize(tb, dim=1)) if normalize else (ta, tb)
        logits = u @ v.T / tau
        labels = torch.arange(n)
        loss = (F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels)) / 2
        loss.backward()
        assert kata.clip_loss(a, b, temperature=tau, normalize=normalize) == pytest.approx(loss.item(), rel=1e-10, abs=1e-12)
        d_a, d_b = kata.clip_loss_grad(a, b, temperature=tau, normalize=normalize)
        np.testing.assert_allclose(d_a, ta.grad.numpy(), rtol=1e-8, atol=1e-10)
        np.testing.assert_allclose(d_b, tb.grad.numpy(), rtol=1e-8, atol=1e-10)


@pytest.mark.parametrize("seed", SEEDS)
def test_distillation_matches_kl_div_batchmean(seed):
    rng = np.random.default_rng(seed)
    n, k = int(rng.integers(1, 6)), int(rng.integers(1, 7))
    s, t = rng.standard_normal((n, k)) * 3, rng.standard_normal((n, k)) * 3
    y = rng.integers(0, k, size=n)
    temperature, alpha = float(rng.choice([1.0, 2.0, 4.5])), float(rng.uniform(0, 1))
    kata = reference("losses/distillation_loss")
    ts = _leaf(s)
    soft = temperature ** 2 * F.kl_div(F.log_softmax(ts / temperature, 1), F.log_softmax(torch.tensor(t) / temperature, 1),
                                       reduction="batchmean", log_target=True)
    loss = alpha * soft + (1 - alpha) * F.cross_entropy(ts, torch.tensor(y))
    loss.backward()
    assert kata.distillation_loss(s, t, y, T=temperature, alpha=alpha) == pytest.approx(loss.item(), rel=1e-10, abs=1e-12)
    np.testing.assert_allclose(kata.distillation_loss_grad(s, t, y, T=temperature, alpha=alpha), ts.grad.numpy(),
                               rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_label_smoothing_matches_cross_entropy(seed):
    rng = np.random.default_rng(seed)
    n, k = int(rng.integers(1, 7)), int(rng.integers(1, 6))
    z = rng.standard_normal((n, k)) * 4
    y = rng.integers(0, k, size=n)
    eps = float(rng.choice([0.0, 0.1, 0.35, 1.0]))
    ignore = int(y[0]) if seed % 2 and n > 1 else None
    kata = reference("losses/label_smoothing_ce")
    options = {"ignore_index": ignore} if ignore is not None else {}
    for reduction in ("none", "sum", "mean"):
        theirs = F.cross_entropy(torch.tensor(z), torch.tensor(y), label_smoothing=eps, reduction=reduction, **options)
        np.testing.assert_allclose(kata.label_smoothing_ce(z, y, eps, ignore_index=ignore, reduction=reduction),
                                   theirs.numpy(), rtol=1e-10, atol=1e-12)
    tz = _leaf(z)
    F.cross_entropy(tz, torch.tensor(y), label_smoothing=eps, **options).backward()
    np.testing.assert_allclose(kata.label_smoothing_ce_grad(z, y, eps, ignore_index=ignore), tz.grad.numpy(),
                               rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_huber_and_smooth_l1_match_torch(seed):
    rng = np.random.default_rng(seed)
    x, y = rng.standard_normal(7) * 2, rng.standard_normal(7)
    x[0] = y[0] + 1.0  # exactly on the delta = 1 boundary
    kata = reference("losses/huber_smooth_l1")
    for width in (1.0, 0.3, 2.5):
        for reduction in ("none", "sum", "mean"):
            np.testing.assert_allclose(kata.huber_loss(x, y, delta=width, reduction=reduction),
                                       F.huber_loss(torch.tensor(x), torch.tensor(y), delta=width, reduction=reduction).numpy(),
                                       rtol=1e-12, atol=1e-14)
            np.testing.assert_allclose(kata.smooth_l1_loss(x, y, beta=width, reduction=reduction),
                                       F.smooth_l1_loss(torch.tensor(x), torch.tensor(y), beta=width, reduction=reduction).numpy(),
                                       rtol=1e-12, atol=1e-14)
        for reduction in ("sum", "mean"):
            tx = _leaf(x)
            F.huber_loss(tx, torch.tensor(y), delta=width, reduction=reduction).backward()
            np.testing.assert_allclose(kata.huber_grad(x, y, delta=width, reduction=reduction), tx.grad.numpy(), rtol=1e-12)
            tx = _leaf(x)
            F.smooth_l1_loss(tx, torch.tensor(y), beta=width, reduction=reduction).backward()
            np.testing.assert_allclose(kata.smooth_l1_grad(x, y, beta=width, reduction=reduction), tx.grad.numpy(), rtol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_focal_loss_matches_torchvision_formula(seed):
    """torchvision is not installed here: its sigmoid_focal_loss, as documented, on torch's own
    binary_cross_entropy_with_logits (the independent part is torch's stable cross-entropy)."""
    rng = np.random.default_rng(seed)
    x, t = rng.standard_normal((3, 4)) * 5, (rng.random((3, 4)) < 0.4).astype(float)
    alpha, gamma = float(rng.choice([0.25, 0.5, -1.0])), float(rng.choice([0.0, 1.0, 2.0, 2.5]))
    tx, tt = torch.tensor(x), torch.tensor(t)
    p = torch.sigmoid(tx)
    ce = F.binary_cross_entropy_with_logits(tx, tt, reduction="none")
    p_t = p * tt + (1 - p) * (1 - tt)
    loss = ce * (1 - p_t) ** gamma
    if alpha >= 0:
        loss = (alpha * tt + (1 - alpha) * (1 - tt)) * loss
    kata = reference("losses/focal_loss")
    np.testing.assert_allclose(kata.sigmoid_focal_loss(x, t, alpha=alpha, gamma=gamma), loss.numpy(), rtol=1e-9, atol=1e-12)
    assert kata.sigmoid_focal_loss(x, t, alpha=alpha, gamma=gamma, reduction="mean") == pytest.approx(loss.mean().item(), rel=1e-9)


# -- post-training (llm): log-probs, entropy, DPO, GRPO ---------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_logprobs_and_entropy_match_torch(seed):
    rng = np.random.default_rng(seed)
    b, t, v = (int(n) for n in rng.integers(1, 6, size=3))
    logits, ids = rng.standard_normal((b, t, v)) * 3, rng.integers(0, v, size=(b, t))
    logits[0, 0, 0] = 900.0  # far out on one side
    mask = rng.random((b, t)) < 0.7
    lp = reference("llm/response_logprobs")
    theirs = torch.gather(F.log_softmax(torch.tensor(logits), -1)[:, :-1], 2, torch.tensor(ids[:, 1:, None])).squeeze(-1)
    np.testing.assert_allclose(lp.token_logprobs(logits, ids), theirs.numpy(), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(lp.response_logprob(logits, ids, mask), (theirs * torch.tensor(mask[:, 1:])).sum(-1).numpy(),
                               rtol=1e-10, atol=1e-10)
    ent = reference("llm/policy_entropy")
    tl = _leaf(logits)
    h = torch.distributions.Categorical(logits=tl).entropy()
    np.testing.assert_allclose(ent.token_entropy(logits), h.detach().numpy(), rtol=1e-9, atol=1e-12)
    if mask.any():
        m = torch.tensor(mask, dtype=torch.float64)
        ((h * m).sum() / m.sum()).backward()
        np.testing.assert_allclose(ent.mean_entropy_grad(logits, mask), tl.grad.numpy(), rtol=1e-8, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_dpo_matches_logsigmoid_and_autograd(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 8))
    pc, pr, rc, rr = (rng.standard_normal(n) * 20 - 40 for _ in range(4))
    beta = float(rng.choice([0.1, 0.5, 2.0]))
    kata = reference("llm/dpo_loss")
    tpc, tpr = _leaf(pc), _leaf(pr)
    loss = -F.logsigmoid(beta * ((tpc - torch.tensor(rc)) - (tpr - torch.tensor(rr)))).mean()
    loss.backward()
    assert kata.dpo_loss(pc, pr, rc, rr, beta) == pytest.approx(loss.item(), rel=1e-10, abs=1e-12)
    d_c, d_r = kata.dpo_loss_grad(pc, pr, rc, rr, beta)
    np.testing.assert_allclose(d_c, tpc.grad.numpy(), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(d_r, tpr.grad.numpy(), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_bradley_terry_matches_logsigmoid_and_autograd(seed):
    """-F.logsigmoid(r_c - r_r - m).mean() (TRL's RewardTrainer loss) and its autograd gradient, with
    differences up to ±1000 in half the seeds; the accuracy is (r_c > r_r).float().mean()."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 10))
    scale = 400.0 if seed % 2 else 3.0
    rc, rr = rng.standard_normal(n) * scale, rng.standard_normal(n) * scale
    margin = rng.uniform(0.0, 2.0, size=n) if seed % 4 < 2 else float(rng.uniform(0.0, 2.0))
    kata = reference("llm/bradley_terry")
    trc, trr = _leaf(rc), _leaf(rr)
    loss = -F.logsigmoid(trc - trr - torch.as_tensor(margin)).mean()
    loss.backward()
    assert kata.bradley_terry_loss(rc, rr, margin) == pytest.approx(loss.item(), rel=1e-10, abs=1e-12)
    d_c, d_r = kata.bradley_terry_grad(rc, rr, margin)
    np.testing.assert_allclose(d_c, trc.grad.numpy(), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(d_r, trr.grad.numpy(), rtol=1e-9, atol=1e-12)
    assert kata.preference_accuracy(rc, rr) == pytest.approx((torch.tensor(rc) > torch.tensor(rr)).double().mean().item())


@pytest.mark.parametrize("seed", SEEDS)
def test_repetition_penalty_matches_gather_where_scatter(seed):
    """Hugging Face's RepetitionPenaltyLogitsProcessor as it computes: gather the seen logits, rescale
    (multiply if < 0, divide otherwise), scatter back, so a repeated id is penalised once; the OpenAI
    penalties through one_hot counts."""
    rng = np.random.default_rng(seed)
    b, v, length = int(rng.integers(1, 5)), int(rng.integers(1, 12)), int(rng.integers(1, 15))
    logits = rng.standard_normal((b, v)) * 2
    ids = rng.integers(0, v, size=(b, length))
    theta = float(rng.uniform(0.5, 2.0))
    presence, frequency = float(rng.uniform(-1, 2)), float(rng.uniform(-1, 2))
    kata = reference("llm/repetition_penalties")
    scores, input_ids = torch.tensor(logits), torch.tensor(ids)
    seen = torch.gather(scores, 1, input_ids)
    theirs = scores.scatter(1, input_ids, torch.where(seen < 0, seen * theta, seen / theta))
    np.testing.assert_allclose(kata.repetition_penalty(logits, ids, theta), theirs.numpy(), rtol=1e-15, atol=0)
    counts = F.one_hot(input_ids, v).sum(dim=1).double()
    theirs = scores - counts * frequency - (counts > 0).double() * presence
    np.testing.assert_allclose(kata.presence_frequency_penalty(logits, ids, presence_penalty=presence,
                                                               frequency_penalty=frequency),
                               theirs.numpy(), rtol=1e-12, atol=1e-12)


def _hf_strided_perplexity(logprobs, tokens, max_length, stride):
    """Hugging Face's "Perplexity of fixed-length models" loop, with labels −100 and the model's
    internal shift done by F.cross_entropy; log-probabilities serve as the logits (log_softmax of
    log-probabilities is themselves). Returns its perplexity (NaN if a window has no label)."""
    seq_len = len(tokens)
    nll_sum, n_tokens, prev_end = 0.0, 0, 0
    for begin in range(0, seq_len, stride):
        end = min(begin + max_length, seq_len)
        trg_len = end - prev_end
        input_ids = torch.tensor(tokens[begin:end])
        target_ids = input_ids.clone()
        target_ids[: len(target_ids) - trg_len] = -100
        logits = torch.tensor(logprobs(np.asarray(tokens[begin:end])))
        loss = F.cross_entropy(logits[:-1], target_ids[1:], ignore_index=-100)
        num_loss_tokens = int((target_ids != -100).sum()) - 1
        nll_sum += loss.item() * num_loss_tokens
        n_tokens += num_loss_tokens
        prev_end = end
        if end == seq_len:
            break
    return math.exp(nll_sum / n_tokens)


@pytest.mark.parametrize("seed", SEEDS)
def test_sliding_window_perplexity_matches_hugging_face_where_the_statement_says(seed):
    """Equal to Hugging Face's recipe with stride = max_length and with a single window; with
    overlapping windows equal to the recipe once each window's mean is weighted by the number of
    targets it scored (the recipe weights by one fewer: the statement's "Coming from")."""
    from grader.functions_llm import WindowLM
    rng = np.random.default_rng(seed)
    v, max_length = int(rng.integers(2, 6)), int(rng.integers(2, 8))
    kata = reference("llm/sliding_window_perplexity")
    model = WindowLM(v, max_length, seed)
    # no overlap, the last window at least 2 tokens long (a 1-token window gives Hugging Face NaN)
    n = max_length * int(rng.integers(1, 5)) + int(rng.integers(2, max_length + 1)) if max_length > 2 else 3 * max_length
    tokens = [int(t) for t in rng.integers(0, v, size=n)]
    ours = kata.sliding_window_perplexity(model, tokens, max_length, max_length)
    assert ours == pytest.approx(_hf_strided_perplexity(model, tokens, max_length, max_length), rel=1e-12)
    short = tokens[: int(rng.integers(2, max_length + 1))]
    stride = int(rng.integers(1, max_length + 1))
    assert kata.sliding_window_perplexity(model, short, max_length, stride) == pytest.approx(
        _hf_strided_perplexity(model, short, max_length, stride), rel=1e-12)
    if max_length > 2:  # overlapping windows: the recipe's estimate is biased, ours is the plain mean
        stride = int(rng.integers(1, max_length))
        windows = kata.sliding_windows(len(tokens), max_length, stride)
        total, count = 0.0, 0
        for begin, end, first in windows:
            logits = torch.tensor(model(np.asarray(tokens[begin:end])))
            labels = torch.tensor(tokens[begin:end])
            labels[: first - begin] = -100
            scored = int((labels[1:] != -100).sum())
            total += F.cross_entropy(logits[:-1], labels[1:], ignore_index=-100, reduction="sum").item()
            count += scored
        assert kata.sliding_window_perplexity(model, tokens, max_length, stride) == pytest.approx(
            math.exp(total / count), rel=1e-12)
        if len(windows) > 1:
            assert kata.sliding_window_perplexity(model, tokens, max_length, stride) != pytest.approx(
                _hf_strided_perplexity(model, tokens, max_length, stride), rel=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_grpo_gradient_matches_autograd(seed):
    """The loss as the statement writes it, in torch; its gradient by autograd (torch.clamp and
    torch.minimum pass the gradient the same way the statement's rule does away from ties)."""
    rng = np.random.default_rng(seed)
    b, t = int(rng.integers(1, 5)), int(rng.integers(1, 6))
    logp, old, ref = (rng.standard_normal((b, t)) * 0.3 - 1 for _ in range(3))
    adv, mask = rng.standard_normal(b), rng.random((b, t)) < 0.7
    eps_low, eps_high, beta = 0.2, float(rng.choice([0.2, 0.28])), float(rng.choice([0.0, 0.04]))
    kata = reference("llm/grpo_loss")
    for loss_type in ("sequence", "token"):
        tl = _leaf(logp)
        ratio = torch.exp(tl - torch.tensor(old))
        a = torch.tensor(adv)[:, None]
        d = torch.tensor(ref) - tl
        per_token = -torch.minimum(ratio * a, torch.clamp(ratio, 1 - eps_low, 1 + eps_high) * a) + beta * (torch.exp(d) - d - 1)
        m = torch.tensor(mask, dtype=torch.float64)
        if loss_type == "sequence":
            loss = ((per_token * m).sum(1) / m.sum(1).clamp(min=1)).mean()
        else:
            loss = (per_token * m).sum() / m.sum().clamp(min=1)
        loss.backward()
        args = (logp, old, ref, adv, mask, eps_low, eps_high, beta, loss_type)
        assert kata.grpo_loss(*args) == pytest.approx(loss.item(), rel=1e-10, abs=1e-12)
        np.testing.assert_allclose(kata.grpo_loss_grad(*args), tl.grad.numpy(), rtol=1e-9, atol=1e-12)


# -- efficiency: PyTorch's quantised tensors -------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_int8_and_uint8_codes_match_torch_quantize(seed):
    """PyTorch quantises float32 tensors only: the inputs are float32 values (held in float64 on
    our side), with our float64 scales; random values, so no x / scale lands on a tie."""
    rng = np.random.default_rng(seed)
    w = (rng.standard_normal((4, 6)) * float(rng.uniform(0.1, 5))).astype(np.float32).astype(float)
    sym = reference("efficiency/int8_symmetric")
    q, scale = sym.quantize_symmetric(w)
    theirs = torch.quantize_per_tensor(torch.tensor(w, dtype=torch.float32), float(scale), 0, torch.qint8)
    np.testing.assert_array_equal(q, theirs.int_repr().numpy())
    q, scales = sym.quantize_symmetric(w, axis=0)
    theirs = torch.quantize_per_channel(torch.tensor(w, dtype=torch.float32), torch.tensor(scales), torch.zeros(4, dtype=torch.long), 0, torch.qint8)
    np.testing.assert_array_equal(q, theirs.int_repr().numpy())
    np.testing.assert_allclose(sym.dequantize_symmetric(q, scales, axis=0), theirs.dequantize().numpy(), rtol=1e-6)
    x = (rng.standard_normal(50) * 2 + float(rng.uniform(-1, 3))).astype(np.float32).astype(float)
    q, scale, zero_point = reference("efficiency/affine_uint8").quantize_affine(x)
    observer = torch.ao.quantization.MinMaxObserver(dtype=torch.quint8)
    observer(torch.tensor(x, dtype=torch.float32))
    their_scale, their_zero = observer.calculate_qparams()
    assert scale == pytest.approx(float(their_scale), rel=1e-6)  # the observer works in float32
    assert zero_point == int(their_zero)
    theirs = torch.quantize_per_tensor(torch.tensor(x, dtype=torch.float32), float(scale), int(zero_point), torch.quint8)
    np.testing.assert_array_equal(q, theirs.int_repr().numpy())


# -- efficiency, distributed --------------------------------------------------------------------
def torch_big_batch(loss_name, w0, X, y, learning_rate, n_steps, shards):
    """torch.optim.SGD on the full batch's mean loss, by autograd; on the way, autograd's mean
    gradient over each shard (a micro-batch, or a rank's rows) at the step's start point."""
    def mean_loss(w, rows):
        z = torch.tensor(X[rows]) @ w
        target = torch.tensor(y[rows])
        if loss_name == "squared":
            return 0.5 * ((z - target) ** 2).mean()
        return F.binary_cross_entropy_with_logits(z, target)   # log(1 + e^z) − y·z, mean over rows

    w = torch.nn.Parameter(torch.tensor(w0, dtype=torch.float64))
    optimizer = torch.optim.SGD([w], lr=learning_rate)
    rows, grads, local = [w.detach().numpy().copy()], [], []
    for _ in range(n_steps):
        per_shard = []
        for shard in shards:
            (g,) = torch.autograd.grad(mean_loss(w, shard), w)
            per_shard.append(g.numpy().copy())
        local.append(per_shard)
        optimizer.zero_grad()
        mean_loss(w, np.arange(len(X))).backward()
        grads.append(w.grad.numpy().copy())
        optimizer.step()
        rows.append(w.detach().numpy().copy())
    d = len(w0)
    return np.array(rows), np.array(grads).reshape(n_steps, d), np.array(local).reshape(n_steps, len(shards), d)


@pytest.mark.parametrize("seed", SEEDS)
def test_accumulation_and_data_parallel_match_a_torch_big_batch(seed):
    """Both equal torch's full-batch SGD on the mean loss, with unequal micro-batches and shards;
    the local gradients before the all-reduce equal autograd's on each rank's rows."""
    from grader.functions_parallel import Logistic, SquaredError
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(5, 30)), int(rng.integers(1, 5))
    X = rng.standard_normal((n, d))
    for loss_name, grad in (("squared", SquaredError()), ("logistic", Logistic())):
        y = rng.standard_normal(n) if loss_name == "squared" else (rng.random(n) < 0.5).astype(float)
        w0, lr, steps = rng.standard_normal(d), float(rng.uniform(0.05, 0.5)), int(rng.integers(1, 6))
        # gradient accumulation over random unequal micro-batches
        k = int(rng.integers(2, min(n, 6) + 1))
        cuts = np.sort(rng.choice(np.arange(1, n), size=k - 1, replace=False))
        sizes = np.diff(np.concatenate([[0], cuts, [n]]))
        micro = [np.arange(s - size, s) for size, s in zip(sizes, np.cumsum(sizes))]
        trajectory, gradients = reference("efficiency/grad_accumulation").accumulated_sgd(
            grad, w0, X, y, micro_batch_sizes=[int(s) for s in sizes], learning_rate=lr, n_steps=steps)
        theirs, their_grads, _ = torch_big_batch(loss_name, w0, X, y, lr, steps, micro)
        np.testing.assert_allclose(trajectory, theirs, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(gradients, their_grads, rtol=1e-10, atol=1e-12)
        # data parallelism on R ranks, np.array_split shards (unequal when R does not divide n)
        for n_ranks in (1, int(rng.integers(2, n)), n):
            shards = np.array_split(np.arange(n), n_ranks)
            trajectory, local = reference("distributed/data_parallel_sgd").data_parallel_sgd(
                grad, w0, X, y, n_ranks=n_ranks, learning_rate=lr, n_steps=steps)
            theirs, _, their_local = torch_big_batch(loss_name, w0, X, y, lr, steps, shards)
            np.testing.assert_allclose(trajectory, theirs, rtol=1e-10, atol=1e-12)
            np.testing.assert_allclose(local, their_local, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_tensor_parallel_mlp_matches_torch_linear_layers(seed):
    """Y equals nn.Linear → relu → nn.Linear on one device; each rank's partial output equals the
    same layers restricted to its hidden units (F.linear on the weight's row block, torch's (out, in) layout)."""
    rng = np.random.default_rng(seed)
    n, d, m, n_ranks = int(rng.integers(1, 8)), int(rng.integers(1, 8)), int(rng.integers(1, 8)), int(rng.integers(1, 5))
    h = n_ranks * int(rng.integers(1, 4))
    first, second = torch.nn.Linear(d, h).double(), torch.nn.Linear(h, m).double()
    X = rng.standard_normal((n, d))
    A, a = first.weight.detach().numpy().T.copy(), first.bias.detach().numpy().copy()
    B, b = second.weight.detach().numpy().T.copy(), second.bias.detach().numpy().copy()
    A_shards, B_shards, partials, Y = reference("distributed/tensor_parallel_linear").tensor_parallel_mlp(
        X, A, a, B, b, n_ranks=n_ranks)
    t = torch.tensor(X)
    with torch.no_grad():
        np.testing.assert_allclose(Y, second(F.relu(first(t))).numpy(), rtol=1e-10, atol=1e-12)
        k = h // n_ranks
        for r in range(n_ranks):
            block = slice(r * k, (r + 1) * k)
            hidden = F.relu(F.linear(t, first.weight[block], first.bias[block]))
            np.testing.assert_allclose(partials[r], F.linear(hidden, second.weight[:, block]).numpy(), rtol=1e-10, atol=1e-12)


# -- vision -------------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_resize_bilinear_matches_interpolate(seed):
    """F.interpolate(mode="bilinear", size=..., antialias=False) in both align_corners modes, up and down."""
    resize = reference("vision/resize_bilinear").resize_bilinear
    rng = np.random.default_rng(seed)
    for _ in range(6):
        c, h, w = (int(v) for v in rng.integers(1, [4, 14, 14]))
        out_h, out_w = (int(v) for v in rng.integers(1, 30, size=2))
        image = rng.normal(size=(c, h, w))
        for align_corners in (False, True):
            theirs = F.interpolate(torch.tensor(image)[None], size=(out_h, out_w), mode="bilinear",
                                   align_corners=align_corners, antialias=False)[0].numpy()
            np.testing.assert_allclose(resize(image, out_h, out_w, align_corners=align_corners), theirs,
                                       rtol=1e-12, atol=1e-12)
            np.testing.assert_allclose(resize(image[0], out_h, out_w, align_corners=align_corners), theirs[0],
                                       rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_patchify_matches_unfold_and_vit_embed_matches_conv2d(seed):
    """patchify = F.unfold(x, P, stride=P) transposed; the projection = F.conv2d with stride P and the
    Conv2d weight (D, C, P, P) reshaped to (D, C·P·P) and transposed, flattened row-major as torchvision's ViT."""
    vit = reference("vision/patchify")
    rng = np.random.default_rng(seed)
    c, p, rows, cols, d = (int(v) for v in rng.integers(1, [4, 5, 4, 4, 7]))
    image = rng.normal(size=(c, rows * p, cols * p))
    conv_weight, bias = rng.normal(size=(d, c, p, p)), rng.normal(size=d)
    cls_token, pos_embed = rng.normal(size=d), rng.normal(size=(rows * cols + 1, d))
    unfolded = F.unfold(torch.tensor(image)[None], p, stride=p)[0].T.numpy()
    np.testing.assert_allclose(vit.patchify(image, p), unfolded, rtol=0, atol=0)
    conv = F.conv2d(torch.tensor(image)[None], torch.tensor(conv_weight), torch.tensor(bias), stride=p)[0]
    tokens = torch.cat([torch.tensor(cls_token)[None], conv.flatten(1).T]) + torch.tensor(pos_embed)
    ours = vit.vit_embed(image, p, conv_weight.reshape(d, -1).T, bias, cls_token, pos_embed)
    np.testing.assert_allclose(ours, tokens.numpy(), rtol=1e-10, atol=1e-12)


# torchvision is not installed (too heavy for the extra): its documented nms and BoxCoder, written
# here with plain torch ops as torchvision writes them (stable sort, 0/0 = nan IoU; the offset trick
# on non-negative coordinates; BoxCoder's encode_single(gt, anchors) argument order and clamp).
def _torchvision_nms(boxes, scores, threshold):
    order = torch.sort(scores, stable=True, descending=True).indices.tolist()
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    suppressed, keep = set(), []
    for pos, i in enumerate(order):
        if i in suppressed:
            continue
        keep.append(i)
        for j in order[pos + 1:]:
            inter = ((torch.minimum(boxes[i, 2], boxes[j, 2]) - torch.maximum(boxes[i, 0], boxes[j, 0])).clamp(min=0)
                     * (torch.minimum(boxes[i, 3], boxes[j, 3]) - torch.maximum(boxes[i, 1], boxes[j, 1])).clamp(min=0))
            if inter / (area[i] + area[j] - inter) > threshold:  # nan > t is False, as in C++
                suppressed.add(j)
    return np.array(keep, dtype=np.int64)


@pytest.mark.parametrize("seed", SEEDS)
def test_nms_matches_torchvisions_kernel(seed):
    nms = reference("vision/nms")
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 40))
    xy = rng.uniform(0, 10, size=(n, 2))
    boxes = np.hstack([xy, xy + rng.uniform(0, 4, size=(n, 2)) * (rng.random((n, 1)) > 0.2)])
    scores = np.round(rng.random(n), 1)  # ties
    classes = rng.integers(0, 3, size=n)
    for threshold in (0.0, 0.3, 0.7, 1.0):
        np.testing.assert_array_equal(nms.nms(boxes, scores, threshold),
                                      _torchvision_nms(torch.tensor(boxes), torch.tensor(scores), threshold))
        offsets = torch.tensor(classes, dtype=torch.float64) * (torch.tensor(boxes).max() + 1) if n else torch.zeros(0)
        np.testing.assert_array_equal(
            nms.batched_nms(boxes, scores, classes, threshold),
            _torchvision_nms(torch.tensor(boxes) + offsets[:, None], torch.tensor(scores), threshold))


@pytest.mark.parametrize("seed", SEEDS)
def test_box_deltas_match_torchvisions_box_coder(seed):
    deltas = reference("vision/box_deltas")
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 30))
    weights = (10.0, 10.0, 5.0, 5.0)
    def boxes():
        xy = rng.uniform(-50, 50, size=(n, 2))
        return np.hstack([xy, xy + rng.uniform(0.5, 40, size=(n, 2))])
    anchors, gt = boxes(), boxes()
    a, g = torch.tensor(anchors), torch.tensor(gt)
    aw, ah = a[:, 2] - a[:, 0], a[:, 3] - a[:, 1]
    ax, ay = a[:, 0] + 0.5 * aw, a[:, 1] + 0.5 * ah
    gw, gh = g[:, 2] - g[:, 0], g[:, 3] - g[:, 1]
    gx, gy = g[:, 0] + 0.5 * gw, g[:, 1] + 0.5 * gh
    encoded = torch.stack([10 * (gx - ax) / aw, 10 * (gy - ay) / ah, 5 * torch.log(gw / aw), 5 * torch.log(gh / ah)], 1)
    np.testing.assert_allclose(deltas.encode(anchors, gt, weights), encoded.numpy(), rtol=1e-12, atol=1e-12)
    codes = torch.tensor(rng.normal(0, 30, size=(n, 4)))  # some past the clamp
    dw = torch.clamp(codes[:, 2] / 5, max=math.log(1000.0 / 16))
    dh = torch.clamp(codes[:, 3] / 5, max=math.log(1000.0 / 16))
    cx, cy = codes[:, 0] / 10 * aw + ax, codes[:, 1] / 10 * ah + ay
    w, h = torch.exp(dw) * aw, torch.exp(dh) * ah
    decoded = torch.stack([cx - 0.5 * w, cy - 0.5 * h, cx + 0.5 * w, cy + 0.5 * h], 1)
    np.testing.assert_allclose(deltas.decode(anchors, codes.numpy(), weights), decoded.numpy(), rtol=1e-12, atol=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_sft_step_with_accumulation_equals_the_big_batch_step_by_autograd(seed):
    """The whole batch's loss in torch (F.cross_entropy over the kept tokens), one SGD step by
    autograd: the accumulated micro-batch step must equal it, for both normalisations."""
    rng = np.random.default_rng(seed)
    b, t, d, v = int(rng.integers(1, 7)), int(rng.integers(1, 6)), int(rng.integers(1, 4)), int(rng.integers(2, 5))
    W, x = rng.standard_normal((d, v)), rng.standard_normal((b, t, d)) * 2
    y, keep = rng.integers(0, v, size=(b, t)), rng.random((b, t)) < 0.7
    micro, lr = int(rng.integers(1, b + 2)), float(rng.uniform(0.05, 0.5))
    for loss_type in ("token", "sequence"):
        tw = _leaf(W)
        ce = F.cross_entropy((torch.tensor(x) @ tw).reshape(b * t, v), torch.tensor(y).reshape(-1),
                             reduction="none").reshape(b, t)
        m = torch.tensor(keep, dtype=torch.float64)
        if loss_type == "token":
            loss = (ce * m).sum() / m.sum().clamp(min=1)
        else:
            loss = ((ce * m).sum(1) / m.sum(1).clamp(min=1)).mean()
        loss.backward()
        new_W, ours, parts = reference("llm/sft_grad_accum").sft_step(W, x, y, keep, micro, lr, loss_type)
        assert ours == pytest.approx(loss.item(), rel=1e-10, abs=1e-12)
        assert parts.sum() == pytest.approx(loss.item(), rel=1e-10, abs=1e-12)
        np.testing.assert_allclose(new_W, W - lr * tw.grad.numpy(), rtol=1e-10, atol=1e-12)
