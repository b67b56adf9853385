"""Plots of the learner's optimizer over several learning rates."""
import struct

import numpy as np

from grader.plots import log_scale, regime
from tests.conftest import run_grader


def _png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", data[16:24])
    return width, height, len(data)


def test_a_plot_of_the_reference_is_written(tmp_path, katagrad_home):
    out = tmp_path / "gd.png"
    proc = run_grader("plot", "gd_x_squared", "--solutions", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out)
    width, height, size = _png_size(out)
    assert (width, height) == (1100, 450) and size > 20_000


def test_a_two_dimensional_plot_and_the_default_place(katagrad_home):
    proc = run_grader("plot", "gradient_descent", "--solutions")
    assert proc.returncode == 0, proc.stderr
    path = katagrad_home / "plots" / "gradient_descent.png"
    assert proc.stdout.strip() == str(path)
    assert _png_size(path)[2] > 20_000


def test_an_unfinished_kata_says_why_there_is_no_plot(katagrad_home, stub_files):
    proc = run_grader("plot", "gd_x_squared", "--file", str(stub_files["optimization/gd_x_squared"]))
    assert proc.returncode == 1 and "NotImplementedError" in proc.stderr


def test_a_kata_without_a_plot_is_a_usage_error(katagrad_home):
    proc = run_grader("plot", "lr_schedules", "--solutions")
    assert proc.returncode == 2 and "has no plot" in proc.stderr


def test_missing_matplotlib_is_one_clear_line(tmp_path, katagrad_home):
    fake = tmp_path / "fake" / "matplotlib"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named matplotlib')\n")
    proc = run_grader("plot", "gd_x_squared", "--solutions", env={"PYTHONPATH": str(tmp_path / "fake")})
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "pip install matplotlib" in proc.stderr


def test_regimes_are_told_apart():
    steps = np.arange(20)
    assert regime(3 * 0.8 ** steps, (3 * 0.8 ** steps) ** 2) == "converges"
    assert regime(3 * (-0.6) ** steps, (3 * 0.6 ** steps) ** 2) == "oscillates"
    assert regime(3 * (-1.1) ** steps, (3 * 1.1 ** steps) ** 2) == "diverges"


def test_a_training_plot_shows_the_learners_loss_and_decision_boundary(tmp_path, katagrad_home):
    """neural_nets/train_mlp: the learner's own training run, isolated, drawn (loss and boundary)."""
    out = tmp_path / "train.png"
    proc = run_grader("plot", "train_mlp", "--solutions", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    width, height, size = _png_size(out)
    assert (width, height) == (1100, 450) and size > 20_000


def test_a_training_plot_of_an_unwritten_stub_says_what_to_do(katagrad_home, stub_files):
    proc = run_grader("plot", "train_mlp", "--file", str(stub_files["neural_nets/train_mlp"]))
    assert proc.returncode == 1 and "grade it first" in proc.stderr, proc.stderr


def test_an_attention_map_of_the_learners_weights(tmp_path, katagrad_home):
    """transformers/scaled_dot_product_attention: the learner's weights as heat maps, isolated."""
    out = tmp_path / "attention.png"
    proc = run_grader("plot", "scaled_dot_product_attention", "--solutions", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    width, height, size = _png_size(out)
    assert (width, height) == (1100, 450) and size > 20_000


def test_a_loss_of_exactly_zero_is_a_gap_and_a_mark_not_a_floor():
    """lr = 0.5 on x² lands on 0 at step 1: the log plot leaves the zeros out (no line at 1e-16
    that reads like a stall) and says where the loss became exactly 0."""
    values, first_zero = log_scale(np.array([9.0, 0.0, 0.0]))
    assert values[0] == 9.0 and np.isnan(values[1:]).all() and first_zero == 1
    values, first_zero = log_scale(np.array([9.0, 1e-20, 1e30]))
    assert values[1] == 1e-20 and values[2] == 1e12 and first_zero is None
