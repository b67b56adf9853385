"""`python -m grader plot KATA`: your optimizer, run over several learning rates, drawn.

The newsletter post this project grew from ends with "try different learning rates and observe
the impact"; this draws it from your own code. Your implementation runs isolated exactly as in
grading (its own process, the same rules and time limit); only the numbers it returns come back.
matplotlib is an optional extra: `pip install matplotlib` (the Makefile's `make test` installs it).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from grader import functions


@dataclass(frozen=True)
class Plan:
    function: str                 # the entry point to call
    learning_rates: tuple         # one run each
    make_call: object             # learning_rate -> (args, kwargs)
    loss: object                  # trajectory -> loss per step
    surface: object = None        # for 2-D: f(x, y) for contour lines


VALLEY = functions.Quadratic(np.diag([1.0, 10.0]), np.zeros(2))  # a narrow valley: condition 10
START = [2.0, 1.0]


def _vector(function: str, learning_rates: tuple, **extra) -> Plan:
    return Plan(function, learning_rates,
                lambda lr: ((VALLEY.grad, START), {"learning_rate": lr, "n_steps": 40, **extra}),
                lambda trajectory: np.array([VALLEY(x) for x in trajectory]),
                lambda x, y: 0.5 * (x * x + 10.0 * y * y))


PLANS = {
    "optimization/gd_x_squared": Plan(
        "gradient_descent", (0.1, 0.4, 0.8, 1.05),
        lambda lr: ((3.0,), {"learning_rate": lr, "n_steps": 25}),
        lambda trajectory: np.asarray(trajectory) ** 2),
    "optimization/gradient_descent": _vector("gradient_descent", (0.02, 0.1, 0.19, 0.205)),
    "optimization/momentum": _vector("sgd_momentum", (0.01, 0.05, 0.2), momentum=0.9),
    "optimization/nesterov": _vector("nesterov_momentum", (0.01, 0.05, 0.2), momentum=0.9),
    "optimization/adagrad": _vector("adagrad", (0.1, 0.5, 2.0)),
    "optimization/rmsprop": _vector("rmsprop", (0.01, 0.05, 0.2)),
    "optimization/adam": _vector("adam", (0.01, 0.1, 0.5)),
    "optimization/adamw": _vector("adamw", (0.01, 0.1, 0.5)),
}


class PlotError(Exception):
    """Something the learner should read; exit 1 (their code) or 2 (usage)."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def regime(trajectory: np.ndarray, loss: np.ndarray) -> str:
    """How a run behaved: diverges (the loss grows), oscillates (most steps reverse the
    previous one's direction), or converges."""
    loss = np.asarray(loss, dtype=float)
    if not np.all(np.isfinite(loss)) or loss[-1] > loss[0]:
        return "diverges"
    steps = np.diff(np.asarray(trajectory, dtype=float).reshape(len(trajectory), -1), axis=0)
    sizes = np.linalg.norm(steps, axis=1)
    moving = sizes > 1e-9 * max(float(sizes.max(initial=0.0)), 1e-300)
    turns = np.sum(steps[:-1] * steps[1:], axis=1) < 0
    both = moving[:-1] & moving[1:]
    if both.any() and turns[both].mean() >= 0.5:
        return "oscillates"
    return "converges"


def run_learner(kata, path: Path, plan: Plan) -> dict:
    """{learning rate: trajectory}, from the learner's file run isolated as in grading."""
    from grader import grading, sandbox
    target = grading.Target(grading.Job(kata, path, "plot"))
    runs = {}
    try:
        for learning_rate in plan.learning_rates:
            args, kwargs = plan.make_call(learning_rate)
            shown = f"{plan.function}(…, learning_rate={learning_rate})"
            try:
                reply = target.call(plan.function, args, kwargs, shown)
            except (sandbox.Verdict, sandbox.LearnerError) as error:
                raise PlotError(f"{kata.id}: {getattr(error, 'message', None) or error}") from None
            trajectory = reply.value
            if not isinstance(trajectory, np.ndarray) or trajectory.dtype.kind not in "fiu":
                raise PlotError(f"{shown} returned {type(trajectory).__name__}, not a numeric trajectory: "
                                f"grade it first (make grade KATA={kata.name})")
            runs[learning_rate] = trajectory.astype(float)
    finally:
        target.close()
    return runs


