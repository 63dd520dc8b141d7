/// The ~200-line tutorial-style script of the interpreter benchmark, and what CPython prints for it.
enum TutorialScript {
  static let source = #"""
# Section 0: a small tutorial step
class Layer0:
    """A toy layer with weights and a bias."""
    def __init__(self, n_in, n_out, scale=0.5):
        self.n_in = n_in
        self.n_out = n_out
        self.weights = [[scale * (i + j) / (n_in + n_out) for j in range(n_out)] for i in range(n_in)]
        self.bias = [0.1 * j for j in range(n_out)]

    def forward(self, x):
        out = []
        for j in range(self.n_out):
            total = self.bias[j]
            for i in range(self.n_in):
                total += x[i] * self.weights[i][j]
            out.append(max(0.0, total))
        return out

    def __repr__(self):
        return f"Layer0({self.n_in}, {self.n_out})"


def describe0(values, name="values"):
    total = sum(values)
    mean = total / len(values) if values else 0.0
    spread = max(values) - min(values) if values else 0.0
    return {"name": name, "n": len(values), "mean": round(mean, 4), "spread": round(spread, 4)}


layer0 = Layer0(4, 3)
inputs0 = [1.0, -2.0, 0.5, 3.0]
outputs0 = layer0.forward(inputs0)
print(layer0, [round(v, 3) for v in outputs0])
stats0 = describe0(outputs0, name="layer0")
for key in sorted(stats0):
    print(f"  {key}: {stats0[key]}")
squares0 = {n: n * n for n in range(8) if n % 2 == 0}
words0 = "the quick brown fox jumps over the lazy dog".split()
lengths0 = [len(w) for w in words0]
pairs0 = list(zip(words0, lengths0))
longest0 = max(pairs0, key=lambda p: p[1])
print(squares0, longest0, sum(lengths0))
try:
    bad = inputs0[10]
except IndexError as e:
    print("caught:", e)

# Section 1: a small tutorial step
class Layer1:
    """A toy layer with weights and a bias."""
    def __init__(self, n_in, n_out, scale=0.5):
        self.n_in = n_in
        self.n_out = n_out
        self.weights = [[scale * (i + j) / (n_in + n_out) for j in range(n_out)] for i in range(n_in)]
        self.bias = [0.1 * j for j in range(n_out)]

    def forward(self, x):
        out = []
        for j in range(self.n_out):
            total = self.bias[j]
            for i in range(self.n_in):
                total += x[i] * self.weights[i][j]
            out.append(max(0.0, total))
        return out

    def __repr__(self):
        return f"Layer1({self.n_in}, {self.n_out})"


def describe1(values, name="values"):
    total = sum(values)
    mean = total / len(values) if values else 0.0
    spread = max(values) - min(values) if values else 0.0
    return {"name": name, "n": len(values), "mean": round(mean, 4), "spread": round(spread, 4)}


layer1 = Layer1(4, 3)
inputs1 = [1.0, -2.0, 0.5, 3.0]
outputs1 = layer1.forward(inputs1)
print(layer1, [round(v, 3) for v in outputs1])
stats1 = describe1(outputs1, name="layer1")
for key in sorted(stats1):
    print(f"  {key}: {stats1[key]}")
squares1 = {n: n * n for n in range(8) if n % 2 == 0}
words1 = "the quick brown fox jumps over the lazy dog".split()
lengths1 = [len(w) for w in words1]
pairs1 = list(zip(words1, lengths1))
longest1 = max(pairs1, key=lambda p: p[1])
print(squares1, longest1, sum(lengths1))
try:
    bad = inputs1[10]
except IndexError as e:
    print("caught:", e)

# Section 2: a small tutorial step
class Layer2:
    """A toy layer with weights and a bias."""
    def __init__(self, n_in, n_out, scale=0.5):
        self.n_in = n_in
        self.n_out = n_out
        self.weights = [[scale * (i + j) / (n_in + n_out) for j in range(n_out)] for i in range(n_in)]
        self.bias = [0.1 * j for j in range(n_out)]

    def forward(self, x):
        out = []
        for j in range(self.n_out):
            total = self.bias[j]
            for i in range(self.n_in):
                total += x[i] * self.weights[i][j]
            out.append(max(0.0, total))
        return out

