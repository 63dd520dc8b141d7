# random (written in Python inside MiniPython): CPython's Mersenne Twister draws the same numbers.

# --- seeded_random
import random
random.seed(42)
print([random.random() for _ in range(3)])
random.seed(0)
print(random.random(), random.randint(1, 10), random.randrange(100), random.randrange(0, 100, 7))

# --- seed_values
import random
for s in [1, 12345, 2**40 + 3, -7, 0, 3.5]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(8), random.getrandbits(40))

# --- choice_shuffle_sample
import random
random.seed(7)
items = list(range(10))
random.shuffle(items)
print(items, random.choice('abcdef'), random.sample(range(100), 5), random.sample('abc', 3))
print(random.sample(range(1000), 8), random.choices(['x', 'y', 'z'], k=4), random.choices('ab', weights=[1, 9], k=5))

# --- distributions
import random
random.seed(2024)
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(10, 2))
print(random.expovariate(2.0), random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(0.5, 1))

# --- random_instance
import random
r = random.Random(99)
a = [r.randint(0, 1000) for _ in range(5)]
r.seed(99)
print(a, a == [r.randint(0, 1000) for _ in range(5)])

# --- monte_carlo_pi
import random
random.seed(1)
inside = sum(1 for _ in range(2000) if random.random() ** 2 + random.random() ** 2 <= 1)
4 * inside / 2000

# --- errors
import random
for call in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