def _pyplot():
    """matplotlib's pyplot on the Agg backend, or a PlotError saying how to install it."""
    try:
        import matplotlib
    except ImportError:
        raise PlotError("plotting needs matplotlib, an optional extra: pip install matplotlib "
                        "(into .venv: .venv/bin/python -m pip install matplotlib)", code=2) from None
    matplotlib.use("Agg")
    from matplotlib import pyplot
    return pyplot


def log_scale(loss) -> tuple[np.ndarray, int | None]:
    """A loss as a log axis can show it, and the first step where it is exactly 0 (or None).
    Zeros are left out (a gap), never raised to a floor: a line at 1e-16 read like a stall, when
    the run had landed exactly on the minimum."""
    values = np.abs(np.asarray(loss, dtype=float))
    zero = values == 0
    values = np.where(zero, np.nan, np.minimum(values, 1e12))
    return values, (int(np.argmax(zero)) if zero.any() else None)


def _plot_loss(axis, loss, **style) -> None:
    values, first_zero = log_scale(loss)
    axis.semilogy(np.arange(len(values)), values, **style)
    if first_zero is not None:  # a mark on the bottom edge, where the line stops
        edge = axis.get_xaxis_transform()
        axis.plot([first_zero], [0.03], transform=edge, marker="v", color=style.get("color"), markersize=7)
        axis.annotate(f"exactly 0 from step {first_zero}", (first_zero, 0.03), xycoords=edge,
                      xytext=(6, 4), textcoords="offset points", fontsize=8, color=style.get("color"))


def draw(kata, plan: Plan, runs: dict, out: Path) -> Path:
    pyplot = _pyplot()
    figure, (left, right) = pyplot.subplots(1, 2, figsize=(11, 4.5))
    colours = {"converges": "tab:green", "oscillates": "tab:orange", "diverges": "tab:red"}
    lines = {"converges": "-", "oscillates": "--", "diverges": ":"}
    markers = "osD^v"
    first = next(iter(runs.values()))
    if first.ndim == 2 and plan.surface is not None:
        span = max(3.0, float(np.nanmax(np.abs(np.clip(np.concatenate(list(runs.values())), -1e3, 1e3)))))
        span = min(span, 6.0)
        grid = np.linspace(-span, span, 200)
        xs, ys = np.meshgrid(grid, grid)
        left.contour(xs, ys, plan.surface(xs, ys), levels=15, colors="0.8", linewidths=0.8)
        left.set_xlim(-span, span)
        left.set_ylim(-span, span)
        left.set_title("iterates on the loss surface")
    else:
        left.axhline(0, color="0.7", linewidth=0.8)
        start = max(abs(float(first[0])), 1e-3)
        left.set_ylim(-2.5 * start, 2.5 * start)
        left.set_title("iterate x_k per step")
        left.set_xlabel("step k")
    for number, (learning_rate, trajectory) in enumerate(runs.items()):
        loss = plan.loss(trajectory)
        kind = regime(trajectory, loss)
        label = f"lr={learning_rate:g}: {kind}"
        style = dict(color=colours[kind], linestyle=lines[kind], marker=markers[number % len(markers)],
                     markersize=4, alpha=0.85)
        if trajectory.ndim == 2:
            clipped = np.clip(trajectory, -1e3, 1e3)
            left.plot(clipped[:, 0], clipped[:, 1], label=label, **style)
        else:
            left.plot(np.arange(len(trajectory)), np.clip(trajectory, -1e6, 1e6), label=label, **style)
        _plot_loss(right, loss, label=label, **style)
    right.set_title("loss per step (log scale)")
    right.set_xlabel("step k")
    left.legend(fontsize=8)
    right.legend(fontsize=8)
    figure.suptitle(f"{kata.id}: your implementation, {len(runs)} learning rates")
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=100)
    pyplot.close(figure)
    return out


TRAINING = {"neural_nets/train_mlp": dict(n_per_class=100, noise=0.2, data_seed=1,
                                         hidden=32, learning_rate=1.0, n_steps=500, seed=0)}


def run_training(kata, path: Path, setting: dict):
    """(X, y, params, losses) from the learner's own make_spirals and train_mlp, run isolated."""
    from grader import grading, sandbox
    target = grading.Target(grading.Job(kata, path, "plot"))
    try:
        data = target.call("make_spirals", (setting["n_per_class"],),
                           {"noise": setting["noise"], "seed": setting["data_seed"]}, "make_spirals(…)").value
        X, y = (np.asarray(part) for part in data)
        options = {k: setting[k] for k in ("hidden", "learning_rate", "n_steps", "seed")}
        params, losses = target.call("train_mlp", (X, y), options, "train_mlp(…)").value
    except (sandbox.Verdict, sandbox.LearnerError, TypeError, ValueError) as error:
        raise PlotError(f"{kata.id}: {getattr(error, 'message', None) or error} (grade it first: "
                        f"make grade KATA={kata.name})") from None
    finally:
        target.close()
    return X, y, [np.asarray(p, dtype=float) for p in params], np.asarray(losses, dtype=float)