    def __repr__(self):
        return f"Layer2({self.n_in}, {self.n_out})"


def describe2(values, name="values"):
    total = sum(values)
    mean = total / len(values) if values else 0.0
    spread = max(values) - min(values) if values else 0.0
    return {"name": name, "n": len(values), "mean": round(mean, 4), "spread": round(spread, 4)}


layer2 = Layer2(4, 3)
inputs2 = [1.0, -2.0, 0.5, 3.0]
outputs2 = layer2.forward(inputs2)
print(layer2, [round(v, 3) for v in outputs2])
stats2 = describe2(outputs2, name="layer2")
for key in sorted(stats2):
    print(f"  {key}: {stats2[key]}")
squares2 = {n: n * n for n in range(8) if n % 2 == 0}
words2 = "the quick brown fox jumps over the lazy dog".split()
lengths2 = [len(w) for w in words2]
pairs2 = list(zip(words2, lengths2))
longest2 = max(pairs2, key=lambda p: p[1])
print(squares2, longest2, sum(lengths2))
try:
    bad = inputs2[10]
except IndexError as e:
    print("caught:", e)

# Section 3: a small tutorial step
class Layer3:
    """A toy layer with weights and a bias."""
    def __init__(self, n_in, n_out, scale=0.5):
        self.n_in = n_in
        self.n_out = n_out
        self.weights = [[scale * (i + j) / (n_in + n_out) for j in range(n_out)] for i in range(n_in)]
        self.bias = [0.1 * j for j in range(n_out)]

    def forward(self, x):
        out = []
        for j in range(self.n_out):
            total = self.bias[j]
            for i in range(self.n_in):
                total += x[i] * self.weights[i][j]
            out.append(max(0.0, total))
        return out

    def __repr__(self):
        return f"Layer3({self.n_in}, {self.n_out})"


def describe3(values, name="values"):
    total = sum(values)
    mean = total / len(values) if values else 0.0
    spread = max(values) - min(values) if values else 0.0
    return {"name": name, "n": len(values), "mean": round(mean, 4), "spread": round(spread, 4)}


layer3 = Layer3(4, 3)
inputs3 = [1.0, -2.0, 0.5, 3.0]
outputs3 = layer3.forward(inputs3)
print(layer3, [round(v, 3) for v in outputs3])
stats3 = describe3(outputs3, name="layer3")
for key in sorted(stats3):
    print(f"  {key}: {stats3[key]}")
squares3 = {n: n * n for n in range(8) if n % 2 == 0}
words3 = "the quick brown fox jumps over the lazy dog".split()
lengths3 = [len(w) for w in words3]
pairs3 = list(zip(words3, lengths3))
longest3 = max(pairs3, key=lambda p: p[1])
print(squares3, longest3, sum(lengths3))
try:
    bad = inputs3[10]
except IndexError as e:
    print("caught:", e)

# Wrap-up: combine the sections
layers = [layer0, layer1, layer2, layer3]
total_params = 0
for layer in layers:
    total_params += layer.n_in * layer.n_out + layer.n_out
print("parameters:", total_params)
summary = ", ".join(f"{l!r}" for l in layers)
print(summary)
x = inputs0
for layer in layers[:1]:
    x = layer.forward(x)
print("final:", [f"{v:.3f}" for v in x])
"""#

  static let expectedOutput = #"""
Layer0(4, 3) [0.571, 0.85, 1.129]
  mean: 0.85
  n: 3
  name: layer0
  spread: 0.5571
{0: 0, 2: 4, 4: 16, 6: 36} ('quick', 5) 35
caught: list index out of range
Layer1(4, 3) [0.571, 0.85, 1.129]
  mean: 0.85
  n: 3
  name: layer1
  spread: 0.5571
{0: 0, 2: 4, 4: 16, 6: 36} ('quick', 5) 35
caught: list index out of range
Layer2(4, 3) [0.571, 0.85, 1.129]
  mean: 0.85
  n: 3
  name: layer2
  spread: 0.5571
{0: 0, 2: 4, 4: 16, 6: 36} ('quick', 5) 35
caught: list index out of range
Layer3(4, 3) [0.571, 0.85, 1.129]
  mean: 0.85
  n: 3
  name: layer3
  spread: 0.5571
{0: 0, 2: 4, 4: 16, 6: 36} ('quick', 5) 35
caught: list index out of range
parameters: 60
Layer0(4, 3), Layer1(4, 3), Layer2(4, 3), Layer3(4, 3)
final: ['0.571', '0.850', '1.129']

"""#
}
