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