def draw_training(kata, X, y, params, losses, out: Path) -> Path:
    """Your loss curve, and the decision boundary your trained MLP draws on the data."""
    pyplot = _pyplot()
    W1, b1, W2, b2 = params

    def predict(points):
        return np.argmax(np.maximum(points @ W1 + b1, 0.0) @ W2 + b2, axis=1)

    figure, (left, right) = pyplot.subplots(1, 2, figsize=(11, 4.5))
    _plot_loss(left, losses)
    left.set_title("your training loss per step (log scale)")
    left.set_xlabel("step")
    span = 1.2 * float(np.abs(X).max())
    grid = np.linspace(-span, span, 250)
    xs, ys = np.meshgrid(grid, grid)
    regions = predict(np.column_stack([xs.ravel(), ys.ravel()])).reshape(xs.shape)
    right.contourf(xs, ys, regions, alpha=0.25, cmap="coolwarm")
    right.scatter(X[:, 0], X[:, 1], c=y, cmap="coolwarm", s=10, edgecolors="k", linewidths=0.3)
    accuracy = float(np.mean(predict(X) == y))
    right.set_title(f"decision boundary of your MLP (training accuracy {accuracy:.0%})")
    right.set_aspect("equal")
    figure.suptitle(f"{kata.id}: your training run")
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=100)
    pyplot.close(figure)
    return out


ATTENTION = {"transformers/scaled_dot_product_attention": dict(T=8, D=16, seed=0)}


def run_attention(kata, path: Path, setting: dict):
    """The attention weights of the learner's own function on a small sentence-like example,
    with and without a causal mask, run isolated."""
    from grader import grading, sandbox
    rng = np.random.default_rng(setting["seed"])
    T, D = setting["T"], setting["D"]
    x = rng.standard_normal((T, D))
    q, k, v = x @ rng.standard_normal((D, D)) / 4, x @ rng.standard_normal((D, D)) / 4, x
    causal = np.tril(np.ones((T, T), dtype=bool))
    target = grading.Target(grading.Job(kata, path, "plot"))
    try:
        maps = []
        for mask in (None, causal):
            _, weights = target.call("scaled_dot_product_attention", (q, k, v), {"mask": mask},
                                     "scaled_dot_product_attention(…)").value
            maps.append(np.asarray(weights, dtype=float))
    except (sandbox.Verdict, sandbox.LearnerError, TypeError, ValueError) as error:
        raise PlotError(f"{kata.id}: {getattr(error, 'message', None) or error} (grade it first: "
                        f"make grade KATA={kata.name})") from None
    finally:
        target.close()
    return maps


def draw_attention(kata, maps, out: Path) -> Path:
    """Heat maps of the attention weights: without a mask, and with a causal mask."""
    pyplot = _pyplot()
    figure, axes = pyplot.subplots(1, 2, figsize=(11, 4.5))
    for axis, weights, title in zip(axes, maps, ("no mask", "causal mask")):
        image = axis.imshow(weights, vmin=0, vmax=max(float(np.nanmax(weights)), 1e-12), cmap="viridis")
        axis.set_title(f"your attention weights, {title}")
        axis.set_xlabel("key position")
        axis.set_ylabel("query position")
        figure.colorbar(image, ax=axis, fraction=0.046)
    figure.suptitle(f"{kata.id}: each row sums to 1; with the causal mask, nothing above the diagonal")
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=100)
    pyplot.close(figure)
    return out


def plot(kata, path: Path, out: Path) -> Path:
    if kata.id in ATTENTION:
        return draw_attention(kata, run_attention(kata, path, ATTENTION[kata.id]), out)
    if kata.id in TRAINING:
        return draw_training(kata, *run_training(kata, path, TRAINING[kata.id]), out)
    plan = PLANS.get(kata.id)
    if plan is None:
        supported = ", ".join(k.split("/")[1] for k in [*PLANS, *TRAINING, *ATTENTION])
        raise PlotError(f"{kata.id} has no plot; plots exist for {supported}", code=2)
    return draw(kata, plan, run_learner(kata, path, plan), out)
